"""The reader cache saved by a forked helper: the same pickle, in place at the end."""

from __future__ import annotations

import gzip
import logging
import os
import pickle
import threading
from pathlib import Path

import pytest
from pelican.readers import Readers
from pelican.settings import DEFAULT_CONFIG

from arsip_core.state import new_build_state
from arsip_site.plugin import save_cache_beside

NAME = "ArticlesGenerator-Readers"


def _readers(cache: Path, entries: int, **extra) -> Readers:
    settings = {
        **DEFAULT_CONFIG,
        "CACHE_PATH": str(cache),
        "CACHE_CONTENT": True,
        "CONTENT_CACHING_LAYER": "reader",
        "LOAD_CONTENT_CACHE": False,
        "GZIP_CACHE": False,
        **extra,
    }
    new_build_state(settings)
    readers = Readers(settings, NAME)
    for n in range(entries):
        readers._cache[f"/isi/{n:05}.txt"] = (b"stamp", (f"<p>{n}</p>", {"n": n}))
    save_cache_beside(readers)
    return readers


def _state(readers):
    return readers.settings["_ARSIP_BUILD_STATE"]


def _load(path: Path, gz: bool = False):
    opener = gzip.open if gz else open
    with opener(path, "rb") as handle:
        return pickle.load(handle)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
@pytest.mark.parametrize("gz", [False, True])
def test_a_helper_saves_the_cache_by_the_end(tmp_path, gz):
    readers = _readers(tmp_path, 500, GZIP_CACHE=gz, ARSIP_WRITER_PROCESSES=2)
    expected = dict(readers._cache)
    readers.save_cache()
    # Changed after the save: the file holds the cache as it was then.
    readers._cache["/isi/baru.txt"] = (b"x", ("", {}))
    _state(readers).close()
    assert _load(tmp_path / NAME, gz) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]


def test_one_process_or_few_articles_save_here(tmp_path):
    for folder, readers in (
        ("satu", _readers(tmp_path / "satu", 500, ARSIP_WRITER_PROCESSES=1)),
        ("sedikit", _readers(tmp_path / "sedikit", 20, ARSIP_WRITER_PROCESSES=2)),
    ):
        readers.save_cache()
        # Written before the build's end.
        assert _load(tmp_path / folder / NAME) == readers._cache
        _state(readers).close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_cache_that_cannot_be_pickled_is_reported_and_the_old_one_stays(
    tmp_path, caplog
):
    (tmp_path / NAME).write_bytes(pickle.dumps({"lama": 1}))
    readers = _readers(tmp_path, 500, ARSIP_WRITER_PROCESSES=2)
    readers._cache["/isi/rusak.txt"] = (b"x", (threading.Lock(), {}))
    readers.save_cache()
    with caplog.at_level(logging.WARNING):
        _state(readers).close()
    assert "Could not save cache" in caplog.text
    assert _load(tmp_path / NAME) == {"lama": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]
