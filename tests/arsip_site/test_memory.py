"""What is read stays out of the garbage collector's sight until the build ends."""

from __future__ import annotations

import gc

from pelican import signals

from arsip_core.state import new_build_state
from arsip_site.memory import keep_until_end
from tests.conftest import build_site


def test_frozen_until_the_build_state_closes():
    settings: dict = {}
    state = new_build_state(settings)
    try:
        keep_until_end(settings)
        assert gc.get_freeze_count() > 0
    finally:
        state.close()
    assert gc.get_freeze_count() == 0


def test_no_state_no_freeze():
    keep_until_end({})
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
