"""One article file -> record and HTML: decode, front matter, parse, extract, override.

Pure: no Pelican import, so the ``arsip`` command and the tests use exactly what the
site uses.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

from markdown_it import MarkdownIt

from arsip_core.bounds import read_regular
from arsip_core.model import RECORD_FIELDS, ParsedArticle, Record, replace_record
from arsip_core.similarity import text_signature
from arsip_core.textpolicy import normalise_policy
from arsip_core.urls import is_home_page
from arsip_core.warnings import WarningCode, coded, settle_doubts, warn, without
from arsip_extract import extract_record
from arsip_extract.dateline import split_dateline
from arsip_extract.doubts import page_doubts
from arsip_reader.overrides import (
    PELICAN_KEYS,
    TEXT_POLICY_KEY,
    apply_overrides,
    coerce_published,
    load_yaml_mapping,
    normalise_keys,
    safe_url,
)
from arsip_reader.parse import (
    ArticleRejected,
    _first_sentence,
    decode,
    parse_raw_text,
    split_front_matter,
)
from arsip_reader.webpage import (
    FROM_MAINTAINER,
    FROM_TEXT,
    HTML_SUFFIXES,
    parse_html_page,
)

DEFAULT_MAX_BYTES = 2_000_000
# A saved web page carries its markup, scripts and styles around the text.
HTML_SIZE_FACTOR = 5
SIDECAR_SUFFIXES = (".yaml", ".yml")
# A sidecar holds a record's corrections: a few hundred bytes. Far more is a mistake
# (or an attack on the YAML parser) and is not parsed at all.
MAX_SIDECAR_BYTES = 256_000
SIDECAR = "berkas pendamping"


@dataclass(frozen=True)
class SidecarOutcome:
    """A sidecar read with its article: its name in content/, and why it was
    refused (then its article is published with the extracted values)."""

    source: str
    reason: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class ArticleSource:
    """Everything the Pelican reader needs to publish one file."""

    record: Record
    html: str
    published: datetime | None
    published_has_time: bool = False
    pelican_metadata: dict[str, Any] = field(default_factory=dict)
    credit: str | None = None
    site: str | None = None
    excerpt: str = ""
    # Record field -> "metadata-halaman", "teks" or "pengelola" (webpage.FROM_*).
    field_sources: dict[str, str] = field(default_factory=dict)
    # MinHash signature of the full body for story grouping (arsip_stories), made
    # here so it is computed in the reader's workers and kept in the content cache.
    story_signature: bytes = b""
    # The body's first paragraph as plain text (what an ``excerpt`` policy may show)
    # and the maintainer's ``text_policy``, if any (arsip_core.textpolicy).
    first_paragraph: str = ""
    text_policy: str | None = None
    # The article's sidecars and what became of each (reported under their names).
    sidecars: tuple[SidecarOutcome, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.record.warnings


def new_markdown() -> MarkdownIt:
    """One renderer, reused for every file: raw HTML off, unsafe links refused."""
    return MarkdownIt("commonmark", {"html": False, "typographer": False}).enable(
        "table"
    )


def record_id(source_path: str) -> str:
    """A stable id from the file's place in content/ (a site URL is not unique)."""
    key = str(Path(source_path).with_suffix("").as_posix())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def sidecar_for(path: Path) -> Path | None:
    """The ``<name>.yaml`` beside a ``<name>.txt``, if the maintainer made one."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_suffix(suffix)
        # A link is returned too: read_sidecar refuses it, under its own name.
        if _file_or_link(candidate):
            return candidate
    return None


# What pathlib's is_file() and is_symlink() read as "no such file" (pathlib's own
# list) rather than raise.
_MISSING = frozenset((errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP))


def _file_or_link(path: Path) -> bool:
    """``path.is_file() or path.is_symlink()`` in one ``lstat``: a regular file or
    a link to anything. Asked for every article's two sidecar names, twice (its
    cache stamp, then its reading); the two calls took two system calls for each
    missing name."""
    try:
        mode = os.lstat(path).st_mode
    except OSError as err:
        if err.errno in _MISSING:
            return False
        raise
    except ValueError:  # a name the system cannot take (a NUL byte)
        return False
    return stat.S_ISREG(mode) or stat.S_ISLNK(mode)


def read_sidecar(path: Path) -> dict[str, Any]:
    """A sidecar's values; ArticleRejected (reason and line) when it cannot be used.

    A link is never followed (it could lead out of content/), a file that is not a
    regular one or is over MAX_SIDECAR_BYTES is not read."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise ArticleRejected(f"{SIDECAR} berupa tautan simbolik: tidak dibaca")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleRejected(f"{SIDECAR} bukan berkas biasa: tidak dibaca")
    if info.st_size > MAX_SIDECAR_BYTES:
        raise ArticleRejected(
            f"{SIDECAR} terlalu besar ({info.st_size:,} byte; batas "
            f"{MAX_SIDECAR_BYTES:,} byte): tidak dibaca".replace(",", ".")
        )
    data = read_regular(path, MAX_SIDECAR_BYTES)
    if len(data) > MAX_SIDECAR_BYTES:
        raise ArticleRejected(f"{SIDECAR} berubah saat dibaca: tidak dibaca")
    return load_yaml_mapping(decode(data), what=SIDECAR)


def sidecar_stamp(path: Path) -> bytes:
    """What a sidecar's cache stamp is made of, read as read_sidecar would: a
    link's own text (never what it points to), a too large or odd file's size."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        return b"link:" + os.readlink(path).encode("utf-8", "surrogateescape")
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SIDECAR_BYTES:
        return f"odd:{info.st_mode}:{info.st_size}:{info.st_mtime_ns}".encode()
    return path.read_bytes()


def sidecar_name(source_path: str, sidecar: Path) -> str:
    """A sidecar's name as the report gives it: beside its article in content/."""
    return (PurePosixPath(source_path).parent / sidecar.name).as_posix()


def read_sidecars(
    path: Path, source_path: str
) -> tuple[dict[str, Any], tuple[SidecarOutcome, ...], list[str]]:
    """The values of an article's sidecars, what became of each, and a warning for
    the article per refused sidecar (its values are then not used at all)."""
    values: dict[str, Any] = {}
    outcomes = []
    warnings = []
    for sidecar in input_files(path)[1:]:
        name = sidecar_name(source_path, sidecar)
        try:
            values.update(read_sidecar(sidecar))
        except (ArticleRejected, OSError) as err:
            reason = getattr(err, "reason", None) or (
                f"{SIDECAR} tidak bisa dibaca: {getattr(err, 'strerror', None) or err}"
            )
            line = getattr(err, "line", None)
            outcomes.append(SidecarOutcome(name, reason, line))
            where = f" baris {line}" if line else ""
            warnings.append(
                warn(
                    WarningCode.SIDECAR_REFUSED,
                    f"{SIDECAR} {name}{where} ditolak: {reason}; "
                    "nilai hasil ekstraksi dipakai",
                )
            )
            continue
        outcomes.append(SidecarOutcome(name))
    return values, tuple(outcomes), warnings


def input_files(path: Path) -> tuple[Path, ...]:
    """Every file one article is read from: itself and, for ``.txt`` and a saved
    page, its sidecar."""
    has_sidecar = path.suffix == ".txt" or path.suffix.lower() in HTML_SUFFIXES
    sidecar = sidecar_for(path) if has_sidecar else None
    return (path, sidecar) if sidecar is not None else (path,)


_MD_MARKUP = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|>\s?)|[*_`]|\[([^\]]*)\]\([^)]*\)"
)
# A line _MD_MARKUP can change holds one of these characters or opens as a block
# (its first alternative, anchored at 0): any other line is left as it is, without
# trying the three alternatives at each of its characters (74 -> 37 us an article).
_MD_MARKUP_CHAR = re.compile(r"[*_`\[]")
_MD_BLOCK_START = re.compile(r"\s{0,3}(?:#{1,6}\s+|[-*+]\s+|>\s?)")


def _link_text(match: re.Match[str]) -> str:
    return match.group(1) or ""


def _markdown_paragraphs(body: str) -> list[str]:
    """Plain-text paragraphs of a Markdown body, for extraction."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        lines = [
            (
                _MD_MARKUP.sub(_link_text, ln)
                if _MD_MARKUP_CHAR.search(ln) or _MD_BLOCK_START.match(ln)
                else ln
            ).strip()
            for ln in block.split("\n")
        ]
        text = " ".join(ln for ln in lines if ln)
        if text:
            paragraphs.append(text)
    return paragraphs


def read_article(
    path: str | Path,
    source_path: str | None = None,
    *,
    tz: ZoneInfo,
    markdown: MarkdownIt | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extract: bool = True,
    known_provinces: frozenset[str] = frozenset(),
) -> ArticleSource:
    """Read one ``.txt`` or ``.md`` file; ArticleRejected when it cannot publish."""
    path = Path(path)
    source_path = source_path or path.name
    size = path.stat().st_size
    is_html = path.suffix.lower() in HTML_SUFFIXES
    if is_html:
        max_bytes *= HTML_SIZE_FACTOR
    if size > max_bytes:
        raise ArticleRejected(
            f"berkas terlalu besar ({size:,} byte; batas {max_bytes:,} byte)".replace(
                ",", "."
            )
        )
    # At most one byte over the limit, whatever the size said, never through a
    # link, never from a pipe or a device (arsip_core.bounds.read_regular).
    data = read_regular(path, max_bytes)
    if len(data) > max_bytes:
        raise ArticleRejected(
            f"berkas terlalu besar (lebih dari {max_bytes:,} byte)".replace(",", ".")
        )
    if is_html:
        front, body, body_line = None, "", 1
    else:
        front, body, body_line = split_front_matter(decode(data))
    values = load_yaml_mapping(front, first_line=2) if front is not None else {}
    from_sidecars, sidecars, sidecar_warnings = read_sidecars(path, source_path)
    values.update(from_sidecars)
    values = normalise_keys(values)
    markdown = markdown or new_markdown()

    page_sources: dict[str, str] = {}
    if is_html:
        parsed, page_sources = parse_html_page(data, source_path, tz)
        body_markdown = "\n\n".join(parsed.paragraphs)
    elif path.suffix == ".txt":
        parsed = parse_raw_text(body, source_path)
        body_markdown = "\n\n".join(parsed.paragraphs)
    else:
        parsed = _parse_markdown_article(
            body, source_path, values, tz, is_page=not extract
        )
        body_markdown = body
    if not body_markdown.strip():
        raise ArticleRejected("tidak ada isi berita", line=body_line)
    # The maintainer's publication date is the one extraction counts from (a weekday
    # named in the text, "kemarin"), not only the one the record shows.
    given = coerce_published(values.get("published"), tz)
    if given is not None and given != parsed.published:
        parsed = dataclasses.replace(
            parsed,
            published=given,
            warnings=without(parsed.warnings, WarningCode.NO_PUBLISHED),
        )

    record = (
        extract_record(parsed)
        if extract
        else Record(
            title=parsed.title or "", source_file=source_path, warnings=parsed.warnings
        )
    )
    # The reader's own findings always stand; extraction may have refined them.
    record = replace_record(
        record,
        warnings=coded(record.warnings, WarningCode.EXTRACTION),
        title=record.title or parsed.title or "",
        outlet=record.outlet or parsed.outlet,
        url=safe_url(record.url or parsed.url),
        author=record.author or parsed.author,
        source_file=source_path,
    )
    if extract and not is_html:
        doubts = page_doubts(body, record)
        record = (
            replace_record(record, warnings=(*record.warnings, *doubts))
            if doubts
            else record
        )
    overridden = apply_overrides(record, values, tz=tz, known_provinces=known_provinces)
    record = overridden.record
    # What the maintainer gave is no longer missing.
    settled = [
        code
        for key, code in (
            ("title", WarningCode.NO_TITLE),
            ("published", WarningCode.NO_PUBLISHED),
        )
        if key in overridden.accepted and getattr(record, key)
    ]
    record = replace_record(
        record,
        id=record.id if "id" in overridden.accepted else record_id(source_path),
        warnings=tuple(
            dict.fromkeys(
                (
                    *settle_doubts(
                        without(record.warnings, *settled), overridden.accepted
                    ),
                    *overridden.warnings,
                    *sidecar_warnings,
                )
            )
        ),
    )
    if extract:
        record = checked_source(record)
    published = _as_datetime(record.published, tz)
    pelican_metadata = {k: values[k] for k in PELICAN_KEYS if k in values}
    body_html = render_body(
        markdown, body_markdown, parsed.paragraphs, ".txt" if is_html else path.suffix
    )
    return ArticleSource(
        record=record,
        html=body_html,
        published=published,
        published_has_time=bool(record.published and "T" in record.published),
        pelican_metadata=pelican_metadata,
        credit=parsed.credit,
        site=parsed.site,
        excerpt=_excerpt(parsed.paragraphs),
        field_sources=field_sources(record, page_sources, values),
        story_signature=text_signature(body_html),
        first_paragraph=next((p.strip() for p in parsed.paragraphs if p.strip()), ""),
        text_policy=normalise_policy(values.get(TEXT_POLICY_KEY)),
        sidecars=sidecars,
    )


def field_sources(
    record: Record, page: dict[str, str], maintainer: dict[str, Any]
) -> dict[str, str]:
    """Where each filled record field came from: maintainer, page metadata or text."""
    sources = {}
    # The fields themselves, not ``to_dict()``: only whether each is empty counts
    # here, and copying the whole record to plain data cost ~50 us an article.
    for name in RECORD_FIELDS:
        value = getattr(record, name)
        if name in ("id", "source_file", "warnings") or value in (None, "", [], ()):
            continue
        if name in maintainer:
            sources[name] = FROM_MAINTAINER
        else:
            sources[name] = page.get(name, FROM_TEXT)
    return sources


def checked_source(record: Record) -> Record:
    """An article's link to its original: a warning when it is missing, and a site's
    front page is no source (it is dropped, with a warning)."""
    if record.url and is_home_page(record.url):
        message = (
            f"alamat sumber {record.url} hanya halaman depan situs, bukan beritanya: "
            "tidak dipakai; isi url berita aslinya di berkas pendamping .yaml"
        )
        return replace_record(
            record,
            url=None,
            warnings=(*record.warnings, warn(WarningCode.SOURCE_HOME_PAGE, message)),
        )
    if not record.url:
        message = (
            "alamat berita asli tidak diketahui: isi url di berkas pendamping .yaml"
        )
        return replace_record(
            record,
            warnings=(*record.warnings, warn(WarningCode.SOURCE_MISSING, message)),
        )
    return record


# What Markdown could read as markup in a paragraph of raw text: inline syntax and
# entities anywhere, block syntax at the start, line breaks. A paragraph without any
# of it renders as <p>text</p> with only " escaped (markdown-it's escapeHtml; & < >
# are excluded here), so raw text need not go through the parser.
# The two halves are searched apart: a pattern that opens with a character class is
# scanned for that class alone, where the alternation tried both halves at every
# character (57 -> 18 us for an article's paragraphs).
_MARKUP_CHAR = re.compile(r"[\\`*_\[\]<>&|~!#\n]")
_MARKUP_START = re.compile(r"\s*(?:[-+=]|\d{1,9}[.)](?:\s|$))")
_QUOTE = '"'


def has_markup(text: str) -> bool:
    """Whether ``text`` holds what Markdown could read as markup (see above)."""
    return (
        _MARKUP_CHAR.search(text) is not None or _MARKUP_START.match(text) is not None
    )


def render_body(
    markdown: MarkdownIt, body: str, paragraphs: tuple[str, ...], suffix: str
) -> str:
    """HTML of an article body; plain raw-text paragraphs skip markdown-it, which
    gives the same bytes for them (tests/arsip_reader/test_pipeline.py)."""
    if suffix == ".txt" and paragraphs and not any(map(has_markup, paragraphs)):
        return "".join(f"<p>{p.replace(_QUOTE, '&quot;')}</p>\n" for p in paragraphs)
    return _one_line_paragraphs(markdown, body) or markdown.render(body)


# A line markdown-it could read as more than a paragraph (a list item, a heading, a
# quote, a fence, a table row, a thematic break, a link reference definition).
# Stars then a letter ("**Palangka Raya** - ...") are emphasis, never a list or a
# break, so a line may start with them.
_BLOCK_START = re.compile(r"[-+=#>`~|<\[_]|\d{1,9}[.)](?:\s|$)|\*(?!\**[^\s*])")


def _one_line_paragraphs(markdown: MarkdownIt, body: str) -> str | None:
    """markdown-it's HTML of a body made only of one-line paragraphs between blank
    lines (the usual article), or None for any other body.

    Such paragraphs cannot touch each other, so each renders alone: one without
    markup as the raw-text path writes it, one with inline markup through
    markdown-it's inline parser alone; the plain ones (all but a bold dateline and
    an italic credit in the usual article) skip markdown-it's character-by-character
    parse. tests/arsip_reader/test_render.py compares both ways."""
    if "\r" in body or "\0" in body:
        return None
    parts = []
    previous_blank = True
    for line in body.split("\n"):
        if not line.strip(" \t"):
            previous_blank = True
            continue
        if not previous_blank or line != line.strip():
            return None
        previous_blank = False
        if not has_markup(line):
            parts.append(f"<p>{line.replace(_QUOTE, '&quot;')}</p>\n")
        elif _BLOCK_START.match(line):
            return None
        else:
            parts.append(f"<p>{markdown.renderInline(line)}</p>\n")
    return "".join(parts) if parts else None


def _as_datetime(iso: str | None, tz: ZoneInfo) -> datetime | None:
    """A record's ``published`` (date-time, or a date alone) as an aware datetime."""
    if not iso:
        return None
    when = datetime.fromisoformat(iso)
    return when if when.tzinfo else when.replace(tzinfo=tz)


# A paragraph ending in one of these needs no full stop before the next one.
_CLOSING = tuple(".!?…:;\"'”’)")


def _sentence(paragraph: str) -> str:
    """A paragraph as a sentence: a full stop added when it ends without one."""
    paragraph = paragraph.strip()
    if paragraph and not paragraph.endswith(_CLOSING):
        return paragraph + "."
    return paragraph


def excerpt_of(paragraphs: tuple[str, ...], limit: int = 220) -> str:
    """The summary listings show: see ``_excerpt``."""
    return _excerpt(paragraphs, limit)


def _excerpt(paragraphs: tuple[str, ...], limit: int = 220) -> str:
    """The first two paragraphs as sentences, cut at a word near ``limit``."""
    # A heading-like first paragraph ("…legislatif") must not run into the next.
    first = [p.strip() for p in paragraphs[:2] if p.strip()]
    text = " ".join([*map(_sentence, first[:-1]), *first[-1:]])
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _parse_markdown_article(
    body: str, source_path: str, values: dict[str, Any], tz: ZoneInfo, is_page: bool
) -> ParsedArticle:
    paragraphs = _markdown_paragraphs(body)
    if not paragraphs:
        raise ArticleRejected("tidak ada isi berita")
    dateline = values.get("dateline_place")
    if dateline is None:
        dateline, first = split_dateline(paragraphs[0])
        if dateline:
            paragraphs[0] = first.strip()
    warnings = []
    title = values.get("title")
    if not title:
        title = _first_sentence(paragraphs[0])
        warnings.append(
            warn(
                WarningCode.NO_TITLE,
                "judul tidak ada: memakai kalimat pertama sebagai judul",
            )
        )
    published = coerce_published(values.get("published"), tz)
    if published is None and not is_page:
        warnings.append(
            warn(
                WarningCode.NO_PUBLISHED,
                "tanggal terbit tidak ditemukan: tanggal ditandai tidak diketahui",
            )
        )
    return ParsedArticle(
        source_path=source_path,
        title=str(title),
        outlet=values.get("outlet"),
        author=values.get("author"),
        url=safe_url(values.get("url")),
        published=published,
        dateline_place=dateline,
        paragraphs=tuple(paragraphs),
        warnings=tuple(warnings),
    )
