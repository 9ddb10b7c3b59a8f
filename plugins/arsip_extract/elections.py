"""Which election an article is about, and the police operation securing it."""

from __future__ import annotations

import re
from datetime import date

from arsip_core.gazetteer import Gazetteer
from arsip_core.model import PEMILU_2024, PILKADA_2024

# (pattern, election): each match is one vote for that election. Pilkada phrases are
# read first and blanked: "Pemilihan Umum Kepala Daerah" holds "Pemilihan Umum".
# Each pattern opens with a lookahead for the first letters of its words: a position
# with any other letter fails there, before the \b and the long alternation (same
# matches, about half the CPU).
_PILKADA = re.compile(
    r"(?=[pPoOcC])\b(?:Pilkada|Pemilukada|Pemilihan\s+Umum\s+Kepala\s+Daerah|Pemilihan\s+Kepala\s+Daerah"
    r"|Pilgub|Pilbup|Pilwali|Pilwalkot|Pemilihan\s+Gubernur|Pemilihan\s+Bupati"
    r"|Pemilihan\s+Wali\s*kota|Pemilihan\s+Serentak|Operasi\s+Mantap\s+Praja|OMP"
    r"|calon\s+kepala\s+daerah|paslon\s+(?:gubernur|bupati|wali\s*kota)|cagub|cabup|cawali)"
    r"(?:\s+(?:Serentak\s+)?(?:Tahun\s+)?(?P<year>20\d\d))?",
    re.IGNORECASE,
)
_PEMILU = re.compile(
    r"(?=[pPoOcCdD])\b(?:Pemilu|Pemilihan\s+Umum|Pileg|Pilpres|Operasi\s+Mantap\s+Brata|OMB|caleg"
    r"|capres|cawapres|DPR\s+RI|DPD\s+RI)"
    r"(?:\s+(?:Serentak\s+)?(?:Tahun\s+)?(?P<year>20\d\d))?",
    re.IGNORECASE,
)
# Words that make an article about some vote without naming which one.
_GENERIC = re.compile(
    r"(?=[pPtTkKbBrRsSlLmMhH])\b(?:pemungutan\s+suara|PSU|TPS|KPU|KPUD|Bawaslu|rekapitulasi|pencoblosan|kampanye"
    r"|surat\s+suara|kotak\s+suara|logistik|masa\s+tenang|politik\s+uang|pleno|PPK"
    r"|KPPS|pasangan\s+calon|paslon|pemilih|hak\s+pilih)\b",
    re.IGNORECASE,
)


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


def find_election(text: str, when: date | None, gaz: Gazetteer) -> str | None:
    """``pemilu-2024``, ``pilkada-2024`` or None; the date breaks a tie."""
    pilkada_matches = list(_PILKADA.finditer(text))
    pilkada = _votes(pilkada_matches, (2024, 2025))
    pemilu = _votes(list(_PEMILU.finditer(_blank(text, pilkada_matches))), (2024,))
    if pilkada > pemilu:
        return PILKADA_2024
    if pemilu > pilkada:
        return PEMILU_2024
    if not (pilkada or _GENERIC.search(text)) or when is None:
        return None
    # Only the calendar can tell: pick the election whose season holds the date.
    # Pilkada first: its season starts where the Pemilu's re-votes end.
    for election_id in (PILKADA_2024, PEMILU_2024):
        election = gaz.election(election_id)
        if election and election.start <= when <= election.re_votes_until:
            return election_id
    return None


# Code -> full operation name; the regional name and year follow either spelling.
OPERATIONS = {
    "OMB": "Operasi Mantap Brata",
    "OMP": "Operasi Mantap Praja",
}
_OPERATION = re.compile(
    r"\b(?:Operasi|Ops)\s+(?P<name>Mantap\s+Brata|Mantap\s+Praja|Ketupat|Lilin|Zebra|Patuh"
    r"|Aman\s+Nusa|Sikat|Pekat)(?:\s*\((?:OMB|OMP)\))?"
    r"|\b(?P<code>OMB|OMP)\b",
)
# One word ("Telabang"), or two when a year follows ("Lancang Kuning 2024").
_REGION = re.compile(
    r"^\s*(?P<region>[A-Z][a-z]+"
    r"(?:\s+(?!Tahun\b)[A-Z][a-z]+(?=\s+(?:Tahun\s+)?20\d\d))?)\b"
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
_REGION_NEXT = re.compile(
    r"^\s*(?:20\d\d|Tahun|Polda|Polres|Polresta|Polsek|[,.;:)–-]|[a-z]|$)"
)
_YEAR = re.compile(r"^\s*[-–]?\s*(?:Tahun\s+)?(?P<year>20\d\d(?:\s*[-–/]\s*20\d\d)?)\b")
# Election operations come first: other operations are mentioned in passing.
_PRIORITY = ("Operasi Mantap Brata", "Operasi Mantap Praja")


def find_operation(text: str, election: str | None) -> str | None:
    """The operation's full name, e.g. ``Operasi Mantap Praja Telabang 2024``."""
    candidates: list[tuple[int, int, str, str | None, str | None]] = []
    for order, match in enumerate(_OPERATION.finditer(text)):
        if match["code"]:
            base = OPERATIONS[match["code"]]
        else:
            base = "Operasi " + " ".join(w.title() for w in match["name"].split())
        rest = text[match.end() : match.end() + 40]
        region_match = _REGION.match(rest)
        if region_match and (
            region_match["region"].split()[0] in _NOT_REGION
            or not _REGION_NEXT.match(region_match["next"])
        ):
            region_match = None
        region = region_match["region"] if region_match else None
        year_match = _YEAR.match(
            rest[region_match.end("region") :] if region_match else rest
        )
        year = re.sub(r"\s*[-–/]\s*", "-", year_match["year"]) if year_match else None
        rank = 0 if base in _PRIORITY else 1
        candidates.append((rank, order, base, region, year))
    if not candidates:
        return None
    candidates.sort()
    rank, _, base, region, year = candidates[0]
    # The fullest spelling of the chosen operation lends its region and year.
    same = [c for c in candidates if c[2] == base]
    region = region or next((c[3] for c in same if c[3]), None)
    year = year or next((c[4] for c in same if c[4]), None)
    if (
        year is None
        and base in _PRIORITY
        and election in ("pemilu-2024", "pilkada-2024")
    ):
        year = "2024"  # both 2024 elections name their operations for 2024
    return " ".join(part for part in (base, region, year) if part)
