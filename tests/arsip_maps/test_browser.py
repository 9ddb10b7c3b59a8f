"""The maps in a real Chromium: they draw, cluster, open popups, and log no errors.

Tiles are answered locally with a blank PNG, so no test needs the network.
"""

from __future__ import annotations

import base64
import functools
import http.server
import threading
from pathlib import Path

import pytest

from tests.quality.conftest import ARTIFACTS
from tests.quality.tools import CHROMIUM, require

pytestmark = pytest.mark.browser

# A 1x1 transparent PNG stands in for every tile.
BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output clean
        pass


@pytest.fixture(scope="module")
def served(built_content):
    handler = functools.partial(_Quiet, directory=str(built_content))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    require(Path(CHROMIUM).is_file(), f"Chromium missing at {CHROMIUM}")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        yield browser
        browser.close()


def open_page(browser, url, width=360, requests=None):
    """A page with tiles stubbed; returns (page, problems, outside requests, tiles).

    ``requests``, a list, collects the URL of every request the page makes.
    """
    page = browser.new_page(viewport={"width": width, "height": 740})
    problems, outside, tiles = [], [], []
    if requests is not None:
        page.on("request", lambda r: requests.append(r.url))
    page.on(
        "console", lambda m: m.type in ("error", "warning") and problems.append(m.text)
    )
    page.on("pageerror", lambda e: problems.append(str(e)))

    def route(r):
        if r.request.url.startswith("https://tile.openstreetmap.org/"):
            tiles.append(r.request.url)
            return r.fulfill(status=200, content_type="image/png", body=BLANK_PNG)
        if not r.request.url.startswith(
            url.split("/", 3)[0] + "//" + url.split("/")[2]
        ):
            outside.append(r.request.url)
            return r.abort()
        return r.continue_()

    page.route("**/*", route)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page, problems, outside, tiles


def test_province_map_draws_clusters_and_popups(browser, served):
    page, problems, outside, tiles = open_page(
        browser, f"{served}/provinsi/kalimantan-barat/"
    )
    assert page.locator(".peta.peta-aktif.leaflet-container").count() == 1
    assert tiles, "no tile requested"
    markers = page.locator(".leaflet-interactive, .marker-cluster")
    assert markers.count() >= 1
    assert problems == [] and outside == []


def test_hash_centres_the_map_on_a_place_and_opens_its_popup(browser, served):
    page, problems, outside, _ = open_page(
        browser, f"{served}/provinsi/kalimantan-barat/#tempat-kabupaten-sambas"
    )
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    assert "Kabupaten Sambas" in popup.inner_text()
    assert "45 kegiatan" in popup.inner_text()
    link = popup.locator("a")
    assert link.get_attribute("href").endswith("/indeks/tempat/kabupaten-sambas/")
    # And the map zoomed in on it (Leaflet scales its proxy by 2**(zoom - 1)): 10.
    proxy = page.locator(".leaflet-proxy").first.get_attribute("style")
    assert "scale(512)" in proxy, proxy
    assert problems == [] and outside == []


def test_overview_map_draws_province_circles(browser, served):
    page, problems, outside, _ = open_page(browser, served + "/peta/")
    assert page.locator(".leaflet-container").count() >= 1
    assert page.locator("path.leaflet-interactive").count() >= 4
    assert problems == [] and outside == []


# Real text boxes of the home overview's labels and circles, in viewBox units.
OVERVIEW_BOXES = """() => {
  const svg = document.querySelector('.peta-ringkas svg');
  const box = el => { const b = el.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height]; };
  return {
    view: [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height],
    shown: svg.getBoundingClientRect().width,
    labels: Array.from(svg.querySelectorAll('text'), t => [t.textContent, box(t)]),
    circles: Array.from(svg.querySelectorAll('circle'), box),
  };
}"""


def _overlap(a, b):
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


@pytest.mark.parametrize("width", [320, 1280])
def test_home_overview_is_svg_and_loads_no_map(browser, served, width):
    requests = []
    page, problems, outside, tiles = open_page(browser, served + "/", width, requests)
    svg = page.locator(".peta-ringkas svg")
    assert svg.is_visible()
    assert tiles == [] and problems == [] and outside == []
    map_files = [u for u in requests if "/pustaka/" in u or "arsip-peta" in u]
    map_files += [u for u in requests if u.endswith((".js", ".geojson"))]
    assert map_files == []
    drawn = page.evaluate(OVERVIEW_BOXES)
    # It fits the phone's width, with no sideways scroll.
    assert drawn["shown"] <= width - 16
    assert (
        page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        <= 0
    )
    view_w, view_h = drawn["view"]
    labels = drawn["labels"]
    assert len(labels) == len(drawn["circles"]) == 5
    for i, (text, box) in enumerate(labels):
        assert box[0] >= 0 and box[1] >= 0, text
        assert box[2] <= view_w and box[3] <= view_h, text
        for other_text, other in labels[i + 1 :]:
            assert not _overlap(box, other), (text, other_text)
    # Labels are readable: at least 11 px on a 320 px phone.
    scale = drawn["shown"] / view_w
    font = page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector("
        "'.peta-ringkas text')).fontSize)"
    )
    assert font * scale >= 11
    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    svg.screenshot(path=str(shots / f"beranda-peta-ringkas-{width}.png"))


def test_a_province_circle_on_the_home_page_opens_its_page(browser, served):
    page, problems, outside, _ = open_page(browser, served + "/", 320)
    link = page.locator(".peta-ringkas svg a", has_text="Kalimantan Barat")
    assert link.count() == 1
    link.locator("circle").click()
    page.wait_for_url("**/provinsi/kalimantan-barat/")
    assert page.locator("h1").first.inner_text().startswith("Kalimantan Barat")
    assert problems == [] and outside == []


def test_home_overview_links_are_reached_by_keyboard(browser, served):
    page, *_ = open_page(browser, served + "/", 320)
    linked = page.evaluate(
        "() => Array.from(document.querySelectorAll('.peta-ringkas svg a'),"
        " a => a.textContent)"
    )
    assert len(linked) >= 3
    focused = []
    for _ in range(60):  # Tab through the page until focus leaves the overview
        page.keyboard.press("Tab")
        if page.evaluate("() => !!document.activeElement.closest('.peta-ringkas')"):
            focused.append(page.evaluate("() => document.activeElement.textContent"))
        elif focused:
            break
    assert focused == linked
    # A province without articles is text, not a link (content/ has one).
    empty = page.evaluate(
        "() => Array.from(document.querySelectorAll('.peta-ringkas .kosong'),"
        " g => g.textContent)"
    )
    assert empty and not set(empty) & set(focused)


def test_without_javascript_the_tables_remain(browser, served):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{served}/provinsi/kalimantan-barat/")
    assert not page.locator(".peta").first.is_visible()
    assert page.locator("#tempat-kabupaten-sambas").is_visible()
    context.close()
