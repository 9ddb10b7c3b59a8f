"""What is read stays out of the garbage collector's sight until the build ends."""

from __future__ import annotations

import gc

import pytest
from pelican import signals

from arsip_core import state as build_states
from arsip_site.memory import give_back, keep_alive_objects
from tests.conftest import build_site


def test_kept_until_given_back():
    try:
        keep_alive_objects(None)
        assert gc.get_freeze_count() > 0
    finally:
        give_back(None)
    assert gc.get_freeze_count() == 0


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
