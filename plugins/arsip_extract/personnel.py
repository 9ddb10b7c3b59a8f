"""Counts: police personnel deployed, TPS by category, activity points."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from arsip_core.model import CountItem
from arsip_extract.alternation import finditer_checked
from arsip_extract.asciitext import ascii_digits, ascii_twin
from arsip_extract.lead import compile_led, compile_scan
from arsip_extract.numbers import DIGITS_RE, NUMBER_RE, WORDS_RE, to_int
from arsip_extract.prefilter import in_window, required
from arsip_extract.screen import can_screen, screened_lower

_NOUN = r"(?:orang\s+)?(?:personel|personil|anggota)"
# Round or approximate figures are kept as text only.
_HEDGE_BEFORE = (
    r"(?:sekitar|sekira|kurang\s+lebih|lebih\s+dari|hampir|kira-kira|sedikitnya|"
    r"setidaknya|minimal|paling\s+sedikit|sekurang-kurangnya|tak\s+kurang\s+dari"
    r"|tidak\s+kurang\s+dari|±|\+/-|\+-"
    # "ada lebih 200 personel": "lebih dari" with its "dari" left out
    r"|(?<![\w-])lebih"
    # and in the English translations
    r"|around|about|approximately|nearly|more\s+than)"
)
# Hedges that still give the count (issue 11): "kurang lebih 766", "tak kurang dari
# 320" are the figure the police give, and so are its other words for "at least"
# ("sedikitnya 450", "setidaknya", "paling sedikit", "minimal"); "sekitar 600",
# "lebih dari 2.000", "6.000 lebih" and "ribuan" are not counts.
_COUNTING_HEDGE = compile_led(
    r"(?:kurang\s+lebih|tak\s+kurang\s+dari|tidak\s+kurang\s+dari|sedikitnya"
    r"|setidaknya|minimal|paling\s+sedikit|sekurang-kurangnya|±|\+/-|\+-)$",
    re.IGNORECASE,
)
_HEDGE_WORDS = r"(?:ratusan|puluhan|ribuan|belasan)"
# "10 ribu personel": digits with the word for thousand ("ribuan" stays vague).
# "1,250 personel": a comma between thousands, as some portals write it.
_DIGITS_OR_THOUSANDS = (
    rf"(?:\d+,\d+\s+ribu(?!an)|\d{{1,3}}(?:,\d{{3}})+(?![\d,])"
    rf"|(?:{DIGITS_RE})(?:\s+ribu(?!an))?)"
)
# Found from the noun backwards: nouns are rare, numbers (and number words) are not.
# "pers" is also the press: it is a count's noun only right after a number.
# "2 perwira dan 18 bintara": officers and NCOs counted by their rank class.
# ("pesonil", "personeel", "perseonel", "personnel": the noun as pages mistype it,
# a letter dropped, doubled or slipped in.)
_FORCE_AFTER_ORANG = (
    r"\s+(?:(?:petugas|aparat)\s+)?gabungan\b|\s+dari\s+(?:unsur\s+)?(?:TNI\s*(?:-|/|dan)"
    r"\s*Polri|Polri|Pol(?:da|res|resta|sek)|Sat\s?Brimob|Brimob|gabungan)\b"
)
_FORCE_AFTER_ORANG_RE = compile_scan(_FORCE_AFTER_ORANG, re.IGNORECASE)
_NOUN_RE = compile_led(
    r"\b(?:pe(?:r)?se?on+(?:e|i|ee)l|anggota|pers|pasukan|aparat|polisi|perwira|bintara"
    r"|tamtama|prajurit)(?:nya)?\b"
    # English translations of the same stories: "6,421 officers"
    r"|\bofficers\b"
    # "3 petugas Polri", "300 petugas kepolisian" ("petugas" alone is also the
    # poll workers', "petugas keamanan TPS" the Linmas')
    r"|\bpetugas(?=\s+(?:kepolisian|Polri|polisi)\b)"
    # "250 orang gabungan TNI-Polri", "250 orang dari Polres": people of a force;
    # "Polres X menerjunkan 250 orang untuk ...": people a police unit deploys (the
    # noun alone, read only after a police deployment, _POLICE_DEPLOYS)
    rf"|\borang(?={_FORCE_AFTER_ORANG}|\s*[,.;]|\s+(?:untuk|guna|yang|ke|di|dalam|demi"
    r"|sebagai|pada)\b)",
    re.IGNORECASE,
)
# "350 pasukan gabungan", "400 aparat gabungan TNI-Polri": troops counted as people
# (a handful of "pasukan" are units, and the noun-first forms belong to _PEOPLE).
_TROOP_NOUNS = ("pasukan", "aparat")
_TROOP_COUNT_NEAR = compile_scan(r"\d|puluh|ratus|ribu|belas", re.IGNORECASE)
_ENGLISH_QUALIFIER = r"(?:police|security|Polda|joint)"
_ENGLISH_QUALIFIERS = ("police", "security", "polda", "joint")
# Searched over the 60 characters before each noun: the derived lookahead of the
# characters a count can start with makes most start positions fail at once.
_COUNT_BEFORE_NOUN = compile_led(
    rf"(?:(?P<hedge>{_HEDGE_BEFORE})\s*)?"
    # "2/3 personel" is a share, not three personnel.
    # "70-80 personel" is a range, "H-3 personel" a day: no count ends a hyphen.
    rf"(?:(?P<vague>\b{_HEDGE_WORDS})|(?P<n>(?<![\w./,])(?<!\w[-–]){_DIGITS_OR_THOUSANDS}"
    # "salah satu personel" is one of them, not a count.
    rf"|(?<!salah\s)\b{WORDS_RE})(?P<more>\s*(?:lebih|-an|an)\b)?)"
    # (in English, one word may qualify the noun: "1,500 security personnel")
    rf"\s+(?:orang\s+|{_ENGLISH_QUALIFIER}\s+)?$",
    re.IGNORECASE,
)
# Searched in an ASCII text with re.ASCII (checked to match there alike, see
# ``asciitext.ascii_twin``): its case-blind words and \s, \w, \b and \d are tried
# at each position of the window, and Unicode's tables cost there.
_COUNT_BEFORE_ASCII = ascii_twin(_COUNT_BEFORE_NOUN)
_WHOSE = compile_scan(r"[^.,;\n]{0,30}")
# The noun first: "personel yang dilibatkan sebanyak 250 orang".
_SAYS_COUNT = (
    r"(?:sebanyak|berjumlah|mencapai|sejumlah|yakni|yaitu|ialah"
    # "personel gabungan dengan jumlah 236 orang", "... dengan total 236 personel"
    r"|dengan\s+(?:total|jumlah)(?:\s+(?:keseluruhan|sebanyak|mencapai))?)\b"
)
# "melibatkan personel Polres, Kodim dan Brimob dengan total 236 orang": the forces
# named between the noun and the figure may be a list with commas when the figure
# is said as their total.
_LIST_TO_TOTAL = r",\s*(?=(?:[\w-]+\s+){0,8}?dengan\s+(?:total|jumlah)\s)"
# What logistics are counted in: "820 pcs", "806 buah", "40 lembar", "12 dus".
_THINGS = (
    r"(?:buah|botol|pcs|lembar|set|paket|dus|karung|sak|eksemplar|kotak|bilik|box"
    r"|boks|lusin|liter|kg|rim|gulung|roll)\b"
)
# People counted in "orang" who are no force: residents, voters, guests, crowds.
_NOT_FORCE_PEOPLE = (
    r"(?:warga|masyarakat|pemilih|penduduk|saksi|undangan|tamu|peserta|pendukung"
    r"|simpatisan|massa|penonton|pengunjung|jiwa|KPPS|Linmas)\b"
)
_COUNT_AFTER_NOUN = compile_scan(
    # "personil pengamanan yang di turunkan sejumlah 285 orang": words, no comma
    # (but a list said as a total, _LIST_TO_TOTAL).
    # An acronym spelled out in brackets is one more word: "personel pengamanan
    # tempat pemungutan suara (TPS) yang diturunkan mencapai 262 orang".
    rf"(?P<between>(?:(?:\s+|{_LIST_TO_TOTAL})(?!{_SAYS_COUNT})[\w-]+"
    r"|\s+\([A-Z][A-Za-z]{1,9}\)){0,10}?)"
    # "personel yang dilibatkan: 350 orang", "... yakni 350 orang"; or no word at
    # all after a "yang" clause when "orang" follows ("personel yang diterjunkan
    # 350 orang").
    rf"(?P<sep>\s+{_SAYS_COUNT}\s+|\s*:\s*|(?<=\w)\s+(?=[\w.,]+\s+orang\b))"
    rf"(?:(?P<hedge>{_HEDGE_BEFORE})\s*)?"
    rf"(?:(?P<vague>\b{_HEDGE_WORDS})|(?P<n>(?<![\w.,]){_DIGITS_OR_THOUSANDS}"
    # "sebanyak 70-80 orang": a range, no count
    rf"(?![-–]\d)|\b{WORDS_RE})(?P<more>\s*(?:lebih|-an|an)\b)?)"
    # "personel sebanyak 1 pleton", "2 SST": platoons, companies or teams, not
    # people (SSK/SST/SSR: units the size of a company, a platoon, a squad).
    r"(?!\s*(?:pleton|peleton|kompi|SS[KTPR]|regu|tim|unit|batalyon|kali|hari|jam"
    r"|persen|%|TPS|pos|titik)\b)"
    # "diamankan personil ... kotak suara sebanyak 820 pcs": things, not people.
    rf"(?!\s*{_THINGS})"
    # "personel ... yang dihadiri 250 orang warga": people of another kind.
    rf"(?!\s+orang\s+{_NOT_FORCE_PEOPLE})"
    r"(?:\s+(?:orang|personel|personil))?\b",
    re.IGNORECASE,
)

# Every match of _COUNT_AFTER_NOUN holds, in its first twelve words, "orang", a
# colon or a word of _SAYS_COUNT (at most ten words, the separator, the figure and
# "orang"): the match, a dozen tries of its word gap, is not run without one (most
# nouns have none).
_TWELVE_WORDS = compile_scan(r"(?:\s*\S+){0,12}")
_AFTER_NEEDS = (
    "orang", ":", "sebanyak", "berjumlah", "mencapai", "sejumlah", "yakni", "yaitu",
    "ialah", "dengan total", "dengan jumlah",
)  # fmt: skip


def _count_after(text: str, at: int, screen: bool) -> re.Match[str] | None:
    """``_COUNT_AFTER_NOUN.match(text, at)``; ``screen``: ``can_screen(text)``."""
    if screen:
        words = _TWELVE_WORDS.match(text, at).group().lower()
        if not any(map(words.__contains__, _AFTER_NEEDS)):
            return None
    return _COUNT_AFTER_NOUN.match(text, at)


# "Anggota kami ada 400", "personel kami sebanyak 250 orang": the unit speaking
# gives its own force (no hedge, vague word or "lebih" in this form).
_OURS = compile_scan(
    r"\s+kami\s+(?:ada|sebanyak|berjumlah|mencapai)\s+"
    rf"(?P<hedge>(?!))?(?P<vague>(?!))?(?P<n>(?<![\w.,]){_DIGITS_OR_THOUSANDS})"
    r"(?P<more>(?!))?(?![\d.,]\d)(?!\s*(?:pleton|peleton|kompi|SS[KTPR]|regu|tim|unit"
    r"|TPS|pos|titik|persen|%|kali|hari|jam)\b)(?:\s+(?:orang|personel|personil))?",
    re.IGNORECASE,
)

# What a text may end with right before the noun when _COUNT_BEFORE_NOUN matches: a
# digit, a number word, "lebih" or "-an"/"an" ("ratusan", "100-an"), then spaces
# and perhaps "orang". Most nouns have none: the regex's 60 tries are skipped.
_COUNT_ENDINGS = (
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "belas", "puluh", "ratus", "ribu", "lebih", "an",
)  # fmt: skip


# What a count before its noun never holds: a character other than letters, digits,
# spaces and the marks of its hedges ("±", "+/-"); a stop or comma not between two
# digits ("1.200", "1,250").
_NO_COUNT = compile_scan(r"[^\w\s.,±+/-]|[.,](?<!\d[.,])|[.,](?!\d)")
# The last of them, found from the window's end: ``.*`` takes the window and gives
# back one character at a time (a ``finditer`` over the window tried every position
# from its start and stopped at each mark on the way).
_LAST_NO_COUNT = compile_scan(rf"(?s:.*)(?:{_NO_COUNT.pattern})")


def _count_before(text: str, at: int, screen: bool) -> re.Match[str] | None:
    """``_COUNT_BEFORE_NOUN`` over the 60 characters before ``at``; ``screen``:
    whether ``can_screen(text)``."""
    start = max(0, at - 60)
    if screen:
        window = text[start:at]
        head = window.rstrip()
        if len(head) == len(window):
            return None  # the count needs spaces before the noun
        low = head.lower()
        for word in ("orang", *_ENGLISH_QUALIFIERS):
            if low.endswith(word):
                rest = low[: -len(word)]
                low = rest.rstrip() if len(rest.rstrip()) < len(rest) else ""
                break
        if not (low[-1:].isdigit() or low.endswith(_COUNT_ENDINGS)):
            return None
    # The count ends the window, and holds none of _NO_COUNT: it starts after the
    # last of them, so the search (tried at every position) starts there.
    stop = _LAST_NO_COUNT.match(text, start, at)
    if stop:
        start = stop.end()
    count = _COUNT_BEFORE_ASCII if text.isascii() else _COUNT_BEFORE_NOUN
    return count.search(text, start, at)


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    whose: str
    noun: str
    count: re.Match[str]


def _mentions(text: str) -> list[_Mention]:
    """Every ``<number> personel`` phrase, with what follows the noun."""
    found = []
    screen = can_screen(text)
    for noun in _NOUN_RE.finditer(text):
        kind = noun.group().lower().removesuffix("nya")
        if kind == "polisi":
            # "dua orang polisi mengawal ...": officers counted by the word itself,
            # an exact figure right before it (not "Pemilu 2024 polisi ...", and
            # "satu polisi" is a post's guard).
            count = _COUNT_BEFORE_NOUN.search(
                text, max(0, noun.start() - 30), noun.start()
            )
            value = to_int(count["n"]) if count and count["n"] else None
            if (
                value
                and 1 < value < _YEARS
                and not (count["hedge"] or count["more"])
                # "Inspektur Dua Polisi X": a rank written out
                and not _RANK_BEFORE.search(
                    text, max(0, count.start() - 20), count.start()
                )
            ):
                whose = _WHOSE.match(text, noun.end()).group()
                found.append(
                    _Mention(count.start(), noun.end(), whose, noun.group(), count)
                )
            continue
        troops = kind in _TROOP_NOUNS
        if troops and not _TROOP_COUNT_NEAR.search(
            text, max(0, noun.start() - 25), noun.start()
        ):
            continue  # "apel gelar pasukan": most troop nouns carry no count
        count = _count_before(text, noun.start(), screen)
        if troops and not (
            count and count["n"] and (to_int(count["n"]) or 0) > _FEW_TROOPS
        ):
            continue
        if count:
            whose = _WHOSE.match(text, noun.end()).group()
            found.append(
                _Mention(count.start(), noun.end(), whose, noun.group(), count)
            )
            continue
        ours = _OURS.match(text, noun.end())
        if ours:
            # "Anggota kami ada 400": the speaking unit's own force.
            whose = _WHOSE.match(text, ours.end()).group()
            found.append(_Mention(noun.start(), ours.end(), whose, "personel", ours))
            continue
        if kind in ("anggota", "pers", "orang"):
            continue  # (the noun-first form is not theirs: no match tried)
        after = _count_after(text, noun.end(), screen)
        if (
            after
            # "personel PAM Swakarsa Linmas sebanyak 1.300": another body's members.
            and not _OTHER_BODY.search(after["between"])
            # A count with no word before it only ends a "yang" clause.
            and (after["sep"].strip() or "yang" in after["between"].lower().split())
        ):
            # What follows the figure says whose personnel they are.
            whose = _WHOSE.match(text, after.end()).group()
            found.append(
                _Mention(noun.start(), after.end(), whose, noun.group(), after)
            )
    return found


_FEW_TROOPS = 10
# "2024 polisi" is a year before the word: no count of officers is this big.
_YEARS = 1900
# "Inspektur Dua Polisi", "Brigadir Satu Polisi": ranks, not counts.
_RANK_BEFORE = compile_led(
    r"\b(?:Inspektur|Brigadir|Bhayangkara|Komisaris)\s*$", re.IGNORECASE
)
_OTHER_BODY = compile_led(
    r"\b(?:Linmas|Satlinmas|KPPS|PPS|PPK|Panwas|Bawaslu|Damkar|Satpol|Hansip)\b",
    re.IGNORECASE,
)
# Figures for the whole country quoted in a regional story (the Kapolri's message).
_NATIONAL = compile_led(
    r"\b(?:se-?Indonesia|(?:di)?seluruh\s+(?:wilayah\s+)?Indonesia|secara\s+nasional"
    r"|tingkat\s+nasional|skala\s+nasional|Mabes\s+Polri|amanat\s+Kapolri)\b",
    re.IGNORECASE,
)
# No one Polda deploys this many (the largest send some tens of thousands): a figure
# at least this big is the whole country's, quoted from the Kapolri's message.
_NATIONAL_SIZE = 50_000
# "Sebelumnya diberitakan, ...": what follows retells an earlier report.
_EARLIER_REPORT = compile_scan(
    r"(?:^|\n)\s*(?:sebelumnya(?:\s+telah)?\s+diberitakan|seperti\s+(?:telah\s+)?"
    r"diberitakan(?:\s+sebelumnya)?|diberitakan\s+sebelumnya)\b",
    re.IGNORECASE,
)
# "anggota" alone is anyone's member; only a police/joint force counts.
_ANGGOTA_OK = compile_scan(
    r"^\s*(?:Polri|Polda|Polres|Polsek|Sat\s?Brimob|Brimob|gabungan|kepolisian|polisi"
    r"|TNI\s*(?:-|/|dan)\s*Polri)",
    re.IGNORECASE,
)
# "Polres Sintang menurunkan 320 anggota untuk ...": a police unit deploying its
# members names whose they are before the figure; nothing after it says otherwise.
# ("pihaknya", "kami": the police unit speaking of its own members)
_POLICE_DEPLOYS = compile_led(
    r"\b(?:Pol(?:da|res|resta|restabes|sek)|Sat\s?Brimob|Kapol(?:da|res|resta|sek)"
    r"|kepolisian|pihaknya|kami)\b[^.;:\n]{0,60}\b(?:menurunkan|menerjunkan|mengerahkan"
    r"|menyiagakan|menyiapkan|melibatkan|menempatkan|mengirim(?:kan)?|memberangkatkan)"
    r"\s+(?:sebanyak\s+|sejumlah\s+)?$",
    re.IGNORECASE,
)
_PLAIN_AFTER = compile_scan(
    r"\s*(?:[,.;:)]|$|(?:untuk|guna|yang|dalam|ke|di|pada|demi|sebagai)\b)", re.I
)
# Personnel of other bodies, or a ratio ("3 personel per TPS"), are not the deployment.
_NOT_POLICE_AFTER = compile_scan(
    r"^\s*(?:Linmas|Satlinmas|KPPS|PPS|PPK|Panwas|Bawaslu|DPRD|Damkar|Satpol|"
    # Linmas written out: "13.162 personel Perlindungan Masyarakat (Linmas)"
    r"(?:Satuan\s+)?(?:Perlindungan|Pelindung)\s+Masyarakat|"
    # community volunteers beside the police: Senkom Mitra Polri, Tagana, RAPI
    r"Senkom|Tagana|RAPI|Orari|Menwa|relawan|"
    r"TNI(?!\s*[-/]\s*Polri|\s+dan\s+Polri))",
    re.IGNORECASE,
)
_NOT_POLICE_BEFORE = compile_led(
    r"(?:Linmas|Satlinmas|KPPS|Pantarlih|Panwaslu|TNI"
    # other bodies named before their figure in a list: "dan Satpol PP 30 personel"
    r"|Satpol\s*-?\s*PP|Pol\s*PP|Dishub|Damkar|Dinkes|BPBD|Basarnas|Senkom|Tagana"
    r"|Banser|Hansip|Satpam)\s*(?:sebanyak|berjumlah|:)?\s*$",
    re.IGNORECASE,
)
# "2 personel di setiap TPS", "setiap TPS dijaga satu personel": a post's strength,
# not the deployment. ("30 personel setiap harinya" is the deployment.)
_POSTS = (
    r"(?:TPS|pos|titik|lokasi|desa|kelurahan|kecamatan|calon|bakal\s+calon|paslon"
    r"|kandidat|pasangan\s+calon|perahu|kapal|speedboat|kendaraan|mobil|regu"
    # "4 personel setiap shift": a turn's strength
    r"|shift|shif|sif|giliran)"
)
# "setiap dua TPS dijaga satu personel": a few posts per person.
# (a digit alone: the "1" of "di 12 kecamatan" is no "di 1")
_FEW_WORDS = r"(?:\d(?!\d)|dua|tiga|empat|lima)"
_RATIO_AFTER = compile_scan(
    rf"[^.;\n]*?\b(?:di\s+)?(?:setiap|tiap|per|masing-masing"
    rf"|(?:untuk|di|pada)\s+(?:satu|1(?!\d)|se))"
    rf"\s*(?:{_FEW_WORDS}\s+)?{_POSTS}\b",
    re.IGNORECASE,
)
# "masing-masing bakal calon ... diberikan pengamanan sebanyak dua personel",
# "Setiap TPS sangat rawan bakal dijaga dua personel".
_RATIO_BEFORE = compile_led(
    # "Satu TPS dijaga dua personel" is a post's strength too.
    rf"\b(?:(?:setiap|tiap|per|masing-masing)\s+(?:{_FEW_WORDS}\s+)?{_POSTS}"
    # A comma only inside a run of figures: "dua, tiga bahkan empat personel".
    rf"|(?:satu|1)\s+TPS)\b(?P<gap>(?:[^.;,\n]|,(?=\s*{_FEW_WORDS})){{0,60}})$",
    re.IGNORECASE,
)
# "setiap pintu dijaga 2 personel", "tiap truk logistik dikawal dua personel", "dua
# personel berjaga di setiap pintu": a handful for each of anything (a door, a
# truck, a ballot box), not only the posts of _POSTS; a time is no post ("setiap
# hari dijaga 4 personel", "4 personel setiap malam" are the guard's strength).
_NOT_A_POST = (
    r"(?:hari|harinya|malam|pagi|siang|sore|minggu|pekan|bulan|saat|waktu|kali)"
)
_EACH_GUARDED_BEFORE = compile_led(
    rf"\b(?:setiap|tiap|masing-masing)\s+(?!{_NOT_A_POST}\b)(?:[\w-]+\s+){{1,4}}?"
    r"(?:(?:di|ter)(?:jaga|kawal|amankan|awasi)|mendapat\s+pengamanan)"
    r"(?:\s+(?:ketat|oleh|sebanyak|dengan))*\s+$",
    re.IGNORECASE,
)
_EACH_GUARDED_AFTER = compile_scan(
    r"[^.;,\n\d]{0,40}?\b(?:mengawal|menjaga|mengamankan|berjaga|bersiaga|ditempatkan"
    rf"|disiagakan)\b[^.;,\n\d]{{0,20}}?\b(?:setiap|tiap|masing-masing)\s+"
    rf"(?!{_NOT_A_POST}\b)[\w-]+",
    re.IGNORECASE,
)
# Further than this from "setiap TPS", only a post's strength (a few) is a ratio:
# "guna mengamankan setiap TPS di sembilan kecamatan Polres X menerjunkan 400
# personel" is the deployment.
_NEAR, _FEW = 25, 10
# How big a vague word is, to weigh it against exact figures named beside it.
_VAGUE_SIZE = {"belasan": 12, "puluhan": 20, "ratusan": 200, "ribuan": 2000}
_BREAKDOWN_INTRO = compile_scan(
    r"(?:[^\n]|\n(?!\n)){0,300}?(?:terdiri\s+(?:dari|atas)|meliputi|dengan\s+rincian"
    r"|rinciannya|yakni|yaitu|antara\s+lain|sebagai\s+berikut)\s*:?\s*",
    re.IGNORECASE,
)
# A breakdown ends with the sentence (a full stop not inside a number), a quote, or a
# line break that does not open another list item.
# (Each branch opens with the character it consumes, what stands before checked
# after: ``re`` then skips ahead to stops, quotes and line breaks.)
_BREAKDOWN_END = compile_scan(r'\.(?<!\d\.)|\.(?!\d)|"|”|\n(?!\s*(?:[-•*]|\d+[.)])\s)')
_ITEM_SPLIT = compile_scan(r"\s*(?:[,;\n]|\bdan\b|\bserta\b)\s*", re.IGNORECASE)
_LIST_MARK = compile_scan(r"^\s*(?:[-•*]|\d+[.)])\s+")
_ITEM_NUMBER = compile_scan(rf"(?<![\w.]){NUMBER_RE}(?![\w])", re.IGNORECASE)
# An item counted in companies, platoons or teams names no number of people.
_NOT_PEOPLE = compile_scan(
    r"\s*(?:kompi|pleton|peleton|SSK|regu|tim|unit|batalyon|kendaraan|mobil)\b",
    re.IGNORECASE,
)
_FILLER = compile_scan(
    r"\b(?:personel|personil|orang|anggota|sebanyak|berjumlah|sejumlah|dari|BKO)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Personnel:
    """The personnel figures of one article."""

    total: int | None = None
    text: str | None = None
    breakdown: tuple[CountItem, ...] = ()
    # Every exact figure of police the text gives, the chosen one among them, in
    # order (arsip_extract.doubts: several figures make the choice a guess).
    figures: tuple[int, ...] = ()


def _breakdown_end(text: str, start: int) -> int:
    """Where a breakdown stops; the "2." that numbers a list item is no full stop,
    and a line break right after a comma is the page's, inside the list."""
    for stop in _BREAKDOWN_END.finditer(text, start):
        if stop.group() == "\n" and text[start : stop.start()].rstrip().endswith(","):
            continue
        line_start = text.rfind("\n", 0, stop.start()) + 1
        if stop.group() == "." and text[line_start : stop.start()].strip().isdigit():
            continue
        return stop.start()
    return len(text)


def _breakdown(
    text: str, after: int, total: int, normalise: Callable[[str], str]
) -> tuple[tuple[CountItem, ...], int]:
    """The items listed after a total (``terdiri dari ...``) and where they end."""
    intro = _BREAKDOWN_INTRO.match(text, after, after + 400)
    if not intro:
        return (), after
    # An intro in a later sentence ("Jumlah itu terdiri dari") must add up.
    crossed = bool(re.search(r"(?<!\d)\.|\.(?!\d)|\n", text[after : intro.end()]))
    start = intro.end()
    end = _breakdown_end(text, start)
    items: list[CountItem] = []
    for part in _ITEM_SPLIT.split(text[start:end]):
        part = _LIST_MARK.sub("", part)
        number = _ITEM_NUMBER.search(part)
        if not number or _NOT_PEOPLE.match(part, number.end()):
            continue  # "dua kompi Brimob": companies, not people
        label = _FILLER.sub(" ", part[: number.start()] + " " + part[number.end() :])
        label = normalise(" ".join(label.split()).strip(" :-.*"))
        value = to_int(number.group())
        if label and value:
            items.append(CountItem(label, value))
    if len(items) < 2 or (crossed and not _parts_of(items, total)):
        return (), after
    return tuple(items), end


# How far a later sentence's parts may miss its total and still be its parts, when
# they count Linmas or another body beside the police: a slip in one part ("1.266
# personel ... Mereka terdiri dari 240 Polres, 40 BKO, 100 Brimob dan 846 Linmas":
# 1.226), not a list of some parts only. Police parts alone must add up.
_PARTS_SLIP = 0.05


def _parts_of(items: list[CountItem], total: int) -> bool:
    """Whether the items a later sentence lists are the parts of ``total``."""
    parts = sum(i.count for i in items)
    if parts == total:
        return True
    return abs(parts - total) <= total * _PARTS_SLIP and any(
        _CIVILIAN.search(i.label) for i in items
    )


# "setiap satu personel Polri ... untuk beberapa TPS": one of many, not the total.
_EACH_BEFORE = compile_led(r"\b(?:setiap|tiap|masing-masing)\s*$", re.IGNORECASE)


# "2 personel 1 TPS", "dua personil untuk enam TPS": a few officers for a few posts.
_POSTS_AFTER = compile_scan(
    rf"\s+(?:untuk\s+|di\s+)?(?P<m>{DIGITS_RE}|{WORDS_RE})\s+{_POSTS}\b",
    re.IGNORECASE,
)


# "13.010 TPS kurang rawan bakal dijaga satu personel": the posts counted first.
_POSTS_GUARDED_BEFORE = compile_led(
    rf"(?<![\w.])(?P<m>{DIGITS_RE})\s+TPS\b[^.;\n\d]{{0,40}}\b(?:di)?(?:jaga|amankan"
    r"|kawal|awasi)\s+(?:oleh\s+)?$",
    re.IGNORECASE,
)


def _is_share(text: str, match: _Mention) -> bool:
    """Whether the figure is a post's share: officers for one post, or a handful
    sharing as many posts or more ("400 personel untuk 1.200 TPS" is a total)."""
    after = _POSTS_AFTER.match(text, match.end) or _POSTS_GUARDED_BEFORE.search(
        text, max(0, match.start - 80), match.start
    )
    if not after or not match.count["n"]:
        return False
    posts, officers = to_int(after["m"]), to_int(match.count["n"])
    if posts is None or officers is None:
        return False
    return posts == 1 or officers <= min(posts, _FEW)


# "dua personel Polri akan berjaga di TPS berkategori sangat rawan": a handful at a
# TPS of a kind (no count of TPS) is what each such TPS gets, not the deployment.
# "satu personil untuk mengawal satu TPS", "satu personil mengawal dua sampai tiga
# TPS", "1 personil bisa ditugaskan untuk mengamankan 2 TPS": a handful per post,
# a verb between.
_PER_POST_VERB = compile_scan(
    r"(?:\s+(?:bisa|dapat|akan|hanya|di-?tugaskan|ditempatkan|bertugas)){0,3}"
    r"\s*(?:untuk\s+)?(?:mengawal|menjaga|mengamankan|berjaga\s+di)\s+"
    rf"(?:satu|setiap|tiap|{_FEW_WORDS})(?:\s*(?:-|sampai|hingga|s\.?d\.?)\s*"
    r"(?:\d|dua|tiga|empat|lima|enam))?\s+TPS\b",
    re.IGNORECASE,
)
# "Untuk TPS yang dinilai cukup rawan akan ditempatkan 3 personel", "TPS rawan ...
# sehingga ditempatkan satu personel": the kind of TPS named first, in the sentence.
_A_KIND_OF_TPS_BEFORE = compile_led(
    r"\bTPS\b[^.;\n\d]{0,40}?\b(?:rawan|khusus)\b[^.;\n\d]{0,80}$", re.IGNORECASE
)
_AT_A_KIND_OF_TPS = compile_scan(
    r"[^.;\n]{0,60}?\bdi\s+TPS\s+(?:yang\s+)?(?:ber)?(?:kategori|sangat\s+rawan"
    r"|rawan|khusus)\b",
    re.IGNORECASE,
)


# "tiga anggota untuk shif pagi": one turn's strength, not the deployment.
_ONE_TURN = compile_scan(
    r"[^.;\n]{0,20}?\b(?:untuk|pada|di)\s+(?:shift?|shif|sif|giliran|piket)\s+"
    r"(?:pagi|siang|sore|malam|pertama|kedua|ketiga|I{1,3})\b",
    re.IGNORECASE,
)


def _is_ratio(text: str, match: _Mention) -> bool:
    before = text[max(0, match.start - 90) : match.start]
    if (
        _RATIO_AFTER.match(text, match.end, match.end + 60)
        or _EACH_BEFORE.search(before)
        or _is_share(text, match)
    ):
        return True
    value = to_int(match.count["n"]) if match.count["n"] else None
    if (
        value is not None
        and value <= 5
        and (
            _AT_A_KIND_OF_TPS.match(text, match.end)
            or _A_KIND_OF_TPS_BEFORE.search(before)
            or _PER_POST_VERB.match(text, match.end)
        )
    ):
        return True
    if (
        value is not None
        and value <= _FEW
        and (
            _ONE_TURN.match(text, match.end)
            or _EACH_GUARDED_BEFORE.search(before)
            or _EACH_GUARDED_AFTER.match(text, match.end)
        )
    ):
        return True
    post = _RATIO_BEFORE.search(before)
    if not post:
        return False
    value = to_int(match.count["n"]) if match.count["n"] else None
    few = value is not None and value <= _FEW
    # "personel yang terlibat pengamanan di setiap TPS berjumlah 446": the
    # subject's total, not a post's strength.
    if not few and "berjumlah" in post["gap"].lower():
        return False
    return len(post["gap"]) <= _NEAR or few


# People who are not police or TNI, even inside a stated total: Linmas, civil
# agencies, poll workers, election supervisors, village staff (issue 11, session 4:
# "3.107 personel: 503 Polresta, 200 BKO, 2.404 Linmas" is 703; a total whose parts
# carry no counts stands as written).
_CIVILIAN = compile_led(
    r"\b(?:Linmas|Satlinmas|pelindung\s+masyarakat|perlindungan\s+masyarakat"
    r"|Satpol\s*-?\s*PP|Pol\s*PP|Dishub|Dinas|Damkar|pemadam|Dinkes|BPBD|Basarnas"
    r"|PMI|Pramuka|Banser|ormas|Satpam|KPPS|PPS|PPK|Pantarlih|Bawaslu|Panwas\w*"
    r"|perangkat\s+desa|Hansip|PAM\s+Swakarsa|Senkom|Tagana|RAPI|Orari|Menwa"
    r"|relawan"
    # "1.562 personel dari instansi mitra seperti TNI, Dishub ...", "189 personel
    # gabungan dari berbagai instansi": other bodies, mixed, not police and TNI
    r"|instansi|stakeholder)\b",
    re.IGNORECASE,
)
# The forces a list of "<n> <force>" items names after a first count: "sebanyak
# 273 Polri, 135 TNI, dan 3242 Linmas".
_FORCE = (
    r"(?:Polri|polisi|kepolisian|TNI|Sat\s?Brimob\w*|Brimob|Pol(?:da|res|resta|sek)"
    r"|Kodim|Koramil|Korem|Kodam|Lanal|Lanud|Yonif|Batalyon|Denpom|BKO|Samapta"
    r"|Dit\s?Samapta|Sabhara|Linmas|Satlinmas|Satpol\s*PP|Dishub|Damkar|Dinkes"
    r"|BPBD|Basarnas)\b"
)
_LIST_LABEL = compile_scan(r"[^\d,.;:\n()]{0,40}?(?=\s*(?:,|\bdan\b|\bserta\b))", re.I)
_LIST_ITEM = compile_scan(
    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+)"
    rf"(?P<n>(?<![\w.]){DIGITS_RE}|\b{WORDS_RE})\s+(?:orang\s+)?"
    r"(?:(?:personel|personil|anggota|pers)\s+)?(?:dari\s+)?"
    rf"(?P<label>{_FORCE}[^\d,.;:\n]{{0,40}}?)(?=\s*(?:,|\bdan\b|\bserta\b|[.;:\n]|$))",
    re.IGNORECASE,
)


def _listed_force(text: str, at: int, first: int) -> tuple[int, int] | None:
    """The force a list of counts starting with ``first`` (ending at ``at``) names.

    ``(police and TNI sum, where the list ends)``, or None when no list follows.
    """
    label = _LIST_LABEL.match(text, at)
    if not label:
        return None
    total, end, items, whole = first, label.end(), 0, 0
    while item := _LIST_ITEM.match(text, end):
        value = to_int(item["n"])
        if value is None:
            break
        items += 1
        whole += value
        if not _CIVILIAN.search(item["label"]):
            total += value
        end = item.end()
    if items >= 2 and whole == first:
        # "320 personel yang dilibatkan, 280 dari Polres dan 40 dari Brimob": the
        # items are the first count's parts, not forces beside it
        return total - first, end
    return (total, end) if items else None


@dataclass(frozen=True)
class _Figure:
    """One exact figure of police personnel, where it stands and what it is."""

    value: int
    start: int
    end: int
    extra: bool  # reinforcement received ("mendapat bantuan 100 personel")
    total: bool  # written as a total ("sehingga total 568 personel")
    listed: bool = False  # the first of a list of forces, its parts added in
    tni: bool = False  # TNI's own figure: counts only as a part of a joint one
    wide: bool = False  # the whole Polda's, quoted beside a unit's own figure
    joint: bool = False  # said of the joint TNI-Polri force


# A force a unit receives or is promised on top of its own: a part, not the
# deployment, while the unit's own figure is given.
_EXTRA_BEFORE = compile_led(
    r"(?:\b(?:mendapat(?:kan)?|menerima|memperoleh)\s+(?:\w+\s+){0,2}?"
    r"(?:bantuan|tambahan|BKO|back\s*-?\s*up|dukungan|perkuatan)"
    r"|\b(?:dibantu|ditambah|diperkuat|didukung|dibackup|di-?back\s*-?\s*up))"
    r"[^.;:]{0,60}$",
    re.IGNORECASE,
)
# A figure whose parts the next sentence lists ("... 928 personel dikerahkan.
# Dengan rincian, 228 personel ..."): the whole, as a written total is.
_ITS_PARTS_NEXT = compile_scan(
    r"[^.;\n]{0,120}?\.\s*(?:Dengan\s+rincian|(?:Adapun\s+)?[Rr]inciannya)\b", re.I
)
# A later figure written as the total of the parts before it.
_TOTAL_BEFORE = compile_led(
    r"\b(?:total(?:nya)?|sehingga|seluruhnya|jumlah\s+(?:total|keseluruhan)"
    r"|total\s+keseluruhan)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
# "gabungan TNI dan Polri mencapai 545 personel": the joint force's figure, the
# whole of the police's own named before it.
_JOINT = compile_scan(
    r"\bgabungan\s+(?:dari\s+)?(?:unsur\s+)?"
    r"(?:TNI\s*(?:-|/|dan)\s*Polri|Polri\s*(?:-|/|dan)\s*TNI)\b",
    re.IGNORECASE,
)
# How far after the lead figure a written total may stand to be its total.
_TOTAL_REACH = 600
# The force a unit has, not what it sends: "dari 943 personel yang dimiliki".
_STRENGTH_AFTER = compile_scan(r"\s*(?:yang\s+)?(?:(?:di|ter)miliki|milik)\b", re.I)
# ... or said before it: "Polres memiliki kekuatan 943 personel".
_STRENGTH_BEFORE = compile_led(
    r"\b(?:memiliki|mempunyai|punya)\s+(?:(?:kekuatan|jumlah)\s+)?"
    r"(?:(?:personel|personil|anggota)\s+)?(?:sebanyak\s+|total\s+)?$",
    re.IGNORECASE,
)
# "4.179 personel untuk TPS ..., dari sebanyak 6.787 personel": the whole a part
# was taken from (a figure at the start of its sentence, "Dari total 845 personel,
# 425 di antaranya ...", is the deployment itself).
_WHOLE_BEFORE = compile_led(
    r"(?<!terdiri )(?<!berasal )\bdari\s+(?:total\s+|jumlah\s+|sebanyak\s+"
    r"|keseluruhan\s+)?$",
    re.IGNORECASE,
)
# An estimate ("Diperkirakan ... mencapai 500 personel") is not a count.
_ESTIMATE = compile_led(
    r"\b(?:diperkirakan|perkiraan|diprediksi|prediksi|estimasi|ditaksir)\b", re.I
)
# An estimate said of the whole force: "diperkirakan total ...", "jumlah personel".
_WHOLE_WORD = compile_scan(r"\b(?:total|jumlah|keseluruhan|seluruhnya)\b", re.I)
# A figure of an earlier vote, quoted for comparison: "Pada Pemilu 2019 lalu Polres
# menurunkan 900 personel"; "Pengalaman Pilkada 2024 lalu menjadi acuan. Pada
# Pilkada Serentak 27 November 2024, Polres mengerahkan 235 personel".
_PAST_VOTE = compile_led(
    r"(?<!usai )(?<!setelah )(?<!pasca )(?<!sejak )"
    r"\b(?:Pemilu|Pilkada|Pilpres|Pileg|Pilkades|pemilihan|pemungutan\s+suara|PSU)"
    r"(?:\s+(?:serentak|tahun|legislatif|presiden|gubernur|bupati|wali\s*kota))*"
    r"(?:\s+(?:19|20)\d\d\s+(?:lalu|silam)|\s+sebelumnya)\b|\btahun\s+lalu\b",
    re.IGNORECASE,
)
_OPENS_WITH_VOTE = compile_scan(
    r"\s*(?:Pada|Saat|Ketika|Waktu|Dalam)\s+(?:pengamanan\s+)?(?:Pemilu|Pilkada"
    r"|Pilpres|Pileg|Pilkades|pemilihan|pemungutan\s+suara)\b",
    re.IGNORECASE,
)


# "kini", "tahun ini": the sentence turns from the earlier vote to this one.
_NOW = compile_led(
    r"\b(?:kini|sekarang|saat\s+ini|tahun\s+ini|kali\s+ini|sedangkan|sementara"
    r"|namun|adapun)\b",
    re.IGNORECASE,
)


def _past_vote(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] belongs to an earlier vote."""
    opening = _sentence_start(text, start)
    sentence = _sentence_of(text, start, end)
    at = start - opening  # the figure's place in its sentence
    for past in _PAST_VOTE.finditer(sentence):
        if past.end() <= at:
            if not _NOW.search(sentence, past.end(), at):
                return True
        # After the figure, only in its own clause: "900 personel dikerahkan pada
        # Pemilu 2019 lalu", not "500 personel, lebih banyak dari Pilkada 2020 lalu".
        elif not re.search(r"[,;]", sentence[at : past.start()]):
            return True
    if not _OPENS_WITH_VOTE.match(text, opening) or _NOW.search(text, opening, start):
        return False
    previous = _sentence_start(text, max(0, opening - 2))
    return bool(_PAST_VOTE.search(text, previous, opening))


# The force prepared for the whole election or operation, not for one deed: "Polda
# menyiapkan 1.745 personel pengamanan Pemilu 2024", "... untuk mengamankan seluruh
# tahapan Pilkada", "dua pertiga kekuatan atau 6.177 personel ... selama 222 hari".
_WHOLE_VOTE_AFTER = compile_scan(
    r"[^.;\n]{0,40}?\b(?:(?:meng)?amankan|pengamanan)\s+(?:seluruh\s+|semua\s+"
    r"|setiap\s+)?(?:rangkaian\s+|proses\s+)?(?:tahapan\s+)?(?:pelaksanaan\s+)?"
    r"(?:Pemilu|Pilkada|Pilgub|Pilbup|Pilwali|pemilihan)\b"
    r"(?![^.;\n]{0,40}\b(?:TPS|hari\s+(?:H|pemungutan|pencoblosan)|pemungutan"
    r"|pencoblosan|kampanye|debat|rekapitulasi|pleno|logistik)\b)"
    r"|[^.;\n]{0,120}?\b(?:seluruh\s+tahapan|selama\s+\d+\s+hari)\b"
    # the force of a named operation as a whole: "5.240 personel untuk kegiatan
    # Operasi Mantap Praja ...", "... yang tergabung dalam Operasi ..."
    r"|[^.;\n]{0,30}?\b(?:dalam|untuk|pada|selama)\s+(?:kegiatan\s+|rangka\s+)?"
    r"(?-i:Operasi\s+[A-Z])",
    re.IGNORECASE,
)
_WHOLE_VOTE_BEFORE = compile_led(r"\bdua\s+per\s*tiga\s+kekuatan\b[^.;]{0,30}$", re.I)
# ... or said first, opening its sentence: "Untuk mengamankan Pilkada 2024, Polres
# X telah menyiapkan 521 personel."
_WHOLE_VOTE_OPENS = compile_scan(
    r"\s*(?:Untuk|Guna|Dalam\s+rangka)\s+(?:meng)?amankan\s+(?:seluruh\s+)?"
    r"(?:rangkaian\s+|tahapan\s+)?(?:pelaksanaan\s+)?(?:Pemilu|Pilkada|Pilgub|Pilbup"
    r"|Pilwali|pemilihan)\b[^.;,\n]{0,60},"
    # or the named operation opening it: "Operasi X 2024 digelar ... diperkuat ..."
    r"|\s*(?-i:Operasi\s+[A-Z])",
    re.IGNORECASE,
)


# "Secara keseluruhan, Polda Kalbar mengerahkan 806 personel", "1.900 personel
# se-Kalteng": the whole province's force, quoted beside the story's unit's own.
_PROVINCE_WIDE = compile_led(
    r"\b(?:secara\s+keseluruhan|se-?Kalimantan\s+\w+|se-?(?:Kalbar|Kalteng|Kalsel"
    r"|Kaltim|Kaltara)|di\s+seluruh\s+(?:wilayah|jajaran|kabupaten)|seluruh\s+jajaran"
    r"\s+Polda)\b",
    re.IGNORECASE,
)
_POLDA_WORD = compile_led(r"\b(?:Polda|Kepolisian\s+Daerah|Kapolda)\b")


# "..., sementara Polres X menerjunkan 180 personel": a clause of its own.
_CLAUSE_TURN = compile_scan(r";|\b(?:sementara|sedangkan|namun|adapun)\b", re.I)


# (a word of each stands in every match: the 340 characters are lowered and these
# found in them first, for most figures in place of the search)
_PROVINCE_WIDE_WORDS = required(_PROVINCE_WIDE.pattern, _PROVINCE_WIDE.flags)


def _province_wide(text: str, mention: _Mention) -> bool:
    """Whether the figure's clause gives it as the whole Polda's force."""
    near = text[max(0, mention.start - 300) : mention.end + 40]  # (a sentence's reach)
    low = near.lower() if can_screen(near) else None
    if not (
        in_window(low, _PROVINCE_WIDE_WORDS, 0, len(near))
        and _PROVINCE_WIDE.search(near)
    ):
        return False  # (most figures: no sentence to find)
    clause = _sentence_before(text, mention.start)
    turns = [t.end() for t in _CLAUSE_TURN.finditer(clause)]
    if turns:
        clause = clause[turns[-1] :]  # after the last turn
    clause += text[mention.start : mention.end] + mention.whose
    return bool(_PROVINCE_WIDE.search(clause) and _POLDA_WORD.search(clause))


# A figure whose parts the story goes on to list, in its sentence or the next one
# ("510 personil untuk pengamanan Pilkada ... . Terinci 310 orang dari internal dan
# 200 personil ...", "5.682 personel ... . Personel tersebut terdiri dari ..."): the
# story's own figure, told in detail, not a force quoted for context.
_PARTS_FOLLOW = compile_scan(
    r"[^.;\n]{0,160}?(?:\.\s*[^.;\n]{0,40}?)?\b(?:[Tt]erinci|rincian(?:nya)?"
    r"|terdiri\s+(?:dari|atas))\b",
)
# A lead (the first paragraph or two) is about this long: a figure in it is the
# story's own.
_LEAD_REACH = 600


def _background_force(text: str, mention: _Mention, title: str | None) -> bool:
    """Whether a figure is the force of the whole vote quoted for context: written
    as such and first named in the story's second half, not in its headline (the
    story reports another deed; README "Settled in session 7")."""
    if mention.start < max(len(text) // 2, _LEAD_REACH):
        return False
    opens = _WHOLE_VOTE_OPENS.match(text, _sentence_start(text, mention.start))
    if not (opens and opens.end() <= mention.start):
        after = text[mention.end : mention.end + 160].lower()
        if (
            not any(w in after for w in ("aman", "tahapan", "selama", "operasi"))
            and "tiga" not in (text[max(0, mention.start - 60) : mention.start])
        ):
            return False  # (no word of a whole vote's force near it)
        if not (
            _WHOLE_VOTE_AFTER.match(text, mention.end)
            or _WHOLE_VOTE_BEFORE.search(
                text, max(0, mention.start - 60), mention.start
            )
        ):
            return False
    if _PARTS_FOLLOW.match(text, mention.end):
        return False  # the story details it: its own figure
    figure = mention.count["n"]
    written = rf"(?<![\d.]){re.escape(figure)}(?![\d]|\.\d)"
    return not (
        re.search(written, text[: mention.start]) or title and re.search(written, title)
    )


# Reinforcement promised for later, or asked for, is not deployed.
_NOT_YET = compile_led(
    r"\b(?:akan|rencananya|nantinya|direncanakan)\b[^.;]{0,60}\b(?:ditambah|tambahan"
    # "Polres akan menambah 345 personel": a reinforcement still to come
    r"|penambahan|diperkuat|menambah(?:kan)?|mendatangkan)\b"
    # A request is the figure's only when no deployment comes between them: "atas
    # permintaan KPU, Polres menurunkan 120 personel" was done.
    r"|(?<!atas\s)(?<!sesuai\s)(?<!berdasarkan\s)(?<!menindaklanjuti\s)"
    r"\b(?:minta|meminta|permintaan|mengajukan|diajukan|usulan|mengusulkan)\b"
    r"(?![^.;]*\b(?:(?:me|di)(?:nurunkan|turunkan|nerjunkan|terjunkan|ngerahkan"
    r"|kerahkan|libatkan|lepas|nyiagakan|siagakan|nempatkan|tempatkan|ngirim(?:kan)?"
    r"|kirim(?:kan)?)|memberangkatkan|diberangkatkan)\b)",
    re.IGNORECASE,
)
# Personnel a civil government hands over (PAM TPS of the Pemkot) are not police.
_CIVIL_SUBJECT = compile_led(
    r"\b(?:Pemerintah\s+(?:Kota|Kabupaten|Provinsi|Daerah)|Pemkot|Pemkab|Pemprov"
    r"|Pemda)\b(?P<gap>[^.;]*)$",
    re.IGNORECASE,
)
_POLICE_WORD = compile_led(r"\b(?:Pol(?:ri|da|res|resta|sek)|polisi|kepolisian)", re.I)


def _sentence_before(text: str, at: int) -> str:
    """The text of the sentence holding text[at], up to ``at``."""
    return text[_sentence_start(text, at) : at]


def _is_civil(before: str) -> bool:
    """Whether the sentence so far has a civil government handing personnel over."""
    civil = _CIVIL_SUBJECT.search(before)
    # (a government named after the police is their partner, not the one handing
    # personnel over: "Polri bersinergi dengan aparatur pemerintah daerah")
    return (
        bool(civil)
        and not _POLICE_WORD.search(civil["gap"])
        and not _POLICE_WORD.search(before, 0, civil.start())
    )


_RANK_CLASSES = ("perwira", "bintara", "tamtama")
# A figure of TNI personnel, a part of a joint deployment when joined to the police's.
# "Polri 10 personel dan TNI 5 personel": TNI named before its figure.
_TNI_BEFORE = compile_scan(r"\bTNI\s*(?:sebanyak|berjumlah|:)?\s*$")
_TNI_AFTER = compile_scan(r"\s*(?:dari\s+)?TNI\b", re.IGNORECASE)
# The words that join one part of a deployment to the one before it in a sentence:
# "193 personel, dengan dibantu 51 personel BKO ..., serta 30 personel dari TNI",
# "142 personel Polri ditambah ..., ditambah dukungan 50 personel TNI", "148
# personel, didukung 30 personel TNI" (the lead's rulings of 00:36 and 00:50). The gap
# holds no other figure, no stop, and nothing that makes the second a part of the
# first ("di antaranya", "termasuk", "dari") or a whole ("total").
# A command's number after its name: "Kodim 1205/Sintang", "Yonif 641/Beruang",
# "Koramil 1205-03" (each digit of it, the gap being read a character at a time).
_UNIT_NUMBER = (
    r"(?:(?<=Kodim )|(?<=Korem )|(?<=Koramil )|(?<=Yonif )|(?<=Lanal )|(?<=Lanud )"
    r"|(?<=Brigif )|(?<=Kodam ))\d{2,4}(?:[/-][\w-]+)?"
)
_GAP_WORDS = (
    r"(?:(?!\b(?:termasuk|di\s*antaranya|diantaranya|total|sisanya|yakni|yaitu"
    r"|terdiri|meliputi|dari\s+jumlah)\b)(?:[^.;:!?\n\d]|(?<![\w.])\d[\d.]*\s+"
    # "400 personel untuk 800 TPS, dan 50 personel": posts counted between
    r"(?=(?:TPS|titik|pos|desa|kelurahan|kecamatan|lokasi|kotak)\b)"
    # "40 personel Kodim 1205/Sintang dan 20 personel Brimob": a unit's number
    rf"|{_UNIT_NUMBER})){{0,90}}"
)
# A force or unit named before its figure in a list: "Sat Samapta 40 personel",
# "Polres Barito Selatan (Barsel) 30 personel", "Kodim 1205/Sintang 50 personel"
# (capitalised words, an abbreviation in brackets, a unit's number).
_LABEL_FIRST = (
    r"(?-i:(?:[A-Z][\w-]*|\([A-Z][\w-]*\))"
    # a unit's number after its name: "Kodim 1205/Sintang", "Yonif 641"
    r"(?:\s+(?:[A-Z][\w-]*|\([A-Z][\w-]*\)|\d{3,4}(?:/[A-Z][\w-]*)?)){0,3})"
)
# A list's comma: "5 perwira, 40 bintara dan 10 personel Brimob"; "Sat Samapta 40
# personel, Sat Lantas 30 personel dan Sat Intelkam 30 personel".
# ("Sat Samapta: 40 personel": the label may end with a colon)
_COMMA_GAP = compile_scan(
    _GAP_WORDS + rf"[,;]\s*(?:{_LABEL_FIRST}\s*:?\s+(?:sebanyak\s+)?)?$", re.IGNORECASE
)
# The parts of one deployment as a list, an item a line, with no total stated:
# "- Polres Sambas: 150 personel\n- Kodim 1208/Sambas: 50 personel\n- ..." or
# "1. 150 personel Polres\n2. 50 personel Kodim". What follows a figure on its
# line (its force, a comma or stop), the next line's mark and label.
_LIST_LINE_MARK = r"(?:[-•*]|\d{1,2}[.)])\s+(?:dan\s+)?"
_NEXT_LIST_LINE = compile_scan(
    # (the reader joins a line ending with a comma to the next: "Polres, - 50 ...")
    r"[^\n]{0,60}?(?:\n\s*|(?<=,)[^\S\n]+(?=[-•*]\s))"
    + _LIST_LINE_MARK
    + rf"(?:{_LABEL_FIRST}\s*:?\s+(?:sebanyak\s+)?)?$",
    re.IGNORECASE,
)
_FIRST_LIST_LINE = compile_led(
    r"(?:^|\n)\s*" + _LIST_LINE_MARK + rf"(?:{_LABEL_FIRST}\s*:?\s+(?:sebanyak\s+)?)?$",
    re.IGNORECASE,
)
# (the last part's force may stand between: "40 personel Kodim 1205/Sintang serta
# 200 Linmas")
_LIST_GOES_ON = compile_scan(
    r"(?:\s+(?:dari\s+)?(?-i:[A-Z][\w-]*)(?:\s+\d{2,4}(?:[/-][\w-]+)?)?){0,3}"
    r"\s*,?\s*(?:dan|serta)\s+[^.;:\n\d]{0,40}?\d",
    re.I,
)
_JOINED = compile_scan(
    _GAP_WORDS + r"(?:,\s*|\s)(?:(?:dengan|juga|lagi|pun)\s+)*"
    r"(?:dan|serta|ditambah|dibantu|didukung|diperkuat|beserta|plus"
    # "350 personel Polda diback up 100 anggota TNI": backed up, as "dibantu"
    r"|di-?back\s*-?\s*up)"
    # "didukung dengan", "ditambah dukungan", a typo ("didukung dangan")
    # "dan TNI 5 personel": a force named before its figure; "ditambah bantuan
    # dari Polda Kalsel sebanyak 100 personel": the unit it comes from.
    r"(?:\s+(?!(?:dari|termasuk|total|yakni|yaitu)\b)(?:[a-z]+|TNI|Polri|Brimob"
    r"|Sat\s?Brimob|BKO)){0,2}(?:\s+dari(?:\s+[A-Z][\w-]*){1,4})?"
    # "dibantu oleh TNI dengan kekuatan 2.176 personel": the strength said so
    rf"(?:\s+{_LABEL_FIRST}\s*:?)?\s+(?:sebanyak\s+|dengan\s+(?:kekuatan|jumlah)\s+)?$",
    re.IGNORECASE,
)


# A list opened by a colon needs no "dan" before its last part: "Personel yang
# dikerahkan: Polres 150 personel, Brimob 50 personel, TNI 30 personel." The first
# part follows the colon (its label perhaps before its figure); the last one ends
# the sentence.
_COLON_OPENS = compile_led(
    rf":\s*(?:{_LABEL_FIRST}\s*:?\s+(?:sebanyak\s+)?)?$", re.IGNORECASE
)
# (the list may go on with parts not counted: "..., TNI 30 personel, Linmas 400
# orang.")
_LIST_ENDS = compile_scan(
    r"(?:[^\d.;:,\n]{0,40}?[,;]\s*(?:dan\s+|serta\s+)?[^\d.;:,\n]{0,40}?\d[\d.]*)*?"
    r"[^\d.;:,\n]{0,40}?(?:\.(?!\d)|\n|$)"
)
# "150 personel diterjunkan, 30 personel di antaranya ...": a part of the first.
_PART_OF_ONE = compile_scan(r"\s*(?:di\s*antaranya|sisanya|termasuk)\b", re.I)


def _colon_list(
    text: str, items: list[_Figure], links: list[str | None], last: int
) -> bool:
    """Whether the run of comma links ending at ``items[last]`` is a list opened by a
    colon and closed by the sentence's end."""
    first = last
    while first > 0 and links[first] == "comma":
        first -= 1
    opening = items[first].start
    return bool(
        _COLON_OPENS.search(text, max(0, opening - 60), opening)
        and _LIST_ENDS.match(text, items[last].end)
        and not any(
            _PART_OF_ONE.match(text, item.end) for item in items[first + 1 : last + 1]
        )
    )


def _joined_parts(
    text: str, figures: list[_Figure], parts: list[_Figure]
) -> list[_Figure]:
    """Figures with the parts of one deployment added up.

    Parts joined in one sentence with no total stated are one deployment (the
    lead's ruling, issue 11 session 6): police and TNI parts count; a TNI figure
    counts only as such a part, never alone, and so do officers counted by rank
    class ("dua perwira", alone, are officials named). A list's commas join its
    parts when the list ends with "dan"/"serta" ("5 perwira, 40 bintara dan 10
    personel"), unless its first figure is a whole the rest come from ("Dari 300
    personel, 200 ... dan 100 ...").
    """
    if len(figures) + len(parts) < 2:
        return figures
    items = sorted([*figures, *parts], key=lambda f: f.start)
    links: list[str | None] = [None]
    for prev, item in pairwise(items):
        link = None
        if item.start > prev.end and not item.total:
            if _JOINED.fullmatch(text, prev.end, item.start):
                link = "and"
            elif _COMMA_GAP.fullmatch(text, prev.end, item.start):
                link = "comma"
            elif _NEXT_LIST_LINE.fullmatch(text, prev.end, item.start) and (
                links[-1] == "line"
                or _FIRST_LIST_LINE.search(text, max(0, prev.start - 80), prev.start)
            ):
                link = "line"
        links.append(link)
    # A comma joins only inside a run of links that ends with "dan"/"serta", or
    # that goes on with "dan" to a counted part not taken ("Polri 1.500 personel,
    # TNI 540 personel, dan Linmas 4.000 orang": Linmas aside).
    for i in range(len(links) - 1, 0, -1):
        if (
            links[i] == "comma"
            and (i + 1 == len(links) or links[i + 1] is None)
            and not items[i].listed
            and not _LIST_GOES_ON.match(text, items[i].end)
            and not _colon_list(text, items, links, i)
        ):
            links[i] = None
    for i in range(1, len(links)):
        if links[i] == "comma" and (
            links[i - 1] is None
            and _WHOLE_BEFORE.search(
                text, max(0, items[i - 1].start - 30), items[i - 1].start
            )
        ):
            j = i
            while j < len(links) and links[j] == "comma":
                links[j] = None
                j += 1
    groups: list[list[_Figure]] = []
    for item, link in zip(items, links, strict=True):
        if link and groups:
            groups[-1].append(item)
        else:
            groups.append([item])
    merged = []
    for group in groups:
        police = [f for f in group if not any(f is t for t in parts)]
        # A police figure leads; officers by rank class count with other parts.
        if police or (len(group) > 1 and not all(f.tni for f in group)):
            lead = (police or group)[0]
            # Parts added up are the whole force, as a written total is: it takes
            # over a smaller figure before it (a team's, a post's) in reach.
            merged.append(
                replace(
                    lead,
                    value=sum(f.value for f in group),
                    total=lead.total or len(group) > 1,
                )
            )
    return merged


# "dipimpin Ipda X bersama dua anggota", "di bawah pimpinan AKP X, yang didampingi
# oleh 20 personel lainnya": the figure counts the others, the leader is one more.
_LEADER_JOIN = compile_scan(
    r"\b(?:bersama|didampingi|beserta)(?:\s+(?:oleh|dengan))?\s+(?:sebanyak\s+)?$",
    re.IGNORECASE,
)
_LEADS = compile_led(r"\b(?:memimpin|dipimpin|pimpinan|dikomandoi)\b", re.IGNORECASE)
_OTHERS = compile_scan(r"\s*lain(?:nya)?\b", re.IGNORECASE)


def _with_leader(text: str, at: int, whose: str, before: str, noun: str) -> int:
    """1 when the figure at ``at`` counts the ones who go with a leader ("Kapolsek
    bersama 8 anggotanya": his men), else 0."""
    if not _LEADER_JOIN.search(text, max(0, at - 30), at):
        return 0
    theirs = noun.lower().endswith("nya")
    return int(bool(theirs or _OTHERS.match(whose) or _LEADS.search(before)))


def _lead_figure(figures: list[_Figure]) -> _Figure | None:
    """The deployment among the exact figures, in text order.

    The first figure is the story's (province-wide or whole-operation figures
    quoted for context come later); a post's handful gives way to any larger
    figure; a reinforcement received gives way to the unit's own; a later figure
    written as the total of the ones before it (or parts added up in one
    sentence), or adding up to two or more of them, takes over.
    """
    if not figures:
        return None
    # The whole Polda's force gives way to the story's unit's own figure, even a
    # handful ("7 personel" escorting, beside "secara keseluruhan Polda ... 5.432").
    if any(not f.wide for f in figures):
        figures = [f for f in figures if not f.wide]
    if any(f.value > _FEW for f in figures):
        figures = [f for f in figures if f.value > _FEW]
    # A reinforcement gives way to a larger figure of the unit's own.
    own = [
        f
        for f in figures
        if not (f.extra and any(g.value > f.value and not g.extra for g in figures))
    ]
    lead = own[0]
    seen: list[int] = []
    for figure in figures:
        if figure.start <= lead.start:
            seen.append(figure.value)
            continue
        if figure.value > lead.value and (
            (
                (figure.total or (figure.joint and not lead.joint))
                and figure.start - lead.end <= _TOTAL_REACH
            )
            or _adds_up(figure.value, seen)
        ):
            lead = figure
        seen.append(figure.value)
    return lead


def _adds_up(value: int, parts: list[int]) -> bool:
    """Whether two or more of the distinct ``parts`` add up to ``value``."""
    distinct = sorted(set(parts))[-12:]
    sums = {0: 0}  # sum -> how many parts
    for part in distinct:
        for total, count in list(sums.items()):
            sums.setdefault(total + part, count + 1)
    return sums.get(value, 0) >= 2


# A figure's words in brackets after it: "320 (tiga ratus dua puluh)". (The pattern
# opens with the bracket, so ``re`` skips ahead to brackets.)
_SPELLED_AGAIN = compile_scan(rf"\(\s*(?P<words>(?i:{WORDS_RE}))\s*\)")
_FIGURE_BEFORE = compile_scan(rf"({DIGITS_RE})\s?$")


def _spelled_again(match: re.Match[str]) -> str:
    """Nothing for a figure's words in brackets after it, when they are its."""
    before = _FIGURE_BEFORE.search(
        match.string, max(0, match.start() - 12), match.start()
    )
    if not before:
        return match[0]
    said = to_int(" ".join(match["words"].lower().split()))
    return "" if said is not None and said == to_int(before[1]) else match[0]


def find_personnel(
    text: str,
    normalise: Callable[[str], str] | None = None,
    title: str | None = None,
) -> Personnel:
    """The deployment: an exact total, else the hedged phrase; plus any breakdown.

    ``normalise`` rewrites unit names in breakdown labels (``Polres Kotim``); among
    several figures, the one ``title`` (the headline) names wins when the body has it.
    """
    if "(" in text:
        # "320 (tiga ratus dua puluh) personel": the figure spelled out again.
        text = _SPELLED_AGAIN.sub(_spelled_again, text)
    exact: list[tuple[int, str]] = []
    figures: list[_Figure] = []
    hedged: list[tuple[int, str]] = []  # (rough size, phrase)
    guessed: list[tuple[int, str]] = []  # estimates ("Diperkirakan ... 500 personel")
    breakdown: tuple[CountItem, ...] = ()
    breakdown_of: _Figure | None = None
    skip_until = -1
    # (Every form says "diberitakan": most texts are spared the search.)
    earlier = (
        _EARLIER_REPORT.search(text)
        if (low := screened_lower(text)) is None or "diberitakan" in low
        else None
    )
    not_police: set[int] = set()
    parts: list[_Figure] = []  # figures that count only as parts of another
    parts_end: list[int] = []  # where each figure or TNI part ends
    police_seen = False  # whether any figure of police was met, kept or not
    for mention in _mentions(text):
        if mention.start < skip_until or _is_ratio(text, mention):
            continue
        if earlier and mention.start > earlier.start():
            break
        whose, match = mention.whose, mention.count
        before = _sentence_before(text, mention.start)
        value = to_int(match["n"]) if match["n"] else None
        if mention.noun.lower().startswith("prajurit"):
            # Soldiers ("dibantu 200 prajurit TNI"): TNI's own figure, a part of a
            # joint deployment only, like "personel TNI".
            if value and not (match["hedge"] or match["more"]):
                parts.append(
                    _Figure(value, mention.start, mention.end, False, False, tni=True)
                )
                parts_end.append(mention.end)
            continue
        if (
            _NOT_POLICE_AFTER.match(whose)
            or _NOT_POLICE_BEFORE.search(
                text[max(0, mention.start - 30) : mention.start]
            )
            or _is_civil(before)
        ):
            # The same figure named again is the same (other) force.
            not_police.add(value or 0)
            if (
                value
                and not match["hedge"]
                and (
                    _TNI_AFTER.match(whose)
                    or _TNI_BEFORE.search(
                        text, max(0, mention.start - 30), mention.start
                    )
                )
            ):
                # TNI's own figure: a part when joined to the police's (below).
                parts.append(
                    _Figure(value, mention.start, mention.end, False, False, tni=True)
                )
                parts_end.append(mention.end)
            continue
        noun = mention.noun.lower().removesuffix("nya")
        # "dipimpin AKP X bersama 20 personel lainnya": the leader is one more.
        leader = _with_leader(text, mention.start, whose, before, mention.noun)
        if noun == "anggota" and not (
            _ANGGOTA_OK.match(whose)
            or leader
            or (_PLAIN_AFTER.match(whose) and _POLICE_DEPLOYS.search(before))
        ):
            continue
        if noun == "orang" and not (
            _FORCE_AFTER_ORANG_RE.match(whose) or _POLICE_DEPLOYS.search(before)
        ):
            continue  # "250 orang" alone: people, police only when deployed as such
        police_seen = True
        if _NATIONAL.search(_sentence_of(text, mention.start, mention.end)):
            continue
        if value and _background_force(text, mention, title):
            continue  # the whole vote's force, quoted late for context
        # "30 personel TNI dan 30 personel Brimob": a part joined to the one before
        # is its own figure, even when another force's has the same value.
        joined = bool(parts_end) and _JOINED.fullmatch(
            text, parts_end[-1], mention.start
        )
        if (
            (value in not_police and not joined)
            or _NOT_YET.search(before)
            or _past_vote(text, mention.start, mention.end)
        ):
            continue
        # A unit's strength, or the whole a part was taken from (after the part).
        sentence_start = mention.start - len(before)
        if (
            _STRENGTH_AFTER.match(text, mention.end)
            or _STRENGTH_BEFORE.search(text, max(0, mention.start - 50), mention.start)
        ) or (
            _WHOLE_BEFORE.search(before)
            and figures
            and figures[-1].start >= sentence_start
        ):
            continue
        # As written, spacing normalised.
        phrase = " ".join(text[mention.start : mention.end].split())
        if match["vague"]:
            hedged.append((_VAGUE_SIZE.get(match["vague"].lower(), 0), phrase))
            continue
        if value is None or value >= _NATIONAL_SIZE:
            continue
        counting = bool(match["hedge"]) and bool(
            _COUNTING_HEDGE.search(" ".join(match["hedge"].split()))
        )
        if estimate := _ESTIMATE.search(before):
            # An estimate is no count, and no round figure of the deployment either:
            # it is the text only when nothing else is found, or when it is the
            # whole's ("diperkirakan total ...", "diperkirakan, jumlah personel ...").
            whole = _WHOLE_WORD.search(before, estimate.end())
            guessed.append((value if whole else 0, phrase))
            continue
        if (match["hedge"] and not counting) or match["more"]:
            hedged.append((value, phrase))
            continue
        value += leader
        exact.append((value, phrase))
        figure = _Figure(
            value,
            mention.start,
            mention.end,
            extra=bool(_EXTRA_BEFORE.search(before)),
            # A total may be written across a line break the page put mid-sentence.
            total=bool(
                _TOTAL_BEFORE.search(text, max(0, mention.start - 80), mention.start)
                or _ITS_PARTS_NEXT.match(text, mention.end)
            ),
            wide=_province_wide(text, mention),
            # (a Polda's joint force is a parent's, not the whole of the unit's)
            joint=bool(
                (_JOINT.search(mention.whose) or _JOINT.search(before[-100:]))
                and not _POLDA_WORD.search(before)
            ),
        )
        if not breakdown:
            breakdown, end = _breakdown(
                text, mention.end, value, normalise or (lambda label: label)
            )
            if breakdown:
                skip_until = end
                breakdown_of = figure
        listed = (
            None if breakdown_of is figure else _listed_force(text, mention.end, value)
        )
        if listed:
            # "273 Polri, 135 TNI, dan 3242 Linmas": the joint force, Linmas aside.
            figure = replace(figure, value=listed[0], listed=True)
            skip_until = listed[1]
        # "dua perwira", "18 bintara": officers by rank class, a part only.
        alone = noun in _RANK_CLASSES and not figure.listed
        (parts if alone else figures).append(figure)
        parts_end.append(figure.end)
    figures = _joined_parts(text, figures, parts)
    exact.extend((f.value, "") for f in figures)
    lead = _lead_figure(figures)
    best = (lead.value, "") if lead else None
    full = sum(c.count for c in breakdown)
    police = sum(c.count for c in breakdown if not _CIVILIAN.search(c.label))
    if breakdown and breakdown_of is not None:
        total = sum(c.count for c in breakdown)
        # A figure whose breakdown adds up is the total of its parts ("682 ...
        # terdiri atas 487 ... dan 195", beside a "628" elsewhere); one of a reserve
        # stated apart ("95 personel BKO terdiri dari ...") does not outrank it.
        if (breakdown_of is figures[0] or best is None or best[0] <= total) and any(
            f.value == total for f in figures
        ):
            best = (total, "")
    # The figure the headline gives, when the body gives it too, unless the body's
    # breakdown adds up to another figure it gives ("628" in the headline, "682 ...
    # terdiri atas 487 ... dan 195" in the body: a typo in the headline).
    headline = _headline_figure(title, exact)
    if headline and headline[0] <= _FEW and any(v > _FEW for v, _ in exact):
        # A post's handful in the headline ("dua anggota di setiap TPS") gives way
        # to the body's larger figures, as it does in the body (_lead_figure).
        headline = None
    if headline and not (
        breakdown
        and best
        and best[0] == sum(c.count for c in breakdown) != headline[0]
        and headline[0] not in {c.count for c in breakdown}
    ):
        best = headline
    titled = best is not None and best == headline
    if (
        title
        and (best is None or best[0] <= _FEW)
        and not any(_has_digit(h[1]) for h in hedged)
    ):
        # The headline's exact figure, when the body gives only a word ("ratusan
        # personel") or a post's handful: the body cut short, or telling one part.
        said = _headline_count(title)
        if said and said > _FEW and (best is None or said > best[0]):
            best = (said, "")
            titled = True
    rough = max(hedged, key=lambda h: h[0]) if hedged else None
    if best is None and rough and (said := _said_exactly(text, rough[1])):
        # "sekitar 650 personel" in the narration, "Ada 650 orang kita siapkan" in
        # the officer's words: the figure he states is the count (README, session 13).
        return Personnel(said, None, breakdown, (said,))
    seen = tuple(dict.fromkeys(v for v, _ in exact))
    # "sekitar 6.000 personel" beside "2 personel" at a post: the round figure leads
    # over a figure that is a small part of it; a word ("ribuan") never outweighs a
    # figure, nor does a round joint total ("sekitar 1.600") the police's own 568.
    if rough and (
        best is None or (rough[0] > best[0] * _ROUGH_FACTOR and _has_digit(rough[1]))
    ):
        return Personnel(
            None, hedged[0][1] if best is None else rough[1], breakdown, seen
        )
    if (
        best
        and not titled
        and any(g > best[0] for g, _ in guessed)
        and not any(
            f.value == best[0]
            and _TOTAL_BEFORE.search(text, max(0, f.start - 80), f.start)
            for f in figures
        )
    ):
        # "masing-masing 60 personel ..., ditambah 150 personel Polda ...,
        # diperkirakan total sekitar 1.000 personel": the whole is only estimated,
        # the exact figures (not a total written as such) are its parts or
        # another's, so the story gives no count.
        return Personnel(None, max(guessed)[1], breakdown, seen)
    if (
        best
        and police
        and full != police
        and (
            best[0] == full
            or (breakdown_of is not None and best[0] == breakdown_of.value)
        )
    ):
        # A stated total whose parts include Linmas counts its police and TNI parts,
        # also when the parts written miss the total by a slip.
        best = (police, "")
    if best:
        # An exact figure (a counting hedge's too) needs no text: the text is for
        # what is not a number.
        return Personnel(best[0], None, breakdown, seen)
    people = _force_in_people(text, earlier.start() if earlier else len(text))
    if people is not None:
        return Personnel(people, None, breakdown, seen)
    if not police_seen:
        # No police figure at all: the story is the soldiers' own deployment (a
        # Kodim's or Kodam's force), and their figure is its total; not the
        # support they give a police force named without a figure.
        troops = _lead_figure(
            _joined_parts(
                text,
                [
                    replace(f, tni=False)
                    for f in parts
                    if f.tni
                    and not _EXTRA_BEFORE.search(_sentence_before(text, f.start))
                ],
                [],
            )
        )
        if troops and troops.value > _FEW:
            return Personnel(troops.value, None, breakdown, (troops.value,))
    return Personnel(None, guessed[0][1] if guessed else None, breakdown, seen)


# The digits of a hedged phrase ("sekitar 650 personel"), and what makes the same
# figure said again no count either: a hedge before it, people of another kind.
_PHRASE_DIGITS = compile_scan(r"(?<![\d.,])\d[\d.,]*\d|(?<![\d.,])\d")
_OTHER_PEOPLE = compile_scan(rf"\b{_NOT_FORCE_PEOPLE}", re.IGNORECASE)
_HEDGE_ENDS = compile_led(rf"(?:{_HEDGE_BEFORE}|\b[Dd]ari)\s*$", re.IGNORECASE)


def _said_exactly(text: str, phrase: str) -> int | None:
    """The figure of a hedged ``phrase`` when the text also states it exactly, as a
    count of people or personnel with no hedge before or "lebih" after it."""
    digits = _PHRASE_DIGITS.search(phrase)
    if not digits or re.match(r"\s*(?:lebih|-?an)\b", phrase[digits.end() :]):
        return None  # "6.000 lebih", "100-an": no figure to be said again
    exact = re.compile(
        rf"(?<![\w.,]){re.escape(digits.group())}(?![\d.,]\d)\s+"
        rf"(?:orang|personel|personil|anggota)\b(?!\s+(?:lebih|{_NOT_FORCE_PEOPLE}))",
        re.IGNORECASE,
    )
    for again in exact.finditer(text):
        before = text[max(0, again.start() - 40) : again.start()]
        # (nor people of another kind: "massa 650 orang", "650 orang warga")
        if not (_HEDGE_ENDS.search(before) or _OTHER_PEOPLE.search(before)):
            return to_int(digits.group())
    return None


# A round figure outweighs an exact one only when the exact one is this many times
# smaller: a post's or a platoon's strength beside the whole deployment.
_ROUGH_FACTOR = 10


# Without any "<n> personel": the force counted in people. "Kami siapkan tim
# gabungan dari anggota Polri ... Totalnya 6.466 orang", "pasukan yang akan
# diturunkan sebanyak 350 orang".
_PEOPLE_SAYS = r"(?:sebanyak|berjumlah|sejumlah|adalah|mencapai|yakni|yaitu)\b"
_PEOPLE = compile_led(
    rf"\b(?:(?:total|jumlah)(?:nya)?\s+(?:sebanyak\s+|mencapai\s+|berjumlah\s+)?"
    # "pasukan yang akan disiapkan adalah 90 orang", "dua per tiga kekuatan yaitu
    # 258 orang"
    rf"|(?:pasukan|aparat(?:\s+keamanan)?|kekuatan)"
    rf"\b(?P<between>(?:\s+(?!{_PEOPLE_SAYS})"
    rf"[\w-]+){{0,6}}?)\s+{_PEOPLE_SAYS}\s+)"
    rf"(?P<n>(?<![\w.]){DIGITS_RE}|\b{WORDS_RE})\s+orang\b",
    re.IGNORECASE,
)
_FORCE_WORDS = compile_led(
    r"\b(?:personel|personil|anggota\s+(?:Polri|kepolisian)|tim\s+gabungan|pasukan"
    r"|aparat|BKO|Brimob|Samapta)\b",
    re.IGNORECASE,
)
# "pasukan prajurit sebanyak 650 orang" are soldiers; a joint team's total counts.
_OTHER_TROOPS = compile_led(r"\b(?:prajurit|TNI|Kodim|Koramil|Linmas)\b", re.IGNORECASE)
# People who are not a force: voters, crowds, travellers.
_NOT_FORCE = compile_led(
    r"\b(?:pemilih|DPT|warga|penduduk|jiwa|pendukung|massa|peserta|penonton|pemudik"
    r"|penumpang)\b",
    re.IGNORECASE,
)


def _force_in_people(text: str, until: int) -> int | None:
    """The force's size written as ``N orang`` after a force word, or None."""
    for match in _PEOPLE.finditer(text, 0, until):
        if match["between"] is not None:
            if _OTHER_TROOPS.search(match["between"]):
                continue
            context = match[0]
        else:
            # "Totalnya": the force is named in this sentence or the one before.
            start = _sentence_start(text, _sentence_start(text, match.start()) - 2)
            context = text[start : match.end()]
            if not _FORCE_WORDS.search(context) or _NOT_FORCE.search(context):
                continue
        value = to_int(match["n"])
        if value and value < _NATIONAL_SIZE:
            return value
    return None


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` ends (after its full stop or line break)."""
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] starts (at most 300 characters back)."""
    at = max(0, at)
    ends = _sentence_ends(text)
    floor = max(0, at - 300)
    i = bisect_right(ends, at) - 1
    return ends[i] if i >= 0 and ends[i] > floor else floor


def _has_digit(phrase: str) -> bool:
    return any(c.isdigit() for c in phrase)


# A full stop not between digits, or a line break. (The character is matched first
# and its neighbours checked after: a pattern opening with a character set lets
# ``re`` skip ahead to the candidates instead of trying every position.)
_SENTENCE_END = compile_scan(r"[.!?\n](?:(?<=\n)|(?<!\d.)(?!\d))")


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (at most 300 characters either side)."""
    left = _sentence_start(text, start)
    ends = _sentence_ends(text)
    i = bisect_right(ends, end)  # the first sentence end after ``end``
    stop = ends[i] - 1 if i < len(ends) and ends[i] - 1 < end + 300 else None
    return text[left : stop if stop is not None else min(len(text), end + 300)]


def _headline_figure(
    title: str | None, exact: list[tuple[int, str]]
) -> tuple[int, str] | None:
    """The exact figure the headline names, when the body names it too, or two of
    the body's figures add up to it ("620" in the headline, "550 personel Polres
    ..., termasuk 70 personel BKO" in the body)."""
    if not title:
        return None
    values = {v for v, _ in exact}
    for noun in _NOUN_RE.finditer(title):
        if noun.group().lower() == "polisi":
            continue  # "Satu Polisi Jaga Dua TPS": a ratio, the body says the rest
        count = _count_before(title, noun.start(), can_screen(title))
        if count and count["n"] and not (count["hedge"] or count["more"]):
            value = to_int(count["n"])
            if value in values:
                return next(e for e in exact if e[0] == value)
            if value and any(value - v in values - {v} for v in values):
                return value, " ".join(title[count.start() : noun.end()].split())
    return None


def _headline_count(title: str) -> int | None:
    """The one exact figure of personnel a headline gives ("Polres X Kerahkan 300
    Personel"), or None (none, hedged, or two different ones)."""
    found = set()
    for mention in _mentions(title):
        count = mention.count
        if mention.noun.lower() in ("polisi", "prajurit") or not count["n"]:
            continue
        if count["hedge"] or count["more"] or _is_ratio(title, mention):
            continue
        value = to_int(count["n"])
        if value and value < _NATIONAL_SIZE:
            found.add(value)
    return found.pop() if len(found) == 1 else None


# "aman" is a category only after "kategori": "1.200 TPS aman" is a wish.
_TPS_CATEGORY = (
    r"(?P<cat>sangat\s+rawan|kurang\s+rawan|tidak\s+rawan|rawan|khusus"
    r"|(?<=kategori\s)aman|(?<=kriteria\s)aman)"
)

# A count stands alone: no letter, digit or stop glued before it. (Checked at each
# match by ``finditer_checked``: the patterns then open with the number's digit.)
_NUMBER_START = compile_scan(r"(?<![\w.])")
_TPS = (
    compile_scan(
        rf"(?P<n>{DIGITS_RE})\s+(?:titik\s+|unit\s+|buah\s+|lokasi\s+)?"
        r"(?:TPS|tempat\s+pemungutan\s+suara)\b"
        rf"(?:,?\s+(?:di\s*antaranya\s+)?(?:yang\s+)?(?:masuk\s+)?(?:dalam\s+)?"
        rf"(?:kategori\s+|kriteria\s+)?{_TPS_CATEGORY}\b)?",
        re.IGNORECASE,
    ),
    compile_led(
        r"\b(?:TPS|tempat\s+pemungutan\s+suara)\s+(?:dengan\s+|yang\s+)?"
        rf"(?:kategori\s+|kriteria\s+)?{_TPS_CATEGORY}\s*(?:sebanyak|berjumlah|ada|:)?"
        rf"\s*(?P<n>{DIGITS_RE})(?!\s*(?:personel|personil))",
        re.IGNORECASE,
    ),
)

_TPS_ASCII = ascii_digits(_TPS[0])


def find_tps_counts(text: str) -> tuple[CountItem, ...]:
    """TPS counts by category (``sangat rawan``, ``rawan``) or ``total``."""
    # Both forms name "TPS" or "tempat pemungutan suara": a text with neither is
    # spared the scan of every figure in it (two real pages in five).
    low = screened_lower(text)
    if low is not None and "tps" not in low and "tempat" not in low:
        return ()
    found: list[tuple[int, CountItem]] = []
    taken: list[tuple[int, int]] = []
    # "TPS rawan sebanyak 120 TPS" first, so its "120 TPS" is not also a total.
    for pattern in reversed(_TPS):
        found_here = (
            finditer_checked(
                _TPS_ASCII if text.isascii() else pattern, _NUMBER_START, text
            )
            if pattern is _TPS[0]
            else pattern.finditer(text)
        )
        for match in found_here:
            if any(a <= match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            label = " ".join(match["cat"].lower().split()) if match["cat"] else "total"
            found.append((match.start(), CountItem(label, to_int(match["n"]) or 0)))
    seen: dict[str, CountItem] = {}
    for _, item in sorted(found, key=lambda f: f[0]):
        seen.setdefault(item.label, item)
    return tuple(seen.values())


_POINTS = compile_scan(rf"(?P<n>{DIGITS_RE})\s+titik\b(?!\s+(?:TPS|kumpul))")
# (an ASCII text is scanned with ``\d`` written ``[0-9]``: ``asciitext.ascii_digits``)
_POINTS_ASCII = ascii_digits(_POINTS)


def find_activity_points(text: str) -> int | None:
    """The first ``N titik`` (places where activities were held), or None."""
    at = text.find("titik")
    if at < 0:  # (the pattern's own word: most texts lack it)
        return None
    # A match is digits, stops and spaces, then "titik": none starts before the run
    # of those right before the first "titik" (the digit scan skips what precedes).
    while at and (
        text[at - 1].isspace() or text[at - 1].isdecimal() or text[at - 1] == "."
    ):
        at -= 1
    points = _POINTS_ASCII if text.isascii() else _POINTS
    match = next(finditer_checked(points, _NUMBER_START, text, at), None)
    return to_int(match["n"]) if match else None
