"""Article pages of a real build: JSON-LD, Open Graph, canonical, citation; sitemap."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree as ET

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_seo.sitemap import SITEMAP_NS
from tests.temu import SITEURL, SLUGS

ORIGINALS = {
    "kalbar_kampanye_lengkap.md": "https://pontianakpost.example/berita/kawal-kampanye",
    "kaltim_tps_pilkada.md": "https://kaltimtoday.example/tps-balikpapan",
    "kalteng_tanpa_tanggal.md": None,
    "judul_berbahaya.md": None,  # its javascript: URL is refused
}
HOSTILE_TITLE = '</script><script>alert(1)</script> Polda "Kaltara" & <b>Apel</b>'


def page(site, source):
    return (site / "artikel" / SLUGS[source] / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("source", sorted(SLUGS))
def test_article_has_one_valid_news_article(temu_site, source):
    html = page(temu_site, source)
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL
    )
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    url = f"{SITEURL}/artikel/{SLUGS[source]}/"
    assert data["@type"] == "NewsArticle"
    assert data["url"] == url
    assert re.fullmatch(r"[0-9a-f]{12}", data["identifier"])
    assert data.get("isBasedOn") == ORIGINALS[source]
    # The only script elements on an article page: this JSON-LD (and the maps' files).
    tree = LexborHTMLParser(html)
    for script in tree.css("script"):
        assert script.attributes.get(
            "type"
        ) == "application/ld+json" or script.attributes.get("src", "").startswith(
            SITEURL + "/"
        )


def test_hostile_title_stays_data(temu_site):
    html = page(temu_site, "judul_berbahaya.md")
    [block] = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL
    )
    assert json.loads(block)["headline"] == HOSTILE_TITLE
    tree = LexborHTMLParser(html)
    assert tree.css_first("h1").text() == HOSTILE_TITLE
    assert "alert(1)" not in "".join(s.text() for s in tree.css("script:not([type])"))


@pytest.mark.parametrize("source", sorted(SLUGS))
def test_canonical_and_open_graph(temu_site, source):
    tree = LexborHTMLParser(page(temu_site, source))
    url = f"{SITEURL}/artikel/{SLUGS[source]}/"
    [canonical] = tree.css('link[rel="canonical"]')
    assert canonical.attributes["href"] == url
    og = {
        m.attributes["property"]: m.attributes.get("content")
        for m in tree.css("meta[property]")
    }
    assert og["og:url"] == url
    assert og["og:type"] == "article"
    assert og["og:title"] == tree.css_first("h1").text()
    assert og["og:locale"] == "id_ID"


@pytest.mark.parametrize("source", sorted(SLUGS))
def test_citation_box(temu_site, source):
    tree = LexborHTMLParser(page(temu_site, source))
    box = tree.css_first("section.kutip-rekaman")
    assert box is not None
    assert box.css_first("h2").text() == "Cara mengutip"
    text = box.css_first(".kutipan").text()
    record_id = box.css_first("code").text()
    assert f"rekaman {record_id}: {SITEURL}/artikel/{SLUGS[source]}/" in text
    if ORIGINALS[source]:
        assert ORIGINALS[source] in text
    assert "data-pagefind-ignore" in box.html


def test_other_pages_have_canonical_and_website_type(temu_site):
    for path, url in [
        ("index.html", f"{SITEURL}/"),
        ("cari/index.html", f"{SITEURL}/cari/"),
        ("data/index.html", f"{SITEURL}/data/"),
        (
            "provinsi/kalimantan-barat/index.html",
            f"{SITEURL}/provinsi/kalimantan-barat/",
        ),
    ]:
        tree = LexborHTMLParser((temu_site / path).read_text(encoding="utf-8"))
        assert tree.css_first('link[rel="canonical"]').attributes["href"] == url, path
        assert (
            tree.css_first('meta[property="og:type"]').attributes["content"]
            == "website"
        )


def test_sitemap_lists_every_page_but_404(temu_site):
    root = ET.parse(temu_site / "sitemap.xml").getroot()
    entries = {
        u.findtext(f"{{{SITEMAP_NS}}}loc"): u.findtext(f"{{{SITEMAP_NS}}}lastmod")
        for u in root
    }
    for source, slug in SLUGS.items():
        assert f"{SITEURL}/artikel/{slug}/" in entries, source
    assert entries[f"{SITEURL}/artikel/{SLUGS['kaltim_tps_pilkada.md']}/"] == (
        "2024-11-27T09:00:00+08:00"
    )
    assert entries[f"{SITEURL}/artikel/{SLUGS['kalteng_tanpa_tanggal.md']}/"] is None
    for path in ("", "cari/", "data/", "provinsi/kalimantan-timur/", "semua/"):
        assert f"{SITEURL}/{path}" in entries
    assert not [loc for loc in entries if "404" in loc]
    assert list(entries) == sorted(entries)


def test_robots_points_to_the_sitemap(temu_site):
    robots = (temu_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITEURL}/sitemap.xml" in robots.splitlines()
