"""Content boundaries: nothing outside content/ is read, nothing outside output/.

Reading: ``walk_content`` lists a content folder without ever following a symbolic
link. A link that leads out of content/, a broken or looping link and anything that
is not a regular file (a device, a pipe) is refused with where it points; a link to
a file or folder inside content/ is a duplicate of its target, never read twice.

Writing: ``output_file`` is the one way a path taken from input (a slug, an alias,
a term, a shard name, a file name) becomes a file under an output folder; it raises
``OutsideFolder`` for anything that could land elsewhere. Pure: no Pelican import.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote


@dataclass(frozen=True)
class Refusal:
    """Why an entry of content/ is not read, and where it points."""

    reason: str
    target: str | None = None
    # A link to something inside content/: left unread, but nothing is wrong.
    duplicate: bool = False


@dataclass
class ContentWalk:
    """The files a generator may read, and what was left out and why.

    ``files`` are spelt as Pelican's own ``get_files`` spells them (relative to the
    content folder, ``./`` included); the other two are keyed by POSIX paths
    relative to the content folder, a folder ending in ``/``."""

    files: set[str] = field(default_factory=set)
    refused: dict[str, Refusal] = field(default_factory=dict)
    duplicates: dict[str, Refusal] = field(default_factory=dict)


OUTSIDE = "tautan simbolik ke luar folder content/: tidak dibaca"
BROKEN = "tautan simbolik rusak atau berputar: tidak dibaca"
LOOP = "tautan simbolik ke folder di atasnya (berputar): tidak dibaca"
NOT_REGULAR = "bukan berkas biasa (perangkat, pipa atau soket): tidak dibaca"


def duplicate_reason(target: str) -> str:
    """The report's reason for a link to something inside content/."""
    return (
        f"tautan simbolik ke {target} di dalam content/: salinan, "
        "tidak dibaca dan tidak diterbitkan dua kali"
    )


def is_inside(root: str | Path, path: str | Path) -> bool:
    """Whether ``path``, every link resolved, is ``root`` or below it."""
    return _inside_real(os.path.realpath(root), path)


def _inside_real(real_root: str, path: str | Path) -> bool:
    """``is_inside`` for a root already resolved (``os.path.realpath``)."""
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def classify_link(root: str | Path, link: str | Path) -> tuple[str, Refusal]:
    """A symbolic link under ``root``: ``("refused", why)`` or ``("duplicate", of)``."""
    real_root = os.path.realpath(root)
    link = os.fspath(link)
    try:
        target = os.path.realpath(link, strict=True)
    except (OSError, RuntimeError):
        return "refused", Refusal(BROKEN, _readlink(link))
    if not is_inside(real_root, target):
        return "refused", Refusal(OUTSIDE, target)
    relative = Path(os.path.relpath(target, real_root)).as_posix()
    if os.path.isdir(target):
        # A link to content/ itself or a folder above the link loops.
        parent = os.path.realpath(os.path.dirname(link))
        if parent == target or parent.startswith(target.rstrip(os.sep) + os.sep):
            return "refused", Refusal(LOOP, f"{relative}/")
        return "duplicate", Refusal(
            duplicate_reason(f"{relative}/"), f"{relative}/", duplicate=True
        )
    if not stat.S_ISREG(os.stat(target).st_mode):
        return "refused", Refusal(NOT_REGULAR, relative)
    return "duplicate", Refusal(duplicate_reason(relative), relative, duplicate=True)


def entry_refusal(
    root: str | Path, path: str | Path, real_root: str | None = None
) -> Refusal | None:
    """Why the file ``path`` under ``root`` may not be read, or None when it may:
    a link (whatever it points to), a path leading out of ``root``, or not a
    regular file. ``real_root``: ``root`` already resolved, for a caller that checks
    many files under one root (each ``realpath`` is a system call per folder)."""
    path = os.fspath(path)
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None  # missing: the reader says so itself
    if stat.S_ISLNK(mode):
        return classify_link(root, path)[1]
    if not _inside_real(real_root or os.path.realpath(root), path):
        return Refusal(OUTSIDE, os.path.realpath(path))
    if not stat.S_ISREG(mode):
        return Refusal(NOT_REGULAR)
    return None


# What read_regular reads at a time once the file's own size is read.
_CHUNK = 1 << 16


class NotRegularFile(OSError):
    """What was opened is not a regular file (a pipe, a device)."""


def read_regular(path: str | Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file, opened without following a
    link and without waiting on a pipe: what was checked is what is read, even if
    the file was swapped for a link in between."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(NOT_REGULAR)
        # Plain reads of the size the file has (one byte more shows it grew), not a
        # buffered file's read(limit + 1), which allocates the whole limit first:
        # 33 -> 7 us a file, twice an article.
        wanted = limit + 1
        size = min(wanted, info.st_size + 1)
        chunks = []
        got = 0
        while got < wanted:
            chunk = os.read(descriptor, min(max(size - got, _CHUNK), wanted - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _readlink(link: str) -> str | None:
    try:
        return os.readlink(link)
    except OSError:
        return None


def walk_content(
    base: str | Path,
    paths: Iterable[str],
    *,
    skip_dir: Callable[[str, str], bool],
    include: Callable[[str], bool],
) -> ContentWalk:
    """Pelican's ``get_files`` without following links, for every ``paths`` folder.

    ``skip_dir(dirpath, name)`` says which folders Pelican leaves out (excludes,
    IGNORE_FILES); ``include(relative)`` which files a generator takes. Every link
    and odd entry met is classified, whatever its extension, so the report can name
    it; only plain regular files that ``include`` accepts are in ``files``."""
    base = os.fspath(base)
    walk = ContentWalk()

    def note(full: str, is_dir: bool) -> None:
        key = Path(os.path.relpath(full, base)).as_posix() + ("/" if is_dir else "")
        kind, refusal = classify_link(base, full)
        (walk.refused if kind == "refused" else walk.duplicates)[key] = refusal

    for path in paths:
        root = os.path.join(base, path) if path else base
        if os.path.islink(root):
            note(root, os.path.isdir(root))
            continue
        if not os.path.isdir(root):
            if os.path.isfile(root) and include(path):
                walk.files.add(path)
            continue
        folders = [root]
        while folders:
            dirpath = folders.pop()
            reldir = os.path.relpath(dirpath, base)
            try:
                with os.scandir(dirpath) as listing:
                    entries = list(listing)
            except OSError:
                continue  # unreadable: os.walk (Pelican's walk) skips it too
            # One scandir per folder: its entries know, without another system
            # call, whether they are links, folders or regular files.
            for entry in entries:
                if entry.is_symlink():
                    if entry.is_dir() and skip_dir(dirpath, entry.name):
                        continue
                    note(entry.path, entry.is_dir())
                elif entry.is_dir(follow_symlinks=False):
                    if not skip_dir(dirpath, entry.name):
                        folders.append(entry.path)
                elif not entry.is_file(follow_symlinks=False):
                    key = Path(os.path.relpath(entry.path, base)).as_posix()
                    walk.refused[key] = Refusal(NOT_REGULAR)
                elif include(os.path.join(reldir, entry.name)):
                    walk.files.add(os.path.join(reldir, entry.name))
    return walk


class OutsideFolder(ValueError):
    """A path taken from input would be written outside its output folder."""


def _stays_under(real_root: str, relative: str) -> bool:
    """Whether ``real_root``/``relative`` stays under ``real_root`` (a resolved
    folder) once links are resolved, for a ``relative`` with no ``..`` segment: only
    the segments below the root can be links, so only they are looked at."""
    current = real_root
    for segment in relative.split("/"):
        if segment in ("", "."):
            continue
        current = os.path.join(current, segment)
        try:
            mode = os.lstat(current).st_mode
        except OSError:
            return True  # nothing from here on exists: no link below it
        if stat.S_ISLNK(mode):
            return is_inside(real_root, os.path.join(real_root, relative))
    return True


def output_file(
    output: str | Path, relative: str, real_root: str | None = None
) -> Path:
    """``output``/``relative``, refused unless it stays under ``output``.

    ``relative`` is a path taken from input: a slug, ``save_as``, an alias, a term
    slug, a shard name. It is refused when absolute, when any segment is ``..``
    once percent-decoded (``%2e%2e``), when it holds a backslash or NUL, and when
    the joined path, links resolved, leaves ``output``. ``real_root``, when given,
    is ``os.path.realpath(output)`` made once by a caller that checks many paths."""
    check_output(output, relative, real_root)
    return Path(output) / str(relative)


def check_output(
    output: str | Path, relative: str, real_root: str | None = None
) -> None:
    """``output_file``'s refusal alone (no path object made: the writer checks
    every page it writes, and the object was a fifth of the check)."""
    text = str(relative)
    decoded = unquote(text)
    if (
        not text.strip()
        or decoded.startswith("/")
        or re.match(r"^[A-Za-z]:", decoded)
        or "\\" in decoded
        or "\x00" in decoded
        or ".." in decoded.split("/")
    ):
        raise OutsideFolder(f"jalur keluaran tidak sah: {text!r}")
    if real_root is not None:
        inside = _stays_under(real_root, text)
    else:
        inside = is_inside(output, Path(output) / text)
    if not inside:
        raise OutsideFolder(f"jalur keluaran keluar dari folder keluaran: {text!r}")


def safe_output_path(relative: str) -> bool:
    """Whether ``relative`` may be written under an output folder (see output_file)."""
    try:
        output_file("/nonexistent-output-root", relative)
    except OutsideFolder:
        return False
    return True
