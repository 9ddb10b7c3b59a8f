"""The frame around a story pasted whole from a news page: header lines and tail.

A page copied from the browser carries, before the story, the site name, a section
kicker, breadcrumbs, prompts, the byline, the stamp, a photo caption and the title
(sometimes twice); after it, "Baca juga" lists, tags, share and comment prompts.
``read_frame`` tells them apart and says where the story starts; ``cut_tail`` says
where it ends. Pure functions on lists of stripped, non-empty lines.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from arsip_core.outlets import DOMAIN_ENDINGS, outlet_key
from arsip_core.warnings import Warning, WarningCode
from arsip_extract.dateline import DOMAIN, Dateline, find_dateline, province_name
from arsip_extract.stamps import Stamp, find_stamp, parse_stamp

# How far into the page the story may start (header lines of real pages).
HEADER_LIMIT = 16

# --- kinds of header line ------------------------------------------------------
_BYLINE_LABEL = re.compile(
    r"^(?P<label>penulis|pewarta|reporter|wartawan|ditulis\s+oleh|oleh|by|author"
    r"|kontributor|editor|redaktur|penyunting|rep(?=\s*:)|laporan\s+wartawan\s+[^,:]{2,40}[,:]"
    r"|laporan\s+reporter\s+[^,:]{2,40}[,:])"
    r"(?:\s*/\s*(?:editor|penyunting|redaktur|fotografer|foto))?"
    r"(?:\s*[:\-–|]\s*|\s+)(?P<name>.*)$",
    re.IGNORECASE,
)
_AUTHOR_LABELS = ("penulis", "pewarta", "reporter", "wartawan", "ditulis", "oleh",
                  "by", "author", "kontributor", "laporan", "rep")  # fmt: skip
_BLOCK_LABEL = re.compile(r"^(?:author|penulis|reporter|pewarta)\s*:?$", re.IGNORECASE)
_CAPTION = re.compile(
    r"^(?:foto|photo|dok(?:umentasi)?|ist(?:imewa)?|sumber\s+foto"
    r"|keterangan\s+foto|caption|gambar)\b\s*[:.\-–]|^ilustrasi\b"
    r"|\s/[A-Za-z]+/[^/]{2,40}$"
    r"|(?-i:^[A-Z]{3,}(?:\s[A-Z]{2,}){0,3}\.\s+[A-Z])"
    r"|\((?:foto|dok|ist|istimewa|ilustrasi|humas|antara|tribun)\b[^()]*\)\.?\s*$"
    r"|\(\s*foto\b[^()]*\)"
    r"|\b[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.(?:COM|CO\.ID|ID|CO|NET)\s*/\s*[A-Z][A-Z .'-]+$"
    r"|^\(?[A-Z][A-Za-z .]{1,30}/[A-Z][A-Za-z .]{1,30}\)?$"
    r"|(?:[.,]\s*|\s)(?:foto|dokumentasi|dok\.?)\s*:?\s+[^.]{2,50}$"
    r"|\bicon\b",
    re.IGNORECASE,
)
_CAPTION_CREDIT = re.compile(
    r"^[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.(?:COM|CO\.ID|ID|CO|NET)\s*/\s*[A-Z][A-Z .'-]+$"
)
_BREADCRUMB = re.compile(
    r"»|›|>>|\s>\s|^(?:beranda|home|index|indeks)\b|^(?:Beranda|Home)(?=[A-Z])", re.I
)
# A breadcrumb trail opened by the site's root and a separator.
_TRAIL_ROOT = re.compile(r"^(?:beranda|home|index|indeks)\s*(?:»|›|>>?)\s", re.I)
_PROMPT = re.compile(
    r"^(?:baca\s+berita\s+tanpa\s+iklan|berlangganan|langganan|klik\s+(?:di\s?sini|untuk)"
    r"|download|unduh|advertisement|iklan|scroll|gulir|dengarkan|listen|ukuran\s+(?:font|huruf)"
    r"|font\b|a-?\s*a\+|bagikan|share|tweet|whatsapp|facebook|twitter|telegram|copy\s+link"
    r"|salin\s+tautan|dibaca\b|\d+\s*(?:kali\s+dibaca|views|x\s+dibaca|komentar)|komentar"
    r"|google\s+news|ikuti\b|follow\b|login|masuk\b|daftar\b|cari\b|search\b|menu\b"
    r"|tutup\b|close\b|loading|memuat|laporkan\s+iklan|konten\s+(?:bersponsor|sponsor)"
    r"|video\s+pilihan|live\s+streaming|tonton|url\s+berhasil|copy\b|salin\b"
    r"|lompat\s+ke|skip\s+to|pencarian\s+populer|bookmark|google\s+search"
    r"|pasang\s+iklan|hubungi\s+kami|hide\s+ads|show\s+ads"
    # Blogger's notices on a label or archive page: "Tampilkan postingan dengan
    # label Kalsel. Tampilkan semua postingan", "Menampilkan postingan dari …".
    r"|tampilkan\s+(?:postingan|semua\s+postingan)|menampilkan\s+postingan)",
    re.IGNORECASE,
)
# "Read Next : <another story's headline>", "Baca Juga: …": a pointer to another
# story, whatever its length; "Hotline: 0511-…, email: humas@…": the site's contacts.
_POINTER = re.compile(
    r"^(?:read\s+(?:next|more|also)|baca\s+(?:juga|selanjutnya|lainnya)"
    r"|berita\s+(?:terkait|selanjutnya|sebelumnya)|artikel\s+terkait)\s*:"
    r"|^(?:hotline|call\s+cent(?:er|re)|telepon|telp|no\.?\s*hp|whatsapp|wa)\s*:"
    r"[^\n]{0,80}(?:\d{3}|@)",
    re.IGNORECASE,
)
# "Site icon Kabar Borneo", "Logo situs Kabar Borneo": the alt text of a site's
# icon, left in the pasted text, names the site.
_SITE_ICON = re.compile(
    r"^(?i:site\s+(?:icon|logo)|logo\s+situs)\s+"
    r"(?P<name>[A-Z][\w!.]*(?: [A-Z][\w!.]*){0,4})$"
)
_TAG_LIST = re.compile(r"^(?:id\s+)?[a-z0-9 .'/-]+(?:,\s*[a-z0-9 .'/-]+){2,}$")
_WIDGET = re.compile(
    r"^(?:[a-z]+|[a-z0-9]+(?:[_-][a-z0-9]+){2,}|\d+(?:[.,]\d+)?\s*°?\s*[CF]?|[\W\d_]+)$"
)
# "Nadia Kartika - detikKalimantan": the author, then the site.
_AUTHOR_SITE = re.compile(
    rf"^(?P<name>[A-Z][\w.' ]{{2,40}}?)\s+-\s+(?P<site>detik[A-Z]\w+|{DOMAIN})$"
)
# "Judul Berita | Situs.com -->": the browser tab's title, pasted with the page.
_TITLE_SITE = re.compile(
    rf"^(?P<title>.{{10,}}?)\s+[|–-]\s+(?P<site>{DOMAIN})\s*(?:-->)?$"
)
# A blog's title line: one word, the site's address, perhaps a colon and a few words
# ("Berita Indokalbar.com", "Berita Situs.com: Kalsel Hari ini").
_SITE_LINE = re.compile(rf"^[A-Z][a-z]+\s+(?P<site>{DOMAIN})(?:\s*:\s*[\w ]{{2,30}})?$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_SENTENCE_END = tuple(".!?\"”’'")
_SECTION_WORDS = re.compile(
    r"^(?:berita|news|breaking|terkini|terbaru|headline|nasional|daerah|regional"
    r"|politik|hukum|kriminal|peristiwa|pemilu|pilkada|polri|humas|home|beranda"
    r"|kaltim|kaltara|kalbar|kalteng|kalsel|kalimantan|memilih|utama|opini|video"
    r"|foto|galeri|info|update|hari|ini|[a-z]+\s+memilih)$",
    re.IGNORECASE,
)

# More section names, met glued together as a kicker ("BeritaEkbisHankam").
_KICKER_PARTS = re.compile(
    r"^(?:ekbis|hankam|ekonomi|bisnis|sosial|budaya|olahraga|sport|pendidikan"
    r"|kesehatan|teknologi|otomotif|hiburan|internasional|pemerintahan|parlemen"
    r"|lingkungan|wisata|gaya|hidup|lifestyle|advertorial|metro|kota)$",
    re.IGNORECASE,
)

# --- the tail ----------------------------------------------------------------------
_TAIL_WHOLE = re.compile(
    r"^(?:(?:berita|artikel|baca|tulisan|postingan)\s+(?:terkait|lainnya|lain|juga"
    r"|selanjutnya|terbaru|terpopuler|pilihan|populer|sebelumnya|berikutnya)"
    r"|terpopuler|populer|berita\s+populer|terkini|berita\s+terkini|terbaru"
    r"|baca\s+(?:berita|artikel)\s+(?:terkait|lainnya|terbaru|populer)"
    r"|rekomendasi|rekomendasi\s+untuk\s+anda|pilihan\s+editor|pilihan\s+redaksi"
    r"|editorial\s+team|tim\s+redaksi"
    r"|trending|most\s+popular|related\s+posts?|editor'?s?\s+picks?|share(?:\s+this)?"
    r"|bagikan"
    r"|bagikan\s+artikel(?:\s+ini)?|komentar|komentari|tinggalkan\s+komentar"
    r"|tulis\s+komentar|tidak\s+ada\s+komentar|posting\s+komentar|tag|tags|label"
    r"|write\s+a\s+(?:facebook\s+)?comment|view\s+all\s+comments"
    r"|tuliskan\s+komentar(?:\s+anda)?(?:\s+dari\s+(?:akun|account)\s+facebook)?"
    r"|halaman|leave\s+a\s+reply|hide\s+ads|show\s+ads"
    r"|\d+\s+komentar|related|related\s+articles|back\s+to\s+top(?:\s+button)?"
    r"|lihat\s+juga|simak\s+juga|next|previous|prev|check\s+also"
    r"|halaman\s+selanjutnya|halaman\s+berikutnya|selanjutnya|berikutnya)"
    r"\s*[:»>]?\s*$",
    re.IGNORECASE,
)
_TAIL_PREFIX = re.compile(
    r"^(?:tags?|topik(?:\s+terkait)?|label|labels|kata\s+kunci|keywords?|kategori"
    r"|category|categories|filed\s+under)"
    r"\s*[:#]"
    r"|^(?:copyright|hak\s+cipta|©|\(c\)\s)"
    r"|^(?:diposting|posted|dipublikasikan)\s+(?:oleh|by)\b"
    r"|^artikel\s+ini\s+(?:sebelumnya\s+)?(?:sudah|telah)\s+(?:tayang|terbit)"
    r"|^(?:ikuti|follow|simak|dapatkan|download|unduh|gabung|baca\s+berita\s+terbaru)"
    r"\b.{0,120}"
    r"(?:google\s+news|whatsapp|telegram|instagram|aplikasi|channel|saluran)"
    r"|^(?:halaman|page)\s*:?\s*\d+(?:\s+\d+)*(?:\s*(?:dari|of|/)\s*\d+)?"
    r"\s*(?:selanjutnya|next|»|›)?\s*$"
    r"|^\d+(?:\s+\d+)+\s*(?:selanjutnya|next|»|›)?\s*$"
    r"|^baca\s+(?:artikel|berita)\b.{0,240}\bselengkapnya\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?P<label>pewarta|editor|reporter|penulis|redaktur|publisher|publish|uploader"
    r"|fotografer|penyunting|sumber|kontributor)"
    r"(?:\s*(?:/|dan|&)\s*(?:editor|penyunting|redaktur|fotografer|foto|reporter))?"
    r"\s*:\s*(?P<name>.{1,80})$",
    re.IGNORECASE,
)


@dataclass
class Frame:
    """What the header lines said, and where the story starts."""

    body_start: int = 0
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: datetime | None = None
    has_time: bool = False
    dateline: Dateline | None = None  # the dateline opening lines[body_start]
    lead: int | None = None  # a lead paragraph above the dateline, part of the story
    # The site a photo credit names ("(Agustiandi/Suarakalbar.co.id)"): the outlet
    # when nothing else names one.
    credit_site: str | None = None
    # The site's name printed at the top of the page ("PROKAL", "Warta Kapuas Raya").
    site: str | None = None
    captions: list[str] = field(default_factory=list)  # photo captions, as written
    warnings: list[str] = field(default_factory=list)


def _words(text: str) -> int:
    return len(text.split())


def _tidy_name(name: str) -> str | None:
    """The first name in ``Edy Nugroho | Editor: Junisah`` or ``X/Y``."""
    name = re.split(
        r"\s*(?:\||/|,|;|\s[-–—]\s|\s{2,}|\beditor\b)\s*", name, maxsplit=1, flags=re.I
    )[0]
    name = name.strip(" .:-–—()")
    if not name or _words(name) > 6 or re.search(r"\d{3,}", name):
        return None
    return name


def author_of(line: str) -> tuple[bool, str | None]:
    """(is a byline, author) for ``Penulis: X | Editor: Y`` and kin."""
    match = _BYLINE_LABEL.match(re.sub(r"^[•·*-]\s*", "", line))
    if not match or _words(line) > 16:
        return False, None
    label = match["label"].lower()
    name = match["name"]
    stamp = find_stamp(name)
    if stamp:
        name = name[: stamp.start]
    if label in ("oleh", "by") and not re.match(r"^[A-Z]", name.strip()):
        return False, None
    if not label.startswith(_AUTHOR_LABELS):
        return True, None
    # "Penulis Kontributor Balikpapan, Sigit Pranoto"
    name = re.sub(r"^kontributor\s+[^,]{2,30},\s*", "", name.strip(), flags=re.I)
    return True, _tidy_name(name)


def is_caption(line: str) -> bool:
    """A photo caption or its credit (``FOTO : …``, ``… (Ist)``, ``SITUS.COM/NAMA``)."""
    return bool(_CAPTION.search(line))


def _is_junk(line: str) -> bool:
    """Breadcrumbs, prompts, tag lists and widgets: nothing of the story."""
    words = _words(line)
    if words <= 15 and _BREADCRUMB.search(line) and not line.endswith("."):
        return True
    if _TRAIL_ROOT.match(line):
        return True  # "Home » Kabar » <the headline>": a trail, however long
    if words <= 12 and _PROMPT.match(line):
        return True
    if _POINTER.match(line):
        return True
    if _TAG_LIST.match(line) and "," in line:
        return True
    if line.startswith(("- ", "• ", "* ")) and not _paragraph_like(line[2:]):
        return True  # a list of other stories above the article
    return words <= 2 and bool(_WIDGET.match(line))


# Links of a footer or menu pasted without spaces: a small letter glued to the next
# link's capital ("Tentang KamiRedaksiKontak"), three times or more.
_GLUED_LINK = re.compile(r"[a-z][A-Z](?=[a-z])")
# A seasonal banner: box-drawing separators ("┃"), or a greeting that opens the line
# in capitals ("SELAMAT HARI RAYA …", "DIRGAHAYU …", "MARHABAN YA RAMADHAN").
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]")
_GREETING = re.compile(
    r"^\W*(?:SELAMAT\s+(?:HARI|TAHUN|IDUL|NATAL|MENUNAIKAN|MENYAMBUT|MEMPERINGATI)"
    r"|DIRGAHAYU|MARHABAN)\b"
)
# A theme's byline alt text: "Situs post author<name> 1 Mei 2024".
_POST_AUTHOR = re.compile(r"\bpost\s*author", re.IGNORECASE)
# The footer's notice: "2024 © PT Media Kita", "Copyright 2024 Situs".
_NOTICE = re.compile(r"©|^\W*(?:copyright|hak\s+cipta)\b", re.IGNORECASE)


def _tag_run(line: str) -> bool:
    """A row of topic tags run together ("Pilkada Pilkada 2024 Pilkada di Kota …"):
    no punctuation, one capitalised word three times or more, once right after
    itself."""
    if re.search(r"[,.:;!?\"“”‘’'()|/-]", line):
        return False
    words = line.split()
    counts: dict[str, int] = {}
    for w in words:
        if w[:1].isupper() and len(w) >= 3:
            counts[w] = counts.get(w, 0) + 1
    if not counts or max(counts.values()) < 3:
        return False
    pairs = zip(words, words[1:], strict=False)
    return any(a == b and counts[a] >= 3 for a, b in pairs)


def _page_chrome(line: str) -> bool:
    """A line of the page's chrome a headline never is: footer links glued together,
    a seasonal banner, a theme's "post author" byline, a copyright notice, a row of
    topic tags."""
    if len(_GLUED_LINK.findall(line)) >= 3:
        return True
    if _BOX_DRAWING.search(line) or _GREETING.match(line):
        return True
    if _POST_AUTHOR.search(line) or _NOTICE.search(line):
        return True
    return _tag_run(line)


def looks_like_site(text: str) -> bool:
    """A web address or site name used as a line (``TribunKaltara.com``)."""
    return bool(re.fullmatch(rf"(?:https?://)?(?:www\.)?{DOMAIN}/?", text.strip()))


def looks_like_section(text: str) -> bool:
    """A kicker or section name (``Berita Kaltara Terkini``, ``Bulungan Memilih``,
    ``Situs TV regional berita daerah``), or the site's tagline."""
    words = text.split()
    if len(words) >= 8 and _menu_row(words):
        return True
    if len(words) > 6 or looks_like_site(text):
        return False
    sections = sum(bool(_SECTION_WORDS.match(w)) for w in words)
    if _is_tagline(words):
        return True
    if len(words) > 4:
        # The site's name, then the section's words: "Situs TV regional berita".
        return sections >= 3 and len(words) - sections <= 2
    return len(words) <= 2 or sections >= 2


def _menu_row(words: list[str]) -> bool:
    """A navigation menu pasted as one line ("News Bola Daerah Sulawesi Jabar Banten
    Jateng Jatim Bali"): capitalised words only, no punctuation or figure, half of
    them sections' names or provinces' names."""
    from arsip_extract.dateline import province_name

    if not all(re.fullmatch(r"[A-Z][A-Za-z]*", w) for w in words):
        return False
    named = sum(
        bool(_SECTION_WORDS.match(w) or _NAV_WORD.match(w) or province_name(w))
        for w in words
    )
    return 2 * named >= len(words)


# Words of a site's motto: "Fakta Terpercaya dari Nusantara", "Akurat dan Berimbang".
_TAGLINE_WORDS = re.compile(
    r"^(?:terpercaya|akurat|berimbang|independen|inspiratif|informatif|aktual"
    r"|terdepan|jernih|lugas|mencerahkan|fakta|edukatif|faktual)\W*$",
    re.IGNORECASE,
)


def _is_tagline(words: list[str]) -> bool:
    """Two motto words among a short line's words ("Fakta Terpercaya dari …")."""
    return sum(bool(_TAGLINE_WORDS.match(w)) for w in words) >= 2


def _paragraph_like(text: str) -> bool:
    words = _words(text)
    return words >= 25 or (words >= 8 and text.rstrip().endswith(_SENTENCE_END))


def _continued(lines: list[str], i: int) -> str:
    """``lines[i]`` with the lines a line break cut off it, mid-sentence."""
    from arsip_reader.parse import _is_broken  # parse imports this module

    text = lines[i]
    for nxt in lines[i + 1 : i + 4]:
        if not _is_broken(text, nxt):
            break
        text = f"{text} {nxt}"
    return text


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.replace("…", " ").lower()).strip()


# An icon font's ligature left in the paste before a date ("calendar_month Sel, 12
# Nov 2024", "• schedule 10:15"): the line is the page's stamp.
_ICON_NAME = re.compile(
    r"^(?:[•·*-]\s*)?(?:calendar_(?:month|today)|access_time|date_range|event_note"
    r"|schedule|today)\s"
)


# "Jul 29th 2024, 09:32, by Dina, Situs": the stamp, then the byline.
_BY_AFTER = re.compile(r"\s*[,|·•-]?\s*(?i:by|oleh)\s+[A-Z]")


def _stamp_of(line: str) -> Stamp | None:
    """The stamp a header line gives: alone, or beside a byline or labels."""
    if _words(line) > 24:
        return None
    stamp = parse_stamp(line)
    if stamp:
        return stamp
    found = find_stamp(line)
    if found and (
        author_of(line)[0]
        or "|" in line
        or re.search(r"(?<![A-Za-z])(?:WIB|WITA|WIT)\b", line)  # also "14:13WIB"
        or re.match(r"(?i)(?:posted|diposting|dipublikasikan|published|by)\b", line)
        or _ICON_NAME.match(line)
        or (found.start == 0 and _BY_AFTER.match(line, found.end))
    ):
        return found
    return None


def _opening(lines: list[str], i: int, found: Dateline) -> str:
    """The story's first sentence after the dateline on line ``i``, with the lines a
    hard wrap cut off it (also after a comma, before a name: "…berturut-turut,"
    over "Kabupaten Malinau dilanda …")."""
    text = _continued(lines, i)[len(lines[i]) - len(found.rest) :]
    if text.endswith(",") and i + 1 < len(lines):
        text = f"{text} {_continued(lines, i + 1)}"
    return text


def _repeated_below(lines: list[str], at: int, found: Dateline) -> bool:
    """Whether a dateline alone on line ``at`` opens a story within three lines."""
    for line in lines[at + 1 : at + 4]:
        again = find_dateline(line)
        if again and not again.alone and again.place == found.place:
            return True
    return False


# Lines of three words or fewer (menu items, a widget's figures: "25.55%") take no
# room of the header, up to this many: a site's whole menu, pasted twice (its
# desktop and mobile copies, each of dozens of regions and rubrics), fits.
_SHORT_LINES_MAX = 160


def _header_span(lines: list[str]) -> int:
    """How many lines the header may take: HEADER_LIMIT lines of more than three
    words; a quick-count widget's column of figures does not push the story out."""
    counted = 0
    end = min(len(lines), HEADER_LIMIT + _SHORT_LINES_MAX)
    for i in range(end):
        if lines[i].count(" ") > 2:  # more than three words (spaces are single)
            counted += 1
            if counted >= HEADER_LIMIT:
                return i + 1
        elif i + 1 - counted > _SHORT_LINES_MAX:
            return i + 1
    return end


def _caption_label(line: str, found: Dateline) -> bool:
    """A photo caption opened by a label in capitals the gazetteer does not know
    ("GESER LOGISTIK - Polisi … (foto:ist)"): read as a dateline, it is none."""
    from arsip_extract.dateline import _known_place

    return bool(
        found.place
        and not found.outlet
        and found.place.upper() == line[: len(found.place)].upper()
        and line[: len(found.place)].isupper()
        and not _known_place(found.place)
        and is_caption(line)
    )


def _byline_dash(found: Dateline) -> bool:
    """A line ended by a dash whose "place" the gazetteer does not know ("Nama
    Penulis -", "situs.com - Nama Penulis -"): a byline or the site's line."""
    from arsip_extract.dateline import _known_place

    return bool(found.alone and found.place and not _known_place(found.place))


def _credit_dash(line: str, found: Dateline) -> bool:
    """A caption opened by its credit, the site and the photographer's name
    ("SITUS/NAMA FOTOGRAFER- Warga …"): read as a dateline, its "place" after the
    slash is a name the gazetteer does not know."""
    from arsip_extract.dateline import _known_place

    return bool(
        found.outlet
        and found.place
        and line.startswith(f"{found.outlet}/")
        and not _known_place(found.place)
    )


def _dateline_below(lines: list[str], at: int) -> bool:
    """Whether one of the next three lines opens with a dateline naming an outlet or a
    place the gazetteer knows."""
    from arsip_extract.dateline import _known_place

    for line in lines[at + 1 : at + 4]:
        below = find_dateline(line)
        if below and (below.outlet or (below.place and _known_place(below.place))):
            return True
    return False


# A sentence closed by the day it reports, its full stop left out: "… ke desa
# terjauh, Minggu (12/2/2024)", "… apel di halaman Mapolres pada Senin 4/11/24".
_DATED_END = re.compile(
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$"
    r"|\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),?\s+\d{1,2}/\d{1,2}/\d{2,4}$"
)


def _dated_sentence(text: str) -> bool:
    """A story's first sentence ending with its bracketed day, without a stop."""
    return _words(text) >= 12 and bool(_DATED_END.search(text.rstrip()))


def _short_lead(lines: list[str], at: int, found: Dateline) -> bool:
    """'SINTANG - Polres Sintang menggelar apel siaga.' over the story's paragraphs: a
    known place's dateline opening a short whole sentence is the story's first
    paragraph, not a header line to drop (a caption in that form has the story's own
    dateline below it)."""
    from arsip_extract.dateline import _known_place

    rest = _opening(lines, at, found)
    return bool(
        found.place
        and _known_place(found.place)
        and _words(rest) >= 4
        and rest.rstrip().endswith(_SENTENCE_END)
        and at + 1 < len(lines)
        and _paragraph_like(lines[at + 1])
        and not _dateline_below(lines, at)
    )


def find_story_start(lines: list[str]) -> tuple[int, Dateline | None]:
    """Index of the line that opens the story, and its dateline if any."""
    limit = _header_span(lines)
    body_like = 0
    byline_outlet: str | None = None
    for i in range(limit):
        line = lines[i]
        found = find_dateline(line)
        if not found and (is_caption(line) or _is_junk(line) or author_of(line)[0]):
            continue
        if found and _caption_label(line, found) and _dateline_below(lines, i):
            continue  # "GESER LOGISTIK - Polisi … (foto:ist)", the dateline below
        if (
            found
            and (_byline_dash(found) or _credit_dash(line, found))
            and _dateline_below(lines, i)
        ):
            # (also "SITUS/NAMA FOTOGRAFER- Warga …": a caption opened by its credit)
            # "Situs - Nama Penulis -" over "Balikpapan - Polisi …": the site's name
            # stays the outlet unless the dateline below names its own.
            byline_outlet = byline_outlet or found.outlet
            continue
        if found and (
            found.alone
            # "Jakarta, 25 Maret 2025 – Bupati …" hard-wrapped: a dated dateline
            # opening a sentence starts the story, however short its first line.
            or (found.date_text and found.place and _words(found.rest) >= 3)
            or _paragraph_like(_opening(lines, i, found))
            or _dated_sentence(_opening(lines, i, found))
            or _short_lead(lines, i, found)
        ):
            if found.alone and i + 1 >= len(lines):
                break
            if found.alone and _repeated_below(lines, i, found):
                continue  # "Berau, IDN Times" over a banner, again at the story
            if byline_outlet and not found.outlet:
                found = dataclasses.replace(found, outlet=byline_outlet)
            return i, found
        if (
            not found
            and i + 1 < len(lines)
            and _DASH_OPENED.match(lines[i + 1])
            and _PLACE_LINE.fullmatch(line)
            and not _stamp_of(lines[i + 1])  # "Photo Author" over "- Selasa, 9 …"
        ):
            # "Kukar" on its line, the story on the next opening "— Dalam rangka".
            alone = find_dateline(f"{line} –")
            if alone and alone.place:
                return i, alone
        if _paragraph_like(line) and not line.endswith(")"):
            body_like += 1
            if body_like > 2:
                break
    # No dateline: the story starts at the first line that reads as a paragraph
    # after the header lines.
    for i in range(limit):
        line = lines[i]
        if is_caption(line) or _is_junk(line) or author_of(line)[0] or _stamp_of(line):
            continue
        if _words(line) <= 3 and not line[:1].islower():
            continue  # a menu item or kicker ("Pemilu 2024"), even before lowercase
        if _paragraph_like(_continued(lines, i)):
            return i, None
    return 0, None


_DATED = re.compile(r"\(\d{1,2}/\d{1,2}")
_DASH_OPENED = re.compile(r"^[-–—]\s+[A-Z]")
_PLACE_LINE = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}")


def read_frame(lines: list[str]) -> Frame:
    """Read the header lines of a pasted page (lines are stripped and non-empty)."""
    start, dateline = find_story_start(lines)
    frame = Frame(body_start=start, dateline=dateline)
    header = lines[:start]
    candidates: list[tuple[int, str]] = []
    stamps: list[tuple[int, Stamp]] = []
    heading_title = None
    humas = None
    expect_author = False
    blog_site = None
    bylines: list[int] = []  # where the byline or stamp block starts
    alone_name = None  # the outlet a header line names alone, from the list
    for i, line in enumerate(header):
        heading = _HEADING.match(line)
        if heading:
            level, value = len(heading[1]), heading[2].strip()
            if level == 1 and frame.outlet is None:
                frame.outlet = value
            elif heading_title is None:
                heading_title = value
            continue
        if expect_author:
            expect_author = False
            if _words(line) <= 5 and not _paragraph_like(line):
                frame.author = frame.author or _tidy_name(line)
                continue
        if frame.author and _norm(line) == _norm(frame.author):
            continue  # an author block repeats the name
        if _BLOCK_LABEL.match(line):
            expect_author = True
            continue
        stamp = _stamp_of(line)
        if stamp:
            stamps.append((i, stamp))
            if line.startswith(("• ", "· ")):
                bylines.append(i)
            named = _NAME_DOT.match(line[: stamp.start])
            if named and not frame.author:
                frame.author = named["name"]  # "Yohanes Kurnia · Rabu, 27 …"
        else:
            headed = _stamp_headed(line)
            if headed:  # "date 2024-02-18 Kawal Pleno …": a stamp glued to the title
                stamps.append((i, headed[0]))
                candidates.append((i, headed[1]))
                continue
        named = _AUTHOR_SITE.match(line)
        if named:
            frame.author = frame.author or named["name"]
            frame.outlet = frame.outlet or named["site"]
            continue
        icon = _SITE_ICON.match(line)
        if icon:  # "Site icon Kabar Borneo": a theme's alt text names the site
            frame.outlet = frame.outlet or icon["name"]
            continue
        if _HUMAS.match(line):
            humas = humas or line.title()  # the site, or a photo's credit
            continue
        listed = _listed(line)
        if listed:  # "Kalteng Pos", "BERAUTERKINI": a listed outlet's name alone
            if frame.outlet is None:
                frame.outlet = alone_name = listed
            continue
        is_byline, author = author_of(line)
        if is_byline:
            frame.author = frame.author or author
            if line.startswith(("• ", "· ")):
                bylines.append(i)
            continue
        if stamp:
            continue
        named_site = _SITE_LINE.match(line) if "." in line else None
        if named_site and not looks_like_site(line.rstrip(",;:")):
            # "Berita Indokalbar.com", "Berita Situs.com: Kalsel Hari ini": the
            # blog's own title line names the site; it is no headline.
            blog_site = blog_site or named_site["site"]
            continue
        if looks_like_site(line.rstrip(",;:")):  # "PROKAL.CO," over the dateline
            frame.outlet = frame.outlet or re.sub(
                r"^(?i:https?://)?(?i:www\.)", "", line.rstrip(",;:")
            )
            continue
        banner = _banner_site(line)
        if banner is not None:
            # "SITUS.COM | PT … | slogan | slogan", "Tag - Tag Lain - Situsku": the
            # site's banner or a row of tags ending with the site; no headline.
            blog_site = blog_site or banner or None
            continue
        piped = _TITLE_SITE.match(line) or _title_listed(line)
        if piped:
            frame.outlet = frame.outlet or piped["site"]
            line = piped["title"]
        credit = (
            _OPENING_CREDIT.match(line)
            or _PHOTO_CREDIT.search(line)
            or _SITE_CREDIT.search(line)
            or _caps_credit(line)
            or _listed_credit(line)
        )
        if credit:  # a caption with its photographer's credit
            frame.credit_site = frame.credit_site or credit["site"]
            frame.captions.append(line)
            continue
        if is_caption(line):
            frame.captions.append(line)
            continue
        if _is_junk(line) or _page_chrome(line):
            continue
        candidates.append((i, line))
    # Site chrome: a site name or tagline above a menu, a sidebar's list of other
    # stories with their dates; neither holds the title nor the article's stamp.
    chrome = _chrome(header, {i for i, _ in stamps})
    kept = [(i, t) for i, t in candidates if i not in chrome]
    if any(_titled(t) for _, t in kept) or not any(_titled(t) for _, t in candidates):
        candidates = kept  # never leave the page without a headline-like line
    stamps = [(i, s) for i, s in stamps if i not in chrome]
    title_at = _choose_title(candidates, frame, min(bylines, default=None))
    if (
        frame.title
        and start < len(lines)
        and lines[start][:1].islower()
        and (looks_like_section(frame.title) or looks_like_site(frame.title))
    ):
        # A later page starting mid-sentence under the site's menu: its title is
        # not on the page; the menu item is no guess worth giving.
        frame.warnings = [w for w in frame.warnings if frame.title not in w]
        frame.title = title_at = None
    # A dated line that is not the headline is a photo's caption ("Kapolres memberi
    # arahan ..., Kamis (25/1). ANTARA").
    frame.captions += [t for i, t in candidates if i != title_at and _DATED.search(t)]
    # So is a line passed over for its form ("Kapolres Kota, AKBP Nama", "… saat
    # tiba di pelabuhan / Humas Polres", "… (Situs Kita)"): its officer is the story's.
    from arsip_extract.doubts import not_a_headline

    frame.captions += [
        t
        for i, t in candidates
        if i != title_at and t not in frame.captions and not_a_headline(t)
    ]
    frame.site = _site_name(header, title_at) or blog_site
    if dateline and title_at is not None and _is_lead(lines, title_at, start):
        frame.lead, frame.title, title_at = title_at, None, None
    if heading_title:
        frame.title = heading_title
    # The article's stamp: the first after the title; one before it only with a time
    # (a date alone up there is the site's calendar widget).
    # An update line ("Diperbarui …") loses against the publication stamp.
    updates = {i for i, _ in stamps if _UPDATED.match(header[i])}
    if len(updates) < len(stamps):
        stamps = [(i, s) for i, s in stamps if i not in updates]
    # (the title shown twice, a stamp between the copies: after the first copy)
    first_at = title_at
    if title_at is not None and frame.title:
        whole = _norm(frame.title)
        first_at = min(
            (i for i, t in candidates if _norm(t) and whole.startswith(_norm(t))),
            default=title_at,
        )
        first_at = min(first_at, title_at)
    after = [s for i, s in stamps if first_at is None or i >= first_at]
    before = [s for i, s in stamps if first_at is not None and i < first_at]
    if any(_TEMPERATURE.match(x) for x in header[:3]):
        before = []  # "28 C / Sintang / Rabu, 4 Desember 2024": a weather widget
    chosen = after[0] if after else next((s for s in before if _own_stamp(s)), None)
    if chosen and not after and _calendar_widget(chosen, lines[start:]):
        chosen = None
    if chosen:
        frame.published, frame.has_time = chosen.when, chosen.has_time
    if dateline:
        frame.dateline = dateline = _swapped(dateline)
        if dateline.place and dateline.outlet and province_name(dateline.outlet):
            # "KALIMANTAN TIMUR, SAMARINDA –": the province before the place is a
            # region, not the outlet's tag.
            frame.dateline = dateline = dataclasses.replace(dateline, outlet=None)
        if dateline.guessed:
            frame.warnings.append(
                Warning(
                    WarningCode.GUESS,
                    f"tempat dateline '{dateline.place}' ditebak dari awal paragraf "
                    "tanpa tanda pisah: periksa dateline_place",
                    "dateline_place",
                )
            )
    if dateline and dateline.place and frame.site and not dateline.outlet:
        if _norm(dateline.place) == _norm(frame.site):
            # "KALTENG TERKINI –" under a page headed "Kalteng Terkini": the site's
            # tag, not a place.
            frame.dateline = dateline = dataclasses.replace(
                dateline, place=None, outlet=frame.site, date_text=None
            )
    channel = _CHANNEL.fullmatch(dateline.outlet or "") if dateline else None
    if channel and not dateline.place:
        # "Hi!Sintang -" on a page whose photos are credited "…/Hi!Pontianak": the
        # network's tag names the town it reports from; the credited channel is the
        # outlet. A tag naming the credited channel itself ("Hi!Pontianak -") stays
        # placeless.
        credited = {m for c in frame.captions for m in _CHANNEL_IN.findall(c)}
        from arsip_extract.dateline import _known_place

        if credited and channel[0] not in credited and _known_place(channel["town"]):
            frame.dateline = dateline = dataclasses.replace(
                dateline, place=channel["town"], outlet=min(credited)
            )
    if (
        dateline
        and dateline.outlet
        and frame.outlet is not None
        and frame.outlet == alone_name
        and looks_like_site(dateline.outlet)
        and outlet_key(dateline.outlet)[0] != outlet_key(alone_name)[0]
    ):
        # "PANTAU" over "KOTA.SITUS.ASIA-": a kicker that happens to be some listed
        # outlet's name loses to the address the story's own dateline writes.
        frame.outlet = None
    if dateline and dateline.outlet and frame.outlet is None:
        frame.outlet = dateline.outlet
    if frame.credit_site is None:
        # A photo credit line just under the first paragraph ("Situs.com/Nama").
        for line in lines[start : start + 6]:
            below = _SITE_CREDIT.match(line)
            if below:
                frame.credit_site = below["site"]
                break
    frame.outlet = frame.outlet or frame.site or humas
    if frame.outlet is None and frame.author and listed_site(frame.author):
        frame.outlet = frame.author  # "Reporter : situsbanua": the site's account
    if frame.outlet is None and frame.author and _BRAND_AUTHOR.fullmatch(frame.author):
        # "Reporter : kaltengdaily": the site's own account credited, not a person.
        frame.outlet = frame.author
    if frame.outlet is None and frame.author and _ACCOUNT.fullmatch(frame.author):
        # "Reporter : situsku" over "Editor : situsku": one account in lower case
        # both writes and edits: the site's own, not a person.
        edited = re.compile(rf"(?i)editor\s*:\s*{re.escape(frame.author)}")
        if any(edited.fullmatch(line) for line in header):
            frame.outlet = frame.author
    return frame


# A site's account as a byline: one word in lower case ("situsku").
_ACCOUNT = re.compile(r"[a-z][a-z0-9]{3,}")


def _listed(line: str) -> str | None:
    """The outlet a line names when it is a listed outlet's name and nothing else."""
    if len(line) > 40 or line.count(" ") > 4:
        return None
    from arsip_core.outlets import load_outlets
    from arsip_extract.dateline import _known_place

    name = line.rstrip(" ,;:|")
    if not name[:1].isalnum() or name.endswith((")", "]", '"', "”")):
        return None  # "(Humas Polres X)", "- Jurnalis": a credit or a list item
    return load_outlets().known(name) and (None if _known_place(name) else name)


# Agencies and broadcasters whose name a republishing site cites as its source.
_AGENCIES = frozenset(("antara", "antaranews", "rri", "kbrn", "infopublik"))


def listed_site(name: str) -> str | None:
    """``name`` when it is a listed outlet other than a news agency (a site that
    names itself), else None."""
    found = _listed(name)
    if not found:
        return None
    from arsip_core.outlets import load_outlets, outlet_key

    listed = load_outlets().known(found) or found
    return None if outlet_key(listed)[0] in _AGENCIES else found


# "Judul Berita - Kalteng Pos", "Judul | Berau Terkini": a headline, then a listed
# outlet after the page title's bar or dash.
_TITLE_SEP = re.compile(r"^(?P<title>.{10,}?)\s+[|–-]\s+(?P<site>[^|–-]{2,40})$")


def _title_listed(line: str) -> dict[str, str] | None:
    """Headline and site of a browser tab's title ending with a listed outlet."""
    if " - " not in line and " | " not in line and " – " not in line:
        return None
    found = _TITLE_SEP.match(line)
    if not found or not _listed(found["site"]):
        return None
    return {"title": found["title"], "site": found["site"].strip()}


# An account named after the site: one word ending as outlets' names do.
_BRAND_AUTHOR = re.compile(
    rf"[a-z][a-z0-9]*(?:daily|news|post|pos|times|online|media|tv|terkini)|{DOMAIN}",
    re.IGNORECASE,
)


# "Yohanes Kurnia · Rabu, 27 November 2024 - 07:30:00 WIB", "Taufik, Jurnalis · …":
# an author's name before the stamp, after a dot or a bar.
_NAME_DOT = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
    r"(?:\s*,\s*(?:jurnalis|wartawan|reporter|kontributor))?\s*[·|•]\s*$",
    re.IGNORECASE,
)
_TEMPERATURE = re.compile(r"^\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$")
_UPDATED = re.compile(r"^\W*(?:diperbarui|diupdate|update[d]?|pembaruan)\b", re.I)


_HEADED = re.compile(r"^\W*(?:(?:date|tanggal|posted|published|on)\b\W*)?\d", re.I)


def _stamp_headed(line: str) -> tuple[Stamp, str] | None:
    """``date 2024-02-18 Kawal Pleno …``: a stamp, perhaps after a label, glued in
    front of a headline; (stamp, headline) or None."""
    if not _HEADED.match(line):
        return None  # cheap: most lines do not open with a date
    stamp = find_stamp(line)
    if not stamp or stamp.start > 12 or _words(line) > 30:
        return None
    from arsip_extract.stamps import _is_label

    rest = line[stamp.end :].strip(" |-–—:·")
    if not _is_label(line[: stamp.start].strip(" |,-–—•·:()[]")) or _words(rest) < 4:
        return None
    if not rest[:1].isupper() or rest.endswith(_SENTENCE_END[:3]):
        return None
    return stamp, rest


# Words of a site's navigation menu ("Beranda", "Profil", "Berita", "Kontak").
_NAV_WORD = re.compile(
    r"^(?:home|beranda|berita|news|daerah|regional|nasional|internasional|politik"
    r"|hukum|kriminal|hukrim|peristiwa|ekonomi|bisnis|olahraga|sport|hiburan"
    r"|lifestyle|gaya\s+hidup|teknologi|tekno|pendidikan|kesehatan|wisata|opini"
    r"|video|foto|galeri|profil|kontak|tentang(?:\s+kami)?|publikasi|pengumuman"
    r"|informasi|layanan|agenda|indeks|index|metro|metropolis|pemilu|pilkada|utama"
    r"|terkini|terbaru|populer|headline|kanal|rubrik|artikel|jadwal|umum|sosial"
    r"|budaya|kamtibmas|ppid|tv|live|kabar\s+daerah|pemerintahan|parlementaria"
    r"|advertorial|khazanah|religi|otomotif|travel|kuliner|citizen|feature)$",
    re.IGNORECASE,
)
# The menu's own button and its neighbours: chrome, never the site's name.
# Scroll buttons ("TopBottom", "Back to top") are chrome as well.
_MENU_BUTTON = re.compile(
    r"^(?:menu|navigasi|mode\s+gelap|dark\s+mode|top\s*bottom|back\s+to\s+top"
    r"|kembali\s+ke\s+atas)$",
    re.I,
)
# A heading of a list of other stories printed above the article (a sidebar).
_LIST_HEAD = re.compile(
    r"^(?:recent\s+posts?|latest\s+(?:posts?|news)|popular\s+posts?"
    r"|(?:berita|artikel|postingan|tulisan)\s+(?:terbaru|terkini|terpopuler|populer"
    r"|lainnya|pilihan)|terkini|terpopuler|populer|terbaru|trending"
    r"|baca\s+juga|berita\s+terkait)\s*:?$",
    re.IGNORECASE,
)


def _is_menu(line: str) -> bool:
    """A short line of a navigation menu (one or two words, no date, no label)."""
    return (
        _words(line) <= 3
        and not line.endswith(_PARAGRAPH_END)
        and not _BLOCK_LABEL.match(line)
        and not author_of(line)[0]
        and not find_stamp(line)
    )


def _menu_after(header: list[str], i: int) -> bool:
    """Whether a navigation menu follows ``header[i]``: two short lines, one of them
    a menu word."""
    nxt = header[i + 1 : i + 3]
    return (
        len(nxt) == 2
        and all(_is_menu(x) for x in nxt)
        and any(_NAV_WORD.match(x) for x in nxt)
    )


def _chrome(header: list[str], stamp_at: set[int]) -> set[int]:
    """Header lines of the site around the article: a name or tagline over a menu,
    and a sidebar list (headline, date, headline, date…, or under a list heading)."""
    # The site's name and tagline stand at the top of the page.
    out = {i for i in range(min(len(header), 4)) if _menu_after(header, i)}
    pairs = [
        j
        for j in range(len(header) - 1)
        if j not in stamp_at
        and j + 1 in stamp_at
        # A sidebar lists dates alone; a stamp with its byline is the article's.
        and parse_stamp(header[j + 1], bylined=False)
    ]
    for j in pairs:
        listed = (
            j + 2 in pairs
            or j - 2 in pairs
            or (j > 0 and bool(_LIST_HEAD.match(header[j - 1])))
        )
        if listed:
            out.update((j, j + 1))
    return out


def _site_name(header: list[str], title_at: int | None) -> str | None:
    """The site's name on the page's first line: above a menu (perhaps under a
    tagline), or written as a brand (``PROKAL``, ``SINDOnews``)."""
    for k, line in enumerate(header[:4]):
        if _is_junk(line) and not _menu_after(header, k):
            continue  # "Lompat ke isi utama"
        if (
            k == title_at
            or _words(line) > 5
            or line.endswith(_PARAGRAPH_END)
            or find_stamp(line)
            or author_of(line)[0]
            or is_caption(line)
            or _HEADING.match(line)
        ):
            return None
        tagline = k + 1 < len(header) and k + 1 != title_at
        menu = _menu_after(header, k) or (
            tagline and _words(header[k + 1]) <= 8 and _menu_after(header, k + 1)
        )
        if _MENU_BUTTON.match(line):
            return None
        if menu and not _NAV_WORD.match(line):
            return line
        return line if _words(line) <= 3 and _brand_like(line) else None
    return None


def _brand_like(name: str) -> bool:
    """A name written as a brand: a site, CamelCase (``SINDOnews``), one word in
    capitals (``PROKAL``) or with a word such as News, Post, Times."""
    from arsip_extract.dateline import _is_name

    if looks_like_site(name):
        return True
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", name):
        return False  # "kalimantan-timur": a section's slug from the address
    if re.fullmatch(r"[A-Z][A-Z0-9!]{3,}", name):
        from arsip_core.gazetteer import load_gazetteer

        # "PROKAL", not "KALBAR" (a section) nor "SAMPIT" (a place's section)
        return not _SECTION_WORDS.match(name) and not load_gazetteer().place(
            name.title()
        )
    if _NAV_WORD.match(name.split()[0]) or _SECTION_WORDS.match(name.split()[0]):
        return False  # "Berita Umum", "News Ticker": a section or a widget
    parts = re.findall(r"[A-Z][a-z]+", name)
    if (
        len(parts) >= 2
        and "".join(parts) == name
        and all(_SECTION_WORDS.match(p) or _KICKER_PARTS.match(p) for p in parts)
    ):
        return False  # "BeritaEkbisHankam": the page's sections run together
    return bool(re.fullmatch(r"(?:[A-Z]{2,}[a-z]+|[A-Z][a-z]+[A-Z]\w*)", name)) or (
        _is_name(name) and not re.fullmatch(r"[A-Z]{1,3}", name)
    )


# "Kapolres Ketapang AKBP Setiadi. (Agustiandi/Suarakalbar.co.id)": the photographer
# and the site.
# A credit's own label ("(Foto: Nama/situs.com)", "(FOTO : SITUS.COM/NAMA)").
_CREDIT_LABEL = r"(?:(?i:foto|photo)\s*:\s*)?"
# "IST/NAMA SITUS : Kapolres …": a caption opened by its credit, the courtesy word
# ("istimewa", "dokumentasi") before the site's name.
_OPENING_CREDIT = re.compile(
    r"^(?i:ist|istimewa|dok|dokumentasi)\s*/\s*"
    r"(?P<site>[A-Z][\w.]+(?: [A-Z][\w.]+){0,2})\s*[:–—-]\s"
)
_PHOTO_CREDIT = re.compile(
    rf"\({_CREDIT_LABEL}[A-Z][\w .']{{1,40}}/\s*(?P<site>{DOMAIN})\s*\)"
)


# "(Situs.com/Nama Fotografer)" or that credit alone on its line: the site first;
# "(Foto: Situs.com/HO-Humas)": a handout the site credits.
_SITE_CREDIT = re.compile(
    rf"(?:^|\(){_CREDIT_LABEL}(?P<site>{DOMAIN})\s*/\s*"
    r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\s*(?:\)|$)"
)


def _banner_site(line: str) -> str | None:
    """The site a banner line names, "" for a row of tags, None for other lines.

    ``SITUS.COM | PT … | slogan``: three or more parts split by bars, the first a
    site. ``Tag - Tag Lain - Situsku``: three or more short parts split by dashes,
    the last one word (the site's name).
    """
    if " | " in line:
        parts = line.split(" | ")
        if len(parts) >= 3 and looks_like_site(parts[0]):
            return parts[0].strip()
        return None
    if line.count(" - ") < 2 or line.endswith(_SENTENCE_END):
        return None
    parts = [p.strip() for p in line.split(" - ")]
    if not all(1 <= _words(p) <= 4 and p[:1].isupper() for p in parts):
        return None
    last = parts[-1]
    return last if re.fullmatch(r"[A-Z][A-Za-z!]{3,}", last) else ""


# "... di atas. NAMA FOTOGRAFER/ SITUSPOST": a caption closing with its
# photographer and the outlet in capitals, no brackets.
_CAPS_CREDIT = re.compile(
    r" [A-Z][A-Z.']+(?: [A-Z][A-Z.']+){0,3}/ ?(?P<site>[A-Z]{4,})$"
)


# "(Foto: Nama/situsbanua)": the photographer, then the site, in brackets.
_SLASH_CREDIT = re.compile(r"\([^()/]{2,40}/\s*(?P<site>[^()/]{2,30}?)\s*\)\s*\.?$")


def _listed_credit(line: str) -> dict[str, str] | None:
    """A caption's credit ``(Foto: Nama/Site)`` whose site is a listed outlet."""
    if not line.endswith((")", ").")) or "/" not in line[-60:]:
        return None
    found = _SLASH_CREDIT.search(line, max(0, len(line) - 80))
    if found and listed_site(found["site"]):
        return {"site": found["site"]}
    return None


def _caps_credit(line: str) -> re.Match[str] | None:
    """The ``NAME/ OUTLET`` credit closing a caption, when OUTLET reads as a brand."""
    if not line[-1:].isupper() or "/" not in line[-40:]:
        return None
    from arsip_extract.dateline import _is_name

    found = _CAPS_CREDIT.search(line, max(0, len(line) - 60))
    return found if found and _is_name(found["site"]) else None


def _is_lead(lines: list[str], at: int, start: int) -> bool:
    """Whether header line ``at``, chosen as title, is the story's first paragraph
    written above its dateline: right before it, a sentence of 20 words or more in
    sentence case, not repeated below (a summary that repeats the lead is not)."""
    line = lines[at]
    if at != start - 1 or _words(line) < 20 or not line.endswith(_SENTENCE_END):
        return False
    words = line.split()
    lower = sum(w[0].islower() and w not in _SMALL_WORDS for w in words)
    if lower < len(words) * 0.3:
        return False  # a long headline in Title Case
    below = _norm(" ".join(lines[start : start + 12]))
    return _norm(line)[:80] not in below


def _swapped(dateline: Dateline) -> Dateline:
    """``KOTAKU, BALIKPAPAN-``: two names in capitals; the known place is the place."""
    place, outlet = dateline.place, dateline.outlet
    from arsip_core.gazetteer import load_gazetteer

    if not place and outlet and outlet.count(".") >= 2:
        # "SAMARINDA.NIAGA.ASIA–": the city written as the site's first label.
        city, site = outlet.split(".", 1)
        if city.isalpha() and load_gazetteer().place(city.title()):
            return dataclasses.replace(dateline, place=city.title(), outlet=site)
    if place and not outlet and _BRANDED_PLACE.fullmatch(place):
        # "TKPPONTIANAK –": no place, but a city's name with the outlet's letters
        # before it.
        gaz = load_gazetteer()
        word = place.lower()
        if not gaz.place(place) and any(
            word.endswith(known.name.lower()) and len(word) - len(known.name) >= 2
            for known in gaz.places
            if " " not in known.name
        ):
            return dataclasses.replace(dateline, place=None, outlet=place.upper())
    if not (place and outlet and outlet.isupper() and "." not in outlet):
        return dateline
    gaz = load_gazetteer()
    if gaz.place(outlet.title()) and not gaz.place(place):
        return dataclasses.replace(dateline, place=outlet.title(), outlet=place.upper())
    return dateline


_BRANDED_PLACE = re.compile(r"[A-Z][a-z]{6,}")


# How far after every day the story writes a date above the title may stand.
_WIDGET_AFTER = timedelta(days=7)


def _calendar_widget(stamp: Stamp, story: list[str]) -> bool:
    """Whether a date without a time above the title is the site's calendar (the
    day the page was copied): more than a week after every day the story writes
    with its year ("3 Desember 2024" over a story of "Sabtu 17 Februari 2024")."""
    if stamp.has_time:
        return False
    from arsip_extract.dates import find_event_dates

    written = find_event_dates("\n".join(story)[:3000]).dates
    return bool(written) and stamp.when.date() > max(written) + _WIDGET_AFTER


def _own_stamp(stamp: Stamp) -> bool:
    """A stamp above the title: the article's unless it is the site's date widget,
    a date without a time written the English way (``Monday, August 15, 2022``)."""
    return stamp.has_time or not stamp.english


def _choose_title(
    candidates: list[tuple[int, str]], frame: Frame, byline: int | None = None
) -> int | None:
    """Pick the title among the header lines left; return its index.

    ``byline`` is where a byline or stamp written as bullets starts (``• Oleh X``,
    Borneonews): of the headline-like lines above it, the one right above it is the
    title (promo lines come first).
    """
    if not candidates:
        return None
    norms = [_norm(text) for _, text in candidates]
    # The title twice, the first copy perhaps cut short: the full copy wins.
    for a, (_i, text) in enumerate(candidates):
        for b in range(a + 1, len(candidates)):
            cut = text.endswith(("…", "...")) or not text.endswith(".")
            if (
                cut
                and not _caption_twice(candidates, a, b, norms)
                and norms[a]
                and norms[b].startswith(norms[a])
                and _words(text) >= 4
                and _capitalised(candidates[b][1])  # not the address's slug words
            ):
                frame.title = candidates[b][1]
                return candidates[b][0]
    from arsip_extract.doubts import not_a_headline

    titled = [(i, t) for i, t in candidates if _titled(t)]
    # a radio station's name, a caption's person or credit: another line that looks
    # like a headline is the headline
    titled = [(i, t) for i, t in titled if not not_a_headline(t)] or titled
    pool = (
        titled
        # a headline ending with a stop ("… yang Kondusif."), not a section's label
        or [
            (i, t)
            for i, t in candidates
            if _words(t) >= 3 and _capitalised(t) and not looks_like_section(t)
        ]
        or [(i, t) for i, t in candidates if _words(t) >= 2]
        or candidates
    )
    i, text = pool[0]
    if len(pool) > 1 and pool[1][0] == i + 1 and _is_kicker(text, pool[1][1]):
        i, text = pool[1]  # "Operasi Ketupat Telabang 2024", then the headline
    above = [(j, t) for j, t in titled if byline is not None and j < byline]
    if len(above) > 1 and above[-1][0] == byline - 1:
        i, text = above[-1]
    frame.title = text
    if looks_like_site(text) or looks_like_section(text):
        frame.warnings.append(
            Warning(
                WarningCode.GUESS,
                f"judul '{text}' tampak seperti nama situs atau rubrik: periksa judul",
                "title",
            )
        )
    return i


def _caption_twice(
    candidates: list[tuple[int, str]], a: int, b: int, norms: list[str]
) -> bool:
    """Whether the copies ``a`` and ``b`` are no headline shown twice: a headline
    stands above them, and the full copy ends as a sentence or a caption ends (a
    photo caption shown twice, its first copy perhaps cut short: "… saat tiba di
    pelabuhan. …", "… saat tiba di pelabuhan / Humas Polres", "… (Situs Kita)")."""
    from arsip_extract.doubts import not_a_headline

    full = candidates[b][1].rstrip()
    if not (full.endswith(".") or not_a_headline(full)):
        return False
    return any(
        _titled(text) and not looks_like_site(text) and not norms[b].startswith(norm)
        for (_i, text), norm in zip(candidates[:a], norms[:a], strict=True)
    )


_VERB = re.compile(r"^(?:me|ber|di|ter|per)\w{3,}$|^\w{3,}kan$", re.IGNORECASE)


# More words than any headline of the tune pages (30 at most): headlines run together.
_TITLE_WORDS_MAX = 40


def _capitalised(text: str) -> bool:
    """Whether ``text`` has a capital letter: every headline has; the address's slug
    words written out ("polisi amankan gudang kpu 69042") have none."""
    return any(c.isupper() for c in text)


def _titled(text: str) -> bool:
    """A line shaped like a headline: four words or more (but not a ticker of
    several headlines), a capital, no final full stop."""
    return (
        4 <= _words(text) <= _TITLE_WORDS_MAX
        and not text.endswith(".")
        and _capitalised(text)
        and not looks_like_section(text)
    )


def _is_kicker(line: str, below: str) -> bool:
    """A topic kicker above the headline: five words at most, no verb (a noun
    phrase such as an operation's name), the line below a longer headline."""
    words = line.split()
    return (
        len(words) <= 5
        and _words(below) >= 6
        and not any(_VERB.match(w.strip(",.:;!?")) for w in words)
    )


@dataclass
class Tail:
    """Where the story ends and what its closing lines said."""

    end: int
    author: str | None = None
    published: datetime | None = None
    has_time: bool = False
    outlet: str | None = None  # from "COPYRIGHT © ANTARA News Kalbar" and kin
    title: str | None = None  # a title written after the story, above its stamp
    source: str | None = None  # "Sumber: ANTARA": the agency a story was taken from
    dropped: set[int] = field(default_factory=set)  # a "Baca juga" box mid-story
    wrapped: set[int] = field(default_factory=set)  # lines going on from the one before


_PROVINCE_SHORT = {
    "kalimantan barat": "Kalbar",
    "kalimantan tengah": "Kalteng",
    "kalimantan selatan": "Kalsel",
    "kalimantan timur": "Kaltim",
    "kalimantan utara": "Kaltara",
}
_REGIONS = frozenset(("kalbar", "kalteng", "kalsel", "kaltim", "kaltara"))
# "Copyright © 2024 Situs", "© 2019-2024 Situs. All Rights Reserved", and with the
# word alone ("Copyright 2024 Situs"): the name must then start as a name does.
_COPYRIGHT = re.compile(
    r"^(?:(?:copyright|hak\s+cipta)\s*(?:©|\(c\))?|©|\(c\))\s*(?:copyright\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
    r"(?P<name>[A-Za-z][\w .-]{1,50}?)\s*(?:\d{4})?\s*\.?$",
    re.IGNORECASE,
)
# "Ikuti X di Google News", "Baca berita update lainnya dari X di Google News",
# "Follow Google News X": the site asks to be followed under its own name.
_FOLLOW = re.compile(
    r"^\W*(?i:(?:silakan|silahkan|yuk|jangan\s+lupa)\s+)?"
    r"(?i:ikuti|ikut|simak|baca|cek|dapatkan|follow)\s+"
    r"(?i:(?:berita|informasi|info|update|konten|artikel|menarik|lainnya|lain|terkini"
    r"|terbaru|terupdate|pilihan|seputar)\s+)*(?i:dari\s+)?"
    rf"(?P<name>{DOMAIN}|[A-Za-z][\w!]+(?:\s[A-Z][\w!]+){{0,2}})\s+(?i:di\s+google\s+news)"
)
_FOLLOW_AFTER = re.compile(
    r"^\W*(?i:follow|ikuti|ikut)\s+(?i:(?:berita|informasi|update|konten|artikel"
    r"|menarik|lainnya|lain|terkini|terbaru)\s+)*(?i:di\s+)?(?i:google\s+news)\s+"
    r"(?P<after>[A-Z][\w!.]+(?:\s[A-Z][\w!]+){0,2})(?:\s+(?i:dan|untuk)\b|\W*$)"
)
# Words of the prompt itself, never the site's name ("Ikuti berita terkini di …").
_FOLLOW_WORDS = frozenset(
    "berita informasi info update konten artikel menarik lainnya lain terkini terbaru"
    " terupdate pilihan seputar kami kita".split()
)


_HUMAS = re.compile(
    r"^(?:bid\s*|sie\s+|si\s+|divisi\s+)?humas\s+pol(?:res|resta|da|ri)\b[\w ]{0,30}$",
    re.IGNORECASE,
)


# A government press office signing off a story on its own site.
_SIGN_OFF = re.compile(
    r"^(?:diskominfo|dinas\s+kominfo|(?:bagian\s+)?prokopim|humas\s+(?:setda|pemkab"
    r"|pemkot|pemprov|pemerintah|kpu|bawaslu))\b[\w .]{0,40}$",
    re.IGNORECASE,
)


# "Follow channel WhatsApp Situs", "Gabung Grup Telegram Situs Kita": the site asks
# to be followed on its chat channel under its own name.
_CHANNEL_FOLLOW = re.compile(
    r"(?i:follow|ikuti|gabung|join)\s+(?i:(?:di|ke|channel|saluran|grup|group)\s+){0,2}"
    r"(?i:whatsapp|telegram)(?:\s+(?i:channel|saluran|grup|group))?\s+"
    rf"(?P<name>{DOMAIN}|[A-Za-z][\w!]+(?:\s[A-Z][\w!]+){{0,2}})"
)


def _outlet_of_tail(line: str) -> str | None:
    """The outlet a copyright, "Ikuti X di Google News" or "Humas Polres X" line
    names."""
    # ("WhatsApp" / "Telegram": a substring test spares the pattern most lines)
    if ("pp" in line or "PP" in line or "ram" in line or "RAM" in line) and (
        channel := _CHANNEL_FOLLOW.search(line)
    ):
        name = channel["name"]
        if name.casefold() not in _FOLLOW_WORDS | {"untuk", "sekarang"}:
            return name
    if _HUMAS.match(line) and not line.lower().endswith("polri"):
        return line
    news = re.search(r"(?i)google\s+news", line)
    follow = (_FOLLOW.match(line) or _FOLLOW_AFTER.match(line)) if news else None
    if follow and follow.groupdict().get("name"):
        if _FOLLOW_WORDS.issuperset(follow["name"].casefold().split()):
            follow = _FOLLOW_AFTER.match(line)  # "Ikuti berita lainnya di Google News"
    if follow:
        name = follow.groupdict().get("name") or follow["after"]
        if not _FOLLOW_WORDS.issuperset(name.casefold().split()):
            return name
    said = _SELF_DESCRIBED.match(line)
    if said:
        return said["labelled"] or said["name"]
    marked = re.search(r"©|\(c\)|copyright", line, re.I)
    if marked and "|" in line:
        # "situs.go.id | develop by Dinas X | © 2019 | Privacy Policy": the footer's
        # row of parts names the site by its address (a government's too: its own).
        parts = (p.strip() for p in line.split("|"))
        site = next((p for p in parts if p and looks_like_site(p)), None)
        if site:
            return site
    copyright_ = _COPYRIGHT.match(line) if marked else None
    if not copyright_:
        return None
    name = re.sub(
        r"\b(?:all rights reserved|hak cipta dilindungi.*)$",
        "",
        copyright_["name"],
        flags=re.I,
    ).strip(" .,")
    if not re.search(r"©|\(c\)", line, re.I) and not (
        name[:1].isupper() or looks_like_site(name)
    ):
        return None  # "Hak cipta dilindungi undang-undang": no name
    return brand(name) or None


# A footer describing the site: "PERATURAN : SitusNews adalah media siber yang ...".
# The name must be written as a brand (CamelCase, capitals, a domain, "…News"):
# "Kegiatan ini merupakan media silaturahmi" names no site.
_SELF_DESCRIBED = re.compile(
    r"^(?:[A-Z][A-Z ]{2,30}\s*:\s*(?P<labelled>[A-Z][\w.!]+)"
    rf"|(?P<name>[A-Z][a-z]+(?:[A-Z][A-Za-z0-9]*)+|[A-Z][A-Z0-9!]{{3,}}|{DOMAIN}"
    r"|[A-Z][a-z]+(?:news|post|online|times)))"
    r"\s+(?i:adalah|merupakan)\s+(?i:media|portal|situs|perusahaan\s+pers)\b"
)


# A box of links that some sites put inside the story, which then goes on.
_IN_STORY_BOX = re.compile(
    r"^(?:baca|berita|artikel)\s+(?:juga|lainnya|lain|terkait)\b", re.IGNORECASE
)


_SMALL_WORDS = frozenset(
    "di ke dari dan yang untuk dengan pada jelang usai saat serta atau ini itu".split()
)


def _is_other_headline(line: str) -> bool:
    """A headline of another story inside the body: a bullet ("• Polisi …") or a
    Title Case line of six words or more without a full stop."""
    if line.endswith(_SENTENCE_END) or line.endswith((",", ":", ";")):
        return False
    if line.startswith(("• ", "- ", "* ")):
        return _words(line) <= 30
    words = line.split()
    if len(words) < 6 or len(words) > 25 or line[0] in "\"“'‘(":
        return False
    capital = sum(w[0].isupper() or w[0].isdigit() for w in words)
    fits = all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS for w in words)
    return fits and capital >= len(words) * 0.6


_LIST_MARK = ("• ", "- ", "* ")


def _listed_in_story(lines: list[str], i: int, dropped: set[int]) -> bool:
    """Whether the bullet on line ``i`` is an item of the story's own list: the
    story's line above ends with ":" ("… yang terdiri dari:"), perhaps over other
    items of the list."""
    if not lines[i].startswith(_LIST_MARK):
        return False
    k = i - 1
    while k >= 0 and lines[k].startswith(_LIST_MARK) and k not in dropped:
        k -= 1
    return k >= 0 and k not in dropped and lines[k].endswith(":")


# A paragraph of the story ends with one of these; a line after a kept line that
# does not is that paragraph going on (hard-wrapped text), whatever its capitals.
_PARAGRAPH_END = (*_SENTENCE_END, ")", "…", ",", ";", ":", "|")


def _hard_wrapped(lines: list[str], i: int, dropped: set[int]) -> str | None:
    """Whether ``lines[i]`` is a piece of a paragraph wrapped at a fixed width:
    ``"before"`` when the kept line before it runs on into it, ``"after"`` when the
    line after it goes on in lowercase, else None."""
    if i > 0 and i - 1 not in dropped and not lines[i - 1].endswith(_PARAGRAPH_END):
        return "before"
    if i + 1 < len(lines) and lines[i + 1][:1].islower():
        return "after"
    return None


_BACA = re.compile(r"^\(\s*baca\s*:", re.IGNORECASE)
# "Dapatkan informasi terkini dari X di sini": a link prompt, where the story ends
# unless a paragraph follows.
_HERE_PROMPT = re.compile(
    r"^(?:dapatkan|baca|klik|simak|ikuti|cek|kunjungi|lihat)\b.{0,100}\bdi\s?sini\W*$",
    re.IGNORECASE,
)
# A row of a table of links pasted as Markdown ("Judul berita lain |", "---|",
# "![]() |"): the site's list of other stories, not text of this one.
_TABLE_ROW = re.compile(r"^(?:.*\S\s+\||[-:| ]*\|[-:| ]*|!\[[^\]]*\]\([^)]*\)\s*\|?)$")


# "[Gambas:Video CNN]": a placeholder where the site embeds a video or a widget.
_EMBED = re.compile(r"^\[[^\[\]]{2,60}\]$")


def _is_prompt_in_story(line: str) -> bool:
    """ "ADVERTISEMENT", "SCROLL TO CONTINUE…", "(Baca: …)", an embed's placeholder
    or a row of a table of links between paragraphs."""
    if _BACA.match(line) or _TABLE_ROW.match(line) or _EMBED.match(line):
        return True
    return _words(line) <= 6 and bool(_PROMPT.match(line))


_ENDS_SENTENCE = re.compile(r"[a-z][.!?][\"”]?(?:\s*\([\w/ ]{1,30}\))?$")


def _box_end(lines: list[str], start: int) -> int | None:
    """Where the story resumes after a link box at ``start``, or None if it ends."""
    j = start + 1
    while j < len(lines) and j - start <= 8:
        line = lines[j]
        long = (
            _words(line) >= 20
            or (_words(line) >= 12 and line.endswith(_SENTENCE_END))
            # An empty box ("Baca Juga:" alone), then a short closing sentence.
            or (j == start + 1 and _words(line) >= 6 and _ENDS_SENTENCE.search(line))
        )
        if long and not line.startswith(("- ", "• ", "* ")):
            return j
        j += 1
    return None


def cut_tail(lines: list[str]) -> Tail:
    """Find the end of the story in body ``lines``; the first line is the story's
    unless it opens a box of links."""
    tail = Tail(end=len(lines))
    _title_below(lines, tail)
    for line in lines[-40:]:
        if tail.outlet is None and (
            len(line) < 120 or (len(line) < 240 and "pp " in line)
        ):
            tail.outlet = _outlet_of_tail(line)
    first = 1
    if lines and _IN_STORY_BOX.match(lines[0]):
        box = _box_end(lines, 0)
        if box is not None:
            tail.dropped.update(range(box))
            first = box + 1
    for i in range(first, tail.end):
        if i in tail.dropped:
            continue
        line = lines[i]
        if len(line) > 260 and not line.endswith(("…", "...")):
            continue  # a paragraph of the story: no tail line is this long
        closing = _CLOSING.match(line)
        if closing and _words(line) <= 14 and _story_goes_on(lines, i):
            # "Penulis: X | Editor: Y" under a summary line, the story below it: a
            # header's byline the story start passed over, not the closing credits.
            tail.dropped.add(i)
            continue
        if closing and _words(line) <= 14:
            tail.end = min(tail.end, i)
            _read_closing(lines[i:], tail)
            return tail
        if _HUMAS.match(line) or _SIGN_OFF.match(line):
            tail.end = i  # "Humas Polres X", "Diskominfo Kota Y" sign the story off
            return tail
        if len(line) <= 40 and listed_site(line):
            # "Kalteng Pos" alone on a line of the story: the site's sign, no text.
            tail.outlet = tail.outlet or line.rstrip(" ,;:|")
            tail.dropped.add(i)
            continue
        if line[:1] == "©" and _BARE_CREDIT.match(line) and _story_below(lines, i):
            # "©SitusKita.com" under a photo, the story going on below it: the
            # picture's credit, not the footer that ends the page.
            tail.dropped.add(i)
            continue
        here = _HERE_PROMPT.match(line)
        if (
            here
            or _TAIL_WHOLE.match(line)
            or (_TAIL_PREFIX.match(line) and _words(line) <= 30)
        ):
            box = _box_end(lines, i) if here or _IN_STORY_BOX.match(line) else None
            if box is None:
                tail.end = i
                return tail
            tail.dropped.update(range(i, box))
            continue
        if _is_prompt_in_story(line):
            tail.dropped.add(i)
        elif i - 1 in tail.wrapped and not lines[i - 1].endswith(_PARAGRAPH_END):
            tail.wrapped.add(i)  # a hard-wrapped paragraph goes on to its full stop
        elif _is_other_headline(line) and not _listed_in_story(lines, i, tail.dropped):
            wrapped = _hard_wrapped(lines, i, tail.dropped)
            if wrapped == "before":
                tail.wrapped.add(i)
            elif not wrapped:
                tail.dropped.add(i)
        if (
            line.endswith(("…", "..."))
            and i + 1 < len(lines)
            and lines[i + 1].endswith(("…", "..."))
        ):
            tail.end = i  # a list of other stories, each cut short
            return tail
    return tail


# A network's channel written as one word with "!" ("Hi!Pontianak").
_CHANNEL = re.compile(r"[A-Z][a-z]+!(?P<town>[A-Z][a-z]+)")
_CHANNEL_IN = re.compile(r"(?<![\w!])[A-Z][a-z]+![A-Z][a-z]+\b")


# "©SitusKita.com", "© Nama Fotografer": a credit alone on its line, with no year
# and no rights reserved (a footer's "© 2024 Situs. All rights reserved" has them).
_BARE_CREDIT = re.compile(r"^©\s*[A-Za-z][\w.!&' -]{1,40}$")


def _paragraphs_below(lines: list[str], i: int, within: int) -> int:
    """How many of the ``within`` lines after ``lines[i]`` read as story paragraphs."""
    return sum(_paragraph_like(line) for line in lines[i + 1 : i + 1 + within])


def _story_below(lines: list[str], i: int) -> bool:
    """Whether two paragraphs of the story follow ``lines[i]`` among the next three
    lines."""
    return _paragraphs_below(lines, i, 3) >= 2


def _story_goes_on(lines: list[str], i: int) -> bool:
    """Whether a credit line near the body's top has most of the story below it:
    three paragraphs among the next five lines."""
    return i <= 2 and _paragraphs_below(lines, i, 5) >= 3


def _title_below(lines: list[str], tail: Tail) -> None:
    """Some pages (ANTARA's AMP copy) put the title and the stamp after the story,
    perhaps with a pull quote below: a headline-like line naming the lead's words,
    then a stamp alone, close the text."""
    for after in (0, 1):
        at = len(lines) - 2 - after
        if at < 3:
            continue
        title, below = lines[at], lines[at + 1]
        # Cheap tests first: most texts end with a paragraph, not a stamp.
        if (
            _words(below) > 10
            or not 4 <= _words(title) <= 20
            or title.endswith(_PARAGRAPH_END)
            or not title[:1].isupper()
        ):
            continue
        stamp = parse_stamp(below)
        if stamp is None or parse_stamp(lines[at - 1]):
            continue  # no stamp, or a list of other stories each with its stamp
        lead = {w for w in _norm(" ".join(lines[:2])).split() if len(w) >= 4}
        if (
            len(lead & set(_norm(title).split())) < 3  # the story's own headline
            or _IN_STORY_BOX.match(title)
            or _TAIL_WHOLE.match(title)
            or _TAIL_PREFIX.match(title)
        ):
            continue
        tail.title, tail.end = title, at
        tail.published, tail.has_time = stamp.when, stamp.has_time
        return


def _read_closing(lines: list[str], tail: Tail) -> None:
    """Author and stamp from ``Pewarta: X``, ``Editor: Y``, a stamp line."""
    for line in lines[:6]:
        closing = _CLOSING.match(line)
        if closing:
            if closing["label"].lower() in ("pewarta", "reporter", "penulis"):
                tail.author = tail.author or _tidy_name(closing["name"])
            elif closing["label"].lower() == "sumber":
                tail.source = tail.source or closing["name"].strip()
            continue
        stamp = parse_stamp(line)
        if stamp and tail.published is None:
            tail.published, tail.has_time = stamp.when, stamp.has_time
            continue
        if _TAIL_WHOLE.match(line) or _TAIL_PREFIX.match(line):
            break


_TRIBUN = re.compile(r"^(?i:tribun)([a-z]+)\.(?i:com|co\.id|co)$", re.IGNORECASE)


def brand(outlet: str | None) -> str | None:
    """A network's domain as its brand: ``TRIBUNKALTIM.CO`` is ``Tribun Kaltim``,
    ``Tribratanews.polri.go.id`` is ``Tribratanews``, ``kaltim.tribratanews.com`` is
    ``Tribratanews Polda Kaltim``; any other outlet as written."""
    if not outlet:
        return outlet
    tribun = _TRIBUN.match(outlet)
    if tribun:
        return f"Tribun {tribun[1].title()}"
    if re.fullmatch(r"(?i)tribratanews\.(?:tribratanews\.com|polri\.go\.id)", outlet):
        return "Tribratanews"
    host = re.fullmatch(r"(?i)(?:https?://)?(?:(\w+)\.)?antaranews\.com/?", outlet)
    if host:
        # "kalbar.antaranews.com" is ANTARA Kalbar; "pemilu.antaranews.com", the
        # national site's sections and other provinces' sites are ANTARA.
        region = (host[1] or "").lower()
        return f"ANTARA {region.title()}" if region in _REGIONS else "ANTARA"
    # "ANTARA News Kalimantan Barat", "Antaranews Kalbar" and "Antaranews.Kalsel"
    # are ANTARA Kalbar (Kalsel); "ANTARA News" alone, or a line cut before its
    # region ("ANTARA News Kalimantan"), is the national ANTARA.
    agency = re.fullmatch(
        r"(?i)antara(?:\s*news)?"
        r"(?:(?:\s*|\.)(kalimantan(?:\s+\w+)?|kal(?:bar|teng|sel|tim|tara)))?",
        outlet,
    )
    if agency:
        named = " ".join((agency[1] or "").lower().split())
        if named in _REGIONS and not re.search(r"(?i)news", outlet):
            return outlet  # "Antara Kalbar": the brand already, as written
        region = _PROVINCE_SHORT.get(named) or (
            named.title() if named in _REGIONS else None
        )
        return f"ANTARA {region}" if region else "ANTARA"
    return outlet


_REPUBLISHED = re.compile(
    r"(?:sudah|telah)\s+(?:tayang|terbit)\s+di\s+.{2,40}?\s+dengan\s+judul\s*:?\s*"
    r"[\"“]?(?P<title>[^\"”\n]{10,200}?)[\"”]?\s*(?:\.\s|$)",
    re.IGNORECASE,
)


def republished_title(lines: list[str]) -> str | None:
    """The headline a republished story names: "Artikel ini sudah tayang di X dengan
    judul: Y"."""
    for line in lines[::-1]:
        if "judul" in line:
            match = _REPUBLISHED.search(line)
            if match:
                return match["title"].strip()
    return None


# A site's address as a page writes its own name: in a header line, a dateline tag
# ("Situs.com, Kota –", glued "Situs.comKota", "Situs.news-kota,"), a copyright line.
# Not part of a link or an e-mail, nor a platform's or a government's address.
_OWN_SITE = re.compile(
    rf"(?<![@\w./-])(?P<site>(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?i:{DOMAIN_ENDINGS}))"
    r"(?![\w@/]|\.\w|-[A-Za-z0-9]*[./@])"
    r"|(?<![@\w./-])(?P<glued>(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:com|id|co|net|news))"
    r"(?=[A-Z][a-z]|-[A-Za-z])"
)
# Words before an address that cite another site as the source of the story.
_CITED_BEFORE = re.compile(
    r"(?i)\b(?:tayang|terbit|dilansir|dikutip|kutip|sumber|source|via|dari|melalui"
    r"|republished|disadur)(?:\s+(?:di|dari|pada|oleh))?\W{0,3}$"
)
_NOT_OWN = re.compile(
    r"(?i)(?:^|\.)(?:facebook|fb|youtube|youtu|instagram|twitter|x|tiktok|whatsapp"
    r"|wa|t|google|bit|linktr|gmail|yahoo|wordpress|blogger)\.[a-z.]+$"
    r"|\.(?:go|ac|sch|mil)\.id$"
)


def own_site(text: str) -> str | None:
    """The first site address ``text`` writes as a name of its own (not a link, an
    e-mail, a cited source, a platform's or a government's address), or None."""
    low = text.casefold()
    if not any(f".{end}" in low for end in ("id", "com", "co", "net", "news")):
        return None  # most pages write no address: spare them the search
    for match in _OWN_SITE.finditer(text):
        site = match["site"] or match["glued"]
        before = text[max(0, match.start() - 30) : match.start()]
        if len(site.split(".")[0]) < 3 or _NOT_OWN.search(site):
            continue  # "S.Kom" is a degree; "wa.me" a link to a chat
        if _CITED_BEFORE.search(before):
            continue
        return re.sub(r"^(?i:www\.)", "", site)
    return None


# "… tetap kondusif. (Nama/situs.co.id)", "(situs.com/nama)": the reporter's sign-off
# closing the story pairs a name with the address of the site that published it.
_SIGNER = r"[A-Za-z][\w .]{0,30}"
_SITE_SIGN_OFF = re.compile(
    rf"\(\s*(?:{_SIGNER}/\s*(?P<after>{DOMAIN})|(?P<before>{DOMAIN})\s*/\s*{_SIGNER})"
    r"\s*\)\.?\s*$"
)


def signed_site(paragraphs: list[str]) -> str | None:
    """The site a sign-off closing one of the last paragraphs names."""
    for paragraph in reversed(paragraphs[-4:]):
        match = _SITE_SIGN_OFF.search(paragraph)
        if match:
            site = match["after"] or match["before"]
            return None if _NOT_OWN.search(site) else site
    return None
