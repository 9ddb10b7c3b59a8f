"""Story groups and /statistik/ through a real Pelican build of our own fixtures."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests.conftest import FIXTURES, build_site, read_export

STORIES = FIXTURES / "stories"
COPIES = {
    "siaran_pers_humas_polres.txt",
    "siaran_pers_portal_lokal.txt",
    "siaran_pers_kantor_berita.txt",
}


def build(tmp_path, **extra_files: str):
    content = tmp_path / "content"
    shutil.copytree(STORIES, content)
    for name, text in extra_files.items():
        (content / name).write_text(text, encoding="utf-8")
    return build_site(content, tmp_path / "output", ARSIP_SEARCH_INDEX=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("cerita"))


def records(output) -> list[dict]:
    data = json.loads(read_export(output, "arsip.json"))
    return data["records"]


def page(output, path: str) -> LexborHTMLParser:
    return LexborHTMLParser((output / path).read_text(encoding="utf-8"))


def test_three_copies_share_one_story_and_the_others_stand_alone(site):
    by_file = {r["source_file"]: r for r in records(site)}
    groups = {by_file[name]["story_group"] for name in COPIES}
    assert len(groups) == 1
    others = {r["story_group"] for n, r in by_file.items() if n not in COPIES}
    assert len(others) == 2 and not others & groups
    lead = by_file["siaran_pers_humas_polres.txt"]
    assert all(by_file[n]["story_lead"] == lead["id"] for n in COPIES)


def test_article_page_lists_the_other_reports_of_its_story(site):
    by_file = {r["source_file"]: r for r in records(site)}
    for name in COPIES:
        url = by_file[name]["page_url"].lstrip("/")
        html = page(site, url + "index.html")
        box = html.css_first("section.cerita-lain")
        assert box is not None and "Diberitakan juga oleh" in box.text()
        linked = {a.attributes["data-rekaman"] for a in box.css("a[data-rekaman]")}
        assert linked == {by_file[n]["id"] for n in COPIES} - {by_file[name]["id"]}
    alone = by_file["peristiwa_lain_patroli_sungai.txt"]["page_url"].lstrip("/")
    assert page(site, alone + "index.html").css_first("section.cerita-lain") is None


def test_province_page_counts_reports_and_events_apart_and_the_release_once(site):
    html = page(site, "provinsi/kalimantan-barat/index.html")
    assert html.css_first("[data-jumlah]").attributes["data-jumlah"] == "5"
    assert html.css_first("[data-peristiwa]").attributes["data-peristiwa"] == "3"
    totals = [
        n.attributes["data-personel-total"] for n in html.css("[data-personel-total]")
    ]
    assert totals == ["245"]  # never 3 x 245, nor the retelling's 245 again


def recompute(rows: list[dict]) -> dict[str, dict[str, int]]:
    """The statistics rule, written again from /data/ for the test's sake."""
    events: dict[str, list[dict]] = {}
    for row in rows:
        events.setdefault(row["story_group"], []).append(row)
    local = ("polsek", "polresta", "polres", "satbrimob", "polda")

    def unit(units):
        ranked = sorted(
            units,
            key=lambda u: (
                next(
                    (i for i, w in enumerate(local) if u.lower().startswith(w + " ")), 9
                ),
                u,
            ),
        )
        return ranked[0] if ranked else None

    kept: dict[tuple, tuple[int, dict]] = {}
    for group in sorted(
        events.values(), key=lambda g: (g[0]["event_date"] or "", g[0]["id"])
    ):
        figures = [
            r["personnel_total"] for r in group if r["personnel_total"] is not None
        ]
        if not figures:
            continue
        lead = next(r for r in group if r["id"] == r["story_lead"])
        day = lead["event_date"] or (lead["published"] or "")[:10]
        key = (day, unit(lead["police_units"]) or lead["province"])
        retold = any(
            (d, key[1]) in kept and kept[(d, key[1])][0] == max(figures)
            for d in lead["event_dates"]
            if d < day
        )
        if retold:
            continue
        if key not in kept or kept[key][0] < max(figures):
            kept[key] = (max(figures), lead)
    out: dict[str, dict[str, int]] = {"provinsi": {}, "operasi": {}, "satuan": {}}
    for (_day, unit_name), (figure, lead) in kept.items():
        for table, value in (
            ("provinsi", lead["province"]),
            ("operasi", lead["operation"]),
            ("satuan", unit_name),
        ):
            if value:
                out[table][value] = out[table].get(value, 0) + figure
    return out


def test_statistik_matches_a_recomputation_from_the_exported_records(site):
    text = (site / "statistik" / "personel.csv").read_text(encoding="utf-8")
    got: dict[str, dict[str, int]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        got.setdefault(row["tabel"], {})[row["nilai"]] = int(row["personel"])
    expected = recompute(records(site))
    for table, values in expected.items():
        assert got.get(table, {}) == values, table
    assert got["provinsi"] == {"Kalimantan Barat": 245}
    # The page shows the same figures as the CSV.
    html = page(site, "statistik/index.html")
    shown = [
        int(td.attributes["data-personel"])
        for td in html.css("#t-provinsi ~ * td[data-personel]")
    ]
    assert 245 in shown


def test_every_statistik_figure_links_its_sources(site):
    html = page(site, "statistik/index.html")
    ids = {r["id"] for r in records(site)}
    links = html.css("details a[data-rekaman]")
    assert links and {a.attributes["data-rekaman"] for a in links} <= ids
    assert "dilaporkan" in html.css_first("#aturan").parent.text()


def test_story_export_lists_each_story_with_its_reports(site):
    data = json.loads(read_export(site, "cerita.json"))
    sizes = sorted(s["reports"] for s in data["stories"])
    assert sizes == [1, 1, 3] and data["count"] == 3
    big = next(s for s in data["stories"] if s["reports"] == 3)
    assert big["personnel_max"] == 245 and len(big["record_ids"]) == 3
    rows = list(csv.DictReader(io.StringIO(read_export(site, "cerita.csv"))))
    assert {r["story_group"] for r in rows} == {
        s["story_group"] for s in data["stories"]
    }


def test_a_maintainer_split_in_the_sidecar_shows_on_the_next_build(tmp_path):
    sidecar = (STORIES / "siaran_pers_kantor_berita.yaml").read_text(encoding="utf-8")
    output = build(
        tmp_path,
        **{
            "siaran_pers_kantor_berita.yaml": sidecar + "cerita: sendiri\n",
        },
    )
    by_file = {r["source_file"]: r for r in records(output)}
    alone = by_file["siaran_pers_kantor_berita.txt"]
    assert alone["story_group"] == alone["id"]
    assert (
        by_file["siaran_pers_portal_lokal.txt"]["story_group"]
        == (by_file["siaran_pers_humas_polres.txt"]["id"])
    )


def test_home_totals_count_reports_and_events(site):
    html = page(site, "index.html")
    row = html.css_first("#provinsi-kalimantan-barat")
    assert row.css_first("[data-jumlah]").attributes["data-jumlah"] == "5"
    assert row.css_first("[data-peristiwa]").attributes["data-peristiwa"] == "3"


def test_statistik_links_the_first_sources_and_counts_the_rest(tmp_path):
    """Issue 19: listing every source under every figure grew 1 KB per article."""
    content = tmp_path / "content"
    shutil.copytree(STORIES, content)
    output = build_site(
        content, tmp_path / "output", ARSIP_SEARCH_INDEX=False,
        ARSIP_STATS_SOURCES_SHOWN=1,
    )  # fmt: skip
    html = page(output, "statistik/index.html")
    boxes = html.css("details")
    assert boxes
    for box in boxes:
        reports = int(box.css_first("summary").text().split()[0].replace(".", ""))
        assert len(box.css("a[data-rekaman]")) == min(reports, 1)
        rest = [li.text() for li in box.css("li") if not li.css("a[data-rekaman]")]
        assert rest == ([f"dan {reports - 1} berita lain: id rekamannya di CSV"]
                        if reports > 1 else [])  # fmt: skip
    assert any(int(b.css_first("summary").text().split()[0]) > 1 for b in boxes)
