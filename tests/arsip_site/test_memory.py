"""What is read stays out of the garbage collector's sight until the build ends."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from pelican import signals

from arsip_core import state as build_states
from arsip_site.memory import (
    give_back,
    keep_alive_objects,
    pause_collection,
    resume_collection,
)
from tests.conftest import build_site


def test_kept_until_given_back():
    try:
        keep_alive_objects(None)
        assert gc.get_freeze_count() > 0
    finally:
        give_back(None)
    assert gc.get_freeze_count() == 0


def test_no_collection_while_the_cache_loads():
    try:
        pause_collection(None)
        assert not gc.isenabled()
        resume_collection(None)
        assert gc.isenabled() and gc.get_freeze_count() > 0
        pause_collection(None)  # a build that fails before its cache is loaded
    finally:
        give_back(None)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_cache_is_loaded_without_collections(make_content, tmp_path, monkeypatch):
    import pickle
    import types

    import pelican.cache

    content = make_content("stories/siaran_pers_humas_polres.txt")
    cache = {"CACHE_PATH": str(tmp_path / "cache"), "LOAD_CONTENT_CACHE": True}
    build_site(content, tmp_path / "output", **cache)
    seen: dict[str, bool] = {}

    def load(handle):
        seen[Path(handle.name).name] = gc.isenabled()
        return pickle.load(handle)

    monkeypatch.setattr(
        pelican.cache,
        "pickle",
        types.SimpleNamespace(
            load=load,
            dump=pickle.dump,
            PickleError=pickle.PickleError,
            PicklingError=pickle.PicklingError,
        ),
    )
    build_site(content, tmp_path / "output", **cache)
    assert seen["ArticlesGenerator-Readers"] is False
    assert gc.isenabled()


def test_a_build_freezes_after_reading_and_gives_everything_back(
    make_content, tmp_path
):
    content = make_content("stories/siaran_pers_humas_polres.txt")
    seen: list[int] = []

    def after_reading(generator) -> None:
        seen.append(gc.get_freeze_count())

    signals.article_generator_finalized.connect(after_reading)
    try:
        build_site(content, tmp_path / "output")
    finally:
        signals.article_generator_finalized.disconnect(after_reading)
    assert seen and seen[0] > 0
    assert gc.get_freeze_count() == 0


def test_a_failed_build_leaves_no_state_open(make_content, tmp_path):
    """Freezing is no cleanup of the build state: a build that fails after reading
    leaves nothing among the open states (the next build's end unfreezes)."""
    content = make_content("stories/siaran_pers_humas_polres.txt")
    open_before = set(build_states._OPEN)

    def fail(generators) -> None:
        raise RuntimeError("gagal di tengah build")

    signals.all_generators_finalized.connect(fail)
    try:
        with pytest.raises(RuntimeError, match="gagal di tengah build"):
            build_site(content, tmp_path / "output")
    finally:
        signals.all_generators_finalized.disconnect(fail)
        give_back()
    assert set(build_states._OPEN) == open_before


def test_what_a_build_leaves_is_left_to_the_exit():
    """After a build the collector runs again; at the process's exit everything
    alive is frozen, so the interpreter's last collection skips it."""
    import subprocess
    import sys

    code = (
        "import atexit, gc\n"
        "atexit.register(lambda: print(gc.get_freeze_count() > 0))\n"
        "from arsip_site.memory import give_back\n"
        "give_back()\n"
        "give_back()\n"
        "assert gc.get_freeze_count() == 0 and gc.isenabled()\n"
        "atexit.register(lambda: print(gc.get_freeze_count()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    # atexit runs the newest first: the build's freeze between the two, once.
    assert done.stdout.split() == ["0", "True"]


def test_articles_read_are_frozen_in_batches():
    from arsip_site.memory import READ_BATCH, keep_read_articles

    try:
        gc.unfreeze()
        keep_read_articles(READ_BATCH - 1)
        assert gc.get_freeze_count() == 0
        keep_read_articles(READ_BATCH)
        assert gc.get_freeze_count() > 0
    finally:
        give_back(None)


def test_given_back_after_the_other_finalized_receivers(make_content, tmp_path):
    """The sitemap's walk of output/ and Pagefind's end run with what the build made
    still frozen: given back first, a full collection walked all of it again."""
    from blinker import ANY

    from arsip_search.plugin import build_index
    from arsip_seo.plugin import write_sitemap

    content = make_content("stories/siaran_pers_humas_polres.txt")
    build_site(content, tmp_path / "output")
    receivers = list(signals.finalized.receivers_for(ANY))
    assert receivers.index(give_back) > receivers.index(write_sitemap)
    assert receivers.index(give_back) > receivers.index(build_index)
    assert gc.get_freeze_count() == 0
