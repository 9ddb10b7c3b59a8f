"""A saved web page (``.html``) -> ParsedArticle: metadata from the markup, text by
trafilatura, then the same text parsing as a pasted ``.txt``.

Pure: no Pelican import. Nothing of the page's markup leaves this module: only plain
text and plain metadata values do, so a saved page's scripts, styles and links can
never reach the site.

Which value wins (docs/record.md, "Halaman HTML"):

- title, outlet, author, URL and publication date found in the page's metadata win
  over what the text heuristics find;
- the publication date: schema.org JSON-LD ``datePublished``, then
  ``article:published_time`` and the CMS ``pubdate`` tags. When the article's visible
  stamp (``<time>`` or the header's date line) names another *day*, the visible
  stamp wins, with a warning naming both: it is what readers see and what a citation
  of the page refers to, and the usual cause of the disagreement is a CMS writing
  local time as UTC or a template's default; when both name the same day, the
  metadata's exact time and zone are kept.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
from lxml import etree

from arsip_core.model import ParsedArticle
from arsip_core.warnings import WarningCode, without
from arsip_extract.dateline import split_dateline
from arsip_extract.dates import parse_published
from arsip_reader.parse import ArticleRejected, normalise, parse_raw_text

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")
# Where a field came from; `arsip check` and laporan-build.json show it.
FROM_PAGE = "metadata-halaman"
FROM_TEXT = "teks"
FROM_MAINTAINER = "pengelola"
# Browsers write this comment at the top of a saved page; `arsip tambah` does too.
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE
)
# WHATWG: labels that mean windows-1252 in HTML.
_AS_WINDOWS_1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"})
_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "blogposting",
        "backgroundnewsarticle",
        "report",
    }
)
# Ancestors whose dates belong to other articles (sidebars, related lists).
_OTHER_ARTICLES = re.compile(
    r"related|terkait|populer|popular|sidebar|widget|terkini|latest|recommend|"
    r"rekomendasi|baca-?juga|site-footer|comment|komentar|trending|most|headline-list",
    re.IGNORECASE,
)
_STAMP_HINT = re.compile(
    r"date|time|tanggal|waktu|publish|posted|jadwal|meta|byline|info", re.IGNORECASE
)
_STAMP_PREFIX = re.compile(
    r"^\s*(?:diterbitkan|dipublikasikan|diposting|posted(?:\s+on)?|published|"
    r"terbit|update|diperbarui|tanggal)\s*(?:pada)?\s*[:\-–]?\s*",
    re.IGNORECASE,
)
_WEEKDAY_PREFIX = re.compile(
    r"^\s*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\s*,?\s*",
    re.IGNORECASE,
)
# "14/02/2024 10.05 WITA", "2024-02-14 10:05"
_NUMERIC_STAMP = re.compile(
    r"^(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"|(?P<y2>\d{4})[/-](?P<m2>\d{1,2})[/-](?P<d2>\d{1,2}))"
    r"(?:[,\s|T-]+(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.]\d{2})?)?"
    r"\s*(?P<zone>WIB|WITA|WIT)?\b",
    re.IGNORECASE,
)
_ZONES = {
    "WIB": ZoneInfo("Asia/Jakarta"),
    "WITA": ZoneInfo("Asia/Makassar"),
    "WIT": ZoneInfo("Asia/Jayapura"),
}
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:»]\s+")
_PAGE_IN_PATH = re.compile(r"/(?:page|halaman)?/?(\d{1,2})/?$")
_PAGE_SUFFIX = re.compile(
    r"\s*(?:[-|–]\s*)?(?:\(\s*)?(?:halaman|hal\.?|page)\s*\d+(?:\s*\))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PageMetadata:
    """What the markup says about the article (None where it says nothing)."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: datetime | None = None
    published_has_time: bool = False
    saved_from: str | None = None
    page_number: int | None = None
    warnings: tuple[str, ...] = ()


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Page bytes -> text: BOM, then the charset the server or the page declares,
    then UTF-8, then windows-1252 (what browsers assume for old Indonesian sites)."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    meta = _META_CHARSET.search(data[:4096])
    for label in (declared, meta[1].decode("ascii") if meta else None):
        name = _codec(label)
        if name is None:
            continue
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", errors="replace")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_WINDOWS_1252:
        return "windows-1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def saved_from(data: bytes) -> str | None:
    """The address in a browser's ``<!-- saved from url=(NN)... -->`` comment."""
    found = _SAVED_FROM.search(data[:2048])
    return found[1].decode("ascii", errors="replace") if found else None


def _text(value) -> str | None:
    """A metadata value as one clean line, or None."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if not isinstance(value, str):
        return None
    value = " ".join(normalise(value).split())
    return value or None


def _json_ld(tree) -> Iterator[dict]:
    """Every schema.org object in the page's JSON-LD blocks (``@graph`` opened)."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        raw = script.text or ""
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Some CMSs leave a trailing comma or a raw newline in a string.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(
                        item["@graph"] if isinstance(item["@graph"], list) else []
                    )
                yield item


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _meta(tree, *names: str) -> str | None:
    """The first non-empty ``<meta property|name|itemprop=...>`` of the names given."""
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for node in tree.xpath(f"//meta[@{attr}=$n]", n=name):
                value = _text(node.get("content"))
                if value:
                    return value
    return None


def _author_name(value) -> str | None:
    if isinstance(value, list):
        names = [_author_name(v) for v in value]
        names = [n for n in names if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        value = value.get("name")
    name = _text(value)
    if not name or name.lower().startswith(("http://", "https://")):
        return None
    return name


def _iso(value: str | None, tz: ZoneInfo) -> tuple[datetime | None, bool, bool]:
    """An ISO-like metadata date -> (aware datetime, has a time, zone written)."""
    if not value:
        return None, False, False
    text = value.strip().replace("/", "-")
    text = re.sub(r"^(\d{4}-\d{2}-\d{2}) (\d)", r"\1T\2", text)
    text = re.sub(r"Z$", "+00:00", text)
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return parse_stamp(value, tz), True, False
    has_time = "T" in text
    if when.tzinfo is not None:
        return when, has_time, True
    return when.replace(tzinfo=tz), has_time, False


def parse_stamp(text: str, tz: ZoneInfo) -> datetime | None:
    """A visible publication stamp, textual or numeric; None if it is not one."""
    text = " ".join(normalise(text).split())
    text = _STAMP_PREFIX.sub("", text)
    text = _WEEKDAY_PREFIX.sub("", text)
    found = parse_published(text, tz)
    if found is not None:
        return found
    match = _NUMERIC_STAMP.match(text)
    if not match:
        return None
    year, month, day = (
        (match["y"], match["m"], match["d"])
        if match["y"]
        else (match["y2"], match["m2"], match["d2"])
    )
    zone = _ZONES.get((match["zone"] or "").upper(), tz)
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(match["h"] or 0),
            int(match["mi"] or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None


def _date_attribute(tree) -> str | None:
    """A machine-readable date in the article's markup: ``itemprop=datePublished``,
    Blogger's ``abbr.published[title]``, then the first ``<time datetime>``."""
    for path, attr in (
        ("//*[@itemprop='datePublished']", "content"),
        ("//*[@itemprop='datePublished']", "datetime"),
        ("//abbr[contains(@class, 'published')]", "title"),
        ("//time[@datetime]", "datetime"),
    ):
        for node in tree.xpath(path):
            value = _text(node.get(attr))
            if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
                if not _in_other_article(node):
                    return value
    return None


def _in_other_article(node) -> bool:
    ancestors = list(node.iterancestors())
    in_article = any(a.tag == "article" for a in ancestors)
    for ancestor in ancestors:
        if ancestor.tag in ("aside", "nav") or (
            ancestor.tag == "footer" and not in_article
        ):
            return True
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if _OTHER_ARTICLES.search(marks):
            return True
    return False


def visible_stamp(tree, tz: ZoneInfo) -> datetime | None:
    """The article's own visible date stamp: the first ``<time>`` or date-like
    element outside sidebars and related lists, in document order."""
    body = tree.find(".//body")
    if body is None:
        return None
    for node in body.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag != "time" and not _STAMP_HINT.search(marks):
            continue
        text = node.text_content()
        if not text or len(text) > 120 or _in_other_article(node):
            continue
        for piece in (text, *re.split(r"\s*[|•·]\s*|\n", text)):
            found = parse_stamp(piece, tz)
            if found is not None:
                return found
    return None


def _clean_title(title: str | None, outlet: str | None, host: str | None) -> str | None:
    """Drop the site name a ``<title>`` or og:title carries: "Judul - Tribunkaltara"."""
    if not title:
        return None
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators:
        return title
    site_words = {w.lower() for w in re.findall(r"\w+", f"{outlet or ''} {host or ''}")}
    site_words -= {"www", "com", "co", "id", "news", "net", "or", "go", "berita"}

    def is_site(part: str) -> bool:
        words = {w.lower() for w in re.findall(r"\w+", part)}
        return bool(words & site_words) or bool(re.search(r"\.(?:com|id|net)\b", part))

    first, last = separators[0], separators[-1]
    if is_site(title[last.end() :]):
        return title[: last.start()].strip() or title
    if is_site(title[: first.start()]):
        return title[first.end() :].strip() or title
    return title


def _page_number(url: str | None, tree) -> int | None:
    """2, 3... for a later page of a paginated article; None for the first."""
    if url:
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        for key in ("page", "halaman", "hal", "p"):
            value = (query.get(key) or [""])[0]
            if value.isdigit() and int(value) > 1:
                return int(value)
        match = _PAGE_IN_PATH.search(parts.path)
        if match and 1 < int(match[1]) < 30 and parts.path.count("/") > 2:
            return int(match[1])
    if tree.xpath("//link[@rel='prev']"):
        return 2
    return None


def page_metadata(tree, tz: ZoneInfo, saved_url: str | None = None) -> PageMetadata:
    """Title, outlet, author, canonical URL and publication date from the markup."""
    headline = outlet = author = url = date_text = None
    for item in _json_ld(tree):
        kinds = _types(item)
        if kinds & _ARTICLE_TYPES:
            headline = headline or _text(item.get("headline") or item.get("name"))
            date_text = date_text or _text(item.get("datePublished"))
            author = author or _author_name(item.get("author"))
            publisher = item.get("publisher")
            outlet = outlet or _author_name(publisher)
            page = item.get("mainEntityOfPage")
            url = url or _text(page.get("@id") if isinstance(page, dict) else page)
            url = url or _text(item.get("url"))
        elif (
            "website" in kinds
            or "organization" in kinds
            or "newsmediaorganization" in kinds
        ):
            outlet = outlet or _text(item.get("name"))
    canonical = next(
        (
            _text(node.get("href"))
            for node in tree.xpath("//link[@rel='canonical']")
            if node.get("href")
        ),
        None,
    )
    url = canonical or _meta(tree, "og:url") or url
    outlet = _meta(tree, "og:site_name") or outlet
    host = urlsplit(url or saved_url or "").hostname
    title = headline or _clean_title(
        _meta(tree, "og:title", "twitter:title"), outlet, host
    )
    page_title = tree.find(".//title")
    page_title = _text(page_title.text_content()) if page_title is not None else None
    title = title or _clean_title(page_title, outlet, host)
    if not outlet and title and page_title and title in page_title:
        # Blogger and many themes: "<site>: <title>" or "<title> - <site>".
        rest = page_title.replace(title, "", 1).strip(" |-–—:»·")
        outlet = rest if 2 < len(rest) <= 60 else None
    author = author or _author_name(
        _meta(tree, "author", "article:author", "content_author", "dtk:author")
    )
    date_text = date_text or _meta(
        tree,
        "article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "content_PublishedDate",
        "dtk:publishdate",
        "og:published_time",
    )
    date_text = date_text or _date_attribute(tree)
    published, has_time, zoned = _iso(date_text, tz)
    if published is not None and published.utcoffset() == timedelta(0):
        # A CMS writing UTC ("Z", "+00:00"): the same instant, shown as local time.
        published = published.astimezone(tz)
    warnings: list[str] = []
    seen = visible_stamp(tree, tz)
    if (
        seen is not None
        and published is not None
        and not zoned
        and published.replace(tzinfo=None) == seen.replace(tzinfo=None)
    ):
        # A zone-less CMS tag ("2024-11-26 15:20:00") and the article's stamp at the
        # same wall time ("15:20 WITA"): the stamp says the zone.
        published = seen
    if seen is not None and published is not None:
        local = published.astimezone(seen.tzinfo)
        if local.date() != seen.date():
            warnings.append(
                f"tanggal di metadata halaman ({published.isoformat()}) berbeda dengan "
                f"tanggal yang tampil ({seen.isoformat()}); yang tampil dipakai"
            )
            published, has_time = seen, bool(seen.hour or seen.minute)
    elif published is None and seen is not None:
        published, has_time = seen, bool(seen.hour or seen.minute)
    page = _page_number(saved_url or url, tree)
    if page and title:
        title = _PAGE_SUFFIX.sub("", title) or title
    if page:
        warnings.append(
            f"halaman ke-{page} dari berita bersambung: teks halaman lain tidak ikut "
            "(simpan versi satu halaman, mis. ?page=all, bila ada)"
        )
    return PageMetadata(
        title=title,
        outlet=outlet,
        author=author,
        url=url if url and url.startswith(("http://", "https://")) else None,
        published=published,
        published_has_time=has_time,
        saved_from=saved_url,
        page_number=page,
        warnings=tuple(warnings),
    )


def main_text(html_text: str) -> str:
    """The article's main text, one paragraph per line, without the site's
    navigation, sidebars and comments (trafilatura)."""
    # Imported here: it takes half a second, which a build of .txt files never needs.
    import trafilatura

    text = trafilatura.extract(
        html_text,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
    )
    return normalise(text or "")


def from_dateline(body: str, within: int = 5) -> str:
    """The story from its dateline on: what a page's main text holds before a
    dateline in its first paragraphs is header (caption, summary, byline)."""
    lines = [line for line in body.split("\n") if line.strip()]
    for number, line in enumerate(lines[:within]):
        if split_dateline(line)[0]:
            return "\n".join(lines[number:]) if number else body
    return body


def html_tree(html_text: str):
    """The page parsed by lxml (metadata is read from it)."""
    try:
        return lxml.html.document_fromstring(html_text)
    except (etree.ParserError, ValueError):
        # lxml refuses str input that declares an XML encoding.
        return lxml.html.document_fromstring(html_text.encode("utf-8"))


def parse_html_page(
    data: bytes,
    source_path: str,
    tz: ZoneInfo,
    declared_charset: str | None = None,
) -> tuple[ParsedArticle, dict[str, str]]:
    """One saved page -> (ParsedArticle, field -> where it came from)."""
    html_text = decode_html(data, declared_charset)
    if not html_text.strip():
        raise ArticleRejected("berkas kosong")
    try:
        tree = html_tree(html_text)
    except (etree.ParserError, ValueError) as err:
        raise ArticleRejected(f"halaman HTML tidak terbaca: {err}") from None
    meta = page_metadata(tree, tz, saved_from(data))
    body = main_text(html_text)
    if not body.strip():
        raise ArticleRejected(
            "halaman HTML tanpa isi berita yang bisa diambil (simpan halaman berita "
            "itu sendiri, bukan halaman indeks)"
        )
    body = from_dateline(body)
    # The title goes first as a heading, so the text parser never takes the first
    # paragraph for it; a title repeated at the start of the body is dropped there.
    text = f"## {meta.title}\n\n{body}" if meta.title else body
    parsed = parse_raw_text(text, source_path)
    sources = {}
    changes = {}
    for name in ("title", "outlet", "author", "url", "published"):
        value = getattr(meta, name)
        if value:
            changes[name] = value
            sources[name] = FROM_PAGE
    if meta.url is None and meta.saved_from and meta.saved_from.startswith("http"):
        changes["url"] = meta.saved_from
        sources["url"] = FROM_PAGE
    warnings = list(parsed.warnings)
    if meta.title:
        warnings = list(without(warnings, WarningCode.NO_TITLE))
    if meta.published:
        warnings = list(without(warnings, WarningCode.NO_PUBLISHED))
        changes["published_precision"] = "minute" if meta.published_has_time else "day"
    changes["warnings"] = tuple(dict.fromkeys((*warnings, *meta.warnings)))
    return dataclasses.replace(parsed, **changes), sources
