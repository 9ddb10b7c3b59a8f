"""sitemap.xml and robots.txt from the built pages' own canonical links. Pure.

Reading the output rather than Pelican's context puts every page in the sitemap,
whichever plugin wrote it (maps, timelines, index pages), under the URL it declares.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from selectolax.lexbor import LexborHTMLParser

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class Entry:
    """One <url> of the sitemap."""

    loc: str
    lastmod: str | None = None


def entry_of(html: str) -> Entry | None:
    """The page's canonical URL and date, or None for a page not to be listed."""
    # All three are in <head>: parsing only it is 30,000 pages' bodies fewer at 10k.
    head_end = html.find("</head>")
    tree = LexborHTMLParser(html if head_end < 0 else html[: head_end + 7])
    robots = tree.css_first('meta[name="robots"]')
    if robots is not None and "noindex" in (robots.attributes.get("content") or ""):
        return None
    canonical = tree.css_first('link[rel="canonical"]')
    if canonical is None or not canonical.attributes.get("href"):
        return None
    published = tree.css_first('meta[property="article:published_time"]')
    lastmod = published.attributes.get("content") if published is not None else None
    return Entry(canonical.attributes["href"], lastmod or None)


def html_files(output: Path) -> list[tuple[str, ...]]:
    """Every ``*.html`` file under ``output`` as its path's segments, in the order
    of ``sorted(output.rglob("*.html"))``, found by ``os.walk`` (pathlib made a
    path object per file: a third of the sitemap's time). No link is followed."""
    root = os.fspath(output)
    found = []
    for folder, _dirs, files in os.walk(root):
        relative = os.path.relpath(folder, root)
        parts = () if relative == os.curdir else tuple(relative.split(os.sep))
        found += [(*parts, name) for name in files if name.endswith(".html")]
    return sorted(found)


# What a page's entry is kept under between builds: the file's size, modification
# time and inode. A page Pelican writes again gets a new time; one written through
# ``write_if_changed`` a new inode; a page left alone keeps all three.
Stamp = tuple[int, int, int]
Known = dict[str, tuple[Stamp, "Entry | None"]]


def _stamp(path: str) -> Stamp:
    stat = os.stat(path)
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def read_entries(output: Path, pages: Iterable[str], old: Known | None = None) -> Known:
    """The entries of ``pages`` (relative paths under ``output``) with their
    stamps, as ``collect`` keeps them, but for the pages ``old`` (the last build's
    table) already has under the same stamp. Read ahead, while other pages are
    still being written, ``collect`` then reads only the pages changed since."""
    root = os.fspath(output)
    old = old or {}
    known: Known = {}
    for relative in pages:
        path = os.path.join(root, *relative.split("/"))
        try:
            stamp = _stamp(path)
            seen = old.get(relative)
            if seen is not None and seen[0] == stamp:
                continue
            with open(path, encoding="utf-8", errors="replace") as handle:
                known[relative] = (stamp, entry_of(handle.read()))
        except OSError:
            continue
    return known


def collect(
    output: Path,
    skip: Iterable[str] = (),
    known: Known | None = None,
    files: list[tuple[str, ...]] | None = None,
) -> list[Entry]:
    """Entries of every HTML page under ``output`` (``skip``: relative paths).

    ``known`` (relative path -> (stamp, entry)) is the last build's: a page whose
    stamp is unchanged is not read again. It is updated in place to this build's
    pages, to be kept for the next one. ``files``: what ``html_files(output)``
    gives, when already known (the sweep walked the output just before)."""
    skipped = {s.lstrip("/") for s in skip if s}
    entries: dict[str, Entry] = {}
    root = os.fspath(output)
    old = dict(known) if known is not None else {}
    if known is not None:
        known.clear()
    for parts in html_files(output) if files is None else files:
        relative = "/".join(parts)
        if relative in skipped:
            continue
        path = os.path.join(root, *parts)
        stamp = _stamp(path) if known is not None else None
        seen = old.get(relative)
        if seen is not None and seen[0] == stamp:
            entry = seen[1]
        else:
            with open(path, encoding="utf-8", errors="replace") as handle:
                entry = entry_of(handle.read())
        if known is not None:
            known[relative] = (stamp, entry)
        if entry is not None:
            entries.setdefault(entry.loc, entry)
    return sorted(entries.values(), key=lambda e: e.loc)


def dump_known(known: Known) -> str:
    """``known`` as JSON text (for the cache folder)."""
    rows = {
        name: [list(stamp), None if e is None else [e.loc, e.lastmod]]
        for name, (stamp, e) in known.items()
    }
    return json.dumps(rows, separators=(",", ":"), sort_keys=True)


def load_known(text: str) -> Known:
    """What ``dump_known`` wrote; an empty table for anything unreadable."""
    try:
        rows = json.loads(text)
        return {
            name: (tuple(stamp), None if e is None else Entry(e[0], e[1]))
            for name, (stamp, e) in rows.items()
        }
    except (ValueError, TypeError, AttributeError, IndexError):
        return {}


def sitemap_xml(entries: Iterable[Entry]) -> bytes:
    """The sitemap document (sitemaps.org 0.9), UTF-8 with a declaration."""
    ET.register_namespace("", SITEMAP_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for entry in entries:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        if entry.lastmod:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = entry.lastmod
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


def robots_txt(
    sitemap_urls: str | Iterable[str] | None, disallow: Iterable[str] = ()
) -> str:
    """Allow everything but ``disallow``; name each sitemap whose URL is absolute."""
    if isinstance(sitemap_urls, str):
        sitemap_urls = [sitemap_urls]
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in disallow] or ["Allow: /"]
    absolute = [
        url for url in sitemap_urls or () if url.startswith(("http://", "https://"))
    ]
    if absolute:
        lines += ["", *(f"Sitemap: {url}" for url in absolute)]
    return "\n".join(lines) + "\n"
