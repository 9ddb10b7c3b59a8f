"""An undated page about an older vote, named with its year, is no 2024 election."""

from __future__ import annotations

from datetime import date

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_extract.elections import find_election

GAZ = load_gazetteer()


@pytest.mark.parametrize(
    ("text", "when", "election"),
    [
        (  # a bare "Pilpres" beside "Pilpres 2014", and no recent year anywhere
            "Polisi mengawal surat suara Pilpres ke PPS. Pengamanan Pilpres 2014 di "
            "provinsi itu melibatkan ribuan personel.",
            None,
            None,
        ),
        (
            "Polres Bulungan siap mengamankan Pemilihan Kepala Desa (Pilkades) serentak "
            "2017. Pengamanan pemilihan umum tingkat desa itu melibatkan 80 personel.",
            None,
            None,
        ),
        (  # a comparison with an older vote in a story of 2024
            "Berbeda dengan Pemilu 2019, pengamanan Pemilu 2024 di Sintang melibatkan "
            "lebih banyak personel.",
            None,
            "pemilu-2024",
        ),
        (  # a date of the archive's time decides, whatever the text compares with
            "Berbeda dengan Pilpres 2019, kali ini pengamanan Pilpres dimulai lebih awal.",
            date(2024, 2, 10),
            "pemilu-2024",
        ),
    ],
)
def test_an_older_vote_named_with_its_year(text, when, election):
    assert find_election(text, when, GAZ) == election


@pytest.mark.parametrize(
    ("text", "election"),
    [
        # Session 6: the Pemilu's own day written without a year, not 14 February:
        # another Pemilu's (2019 voted on 17 April).
        (
            "Kapolres menyebut ada daerah rawan saat pemilu 17 April mendatang. "
            "Anggota kami siap, kata dia. Pengamanan pemilu melibatkan TNI.",
            None,
        ),
        (
            "Pengamanan pemilu 14 Februari mendatang melibatkan 300 personel Polres.",
            "pemilu-2024",
        ),
        ("Polres siap mengamankan pemilu di Kapuas Hulu.", "pemilu-2024"),
    ],
)
def test_an_undated_pemilu_on_another_day(text, election):
    assert find_election(text, None, GAZ) == election


@pytest.mark.parametrize(
    ("text", "when", "election"),
    [
        # Session 8: a village head vote told more often than any vote of 2024 is
        # the story; the 2024 vote is named in passing.
        (
            "Jelang Pilkades serentak, Polres Malinau memetakan desa rawan. Pilkades "
            "digelar akhir Mei. Pilkades ini menjadi pengantar menuju Pemilu 2024.",
            date(2023, 5, 17),
            None,
        ),
        (
            "Pengamanan Pemilihan Kepala Desa di 12 desa berjalan lancar. Seusai "
            "pemilihan kepala desa, personel kembali bersiap untuk Pilkada 2024.",
            date(2024, 6, 3),
            None,
        ),
        (
            "Polsek mengawal kotak suara Pilkades ke balai desa. Penghitungan suara "
            "Pilkades dijaga hingga malam.",
            date(2023, 10, 9),
            None,
        ),
        # The 2024 vote told more often stays the story's.
        (
            "Polres mengamankan Pemilu 2024 di 300 TPS. Pengamanan Pemilu berjalan "
            "lancar, sama seperti saat Pilkades tahun lalu.",
            date(2024, 2, 14),
            "pemilu-2024",
        ),
    ],
)
def test_a_village_head_vote_is_no_election_of_the_archive(text, when, election):
    assert find_election(text, when, GAZ) == election


@pytest.mark.parametrize(
    ("text", "election"),
    [
        # Undated, no year written: days whose weekday fits none of the archive's
        # years (2023-2025) belong to an older vote (session 9).
        (  # 18 November was a Monday in 2024, a Saturday in 2023, a Tuesday in 2025
            "Polres mengamankan pleno Pilkada di kantor KPU, Rabu (18/11).",
            None,
        ),
        (  # 3 December: a Tuesday in 2024, a Sunday in 2023, a Wednesday in 2025
            "Logistik Pilbup didistribusikan ke kecamatan, Kamis, 3 Desember, dengan "
            "pengawalan polisi.",
            None,
        ),
        (
            "Kapolres meninjau gudang logistik Pemilu pada Jumat (1/4) bersama KPU.",
            None,
        ),
        # ... but a day that fits one of them keeps the vote, and so does a text that
        # writes a year of the archive's votes.
        (
            "Polres mengamankan pleno Pilkada di kantor KPU, Kamis (28/11).",
            "pilkada-2024",
        ),
        ("Kapolres meninjau gudang logistik Pemilu, Sabtu (10/2).", "pemilu-2024"),
        (
            "Polres mengamankan pleno Pilkada 2024 di kantor KPU, Rabu (18/11).",
            "pilkada-2024",
        ),
        (  # one day fits: a slip in the other is no older vote
            "Logistik Pilkada tiba Rabu (18/11) dan dikawal ke PPK, Kamis (28/11).",
            "pilkada-2024",
        ),
    ],
)
def test_undated_days_whose_weekdays_fit_no_year_of_the_archive(text, election):
    assert find_election(text, None, GAZ) == election


@pytest.mark.parametrize(
    ("text", "when", "election"),
    [
        # The swearing-in of the heads the Pilkada elected closes that vote
        # (session 9), once the vote is past ...
        (
            "Polres Sintang menggelar apel pengamanan pelantikan Bupati dan Wakil "
            "Bupati Sintang.",
            date(2025, 2, 17),
            "pilkada-2024",
        ),
        (
            "Ratusan personel disiagakan selama pelantikan gubernur terpilih di "
            "Samarinda.",
            date(2025, 2, 20),
            "pilkada-2024",
        ),
        (
            "Polisi berjaga di gedung dewan saat pelantikan wali kota Balikpapan.",
            date(2025, 3, 3),
            "pilkada-2024",
        ),
        # ... not before it, nor for other offices sworn in
        (
            "Polres Sintang mengamankan pelantikan Bupati Sintang di gedung DPRD.",
            date(2023, 12, 5),
            None,
        ),
        (
            "Polres mengamankan pelantikan anggota DPRD Kabupaten Sintang.",
            date(2025, 2, 17),
            None,
        ),
    ],
)
def test_the_elected_heads_sworn_in(text, when, election):
    assert find_election(text, when, GAZ) == election
