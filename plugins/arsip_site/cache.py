"""The content cache's key: every input of a record, not only the article file.

Pelican's reader cache keeps each article's record and HTML under the article's
path and reuses them while the file's stamp (its md5) is unchanged. A record is
also made of the sidecar ``.yaml``, the reference data in ``data/``, the extraction
code and a few settings, so the stamp here is all of them: edit any and the next
build reads the article again. No Pelican import.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import arsip_core
import arsip_extract
import arsip_reader
from arsip_core.gazetteer import refresh_reference_data
from arsip_core.stamps import KeptDigests, clock_now
from arsip_reader.pipeline import input_files, sidecar_stamp

# The packages whose code makes a record (and the site's own wiring of slugs).
RECORD_CODE = (arsip_core, arsip_extract, arsip_reader)
# Settings the reader's output depends on.
RECORD_SETTINGS = (
    "PATH",
    "PAGE_PATHS",
    "TIMEZONE",
    "THEME",
    "ARSIP_READER_MAX_BYTES",
    "ARSIP_UNKNOWN_PROVINCE",
    "ARSIP_TEXT_POLICY",
    "ARSIP_TEXT_EXCERPT_WORDS",
    "SLUGIFY_SOURCE",
    "SLUGIFY_USE_UNICODE",
    "SLUGIFY_PRESERVE_CASE",
    "SLUG_REGEX_SUBSTITUTIONS",
    "CATEGORY_REGEX_SUBSTITUTIONS",
    "TAG_REGEX_SUBSTITUTIONS",
)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the record code's sources, as loaded by this process."""
    digest = hashlib.sha256()
    for package in RECORD_CODE:
        root = Path(package.__file__).parent
        for path in sorted(root.rglob("*.py")):
            digest.update(f"{package.__name__}/{path.relative_to(root)}".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def settings_version(settings: Mapping[str, Any]) -> str:
    """A hash of the settings that shape records, and of the theme's template names
    (a front-matter ``template`` is kept only when the theme has it)."""
    values = {key: settings.get(key) for key in RECORD_SETTINGS}
    theme = Path(str(settings.get("THEME") or "")) / "templates"
    values["templates"] = sorted(p.stem for p in theme.glob("*.html"))
    text = json.dumps(values, sort_keys=True, default=repr)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def build_key(settings: Mapping[str, Any]) -> str:
    """What every record of this build depends on besides its own files."""
    data = refresh_reference_data()
    return f"{code_version()}:{data}:{settings_version(settings)}"


def _digest(path: Path) -> bytes:
    # A sidecar that is a link is stamped by its text: never read through.
    return hashlib.md5(sidecar_stamp(path)).digest()


class RecordStamp:
    """Pelican's stamp of an article file, widened to its sidecar and the build key.

    Each file's stamp is made once per build (Pelican makes new readers, hence a new
    stamp, for every build): Pelican asks for it when it looks in the cache and
    again when it stores what it read. A stamp must be taken before the file is
    read: a file edited while it is read then has an old stamp, and is read again
    next time. A file the reader's workers read is stamped by the worker just before
    it reads it (``compute`` there); ``source`` hands this process that stamp, so
    the files of a cold build are not all stamped here, one by one, before the
    workers start."""

    def __init__(
        self,
        file_stamp: Callable[[str], Any],
        key: str,
        kept: Callable[[], KeptDigests | None] | None = None,
        hash_bytes: Callable[[bytes], Any] | None = None,
    ):
        self.file_stamp = file_stamp
        self.key = key
        self.known: dict[str, tuple[Any, ...]] = {}
        # The stamp another process took, or None (then it is taken here).
        self.source: Callable[[str], tuple[Any, ...] | None] | None = None
        # Pelican's stamp of a file is ``hash_bytes`` of its bytes: taken from
        # ``kept`` (the last build's, under the file's status) for a file that has
        # not changed since, instead of reading and hashing every article again.
        # ``kept`` makes the table on first use: Pelican names the reader cache
        # (hence where the table goes) only after ``readers_init``.
        self._make_kept = kept if hash_bytes is not None else None
        self._kept: KeptDigests | None = None
        self.hash_bytes = hash_bytes

    @property
    def kept(self) -> KeptDigests | None:
        """The stamps kept between builds, or None."""
        if self._kept is None and self._make_kept is not None:
            self._kept = self._make_kept()
            self._make_kept = None
        return self._kept

    def __call__(self, filename: str) -> tuple[Any, ...]:
        found = self.known.get(filename)
        if found is not None:
            return found
        if self.source is not None:
            found = self.source(filename)
        if found is None:
            found = self.compute(filename)
        self.known[filename] = found
        return found

    def compute(self, filename: str) -> tuple[Any, ...]:
        """The file's stamp, taken now (in any process)."""
        path = Path(filename)
        try:
            others = tuple(_digest(p) for p in input_files(path)[1:])
        except OSError:
            others = ("?",)
        return (self._file_stamp(filename), others, self.key)

    def _file_stamp(self, filename: str) -> Any:
        kept = self.kept
        if kept is not None:
            try:
                return kept.digest(filename, self.hash_bytes)
            except OSError:
                pass  # Pelican's own stamp says why, and what it gives then
        return self.file_stamp(filename)

    def save(self) -> None:
        """Keep the files' stamps for the next build (``KeptDigests``), those the
        reader's workers took too."""
        kept = self.kept
        if kept is None:
            return
        for filename, stamp in self.known.items():
            if isinstance(stamp[0], bytes) and stamp[0]:
                kept.adopt(filename, stamp[0])
        kept.save()


# Beside each reader cache (Pelican's ``<CACHE_PATH>/<generator>-Readers``).
STAMPS_SUFFIX = "-stempel.pickle"


def record_stamp(
    file_stamp: Callable[[str], Any],
    key: str,
    settings: Mapping[str, Any] | None = None,
    cache_path: Callable[[], str | None] | None = None,
) -> RecordStamp:
    """Pelican's stamp function ``file_stamp`` widened to the sidecar and ``key``.

    With ``settings`` whose CHECK_MODIFIED_METHOD names a hash (Pelican hashes each
    file's bytes with it) and a content cache (at ``cache_path()``, known once the
    readers are made), each file's stamp is kept between builds beside that cache
    (``arsip_core.stamps``). The clock's mark is taken now, before any file is
    stamped, in this process or in a reader's worker forked from it."""
    settings = settings or {}
    method = settings.get("CHECK_MODIFIED_METHOD")
    cache = settings.get("CACHE_PATH")
    if method == "mtime" or not cache or not settings.get("CACHE_CONTENT"):
        return RecordStamp(file_stamp, key)
    function = getattr(hashlib, str(method), None)
    if function is None or cache_path is None:
        return RecordStamp(file_stamp, key)

    def hash_bytes(data: bytes) -> Any:
        return function(data).digest()

    marker = clock_now(Path(cache))
    load = bool(settings.get("LOAD_CONTENT_CACHE", True))

    def kept() -> KeptDigests | None:
        where = cache_path()
        if not where:
            return None
        return KeptDigests(
            Path(f"{where}{STAMPS_SUFFIX}"),
            salt=f"pelican {method}",
            load=load,
            marker=marker,
        )

    return RecordStamp(file_stamp, key, kept, hash_bytes)
