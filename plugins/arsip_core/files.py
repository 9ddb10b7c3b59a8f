"""Writing exports so that an unchanged file is left alone.

Exports (open data, map layers, the sitemap, redirect pages) are computed on every
build; writing them only when their bytes differ keeps their modification times, so
a deploy or a mirror sees only what really changed (issue 14). A file left alone
still has its status-change time (ctime) refreshed: arsip_incremental's sweep keeps
exactly the files this build wrote or kept, by ctime. Pure: no Pelican.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any


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


def source_digest(paths: Iterable[Path], first: bytes = b"") -> bytes:
    """A 16-byte digest of ``first`` and the bytes of ``paths``: what a kept table
    was made by (``load_kept``), so another version of that code makes it again."""
    digest = hashlib.blake2b(first, digest_size=16)
    for path in paths:
        digest.update(path.read_bytes())
    return digest.digest()


def load_kept(path: Path | None, version: bytes, kind: type) -> Any | None:
    """The value ``save_kept`` kept in ``path`` under ``version``, if it is a
    ``kind``; None when there is none, it is unreadable or another version's."""
    if path is None:
        return None
    try:
        with path.open("rb") as file:
            saved = pickle.load(file)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
            IndexError, TypeError, ValueError):  # fmt: skip
        return None
    if (
        isinstance(saved, tuple)
        and len(saved) == 2
        and saved[0] == version
        and isinstance(saved[1], kind)
    ):
        return saved[1]
    return None


def save_kept(path: Path, version: bytes, value: Any) -> None:
    """Keep ``value`` for the next build's ``load_kept`` (written only if changed)."""
    data = pickle.dumps((version, value), protocol=pickle.HIGHEST_PROTOCOL)
    write_if_changed(path, data)
