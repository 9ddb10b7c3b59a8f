"""Outlets known from data/outlets.csv (issue 11, session 7), pages in our own words.

Each case is a form in which a page names its site; the brands here are invented and
listed in a small outlets file of the test's own, so the rule is tested without the
real list (whose rows are facts about real sites).
"""

from __future__ import annotations

import csv

import pytest

import arsip_core.outlets as outlets_module
from arsip_core.outlets import load_outlets, outlet_key
from arsip_core.warnings import field_of
from arsip_extract import extract_record
from arsip_extract.dateline import find_dateline
from arsip_reader.parse import parse_raw_text

_ROWS = [
    ("Kabar Rimba", "", "kabarrimba.co.id", "local-portal", "Kalteng"),
    ("Lensa Hulu", "LH", "lensahulu.com", "local-portal", "Kalbar"),
    ("Tapian.id", "", "tapian.id", "local-portal", "Kaltim"),  # a river word
    ("Sampit.id", "", "sampit.id", "local-portal", "Kalteng"),  # a town's name
    ("Jurnalis.id", "", "jurnalis.id", "local-portal", ""),  # a byline word
]

_STORY = (
    "Warga tiga desa bergotong royong memperbaiki jembatan kayu yang rusak diterjang "
    "arus sungai, Sabtu (14/9/2024). Kepala desa mengatakan jembatan itu satu-satunya "
    "jalan anak-anak menuju sekolah.\n"
    "Menurut dia, perbaikan memakai kayu ulin sumbangan warga dan selesai dalam dua "
    "hari kerja."
)


@pytest.fixture(autouse=True)
def invented_list(tmp_path, monkeypatch):
    """An outlets file of invented brands in place of data/outlets.csv."""
    with (tmp_path / "outlets.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["brand", "aliases", "hosts", "kind", "province", "source"])
        for row in _ROWS:
            writer.writerow([*row, "https://contoh.invalid/"])
    monkeypatch.setattr(outlets_module, "DATA_DIR", tmp_path)
    outlets_module._load_outlets.cache_clear()
    yield
    outlets_module._load_outlets.cache_clear()


def _read(*lines: str):
    return parse_raw_text("\n".join(lines), "x.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kabar Rimba", ("kabarrimba", False)),
        ("KABARRIMBA.CO.ID", ("kabarrimba", True)),
        ("https://www.kabarrimba.co.id/", ("kabarrimba", True)),
        ("Lensa-Hulu", ("lensahulu", False)),
    ],
)
def test_outlet_key_ignores_case_spaces_punctuation_and_ending(text, expected):
    assert outlet_key(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABAR RIMBA", "Kabar Rimba"),
        ("kabarrimba.co.id", "Kabar Rimba"),
        ("Lensa Hulu", "Lensa Hulu"),
        ("LH", None),  # three letters or fewer: only written as a site
        ("Tapian.id", "Tapian.id"),
        ("Sampit", None),  # a town's name is a place unless written as a site
        ("SAMPIT.ID", "Sampit.id"),
        ("Jurnalis", None),  # a byline's word
        ("Warta Lain", None),
    ],
)
def test_known_names_a_listed_outlet(text, expected):
    assert load_outlets().known(text) == expected


def test_site_in_finds_a_whole_listed_address():
    outlets = load_outlets()
    assert outlets.site_in("Hak cipta 2024 kabarrimba.co.id") == "Kabar Rimba"
    assert outlets.site_in("lihat xkabarrimba.co.id/berita") is None


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        # A listed brand where the place stands, then the place.
        ("Kabar Rimba, Kuala Kurun – Warga", "Kuala Kurun", "Kabar Rimba"),
        # The brand alone with its dash: no place.
        ("Kabar Rimba – Warga tiga desa", None, "Kabar Rimba"),
        # The brand in brackets after the place.
        ("Kuala Kurun (Kabar Rimba) – Warga", "Kuala Kurun", "Kabar Rimba"),
        # A brand written as one word with News: the place after its comma.
        ("Rimbanews, Kuala Kurun – Warga", "Kuala Kurun", "Rimbanews"),
        # A town's name alone stays a place although an outlet is named after it.
        ("SAMPIT – Warga tiga desa", "Sampit", None),
        # The brand, a colon, then a dated dateline.
        ("Kabar Rimba : Sintang, (2/11/2024) – Warga", "Sintang", "Kabar Rimba"),
        # The brand's tag makes the capitals after it a dateline, not a guess.
        ("kabarrimba.co.id – SINTANG, Warga", "Sintang", "kabarrimba.co.id"),
        # The place, a comma, the brand and a full stop.
        ("Kuala Kurun, Lensa Hulu. Warga tiga desa", "Kuala Kurun", "Lensa Hulu"),
        # The place, then the brand with its ".id" written as a word.
        ("SINTANG – Lensahulu id Warga tiga desa", "Sintang", "Lensahulu"),
        ("SINTANG – Seberang id Warga tiga desa", "Sintang", None),
        # The place with its dash, then the brand alone.
        ("Sintang – Kabar Rimba,", "Sintang", "Kabar Rimba"),
        # A place the gazetteer does not know, glued to a listed site.
        ("KELOTOK.KABARRIMBA.CO.ID – Warga", "Kelotok", "KABARRIMBA.CO.ID"),
        ("KELOTOKlensahulu.com – Warga", "Kelotok", "lensahulu.com"),
        # Any place, then a listed outlet, alone on the line.
        ("Sungai Kelam, Lensa Hulu", "Sungai Kelam", "Lensa Hulu"),
    ],
)
def test_listed_brand_in_a_dateline_is_never_a_place(opening, place, outlet):
    found = find_dateline(opening)
    assert found is not None
    assert (found.place, found.outlet) == (place, outlet)
    assert not found.guessed


def test_listed_brand_alone_in_the_header_is_the_outlet():
    parsed = _read(
        "Lensa Hulu",
        "Beranda » Daerah » Sintang",
        "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak",
        "Sabtu, 14 September 2024 10:15 WIB",
        "SINTANG – " + _STORY,
    )
    assert parsed.outlet == "Lensa Hulu"
    assert parsed.title == "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak"
    assert parsed.dateline_place == "Sintang"


def test_browser_tab_title_ending_with_a_listed_outlet():
    parsed = _read(
        "Warga Tiga Desa Perbaiki Jembatan Kayu - Kabar Rimba",
        "Sabtu, 14 September 2024 10:15 WIB",
        "KUALA KURUN – " + _STORY,
    )
    assert parsed.outlet == "Kabar Rimba"
    assert parsed.title == "Warga Tiga Desa Perbaiki Jembatan Kayu"


def test_byline_word_over_the_author_is_no_outlet():
    parsed = _read(
        "Warga Tiga Desa Perbaiki Jembatan Kayu",
        "- Jurnalis",
        "Sabtu, 14 September 2024 10:15 WIB",
        "SINTANG – " + _STORY,
    )
    assert parsed.outlet is None


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        # After a known place, a bracketed name the gazetteer does not know is the
        # outlet, listed or not (the ANTARA convention, copied by many sites).
        ("KETAPANG (WARTA SEBERANG) – Warga", "Ketapang", "WARTA SEBERANG"),
        ("Pangkalan Bun (Seberangnews) – Warga", "Pangkalan Bun", "Seberangnews"),
        # A known place, a province, a unit or a photo credit in brackets is not.
        ("Sintang (Kapuas Hulu) – Warga", "Sintang", None),
        ("Sintang (Kalbar) – Warga", "Sintang", None),
        ("Sintang (Polres Sintang) – Warga", "Sintang", None),
        ("Sintang (Ist) – Warga", "Sintang", None),
    ],
)
def test_bracketed_name_after_a_known_place_is_the_outlet(opening, place, outlet):
    found = find_dateline(opening)
    assert found is not None
    assert (found.place, found.outlet) == (place, outlet)


def test_listed_outlet_alone_under_the_story_is_the_outlet_and_no_text():
    parsed = _read(
        "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak",
        "Sabtu, 14 September 2024 10:15 WIB",
        "SINTANG – " + _STORY,
        "Lensa Hulu",
    )
    assert parsed.outlet == "Lensa Hulu"
    assert all("Lensa Hulu" not in p for p in parsed.paragraphs)


def test_photo_credit_naming_a_listed_site():
    parsed = _read(
        "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak",
        "Sabtu, 14 September 2024 10:15 WIB",
        "Warga memasang papan jembatan di desa itu. (Foto: Budi Santoso/kabarrimba)",
        "SINTANG – " + _STORY,
    )
    assert parsed.outlet == "kabarrimba"


def test_site_account_credited_as_reporter():
    parsed = _read(
        "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak",
        "Sabtu, 14 September 2024 10:15 WIB",
        "SINTANG – " + _STORY,
        "Reporter : lensahulu",
        "Editor : lensahulu",
    )
    assert parsed.outlet == "lensahulu"


def test_source_speaking_to_a_listed_outlet():
    story = _STORY.replace(
        "kata kepala desa", "kata kepala desa kepada Kabar Rimba"
    ).replace("Kepala desa mengatakan", "Kepala desa mengatakan kepada Kabar Rimba,")
    parsed = _read(
        "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak",
        "Sabtu, 14 September 2024 10:15 WIB",
        "SINTANG – " + story,
    )
    assert parsed.outlet == "Kabar Rimba"


def test_agency_named_alone_under_a_republished_story_is_no_outlet():
    rows = [*_ROWS, ("ANTARA", "", "antaranews.com", "antara", "")]
    outlets_module._load_outlets.cache_clear()
    with (outlets_module.DATA_DIR / "outlets.csv").open(
        "w", newline="", encoding="utf-8"
    ) as f:
        writer = csv.writer(f)
        writer.writerow(["brand", "aliases", "hosts", "kind", "province", "source"])
        for row in rows:
            writer.writerow([*row, "https://contoh.invalid/"])
    parsed = _read(
        "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak",
        "Sabtu, 14 September 2024 10:15 WIB",
        "SINTANG – " + _STORY,
        "ANTARA",
    )
    assert parsed.outlet is None


def test_bracketed_credit_under_the_story_stays_a_credit():
    parsed = _read(
        "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak",
        "Sabtu, 14 September 2024 10:15 WIB",
        "SINTANG – " + _STORY,
        "(Lensa Hulu)",
    )
    assert parsed.outlet is None
    assert parsed.credit == "Lensa Hulu"


def test_listed_brand_makes_the_dateline_no_guess():
    page = (
        "Polisi Amankan Rapat Pleno di Kecamatan\n\n"
        "{tag} – Personel Polsek Sungai Pinyuh mengamankan rapat pleno rekapitulasi "
        "suara Pemilu 2024 tingkat kecamatan, Senin (19/2/2024). Rapat berjalan tertib "
        "hingga malam.\n"
    )

    def doubted(tag: str) -> set[str]:
        record = extract_record(parse_raw_text(page.format(tag=tag), "x.txt"))
        return {field_of(w) for w in record.warnings if field_of(w)}

    listed = doubted("KABAR RIMBA, KELOTOK")
    assert "dateline_place" not in listed and "outlet" not in listed
    unknown = doubted("WARTA SEBERANG, KELOTOK")
    assert "dateline_place" in unknown and "outlet" in unknown


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("kalbar.antaranews.com", "ANTARA Kalbar"),
        ("KALTENG.ANTARANEWS.COM", "ANTARA Kalteng"),
        ("pemilu.antaranews.com", "ANTARA"),
        ("babel.antaranews.com", "ANTARA"),
        ("www.antaranews.com", "ANTARA"),
    ],
)
def test_antara_hosts_are_its_brand(written, expected):
    from arsip_reader.frame import brand

    assert brand(written) == expected


def test_widget_figures_above_the_story_do_not_push_the_dateline_out():
    figures = [f"{n}.{n % 7}5%" for n in range(20, 41)]  # a quick-count widget
    parsed = _read(
        "HITUNG CEPAT",
        *figures,
        "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak",
        "Sintang (ANTARA) - " + _STORY,
    )
    assert parsed.dateline_place == "Sintang"
    assert parsed.title == "Warga Tiga Desa Perbaiki Jembatan Kayu yang Rusak"
