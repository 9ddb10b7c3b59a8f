"""The labelled evaluation set is well formed (accuracy is benchmarks/extraction.py's job)."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_core.model import ACTIVITIES, KALIMANTAN_PROVINCES, OUTSIDE_KALIMANTAN
from arsip_reader.pipeline import read_article
from tests.conftest import FIXTURES, ROOT

EVAL = FIXTURES / "eval"
HOLDOUT = FIXTURES / "eval-holdout"  # held-out set: checked for form here, never scored


def _texts(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in (".txt", ".md") and p.name != "README.md"
    )


EXPECTED = sorted(EVAL.glob("*.expected.json"))
TEXTS = _texts(EVAL)
HOLDOUT_EXPECTED = sorted(HOLDOUT.glob("*.expected.json"))
HOLDOUT_TEXTS = _texts(HOLDOUT)
SCORED = (
    "published", "event_date", "event_date_precision", "dateline_place", "province",
    "places", "police_units", "operation", "election", "activities", "officials",
    "personnel_total", "personnel_text", "personnel_breakdown",
)  # fmt: skip
_UNIT = re.compile(
    r"^(?:Polda|Polres|Polresta|Polrestabes|Polsek|Satbrimob Polda) \S.*$"
)
_SECURITY_PART = re.compile(
    r"\b(?:Polri|Polres\w*|Polda|Polsek|Brimob|Satbrimob|Samapta|BKO|TNI|Kodim|Korem"
    r"|Koramil|Lanal|Lanud|Yonif|polisi|personel kepolisian)\b",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[+-]\d{2}:\d{2})?)?)?$"
)


def _load_benchmark():
    spec = importlib.util.spec_from_file_location(
        "bench_extraction", ROOT / "benchmarks" / "extraction.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()


def _cases() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in EXPECTED]


def _kalimantan_units() -> set[str]:
    with (ROOT / "data" / "police_units.csv").open(encoding="utf-8") as handle:
        return {row["unit"] for row in csv.DictReader(handle)}


def _other_provinces() -> set[str]:
    return {p.name for p in load_gazetteer().other_provinces}


@pytest.mark.parametrize(
    ("expected", "texts"),
    [(EXPECTED, TEXTS), (HOLDOUT_EXPECTED, HOLDOUT_TEXTS)],
    ids=["eval", "holdout"],
)
def test_every_text_has_one_expected_record_and_back(expected, texts):
    named = sorted(json.loads(p.read_text(encoding="utf-8"))["text"] for p in expected)
    assert named == sorted(p.name for p in texts)
    for path in expected:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        assert path.name == f"{Path(text).stem}.expected.json"


def test_the_holdout_set_is_separate_from_the_tuning_set():
    """20+ articles of its own (no file or text shared with eval/), all provinces."""
    cases = [json.loads(p.read_text(encoding="utf-8")) for p in HOLDOUT_EXPECTED]
    assert len(cases) >= 20
    assert not {p.name for p in HOLDOUT_TEXTS} & {p.name for p in TEXTS}
    tuned = {p.read_text(encoding="utf-8") for p in TEXTS}
    assert not any(p.read_text(encoding="utf-8") in tuned for p in HOLDOUT_TEXTS)
    assert set(KALIMANTAN_PROVINCES) <= {c["province"] for c in cases}
    assert {c["election"] for c in cases} == {"pemilu-2024", "pilkada-2024", None}


def test_the_set_covers_what_issue_3_asks():
    cases = _cases()
    assert len(cases) >= 40
    provinces = {c["province"] for c in cases}
    assert set(KALIMANTAN_PROVINCES) <= provinces
    outside = [c for c in cases if c["province"] not in KALIMANTAN_PROVINCES]
    assert len(outside) >= 5
    assert sum(c["election"] is None for c in cases) >= 4
    assert {c["election"] for c in cases} == {"pemilu-2024", "pilkada-2024", None}
    assert set(ACTIVITIES) <= {a for c in cases for a in c["activities"]}
    assert {c["event_date_precision"] for c in cases} == {"day", "inferred", None}
    assert any(c["personnel_text"] for c in cases)
    assert any(c["personnel_breakdown"] for c in cases)
    suffixes = {Path(c["text"]).suffix for c in cases}
    assert suffixes == {".txt", ".md"}


def _case_id(path: Path) -> str:
    name = path.name.removesuffix(".expected.json")
    return f"holdout/{name}" if path.parent == HOLDOUT else name


@pytest.mark.parametrize("path", EXPECTED + HOLDOUT_EXPECTED, ids=_case_id)
def test_expected_record_is_valid(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    assert set(case) == {"text", "notes", *SCORED}
    assert (path.parent / case["text"]).is_file()
    gazetteer = load_gazetteer()

    published = case["published"]
    assert published is None or _PUBLISHED.match(published), published
    if published:
        datetime.fromisoformat(published)
    if case["event_date"] is None:
        assert case["event_date_precision"] is None
    else:
        date.fromisoformat(case["event_date"])
        assert case["event_date_precision"] in ("day", "inferred")

    province = case["province"]
    assert province in (*KALIMANTAN_PROVINCES, OUTSIDE_KALIMANTAN, *_other_provinces())
    full_names = {p.full_name: p.province for p in gazetteer.places}
    for name in case["places"]:
        assert full_names.get(name) == province, name
    if province not in KALIMANTAN_PROVINCES:
        assert case["places"] == []

    known_units = _kalimantan_units()
    for unit in case["police_units"]:
        assert _UNIT.match(unit), unit
        if province in KALIMANTAN_PROVINCES and unit.split()[0] in (
            "Polda",
            "Polres",
            "Polresta",
        ):
            assert unit in known_units, unit
    assert len(set(case["police_units"])) == len(case["police_units"])

    assert case["election"] in ("pemilu-2024", "pilkada-2024", None)
    assert case["activities"] and set(case["activities"]) <= set(ACTIVITIES)
    if case["operation"] is not None:
        assert case["operation"].startswith("Operasi "), case["operation"]

    for official in case["officials"]:
        assert set(official) == {"rank", "name", "position"}
        assert official["rank"] and official["name"] and official["position"]
        assert not re.search(r"\b(?:S\.?I\.?K|S\.?H|M\.?H|M\.?Si)\b", official["name"])

    total, hedged = case["personnel_total"], case["personnel_text"]
    assert total is None or (isinstance(total, int) and total > 0)
    assert not (total is not None and hedged), "a hedged figure has no exact total"
    breakdown = case["personnel_breakdown"]
    for item in breakdown:
        assert set(item) == {"label", "count"} and isinstance(item["count"], int)
    if breakdown and total is not None:
        # Counted parts of others than police and TNI (Linmas, Satpol PP, Dishub ...)
        # are listed but not in the total (guideline, session 4).
        security = [i for i in breakdown if _SECURITY_PART.search(i["label"])]
        assert total in (
            sum(item["count"] for item in breakdown),
            sum(item["count"] for item in security),
        )


@pytest.mark.parametrize("path", TEXTS + HOLDOUT_TEXTS, ids=_case_id)
def test_text_is_published_by_the_reader(path):
    """Every text is a readable article (the reader does not reject it)."""
    record = read_article(path, path.name, tz=ZoneInfo("Asia/Jakarta")).record
    assert record.title


@pytest.mark.parametrize(
    ("expected", "got", "right"),
    [
        ("2024-02-05T07:25", "2024-02-05T07:25:00+07:00", True),
        ("2024-02-05T07:25", "2024-02-05T07:25:00+08:00", True),
        ("2024-10-04T16:00:00+08:00", "2024-10-04T16:00:00+07:00", False),
        ("2024-10-04T16:00:00+08:00", "2024-10-04T15:00:00+07:00", True),
        ("2024-09-20", "2024-09-20T00:00:00+07:00", True),
        ("2024-09-20", None, False),
        (None, None, True),
    ],
)
def test_benchmark_scores_published_at_the_annotated_precision(expected, got, right):
    assert bench.score_published(expected, got) is right


def test_benchmark_normalises_what_is_only_spelling():
    assert bench.score_officials(
        [{"rank": "Kombes Pol", "name": "Budi", "position": "Kabidhumas Polda Kalbar"}],
        [
            {
                "rank": "Kombes Pol.",
                "name": "Budi",
                "position": "Kabid Humas Polda Kalimantan Barat",
            }
        ],
    )
    assert bench.score_officials(
        [{"rank": "AKBP", "name": "Rizal", "position": "Kapolres Kotawaringin Timur"}],
        [{"rank": "AKBP", "name": "Rizal", "position": "Kapolres Kotim"}],
    )
    assert not bench.score_officials(
        [{"rank": "AKBP", "name": "Rizal", "position": "Kapolres Kotim"}],
        [
            {
                "rank": "Ajun Komisaris Besar Polisi",
                "name": "Rizal",
                "position": "Kapolres Kotim",
            }
        ],
    )
    assert bench.score_officials(
        [{"rank": "AKBP", "name": "Adhe", "position": "Kapolresta Pontianak Kota"}],
        [{"rank": "AKBP", "name": "Adhe", "position": "Kapolresta Pontianak"}],
    )
    assert bench.score_hedged("sekitar 6.000 personel", "Sekitar 6000")
    assert not bench.score_hedged(None, "325 personel")
    assert bench.score_operation(
        "Operasi Mantap Brata Intan 2023-2024", "operasi mantap brata intan 2023 – 2024"
    )
    assert bench.score_province("Jawa Barat", "luar Kalimantan")
    assert not bench.score_province("Jawa Barat", "Kalimantan Selatan")
    assert bench.score_places(
        ["Kota Pontianak"], [{"name": "kota pontianak", "lat": 0}]
    )
    assert bench.score_breakdown(
        [{"label": "Polwan", "count": 200}, {"label": "POH", "count": 291}],
        [{"label": "POH", "count": 291}, {"label": "Polwan personel", "count": 200}],
    )
    assert not bench.score_breakdown([{"label": "Polwan", "count": 200}], [])


def test_benchmark_always_exits_zero(capsys):
    assert bench.main(["--field", "province"]) == 0
    out = capsys.readouterr().out
    assert "province" in out and "overall:" in out
