"""extract_record end to end: one paraphrase per seed article, and the traps.

The texts below are the project's own sentences, written with the facts (names, ranks,
places, numbers) of the seed articles in ../shared/seeds.
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from arsip_core.model import (
    CountItem,
    Official,
    ParsedArticle,
    Record,
    record_from_dict,
)
from arsip_extract import extract_record

WIB = ZoneInfo("Asia/Jakarta")

KALBAR_LIST = [
    ("Polresta Pontianak Kota", "Kota Pontianak", 6),
    ("Polres Kubu Raya", "Kabupaten Kubu Raya", 2),
    ("Polres Mempawah", "Kabupaten Mempawah", 8),
    ("Polres Singkawang", "Kota Singkawang", 5),
    ("Polres Sambas", "Kabupaten Sambas", 45),
    ("Polres Bengkayang", "Kabupaten Bengkayang", 40),
    ("Polres Landak", "Kabupaten Landak", 70),
    ("Polres Sanggau", "Kabupaten Sanggau", 56),
    ("Polres Sekadau", "Kabupaten Sekadau", 12),
    ("Polres Melawi", "Kabupaten Melawi", 10),
    ("Polres Sintang", "Kabupaten Sintang", 24),
    ("Polres Kapuas Hulu", "Kabupaten Kapuas Hulu", 37),
    ("Polres Ketapang", "Kabupaten Ketapang", 38),
    ("Polres Kayong Utara", "Kabupaten Kayong Utara", 8),
]


@pytest.fixture(scope="module")
def seed_000() -> Record:
    """Campaign security in Kalbar: a numbered list of 14 Polres with event counts."""
    listing = "\n".join(
        f"{i}. {unit}: {count} kegiatan;"
        for i, (unit, _, count) in enumerate(KALBAR_LIST, 1)
    )
    return extract_record(
        ParsedArticle(
            source_path="seed_000.txt",
            title="Personel OMB Dikerahkan Amankan Kampanye Tatap Muka dan Rapat Umum",
            outlet="Public Relations",
            author="Pangandaran",
            site="PANGANDARAN.PUBLICRELATIONS.ID",
            url="http://PANGANDARAN.PUBLICRELATIONS.ID",
            published=datetime(2024, 2, 5, 7, 25, tzinfo=WIB),
            paragraphs=(
                "Ratusan personel Polda Kalbar dari Operasi Mantap Brata Kapuas 2024 "
                "mengamankan kampanye tatap muka dan rapat umum.",
                "Menurut jadwal, pada Sabtu (03/2/2024) ada 361 titik kampanye tatap muka "
                "dan 1 titik rapat umum yang tersebar di seluruh kabupaten dan kota di "
                "Kalimantan Barat.",
                "Kabidhumas Polda Kalbar Kombes Pol Raden Petit Wijaya S.IK., M.M "
                "merinci sebaran kegiatan yang diamankan:",
                listing,
                "Menurut Kombes Pol Raden Petit Wijaya, pengamanan dilakukan terbuka dan "
                "tertutup, dengan Satbrimob siap digerakkan kapan saja.",
                "Ia menambahkan pengamanan ini menjaga agar tahapan Pemilu 2024 aman.",
            ),
        )
    )


def test_seed_000(seed_000):
    r = seed_000
    assert r.province == "Kalimantan Barat"
    assert (r.event_date, r.event_dates, r.event_date_precision) == (
        "2024-02-03",
        ("2024-02-03",),
        "day",
    )
    assert r.election == "pemilu-2024"
    assert r.operation == "Operasi Mantap Brata Kapuas 2024"
    assert r.activities == ("pengamanan-kampanye",)
    assert [(p.name, p.count, p.count_label) for p in r.places] == [
        (name, count, "kegiatan") for _, name, count in KALBAR_LIST
    ]
    assert all(p.province == "Kalimantan Barat" and p.lat and p.lon for p in r.places)
    # A bare "Satbrimob" in a Kalbar story can only be Polda Kalbar's.
    assert r.police_units == (
        "Polda Kalbar",
        *(unit for unit, _, _ in KALBAR_LIST),
        "Satbrimob Polda Kalbar",
    )
    assert r.officials == (
        Official("Kombes Pol", "Raden Petit Wijaya", "Kabidhumas Polda Kalbar"),
    )
    assert (r.personnel_total, r.personnel_text) == (None, "Ratusan personel")
    assert r.personnel_breakdown == ()
    assert r.activity_points == 361
    assert r.tps_counts == ()
    assert r.published == "2024-02-05T07:25:00+07:00"
    assert r.warnings == ()


@pytest.fixture(scope="module")
def seed_001() -> Record:
    """Apel siaga on voting day in Pontianak with a personnel breakdown."""
    return extract_record(
        ParsedArticle(
            source_path="seed_001.txt",
            title="Polda Kalbar Siagakan 3294 Personil Saat Pemungutan Suara",
            outlet="IWO",
            author="Safiyudin",
            site="KARAWANG.IWO.OR.ID",
            published=datetime(2024, 2, 14, 23, 4, tzinfo=WIB),
            dateline_place="Pontianak",
            paragraphs=(
                "Wakapolda Kalbar Brigjen Pol Roma Hutajulu, S.IK. M.Si memimpin Apel "
                "Siaga pemungutan suara Pemilu 2024 di Lapangan Jananuraga, Rabu (14/02), "
                "bersama pejabat Operasi Mantap Brata.",
                "Kapolda Kalbar Irjen Pol Pipit Rismanto S.IK, M.H melalui Kabidhumas "
                "Polda Kalbar Kombes Pol Raden Petit Wijaya S.IK., M.M menyebut personel "
                "siaga berjumlah 3294 personel.",
                '"Personel yang disiagakan berjumlah 3294 personel terdiri dari POH 291 '
                "personel, Polwan 200 personel, Ditsamapta 61 personel, Brimob 180 "
                "personel, Satgas OMB 546 personel, Ops Liong 183 personel, dan personel "
                'pelayanan masyarakat 1833 personel," katanya.',
                '"Semua tahapan harus aman dan kondusif," kata Brigjen Roma.',
            ),
        )
    )


def test_seed_001(seed_001):
    r = seed_001
    assert r.province == "Kalimantan Barat"
    assert (r.event_date, r.event_date_precision) == ("2024-02-14", "day")
    assert r.election == "pemilu-2024"
    assert "apel" in r.activities
    # Names without a year stay without one (issue 11: as written).
    assert r.operation == "Operasi Mantap Brata"
    assert r.officials == (
        Official("Brigjen Pol", "Roma Hutajulu", "Wakapolda Kalbar"),
        Official("Irjen Pol", "Pipit Rismanto", "Kapolda Kalbar"),
        Official("Kombes Pol", "Raden Petit Wijaya", "Kabidhumas Polda Kalbar"),
    )
    assert r.personnel_total == 3294
    assert r.personnel_breakdown == (
        CountItem("POH", 291),
        CountItem("Polwan", 200),
        CountItem("Ditsamapta", 61),
        CountItem("Brimob", 180),
        CountItem("Satgas OMB", 546),
        CountItem("Ops Liong", 183),
        CountItem("pelayanan masyarakat", 1833),
    )
    assert [p.name for p in r.places] == ["Kota Pontianak"]
    assert r.police_units == ("Polda Kalbar",)


def test_seed_002_no_publication_date():
    """ANTARA story from Tarakan: only a bare weekday and no publication date."""
    r = extract_record(
        ParsedArticle(
            source_path="seed_002.txt",
            title="Polda Kaltara gelar apel siaga Pilkada",
            outlet="ANTARA",
            dateline_place="Tarakan",
            paragraphs=(
                "Demi suksesnya Pilkada Serentak 2024 di Kalimantan Utara, Kabid Humas "
                "Polda Kaltara Kombes Pol. Budi Rachmat, S.I.K, M.Si, memimpin apel siaga "
                "di Lapangan Apel Mapolda Kaltara di Bulungan, Rabu.",
                "Strategi pengamanan yang akan diterapkan meliputi beberapa hal. Patroli "
                "di TPS - TPS.",
                "Apel ini mengantisipasi gangguan selama pungut dan rekap suara Pilkada.",
            ),
            warnings=(
                "tanggal terbit tidak ditemukan: tanggal ditandai tidak diketahui",
            ),
        )
    )
    assert r.province == "Kalimantan Utara"
    assert (r.event_date, r.event_dates, r.event_date_precision) == (None, (), None)
    assert r.election == "pilkada-2024"
    assert r.activities == ("apel",)
    assert [p.name for p in r.places] == ["Kota Tarakan", "Kabupaten Bulungan"]
    assert r.police_units == ("Polda Kaltara",)
    assert r.officials == (
        Official("Kombes Pol", "Budi Rachmat", "Kabidhumas Polda Kaltara"),
    )
    assert r.published is None
    assert r.warnings[0].startswith("tanggal terbit tidak ditemukan")
    assert any("Rabu" in w for w in r.warnings)


def test_seed_003():
    """Kalteng: the KPU office guarded around the clock under OMP Telabang 2024."""
    r = extract_record(
        ParsedArticle(
            source_path="seed_003.txt",
            title="Polda Kalteng Perketat Penjagaan Kantor KPU Jelang Pilkada",
            outlet="24Jam",
            author="Indra Gunawan",
            site="PALANGKARAYA.24JAM.CO.ID",
            published=datetime(2024, 11, 7, 11, 20, tzinfo=WIB),
            dateline_place="Palangka Raya",
            paragraphs=(
                "Personel Polda Kalimantan Tengah (Kalteng) dalam Operasi Mantap Praja "
                "Telabang 2024 kembali menjaga Kantor KPU Prov. Kalteng, Kamis (7/11/2024).",
                "Kaopsda Telabang 2024 Irjen Pol Drs. Djoko Poerwanto, melalui "
                "Kasatgashumas Kombes Pol Erlan Munaji, menyebut penjagaan ini bagian "
                "dari OMP Telabang 2024.",
                '"Kami juga melaksanakan patroli rutin dan berkala," kata Erlan.',
            ),
        )
    )
    assert r.province == "Kalimantan Tengah"
    assert (r.event_date, r.event_date_precision) == ("2024-11-07", "day")
    assert r.election == "pilkada-2024"
    assert r.operation == "Operasi Mantap Praja Telabang 2024"
    assert r.activities == ("patroli", "pengamanan-kantor-kpu-bawaslu")
    assert r.officials == (
        Official("Irjen Pol", "Djoko Poerwanto", "Kaopsda Telabang 2024"),
        Official("Kombes Pol", "Erlan Munaji", "Kasatgashumas"),
    )
    assert [p.name for p in r.places] == ["Kota Palangka Raya"]
    assert r.police_units == ("Polda Kalteng",)
    assert r.personnel_total is None


def test_seed_004():
    """Balikpapan: five Polwan patrol the KPUD office during the Pemilukada."""
    r = extract_record(
        ParsedArticle(
            source_path="seed_004.txt",
            title="Polwan Samapta Polda Kaltim dan Kasatgas Humas OMP Patroli di KPUD Balikpapan",
            dateline_place="Balikpapan",
            dateline_date="20 September 2024",
            paragraphs=(
                "Satuan Patroli Polwan Samapta Polda Kalimantan Timur dan Kasatgas Humas "
                "Operasi Mantap Praja (OMP) Manuntung Polresta Balikpapan berpatroli di "
                "Kantor KPUD Balikpapan demi Pemilukada 2024 yang aman di Kota Madinatul "
                "Iman.",
                "Kapolresta Balikpapan, Komisaris Besar Polisi Anton Firmanto, SH, SIK, "
                "MSI, melalui Kasatgas Humas OMP Polresta Balikpapan, Inspektur Dua Polisi "
                "Sangidun, menyebut patroli ini menjaga suasana kondusif.",
                "Patroli itu digelar pada Jumat, 20 September 2024, dan diikuti lima "
                "personil Polwan Samapta Polda Kaltim bersepeda motor.",
            ),
            credit="Humas Polresta Balikpapan",
        )
    )
    assert r.province == "Kalimantan Timur"
    assert (r.event_date, r.event_date_precision) == ("2024-09-20", "day")
    assert r.election == "pilkada-2024"
    assert r.operation == "Operasi Mantap Praja Manuntung"
    assert r.activities == ("patroli", "pengamanan-kantor-kpu-bawaslu")
    assert (r.personnel_total, r.personnel_text) == (5, None)
    # No stamp: the dateline's date is not made a publication time by extraction.
    assert r.published is None
    assert r.officials == (
        Official("Kombes Pol", "Anton Firmanto", "Kapolresta Balikpapan"),
        Official("Ipda", "Sangidun", "Kasatgas Humas OMP Polresta Balikpapan"),
    )
    assert [p.name for p in r.places] == ["Kota Balikpapan"]
    assert r.police_units == ("Polda Kaltim", "Polresta Balikpapan")


# --- Traps ------------------------------------------------------------------------


def _article(*paragraphs: str, **fields) -> ParsedArticle:
    return ParsedArticle(source_path="trap.txt", paragraphs=paragraphs, **fields)


def test_a_long_guard_dated_only_by_an_earlier_step():
    """No event date (the reported day is unwritten), but the step's day still
    tells which vote the story is about."""
    r = extract_record(
        _article(
            "Surat suara pemilihan kini disimpan di gudang KPU Sambas dan dijaga "
            "personel Polres Sambas siang malam.",
            "Sebelumnya, panitia memantau kedatangan surat suara di dermaga pada "
            "Rabu (16/10/2024).",
        )
    )
    assert (r.event_date, r.event_dates) == (None, ("2024-10-16",))
    assert r.election == "pilkada-2024"


def test_no_date_in_text_but_publication_date():
    """The related-article dates are gone (the reader drops them): no event date."""
    r = extract_record(
        _article(
            "Polres Sambas menjaga gudang logistik Pemilu 2024.",
            published=datetime(2024, 2, 10, 9, 0, tzinfo=WIB),
        )
    )
    assert (r.event_date, r.event_dates, r.event_date_precision) == (None, (), None)
    assert r.published == "2024-02-10T09:00:00+07:00"


def test_weekday_conflict_adds_warning():
    r = extract_record(
        _article(
            "Polres Ketapang mengamankan kampanye Pemilu 2024 pada Senin (03/02/2024).",
            published=datetime(2024, 2, 5, tzinfo=WIB),
        )
    )
    assert (r.event_date, r.event_date_precision) == ("2024-02-03", "day")
    assert any("Senin" in w for w in r.warnings)


def test_impossible_date_warning():
    r = extract_record(
        _article(
            "Polres Melawi menggelar patroli Pemilu 2024, Senin (25/22/2024).",
            published=datetime(2024, 2, 5, tzinfo=WIB),
        )
    )
    assert r.event_date is None
    assert any("25/22/2024" in w for w in r.warnings)


def test_outlet_subdomain_names_another_province():
    """An outlet at KARAWANG.* or PANGANDARAN.* writing about Kalbar is about Kalbar."""
    r = extract_record(
        _article(
            "Personel Polres Bengkayang berjaga di TPS saat pemungutan suara Pemilu 2024.",
            title="Polres Bengkayang Jaga TPS",
            outlet="Karawang News",
            site="KARAWANG.CONTOH.ID",
            url="http://KARAWANG.CONTOH.ID",
        )
    )
    assert r.province == "Kalimantan Barat"
    assert [p.name for p in r.places] == ["Kabupaten Bengkayang"]


def test_places_of_a_neighbouring_province_are_left_out():
    """A border or a route into another province is not where the event was."""
    r = extract_record(
        _article(
            "Polres Bulungan menjaga TPS di perbatasan Bulungan-Berau saat Pemilu "
            "2024. Logistik dibawa lewat rute Tarakan-Bulungan.",
            title="Polres Bulungan Jaga TPS Perbatasan",
        )
    )
    assert r.province == "Kalimantan Utara"
    assert [p.name for p in r.places] == ["Kabupaten Bulungan", "Kota Tarakan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Personel Kodim 1207/Pontianak ikut berjaga.",
        "Dandim 1207/Pontianak Kolonel Inf Andi Saputra ikut meninjau.",
        "Prajurit Lanal Pontianak dan Basarnas Pontianak ikut bersiaga.",
        "Pasukan BKO dari Batalyon 641 Pontianak ikut membantu.",
    ],
)
def test_a_place_in_a_military_units_name_is_not_the_events(sentence):
    r = extract_record(
        _article(f"Polres Landak menjaga TPS Pemilu 2024 di Ngabang. {sentence}")
    )
    assert [p.name for p in r.places] == ["Kabupaten Landak"]


def test_doubled_spaces_and_a_comma_without_its_space():
    """Pasted text doubles spaces and drops the space after a comma."""
    r = extract_record(
        _article(
            "Pengamanan TPS Pemilu 2024 di Kabupaten  Kubu  Raya dipantau "
            "Kapolres Kubu  Raya,AKBP Andi Wijaya,bersama Polres  Kubu Raya."
        )
    )
    assert [p.name for p in r.places] == ["Kabupaten Kubu Raya"]
    assert r.police_units == ("Polres Kubu Raya",)
    assert r.officials == (Official("AKBP", "Andi Wijaya", "Kapolres Kubu Raya"),)


def test_places_on_a_route_written_with_hyphens():
    r = extract_record(
        _article(
            "Surat suara dikawal Polres Bengkayang lewat rute Pontianak-Mempawah-"
            "Singkawang sebelum tiba di Bengkayang untuk Pilkada 2024.",
            title="Polres Bengkayang Kawal Surat Suara",
        )
    )
    assert [p.name for p in r.places] == [
        "Kabupaten Bengkayang",
        "Kota Pontianak",
        "Kabupaten Mempawah",
        "Kota Singkawang",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polres Sanggau mendapat BKO 1.250 personel dari Polda.",
        "Polres Sanggau kini diperkuat BKO Polda dan Brimob.",
        "Polres Sanggau mendapat bantuan 80 personel dari polda.",
    ],
)
def test_a_reinforcement_from_the_bare_polda_is_the_provinces(sentence):
    r = extract_record(
        _article(
            f"Pengamanan TPS Pemilu 2024 di Kabupaten Sanggau berjalan. {sentence}"
        )
    )
    assert r.police_units == ("Polres Sanggau", "Polda Kalbar")


def test_a_bare_polda_beside_a_named_one_adds_nothing():
    r = extract_record(
        _article(
            "Polres Sanggau menerima BKO dari Polda. Kapolda Kalbar meninjau TPS "
            "Pemilu 2024 bersama Polda Kalbar."
        )
    )
    assert r.police_units.count("Polda Kalbar") == 1


def test_article_from_outside_kalimantan():
    r = extract_record(
        _article(
            "Kapolda Jabar memimpin apel pengamanan Pilkada 2024 di Bandung, Senin "
            "(25/11/2024). Sebanyak 1.200 personel dikerahkan ke Kabupaten Ketapang "
            "di Jawa Barat? Tidak, ke Karawang.",
            dateline_place="Bandung",
        )
    )
    assert r.province == "Jawa Barat"
    assert r.places == ()
    assert r.police_units == ("Polda Jabar",)


def test_numbers_that_are_not_personnel():
    r = extract_record(
        _article(
            "Polres Tapin mengawal 1.500 kotak suara dan 2.300 surat suara.",
            "Pengamanan di 640 TPS dibantu 1.280 anggota Linmas.",
            "Sebanyak 45 TPS sangat rawan mendapat penjagaan ekstra oleh 210 personel.",
        )
    )
    assert r.personnel_total == 210
    assert r.tps_counts == (CountItem("total", 640), CountItem("sangat rawan", 45))


def test_not_about_elections():
    r = extract_record(
        _article(
            "Polres Kotabaru menggelar Operasi Ketupat Intan 2024 untuk arus mudik.",
            published=datetime(2024, 4, 5, tzinfo=WIB),
        )
    )
    assert r.election is None
    assert r.operation == "Operasi Ketupat Intan 2024"
    assert r.province == "Kalimantan Selatan"


def test_record_round_trips_through_plain_data(seed_001):
    assert record_from_dict(seed_001.to_dict()) == seed_001


def test_empty_article():
    r = extract_record(ParsedArticle(source_path="kosong.txt"))
    assert r.province is None and r.places == () and r.event_date is None
    assert r.activities == ("lainnya",)


def test_dateline_date_anchors_a_bare_weekday():
    """No stamp: a bare weekday counts back from the dateline's date."""
    from arsip_extract.dateline import split_dateline

    place, rest = split_dateline(
        "Banjarmasin, 14 Februari 2024 – Kapolresta Banjarmasin memantau TPS, Rabu."
    )
    r = extract_record(_article(rest, dateline_place=place))
    assert r.published is None
    assert (r.event_date, r.event_date_precision) == ("2024-02-14", "inferred")
    assert r.dateline_place == "Banjarmasin" and type(r.dateline_place) is str


def test_unknown_unit_names_are_not_read_from_a_title_case_headline():
    r = extract_record(
        _article(
            "Kapolda Kalteng melepas 560 personel BKO ke empat Polres jajaran.",
            title="560 Personel BKO Diperbantukan ke Empat Polres Jelang Pencoblosan",
        )
    )
    assert r.police_units == ("Polda Kalteng",)


def test_breakdown_by_unit_is_normalised():
    r = extract_record(
        _article(
            "Kapolda Kalteng melepas 560 personel BKO untuk pengamanan Pemilu 2024.",
            "Pembagiannya sebagai berikut:",
            "1. Polres Kotim: 150 personel;\n2. Polres Kapuas: 120 personel;\n"
            "3. Polres Barut: 90 personel;\n4. Polresta Palangka Raya: 200 personel.",
        )
    )
    assert r.personnel_total == 560
    assert r.personnel_breakdown == (
        CountItem("Polres Kotawaringin Timur", 150),
        CountItem("Polres Kapuas", 120),
        CountItem("Polres Barito Utara", 90),
        CountItem("Polresta Palangka Raya", 200),
    )


def test_related_article_stamps_are_not_event_dates():
    """Even if a related-article list reached extraction, its dates are not ours."""
    r = extract_record(
        _article(
            "Polda Kaltara menggelar apel siaga Pilkada di Bulungan, Rabu.",
            "Baca juga: Kapolda Kaltara cek kesiapan personel, Senin (9/12/2024)",
            "Berita Terkait",
            "Kapolda Kaltara terima kunjungan tokoh adat",
            "Kamis, 12 Desember 2024 4:33",
        )
    )
    assert (r.event_date, r.event_dates) == (None, ())


def test_plain_data_is_asdict_with_lists(seed_001):
    """to_dict is hand-written for speed; it must match the standard library's."""
    from dataclasses import asdict

    def lists(value):
        if isinstance(value, (tuple, list)):
            return [lists(v) for v in value]
        if isinstance(value, dict):
            return {k: lists(v) for k, v in value.items()}
        return value

    plain = seed_001.to_dict()
    assert plain == lists(asdict(seed_001))
    assert plain["places"] and isinstance(plain["places"][0], dict)
    assert isinstance(plain["police_units"], list)
    assert json.loads(json.dumps(plain)) == plain


@pytest.mark.parametrize(
    ("body", "units"),
    [
        # Satbrimob Polda X takes part as part of Polda X (issue 11).
        (
            "Pontianak - Personel Satbrimob Polda Kalbar mengamankan TPS, Rabu.",
            ("Satbrimob Polda Kalbar", "Polda Kalbar"),
        ),
        # "Brimobda" is a Polda's Brimob: the story's province's.
        (
            "Tarakan - Tim Gegana Brimobda menyisir gedung KPU Kaltara, Rabu.",
            ("Satbrimob Polda Kaltara", "Polda Kaltara"),
        ),
        # ... and so is "Sat Brimob Polda" with a bare "Polda" (session 18)
        (
            "Tarakan - Tim Jibom Sat Brimob Polda menyisir gedung KPU Kaltara, Rabu.",
            ("Satbrimob Polda Kaltara", "Polda Kaltara"),
        ),
        # a sector of another province, named for what happened there
        (
            "Berau - Polres Berau memeriksa pengunjung kantor KPU, Rabu. Pemeriksaan "
            "ini menyusul serangan di Polsek Sukamaju, Bandung Jawa Barat.",
            ("Polres Berau",),
        ),
        # a sector typed in lower case, its district written with a capital
        (
            "Tanjung - Personel polsek muara uya berjaga di Kecamatan Muara uya, "
            "Kabupaten Tabalong, Rabu.",
            ("Polsek Muara Uya",),
        ),
        # a pioneer battalion or a company named bare, in a sentence naming no
        # Polda, names no unit (the lead's ruling of session 16), as a bare Brimob
        (
            "Sintang - Personel Polres Sintang dibantu Batalyon B Pelopor berjaga di "
            "gudang KPU, Rabu.",
            ("Polres Sintang",),
        ),
        (
            "Sintang - Gudang KPU dijaga personel Polres Sintang dan Yon C Pelopor "
            "Brimob Sintang, Rabu.",
            ("Polres Sintang",),
        ),
        (
            "Sintang - Simulasi diikuti anggota Polres Sintang dan Sat Brimob D "
            "Sintang, Rabu.",
            ("Polres Sintang",),
        ),
        # its battalion with its Polda takes part
        (
            "Sintang - Gudang KPU dijaga Batalyon B Pelopor Satbrimob Polda Kalbar, "
            "Rabu.",
            ("Satbrimob Polda Kalbar", "Polda Kalbar"),
        ),
        # "satuan Brimob" alone names no unit.
        (
            "Sambas - Dalam simulasi itu, satuan Brimob menghalau massa, Rabu.",
            (),
        ),
    ],
)
def test_brimob_brings_its_polda(body, units):
    record = extract_record(ParsedArticle(source_path="x.txt", paragraphs=(body,)))
    assert record.police_units == units


def test_a_recalled_deed_does_not_date_the_story():
    """The stories fixture: the apel of 29/11 leads, not the shift it recalls."""
    from pathlib import Path

    from arsip_reader.pipeline import read_article

    path = Path(__file__).parents[1] / "fixtures/stories/peristiwa_lampau_dikutip.txt"
    record = read_article(path, path.name, tz=WIB).record
    assert record.event_date == "2024-11-29"
    assert record.event_dates == ("2024-11-25", "2024-11-29")


def test_a_dated_dateline_dates_a_body_without_dates():
    """Nothing dated in the body: the dateline's day is the day reported."""
    from arsip_extract.dateline import split_dateline

    place, rest = split_dateline(
        "Ketapang, 2 November 2024 – Pelipatan surat suara di gudang KPU dijaga ketat."
    )
    r = extract_record(_article(rest, dateline_place=place))
    assert (r.event_date, r.event_dates, r.event_date_precision) == (
        "2024-11-02",
        ("2024-11-02",),
        "day",
    )


@pytest.mark.parametrize(
    ("page", "units"),
    [
        (
            "Apel Pengamanan Pleno di Kecamatan\n"
            "Polres Melawi, Nanga Pinoh – Pada Sabtu malam, apel pengamanan pleno PPK "
            "dipimpin Wakapolsek dan dihadiri anggota Koramil.\n"
            "Pleno berjalan lancar sampai dini hari.",
            ("Polres Melawi",),
        ),
        (  # a chain: the last unit acts, its parents do not
            "Polsek Sebawi Kawal Logistik\n"
            "Polda Kalbar, Polres Sambas, Polsek Sebawi, 25 November 2024 – Personel "
            "mengawal distribusi logistik ke tujuh desa.\n"
            "Distribusi selesai siang hari.",
            ("Polsek Sebawi",),
        ),
    ],
)
def test_a_dateline_unit_acts_in_the_story(page, units):
    from arsip_reader.parse import parse_raw_text

    assert extract_record(parse_raw_text(page)).police_units == units


def test_a_dateline_chain_running_on_into_the_story_ends_with_its_unit():
    """``Polda Kalsel – Polres Tabalong, Selasa …`` read as dateline ``Polda Kalsel –``
    and a story opening with the Polres: the Polda is the parent, not a unit acting."""
    record = extract_record(
        ParsedArticle(
            source_path="rantai.txt",
            dateline_text="Polda Kalsel –",
            paragraphs=(
                "Polres Tabalong, Selasa malam, mengawal kotak suara ke gudang KPU.",
                "Kapolres Tabalong AKBP Budi Santoso memimpin pengawalan.",
            ),
        )
    )
    assert record.police_units == ("Polres Tabalong",)


@pytest.mark.parametrize(
    ("story", "units"),
    [
        ("Polres Mempawah Polda Kalbar menggelar simulasi.", ("Polres Mempawah",)),
        ("Personel gabungan mengawal kotak suara ke gudang KPU.", ()),
        (
            "Kapolda Kalbar memimpin apel di Mapolda Kalbar.",
            ("Polda Kalbar",),
        ),
    ],
)
def test_a_polda_in_the_dateline_is_the_hosts_tag(story, units):
    """``MEMPAWAH, Polda Kalbar –``: the Polda takes part only when the story names
    it acting."""
    record = extract_record(
        ParsedArticle(
            source_path="rantai.txt",
            dateline_text="MEMPAWAH, Polda Kalbar –",
            paragraphs=(story,),
        )
    )
    assert record.police_units == units


@pytest.mark.parametrize(
    "title",
    [
        # Session 8: a date the headline gives dates the story like one in the body
        # (a lead sentence the reader took for the headline keeps its date).
        "Kapolres Sambas memimpin apel pergeseran pasukan pengamanan TPS, Minggu, 11 "
        "Februari 2024 sore di Stadion Sambas.",
        "Polres Sambas Gelar Apel Pergeseran Pasukan, Minggu (11/2/2024)",
        "Minggu 11/2/2024, Polres Sambas Geser 300 Personel ke TPS",
    ],
)
def test_a_date_in_the_headline_dates_the_story(title):
    r = extract_record(
        _article(
            "Apel itu pengecekan terakhir sebelum personel berangkat ke TPS Pemilu "
            "2024.",
            title=title,
        )
    )
    assert r.event_date == "2024-02-11"


@pytest.mark.parametrize(
    ("paragraphs", "captions", "units"),
    [
        # A unit told only in a photo caption adds nothing, like an activity (the
        # README's rule 4, settled in session 16): the body's "aparat kepolisian"
        # names no unit ...
        (
            ("Surat suara tiba di pelabuhan dan dikawal aparat kepolisian ke gudang.",),
            ("Personel Polres Nunukan mengawal surat suara di pelabuhan, Jumat.",),
            (),
        ),
        (
            ("Pengamanan gudang logistik dilakukan selama 24 jam oleh polisi.",),
            ("Kapolres Sintang meninjau gudang logistik KPU. (Foto: Istimewa)",),
            (),
        ),
        # ... and the body's own unit stands alone.
        (
            ("Personel Polres Melawi menjaga gudang logistik KPU.",),
            ("Personel Polres Sintang berjaga di gudang.",),
            ("Polres Melawi",),
        ),
    ],
)
def test_a_captions_unit_adds_nothing(paragraphs, captions, units):
    assert (
        extract_record(_article(*paragraphs, captions=captions)).police_units == units
    )


@pytest.mark.parametrize(
    ("paragraphs", "province", "units"),
    [
        # Another province's Polda named in passing in a Polres story: the story
        # stays in Kalimantan and the Polda takes no part.
        (
            (
                "Kapolres Sintang AKBP Budi Santoso memimpin pengamanan gudang "
                "logistik Pemilu 2024 di Sintang, Senin (12/2/2024).",
                "Menurut dia, pola pengamanan serupa pernah diterapkan Polda Jawa "
                "Timur pada pemilu sebelumnya.",
            ),
            "Kalimantan Barat",
            ("Polres Sintang",),
        ),
        # ... and a Polres of elsewhere (every Kalimantan Polres is known).
        (
            (
                "Personel Polres Berau menjaga kantor KPU Berau, Senin (12/2/2024).",
                "Kapolres mencontohkan keberhasilan Polres Garut menjaga pemilu lalu.",
            ),
            "Kalimantan Timur",
            ("Polres Berau",),
        ),
        # Sent to help, it takes part.
        (
            (
                "Personel Polres Berau menjaga kantor KPU Berau, Senin (12/2/2024).",
                "Pengamanan juga dibantu 100 personel BKO Satbrimob Polda Jawa Timur.",
            ),
            "Kalimantan Timur",
            ("Polres Berau", "Satbrimob Polda Jatim", "Polda Jatim"),
        ),
        # A Polda beside its Polres still says where the Polres is (Kota Banjar).
        (
            ("Polres Banjar, Polda Jabar, menjaga TPS. Kapolres Banjar hadir.",),
            "Jawa Barat",
            ("Polres Banjar",),
        ),
    ],
)
def test_unit_of_another_province_in_passing(paragraphs, province, units):
    r = extract_record(_article(*paragraphs))
    assert r.province == province
    assert r.police_units == units


def test_kalimantan_polda_in_passing_in_a_story_of_elsewhere():
    """A Kalimantan Polda named once, in passing, does not pull a story of another
    province (its own Polres named as often, its province named) into Kalimantan."""
    r = extract_record(
        _article(
            "Personel Polres Gowa menjaga gudang logistik KPU Gowa, Sulawesi "
            "Selatan, Senin (12/2/2024).",
            "Menurut dia, pola pengamanan serupa pernah diterapkan Polda Kalimantan "
            "Barat pada pemilu sebelumnya.",
        )
    )
    assert r.province == "Sulawesi Selatan"
    assert r.places == ()


def test_a_bare_post_takes_the_unit_the_dateline_names():
    """``Polres Melawi –`` is a unit the page names, though the reader takes the
    dateline off the body: a bare ``Kapolres`` of the story is its commander."""
    record = extract_record(
        ParsedArticle(
            source_path="garis.txt",
            dateline_text="Polres Melawi –",
            paragraphs=(
                "Ratusan personel menggelar apel siaga di lapangan kota, Senin pagi.",
                "Kapolres AKBP Joko Susilo mengatakan personel sudah siap.",
            ),
        )
    )
    assert [o.position for o in record.officials] == ["Kapolres Melawi"]


@pytest.mark.parametrize(
    ("page", "units"),
    [
        # "polres setempat" in a story of one regency is that regency's Polres.
        (
            "Rumah Tim Sukses Digerebek\n"
            "MUARA TEWEH – Bawaslu Barito Utara menerima laporan warga lalu "
            "meneruskannya kepada polres setempat, yang kemudian menggerebek "
            "sebuah rumah.\nPemeriksaan masih berlangsung.",
            ("Polres Barito Utara",),
        ),
        # ... not when the story names a Polres, nor when it names two regencies.
        (
            "Patroli Malam\nSAMPIT – Polres Kotim berpatroli; polres setempat juga "
            "menjaga gudang KPU Kotim.\nSituasi aman.",
            ("Polres Kotawaringin Timur",),
        ),
        (
            "Patroli Perbatasan\nSAMPIT – Warga Kotim dan Seruyan melapor ke polres "
            "setempat.\nSituasi aman.",
            (),
        ),
    ],
)
def test_the_local_polres(page, units):
    from arsip_reader.parse import parse_raw_text

    assert extract_record(parse_raw_text(page)).police_units == units
