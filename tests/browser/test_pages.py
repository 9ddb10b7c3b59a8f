"""What a reader sees in real Chromium: every page type, search, maps, timeline, axe."""

from __future__ import annotations

import json
import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE, SCREENSHOTS, open_page
from tests.conftest import read_report
from tests.quality import sitecheck
from tests.quality.conftest import record_figure
from tests.quality.tools import AXE_JS, require_file

pytestmark = pytest.mark.browser

# Every page type a build can have; content/ has them all, so each must exist.
PAGE_TYPES = [name for name, _ in sitecheck.PAGE_TYPES]
AXE_PAGES_PER_TYPE = 3
SEED_SEARCH = ("2024-09-20-kaltim-patroli-polwan-kpud-balikpapan.txt", "Balikpapan")


def _first_of(served, kind: str):
    pages = served.site.pages_by_type().get(kind, [])
    if not pages:
        pytest.fail(f"no page of type {kind!r} in the build")
    return pages


def _url(served, page) -> str:
    return page.url


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "desktop"])
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_type_renders_cleanly(served, browser, kind, viewport):
    """No console or page error, no foreign request, no sideways scroll on a phone."""
    page_file = _first_of(served, kind)[0]
    context, page, visit = open_page(browser, _url(served, page_file), viewport)
    try:
        page.wait_for_load_state("networkidle")
        assert page.locator("h1").first.is_visible()
        assert page.title().strip()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=str(SCREENSHOTS / f"{kind}-{viewport['width']}.png"), full_page=True
        )
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth"
        )
        assert visit.problems == []
        assert overflow <= 1, f"{overflow}px sideways scroll at {viewport['width']}px"
    finally:
        context.close()


def test_home_lists_articles(served, browser):
    context, page, visit = open_page(browser, served.url())
    try:
        articles = page.locator("main a[href*='/artikel/']")
        assert (
            articles.count()
            >= len(
                [
                    e
                    for e in read_report(served.site.root)["files"]
                    if "artikel/" in e.get("url", "")
                ]
            )
            or articles.count() >= 5
        )
        assert visit.problems == []
    finally:
        context.close()


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_axe_finds_no_serious_or_critical_violation(served, browser, kind):
    axe = require_file(AXE_JS, "axe-core (npm)")
    pages = _first_of(served, kind)[:AXE_PAGES_PER_TYPE]
    found = []
    for page_file in pages:
        # axe is injected as an inline script, which our CSP rightly forbids.
        context, page, _ = open_page(browser, _url(served, page_file), bypass_csp=True)
        try:
            page.wait_for_load_state("networkidle")
            page.add_script_tag(path=str(axe))
            result = page.evaluate(
                "async () => await axe.run(document, {resultTypes: ['violations']})"
            )
        finally:
            context.close()
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [n["target"] for n in violation["nodes"]][:3]
                found.append(
                    f"{page_file.relative}: {violation['id']} ({violation['impact']}): "
                    f"{violation['help']} {targets}"
                )
        _axe_figure(kind, len(pages), result["violations"])
    assert found == []


def _axe_figure(kind: str, pages: int, violations: list[dict]) -> None:
    from tests.quality.conftest import ARTIFACTS

    path = ARTIFACTS / "figures.json"
    figures = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    axe = figures.get("axe", {})
    entry = axe.get(kind, {"pages": pages, "by_impact": {}})
    for violation in violations:
        impact = violation["impact"] or "none"
        entry["by_impact"][impact] = entry["by_impact"].get(impact, 0) + 1
    axe[kind] = entry
    record_figure("axe", axe)


def _search(page, query: str) -> None:
    box = page.locator("#cari-kata")
    box.wait_for(state="visible", timeout=15_000)
    box.fill(query)
    page.locator("#cari-hasil li").first.wait_for(timeout=15_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)


def _result_hrefs(page) -> list[str]:
    return page.locator("#cari-hasil h2 a").evaluate_all(
        "links => links.map(a => a.href)"
    )


def test_search_finds_a_seed_article(served, browser):
    _first_of(served, "cari")
    source, word = SEED_SEARCH
    entry = {e["source"]: e for e in read_report(served.site.root)["files"]}[source]
    context, page, visit = open_page(browser, served.url("cari/"))
    try:
        _search(page, word)
        hrefs = _result_hrefs(page)
        assert served.url(entry["url"]) in hrefs, hrefs
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "cari-hasil-1280.png"), full_page=True)
        assert visit.problems == []
    finally:
        context.close()


# What the search says for one result and for several, in each edition.
SEARCH_COUNTS = [
    ("", "Balikpapan", r"1 berita ditemukan untuk “Balikpapan”\."),
    ("", "pengamanan", r"\d+ berita ditemukan untuk “pengamanan”\."),
    ("en/", "Balikpapan", r"1 report found for “Balikpapan”\."),
    ("en/", "pengamanan", r"([2-9]|\d\d+) reports found for “pengamanan”\."),
]


@pytest.mark.parametrize(("where", "word", "said"), SEARCH_COUNTS)
def test_search_counts_its_results_in_the_pages_language(
    served, browser, where, word, said
):
    """cari.js writes the count's words itself: English said '1 reports found'."""
    context, page, visit = open_page(browser, served.url(where + "cari/"))
    try:
        _search(page, word)
        status = page.locator("#cari-status").text_content().strip()
        assert re.fullmatch(said, status), status
        assert visit.problems == []
    finally:
        context.close()


def test_a_province_filter_narrows_the_results(served, browser):
    _first_of(served, "cari")
    context, page, visit = open_page(browser, served.url("cari/"))
    try:
        _search(page, "pengamanan")
        before = _result_hrefs(page)
        assert len(before) >= 2
        page.locator("details[data-filter='Provinsi'] summary").click()
        page.locator("input[name='filter.Provinsi'][value='Kalimantan Barat']").check()
        # Results empty out, then come back filtered.
        page.wait_for_function(
            """n => {
                const k = document.querySelectorAll('#cari-hasil h2 a').length;
                return k > 0 && k < n;
            }""",
            arg=len(before),
            timeout=15_000,
        )
        page.wait_for_load_state("networkidle")
        after = _result_hrefs(page)
        assert 0 < len(after) < len(before)
        for href in after:
            relative = href.split(served.site.siteurl + "/", 1)[1]
            html = (served.site.root / relative / "index.html").read_text("utf-8")
            assert "/provinsi/kalimantan-barat/" in html, href
        assert visit.problems == []
    finally:
        context.close()


def _map_page(served):
    for kind in ("provinsi", "peta-provinsi", "peta"):
        for page_file in served.site.pages_by_type().get(kind, []):
            html = page_file.path.read_text("utf-8")
            if "data-peta" in html and "leaflet" in html:
                return page_file
    pytest.skip("no page with a map in this build yet")


def test_a_province_map_shows_its_points_and_a_popup_links_on(served, browser):
    page_file = _map_page(served)
    context, page, visit = open_page(browser, page_file.url)
    try:
        page.locator(".leaflet-container").first.wait_for(timeout=15_000)
        points = page.locator(
            ".leaflet-interactive, .leaflet-marker-icon, .marker-cluster"
        )
        points.first.wait_for(timeout=15_000)
        assert points.count() >= 1
        for _ in range(5):  # clusters zoom in until a single point is there
            single = page.locator("path.leaflet-interactive, img.leaflet-marker-icon")
            if single.count():
                break
            page.locator(".marker-cluster").first.click()
            page.wait_for_timeout(600)
        single.first.click(force=True)
        link = page.locator(".leaflet-popup-content a[href]").first
        link.wait_for(timeout=10_000)
        href = link.get_attribute("href") or ""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "peta-popup-1280.png"))
        link.click()
        page.wait_for_load_state("load")
        # The popup leads to an article, or to a page that lists the place's articles.
        on_article = "/artikel/" in page.url
        lists_articles = page.locator("main a[href*='/artikel/']").count() > 0
        assert on_article or lists_articles, href
        assert visit.tiles >= 0
        record_figure("tiles_blocked_on_map_page", visit.tiles)
        assert visit.problems == []
    finally:
        context.close()


# What the map of the provinces writes in a circle's popup, by its count of reports:
# content/ has provinces with one report and one with two.
MAP_COUNTS = {
    "": {1: "1 berita", 2: "2 berita"},
    "en/": {1: "1 report", 2: "2 reports"},
}


@pytest.mark.parametrize("where", ["", "en/"], ids=["id", "en"])
def test_map_popups_count_reports_in_the_pages_language(served, browser, where):
    """arsip-peta.js writes a count's words itself: the English map said '1 reports'."""
    context, page, visit = open_page(browser, served.url(where + "peta/"))
    try:
        circles = page.locator("path.leaflet-interactive")
        circles.first.wait_for(timeout=15_000)
        counts = {}
        for i in range(circles.count()):
            circles.nth(i).dispatch_event("click")
            text = page.locator(".leaflet-popup-content p").first
            text.wait_for(timeout=10_000)
            words = text.text_content().split(";")[0]
            counts[int(words.split(" ")[0])] = words
            # Closed before the next click: otherwise the next read can catch this
            # popup's words while Leaflet swaps the popups (a flaky '1: None').
            page.locator(".leaflet-popup-close-button").first.click()
            page.locator(".leaflet-popup").wait_for(state="detached", timeout=10_000)
        wanted = MAP_COUNTS[where]
        assert {n: counts.get(n) for n in wanted} == wanted
        assert visit.problems == []
    finally:
        context.close()


def test_the_timeline_renders(served, browser):
    pages = _first_of(served, "linimasa")
    context, page, visit = open_page(browser, pages[0].url)
    try:
        page.wait_for_load_state("networkidle")
        main = page.locator("main")
        assert main.locator("svg, canvas, ol, table").first.is_visible()
        days = main.locator("[id^='hari-'], .linimasa li, svg rect, svg circle")
        assert days.count() >= 1
        text = main.inner_text()
        assert re.search(r"20\d\d", text)
        assert visit.problems == []
    finally:
        context.close()
