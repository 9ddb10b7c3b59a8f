"""Raw-text bodies rendered without markdown-it give markdown-it's bytes exactly."""

from __future__ import annotations

import pytest

from arsip_reader.pipeline import new_markdown, render_body

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
