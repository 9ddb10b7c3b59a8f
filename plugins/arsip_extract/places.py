"""Kabupaten/kota named in a text, by name, alias, abbreviation or police unit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from arsip_core.gazetteer import Gazetteer, KabKota
from arsip_core.model import Place
from arsip_extract.alternation import finditer_checked, trie_alternation
from arsip_extract.lead import compile_led, compile_scan
from arsip_extract.numbers import DIGITS_RE
from arsip_extract.units import UnitMention

# "Polres Sambas: 45 kegiatan;", "Kabupaten Ketapang 12 TPS", "Landak (70 kegiatan)"
_COUNT_AFTER = compile_scan(
    rf"^[ \t]*[:=–-]?[ \t]*\(?[ \t]*(?:sebanyak[ \t]+|ada[ \t]+|terdapat[ \t]+)?"
    rf"(?P<n>{DIGITS_RE})[ \t]+"
    r"(?P<label>kegiatan(?:\s+kampanye)?|titik(?:\s+kegiatan)?|lokasi|TPS|kampanye"
    r"|personel|personil|orang)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceMention:
    """A gazetteer place named at ``start`` (``end`` is where the name ends)."""

    place: KabKota
    start: int
    end: int


@lru_cache(maxsize=4)
def _pattern(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, KabKota]]:
    names: dict[str, KabKota] = {}
    for place in gaz.places:
        for name in place.match_names:
            names[name] = place
    alternation = trie_alternation(list(names))
    # Case-sensitive: "landak" the animal is not Kabupaten Landak. A river ("Sungai
    # Martapura", "sungai Kapuas") is not the kabupaten named after it.
    # The trie's first letters open the pattern, so ``re`` skips ahead to them;
    # _NAME_START is checked at each match (``finditer_checked``).
    return compile_scan(rf"(?:{alternation})(?![\w])"), names


# What may not stand before a place's name: a letter, or "Sungai " (a river).
_NAME_START = compile_scan(r"(?<![\w])(?<![Ss]ungai\s)")


# A place inside the name of a military or rescue unit ("Kodim 1207/Pontianak",
# "Lanal Banjarmasin", "Batalyon 613 Tarakan", "Basarnas Banjarmasin") names that
# unit's seat, not where the story happens.
_OTHER_UNIT_BEFORE = compile_led(
    r"\b(?:(?:Dan|Ka)?(?:dim|rem|ramil|lanal|lanud|lantamal|yon|yonif|brigif|denpom)"
    r"|Kodim|Korem|Koramil|Kodam|Lanal|Lanud|Lantamal|Batal[iy]on|Yonif|Brigif"
    r"|Denpom|Basarnas|Kansar|SAR)\b[\s\d/-]*(?:Kota\s+)?$",
    re.IGNORECASE,
)


def find_places(text: str, gaz: Gazetteer) -> list[PlaceMention]:
    """Every kabupaten/kota named directly (not through a unit) in ``text``."""
    pattern, names = _pattern(gaz)
    return [
        PlaceMention(names[m[0]], m.start(), m.end())
        for m in finditer_checked(pattern, _NAME_START, text)
    ]


def _in_other_unit(text: str, start: int) -> bool:
    """Whether the place at ``start`` is part of a military or rescue unit's name."""
    return bool(_OTHER_UNIT_BEFORE.search(text, max(0, start - 24), start))


def place_from_dateline(dateline: str | None, gaz: Gazetteer) -> KabKota | None:
    """The gazetteer place a dateline such as ``Palangka Raya`` or ``Sampit`` names."""
    if not dateline:
        return None
    dateline = " ".join(str(dateline).split())  # "Palangka  Raya": spaces doubled
    mentions = find_places(dateline.title(), gaz) or find_places(dateline, gaz)
    return mentions[0].place if mentions else None


def _count_after(text: str, end: int) -> tuple[int, str] | None:
    match = _COUNT_AFTER.match(text[end : end + 60])
    if not match:
        return None
    label = match["label"].strip()
    if label.lower() in ("personel", "personil", "orang"):
        label = "personel"
    elif label.lower() != "tps":
        label = label.lower()
    return int(match["n"].replace(".", "")), label


def build_places(
    text: str,
    gaz: Gazetteer,
    dateline: str | None,
    units: list[UnitMention],
) -> tuple[Place, ...]:
    """Places in order of first mention, each once, with any count listed for them."""
    ordered: list[tuple[int, KabKota, int]] = []  # (start, place, end of the name)
    dateline_place = place_from_dateline(dateline, gaz)
    if dateline_place:
        ordered.append((-1, dateline_place, -1))
    for mention in find_places(text, gaz):
        if not _in_other_unit(text, mention.start):
            ordered.append((mention.start, mention.place, mention.end))
    for unit in units:
        if unit.place is not None:
            ordered.append((unit.start, unit.place, _unit_end(text, unit)))
    ordered.sort(key=lambda item: item[0])
    counts: dict[str, tuple[int, str]] = {}
    for _start, place, end in ordered:
        if end >= 0 and place.full_name not in counts:
            count = _count_after(text, end)
            if count:
                counts[place.full_name] = count
    result: dict[str, Place] = {}
    for _start, place, _end in ordered:
        if place.full_name in result:
            continue
        count = counts.get(place.full_name)
        result[place.full_name] = Place(
            name=place.full_name,
            kind=place.kind,
            province=place.province,
            lat=place.lat,
            lon=place.lon,
            count=count[0] if count else None,
            count_label=count[1] if count else None,
        )
    return tuple(result.values())


def _unit_end(text: str, unit: UnitMention) -> int:
    """Where a Polres mention ends: after the place name and an optional ``Kota``."""
    assert unit.place is not None
    names = sorted((unit.place.name, *unit.place.aliases), key=len, reverse=True)
    window = text[unit.start : unit.start + 80]
    lowered = window.lower()
    for name in names:
        at = lowered.find(name.lower())
        if at >= 0:
            end = at + len(name)
            if window[end:].startswith(" Kota"):
                end += len(" Kota")
            return unit.start + end
    return -1
