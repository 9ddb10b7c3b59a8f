"""Which election an article is about, and the police operation securing it."""

from __future__ import annotations

import re
from datetime import date

from arsip_core.gazetteer import Gazetteer
from arsip_core.model import PEMILU_2024, PILKADA_2024
from arsip_extract.lead import compile_led, compile_scan

# (pattern, election): each match is one vote for that election. Pilkada phrases are
# read first and blanked: "Pemilihan Umum Kepala Daerah" holds "Pemilihan Umum".
# A year may follow after a region ("Pilkada Kalteng 2020", "Pemilu di Sambas tahun
# 2019"): a vote with another year is another election and does not count.
_YEAR_AFTER = (
    r"(?:\s+(?:di\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,3}?(?:Serentak\s+)?"
    r"(?:(?:pada\s+)?\d{1,2}\s+[A-Za-z]+\s+)?(?:Tahun\s+)?"
    # Of a span of years ("2023-2024"), the last is the election's.
    r"(?:20\d\d\s*[-–/]\s*)?(?P<year>20\d\d)\b)?"
)
_PILKADA = compile_led(
    r"\b(?:Pilkada|Pemilukada|Pemilihan\s+Umum\s+Kepala\s+Daerah|Pemilihan\s+Kepala"
    r"\s+Daerah|Pilgub|Pilbup|Pilwali|Pilwalkot|Pemilihan\s+Gubernur|Pemilihan\s+Bupati"
    r"|Pemilihan\s+Wali\s*kota|Pemilihan\s+Serentak|Operasi\s+Mantap\s+Praja|Ops\s+"
    r"Mantap\s+Praja|OMP|calon\s+kepala\s+daerah"
    r"|(?:paslon|pasangan\s+calon)\s+(?:\(paslon\)\s+)?(?:gubernur|bupati|wali\s*kota)"
    r"|calon\s+(?:wakil\s+)?(?:gubernur|bupati|wali\s*kota)|cagub|cabup|cawali|cawagub"
    r"|cawabup)" + _YEAR_AFTER,
    re.IGNORECASE,
)
# Words only the national vote of 14 February has: its operation, its offices.
_PEMILU_OWN = (
    r"Pileg|Pilpres|Operasi\s+Mantap\s+Brata|Ops\s+Mantap\s+Brata|OMB|caleg|capres"
    r"|cawapres|DPR\s+RI|DPD\s+RI"
)
_PEMILU = compile_led(
    # "Komisi Pemilihan Umum" and "Badan Pengawas Pemilihan Umum" name offices.
    rf"\b(?:(?P<own>{_PEMILU_OWN})|Pemilu|(?<!Komisi\s)(?<!Pengawas\s)Pemilihan\s+Umum)"
    rf"{_YEAR_AFTER}",
    re.IGNORECASE,
)
# The regional vote's own day ("27 November 2024") and offices ("memilih bupati").
_REGIONAL_CUE = compile_led(
    r"\b27\s+(?:November|Nopember|Nov)\b(?!\s+20(?!24)\d\d)"
    r"|\bmemilih\s+(?:calon\s+)?(?:gubernur|bupati|wali\s*kota|kepala\s+daerah)\b",
    re.IGNORECASE,
)
# Words that make an article about some vote without naming which one.
_GENERIC = compile_led(
    r"\b(?:pemungutan\s+suara|PSU|TPS|KPU|KPUD|Bawaslu|rekapitulasi|pencoblosan|kampanye"
    r"|surat\s+suara|kotak\s+suara|logistik|masa\s+tenang|politik\s+uang|pleno|PPK"
    r"|KPPS|pasangan\s+calon|paslon|pemilih|hak\s+pilih)\b",
    re.IGNORECASE,
)
# The regional heads sworn in: "pelantikan Bupati dan Wakil Bupati Kobar",
# "pelantikan gubernur terpilih".
_HEADS_SWORN_IN = compile_led(
    r"\bpelantikan\s+(?:(?:calon|pasangan)\s+)?(?:wakil\s+)?(?:gubernur|bupati"
    r"|wali\s*kota|kepala\s+daerah)\b",
    re.IGNORECASE,
)
# An operation of another kind named in the headline or lead: the story is about it,
# and an election it mentions is context ("Operasi Ketupat ... usai Pemilu").
_OTHER_OPERATION = compile_led(
    r"\b(?:Operasi|Ops)\s+(?:Ketupat|Lilin|Zebra|Patuh|Keselamatan|Liong|Sikat|Pekat"
    r"|Antik|Bina\s+Kusuma|Aman\s+Nusa)\b",
    re.IGNORECASE,
)
_ELECTION_OPERATION = compile_led(
    r"\b(?:(?:Operasi|Ops)\s+Mantap\s+(?:Brata|Praja)|OMB|OMP)\b", re.IGNORECASE
)
_LEAD_CHARS = 400


def _votes(matches: list[re.Match[str]], years: tuple[int, ...]) -> int:
    # "Pemilu 2019" is another election: it does not count.
    return sum(1 for m in matches if not m["year"] or int(m["year"]) in years)


def _blank(text: str, matches: list[re.Match[str]]) -> str:
    """``text`` with each match replaced by a space (``sub`` without a second scan)."""
    parts, at = [], 0
    for m in matches:
        parts += (text[at : m.start()], " ")
        at = m.end()
    parts.append(text[at:])
    return "".join(parts)


def _other_operation_only(text: str) -> bool:
    """True when the lead names another kind of operation and none is an election's."""
    return bool(_OTHER_OPERATION.search(text, 0, _LEAD_CHARS)) and not (
        _ELECTION_OPERATION.search(text)
    )


# Before this, a vote is an older election's (Pemilu 2019, Pilkada 2020).
_ARCHIVE_START = date(2022, 1, 1)


# An older vote named with its year ("Pilpres 2014", "Pilkades serentak 2017").
_OLD_VOTE = compile_led(
    r"\b(?:Pilkades|Pemilihan\s+Kepala\s+Desa|Pilkada|Pemilukada|Pemilu|Pilpres|Pileg"
    r"|Pemilihan\s+Umum|Pilgub|Pilbup|Pilwali)(?:\s*\([A-Za-z]{2,10}\))?\s+"
    r"(?:serentak\s+)?(?:tahun\s+)?"
    r"(?:20[01]\d|202[01])\b",
    re.IGNORECASE,
)
_RECENT_YEAR = compile_scan(r"\b202[2-9]\b")


def _older_vote_only(text: str) -> bool:
    """An undated text that names an older vote with its year and no year of the
    archive's time at all: its bare "Pilpres" or "pemilihan umum" is that vote."""
    return bool(_OLD_VOTE.search(text)) and not _RECENT_YEAR.search(text)


# The national vote named with a day and no year ("pemilu 17 April mendatang"): a
# day other than 14 February is another Pemilu's (2019 voted on 17 April).
_PEMILU_DAY = compile_led(
    r"\b(?:Pemilu|Pemilihan\s+Umum)\s+(?:serentak\s+)?(?:(?:pada|tanggal)\s+)?"
    r"(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]+)\b(?!\s+20\d\d)",
    re.IGNORECASE,
)
_MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5,
    "juni": 6, "juli": 7, "agustus": 8, "september": 9, "oktober": 10,
    "november": 11, "nopember": 11, "desember": 12,
}  # fmt: skip


def _other_pemilu_day(text: str, gaz: Gazetteer) -> bool:
    """Whether the text names its Pemilu's day, and it is not the 2024 vote's."""
    pemilu = gaz.election(PEMILU_2024)
    if pemilu is None:
        return False
    days = {
        (_MONTHS[m["mon"].lower()], int(m["d"]))
        for m in _PEMILU_DAY.finditer(text)
        if m["mon"].lower() in _MONTHS
    }
    return bool(days) and (pemilu.voting_day.month, pemilu.voting_day.day) not in days


# A day written with its weekday and without a year: "Rabu (18/11)", "Kamis, 3
# Desember".
_YEARLESS_DAY = compile_led(
    r"\b(?P<wd>Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)\s*(?:,\s*|\(\s*)"
    r"(?:tanggal\s+)?(?P<d>\d{1,2})(?:\s*/\s*(?P<m>\d{1,2})(?!\s*/?\s*\d)"
    r"|\s+(?P<mon>[A-Za-z]+)\b(?!\s*,?\s*\d))",
    re.IGNORECASE,
)
_WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}  # fmt: skip
# The years an undated vote of this archive's elections may fall in (the Pemilu's
# run-up in 2023, the Pilkada's re-votes in 2025).
_VOTE_YEARS = (2023, 2024, 2025)
_VOTE_YEAR = compile_scan(r"\b202[345]\b")


def _older_weekdays(text: str) -> bool:
    """Whether the text's days written with a weekday and no year fall on that
    weekday in none of the archive's years ("Rabu (18/11)" was a Monday in 2024):
    an undated story of an older vote. A text writing a year of the archive's votes
    is not undated."""
    days = []
    for m in _YEARLESS_DAY.finditer(text):
        month = int(m["m"]) if m["m"] else _MONTHS.get((m["mon"] or "").lower())
        wd = _WEEKDAYS.get(m["wd"].lower().replace("'", "").replace("’", ""))
        if month and 1 <= month <= 12:
            days.append((wd, month, int(m["d"])))
    if not days or _VOTE_YEAR.search(text):
        return False
    for wd, month, day in days:
        for year in _VOTE_YEARS:
            try:
                if date(year, month, day).weekday() == wd:
                    return False
            except ValueError:
                continue
    return True


# A village head's election: no election of this archive.
_VILLAGE_VOTE = compile_led(
    r"\b(?:Pilkades|Pemilihan\s+Kepala\s+Desa|Pemilihan\s+Kades)\b", re.IGNORECASE
)


def find_election(text: str, when: date | None, gaz: Gazetteer) -> str | None:
    """``pemilu-2024``, ``pilkada-2024`` or None; the date breaks a tie."""
    if _other_operation_only(text) or (when is not None and when < _ARCHIVE_START):
        return None
    if when is None and (
        _older_vote_only(text) or _other_pemilu_day(text, gaz) or _older_weekdays(text)
    ):
        return None
    pilkada_matches = list(_PILKADA.finditer(text))
    pilkada = _votes(pilkada_matches, (2024, 2025))
    pemilu_matches = [
        m
        for m in _PEMILU.finditer(_blank(text, pilkada_matches))
        if not m["year"] or int(m["year"]) == 2024
    ]
    pemilu = len(pemilu_matches)
    if (
        _VILLAGE_VOTE.search(text)
        and len(_VILLAGE_VOTE.findall(text)) > pilkada + pemilu
    ):
        # A village head vote told more often than any vote of 2024: the story is
        # about it, and "Pemilu 2024 mendatang" is named in passing.
        return None
    own = sum(1 for m in pemilu_matches if m["own"])
    if pemilu and not own and _regional(text, pilkada, when, gaz):
        # "Pemilu" is also said of the regional vote: its day, its offices or its
        # season tell.
        return PILKADA_2024
    if pilkada > pemilu:
        return PILKADA_2024
    if pemilu > pilkada:
        return PEMILU_2024
    if when is None:
        return None
    if not (pilkada or _GENERIC.search(text)):
        # The swearing-in of the regional heads the Pilkada elected ("pengamanan
        # pelantikan Bupati dan Wakil Bupati", February 2025) closes that vote.
        pilkada_2024 = gaz.election(PILKADA_2024)
        if (
            pilkada_2024 is not None
            and pilkada_2024.voting_day < when <= pilkada_2024.re_votes_until
            and _HEADS_SWORN_IN.search(text)
        ):
            return PILKADA_2024
        return None
    # Only the calendar can tell: pick the election whose season holds the date.
    # Pilkada first: its season starts where the Pemilu's re-votes end.
    for election_id in (PILKADA_2024, PEMILU_2024):
        election = gaz.election(election_id)
        if election and election.start <= when <= election.re_votes_until:
            return election_id
    return None


def _regional(text: str, pilkada: int, when: date | None, gaz: Gazetteer) -> bool:
    """Whether a text saying only "Pemilu" is about the regional vote of 2024."""
    pemilu = gaz.election(PEMILU_2024)
    if when is not None and pemilu is not None:
        # Past the Pemilu's re-votes, a "Pemilu" of 2024 can only be the Pilkada; before
        # them, a regional word is the Pilkada still to come.
        return when > pemilu.re_votes_until
    return bool(pilkada or _REGIONAL_CUE.search(text))


# Code -> full operation name; the regional name and year follow either spelling.
OPERATIONS = {
    "OMB": "Operasi Mantap Brata",
    "OMP": "Operasi Mantap Praja",
}
_OPERATION = compile_led(
    # "Operasi Kepolisian Terpusat “Lilin Kapuas – 2024”" names it after its kind.
    r"\b(?i:Operasi|Ops\.?)\s+(?:(?i:Kepolisian\s+(?:Terpusat|Mandiri\s+Kewilayahan"
    r"|Kewilayahan))\s+)?[“\"']?"
    # "Mantab" is a common misspelling of "Mantap".
    r"(?P<name>(?i:Manta[pb]\s+Brata|Manta[pb]\s+Praja|Ketupat|Lilin"
    r"|Zebra|Patuh|Keselamatan|Liong|Aman\s+Nusa|Sikat|Pekat|Antik|Bina\s+Kusuma))"
    r"(?:\s*\((?:OMB|OMP)\))?"
    # The election operations' names alone: "apel mantap praja Kapuas 2024".
    r"|\b(?P<bare>(?i:Manta[pb]\s+(?:Brata|Praja)))\b"
    r"|\b(?P<code>OMB|OMP)\b"
    # Any other operation named with its year: "Operasi Petinggi Mahakam 2019".
    r"|\b(?i:Operasi)\s+(?P<other>[A-Z][a-z]{3,})(?=\s+(?:[A-Z][a-z]+\s+){0,2}20\d\d\b)",
)
# One word ("Telabang"), or two when a year follows ("Lancang Kuning 2024"); in lower
# case only right before its year ("operasi mantap praja mahakam 2020").
_REGION = compile_scan(
    r"^\s*(?P<region>(?:[A-Z][a-z]+|[A-Z]{3,}|[a-z]{4,}(?=\s+(?:(?i:tahun)\s+)?20\d\d))"
    r"(?:\s+(?!Tahun\b|TAHUN\b)(?:[A-Z][a-z]+|[A-Z]{3,})"
    r"(?=\s+(?:(?i:tahun)\s+)?20\d\d))?)\b"
    r"(?P<next>\s*\S*)"
)
# Title Case headlines put verbs and nouns after a code ("OMB Dalam Pengamanan").
_NOT_REGION = {
    "Polda", "Polres", "Polresta", "Polsek", "Tahun", "Pilkada", "Pemilu", "Dan", "Di",
    "Ke", "Yang", "Dalam", "Untuk", "Pada", "Saat", "Selama", "Jelang", "Jaga", "Siap",
    "Gelar", "Amankan", "Kawal", "Laksanakan", "Lakukan", "Patroli", "Pengamanan",
    "Personel", "Polri", "Kamtibmas", "Hari", "Bersama", "Sukses", "Berjalan",
    "Serentak",
}  # fmt: skip
# What may follow a region: a year, a unit, a rank ("OMB Telabang Irjen Pol ..."),
# punctuation, "(OMP)", a lowercase word.
_REGION_NEXT = compile_scan(
    r"^\s*(?:20\d\d|Tahun|Polda|Polres|Polresta|Polsek|Irjen|Brigjen|Kombes|AKBP"
    r"|Kompol|AKP|Iptu|Ipda|[,.;:()”\"–-]|[a-z]|$)"
)
_YEAR = compile_scan(
    r"^\s*(?:\((?:OMB|OMP)\)\s*)?[-–]?\s*(?:(?i:tahun)\s+)?"
    r"(?P<year>20\d\d(?:\s*[-–/]\s*20\d\d)?)\b"
)
# Election operations come first: other operations are mentioned in passing.
_PRIORITY = ("Operasi Mantap Brata", "Operasi Mantap Praja")
_OWN = {PEMILU_2024: "Operasi Mantap Brata", PILKADA_2024: "Operasi Mantap Praja"}
_SECOND_CODE = compile_scan(r"^\s*/\s*(?P<code>OMB|OMP)\b")


def find_operation(
    text: str, election: str | None, captions: tuple[str, ...] = ()
) -> str | None:
    """The operation's full name, e.g. ``Operasi Mantap Praja Telabang 2024``.

    ``captions`` (photo captions) name no operation of their own, but lend the
    region and year of the one the text names ("Apel Operasi Mantap Brata
    2023-2024" under a body writing "apel Operasi Mantab Brata").
    """
    candidates = _operations(text, election)
    if not candidates:
        return None
    candidates.sort()
    rank, _, base, region, year = candidates[0]
    # The fullest spelling of the chosen operation lends its region and year.
    same = [c for c in candidates if c[2] == base]
    if captions and not (region and year):
        same += [c for c in _operations("\n".join(captions), election) if c[2] == base]
    region = region or next((c[3] for c in same if c[3]), None)
    year = year or next((c[4] for c in same if c[4]), None)
    # "Intan\xa0Pemilu": a region's words spaced as any words are.
    return " ".join(" ".join(part.split()) for part in (base, region, year) if part)


def _operations(
    text: str, election: str | None
) -> list[tuple[int, int, str, str | None, str | None]]:
    """Every operation named: (rank, order, base name, region, year)."""
    candidates: list[tuple[int, int, str, str | None, str | None]] = []
    for order, match in enumerate(_OPERATION.finditer(text)):
        if match["code"]:
            base = OPERATIONS[match["code"]]
        else:
            name = match["name"] or match["bare"] or match["other"]
            words = [w.title() for w in name.split()]
            words[0] = "Mantap" if words[0] == "Mantab" else words[0]
            base = "Operasi " + " ".join(words)
        rest = text[match.end() : match.end() + 60]
        second = _SECOND_CODE.match(rest)
        if second:
            # "OMB/OMP Telabang": the election's own code; the region follows both.
            own = _OWN.get(election)
            base = own if own in (base, OPERATIONS[second["code"]]) else base
            rest = rest[second.end() :]
        region_match = _REGION.match(rest)
        if region_match and (
            region_match["region"].split()[0].title() in _NOT_REGION
            or not _REGION_NEXT.match(region_match["next"])
        ):
            region_match = None
        # A headline in capitals: "TELABANG" is written "Telabang" in the name.
        region = region_match["region"].title() if region_match else None
        year_match = _YEAR.match(
            rest[region_match.end("region") :] if region_match else rest
        )
        year = re.sub(r"\s*[-–/]\s*", "-", year_match["year"]) if year_match else None
        rank = 0 if base in _PRIORITY else 2 if match["other"] else 1
        candidates.append((rank, order, base, region, year))
    return candidates
