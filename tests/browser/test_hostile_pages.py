"""The hostile corpus in real Chromium: no script from the input ever runs.

Static checks (tests/hostile) prove no executable markup is written; this proves
nothing executes after our own scripts (search results, map popups) put input text
into the page. An alert, a page error or a CSP refusal on any page fails it.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS, open_page, serve
from tests.hostile.corpus import build_hostile
from tests.quality.conftest import record_figure

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_served(tmp_path_factory):
    def build(siteurl: str):
        root = tmp_path_factory.mktemp("hostile-www")
        output, _, _ = build_hostile(root, SITEURL=siteurl, FEED_DOMAIN=siteurl)
        www = root / "www"
        www.mkdir()
        (www / "arsip-uji").symlink_to(output, target_is_directory=True)
        return www

    yield from serve(build)


def test_no_script_from_the_input_runs_on_any_page(hostile_served, browser):
    pages = hostile_served.site.pages()
    context, page, visit = open_page(browser, pages[0].url)
    problems = []
    try:
        for page_file in pages:
            before = len(visit.problems)
            page.goto(page_file.url, wait_until="load")
            if 'http-equiv="refresh"' in page_file.path.read_text("utf-8"):
                # An alias page moves on by itself: let it land before the next goto,
                # else its redirect interrupts that navigation.
                left = page_file.url
                page.wait_for_url(lambda url, left=left: url != left, wait_until="load")
            if page.locator("[data-peta]").count():
                page.wait_for_load_state("networkidle")
                # Open every point's popup: popups are built from input text.
                page.evaluate(
                    "() => document.querySelectorAll('path.leaflet-interactive')"
                    ".forEach(p => p.dispatchEvent(new MouseEvent('click', "
                    "{bubbles: true})))"
                )
                page.wait_for_timeout(200)
            problems += [f"{page_file.relative}: {p}" for p in visit.problems[before:]]
    finally:
        context.close()
    record_figure("hostile_pages_in_browser", len(pages))
    assert problems == []


@pytest.mark.parametrize("query", ["alert", "onerror", "script", "Pontianak"])
def test_search_results_for_hostile_text_stay_text(hostile_served, browser, query):
    if not (hostile_served.site.root / "cari" / "index.html").is_file():
        pytest.skip("no search page in this build yet")
    url = hostile_served.url(f"cari/?q={query}")
    context, page, visit = open_page(browser, url)
    try:
        page.locator("#cari-hasil li").first.wait_for(timeout=15_000)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        injected = page.evaluate(
            "() => document.querySelectorAll("
            "'#cari-hasil script, #cari-hasil img, #cari-hasil svg, "
            "#cari-hasil iframe, #cari-hasil [onload], #cari-hasil [onerror]'"
            ").length"
        )
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"hostile-cari-{query}.png"))
        assert injected == 0
        assert visit.problems == []
    finally:
        context.close()


def test_tag_pages_render_and_pass_axe(hostile_served, browser):
    """content/ has no tags yet; the hostile corpus does, so tag pages are seen here."""
    from tests.quality.tools import AXE_JS, require_file

    axe = require_file(AXE_JS, "axe-core (npm)")
    tags = hostile_served.site.pages_by_type().get("tag", [])
    assert tags, "the hostile corpus has tagged articles"
    problems = []
    for page_file in tags[:3]:
        context, page, visit = open_page(browser, page_file.url)
        try:
            page.wait_for_load_state("networkidle")
            problems += visit.problems
        finally:
            context.close()
        context, page, _ = open_page(browser, page_file.url, bypass_csp=True)
        try:
            page.add_script_tag(path=str(axe))
            result = page.evaluate(
                "async () => await axe.run(document, {resultTypes: ['violations']})"
            )
        finally:
            context.close()
        problems += [
            f"{page_file.relative}: {v['id']} ({v['impact']})"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
    assert problems == []
