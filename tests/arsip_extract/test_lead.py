"""The lookahead derived from a pattern's first characters changes no match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from arsip_extract import activities, dates, elections, officials, personnel, units
from arsip_extract.lead import compile_led, lead

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bPilkada|OMP", 0, "(?=[OP])"),
        (r"(?:Waka|Ka)?Polda", 0, "(?=[KPW])"),
        (r"\d+\s+personel", 0, r"(?=[\d])"),
        (r"[A-Z]\w+", 0, "(?=(?i:[A-Z]))" if False else "(?=[A-Z])"),
        # Anything may start a match: no lookahead at all.
        (r".*x", 0, ""),
        (r"[^a]b", 0, ""),
        (r"x?", 0, ""),
    ],
)
def test_lead(pattern, flags, expected):
    assert lead(pattern, flags) == expected


def test_lead_folds_case_like_re():
    # Under IGNORECASE "k" also matches the Kelvin sign, as re does.
    look = lead("kapolda", re.IGNORECASE)
    assert all(re.match(look, c) for c in "kK\u212a")
    assert not re.match(look, "x")


def test_scoped_ignorecase():
    look = lead(r"(?i:ops)|OMB")
    assert re.match(look, "Ops") and re.match(look, "ops") and re.match(look, "O")
    assert not re.match(look, "m")


# A vocabulary that grows is covered: the word starting with a new letter matches.
def test_new_word_is_not_lost():
    pattern = compile_led(r"\b(?:apel|patroli|zonasi)\b", re.IGNORECASE)
    assert pattern.search("Polisi melakukan Zonasi TPS")


def _texts() -> list[str]:
    folders = [ROOT / "tests/fixtures/eval", ROOT / "tests/fixtures/eval-holdout"]
    texts = [
        p.read_text(encoding="utf-8")
        for folder in folders
        for p in sorted(folder.iterdir())
        if p.suffix in (".txt", ".md")
    ]
    # Odd case folds and capitals: the lookahead must keep what the pattern finds.
    texts.append("OPERASI MANTAP PRAJA \u212aAPOLDA İPTU ſATBRIMOB 1.200 PERSONEL")
    return texts


def _led_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module in (activities, dates, elections, officials, personnel, units):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?="):
                found.append((f"{module.__name__}.{name}", value))
    return found


@pytest.mark.parametrize(("name", "pattern"), _led_patterns())
def test_lookahead_changes_no_match(name, pattern):
    """Each module-level pattern opening with a lookahead finds what it would without.

    The lookahead is only an early exit: stripped of it, the pattern must match at
    exactly the same places in the evaluation texts.
    """
    body = _strip_lead(pattern.pattern)
    bare = re.compile(body, pattern.flags)
    for text in _texts():
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in bare.finditer(text)
        ], name


def _strip_lead(source: str) -> str:
    """The pattern without its opening lookahead group."""
    depth = 0
    for i, char in enumerate(source):
        if char == "\\":
            continue
        if char == "(" and source[i - 1 : i] != "\\":
            depth += 1
        elif char == ")" and source[i - 1 : i] != "\\":
            depth -= 1
            if depth == 0:
                return source[i + 1 :]
    raise AssertionError(source)
