"""Pagefind in shards: one bundle per year (or quarter, or month) of articles, cached
and indexed again only when the pages of that shard change. Knows nothing of Pelican.

Why shards: Pagefind holds every indexed word in memory (about 550 bytes per word
occurrence, benchmarks/RESULTS.md), so one process over the whole archive grows with
it; and Pagefind cannot update an index, so one bundle means indexing everything
again for one new article. A shard's bundle is indexed in its own process, at most
``processes`` at a time, and kept beside Pelican's content cache under a fingerprint
of its pages' bytes: a rebuild indexes only the shards whose pages changed.

The search page (theme/static/js/cari.js) loads the newest shard as Pagefind's
primary index and merges the others into it (``mergeIndex``), so the WebAssembly is
fetched once. Shard ``k`` (in the order of ``shard_order``) gets the index weight
``1 + k * WEIGHT_STEP``: a relevance score changes by less than a millionth, and a
sorted search, where Pagefind scores a result by its position, tells the page which
shard each result came from, so it can keep date order across shards.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from arsip_core.stamps import KeptDigests
from arsip_search.indexer import (
    IndexResult,
    SearchIndexFailed,
    pagefind_program,
    parse_counts,
)

logger = logging.getLogger(__name__)

SHARD_UNKNOWN = "tanpa-tanggal"
SHARDS_SUBDIR = "bagian"
WEIGHT_STEP = 1e-9
# Pagefind writes its ready-made UIs into every bundle; the search page uses none,
# and runs Pagefind without its web worker (cari.js, noWorker).
_UNUSED = (
    "pagefind-worker.js",
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
_FINGERPRINT = "sidik.txt"
# Bump when the way a shard is indexed (or fingerprinted) changes, so cached
# shards are redone.
_FORMAT = "3"
# Each page's digest for the fingerprints, kept beside the shards (``KeptDigests``).
_PAGE_DIGESTS = "sidik-halaman.pickle"
# Pagefind's root: the article's body element. Without it Pagefind tracks every
# element of the page (head, navigation, footer) for data-pagefind attributes,
# a first <h1> or <img> and the <title>, which an article page keeps inside its
# body (the title in its <h1>) or has none of: the same index, with 14 % fewer
# instructions (benchmarks/RESULTS.md, session 20).
ROOT_SELECTOR = "[data-pagefind-body]"


def _period_key(day: date, period: str) -> str:
    if period == "year":
        return f"{day:%Y}"
    if period == "quarter":
        return f"{day.year}-q{(day.month - 1) // 3 + 1}"
    return f"{day:%Y-%m}"


def assign_shards(days: Mapping[str, date | None], limit: int) -> dict[str, list[str]]:
    """Pages by shard: a year per shard, or its quarters, or its months when a year
    (or one of its quarters) holds more than ``limit`` pages; undated pages apart.

    Depends only on the pages' days, so a shard changes only when its pages do (or
    when a year grows past the limit and is cut finer, once)."""
    years: dict[int, list[tuple[str, date]]] = {}
    shards: dict[str, list[str]] = {}
    for page, day in days.items():
        if day is None:
            shards.setdefault(SHARD_UNKNOWN, []).append(page)
        else:
            years.setdefault(day.year, []).append((page, day))
    for pages in years.values():
        for period in ("year", "quarter", "month"):
            cut: dict[str, list[str]] = {}
            for page, day in pages:
                cut.setdefault(_period_key(day, period), []).append(page)
            if period == "month" or max(map(len, cut.values())) <= limit:
                break
        shards.update(cut)
    return shards


def shard_order(keys: Iterable[str]) -> list[str]:
    """Newest period first, articles without a date last (they sort last either way)."""
    keys = set(keys)
    dated = sorted((k for k in keys if k != SHARD_UNKNOWN), reverse=True)
    return dated + ([SHARD_UNKNOWN] if SHARD_UNKNOWN in keys else [])


def shard_command(site: Path, output: Path, language: str) -> list[str]:
    """Pagefind over every page of ``site`` (a shard's pages only), into ``output``."""
    return [
        *pagefind_program(),
        "--site",
        str(site),
        "--output-path",
        str(output),
        "--force-language",
        language,
        "--root-selector",
        ROOT_SELECTOR,
    ]


def _page_digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def fingerprint(
    site: Path, pages: Iterable[str], salt: str, kept: KeptDigests | None = None
) -> str:
    """A hash of the pages' paths and bytes (what Pagefind would read), and ``salt``:
    of each page's path and the digest of its bytes, taken from ``kept`` (the last
    build's, under the page's status) for a page not written since."""
    kept = kept or KeptDigests(None)
    digest = hashlib.sha256(f"{_FORMAT}\0{salt}\0".encode())
    root = os.fspath(site)
    for page in sorted(pages):
        digest.update(page.encode())
        digest.update(b"\0")
        digest.update(kept.digest(os.path.join(root, page), _page_digest))
    return digest.hexdigest()


def _link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


TRASH = ".buang"


def link_tree(site: Path, tree: Path, pages: Iterable[str]) -> None:
    """Make ``tree`` hold exactly ``pages``, each a hard link to (else a copy of)
    the page of the same name in ``site``: the folder Pagefind indexes a shard from.

    The tree is kept between builds and only brought up to date. Made afresh in a
    temporary folder and removed after Pagefind (one folder per page: 2,600 at
    3,000 articles), it cost 4-7.6 s of ``rmtree`` at a +1 rebuild's end, the
    disk being mounted ``discard`` (every freed directory block is discarded), and
    ~4 s more of ``mkdir`` and ``link``. A page written again over its bytes
    (``IncrementalWriter``) keeps its inode, so its link stays valid; one whose
    inode changed is linked again. The names it holds are listed beside it, the
    list removed while it changes: a tree without its list is made afresh.

    Never unlinks a link whose page may still be in ``site``: that would touch the
    page's ctime, and arsip_incremental's sweep keeps a file changed during the
    build (a renamed article's old page stayed). The folder of a page that left
    goes to the trash whole (renaming a folder leaves its files' ctime alone), and
    ``empty_trash`` frees only files no other name holds."""
    listing = tree.with_name(f"{tree.name}.json")
    trash = tree.parent / TRASH
    try:
        before = set(json.loads(listing.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        before = None
    listing.unlink(missing_ok=True)
    if before is None:
        _to_trash(tree, trash)
        before = set()
    wanted = sorted(set(pages))
    gone = {(tree / page).parent for page in before.difference(wanted)}
    if tree in gone:
        _to_trash(tree, trash)  # a page at the top: the whole tree goes
        before = set()
    else:
        for folder in sorted(gone, key=lambda f: len(f.parts)):
            _to_trash(folder, trash)
    for page in wanted:
        source, target = site / page, tree / page
        if page in before:
            try:
                if os.path.samestat(os.stat(source), os.lstat(target)):
                    continue
            except OSError:
                pass
            # Moved to the trash with its folder, or the page has a new inode:
            # the old link's page is no longer in ``site``.
            target.unlink(missing_ok=True)
        _link_or_copy(source, target)
    listing.write_text(json.dumps(wanted), encoding="utf-8")


def _to_trash(folder: Path, trash: Path) -> None:
    """Move ``folder`` (if it is still there) into ``trash``, files untouched."""
    if not folder.is_dir():
        return
    trash.mkdir(parents=True, exist_ok=True)
    os.rename(folder, tempfile.mkdtemp(dir=trash))


def empty_trash(trash: Path) -> None:
    """Free the trash's files that no other name holds (a page gone from the site
    since), and the folders left empty; the others wait for a later build."""
    if not trash.is_dir():
        return
    for folder, _dirs, files in os.walk(trash, topdown=False):
        for name in files:
            path = os.path.join(folder, name)
            with suppress(OSError):
                if os.lstat(path).st_nlink == 1:
                    os.unlink(path)
        if folder != os.fspath(trash):
            with suppress(OSError):
                os.rmdir(folder)


@dataclass
class ShardOutcome:
    """What happened to one shard in this build."""

    key: str
    pages: int
    indexed: bool
    words: int = 0
    seconds: float = 0.0


class ShardedIndex:
    """Index every shard of ``site`` in the background; ``finish()`` waits for them
    and puts the bundles into ``site/bundle_subdir``."""

    def __init__(
        self,
        site: Path,
        shards: Mapping[str, list[str]],
        cache: Path,
        bundle_subdir: str,
        language: str,
        processes: int = 2,
        salt: str = "",
    ):
        self.site = site
        self.shards = {key: list(pages) for key, pages in shards.items()}
        self.cache = cache
        self.bundle_subdir = bundle_subdir
        self.language = language
        self.processes = max(1, processes)
        self.salt = f"{salt}\0{language}"
        # Each shard's pages as Pagefind reads them, kept between builds beside
        # the cache (``link_tree``).
        self.trees = cache.with_name(f"{cache.name}.situs")
        self.started = time.perf_counter()
        self.outcomes: dict[str, ShardOutcome] = {}
        self.errors: list[str] = []
        self._stopped = threading.Event()
        self._running: set[subprocess.Popen] = set()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    # -- in the background -------------------------------------------------------
    def _run(self) -> None:
        self.cache.mkdir(parents=True, exist_ok=True)
        self._drop_old_trees()
        # The pages of a shard are read for its fingerprint only if written since
        # the last build (10,000 pages read and hashed at N = 10,000 before).
        # Keyed without the ctime, which ``link_tree`` changes (``KeptDigests``).
        self.kept = KeptDigests(self.cache / _PAGE_DIGESTS, salt=_FORMAT, ctime=False)
        # Largest shards first: the last one to finish is then a small one, so
        # the build's end does not wait on one big shard alone.
        order = sorted(shard_order(self.shards), key=lambda k: -len(self.shards[k]))
        with ThreadPoolExecutor(max_workers=self.processes) as pool:
            for outcome in pool.map(self._shard, order):
                if outcome is not None:
                    self.outcomes[outcome.key] = outcome
        if not self.errors and not self._stopped.is_set():
            self.kept.save()

    def _drop_old_trees(self) -> None:
        """The page trees of shards that are gone (a year cut finer) go to the
        trash, and the trash is emptied of what no page holds (``link_tree``)."""
        if not self.trees.is_dir():
            return
        trash = self.trees / TRASH
        for item in self.trees.iterdir():
            if item.name == TRASH or item.name.removesuffix(".json") in self.shards:
                continue
            if item.is_dir():
                _to_trash(item, trash)
            else:
                item.unlink()
        empty_trash(trash)

    def _shard(self, key: str) -> ShardOutcome | None:
        if self._stopped.is_set():
            return None
        pages = self.shards[key]
        try:
            stamp = fingerprint(self.site, pages, self.salt, self.kept)
            done = self.cache / key
            if (done / _FINGERPRINT).is_file() and (
                done / _FINGERPRINT
            ).read_text() == stamp:
                return ShardOutcome(key, len(pages), indexed=False)
            return self._index(key, pages, stamp)
        except Exception as err:  # reported by finish(), never lost
            self.errors.append(f"{key}: {type(err).__name__}: {err}")
            return None

    def _index(self, key: str, pages: list[str], stamp: str) -> ShardOutcome | None:
        started = time.perf_counter()
        work = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=self.cache))
        try:
            site = self.trees / key
            link_tree(self.site, site, pages)
            bundle = work / "bundel"
            with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:
                process = subprocess.Popen(
                    shard_command(site, bundle, self.language),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    text=True,
                )
                with self._lock:
                    self._running.add(process)
                try:
                    code = process.wait()
                finally:
                    with self._lock:
                        self._running.discard(process)
                log.seek(0)
                output = log.read()
            if self._stopped.is_set():
                return None
            if code != 0:
                detail = " | ".join(output.strip().splitlines()[-5:])
                self.errors.append(f"{key}: Pagefind gagal (kode {code}): {detail}")
                return None
            prune(bundle)
            target = self.cache / key
            keep_unchanged(bundle, target)
            (bundle / _FINGERPRINT).write_text(stamp)
            if target.exists():
                shutil.rmtree(target)
            bundle.rename(target)
            counts = parse_counts(output)
            return ShardOutcome(
                key,
                counts.get("page", len(pages)),
                indexed=True,
                words=counts.get("word", 0),
                seconds=time.perf_counter() - started,
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)

    # -- the build's side --------------------------------------------------------
    def stop(self) -> None:
        """End the runs still going (the build failed before waiting)."""
        self._stopped.set()
        with self._lock:
            running = list(self._running)
        for process in running:
            if process.poll() is None:
                process.kill()
        self._thread.join(timeout=30)

    def finish(self, timeout: float) -> IndexResult:
        """Wait at most what is left of ``timeout`` seconds, then install the shards."""
        left = max(0.0, timeout - (time.perf_counter() - self.started))
        self._thread.join(timeout=left)
        if self._thread.is_alive():
            self.stop()
            raise SearchIndexFailed(f"Pagefind tidak selesai dalam {timeout} detik")
        if self.errors:
            raise SearchIndexFailed("; ".join(sorted(self.errors)))
        bundle = self.site / self.bundle_subdir
        install(bundle, self.cache, shard_order(self.shards))
        outcomes = self.outcomes.values()
        return IndexResult(
            pages=sum(o.pages for o in outcomes),
            words=sum(o.words for o in outcomes if o.indexed),
            filters=0,
            sorts=0,
            seconds=time.perf_counter() - self.started,
            bundle=bundle,
            bundle_bytes=0,
        )

    @property
    def reindexed(self) -> list[str]:
        """Keys of the shards Pagefind indexed in this build (the rest came cached)."""
        return sorted(k for k, o in self.outcomes.items() if o.indexed)


def prune(bundle: Path) -> None:
    """Remove from a shard's bundle what the search page never loads: Pagefind's
    ready-made UIs, its worker, and the WebAssembly of languages it has no index in
    (the primary index loads ``wasm.<its language's wasm, else unknown>.pagefind``)."""
    for name in _UNUSED:
        (bundle / name).unlink(missing_ok=True)
    entry = bundle / "pagefind-entry.json"
    if not entry.is_file():
        return
    languages = json.loads(entry.read_text(encoding="utf-8")).get("languages", {})
    wanted = {
        f"wasm.{lang.get('wasm') or 'unknown'}.pagefind" for lang in languages.values()
    }
    for wasm in bundle.glob("wasm.*.pagefind"):
        if wasm.name not in wanted:
            wasm.unlink()


def keep_unchanged(bundle: Path, previous: Path) -> int:
    """Each file of a new ``bundle`` whose bytes equal the file at the same place in
    ``previous`` (the shard's last bundle) becomes a hard link to that file; the
    number of files kept.

    One new article changes a shard's index chunks and adds one fragment, but
    Pagefind writes all its ~2,600 files (at 3,000 articles) anew. Freeing the old
    copies' blocks was the +1 rebuild's longest stretch at its end: 4.7 s to
    unlink one shard's files (the disk is mounted ``discard``, about 1.7 ms for each
    file whose blocks go back). Kept as links, their blocks stay in use and only
    the files that changed are freed; the bundle's bytes are the same."""
    if not previous.is_dir():
        return 0
    kept = 0
    top, before = os.fspath(bundle), os.fspath(previous)
    for folder, _dirs, files in os.walk(top):
        for name in files:
            new = os.path.join(folder, name)
            old = os.path.join(before, os.path.relpath(new, top))
            try:
                if os.path.getsize(old) != os.path.getsize(new) or not _same_bytes(
                    old, new
                ):
                    continue
                temporary = f"{new}.lama"
                os.link(old, temporary)
            except OSError:
                continue
            try:
                os.replace(temporary, new)
            except OSError:
                os.unlink(temporary)
                continue
            kept += 1
    return kept


def _same_bytes(first: str, second: str) -> bool:
    with open(first, "rb") as one, open(second, "rb") as two:
        return one.read() == two.read()


def _link_or_copy2(source: str, target: str) -> None:
    """A hard link to a cached shard's file, else a copy (another file system).

    Safe to share: Pagefind's files are never written in place, a shard indexed
    again is a new folder renamed over the old one (new files, or links to the old
    ones with the same bytes: ``keep_unchanged``), and ``prune`` only unlinks."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def install(bundle: Path, cache: Path, keys: list[str]) -> None:
    """Make ``bundle/bagian/<key>`` a copy of each cached shard (hard links: a
    copy of some 10,000 files at N = 10,000 took a second at the build's end),
    touching only the shards that changed, and remove whatever else is in
    ``bundle``."""
    shards = bundle / SHARDS_SUBDIR
    shards.mkdir(parents=True, exist_ok=True)
    wanted = set(keys)
    for item in bundle.iterdir():
        if item.name != SHARDS_SUBDIR:
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    for item in shards.iterdir():
        if item.name not in wanted:
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    for key in keys:
        source, target = cache / key, shards / key
        if _same_bundle(source, target):
            prune(target)  # a bundle installed by an older build may hold more
            continue
        temporary = shards / f".{key}.baru"
        shutil.rmtree(temporary, ignore_errors=True)
        shutil.copytree(
            source,
            temporary,
            ignore=shutil.ignore_patterns(_FINGERPRINT),
            copy_function=_link_or_copy2,
        )
        prune(temporary)
        if target.exists():
            shutil.rmtree(target)
        temporary.rename(target)


def _same_bundle(source: Path, target: Path) -> bool:
    """Pagefind names its metadata after a hash of the pages, and the entry file
    names the metadata: equal entries mean equal bundles."""
    entry = "pagefind-entry.json"
    if not (target / entry).is_file():
        return False
    return (source / entry).read_bytes() == (target / entry).read_bytes()
