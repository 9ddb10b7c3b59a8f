"""Reading the archive on a phone (issue 15), in real Chromium at 360x740 and 1280x800.

On two builds: content/ and 1,000 generated articles (benchmarks/corpus.py, built once
per session): no page wider than the window, no chart text outside its SVG, a search's
first result in view on a phone, a favicon, and maps that show Kalimantan with the
tiles blocked. On content/: a search for each dateline place and kabupaten/kota finds
every article the site files under it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests.browser.conftest import (
    PHONE,
    SCREENSHOTS,
    SUBPATH,
    Served,
    open_page,
    serve,
)
from tests.conftest import build_site, read_export
from tests.quality import sitecheck

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = [PHONE, DESKTOP]
VIEWPORT_IDS = ["360px", "1280px"]
GENERATED_ARTICLES = 1000
# Pages of each type opened per build (the generated one has thousands).
PAGES_PER_TYPE = 2
SEARCHES = {"content": "Pontianak", "generated": "pengamanan"}


def _corpus():
    """benchmarks/corpus.py, the generator of the 1,000 articles."""
    from tests.test_benchmarks import corpus

    return corpus


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    """1,000 generated articles built for a sub-path and served (once a session)."""

    def build(siteurl: str):
        root = tmp_path_factory.mktemp("seribu")
        content = root / "content"
        _corpus().write_corpus(content, GENERATED_ARTICLES, seed=1)
        (content / "pages").mkdir(exist_ok=True)
        www = root / "www"
        build_site(content, www / SUBPATH, SITEURL=siteurl, FEED_DOMAIN=siteurl)
        return www

    yield from serve(build)


@dataclass(frozen=True)
class Build:
    """One of the two builds, by name."""

    name: str
    served: Served

    def url(self, relative: str = "") -> str:
        return self.served.url(relative)


@pytest.fixture(params=["content", "generated"])
def site(request) -> Build:
    """Each build in turn: content/ (the session's ``served``) and the generated one."""
    fixture = "served" if request.param == "content" else "generated"
    return Build(request.param, request.getfixturevalue(fixture))


WIDER_AND_CLIPPED = """
() => {
  const clipped = [];
  for (const svg of document.querySelectorAll('main svg')) {
    if (!svg.getClientRects().length) continue;  // not shown at this width
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (!r.width) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        clipped.push(`${svg.getAttribute('class') || 'svg'}: "${text.textContent}"`);
      }
    }
  }
  return {
    wider: document.documentElement.scrollWidth - window.innerWidth,
    clipped: clipped,
  };
}
"""


@pytest.mark.slow
@pytest.mark.parametrize("viewport", VIEWPORTS, ids=VIEWPORT_IDS)
def test_no_page_is_wider_than_the_window_and_no_chart_text_is_clipped(
    site, browser, viewport
):
    by_type = site.served.site.pages_by_type()
    context, page, visit = open_page(browser, site.url(), viewport)
    problems = []
    try:
        for kind, _ in sitecheck.PAGE_TYPES:
            for page_file in by_type.get(kind, [])[:PAGES_PER_TYPE]:
                page.goto(page_file.url, wait_until="load")
                found = page.evaluate(WIDER_AND_CLIPPED)
                if found["wider"] > 1:
                    problems.append(f"{page_file.relative}: {found['wider']}px wider")
                problems += [f"{page_file.relative}: {c}" for c in found["clipped"]]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.goto(site.url("linimasa/"), wait_until="load")
        # The charts only: the generated build's timeline is too long to shoot whole.
        page.locator(".grafik").first.screenshot(
            path=str(SCREENSHOTS / f"grafik-{site.name}-{viewport['width']}.png")
        )
    finally:
        context.close()
    assert problems == []


@pytest.mark.slow
def test_on_a_phone_the_first_result_of_a_search_is_in_view(site, browser):
    context, page, visit = open_page(browser, site.url("cari/"), PHONE)
    try:
        box = page.locator("#cari-kata")
        box.wait_for(state="visible", timeout=15_000)
        box.fill(SEARCHES[site.name])
        box.press("Enter")
        first = page.locator("#cari-hasil li").first
        first.wait_for(timeout=15_000)
        page.wait_for_function(
            "() => document.activeElement && document.activeElement.id === 'cari-status'",
            timeout=15_000,
        )
        where = first.bounding_box()
        assert where is not None
        assert 0 <= where["y"] < PHONE["height"], where
        # It shows date, province and outlet.
        assert page.locator("#cari-hasil .cari-info").first.inner_text().count("·") >= 1
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"cari-{site.name}-360.png"))
        assert visit.problems == []
    finally:
        context.close()


SEARCH_ALL = """
async (query) => {
  const form = document.getElementById('cari');
  const keys = form.dataset.shardKeys.split(' ').filter(Boolean);
  const pagefind = await import(form.dataset.shards + keys[0] + '/pagefind.js');
  // As cari.js does: no worker (the bundle does not publish its script).
  await pagefind.options({ baseUrl: form.dataset.base, noWorker: true });
  for (const key of keys.slice(1)) {
    await pagefind.mergeIndex(form.dataset.shards + key + '/');
  }
  const response = await pagefind.search(query);
  const pages = await Promise.all(response.results.map((r) => r.data()));
  return pages.map((p) => p.url);
}
"""


def _filed_under(served) -> dict[str, set[str]]:
    """Query -> article paths the site files under it: datelines and kabupaten/kota."""
    from arsip_taxonomy.terms import place_name

    data = json.loads(read_export(served.site.root, "arsip.json"))
    filed: dict[str, set[str]] = defaultdict(set)
    for record in data["records"]:
        path = urlsplit(record["page_url"]).path.split("/artikel/", 1)[1]
        if record.get("dateline_place"):
            filed[record["dateline_place"]].add(path)
        for place in record["places"]:
            if place["kind"] not in ("kabupaten", "kota"):
                continue
            full = place_name(place["kind"], place["name"])
            filed[full].add(path)
            # The bare name ("Pontianak") too, as readers type it.
            filed[full.split(" ", 1)[1]].add(path)
    return filed


def test_a_place_search_finds_every_article_filed_under_the_place(served, browser):
    filed = _filed_under(served)
    assert filed, "content/ names no place"
    context, page, visit = open_page(browser, served.url("cari/"))
    missing = {}
    try:
        page.locator("#cari-kata").wait_for(state="visible", timeout=15_000)
        for query, paths in sorted(filed.items()):
            found = {
                url.split("/artikel/", 1)[1]
                for url in page.evaluate(SEARCH_ALL, query)
                if "/artikel/" in url
            }
            if paths - found:
                missing[query] = sorted(paths - found)
        assert visit.problems == []
    finally:
        context.close()
    assert missing == {}


def test_every_page_links_a_favicon_that_loads(served, browser):
    pages = [p[0] for p in served.site.pages_by_type().values() if p]
    hrefs = set()
    for page_file in pages:
        tree = LexborHTMLParser(page_file.path.read_text("utf-8"))
        links = [n.attributes.get("href") for n in tree.css("link[rel~=icon]")]
        assert links, f"{page_file.relative} links no favicon"
        hrefs.update(links)
    context, page, visit = open_page(browser, served.url())
    try:
        for href in hrefs:
            status = page.evaluate(
                "async (u) => { const r = await fetch(u); "
                "return [r.status, r.headers.get('content-type')]; }",
                href,
            )
            assert status[0] == 200, (href, status)
            assert "svg" in (status[1] or ""), (href, status)
        assert visit.problems == []
    finally:
        context.close()


# The kabupaten/kota borders' dash (arsip-peta.js WARNA_DASAR["batas-kabupaten"]).
KABUPATEN_DASH = ".leaflet-dasar-pane path[stroke-dasharray='2 3']"


@pytest.mark.slow
@pytest.mark.parametrize(
    "where", ["peta/", "provinsi/kalimantan-barat/", "provinsi/kalimantan-utara/"]
)
def test_with_tiles_blocked_a_map_shows_kalimantan(site, browser, where):
    context, page, visit = open_page(browser, site.url(where), PHONE)
    province = where.startswith("provinsi/")
    try:
        page.locator(".leaflet-container").first.wait_for(timeout=15_000)
        land = page.locator(".leaflet-dasar-pane path")
        # Five provinces, the neighbours, the province borders (and on a province
        # page its kabupaten/kota borders, drawn last).
        page.wait_for_function(
            f"() => document.querySelectorAll('.leaflet-dasar-pane path').length"
            f" >= {8 if province else 7}",
            timeout=15_000,
        )
        # A province page shows its own province large (others may be off-screen).
        boxes = [land.nth(i).bounding_box() for i in range(land.count())]
        assert max(b["width"] for b in boxes if b) > 50, boxes
        assert max(b["height"] for b in boxes if b) > 50, boxes
        assert page.locator(KABUPATEN_DASH).count() == (1 if province else 0)
        attribution = page.locator(".leaflet-control-attribution").first.inner_text()
        assert "Natural Earth" in attribution and "geoBoundaries" in attribution
        # The licence the boundaries ask for is named on the page, under the map.
        credit = page.locator(".sumber-peta").first
        assert "CC BY 3.0 IGO" in credit.inner_text()
        assert visit.tiles > 0  # the tiles were asked for, and blocked
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = where.strip("/").replace("/", "-")
        page.locator(".leaflet-container").first.screenshot(
            path=str(SCREENSHOTS / f"tanpa-ubin-{name}-{site.name}.png")
        )
        assert visit.problems == []
    finally:
        context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=VIEWPORT_IDS)
def test_the_home_overview_draws_kalimantan_without_tiles(served, browser, viewport):
    context, page, visit = open_page(browser, served.url(), viewport)
    try:
        land = page.locator(".peta-ringkas svg path.daratan")
        box = land.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100, box
        assert page.locator(".peta-ringkas svg path.batas-provinsi").count() == 1
        assert visit.tiles == 0
        assert visit.problems == []
    finally:
        context.close()


@pytest.mark.parametrize("touch", [True, False], ids=["touch", "mouse"])
def test_on_a_touch_screen_one_finger_scrolls_past_a_map(served, browser, touch):
    """A finger on the map scrolls the page (touch-action pan-x pan-y), so a phone
    reader does not get stuck in it; pinch still zooms. A mouse still drags."""
    viewport = PHONE if touch else DESKTOP
    context, page, visit = open_page(
        browser, served.url("peta/"), viewport, has_touch=touch, is_mobile=touch
    )
    try:
        container = page.locator(".leaflet-container").first
        container.wait_for(timeout=15_000)
        classes = container.get_attribute("class").split()
        action = container.evaluate("(el) => getComputedStyle(el).touchAction")
        if touch:
            assert "leaflet-touch-drag" not in classes, classes
            assert action == "pan-x pan-y", action
        else:
            assert "leaflet-grab" in classes, classes
        # The scale sits at the top, clear of the credit line at the bottom.
        scale = page.locator(".leaflet-control-scale").first
        credit = page.locator(".leaflet-control-attribution").first
        assert (
            scale.bounding_box()["y"] + scale.bounding_box()["height"]
            < (credit.bounding_box()["y"])
        )
        assert visit.problems == []
    finally:
        context.close()


def test_on_a_phone_an_article_text_comes_before_its_data_panel(served, browser):
    """The report's text starts on the first screen, ahead of the data panel (which
    took two screens for a report naming 13 kabupaten/kota)."""
    root = served.site.root
    articles = sorted((root / "artikel").glob("*/index.html"))
    assert articles
    context, page, visit = open_page(browser, served.url(), PHONE)
    try:
        for article in articles:
            page.goto(served.url(article.parent.relative_to(root).as_posix() + "/"))
            text = page.locator(".isi-berita").bounding_box()
            panel = page.locator("aside.panel").bounding_box()
            assert text["y"] < panel["y"], article
            assert text["y"] < PHONE["height"], (article, text)
        assert visit.problems == []
    finally:
        context.close()


@pytest.mark.slow
def test_the_generated_build_passes_axe_on_a_phone_and_the_nu_checker(
    generated, browser, tmp_path
):
    """The content/ build is checked by tests/quality and test_pages; the 1,000-article
    build has longer pages (charts, lists, tables): one page of each type, at 360 px,
    no axe violation of any impact, and the Nu Html Checker finds no error in them."""
    import shutil

    from tests.quality.tools import AXE_JS, require_file, run_vnu, vnu_report

    axe = require_file(AXE_JS, "axe-core (npm)")
    by_type = generated.site.pages_by_type()
    sample = tmp_path / "contoh"
    found = []
    for kind, _ in sitecheck.PAGE_TYPES:
        for page_file in by_type.get(kind, [])[:1]:
            target = sample / page_file.relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page_file.path, target)
            # axe is injected as an inline script, which our CSP rightly forbids.
            context, page, _ = open_page(browser, page_file.url, PHONE, bypass_csp=True)
            try:
                page.wait_for_load_state("load")
                page.add_script_tag(path=str(axe))
                result = page.evaluate(
                    "async () => await axe.run(document, {resultTypes: ['violations']})"
                )
            finally:
                context.close()
            found += [
                f"{page_file.relative}: {v['id']} ({v['impact']}): {v['help']}"
                for v in result["violations"]
            ]
    assert found == []
    errors = run_vnu(sample)
    assert errors == [], vnu_report(errors, sample)


# The menu's links, in the order Tab reaches them (base.html).
MENU_LINKS = ".kepala nav a"


@pytest.mark.parametrize("where", ["", "en/"], ids=["id", "en"])
def test_on_a_phone_each_menu_link_reached_by_tab_is_shown_whole(
    served, browser, where
):
    """The phone menu is one row that scrolls sideways under a fade. A link that Tab
    reaches must be on screen whole and not faded: Chromium does not scroll a
    half-shown link into view, and the fade hid the focus ring of the last ones."""
    context, page, visit = open_page(browser, served.url(where), PHONE)
    hidden = []
    try:
        links = page.locator(MENU_LINKS)
        assert links.count() >= 8
        names = links.evaluate_all("links => links.map(a => a.textContent.trim())")
        page.locator(".nama-situs a").focus()
        for name in names:
            page.keyboard.press("Tab")
            shown = page.evaluate(
                """() => {
                    const a = document.activeElement;
                    const r = a.getBoundingClientRect();
                    const nav = a.closest('nav');
                    const mask = getComputedStyle(nav).maskImage
                        || getComputedStyle(nav).webkitMaskImage;
                    return {text: a.textContent.trim(), left: r.left, right: r.right,
                            bottom: r.bottom, mask: mask};
                }"""
            )
            assert shown["text"] == name
            if shown["left"] < 0 or shown["right"] > PHONE["width"]:
                hidden.append(f"{name}: {shown['left']:.0f}..{shown['right']:.0f}")
            if shown["mask"] not in ("none", None):
                hidden.append(f"{name}: faded ({shown['mask'][:30]})")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"menu-tab-{where or 'id'}360.png"))
        assert visit.problems == []
    finally:
        context.close()
    assert hidden == []


def test_a_tap_on_the_phone_menu_does_not_unfold_it(served, browser):
    """The menu unfolds for the keyboard only: a tap focuses a link without
    :focus-visible, so the row stays one row and the tapped link stays put."""
    context, page, visit = open_page(
        browser, served.url(), PHONE, has_touch=True, is_mobile=True
    )
    try:
        menu = page.locator(".kepala nav ul")
        height = menu.bounding_box()["height"]
        link = page.locator(MENU_LINKS).nth(2)
        # Stay on the page to measure it after the tap.
        link.evaluate("(a) => a.addEventListener('click', (e) => e.preventDefault())")
        link.tap()
        assert link.evaluate("(a) => a === document.activeElement")
        assert menu.bounding_box()["height"] == height
        assert visit.problems == []
    finally:
        context.close()


# Leaflet's own words (its zoom buttons and a popup's close button) and ours for them.
LEAFLET_WORDS = {
    "": ("Perbesar peta", "Perkecil peta", "Tutup"),
    "en/": ("Zoom in", "Zoom out", "Close"),
}


@pytest.mark.parametrize("where", ["", "en/"], ids=["id", "en"])
def test_a_maps_buttons_speak_the_pages_language(served, browser, where):
    """Leaflet names its buttons in English (title and aria-label); a screen reader on
    the Indonesian pages read out "Zoom in", "Zoom out" and "Close popup"."""
    zoom_in, zoom_out, close = LEAFLET_WORDS[where]
    context, page, visit = open_page(
        browser, served.url(where + "provinsi/kalimantan-barat/"), PHONE
    )
    try:
        page.locator(".leaflet-container").first.wait_for(timeout=15_000)
        for selector, word in (
            (".leaflet-control-zoom-in", zoom_in),
            (".leaflet-control-zoom-out", zoom_out),
        ):
            button = page.locator(selector).first
            assert button.get_attribute("title") == word
            assert button.get_attribute("aria-label") == word
        point = page.locator("path.leaflet-interactive, .marker-cluster").first
        point.wait_for(timeout=15_000)
        page.evaluate(
            "location.hash = '#' + document.querySelector('.tabel-tempat tbody tr').id"
        )
        button = page.locator(".leaflet-popup-close-button").first
        button.wait_for(timeout=10_000)
        assert button.get_attribute("aria-label") == close
        assert visit.problems == []
    finally:
        context.close()


@pytest.mark.parametrize(
    "where, words",
    [("", "indeks atau tag"), ("en/", "indexes or tags")],
    ids=["id", "en"],
)
def test_without_javascript_the_search_page_reads_as_sentences(
    served, browser, where, words
):
    """The note that replaces the search without JavaScript: its last two links were
    joined as "indeksatau" (a template newline trimmed away)."""
    context, page, visit = open_page(
        browser, served.url(where + "cari/"), PHONE, java_script_enabled=False
    )
    try:
        note = page.locator(".cari-tanpa-js")
        assert note.is_visible()
        assert words in " ".join(note.inner_text().split())
        assert not page.locator("#cari").is_visible()
        assert visit.problems == []
    finally:
        context.close()


@pytest.mark.parametrize(
    "where, size", [("", r"\d+(,\d)? KB"), ("en/", r"\d+(\.\d)? KB")], ids=["id", "en"]
)
def test_on_a_phone_the_open_data_downloads_fit_with_their_sizes(
    served, browser, where, size
):
    """The download table fits a phone (its size notes were 200 px off screen, in a
    table that scrolled sideways), and a size is written as the page's language
    writes numbers (2,5 KB in Indonesian, not 2.5 KB)."""
    import re

    context, page, visit = open_page(browser, served.url(where + "data/"), PHONE)
    try:
        table = page.locator("table.unduhan")
        box = table.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
        wrapper = table.evaluate(
            "(t) => [t.parentElement.scrollWidth, t.parentElement.clientWidth]"
        )
        assert wrapper[0] <= wrapper[1], wrapper
        for note in page.locator("table.unduhan small").all_inner_texts():
            for figure in re.findall(r"[\d.,]+ KB", note):
                assert re.fullmatch(size, figure), (note, figure)
        assert visit.problems == []
    finally:
        context.close()


BACK_UNDER_MONTH = """
() => {
  // The first month with two links: the first scrolled partly above the window
  // (so the month's heading sticks at the top), and focus on the second. Chromium
  // brings a half-shown link in by its nearest edge: the top of the window.
  for (const month of document.querySelectorAll('.linimasa > .bulan')) {
    const links = month.querySelectorAll('.hari a');
    if (links.length < 2) continue;
    const first = links[0].getBoundingClientRect();
    window.scrollTo(0, window.scrollY + first.top + 6);
    links[1].focus({preventScroll: true});
    return links[0].textContent.trim();
  }
  return null;
}
"""

UNDER = """
() => {
  const a = document.activeElement;
  const r = a.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + 4, 1), innerWidth - 1);
  const seen = document.elementFromPoint(x, Math.max(r.top + 2, 0));
  return {text: a.textContent.trim(), top: r.top,
          seen: seen && !a.contains(seen) ? seen.closest('h2, body').tagName : null};
}
"""


@pytest.mark.parametrize("where", ["linimasa/", "linimasa/kalimantan-barat/"])
def test_a_link_reached_backwards_is_not_under_the_sticky_month(served, browser, where):
    """A timeline's month heading sticks to the top; Shift+Tab scrolled the link
    before into view at the very top, under that heading (hidden whole when it
    is one line)."""
    context, page, visit = open_page(browser, served.url(where), PHONE)
    try:
        first = page.evaluate(BACK_UNDER_MONTH)
        assert first, "no month with two links"
        page.keyboard.press("Shift+Tab")
        shown = page.evaluate(UNDER)
        assert shown["text"] == first
        assert shown["seen"] is None, shown
        assert visit.problems == []
    finally:
        context.close()


def test_a_page_written_before_the_map_words_were_added_keeps_its_map(served, browser):
    """A page cached from before a word joined data-peta-pesan, with today's script:
    the missing words fall back to the script's own, not to a TypeError that
    leaves the map without controls."""
    import html
    import re

    url = served.url("provinsi/kalimantan-barat/")
    context, page, visit = open_page(browser, served.url("404.html"), PHONE)
    try:

        def older(route):
            body = route.fetch().text()

            def fewer(match):
                words = json.loads(html.unescape(match.group(1)))
                kept = {k: words[k] for k in ("berita", "dilaporkan", "lihat", "gagal")}
                return "data-peta-pesan='" + html.escape(json.dumps(kept)) + "'"

            body, n = re.subn(r"data-peta-pesan='([^']*)'", fewer, body)
            assert n
            route.fulfill(body=body, content_type="text/html; charset=utf-8")

        page.route(url, older)
        page.goto(url, wait_until="load")
        button = page.locator(".leaflet-control-zoom-in").first
        button.wait_for(timeout=15_000)
        assert button.get_attribute("aria-label") == "Perbesar peta"
        assert visit.problems == []
    finally:
        context.close()
