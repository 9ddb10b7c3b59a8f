"""Every field of the data dictionary: a maintainer's value is read as the extractor
reads one, checked against the dictionary's rule, and an invalid one is warned
about and ignored. Pure checks, then the same through a real build."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from arsip_core.dictionary import FIELD_NAMES
from arsip_core.model import Record
from arsip_core.warnings import WarningCode, code_of
from arsip_reader.overrides import COMPUTED, apply_overrides
from arsip_reader.pipeline import record_id
from tests.conftest import build_site, read_export, read_report

WIB = ZoneInfo("Asia/Jakarta")
BASE = Record(
    title="Judul Asal",
    outlet="Media Asal",
    url="https://asal.example/berita/1",
    author="Penulis Asal",
    province="Kalimantan Barat",
    personnel_total=250,
    activities=("apel",),
    election="pemilu-2024",
)

# field -> (a valid value, how the record holds it (plain), an invalid value)
CASES = {
    "id": ("abcdef123456", "abcdef123456", "ABC"),
    "title": ("Judul Dibetulkan", "Judul Dibetulkan", ""),
    "outlet": ("Media Contoh", "Media Contoh", ""),
    "url": ("https://contoh.example/b/2", "https://contoh.example/b/2", "javascript:x"),
    "author": ("Penulis", "Penulis", ""),
    "published": ("2024-02-12T08:00", "2024-02-12T08:00:00+07:00", "kemarin sore"),
    "event_date": ("2024-02-11", "2024-02-11", "11/02/2024"),
    "event_dates": (["2024-02-11"], ["2024-02-11"], ["besok"]),
    "event_date_precision": ("inferred", "inferred", "kira-kira"),
    "dateline_place": ("Sambas", "Sambas", ""),
    "province": ("kalimantan timur", "Kalimantan Timur", "Kalimantan Tenggara"),
    "places": (
        ["Singkawang"],
        ["Kota Singkawang"],
        [{"name": "Pulau Fiktif", "lat": 200, "lon": 100}],
    ),
    "police_units": (["Polres Sambas"], ["Polres Sambas"], [""]),
    "operation": ("Operasi Mantap Brata 2024", "Operasi Mantap Brata 2024", ""),
    "election": ("pilkada-2024", "pilkada-2024", "pemilu-2019"),
    "activities": (["patroli"], ["patroli"], ["berenang"]),
    "officials": (
        [{"rank": "AKBP", "name": "Sandi", "position": "Kapolres"}],
        [{"rank": "AKBP", "name": "Sandi", "position": "Kapolres"}],
        [{"name": ""}],
    ),
    "personnel_total": ("3.294", 3294, -5),
    "personnel_text": ("ratusan personel", "ratusan personel", ""),
    "personnel_breakdown": (
        {"Polwan": "1.200"},
        [{"label": "Polwan", "count": 1200}],
        {"Polwan": -1},
    ),
    "tps_counts": (
        {"TPS rawan": 12},
        [{"label": "TPS rawan", "count": 12}],
        {"x": "y"},
    ),
    "activity_points": ("lima", 5, True),
    "story_group": ("kampanye-sambas", "kampanye-sambas", ""),
}


def _plain(record: Record, name: str):
    value = record.to_dict()[name]
    if name == "places":
        return [p["name"] for p in value]
    return value


def test_every_field_of_the_dictionary_has_a_case():
    assert set(CASES) | COMPUTED == set(FIELD_NAMES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_valid_value_is_taken(name):
    given, held, _ = CASES[name]
    result = apply_overrides(BASE, {name: given}, tz=WIB)
    assert _plain(result.record, name) == held
    assert name in result.accepted
    assert not [
        w for w in result.warnings if code_of(w) is not WarningCode.OVERRIDE_NOTE
    ]


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_invalid_value_is_warned_and_the_extracted_value_stays(name):
    _, _, bad = CASES[name]
    result = apply_overrides(BASE, {name: bad}, tz=WIB)
    assert _plain(result.record, name) == _plain(BASE, name)
    assert name not in result.accepted
    (warning,) = result.warnings
    assert code_of(warning) is WarningCode.OVERRIDE_INVALID
    # It names the key, the value and the rule.
    assert name in warning
    assert (repr(bad) if bad is not None else "kosong")[:60] in warning
    assert "ditolak:" in warning or "tidak terbaca (" in warning


@pytest.mark.parametrize("name", sorted(COMPUTED))
def test_a_computed_field_cannot_be_set(name):
    result = apply_overrides(BASE, {name: "x"}, tz=WIB)
    assert result.record == BASE
    (warning,) = result.warnings
    assert code_of(warning) is WarningCode.OVERRIDE_UNKNOWN
    assert name in warning


@pytest.mark.parametrize(
    ("given", "held"),
    [(3294, 3294), ("3.294", 3294), (3.294, 3294), ("3294", 3294), ("lima", 5),
     (0, 0), (None, None)],
)  # fmt: skip
def test_counts_are_read_as_the_extractor_reads_them(given, held):
    result = apply_overrides(BASE, {"personel": given}, tz=WIB)
    assert result.record.personnel_total == held
    assert not result.warnings


@pytest.mark.parametrize("given", [-5, True, False, "banyak", "-3", 2.5])
def test_counts_that_are_not_whole_numbers_from_zero_are_refused(given):
    result = apply_overrides(BASE, {"personel": given}, tz=WIB)
    assert result.record.personnel_total == 250
    (warning,) = result.warnings
    assert "personnel_total" in warning


# Through a real build: an article with no override, and one per invalid value.
TEXT = """Polres Sambas Gelar Apel Siaga Pengamanan TPS

Sambas - Polres Sambas menggelar apel siaga dengan 250 personel untuk pengamanan TPS
Pemilu 2024 di Kabupaten Sambas. Kapolres Sambas AKBP Sandi Alfadien memimpin apel.
"""
BUILT_COMPUTED = {"page_url", "source_file", "story_group", "story_lead", "warnings"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    root = tmp_path_factory.mktemp("isian")
    content = root / "content"
    (content / "pages").mkdir(parents=True)
    (content / "dasar.txt").write_text(TEXT, "utf-8")
    for name, (_, _, bad) in CASES.items():
        (content / f"salah-{name}.txt").write_text(TEXT, "utf-8")
        (content / f"salah-{name}.yaml").write_text(
            yaml.safe_dump({name: bad}, allow_unicode=True), "utf-8"
        )
    output = build_site(
        content,
        root / "output",
        CACHE_PATH=str(root / "cache"),
        LOAD_CONTENT_CACHE=True,
        ARSIP_SEARCH_INDEX=False,
    )
    data = json.loads(read_export(output, "arsip.json"))
    return output, {r["source_file"]: r for r in data["records"]}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_invalid_override_is_warned_and_ignored_in_a_build(built, name):
    output, records = built
    source = f"salah-{name}.txt"
    record, base = records[source], records["dasar.txt"]
    if name == "id":
        assert record["id"] == record_id(source)
    elif name not in BUILT_COMPUTED:
        assert record[name] == base[name]
    entry = {e["source"]: e for e in read_report(output)["files"]}[source]
    assert entry["status"] == "terbit-dengan-peringatan"
    assert any(r.startswith(f"isian pengelola: {name} = ") for r in entry["reasons"])
    assert any(w.startswith(f"isian pengelola: {name} = ") for w in record["warnings"])


TEXTS = [
    "",
    " ",
    "a",
    "Judul",
    "0123456789ab",
    "0123456789aB",
    "2024-02-14",
    "2024-02-14\n",
    "2024-02-14T08:00",
    "2024-02-14T08:00+07:00",
    "14/02/2024",
    "https://contoh.example/berita/1",
    "javascript:alert(1)",
    "pemilu-2024",
    "day",
]


@pytest.mark.parametrize("name", sorted(FIELD_NAMES))
def test_a_text_is_checked_as_jsonschema_checks_it(name):
    from jsonschema import Draft202012Validator

    from arsip_core.dictionary import FIELDS_BY_NAME, check_value

    validator = Draft202012Validator(FIELDS_BY_NAME[name].schema)
    for text in TEXTS:
        assert (check_value(name, text) is None) == validator.is_valid(text), text
