"""The words read from a pattern screen out only texts it cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from arsip_extract import activities
from arsip_extract.lead import parse
from arsip_extract.prefilter import (
    Screened,
    Words,
    _openings,
    required,
    satisfied,
    split_alternation,
)
from arsip_extract.screen import can_screen

ROOT = Path(__file__).resolve().parents[2]


def _words(clauses):
    return [sorted(clause) for clause in clauses]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bkotak\s+suara\b", [["kotak"], ["suara"]]),
        # an optional part joins the word after it: "patroli" or "berpatroli"
        (r"\b(?:ber)?patroli\b", [["patroli"]]),
        (
            r"(?:kantor|gedung)\s+(?:KPU|Bawaslu)",
            [["gedung", "kantor"], ["bawaslu", "kpu"]],
        ),
        # each branch of an alternation gives a word to one clause
        (
            r"kapal\s+patroli|tim\s+pengamanan",
            [
                ["kapal", "tim"],
                ["kapal", "pengamanan"],
                ["patroli", "tim"],
                ["patroli", "pengamanan"],
            ],
        ),
        # words shorter than three letters screen nothing; an optional word neither
        (r"\bdi\s+(?:TPS\s+)?ke\b", []),
        # a lookaround consumes nothing: its words are not required
        (r"(?<=apel\s)pengamanan(?!\s+kota)", [["pengamanan"]]),
        # a word holding another is implied by it
        (r"(?:mengamankan|amankan)\s+TPS", [["amankan"], ["tps"]]),
        (r".*", []),
    ],
)
def test_required(pattern, expected):
    assert sorted(_words(required(pattern, re.IGNORECASE))) == sorted(expected)


def test_split_alternation():
    pattern = r"a|(b|c)|[|(]d\||e\(|f"
    assert split_alternation(pattern) == ["a", "(b|c)", "[|(]d\\|", "e\\(", "f"]
    assert split_alternation("x") == ["x"]


def test_words_found_overlapping():
    words = Words(["aman", "pengamanan", "tps", "kantor kpu"])
    assert words.present("pengamanan tps di kantor kpu") == {
        "aman",
        "pengamanan",
        "tps",
        "kantor kpu",
    }
    assert words.present("") == frozenset()


def test_screened_search_is_the_whole_patterns():
    rule = Screened(r"\bjaga\s+TPS\b|\bTPS\s+dijaga\b|\bjaga\b", re.I)
    words = Words(rule.words)
    for text in (
        "TPS dijaga ketat, petugas jaga TPS",
        "Petugas jaga TPS",
        "petugas berjaga",
        "tidak ada apa-apa",
        "TPS DIJAGA",
    ):
        present = words.present(text.lower())
        got, want = rule.search(text, present), rule.whole.search(text)
        assert (got and (got.span(), got.group())) == (
            want and (want.span(), want.group())
        )
    # Without the words the branch needs, it is not searched.
    assert rule.search("jaga TPS", frozenset({"tps"})) is None


def _texts() -> list[str]:
    """Sentences of our own evaluation texts, with odd case folds and capitals."""
    folders = [ROOT / "tests/fixtures/eval", ROOT / "tests/fixtures/eval-holdout"]
    texts = [
        p.read_text(encoding="utf-8")
        for folder in folders
        for p in sorted(folder.iterdir())
        if p.suffix in (".txt", ".md")
    ]
    texts.append("PENGAMANAN \u212aANTOR KPU DAN GUDANG LOGISTIK, PATROLI DI TPS")
    texts.append("Pengamanan kantor KPU oleh personel, patroli Bawaslu.")
    return [
        s
        for t in texts
        for line in t.splitlines()
        for s in re.split(r"(?<=\.)\s", line)
    ]


def _screened_patterns() -> list[tuple[str, Screened]]:
    found = [(f"rule {act}", rule) for act, rule, _ in activities._SCREENED]
    found += [(f"cut {i}", cut) for i, cut in enumerate(activities._NOT_A_DEED_PARTS)]
    for name, value in vars(activities).items():
        if isinstance(value, Screened):
            found.append((name, value))
    found += [(f"ahead {act}", event) for act, event in activities._EVENT_AHEAD]
    return found


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bjaga\s+TPS\b|\bTPS\s+dijaga\b|\bjaga\b",  # "\b" taken out by the parser
        r"patroli\s+malam|patroli\s+siang",  # a common literal taken out
        r"a|b|c",  # made a class
        r"(?:kawal|jaga)\s+(TPS)|(KPU)\s+dijaga",
        r"\bapel\s+gelar\s+pasukan",  # one branch
    ],
)
def test_whole_pattern_words_from_its_branches(pattern):
    """A pattern's words, read from its branches' analyses, are those of the whole
    parse."""
    assert Screened(pattern, re.I).clauses == required(pattern, re.I)


@pytest.mark.parametrize(("name", "rule"), _screened_patterns())
def test_whole_words_are_the_parse_s(name, rule):
    assert rule.clauses == required(rule.pattern, rule.flags), name


@pytest.mark.parametrize(("name", "rule"), _screened_patterns())
def test_screen_never_refuses_a_match(name, rule):
    """Wherever a branch (or the whole pattern) matches, its words are present."""
    words = Words(rule.words)
    for text in _texts():
        present = words.present(text.lower()) if can_screen(text) else None
        whole = rule.whole.search(text)
        got = rule.search(text, present)
        assert (got and got.span()) == (whole and whole.span()), (name, text)
        if present is None:
            continue
        if whole:
            assert rule.possible(present), (name, text)
        for branch, clauses in rule.branches:
            if branch.search(text):
                assert satisfied(clauses, present), (name, branch.pattern, text)


@pytest.mark.parametrize(("name", "rule"), _screened_patterns())
def test_in_story_is_the_whole_patterns_search(name, rule):
    """Searching a long text where a branch's first words stand finds what re does."""
    folders = [ROOT / "tests/fixtures/eval", ROOT / "tests/fixtures/eval-holdout"]
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix not in (".txt", ".md"):
                continue
            text = path.read_text(encoding="utf-8")
            low = text.lower() if can_screen(text) else None
            assert rule.in_story(text, low) == bool(rule.whole.search(text)), (
                name,
                path.name,
            )


def test_openings_of_a_branch():
    """The words a branch's matches open with, as ``lead.literal_prefixes`` reads
    them (one walker of the parsed pattern for both uses)."""

    def openings(pattern):
        return _openings(pattern, re.I, parse(pattern, re.I))

    assert openings(r"\b(?:kampanye|debat)\s+besok") == ("debat", "kampanye")
    assert openings(r"\b(?:ber)?patroli\b") == ("berpatro", "patroli")
    # a match may start with anything, or with too short a word
    assert openings(r"\w+\s+kampanye") is None
    assert openings(r"\b(?:di|ke)\s+KPU") is None
