"""Writing exports so that an unchanged file is left alone.

Exports (open data, map layers, the sitemap, redirect pages) are computed on every
build; writing them only when their bytes differ keeps their modification times, so
a deploy or a mirror sees only what really changed (issue 14). A file left alone
still has its status-change time (ctime) refreshed: arsip_incremental's sweep keeps
exactly the files this build wrote or kept, by ctime. Pure: no Pelican.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def _keep(path: Path, stat: os.stat_result) -> None:
    """Mark ``path`` as part of this build without changing its content or mtime."""
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def write_if_changed(path: Path | str, data: bytes | str) -> bool:
    """Write ``data`` to ``path`` unless the file already holds exactly it; True when
    written. Text is written as UTF-8. Parent folders are made as needed."""
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        stat = path.stat()
        if stat.st_size == len(data) and path.read_bytes() == data:
            _keep(path, stat)
            return False
    except OSError:
        pass  # missing or unreadable: write it
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write beside it and rename, so a reader never sees half a file.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    return True


def copy_if_changed(source: Path | str, target: Path | str) -> bool:
    """Copy a file unless ``target`` already holds the same bytes; True when copied."""
    source, target = Path(source), Path(target)
    try:
        stat = target.stat()
        if stat.st_size == source.stat().st_size and (
            target.read_bytes() == source.read_bytes()
        ):
            _keep(target, stat)
            return False
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return True
