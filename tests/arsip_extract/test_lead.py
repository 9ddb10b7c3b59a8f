"""The lookahead derived from a pattern's first characters changes no match."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest

import arsip_extract.lead as lead_module
from arsip_core.gazetteer import load_gazetteer
from arsip_extract import (
    activities,
    dates,
    doubts,
    elections,
    numbers,
    officials,
    personnel,
    stamps,
    units,
)
from arsip_extract.lead import (
    PrefixScan,
    compile_ahead,
    compile_led,
    compile_scan,
    lead,
    led,
    literal_prefixes,
)
from arsip_reader import parse

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
    modules = (activities, dates, doubts, elections, numbers, officials, personnel)
    for module in (*modules, parse, stamps, units):
        for name, value in vars(module).items():
            value = value.regex if isinstance(value, PrefixScan) else value
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


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?P<unit>Polda|Polres)\s+(?P<name>\w+)\b", re.IGNORECASE),
        (r"(\d+)\s+personel(?:\s+\1)?", 0),
        (r"(?i:k)apolda|Satbrimob", 0),
        (r"(?<!\w)(?:Ka|Waka)?polres\b|\bpolsek\b", re.I | re.M),
        (r".*x", 0),  # no lookahead at all
    ],
)
def test_led_is_the_compiled_text(pattern, flags):
    """``led`` compiles from the parse it already has: the very pattern
    ``compile_scan`` makes of its text (``re.Pattern`` compares text, flags, code)."""
    made = led(pattern, flags)
    text = f"{lead(pattern, flags)}(?:{pattern})"
    assert made == compile_scan(text, flags)
    plain = re.compile(text, flags)
    assert (made.pattern, made.flags, made.groups) == (
        plain.pattern,
        plain.flags,
        plain.groups,
    )
    assert made.groupindex == re.compile(pattern, flags).groupindex


def test_every_led_table_is_the_compiled_text():
    """So for every table of the extractor made behind a lookahead."""
    screened = [rule for _, rule, _ in activities._SCREENED]
    branches = [branch for rule in screened for branch, _ in rule.branches]
    patterns = [pattern for _, pattern in _led_patterns()] + branches
    assert len(patterns) > 200
    for pattern in patterns:
        assert pattern == compile_scan(pattern.pattern, pattern.flags), pattern.pattern


def test_compile_ahead_is_led_and_plain():
    pattern = compile_ahead(r"\b(?:halaman|aula)\s+$", re.IGNORECASE)
    assert isinstance(pattern, re.Pattern)
    assert pattern.pattern.startswith("(?=")
    assert pattern.search("apel digelar di Aula ")[0] == "Aula "
    assert not pattern.search("apel digelar di aula Mapolres")
    # the patterns searched over whole lines and windows go behind their lookahead
    names = {name for name, _ in _led_patterns()}
    assert {
        "arsip_extract.stamps._STAMP",
        "arsip_extract.units._CREDIT",
        "arsip_extract.officials._PARENT",
        "arsip_reader.parse._ASKED_BY",
    } <= names


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


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(?:Pilkada|Pilgub)\b", re.IGNORECASE, ("pil",)),
        (r"\b(?:Pilkada|Pemilu)\b", re.IGNORECASE, ("pemilu", "pilkada")),
        # an optional part gives both; a longer prefix of a kept one adds nothing
        (r"(?:Waka|Ka)?Polda\s+\w+", 0, ("kapolda", "polda", "wakapold")),
        (r"\b(?:OMB|OMP)\b", 0, ("omb", "omp")),
        (r"\b[A-Z][a-z]+", 0, None),
        (r"Ops\.?\s+Mantap", 0, ("ops",)),
        # a match may open with any letter or digit: no prefixes
        (r"\w+\s+personel", 0, None),
        (r"(?:personel)?\s+", 0, None),
    ],
)
def test_literal_prefixes(pattern, flags, expected):
    assert literal_prefixes(pattern, flags) == expected


def _scanned_patterns() -> list[tuple[str, PrefixScan]]:
    found = []
    for module in (activities, dates, elections, officials, personnel, units):
        for name, value in vars(module).items():
            if isinstance(value, PrefixScan):
                found.append((f"{module.__name__}.{name}", value))
    # the unit patterns, built from the gazetteer's names
    built = units._patterns(load_gazetteer())
    for field in dataclasses.fields(built):
        value = getattr(built, field.name)
        if isinstance(value, PrefixScan):
            found.append((f"units._patterns().{field.name}", value))
    return found


def test_word_patterns_are_scanned():
    names = {name for name, _ in _scanned_patterns()}
    assert {
        "arsip_extract.elections._PILKADA",
        "arsip_extract.elections._PEMILU",
    } <= names


@pytest.mark.parametrize(("name", "pattern"), _scanned_patterns())
def test_prefix_scan_changes_no_match(name, pattern):
    """Found through its prefixes, a pattern matches where ``re`` alone would: whole
    texts, windows of them, and ``sub``."""
    regex = pattern.regex
    for text in _texts():
        spans = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == spans, name
        for pos, end in ((7, len(text) // 2), (len(text) // 3, len(text))):
            window = [m.span() for m in regex.finditer(text, pos, end)]
            assert [m.span() for m in pattern.finditer(text, pos, end)] == window
            found = pattern.search(text, pos, end)
            assert (found and found.span()) == (window[0] if window else None)
        assert pattern.sub("<\\g<0>>", text) == regex.sub("<\\g<0>>", text), name


def test_prefix_scan_odd_case_falls_back_to_re():
    # "İ" lowers to two characters and "ſ" not to "s": re alone searches such a text.
    pattern = compile_led(r"\b(?:iptu|satbrimob|kapolda)\b", re.IGNORECASE)
    assert isinstance(pattern, PrefixScan)
    text = "Kemudian \u0130PTU Budi, ſATBRIMOB dan \u212aAPOLDA hadir " * 2
    got = [m[0] for m in pattern.finditer(text)]
    assert got == ["\u0130PTU", "ſATBRIMOB", "\u212aAPOLDA"] * 2


def test_prefix_scan_sub_and_count():
    pattern = compile_led(r"\bpolda\s+(\w+)", re.IGNORECASE)
    text = "Polda Kalbar dan polda Kaltim serta POLDA Kalsel, semuanya siaga penuh."
    assert pattern.sub(r"[\1]", text) == re.sub(pattern.regex, r"[\1]", text)
    assert pattern.sub(lambda m: m[1].upper(), text, count=2).startswith(
        "KALBAR dan KALTIM serta POLDA"
    )
    # a window shorter than the scan threshold is searched by re alone
    assert pattern.search(text, 0, 12)[0] == "Polda Kalbar"


# Patterns that open with what ``re`` cannot skip ahead to by itself (a lookahead,
# a word boundary, a lookbehind, case-blind letters), with the odd case folds, folded
# ranges, classes and scoped flags the opening class must cover.
_SCAN_CASES = [
    (r"\bPolres\s+\w+", re.IGNORECASE),
    (r"kapolda|satbrimob|İptu", re.IGNORECASE),
    (r"(?<![\w.])(?:Waka|Ka)?Polda\b", 0),
    (r"(?i:k)apolda|Satbrimob", 0),
    (r"(?i:[a-c])\w+|\d{2,}", 0),
    (r"[a-z]{3}\d", re.IGNORECASE),
    (r"\b\d+(?:\.\d{3})*\s+personel", 0),
    (r"\b\d+\s+personel", re.ASCII),
    (r"[\s\x1c-\x1f]+ribu", re.ASCII | re.IGNORECASE),
    (r"(?=[Pp])(?:\bpengamanan|\bpatroli)", re.IGNORECASE),
    (r"(?:sekitar\s+)?(?P<n>\d+)\s+(?P=n)", 0),
    (r"^\s*(?:Baca|Berita)\s+juga\b", re.IGNORECASE | re.MULTILINE),
    (r"\bſatbrimob", re.IGNORECASE),
    (r"(?:ſ|\u212a)\w*", 0),
]
_SCAN_TEXTS = [
    "Kapolda KAPOLDA \u212aapolda ſatbrimob SATBRIMOB İptu iptu ıptu",
    "Waka Polda Kalbar, WakaPolda; (Polda) x.Polda 1.200 personel 12 12 abc1 ABC2",
    "Berita juga\n  baca JUGA di sini\x1c ribu\x1fRIBU 300 personel dan 3.000 personel",
    "Polres Kubu Raya pengamanan PATROLI patroli Aa1 bb22 ccc333 \u00e0\u00e9 \u0100",
]


@pytest.mark.parametrize(("pattern", "flags"), _SCAN_CASES)
def test_compile_scan_finds_what_re_finds(pattern, flags):
    scanned, plain = compile_scan(pattern, flags), re.compile(pattern, flags)
    for text in _SCAN_TEXTS + _texts()[:5]:
        assert [m.span() for m in scanned.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        for pos in range(0, len(text), 7):
            for end in (len(text), pos + 9):
                one, other = (
                    scanned.search(text, pos, end),
                    plain.search(text, pos, end),
                )
                assert (one and one.span()) == (other and other.span())
        assert scanned.sub("_", text) == plain.sub("_", text)
        assert scanned.groupindex == plain.groupindex


@pytest.mark.skipif(
    sys.version_info[:2] not in lead_module._SCAN_PYTHONS,
    reason="re's internals not read for this Python: plain re.compile",
)
def test_compile_scan_skips_where_re_cannot():
    """The opening class is written in (on this Python): the pattern differs from
    ``re.compile``'s in its code alone; one ``re`` skips ahead by itself is left."""
    scanned = compile_scan(r"\bpengamanan", re.IGNORECASE)
    plain = re.compile(r"\bpengamanan", re.IGNORECASE)
    assert scanned != plain
    assert (scanned.pattern, scanned.flags) == (plain.pattern, plain.flags)
    assert compile_scan(r"[0-9]\d* personel") == re.compile(r"[0-9]\d* personel")
    assert compile_scan(r"Polres\b") == re.compile(r"Polres\b")
    assert compile_scan(r".*x") == re.compile(r".*x")


def test_compile_scan_is_plain_re_on_an_unread_python(monkeypatch):
    """A Python whose re internals were not read gets re.compile's pattern, code
    and all: a changed info block need not raise, it could only miss matches."""
    monkeypatch.setattr(lead_module.sys, "version_info", (3, 99, 0, "final", 0))
    for pattern, flags in ((r"\bpengamanan", re.IGNORECASE), (r"(?<=\s)TPS\b", 0)):
        assert compile_scan(pattern, flags) == re.compile(pattern, flags)


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    modules = (activities, dates, doubts, elections, numbers, officials, personnel)
    for module in (*modules, stamps, units):
        for name, value in vars(module).items():
            value = value.regex if isinstance(value, PrefixScan) else value
            if isinstance(value, re.Pattern):
                found.append((f"{module.__name__}.{name}", value))
    return found


@pytest.mark.parametrize(("name", "pattern"), _module_patterns())
def test_scanned_module_pattern_finds_what_re_finds(name, pattern):
    """Every module-level pattern of the extractor matches where ``re.compile`` of
    its text does, in the evaluation texts and the odd-case ones."""
    plain = re.compile(pattern.pattern, pattern.flags)
    for text in _texts() + _SCAN_TEXTS:
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], name
