"""The province where the event happened, weighed from units, names and places."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from arsip_core.gazetteer import Gazetteer
from arsip_core.model import OUTSIDE_KALIMANTAN
from arsip_extract.alternation import finditer_checked, trie_alternation
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
    return re.compile(rf"(?:{alternation})(?![\w-])"), names


_NAME_START = re.compile(r"(?<![\w-])")


def _first(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first name ``pattern`` finds in ``text`` with nothing glued before it."""
    return next(finditer_checked(pattern, _NAME_START, text), None)


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
    for match in finditer_checked(pattern, _NAME_START, text):
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
        return max(named, key=lambda p: (named[p], -first[p]))
    if poldas and poldas <= kalimantan:
        score = Counter({p: s for p, s in score.items() if p in poldas})
    inside = {p: s for p, s in score.items() if p in kalimantan}
    outside = {p: s for p, s in score.items() if p not in kalimantan}
    if inside and sum(inside.values()) >= sum(outside.values()):
        return max(inside, key=lambda p: (inside[p], -first[p]))
    named = {p: s for p, s in outside.items() if p != OUTSIDE_KALIMANTAN}
    if named:
        return max(named, key=lambda p: (named[p], -first[p]))
    return OUTSIDE_KALIMANTAN
