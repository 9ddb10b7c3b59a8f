"""Map pages stay within budget at 10,000 articles (benchmarks/map_budget.py)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT


def _load():
    spec = importlib.util.spec_from_file_location(
        "bench_map_budget", ROOT / "benchmarks/map_budget.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need their module registered
    spec.loader.exec_module(module)
    return module


map_budget = _load()


def test_synthetic_records_are_seeded():
    first = list(map_budget.fake_records(50, seed=7))
    again = list(map_budget.fake_records(50, seed=7))
    other = list(map_budget.fake_records(50, seed=8))
    assert first == again and first != other
    assert any(p.count for r in first for p in r.places)


@pytest.mark.slow
def test_map_pages_at_10000_articles_are_within_budget(tmp_path):
    output = tmp_path / "output"
    weights = map_budget.measure(10_000, seed=1, out=output)
    pages = {w.page for w in weights}
    assert {"peta/index.html", "provinsi/kalimantan-barat/index.html"} <= pages
    # The home page's overview is SVG, not a map: the budget does not weigh it as
    # one, and at 10,000 articles its HTML alone stays far under the budget.
    assert "index.html" not in pages
    home = (output / "index.html").read_text(encoding="utf-8")
    assert "data-peta" not in home and 'class="peta-ringkas"' in home
    assert len(home.encode("utf-8")) < map_budget.BUDGET / 2
    assert all(w.data > 0 for w in weights)
    over = [(w.page, w.total) for w in weights if w.total > map_budget.BUDGET]
    assert over == []
    # Every map page counts the base map it draws (one shared file, fixed size).
    outline = (output / "peta" / "data" / "peta-dasar.geojson").stat().st_size
    assert all(w.data > outline for w in weights)
    # The rest is per place, not per article: it cannot grow with the archive.
    assert max(w.data for w in weights) - outline < 30 * 1024
