"""Signal receivers of arsip_incremental: a writer that skips unchanged pages, and a
sweep that removes what the build no longer makes.

- At the start of each build (``get_generators``) the manifest of the last build is
  read from ``CACHE_PATH`` and removed there, so a build that fails leaves none: the
  next build then renders every page again.
- ``IncrementalWriter`` (``get_writer``) computes each page's fingerprint before
  rendering it. When the manifest has the same fingerprint for that file and the
  file on disk still has the size and time the manifest recorded, the page is
  neither rendered nor written.
- At ``finalized``, before the sitemap reads the output, every file this build
  neither wrote nor kept is removed (``sweep``), and the new manifest is saved.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import pickle
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from blinker import ANY
from pelican import signals
from pelican.writers import FileOverwriteFailedError

from arsip_core.keys import INCREMENTAL_SLOT
from arsip_core.settings import setting
from arsip_core.state import build_state
from arsip_incremental.fingerprint import (
    Digester,
    Opaque,
    environment_fingerprint,
    feed_fingerprint,
    page_fingerprint,
    template_reads,
)
from arsip_site.boundaries import BoundedWriter, bounded_writer

logger = logging.getLogger(__name__)

MANIFEST = "arsip-keluaran.json"
MANIFEST_STEM = "arsip-keluaran-"
READS_STEM = "arsip-bacaan-templat-"


def manifest_name(output: Path) -> str:
    """``arsip-keluaran-<hash of the output folder>.json``."""
    key = hashlib.blake2b(str(output).encode(), digest_size=5).hexdigest()
    return MANIFEST.replace(".json", f"-{key}.json")


_FORMAT = 1
ROOT = Path(__file__).resolve().parents[2]


def _article_places(function, context):
    """What ``arsip_article_places`` gives this page: its result for the article."""
    article = context.get("article")
    if article is None:
        raise Opaque("arsip_article_places")
    return function(article)


# Template globals that read build state: each page hashes what they return for it.
PROVIDERS = {"arsip_article_places": _article_places}


class Build:
    """One build's bookkeeping: the old manifest, the new one, what was kept."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self.output = Path(settings["OUTPUT_PATH"]).resolve()
        self.cache = Path(settings.get("CACHE_PATH") or "cache")
        self.enabled = bool(setting(settings, "ARSIP_INCREMENTAL"))
        self.started = time.time_ns()
        # One manifest per output folder: an edition (arsip_i18n) builds into
        # output/<lang>/ with the same cache.
        self.manifest = self.cache / manifest_name(self.output)
        self.marker = self._marker()
        self.old: dict[str, list] = self._load() if self.enabled else {}
        self.new: dict[str, list] = {}
        self.kept: set[str] = set()
        self.rendered: Counter[str] = Counter()
        self.opaque: Counter[str] = Counter()
        self.digester = Digester(PROVIDERS)
        self.finished = False
        self.environment: str | None = None
        self._variables: dict[str, Any] = {}
        self.parsed: dict[str, Any] = {}
        self._reads_loaded: dict[str, Any] | None = None
        # After the sweep: the pages it left, and the folders it spared.
        self.swept: tuple[list[tuple[str, ...]], set[Path]] | None = None

    def _marker(self) -> int:
        """The file system's own clock now: a file changed from here on is newer."""
        self.cache.mkdir(parents=True, exist_ok=True)
        stamp = self.cache / ".arsip-mulai"
        stamp.write_bytes(b"")
        return stamp.stat().st_ctime_ns

    def _load(self) -> dict[str, list]:
        path = self.manifest
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        finally:
            # A failed build must leave no manifest: files it wrote are not in it.
            path.unlink(missing_ok=True)
        if data.get("format") != _FORMAT or data.get("output") != str(self.output):
            return {}
        return data.get("files", {})

    def save(self) -> None:
        data = {"format": _FORMAT, "output": str(self.output), "files": self.new}
        path = self.manifest
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(path)

    def variables(self, env, name: str):
        if name not in self._variables:
            self.load_reads()
            self._variables[name] = template_reads(env, name, self.parsed)
        return self._variables[name]

    @property
    def reads_file(self) -> Path:
        """Each template's reads as the last build found them (``_own_reads``),
        valid while the environment's fingerprint is the same (the templates,
        this code, the settings and Jinja's version are in it)."""
        key = self.manifest.stem.removeprefix(MANIFEST_STEM)
        return self.cache / f"{READS_STEM}{key}.pickle"

    def load_reads(self) -> None:
        """Once the environment's fingerprint is known: take in the reads the last
        build of this environment found."""
        if self._reads_loaded is None and self.environment is not None:
            self._reads_loaded = self._load_reads()

    def _load_reads(self) -> dict[str, Any]:
        if not self.enabled:
            return {}
        try:
            data = pickle.loads(self.reads_file.read_bytes())
        except Exception:  # noqa: BLE001 - missing or unreadable: parse again
            return {}
        if not isinstance(data, dict) or data.get("environment") != self.environment:
            return {}
        reads = data.get("reads")
        if not isinstance(reads, dict):
            return {}
        self.parsed.update(reads)
        return dict(reads)

    def save_reads(self) -> None:
        """Keep the templates' reads for the next build, if this one found more."""
        if not self.enabled or self.environment is None:
            return
        if self._reads_loaded is not None and self.parsed.keys() <= set(
            self._reads_loaded
        ):
            return
        data = {"environment": self.environment, "reads": dict(self.parsed)}
        temporary = self.reads_file.with_suffix(".tmp")
        temporary.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(self.reads_file)


def _build(settings) -> Build | None:
    """This build's bookkeeping (its BuildState slot), made on first use; None outside
    a build, or once the build has finished."""
    state = build_state(settings)
    if state is None:
        return None
    build = state.slot(INCREMENTAL_SLOT, lambda: Build(settings))
    return None if build.finished else build


def start_build(generator) -> None:
    """generator_init: the bookkeeping starts with the first generator, before any
    output is written (arsip_site has made the run's BuildState by then)."""
    _build(generator.settings)


def take_over(pelican) -> None:
    """initialized: whatever the order of PLUGINS, IncrementalWriter is the build's
    writer (Pelican takes the first one offered; it is arsip_site's BoundedWriter
    with the skipping added, so arsip_site's offer is withdrawn) and the sweep runs
    first at ``finalized``."""
    signals.get_writer.disconnect(bounded_writer)
    sweep_first(pelican)


def sweep_first(pelican) -> None:
    """At ``finalized`` the sweep runs before every other receiver, so the sitemap
    (arsip_seo) never lists a stale page. Signals call receivers in the order they
    were connected: the others are connected again after it, in their own order."""
    finalized = signals.finalized
    others = [r for r in finalized.receivers_for(ANY) if r is not finish_build]
    for receiver in others:
        finalized.disconnect(receiver)
    finalized.connect(finish_build)
    for receiver in others:
        finalized.connect(receiver, weak=False)  # as alive as when first connected


def keep_static(generator) -> None:
    """static_generator_finalized: static files Pelican may leave in place unchanged
    (STATIC_CHECK_IF_MODIFIED) are still part of the site."""
    build = _build(generator.settings)
    if build is None:
        return
    for item in getattr(generator, "staticfiles", ()):
        if item.save_as:
            build.kept.add(os.path.abspath(build.output / item.save_as))


def incremental_writer(pelican):
    """get_writer receiver."""
    return IncrementalWriter


class _Template:
    """Stands in for a Jinja template in ``Writer.write_file``: renders only when the
    page's fingerprint changed."""

    def __init__(self, template, writer: IncrementalWriter) -> None:
        self.template = template
        self.writer = writer

    def render(self, localcontext) -> str:
        return self.writer._render(self.template, localcontext)

    def __getattr__(self, name):
        return getattr(self.template, name)


class IncrementalWriter(BoundedWriter):
    """arsip_site's writer (nothing outside the output folder), skipping pages whose
    inputs did not change."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.build = _build(settings) if settings is not None else None
        self._skip: str | None = None
        self._pending: tuple[str, str | None] | None = None

    def write_file(self, name, template, context, *args, **kwargs):
        if self.build is None or not self.build.enabled:
            return super().write_file(name, template, context, *args, **kwargs)
        return super().write_file(
            name, _Template(template, self), context, *args, **kwargs
        )

    def _environment(self) -> str:
        build = self.build
        if build.environment is None:
            build.environment = environment_fingerprint(
                self.settings,
                Path(self.settings["THEME"]),
                _code_folders(self.settings),
            )
            build.load_reads()
        return build.environment

    def _unchanged(self, name: str, fingerprint: str | None, kind: str) -> bool:
        """True (and the file kept) when ``name`` was written from the same inputs
        and is still as that build left it; else note that it is written now."""
        build = self.build
        path = os.path.join(self.output_path, name)
        old = build.old.get(name)
        if fingerprint is not None and old and old[0] == fingerprint:
            try:
                stat = os.stat(path)
            except OSError:
                stat = None
            if stat and [stat.st_size, stat.st_mtime_ns] == old[1:]:
                self._skip = os.path.abspath(path)
                build.new[name] = old
                build.kept.add(os.path.abspath(path))
                return True
        if fingerprint is None:
            build.opaque[kind] += 1
        build.rendered[kind] += 1
        self._pending = (name, fingerprint)
        return False

    def _render(self, template, localcontext) -> str:
        fingerprint = page_fingerprint(
            self.build.digester,
            self._environment(),
            template.name,
            self.build.variables(template.environment, template.name),
            localcontext,
            template.globals,
        )
        if self._unchanged(localcontext["output_file"], fingerprint, template.name):
            return ""
        return template.render(localcontext)

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        """A feed is written again only when its entries or settings changed."""
        if path and self.build is not None and self.build.enabled:
            fingerprint = feed_fingerprint(
                self.build.digester,
                self._environment(),
                elements[: self.settings["FEED_MAX_ITEMS"]],
                context,
                [path, *args, *sorted(kwargs.items())],
            )
            if self._unchanged(path, fingerprint, "feed"):
                self._open_w(os.path.join(self.output_path, path), "utf-8").close()
                return None
        return super().write_feed(elements, context, path, *args, **kwargs)

    def _open_w(self, filename, encoding, override=False):
        if self._skip is not None and os.path.abspath(filename) == self._skip:
            self._skip = None
            # Pelican's check that no file is written twice, without writing.
            if filename in self._written_files and not override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" as Pelican has already '
                    "written to it previously"
                )
            if override:
                self._overridden_files.add(filename)
            self._written_files.add(filename)
            return _nothing()
        pending, self._pending = self._pending, None
        handle = _InPlace(self._claim(filename, override), encoding)
        if pending is not None:
            return _recorded(handle, filename, pending, self.build)
        return handle

    def _claim(self, filename, override=False) -> str:
        """Pelican's ``Writer._open_w`` up to the opening: its check that no file is
        written twice (``override`` lets one write replace another); the file to
        write, ``os.devnull`` when Pelican would skip it."""
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" a second time '
                    "(was previously overwritten)"
                )
            logger.info('Skipping "%s", not overwriting', filename)
            return os.devnull
        if filename in self._written_files:
            if override:
                logger.info('Overwriting "%s"', filename)
            else:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" as Pelican has already '
                    "written to it previously (set `override=True` if intended)"
                )
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        return filename


class _InPlace(io.StringIO):
    """What Pelican's writer opens a page with (it opens ``open(name, "w")``): the
    text is kept, and written at ``close`` over the old file's bytes, then cut to
    its length.

    Opening with "w" truncates the file first, which frees its blocks: on this
    project's build machine, whose disk is mounted ``discard``, that cost ~2.5 ms
    for every page written again, against ~30 µs written over (the blocks stay
    in use). The same inode either way, as Pelican leaves it; a build that fails
    meanwhile leaves no manifest, so the next one writes every page again."""

    def __init__(self, path: str, encoding: str) -> None:
        super().__init__()
        self.path = path
        self.target_encoding = encoding

    def close(self) -> None:
        if self.closed:
            return
        text = self.getvalue()
        super().close()
        if self.path == os.devnull:  # a page Pelican skips ("not overwriting")
            return
        if os.linesep != "\n":  # what text mode "w" writes for "\n"
            text = text.replace("\n", os.linesep)
        write_over(self.path, text.encode(self.target_encoding))


def write_over(path: str, data: bytes) -> None:
    """Make the file ``path`` hold ``data``, written over its old bytes (made if
    missing), then cut to ``len(data)``.

    A file made here holds exactly ``data``: it is not cut (a cold build makes
    every file, and the cut was a system call a page for nothing)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        made = True
    except FileExistsError:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666)
        made = False
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        if not made:
            os.ftruncate(descriptor, len(data))
            if not data:
                os.utime(descriptor)  # written now, as an emptied file's times say
    finally:
        os.close(descriptor)


class _Sink:
    """What a skipped page is "written" to."""

    def write(self, _text) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass


def _nothing() -> _Sink:
    return _Sink()


@contextmanager
def _recorded(handle, filename, pending, build: Build):
    with handle:
        yield handle
    name, fingerprint = pending
    if fingerprint is not None:
        stat = os.stat(filename)
        build.new[name] = [fingerprint, stat.st_size, stat.st_mtime_ns]


def _code_folders(settings) -> list[Path]:
    folders = [Path(p) for p in settings.get("PLUGIN_PATHS") or ()]
    return [*folders, ROOT / "data"]


def sweep(
    output: Path,
    marker: int,
    kept: set[str],
    spare: set[Path],
    pages: list[tuple[str, ...]] | None = None,
) -> list[str]:
    """Remove every file under ``output`` older than ``marker`` (a ``st_ctime_ns``)
    that is not in ``kept``; folders in ``spare`` are left alone. Then remove
    folders left empty. Returns the removed files, relative to ``output``.
    ``pages``, when given, gets every ``*.html`` file left outside ``spare``, as
    its path's segments under ``output`` (walk order), for the sitemap.

    One walk: each folder's entries left (files kept, folders spared or not yet
    removed) are counted on the way down, and the empty ones removed deepest first,
    each one less for its parent (``rmdir`` was tried on every folder before, one
    failing call per article folder)."""
    removed = []
    top = os.fspath(output)
    spared = {os.fspath(p) for p in spare}
    left: dict[str, int] = {}
    parents: list[tuple[str, str]] = []
    for folder, dirs, files in os.walk(top, topdown=True):
        walked = [d for d in dirs if os.path.join(folder, d) not in spared]
        count = len(dirs)  # each folder in it counts until it is removed
        dirs[:] = walked
        parents += [(os.path.join(folder, d), folder) for d in walked]
        if pages is not None:
            relative = os.path.relpath(folder, top)
            segments = () if relative == os.curdir else tuple(relative.split(os.sep))
        for name in files:
            path = os.path.join(folder, name)
            count += 1
            if path in kept:
                if pages is not None and name.endswith(".html"):
                    pages.append((*segments, name))
                continue
            try:
                stat = os.lstat(path)
            except OSError:  # gone meanwhile
                continue
            if stat.st_ctime_ns < marker:
                os.unlink(path)
                removed.append(os.path.relpath(path, top))
                count -= 1
            elif pages is not None and name.endswith(".html"):
                pages.append((*segments, name))
        left[folder] = count
    for folder, parent in reversed(parents):
        if left.get(folder) == 0:
            try:
                os.rmdir(folder)
            except OSError:
                continue
            left[parent] -= 1
    return removed


def swept_pages(settings, output: Path) -> list[tuple[str, ...]] | None:
    """Every ``*.html`` file under ``output`` once this build's sweep has run, as
    ``arsip_seo.sitemap.html_files`` lists them (its order), without walking the
    output again: the sweep's walk, and a walk of the folders it spared. None
    before the sweep, or for another output folder."""
    state = build_state(settings)
    build = state.slots.get(INCREMENTAL_SLOT) if state is not None else None
    if not isinstance(build, Build) or build.swept is None:
        return None
    if Path(output).resolve() != build.output:
        return None
    pages, spared = build.swept
    found = list(pages)
    top = os.fspath(build.output)
    for folder in sorted(spared):
        if os.path.islink(folder):  # a link is not followed by the sitemap's walk
            continue
        for inside, _dirs, files in os.walk(folder):
            relative = os.path.relpath(inside, top)
            segments = tuple(relative.split(os.sep))
            found += [(*segments, name) for name in files if name.endswith(".html")]
    return sorted(found)


def finish_build(pelican) -> None:
    """finalized: remove stale files, save the manifest, say what was skipped."""
    build = _build(pelican.settings)
    if build is None:
        return
    build.finished = True
    settings = pelican.settings
    bundle = setting(settings, "ARSIP_SEARCH_BUNDLE_SAVE_AS")
    spare = {build.output / bundle} if bundle else set()
    # Other editions' sub-sites (arsip_i18n) are built, and swept, after this one.
    spare |= {build.output / lang for lang in settings.get("ARSIP_EDITIONS") or {}}
    skipped = len(build.kept)
    # The sitemap and robots.txt are written after the sweep (arsip_seo reads the
    # swept output); left in place, they are rewritten only when they change.
    for name in ("ARSIP_SEO_SITEMAP_SAVE_AS", "ARSIP_SEO_ROBOTS_SAVE_AS"):
        if save_as := setting(settings, name):
            build.kept.add(os.path.abspath(build.output / save_as))
    pages: list[tuple[str, ...]] = []
    removed = sweep(build.output, build.marker, build.kept, spare, pages)
    build.swept = (pages, spare)
    if build.enabled:
        build.save()
        build.save_reads()
    logger.info(
        "arsip_incremental: %d halaman ditulis, %d tidak berubah (dilewati), "
        "%d berkas lama dihapus",
        sum(build.rendered.values()),
        skipped,
        len(removed),
    )
    logger.debug("arsip_incremental: ditulis per templat: %s", dict(build.rendered))
    if build.opaque:
        logger.debug(
            "arsip_incremental: selalu ditulis ulang (masukan tak terbaca): %s",
            dict(build.opaque),
        )
