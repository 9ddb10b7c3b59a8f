"""The name trie and the lookbehind check done after the search."""

from __future__ import annotations

import re

import pytest

from arsip_extract.alternation import (
    finditer_checked,
    finditer_from,
    trie_alternation,
)

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


def test_finditer_from_the_scout_places() -> None:
    # Matches start only at a capital "P" or "K": the pattern is tried there alone.
    pattern = re.compile(r"(?<![\w])(?:Polres|Kapolres)\s+\w+")
    scout = re.compile(r"P(?=olres)|K(?=apolres)")
    text = "Kapolres Sambas, Polres Sintang dan xPolres Mempawah; Polres  Landak"
    got = [m.span() for m in finditer_from(pattern, scout, text)]
    assert got == [m.span() for m in pattern.finditer(text)]
    assert len(got) == 3


def test_rank_scout_finds_every_rank() -> None:
    """Officials' rank search, tried only where the scout points, finds what the
    rank pattern finds over the evaluation texts (and capitals typed oddly)."""
    from arsip_extract import officials
    from tests.arsip_extract.test_lead import _texts

    texts = [
        *_texts(),
        "KOMBES POL Budi, Ajun Komisaris Besar Polisi Andi, kompol x, "
        "Sanggau.AKBP Roni, IPTU\u0130 Ali, AKBP(Purn) Heri, Mayor Inf. Dedi",
    ]
    for text in texts:
        spans = [m.span() for m in officials._RANK_RE.finditer(text)]
        scouted = finditer_from(officials._RANK_RE, officials._RANK_START, text)
        assert [m.span() for m in scouted] == spans
