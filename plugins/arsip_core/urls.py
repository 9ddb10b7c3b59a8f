"""Permanent article URLs: the slug comes from the file, old paths become aliases.

An article's URL is a citation. It is derived from what maintainers choose and never
from what the text says: a ``slug`` set once in the front matter or sidecar, else the
file's path in content/ (``2024/kalbar-apel.txt`` -> ``2024-kalbar-apel``). A title,
date or extracted field can change without moving the page. Paths a page had before
are listed under ``aliases:`` (Hugo's convention) and get a redirect page each. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit

from slugify import slugify

from arsip_core.bounds import safe_output_path

SLUG_LENGTH = 80
_ALIAS = re.compile(r"^[A-Za-z0-9._~%-]+(?:/[A-Za-z0-9._~%-]+)*/?$")


def path_slug(relative: str, page_paths: Iterable[str] = ()) -> str:
    """The slug of a file from its path in content/ (a page's folder left out)."""
    path = PurePosixPath(relative)
    for folder in page_paths:
        folder = folder.strip("/")
        if folder and path.parts[: len(PurePosixPath(folder).parts)] == tuple(
            PurePosixPath(folder).parts
        ):
            path = path.relative_to(folder)
            break
    text = "-".join((*path.parent.parts, path.stem))
    return slugify(text, max_length=SLUG_LENGTH, word_boundary=True)


def alias_paths(value: Any) -> tuple[tuple[str, ...], list[str]]:
    """Old paths of a page, as paths under the site (``artikel/lama/``), and why any
    given value was refused."""
    items = value if isinstance(value, (list, tuple)) else [value]
    paths: list[str] = []
    refused: list[str] = []
    for item in items:
        text = str(item).strip() if item is not None else ""
        path = urlsplit(text).path if "://" in text else text
        path = path.lstrip("/")
        # Decoded: an encoded ".." (%2e%2e) is refused too.
        if (
            not path
            or not _ALIAS.match(path)
            or any(part in (".", "..") for part in unquote(path).split("/"))
            or not safe_output_path(path)
        ):
            refused.append(text)
            continue
        if path not in paths:
            paths.append(path)
    return tuple(paths), refused


def alias_save_as(path: str) -> str:
    """The file a redirect page for ``path`` is written to."""
    if path.endswith((".html", ".htm")):
        return path
    return path.rstrip("/") + "/index.html"


_HOME_PATHS = {"", "/", "/index.html", "/index.htm", "/index.php", "/home", "/beranda"}


def is_home_page(url: str) -> bool:
    """Whether ``url`` is only a site's front page, not an article on it."""
    parts = urlsplit(url)
    return parts.path.lower().rstrip("/") in {p.rstrip("/") for p in _HOME_PATHS} and (
        not parts.query
    )


def correction_link(base: str, *, record_id: str, page_url: str, title: str) -> str:
    """``base`` (a GitHub "new issue" page, or a mailto:) prefilled for one record."""
    if not base:
        return ""
    body = (
        f"Halaman: {page_url}\nPengenal rekaman: {record_id}\n\n"
        "Apa yang salah:\n\nData yang benar dan sumbernya:\n"
    )
    subject = f"Koreksi {record_id}: {title}"[:120]
    key = "subject" if base.lower().startswith("mailto:") else "title"
    query = urlencode({key: subject, "body": body})
    return f"{base}{'&' if '?' in base else '?'}{query}"
