"""The English edition at /en/: catalogs complete, pages in English, links between."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_core.dictionary import FIELDS, TYPE_LABELS
from arsip_core.events import OUTSIDE_STAGES
from arsip_core.gazetteer import load_gazetteer
from arsip_i18n.catalog import (
    catalog_path,
    extracted_messages,
    read_catalog,
    translations_for,
    untranslated,
)
from arsip_i18n.filters import label_messages
from arsip_search.fields import FILTER_NAMES
from arsip_taxonomy.terms import TAXONOMIES
from tests.conftest import ROOT, build_site, site_settings

EDITIONS = {"en": {"SITENAME": "Kalimantan Election Security Archive"}}


def english_catalog():
    return read_catalog(catalog_path(ROOT / "theme", "en"), "en")


def interface_strings():
    """Every string of the templates and plugins, the menu's titles and the search
    filters' names (templates translate these values with ``_(name)``)."""
    from arsip_i18n.catalog import Message

    found = extracted_messages(ROOT, ("theme", "plugins"))
    settings = site_settings(ROOT / "content", ROOT / "output")
    found += [Message(title, "MENUITEMS") for title, _url in settings["MENUITEMS"]]
    found += [Message(name, "arsip_search.fields") for name in FILTER_NAMES]
    found += [Message(label, "arsip_core.labels") for label in label_messages()]
    found += [Message(label, "arsip_data.dictionary") for label in TYPE_LABELS.values()]
    for field in FIELDS:
        where = f"arsip_core.dictionary {field.name}"
        found += [Message(field.meaning, where), Message(field.derived, where)]
    for election in load_gazetteer().elections:
        found += [Message(election.name, "calendar", "penanda grafik")]
        found += [Message(stage.name, "calendar") for stage in election.stages]
    found += [Message(OUTSIDE_STAGES, "arsip_core.events")]
    for taxonomy in TAXONOMIES:
        found += [Message(taxonomy.name, "arsip_taxonomy.terms")]
        found += [Message(taxonomy.description, "arsip_taxonomy.terms")]
    return found


def test_every_interface_string_has_an_english_translation():
    messages = interface_strings()
    assert len(messages) > 10
    missing = untranslated(english_catalog(), messages)
    assert missing == [], "\n".join(f"{m.where}: {m.msgid!r}" for m in missing)


def test_a_string_without_translation_is_found():
    from arsip_i18n.catalog import Message

    missing = untranslated(english_catalog(), [Message("Belum diterjemahkan", "x")])
    assert [m.msgid for m in missing] == ["Belum diterjemahkan"]


def test_catalog_compiles_and_indonesian_is_the_identity():
    english = translations_for(ROOT / "theme", "en")
    assert english.gettext("Beranda") == "Home"
    assert translations_for(ROOT / "theme", "id").gettext("Beranda") == "Beranda"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """content/ built alone and with the English edition."""
    root = tmp_path_factory.mktemp("edisi")
    alone = build_site(ROOT / "content", root / "satu" / "output")
    both = build_site(
        ROOT / "content", root / "dua" / "output", ARSIP_EDITIONS=EDITIONS
    )
    return alone, both


def _pages(folder: Path):
    return sorted(
        p for p in folder.rglob("*.html") if "pagefind" not in p.parts and p.is_file()
    )


def test_every_english_page_says_lang_en_and_every_indonesian_page_lang_id(sites):
    _alone, both = sites
    english = _pages(both / "en")
    assert len(english) > 20
    for page in english:
        assert '<html lang="en">' in page.read_text(encoding="utf-8"), page
    for page in _pages(both):
        if "en" not in page.relative_to(both).parts[:1]:
            assert '<html lang="id">' in page.read_text(encoding="utf-8"), page


def _visible_texts(html: str, charts: bool = False) -> list[str]:
    """The page's text nodes; only the SVG charts' when ``charts``."""
    tree = LexborHTMLParser(html)
    if charts:
        return [
            t.strip()
            for svg in tree.css("svg")
            for t in svg.text(separator="\n").split("\n")
            if t.strip()
        ]
    for node in tree.css("svg"):
        node.decompose()
    # Hidden: Pagefind's filter values, the same in both editions (see the note).
    for node in tree.css("script, style, [hidden], .isi-berita"):
        node.decompose()
    body = tree.body
    return [t.strip() for t in body.text(separator="\n").split("\n") if t.strip()]


def test_english_pages_show_no_indonesian_string_of_the_catalog(sites):
    """No text of an /en/ page is an Indonesian msgid (article texts, titles and
    names, which stay Indonesian, are other text)."""
    _alone, both = sites
    catalog = english_catalog()
    indonesian = {m.id for m in catalog if m.id and m.string and m.id != m.string}
    problems = []
    for page in _pages(both / "en"):
        for text in _visible_texts(page.read_text(encoding="utf-8")):
            if text.rstrip(":.") in indonesian:
                problems.append((str(page.relative_to(both)), text))
    assert problems == []


def test_english_charts_show_no_indonesian_string_of_the_catalog(sites):
    _alone, both = sites
    catalog = english_catalog()
    indonesian = {m.id for m in catalog if m.id and m.string and m.id != m.string}
    texts = [
        text
        for page in _pages(both / "en")
        for text in _visible_texts(page.read_text(encoding="utf-8"), charts=True)
    ]
    assert texts
    assert [t for t in texts if t.rstrip(":.") in indonesian] == []
    # Words of the charts' own sentences, axis months and markers in Indonesian.
    words = re.compile(
        r"\b(pekan|berita|personel|jumlah|sampai|dengan|Menurut|Mulai|Akhir"
        r"|Mei|Agu|Okt|Des|Pemilu 2024$)"
    )
    assert [t for t in texts if words.search(t)] == []
    assert any("per week" in t for t in texts)


def _alternates(page: Path) -> dict[str, str]:
    tree = LexborHTMLParser(page.read_text(encoding="utf-8"))
    return {
        link.attributes["hreflang"]: link.attributes["href"]
        for link in tree.css('link[rel="alternate"][hreflang]')
    }


def _file_of(output: Path, href: str) -> Path:
    path = output / href.lstrip("/")
    return path / "index.html" if href.endswith("/") else path


def test_both_editions_link_each_other_page_by_page(sites):
    _alone, both = sites
    for page in [
        both / "index.html",
        both / "en" / "index.html",
        *_pages(both / "artikel")[:2],
    ]:
        links = _alternates(page)
        assert set(links) == {"id", "en"}, page
        for href in links.values():
            assert _file_of(both, href).is_file(), href
        tree = LexborHTMLParser(page.read_text(encoding="utf-8"))
        (switch,) = tree.css("nav a[hreflang]")
        assert _file_of(both, switch.attributes["href"]).is_file()
    article = _pages(both / "en" / "artikel")[0]
    rel = article.relative_to(both / "en").parent.as_posix()
    assert _alternates(article) == {"id": f"/{rel}/", "en": f"/en/{rel}/"}


def test_indonesian_site_is_the_same_apart_from_the_new_links(sites):
    alone, both = sites
    pages = _pages(alone)
    assert len(pages) > 20
    new_line = re.compile(r'hreflang="(?:en|id)"')
    for page in pages:
        before = page.read_text(encoding="utf-8").splitlines()
        after = (
            (both / page.relative_to(alone)).read_text(encoding="utf-8").splitlines()
        )
        assert [ln for ln in after if not new_line.search(ln)] == before, page


def test_english_edition_has_its_own_search_index_feeds_and_sitemap(sites):
    _alone, both = sites
    assert list((both / "en" / "pagefind" / "bagian").glob("*/pagefind-entry.json"))
    search = (both / "en" / "cari" / "index.html").read_text(encoding="utf-8")
    assert "/en/pagefind/" in search
    feed = (both / "en" / "feeds" / "semua.atom.xml").read_text(encoding="utf-8")
    assert "/en/artikel/" in feed
    sitemap = (both / "en" / "sitemap.xml").read_text(encoding="utf-8")
    assert "/en/artikel/" in sitemap and "<loc>/artikel/" not in sitemap
    main_sitemap = (both / "sitemap.xml").read_text(encoding="utf-8")
    assert "/en/" not in main_sitemap


def test_english_search_values_and_messages_are_english(sites):
    """Pagefind's filter values and result dates, the search page's filter choices
    and the search script's messages follow the edition."""
    _alone, both = sites
    months_id = re.compile(r"\b(Januari|Februari|Maret|Mei|Juni|Juli|Agustus)\b")
    article = next(
        p
        for p in _pages(both / "en" / "artikel")
        if 'data-pagefind-filter="Bulan"' in p.read_text(encoding="utf-8")
    )
    tree = LexborHTMLParser(article.read_text(encoding="utf-8"))
    values = [
        n.text() for n in tree.css("[data-pagefind-filter], [data-pagefind-meta]")
    ]
    assert values and not [v for v in values if months_id.search(v)]
    indonesian = article.relative_to(both / "en")
    tree_id = LexborHTMLParser((both / indonesian).read_text(encoding="utf-8"))
    assert [n.text() for n in tree_id.css('[data-pagefind-filter="Bulan"]')] != [
        n.text() for n in tree.css('[data-pagefind-filter="Bulan"]')
    ]
    search = LexborHTMLParser(
        (both / "en" / "cari" / "index.html").read_text(encoding="utf-8")
    )
    choices = [n.text() for n in search.css(".nilai")]
    assert choices and not [c for c in choices if months_id.search(c)]
    form = search.css_first("form#cari")
    messages = json.loads(form.attributes["data-pesan"])
    assert messages["ada"] == {
        "one": "{n} report found{filter}.",
        "other": "{n} reports found{filter}.",
    }
    labels = [d.attributes["data-label"] for d in search.css("details[data-filter]")]
    assert "Province" in labels or "Provinces" in labels


def test_only_the_root_robots_txt_names_the_sitemaps(sites):
    _alone, both = sites
    assert (both / "robots.txt").is_file()
    assert not (both / "en" / "robots.txt").exists()


# Where a count can be 1, in content/: English writes the singular there, and the
# plural beside any other count (ngettext, plural forms in the catalog).
COUNTS = [
    # (page under /en/, what it writes)
    ("index.html", '<tspan x="161.8" dy="15">1 report</tspan>'),  # home map
    ("index.html", ">2 reports</tspan>"),
    ("provinsi/index.html", '<span class="jumlah">1 report</span>'),
    ("tag/index.html", '<span class="jumlah">1 report</span>'),
    ("indeks/index.html", "Browse 5 reports by province"),
    ("indeks/satuan/index.html", 'data-jumlah="1">1 report</span>'),
    ("indeks/satuan/index.html", " terms.</p>"),
    ("indeks/satuan/polres-sambas/index.html", '<span data-jumlah="1">1 report</span>'),
    ("linimasa/index.html", '<span class="jumlah">1 report</span></h2>'),
    ("linimasa/index.html", '<span class="jumlah">2 reports</span></h2>'),
    ("linimasa/kalimantan-timur/index.html", "2024: 1 report</title>"),
    ("provinsi/kalimantan-timur/index.html", "</a>: 1 report</li>"),
    ("provinsi/kalimantan-timur/index.html", "</span> from 1 deployment when"),
    ("statistik/index.html", "<summary>1 report</summary>"),
    ("statistik/index.html", "5 reports on 5 events,\n2 deployments with a"),
]
ONE_AS_MANY = re.compile(
    r"(?<![\d.,])1(?:</span>|</a>)? (?:reports|events|terms|deployments)\b"
)


@pytest.mark.parametrize(("page", "expected"), COUNTS)
def test_english_counts_take_the_singular_for_one(sites, page, expected):
    _alone, both = sites
    assert expected in (both / "en" / page).read_text(encoding="utf-8")


def test_no_english_page_writes_one_with_a_plural_noun(sites):
    """'1 reports' anywhere in /en/: lists, headings, chart titles, sentences."""
    _alone, both = sites
    found = [
        (str(page.relative_to(both)), match.group(0))
        for page in _pages(both / "en")
        for match in ONE_AS_MANY.finditer(page.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_english_map_words_have_a_singular_and_a_plural(sites):
    """arsip-peta.js chooses between them by the page's plural rule; the Indonesian
    page keeps its one form (the same bytes as before plurals)."""
    _alone, both = sites

    def words(page: Path) -> dict:
        tree = LexborHTMLParser(page.read_text(encoding="utf-8"))
        return json.loads(
            tree.css_first("[data-peta-pesan]").attributes["data-peta-pesan"]
        )

    page = Path("provinsi") / "kalimantan-barat" / "index.html"
    assert words(both / "en" / page)["berita"] == {
        "one": "{n} report",
        "other": "{n} reports",
    }
    assert words(both / page)["berita"] == "{n} berita"
