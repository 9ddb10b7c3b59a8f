"""Raw article text, as pasted from a news site, -> ParsedArticle.

Pure functions: no Pelican import. The formats are those of the seed articles
(``shared/seeds/README.md``):

- a Markdown-ish header: ``# Outlet``, ``## Title``, ``Author - [SITE](url)``, a
  date line, then the body;
- the same with plain lines: ``Outlet``, ``Title``, ``Author - SITE``, date line;
- a title line, then the body (dateline such as ``Balikpapan, 20 September 2024 –``);
- the body alone, one paragraph per line (ANTARA), with trailing ``Baca juga:`` lines
  and a ``Berita Terkait`` list.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from arsip_core.model import ParsedArticle
from arsip_core.outlets import outlet_key
from arsip_core.warnings import Warning, WarningCode, doubt, warn
from arsip_extract.dateline import (
    Dateline,
    DatelinePlace,
    _known_place,
    find_dateline,
    split_dateline,
    split_found,
)
from arsip_extract.dates import WIB, parse_published
from arsip_extract.lead import compile_ahead
from arsip_extract.stamps import find_stamp, parse_stamp
from arsip_reader.frame import (
    author_of,
    brand,
    cut_tail,
    is_caption,
    listed_site,
    own_site,
    read_frame,
    republished_title,
    signed_site,
)


class ArticleRejected(ValueError):
    """A file that cannot become an article; the message says why."""

    def __init__(self, reason: str, line: int | None = None):
        self.reason = reason
        self.line = line
        where = f" (baris {line})" if line else ""
        super().__init__(f"{reason}{where}")


@dataclass(frozen=True)
class Byline:
    author: str | None
    site: str | None
    url: str | None


# "Safiyudin - [KARAWANG.IWO.OR.ID](http://KARAWANG.IWO.OR.ID)" or
# "Indra Gunawan - PALANGKARAYA.24JAM.CO.ID"
_BYLINE = re.compile(
    r"^(?P<author>[^\[\]()]{1,80}?)\s+[-–—]\s+"
    r"(?:\[(?P<site>[^\]]+)\]\((?P<url>[^)\s]+)\)|(?P<bare>[\w-]+(?:\.[\w-]+)+))\s*$"
)
# Lines that only point at other articles; dropped wherever they stand.
_READ_ALSO = re.compile(
    r"^\s*(?:baca|simak|lihat)\s+(?:juga|pula)\b\s*[:：\-–]?", re.IGNORECASE
)
# Headings after which everything belongs to other articles.
_TRAILING_LISTS = re.compile(
    r"^\s*(?:berita|artikel|baca)\s+(?:terkait|lainnya|lain|juga)\s*:?\s*$"
    r"|^\s*(?:terpopuler|berita\s+populer|rekomendasi)\s*:?\s*$",
    re.IGNORECASE,
)
_TERMINAL = tuple(".!?\"”’')»:;")
# Words that cannot end an Indonesian sentence: a paragraph ending in one was broken.
_CONTINUATION_WORDS = frozenset(
    """di ke dari dan yang dengan untuk oleh pada dalam serta atau bahwa melalui
    kepada para sebagai bagi akan juga guna agar maupun antara tentang terhadap
    menyampaikan mengatakan menjelaskan menegaskan mengungkapkan menyebut
    melaksanakan memimpin bersama selaku yakni yaitu adalah ialah
    polda polres polresta polsek kapolda kapolres kapolresta wakapolda kabid
    kabidhumas kasatgas kombes pol irjen brigjen akbp""".split()
)
_CREDIT = re.compile(r"^\((?P<credit>[^()]{1,60})\)$")
_TRAILING_CREDIT = re.compile(r"\s*\((?P<credit>[A-Za-z][A-Za-z0-9 ./-]{0,15})\)\s*$")
_FRONT_MATTER_FENCE = "---"
# "Tarakan (ANTARA) -": a news agency named in the dateline is the outlet.
_AGENCY = re.compile(r"^[^()\n]{1,40}\((?P<agency>[A-Z][A-Za-z]{2,20})\)\s*[-–—]")


def decode(data: bytes) -> str:
    """Bytes -> text; NUL bytes and invalid UTF-8 are rejected with their line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise ArticleRejected("berkas kosong")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ArticleRejected(
            "berkas biner: berisi byte NUL", line=data.count(b"\n", 0, nul) + 1
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise ArticleRejected(
            "bukan teks UTF-8 yang sah (simpan ulang berkas sebagai UTF-8)", line=line
        ) from None
    return normalise(text)


def normalise(text: str) -> str:
    """Unify line endings and spaces as pasted from browsers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\t", " ")
    if text.isascii():
        # The same characters deleted by bytes.translate: 10 -> 3 us an article.
        text = text.encode("ascii").translate(None, _FORBIDDEN_ASCII).decode("ascii")
    else:
        text = _FORBIDDEN_IN_HTML.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


# Control characters (C0 but newline, DEL, C1) and noncharacters: HTML forbids them
# and no news text needs them (a pasted U+0085 or U+009B reached pages as is).
_FORBIDDEN_IN_HTML = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]"
)
# Those of them in ASCII, as bytes.
_FORBIDDEN_ASCII = bytes(c for c in range(128) if _FORBIDDEN_IN_HTML.match(chr(c)))


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Return (front matter or None, rest, line number where the rest starts)."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != _FRONT_MATTER_FENCE:
        return None, text, 1
    for end in range(first + 1, len(lines)):
        if lines[end].strip() in (_FRONT_MATTER_FENCE, "..."):
            return (
                "\n".join(lines[first + 1 : end]),
                "\n".join(lines[end + 1 :]),
                end + 2,
            )
    raise ArticleRejected("front matter tidak ditutup dengan '---'", line=first + 1)


def parse_byline(line: str) -> Byline | None:
    """Read ``Author - [SITE](url)`` or ``Author - SITE``."""
    match = _BYLINE.match(line.strip())
    if not match or not _name_like(match["author"]):
        return None
    if _known_place(match["author"]):
        return None  # "PONTIANAK – situsku.com": a dateline, the site after its dash
    site = match["site"] or match["bare"]
    url = match["url"] or None
    if url is None and site and "." in site:
        url = None  # a bare site name is not a link to the article
    return Byline(author=match["author"].strip(), site=site, url=url)


# Lower-case words a person's name may hold ("Ahmad bin Umar", "Maria de Fatima").
_NAME_PARTICLES = frozenset(("bin", "binti", "van", "de", "da", "al", "el", "dan"))


def _name_like(author: str) -> bool:
    """Whether a seed byline's author part is a name, not a headline ending in
    " – SITE.TV" ("36 Pilkades Serentak di Bengkayang, Waspadai …"): it opens
    with no figure and holds no lower-case word but a name's particles."""
    words = author.split()
    return not author[:1].isdigit() and not any(
        w.isalpha() and w.islower() and w not in _NAME_PARTICLES for w in words
    )


def _strip_heading(line: str) -> tuple[int, str]:
    match = re.match(r"^(#{1,6})\s+(.*)$", line.strip())
    if match:
        return len(match[1]), match[2].strip()
    return 0, line.strip()


# A tag of the page's HTML source left in a pasted text ("<p><strong>SAMPIT</strong>,").
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


# Tags of the page's source that break lines (``<br />``, a paragraph's ``<p …>`` and
# ``</p>``), left in a pasted text: read as the line breaks they draw.
_BREAK_TAG = re.compile(r"<(?:br\s*/?|/?p(?:\s[^<>]*)?)>", re.IGNORECASE)


# "( 11/2/2024 )", "(7/ 1/2024)": a date in brackets with spaces inside them.
_BRACKET_DATE = re.compile(
    r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{2,4}))?\s*\)"
)


def _tight_date(match: re.Match[str]) -> str:
    """``( 7/ 1/2024 )`` -> ``(7/1/2024)``."""
    year = f"/{match['y']}" if match["y"] else ""
    return f"({match['d']}/{match['m']}{year})"


def _blocks(lines: list[str]) -> list[str]:
    """Non-empty lines, each a candidate paragraph.

    A line pasted from the page's source (it opens with a tag: ``<p>…</p>``) keeps its
    words without the tags; a line of tags alone (``</div>``, ``<img …/>``) goes.
    Runs of spaces become one.
    """
    out = []
    for line in lines:
        # Runs of spaces a paste leaves ("Barito  Utara,  10  Desember") and spaces
        # inside a bracketed date ("( 11/2/2024 )") are read as one space / none.
        line = " ".join(line.split())
        if "( " in line or " )" in line or "/ " in line or " /" in line:
            line = _BRACKET_DATE.sub(_tight_date, line)
        if line.startswith("<") and _HTML_TAG.match(line):
            line = " ".join(_HTML_TAG.sub(" ", line).split())
            line = re.sub(r" (?=[,.;:!?])", "", line)
        if line:
            out.append(line)
    return out


def _drop_boilerplate(paragraphs: list[str]) -> list[str]:
    kept = []
    for para in paragraphs:
        if _TRAILING_LISTS.match(para):
            break
        if _READ_ALSO.match(para):
            continue
        kept.append(para)
    return kept


def _is_broken(previous: str, following: str) -> bool:
    if previous.endswith(_TERMINAL) or re.match(r"^\d+[.)]\s", following):
        return False
    if following[:1].islower() or following[:1] in "),":
        return True  # a line break inside a sentence or a bracket
    last_word = re.sub(r"[^\w]", "", previous.rsplit(None, 1)[-1]).lower()
    return last_word in _CONTINUATION_WORDS


def rejoin(paragraphs: list[str]) -> list[str]:
    """Join paragraphs that a blank line broke mid-sentence."""
    joined: list[str] = []
    for para in paragraphs:
        if joined and _is_broken(joined[-1], para):
            joined[-1] = f"{joined[-1]} {para}"
        else:
            joined.append(para)
    return joined


# Abbreviations whose full stop does not end a sentence ("Kombes Pol. Budi").
_ABBREVIATIONS = frozenset(
    "pol prov kab no hlm dll dsb drs dr ir h hj st jl sdr kec kel tgl".split()
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def _first_sentence(text: str, limit: int = 120) -> str:
    text = text.strip()
    sentence = text
    for match in _SENTENCE_END.finditer(text):
        word = text[: match.start()].rsplit(None, 1)[-1].lower()
        if word.strip(",.") in _ABBREVIATIONS or len(word) <= 2:
            continue
        sentence = text[: match.start()]
        break
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence.rstrip(".")


def _looks_like_title(line: str) -> bool:
    return 10 <= len(line) <= 200 and not line.endswith((".", ",", ";", ":"))


# A statement given to a named outlet: "kepada detikcom", "kepada Borneonews",
# "kepada wartawan Situs.com" (not "kepada wartawan", "kepada Antara": no site's form).
_ASKED_BY = compile_ahead(
    r"\bkepada\s+(?:(?:wartawan|jurnalis|reporter)\s+)?"
    r"(?P<site>detik[A-Za-z]*|[A-Z][A-Za-z]*(?:news|News|NEWS|post|Post|online|Online"
    r"|times|Times)|[A-Za-z][\w-]*\.(?:co\.id|com|id|co|net))(?![\w-]|\.\w)"
)


# "kepada Kalteng Pos", "kepada wartawan situsbanua": any words after "kepada" that
# name a listed outlet (not an agency: a republished agency story is no outlet).
_ASKED_ANY = re.compile(
    r"\bkepada\s+(?:(?:wartawan|jurnalis|reporter)\s+)?"
    r"(?P<site>(?:[A-Z][\w.!-]{2,30}|[a-z][\w!-]*\.[a-z][\w.]+)(?:\s[A-Z][\w!-]+)?)"
)


def _asked_listed(paragraphs: list[str]) -> str | None:
    """The listed outlet a source speaks to ("ujarnya kepada Kalteng Pos")."""
    for paragraph in paragraphs:
        if "kepada" not in paragraph:
            continue
        for found in _ASKED_ANY.finditer(paragraph):
            site = found["site"].rstrip(".,")
            named = listed_site(site) or listed_site(site.split()[0])
            if named:
                return named
    return None


# "Kepada Radar Kota, Dandim … mengatakan", "kata Kapolres kepada Klik Kota",
# "Dari catatan Klik Kota, …": the outlet the source spoke to, or whose records the
# story quotes, is the page's own, when its name reads as an outlet's (a word
# outlets are named with, at a word's start: not "kepada PAM TPS", "catatan Polres").
_ASKED_BRAND = re.compile(
    r"\b(?:[Kk]epada|[Cc]atatan)\s+(?:(?:wartawan|jurnalis|reporter)\s+)?"
    r"(?P<site>(?=(?:[A-Z][\w-]*\s){0,2}(?=[A-Z])(?i:radar|tribun|pos|post|news|media"
    r"|klik|kabar|berita|warta|suara|harian|times|portal)\b)"
    r"(?!(?:[A-Z][\w-]*\s)?(?:Harian Lepas|Pos (?:Pam|Yan|Pelayanan|Pengamanan|Ko)))"
    r"[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})(?=[,.]|\s+(?:di|saat|usai|pada)\b)"
)


def _asked_brand(paragraphs: list[str]) -> str | None:
    """The outlet-like name a source speaks to, or whose records are cited."""
    for paragraph in paragraphs:
        if "epada " not in paragraph and "atatan " not in paragraph:
            continue
        found = _ASKED_BRAND.search(paragraph)
        if found:
            return found["site"]
    return None


_ANTARA_DESK = re.compile(
    r"^[ \t]*(?:editor|pewarta|redaktur)\s*:[^\n]*\bantara(?:news)?\s?"
    r"(?P<region>kal(?:bar|sel|teng|tim|tara))\b",
    re.IGNORECASE | re.MULTILINE,
)


def _unwrapped(raw: list[str]) -> list[str]:
    """Lines of a hard-wrapped text (cut at a fixed width, ~72 characters) joined back
    into their paragraphs; other texts as they are.

    A text is hard-wrapped when no line is longer than 100 characters and most of its
    long lines end near the same width. A line that fills the width and does not end a
    sentence goes on on the next line, unless that line is a byline, a stamp or a
    caption.
    """
    lengths = [len(line) for line in raw if line.strip()]
    if len(lengths) < 8:
        return raw
    width = max(lengths)
    if not 50 <= width <= 100:
        return raw
    full = width - 15
    if sum(n >= full for n in lengths) < 0.5 * len(lengths):
        return raw
    out: list[str] = []
    prev = ""  # the last line as it was cut, before any joining
    for line in raw:
        if (
            line.strip()
            and len(prev) >= full
            and not prev.endswith(_SENTENCE_STOPS)
            and not _header_line(line.strip())
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
        prev = line.rstrip()
    return out


_SENTENCE_STOPS = (".", "!", "?", '"', "”", ":")


def _header_line(line: str) -> bool:
    """A byline, a stamp or a photo caption: a line of its own, never the rest of a
    wrapped one (a headline filling the width stays above "Penulis: …")."""
    return author_of(line)[0] or is_caption(line) or parse_stamp(line) is not None


def parse_raw_text(text: str, source_path: str = "") -> ParsedArticle:
    """Parse normalised raw text (without front matter) into a ParsedArticle."""
    if "<" in text:
        text = _BREAK_TAG.sub("\n", text)  # "…wilayah itu.<br /><br />Mukson …"
    lines = _blocks(_unwrapped(text.split("\n")))
    if not lines:
        raise ArticleRejected("tidak ada isi berita")
    outlet = title = author = None
    byline: Byline | None = None
    published = None
    has_time = True
    warnings: list[str] = []
    found_dateline: Dateline | None = None
    credit_site: str | None = None
    site: str | None = None
    dateline_text: str | None = None
    lead_at: int | None = None
    captions: tuple[str, ...] = ()

    # The seeds' header is at most four lines: outlet, title, byline, date.
    byline_at = next(
        (i for i, line in enumerate(lines[:4]) if parse_byline(line)), None
    )
    if byline_at is not None:
        header = [_strip_heading(line) for line in lines[:byline_at]]
        for level, value in header:
            if level == 1 or (level == 0 and len(header) == 2 and outlet is None):
                outlet = value
            else:
                title = value
        byline = parse_byline(lines[byline_at])
        if outlet is None and byline.site:
            # "Nama Penulis – situsku.com" under no site line: the site it names.
            outlet = byline.site
        body_start = byline_at + 1
        if body_start < len(lines):
            published = parse_published(lines[body_start])
            if published is not None:
                body_start += 1
    else:
        # A page pasted whole: header lines, then the story (see frame.py).
        frame = read_frame(lines)
        outlet, title, author = frame.outlet, frame.title, frame.author
        published, has_time = frame.published, frame.has_time
        body_start, found_dateline = frame.body_start, frame.dateline
        lead_at = frame.lead
        credit_site, site = frame.credit_site, frame.site
        captions = tuple(frame.captions)
        warnings += frame.warnings
        if found_dateline is not None:
            found_dateline = _site_named(found_dateline, text)
            found_dateline = _unknown_tag(found_dateline, lines[body_start])
            if found_dateline.outlet and not outlet:
                outlet = found_dateline.outlet
            lines = list(lines)
            line = lines[body_start]
            dateline_text = line[: len(line) - len(found_dateline.rest)].strip()
            if found_dateline.alone:
                body_start += 1
            else:
                lines[body_start] = found_dateline.rest.strip()
        elif title is None and body_start == 0:
            heading, title, body_start = _title_line(lines, text)
            outlet = outlet or heading
        if published is None and body_start < len(lines):
            stamp = parse_stamp(lines[body_start])
            if stamp is not None:
                published, has_time = stamp.when, stamp.has_time
                body_start += 1

    body = lines[body_start:]
    if lead_at is not None:
        body = [lines[lead_at], *body]  # the lead paragraph above the dateline
    tail = cut_tail(body) if body else None
    if tail is not None:
        kept: list[str] = []
        for k, line in enumerate(body[: tail.end]):
            if k in tail.dropped:
                continue
            if k in tail.wrapped and kept:
                kept[-1] = f"{kept[-1]} {line}"  # a hard-wrapped paragraph
            else:
                kept.append(line)
        body = kept
        author = author or tail.author
        if byline_at is None:
            if outlet and tail.outlet and _is_humas_of(tail.outlet, outlet):
                # "POLRES BERAU, TANJUNG REDEB –" over a closing "HUMAS POLRES
                # BERAU": the unit's humas desk signs as the site.
                outlet = tail.outlet
            outlet = brand(outlet or tail.outlet or credit_site)
        if published is None and tail.published is not None:
            published, has_time = tail.published, tail.has_time
        if title is None and byline_at is None:
            title = tail.title
    paragraphs = rejoin(_drop_boilerplate(body))
    if not paragraphs:
        raise ArticleRejected("tidak ada isi berita setelah judul dan tanggal")
    if re.match(r"^[-–—]\s+[A-Z]", paragraphs[0]):
        # "VIVA.co.id" on a line of its own, then "- Polda …": the dateline's dash.
        paragraphs[0] = paragraphs[0][1:].lstrip()
    if title and paragraphs[0].lower().startswith(title.lower().rstrip(".")):
        # Some sites repeat the title as the body's first sentence.
        rest = paragraphs[0][len(title.rstrip(".")) :].lstrip(". ").strip()
        paragraphs = ([rest] if rest else []) + paragraphs[1:]
        if not paragraphs:
            raise ArticleRejected("tidak ada isi berita selain judul")

    precision = ("minute" if has_time else "day") if published else None
    if found_dateline is not None:
        dateline = found_dateline.place
        written_date = found_dateline.date_text if dateline else None
        if dateline and written_date:
            dateline = DatelinePlace(dateline, written_date)
    else:
        # Read once for the place, the text after it and the date it writes
        # (split_dateline and dateline_date would each read it again).
        found = find_dateline(paragraphs[0])
        dateline, first_para = split_found(found, paragraphs[0])
        written_date = found.date_text if dateline and found else None
        if dateline:
            head = paragraphs[0][: len(paragraphs[0]) - len(first_para)]
            dateline_text = head.strip() or None
            agency = _AGENCY.match(paragraphs[0])
            if agency and outlet is None:
                outlet = agency["agency"]
            paragraphs[0] = first_para.strip()
    if published is None and written_date:
        # "Balikpapan, 20 September 2024 –" is the story's own date stamp, without a
        # time; it is not a date borrowed from elsewhere in the file.
        published = parse_published(written_date)
        if published is None and found_dateline is not None:
            stamp = find_stamp(written_date)  # "Ketapang, (2/11/2024) -"
            published = stamp.when if stamp else _short_year(written_date)
        precision = "day" if published else None
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ArticleRejected("tidak ada isi berita setelah judul dan tanggal")

    source = tail.source if tail is not None else None
    cited = _SOURCE.search(paragraphs[-1])
    if cited:  # "… di media sosial. (Sumber: ANTARA)"
        source = source or cited["source"]
        paragraphs[-1] = paragraphs[-1][: cited.start()].rstrip()
        paragraphs = [p for p in paragraphs if p] or [cited[0].strip()]
    if (
        source
        and outlet
        and site
        and byline_at is None
        and _agency(outlet) == _agency(source) != _agency(site)
    ):
        # The agency credited as the source of a story another site republished is
        # not the outlet: the site whose name heads the page is.
        outlet = brand(site)

    if outlet is None and byline_at is None:
        # "ujar Kapolsek kepada detikcom, Rabu": the outlet asking is the page's own.
        asked = _ASKED_BY.search("\n".join(paragraphs))
        outlet = asked["site"] if asked else _asked_listed(paragraphs)
        outlet = outlet or _asked_brand(paragraphs)
        if outlet is None and author and listed_site(author):
            outlet = author  # "Reporter : situsbanua" under the story
        if outlet is None:
            # "(Nama/situs.co.id)" closing the story, or on its line just under it
            outlet = signed_site([*paragraphs, *_lines_after(text, paragraphs[-1])])
        if outlet is None:
            # No rule named the site, but the page writes an address of its own
            # ("Situs.com,Kota", "Copyright © 2024 situs.id"): its site, a guess.
            outlet = own_site(text)
            if outlet:
                warnings.append(
                    doubt(
                        "outlet",
                        f"media '{outlet}' ditebak dari alamat situs yang ditulis "
                        "halaman",
                    )
                )
    if outlet and brand(outlet) == "ANTARA":
        # "Editor : Admin Antarakalbar": the regional desk's account names its site.
        desk = _ANTARA_DESK.search(text)
        outlet = f"ANTARA {desk['region'].title()}" if desk else outlet

    credit = None
    last = _CREDIT.match(paragraphs[-1])
    if last and len(paragraphs) > 1:
        credit = last["credit"].strip()
        paragraphs = paragraphs[:-1]
    else:
        tail_credit = _TRAILING_CREDIT.search(paragraphs[-1])
        if tail_credit:
            credit = tail_credit["credit"].strip()
            paragraphs[-1] = paragraphs[-1][: tail_credit.start()].rstrip()

    if (
        credit
        and author
        and outlet
        and _agency(outlet) in ("rri", "kbrn", "antara")
        and _agency(credit) == _agency(author)
    ):
        # "By Situs Banua" over an RRI text closing "(situsbanua)": the byline and
        # the credit name the site that republished the agency's story.
        outlet = author

    if not title and byline_at is None:
        title = republished_title(lines)
    if not title:
        title = _first_sentence(paragraphs[0])
        warnings.append(
            Warning(
                WarningCode.NO_TITLE,
                "judul tidak ada: memakai kalimat pertama sebagai judul",
                "title",  # a guess too: arsip check lists it among the doubts
            )
        )
        if paragraphs[0][:1].islower():
            warnings.append(
                "teks mulai di tengah kalimat: mungkin halaman lanjutan sebuah berita"
            )
    if published is None:
        warnings.append(
            warn(
                WarningCode.NO_PUBLISHED,
                "tanggal terbit tidak ditemukan: tanggal ditandai tidak diketahui",
            )
        )

    return ParsedArticle(
        source_path=source_path,
        title=title,
        outlet=brand(outlet),
        author=(byline.author if byline else None) or author or credit,
        site=byline.site if byline else None,
        url=byline.url if byline else None,
        published=published,
        dateline_place=dateline,
        paragraphs=tuple(p for p in paragraphs if p),
        credit=credit,
        warnings=tuple(warnings),
        dateline_date=written_date,
        published_precision=precision,
        dateline_text=dateline_text,
        captions=captions,
    )


# A dateline's date with a two-digit year: "Polres X, Rabu (06/11/24) –".
_SHORT_YEAR = re.compile(r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2})\s*\)")


def _short_year(written: str) -> datetime | None:
    """The day a dateline writes as ``(dd/mm/yy)``: a year of this century."""
    match = _SHORT_YEAR.search(written)
    if match is None:
        return None
    try:
        return datetime(2000 + int(match[3]), int(match[2]), int(match[1]), tzinfo=WIB)
    except ValueError:
        return None


# "(Sumber: ANTARA)" closing the story's last paragraph.
_SOURCE = re.compile(
    r"\s*\(\s*(?:sumber|source)\s*:\s*(?P<source>[^()]{2,40}?)\s*\)\s*$", re.I
)


def _lines_after(text: str, paragraph: str, count: int = 2) -> list[str]:
    """The first ``count`` lines of ``text`` after the one ending as ``paragraph``."""
    end = paragraph[-40:]
    at = text.rfind(end) if end else -1
    if at < 0:
        return []
    below = (line.strip() for line in text[at + len(end) :].splitlines())
    return [line for line in below if line][:count]


def _site_named(found: Dateline, text: str) -> Dateline:
    """A dateline "place" the gazetteer does not know that is the name of the site
    the page writes as its own ("LENSAHULU –" on a page closing "lensahulu.com"): the
    outlet's tag, no place."""
    if not found.place or found.outlet or _known_place(found.place):
        return found
    site = own_site(text)
    if site is None or outlet_key(site)[0] != outlet_key(found.place)[0]:
        return found
    return dataclasses.replace(found, place=None, outlet=found.place, date_text=None)


def _is_humas_of(signed: str, unit: str) -> bool:
    """Whether ``signed`` is the humas desk of the police unit ``unit`` names
    ("HUMAS POLRES BERAU" of "POLRES BERAU")."""
    unit = " ".join(unit.split()).casefold()
    return unit.startswith("pol") and " ".join(signed.split()).casefold() in (
        f"humas {unit}",
        f"si humas {unit}",
        f"sie humas {unit}",
        f"subbag humas {unit}",
    )


# A lone dateline word that may be a brand: one word of six letters or more.
_LONE_WORD = re.compile(r"[A-Za-z]{6,}")
# Written as a dateline, a province's short name is a place ("KALSEL -").
_PROVINCE_SHORTS = frozenset(("kalbar", "kalteng", "kalsel", "kaltim", "kaltara"))


def _unknown_tag(found: Dateline, line: str) -> Dateline:
    """A lone dateline word ("RIMBANUSA –") that names no kabupaten/kota of Indonesia
    nor a kecamatan of Kalimantan (the gazetteer and Kemendagri's list), nor is a
    misspelling of one ("PONTINAKA –"): the outlet's tag, no place (a guess, doubted:
    ``arsip_extract.doubts``)."""
    place = found.place
    if (
        not place
        or found.outlet
        or found.date_text
        or not _LONE_WORD.fullmatch(place)
        or place.casefold() in _PROVINCE_SHORTS
        or _known_place(place)
        or line[: len(line) - len(found.rest)].strip(" -–—:|,.").casefold()
        != place.casefold()
        or _near_known(place)
        or place.casefold() in _elsewhere()
        # "Bahaur - Personel pos Bahaur …": a word the story goes on to use as a
        # name is the place it was written from, not the site's brand.
        or re.search(rf"\b{re.escape(place)}\b", found.rest, re.IGNORECASE)
    ):
        return found
    written = line[: len(line) - len(found.rest)].strip(" -–—:|,.")
    return dataclasses.replace(found, place=None, outlet=written, alone=found.alone)


def _near_known(word: str) -> bool:
    """Whether ``word`` is a known place misspelt or run together: one of the same
    length give or take a letter, spelt nearly alike ("Pontinaka", "Tanahbumbu")."""
    import difflib

    low = word.casefold()
    matcher = difflib.SequenceMatcher(None, "", low)  # the word's index kept
    for size in (len(low) - 1, len(low), len(low) + 1):
        for bare in _known_by_length().get(size, ()):
            if bare[0] != low[0] and bare[-1] != low[-1]:
                continue  # a misspelling keeps the first or the last letter
            matcher.set_seq1(bare)
            if matcher.quick_ratio() >= _NEAR and matcher.ratio() >= _NEAR:
                return True
    return False


_NEAR = 0.85
# Islands and regions a national story's dateline may name.
_REGION_WORDS = (
    "kalimantan borneo sumatera sumatra jawa sulawesi papua maluku nusantara indonesia"
)


@lru_cache(maxsize=1)
def _elsewhere() -> frozenset[str]:
    """Places beyond the gazetteer and Kalimantan's kecamatan: another island's
    kecamatan ("Cibinong"), a town named by the first word of its kecamatan
    ("Purwokerto" of "Purwokerto Barat"), an island, a city abroad as the time zone
    database names it ("Kuching", "Riyadh")."""
    import zoneinfo

    from arsip_core.gazetteer import load_gazetteer
    from arsip_extract.dateline import _known_names, _region_names, other_kecamatan

    names = set(_REGION_WORDS.split()) | other_kecamatan()
    names.update(
        name.split()[0]
        for name in _known_names(load_gazetteer()) | _region_names()
        if " " in name
    )
    names.update(
        zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
        for zone in zoneinfo.available_timezones()
        if "/" in zone
    )
    return frozenset(names)


@lru_cache(maxsize=1)
def _known_by_length() -> dict[int, tuple[str, ...]]:
    """The known places' names without spaces, by length."""
    from arsip_core.gazetteer import load_gazetteer
    from arsip_extract.dateline import _known_names, _region_names

    out: dict[int, list[str]] = {}
    for name in _known_names(load_gazetteer()) | _region_names():
        bare = name.replace(" ", "")
        out.setdefault(len(bare), []).append(bare)
    return {size: tuple(names) for size, names in out.items()}


def _agency(name: str) -> str:
    """A name compared as a brand: ``Antara News`` and ``ANTARA`` are one."""
    name = re.sub(r"\.(?:co\.id|com|id|co|net)$", "", name.strip().lower())
    return re.sub(r"[\W_]+|news$", "", name)


def _title_line(lines: list[str], text: str) -> tuple[str | None, str | None, int]:
    """The seeds' rule when no story start was found: (outlet, title, body start)."""
    body_start, outlet = 0, None
    level, first = _strip_heading(lines[0])
    if level == 1 and len(lines) > 1:
        body_start, outlet = 1, first
        level, first = _strip_heading(lines[1])
    if level >= 2 or (
        _looks_like_title(first)
        and split_dateline(first)[0] is None
        and len(lines) > body_start + 1
        and _separated_by_blank(text, first)
    ):
        return outlet, first, body_start + 1
    return outlet, None, body_start


def _separated_by_blank(text: str, first_line: str) -> bool:
    """True when a blank line follows ``first_line`` (a title stands alone)."""
    after = text.split(first_line, 1)[1] if first_line in text else ""
    return after.startswith("\n\n") or after.startswith("\n \n") or "\n\n" in after[:8]
