"""Which record fields are guesses: one coded warning (``tebakan``) per doubted field.

The finders choose among candidates or infer a value the text does not write; here
each such choice becomes a doubt that names the field, what was chosen and why, so
that a maintainer checks a handful of fields per article instead of all of them
(a sidecar or front-matter value for the field settles its doubt:
``arsip_core.warnings.settle_doubts``). Pure, and cheap: it reads what the finders
computed (``Clues``) and the record, never the text field by field.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from arsip_core.model import KALIMANTAN_PROVINCES, ParsedArticle, Record
from arsip_core.outlets import DOMAIN_ENDINGS
from arsip_core.warnings import doubt, field_of
from arsip_extract.dateline import DOMAIN, _known_place
from arsip_extract.dates import EventDates
from arsip_extract.lead import compile_ahead, compile_scan
from arsip_extract.officials import _RANK_ABBRS
from arsip_extract.personnel import Personnel
from arsip_extract.screen import lower
from arsip_extract.stamps import parse_stamp
from arsip_extract.units import UnitMention


@dataclass(frozen=True)
class Clues:
    """What the finders computed on the way to the record, for ``find_doubts``."""

    text: str  # the headline and the body, as the finders read them
    dates: EventDates
    # Where the event day came from when the body dates none: "dateline", "caption".
    date_from: str | None = None
    # The year given to dates written without one, when there is no stamp.
    year_hint: int | None = None
    personnel: Personnel | None = None
    units: tuple[UnitMention, ...] = ()
    # Provinces of places named in another province than the story's (dropped).
    places_elsewhere: tuple[str, ...] = ()
    capital: str | None = None  # the story's province's capital ("Pontianak")
    # Whether the gazetteer knows the dateline's place (a kabupaten, kota or seat).
    dateline_known: bool = False


# The years the archive's elections fall in (campaigns to re-votes).
_ELECTION_YEARS = frozenset({2023, 2024, 2025})
# Words that name an election (lower case): without any, the election is inferred.
_ELECTION_WORDS = (
    "pemilu",
    "pilkada",
    "pemilihan",
    "pilgub",
    "pilbup",
    "pilwali",
    "pileg",
    "pilpres",
    "mantap brata",
    "mantap praja",
    "omb",
    "omp",
)
_ANY_YEAR = compile_scan(r"\b20[0-3]\d\b")
# A day named in the lead: a weekday, "14/2", "14 Februari", "kemarin".
_DATED = compile_ahead(
    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|kemarin)\b"
    r"|\b\d{1,2}\s*/\s*\d{1,2}|\b\d{1,2}\s+(?:jan|feb|peb|mar|apr|mei|jun|jul|agu"
    r"|sep|okt|nov|nop|des)[a-z]*\b|\b(?:hari|malam|pagi|siang|sore)\s+ini\b",
    re.IGNORECASE,
)
_DATED_PARAGRAPHS = 3
# How far from the publication day an event day is still plainly the story's.
_FAR_DAYS = 10
# A headcount this small is rarely the deployment a story reports.
_SMALL_FORCE = 10
# A headcount this large is a province's whole force or every agency's together,
# which a story about one deployment often gives beside its own.
_LARGE_FORCE = 5000


def _iso(day: date | None) -> str:
    return day.isoformat() if day else "-"


# What tells a dateline's parts apart without the gazetteer: a domain, an agency, a
# police unit, a date, a province.
_TOLD_APART = compile_scan(
    rf"{DOMAIN}|\((?:ANTARA|KBRN|RRI)\)|\b(?:Pol(?:da|res|resta|sek)|Humas|ANTARA"
    r"|KBRN|RRI)\b|\d|\b(?i:Kalimantan|Sulawesi|Jawa|Sumatera|Papua|Nusa|Bali)\b"
)


def _listed_outlet(name: str) -> bool:
    """Whether data/outlets.csv lists the outlet ``name``."""
    from arsip_core.outlets import load_outlets

    return load_outlets().known(name) is not None


# The first paragraph opening with a few words and a dash: a dateline's shape.
_DASH_TAG = compile_scan(r"(?:[A-Z0-9][\w.!&'’]*[ ,]*){1,6}?\s?[-–—]{1,2}\s")
# A site's address, not an e-mail's ("redaksi@contoh.com").
_DOMAIN = compile_scan(rf"(?<![@\w.-]){DOMAIN}")
# The last label of each ending DOMAIN accepts, with its dot (co.id -> .id): a page
# holding none of them writes no address.
_ENDS = DOMAIN_ENDINGS.strip("(?:)").split("|")
_DOMAIN_ENDS = tuple({"." + end.rsplit(".", 1)[-1] for end in _ENDS})


def page_doubts(page: str, record: Record) -> tuple[str, ...]:
    """Doubts only the page as pasted can raise: no outlet found though the page
    writes a site's address (in a header, a caption, a credit); no stamp taken though
    a line of the page is one."""
    found = () if record.published is not None else _stamp_doubt(page)
    if record.outlet is not None:
        return found
    return (*found, *_site_doubt(page))


# A line short enough to be a stamp that writes a year or an age ("2 jam lalu").
_STAMP_SHAPED = compile_scan(
    r"\b20[0-3]\d\b|\b\d{1,2}\s+(?:detik|menit|jam|hari|minggu|bulan)\s+"
    r"(?:yang\s+)?lalu\b",
    re.IGNORECASE,
)
_AGO = compile_scan(
    r"^\W*(?:[A-Za-z]+\s*:?\s*)?\d{1,2}\s+(?:detik|menit|jam|hari|minggu|bulan)\s+"
    r"(?:yang\s+)?lalu\W*$",
    re.IGNORECASE,
)
_STAMP_LINE_MAX = 80


def _stamp_doubt(page: str) -> tuple[str, ...]:
    """No stamp was taken, but a line of the page is one by itself (a site's date
    above the title, a sidebar's, an update's, an age like "2 jam lalu"): whether it
    is the article's own is a guess either way."""
    for raw in page.split("\n"):
        line = raw.strip()
        if len(line) > _STAMP_LINE_MAX or not _STAMP_SHAPED.search(line):
            continue
        if _AGO.match(line) or parse_stamp(line):
            return (
                doubt(
                    "published",
                    f"tanggal terbit: tidak dipakai, tetapi halaman menulis '{line}' "
                    "(tanggal situs, berita lain, pembaruan atau umur berita?)",
                ),
            )
    return ()


def _site_doubt(page: str) -> tuple[str, ...]:
    """No outlet found, but the page writes a site's address."""
    # Most pages write no address at all: substring tests spare them the search.
    low = page.lower()
    if not any(end in low for end in _DOMAIN_ENDS):
        return ()
    site = _DOMAIN.search(page)
    if site is None:
        return ()
    return (
        doubt(
            "outlet",
            f"media: tidak ditemukan, tetapi halaman menyebut situs '{site[0]}'",
        ),
    )


def _frame_doubts(parsed: ParsedArticle, record: Record, clues: Clues) -> list[str]:
    """A dateline whose parts only the gazetteer told apart ("SUDUT KALTENG, Muara
    Teweh –", "KALBAR SATU ID –"): which is the place and which the outlet's brand
    is a guess, and both fields follow from it."""
    written = parsed.dateline_text
    if not written and parsed.paragraphs:
        tag = _DASH_TAG.match(parsed.paragraphs[0])
        if tag and record.dateline_place is None:
            # "KABAR BORNEO.ID, Sungai Raya – ...": a tag the reader did not read.
            return [
                doubt(
                    "dateline_place",
                    f"tempat dateline: paragraf pertama dibuka dengan "
                    f"'{tag[0].strip()}' tetapi tidak ada dateline yang terbaca",
                )
            ]
    if not written or _TOLD_APART.search(written):
        return []
    place = record.dateline_place
    if (
        not place
        and record.outlet
        and written.strip(" -–—:|,.").casefold() == record.outlet.casefold()
        and not _listed_outlet(record.outlet)
    ):
        # "WARTAHULU –", "RIMBANUSA –": a word alone taken for the brand by its
        # looks (a press word, CamelCase) or because no list knows it as a place,
        # not by the list of outlets: it may be a place no list knows.
        why = (
            f"tag dateline '{written.strip()}' dibaca sebagai nama media menurut "
            "bentuknya; tidak ada di daftar media"
        )
        return [
            doubt("outlet", f"media: {why}"),
            doubt("dateline_place", f"tempat dateline: kosong, {why}"),
        ]
    if not place or clues.dateline_known or _known_place(place):
        # The gazetteer knows the place, or Kemendagri's list does (another
        # province's kabupaten, a kecamatan): the other part is the brand.
        return []
    if record.outlet and _listed_outlet(record.outlet):
        return []  # data/outlets.csv knows the brand: the other part is the place
    parts = [p for p in re.split(r"[,|]", written.strip(" -–—:|")) if p.strip()]
    if len(parts) > 1:
        why = (
            f"dateline '{written.strip()}': '{place}' tidak dikenal sebagai tempat; "
            "bagian tempat dan nama media ditebak"
        )
    elif record.outlet is None:
        why = (
            f"dateline '{written.strip()}': '{place}' tidak dikenal sebagai tempat; "
            "mungkin nama media"
        )
    else:
        return []
    return [
        doubt("dateline_place", f"tempat dateline: {why}"),
        doubt("outlet", f"media: {why}"),
    ]


# A headline is a sentence's worth of words: fewer is a kicker, a menu item, a site.
_SHORT_TITLE = 4


# What a headline is not, by its form (issue 11: "warn when the title looks like a
# domain or a section name"): a site's address; a radio station's name ("LPPL Radio
# Suara Kota 99,1 FM"); a photo's credit after a slash ("... saat tiba di bandara /
# Humas Polres"); a caption's label of a person, ending in his rank and name ("Kapolsek
# Sungai Raya, Iptu Ahmad"); a site's name in brackets after the headline ("... (Warta
# Hulu)"), not a unit's or an agency's short name ("(Polda Kalsel)", "(KPU)").
_NOT_A_HEADLINE = (
    (_DOMAIN, "alamat situs"),
    (
        compile_scan(r"\bLPPL?\b|\bRadio\s+[A-Z]|\b\d{2,3}[.,]\d\s*FM\b"),
        "nama stasiun radio",
    ),
    (
        compile_scan(r"\s/\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*$"),
        "kredit foto di ujungnya",
    ),
    (
        compile_scan(
            rf",\s*(?:{_RANK_ABBRS}|Kapten|Mayor|Kolonel)\b\.?(?:\s+Pol\b\.?)?"
            r"(?:\s+[A-Z][\w.']*){1,4}\s*$"
        ),
        "keterangan foto: jabatan, pangkat dan nama",
    ),
    (
        compile_scan(
            r"\((?!Pol|Sat|KPU|Bawaslu|TNI|Kodim|Korem|Kodam)"
            r"[A-Z][\w.!]*(?:\s+[A-Z][\w.!]*){1,3}\)\s*$"
        ),
        "nama situs dalam kurung di ujungnya",
    ),
)


def not_a_headline(line: str) -> str | None:
    """What ``line`` is instead of a headline, by its form (a site's address, a
    radio station, a caption's credit or person, a site's name in brackets), or
    None. The reader passes over such lines when another looks like a headline."""
    for form, what in _NOT_A_HEADLINE:
        if form.search(line):
            return what
    return None


def _title_doubts(parsed: ParsedArticle) -> list[str]:
    title = parsed.title
    if not title or any(field_of(w) == "title" for w in parsed.warnings):
        return []  # no headline, or the reader already said why it is a guess
    if len(title.split()) < _SHORT_TITLE or title[:1].islower():
        return [
            doubt(
                "title",
                f"judul '{title}': terlalu pendek atau diawali huruf kecil, "
                "bukan bentuk judul berita",
            )
        ]
    what = not_a_headline(title)
    if what:
        return [
            doubt(
                "title",
                f"judul '{title}': memuat {what}; nama situs atau keterangan "
                "foto, bukan judul berita?",
            )
        ]
    return []


def _event_doubts(
    parsed: ParsedArticle, record: Record, clues: Clues, undated: bool
) -> list[str]:
    dates = clues.dates
    first = dates.first
    published = parsed.published.date() if parsed.published else None
    if first is None:
        if not undated:
            return []
        return [
            doubt(
                "event_date",
                "tanggal kegiatan: tidak ditemukan; teks tidak menulis tahun dan "
                "tanggal terbit tidak diketahui",
            )
        ]
    reasons: list[str] = []
    # (A day taken from the dateline or a photo caption, or only recalled, was
    # right every time on the 454 tuning pages: no doubt.)
    if dates.precision == "inferred":
        reasons.append("hari dihitung mundur dari nama hari tanpa tanggal")
    if (
        clues.date_from is None
        and not dates.recalled
        and not _DATED.search(
            "\n".join((parsed.title or "", *parsed.paragraphs[:_DATED_PARAGRAPHS]))
        )
    ):
        # A story that dates nothing in its lead: a day written further on is often
        # a schedule, an earlier deed retold or the day words were said.
        reasons.append("judul dan tiga paragraf pertama tidak menyebut hari")
    if published is None and str(first.year) not in clues.text:
        reasons.append(
            f"tahun {first.year} tidak tertulis dan tanggal terbit tidak ada"
        )
    if published is not None and abs((first - published).days) > _FAR_DAYS:
        reasons.append(f"jauh dari tanggal terbit {_iso(published)}")
    if record.election and first.year not in _ELECTION_YEARS:
        reasons.append(f"tahun {first.year} di luar masa pemilu 2024")
    near = _near_day(first, dates.dates)
    if near is not None:
        reasons.append(f"teks juga menyebut {_iso(near)}, hari yang berdekatan")
    if not reasons:
        return []
    return [
        doubt("event_date", f"tanggal kegiatan {_iso(first)}: {'; '.join(reasons)}")
    ]


def _near_day(first: date, days: tuple[date, ...]) -> date | None:
    """Another day the text dates right next to the one taken (the day before or
    after), or up to two days before it: an event told over days ("Senin (10/2) ...
    hingga Selasa (11/2)"), an eve, or the day the deed was done before it was
    announced. Which of them is the event's is a guess."""
    for day in days:
        gap = (first - day).days
        if gap in (-1, 1, 2):
            return day
    return None


# A story is published within days of what it reports: a stamp this far from the
# reported day is more likely the site's date or another story's (a sidebar's).
_STAMP_FAR_DAYS = 60


def _published_doubts(parsed: ParsedArticle, clues: Clues) -> list[str]:
    published = parsed.published.date() if parsed.published else None
    first = clues.dates.first
    if published is None or first is None:
        return []
    if abs((published - first).days) <= _STAMP_FAR_DAYS:
        return []
    return [
        doubt(
            "published",
            f"tanggal terbit {_iso(published)}: jauh dari tanggal kegiatan "
            f"{_iso(first)}; mungkin tanggal situs atau stempel berita lain",
        )
    ]


def _election_doubts(
    record: Record, clues: Clues, low: str, undated: bool
) -> list[str]:
    out: list[str] = []
    if record.election:
        if undated:
            out.append(
                doubt(
                    "election",
                    f"pemilu: '{record.election}', tetapi teks tidak menulis tahun "
                    "dan tanggal terbit tidak diketahui: bisa pemilu lain",
                )
            )
        elif not any(word in low for word in _ELECTION_WORDS):
            out.append(
                doubt(
                    "election",
                    f"pemilu: '{record.election}' disimpulkan dari tanggal; teks "
                    "tidak menyebut pemilu atau pilkada",
                )
            )
        elif clues.dates.first and clues.dates.first.year not in _ELECTION_YEARS:
            out.append(
                doubt(
                    "election",
                    f"pemilu: '{record.election}', tetapi tanggal kegiatan tahun "
                    f"{clues.dates.first.year}",
                )
            )
    return out


def _operation_doubts(record: Record, low: str) -> list[str]:
    if record.operation is None and ("mantap" in low or "mantab" in low):
        return [
            doubt(
                "operation",
                "operasi: teks menyebut 'Mantap ...' tetapi nama operasi tidak terbaca",
            )
        ]
    return []


def _province_doubts(record: Record, clues: Clues) -> list[str]:
    out: list[str] = []
    if record.province is None:
        out.append(doubt("province", "provinsi: tidak ditemukan"))
    elif record.province not in KALIMANTAN_PROVINCES:
        out.append(
            doubt("province", f"provinsi: '{record.province}', di luar Kalimantan")
        )
    if clues.places_elsewhere:
        others = ", ".join(sorted(set(clues.places_elsewhere)))
        out.append(
            doubt(
                "places",
                f"tempat: teks juga menyebut tempat di provinsi lain ({others}); "
                "hanya tempat di provinsi berita yang dicatat",
            )
        )
    return out


def _place_doubts(record: Record, capital: str | None) -> list[str]:
    if not record.places or not capital:
        return []
    # The province's capital after the story's own place is often where the
    # Polda sits or a reinforcement came from, not a place of the event.
    later = [p.name for p in record.places[1:] if p.name.endswith(f" {capital}")]
    if later:
        return [
            doubt(
                "places",
                f"tempat: {', '.join(later)} (ibu kota provinsi) disebut setelah "
                f"{record.places[0].name}; tempat kegiatan?",
            )
        ]
    # So is the capital named first when the dateline is not written there: the
    # story is told from the Polda or the provincial KPU ("Kapolda di Pontianak
    # melepas pasukan ke Sambas").
    # (A capital listed with its count, "Pontianak 40 titik", is one of the places
    # a province-wide story lists.)
    first = record.places[0].name
    dateline = (record.dateline_place or "").casefold()
    if (
        len(record.places) > 1
        and first.endswith(f" {capital}")
        and record.places[0].count is None
        and capital.casefold() not in dateline
    ):
        return [
            doubt(
                "places",
                f"tempat: {first} (ibu kota provinsi) disebut pertama, tetapi "
                "dateline tidak di sana; tempat kegiatan?",
            )
        ]
    return []


def _unit_doubts(record: Record, clues: Clues) -> list[str]:
    units = record.police_units
    named = Counter(u.unit for u in clues.units)
    reasons = []
    poldas = [u for u in units if u.startswith("Polda ")]
    if poldas and any(u.startswith(("Polres", "Polsek")) for u in units):
        # A Polda named once in a Polres's story is often the host or the context.
        once = [u for u in poldas if named.get(u, 0) <= 1]
        if once:
            reasons.append(
                f"{', '.join(once)} hanya disebut sekali dalam berita satuan di "
                "bawahnya; ikut bertugas?"
            )
    # A Polsek named once in a story about a unit named more often: where a
    # member serves, a place passed, another story's unit.
    most = max((named.get(u, 0) for u in units), default=0)
    polsek = [u for u in units if u.startswith("Polsek ") and named.get(u, 0) <= 1]
    if polsek and most > 1:
        reasons.append(
            f"{', '.join(polsek)} hanya disebut sekali, satuan lain berkali-kali; "
            "ikut bertugas?"
        )
    twins = _same_place_units(units)
    if twins:
        reasons.append(
            f"{' dan '.join(twins)} bernama tempat yang sama; satu satuan yang "
            "ditulis dua cara?"
        )
    if not reasons:
        return []
    return [doubt("police_units", f"satuan: {'; '.join(reasons)}")]


# A Polres, Polresta or Polsek and the place in its name ("Polres Kota X" is X's).
_LOCAL_UNIT = compile_scan(r"(?:Polres(?:ta)?|Polsek)\s+(?:Kota\s+)?(.+)")


def _same_place_units(units: tuple[str, ...]) -> tuple[str, str] | None:
    """Two local units of one place ("Polsek Melawi" beside "Polres Melawi"), or two
    Polres whose places are one and its start ("Polresta Tidore" beside "Polres Kota
    Tidore Kepulauan"): a unit written two ways, or a Polsek named after its
    kabupaten's Polres by mistake. (A Polsek named after a part of its Polres's town,
    "Polsek Banjarmasin Utara", is a unit of its own.)"""
    placed = []
    for unit in units:
        local = _LOCAL_UNIT.match(unit)
        if local:
            placed.append((unit, local[1].split()))
    for i, (unit, words) in enumerate(placed):
        for other, other_words in placed[i + 1 :]:
            size = min(len(words), len(other_words))
            both_polres = not unit.startswith("Polsek") and not other.startswith(
                "Polsek"
            )
            if words == other_words or (
                both_polres and words[:size] == other_words[:size]
            ):
                return unit, other
    return None


# The words the activities most often taken from deep in a story are told by (lower
# case): a patrol or a TPS guard found in neither the headline nor the first two
# paragraphs is often a part of the guard reported, or what others do. (The other
# activities, and the "lainnya" fallback, were right at least 90 % of the time they
# would be doubted on the 454 tuning pages: no doubt, a shorter report.)
_ACTIVITY_WORDS = {
    "patroli": compile_scan(r"patroli|sambang|razia"),
    "pengamanan-tps": compile_scan(r"tps|pemungutan|pencoblosan|coblos"),
}
_LEAD_PARAGRAPHS = 2


def _activity_doubts(parsed: ParsedArticle, record: Record) -> list[str]:
    if not any(a in _ACTIVITY_WORDS for a in record.activities):
        return []
    lead = "\n".join(
        (parsed.title or "", *parsed.paragraphs[:_LEAD_PARAGRAPHS])
    ).lower()
    deep = [
        a
        for a in record.activities
        if a in _ACTIVITY_WORDS and not _ACTIVITY_WORDS[a].search(lead)
    ]
    if not deep:
        return []
    return [
        doubt(
            "activities",
            f"kegiatan: {', '.join(deep)} tidak disebut di judul dan dua paragraf "
            "pertama; kegiatan berita ini?",
        )
    ]


def _personnel_doubts(record: Record, clues: Clues) -> list[str]:
    total = record.personnel_total
    if total is None or clues.personnel is None:
        return []
    others = [f for f in clues.personnel.figures if f != total]
    reasons = []
    # A part (a post's, a platoon's) is no rival; a figure of the same size is.
    if any(f * 2 >= total for f in others):
        listed = ", ".join(str(f) for f in (total, *others[:4]))
        reasons.append(f"teks menyebut beberapa angka ({listed}); dipilih {total}")
    if total < _SMALL_FORCE:
        reasons.append(f"angka kecil ({total})")
    if total >= _LARGE_FORCE:
        # A whole province's or every agency's force, named for the context?
        reasons.append(
            f"angka besar ({total}): pasukan seluruh provinsi atau gabungan?"
        )
    if not reasons:
        return []
    return [doubt("personnel_total", f"personel: {'; '.join(reasons)}")]


def _official_doubts(record: Record) -> list[str]:
    reasons = []
    bare = [o.name for o in record.officials if not o.position]
    if bare:
        reasons.append(f"jabatan tidak terbaca untuk {', '.join(bare[:3])}")
    # TNI posts ("Dandim 1206/Psb", "Danramil 02") are written many ways.
    soldiers = [o.name for o in record.officials if _TNI_RANK.search(o.rank or "")]
    if soldiers:
        reasons.append(f"jabatan TNI dibaca apa adanya ({', '.join(soldiers[:3])})")
    # A typo the page made ("Putussibaau", "Dandim 09014"): not for the record.
    typos = [
        o.position for o in record.officials if _POST_TYPO.search(o.position or "")
    ]
    if typos:
        reasons.append(f"jabatan tampak salah ketik ({', '.join(typos[:2])})")
    # A post this long has run on into the next words ("Karendal Operasi Mantap
    # Praja Kapuas 2024 Polresta X"); posts rarely take more than seven.
    long = [o.position for o in record.officials if len((o.position or "").split()) > 7]
    if long:
        reasons.append(f"jabatan panjang sekali ({long[0]})")
    if not reasons:
        return []
    return [doubt("officials", f"pejabat: {'; '.join(reasons)}")]


_TNI_RANK = compile_scan(r"\b(?:TNI|Inf|Kav|Arh|Czi|Cpl|Cke|Chb|Cba|Cku|Caj|Cpm)\b")
# A vowel doubled in a lower-case word (Indonesian posts and place names have none),
# or a unit number of five digits (Kodim and Korem numbers have four).
_POST_TYPO = compile_scan(r"[a-z](?:aa|ii|uu)|(?:aa|ii|uu)[a-z]|\b\d{5,}\b")


def find_doubts(parsed: ParsedArticle, record: Record, clues: Clues) -> tuple[str, ...]:
    """The doubts about ``record``'s fields, one warning per doubted field."""
    # Only a missing operation and a set election look for words (lower case).
    low = lower(clues.text) if record.election or record.operation is None else ""
    # No year written and no stamp: the year, and with it the election, is a guess.
    undated = parsed.published is None and not _ANY_YEAR.search(clues.text)
    return (
        *_title_doubts(parsed),
        *_frame_doubts(parsed, record, clues),
        *_event_doubts(parsed, record, clues, undated),
        *_published_doubts(parsed, clues),
        *_province_doubts(record, clues),
        *_place_doubts(record, clues.capital),
        *_unit_doubts(record, clues),
        *_election_doubts(record, clues, low, undated),
        *_operation_doubts(record, low),
        *_activity_doubts(parsed, record),
        *_personnel_doubts(record, clues),
        *_official_doubts(record),
    )
