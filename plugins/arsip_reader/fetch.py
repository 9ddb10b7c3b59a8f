"""Fetch one news page for ``arsip tambah``: http(s) only, bounded in time, size and
redirects, with an honest User-Agent and retries on server errors (urllib3).

No Pelican import. Errors are FetchError with a message for the maintainer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.message import Message
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import HTTPError, MaxRetryError, TimeoutError
from urllib3.util import Retry, Timeout

PROJECT = "arsip-pengamanan-pemilu-kalimantan"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({500, 502, 503, 504})


def user_agent() -> str:
    """Names the project and what it does, so a site's owner knows who asks."""
    try:
        release = version(PROJECT)
    except PackageNotFoundError:
        release = "dev"
    return (
        f"ArsipPengamananPemiluKalimantan/{release} "
        f"(arsip tambah; {PROJECT}; mengarsipkan satu berita atas permintaan pengelola)"
    )


class FetchError(Exception):
    """A page that could not be fetched; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Limits:
    """Bounds of one fetch."""

    timeout: float = 20.0  # seconds, for connecting and for each read
    total_seconds: float = 60.0  # the whole download, however slowly it trickles
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 2  # more tries after a 5xx or a refused connection
    backoff: float = 0.5  # seconds before the first retry, doubling


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class FetchedPage:
    """The bytes of one page and what the server said about them."""

    requested: str
    url: str  # after redirects
    data: bytes
    charset: str | None


def check_url(url: str) -> str:
    """The URL if it is one ``arsip tambah`` may fetch; FetchError otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError("hanya alamat http:// atau https:// yang bisa diambil")
    return url.strip()


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    message = Message()
    message["content-type"] = header
    return message.get_content_type(), message.get_param("charset")


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip()[:512].lower()
    return start.startswith((b"<!doctype html", b"<html", b"<!--", b"<head", b"<meta"))


def new_pool(limits: Limits) -> urllib3.PoolManager:
    """One connection pool for a run of ``arsip tambah``."""
    retry = Retry(
        total=limits.retries,
        connect=limits.retries,
        read=0,  # a read that timed out is not tried again: it would only wait longer
        status=limits.retries,
        redirect=False,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        backoff_factor=limits.backoff,
        raise_on_status=False,
        respect_retry_after_header=False,
    )
    return urllib3.PoolManager(
        retries=retry,
        timeout=Timeout(connect=limits.timeout, read=limits.timeout),
        headers={
            "User-Agent": user_agent(),
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Language": "id,en;q=0.5",
        },
    )


def fetch_page(
    url: str, limits: Limits = DEFAULT_LIMITS, pool: urllib3.PoolManager | None = None
) -> FetchedPage:
    """Download one HTML page, following at most ``max_redirects`` redirects."""
    requested = current = check_url(url)
    pool = pool or new_pool(limits)
    seen = {current}
    started = time.monotonic()
    for _hop in range(limits.max_redirects + 1):
        try:
            response = pool.request(
                "GET", current, redirect=False, preload_content=False
            )
        except MaxRetryError as err:
            raise FetchError(_reason(err.reason)) from None
        except (TimeoutError, HTTPError) as err:
            raise FetchError(_reason(err)) from None
        try:
            if response.status in REDIRECTS:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(f"pengalihan HTTP {response.status} tanpa alamat")
                current = check_url(urljoin(current, location))
                if current in seen:
                    raise FetchError(f"pengalihan berputar kembali ke {current}")
                seen.add(current)
                continue
            return _read_body(requested, current, response, limits, started)
        finally:
            response.release_conn()
    raise FetchError(f"terlalu banyak pengalihan (lebih dari {limits.max_redirects})")


def _read_body(requested, url, response, limits: Limits, started: float) -> FetchedPage:
    if response.status >= 400:
        label = {404: "halaman tidak ditemukan", 410: "halaman sudah dihapus"}.get(
            response.status,
            "server gagal" if response.status >= 500 else "permintaan ditolak",
        )
        tries = (
            f" setelah {limits.retries + 1} percobaan" if response.status >= 500 else ""
        )
        raise FetchError(f"{label} (HTTP {response.status}){tries}")
    kind, charset = _content_type(response.headers.get("Content-Type"))
    if kind is not None and kind not in HTML_TYPES:
        raise FetchError(f"bukan halaman HTML ({kind})")
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limits.max_bytes:
        raise FetchError(_too_large(int(length), limits))
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(65_536, decode_content=True):
            size += len(chunk)
            if size > limits.max_bytes:
                raise FetchError(_too_large(size, limits, at_least=True))
            if time.monotonic() - started > limits.total_seconds:
                raise FetchError(
                    f"unduhan lebih lama dari {limits.total_seconds:g} detik"
                )
            chunks.append(chunk)
    except (TimeoutError, HTTPError) as err:
        raise FetchError(_reason(err)) from None
    data = b"".join(chunks)
    if kind is None and not _looks_like_html(data):
        raise FetchError("bukan halaman HTML (jenis isi tidak disebut server)")
    return FetchedPage(requested=requested, url=url, data=data, charset=charset)


def _too_large(size: int, limits: Limits, at_least: bool = False) -> str:
    more = "lebih dari " if at_least else ""
    return (
        f"halaman terlalu besar ({more}{size / 1e6:.1f} MB; "
        f"batas {limits.max_bytes / 1e6:.0f} MB)"
    )


def _reason(err: BaseException | None) -> str:
    """A urllib3 failure in words."""
    if isinstance(err, TimeoutError):
        return "waktu habis menunggu server"
    if err is not None and "NameResolution" in type(err).__name__:
        return "nama server tidak ditemukan"
    if err is not None and "NewConnection" in type(err).__name__:
        return "tidak bisa tersambung ke server"
    if err is not None and "ResponseError" in type(err).__name__:
        return "server gagal berulang kali"
    return f"gagal mengambil halaman ({type(err).__name__ if err else 'tanpa sebab'})"
