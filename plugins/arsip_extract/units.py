"""Police units named in a text, normalised: Polda X, Polres X, Polresta X, Polsek X."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from arsip_core.gazetteer import Gazetteer, KabKota
from arsip_extract.alternation import trie_alternation
from arsip_extract.lead import compile_ahead, compile_led, compile_scan
from arsip_extract.prefilter import Clause, in_window, required
from arsip_extract.screen import screened_lower


@dataclass(frozen=True)
class UnitMention:
    """A normalised unit, where it was named, and what it tells about the place."""

    unit: str
    start: int
    province: str | None = None  # a province name, or None when unknown
    place: KabKota | None = None
    kalimantan: bool = True
    end: int = -1  # where the mention ends; -1 when not known
    # Named only as the parent of another unit ("Polres Sanggau Polda Kalbar",
    # "jajaran Polda Kalteng"): it says where, but takes no part.
    parent: bool = False
    # An unknown unit the text places in a province written after it ("Polsek
    # Astana Anyar, Bandung Jawa Barat"): that province (it weighs no vote).
    elsewhere: str | None = None


# A commander's title or headquarters names the unit too: Kapolda, Mapolresta.
# (compile_led puts a lookahead before each pattern: most positions fail there, before
# any alternation is tried.)
_PREFIX = r"(?<![A-Za-z])(?:Waka|Wa|Ka|Ma)?"  # "Wapolda": a deputy written short
# Words that end an unknown unit's name ("Polsek Sungai Raya Bersama ...").
_STOP = {
    "Bersama", "Dan", "Yang", "Di", "Saat", "Pada", "Dalam", "Untuk", "Jajaran",
    "Beserta", "Serta", "Melalui", "Selaku", "Polda", "Polres", "Polresta",
    "Polsek", "Kompol", "AKP", "AKBP", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka",
    "Kombes", "Brigjen", "Irjen", "Menggelar", "Gelar", "Siap", "Amankan", "Laksanakan",
    "Melaksanakan", "Lakukan", "Melakukan", "Kawal", "Mengawal", "Pantau", "Se",
    "Patroli", "Dialogis", "Jaga", "Tinjau", "Bagikan", "Sosialisasi", "Cek", "Sambang",
    "Imbau", "Himbau", "Ajak", "Bersiaga", "Siaga", "Siagakan", "Berikan", "Bantu",
    "Terjunkan", "Kerahkan", "Apel", "Pengamanan", "Personel", "Rapat", "Perketat",
    "Tingkatkan", "Pastikan", "Turunkan", "Sukseskan", "Dukung", "Hadiri", "Jelang",
    "Menjelang", "Usai", "Sebelum", "Selama", "Hingga", "Awasi", "Kunjungi",
    "Sambangi", "Berjaga", "Pimpin", "Lepas", "Kirim", "Monitoring", "Giat",
    "Gencarkan", "Intensifkan", "Kunjungan", "Kunker", "Razia", "Edukasi",
    "Pengawalan", "Hadir", "Ikut", "Turun", "Bersinergi", "Berkoordinasi",
    # an officer's rank after the unit ("Kapolsek Tebas Brigadir Budi"), written
    # short or in words, police or TNI
    "Brigpol", "Brigadir", "Briptu", "Bripda", "Bharaka", "Bharatu", "Bharada",
    "Inspektur", "Ajun", "Komisaris", "Komjen", "Jenderal", "Letjen", "Mayjen",
    "Kolonel", "Letkol", "Letnan", "Mayor", "Kapten", "Lettu", "Letda", "Peltu",
    "Pelda", "Serma", "Serka", "Sertu", "Serda", "Kopka", "Koptu", "Kopda", "Praka",
    "Pratu", "Prada",
    # a word of the sentence typed in capitals ("Kapolsek Juga menekankan"), and
    # a programme's name ("sebagai Polsek Harkamtibmas", "Polsek Presisi")
    "Juga", "Pun", "Ini", "Itu", "Tersebut", "Setempat", "Sendiri", "Harkamtibmas",
    "Kamtibmas", "Presisi",
}  # fmt: skip
# An unknown unit's name: up to three capitalised words on one line.
_CAP_WORDS = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"


@dataclass(frozen=True, eq=False)
class _Patterns:
    polda: re.Pattern[str]
    polda_names: dict[str, tuple[str, str, bool]]  # lower name -> (unit, province, kal)
    polres: re.Pattern[str]
    polres_places: dict[str, KabKota]
    # More Polres after one, their "Polres" left out: ", HSS dan Tapin".
    also_polres: re.Pattern[str]
    other_polres: re.Pattern[str]
    polsek: re.Pattern[str]
    brimob: re.Pattern[str]
    bare_brimob: re.Pattern[str]
    far_province: re.Pattern[str]
    # A unit in an English or French page ("West Kalimantan Regional Police",
    # "Tarakan Police", "la police de Tarakan").
    foreign: re.Pattern[str]
    # Province names that may close an unknown unit's name without being part of
    # it: "Polres Garut Jawa Barat", "Polres Lombok Timur NTB".
    province_tails: frozenset[str]


@lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> _Patterns:
    polda_names: dict[str, tuple[str, str, bool]] = {}
    for prov in gaz.provinces:
        for name in (prov.name, prov.abbreviation):
            polda_names[name.lower()] = (prov.polda, prov.name, True)
    for other in gaz.other_provinces:
        for name in (
            other.name,
            other.abbreviation,
            other.polda.removeprefix("Polda "),
        ):
            polda_names[name.lower()] = (other.polda, other.name, False)
    polda_alt = trie_alternation(list(polda_names))
    # A province written in one word is also part of city names ("Banda Aceh",
    # "Bandar Lampung"): only names of two words or more and the short forms end
    # a unit's name.
    one_word = {
        p.name.lower()
        for p in (*gaz.provinces, *gaz.other_provinces)
        if " " not in p.name
    }
    province_tails = frozenset(n for n in polda_names if " " in n or n not in one_word)
    polres_places: dict[str, KabKota] = {}
    for place in gaz.places:
        for name in (place.name, *place.aliases):
            polres_places[name.lower()] = place
    # Other spellings of a unit's name (data/police_units.csv: "Polres Kota Baru",
    # "Polres Kutai Kertanegara") name its place after "Polres"/"Polresta" only.
    by_name = {(p.name, p.kind): p for p in gaz.places}
    for unit in gaz.units:
        place = by_name.get((unit.place or "", unit.place_kind or ""))
        for alias in unit.aliases if place else ():
            kind, _, name = alias.partition(" ")
            if kind.lower().startswith("polres") and name:
                polres_places.setdefault(name.lower(), place)
    polres_alt = trie_alternation(list(polres_places))
    return _Patterns(
        polda=compile_led(rf"{_PREFIX}Polda\s+(?P<name>{polda_alt})\b", re.IGNORECASE),
        polda_names=polda_names,
        polres=compile_led(
            rf"{_PREFIX}(?P<kind>Polresta|Polrestabes|Polres)\s+"
            r"(?:Kota\s+|Kabupaten\s+|Kab\.?\s+)?"
            rf"(?P<name>{polres_alt})\b(?:\s+Kota\b)?",
            re.IGNORECASE,
        ),
        polres_places=polres_places,
        # A list that ends with "dan"/"serta" ("Polres Lamandau dan Sukamara",
        # "Polres HST, HSS dan Tapin"): a comma alone may lead to a place of the
        # sentence ("Polres Kotim, Sampit"). Each name capitalised.
        also_polres=compile_scan(
            rf"(?P<list>(?:\s*,\s*(?=[A-Z])(?i:{polres_alt})\b)*)\s*,?"
            rf"\s+(?:dan|serta)\s+(?=[A-Z])(?i:(?P<last>{polres_alt}))\b"
        ),
        other_polres=compile_led(
            rf"{_PREFIX}(?P<kind>(?i:Polresta|Polrestabes|Polres))\s+(?P<name>{_CAP_WORDS})"
        ),
        # "Polsekta" (a city's sector, the older name) is the Polsek
        # ("kapolsek Tebas": the post typed in lower case, the name still capitalised)
        polsek=compile_led(
            rf"(?<![A-Za-z])(?i:Waka|Wa|Ka|Ma)?(?i:Polsek(?:ta)?)\s+(?P<name>{_CAP_WORDS})"
        ),
        brimob=compile_led(
            # "Lapangan Brimob Polda Kaltim" is a parade ground, not the unit.
            rf"(?<![A-Za-z])(?<!Lapangan\s)(?:Dan)?"
            r"(?:Sat\s?brimob(?:da)?|Satuan\s+Brimob|Brimob(?:da)?)\s+"
            # "Brimob Batalyon B Polda Kaltim", "Brimob Kaltim", "Satbrimobda Aceh".
            r"(?:(?:Batalyon|Yon)\s+\w+\s+(?:Pelopor\s+)?)?(?:Polda\s+)?"
            rf"(?P<name>{polda_alt})\b",
            re.IGNORECASE,
        ),
        bare_brimob=compile_led(
            # "Korps Brimob (Polri)" is the national corps, no Polda's Satbrimob.
            r"(?<![A-Za-z])(?<!Lapangan\s)(?<!Korps\s)"
            r"(?:Sat\s?brimob|Satuan\s+Brimob|Brimob)\b"
            # "Brimob Polda ada satu pleton": the Polda left unnamed
            r"(?!\s+Polda\s+(?-i:[A-Z]))",
            re.IGNORECASE,
        ),
        # a province named right after a unit, maybe after its city
        far_province=compile_scan(
            r"\s*,?\s*(?:(?-i:[A-Z])[\w-]*\s*,?\s*){0,2}?(?:Provinsi\s+)?"
            rf"(?P<name>{polda_alt})\b",
            re.IGNORECASE,
        ),
        province_tails=province_tails,
        foreign=compile_scan(
            r"\b(?:(?P<side>West|Central|South|East|North)\s+Kalimantan"
            r"|(?P<abbr>Kalbar|Kalteng|Kalsel|Kaltim|Kaltara)"
            rf"|(?i:(?P<place>{polres_alt})))\s+(?:(?:Regional|Resort?|City|Metro)\s+)?"
            r"Police\b"
            r"|\b(?i:la\s+)?police\s+(?:du\s+Kalimantan\s+(?:du\s+|de\s+l['’]\s*)?"
            r"(?P<fside>Ouest|Centre|Sud|Est|Nord)\b|de\s+(?:(?P<fabbr>Kalbar|Kalteng"
            r"|Kalsel|Kaltim|Kaltara)\b|(?P<fplace>(?i:"
            rf"{polres_alt}))\b))"
        ),
    )


# Units written out in words, "Kepolisian Resor Kota (Polresta) Palangka Raya",
# "Kepala Kepolisian Resor (Kapolres) Kapuas Hulu": read as their short form.
_IN_WORDS = compile_led(
    r"(?P<head>(?:Wakil\s+)?Kepala\s+)?Kepolisian\s+(?P<kind>Daerah|Resort?\s+Kota\s+Besar"
    r"|Resort?\s+Kota\b|Resort?|Sektor)(?:\s*\((?:Waka|Ka)?Pol[a-z]*\))?(?=\s)",
    re.IGNORECASE,
)
_SHORT = {"daerah": "Polda", "sektor": "Polsek"}


def _short_forms(text: str) -> str:
    """``text`` with units in words written short, padded so offsets do not move."""

    def short(match: re.Match[str]) -> str:
        kind = " ".join(match["kind"].lower().split())
        name = _SHORT.get(kind) or (
            "Polrestabes" if kind.endswith("besar") else
            "Polresta" if kind.endswith("kota") else "Polres"
        )  # fmt: skip
        head = match["head"] or ""
        prefix = ("Waka" if head.lower().startswith("wakil") else "Ka") if head else ""
        word = _join(prefix, name)
        return word + " " * (len(match[0]) - len(word))

    return _IN_WORDS.sub(short, text)


# An English or French page's unit (a national agency's English service, a machine
# translation): "West Kalimantan Regional Police" is Polda Kalbar, "Tarakan Police"
# and "la police de Tarakan" Polres Tarakan, "police du Kalimantan du Nord" Polda
# Kaltara.
_SIDES = {
    "west": "Kalbar", "central": "Kalteng", "south": "Kalsel", "east": "Kaltim",
    "north": "Kaltara", "ouest": "Kalbar", "centre": "Kalteng", "sud": "Kalsel",
    "est": "Kaltim", "nord": "Kaltara",
}  # fmt: skip


def _foreign_forms(text: str, pat: _Patterns) -> str:
    """``text`` with English and French unit names written short, padded so
    offsets do not move."""

    def short(match: re.Match[str]) -> str:
        side = match["side"] or match["fside"]
        place = match["place"] or match["fplace"]
        if place:
            word = f"Polres {place}"
        else:
            abbr = match["abbr"] or match["fabbr"]
            word = f"Polda {_SIDES[side.lower()] if side else abbr}"
        if len(word) > len(match[0]):
            return match[0]
        return word + " " * (len(match[0]) - len(word))

    return pat.foreign.sub(short, text)


# "Kepala Polres Sintang" is "Kapolres Sintang": a commander's title, not a unit
# named "Polres Teguh" in "Kepala Polres Teguh" (padded before, offsets kept).
_HEAD_OF = compile_led(r"(?P<wakil>Wakil\s+)?Kepala\s+Pol(?=da\b|res|sek\b)", re.I)


# The title's short form in brackets between the unit's kind and its name: "Kepala
# Polda (Kapolda) Kaltim", "Kepala Polres (Kapolres) Penajam Paser Utara".
_SHORT_IN_BRACKETS = compile_scan(
    r"(?P<kind>Pol(?:da|resta|res|sek))(?P<short>\s*\((?:Waka|Ka)pol(?:da|resta|res"
    r"|sek)\))(?=\s)",
    re.IGNORECASE,
)


def _head_words(text: str) -> str:
    """``text`` with "Kepala Polres" written "Kapolres", padded before (and its
    short form in brackets after the kind blanked)."""

    def head(match: re.Match[str]) -> str:
        word = ("Waka" if match["wakil"] else "Ka") + "pol"
        return " " * (len(match[0]) - len(word)) + word

    def unbracket(match: re.Match[str]) -> str:
        return match["kind"] + " " * len(match["short"])

    return _SHORT_IN_BRACKETS.sub(unbracket, _HEAD_OF.sub(head, text))


# What joins a unit to its parent Polda: "Polres Sanggau Polda Kalbar", "Polres HST
# (HST) jajaran Polda Kalsel", "Polres Tarakan – Polda Kaltara".
# Also "Polres Sanggau (Polda Kalbar)", "Polres Sanggau/Polda Kalbar", "Polres
# Sanggau | Polda Kalbar", "Polres Sanggau yang berada di bawah Polda Kalbar".
_TO_PARENT = compile_scan(
    r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[,–\-/|(]\s*)?"
    r"(?:jajaran\s+|(?:yang\s+)?(?:berada\s+)?di\s*bawah\s+(?:naungan\s+)?)?",
    re.I,
)
_JAJARAN = compile_scan(r"\bjajaran\s+$", re.IGNORECASE)
# "Polsek X yang berada di bawah (naungan) Polres Y": only the words for "under"
# (a Polres written after its Polsek in a chain, "Polsek Timpah Polres Kapuas",
# takes part: the Polres' own page tells of its sector).
_UNDER = compile_scan(
    r"\s*,?\s*(?:yang\s+)?(?:berada\s+)?di\s*bawah\s+(?:naungan\s+)?", re.I
)
_TAG_DASH = compile_scan(r"\s*[-–—]\s")
# A Polda heading a chain: "Polda Kalbar, Polres Sambas, Polsek Sambas –" or "Polda
# Kalbar melalui Kapolres Sanggau".
_TO_CHILD = compile_scan(r"\s*(?:[,–-]|melalui\b)?\s*", re.IGNORECASE)


# A former post: "mantan Kapolda Kalsel", "mantan Kasat Reskrim Polres Melawi" (the
# post's capitalised words between), "yang pernah menjabat Kapolres Melawi",
# "sebelumnya bertugas di Polres Sekadau", "pindahan dari Polres Landak".
_FORMER = compile_ahead(
    r"(?:\b(?:mantan|eks|bekas|purnawirawan)\s+(?:(?:Waka|Ka)?\w+\s+)?"
    r"(?-i:(?:[A-Z][\w.]*\s+){0,2})"
    r"|\b(?:pernah|sebelumnya|semula|dulu(?:nya)?)\s+(?:menjabat|bertugas|berdinas)"
    r"\s+(?:sebagai\s+|di\s+)?(?-i:(?:[A-Z][\w.]*\s+){0,3})"
    r"|\b(?:pindahan|dipindah(?:kan|tugaskan)?|dimutasi|mutasi)\s+(?:tugas\s+)?dari\s+)$",
    re.IGNORECASE,
)
# A credit for a photo or the text: "Foto: Humas Polda X", "(ANTARA/HO-Humas Polres
# X)", "ANTARA/HO/Polda X" (HO: a handout of the unit's press office).
_CREDIT = compile_ahead(
    r"(?:\b(?:foto|sumber|dok|dokumentasi|kredit|ist|rilis|penulis|reporter"
    r"|kontributor|editor|pewarta)\b\.?\s*:?\s*"
    r"(?:[\w.]+\s+){0,2}?(?:bid|si|sub(?:bag|si)?)?\s*humas"
    r"|(?-i:\bHO)\s*[-/–]\s*(?:(?:bid|si|sub(?:bag|si)?)?\s*humas)?)\s*$",
    re.IGNORECASE,
)
# A credit in brackets under a photo or the text: "(Humas Polres X)", "(Humas
# Polres X/Outlet)".
_BRACKET_CREDIT = compile_ahead(
    r"\(\s*(?:(?:bid|si|sub(?:bag|si)?)\s*)?humas\s+$", re.IGNORECASE
)
# The one whose order the story's unit follows: "sesuai perintah Kapolda X",
# "sebagaimana arahan Kapolda X", "menindaklanjuti instruksi Kapolda X", "seperti
# yang diperintahkan Kapolda X", "berdasarkan Surat Telegram Kapolda X", and a staff
# officer's order ("atas petunjuk Karo Ops Polda X"): the README's session-10 ruling.
# The order may come from Mabes Polri and the Polda together ("atas arahan dari
# Mabes Polri dan Polda X", "merupakan arahan langsung dari Mabes Polri, juga Polda
# X"). So too the one a report goes up to ("dilaporkan kepada Kapolda X", "laporan
# ke Polda X"): the Polda receives, the unit reporting acts.
_ORDER_OF = compile_ahead(
    r"(?:\b(?:perintah|instruksi|intruksi|arahan|petunjuk|program|atensi|kebijakan"
    r"|telegram|(?:di)?perintahkan|diinstruksikan)\s+(?:\([^()\n]{1,12}\)\s+)?"
    r"(?:langsung\s+)?(?:oleh\s+|dari\s+)?(?:bapak\s+|pimpinan\s+)?"
    r"(?:Mabes\s+Polri\s*(?:,\s*)?(?:dan\s+|serta\s+)?(?:juga\s+)?)?"
    r"(?:(?:Karo|Kabag|Dir|Kabid)\s*[A-Z][a-z]+\s+)?"
    r"|\b(?:(?:di|me)?lapor(?:kan|an)?)\s+(?:[a-z]+\s+){0,3}?(?:ke|kepada)\s+"
    r"(?:pimpinan\s+)?)$",
    re.IGNORECASE,
)
# A unit named only as the one that mapped or recorded something ("yang dipetakan
# oleh Polda X", "berdasarkan pemetaan Polres X"): the README's session-10 ruling.
_MAPPED_BY = compile_ahead(
    r"(?:\b(?:dipetakan|didata)\s+oleh\s+|\b(?:berdasarkan|menurut)\s+(?:hasil\s+)?"
    r"(?:pemetaan|pendataan)\s+(?:[\w-]+\s+){0,8}?(?:oleh\s+|dari\s+)?)$",
    re.IGNORECASE,
)
_JURISDICTION = compile_ahead(r"\b(?:wilayah\s+hukum|wilkum)\s+$", re.IGNORECASE)


# A line that credits the text or photo ("Rilis: Bidhumas Polda X", "Oleh: Humas
# Polres X", "Foto: Dok. Polda X", "Tim Liputan Humas Polda X"), or lists another
# story ("Berita terkait: Kapolda X Tinjau ..."): its unit takes no part.
_CREDIT_LINE = compile_scan(
    r"\W*(?:(?:rilis|sumber(?:\s+berita)?|oleh|foto|dok|dokumentasi|tim\s+liputan"
    r"|liputan|penulis|reporter|kontributor|editor|publisher|pewarta|kiriman|ist)\b"
    r"\.?\s*[:/\-–]?\s*)+(?:(?:tim|bid(?:ang)?|si|sub(?:bag|si)?)\s*)?(?:humas\s*)?"
    r"(?:/\s*)?",
    re.IGNORECASE,
)
_PHOTO_ONLY = compile_scan(r"\W*(?:foto|ist)\b\W*", re.IGNORECASE)
_RELATED_LINE = compile_scan(
    r"\W*(?:baca\s+(?:juga|pula)|berita\s+terkait|artikel\s+terkait|simak\s+juga"
    r"|lihat\s+juga)\b",
    re.IGNORECASE,
)


# Another story's headline after its label, in a line the reader joined to the
# paragraph before: "... Berita terkait: Kapolda X Tinjau Gudang".
_RELATED_INLINE = compile_scan(
    r"\b(?:baca\s+(?:juga|pula)|berita\s+terkait|artikel\s+terkait)\s*:\s*"
    r"[^.!?\n:]{0,70}$",
    re.IGNORECASE,
)


def _credit_line(text: str, at: int) -> bool:
    """Whether the unit at ``at`` stands in a credit line or a related-story line."""
    line = text.rfind("\n", 0, at) + 1
    if _RELATED_INLINE.search(text, max(line, at - 80), at):
        return True
    if at - line > 80:
        return False
    credit = _CREDIT_LINE.fullmatch(text, line, at)
    # "Foto: Kapolres X meninjau ...": a caption whose unit is at work, not a credit
    if credit and _PHOTO_ONLY.fullmatch(credit.group()):
        credit = None
    return bool(credit or _RELATED_LINE.match(text, line, at))


# A page's keyword tags on a line of their own ("Polres Lamandau, Kapolres Lamandau,
# AKBP X, Polda Kalteng, Kapolda Kalteng, ..." above "Related Posts"): names only,
# each in capitals, no sentence around them.
_TAG_ITEM = compile_scan(r"\s*(?:[A-Z0-9][\w.'’/-]*(?:\s+[A-Z0-9][\w.'’/-]*){0,4})\s*")


def _tag_line(text: str, at: int) -> bool:
    """Whether the unit at ``at`` stands in a line of five or more keyword tags."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    line = text[start : stop if stop >= 0 else len(text)]
    if line.count(",") < 4:
        return False
    items = line.split(",")
    return all(_TAG_ITEM.fullmatch(item) for item in items)


# A dateline's place before the host's tag on its line: "Pontianak_", "SINTANG, ".
_PLACE_TAG = compile_scan(r"\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*[_,/]\s*")
# A press office signing the text off on a line of its own: "Humas Polda Kaltim."
_HUMAS_LINE = compile_scan(
    r"\W*(?:(?:tim|bid(?:ang)?|si|sub(?:bag|si)?)\s*)?humas\s*", re.IGNORECASE
)


def _sign_off(text: str, mention: UnitMention) -> bool:
    """Whether the unit stands on a line of its own after its press office."""
    line = text.rfind("\n", 0, mention.start) + 1
    if mention.start - line > 20 or mention.end < 0:
        return False
    stop = text.find("\n", mention.end)
    rest = text[mention.end : stop if stop >= 0 else len(text)]
    return (
        len(rest) < 4
        and not any(c.isalnum() for c in rest)
        and _HUMAS_LINE.fullmatch(text, line, mention.start) is not None
    )


def _at_line_start(text: str, at: int) -> bool:
    """True when only spaces stand between the line's start and ``at``."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


# The words every match of the window searches below holds (one of each clause):
# a window lacking them in the lowered text is not searched (each search tries
# every position of its window, at every unit mention, and nearly all fail).
_FORMER_WORDS = required(_FORMER.pattern, _FORMER.flags)
_MAPPED_BY_WORDS = required(_MAPPED_BY.pattern, _MAPPED_BY.flags)
_JURISDICTION_WORDS = required(_JURISDICTION.pattern, _JURISDICTION.flags)


def _screened_before(
    pattern: re.Pattern[str],
    words: tuple[Clause, ...],
    text: str,
    low: str | None,
    at: int,
    reach: int,
) -> bool:
    """Whether ``pattern`` matches in the ``reach`` characters before ``at``,
    searched only when the lowered window holds the words every match holds."""
    start = max(0, at - reach)
    return (
        in_window(low, words, start, at) and pattern.search(text, start, at) is not None
    )


def _mark_parents(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """Flag the units a text names only as the parent of the unit beside them."""
    marked = list(found)
    low = screened_lower(text) if found else None
    for i, mention in enumerate(found):
        before = marked[i - 1] if i else None  # already marked: chains read on
        after = found[i + 1] if i + 1 < len(found) else None
        parent = False
        if mention.unit.startswith("Polda "):
            parent = bool(
                _JAJARAN.search(text, max(0, mention.start - 10), mention.start)
                or (
                    before is not None
                    and not before.unit.startswith(("Polda ", "Satbrimob "))
                    and before.end >= 0
                    and _TO_PARENT.fullmatch(text, before.end, mention.start)
                )
                or (
                    after is not None
                    and after.unit.startswith(("Polres", "Polsek"))
                    and _TO_CHILD.fullmatch(text, mention.end, after.start)
                    # A chain opens a line (a dateline) or hands down ("melalui");
                    # "dari Polda Kalsel, Polres Banjar, ..." is a list of helpers.
                    and (
                        _at_line_start(text, mention.start)
                        or "melalui" in text[mention.end : after.start].lower()
                    )
                )
                # "Polda Kalbar - Situs id Sebanyak ...": a line opened by the
                # Polda and a dash is the host's tag, as in a dateline
                # ("Pontianak_Polda Kalbar – ...", "SINTANG, Polda Kalbar – ...":
                # after the dateline's place)
                or (
                    (
                        _at_line_start(text, mention.start)
                        or _PLACE_TAG.fullmatch(
                            text, text.rfind("\n", 0, mention.start) + 1, mention.start
                        )
                        is not None
                    )
                    and _TAG_DASH.match(text, mention.end) is not None
                )
            )
        elif mention.unit.startswith("Polres"):
            # "wilayah hukum Polres Bontang" names a jurisdiction; a dateline chain
            # ending in a Polsek names the Polsek's parents; "Polsek Capkala yang
            # berada di bawah naungan Polres Bengkayang" names the Polsek's parent.
            parent = (
                _screened_before(
                    _JURISDICTION, _JURISDICTION_WORDS, text, low, mention.start, 20
                )
                or (
                    before is not None
                    and before.unit.startswith("Polsek ")
                    and before.end >= 0
                    and _UNDER.fullmatch(text, before.end, mention.start) is not None
                )
                or (
                    after is not None
                    and after.unit.startswith("Polsek ")
                    and text[after.start : after.start + 2] != "Ka"
                    and _TO_CHILD.fullmatch(text, mention.end, after.start) is not None
                    and (
                        _at_line_start(text, mention.start)
                        or (before is not None and before.parent)
                    )
                )
            )
        elif mention.unit.startswith("Polsek "):
            # "di wilayah hukum Polsek X" names a jurisdiction, as for a Polres.
            parent = _screened_before(
                _JURISDICTION, _JURISDICTION_WORDS, text, low, mention.start, 20
            )
        # A former post ("mantan Kapolda Kalsel") is no part in the story either, nor
        # the press office credited for a photo or the text ("Foto: Humas Polda X").
        if (
            parent
            or _screened_before(_FORMER, _FORMER_WORDS, text, low, mention.start, 60)
            or _CREDIT.search(text, max(0, mention.start - 40), mention.start)
            or _credit_line(text, mention.start)
            or _tag_line(text, mention.start)
            or _sign_off(text, mention)
            or (
                text[mention.end : mention.end + 1] in ("/", ")")
                and _BRACKET_CREDIT.search(
                    text, max(0, mention.start - 20), mention.start
                )
            )
            or (
                mention.unit.startswith("Polda ")
                and _ORDER_OF.search(text, max(0, mention.start - 60), mention.start)
            )
            or _screened_before(
                _MAPPED_BY, _MAPPED_BY_WORDS, text, low, mention.start, 90
            )
        ):
            marked[i] = replace(mention, parent=True)
    return marked


_STOP_LOWER = frozenset(w.lower() for w in _STOP)


def _trim(name: str) -> str:
    """Cut an unknown unit's name at the first word that is not part of it."""
    kept: list[str] = []
    for word in name.split():
        if word.lower() in _STOP_LOWER:
            break
        kept.append(word)
    return " ".join(kept)


def _without_province(name: str, pat: _Patterns) -> str:
    """An unknown unit's name without the province written after it ("Garut Jawa
    Barat" -> "Garut")."""
    words = name.split()
    for n in (2, 1, 3):
        if len(words) > n and " ".join(words[-n:]).lower() in pat.province_tails:
            return " ".join(words[:-n])
    return name


# A commander's rank right after a unit's name: "Kapolres Serang Kota, AKBP Budi".
_RANK_AFTER = compile_scan(
    r"\s*,?\s+(?:AKBP|Kombes|Kompol|AKP|Iptu|Ipda|Ajun\s+Komisaris|Komisaris"
    r"|Brigjen|Irjen)\b"
)


# A rank right before a name: "AKP Ridwan", "IPTU Dwiyanto".
_RANK_BEFORE = compile_scan(
    r"\b(?:AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Brigadir|Briptu"
    r"|Bripda)\.?\s+$",
    re.IGNORECASE,
)


def _officer_named(text: str, name: str) -> bool:
    """Whether the text writes ``name``'s first word after a rank ("AKP Ridwan"):
    then "Kapolsek Ridwan" is the chief called by his name, not a sector."""
    word = name.split()[0]
    at = text.find(word)
    while at >= 0:
        if (
            _RANK_BEFORE.search(text, max(0, at - 12), at)
            and not text[at + len(word) : at + len(word) + 1].isalnum()
        ):
            return True
        at = text.find(word, at + len(word))
    return False


def find_units(text: str, gaz: Gazetteer, unknown_from: int = 0) -> list[UnitMention]:
    """Every police unit mention in ``text``, in order, normalised.

    Units the gazetteer does not know are read from ``unknown_from`` on: a Title Case
    headline before it would make "Polres Jelang Pencoblosan" a unit.
    """
    pat = _patterns(gaz)
    found: list[UnitMention] = []
    taken: list[tuple[int, int]] = []
    brimob: list[tuple[int, int]] = []
    # Each pattern needs its word: skip the scans of a text that lacks it.
    low = screened_lower(text)

    def has(word: str) -> bool:
        return low is None or word in low

    if has("kepolisian"):
        text = _short_forms(text)
        low = text.lower() if low is not None else None
    if has("kepala pol"):
        text = _head_words(text)
    if has("police"):
        text = _foreign_forms(text, pat)
        low = text.lower() if low is not None else None
    polda, polres = has("polda"), has("polres")
    for match in pat.brimob.finditer(text) if has("brimob") else ():
        if _NAMED_GROUND.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Lapangan M. Yasin Brimob Polda Kaltim": a parade ground
        unit, province, kal = pat.polda_names[match["name"].lower()]
        found.append(
            UnitMention(
                f"Satbrimob {unit}", match.start(), province, None, kal, match.end()
            )
        )
        brimob.append(match.span())
    poldas: list[UnitMention] = []
    for match in pat.polda.finditer(text) if polda else ():
        if any(a <= match.start() < b for a, b in brimob):
            continue  # "Satbrimob Polda Kalbar" names the Satbrimob, not the Polda
        unit, province, kal = pat.polda_names[match["name"].lower()]
        poldas.append(
            UnitMention(unit, match.start(), province, None, kal, match.end())
        )
    found += poldas
    if poldas and has("brimob"):
        found += _brimob_of_sentence(text, pat, brimob, poldas)
    for match in pat.polres.finditer(text) if polres else ():
        place = pat.polres_places[match["name"].lower()]
        unit = gaz.unit_for_place(place)
        name = unit.unit if unit else f"Polres {place.name}"
        found.append(
            UnitMention(name, match.start(), place.province, place, True, match.end())
        )
        taken.append(match.span())
        also = pat.also_polres.match(text, match.end())
        if also:
            found += _listed_polres(text, also, pat, gaz)
    for match in pat.other_polres.finditer(text) if polres else ():
        if (
            match.start() < unknown_from
            or any(a <= match.start() < b for a, b in taken)
            # "Kapolres Teguh": every Kalimantan Polres is known, so an unknown one
            # after a commander's title is the commander's name, unless his rank
            # follows it ("Kapolres Serang Kota AKBP Budi").
            or (
                match[0][:1] in "KW"
                and not _RANK_AFTER.match(
                    text, match.start("name") + len(_trim(match["name"]))
                )
            )
        ):
            continue
        name = _without_province(_trim(match["name"]), pat)
        if name:
            kind = match["kind"].lower().capitalize()
            unit = f"{kind} {name}"
            end = match.start("name") + len(name)
            found.append(UnitMention(unit, match.start(), None, None, False, end))
    for match in pat.polsek.finditer(text, unknown_from) if has("polsek") else ():
        name = _without_province(_trim(match["name"]), pat)
        end = match.start("name") + len(name)
        if name.startswith("Pos Pol "):
            name = name[8:]  # "Polsek Pos Pol Biatan": the sector's post, its sector
        elif name.startswith("Kecamatan "):
            name = name[
                10:
            ]  # "Kapolsek Kecamatan Gambut": the sector is its district's
        if name and match[0][:2] in ("Ka", "ka") and _officer_named(text, name):
            continue  # "Kapolsek Ridwan" after "AKP Ridwan Harahap": the chief's name
        if name:
            found.append(
                UnitMention(f"Polsek {name}", match.start(), None, None, True, end)
            )
            also = _ALSO_SECTOR.match(text, end)
            # "Kapolsek Pontianak Selatan dan Pontianak Tenggara": a second sector
            # of the same city, its "Polsek" left out.
            if also and also["name"].split()[0] == name.split()[0]:
                other = _trim(also["name"])
                if other and other != name:
                    found.append(
                        UnitMention(
                            f"Polsek {other}",
                            also.start("name"),
                            None,
                            None,
                            True,
                            also.start("name") + len(other),
                        )
                    )
    # A page cut off mid-word ("... jelasnya.\n\"Polres Koti"): its last unit is
    # not a name.
    tail = len(text.rstrip())
    found = [
        m if m.place or m.province or m.end < tail else _cut_short(m, pat, gaz)
        for m in found
    ]
    found = [m for m in found if m is not None]
    # Parents first: a unit named as a parent or a former post is not at work, so
    # it does not keep the same unit named as a venue on the list.
    found = _mark_parents(
        text, sorted(_far_away(text, found, pat), key=lambda m: m.start)
    )
    return _mark_contingent(text, _mark_headquarters(text, found))


_LIST_NAME = compile_scan(r"[^\s,][^,]*?(?=\s*,|\s*$)")


def _listed_polres(
    text: str, also: re.Match[str], pat: _Patterns, gaz: Gazetteer
) -> list[UnitMention]:
    """The Polres a list names after the first ("Polres HST, HSS dan Tapin"), each
    at its own place in the text."""
    spans = [
        (also.start("list") + m.start(), also.start("list") + m.end())
        for m in _LIST_NAME.finditer(also["list"])
    ]
    spans.append(also.span("last"))
    out = []
    for start, end in spans:
        place = pat.polres_places[text[start:end].lower()]
        unit = gaz.unit_for_place(place)
        name = unit.unit if unit else f"Polres {place.name}"
        out.append(UnitMention(name, start, place.province, place, True, end))
    return out


def _cut_short(
    mention: UnitMention, pat: _Patterns, gaz: Gazetteer
) -> UnitMention | None:
    """The Polres a page cut off mid-word ends with ("... dari Polres Kutai Bar"),
    when only one unit's place starts so; None when none or several do."""
    kind, _, name = mention.unit.partition(" ")
    name = name.lower()
    if not kind.startswith("Polres") or len(name) < 3:
        return None
    places = {p for n, p in pat.polres_places.items() if n.startswith(name)}
    units = {gaz.unit_for_place(p) for p in places}
    if len(units) != 1 or None in units:
        return None
    place = places.pop()
    unit = units.pop()
    return replace(
        mention, unit=unit.unit, province=place.province, place=place, kalimantan=True
    )


# A commander or unit of a kind written bare ("Kapolres", "pihak Polres"): the
# story's own unit of that kind, so its headquarters is that unit at work.
_BARE_KIND = compile_scan(r"[Pp]ol(res(?:ta)?|da|sek)\b(?!\s+[A-Z])")
# Units of a kind counted or named as a group ("para Kapolres", "13 polres se-Polda
# Kalsel", "seluruh Polsek", "Polres jajaran", "jajaran Polsek"): not the story's own
# unit.
_GROUP_BEFORE = compile_scan(
    r"(?:\b(?:para|seluruh|semua|setiap|tiap|masing-masing|sejumlah|beberapa"
    r"|berbagai|antar|jajaran)|\d)\s+(?:Waka|Ka|waka|ka)?$",
    re.IGNORECASE,
)
_GROUP_AFTER = compile_scan(r"\s*(?:jajaran\b|se-|se\s)", re.IGNORECASE)


def _bare_kinds(text: str) -> set[str]:
    """The kinds of unit the text names bare, one unit ("Kapolres", "pihak Polres"),
    not a group of them."""
    return {
        k.group(1)
        for k in _BARE_KIND.finditer(text)
        if not _GROUP_BEFORE.search(text, max(0, k.start() - 20), k.start())
        and not _GROUP_AFTER.match(text, k.end())
    }


# A place at a unit's seat: "di pelabuhan Polsek Long Bagun", "halaman Polres X".
_VENUE_BEFORE = compile_ahead(
    r"\b(?:halaman|lapangan|pelabuhan|dermaga|aula|gedung|markas)\s+$", re.IGNORECASE
)
# A Satbrimob's headquarters: "Mako Satbrimob Polda X", "Markas Brigade Mobil
# (Brimob) Polda X" (a Polres' is written "Mapolres").
_BRIMOB_SEAT = compile_ahead(
    r"\b(?:mako|markas)\s+(?:Brigade\s+Mobil\s*\(\s*)?$", re.IGNORECASE
)


def _mark_headquarters(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """Flag a unit named only by its headquarters ("kantong parkir di Mapolresta
    Banjarmasin") or a place at its seat ("pelabuhan Polsek Long Bagun"): a venue,
    not a unit at work, unless the story names its kind bare elsewhere ("Kapolres
    AKBP X" of an apel at the Mapolres) and no other unit of that kind at work."""
    venue = {
        id(m)
        for m in found
        # ("Ma" + "pol...": a listed Polres may be named "Malinau")
        if (text.startswith("Ma", m.start) and text[m.start + 2 : m.start + 5] == "pol")
        or _VENUE_BEFORE.search(text, max(0, m.start - 20), m.start)
        or (
            m.unit.startswith("Satbrimob ")
            and _BRIMOB_SEAT.search(text, max(0, m.start - 30), m.start) is not None
        )
    }
    seats = {m.unit for m in found if id(m) in venue}
    if not seats:
        return found
    at_work_units = {m.unit for m in found if id(m) not in venue and not m.parent}
    if not at_work_units:
        # No unit named at work at all ("apel gelar pasukan di Mapolres X" in a
        # Kodim's story): the headquarters' unit hosts the event.
        return found
    seats -= at_work_units
    bare = _bare_kinds(text) if seats else set()
    # A bare "Kapolres" is the chief of the Polres the text names at work, when it
    # names one: then it says nothing of a Polres named only as a venue.
    # (A Polresta is a Polres: "anggota Polres" in a story of Polresta Balikpapan.)
    at_work = {
        m.unit.split()[0].lower()[3:]
        for m in found
        if m.unit not in seats and not m.parent
    }
    bare -= at_work | ({"res", "resta"} if at_work & {"res", "resta"} else set())
    return [
        replace(m, parent=True)
        if m.unit in seats and m.unit.split()[0].lower()[3:] not in bare
        else m
        for m in found
    ]


def _far_away(text: str, found: list[UnitMention], pat: _Patterns) -> list[UnitMention]:
    """An unknown unit written with another province after it ("Polsek Astana
    Anyar, Bandung Jawa Barat"): that province's, not Kalimantan's."""
    out = []
    for m in found:
        if m.place is None and m.province is None and m.end > 0:
            far = pat.far_province.match(text, m.end)
            if far:
                _, province, kal = pat.polda_names[far["name"].lower()]
                if not kal:
                    m = replace(m, elsewhere=province)
        out.append(m)
    return out


_SENTENCE_END = compile_scan(r"[.!?\n]")
_ALSO_SECTOR = compile_scan(rf"\s*(?:,|\bdan\b|\bserta\b)\s*(?P<name>{_CAP_WORDS})")
# Support named only for a case that may come: "dukungan dari Satuan Brimob Polda
# Kaltara, jika dibutuhkan", "kecuali terjadi situasi yang membutuhkan personel BKO
# Polda Kalteng", "Brimob ... yang akan digerakkan manakala situasi ... terjadi".
# "apabila situasi kerawanan merah, pihaknya akan meminta BKO dari Mapolda Kalbar":
# help to be asked for if a case comes; "apabila situasi memburuk" (a case that
# may come, in other words).
_CONTINGENT = compile_scan(
    r"\b(?:jika|apabila|bila|manakala|seandainya|(?:ter)?kecuali)\s+"
    r"(?:(?:[\w-]+\s+){0,6}?(?:dibutuhkan|diperlukan|terjadi|membutuhkan|memerlukan"
    r"|memburuk|memanas|meningkat|genting|darurat)\b"
    r"|[^.;\n]{0,80}?\b(?:meminta|minta|mengajukan|memohon)\b)",
    re.IGNORECASE,
)


# A Polda as the source of help ("personel BKO Polda X", "bantuan dari Polda X"),
# not a commander or headquarters ("Kapolda X mengatakan, jika terjadi ...").
_SUPPORT = compile_scan(
    r"\b(?:BKO|bantuan|dukungan|back\s?-?up|perkuatan|personel|personil|pasukan)\b"
    r"[^.,;\n]{0,15}$",
    re.IGNORECASE,
)


_HQ_OR_UNIT = compile_scan(r"(?:ma)?polda", re.IGNORECASE)
# A Polda as the giver of help: "Polda Kalbar siap mengirim bantuan personel".
_GIVES_SUPPORT = compile_scan(
    r"\s+(?:[\w-]+\s+){0,2}?(?:mengirim(?:kan)?|menurunkan|memberi(?:kan)?|menambah"
    r"|mengerahkan|menerjunkan|menyiapkan)\s+(?:[\w-]+\s+)?(?:bantuan|BKO|personel"
    r"|personil|pasukan|tambahan|back\s?-?up|perkuatan|dukungan)\b",
    re.IGNORECASE,
)


def _mark_contingent(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """Flag a Polda or Satbrimob named as support for a case that may come: it
    takes no part (unless named elsewhere)."""
    marked = []
    for mention in found:
        support = mention.unit.startswith("Satbrimob ") or (
            mention.unit.startswith("Polda ")
            # the Polda or its headquarters ("Mapolda"), not its chief ("Kapolda")
            and _HQ_OR_UNIT.match(text, mention.start) is not None
            and (
                _SUPPORT.search(text, max(0, mention.start - 30), mention.start)
                or _GIVES_SUPPORT.match(text, mention.end)
            )
        )
        if not mention.parent and support:
            lo = max(0, mention.start - 100)
            start = max(
                (m.end() for m in _SENTENCE_END.finditer(text, lo, mention.start)),
                default=lo,
            )
            stop = _SENTENCE_END.search(text, mention.end, mention.end + 120)
            end = stop.start() if stop else min(len(text), mention.end + 120)
            if _CONTINGENT.search(text, start, end):
                mention = replace(mention, parent=True)
        marked.append(mention)
    return marked


# What a unit of another province does when a Kalimantan story has it take part: it
# is sent to help ("BKO 1 SSK Brimob dari Satbrimobda Aceh", "Polda Jatim mengirim
# 200 personel", "pasukan Brimob Polda Sumut tiba ... untuk membantu").
_SENT_TO_HELP = compile_scan(
    r"\b(?:BKO|bantu\w*|dibantu|bantuan|(?:mem|di)?perkuat\w*|dukung\w*|diperbantukan"
    r"|back\s?-?up|(?:di|meng?)?kirim\w*|(?:di|men)?terjunkan|(?:di|meng)?erahkan"
    r"|(?:di|men)?datangkan|(?:di|mem)?berangkatkan|tiba|bergabung|personel|personil"
    r"|pasukan|SSK|kompi|pleton|peleton)\b",
    re.IGNORECASE,
)


def taking_part_in_kalimantan(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """In a Kalimantan story, a unit of another province ("Polda Jawa Timur", or a
    Polres the gazetteer does not know: it knows every Kalimantan one) named in a
    sentence that sends no one to help is named in passing ("pola serupa pernah
    diterapkan Polda Jatim", "keberhasilan Polres Garut"): it takes no part."""
    kept = []
    for m in found:
        if not m.kalimantan and not m.parent:
            lo = max(0, m.start - 300)
            start = max(
                (e.end() for e in _SENTENCE_END.finditer(text, lo, m.start)),
                default=lo,
            )
            stop = _SENTENCE_END.search(text, max(m.end, m.start))
            end = stop.start() if stop else len(text)
            if not _SENT_TO_HELP.search(text, start, end):
                continue
        kept.append(m)
    return kept


# A ground named after someone, right before "Brimob ...": the venue's name.
_NAMED_GROUND = compile_scan(r"\bLapangan(?:\s+(?:[A-Z][\w.]*|[A-Z]\.)){1,3}\s+$")


def _brimob_of_sentence(
    text: str, pat: _Patterns, named: list[tuple[int, int]], poldas: list[UnitMention]
) -> list[UnitMention]:
    """``Brimob`` alone, of the Polda its sentence names ("Brimob dan Dit Samapta
    Polda Kalsel"), once per sentence."""
    found: list[UnitMention] = []
    for match in pat.bare_brimob.finditer(text):
        if any(a <= match.start() < b for a, b in named):
            continue
        lo = max(0, match.start() - 300)  # a sentence is shorter than that
        start = max(
            (m.end() for m in _SENTENCE_END.finditer(text, lo, match.start())),
            default=lo,
        )
        stop = _SENTENCE_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        # "Brimob, Ditpamobvit dan Satpolairud Polda Kaltara"; "BKO Polda Kalbar
        # dengan 60 personel dari Samapta dan Brimob" (close before it).
        near = [
            p
            for p in poldas
            if match.end() <= p.start < end
            or match.start() - 60 <= p.start < match.start()
        ]
        near = [p for p in near if p.start >= start]
        if near:
            polda = min(near, key=lambda p: abs(p.start - match.start()))
            found.append(
                UnitMention(
                    f"Satbrimob {polda.unit}",
                    match.start(),
                    polda.province,
                    None,
                    polda.kalimantan,
                    match.end(),
                )
            )
    return found


# Words that name a part of a district: "Krayan Selatan", "Samarinda Ilir".
_DISTRICT_PARTS = {
    "Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara", "Barat Daya",
    "Barat Laut", "Timur Laut", "Hulu", "Hilir", "Ilir", "Ulu", "Seberang", "Kota",
    "Laut", "Darat", "Induk",
}  # fmt: skip


def unique_units(mentions: list[UnitMention]) -> tuple[str, ...]:
    """Unit names in order of first mention, each once; a parent named alone is not."""
    names = list(dict.fromkeys(m.unit for m in mentions if not m.parent))
    unknown = {m.unit for m in mentions if m.place is None and m.province is None}
    times = Counter(m.unit for m in mentions)
    # A Title Case headline runs a verb into an unknown unit's name ("Polsek Sungai
    # Kakap Patroli"): when a shorter mention is its prefix, keep the shorter one,
    # unless the longer is written more often ("Polsek Anjir Pasar" twice, "Polsek
    # Anjir pasar" once) or is a unit the gazetteer knows ("Polres Kayong" beside
    # "Polres Kayong Utara"): then the shorter one is that unit cut short.
    # A sector named after its district's part ("Polsek Krayan Selatan" beside
    # "Polsek Krayan") is a sector of its own; a sector written by its name's last
    # word alone ("Polsek Ilir" beside "Polsek Samarinda Ilir") is that sector.
    return tuple(
        n
        for n in names
        if n not in unknown
        or not any(
            o != n
            and n.startswith(o + " ")
            and times[n] <= times[o]
            and n[len(o) + 1 :] not in _DISTRICT_PARTS
            for o in names
        )
        and not any(
            o != n
            and n.count(" ") == 1
            and o.startswith(n.split()[0] + " ")
            and o.endswith(" " + n.split()[1])
            for o in names
        )
        and not any(
            o != n
            and o.startswith(n + " ")
            and (o not in unknown or times[o] > times[n])
            for o in names
        )
    )


def _join(prefix: str, unit: str) -> str:
    # "Ka" + "Polres Kotim" is written "Kapolres".
    return prefix + (unit[0].lower() + unit[1:] if prefix else unit)


def normalise_unit_names(text: str, gaz: Gazetteer) -> str:
    """``Kapolres Kotim`` -> ``Kapolres Kotawaringin Timur``, as records name units."""
    pat = _patterns(gaz)

    def polda(match: re.Match[str]) -> str:
        prefix = match[0][: match[0].lower().index("polda")]
        return _join(prefix, pat.polda_names[match["name"].lower()][0])

    def polres(match: re.Match[str]) -> str:
        unit = gaz.unit_for_place(pat.polres_places[match["name"].lower()])
        if unit is None:
            return match[0]
        return _join(match[0][: match.start("kind") - match.start()], unit.unit)

    return pat.polres.sub(polres, pat.polda.sub(polda, text))
