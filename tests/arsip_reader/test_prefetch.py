"""Reading ahead in worker processes gives exactly what a serial read gives."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from arsip_reader.pipeline import read_article
from arsip_reader.prefetch import MIN_FILES, Job, Prefetcher, processes_for

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _corpus():
    spec = importlib.util.spec_from_file_location(
        "bench_corpus", BENCHMARKS / "corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_prefetched_articles_equal_serial_reads(tmp_path):
    _corpus().write_corpus(tmp_path, MIN_FILES + 6, seed=7)
    paths = sorted(p for p in tmp_path.iterdir() if p.suffix in (".txt", ".md"))
    (tmp_path / "rusak.txt").write_bytes(b"\x00 biner")  # rejected: read again serially
    paths.append(tmp_path / "rusak.txt")
    jobs = [Job(str(p), p.name, "Asia/Jakarta", 2_000_000, True) for p in paths]
    prefetcher = Prefetcher(jobs, processes=2)
    # Taken in another order than submitted, as Pelican's set of files may be.
    for path in reversed(paths[:-1]):
        serial = read_article(path, path.name, tz=ZoneInfo("Asia/Jakarta"))
        assert prefetcher.take(str(path)) == serial
    assert prefetcher.take(str(paths[-1])) is None
    assert prefetcher.take("/tidak/ada.txt") is None


def test_few_files_or_one_process_read_serially():
    assert processes_for(1, 10_000) == 0
    assert processes_for(4, MIN_FILES - 1) == 0
    assert processes_for(2, 10_000) == 2


def _stamp(path: str) -> tuple:
    """A stand-in for the reader cache's stamp: the file's bytes and its process."""
    import os

    return (Path(path).read_bytes(), os.getpid())


def test_workers_stamp_each_file_before_reading_it(tmp_path):
    """A worker takes the file's stamp and hands it over, once, before the article
    (``stamp_of`` is asked first, as Pelican looks in its cache before reading)."""
    import os

    _corpus().write_corpus(tmp_path, MIN_FILES + 6, seed=7)
    paths = sorted(p for p in tmp_path.iterdir() if p.suffix in (".txt", ".md"))
    jobs = [Job(str(p), p.name, "Asia/Jakarta", 2_000_000, True) for p in paths]
    prefetcher = Prefetcher(jobs, processes=2, stamp=_stamp)
    for path in reversed(paths):
        content, pid = prefetcher.stamp_of(str(path))
        assert content == path.read_bytes() and pid != os.getpid()
        assert prefetcher.take(str(path)) is not None
        assert prefetcher.stamp_of(str(path)) is None  # taken: stamp it yourself
    assert prefetcher.stamp_of("/tidak/ada.txt") is None
