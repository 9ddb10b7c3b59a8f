"""The real-page annotations are well formed (issue 11; accuracy is the benchmark's).

The page texts are other people's writing and are not in git, so nothing here reads
them: only the committed annotations under tests/fixtures/real/ are checked.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_core.model import ACTIVITIES, KALIMANTAN_PROVINCES, OUTSIDE_KALIMANTAN
from tests.conftest import FIXTURES, ROOT

REAL = FIXTURES / "real"
DEV = sorted((REAL / "dev").glob("*.json"))
HOLDOUT = sorted((REAL / "holdout").glob("*.json"))
# The frame set: real pages on any topic, annotated for the page frame only.
FRAME = sorted((REAL / "frame").glob("*.json"))
FRAME_HOLDOUT = sorted((REAL / "frame-holdout").glob("*.json"))
FRAME_KEYS = {
    "id", "url", "outlet", "layout_family", "notes", "title", "published",
    "dateline_place",
}  # fmt: skip
KEYS = {
    "id", "url", "outlet", "layout_family", "notes", "title", "published",
    "dateline_place", "event_date", "province", "places", "police_units",
    "operation", "election", "activities", "officials", "personnel_total", "decoy",
}  # fmt: skip
_UNIT = re.compile(
    r"^(?:Polda|Polres|Polresta|Polrestabes|Polsek|Satbrimob Polda|Polairud) \S.*$"
)
_PUBLISHED = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?)?$"
)
_FAMILY_LINE = re.compile(r"^- `([a-z0-9-]+)`:", re.MULTILINE)


def _load_benchmark():
    spec = importlib.util.spec_from_file_location(
        "bench_extraction_real", ROOT / "benchmarks" / "extraction.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()


def _families() -> set[str]:
    """The layout families listed in the guidelines."""
    return set(_FAMILY_LINE.findall((REAL / "README.md").read_text(encoding="utf-8")))


def _kalimantan_units() -> set[str]:
    with (ROOT / "data" / "police_units.csv").open(encoding="utf-8") as handle:
        return {row["unit"] for row in csv.DictReader(handle)}


def _case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("path", DEV + HOLDOUT, ids=_case_id)
def test_annotation_is_well_formed(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    assert set(case) == KEYS, set(case) ^ KEYS
    assert isinstance(case["url"], str) and case["url"].startswith("http")
    assert case["id"] == hashlib.sha1(case["url"].encode()).hexdigest()[:12]
    assert path.name == f"{case['id']}.json"
    assert case["layout_family"] in _families(), case["layout_family"]
    assert isinstance(case["notes"], str)
    assert isinstance(case["decoy"], bool)
    for key in ("outlet", "title", "dateline_place"):
        assert case[key] is None or (isinstance(case[key], str) and case[key].strip())

    published = case["published"]
    assert published is None or _PUBLISHED.match(published), published
    if published:
        datetime.fromisoformat(published)
    if case["event_date"] is not None:
        date.fromisoformat(case["event_date"])

    province = case["province"]
    others = {p.name for p in load_gazetteer().other_provinces}
    assert province in (*KALIMANTAN_PROVINCES, OUTSIDE_KALIMANTAN, *others), province
    if case["places"] is not None:
        full_names = {p.full_name: p.province for p in load_gazetteer().places}
        for name in case["places"]:
            assert full_names.get(name) == province, name
        if province not in KALIMANTAN_PROVINCES:
            assert case["places"] == []

    units = case["police_units"]
    assert isinstance(units, list) and len(set(units)) == len(units)
    known = _kalimantan_units()
    for unit in units:
        assert _UNIT.match(unit), unit
        # A Polda from outside Kalimantan (help sent there) is not in the gazetteer.
        outside_polda = unit.startswith("Polda ") and not unit.startswith("Polda Kal")
        kalimantan_unit = unit.split()[0] in ("Polda", "Polres", "Polresta")
        if province in KALIMANTAN_PROVINCES and kalimantan_unit and not outside_polda:
            assert unit in known, unit

    assert case["election"] in ("pemilu-2024", "pilkada-2024", None)
    assert isinstance(case["activities"], list) and case["activities"]
    assert set(case["activities"]) <= set(ACTIVITIES)
    # `lainnya` means "none of the others" (guideline, session 4).
    assert "lainnya" not in case["activities"] or case["activities"] == ["lainnya"]
    if case["operation"] is not None:
        assert case["operation"].startswith("Operasi "), case["operation"]

    for official in case["officials"]:
        if isinstance(official, list):
            assert len(official) == 3
            official = dict(zip(("rank", "name", "position"), official, strict=True))
        assert set(official) == {"rank", "name", "position"}
        assert official["rank"] and official["name"]
        assert not re.search(r"\b(?:S\.?I\.?K|S\.?H|M\.?H|M\.?Si)\b", official["name"])

    total = case["personnel_total"]
    assert total is None or (isinstance(total, int) and total > 0)
    if case["decoy"]:
        assert case["election"] is None or province not in KALIMANTAN_PROVINCES


def _check_frame(case: dict) -> None:
    """The fields a frame annotation and a full one share are well formed."""
    assert isinstance(case["url"], str) and case["url"].startswith("http")
    assert case["id"] == hashlib.sha1(case["url"].encode()).hexdigest()[:12]
    assert case["layout_family"] in _families(), case["layout_family"]
    assert isinstance(case["notes"], str)
    for key in ("outlet", "title", "dateline_place"):
        assert case[key] is None or (isinstance(case[key], str) and case[key].strip())
    published = case["published"]
    assert published is None or _PUBLISHED.match(published), published
    if published:
        datetime.fromisoformat(published)


@pytest.mark.parametrize("path", FRAME + FRAME_HOLDOUT, ids=_case_id)
def test_frame_annotation_is_well_formed(path):
    """A frame-set page carries exactly the frame fields, each well formed."""
    case = json.loads(path.read_text(encoding="utf-8"))
    assert set(case) == FRAME_KEYS, set(case) ^ FRAME_KEYS
    assert path.name == f"{case['id']}.json"
    _check_frame(case)


def test_the_frame_set_shares_no_page_with_any_other_part():
    """Frame pages, its held-back part and the election set never share a URL."""
    parts = {"dev": DEV, "holdout": HOLDOUT, "frame": FRAME, "fh": FRAME_HOLDOUT}
    seen: dict[str, str] = {}
    for name, paths in parts.items():
        for path in paths:
            url = json.loads(path.read_text(encoding="utf-8"))["url"]
            assert url not in seen, (url, seen.get(url), name)
            seen[url] = name


def test_the_benchmark_scores_frame_pages_from_the_frame_texts(tmp_path):
    """``--frame`` reads frame/<id>.json against realpages/frame/<id>.txt."""
    url = "https://contoh.example/berita/pasar-murah"
    page_id = hashlib.sha1(url.encode()).hexdigest()[:12]
    (tmp_path / "frame").mkdir()
    case = {
        "id": page_id,
        "url": url,
        "outlet": None,
        "layout_family": "local-portal",
        "notes": "",
        "title": "Pasar Murah Digelar di Sintang",
        "published": None,
        "dateline_place": "Sintang",
    }
    (tmp_path / "frame" / f"{page_id}.json").write_text(json.dumps(case))
    (tmp_path / "frame" / f"{page_id}.txt").write_text(
        "Pasar Murah Digelar di Sintang\n\n"
        "SINTANG – Pemerintah kabupaten menggelar pasar murah di halaman kantor "
        "camat, Senin (12/2/2024), untuk menahan kenaikan harga beras.\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    totals = bench.run_real(
        "frame", tmp_path, bench.FRAME_FIELDS, False, out=out, annotations=tmp_path
    )
    assert totals["total"] == 1 and totals["missing"] == 0
    assert set(totals["scored"]) == set(bench.FRAME_FIELDS)
    assert totals["right"]["dateline_place"] == 1
    empty = bench.run_real(
        "frame-holdout", tmp_path, bench.FRAME_FIELDS, False, out=out,
        annotations=tmp_path,
    )  # fmt: skip
    assert empty["total"] == 0


def test_benchmark_frame_mode_prints_only_the_frame_fields(capsys, tmp_path):
    assert bench.main(["--frame", "--real-texts", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0] for line in out.splitlines() if line[:1].isalpha()}
    assert "real pages, frame" in out
    assert set(bench.FRAME_FIELDS) <= rows
    assert not rows & {"officials", "event_date", "police_units"}


def test_dev_and_holdout_are_disjoint():
    def urls(paths):
        return {json.loads(p.read_text(encoding="utf-8"))["url"] for p in paths}

    assert not {p.name for p in DEV} & {p.name for p in HOLDOUT}
    assert not urls(DEV) & urls(HOLDOUT)


def test_every_listed_part_names_dev_pages():
    """A list of a former held-back part names only pages that are in dev/ now."""
    dev_ids = {p.stem for p in DEV}
    for listing in sorted((REAL / "parts").glob("*.txt")):
        ids = bench.read_ids(listing)
        assert ids, listing
        assert ids <= dev_ids, (listing.name, sorted(ids - dev_ids))


def test_every_frame_list_names_frame_pages():
    """A list of a part of the frame set names only pages that are in frame/."""
    frame_ids = {p.stem for p in FRAME}
    for listing in sorted((REAL / "frame-parts").glob("*.txt")):
        ids = bench.read_ids(listing)
        assert ids, listing
        assert ids <= frame_ids, (listing.name, sorted(ids - frame_ids))


def test_the_benchmark_scores_only_the_listed_ids(tmp_path):
    """``--ids`` keeps the pages it lists, and only those."""
    listing = tmp_path / "ids.txt"
    listing.write_text("# a comment\nabc123def456 extra words\n", encoding="utf-8")
    assert bench.read_ids(listing) == {"abc123def456"}
    (tmp_path / "dev").mkdir()
    for page_id in ("abc123def456", "0123456789ab"):
        (tmp_path / "dev" / f"{page_id}.json").write_text(
            json.dumps({"id": page_id, "url": f"https://contoh.example/{page_id}"})
        )

    def total(ids, exclude=frozenset()):
        out = io.StringIO()
        fields = ("title",)
        got = bench.run_real(
            "dev",
            tmp_path,
            fields,
            False,
            out=out,
            annotations=tmp_path,
            ids=ids,
            exclude=exclude,
        )
        return got["total"] + got["missing"]  # no texts here: all are "missing"

    assert total(None) == 2
    assert total(bench.read_ids(listing)) == 1
    # --exclude: a validation part is left out of the rest
    assert total(None, exclude=bench.read_ids(listing)) == 1


def test_the_benchmark_scores_real_annotations_and_counts_missing_texts(tmp_path):
    """A dev page with its text is scored; one without is counted, never scored."""
    url = "https://contoh.example/berita/apel-siaga"
    page_id = hashlib.sha1(url.encode()).hexdigest()[:12]
    other = "https://contoh.example/berita/tanpa-teks"
    other_id = hashlib.sha1(other.encode()).hexdigest()[:12]
    (tmp_path / "dev").mkdir()
    (tmp_path / "texts").mkdir()
    base = {
        "outlet": "Warta Contoh",
        "layout_family": "local-portal",
        "notes": "",
        "published": "2024-02-13T08:00",
        "dateline_place": "Sintang",
        "event_date": "2024-02-12",
        "province": "Kalimantan Barat",
        "places": None,
        "police_units": ["Polres Sintang"],
        "operation": None,
        "election": "pemilu-2024",
        "activities": ["apel"],
        "officials": [["AKBP", "Wiranto Adi", "Kapolres Sintang"]],
        "personnel_total": 150,
        "decoy": False,
    }
    for the_id, the_url in ((page_id, url), (other_id, other)):
        case = {"id": the_id, "url": the_url, "title": "Apel Siaga di Sintang", **base}
        (tmp_path / "dev" / f"{the_id}.json").write_text(json.dumps(case))
    (tmp_path / "texts" / f"{page_id}.txt").write_text(
        "Apel Siaga di Sintang\n"
        "Selasa, 13 Februari 2024 08:00\n\n"
        "Sintang - Polres Sintang menggelar apel siaga pengamanan Pemilu 2024, "
        "Senin (12/2/2024), diikuti 150 personel. Apel dipimpin Kapolres Sintang "
        "AKBP Wiranto Adi.\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    totals = bench.run_real(
        "dev", tmp_path, bench.REAL_FIELDS, True, out=out, annotations=tmp_path
    )
    report = out.getvalue()
    assert totals["total"] == 1 and totals["missing"] == 1
    assert "1 annotated articles have no text" in report
    assert totals["scored"]["places"] == 0  # null places: not annotated
    assert totals["scored"]["title"] == 1  # a headline is annotated: scored
    assert "officials micro F1" in report


def test_the_benchmark_says_when_a_part_has_no_annotations(tmp_path):
    """An empty (or absent) held-back part is reported as such, not as 0 % right."""
    out = io.StringIO()
    totals = bench.run_real(
        "holdout", tmp_path, bench.REAL_FIELDS, False, out=out, annotations=tmp_path
    )
    assert totals["total"] == 0
    assert "no annotated pages in this part" in out.getvalue()


@pytest.mark.parametrize(
    ("scorer", "expected", "got", "right"),
    [
        (
            "title",
            "Kapolres Pimpin Apel “Siaga”",
            'kapolres  pimpin apel "siaga".',
            True,
        ),
        ("title", "Apel Siaga – Pemilu", "Apel Siaga - Pemilu", True),
        ("title", "Apel Siaga Pemilu", "TribunPontianak.co.id", False),
        ("outlet", "Tribun Pontianak", "TribunPontianak.co.id", True),
        ("outlet", "ANTARA Kalbar", "Antara Kalbar", True),
        ("outlet", "ANTARA Kalbar", "ANTARA", False),
        ("outlet", None, None, True),
        ("outlet", "Prokalteng", "PROKALTENG.CO", True),
    ],
)
def test_real_set_scorers(scorer, expected, got, right):
    assert bench.SCORERS[scorer](expected, got) is right


def test_officials_micro_counts_and_list_form():
    want = [["AKBP", "Budi", "Kapolres Sintang"], ["Iptu", "Ani", "Kasi Humas"]]
    got = [
        {"rank": "AKBP", "name": "Budi", "position": "Kapolres Sintang"},
        {"rank": "AKP", "name": "Dedi", "position": "Kasat Samapta"},
    ]
    assert bench.officials_counts(want, got) == (1, 1, 1)
    assert not bench.score_officials(want, got)
    assert bench.score_officials(want[:1], got[:1])


def test_benchmark_real_mode_exits_zero_without_texts(capsys, tmp_path):
    assert bench.main(["--real", "--real-texts", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "real pages, dev" in out and "title" in out and "overall:" in out


@pytest.mark.parametrize(
    ("expected", "got"),
    [
        ("Tribun Pontianak", "TribunPontianak.co.id"),
        ("Prokalteng", "PROKALTENG.CO"),
        ("Kaltara TV", "kaltara.tv"),  # the ending is the name's "TV" here
        ("Berita Sampit", "www.beritasampit.my.id"),
    ],
)
def test_an_outlet_matches_its_domain_form(expected, got):
    """A portal's domain ending is not part of its name."""
    assert bench.score_outlet(expected, got)


def test_an_outlet_keeps_the_rest_of_its_name():
    """Only the ending goes: a different name still differs."""
    assert not bench.score_outlet("Prokalteng", "Kalteng Pos")
    assert not bench.score_outlet("Kaltara TV", "Kaltara")
    assert not bench.score_outlet("Prokalteng", "Prokalteng.co.uk")


def test_text_manifest_names_annotated_pages_only():
    """texts.sha256 fingerprints texts of annotated pages: id, size, SHA-256."""
    manifest = REAL / "texts.sha256"
    ids = {path.stem for path in DEV + HOLDOUT + FRAME + FRAME_HOLDOUT}
    lines = [
        line
        for line in manifest.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert lines
    seen = set()
    for line in lines:
        page_id, size, digest = line.split("\t")
        assert page_id in ids, f"{page_id}: no annotation"
        assert page_id not in seen, f"{page_id}: twice"
        seen.add(page_id)
        assert int(size) > 0
        assert re.fullmatch(r"[0-9a-f]{64}", digest)
