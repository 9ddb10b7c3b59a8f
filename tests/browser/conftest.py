"""Real Chromium (Debian's) driven by Playwright, against a built site on 127.0.0.1.

The site is built for a sub-path (http://127.0.0.1:PORT/arsip-uji/), as on a fork's
GitHub Pages. Every request to another host is aborted and recorded; tile requests
are counted apart. Console errors, page errors and dialogs are recorded per visit.
"""

from __future__ import annotations

import functools
import http.server
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ENGLISH_EDITION, ROOT, build_site
from tests.quality.sitecheck import Site
from tests.quality.tools import CHROMIUM, require

SUBPATH = "arsip-uji"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".geojson": "application/geo+json",
        ".json": "application/json",
    }

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Served:
    """A built site served on 127.0.0.1 under /arsip-uji/."""

    site: Site
    port: int

    def url(self, relative: str = "") -> str:
        return f"{self.site.siteurl}/{relative}"


@functools.cache
def tile_hosts() -> frozenset[str]:
    from arsip_core.settings import DEFAULTS

    host = urlsplit(DEFAULTS["ARSIP_MAPS_TILE_URL"].replace("{s}.", "")).hostname
    return frozenset({host or ""})


def serve(build) -> Iterator[Served]:
    """Serve ``build(output, siteurl)`` under the sub-path until the session ends."""
    port = free_port()
    siteurl = f"http://127.0.0.1:{port}/{SUBPATH}"
    www = build(siteurl)
    handler = functools.partial(_QuietHandler, directory=str(www))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(Site(www / SUBPATH, siteurl), port)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def served(tmp_path_factory) -> Iterator[Served]:
    """content/ built for a sub-path, with the English edition, and served."""

    def build(siteurl: str) -> Path:
        www = tmp_path_factory.mktemp("www")
        build_site(
            ROOT / "content",
            www / SUBPATH,
            SITEURL=siteurl,
            FEED_DOMAIN=siteurl,
            ARSIP_EDITIONS=ENGLISH_EDITION,
        )
        return www

    yield from serve(build)


@pytest.fixture(scope="session")
def browser():
    require(CHROMIUM.exists(), f"Debian's chromium missing at {CHROMIUM}: run .ci/run")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@dataclass
class Visit:
    """What happened while a page was open."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    tiles: int = 0
    failed: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return [
            *(f"console: {m}" for m in self.console_errors),
            *(f"pageerror: {m}" for m in self.page_errors),
            *(f"dialog: {m}" for m in self.dialogs),
            *(f"request to another host: {u}" for u in self.blocked),
            *(f"failed request: {u}" for u in self.failed),
        ]


def open_page(browser, url: str, viewport=DESKTOP, bypass_csp: bool = False, **options):
    """A new context and page that records a Visit; returns (context, page, visit).

    ``options`` go to ``browser.new_context`` (``has_touch=True`` for a phone).
    """
    context = browser.new_context(viewport=viewport, bypass_csp=bypass_csp, **options)
    visit = Visit()
    aborted: set[str] = set()

    def route(route):
        request_url = route.request.url
        host = urlsplit(request_url).hostname or ""
        if host in LOCAL_HOSTS or request_url.startswith(("data:", "blob:")):
            route.continue_()
            return
        aborted.add(request_url)
        if host in tile_hosts():
            visit.tiles += 1
        else:
            visit.blocked.append(request_url)
        route.abort("blockedbyclient")

    context.route("**/*", route)
    page = context.new_page()

    def on_console(message):
        if message.type != "error":
            return
        where = (message.location or {}).get("url", "")
        if where in aborted or "net::ERR_BLOCKED_BY_CLIENT" in message.text:
            return  # our own abort of a tile or third-party request
        visit.console_errors.append(message.text)

    def on_dialog(dialog):
        visit.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_response(response):
        if response.status >= 400 and urlsplit(response.url).hostname in LOCAL_HOSTS:
            visit.failed.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: visit.page_errors.append(str(error)))
    page.on("dialog", on_dialog)
    page.on("response", on_response)
    page.goto(url, wait_until="load")
    return context, page, visit
