"""The summary of an article: its first paragraphs read as sentences."""

from __future__ import annotations

import pytest

from arsip_reader.pipeline import _excerpt


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Pengamanan pemilu legislatif", "Sesuai jadwal, polisi berjaga."),
            "Pengamanan pemilu legislatif. Sesuai jadwal, polisi berjaga.",
        ),
        (
            ("Apel siaga digelar.", "Kapolres memimpin"),
            "Apel siaga digelar. Kapolres memimpin",
        ),
        (("Ia berkata: “Siap!”", "Lalu bubar."), "Ia berkata: “Siap!” Lalu bubar."),
        (("Hanya satu paragraf",), "Hanya satu paragraf"),
        (("", "Paragraf kedua"), "Paragraf kedua"),
    ],
)
def test_paragraphs_join_as_sentences(paragraphs, expected):
    assert _excerpt(paragraphs) == expected
