"""One BuildState per build: shared through the settings, closed at the end."""

from __future__ import annotations

from arsip_core.keys import BUILD_STATE
from arsip_core.state import BuildState, build_state, new_build_state, saved_as


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


class _Page:
    """A content whose ``save_as`` counts how often it is formatted."""

    def __init__(self, name: str):
        self.name = name
        self.formatted = 0

    @property
    def save_as(self) -> str:
        self.formatted += 1
        return f"{self.name}/index.html"


def test_a_page_save_as_is_formatted_once_a_build():
    settings: dict = {}
    page = _Page("a")
    assert saved_as(settings, page) == saved_as(settings, page) == "a/index.html"
    assert page.formatted == 2  # no build: Pelican's property every time
    new_build_state(settings)
    assert [saved_as(settings, page) for _ in range(3)] == ["a/index.html"] * 3
    assert page.formatted == 3
    new_build_state(settings)  # the next build formats it again
    saved_as(settings, page)
    assert page.formatted == 4


def test_a_page_made_where_another_was_is_not_taken_for_it():
    state = BuildState()
    first = _Page("a")
    state.saved_as(first)
    key = id(first)
    del first
    second = _Page("b")
    state.pages[id(second)] = state.pages.pop(key)  # the same id, reused
    assert state.saved_as(second) == "b/index.html"
