"""Dateline forms of real news pages (issue 11), one row each, in our own words."""

from __future__ import annotations

import pytest

from arsip_extract.dateline import find_dateline
from arsip_extract.stamps import find_stamp, parse_stamp


@pytest.mark.parametrize(
    "paragraph, place, outlet, rest",
    [
        ("TRIBUNKALTARA.COM, TANJUNG SELOR - Polisi berjaga.", "Tanjung Selor",
         "TRIBUNKALTARA.COM", "Polisi berjaga."),
        ("Tarakan (ANTARA) - Polisi berjaga.", "Tarakan", "ANTARA", "Polisi berjaga."),
        ("Tanjung, (AntaranewsKalsel) - Polisi berjaga.", "Tanjung",
         "AntaranewsKalsel", "Polisi berjaga."),
        ("TANJUNG, metro9.co.id – Polisi berjaga.", "Tanjung", "metro9.co.id",
         "Polisi berjaga."),
        ("TARAKAN - kabarutara.com Polisi berjaga.", "Tarakan", "kabarutara.com",
         "Polisi berjaga."),
        ("Sintang,(Kalbarkita.com)-Polisi berjaga.", "Sintang", "Kalbarkita.com",
         "Polisi berjaga."),
        ("KBRN, Tarakan : Polisi berjaga.", "Tarakan", "RRI", "Polisi berjaga."),
        ("NUNUKAN, Polda Kaltara, Polres Nunukan – Polisi berjaga.", "Nunukan", None,
         "Polisi berjaga."),
        ("Polda Kalbar, Polres Sambas, Polsek Sambas, 25 November 2024 – Apel.",
         "Sambas", None, "Apel."),
        ("Polres Berau, Gunung Tabur – Apel.", "Gunung Tabur", None, "Apel."),
        ("Polres Kapuas – Apel.", "Kapuas", None, "Apel."),
        # a province after the place is a region, not an outlet (Kalimantan or not)
        ("Maros, Sulawesi Selatan – Apel.", "Maros", None, "Apel."),
        ("Ketapang, Kalimantan Barat – Apel.", "Ketapang", None, "Apel."),
        ("Bintan, Kepri – Apel.", "Bintan", None, "Apel."),
        ("KALBAR-SINTANG – Polisi berjaga.", "Sintang", None, "Polisi berjaga."),
        ("Tarakan-TNI AL, utaranews.com. — Patroli laut.", "Tarakan", "utaranews.com",
         "Patroli laut."),
        ("Tribratanews.polri.go.id - Malinau. Polisi berjaga.", "Malinau",
         "Tribratanews.polri.go.id", "Polisi berjaga."),
        ("KABARSITUS.CO – Polisi berjaga.", None, "KABARSITUS.CO", "Polisi berjaga."),
        ("PR KALTENG – Polisi berjaga.", None, "PR KALTENG", "Polisi berjaga."),
        ("WARTA KOBAR | Polisi berjaga.", None, "Warta Kobar", "Polisi berjaga."),
        ("SAMARINDA | BeritaHukumKu : Polisi berjaga.", "Samarinda", "BeritaHukumKu",
         "Polisi berjaga."),
        ("TANJUNG REDEB, PORTALKITA – Polisi berjaga.", "Tanjung Redeb", "PORTALKITA",
         "Polisi berjaga."),
        ("HARIAN BORNEO (KUBU RAYA) – Polisi berjaga.", "Kubu Raya", "HARIAN BORNEO",
         "Polisi berjaga."),
        ("KUTAI BARAT, Kubarnews.id- Polisi berjaga.", "Kutai Barat", "Kubarnews.id",
         "Polisi berjaga."),
        ("Kubu Raya, KabarRayaTV. Polisi berjaga.", "Kubu Raya", "KabarRayaTV",
         "Polisi berjaga."),
        ("BATULICIN, Polres Tanah Bumbu melaksanakan apel.", "Batulicin", None,
         "Polres Tanah Bumbu melaksanakan apel."),
        ("Sanggau Kalbar, SanggauKini.com –", "Sanggau", "SanggauKini.com", ""),
        ("TARAKAN -", "Tarakan", None, ""),
        ("Kotaku.com – Sintang, Kalbar. Polisi berjaga.", "Sintang", "Kotaku.com",
         "Polisi berjaga."),
        ("Sambas, KABARKITA.ID", "Sambas", "KABARKITA.ID", ""),
        ("Banjarmasin, 26 November 2024", "Banjarmasin", None, ""),
        ("Kapolres Tabalong, AKBP Ahmad Yani, menerangkan rencana.", None, None, None),
        ("Sabtu, 10 Februari 2024", None, None, None),
        # Session 3: a brand running capitals into a word; a bar after the site; the
        # agency in brackets after a region; a caption's label is no place.
        ("KUTAIKabar – Polisi berjaga.", None, "KUTAIKabar", "Polisi berjaga."),
        ("Katingan, kabarkita.com | Polisi berjaga.", "Katingan", "kabarkita.com",
         "Polisi berjaga."),
        ("Kapolres Katingan AKBP Budi. (Rudi/Situs) | Polisi berjaga.", None, None,
         None),
        ("Nanga Bulik, Lamandau (ANTARA) - Polisi berjaga.", "Nanga Bulik", "ANTARA",
         "Polisi berjaga."),
        ("APEL PASUKAN - Polda Kalteng menggelar apel.", None, None, None),
        # Session 17: a brand ending in a press word, then a place without a comma;
        # a brand named after its town keeps the town.
        ("Kabar Kita News Kukar – Polisi berjaga.", "Kukar", "Kabar Kita News",
         "Polisi berjaga."),
        ("Situsnews Muara Teweh- Polisi berjaga.", "Muara Teweh", "Situsnews",
         "Polisi berjaga."),
        ("Radar Sampit – Polisi berjaga.", None, "Radar Sampit", "Polisi berjaga."),
    ],
)  # fmt: skip
def test_dateline_forms(paragraph, place, outlet, rest):
    found = find_dateline(paragraph)
    if rest is None:
        assert found is None
        return
    assert (found.place, found.outlet, found.rest) == (place, outlet, rest)
    assert found.alone == (rest == "")


@pytest.mark.parametrize(
    "line, iso, has_time",
    [
        ("Senin, 29 Jan 2024 17:34 WIB", "2024-01-29T17:34:00+07:00", True),
        ("Selasa, 13 Februari 2024 14:13WIB", "2024-02-13T14:13:00+07:00", True),
        ("04 Des 2024, 18:21:30 WITA", "2024-12-04T18:21:30+08:00", True),
        ("2 Februari 2024 | 10:05 WIB", "2024-02-02T10:05:00+07:00", True),
        ("Aug 23, 2024", "2024-08-23T00:00:00+07:00", False),
        ("- 9 Desember 2024, 08:51 WIB", "2024-12-09T08:51:00+07:00", True),
        ("Diterbitkan 2024-02-10T16:20:00+08:00", "2024-02-10T16:20:00+08:00", True),
        ("13/02/2024 16:40", "2024-02-13T16:40:00+07:00", True),
        ("Kamis, 12 Desember 2024 4:33", "2024-12-12T04:33:00+07:00", True),
    ],
)
def test_stamp_alone_on_its_line(line, iso, has_time):
    stamp = parse_stamp(line)
    assert (stamp.when.isoformat(), stamp.has_time) == (iso, has_time)


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Penulis: Rina | Editor: Hendra | Senin, 12 Feb 2024 17:34 WIB",
         "2024-02-12T17:34:00+07:00"),
        ("Oleh Redaksi - Minggu, 24 November 2024 | 19:05 WIB",
         "2024-11-24T19:05:00+07:00"),
        ("Kompas.com - 14/02/2024, 06:45 WIB", "2024-02-14T06:45:00+07:00"),
    ],
)  # fmt: skip
def test_stamp_inside_a_byline(line, iso):
    assert parse_stamp(line) is None  # not a stamp alone ...
    assert find_stamp(line).when.isoformat() == iso  # ... but one is written in it


def test_impossible_stamp_is_none():
    assert find_stamp("31 Februari 2024 10:00 WIB") is None


def test_a_polda_dateline_going_on_with_the_acting_polres_gives_its_place():
    from arsip_extract.dateline import find_dateline

    found = find_dateline(
        "Polda Kalteng – Polres Katingan, Senin, 25 November 2024, di halaman Mapolres"
    )
    assert found.place == "Katingan"


# --- Session 5: forms of small portals seen on unseen pages (own words) -------------


@pytest.mark.parametrize(
    "paragraph, place, outlet, rest",
    [
        # The site, two bars, the region, alone on a line.
        ("Warta Humas Polri|| Kalteng", "Kalteng", "Warta Humas Polri", ""),
        ("Kabar Bhayangkara ||Kalimantan Timur", "Kalimantan Timur",
         "Kabar Bhayangkara", ""),
        # A full stop after the site, then the place and a full stop.
        ("Kabarsungai.info. Sampit. Ratusan personel berangkat ke kecamatan.",
         "Sampit", "Kabarsungai.info", "Ratusan personel berangkat ke kecamatan."),
        # A Polda's chain with a dash after the Polres as well.
        ("Polda Kaltim – Polres Paser – Pada hari kedua masa tenang, patroli digelar.",
         "Paser", None, "Polres Paser – Pada hari kedua masa tenang, patroli digelar."),
        # A place in capitals glued to the first word: a guess.
        ("SENDAWARMenjelang rapat pleno, polisi menyisir gedung.", "Sendawar", None,
         "Menjelang rapat pleno, polisi menyisir gedung."),
    ],
)  # fmt: skip
def test_small_portal_datelines(paragraph, place, outlet, rest):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet, found.rest) == (place, outlet, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Masing-masing polres mengirim tiga puluh personel ke perbatasan.",
        "Sama-sama menjaga keamanan, warga dan polisi berpatroli.",
        "Masing-",
        "Kalbar || Kalteng",
    ],
)
def test_no_dateline(paragraph):
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph, place, outlet, rest",
    [
        # A brand in capitals first, then a seat the gazetteer knows: the seat is
        # the place, whichever order the portal writes them in.
        ("LENSA DAYAK, Kuala Kapuas – Polisi menjaga gudang logistik.", "Kuala Kapuas",
         "LENSA DAYAK", "Polisi menjaga gudang logistik."),
        ("PUNCAKMERATUS, KANDANGAN – Apel pasukan digelar pagi ini.", "Kandangan",
         "PUNCAKMERATUS", "Apel pasukan digelar pagi ini."),
        # A brand alone before the dash: ".id" written as a word, or NETWORK.
        ("BORNEO RAYA ID – Polisi menjaga gudang logistik.", None, "BORNEO RAYA",
         "Polisi menjaga gudang logistik."),
        ("KHATULISTIWA NETWORK – Polisi menjaga gudang logistik.", None,
         "KHATULISTIWA NETWORK", "Polisi menjaga gudang logistik."),
        # The humas site of a Polres names itself: the unit's place is the dateline.
        ("Humas Polres Ketapang - Personel berjaga di kantor KPU.", "Ketapang",
         "Humas Polres Ketapang", "Personel berjaga di kantor KPU."),
        # A known place, then the outlet, alone on its line (no dash).
        ("Sintang, Media Dayak", "Sintang", "Media Dayak", ""),
        # The place, a dash, then the outlet and a comma, alone on its line.
        ("Tabalong – Kabar Tanjung,", "Tabalong", "Kabar Tanjung", ""),
        # A brand opened by a lowercase letter, then the place and its paper's code.
        ("eBorneo – Sintang-EB. Polisi menjaga gudang logistik.", "Sintang",
         "eBorneo", "Polisi menjaga gudang logistik."),
    ],
)  # fmt: skip
def test_brand_and_place_in_either_order(paragraph, place, outlet, rest):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet, found.rest) == (place, outlet, rest)


def test_two_places_alone_on_a_line_are_no_dateline():
    assert find_dateline("Sintang, Kubu Raya") is None


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Sel, 12 Nov 2024", "2024-11-12"),
        ("Kam, 7 Nov 2024 10:15", "2024-11-07"),
        ("Min. 3 Mar 2024", "2024-03-03"),
    ],
)
def test_a_short_weekday_opens_a_stamp(line, iso):
    assert parse_stamp(line).when.date().isoformat() == iso


@pytest.mark.parametrize("line", ["Kampanye 12 Februari 2024", "Jumlah, 12 Nov 2024"])
def test_a_word_starting_like_a_weekday_is_no_stamp(line):
    assert parse_stamp(line) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # A rank written with stops opens the paragraph: an officer, never a place.
        "Irjen Pol. Budi Santoso, S.I.K., M.H., Kapolda Kalbar memimpin apel pagi.",
        "Kombes Pol. Adi Nugroho, S.H., Kapolresta memeriksa kesiapan personel.",
        "KOMBES POL. ADI NUGROHO – Kapolresta memeriksa kesiapan personel.",
        "Letkol Inf. Rudi Hartono, Dandim setempat, meninjau gudang logistik.",
    ],
)
def test_a_rank_opening_the_paragraph_is_no_dateline(paragraph):
    found = find_dateline(paragraph)
    assert found is None or found.place is None


@pytest.mark.parametrize(
    "paragraph, place, outlet",
    [
        # A name the gazetteer does not know, then a place it knows: the outlet
        # first, whatever its case (on the tune pages 20 of 20 read so).
        ("Kabarseberang, Putussibau – Warga berjaga.", "Putussibau", "Kabarseberang"),
        ("Warta Seberang, Ketapang – Warga berjaga.", "Ketapang", "Warta Seberang"),
        # Two places the gazetteer knows: the first is the dateline, the second no
        # outlet.
        ("Tanjung Redeb, Berau – Warga berjaga.", "Tanjung Redeb", None),
        ("Sungai Raya, Kubu Raya – Warga berjaga.", "Sungai Raya", None),
    ],
)
def test_an_unknown_name_before_a_known_place_is_the_outlet(paragraph, place, outlet):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet) == (place, outlet)


@pytest.mark.parametrize(
    "paragraph, place, outlet, rest",
    [
        # Session 8: an outlet's tag the list does not know beside a place the
        # gazetteer knows, in the forms pages write it (brands invented).
        ("RIMBAPOS | Sintang – Warga berjaga.", "Sintang", "RIMBAPOS", "Warga"),
        ("Rimbakabar.com | SINTANG, KALBAR – Warga.", "Sintang", "Rimbakabar.com", "W"),
        (
            "Bid Warta Rimba – Ketapang. Polres berjaga.",
            "Ketapang",
            "Bid Warta Rimba",
            "P",
        ),
        ("rimbakabar – SANGGAU, Kapolres hadir.", "Sanggau", "rimbakabar", "Kapolres"),
        ("SANGGAU, rimbaKU – Kapolres hadir.", "Sanggau", "rimbaKU", "Kapolres"),
        ("Kubu Raya, Rimbakabar. Polres berjaga.", "Kubu Raya", "Rimbakabar", "Polres"),
        ("RIMBAKABAR (LANDAK) – Polres berjaga.", "Landak", "RIMBAKABAR", "Polres"),
        ("SAMARINDA.RIMBAKABAR– Polda berjaga.", "Samarinda", "RIMBAKABAR", "Polda"),
        ("Rimbakabar.com,Sintang", "Sintang", "Rimbakabar.com", ""),
        ("Rimbakabar.comSintang Kalbar", "Sintang", "Rimbakabar.com", ""),
        (
            "Warta Rimba wartarimba.com, Sintang - Warga.",
            "Sintang",
            "wartarimba.com",
            "W",
        ),
        # the address tells the brand apart: the place need not be known
        (
            "Rimbakabar.news-kelotok,Senin 2/9/2024. Warga.",
            "Kelotok",
            "Rimbakabar.news",
            "W",
        ),
        (
            "RIMBAKABAR.CO, Tana kelotok — Warga berjaga.",
            "Tana Kelotok",
            "RIMBAKABAR.CO",
            "W",
        ),
    ],
)
def test_an_unlisted_tag_beside_a_known_place(paragraph, place, outlet, rest):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet) == (place, outlet)
    assert found.rest.startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "SANGGAU,SP – Polres berjaga.",  # a code of two letters: no outlet's name
        "Situs.id - Kapolresta Sintang, Kombes Pol Andi, berkata.",  # a post, no place
        "SITUS.COM – Polres Sintang, Polda Kalbar. melaksanakan patroli.",
        "Senin – Sintang. Warga berjaga.",  # a weekday, no tag
        "KALBAR | Sintang – Warga berjaga.",  # a province, no tag
    ],
)
def test_no_unlisted_tag(paragraph):
    found = find_dateline(paragraph)
    assert found is None or found.outlet in (None, "Situs.id", "SITUS.COM")
    assert found is None or found.place not in ("Kapolresta Sintang", "Polres Sintang")


@pytest.mark.parametrize(
    "paragraph, place, outlet",
    [
        # Session 8: one word opened by a press word is a brand, not a place.
        ("WARTAHULU – Polres berjaga.", None, "WARTAHULU"),
        ("Kabarseberang – Polres berjaga.", None, "Kabarseberang"),
        ("Lensariam - Polres berjaga.", None, "Lensariam"),
        # a word with a suffix, or a place, stays a place
        ("INFORMASI – Polres berjaga.", "Informasi", None),
        ("Jurnalis – Polres berjaga.", "Jurnalis", None),
        ("SINTANG – Polres berjaga.", "Sintang", None),
    ],
)
def test_one_word_opened_by_a_press_word_is_a_brand(paragraph, place, outlet):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet) == (place, outlet)


@pytest.mark.parametrize(
    "paragraph, place, outlet",
    [
        # Session 8: more places of an unlisted tag beside a known place.
        ("Barabai –Rimbanusa,", "Barabai", "Rimbanusa"),  # the name after the dash
        ("Rimbanusa – Sekadau-RK. Warga berjaga.", "Sekadau", "Rimbanusa"),
        ("Rimbanusa – Nanga Pinoh–RK. Warga berjaga.", "Nanga Pinoh", "Rimbanusa"),
        ("Pontianak, Rimbanusa", "Pontianak", "Rimbanusa"),  # alone on its line
        ("Pontianak, Kalimantan Barat", "Pontianak", None),  # a province, no tag
    ],
)
def test_an_unlisted_tag_after_or_before_a_known_place(paragraph, place, outlet):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet) == (place, outlet)


@pytest.mark.parametrize(
    "paragraph, place",
    [
        # Session 8: a known place with its comma set apart ("Nunukan , …"), a place
        # with the paper's code after a colon ("Kelotok:KM – …").
        ("Nunukan , Warga tiga desa bergotong royong.", "Nunukan"),
        ("Kelotok:KM – Warga tiga desa bergotong royong.", "Kelotok"),
        ("Andi , Kapolres hadir.", None),  # no known place
        ("Editor:KM – Warga tiga desa.", None),  # a byline's label
    ],
)
def test_a_place_with_a_spaced_comma_or_a_code(paragraph, place):
    found = find_dateline(paragraph)
    assert (found.place if found else None) == place


def test_a_name_in_capitals_then_a_bar_then_the_story_is_the_outlet():
    found = find_dateline(
        "RIMBANUSA | Kepolisian Resor Sanggau mengerahkan seratus personel untuk "
        "menjaga gudang logistik."
    )
    assert (found.place, found.outlet) == (None, "Rimbanusa")
    title = find_dateline("RIMBANUSA | Rapat Pleno")  # a short line: a title's bar
    assert title is None or title.outlet != "Rimbanusa"


@pytest.mark.parametrize(
    "paragraph, place",
    [
        # Session 8: a chain of units without commas, ended by a dash or a stop.
        ("Polres Hulu Sungai Tengah Polda Kalimantan Selatan – Warga berjaga.", None),
        ("Polsek Kelotok Polres Kapuas Jajaran Polda Kalteng. Warga berjaga.", None),
        ("Polres Sintang Polda Kalbar menggelar apel pagi ini.", "none"),  # a sentence
    ],
)
def test_a_chain_of_units_without_commas(paragraph, place):
    found = find_dateline(paragraph)
    if place == "none":
        assert found is None
    else:
        expected = paragraph.split(" Pol")[0].split(" ", 1)[1]
        assert found.place == expected


def test_every_tag_form_has_its_screen():
    """Each of _TAG_FORMS has the characters it needs in _TAG_NEEDS, in order."""
    from arsip_extract import dateline

    assert len(dateline._TAG_NEEDS) == len(dateline._TAG_FORMS)


@pytest.mark.parametrize(
    "paragraph, place, outlet",
    [
        # Session 10: a colon after a known place in title case, as in capitals
        ("Tanjung Selor : Polisi berjaga.", "Tanjung Selor", None),
        ("BONTANG : Polisi berjaga.", "Bontang", None),
        # a code of three letters before the known place names no outlet, whatever
        # the separator; a longer tag does
        ("QRS, Tarakan : Polisi berjaga.", "Tarakan", None),
        ("QRS, NUNUKAN – Polisi berjaga.", "Nunukan", None),
        ("KBRN, Tarakan : Polisi berjaga.", "Tarakan", "RRI"),
        ("SITUSKU, NUNUKAN – Polisi berjaga.", "Nunukan", "SITUSKU"),
    ],
)
def test_colon_datelines_and_codes_before_the_place(paragraph, place, outlet):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet, found.rest) == (place, outlet, "Polisi berjaga.")


@pytest.mark.parametrize(
    "paragraph", ["Editor : Rina Wulandari", "Kategori : Berita", "Sumber, Tarakan : X"]
)
def test_a_label_and_a_colon_is_no_dateline(paragraph):
    found = find_dateline(paragraph)
    assert found is None or found.place is None


@pytest.mark.parametrize(
    "paragraph, place, outlet",
    [
        # Session 10: a unit chain whose Polres is named by its kabupaten's
        # abbreviation; the abbreviation stays in capitals
        ("Polres PPU Polda Kaltim – Patroli malam.", "PPU", None),
        ("Polres HSU Polda Kalsel – Patroli malam.", "HSU", None),
        ("Polres Kukar Polda Kaltim – Patroli malam.", "Kukar", None),
        # a weekday after the place is no outlet's name
        ("SAMARINDA, Senin – Patroli malam.", "Samarinda", None),
    ],
)
def test_abbreviated_units_and_a_bare_weekday(paragraph, place, outlet):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet, found.rest) == (place, outlet, "Patroli malam.")


@pytest.mark.parametrize(
    "paragraph, place, outlet",
    [
        # Session 10: the dateline's dash written tight or spaced on one side only
        ("Banjarmasin, SITUSKU.CO.ID-Patroli malam.", "Banjarmasin", "SITUSKU.CO.ID"),
        ("KOTABARU, situsku.com-Patroli malam.", "Kotabaru", "situsku.com"),
        ("SITUSKU.COM, TANJUNG SELOR -Patroli malam.", "Tanjung Selor", "SITUSKU.COM"),
        ("SITUSKU.COM, TANJUNG SELOR–Patroli malam.", "Tanjung Selor", "SITUSKU.COM"),
        ("situsku.com - MALINAU -Patroli malam.", "Malinau", "situsku.com"),
        ("SITUSKU.COM, TANJUNG SELOR-Patroli malam.", "Tanjung Selor", "SITUSKU.COM"),
        ("situsku, SAMARINDA–Patroli malam.", "Samarinda", "situsku"),
        ("Polres Hulu Sungai Tengah Polda Kalsel -Patroli malam.", "Hulu Sungai Tengah",
         None),
    ],
)  # fmt: skip
def test_a_dash_written_tight_or_on_one_side(paragraph, place, outlet):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet, found.rest) == (place, outlet, "Patroli malam.")


def test_a_hyphenated_host_label_stays_in_the_address():
    # "situs.news-sampit": a lower-case word after the hyphen is no story.
    found = find_dateline("Situsku.news-sampit,Jum'at 19/1/2024. Patroli malam.")
    assert (found.place, found.outlet) == ("Sampit", "Situsku.news")


@pytest.mark.parametrize(
    "paragraph, place, outlet",
    [
        # Session 10: a colon closing a dateline with items after its known place,
        # or a unit whose place the gazetteer knows
        ("Bengkayang, situsku.com : Patroli malam.", "Bengkayang", "situsku.com"),
        ("Bengkayang, Kalbar : Patroli malam.", "Bengkayang", None),
        ("Polres Sanggau : Patroli malam.", "Sanggau", None),
    ],
)
def test_a_colon_after_a_known_place_and_its_items(paragraph, place, outlet):
    found = find_dateline(paragraph)
    assert (found.place, found.outlet, found.rest) == (place, outlet, "Patroli malam.")


@pytest.mark.parametrize(
    "paragraph", ["Polres Pusat : Patroli malam.", "Penulis, Editor : Rina Wulandari"]
)
def test_a_colon_after_no_known_place_is_no_dateline(paragraph):
    found = find_dateline(paragraph)
    assert found is None or found.place is None


@pytest.mark.parametrize(
    "paragraph, place, outlet, rest",
    [
        # Session 16: the site's address with its dot lost, or a space in its name.
        (
            "Wartabeta com, SINTANG-Kapolres Sintang meninjau gudang.",
            "Sintang",
            "Wartabeta.com",
            "Kapolres Sintang meninjau gudang.",
        ),
        (
            "Wartabeta,id,-Polres Sintang, Polda Kalbar, -Personel berjaga.",
            "Sintang",
            "Wartabeta.id",
            "Personel berjaga.",
        ),
        (
            "WARTA BETA.COM, NANGA PINOH – Personel berjaga.",
            "Nanga Pinoh",
            "WARTABETA.COM",
            "Personel berjaga.",
        ),
        # The place, two bars, then the site and its dash.
        (
            "SINTANG || wartabeta.com – Personel berjaga.",
            "Sintang",
            "wartabeta.com",
            "Personel berjaga.",
        ),
    ],
)
def test_site_written_loosely(paragraph, place, outlet, rest):
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.place, found.outlet, found.rest) == (place, outlet, rest)


@pytest.mark.parametrize(
    "paragraph",
    ["Personel com berjaga di gudang.", "Kapolres || Bupati meninjau gudang."],
)
def test_loose_site_forms_need_their_shape(paragraph):
    found = find_dateline(paragraph)
    assert found is None or found.outlet is None
