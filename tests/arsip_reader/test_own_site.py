"""An outlet the list does not know, read from the address the page writes (issue 11,
session 8): pages in our own words, brands invented."""

from __future__ import annotations

import pytest

from arsip_core.warnings import field_of
from arsip_reader.frame import own_site
from arsip_reader.parse import parse_raw_text

_STORY = (
    "Warga tiga desa bergotong royong memperbaiki jembatan kayu yang rusak diterjang "
    "arus sungai, Sabtu (14/9/2024). Kepala desa mengatakan jembatan itu satu-satunya "
    "jalan anak-anak menuju sekolah.\n"
    "Menurut dia, perbaikan memakai kayu ulin sumbangan warga dan selesai dalam dua "
    "hari kerja."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rimbakabar.com,Sanggau", "Rimbakabar.com"),
        ("Rimbakabar.comSanggau Kalbar", "Rimbakabar.com"),  # glued to the place
        ("Rimbakabar.news-sanggau, Senin 2/9/2024.", "Rimbakabar.news"),
        ("Copyright © 2024 www.rimbakabar.id", "rimbakabar.id"),
        ("Foto: Andi / rimbakabar.co.id", "rimbakabar.co.id"),
        # not the page's own name
        ("Kirim berita ke redaksi@rimbakabar.com", None),  # an e-mail
        ("![](https://rimbakabar.com/wp-content/foto.jpg)", None),  # a link
        ("Artikel ini telah tayang di: koranlain.com", None),  # a cited source
        ("Dikutip dari koranlain.com, polisi berjaga.", None),
        ("Ikuti kami di instagram.com dan youtube.com", None),  # platforms
        ("Data lengkap di kpu.go.id", None),  # a government's address
        ("Brigadir Andi, S.Kom menjelaskan", None),  # a degree
        ("Tidak ada alamat situs di sini.", None),
    ],
)
def test_own_site(text: str, expected: str | None) -> None:
    assert own_site(text) == expected


def test_unlisted_site_is_a_doubted_outlet() -> None:
    """A page that names no known outlet but writes its address: the address is the
    outlet, doubted ('tebakan'), so a maintainer checks it."""
    page = (
        f"Jembatan Desa Diperbaiki Warga\n{_STORY}\nSimak kabar lain di rimbakabar.com"
    )
    parsed = parse_raw_text(page)
    assert parsed.outlet == "rimbakabar.com"
    assert "outlet" in [field_of(w) for w in parsed.warnings]


def test_no_address_no_outlet() -> None:
    parsed = parse_raw_text(f"Jembatan Desa Diperbaiki Warga\n{_STORY}")
    assert parsed.outlet is None
    assert "outlet" not in [field_of(w) for w in parsed.warnings]


def test_a_dateline_word_that_is_the_pages_own_site_is_the_outlet() -> None:
    """A dateline word the gazetteer does not know, the same as the address the page
    writes as its own, is the outlet's tag, no place."""
    page = (
        f"Jembatan Desa Diperbaiki Warga\nRIMBANUSA – {_STORY}\n"
        "Simak kabar lain di rimbanusa.com"
    )
    parsed = parse_raw_text(page)
    assert (parsed.outlet, parsed.dateline_place) == ("Rimbanusa", None)
    known = parse_raw_text(page.replace("RIMBANUSA", "SANGGAU"))
    assert known.dateline_place == "Sanggau"  # a place the gazetteer knows stays


def test_a_dateline_word_the_story_uses_again_is_its_place() -> None:
    """A dateline word no list knows, that the story's first paragraph goes on to use
    as a name ("pos Rimbalu"), is where the story was written, not a brand."""
    parsed = parse_raw_text(
        "Personel Pos Jaga Kapal di Sungai\n"
        "Rimbalu - Personel pos Rimbalu menyapa awak kapal yang melintas di sungai "
        "untuk mengajak mereka menjaga ketertiban pemilu, Sabtu (2/9/2023).\n"
        "Para awak kapal menyambut baik ajakan personel dan berjanji ikut menjaga "
        "keamanan selama tahapan pemilu berlangsung di wilayah perairan."
    )
    assert (parsed.outlet, parsed.dateline_place) == (None, "Rimbalu")
    brand = parse_raw_text(
        "Personel Pos Jaga Kapal di Sungai\n"
        "RIMBANUSA - Personel pos sungai menyapa awak kapal yang melintas untuk "
        "mengajak mereka menjaga ketertiban pemilu, Sabtu (2/9/2023).\n"
        "Para awak kapal menyambut baik ajakan personel dan berjanji ikut menjaga "
        "keamanan selama tahapan pemilu berlangsung di wilayah perairan."
    )
    assert (brand.outlet, brand.dateline_place) == ("RIMBANUSA", None)
