"""The raw formats, boilerplate, paragraph rejoining: parse.py as pure functions."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from arsip_reader.parse import (
    ArticleRejected,
    decode,
    normalise,
    parse_byline,
    parse_raw_text,
    rejoin,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reader"
WIB = ZoneInfo("Asia/Jakarta")


def parse_fixture(name: str):
    return parse_raw_text(decode((FIXTURES / name).read_bytes()), name)


@pytest.mark.parametrize(
    "name, outlet, title, author, site, url, published, dateline",
    [
        (
            "format_markdown_header.txt",
            "Kabar Borneo",
            "Polres Sintang Gelar Patroli Malam Jelang Pencoblosan",
            "Redaksi Sintang",
            "SINTANG.KABARBORNEO.ID",
            "https://sintang.kabarborneo.id/berita/patroli-malam",
            datetime(2024, 2, 12, 21, 15, tzinfo=WIB),
            "Sintang",
        ),
        (
            "format_plain_header.txt",
            "Warta Kahayan",
            "Satbrimob Polda Kalteng Siaga di Gudang Logistik KPU",
            "Rina Lestari",
            "PALANGKARAYA.WARTAKAHAYAN.CO.ID",
            None,
            datetime(2024, 11, 20, 9, 5, tzinfo=WIB),
            "Palangka Raya",
        ),
        (
            "format_title_dateline.txt",
            None,
            "Polresta Samarinda Amankan Rapat Pleno Rekapitulasi Tingkat Kota",
            "Humas Polresta Samarinda",
            None,
            None,
            datetime(2024, 12, 4, tzinfo=WIB),  # from the dated dateline
            "Samarinda",
        ),
        (
            "format_antara_body_only.txt",
            "ANTARA",
            None,  # no title: the first sentence stands in (tested below)
            None,
            None,
            None,
            None,
            "Banjarmasin",
        ),
    ],
)
def test_each_raw_format(name, outlet, title, author, site, url, published, dateline):
    parsed = parse_fixture(name)
    assert parsed.outlet == outlet
    if title is not None:
        assert parsed.title == title
    assert parsed.author == author
    assert parsed.site == site
    assert parsed.url == url
    assert parsed.published == published
    assert parsed.dateline_place == dateline


def test_title_repeated_as_first_sentence_is_removed_from_body():
    parsed = parse_fixture("format_markdown_header.txt")
    assert parsed.paragraphs[0].startswith("Puluhan personel Polres Sintang")
    assert parsed.credit == "RB"
    assert not parsed.paragraphs[-1].endswith("(RB)")


def test_credit_line_closes_the_body():
    parsed = parse_fixture("format_title_dateline.txt")
    assert parsed.credit == "Humas Polresta Samarinda"
    assert parsed.paragraphs[-1].startswith("Rapat berjalan tertib")


def test_boilerplate_and_related_list_are_dropped():
    parsed = parse_fixture("format_antara_body_only.txt")
    body = parsed.text
    assert "Baca juga" not in body and "Baca Juga" not in body
    assert "Berita Terkait" not in body
    assert "Desember 2024" not in body
    assert len(parsed.paragraphs) == 3
    # The related list's dates belong to other articles.
    assert parsed.published is None


def test_related_list_date_is_never_the_publication_date():
    parsed = parse_fixture("article_without_date.txt")
    assert parsed.published is None
    assert any("tanggal terbit tidak ditemukan" in w for w in parsed.warnings)
    assert "2024" not in parsed.text


def test_paragraph_broken_mid_sentence_is_rejoined():
    parsed = parse_fixture("paragraph_broken_mid_sentence.txt")
    assert parsed.paragraphs[0] == (
        "Kapolda Kalbar Irjen Pol Pipit Rismanto melalui Kabidhumas Polda Kalbar "
        "menyampaikan bahwa seratus personel tambahan diberangkatkan ke Kapuas Hulu "
        "untuk membantu pengamanan di wilayah perbatasan."
    )
    assert (
        parsed.paragraphs[1]
        == "Personel tersebut akan bertugas hingga rekapitulasi selesai."
    )


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Polisi berjaga di", "kantor KPU."], ["Polisi berjaga di kantor KPU."]),
        (["Apel dipimpin Kapolda.", "Personel hadir."], ["Apel dipimpin Kapolda.", "Personel hadir."]),
        (["rencana kegiatan adalah :", "1. Polres Sambas: 45 kegiatan;"],
         ["rencana kegiatan adalah :", "1. Polres Sambas: 45 kegiatan;"]),
        (["Kegiatan tersebar di Kalimantan Barat", "dengan total 361 titik."],
         ["Kegiatan tersebar di Kalimantan Barat dengan total 361 titik."]),
        (["Kegiatan di Kalimantan Barat", "Kabidhumas menyampaikan hal itu."],
         ["Kegiatan di Kalimantan Barat", "Kabidhumas menyampaikan hal itu."]),
    ],
)  # fmt: skip
def test_rejoin_table(paragraphs, expected):
    assert rejoin(paragraphs) == expected


def test_missing_title_falls_back_to_first_sentence_with_warning():
    parsed = parse_fixture("article_without_title.txt")
    assert parsed.title == (
        "Polres Kotim menyiagakan ratusan personel untuk mengamankan rekapitulasi "
        "suara di kantor KPU Kotawaringin Timur, Senin"
    )
    assert any("judul tidak ada" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Safiyudin - [KARAWANG.IWO.OR.ID](http://KARAWANG.IWO.OR.ID)",
         ("Safiyudin", "KARAWANG.IWO.OR.ID", "http://KARAWANG.IWO.OR.ID")),
        ("Indra Gunawan - PALANGKARAYA.24JAM.CO.ID",
         ("Indra Gunawan", "PALANGKARAYA.24JAM.CO.ID", None)),
        ("Patroli di TPS - TPS.", None),
    ],
)  # fmt: skip
def test_byline_table(line, expected):
    byline = parse_byline(line)
    assert (byline and (byline.author, byline.site, byline.url)) == expected


def test_normalise_crlf_bom_and_nbsp():
    assert normalise("\ufeffA\u00a0B\r\nC\rD  ") == "A B\nC\nD"


@pytest.mark.parametrize(
    "data, reason, line",
    [
        (b"", "berkas kosong", None),
        (b"   \n\n  ", "berkas kosong", None),
        (b"Judul\n\nIsi\x00berita", "berkas biner: berisi byte NUL", 3),
        (b"Judul\n\nIsi \xff\xfe berita", "bukan teks UTF-8 yang sah", 3),
    ],
)
def test_decode_rejects_bad_bytes(data, reason, line):
    with pytest.raises(ArticleRejected) as caught:
        decode(data)
    assert caught.value.reason.startswith(reason)
    assert caught.value.line == line


def test_header_without_body_is_rejected():
    text = "# Media\n\n## Judul saja\n\nPenulis - [A.ID](https://a.id)\n\nFeb 5, 2024 - 07:25\n"
    with pytest.raises(ArticleRejected, match="tidak ada isi berita"):
        parse_raw_text(text, "x.txt")


def test_dated_dateline_gives_a_day_precise_publication_date():
    parsed = parse_fixture("format_title_dateline.txt")
    assert parsed.published_precision == "day"
    assert parsed.dateline_date == "4 Desember 2024"
    assert not any("tanggal terbit" in w for w in parsed.warnings)


def test_stamp_gives_a_minute_precise_publication_date():
    assert parse_fixture("format_plain_header.txt").published_precision == "minute"


def test_the_national_desk_in_the_dateline_is_antara():
    """``Kota (ANTARA News) -`` names the national ANTARA, as the real-set guideline
    writes it."""
    parsed = parse_raw_text(
        "Polisi Geser Pasukan ke PPS\n\n"
        "Pontianak (ANTARA News) - Personel polisi mulai bergeser ke PPS setelah "
        "penghitungan suara di TPS selesai, kata pejabat Polda Kalbar.\n"
        "Pergeseran itu berlangsung hingga malam.\n",
        "antara.txt",
    )
    assert parsed.outlet == "ANTARA"


@pytest.mark.parametrize("tail", ["", "\u00e9", "\u0085"])  # ASCII or not after all
def test_normalise_drops_the_same_control_characters_in_ascii_and_other_texts(tail):
    """An ASCII text loses its control characters by bytes.translate, any other by
    the pattern: the same ones."""
    import re

    forbidden = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
    text = "".join(f"a{chr(c)}b " for c in range(128)) + tail
    expected = forbidden.sub("", text.replace("\t", " ").replace("\r", "\n"))
    assert normalise(text) == "\n".join(ln.rstrip() for ln in expected.split("\n"))
