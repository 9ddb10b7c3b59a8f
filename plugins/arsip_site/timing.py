"""Wall-clock time per build phase and progress while articles are read.

Pure: no Pelican import. The times go to the console and to ``laporan-waktu.json`` in
Pelican's ``CACHE_PATH``: the one build file that differs between two builds of the same
content, kept out of the output (and out of ``laporan-build.json``) so that the site
stays byte-identical.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TIMING_SAVE_AS = "laporan-waktu.json"
# The mark set when any timed phase ends.
PHASE_END = "phase-end"
# Added to the name of a phase a helper process ran while the Pelican process did
# something else: its wall time overlaps other phases, and its CPU is counted again
# in the phase where the helper was reaped.
HELPER_SUFFIX = " (proses pembantu)"


def cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (the reader's
    workers, Pagefind): steadier than wall time on a shared machine."""
    try:
        import resource
    except ImportError:  # not on Windows
        return time.process_time()
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


# A progress line every this many articles read (from their files or the cache).
PROGRESS_EVERY = 500


@dataclass
class BuildTimer:
    """Phases in the order they ended, with their seconds; counts of articles read."""

    clock: Callable[[], float] = time.perf_counter
    cpu_clock: Callable[[], float] = cpu_seconds
    # This process alone (its threads included): CPU minus this is the children's.
    self_clock: Callable[[], float] = time.process_time
    every: int = PROGRESS_EVERY
    phases: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    self_cpu: dict[str, float] = field(default_factory=dict)
    marks: dict[str, float] = field(default_factory=dict)
    cpu_marks: dict[str, float] = field(default_factory=dict)
    self_marks: dict[str, float] = field(default_factory=dict)
    read: int = 0
    cached: int = 0
    expected: int = 0  # article files found, when known

    def __post_init__(self) -> None:
        self.mark("start")

    def mark(self, name: str) -> None:
        self.marks[name] = self.clock()
        self.cpu_marks[name] = self.cpu_clock()
        self.self_marks[name] = self.self_clock()

    def _add(self, phase: str, seconds: float, cpu: float, own: float) -> None:
        self.phases[phase] = self.phases.get(phase, 0.0) + seconds
        self.cpu[phase] = self.cpu.get(phase, 0.0) + cpu
        self.self_cpu[phase] = self.self_cpu.get(phase, 0.0) + own

    def helper_phase(self, phase: str, seconds: float, cpu: float) -> None:
        """Record ``phase`` as a helper process ran it (HELPER_SUFFIX added)."""
        self._add(phase + HELPER_SUFFIX, seconds, cpu, 0.0)

    def since(self, mark: str, phase: str) -> float:
        """Record ``phase`` as the time from ``mark`` until now; return it."""
        name = mark if mark in self.marks else "start"
        seconds = self.clock() - self.marks[name]
        self._add(
            phase,
            seconds,
            self.cpu_clock() - self.cpu_marks[name],
            self.self_clock() - self.self_marks[name],
        )
        return seconds

    def timed(
        self,
        phase: str,
        function: Callable[..., Any],
        mark: str | None = None,
        prelude: str | None = None,
    ) -> Callable[..., Any]:
        """``function`` wrapped so that each call adds its duration to ``phase``
        (and sets ``mark`` when it starts); ``prelude`` records the time from the
        timer's start until the first call."""

        def run(*args, **kwargs):
            if prelude and prelude not in self.phases:
                self.since("start", prelude)
            started, cpu_started = self.clock(), self.cpu_clock()
            own_started = self.self_clock()
            if mark:
                self.marks[mark], self.cpu_marks[mark] = started, cpu_started
                self.self_marks[mark] = own_started
            try:
                return function(*args, **kwargs)
            finally:
                ended, cpu_ended = self.clock(), self.cpu_clock()
                own_ended = self.self_clock()
                self._add(
                    phase,
                    ended - started,
                    cpu_ended - cpu_started,
                    own_ended - own_started,
                )
                # `finalized` is timed from the end of the last phase.
                self.marks[PHASE_END], self.cpu_marks[PHASE_END] = ended, cpu_ended
                self.self_marks[PHASE_END] = own_ended

        return run

    def article_read(self) -> str | None:
        """Count one article read; every ``every`` articles, a progress line."""
        self.read += 1
        if self.every and self.read % self.every == 0:
            elapsed = self.clock() - self.marks.get("read", self.marks["start"])
            rate = self.read / elapsed if elapsed > 0 else 0.0
            done = f"{self.read}/{self.expected}" if self.expected else str(self.read)
            return f"{done} artikel dibaca ({elapsed:.1f} d, {rate:.0f} artikel/d)"
        return None

    def total(self) -> float:
        return self.clock() - self.marks["start"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "catatan": (
                "Waktu dinding per tahap build terakhir: satu-satunya berkas build "
                "yang berbeda antara dua build dari isi yang sama (maka di luar "
                "output)."
            ),
            "articles_read": self.read,
            "articles_cached": self.cached,
            "phases_seconds": {k: round(v, 3) for k, v in self.phases.items()},
            # Workers' CPU counts once they are reaped: in "konteks ArticlesGenerator".
            "phases_cpu_seconds": {k: round(v, 3) for k, v in self.cpu.items()},
            # The Pelican process alone: the rest of a phase's CPU is its children's
            # (the reader's and the writer's workers, Pagefind) reaped in it.
            "phases_self_cpu_seconds": {
                k: round(v, 3) for k, v in self.self_cpu.items()
            },
            "total_seconds": round(self.total(), 3),
        }

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )

    def summary(self) -> str:
        parts = ", ".join(f"{k} {v:.1f} d" for k, v in self.phases.items())
        return f"waktu per tahap: {parts}; total {self.total():.1f} d"
