"""A news site on 127.0.0.1 for `arsip tambah` tests: our own pages, redirects, errors.

Every page is ours (tests/fixtures/html/), modelled on the layouts of Indonesian news
sites; nothing here touches the network beyond the loopback interface.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
HTML = "text/html; charset=utf-8"
# path (with query) -> fixture file served as a page
ARTICLES = {
    "/berita/tribun": "tribun-portal.html",
    "/berita/tribun?page=2": "tribun-portal-page2.html",
    "/berita/jsonld": "jsonld-newsarticle.html",
    "/berita/og": "opengraph-only.html",
    "/berita/antara": "antara-regional.html",
    "/berita/wp/": "wordpress-local.html",
    "/2024/02/blogspot.html": "blogspot.html",
    "/berita/tanggal-beda": "date-conflict.html",
    "/berita/hostile": "hostile.html",
}
BIG = 20 * 1024 * 1024


class NewsSite(ThreadingHTTPServer):
    """The server and what it saw: hits per path and the User-Agents sent."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.slow_seconds = 3.0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: NewsSite

    def log_message(self, *args) -> None:
        """Quiet: pytest shows failures, not access logs."""

    def _send(self, status: int, body: bytes, kind: str = HTML, **headers) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        site = self.server
        site.hits[self.path] += 1
        site.agents.append(self.headers.get("User-Agent", ""))
        path = urlsplit(self.path).path
        if self.path in ARTICLES:
            self._send(200, (PAGES / ARTICLES[self.path]).read_bytes())
        elif path == "/berita/1252":
            text = (PAGES / "windows-1252.html").read_text(encoding="utf-8")
            body = text.encode("windows-1252")
            self._send(200, body, "text/html; charset=windows-1252")
        elif path == "/pindah":
            self._redirect(301, "/berita/jsonld")
        elif path == "/pindah-relatif/a":
            self._redirect(302, "b")
        elif path == "/pindah-relatif/b":
            self._redirect(307, "/berita/antara")
        elif path.startswith("/putar/"):
            self._redirect(302, "/putar/b" if path.endswith("/a") else "/putar/a")
        elif path.startswith("/jauh/"):
            self._redirect(302, f"/jauh/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/ke-ftp":
            self._redirect(302, "ftp://127.0.0.1/berkas")
        elif path == "/hilang":
            self._send(
                404, b"<html><body><h1>Halaman tidak ditemukan</h1></body></html>"
            )
        elif path == "/rusak":
            self._send(500, b"<html><body>Kesalahan server</body></html>")
        elif path == "/rusak-sekali":
            if site.hits[self.path] == 1:
                self._send(503, b"<html><body>Sibuk</body></html>")
            else:
                self._send(200, (PAGES / "opengraph-only.html").read_bytes())
        elif path == "/lambat":
            time.sleep(site.slow_seconds)
            self._send(200, (PAGES / "opengraph-only.html").read_bytes())
        elif path == "/dokumen.pdf":
            self._send(200, b"%PDF-1.4\n% bukan halaman\n", "application/pdf")
        elif path == "/tanpa-jenis.pdf":
            self.send_response(200)
            self.send_header("Content-Length", "20")
            self.end_headers()
            self.wfile.write(b"%PDF-1.4\n%%EOF     \n")
        elif path == "/besar":
            self._big(with_length=True)
        elif path == "/besar-tanpa-panjang":
            self._big(with_length=False)
        else:
            self._send(404, b"<html><body>tidak ada</body></html>")

    def _big(self, with_length: bool) -> None:
        """A 20 MB page; without Content-Length the client must count as it reads."""
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        if with_length:
            self.send_header("Content-Length", str(BIG))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        line = b"<p>Isi halaman yang sangat panjang untuk menguji batas ukuran.</p>\n"
        sent = 0
        try:
            while sent < BIG:
                self.wfile.write(line * 1000)
                sent += len(line) * 1000
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit, as it should


def start() -> tuple[NewsSite, threading.Thread]:
    """Start the site in a thread; stop it with ``site.shutdown()``."""
    site = NewsSite()
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    return site, thread
