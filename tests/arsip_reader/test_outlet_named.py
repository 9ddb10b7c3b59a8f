"""How a page names its own site where no list knows it (issue 11, session 15).

Each case is a form met on real pages of hosts seen once, told in invented words: a
rule here must name a site the outlet list has never heard of.
"""

from __future__ import annotations

import pytest

from arsip_extract.dateline import find_dateline
from arsip_reader.frame import _outlet_of_tail
from arsip_reader.parse import parse_byline, parse_raw_text

_STORY = (
    "Personel gabungan menjaga gudang logistik pemilihan di halaman kantor kecamatan "
    "sejak pagi hingga malam hari, Rabu (6/11/2024). Kapolsek setempat mengatakan "
    "penjagaan dilakukan bergantian oleh enam personel setiap regu.\n"
    "Menurut dia, warga sekitar juga diminta melapor bila melihat hal yang mencurigakan "
    "di sekitar gudang tersebut."
)


def _read(*lines: str):
    return parse_raw_text("\n".join(lines), "x.txt")


def test_a_place_then_the_site_after_the_dash_is_a_dateline():
    parsed = _read(
        "Polisi Jaga Gudang Logistik Siang dan Malam",
        "FOTO : Personel berjaga di depan gudang logistik (Ist)",
        "Pewarta/editor : Fulan/R/red",
        "SINGKAWANG – situsbeta.com",
        _STORY,
    )
    assert parsed.outlet == "situsbeta.com"
    assert parsed.dateline_place == "Singkawang"
    assert parsed.title == "Polisi Jaga Gudang Logistik Siang dan Malam"


def test_a_known_place_before_a_dash_is_no_author():
    assert parse_byline("SINGKAWANG – situsbeta.com") is None
    assert parse_byline("Fulan Bin Fulan – situsbeta.com").author == "Fulan Bin Fulan"


def test_an_author_and_the_site_name_the_outlet():
    parsed = _read(
        "FOTO : Personel berjaga di depan gudang logistik [Fulan]",
        "Fulan Bin Fulan – situsbeta.com",
        f"SINGKAWANG – {_STORY}",
    )
    assert parsed.outlet == "situsbeta.com"


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Baca berita update lainnya dari Kabarbeta.id di Google News", "Kabarbeta.id"),
        (
            "Ikuti berita terkini dari Warta Beta di Google News, klik di sini",
            "Warta Beta",
        ),
        (
            "*) Ikuti berita terbaru WARTABETA.co di Google News ketuk link ini",
            "WARTABETA.co",
        ),
        ("Follow Google News Warta Beta dan Ikuti Beritanya", "Warta Beta"),
        ("Ikut berita menarik lainnya di Google News Kabarbeta.id", "Kabarbeta.id"),
        ("Ikuti berita terkini di Google News, klik di sini.", None),
        ("IKUTI BERITA LAINNYA DI GOOGLE NEWS", None),
        ("Cek Berita dan Artikel lainnya di Google News", None),
    ],
)
def test_a_google_news_prompt_names_the_site(line, site):
    assert _outlet_of_tail(line) == site


def test_a_courtesy_credit_opening_a_caption_is_no_dateline():
    caption = "IST/WARTA BETA : Kapolsek bersama camat meninjau gudang logistik."
    assert find_dateline(caption) is None
    parsed = _read(
        "Polisi Jaga Gudang Logistik Siang dan Malam",
        caption,
        f"NANGA BULIK – {_STORY}",
    )
    assert parsed.dateline_place == "Nanga Bulik"
    assert parsed.outlet == "WARTA BETA"


def test_a_share_count_glued_to_the_tag_is_dropped():
    found = find_dateline(f"00SITUSBETA.ID, Banjarbaru – {_STORY}")
    assert found is not None
    assert (found.place, found.outlet) == ("Banjarbaru", "SITUSBETA.ID")


@pytest.mark.parametrize(
    ("line", "site"),
    [
        (
            "situsbeta.go.id | develop by Dinas Beta | © 2019  | Privacy Policy",
            "situsbeta.go.id",
        ),
        ("Copyright 2024 Warta Beta", "Warta Beta"),
        ("Copyright © 2019-2024 wartabeta.id. All Rights Reserved", "wartabeta.id"),
        ("Hak cipta dilindungi undang-undang", None),
        ("Copyright 2024. All rights reserved.", None),
    ],
)
def test_a_footer_names_the_site(line, site):
    assert _outlet_of_tail(line) == site


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Tenggarong, Komisi Pemilihan Umum menerima kotak suara.", "Tenggarong"),
        ("**Tanah Laut** – Personel gabungan berjaga di gudang.", "Tanah Laut"),
    ],
)
def test_a_dateline_without_its_dash_or_in_bold(opening, place):
    found = find_dateline(opening)
    assert found is not None and found.place == place


def test_a_place_then_its_province_opens_a_sentence():
    found = find_dateline("Banjarbaru, Kalimantan Selatan, akan kembali menggelar.")
    assert found is None or found.place is None


def test_a_section_slug_over_the_title_is_no_site():
    parsed = _read(
        "kalimantan-selatan",
        "",
        "Polisi Jaga Gudang Logistik Siang dan Malam",
        "Sabtu, 3 Februari 2024 | 20:25 WIB",
        "Kapolsek meninjau gudang logistik bersama camat (Fulan/Situsbeta.co)",
        f"MARTAPURA - {_STORY}",
    )
    assert parsed.outlet == "Situsbeta.co"


def test_a_kicker_named_as_a_listed_outlet_loses_to_the_dateline_site():
    parsed = _read(
        "PANTAU",
        "Kapolres bersama bupati memantau pemungutan suara di TPS. (Foto: Fulan)",
        f"SITUSBETA.ASIA, SENDAWAR - {_STORY}",
    )
    assert parsed.outlet == "SITUSBETA.ASIA"
    assert parsed.dateline_place == "Sendawar"


def test_a_humas_tag_glued_to_the_story_names_site_and_place():
    found = find_dateline(
        "Humas Polres Kapuas Hulu Menjelang hari pemungutan suara warga"
    )
    assert found is not None
    assert (found.place, found.outlet) == ("Kapuas Hulu", "Humas Polres Kapuas Hulu")
    assert find_dateline("Humas Polres Sanggau menggelar apel pagi ini") is None


# Session 16: a source speaking to the site, the site's records, its chat channel.
@pytest.mark.parametrize(
    ("said", "site"),
    [
        (
            "Kepada Radar Beta, Kapolsek mengatakan penjagaan dilakukan bergantian.",
            "Radar Beta",
        ),
        (
            "Penjagaan dilakukan bergantian, kata Kapolsek kepada Klik Beta, Rabu.",
            "Klik Beta",
        ),
        ("Dari catatan Warta Beta, polsek menyiagakan enam personel.", "Warta Beta"),
        ("Kepada PAM TPS, Kapolsek menekankan netralitas.", None),
        ("Berdasarkan catatan Polsek Beta, enam personel disiagakan.", None),
    ],
)
def test_the_site_a_source_speaks_to_names_the_outlet(said, site):
    parsed = _read(
        "Polisi Jaga Gudang Logistik Siang dan Malam",
        f"SINGKAWANG – {_STORY}",
        said,
    )
    assert parsed.outlet == site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        (
            "Follow channel WhatsApp Wartabeta sekarang di sini: https://wa.example/x",
            "Wartabeta",
        ),
        ("Gabung Grup Telegram Kabar Beta untuk update berita pilihan", "Kabar Beta"),
        ("Ikuti saluran WhatsApp kabarbeta.id untuk berita terbaru", "kabarbeta.id"),
        ("Follow WhatsApp Channel untuk update berita terbaru", None),
    ],
)
def test_a_chat_channel_prompt_names_the_site(line, site):
    assert _outlet_of_tail(line) == site


def test_a_photo_credit_inside_the_story_is_not_its_end():
    parsed = _read(
        "Polisi Jaga Gudang Logistik Siang dan Malam",
        "©WartaBeta.com",
        f"SINGKAWANG – {_STORY}",
        "©WartaBeta.com",
        "Kapolsek menambahkan, regu cadangan disiapkan di markas polsek apabila "
        "sewaktu-waktu dibutuhkan untuk membantu penjagaan gudang.",
        "Penjagaan akan terus dilakukan hingga seluruh logistik dikirim ke tempat "
        "pemungutan suara di desa-desa sekitar kecamatan.",
    )
    assert parsed.paragraphs[-1].startswith("Penjagaan akan terus")
    footer = _read(
        "Polisi Jaga Gudang Logistik Siang dan Malam",
        f"SINGKAWANG – {_STORY}",
        "© 2024 WartaBeta.com. All rights reserved",
        "Kapolsek menambahkan, regu cadangan disiapkan di markas polsek apabila "
        "sewaktu-waktu dibutuhkan untuk membantu penjagaan gudang.",
        "Penjagaan akan terus dilakukan hingga seluruh logistik dikirim ke tempat "
        "pemungutan suara di desa-desa sekitar kecamatan.",
    )
    assert not footer.paragraphs[-1].startswith("Penjagaan akan terus")
