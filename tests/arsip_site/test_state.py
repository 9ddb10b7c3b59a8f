"""One BuildState per build: shared through the settings, closed at the end."""

from __future__ import annotations

from arsip_core.keys import BUILD_STATE
from arsip_core.state import BuildState, build_state, new_build_state


def test_a_new_build_closes_the_previous_one():
    settings: dict = {}
    first = new_build_state(settings)
    stopped = []
    first.on_close(lambda: stopped.append("pagefind"))
    second = new_build_state(settings)
    assert stopped == ["pagefind"]
    assert build_state(settings) is second is settings[BUILD_STATE]
    assert second is not first


def test_cleanups_run_once_newest_first():
    state = BuildState()
    done = []
    state.on_close(lambda: done.append(1))
    state.on_close(lambda: done.append(2))
    state.close()
    state.close()
    assert done == [2, 1]


def test_slots_hold_one_object_per_plugin():
    state = BuildState()
    assert state.slot("a", list) is state.slot("a", list)
    assert build_state({}) is None
