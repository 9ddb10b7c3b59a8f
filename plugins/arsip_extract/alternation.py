"""A regex alternation of many literal names, written as a trie."""

from __future__ import annotations

import re
from collections.abc import Iterator


def trie_alternation(names: list[str]) -> str:
    """A pattern matching exactly what ``a|b|...`` does with the longest name first.

    Python's ``re`` tries an alternation's branches one by one; as a trie, a position
    is given up after its first few characters. The names matching at one position
    are prefixes of each other, so they lie on one path of the trie, and each node
    tries its children before ending: the longest name whose continuation succeeds
    wins, as with the longest-first alternation. Names must be distinct, and under
    ``re.IGNORECASE`` lower-cased.
    """
    trie: dict = {}
    for name in set(names):
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:
    branches = [
        re.escape(char) + _render(child) for char, child in node.items() if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"


def finditer_checked(
    pattern: re.Pattern[str], before: re.Pattern[str], text: str, pos: int = 0
) -> Iterator[re.Match[str]]:
    """``re.finditer(before + pattern)``, for ``before`` made of lookbehinds only.

    A pattern opening with a trie's first letters lets ``re`` skip ahead to them;
    put a lookbehind first and every position is tried. So ``pattern`` is searched
    alone and ``before`` checked where it matches: a match failing it is dropped and
    the search goes on one character later, as the whole pattern would. ``pos``:
    where the search starts (the caller knows no match starts before it).
    """
    while match := pattern.search(text, pos):
        if before.match(text, match.start()):
            yield match
            pos = match.end() if match.end() > match.start() else match.start() + 1
        else:
            pos = match.start() + 1


def finditer_from(
    pattern: re.Pattern[str], scout: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose every match starts where
    ``scout`` matches (and ``scout`` consuming one character: no start is skipped).

    A scout that opens with a consumed literal lets ``re`` skip ahead to the few
    places a match may start; ``pattern`` is matched only there, in order, going on
    after each match as ``finditer`` does (the matches must not be empty).
    """
    after = 0
    for hit in scout.finditer(text):
        start = hit.start()
        if start >= after and (match := pattern.match(text, start)):
            yield match
            after = match.end()
