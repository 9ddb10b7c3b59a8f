"""Unit tables for canonical paths, JSON-LD escaping, NewsArticle, sitemap, robots."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree as ET

import pytest

from arsip_core.model import Place, Record
from arsip_seo.jsonld import dumps_for_script, json_ld
from arsip_seo.meta import canonical_path, news_article, record_citation
from arsip_seo.sitemap import SITEMAP_NS, Entry, entry_of, robots_txt, sitemap_xml


@pytest.mark.parametrize(
    ("output_file", "expected"),
    [
        ("index.html", ""),
        ("artikel/x/index.html", "artikel/x/"),
        (
            "provinsi/kalimantan-barat/halaman/2/index.html",
            "provinsi/kalimantan-barat/halaman/2/",
        ),
        ("404.html", "404.html"),
        ("/cari/index.html", "cari/"),
        ("data/index.htmlx", "data/index.htmlx"),
    ],
)
def test_canonical_path(output_file, expected):
    assert canonical_path(output_file) == expected


HOSTILE = [
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!-- <script>",
    "a & b > c",
    "garis\u2028baru\u2029",
    'kutip "ganda" dan \\ miring',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_json_for_script_cannot_end_the_element(text):
    out = dumps_for_script({"headline": text})
    assert "<" not in out and ">" not in out
    assert json.loads(out) == {"headline": text}
    element = str(json_ld({"headline": text}))
    # Exactly one closing tag: the element's own.
    assert len(re.findall(r"</script", element, re.IGNORECASE)) == 1
    assert element.startswith('<script type="application/ld+json">')


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a & b", "a \\u0026 b"),
        ("garis\u2028baru\u2029", "garis\\u2028baru\\u2029"),
        ("biasa saja", "biasa saja"),
    ],
)
def test_json_for_script_escapes_only_what_needs_it(text, escaped):
    assert dumps_for_script({"h": text}) == '{"h":"' + escaped + '"}'


def test_news_article_points_to_the_original():
    record = Record(
        id="abc123abc123",
        title="Judul",
        outlet="ANTARA",
        url="https://kaltara.antaranews.example/berita/1",
        author="Penulis",
        published="2024-02-14T08:00:00+08:00",
        province="Kalimantan Utara",
        places=(Place("Kabupaten Bulungan", "kabupaten", "Kalimantan Utara"),),
    )
    data = news_article(
        record,
        page_url="https://contoh.id/artikel/judul/",
        site_name="Arsip",
        site_url="https://contoh.id/",
        keywords=["Apel", "", "Apel"],
        election="Pilkada Serentak 2024",
    )
    assert data["@type"] == "NewsArticle"
    assert data["isBasedOn"] == record.url
    assert data["url"] == data["mainEntityOfPage"] == "https://contoh.id/artikel/judul/"
    assert data["datePublished"] == record.published
    assert data["publisher"] == {"@type": "Organization", "name": "ANTARA"}
    assert [p["name"] for p in data["contentLocation"]] == [
        "Kabupaten Bulungan",
        "Kalimantan Utara",
    ]
    assert data["keywords"] == ["Apel"]
    assert data["sdPublisher"]["name"] == "Arsip"


def test_news_article_without_original_or_date():
    data = news_article(
        Record(id="x", title="T"), page_url="/a/", site_name="S", site_url="/"
    )
    assert "isBasedOn" not in data and "datePublished" not in data
    assert "publisher" not in data


def test_record_citation():
    text = record_citation(
        outlet="ANTARA",
        title="Judul",
        published="2024-02-14T08:00:00+08:00",
        url="https://a.example/1",
        archive="Arsip",
        page_url="https://contoh.id/artikel/judul/",
        record_id="abc",
    )
    assert text == (
        "ANTARA. (2024-02-14). Judul. https://a.example/1. Diarsipkan dalam Arsip, "
        "rekaman abc: https://contoh.id/artikel/judul/."
    )
    unknown = record_citation(
        outlet=None,
        title="Judul",
        published=None,
        url=None,
        archive="Arsip",
        page_url="/a/",
        record_id="x",
    )
    assert unknown.startswith("Media tidak diketahui. (t.t.). Judul. Diarsipkan")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<link rel="canonical" href="https://c.id/a/">', Entry("https://c.id/a/")),
        (
            '<link rel="canonical" href="https://c.id/a/">'
            '<meta property="article:published_time" content="2024-02-14T08:00:00+08:00">',
            Entry("https://c.id/a/", "2024-02-14T08:00:00+08:00"),
        ),
        (
            '<meta name="robots" content="noindex"><link rel="canonical" href="/a/">',
            None,
        ),
        ("<p>tanpa canonical</p>", None),
    ],
)
def test_entry_of(html, expected):
    assert entry_of(f"<html><head>{html}</head><body></body></html>") == expected


def test_sitemap_xml_is_valid_and_escaped():
    xml = sitemap_xml(
        [
            Entry("https://c.id/a/", "2024-02-14T08:00:00+08:00"),
            Entry("https://c.id/?a=1&b=2"),
        ]
    )
    root = ET.fromstring(xml)
    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    locs = [u.findtext(f"{{{SITEMAP_NS}}}loc") for u in root]
    assert locs == ["https://c.id/a/", "https://c.id/?a=1&b=2"]
    assert b"&amp;" in xml


@pytest.mark.parametrize(
    ("sitemap", "expected_line"),
    [
        (
            "https://u.github.io/repo/sitemap.xml",
            "Sitemap: https://u.github.io/repo/sitemap.xml",
        ),
        ("/sitemap.xml", None),
        (None, None),
    ],
)
def test_robots_txt(sitemap, expected_line):
    text = robots_txt(sitemap)
    assert text.startswith("User-agent: *\nAllow: /\n")
    sitemap_lines = [line for line in text.splitlines() if line.startswith("Sitemap:")]
    assert sitemap_lines == ([expected_line] if expected_line else [])


def test_robots_txt_names_every_editions_sitemap():
    text = robots_txt(["https://h/r/sitemap.xml", "https://h/r/en/sitemap.xml"])
    assert [line for line in text.splitlines() if line.startswith("Sitemap:")] == [
        "Sitemap: https://h/r/sitemap.xml",
        "Sitemap: https://h/r/en/sitemap.xml",
    ]
