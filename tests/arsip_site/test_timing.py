"""Build phase times: the pure timer, and where a real build writes them."""

from __future__ import annotations

import json

from arsip_site.timing import HELPER_SUFFIX, TIMING_SAVE_AS, BuildTimer
from tests.conftest import ROOT, build_site


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_timed_adds_each_call_to_its_phase_and_sets_the_mark():
    clock = FakeClock()
    timer = BuildTimer(clock=clock)

    def work(seconds: float) -> str:
        clock.now += seconds
        return "done"

    timed = timer.timed("tulis X", work, mark="read")
    assert timed(2.0) == "done"
    assert timed(0.5) == "done"
    assert timer.phases == {"tulis X": 2.5}
    assert timer.marks["read"] == 102.0


def test_progress_line_every_n_articles_only():
    clock = FakeClock()
    timer = BuildTimer(clock=clock, every=3)
    timer.mark("read")
    lines = []
    for _ in range(7):
        clock.now += 0.5
        lines.append(timer.article_read())
    assert lines[:2] == [None, None]
    assert lines[2] == "3 artikel dibaca (1.5 d, 2 artikel/d)"
    assert lines[5].startswith("6 artikel dibaca")
    assert sum(line is not None for line in lines) == 2


def test_since_measures_from_a_mark_and_json_is_rounded(tmp_path):
    clock = FakeClock()
    timer = BuildTimer(clock=clock)
    timer.mark("finalized")
    clock.now += 1.23456
    timer.since("finalized", "finalized")
    timer.write_json(tmp_path / "t.json")
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert data["phases_seconds"] == {"finalized": 1.235}
    assert data["total_seconds"] == 1.235


def test_a_helpers_phase_is_named_as_such_and_is_not_this_process_cpu():
    timer = BuildTimer(clock=FakeClock())
    timer.helper_phase("tulis X", 2.0, 1.5)
    timer.helper_phase("tulis X", 1.0, 0.5)
    name = "tulis X" + HELPER_SUFFIX
    assert name == "tulis X (proses pembantu)"
    assert timer.phases == {name: 3.0}
    assert timer.cpu == {name: 2.0}
    assert timer.self_cpu == {name: 0.0}


def test_a_build_writes_times_beside_the_cache_not_in_the_output(tmp_path):
    output = build_site(ROOT / "content", tmp_path / "output")
    cache = tmp_path / "output-cache"  # conftest.site_settings' CACHE_PATH
    times = json.loads((cache / TIMING_SAVE_AS).read_text(encoding="utf-8"))
    assert not (output / TIMING_SAVE_AS).exists()
    phases = times["phases_seconds"]
    for phase in (
        "baca artikel",
        "konteks ArticlesGenerator",
        "tulis ArticlesGenerator",
    ):
        assert phase in phases
    assert list(phases)[-1].startswith("finalized")
    assert set(times["phases_cpu_seconds"]) == set(phases)
    # The Pelican process's own share of each phase: never more than the phase's
    # CPU with its children (allowing for the rounding to milliseconds).
    own = times["phases_self_cpu_seconds"]
    assert set(own) == set(phases)
    assert all(own[k] <= times["phases_cpu_seconds"][k] + 0.002 for k in phases)
    assert times["articles_read"] >= 5
    report = (output / "laporan-build.json").read_text(encoding="utf-8")
    assert "seconds" not in report
