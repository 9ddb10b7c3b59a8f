"""A real build with a timeline split by month: every article on exactly one month page."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests.conftest import ROOT, build_site
from tests.quality.sitecheck import Site, check_links


@pytest.fixture(scope="module")
def split_site(tmp_path_factory):
    output = tmp_path_factory.mktemp("linimasa") / "output"
    return build_site(
        ROOT / "content",
        output,
        ARSIP_SEARCH_INDEX=False,
        ARSIP_TIMELINE_MAX_ARTICLES=1,
    )


def links(path, selector):
    tree = LexborHTMLParser(path.read_text(encoding="utf-8"))
    return [a.attributes["href"] for a in tree.css(selector)]


def test_articles_move_to_month_pages_each_exactly_once(split_site, built_content):
    whole = links(built_content / "linimasa/index.html", "ol.linimasa .hari li a")
    assert whole, "the unsplit timeline lists articles"
    assert links(split_site / "linimasa/index.html", "ol.linimasa .hari li a") == []
    listed = []
    for page in sorted((split_site / "linimasa").glob("[0-9]*/*/index.html")):
        listed += links(page, "ol.linimasa .hari li a")
    assert sorted(listed) == sorted(whole)


def test_split_overview_links_each_day_to_its_month_page(split_site):
    day_links = links(split_site / "linimasa/index.html", ".hari h4 a")
    assert "/linimasa/2024/02/#hari-2024-02-14" in day_links
    kalbar = links(
        split_site / "provinsi/kalimantan-barat/index.html", ".linimasa-provinsi li a"
    )
    assert "/linimasa/kalimantan-barat/2024/02/" in kalbar


def test_split_timeline_links_resolve(split_site):
    site = Site(split_site)
    pages = [
        site.page(p) for p in sorted((split_site / "linimasa").rglob("index.html"))
    ]
    assert len(pages) > 10
    report = check_links(site, pages)
    assert report.problems == []
