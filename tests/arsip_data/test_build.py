"""The /data/ exports of a real build: schema-valid, CSV equal to JSON, per province."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from arsip_core.dictionary import FIELD_NAMES
from arsip_data.export import from_csv
from tests.conftest import read_export
from tests.temu import SITEURL, SLUGS

PROVINCES = {
    "kalimantan-barat": ["kalbar_kampanye_lengkap.md"],
    "kalimantan-tengah": ["kalteng_tanpa_tanggal.md"],
    "kalimantan-timur": ["kaltim_tps_pilkada.md"],
    "kalimantan-utara": ["judul_berbahaya.md"],
}


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def export(site: Path, name: str):
    """An export as data (JSON) or text (CSV), compressed or not."""
    text = read_export(site, name)
    return text if name.endswith(".csv") else json.loads(text)


@pytest.fixture(scope="module")
def validator(temu_site):
    schema = load(temu_site / "data" / "rekaman.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"] == f"{SITEURL}/data/rekaman.schema.json"
    return jsonschema.Draft202012Validator(schema)


def test_every_export_validates_against_the_schema(temu_site, validator):
    for name in ("arsip.json", "contoh.json"):
        for record in export(temu_site, name)["records"]:
            validator.validate(record)


def test_csv_reads_back_equal_to_json(temu_site):
    records = export(temu_site, "arsip.json")["records"]
    csv_text = export(temu_site, "arsip.csv")
    assert from_csv(csv_text) == records
    assert csv_text.splitlines()[0].split(",") == list(FIELD_NAMES)
    # A province's CSV holds the whole archive's records of that province.
    for slug, sources in PROVINCES.items():
        part = from_csv(export(temu_site, f"provinsi/{slug}.csv"))
        assert part == [r for r in records if r["source_file"] in sources], slug


def test_whole_archive_and_each_province(temu_site):
    everything = export(temu_site, "arsip.json")
    assert everything["count"] == len(SLUGS)
    assert everything["license"].startswith(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    by_source = {r["source_file"]: r for r in everything["records"]}
    assert sorted(by_source) == sorted(SLUGS)
    for slug, sources in PROVINCES.items():
        part = from_csv(export(temu_site, f"provinsi/{slug}.csv"))
        assert [r["source_file"] for r in part] == sources
    record = by_source["kalbar_kampanye_lengkap.md"]
    assert record["page_url"] == f"{SITEURL}/artikel/{SLUGS[record['source_file']]}/"
    assert record["police_units"] == ["Polda Kalbar", "Polres Sambas"]
    assert re.fullmatch(r"[0-9a-f]{12}", record["id"])
    # Oldest first, undated last.
    published = [r["published"] for r in everything["records"]]
    assert published[-1] is None and published[:-1] == sorted(published[:-1])


def test_exports_are_compressed_once_with_a_plain_sample(temu_site):
    """Issue 19: gzip downloads, no second copy of every format per province."""
    data = temu_site / "data"
    assert (data / "rekaman.schema.json").is_file()
    assert sorted(p.name for p in data.glob("arsip.*")) == [
        "arsip.csv.gz",
        "arsip.geojson.gz",
        "arsip.json.gz",
    ]
    assert sorted(p.name for p in (data / "provinsi").iterdir()) == [
        f"{slug}.csv.gz" for slug in sorted(PROVINCES)
    ]
    for path in data.rglob("*.gz"):
        header = path.read_bytes()[:10]
        # gzip with no file name and no time: two builds give the same bytes.
        assert header[:2] == b"\x1f\x8b" and header[4:8] == b"\0\0\0\0", path
        assert not header[3] & 0x08, path
    sample = load(data / "contoh.json")
    assert sample["records"] == export(temu_site, "arsip.json")["records"][:50]


def test_geojson_points(temu_site):
    collection = export(temu_site, "arsip.geojson")
    places = sorted(f["properties"]["place"] for f in collection["features"])
    assert places == ["Kabupaten Sambas", "Kota Balikpapan", "Kota Pontianak"]
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert 108 < lon < 120 and -5 < lat < 5
    kaltim = [
        f["properties"]["place"]
        for f in collection["features"]
        if f["properties"]["province"] == "Kalimantan Timur"
    ]
    assert kaltim == ["Kota Balikpapan"]


def test_data_page_documents_licence_citation_and_every_field(temu_site):
    html = (temu_site / "data" / "index.html").read_text(encoding="utf-8")
    for name in FIELD_NAMES:
        assert f'id="kolom-{name}"' in html, name
    assert 'rel="license"' in html and "CC BY 4.0" in html
    assert "Teks berita tetap milik media aslinya" in html
    assert f"{SITEURL}/data/provinsi/kalimantan-timur.csv.gz" in html
    assert f"{SITEURL}/data/contoh.json" in html and "gzip" in html
    [block] = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL
    )
    dataset = json.loads(block)
    assert dataset["@type"] == "Dataset"
    assert dataset["license"].startswith("https://creativecommons.org/licenses/by/")
    assert dataset["temporalCoverage"] == "2024-02-05/2024-11-27"
    formats = {d["encodingFormat"] for d in dataset["distribution"]}
    assert formats == {"application/json", "text/csv", "application/geo+json"}
    assert dataset["citation"] in html


def test_real_content_exports_validate(built_content, validator):
    """The project's own articles, whatever extraction finds in them today."""
    records = export(built_content, "arsip.json")["records"]
    assert records
    for record in records:
        validator.validate(record)
    csv_text = export(built_content, "arsip.csv")
    assert from_csv(csv_text) == records
