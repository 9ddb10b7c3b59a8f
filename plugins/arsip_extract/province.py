"""The province where the event happened, weighed from units, names and places."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from arsip_core.gazetteer import Gazetteer
from arsip_core.model import OUTSIDE_KALIMANTAN
from arsip_extract.alternation import finditer_checked, trie_alternation
from arsip_extract.lead import compile_scan
from arsip_extract.units import UnitMention

# How much one mention tells: a Polda is the clearest sign, a capital the weakest.
WEIGHTS = {"polda": 3, "polres": 2, "name": 2, "dateline": 2, "place": 1, "capital": 1}


@lru_cache(maxsize=4)
def _names(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    names: dict[str, tuple[str, str]] = {}  # spelling -> (province, kind of evidence)
    for prov in gaz.provinces:
        names[prov.name] = (prov.name, "name")
        names[prov.abbreviation] = (prov.name, "name")
    for other in gaz.other_provinces:
        for spelling in (other.name, other.abbreviation, *other.aliases):
            names.setdefault(spelling, (other.name, "name"))
        names.setdefault(other.capital, (other.name, "capital"))
    alternation = trie_alternation(list(names))
    # Case-sensitive: "medan" (field) and "padang" (meadow) are not cities.
    # The trie's first letters open the pattern, so ``re`` skips ahead to them;
    # _NAME_START is checked at each match (``finditer_checked``).
    return compile_scan(rf"(?:{alternation})(?![\w-])"), names


_NAME_START = compile_scan(r"(?<![\w-])")


def _first(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first name ``pattern`` finds in ``text`` with nothing glued before it."""
    return next(finditer_checked(pattern, _NAME_START, text), None)


# What stands between a Polres and its Polda in a chain: "Polres Banjar, Polda
# Jabar", "Polres Garut (Polda Jabar)", "Polda Jatim - Polres Banyuwangi".
_CHAIN_GAP = compile_scan(r"[\s,()/|–-]*(?:jajaran\s+)?", re.IGNORECASE)


def _beside_polres(text: str, units: list[UnitMention]) -> bool:
    """Whether a Polda of another province is named next to a Polres, as its
    parent, in a chain."""
    for a, b in pairwise(sorted(units, key=lambda u: u.start)):
        kinds = {a.unit.split()[0], b.unit.split()[0]}
        polda = a if a.unit.startswith("Polda") else b
        if (
            "Polda" in kinds
            and kinds & {"Polres", "Polresta", "Polrestabes"}
            and not polda.kalimantan
            and a.end >= 0
            and a.end <= b.start
            and _CHAIN_GAP.fullmatch(text, a.end, b.start)
        ):
            return True
    return False


def find_province(
    text: str,
    gaz: Gazetteer,
    units: list[UnitMention],
    place_provinces: list[str],
    dateline_province: str | None,
    dateline: str | None = None,
) -> str | None:
    """A Kalimantan province, another province, ``luar Kalimantan``, or None."""
    kalimantan = {p.name for p in gaz.provinces}
    score: Counter[str] = Counter()
    first: dict[str, int] = {}

    def vote(province: str, weight: int, at: int) -> None:
        score[province] += weight
        first.setdefault(province, at)

    if dateline_province:
        vote(dateline_province, WEIGHTS["dateline"], -1)
    elif dateline:
        pattern, names = _names(gaz)
        match = _first(pattern, dateline.strip().title()) or _first(pattern, dateline)
        if match:
            vote(names[match[0]][0], WEIGHTS["dateline"], -1)
    for unit in units:
        if unit.province is None and unit.kalimantan:
            continue  # a Polsek says nothing about the province by itself
        kind = "polda" if unit.unit.startswith(("Polda", "Satbrimob")) else "polres"
        vote(unit.province or OUTSIDE_KALIMANTAN, WEIGHTS[kind], unit.start)
    pattern, names = _names(gaz)
    # A province's name inside a unit's ("Polda Jawa Timur", "Satbrimob Polda
    # Kalbar") is that unit's vote, not a second one.
    spans = [(u.start, u.end) for u in units if u.province and u.end >= 0]
    for match in finditer_checked(pattern, _NAME_START, text):
        if any(a <= match.start() < b for a, b in spans):
            continue
        province, kind = names[match[0]]
        vote(province, WEIGHTS[kind], match.start())
    for i, province in enumerate(place_provinces):
        vote(province, WEIGHTS["place"], i)
    if not score:
        return None
    # A Polda is named for its own province only: when every Polda named lies outside
    # Kalimantan, a "Polres Banjar" is West Java's, not Kalsel's.
    poldas = {u.province for u in units if u.unit.startswith("Polda") and u.province}
    if poldas and not poldas & kalimantan:
        named = {p: score[p] for p in poldas}
        # ... unless the Polda is named in passing: beside no Polres as its parent
        # ("Polres Banjar, Polda Jabar"), and less often than the Kalimantan units
        # the text names or outweighed by Kalimantan's units, names and places
        # ("pola serupa pernah diterapkan Polda Jatim" in a story of Polres Kubar,
        # or of a Polsek in a dateline's town): then those say where.
        theirs = sum(1 for u in units if u.unit.startswith("Polda") and u.province)
        ours = sum(1 for u in units if u.province in kalimantan)
        if _beside_polres(text, units) or (
            theirs >= ours
            and sum(named.values())
            > sum(s for p, s in score.items() if p in kalimantan)
        ):
            return max(named, key=lambda p: (named[p], -first[p]))
        score = Counter({p: s for p, s in score.items() if p in kalimantan})
    if poldas and poldas <= kalimantan:
        # A Kalimantan Polda says which Kalimantan province, unless it is named in
        # passing in a story of elsewhere: no more often than that story's own
        # units and outweighed by them, their province's names and places.
        ours = sum(1 for u in units if u.province in kalimantan)
        theirs = sum(1 for u in units if not u.kalimantan)
        away = sum(s for p, s in score.items() if p not in kalimantan)
        if not (
            theirs >= ours
            and away > sum(s for p, s in score.items() if p in kalimantan)
        ):
            score = Counter({p: s for p, s in score.items() if p in poldas})
    inside = {p: s for p, s in score.items() if p in kalimantan}
    outside = {p: s for p, s in score.items() if p not in kalimantan}
    if inside and sum(inside.values()) >= sum(outside.values()):
        return max(inside, key=lambda p: (inside[p], -first[p]))
    named = {p: s for p, s in outside.items() if p != OUTSIDE_KALIMANTAN}
    if named:
        return max(named, key=lambda p: (named[p], -first[p]))
    return OUTSIDE_KALIMANTAN
