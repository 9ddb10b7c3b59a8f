"""A regex's first characters, read from the pattern itself, for a fast lookahead.

Python's ``re`` tries a pattern at every position of a text. A lookahead naming the
characters a match can start with, ``(?=[Pp])``, lets most positions fail at once,
before word boundaries and long alternations are tried. Kept by hand, such a list
drifts when a vocabulary grows (a new word starting with another letter is silently
never matched), so ``lead`` derives it from the parsed pattern.
"""

from __future__ import annotations

import _sre
import os
import re
import sys
from collections.abc import Iterator
from functools import cache

from arsip_extract.screen import _ODD_CASE, screened_lower

try:  # Python 3.11+
    from re import _compiler as _sre_compile
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Characters that fold onto ASCII letters under re.IGNORECASE (see the re docs).
_ODD_FOLDS = "\u0130\u0131\u017f\u212a"
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_WORD: r"\w",
}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


class _Unbounded(Exception):
    """A match may start with (almost) any character."""


@cache
def _case_variants(char: str) -> frozenset[str]:
    """Every character ``char`` matches under re.IGNORECASE (kept per character: the
    tables built at import ask ~20,000 times for a few hundred characters)."""
    # (re folds by each character's own lower case: "İ" lowers to "i" there, to
    # "i" and a dot in ``str.lower``)
    base = chr(_sre.unicode_tolower(ord(char)))
    candidates = {char, char.lower(), char.upper(), char.swapcase(), *_ODD_FOLDS}
    candidates |= {base, base.upper(), base.swapcase()}
    one = re.compile(re.escape(char), re.IGNORECASE).fullmatch
    return frozenset(c for c in candidates if len(c) == 1 and one(c))


def _class_item(op, av, ignore: bool, plain: set[str], folded: set[str]) -> None:
    if op is _c.LITERAL:
        chars = _case_variants(chr(av)) if ignore else {chr(av)}
        plain.update(re.escape(c) for c in chars)
    elif op is _c.RANGE:
        text = f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
        (folded if ignore else plain).add(text)
    elif op is _c.CATEGORY and av in _CATEGORIES:
        plain.add(_CATEGORIES[av])
    else:
        raise _Unbounded


def _first(items, ignore: bool, plain: set[str], folded: set[str]) -> bool:
    """Add the first characters of ``items`` to the sets; True when it may be empty."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL or op is _c.IN:
            for item_op, item_av in [(op, av)] if op is _c.LITERAL else av:
                _class_item(item_op, item_av, ignore, plain, folded)
            return False
        if op is _c.BRANCH:
            empty = False
            for branch in av[1]:
                empty |= _first(branch, ignore, plain, folded)
            if not empty:
                return False
        elif op is _c.SUBPATTERN:
            _, add, remove, sub = av
            scoped = (ignore or bool(add & re.IGNORECASE)) and not remove & re.I
            if not _first(sub, scoped, plain, folded):
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _first(av, ignore, plain, folded):
                return False
        elif op in _REPEATS:
            low, _, sub = av
            if not _first(sub, ignore, plain, folded) and low > 0:
                return False
        else:
            raise _Unbounded
    return True


def parse(pattern: str, flags: int = 0):
    """``pattern`` parsed by ``re``'s own parser (what ``lead``, ``literal_prefixes``
    and ``prefilter`` read; parse once, hand it to each). The flags as a plain
    ``int``, as ``re.compile`` passes them: kept as a ``re.RegexFlag`` in the
    parse, every flag test while compiling it goes through ``enum``."""
    return _sre_parse.parse(pattern, int(flags))


def _first_sets(parsed) -> tuple[set[str], set[str]] | None:
    """The classes (escaped, case variants written out; ranges that fold case apart)
    every match of ``parsed`` opens with, or None when it may open with anything."""
    plain: set[str] = set()
    folded: set[str] = set()
    try:
        ignore = bool(parsed.state.flags & re.IGNORECASE)
        if _first(parsed, ignore, plain, folded):
            return None
    except _Unbounded:
        return None
    return plain, folded


def _lookahead(sets: tuple[set[str], set[str]] | None) -> str:
    if sets is None:
        return ""
    plain, folded = sets
    parts = [f"[{''.join(sorted(plain))}]"] if plain else []
    parts += [f"(?i:[{''.join(sorted(folded))}])"] if folded else []
    return f"(?={'|'.join(parts)})"


def lead(pattern: str, flags: int = 0, parsed=None) -> str:
    """A lookahead ``(?=[...])`` for the first characters of ``pattern``, or ``""``.

    ``""`` when a match may start anywhere (an empty match, ``.``, a negated class).
    ``parsed``: the pattern already parsed (``parse``).
    """
    parsed = parsed if parsed is not None else parse(pattern, flags)
    return _lookahead(_first_sets(parsed))


def led(pattern: str, flags: int = 0, parsed=None) -> re.Pattern[str]:
    """``re.compile(f"{lead(pattern)}(?:{pattern})", flags)``, its lookahead read
    from ``parsed`` (``pattern`` parsed, as ``lead`` reads it) when given; searched
    with ``re``'s skip over the characters it cannot open with (``compile_scan``)."""
    sets = _first_sets(parsed if parsed is not None else parse(pattern, flags))
    full = f"{_lookahead(sets)}(?:{pattern})"
    return _scanning(full, flags, sets) or re.compile(full, flags)


# Folded ranges wider than this are not written out for the scan.
_MOST_FOLDED = 512

# The Pythons whose re internals (_compiler._code, _compile_info, _sre.compile and
# the info block's layout) were read for _scanning. Another Python compiles every
# pattern with plain re.compile: a change there need not raise, it could only
# make a search miss, so it is not tried blind.
_SCAN_PYTHONS = {(3, 11), (3, 12), (3, 13)}


class _Opening:
    """What ``re``'s ``_compile_info`` reads of a pattern to write its search
    skip: the width, and a first item that is the class of opening characters."""

    def __init__(self, items: list, width: tuple[int, int]) -> None:
        self.data = [(_c.IN, items)]
        self._width = width

    def getwidth(self) -> tuple[int, int]:
        return self._width


def _class_items(chars: set[str], flags: int) -> list:
    """The items of the class ``[chars]`` as ``re`` parses them (a class of one
    character is parsed as that literal)."""
    ((op, av),) = parse(f"[{''.join(sorted(chars))}]", flags).data
    if op is _c.IN:
        return list(av)
    if op is _c.LITERAL:
        return [(op, av)]
    raise ValueError(f"not a class: {chars!r}")


def _opening_items(sets: tuple[set[str], set[str]], flags: int) -> list | None:
    """``sets`` as the items of one class matched case-sensitively (a folded
    range written out as every character ``re`` folds onto it), or None."""
    plain, folded = sets
    sensitive = int(flags) & ~(re.IGNORECASE | re.LOCALE)
    items = []
    if plain:
        items += _class_items(plain, sensitive)
    if folded:
        codes: list[int] = []
        for item_op, item_av in _class_items(folded, sensitive):
            if item_op is _c.LITERAL:
                codes.append(item_av)
            elif item_op is _c.RANGE:
                codes += range(item_av[0], item_av[1] + 1)
            else:
                return None
            if len(codes) > _MOST_FOLDED:
                return None
        items += [
            (_c.LITERAL, ord(variant))
            for code in codes
            for variant in sorted(_case_variants(chr(code)))
        ]
    return items


def _scanning(pattern: str, flags: int, sets) -> re.Pattern[str] | None:
    """``re.compile(pattern, flags)`` with the characters every match opens with
    (``sets``, from ``_first_sets``) written into its info block, when ``re``
    found no literal or class to skip ahead to; else None.

    ``re`` tries a pattern at every position of a text unless it opens with a
    literal or a class it can read (not a lookahead, a word boundary, a
    lookbehind or case-blind letters): at each it enters its matcher, ~7 ns a
    character of a long text. Given the opening class, its search skips to the
    characters in it first, as it does for a pattern that opens with that class;
    the code run at each is the pattern's own, so it matches where it did.
    """
    if sets is None or sys.version_info[:2] not in _SCAN_PYTHONS:
        return None
    try:
        parsed = parse(pattern, flags)
        code = _sre_compile._code(parsed, int(flags))
        low, high = parsed.getwidth()
        skips = _c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET
        if code[0] != _c.INFO or code[2] & skips or low == 0:
            return None
        every = parsed.state.flags | int(flags)
        items = _opening_items(sets, every)
        if not items:
            return None
        info: list = []
        _sre_compile._compile_info(
            info, _Opening(items, (low, high)), every & ~re.IGNORECASE
        )
        if info[2] != _c.SRE_INFO_CHARSET:
            return None
        names = parsed.state.groupdict
        by_index: list[str | None] = [None] * parsed.state.groups
        for name, index in names.items():
            by_index[index] = name
        return _sre.compile(
            pattern,
            every,
            info + code[code[1] + 1 :],
            parsed.state.groups - 1,
            names,
            tuple(by_index),
        )
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error):
        return None  # another ``re`` than 3.11-3.13's: compiled as it is


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, searched with ``re``'s skip over the
    characters no match can open with (see ``_scanning``)."""
    return _scanning(pattern, flags, _first_sets(parse(pattern, flags))) or re.compile(
        pattern, flags
    )


def compile_ahead(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind ``lead``'s lookahead: the same matches,
    a plain compiled pattern (unlike ``compile_led``, never a ``PrefixScan``).

    Only where it was measured to pay: a lookahead also turns off ``re``'s own scan
    for a literal or a class a pattern opens with, and some patterns got slower.
    """
    return led(pattern, flags)


# Literal prefixes: where a long text is searched, ``str.find`` of a few words beats
# ``re`` trying the pattern at every position (20-40 ns a character, even behind the
# lookahead above): a case-blind word alternation led by ``\b`` costs ~100 us per
# article, found through its prefixes ~15-40 us, the same matches.

# Characters that ``str.lower`` does not fold as re.IGNORECASE does (U+0130 even
# lowers to two characters); a text holding one is searched by ``re`` alone.
_ODD_LOWER = "\u0130\u0131\u017f"
assert frozenset(_ODD_LOWER) == _ODD_CASE
# Prefixes are cut at this length, and a pattern with more than this many is left
# to ``re``: beyond that the finds cost more than they save.
_PREFIX_CHARS = 8
_MAX_PREFIXES = 24


class _TooMany(Exception):
    """The pattern has too many prefixes to be worth finding one by one."""


def _lower_chars(op, av, ignore: bool) -> set[str] | None:
    """The lower-case characters the text characters matched by ``op`` lower to (in
    a text without ``_ODD_LOWER``), when a few; else None."""
    if op is _c.LITERAL:
        chars = _case_variants(chr(av)) if ignore else {chr(av)}
    elif op is _c.IN and all(item_op is _c.LITERAL for item_op, _ in av):
        chars = set()
        for _, item_av in av:
            chars |= _case_variants(chr(item_av)) if ignore else {chr(item_av)}
    else:
        return None
    lowered = {c.lower() for c in chars if c not in _ODD_LOWER}
    return lowered if 0 < len(lowered) <= 4 else None


def _prefixes_of(items, ignore: bool, most: int, length: int) -> list[tuple[str, bool]]:
    """``(prefix, whole)`` pairs: every match of ``items`` lowers to text opening
    with one of the prefixes; ``whole`` when the items end exactly there."""
    result = [("", True)]
    for op, av in items:
        if all(not whole or len(seq) >= length for seq, whole in result):
            break
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL or op is _c.IN:
            chars = _lower_chars(op, av, ignore)
            part = [(c, True) for c in sorted(chars)] if chars else [("", False)]
        elif op is _c.BRANCH:
            part = []
            for branch in av[1]:
                part += _prefixes_of(branch, ignore, most, length)
        elif op is _c.SUBPATTERN:
            _, add, remove, sub = av
            scoped = (ignore or bool(add & re.IGNORECASE)) and not remove & re.I
            part = _prefixes_of(sub, scoped, most, length)
        elif op in _REPEATS:
            low, high, sub = av
            once = _prefixes_of(sub, ignore, most, length)
            if high != 1:  # after one round another may follow: the prefix ends
                once = [(seq, False) for seq, _ in once]
            part = once + [("", True)] if low == 0 else once
        else:  # anything else may start with any character: the prefix ends
            part = [("", False)]
        joined = []
        for seq, whole in result:
            if not whole or len(seq) >= length:
                joined.append((seq, whole))
                continue
            for more, more_whole in part:
                full = seq + more
                whole = more_whole and len(full) <= length
                joined.append((full[:length], whole))
        result = list(dict.fromkeys(joined))
        if len(result) > 8 * most:
            raise _TooMany
    return result


def literal_prefixes(
    pattern: str,
    flags: int = 0,
    most: int = _MAX_PREFIXES,
    length: int = _PREFIX_CHARS,
    parsed=None,
) -> tuple[str, ...] | None:
    """Lower-case strings, one of which every match of ``pattern`` opens with (its
    text lowered), or None when a match may open otherwise or there are too many.

    A prefix that starts with another is left out: it finds no other place.
    ``parsed``: the pattern already parsed (``parse``).
    """
    parsed = parsed if parsed is not None else parse(pattern, flags)
    ignore = bool(parsed.state.flags & re.IGNORECASE)
    try:
        found = {seq for seq, _ in _prefixes_of(parsed, ignore, most, length)}
    except _TooMany:
        return None
    if "" in found or len(found) > most:
        return None
    # Prefixes sharing their first three letters are found as their common head
    # ("pilkada", "pilgub", "pilbup": "pil"): one ``str.find`` over the text instead
    # of several, for a few more places tried.
    heads: dict[str, list[str]] = {}
    for prefix in found:
        heads.setdefault(prefix[:3], []).append(prefix)
    found = {
        os.path.commonprefix(group) if len(group) > 1 else group[0]
        for group in heads.values()
    }
    return tuple(
        sorted(p for p in found if not any(p != q and p.startswith(q) for q in found))
    )


# The last long text lowered, and its lowered copy: the finders of one article search
# the same text one after another.
_lowered: tuple[str, str | None] = ("", "")
# Below this many characters ``re`` alone is as quick.
_SHORT = 48
# From this many characters a text is lowered through ``screen.screened_lower``,
# which keeps the copy for the next finder (a short one is lowered faster alone).
_KEPT_FROM = 256


def _lower(text: str) -> str | None:
    """``text.lower()``, when its offsets are the text's and it shows every case-blind
    match (see ``_ODD_LOWER``); else None."""
    if not text.isascii() and any(odd in text for odd in _ODD_LOWER):
        return None
    return text.lower()


class PrefixScan:
    """A compiled pattern whose searches try it only where a literal prefix occurs.

    ``finditer``, ``search`` and ``sub`` give what the compiled pattern's would: a
    match starts with one of the prefixes (``literal_prefixes``), so the pattern is
    tried with ``match`` at each place ``str.find`` gives in the lowered text, in
    order, going on after each match as ``re`` does (a match is never empty: it
    opens with a prefix). Anything else is the compiled pattern's own.
    """

    def __init__(self, regex: re.Pattern[str], prefixes: tuple[str, ...]) -> None:
        self.regex = regex
        self.prefixes = prefixes

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"PrefixScan({self.regex!r}, {self.prefixes!r})"

    def _starts(self, text: str, pos: int, end: int) -> list[int] | None:
        """Where a prefix occurs in text[pos:end], in order; None: ask ``re``."""
        global _lowered
        if end - pos < _SHORT:
            return None
        last = _lowered
        if last[0] is text:  # the same text again: its lowered copy is kept
            low, lo, hi, shift = last[1], pos, end, 0
        elif 2 * (end - pos) >= len(text):
            # (a long text from the copies other finders lowered: ``screened_lower``
            # is ``_lower``, its odd characters being these)
            low = screened_lower(text) if len(text) >= _KEPT_FROM else _lower(text)
            _lowered = (text, low)
            lo, hi, shift = pos, end, 0
        else:  # a window of another text: lowered alone
            low, lo, hi, shift = _lower(text[pos:end]), 0, end - pos, pos
        if low is None:
            return None
        starts = set()
        for prefix in self.prefixes:
            at = low.find(prefix, lo, hi)
            while at >= 0:
                starts.add(at + shift)
                at = low.find(prefix, at + 1, hi)
        return sorted(starts)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        end = min(endpos, len(text))
        pos = max(pos, 0)
        starts = self._starts(text, pos, end)
        if starts is None:
            yield from self.regex.finditer(text, pos, end)
            return
        match_at, after = self.regex.match, pos
        for start in starts:
            if start >= after and (match := match_at(text, start, end)):
                yield match
                after = match.end()

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``re.Pattern.search``: the first match ``finditer`` would give (written
        out: a generator per call cost ~0.4 us, and this runs ~40 times an article)."""
        end = min(endpos, len(text))
        if end - pos < _SHORT:
            return self.regex.search(text, pos, endpos)
        pos = max(pos, 0)
        starts = self._starts(text, pos, end)
        if starts is None:
            return self.regex.search(text, pos, end)
        match_at = self.regex.match
        for start in starts:
            if match := match_at(text, start, end):
                return match
        return None

    def sub(self, repl, text: str, count: int = 0) -> str:
        """``re.Pattern.sub``."""
        if len(text) < _SHORT:
            return self.regex.sub(repl, text, count)
        parts, at = [], 0
        for n, match in enumerate(self.finditer(text), 1):
            parts.append(text[at : match.start()])
            parts.append(repl(match) if callable(repl) else match.expand(repl))
            at = match.end()
            if n == count:
                break
        parts.append(text[at:])
        return "".join(parts)


def compile_led(pattern: str, flags: int = 0) -> re.Pattern[str] | PrefixScan:
    """``re.compile(pattern, flags)`` behind a lookahead derived by ``lead``; searched
    through its literal prefixes (a ``PrefixScan``) when it has a few of three
    letters or more."""
    parsed = parse(pattern, flags)
    regex = led(pattern, flags, parsed)
    prefixes = literal_prefixes(pattern, flags, parsed=parsed)
    if not prefixes or min(map(len, prefixes)) < 3:
        return regex
    return PrefixScan(regex, prefixes)
