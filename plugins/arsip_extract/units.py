"""Police units named in a text, normalised: Polda X, Polres X, Polresta X, Polsek X."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from arsip_core.gazetteer import Gazetteer, KabKota
from arsip_extract.alternation import trie_alternation
from arsip_extract.lead import compile_led
from arsip_extract.screen import can_screen


@dataclass(frozen=True)
class UnitMention:
    """A normalised unit, where it was named, and what it tells about the place."""

    unit: str
    start: int
    province: str | None = None  # a province name, or None when unknown
    place: KabKota | None = None
    kalimantan: bool = True


# A commander's title or headquarters names the unit too: Kapolda, Mapolresta.
# (compile_led puts a lookahead before each pattern: most positions fail there, before
# any alternation is tried.)
_PREFIX = r"(?<![A-Za-z])(?:Waka|Ka|Ma)?"
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
    "Menjelang", "Usai", "Sebelum", "Selama", "Hingga",
}  # fmt: skip
_CAP_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"


@dataclass(frozen=True, eq=False)
class _Patterns:
    polda: re.Pattern[str]
    polda_names: dict[str, tuple[str, str, bool]]  # lower name -> (unit, province, kal)
    polres: re.Pattern[str]
    polres_places: dict[str, KabKota]
    other_polres: re.Pattern[str]
    polsek: re.Pattern[str]
    brimob: re.Pattern[str]


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
    polres_places: dict[str, KabKota] = {}
    for place in gaz.places:
        for name in (place.name, *place.aliases):
            polres_places[name.lower()] = place
    polres_alt = trie_alternation(list(polres_places))
    return _Patterns(
        polda=compile_led(rf"{_PREFIX}Polda\s+(?P<name>{polda_alt})\b", re.IGNORECASE),
        polda_names=polda_names,
        polres=compile_led(
            rf"{_PREFIX}(?P<kind>Polresta|Polrestabes|Polres)\s+(?:Kota\s+)?"
            rf"(?P<name>{polres_alt})\b(?:\s+Kota\b)?",
            re.IGNORECASE,
        ),
        polres_places=polres_places,
        other_polres=compile_led(
            rf"{_PREFIX}(?P<kind>(?i:Polresta|Polrestabes|Polres))\s+(?P<name>{_CAP_WORDS})"
        ),
        polsek=compile_led(rf"{_PREFIX}(?i:Polsek)\s+(?P<name>{_CAP_WORDS})"),
        brimob=compile_led(
            # "Lapangan Brimob Polda Kaltim" is a parade ground, not the unit.
            rf"(?<![A-Za-z])(?<!Lapangan\s)(?:Dan)?"
            r"(?:Sat\s?brimob|Satuan\s+Brimob|Brimob)\s+"
            rf"Polda\s+(?P<name>{polda_alt})\b",
            re.IGNORECASE,
        ),
    )


def _trim(name: str) -> str:
    """Cut an unknown unit's name at the first word that is not part of it."""
    kept: list[str] = []
    for word in name.split():
        if word in _STOP:
            break
        kept.append(word)
    return " ".join(kept)


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
    low = text.lower() if can_screen(text) else None

    def has(word: str) -> bool:
        return low is None or word in low

    polda, polres = has("polda"), has("polres")
    for match in pat.brimob.finditer(text) if polda and has("brimob") else ():
        unit, province, kal = pat.polda_names[match["name"].lower()]
        found.append(
            UnitMention(f"Satbrimob {unit}", match.start(), province, None, kal)
        )
        brimob.append(match.span())
    for match in pat.polda.finditer(text) if polda else ():
        if any(a <= match.start() < b for a, b in brimob):
            continue  # "Satbrimob Polda Kalbar" names the Satbrimob, not the Polda
        unit, province, kal = pat.polda_names[match["name"].lower()]
        found.append(UnitMention(unit, match.start(), province, None, kal))
    for match in pat.polres.finditer(text) if polres else ():
        place = pat.polres_places[match["name"].lower()]
        unit = gaz.unit_for_place(place)
        name = unit.unit if unit else f"Polres {place.name}"
        found.append(UnitMention(name, match.start(), place.province, place))
        taken.append(match.span())
    for match in pat.other_polres.finditer(text) if polres else ():
        if match.start() < unknown_from or any(
            a <= match.start() < b for a, b in taken
        ):
            continue
        name = _trim(match["name"])
        if name:
            kind = match["kind"].lower().capitalize()
            unit = f"{kind} {name}"
            found.append(UnitMention(unit, match.start(), None, None, False))
    for match in pat.polsek.finditer(text, unknown_from) if has("polsek") else ():
        name = _trim(match["name"])
        if name:
            found.append(UnitMention(f"Polsek {name}", match.start(), None, None))
    return sorted(found, key=lambda m: m.start)


def unique_units(mentions: list[UnitMention]) -> tuple[str, ...]:
    """Unit names in order of first mention, each once."""
    names = list(dict.fromkeys(m.unit for m in mentions))
    unknown = {m.unit for m in mentions if m.place is None and m.province is None}
    # A Title Case headline runs a verb into an unknown unit's name ("Polsek Sungai
    # Kakap Patroli"): when a shorter mention is its prefix, keep the shorter one.
    return tuple(
        n
        for n in names
        if n not in unknown or not any(o != n and n.startswith(o + " ") for o in names)
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
