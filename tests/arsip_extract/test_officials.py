"""Ranked officials: rank normalised, degrees dropped, post attached, one entry each."""

from __future__ import annotations

import pytest

from arsip_core.model import Official
from arsip_extract.officials import find_officials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kapolda Kalbar Irjen Pol Pipit Rismanto S.IK, M.H memimpin rapat.",
            [Official("Irjen Pol", "Pipit Rismanto", "Kapolda Kalbar")],
        ),
        (
            "Kabidhumas Polda Kalbar Kombes Pol Raden Petit Wijaya S.IK., M.M berkata.",
            [Official("Kombes Pol", "Raden Petit Wijaya", "Kabidhumas Polda Kalbar")],
        ),
        (
            "Kapolresta Balikpapan, Komisaris Besar Polisi Anton Firmanto, SH, SIK, MSI, hadir.",
            [Official("Kombes Pol", "Anton Firmanto", "Kapolresta Balikpapan")],
        ),
        (
            "Kasatgas Humas OMP Polresta Balikpapan, Inspektur Dua Polisi Sangidun, menjelaskan.",
            [Official("Ipda", "Sangidun", "Kasatgas Humas OMP Polresta Balikpapan")],
        ),
        (
            "Kabid Humas Polda Kaltara Kombes Pol. Budi Rachmat, S.I.K, M.Si, memimpin.",
            [Official("Kombes Pol", "Budi Rachmat", "Kabidhumas Polda Kaltara")],
        ),
        (
            "Wakapolda Kalimantan Barat Brigadir Jenderal Polisi Roma Hutajulu hadir.",
            [Official("Brigjen Pol", "Roma Hutajulu", "Wakapolda Kalbar")],
        ),
        (
            "Kaopsda Telabang 2024 Irjen Pol Drs. Djoko Poerwanto, melalui Kasatgashumas "
            "Kombes Pol Erlan Munaji, menjelaskan.",
            [
                Official("Irjen Pol", "Djoko Poerwanto", "Kaopsda Telabang 2024"),
                Official("Kombes Pol", "Erlan Munaji", "Kasatgashumas"),
            ],
        ),
        (
            "AKBP Hendra Wijaya, S.H., M.H., Kapolres Sintang, mengatakan patroli rutin.",
            [Official("AKBP", "Hendra Wijaya", "Kapolres Sintang")],
        ),
        (
            "Kapolsek Delta Pawan Iptu Yudi Saputra memimpin; Ajun Komisaris Polisi "
            "Rina Oktaviani ikut.",
            [
                Official("Iptu", "Yudi Saputra", "Kapolsek Delta Pawan"),
                Official("AKP", "Rina Oktaviani", None),
            ],
        ),
        (
            "Kasat Samapta AKP Joni Iskandar, SIK dan Kompol Dewi Lestari hadir.",
            [
                Official("AKP", "Joni Iskandar", "Kasat Samapta"),
                Official("Kompol", "Dewi Lestari", None),
            ],
        ),
        (
            "Pangdam VI/Mulawarman Mayjen TNI Tri Budi Utomo dan Dandim 0905/Balikpapan "
            "Kolonel Inf Arif Setiawan hadir.",
            [
                Official("Mayjen TNI", "Tri Budi Utomo", "Pangdam VI/Mulawarman"),
                Official("Kolonel Inf", "Arif Setiawan", "Dandim 0905/Balikpapan"),
            ],
        ),
        (
            "Kapolres Sambas AKBP SUGENG RIYADI, S.I.K. memimpin apel.",
            [Official("AKBP", "Sugeng Riyadi", "Kapolres Sambas")],
        ),
        (
            "Kapolres Hulu Sungai Utara (HSU) AKBP Jupri JHP Tampubolon, S.H., S.I.K. hadir.",
            [Official("AKBP", "Jupri JHP Tampubolon", "Kapolres Hulu Sungai Utara")],
        ),
        (
            "KAPOLRES SINTANG AKBP DWI HARMONO memimpin apel.",
            [Official("AKBP", "Dwi Harmono", None)],
        ),
        (
            "Kabidhumas Polda Kaltara KOMBES POL BUDI RACHMAT hadir.",
            [Official("Kombes Pol", "Budi Rachmat", "Kabidhumas Polda Kaltara")],
        ),
        ("Seorang brigadir polisi dan kapten kapal Budi berbincang.", []),
        ("Personel Brimob dan Polwan berjaga di TPS.", []),
    ],
)
def test_officials(text, expected):
    assert list(find_officials(text)) == expected


def test_units_in_posts_are_normalised():
    from arsip_core.gazetteer import load_gazetteer
    from arsip_extract.units import normalise_unit_names

    gaz = load_gazetteer()
    text = "Kasat Samapta Polres Tala AKP Rudy Hartono dan Kapolres Kotim AKBP Rizal Mahendra."
    found = find_officials(text, lambda s: normalise_unit_names(s, gaz))
    assert [o.position for o in found] == [
        "Kasat Samapta Polres Tanah Laut",
        "Kapolres Kotawaringin Timur",
    ]


def test_same_person_twice_is_one_official():
    text = (
        "Wakapolda Kalbar Brigjen Pol Roma Hutajulu, S.IK., M.Si memimpin apel. "
        '"Kita harus siaga," kata Brigjen Roma. Brigjen Pol Roma Hutajulu menutup apel.'
    )
    assert find_officials(text) == (
        Official("Brigjen Pol", "Roma Hutajulu", "Wakapolda Kalbar"),
    )


def test_later_mention_supplies_missing_post():
    text = "Kombes Pol Erlan Munaji menjelaskan. Kasatgashumas Kombes Pol Erlan Munaji menambahkan."
    assert find_officials(text) == (
        Official("Kombes Pol", "Erlan Munaji", "Kasatgashumas"),
    )


@pytest.mark.parametrize(
    ("written", "rank"),
    [
        ("Inspektur Jenderal Polisi", "Irjen Pol"),
        ("Komisaris Besar Polisi", "Kombes Pol"),
        ("Kombes Pol.", "Kombes Pol"),
        ("Kombes", "Kombes Pol"),
        ("Brigjen Pol", "Brigjen Pol"),
        ("Ajun Komisaris Besar Polisi", "AKBP"),
        ("Inspektur Polisi Satu", "Iptu"),
        ("Inspektur Dua Polisi", "Ipda"),
        ("Brigadir Polisi Kepala", "Bripka"),
        ("Bripda", "Bripda"),
        ("Letnan Kolonel", "Letkol"),
        ("Brigadir Jenderal TNI", "Brigjen TNI"),
    ],
)
def test_rank_spellings(written, rank):
    (official,) = find_officials(f"Hadir pula {written} Agus Salim di lokasi.")
    assert (official.rank, official.name) == (rank, "Agus Salim")
