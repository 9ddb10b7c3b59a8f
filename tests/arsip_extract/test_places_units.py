"""Police units normalised, and the kabupaten/kota they (and the text) name."""

from __future__ import annotations

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_extract.places import build_places, place_from_dateline
from arsip_extract.units import find_units, unique_units

GAZ = load_gazetteer()


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Personel Polda Kalbar berjaga.", ("Polda Kalbar",)),
        ("Polda Kalimantan Tengah (Kalteng) bersiaga.", ("Polda Kalteng",)),
        ("Kapolda Kalbar memimpin apel.", ("Polda Kalbar",)),
        ("Wakapolda Kaltim hadir di Mapolda Kaltim.", ("Polda Kaltim",)),
        ("Kapolresta Balikpapan meninjau lokasi.", ("Polresta Balikpapan",)),
        (
            "Polresta Pontianak Kota dan Polres Kubu Raya.",
            ("Polresta Pontianak Kota", "Polres Kubu Raya"),
        ),
        ("Jajaran Polresta Pontianak bersiaga.", ("Polresta Pontianak Kota",)),
        ("Polres Singkawang menggelar patroli.", ("Polres Singkawang",)),
        (
            "Kapolres Kotim dan Polres Kobar.",
            ("Polres Kotawaringin Timur", "Polres Kotawaringin Barat"),
        ),
        (
            "Polres HSS, Polres Tanbu dan Polres Batola.",
            ("Polres Hulu Sungai Selatan", "Polres Tanah Bumbu", "Polres Barito Kuala"),
        ),
        (
            "Polres PPU dan Polres Kukar bersiaga.",
            ("Polres Penajam Paser Utara", "Polres Kutai Kartanegara"),
        ),
        ("Polresta Palangkaraya menurunkan personel.", ("Polresta Palangka Raya",)),
        (
            "Polres Kapuas Hulu dan Polres Kapuas.",
            ("Polres Kapuas Hulu", "Polres Kapuas"),
        ),
        ("Polres Kota Tarakan bersiaga.", ("Polres Tarakan",)),
        (
            "Satbrimob Polda Kalbar disiagakan.",
            ("Satbrimob Polda Kalbar",),
        ),
        (
            "Sat Brimob Polda Kalimantan Selatan siaga.",
            ("Satbrimob Polda Kalsel",),
        ),
        ("Kapolsek Sungai Raya bersama warga.", ("Polsek Sungai Raya",)),
        ("Polsek Pontianak Selatan berpatroli.", ("Polsek Pontianak Selatan",)),
        ("Polda Jabar dan Polres Karawang.", ("Polda Jabar", "Polres Karawang")),
        ("Polda Metro Jaya mengamankan Jakarta.", ("Polda Metro Jaya",)),
        ("Personel Polres jajaran bersiaga.", ()),
        ("Apel di Lapangan Brimob Polda Kaltim.", ("Polda Kaltim",)),
        # A Title Case headline runs a verb into the unit's name.
        (
            "Polsek Sungai Kakap Patroli Dialogis\nPolsek Sungai Kakap berpatroli.",
            ("Polsek Sungai Kakap",),
        ),
    ],
)
def test_units(text, units):
    assert unique_units(find_units(text, GAZ)) == units


# Issue 11: units on real pages. Invented sentences, one rule each.
@pytest.mark.parametrize(
    ("text", "units"),
    [
        # Current status: Bulungan's unit is a Polresta, whatever the page says.
        ("Polres Bulungan menyiagakan personel.", ("Polresta Bulungan",)),
        ("Kapolresta Bulungan memimpin apel.", ("Polresta Bulungan",)),
        # Brimob of a Polda, however it is written.
        ("Pasukan Brimob Polda Kalbar tiba.", ("Satbrimob Polda Kalbar",)),
        ("Personel Sat Brimob Polda Kalteng berjaga.", ("Satbrimob Polda Kalteng",)),
        ("Seratus personel Brimob Kaltim membantu.", ("Satbrimob Polda Kaltim",)),
        (
            "Satu kompi Brimob Batalyon B Polda Kaltim bersiaga.",
            ("Satbrimob Polda Kaltim",),
        ),
        # A bare Brimob takes the Polda its sentence gives it.
        (
            "Cadangan terdiri dari Brimob, Ditsamapta dan Ditpolairud Polda Kaltara.",
            ("Satbrimob Polda Kaltara", "Polda Kaltara"),
        ),
        ("Polda Kalsel menyiapkan cadangan. Brimob turut berjaga.", ("Polda Kalsel",)),
        ("Apel di Lapangan Brimob Polda Kaltim dipimpin Kapolda.", ("Polda Kaltim",)),
        # A parade ground named after someone is still a venue.
        (
            "Kapolda memimpin apel di Lapangan A. Rahman Brimob Polda Kaltim pagi ini.",
            ("Polda Kaltim",),
        ),
        # The national corps ('Korps Brimob Polri') is no Polda's Satbrimob.
        (
            "Polda Kalsel menyiapkan zona pengamanan yang diperkuat Korps Brimob.",
            ("Polda Kalsel",),
        ),
        # Polsek units count, and a rank in capitals ends a Polsek's name.
        ("Kapolsek Sungai Pinyuh IPTU Budi hadir.", ("Polsek Sungai Pinyuh",)),
        # Units in words.
        (
            "Kepolisian Resor Kota (Polresta) Palangka Raya bersiaga.",
            ("Polresta Palangka Raya",),
        ),
        (
            "Kepala Kepolisian Resor (Kapolres) Kapuas Hulu memimpin apel.",
            ("Polres Kapuas Hulu",),
        ),
        ("Kepolisian Daerah Kalimantan Barat menggelar apel.", ("Polda Kalbar",)),
        # A Polda named only as the parent, or a former post, takes no part.
        ("Polres Sanggau Polda Kalbar menggelar apel.", ("Polres Sanggau",)),
        ("Polres Lamandau, Polda Kalteng, memetakan TPS.", ("Polres Lamandau",)),
        (
            "Polres Hulu Sungai Tengah (HST) jajaran Polda Kalsel siaga.",
            ("Polres Hulu Sungai Tengah",),
        ),
        (
            "Apel digelar Polres Kobar jajaran Polda Kalteng.",
            ("Polres Kotawaringin Barat",),
        ),
        ("Polda Kalbar melalui Kapolres Sanggau menggelar apel.", ("Polres Sanggau",)),
        (
            "Polda Kalbar, Polres Sambas, Polsek Sebawi, 25 November 2024 – Polsek "
            "Sebawi mengawal logistik.",
            ("Polsek Sebawi",),
        ),
        # ... but a list of helpers is a list, and a Polda that acts counts.
        (
            "Bantuan datang dari Polda Kalsel, Polres Banjar dan Polresta Banjarmasin.",
            ("Polda Kalsel", "Polres Banjar", "Polresta Banjarmasin"),
        ),
        (
            "Polres Sanggau Polda Kalbar bersiaga. Kapolda Kalbar meninjau TPS.",
            ("Polres Sanggau", "Polda Kalbar"),
        ),
        ("Brigjen Y, mantan Kapolda Kalsel, hadir di Palu.", ()),
        ("Kapolres Teguh menyampaikan arahan.", ()),
        (
            "Pos di wilayah hukum Polres Bontang dijaga Polres Kukar.",
            ("Polres Kutai Kartanegara",),
        ),
    ],
)
def test_units_on_real_pages(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Polres Sambas berjaga.", ["Kabupaten Sambas"]),
        ("Polresta Pontianak Kota berjaga.", ["Kota Pontianak"]),
        ("Patroli di Kotim dan Sampit.", ["Kabupaten Kotawaringin Timur"]),
        ("Di Kota Madinatul Iman, polisi berjaga.", ["Kota Balikpapan"]),
        (
            "Warga Palangkaraya dan Kabupaten Kapuas.",
            ["Kota Palangka Raya", "Kabupaten Kapuas"],
        ),
        (
            "Kabupaten Banjar dan Banjarmasin serta Banjarbaru.",
            ["Kabupaten Banjar", "Kota Banjarmasin", "Kota Banjarbaru"],
        ),
        ("KKU dan Kapuas Hulu.", ["Kabupaten Kayong Utara", "Kabupaten Kapuas Hulu"]),
        (
            "Penajam Paser Utara dan Paser.",
            ["Kabupaten Penajam Paser Utara", "Kabupaten Paser"],
        ),
        # Traps: an operation's region, a river, an animal, an ethnic group.
        ("Operasi Mantap Brata Kapuas 2024 di sepanjang Sungai Kapuas.", []),
        ("Seekor landak melintas; warga Banjar berkumpul.", []),
        ("Kapal menyusuri Sungai Martapura dan sungai Sambas.", []),
    ],
)
def test_places(text, names):
    places = build_places(text, GAZ, None, find_units(text, GAZ))
    assert [p.name for p in places] == names


def test_place_carries_gazetteer_facts():
    (place,) = build_places(
        "Polres Sambas siaga.", GAZ, None, find_units("Polres Sambas siaga.", GAZ)
    )
    assert (place.kind, place.province) == ("kabupaten", "Kalimantan Barat")
    assert place.lat == pytest.approx(1.36, abs=0.1)
    assert place.lon == pytest.approx(109.3, abs=0.1)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "1. Polresta Pontianak Kota: 6 kegiatan;\n2. Polres Sambas: 45 kegiatan;",
            {"Kota Pontianak": (6, "kegiatan"), "Kabupaten Sambas": (45, "kegiatan")},
        ),
        (
            "Polres Landak (70 kegiatan), Polres Sintang 24 kegiatan kampanye.",
            {
                "Kabupaten Landak": (70, "kegiatan"),
                "Kabupaten Sintang": (24, "kegiatan kampanye"),
            },
        ),
        (
            "Kabupaten Ketapang: 120 TPS; Kabupaten Melawi: 40 personel.",
            {"Kabupaten Ketapang": (120, "TPS"), "Kabupaten Melawi": (40, "personel")},
        ),
        # A year after a place is not a count, nor a number on the next line.
        ("Pilkada Sambas 2024 berjalan aman.", {"Kabupaten Sambas": (None, None)}),
        ("Jaga KPU Sambas\n250 personel berjaga.", {"Kabupaten Sambas": (None, None)}),
    ],
)
def test_place_counts(text, counts):
    places = build_places(text, GAZ, None, find_units(text, GAZ))
    assert {p.name: (p.count, p.count_label) for p in places} == counts


@pytest.mark.parametrize(
    ("dateline", "name"),
    [
        ("Palangka Raya", "Kota Palangka Raya"),
        ("PALANGKARAYA", "Kota Palangka Raya"),
        ("Tarakan", "Kota Tarakan"),
        ("Sampit", "Kabupaten Kotawaringin Timur"),
        ("Tanjung Selor", "Kabupaten Bulungan"),
        ("Bandung", None),
        (None, None),
    ],
)
def test_dateline_place(dateline, name):
    place = place_from_dateline(dateline, GAZ)
    assert (place.full_name if place else None) == name


def test_dateline_place_comes_first():
    places = build_places("Polres Bulungan berjaga.", GAZ, "Tarakan", [])
    assert [p.name for p in places][0] == "Kota Tarakan"


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # Support named only for a case that may come takes no part ...
        (
            "Polres Sambas menurunkan 300 personel. Termasuk dukungan dari Satuan "
            "Brimob Polda Kalbar, jika dibutuhkan nantinya.",
            ("Polres Sambas",),
        ),
        (
            "Personel Polres Katingan masih cukup, kecuali terjadi situasi tertentu "
            "yang membutuhkan personel BKO Polda Kalteng.",
            ("Polres Katingan",),
        ),
        # ... but it counts where it acts.
        (
            "Brimob Polda Kalbar ikut berjaga di TPS. Personel BKO Polda Kalbar "
            "disiapkan jika dibutuhkan.",
            ("Satbrimob Polda Kalbar",),
        ),
        # A commander speaking of a case that may come: his Polda acts.
        (
            "Kapolda Kalbar mengatakan, jika terjadi gangguan, personel siap bertindak.",
            ("Polda Kalbar",),
        ),
        # A parent after a unit with its long name in brackets.
        (
            "Polsek Arut Selatan Polres Kobar (Kotawaringin Barat) Polda Kalteng "
            "menjaga gudang.",
            ("Polsek Arut Selatan", "Polres Kotawaringin Barat"),
        ),
        ("Tambahan 1 SSK datang dari Satbrimobda Kalbar.", ("Satbrimob Polda Kalbar",)),
        # A page cut off mid-word: its last unit is no name.
        ('Personel Polres Sekadau bersiaga.\n"Polres Seka', ("Polres Sekadau",)),
        # Two sectors of one city after one "Kapolsek".
        (
            "Kapolda berdialog dengan Kapolsek Pontianak Barat dan Pontianak Kota di "
            "lokasi.",
            ("Polsek Pontianak Barat", "Polsek Pontianak Kota"),
        ),
        ("Kapolsek Sebawi dan Camat Sebawi meninjau TPS.", ("Polsek Sebawi",)),
    ],
)
def test_more_units_on_real_pages(text, units):
    assert unique_units(find_units(text, GAZ)) == units


# Session 4 of issue 11: spellings and forms of unseen pages (own sentences).
@pytest.mark.parametrize(
    ("text", "units"),
    [
        # other spellings of a unit's place, from data/police_units.csv
        ("Polres Kota Baru menggelar apel.", ("Polres Kotabaru",)),
        ("Polres Kutai Kertanegara bersiaga.", ("Polres Kutai Kartanegara",)),
        ("Kapolres Tanah Tidung memimpin apel.", ("Polres Tana Tidung",)),
        ("Polres Kota Waringin Timur bersiaga.", ("Polres Kotawaringin Timur",)),
        ("Polres Mahakam Hulu bersiaga.", ("Polres Mahakam Ulu",)),
        ("Polres Banjar Baru bersiaga.", ("Polres Banjarbaru",)),
        ("Polres Banjar bersiaga.", ("Polres Banjar",)),
        ("Polresta Balik Papan bersiaga.", ("Polresta Balikpapan",)),
        # a seat that is a common word names its Polres after "Polres" only
        ("Polres Rantau menggelar apel.", ("Polres Tapin",)),
        ("Polres Tanjung menggelar apel.", ("Polres Tabalong",)),
        ("Polres Tanjung Redeb menggelar apel.", ("Polres Berau",)),
        ("Polres Sukadana bersiaga.", ("Polres Kayong Utara",)),
        # a rank after a sector's name is no part of it, however it is written
        (
            "Kapolsek Sungai Pinyuh Ajun Komisaris Polisi Budi Santoso hadir.",
            ("Polsek Sungai Pinyuh",),
        ),
        ("Anggota Polsek Tebas Brigadir Budi Santoso berjaga.", ("Polsek Tebas",)),
        ("Anggota Polsek Paloh Bripda Budi Santoso berjaga.", ("Polsek Paloh",)),
        ("Polsek Samboja Awasi Gudang Logistik", ("Polsek Samboja",)),
        ("Polsek Anjongan Monitoring TPS", ("Polsek Anjongan",)),
        (
            "Polsek Sungai Raya Kepulauan Giat Patroli",
            ("Polsek Sungai Raya Kepulauan",),
        ),
        ("Polsek Tarakan Barat berpatroli.", ("Polsek Tarakan Barat",)),
        # a parent Polda written in brackets, after a slash or a bar, or "di bawah"
        ("Polres Sanggau (Polda Kalbar) menggelar apel.", ("Polres Sanggau",)),
        ("Polres Sanggau/Polda Kalbar menggelar apel.", ("Polres Sanggau",)),
        ("Polres Sanggau | Polda Kalbar menggelar apel.", ("Polres Sanggau",)),
        (
            "Polres Sanggau yang berada di bawah Polda Kalbar menggelar apel.",
            ("Polres Sanggau",),
        ),
        (
            "Personel Polres Sanggau dibantu Polda Kalbar menjaga TPS.",
            ("Polres Sanggau", "Polda Kalbar"),
        ),
        # help to be asked for only if a case comes takes no part
        (
            "Polres Sekadau berjaga. Bila eskalasi meningkat, Kapolres akan meminta "
            "BKO dari Mapolda Kalbar.",
            ("Polres Sekadau",),
        ),
        (
            "Polres Sekadau berjaga bersama personel BKO dari Polda Kalbar.",
            ("Polres Sekadau", "Polda Kalbar"),
        ),
        # the press office credited for a photo or the text is the host
        (
            "Polres Sintang menggelar apel. (Foto: Humas Polda Kalbar)",
            ("Polres Sintang",),
        ),
        (
            "Polres Sintang menggelar apel.\nSumber: Bidhumas Polda Kalbar",
            ("Polres Sintang",),
        ),
        (
            "Polres Sintang menggelar apel bersama Bidhumas Polda Kalbar.",
            ("Polres Sintang", "Polda Kalbar"),
        ),
    ],
)
def test_units_of_unseen_pages(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a known unit, and the same written cut short once
        (
            "Personel Polres Kayong Utara berjaga di gudang. Polres Kayong Jajaran "
            "menyiapkan cadangan.",
            ("Polres Kayong Utara",),
        ),
        # a sector written more often in full than cut short
        (
            "Polsek Teluk Batang menggelar patroli. Kapolsek Teluk Batang memimpin. "
            "Kegiatan Polsek Teluk batang berjalan lancar.",
            ("Polsek Teluk Batang",),
        ),
        # a post under a sector names the sector
        (
            "Pengawalan oleh personel Polsek Pos Pol Meliau dan warga.",
            ("Polsek Meliau",),
        ),
    ],
)
def test_units_cut_short_or_written_with_their_post(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a city's sector under its older name, and cut to its last word
        (
            "Personel Polsekta Balikpapan Utara berjaga di kecamatan. Anggota Polsek "
            "Utara juga berpatroli.",
            ("Polsek Balikpapan Utara",),
        ),
        # a sector named after a district's part is a sector of its own
        (
            "Kapolda meninjau Polsek Krayan dan Polsek Krayan Selatan di perbatasan.",
            ("Polsek Krayan", "Polsek Krayan Selatan"),
        ),
        # "Brimob Polda" with the Polda left unnamed: the sentence's Polda
        (
            "Bantuan datang dari Brimob Polda sebanyak satu pleton dan Samapta Polda "
            "Kalsel 50 personel.",
            ("Satbrimob Polda Kalsel", "Polda Kalsel"),
        ),
        # a headquarters named as a venue only
        (
            "Polda Kaltim menyiapkan tempat parkir di Mapolresta Samarinda.",
            ("Polda Kaltim",),
        ),
        # ... but the Polres at work when the story names its chief bare
        (
            "Apel digelar di Mapolres Sintang. Kapolres memeriksa kesiapan personel.",
            ("Polres Sintang",),
        ),
        # a Polda opening a line before a dash is the host's tag
        (
            "Polda Kalbar - Situsberita Sebanyak 150 personel Polres Sambas "
            "diterjunkan.",
            ("Polres Sambas",),
        ),
    ],
)
def test_units_of_the_fresh_pages(text, units):
    assert unique_units(find_units(text, GAZ)) == units


def test_a_commanders_title_written_out_is_no_unit():
    text = (
        "Apel di halaman Polres Sintang dipimpin Kepala Polres Teguh. Wakil Kepala "
        "Polres Sintang turut hadir."
    )
    assert unique_units(find_units(text, GAZ)) == ("Polres Sintang",)


def test_a_sector_under_its_head_typed_in_lower_case():
    text = "Hal itu disampaikan kapolsek Sungai Kunjang Iptu Budi Santoso di TPS."
    assert unique_units(find_units(text, GAZ)) == ("Polsek Sungai Kunjang",)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # A former post, however it is written, takes no part (session 9).
        (
            "Polres Sintang menjaga gudang KPU. Hadir pula mantan Kasat Reskrim Polres "
            "Melawi.",
            ("Polres Sintang",),
        ),
        (
            "Polres Sintang menjaga gudang KPU. AKBP Budi, yang pernah menjabat "
            "Kapolres Melawi, memimpin penjagaan.",
            ("Polres Sintang",),
        ),
        (
            "Polres Sintang menjaga gudang KPU. Wakapolres sebelumnya bertugas di "
            "Polres Landak.",
            ("Polres Sintang",),
        ),
        (
            "Polres Sintang menjaga gudang KPU. Kasat Samapta, pindahan dari Polres "
            "Sekadau, ikut berjaga.",
            ("Polres Sintang",),
        ),
        # ... but the unit a former chief now leads takes part
        (
            "Mantan Kapolres Sintang yang kini menjabat Kapolres Melawi ikut berjaga.",
            ("Polres Melawi",),
        ),
        # A Polres named as the parent of a Polsek ("di bawah naungan") takes no
        # part; written beside it in a chain, it does.
        (
            "Polsek Kelam Permai yang berada di bawah naungan Polres Sintang berpatroli.",
            ("Polsek Kelam Permai",),
        ),
        (
            "Polsek Dedai, di bawah Polres Sintang, menjaga kantor PPK.",
            ("Polsek Dedai",),
        ),
        (
            "Polsek Dedai Polres Sintang menjaga kantor PPK.",
            ("Polsek Dedai", "Polres Sintang"),
        ),
        # A handout credit names the unit's press office, not a unit at work.
        (
            "Personel berjaga di gudang. (ANTARA/HO-Humas Polda Kalbar)\nPolres "
            "Sintang menjaga gudang KPU.",
            ("Polres Sintang",),
        ),
        (
            "Personel berjaga di gudang. ANTARA/HO/Polda Kaltara\nPolres Bulungan "
            "menjaga gudang KPU.",
            ("Polresta Bulungan",),
        ),
        # A Polda that would send help only if it were needed takes no part.
        (
            "Polres Sintang menjaga gudang KPU. Jika diperlukan, Polda Kalbar siap "
            "mengirim bantuan personel.",
            ("Polres Sintang",),
        ),
        (
            "Polres Sintang menjaga gudang KPU. Polda Kalbar akan menambah pasukan "
            "apabila situasi memburuk.",
            ("Polres Sintang",),
        ),
        (
            "Polres Sintang menjaga gudang KPU. Polda Kalbar mengirim bantuan "
            "personel ke Sintang.",
            ("Polres Sintang", "Polda Kalbar"),
        ),
    ],
)
def test_units_named_for_another_time_or_role(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # Units outside Kalimantan (session 9): the province written after an
        # unknown unit's name is not part of it ...
        ("Personel Polres Garut Jawa Barat berjaga di TPS.", ("Polres Garut",)),
        ("Kapolsek Cibiru Jabar meninjau TPS.", ("Polsek Cibiru",)),
        ("Polres Lombok Timur NTB menggelar apel.", ("Polres Lombok Timur",)),
        # ... unless the province's one-word name is part of a city's name
        ("Polresta Banda Aceh menggelar apel.", ("Polresta Banda Aceh",)),
        ("Polresta Bandar Lampung menggelar apel.", ("Polresta Bandar Lampung",)),
        # An unknown unit after its commander's title, his rank after it.
        ("Kapolres Serang Kota AKBP Budi meninjau TPS.", ("Polres Serang Kota",)),
        ("Wakapolres Cianjur, Kompol Budi, memimpin apel.", ("Polres Cianjur",)),
        # ... but a commander named without a rank after is no unit
        ("Apel dipimpin Kapolres Teguh di halaman.", ()),
    ],
)
def test_units_outside_kalimantan(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("line", "units"),
    [
        # A line that credits the text or the photo names a press office, not a
        # unit at work (session 9) ...
        ("Rilis: Bidhumas Polda Kalbar", ()),
        ("Oleh: Bid Humas Polda Kalteng", ()),
        ("Sumber berita: Humas Polda Kaltim", ()),
        ("Foto: Dok. Polda Kalsel", ()),
        ("Tim Liputan Humas Polda Kaltara", ()),
        # ... and a line listing another story names its units for that story
        ("Berita terkait: Kapolda Kalbar Tinjau Gudang Logistik", ()),
        # ... but a caption whose unit is at work, and the body's own sentences, do
        ("Foto: Kapolres Melawi meninjau gudang logistik.", ("Polres Melawi",)),
        ("Kabid Humas Polda Kalbar mengatakan situasi aman.", ("Polda Kalbar",)),
    ],
)
def test_credit_and_related_lines(line, units):
    text = f"Personel berjaga di gudang KPU.\n{line}"
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # A place at a unit's seat named only as the venue (session 9) ...
        (
            "Polres Mahakam Ulu mengawal logistik yang berangkat dari pelabuhan Polsek "
            "Long Bagun.",
            ("Polres Mahakam Ulu",),
        ),
        (
            "Polda Kaltim menggelar apel di halaman Polres Paser bersama KPU.",
            ("Polda Kaltim",),
        ),
        (
            "Satbrimob Polda Kalteng tiba di dermaga Polsek Kahayan Hilir pagi tadi.",
            ("Satbrimob Polda Kalteng",),
        ),
        # A Satbrimob's headquarters as the venue of a Polda's apel (session 18)
        (
            "Kapolda Kaltim memimpin apel di Mako Satbrimob Polda Kaltim pagi ini.",
            ("Polda Kaltim",),
        ),
        (
            "Kapolda Kaltim memimpin apel di Markas Brigade Mobil (Brimob) Polda "
            "Kaltim pagi ini.",
            ("Polda Kaltim",),
        ),
        # ("Wapolda": a deputy written short, as "Wakapolda")
        ("Wapolda Kalteng meninjau gudang logistik di Sampit.", ("Polda Kalteng",)),
        # ... but a unit at work elsewhere in the text, or whose chief is named
        # bare, takes part
        (
            "Apel digelar di halaman Polres Paser. Personel Polres Paser lalu "
            "bergerak ke TPS.",
            ("Polres Paser",),
        ),
        (
            "Apel digelar di lapangan Polres Paser. Kapolres memeriksa kesiapan "
            "personel.",
            ("Polres Paser",),
        ),
    ],
)
def test_a_units_seat_as_a_venue(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # A venue at a unit's seat beside another unit of its kind at work: the
        # bare "Kapolres" is the chief of the one at work (session 9, a probe).
        (
            "Personel Polres Sintang berkumpul di halaman Polres Melawi. Kapolres "
            "memimpin pemberangkatan ke TPS.",
            ("Polres Sintang",),
        ),
        (
            "Polres Landak mengirim bantuan. Apel digelar di Mapolres Sanggau, lalu "
            "Kapolres melepas personel.",
            ("Polres Landak",),
        ),
        # A credit or another story's headline the reader ran into a paragraph.
        (
            "Gudang dijaga selama 24 jam oleh Polres Sintang. Rilis: Bidhumas Polda "
            "Kalbar",
            ("Polres Sintang",),
        ),
        (
            "Gudang dijaga oleh Polres Sintang sejak pagi di Berita terkait: Kapolda "
            "Kalbar Tinjau Gudang",
            ("Polres Sintang",),
        ),
    ],
)
def test_venues_and_credits_run_into_the_text(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # Units of a kind named as a group ("para Kapolres", "13 polres se-Polda",
        # "Polres jajaran") are not the story's own: a Polres named only as a
        # venue stays a venue.
        (
            "Polda Kalbar menggelar apel di halaman Mapolres Sambas, diikuti para "
            "Kapolres dan 14 polres se-Polda Kalbar secara daring.",
            ("Polda Kalbar",),
        ),
        (
            "Polda Kalsel dan Polres jajaran siaga. Apel digelar di halaman Mapolres "
            "Tanah Laut.",
            ("Polda Kalsel",),
        ),
        # A Polresta is a Polres: "anggota Polres" there is the Polresta's.
        (
            "Polresta Balikpapan menurunkan anggota Polres dibantu BKO. Apel "
            "digelar di halaman Mapolres Paser.",
            ("Polresta Balikpapan",),
        ),
        # A unit named as a parent is not at work, so its venue stays a venue.
        (
            "Polres Bengkayang Polda Kalbar menggelar patroli. Massa sempat "
            "berkumpul di depan Mapolda Kalbar.",
            ("Polres Bengkayang",),
        ),
        # ... while a chief named bare still makes the venue his unit at work.
        (
            "Apel digelar di Mapolres Sintang. Kapolres memeriksa kesiapan personel.",
            ("Polres Sintang",),
        ),
    ],
)
def test_a_venue_beside_units_named_as_a_group(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # An English service's page: the province's police is its Polda, a city's
        # or regency's police its Polres (a Polresta when it is one).
        (
            "The East Kalimantan Regional Police sent officers to help Bontang "
            "Police guard the warehouse.",
            ("Polda Kaltim", "Polres Bontang"),
        ),
        (
            "The Kalsel Police Chief visited Banjarmasin City Police.",
            (
                "Polda Kalsel",
                "Polresta Banjarmasin",
            ),
        ),
        # A machine translation into French.
        (
            "Le chef de la police du Kalimantan de l'Ouest a visité la police de "
            "Sambas.",
            ("Polda Kalbar", "Polres Sambas"),
        ),
        ("La police de Kalteng a déployé 300 agents.", ("Polda Kalteng",)),
        # "the police" and the national force name no unit.
        ("The National Police and the police of the city were ready.", ()),
    ],
)
def test_units_named_in_english_or_french(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # "Brimobda" is the Polda's Brimob ("da" for "daerah"), named with its Polda.
        (
            "Polres Tapin dibantu 20 personel Brimobda Polda Kalsel.",
            ("Polres Tapin", "Satbrimob Polda Kalsel"),
        ),
        # A sector named with its district's word is that sector.
        ("Kapolsek Kecamatan Rindang memimpin patroli.", ("Polsek Rindang",)),
        # A word of the sentence typed with a capital is no sector's name.
        (
            "Polsek Rindang berpatroli. Kapolsek Juga mengimbau warga.",
            ("Polsek Rindang",),
        ),
        # The chief called by his name, written with his rank elsewhere.
        (
            "Polsek Rindang dipimpin AKP Budiman Siregar berpatroli. Patroli "
            "dipimpin langsung Kapolsek Budiman.",
            ("Polsek Rindang",),
        ),
        # A programme's name after "Polsek" is no sector.
        ("Polsek Rindang sebagai Polsek Harkamtibmas hadir.", ("Polsek Rindang",)),
    ],
)
def test_sector_and_brimob_forms(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # The host's tag after the dateline's place, before the dash.
        (
            "Rindang_Polda Kalbar – Polres Sintang menggelar rapat.",
            ("Polres Sintang",),
        ),
        ("SINTANG, Polda Kalbar – Polres Sintang berpatroli.", ("Polres Sintang",)),
        # The press office signing the text off on a line of its own.
        (
            "Polsek Rindang berpatroli.\nHumas Polda Kaltim.\nBagikan",
            ("Polsek Rindang",),
        ),
        # ... but a Polda at work on its line stays.
        (
            "Polsek Rindang berpatroli.\nHumas Polda Kaltim menyebarkan imbauan.",
            ("Polsek Rindang", "Polda Kaltim"),
        ),
    ],
)
def test_host_tags_and_sign_offs(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # A page cut off mid-word in its last unit: the one unit whose place
        # starts so.
        (
            "Debat dijaga ketat dengan dukungan penuh dari Polres Kutai Bar",
            ("Polres Kutai Barat",),
        ),
        (
            "Pengamanan TPS dilakukan personel Polres Koti",
            ("Polres Kotawaringin Timur",),
        ),
        # Two units start so ("Kutai Barat", "Kutai Timur", ...): none is read.
        ("Personel gabungan dari Polres Kutai", ()),
    ],
)
def test_a_unit_cut_off_at_the_pages_end(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # A story that names no unit at work: the headquarters' unit hosts it.
        (
            "Dandim menyampaikan itu usai apel gelar pasukan di Mapolres Sintang.",
            ("Polres Sintang",),
        ),
        # ... but beside a unit at work it stays a venue.
        (
            "Polsek Rindang berpatroli. Apel digelar di halaman Mapolres Sintang.",
            ("Polsek Rindang",),
        ),
    ],
)
def test_a_headquarters_alone_hosts_the_story(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # More Polres after one, their "Polres" left out, in a list that ends with
        # "dan"/"serta" (session 14: two tune pages, one validation page).
        (
            "Bantuan BKO datang dari Polres Lamandau dan Sukamara, masing-masing "
            "satu pleton.",
            ("Polres Lamandau", "Polres Sukamara"),
        ),
        (
            "Empat Polres tetangga, yakni Polres HST, HSS, Balangan serta Tapin, "
            "mengirim personel.",
            (
                "Polres Hulu Sungai Tengah",
                "Polres Hulu Sungai Selatan",
                "Polres Balangan",
                "Polres Tapin",
            ),
        ),
        # A comma alone may lead to the place of the sentence: no list.
        (
            "Kata Kapolres Kotim, Sampit, pada Senin pagi.",
            ("Polres Kotawaringin Timur",),
        ),
        # A word that is no place ends the list.
        ("Polres Sintang dan warga menanam pohon.", ("Polres Sintang",)),
        # A listed Polres named "Malinau" is no headquarters ("Mapolres").
        (
            "Polres Bulungan dan Malinau menggelar patroli bersama.",
            ("Polresta Bulungan", "Polres Malinau"),
        ),
    ],
)
def test_polres_listed_after_one(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # A Polda named only as the one whose order the unit follows takes no part
        # (session 14: three tune pages).
        (
            "Polres Sintang menggelar simulasi, sesuai perintah Kapolda Kalbar, "
            "untuk bersiap menghadapi pemungutan suara.",
            ("Polres Sintang",),
        ),
        (
            "Kapolres Katingan mengatakan, sesuai dengan instruksi Kapolda Kalteng, "
            "separuh kekuatan diturunkan.",
            ("Polres Katingan",),
        ),
        # ... but a Polda also named at work stays.
        (
            "Sesuai arahan Kapolda Kalsel, Polres Tapin berjaga. Polda Kalsel juga "
            "mengirim dua pleton.",
            ("Polres Tapin", "Polda Kalsel"),
        ),
        # Whatever word leads to the order, and a Polda a report goes up to
        # (session 18).
        (
            "Polres Sintang berpatroli malam, menindaklanjuti instruksi Kapolda "
            "Kalbar kepada jajarannya.",
            ("Polres Sintang",),
        ),
        (
            "Penjagaan gudang oleh Polres Kapuas itu sebagaimana diperintahkan oleh "
            "Kapolda Kalteng pekan lalu.",
            ("Polres Kapuas",),
        ),
        (
            "Polres Tapin menyisir jalan desa; hasil patroli lalu dilaporkan kepada "
            "Kapolda Kalsel.",
            ("Polres Tapin",),
        ),
        (
            "Polres Tapin menyisir jalan desa dan membuat laporan harian ke Polda "
            "Kalsel.",
            ("Polres Tapin",),
        ),
        # A press office credited in brackets under a photo: no unit at work.
        ("Warga antre di TPS. (Humas Polres Melawi/Kabarku)", ()),
        ("Kotak suara tiba di gudang. (Humas Polres Melawi)", ()),
    ],
)
def test_units_that_only_order_or_credit(text, units):
    assert unique_units(find_units(text, GAZ)) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # The order of a staff officer of the Polda, or "atas/berdasarkan petunjuk"
        # (session 15; the README's session-10 ruling).
        (
            "Atas petunjuk Karo Ops Polda Kalteng, Polres Seruyan mendatangi warga.",
            ("Polres Seruyan",),
        ),
        (
            "Berdasarkan arahan Kapolda Kaltara, Polres Malinau memperketat jaga.",
            ("Polres Malinau",),
        ),
        # An order from Mabes Polri and the Polda together (session 17: two tune
        # pages).
        (
            "Polres Sekadau menggelar latihan atas arahan dari Mabes Polri dan Polda "
            "Kalbar.",
            ("Polres Sekadau",),
        ),
        (
            "Kapolres Berau menyebut latihan itu merupakan arahan langsung dari Mabes "
            "Polri, juga Polda Kaltim.",
            ("Polres Berau",),
        ),
        # A unit that only mapped or recorded the risk takes no part.
        (
            "Desa itu rawan menurut pemetaan yang dilakukan oleh Polda Kalsel. "
            "Polres Tapin menambah patroli.",
            ("Polres Tapin",),
        ),
        (
            "Kecamatan itu rawan, sebagaimana dipetakan oleh Polda Kalbar. "
            "Polres Landak berjaga.",
            ("Polres Landak",),
        ),
        # A sector named only as a jurisdiction, like a Polres.
        (
            "Polsek Muara Ancalong berpatroli agar wilayah hukum Polsek Muara Bengkal "
            "juga tenang.",
            ("Polsek Muara Ancalong",),
        ),
        # The title's short form in brackets between the kind and the name.
        ("Kepala Polda (Kapolda) Kalsel meninjau gudang.", ("Polda Kalsel",)),
        (
            "Kepala Polres (Kapolres) Tanah Laut memimpin apel.",
            ("Polres Tanah Laut",),
        ),
        # A page's keyword tags on a line of their own name no unit at work.
        (
            "Polres Katingan menjaga gudang.\n"
            "Polres Katingan, Kapolres Katingan, AKBP Ahmad, Polda Kalteng, Kapolda "
            "Kalteng, Kabupaten Katingan\n",
            ("Polres Katingan",),
        ),
    ],
)
def test_units_that_map_tag_or_bound_a_jurisdiction(text, units):
    assert unique_units(find_units(text, GAZ)) == units
