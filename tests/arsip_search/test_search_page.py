"""The search page in real Chromium, on a site published under a sub-path.

What a shared link does: ``?q=`` runs the search, ``urut=`` sorts by date,
``filter.<name>=`` preselects a filter; typing keeps ``?q=`` in the address; without
JavaScript the page says what to do instead.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import socket
import threading
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import build_site
from tests.quality.tools import CHROMIUM, require
from tests.temu import SLUGS, TEMU

pytestmark = pytest.mark.browser
PREFIX = "/arsip/"
PERSONEL = {  # the fixture articles whose text has "personel", by date
    "terlama": ["kalbar_kampanye_lengkap.md", "kaltim_tps_pilkada.md"],
    "terbaru": ["kaltim_tps_pilkada.md", "kalbar_kampanye_lengkap.md"],
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".wasm": "application/wasm",
    }

    def translate_path(self, path):
        # The site lives under /arsip/, like a GitHub Pages project site.
        if path.startswith(PREFIX):
            path = "/" + path[len(PREFIX) :]
        elif not path.startswith("/favicon.ico"):
            path = "/__di-luar-sub-path__"
        return super().translate_path(path)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[str]:
    """The fixture articles built for http://127.0.0.1:PORT/arsip and served there."""
    port = _free_port()
    siteurl = f"http://127.0.0.1:{port}{PREFIX.rstrip('/')}"
    root = tmp_path_factory.mktemp("cari")
    shutil.copytree(TEMU, root / "content")
    (root / "content" / "pages").mkdir(exist_ok=True)
    # A shard per month (four shards): date order must hold across shards.
    output = build_site(
        root / "content", root / "output", SITEURL=siteurl, ARSIP_SEARCH_SHARD_PAGES=1
    )
    with _serving(output, _Handler, port):
        yield siteurl


@contextlib.contextmanager
def _serving(folder, handler_class, port: int = 0) -> Iterator[int]:
    """Serve ``folder`` on 127.0.0.1 in a thread; yield the port."""
    handler = functools.partial(handler_class, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        thread.join()


@pytest.fixture(scope="module")
def chromium():
    require(CHROMIUM.is_file(), f"Chromium missing at {CHROMIUM}")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()


def _open(chromium, url: str, javascript: bool = True):
    context = chromium.new_context(java_script_enabled=javascript)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda err: problems.append(f"pageerror: {err}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on(
        "console",
        lambda m: (
            problems.append(f"console: {m.text}")
            # A failed load is reported below with its URL (the browser asks for a favicon).
            if m.type == "error" and "Failed to load resource" not in m.text
            else None
        ),
    )
    page.on(
        "response",
        lambda r: (
            problems.append(f"{r.status}: {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico")
            else None
        ),
    )
    page.on(
        "requestfailed",
        lambda r: None if "favicon" in r.url else problems.append(f"failed: {r.url}"),
    )
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.requests = requests
    return context, page, problems


def _results(page, count: int) -> list[str]:
    page.wait_for_function(
        "n => document.querySelectorAll('#cari-hasil h2 a').length === n",
        arg=count,
        timeout=15_000,
    )
    return page.locator("#cari-hasil h2 a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )


def _paths(sources: list[str]) -> list[str]:
    return [f"{PREFIX}artikel/{SLUGS[s]}/" for s in sources]


@pytest.mark.parametrize("order", sorted(PERSONEL))
def test_a_shared_link_searches_and_sorts_by_date(site, chromium, order):
    context, page, problems = _open(chromium, f"{site}/cari/?q=personel&urut={order}")
    try:
        assert _results(page, 2) == _paths(PERSONEL[order])
        assert page.locator("#cari-kata").input_value() == "personel"
        assert page.locator("#cari-urut").input_value() == order
        # Each result shows its date, province and outlet.
        facts = page.locator("#cari-hasil .cari-info").all_inner_texts()
        assert "27 November 2024 · Kalimantan Timur · Kaltim Today" in facts
        # No CDN: Pagefind, its WebAssembly and the index come from the site itself.
        primary = "/pagefind/bagian/2024-11/pagefind.js"
        assert any(u.endswith(primary) for u in page.requests)
        assert all(u.startswith(f"{site}/") for u in page.requests), page.requests
        assert problems == []
    finally:
        context.close()


def test_a_filter_in_the_link_is_preselected_and_can_be_cleared(site, chromium):
    url = f"{site}/cari/?q=personel&filter.Provinsi=Kalimantan%20Timur"
    context, page, problems = _open(chromium, url)
    try:
        assert _results(page, 1) == _paths(["kaltim_tps_pilkada.md"])
        # The status says which filter narrows the results (the panel may be closed).
        status = page.locator("#cari-status").inner_text()
        assert status == (
            "1 berita ditemukan untuk “personel” dengan filter Provinsi: "
            "Kalimantan Timur."
        )
        page.locator("#cari-hapus-filter").click()
        assert sorted(_results(page, 2)) == sorted(_paths(PERSONEL["terlama"]))
        assert page.locator("input[type=checkbox]:checked").count() == 0
        assert page.locator("#cari-hapus-filter").is_hidden()
        assert parse_qs(urlsplit(page.url).query) == {"q": ["personel"]}
        assert problems == []
    finally:
        context.close()


def test_typing_keeps_the_query_in_the_address(site, chromium):
    context, page, problems = _open(chromium, f"{site}/cari/")
    try:
        # The box has a visible label.
        assert page.locator("label[for='cari-kata']").is_visible()
        page.locator("#cari-kata").fill("kampanye")
        _results(page, 1)
        query = parse_qs(urlsplit(page.url).query)
        assert query == {"q": ["kampanye"]}
        assert urlsplit(page.url).path == f"{PREFIX}cari/"
    finally:
        context.close()


def test_without_javascript_the_page_points_to_the_indexes(site, chromium):
    context, page, _ = _open(chromium, f"{site}/cari/?q=personel", javascript=False)
    try:
        text = page.locator("main").inner_text()
        assert "Pencarian memerlukan JavaScript" in text
        hrefs = page.locator("main noscript a, main a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        )
        assert f"{site}/semua/" in hrefs
    finally:
        context.close()


def test_the_first_search_fetches_no_filter_data(site, chromium):
    """The filter lists are in the page, so only a picked filter's chunk is fetched."""
    context, page, problems = _open(chromium, f"{site}/cari/?q=personel")
    try:
        _results(page, 2)
        page.wait_for_load_state("networkidle")
        assert [u for u in page.requests if u.endswith(".pf_filter")] == []
        # Nor Pagefind's ready-made UI, which would load them all.
        assert [u for u in page.requests if "pagefind-ui" in u] == []
        # The panel lists each value with its number of articles.
        kaltim = page.locator("input[name='filter.Provinsi'][value='Kalimantan Timur']")
        assert kaltim.locator("xpath=..").text_content().split() == [
            "Kalimantan",
            "Timur",
            "1",
        ]
        page.locator("details[data-filter='Provinsi'] summary").click()
        kaltim.check()
        assert _results(page, 1) == _paths(["kaltim_tps_pilkada.md"])
        page.wait_for_load_state("networkidle")
        # One chunk of the picked filter from each shard (a shard per month here).
        chunks = [u for u in page.requests if u.endswith(".pf_filter")]
        shards = sorted(u.split("/bagian/")[1].split("/")[0] for u in chunks)
        assert shards == ["2024-02", "2024-10", "2024-11", "tanpa-tanggal"]
        query = parse_qs(urlsplit(page.url).query)
        assert query == {"q": ["personel"], "filter.Provinsi": ["Kalimantan Timur"]}
        assert problems == []
    finally:
        context.close()


def test_a_filter_alone_lists_its_articles_newest_first(site, chromium):
    url = (
        f"{site}/cari/?filter.Kegiatan=Pengamanan%20TPS"
        "&filter.Kegiatan=Pengamanan%20kampanye"
    )
    context, page, problems = _open(chromium, url)
    try:
        hrefs = page.locator("#cari-hasil h2 a")
        hrefs.first.wait_for(timeout=15_000)
        found = hrefs.evaluate_all("links => links.map(a => a.getAttribute('href'))")
        # Values of one filter are alternatives: either activity matches.
        assert found == _paths(["kaltim_tps_pilkada.md", "kalbar_kampanye_lengkap.md"])
        assert "berita ditemukan" in page.locator("#cari-status").inner_text()
        assert problems == []
    finally:
        context.close()


def test_matched_words_are_marked_and_nothing_else_is_markup(site, chromium):
    context, page, problems = _open(chromium, f"{site}/cari/?q=kampanye")
    try:
        _results(page, 1)
        marks = page.locator("#cari-hasil .cari-cuplikan mark").all_inner_texts()
        assert marks and all("kampanye" in m.lower() for m in marks)
        tags = page.evaluate(
            "() => [...document.querySelectorAll('#cari-hasil .cari-cuplikan *')]"
            ".map(e => e.tagName)"
        )
        assert set(tags) == {"MARK"}
        assert problems == []
    finally:
        context.close()


ARTICLE = """---
judul: Patroli malam ke-{n} di Kota Pontianak
tanggal: 2024-02-{day:02d}
provinsi: Kalimantan Barat
---
Polresta Pontianak menggelar patroli malam ke-{n} menjelang pemungutan suara.
"""


class _AtRoot(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def twelve(tmp_path_factory) -> Iterator[str]:
    """Twelve articles with the same word, served at the site root."""
    root = tmp_path_factory.mktemp("dua-belas")
    content = root / "content"
    (content / "pages").mkdir(parents=True)
    for n in range(1, 13):
        (content / f"patroli-{n:02d}.md").write_text(
            ARTICLE.format(n=n, day=n), encoding="utf-8"
        )
    output = build_site(content, root / "output")
    with _serving(output, _AtRoot) as port:
        yield f"http://127.0.0.1:{port}"


def test_more_results_load_ten_at_a_time(twelve, chromium):
    context, page, problems = _open(chromium, f"{twelve}/cari/?q=patroli&urut=terbaru")
    try:
        links = page.locator("#cari-hasil h2 a")
        page.wait_for_function(
            "() => document.querySelectorAll('#cari-hasil h2 a').length === 10",
            timeout=15_000,
        )
        assert "12 berita ditemukan" in page.locator("#cari-status").inner_text()
        more = page.locator("#cari-lagi")
        assert more.is_visible()
        more.click()
        page.wait_for_function(
            "() => document.querySelectorAll('#cari-hasil h2 a').length === 12",
            timeout=15_000,
        )
        assert more.is_hidden()
        titles = links.all_inner_texts()
        # Newest first, no result twice.
        assert titles[0].startswith("Patroli malam ke-12")
        assert titles[-1].startswith("Patroli malam ke-1 ")
        assert len(set(titles)) == 12
        assert problems == []
    finally:
        context.close()


PHONE = {"width": 360, "height": 740}


def test_on_a_phone_pressing_cari_brings_the_results_into_view(site, chromium):
    """The form and its filters fill a phone's screen: the results must not start
    out of sight, and the count line gets the focus for a screen reader."""
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        page.goto(f"{site}/cari/")
        box = page.locator("#cari-kata")
        box.wait_for(state="visible", timeout=15_000)
        box.fill("personel")
        box.press("Enter")
        _results(page, 2)
        page.wait_for_function(
            "() => document.activeElement && document.activeElement.id === 'cari-status'",
            timeout=15_000,
        )
        first = page.locator("#cari-hasil li").first.bounding_box()
        assert first is not None
        assert 0 <= first["y"] < PHONE["height"], first
        assert "2 berita ditemukan" in page.locator("#cari-status").inner_text()
    finally:
        context.close()


def test_an_opened_filter_counts_the_current_results(site, chromium):
    context, page, problems = _open(chromium, f"{site}/cari/?q=kampanye")
    try:
        _results(page, 1)
        group = page.locator("details[data-filter='Provinsi']")
        kaltim = group.locator("input[value='Kalimantan Timur'] ~ .jumlah")
        note = group.locator(".cari-filter-ket")
        # Closed: archive totals, and the group says so.
        assert kaltim.text_content() == "1"
        assert "seluruh arsip" in note.text_content()
        group.locator("summary").click()
        # Open: its chunk is loaded, and the counts follow "kampanye" (Kalbar only).
        page.wait_for_function(
            "() => document.querySelector("
            "\"details[data-filter='Provinsi'] .cari-filter-ket\")"
            ".textContent.includes('hasil pencarian ini')",
            timeout=15_000,
        )
        assert kaltim.text_content() == "0"
        kalbar = group.locator("input[value='Kalimantan Barat'] ~ .jumlah")
        assert kalbar.text_content() == "1"
        assert problems == []
    finally:
        context.close()


def test_no_result_suggests_the_index_pages(site, chromium):
    context, page, problems = _open(chromium, f"{site}/cari/?q=zzqxw")
    try:
        hint = page.locator("#cari-kosong")
        hint.wait_for(state="visible", timeout=15_000)
        hrefs = hint.locator("a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        )
        assert f"{site}/semua/" in hrefs
        assert any("/indeks/tempat/" in h for h in hrefs), hrefs
        assert "Tidak ada berita" in page.locator("#cari-status").inner_text()
        # A search that finds something hides the hint again.
        page.locator("#cari-kata").fill("personel")
        _results(page, 2)
        assert hint.is_hidden()
        assert problems == []
    finally:
        context.close()


# --- Shards loaded only when a search needs them ---------------------------------

MONTHS = {"2024-01": 5, "2024-02": 5, "2024-03": 12}  # articles per month
BULAN = {"Januari": 1, "Februari": 2, "Maret": 3}


@pytest.fixture(scope="module")
def months(tmp_path_factory) -> Iterator[str]:
    """22 articles with "patroli" over three months, a search shard each (the newest
    holds 12), served at the site root."""
    root = tmp_path_factory.mktemp("tiga-bulan")
    content = root / "content"
    (content / "pages").mkdir(parents=True)
    n = 0
    for month, count in MONTHS.items():
        for day in range(1, count + 1):
            n += 1
            (content / f"patroli-{month}-{day:02d}.md").write_text(
                ARTICLE.format(n=n, day=day).replace("2024-02-", f"{month}-"),
                encoding="utf-8",
            )
    output = build_site(content, root / "output", ARSIP_SEARCH_SHARD_PAGES=1)
    with _serving(output, _AtRoot) as port:
        yield f"http://127.0.0.1:{port}"


def _shards_fetched(page) -> set[str]:
    """The shards whose files (entry, metadata, index, fragments) the page fetched."""
    return {
        url.split("/bagian/")[1].split("/")[0]
        for url in page.requests
        if "/bagian/" in url and not url.endswith("/pagefind.js")
    }


def _dates(page) -> list[tuple[int, int]]:
    """(month, day) of each result, from its info line ("5 Maret 2024 · ...")."""
    dates = []
    for line in page.locator("#cari-hasil .cari-info").all_inner_texts():
        day, month, _year = line.split(" · ")[0].split()
        dates.append((BULAN[month], int(day)))
    return dates


def test_a_first_search_reads_only_the_newest_shard(months, chromium):
    """Newest first (the default): the newest shard holds a page of results, so the
    older shards are not fetched; "Tampilkan lebih banyak" reads them, in order."""
    context, page, problems = _open(chromium, f"{months}/cari/?q=patroli")
    try:
        _results(page, 10)
        page.wait_for_load_state("networkidle")
        assert _shards_fetched(page) == {"2024-03"}
        # Pagefind runs on the page's thread: no worker script (the same code again).
        assert not [u for u in page.requests if "pagefind-worker" in u]
        # The total is not known before the older shards are read.
        status = page.locator("#cari-status").inner_text()
        assert status == "Sedikitnya 12 berita ditemukan untuk “patroli”."
        assert page.locator("#cari-urut").input_value() == "terbaru"
        assert _dates(page) == [(3, d) for d in range(12, 2, -1)]
        page.locator("#cari-lagi").click()
        _results(page, 20)
        assert _shards_fetched(page) == {"2024-03", "2024-02", "2024-01"}
        status = page.locator("#cari-status").inner_text()
        assert status == "22 berita ditemukan untuk “patroli”."
        page.locator("#cari-lagi").click()
        _results(page, 22)
        assert page.locator("#cari-lagi").is_hidden()
        expected = [
            (m, d) for m in (3, 2, 1) for d in range(MONTHS[f"2024-0{m}"], 0, -1)
        ]
        assert _dates(page) == expected
        assert problems == []
    finally:
        context.close()


def test_oldest_first_reads_the_oldest_shards_until_a_page_is_full(months, chromium):
    context, page, problems = _open(chromium, f"{months}/cari/?q=patroli&urut=terlama")
    try:
        _results(page, 10)
        page.wait_for_load_state("networkidle")
        # January holds 5: February is read too; March is not needed yet.
        assert _shards_fetched(page) == {"2024-01", "2024-02"}
        expected = [(m, d) for m in (1, 2) for d in range(1, 6)]
        assert _dates(page) == expected
        assert page.locator("#cari-lagi").is_visible()
        page.locator("#cari-lagi").click()
        _results(page, 20)
        assert _dates(page)[10:] == [(3, d) for d in range(1, 11)]
        assert problems == []
    finally:
        context.close()


def test_relevance_and_an_opened_filter_read_every_shard(months, chromium):
    context, page, problems = _open(chromium, f"{months}/cari/?q=patroli&urut=relevan")
    try:
        _results(page, 10)
        assert _shards_fetched(page) == {"2024-03", "2024-02", "2024-01"}
        assert "22 berita ditemukan" in page.locator("#cari-status").inner_text()
        assert problems == []
    finally:
        context.close()
    context, page, problems = _open(chromium, f"{months}/cari/?q=patroli")
    try:
        _results(page, 10)
        page.wait_for_load_state("networkidle")
        assert _shards_fetched(page) == {"2024-03"}
        # An opened filter counts the current results: every shard is read.
        page.locator("details[data-filter='Provinsi'] summary").click()
        kalbar = page.locator(
            "details[data-filter='Provinsi'] input[value='Kalimantan Barat'] ~ .jumlah"
        )
        page.wait_for_function(
            "() => document.querySelector("
            "\"details[data-filter='Provinsi'] .cari-filter-ket\")"
            ".textContent.includes('hasil pencarian ini')",
            timeout=15_000,
        )
        assert kalbar.text_content() == "22"
        assert _shards_fetched(page) == {"2024-03", "2024-02", "2024-01"}
        assert "22 berita ditemukan" in page.locator("#cari-status").inner_text()
        assert problems == []
    finally:
        context.close()


def test_a_picked_filter_value_reads_only_the_shards_that_hold_it(months, chromium):
    """The search page knows which shards hold a filter value: January's articles
    come from January's shard alone, in date order and relevance alike."""
    for order in ("", "&urut=relevan"):
        url = f"{months}/cari/?q=patroli&filter.Bulan=2024-01%20Januari{order}"
        context, page, problems = _open(chromium, url)
        try:
            _results(page, 5)
            page.wait_for_load_state("networkidle")
            assert _shards_fetched(page) == {"2024-01"}
            status = page.locator("#cari-status").inner_text()
            assert status.startswith("5 berita ditemukan untuk “patroli”"), status
            # The address opened the month group to show the picked value; its
            # counts stay the archive's (live counts would read every shard).
            group = page.locator("details[data-filter='Bulan']")
            assert group.get_attribute("open") is not None
            note = group.locator(".cari-filter-ket").text_content()
            assert "seluruh arsip" in note
            assert problems == []
        finally:
            context.close()
