"""The reference data: complete, consistent, and loadable."""

from __future__ import annotations

from collections import Counter

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_core.model import KALIMANTAN_PROVINCES


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_counts(gaz):
    assert [p.name for p in gaz.provinces] == list(KALIMANTAN_PROVINCES)
    assert len(gaz.places) == 56
    assert Counter(p.province for p in gaz.places) == {
        "Kalimantan Barat": 14,
        "Kalimantan Tengah": 14,
        "Kalimantan Selatan": 13,
        "Kalimantan Timur": 10,
        "Kalimantan Utara": 5,
    }
    assert len(gaz.other_provinces) == 33
    assert len(gaz.units) == 61


def test_timezones(gaz):
    zones = {p.abbreviation: p.timezone for p in gaz.provinces}
    assert zones == {
        "Kalbar": "WIB",
        "Kalteng": "WIB",
        "Kalsel": "WITA",
        "Kaltim": "WITA",
        "Kaltara": "WITA",
    }


def test_every_place_has_one_unit_and_sane_coordinates(gaz):
    for place in gaz.places:
        unit = gaz.unit_for_place(place)
        assert unit is not None, place.name
        assert unit.province == place.province
        # Borneo's Indonesian part lies within this box.
        assert -4.5 < place.lat < 4.5 and 108.5 < place.lon < 119.0, place.name
    assert len({u.unit for u in gaz.units}) == len(gaz.units)


def test_codes_are_unique_and_match_provinces(gaz):
    codes = {p.name: p.code for p in gaz.provinces}
    assert len({p.code for p in gaz.places}) == 56
    for place in gaz.places:
        assert place.code.startswith(codes[place.province] + "."), place.name


@pytest.mark.parametrize(
    ("query", "full_name"),
    [
        ("Sambas", "Kabupaten Sambas"),
        ("Kota Pontianak", "Kota Pontianak"),
        ("Palangka Raya", "Kota Palangka Raya"),
        ("Kotawaringin Timur", "Kabupaten Kotawaringin Timur"),
        ("kabupaten hulu sungai selatan", "Kabupaten Hulu Sungai Selatan"),
    ],
)
def test_place_lookup(gaz, query, full_name):
    assert gaz.place(query).full_name == full_name


@pytest.mark.parametrize(
    ("query", "polda"),
    [
        ("Kalbar", "Polda Kalbar"),
        ("Kalimantan Utara", "Polda Kaltara"),
        ("kaltim", "Polda Kaltim"),
    ],
)
def test_province_lookup(gaz, query, polda):
    assert gaz.province(query).polda == polda


def test_calendar(gaz):
    pemilu, pilkada = gaz.election("pemilu-2024"), gaz.election("pilkada-2024")
    assert pemilu.voting_day.isoformat() == "2024-02-14"
    assert pilkada.voting_day.isoformat() == "2024-11-27"
    stages = {s.id: (s.start.isoformat(), s.end.isoformat()) for s in pemilu.stages}
    assert stages["kampanye"] == ("2023-11-28", "2024-02-10")
    assert stages["masa-tenang"] == ("2024-02-11", "2024-02-13")
    assert stages["rekapitulasi"] == ("2024-02-15", "2024-03-20")
    stages = {s.id: (s.start.isoformat(), s.end.isoformat()) for s in pilkada.stages}
    assert stages["kampanye"] == ("2024-09-25", "2024-11-23")
    assert stages["masa-tenang"] == ("2024-11-24", "2024-11-26")
    assert stages["rekapitulasi"] == ("2024-11-27", "2024-12-16")


def test_loaded_once(gaz):
    assert load_gazetteer() is gaz


def test_every_spelling_finds_its_own_place(gaz):
    """No alias is shadowed by another place's longer or shorter spelling."""
    from arsip_extract.places import find_places

    seen: dict[str, str] = {}
    for place in gaz.places:
        for name in place.match_names:
            assert seen.setdefault(name, place.full_name) == place.full_name, name
            found = find_places(f"Polisi berjaga di {name} sejak pagi.", gaz)
            assert [m.place.full_name for m in found] == [place.full_name], name


def test_every_polres_spelling_finds_its_unit(gaz):
    from arsip_extract.units import find_units, unique_units

    for unit in gaz.units:
        for name in (unit.unit, *unit.aliases):
            if unit.kind == "polda":
                continue
            assert unique_units(find_units(f"Personel {name} berjaga.", gaz)) == (
                unit.unit,
            ), name
