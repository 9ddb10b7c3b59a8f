"""The state of one build, shared by the plugins through one typed object.

arsip_site makes a new ``BuildState`` at the start of every run (``get_generators``,
so an autoreload never mixes two builds) and puts it in the settings under
``keys.BUILD_STATE``; the others reach it with ``build_state(settings)``. Nothing
here imports Pelican.
"""

from __future__ import annotations

import atexit
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from arsip_core.keys import BUILD_STATE

T = TypeVar("T")


@dataclass(frozen=True)
class Rejection:
    """A file the reader could not publish: why, and where in it."""

    reason: str
    line: int | None = None
    # Where a refused link points (arsip_core.bounds), when that is the reason.
    target: str | None = None


@dataclass(frozen=True)
class BuildSummary:
    """What the report counted, for the build's closing line."""

    counts: Mapping[str, int]
    warnings: Counter
    report_path: str
    rejected: int


@dataclass
class BuildState:
    """Everything one build's plugins share; a new one for every run."""

    # Files the reader parsed in this build (the rest came from the content cache).
    parsed: int = 0
    # Source path -> why it was rejected (the reader fills it, the report reads it).
    rejected: dict[str, Rejection] = field(default_factory=dict)
    # Source path -> why it was left unread though nothing is wrong with it (a link
    # to a file inside content/ is a duplicate of its target).
    ignored: dict[str, Rejection] = field(default_factory=dict)
    # Source path -> warnings found after reading (slug clashes, …), not in the record.
    extra_warnings: dict[str, list[str]] = field(default_factory=dict)
    # The phase timer (arsip_site.timing.BuildTimer).
    timer: Any = None
    # Filled by arsip_report when it has written the report.
    summary: BuildSummary | None = None
    # Per-plugin objects, by a slot name from arsip_core.keys.
    slots: dict[str, Any] = field(default_factory=dict)
    # What to undo when the build ends (see on_close).
    cleanups: list[Callable[[], None]] = field(default_factory=list)
    # Each page's save_as once its URL is final: id -> (content, save_as).
    pages: dict[int, tuple[Any, str]] = field(default_factory=dict)

    __hash__ = object.__hash__  # one state per build, kept in a set while open

    def reject(
        self,
        source: str,
        reason: str,
        line: int | None = None,
        target: str | None = None,
    ) -> None:
        """Note a rejected input file (``target``: where a refused link points)."""
        self.rejected[source] = Rejection(reason, line, target)

    def ignore(self, source: str, reason: str, target: str | None = None) -> None:
        """Note an input left unread on purpose (a duplicate link, …)."""
        self.ignored[source] = Rejection(reason, None, target)

    def warn(self, source: str, message: str) -> None:
        """Note a warning about a file that is not part of its record."""
        self.extra_warnings.setdefault(source, []).append(message)

    def on_close(self, cleanup: Callable[[], None]) -> None:
        """Run ``cleanup`` when the build ends, however it ends (a background
        process to stop, a pool to shut)."""
        self.cleanups.append(cleanup)
        _OPEN.add(self)

    def close(self) -> None:
        """Run the cleanups once, newest first."""
        while self.cleanups:
            self.cleanups.pop()()
        _OPEN.discard(self)

    def saved_as(self, content: Any) -> str:
        """``content.save_as``, made once a build: Pelican formats it from the
        settings at every use (its metadata copied, its source path made relative
        again), and an article's is asked for by the search shards, the page's
        writer and the helper's bookkeeping. Ask only once the URLs are final
        (``article_generator_finalized`` on, when arsip_site fixes them)."""
        hit = self.pages.get(id(content))
        if hit is not None and hit[0] is content:
            return hit[1]
        save_as = content.save_as
        self.pages[id(content)] = (content, save_as)
        return save_as

    def slot(self, name: str, factory: Callable[[], T]) -> T:
        """The per-build object of one plugin, made on first use."""
        if name not in self.slots:
            self.slots[name] = factory()
        return self.slots[name]


# States with cleanups still to run. A build that fails (an exception out of
# Pelican) never reaches its end: what it left is stopped when Python exits.
_OPEN: set[BuildState] = set()


@atexit.register
def _close_open_states() -> None:
    for state in list(_OPEN):
        state.close()


def new_build_state(settings: dict) -> BuildState:
    """A fresh state for this run, stored in its settings; the previous run's state
    (autoreload) is closed first."""
    previous = settings.get(BUILD_STATE)
    if previous is not None:
        previous.close()
    state = BuildState()
    settings[BUILD_STATE] = state
    return state


def build_state(settings: Mapping[str, Any]) -> BuildState | None:
    """The current build's state, or None outside a build (the ``arsip`` command)."""
    return settings.get(BUILD_STATE)


def saved_as(settings: Mapping[str, Any], content: Any) -> str:
    """``content.save_as``, once a build (``BuildState.saved_as``) when there is one."""
    state = build_state(settings)
    return state.saved_as(content) if state is not None else content.save_as
