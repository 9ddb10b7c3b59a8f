"""A real build of content/: province, map, timeline and index pages exist, their
internal links resolve, and their counts match the records."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_core.model import KALIMANTAN_PROVINCES
from arsip_taxonomy.terms import TAXONOMIES, build_terms
from tests.conftest import ROOT, build_site, site_settings
from tests.quality.sitecheck import Site, check_links

PROVINCE_SLUGS = (
    "kalimantan-barat",
    "kalimantan-tengah",
    "kalimantan-selatan",
    "kalimantan-timur",
    "kalimantan-utara",
    "luar-kalimantan",
)
TAXONOMY_IDS = [t.id for t in TAXONOMIES]


class Item:
    def __init__(self, record, url):
        self.record, self.url = record, url


@pytest.fixture(scope="module")
def records():
    """The records of content/, read by the same pipeline as the build."""
    from arsip_reader.pipeline import read_article

    found = []
    for path in sorted((ROOT / "content").glob("*")):
        if path.suffix in (".txt", ".md"):
            article = read_article(path, tz=ZoneInfo("Asia/Jakarta"))
            found.append(Item(article.record, path.name))
    assert found
    return found


def html(path: Path) -> LexborHTMLParser:
    return LexborHTMLParser(path.read_text(encoding="utf-8"))


def view_pages(root: Path) -> list[Path]:
    pages = [
        root / "peta/index.html",
        root / "linimasa/index.html",
        root / "index.html",
    ]
    for folder in ("indeks", "provinsi", "linimasa"):
        pages += sorted((root / folder).rglob("index.html"))
    return sorted(set(pages))


def test_every_view_page_exists(built_content):
    root = built_content
    for slug in PROVINCE_SLUGS:
        assert (root / "provinsi" / slug / "index.html").is_file(), slug
        assert (root / "linimasa" / slug / "index.html").is_file(), slug
        assert (root / "peta/data" / f"{slug}.geojson").is_file(), slug
    for path in ("peta/index.html", "linimasa/index.html", "indeks/index.html"):
        assert (root / path).is_file(), path
    for taxonomy in TAXONOMY_IDS:
        assert (root / "indeks" / taxonomy / "index.html").is_file(), taxonomy
    overview = html(root / "indeks/index.html")
    links = {a.attributes["href"] for a in overview.css("main a")}
    assert {f"/indeks/{t}/" for t in TAXONOMY_IDS} | {"/provinsi/", "/tag/"} <= links


def test_navigation_reaches_every_view(built_content):
    nav = html(built_content / "index.html").css_first("header nav")
    hrefs = {a.attributes["href"] for a in nav.css("a")}
    assert {"/peta/", "/linimasa/", "/indeks/", "/provinsi/"} <= hrefs


def test_every_internal_link_on_the_views_resolves(built_content):
    site = Site(built_content)
    pages = [site.page(p) for p in view_pages(built_content)]
    assert len(pages) > 20
    report = check_links(site, pages)
    assert report.checked > 100
    assert report.problems == []


def test_detail_pages_have_breadcrumbs(built_content):
    for path in (
        "indeks/tempat/kabupaten-sambas/index.html",
        "indeks/kegiatan/index.html",
        "linimasa/kalimantan-barat/index.html",
        "peta/index.html",
        "provinsi/kalimantan-selatan/index.html",
    ):
        crumbs = html(built_content / path).css('nav[aria-label="Remah roti"] li')
        assert len(crumbs) >= 2, path
        assert crumbs[0].css_first("a").attributes["href"] == "/", path


@pytest.mark.parametrize("taxonomy", TAXONOMY_IDS)
def test_index_counts_match_the_records(built_content, records, taxonomy, tmp_path):
    expected = {
        t.slug: t.count
        for t in build_terms(records, next(x for x in TAXONOMIES if x.id == taxonomy))
    }
    page = html(built_content / "indeks" / taxonomy / "index.html")
    shown = {}
    for li in page.css("ul.indeks li"):
        slug = li.css_first("a").attributes["href"].rstrip("/").rsplit("/", 1)[-1]
        shown[slug] = int(li.css_first("[data-jumlah]").attributes["data-jumlah"])
    assert shown == expected
    for slug, count in expected.items():
        term_page = html(built_content / "indeks" / taxonomy / slug / "index.html")
        per_page = site_settings(tmp_path, tmp_path)["DEFAULT_PAGINATION"]
        assert len(term_page.css("ol.daftar li.butir")) == min(count, per_page)


def test_activity_counts_by_hand(built_content, records):
    # Independent of build_terms: count straight from the records.
    expected = Counter(a for r in records for a in set(r.record.activities))
    assert expected  # extraction found activities in content/
    page = html(built_content / "indeks/kegiatan/index.html")
    shown = {
        li.css_first("a").attributes["href"].split("/")[-2]: int(
            li.css_first("[data-jumlah]").attributes["data-jumlah"]
        )
        for li in page.css("ul.indeks li")
    }
    assert shown == dict(expected)


def test_province_pages_count_their_records(built_content, records):
    counts = Counter(r.record.province for r in records)
    for name, slug in zip(
        (*KALIMANTAN_PROVINCES, "luar Kalimantan"), PROVINCE_SLUGS, strict=True
    ):
        page = html(built_content / "provinsi" / slug / "index.html")
        figure = page.css_first(".angka-kunci dd[data-jumlah]")
        assert int(figure.attributes["data-jumlah"]) == counts.get(name, 0), name
    peta = html(built_content / "peta/index.html")
    totals = {
        row.attributes["id"]: int(
            row.css_first("[data-jumlah]").attributes["data-jumlah"]
        )
        for row in peta.css(".tabel-provinsi tbody tr")
    }
    assert totals["provinsi-kalimantan-barat"] == counts["Kalimantan Barat"]
    assert totals["provinsi-kalimantan-selatan"] == counts.get("Kalimantan Selatan", 0)


def test_timeline_lists_every_article_once(built_content, records):
    page = html(built_content / "linimasa/index.html")
    links = [a.attributes["href"] for a in page.css("ol.linimasa .hari li a")]
    links += [a.attributes["href"] for a in page.css("#tanpa-tanggal + ul a")]
    assert len(links) == len(records) == len(set(links))
    voting = [p.text() for p in page.css(".tonggak.pemungutan")]
    assert "Pemungutan suara · Pemilu 2024" in voting
    assert "Pemungutan suara · Pilkada Serentak 2024" in voting
    svg = page.css_first(".grafik figure svg")
    assert svg.attributes["role"] == "img"
    assert svg.css_first("title").text() and svg.css_first("desc").text()


def test_kalbar_map_data_has_the_seed_campaign_counts(built_content):
    data = json.loads(
        (built_content / "peta/data/kalimantan-barat.geojson").read_text()
    )
    by_name = {f["properties"]["nama"]: f for f in data["features"]}
    sambas = by_name["Kabupaten Sambas"]
    assert ["kegiatan", 45] in sambas["properties"]["laporan"]
    assert sambas["geometry"]["coordinates"] == [109.3, 1.3617]
    assert ["kegiatan", 70] in by_name["Kabupaten Landak"]["properties"]["laporan"]
    assert ["kegiatan", 6] in by_name["Kota Pontianak"]["properties"]["laporan"]
    total = sum(
        n
        for f in data["features"]
        for label, n in f["properties"]["laporan"]
        if label == "kegiatan"
    )
    assert total == 361
    # The no-JS table says the same.
    page = html(built_content / "provinsi/kalimantan-barat/index.html")
    row = page.css_first("#tempat-kabupaten-sambas")
    assert "45 kegiatan" in row.text()


def test_maps_load_nothing_from_another_host(built_content):
    # The home page has no Leaflet map (its overview is SVG: arsip_maps tests).
    for path in (
        "peta/index.html",
        "provinsi/kalimantan-barat/index.html",
    ):
        page = html(built_content / path)
        sources = [n.attributes["src"] for n in page.css("script[src]")]
        sources += [n.attributes["href"] for n in page.css("link[rel=stylesheet]")]
        assert any("leaflet.js" in s for s in sources), path
        assert all(s.startswith("/") and not s.startswith("//") for s in sources), path
        assert not page.css("script:not([src])"), path
        csp = page.css_first('meta[http-equiv="Content-Security-Policy"]')
        assert (
            "img-src 'self' data: https://tile.openstreetmap.org;"
            in (csp.attributes["content"])
        )
        config = json.loads(page.css_first("[data-peta]").attributes["data-peta"])
        assert config["ubin"]["url"].startswith("https://tile.openstreetmap.org/")
    for name in ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/images/layers.png",
                 "markercluster/leaflet.markercluster.js"):  # fmt: skip
        assert (built_content / "pustaka" / name).is_file(), name


def test_leaflet_is_not_committed():
    tracked = subprocess.run(
        ["git", "ls-files", "*leaflet*", "*markercluster*", "*MarkerCluster*"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert tracked == ""


def test_place_pages_link_to_the_province_map(built_content):
    page = html(built_content / "indeks/tempat/kabupaten-sambas/index.html")
    hrefs = [a.attributes["href"] for a in page.css("main a")]
    assert "/provinsi/kalimantan-barat/#tempat-kabupaten-sambas" in hrefs


def test_article_pages_link_their_places_to_the_province_map(built_content):
    page = html(
        built_content
        / "artikel/2024-02-14-kalbar-apel-siaga-pemungutan-suara/index.html"
    )
    hrefs = [a.attributes["href"] for a in page.css(".tempat-berita a")]
    assert "/provinsi/kalimantan-barat/#tempat-kota-pontianak" in hrefs
    assert "/indeks/tempat/kota-pontianak/" in hrefs


def test_an_article_filed_elsewhere_links_to_the_map_of_the_place(
    make_content, tmp_path
):
    article = (
        "---\ntitle: Polda Kalbar kirim personel ke Balikpapan\n"
        "date: 2024-11-20 08:00\nprovince: Kalimantan Barat\n"
        "places: [{name: Kota Balikpapan, kind: kota, province: Kalimantan Timur}]\n"
        "---\n\n"
        "Polda Kalbar mengirim personel bantuan ke Balikpapan.\n"
    )
    output = build_site(
        make_content(**{"bko.md": article}),
        tmp_path / "output",
        ARSIP_SEARCH_INDEX=False,
    )
    kaltim = json.loads((output / "peta/data/kalimantan-timur.geojson").read_text())
    assert [f["properties"]["nama"] for f in kaltim["features"]] == ["Kota Balikpapan"]
    kalbar = json.loads((output / "peta/data/kalimantan-barat.geojson").read_text())
    assert kalbar["features"] == []
    site = Site(output)
    pages = [site.page(p) for p in sorted((output / "artikel").rglob("index.html"))]
    pages.append(site.page(output / "indeks/tempat/kota-balikpapan/index.html"))
    report = check_links(site, pages)
    # This content has no pages/, so the footer's /tentang/ link is the only miss.
    assert [p for p in report.problems if "'/tentang/'" not in p] == []
    hrefs = [a.attributes["href"] for p in pages for a in p.tree.css("main a")]
    assert "/provinsi/kalimantan-timur/#tempat-kota-balikpapan" in hrefs


def test_empty_provinces_get_pages_and_the_tile_setting_drives_the_csp(
    make_content, tmp_path
):
    seed = (ROOT / "content/2024-11-07-kalteng-pengamanan-kantor-kpu.txt").read_text()
    output = build_site(
        make_content(**{"satu.txt": seed}),
        tmp_path / "output",
        ARSIP_SEARCH_INDEX=False,
        ARSIP_MAPS_TILE_URL="https://{s}.ubin.example.org/{z}/{x}/{y}.png",
    )
    for slug in PROVINCE_SLUGS:
        page = html(output / "provinsi" / slug / "index.html")
        figure = int(
            page.css_first(".angka-kunci dd[data-jumlah]").attributes["data-jumlah"]
        )
        assert figure == (1 if slug == "kalimantan-tengah" else 0), slug
    listing = html(output / "provinsi/index.html").text()
    assert "Kalimantan Selatan" in listing and "luar Kalimantan" in listing
    csp = html(output / "peta/index.html").css_first(
        'meta[http-equiv="Content-Security-Policy"]'
    )
    assert "https://*.ubin.example.org" in csp.attributes["content"]
    assert (
        "openstreetmap"
        not in (output / "peta/index.html").read_text().split("<body")[0]
    )


def test_places_without_coordinates_get_no_map_link(make_content, tmp_path):
    article = (
        "---\ntitle: Patroli di kota yang tidak dikenal\ndate: 2024-11-20 08:00\n"
        "province: Kalimantan Barat\n"
        "places: [{name: Kota Antah, kind: kota, province: Kalimantan Barat}]\n"
        "---\n\nPatroli dialogis.\n"
    )
    output = build_site(
        make_content(**{"antah.md": article}),
        tmp_path / "output",
        ARSIP_SEARCH_INDEX=False,
    )
    (page,) = (output / "artikel").rglob("index.html")
    hrefs = [a.attributes["href"] for a in html(page).css(".tempat-berita a")]
    assert hrefs == ["/indeks/tempat/kota-antah/"]
    assert (output / "indeks/tempat/kota-antah/index.html").is_file()


def test_a_term_lists_its_newest_articles_up_to_the_limit(tmp_path_factory):
    """Issue 19: a term of half the archive must not repeat /semua/ page for page."""
    from tests.temu import build_temu

    site = build_temu(
        tmp_path_factory, ARSIP_TAXONOMY_TERM_MAX_ITEMS=1, ARSIP_SEARCH_INDEX=False
    )
    capped = 0
    for path in sorted((site / "indeks").glob("*/*/index.html")):
        page = html(path)
        count = int(page.css_first("[data-jumlah]").attributes["data-jumlah"])
        assert len(page.css("ol.daftar li.butir")) == 1, path
        note = page.css_first("p.keterangan").text()
        assert ("1 yang terbaru" in note) == (count > 1), path
        capped += count > 1
        assert not (path.parent / "halaman").exists(), path
    assert capped
    # (temu has no /tentang/ page: only the links this listing writes are checked)
    problems = check_links(Site(site)).problems
    mine = ("/indeks/", "/semua/", "/linimasa/", "/cari/", "halaman")
    assert [p for p in problems if any(m in p for m in mine)] == []
