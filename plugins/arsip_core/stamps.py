"""Digests of files' bytes, kept between builds under each file's status.

A rebuild hashes files that mostly did not change: the article files for the
content cache's stamps, the article pages for the search shards' fingerprints
(10,000 of each at N = 10,000). A file whose size, modification time, inode and
status-change time (ctime) are those it had when it was last hashed holds the same
bytes: every write changes its ctime, which no program can set back. The clock
behind those times ticks coarsely (a few milliseconds), so a file written again
within the tick it was hashed in could keep all four: as git does with its index,
a digest is trusted only for a file whose ctime is older than a mark taken before
any file was hashed (``marker``), anything newer is hashed again. Pure: no Pelican.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

Status = tuple[int, int, int, int]


def status(stat: os.stat_result, ctime: bool = True) -> Status:
    """What a file's kept digest is keyed by (its ctime, or 0)."""
    changed = stat.st_ctime_ns if ctime else 0
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino, changed)


def clock_now(folder: Path) -> int:
    """The file system's own clock now (the ctime of a file written in ``folder``):
    a file changed from here on has a ctime at least this."""
    folder.mkdir(parents=True, exist_ok=True)
    mark = folder / f".arsip-jam-{os.getpid()}-{threading.get_ident()}"
    mark.write_bytes(b"")
    try:
        return mark.stat().st_ctime_ns
    finally:
        mark.unlink(missing_ok=True)


class KeptDigests:
    """``digest(name, hash_bytes)`` of files, each file read and hashed only when
    it changed since the table at ``path`` was saved (``save``).

    The table is a pickle of ``(salt, marker, {name: (status, digest)})``; a table
    with another ``salt`` (another way of hashing) is not used. ``path`` None:
    nothing kept, every file hashed. ``marker``: the clock's mark, when taken
    earlier than this table is made (``clock_now`` of the table's folder).

    ``ctime`` False: files only the build itself writes (its output pages), which
    ``arsip_incremental`` already trusts by size and modification time, are keyed
    without their ctime, which a hard link to them changes (the search shards'
    page trees); the mark is then compared with their modification time."""

    def __init__(
        self,
        path: Path | None,
        salt: str = "",
        load: bool = True,
        marker: int | None = None,
        ctime: bool = True,
    ) -> None:
        self.path = path
        self.ctime = ctime
        salt = f"{salt}\0ctime={ctime}"
        self.salt = salt
        self.old: dict[str, tuple[Status, Any]] = {}
        self.new: dict[str, tuple[Status, Any]] = {}
        self.hashed = 0
        old_marker = 0
        if path is not None and load:
            try:
                kept_salt, old_marker, old = pickle.loads(path.read_bytes())
            except Exception:  # noqa: BLE001 - missing or unreadable: hash again
                kept_salt, old = None, {}
            if kept_salt == salt and isinstance(old, dict):
                self.old = old
        self.old_marker = old_marker
        # Taken before any file is hashed by this build (``clock_now``), here or
        # by the caller (``marker``).
        if marker is not None:
            self.marker = marker
        else:
            self.marker = clock_now(path.parent) if path is not None else 0

    def digest(self, filename: str, hash_bytes: Callable[[bytes], Any]) -> Any:
        """``hash_bytes`` of the file's bytes (an OSError if it cannot be read)."""
        stat = status(os.stat(filename), self.ctime)
        seen = self.old.get(filename)
        changed = stat[3] if self.ctime else stat[1]
        if seen is not None and seen[0] == stat and changed < self.old_marker:
            self.new[filename] = seen
            return seen[1]
        with open(filename, "rb") as handle:
            value = hash_bytes(handle.read())
        self.hashed += 1
        self.new[filename] = (stat, value)
        return value

    def adopt(self, filename: str, value: Any) -> None:
        """Keep ``value`` as the digest of ``filename`` that another process (a
        reader's worker) took during this build, under the file's status now. Its
        ctime tells if the file changed since this build's ``marker``: then the
        digest is not trusted next time, else the bytes hashed are those now."""
        if filename in self.new:
            return
        try:
            stat = status(os.stat(filename), self.ctime)
        except OSError:
            return
        self.new[filename] = (stat, value)

    def save(self) -> None:
        """Keep this build's digests for the next one (replacing the table)."""
        if self.path is None:
            return
        data = pickle.dumps(
            (self.salt, self.marker, dict(self.new)), protocol=pickle.HIGHEST_PROTOCOL
        )
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_bytes(data)
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
