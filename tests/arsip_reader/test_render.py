"""Raw-text bodies rendered without markdown-it give markdown-it's bytes exactly."""

from __future__ import annotations

import pytest

from arsip_reader.pipeline import has_markup, new_markdown, render_body

PARAGRAPHS = [
    ('Kapolres berkata, "Aman dan lancar," di Mapolres.',),
    ("Personel Polres Paser; desa-desa di hulu (Rp 1.000), 14/02/2024.",),
    ("“Kutipan melengkung” dan ‘tunggal’ tetap apa adanya.", "Paragraf kedua."),
    ("1. Polres Sambas: 45 kegiatan;", "2. Polres Landak: 70 kegiatan."),
    ("- butir daftar",),
    ("+ butir lain",),
    ("# bukan judul",),
    ("Tagar #PemiluDamai di tengah kalimat.",),
    ("Polri & TNI bersinergi.",),
    ("Tag <b>tebal</b> ditulis.",),
    ("Kata *miring* dan _garis_ bawah.",),
    ("nama_berkas.txt",),
    ("Kolom | tabel",),
    ("Tautan [di sini](http://contoh.id).",),
    ("Garis miring terbalik \\ di teks.",),
    ("=== ",),
    ("2024. Tahun pemilu.",),
    ("2024 adalah tahun pemilu.",),
    ("Seru sekali!",),
    ("Baris\npatah",),
    ("Kode `x` di teks.",),
    ("~coret~",),
    ("Tanda > di tengah.",),
]


@pytest.mark.parametrize("paragraphs", PARAGRAPHS)
def test_plain_paragraphs_render_like_markdown_it(paragraphs):
    markdown = new_markdown()
    body = "\n\n".join(paragraphs)
    assert render_body(markdown, body, paragraphs, ".txt") == markdown.render(body)


def test_markdown_files_always_go_through_markdown_it():
    markdown = new_markdown()
    body = "Teks biasa saja."
    assert render_body(markdown, "**Tebal**", (body,), ".md") == markdown.render(
        "**Tebal**"
    )


MARKDOWN_BODIES = [
    "**Palangka Raya, Polres** - Personel siaga.\n\nParagraf kedua.\n\n*(Humas)*\n",
    'Paragraf "kutipan" biasa.\n\n\n\nSetelah dua baris kosong.',
    "Satu.\n  \t\nDua setelah baris berspasi.",
    "Tautan [di sini](http://contoh.id) dan `kode`.\n\nPolri & TNI.",
    "* butir\n\n* butir kedua",
    "- a\n\n- b",
    "1. satu\n\n2. dua",
    "***\n\nSetelah garis.",
    "**\n\nBintang saja.",
    "***x** tebal\n\nlagi",
    "# Judul\n\nIsi.",
    "> kutipan\n\n> lagi",
    "```\nkode\n\nlagi\n```",
    "[a]: http://contoh.id\n\nTautan [a].",
    "    kode menjorok\n\n    lagi",
    "Baris\npatah\n\nlagi",
    "Spasi di akhir  \n\nlagi",
    "\u00a0spasi tak putus",
    "Tanda | tabel\n\n| a | b |",
    "Garis_bawah_di_tengah dan _miring_.",
    "_miring_ di awal.",
    "Akhir\r\nwindows",
    "",
]


@pytest.mark.parametrize("body", MARKDOWN_BODIES)
def test_markdown_bodies_render_like_markdown_it(body):
    markdown = new_markdown()
    assert render_body(markdown, body, (), ".md") == markdown.render(body)


@pytest.mark.parametrize("paragraphs", PARAGRAPHS)
def test_raw_text_with_markup_renders_like_markdown_it(paragraphs):
    # One paragraph with markup sends the whole body past the plain path.
    markdown = new_markdown()
    paragraphs = ("Kata *miring* di sini.", *paragraphs)
    body = "\n\n".join(paragraphs)
    assert render_body(markdown, body, paragraphs, ".txt") == markdown.render(body)


def test_markup_test_is_the_one_pattern_it_was():
    """has_markup searches the two halves of one pattern apart: same answers."""
    import random
    import re

    one = re.compile(r"[\\`*_\[\]<>&|~!#\n]|^\s*(?:[-+=]|\d{1,9}[.)](?:\s|$))")
    alphabet = " \t\n\r\u00a0\u2003ab1234567890.)-+=*_`[]<>&|~!#\\\u0663é"
    rng = random.Random(7)
    texts = ["", " ", "1.", " 12) x", "1234567890. x", "٣) x", "- x", "x - y"]
    texts += ["".join(rng.choices(alphabet, k=rng.randrange(8))) for _ in range(20_000)]
    for text in texts:
        assert has_markup(text) == bool(one.search(text)), repr(text)
