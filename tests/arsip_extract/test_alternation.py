"""The name trie and the lookbehind check done after the search."""

from __future__ import annotations

import re

import pytest

from arsip_extract.alternation import finditer_checked, trie_alternation

NAMES = ["Sambas", "Sampit", "Sintang", "Sungai Raya", "Raya"]
PATTERN = re.compile(rf"(?:{trie_alternation(NAMES)})(?![\w])")
BEFORE = re.compile(r"(?<![\w])(?<![Ss]ungai\s)")


@pytest.mark.parametrize(
    "text",
    [
        "Polres Sambas dan Sampit, Sintang.",
        "XSambas Sambas",  # glued to a word: dropped, the next one kept
        "di Sungai Raya, lalu Raya",  # "Raya" after "Sungai " is no name of its own
        "sungai Raya Sintang",
        "",
    ],
)
def test_same_matches_as_the_whole_pattern(text: str) -> None:
    whole = re.compile(BEFORE.pattern + PATTERN.pattern)
    got = [m.span() for m in finditer_checked(PATTERN, BEFORE, text)]
    assert got == [m.span() for m in whole.finditer(text)]


def test_a_failed_check_searches_on_from_the_next_character() -> None:
    # "Tanah Laut" fails the check (a letter glued before it); the search goes on
    # inside it and finds "Laut", as the whole pattern would.
    pattern = re.compile(rf"(?:{trie_alternation(['Tanah Laut', 'Laut'])})(?![\w])")
    spans = [m.span() for m in finditer_checked(pattern, BEFORE, "XTanah Laut")]
    assert spans == [(7, 11)]
