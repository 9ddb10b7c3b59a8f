"""Article pages written by several processes equal those written by one.

Real Pelican builds of a generated corpus into temporary folders: one with the
article pages shared among three processes, one serial. Every file must be the
same bytes (Pagefind's hash-ordered files compared decoded), the manifest must hold
the same fingerprints, and the next build must find nothing to write again. A
helper that fails has its pages written by the Pelican process; an error in a page
it writes ends the build as it ends a serial one.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import arsip_incremental.parallel as parallel
import pytest

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
    """Small sites are written in parallel too; count the helpers started."""
    monkeypatch.setattr(parallel, "MIN_PAGES", 1)
    started = []
    real = parallel._fork

    def counting(*args):
        started.append(len(args[-1]))
        return real(*args)

    monkeypatch.setattr(parallel, "_fork", counting)
    return started


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
    assert len(shared) == 2 and all(shared)  # two helpers, each with pages
    # The manifest is complete: the next build writes no page again.
    before = {n: p.stat().st_mtime_ns for n, p in _files(output).items()}
    _build(content, output, 3)
    after = {n: p.stat().st_mtime_ns for n, p in _files(output).items()}
    rewritten = sorted(
        n for n in after if n.startswith("artikel/") and before.get(n) != after[n]
    )
    assert rewritten == []
    together = _move(output, tmp_path / "paralel")
    _build(content, output, 1)
    assert len(shared) == 4  # none for the serial build
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
    assert len(shared) == 1
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
    assert len(shared) == 1 and failing
