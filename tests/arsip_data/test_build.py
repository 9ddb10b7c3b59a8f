"""The /data/ exports of a real build: schema-valid, CSV equal to JSON, per province."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from arsip_core.dictionary import FIELD_NAMES
from arsip_data.export import from_csv
from tests.temu import SITEURL, SLUGS

PROVINCES = {
    "kalimantan-barat": ["kalbar_kampanye_lengkap.md"],
    "kalimantan-tengah": ["kalteng_tanpa_tanggal.md"],
    "kalimantan-timur": ["kaltim_tps_pilkada.md"],
    "kalimantan-utara": ["judul_berbahaya.md"],
}


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(temu_site):
    schema = load(temu_site / "data" / "rekaman.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"] == f"{SITEURL}/data/rekaman.schema.json"
    return jsonschema.Draft202012Validator(schema)


def exports(site: Path) -> list[Path]:
    return [
        site / "data" / "arsip.json",
        *sorted((site / "data").glob("provinsi/*.json")),
    ]


def test_every_export_validates_against_the_schema(temu_site, validator):
    for path in exports(temu_site):
        for record in load(path)["records"]:
            validator.validate(record)


def test_csv_reads_back_equal_to_json(temu_site):
    for path in exports(temu_site):
        csv_text = path.with_suffix(".csv").read_text(encoding="utf-8")
        assert from_csv(csv_text) == load(path)["records"], path.name
        assert csv_text.splitlines()[0].split(",") == list(FIELD_NAMES)


def test_whole_archive_and_each_province(temu_site):
    everything = load(temu_site / "data" / "arsip.json")
    assert everything["count"] == len(SLUGS)
    by_source = {r["source_file"]: r for r in everything["records"]}
    assert sorted(by_source) == sorted(SLUGS)
    for slug, sources in PROVINCES.items():
        part = load(temu_site / "data" / "provinsi" / f"{slug}.json")
        assert [r["source_file"] for r in part["records"]] == sources
        assert part["license"].startswith(
            "https://creativecommons.org/licenses/by/4.0/"
        )
    record = by_source["kalbar_kampanye_lengkap.md"]
    assert record["page_url"] == f"{SITEURL}/artikel/{SLUGS[record['source_file']]}/"
    assert record["police_units"] == ["Polda Kalbar", "Polres Sambas"]
    assert re.fullmatch(r"[0-9a-f]{12}", record["id"])
    # Oldest first, undated last.
    published = [r["published"] for r in everything["records"]]
    assert published[-1] is None and published[:-1] == sorted(published[:-1])


def test_geojson_points(temu_site):
    collection = load(temu_site / "data" / "arsip.geojson")
    places = sorted(f["properties"]["place"] for f in collection["features"])
    assert places == ["Kabupaten Sambas", "Kota Balikpapan", "Kota Pontianak"]
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert 108 < lon < 120 and -5 < lat < 5
    kaltim = load(temu_site / "data" / "provinsi" / "kalimantan-timur.geojson")
    assert [f["properties"]["place"] for f in kaltim["features"]] == ["Kota Balikpapan"]


def test_data_page_documents_licence_citation_and_every_field(temu_site):
    html = (temu_site / "data" / "index.html").read_text(encoding="utf-8")
    for name in FIELD_NAMES:
        assert f'id="kolom-{name}"' in html, name
    assert 'rel="license"' in html and "CC BY 4.0" in html
    assert "Teks berita tetap milik media aslinya" in html
    assert f"{SITEURL}/data/provinsi/kalimantan-timur.csv" in html
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
    records = load(built_content / "data" / "arsip.json")["records"]
    assert records
    for record in records:
        validator.validate(record)
    csv_text = (built_content / "data" / "arsip.csv").read_text(encoding="utf-8")
    assert from_csv(csv_text) == records
