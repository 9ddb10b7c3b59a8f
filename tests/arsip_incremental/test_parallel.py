"""Pages written by several processes equal those written by one.

Real Pelican builds of a generated corpus into temporary folders: one with the
article pages shared among three processes and the other families (listings, term
pages, feeds, timeline, statistics, open data, search page) written by one more
helper meanwhile, one serial. Every file must be the same bytes (Pagefind's
hash-ordered files compared decoded), the manifest must hold the same
fingerprints, and the next build must find nothing to write again. A helper that
fails has its pages written by the Pelican process; an error in a page it writes
ends the build as it ends a serial one.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
import sys
from pathlib import Path

import arsip_incremental.fingerprint as fingerprint
import arsip_incremental.parallel as parallel
import pytest
from arsip_incremental.fingerprint import Digester
from pelican.writers import FileOverwriteFailedError

import arsip_core.state as build_states
from arsip_data.plugin import DataGenerator
from arsip_site.timing import HELPER_SUFFIX, TIMING_SAVE_AS
from tests.arsip_incremental.test_incremental_build import _files, differences
from tests.conftest import ROOT, build_site

BENCHMARKS = ROOT / "benchmarks"


def _corpus(folder: Path, n: int) -> Path:
    spec = importlib.util.spec_from_file_location(
        "bench_corpus_parallel", BENCHMARKS / "corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.write_corpus(folder, n, seed=5)
    return folder


@pytest.fixture
def content(tmp_path) -> Path:
    return _corpus(tmp_path / "content", 30)


def _build(content: Path, output: Path, processes: int) -> Path:
    return build_site(
        content,
        output,
        CACHE_PATH=str(output.parent / f"{output.name}-cache"),
        LOAD_CONTENT_CACHE=True,
        ARSIP_WRITER_PROCESSES=processes,
        ARSIP_READER_PROCESSES=1,
    )


def _manifest(output: Path) -> dict[str, str]:
    cache = output.parent / f"{output.name}-cache"
    (path,) = cache.glob("arsip-keluaran-*.json")
    files = json.loads(path.read_text(encoding="utf-8"))["files"]
    return {name: entry[0] for name, entry in files.items()}


@pytest.fixture
def shared(monkeypatch):
    """Small sites are written in parallel too; count the helpers started (a
    families' helper counts as None)."""
    monkeypatch.setattr(parallel, "MIN_PAGES", 1)
    started = []
    real = parallel._fork
    real_families = parallel._start_families

    def counting(*args):
        started.append(len(args[-1]))
        return real(*args)

    def counting_families(*args):
        started.append(None)
        return real_families(*args)

    monkeypatch.setattr(parallel, "_fork", counting)
    monkeypatch.setattr(parallel, "_start_families", counting_families)
    return started


def _phases(output: Path) -> dict[str, float]:
    cache = output.parent / f"{output.name}-cache"
    data = json.loads((cache / TIMING_SAVE_AS).read_text(encoding="utf-8"))
    return data["phases_seconds"]


@pytest.fixture(autouse=True)
def no_state_left_open():
    """A failed build leaves its BuildState to the next build or atexit: close what
    these builds left, so later tests see none open."""
    before = set(build_states._OPEN)
    yield
    for state in list(build_states._OPEN - before):
        state.close()


def _move(output: Path, to: Path) -> Path:
    """Move a built site and its cache aside, so the next build uses the same
    OUTPUT_PATH (a setting, hence part of every fingerprint)."""
    output.rename(to)
    cache = output.parent / f"{output.name}-cache"
    cache.rename(to.parent / f"{to.name}-cache")
    return to


def test_pages_written_in_three_processes_equal_a_serial_build(
    content, tmp_path, shared
):
    output = tmp_path / "keluaran"
    _build(content, output, 3)
    # The two families' helpers, then two article helpers, each with pages.
    assert shared[:2] == [None, None] and len(shared) == 4 and all(shared[2:])
    phases = _phases(output)
    assert parallel.WAIT_PHASE in phases
    # Term pages with the listings in one helper, open data in the other.
    for name in ("TaxonomyGenerator", "DataGenerator", "StatisticsGenerator"):
        assert f"tulis {name}{HELPER_SUFFIX}" in phases
        assert f"tulis {name}" not in phases  # not written here
    # The manifest is complete: the next build writes no page again, whichever
    # process wrote it.
    pages = set(_manifest(output))
    assert {"index.html", "data/index.html", "cari/index.html"} <= pages
    before = {n: p.stat().st_mtime_ns for n, p in _files(output).items()}
    _build(content, output, 3)
    after = {n: p.stat().st_mtime_ns for n, p in _files(output).items()}
    rewritten = sorted(n for n in pages if before.get(n) != after.get(n))
    assert rewritten == []
    together = _move(output, tmp_path / "paralel")
    _build(content, output, 1)
    assert len(shared) == 8  # none for the serial build
    assert "tulis TaxonomyGenerator" in _phases(output)
    assert differences(together, output) == []
    assert _manifest(together) == _manifest(output)


def test_a_failed_helper_has_its_pages_written_by_pelican(
    content, tmp_path, shared, monkeypatch
):
    def crash(*_args):
        raise RuntimeError("proses penulis mati")

    monkeypatch.setattr(parallel, "_helper", crash)
    output = tmp_path / "keluaran"
    _build(content, output, 2)
    assert len(shared) == 3
    together = _move(output, tmp_path / "paralel")
    _build(content, output, 1)
    assert differences(together, output) == []
    assert _manifest(together) == _manifest(output)


def test_an_error_in_a_page_ends_the_build_as_in_a_serial_build(
    content, tmp_path, shared, monkeypatch
):
    real = parallel._write_one
    failing = []

    def broken(generator, write, article):
        # The second page of the list: the helper's first (every 2nd page).
        if article is parallel._contents(generator)[1]:
            failing.append(article.save_as)
            raise ValueError(f"templat rusak: {article.save_as}")
        return real(generator, write, article)

    monkeypatch.setattr(parallel, "_write_one", broken)
    with pytest.raises(ValueError, match="templat rusak: artikel/"):
        _build(content, tmp_path / "paralel", 2)
    # Met in the helper, then again in the Pelican process, which reports it.
    assert len(shared) == 3 and failing


def test_a_failed_families_helper_has_its_pages_written_by_pelican(
    content, tmp_path, shared, monkeypatch
):
    def crash(*_args):
        raise RuntimeError("proses pembantu mati")

    monkeypatch.setattr(parallel, "_families_helper", crash)
    output = tmp_path / "keluaran"
    _build(content, output, 2)
    assert shared[0] is None
    # Written here after all, and timed as in a serial build.
    assert "tulis TaxonomyGenerator" in _phases(output)
    together = _move(output, tmp_path / "paralel")
    _build(content, output, 1)
    assert differences(together, output) == []
    assert _manifest(together) == _manifest(output)


@pytest.mark.parametrize("failing", ["listings", "rest"])
def test_one_failed_families_helper_has_its_pages_written_by_pelican(
    content, tmp_path, shared, monkeypatch, failing
):
    """The other helper's pages are taken in; the failed one's written here."""
    real = parallel._families_helper

    def crash_one(plan, writer, build, group):
        if (None in group) == (failing == "listings"):
            raise RuntimeError("proses pembantu mati")
        return real(plan, writer, build, group)

    monkeypatch.setattr(parallel, "_families_helper", crash_one)
    output = tmp_path / "keluaran"
    _build(content, output, 2)
    assert shared[:2] == [None, None]
    phases = _phases(output)
    here, there = "TaxonomyGenerator", "DataGenerator"
    if failing == "rest":
        here, there = there, here
    assert f"tulis {here}" in phases
    assert f"tulis {there}{HELPER_SUFFIX}" in phases
    together = _move(output, tmp_path / "paralel")
    _build(content, output, 1)
    assert differences(together, output) == []
    assert _manifest(together) == _manifest(output)


def test_a_page_of_one_families_helper_that_another_wrote_fails(
    content, tmp_path, shared, monkeypatch
):
    """Open data (second helper) writing the home page (the listings' helper)
    fails as a serial build fails at the second write."""
    real = DataGenerator.generate_output

    def clashing(self, writer):
        writer.write_file("index.html", self.get_template("index"), self.context)
        return real(self, writer)

    monkeypatch.setattr(DataGenerator, "generate_output", clashing)
    with pytest.raises(FileOverwriteFailedError, match="index.html"):
        _build(content, tmp_path / "paralel", 2)
    assert shared[:2] == [None, None]
    with pytest.raises(FileOverwriteFailedError, match="index.html"):
        _build(content, tmp_path / "serial", 1)


def test_the_families_wait_for_this_process_s_share_of_the_article_pages(
    content, tmp_path, shared, monkeypatch
):
    """The families' helpers start once the Pelican process has written its share
    of the article pages (every second page with two processes): the article
    pages, which Pagefind waits for, get the cores first."""
    seen = tmp_path / "seen.txt"
    output = tmp_path / "paralel"
    real = parallel._write_listings

    def noting(plan, writer):
        pages = len(list((output / "artikel").glob("*/index.html")))
        seen.write_text(str(pages), encoding="utf-8")
        return real(plan, writer)

    monkeypatch.setattr(parallel, "_write_listings", noting)
    _build(content, output, 2)
    assert shared[:2] == [None, None]
    written = len(list((output / "artikel").glob("*/index.html")))
    assert written >= 30
    assert int(seen.read_text(encoding="utf-8")) >= written // 2


def test_the_article_pages_sitemap_entries_are_read_by_a_helper(
    content, tmp_path, shared, monkeypatch
):
    """Read ahead in a helper, the article pages are not read again for the
    sitemap at the build's end; the sitemap is the serial build's."""
    import arsip_seo.sitemap as sitemap

    read = []
    parse = sitemap.entry_of
    monkeypatch.setattr(
        sitemap, "entry_of", lambda html: read.append(html) or parse(html)
    )
    together = _build(content, tmp_path / "paralel", 2)
    here = len(read)
    pages = len(list((together / "artikel").glob("*/index.html")))
    serial = _build(content, tmp_path / "serial", 1)
    assert pages > 20 and len(read) - here == here + pages
    sitemaps = [(o / "sitemap.xml").read_bytes() for o in (together, serial)]
    assert sitemaps[0] == sitemaps[1].replace(b"/serial/", b"/paralel/")


def test_an_error_in_another_family_ends_the_build_as_in_a_serial_build(
    content, tmp_path, shared, monkeypatch
):
    def broken(self, writer):
        raise ValueError("ekspor rusak")

    monkeypatch.setattr(DataGenerator, "generate_output", broken)
    with pytest.raises(ValueError, match="ekspor rusak"):
        _build(content, tmp_path / "paralel", 2)
    assert shared[0] is None  # met in the helper first, then here


def test_a_page_of_another_family_that_overwrites_an_article_page_fails(
    content, tmp_path, shared, monkeypatch
):
    real = DataGenerator.generate_output

    def clashing(self, writer):
        article = self.context["articles"][0]
        writer.write_file(
            article.save_as,
            self.get_template("article"),
            self.context,
            article=article,
            category=article.category,
        )
        return real(self, writer)

    monkeypatch.setattr(DataGenerator, "generate_output", clashing)
    with pytest.raises(FileOverwriteFailedError, match="artikel/"):
        _build(content, tmp_path / "paralel", 2)
    assert shared[0] is None
    with pytest.raises(FileOverwriteFailedError, match="artikel/"):
        _build(content, tmp_path / "serial", 1)


class _Build:
    def __init__(self) -> None:
        self.digester = Digester()


def _articles(n: int) -> list:
    """Stand-ins the digester hashes by value and keeps by ``id``."""
    return [[k, f"berita {k}", {"provinsi": "kalbar"}] for k in range(n)]


def test_the_digests_made_with_a_helper_are_those_made_here(monkeypatch):
    monkeypatch.setattr(parallel, "usable_cpus", lambda: 2)
    started = []
    real = parallel._start
    monkeypatch.setattr(parallel, "_start", lambda job: started.append(1) or real(job))
    articles = _articles(1000)
    build = _Build()
    parallel.digest_contents(build, articles)
    assert started == [1]
    alone = Digester()
    assert all(build.digester.value(a) == alone.value(a) for a in articles)
    # Kept already: a second pass forks nothing.
    parallel.digest_contents(build, articles)
    assert started == [1]
    assert all(build.digester.known(a) for a in articles)


def test_a_failed_digest_helper_has_its_articles_hashed_here(monkeypatch):
    monkeypatch.setattr(parallel, "usable_cpus", lambda: 2)

    def crash(*_args):
        raise RuntimeError("proses penghitung mati")

    monkeypatch.setattr(parallel, "_digests", crash)
    articles = _articles(1000)
    build = _Build()
    parallel.digest_contents(build, articles)
    assert all(build.digester.known(a) for a in articles)
    alone = Digester()
    assert all(build.digester.value(a) == alone.value(a) for a in articles)


def test_the_templates_reads_are_kept_for_the_next_build(
    content, tmp_path, shared, monkeypatch
):
    """What each template reads (found by parsing it, in whichever process wrote
    its pages) is kept beside the cache for the next build of the same environment;
    a file of another environment, or a broken one, is parsed again."""
    output = tmp_path / "keluaran"
    _build(content, output, 2)
    cache = output.parent / f"{output.name}-cache"
    (saved,) = cache.glob("arsip-bacaan-templat-*.pickle")
    reads = pickle.loads(saved.read_bytes())["reads"]
    # The article pages' (this process), the listings' and the other helper's.
    assert {"article.html", "index.html", "taxonomy_term.html", "data.html"} <= set(
        reads
    )
    parsed = []
    real = fingerprint._own_reads

    def counting(env, name):
        parsed.append(name)
        return real(env, name)

    monkeypatch.setattr(fingerprint, "_own_reads", counting)
    _build(content, output, 1)
    assert parsed == []
    data = pickle.loads(saved.read_bytes())
    saved.write_bytes(pickle.dumps({**data, "environment": "lain"}))
    _build(content, output, 1)
    assert "article.html" in parsed
    saved.write_bytes(b"rusak")
    parsed.clear()
    _build(content, output, 1)
    assert "article.html" in parsed


def test_templates_compiled_beside_the_reader_s_workers_change_nothing(
    content, tmp_path, monkeypatch
):
    """With the reader's workers running, the theme's templates are compiled
    while they read (arsip_site.compile_templates); the site is the same bytes as
    a build without workers, which compiles each template where it is used."""
    import arsip_reader.prefetch as prefetch
    import arsip_site.plugin as site_plugin

    monkeypatch.setattr(prefetch, "MIN_FILES", 1)
    listed = []
    real = site_plugin._theme_page
    monkeypatch.setattr(
        site_plugin, "_theme_page", lambda name: listed.append(name) or real(name)
    )

    def build(output: Path, readers: int) -> Path:
        return build_site(
            content,
            output,
            CACHE_PATH=str(output.parent / f"{output.name}-cache"),
            ARSIP_WRITER_PROCESSES=1,
            ARSIP_READER_PROCESSES=readers,
        )

    workers = _move(build(tmp_path / "keluaran", 2), tmp_path / "pekerja")
    assert "article.html" in listed
    listed.clear()
    alone = build(tmp_path / "keluaran", 1)
    assert listed == []
    assert differences(workers, alone) == []
