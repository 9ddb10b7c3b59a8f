"""Words a regex match must contain, read from the pattern, to skip hopeless searches.

A case-blind rule like ``\\bpengamanan\\s+...\\bkantor\\s+KPU`` cannot match a
sentence that holds neither "kpu" nor "bawaslu"; a search that is bound to fail still
costs a try at every position. ``required`` reads such words from the parsed pattern
(so they never drift from it), ``Words`` finds which of them a text holds in one pass
(Aho-Corasick, pyahocorasick), and ``Screened`` searches only the top-level branches
of a pattern whose words are all there, with ``re``'s own result.

The words hold for a text whose ``str.lower()`` keeps every case-blind match
(``screen.can_screen``); for any other text ``Screened`` searches every branch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, cached_property
from operator import itemgetter
from typing import NamedTuple

import ahocorasick

from arsip_extract.lead import led, literal_prefixes, parse

try:  # Python 3.11+
    from re import _constants as _c
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]

# Exact string sets grow by products ("(?:ber)?patroli"): beyond this, keep words.
_CAP = 64
# A shorter word ("di", "ke") is in nearly every sentence: it screens nothing.
_MIN_WORD = 3
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
Clause = frozenset[str]


class _Info(NamedTuple):
    """What a piece of pattern matches: exactly one of ``exact``, or else it starts
    with one of ``prefix``, ends with one of ``suffix`` and holds a word of each
    clause (None: nothing known). (A tuple: ~90,000 are made at import, and a frozen
    dataclass's ``__init__`` cost twice as much.)"""

    exact: frozenset[str] | None = None
    prefix: frozenset[str] | None = None
    clauses: tuple[Clause, ...] = ()
    suffix: frozenset[str] | None = None


_UNKNOWN = _Info()
_EMPTY = _Info(exact=frozenset({""}))


@cache
def _lower_char(code: int) -> str | None:
    """The character ``str.lower`` gives in a text where ``code`` matched, or None."""
    char = chr(code)
    low = char.lower()
    if len(low) != 1 or (not char.isascii() and char.lower() != char.upper()):
        return None
    return low


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x in a for y in b)


@cache
def _clause(words: frozenset[str] | None) -> tuple[Clause, ...]:
    """``words`` as a clause (one of them is in every match), if it screens at all.

    (Kept per set: the same sets come back ~20,000 times at import.)"""
    if not words:
        return ()
    # A word holding another is implied by it: keep the shorter. (Shortest first,
    # each tried against the words kept so far only: a word holding a dropped word
    # also holds the kept word that one held.)
    kept: list[str] = []
    for word in sorted(words, key=len):
        if not any(k in word for k in kept):
            kept.append(word)
    if len(kept[0]) < _MIN_WORD:
        return ()
    return (frozenset(kept),)


def _clauses(info: _Info) -> tuple[Clause, ...]:
    if info.exact is not None:
        return _clause(info.exact)
    return _clause(info.prefix) + info.clauses + _clause(info.suffix)


def _concat(a: _Info, b: _Info) -> _Info:
    if a.exact is not None and b.exact is not None:
        both = _product(a.exact, b.exact)
        return _Info(exact=both) if both is not None else _Info(a.exact, (), b.exact)
    if a.exact is not None:
        joined = _product(a.exact, b.prefix) if b.prefix is not None else None
        if joined is not None:
            return _Info(None, joined, b.clauses, b.suffix)
        return _Info(None, a.exact, _clause(b.prefix) + b.clauses, b.suffix)
    if b.exact is not None:
        joined = _product(a.suffix, b.exact) if a.suffix is not None else None
        if joined is not None:
            return _Info(None, a.prefix, a.clauses, joined)
        return _Info(None, a.prefix, a.clauses + _clause(a.suffix), b.exact)
    middle = (
        _product(a.suffix, b.prefix)
        if a.suffix is not None and b.prefix is not None
        else None
    )
    between = (
        _clause(middle) if middle is not None else _clause(a.suffix) + _clause(b.prefix)
    )
    return _Info(None, a.prefix, a.clauses + between + b.clauses, b.suffix)


def _class(items) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            low = _lower_char(av)
            if low is None:
                return _UNKNOWN
            chars.add(low)
        elif op is _c.RANGE and av[1] - av[0] < 8:
            for code in range(av[0], av[1] + 1):
                low = _lower_char(code)
                if low is None:
                    return _UNKNOWN
                chars.add(low)
        else:  # a negation, a category, a wide range
            return _UNKNOWN
    return _Info(exact=frozenset(chars))


def _branch(branches) -> _Info:
    return _alternation([_sequence(b) for b in branches])


def _alternation(infos: list[_Info]) -> _Info:
    """What an alternation of pieces matches, from what each of them does."""
    if all(i.exact is not None for i in infos):
        union = frozenset().union(*(i.exact for i in infos))
        if len(union) <= _CAP:
            return _Info(exact=union)
    options = [_clauses(info) for info in infos]
    if not all(options):
        return _UNKNOWN
    # "A or B" holds a word of (a clause of A) + (a clause of B), for every pair: the
    # clauses of the alternation, the most telling few kept as branches are added.
    kept = options[0]
    for own in options[1:]:
        kept = _fewest({a | b for a in kept for b in own})
    return _Info(clauses=kept)


_KEEP = 8


def _fewest(clauses: set[Clause]) -> tuple[Clause, ...]:
    """The most telling clauses (fewest words), none implied by another one."""
    ranked = sorted(
        (c for clause in clauses for c in _clause(clause)),
        key=lambda c: (len(c), -min(map(len, c)), sorted(c)),
    )
    kept: list[Clause] = []
    for clause in ranked:
        # (a clause holding all the words of a kept one says less than it)
        if not any(k <= clause for k in kept):
            kept.append(clause)
    return tuple(kept[:_KEEP])


def _repeat(low: int, high: int, body) -> _Info:
    info = _sequence(body)
    if info.exact is not None and high <= 3:
        total, power = (_EMPTY.exact if low == 0 else None), _EMPTY.exact
        for count in range(1, high + 1):
            power = _product(power, info.exact)
            if power is None:
                break
            if count >= low:
                total = power if total is None else total | power
        else:
            if total is not None and len(total) <= _CAP:
                return _Info(exact=total)
    return _Info(clauses=_clauses(info)) if low >= 1 else _UNKNOWN


def _node(op, av) -> _Info:
    if op is _c.LITERAL:
        low = _lower_char(av)
        return _Info(exact=frozenset({low})) if low is not None else _UNKNOWN
    if op is _c.IN:
        return _class(av)
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is _c.SUBPATTERN:
        return _sequence(av[3])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        return _repeat(*av)
    return _UNKNOWN  # ".", a negated literal, a group reference


def _sequence(items) -> _Info:
    info = _EMPTY
    for op, av in items:
        info = _concat(info, _node(op, av))
    return info


def _analysed(pattern: str, flags: int, parsed=None) -> _Info:
    return _sequence(parsed if parsed is not None else parse(pattern, flags))


def _required_of(info: _Info) -> tuple[Clause, ...]:
    return tuple(dict.fromkeys(_clauses(info)))


def _whole(pattern: str, flags: int, infos: list[_Info]) -> _Info:
    """``_analysed(pattern)`` for a pattern whose top-level branches' analyses are
    ``infos`` (``split_alternation``'s order), not walking the branches again.

    The branches of ``re``'s parse are analysed as parsed alone (the analysis reads
    neither group numbers nor flags). The parser takes a prefix common to all
    branches out before the alternation (``\\b`` mostly): a zero-width one adds
    nothing to a branch's analysis, so the branches' own still hold. Any other change
    of the alternation (a common literal, single characters made a class): the parse
    is analysed whole. (Half the analysis at import was this second walk.)
    """
    if len(infos) == 1:
        return infos[0]  # the branch is the pattern
    parsed = parse(pattern, flags)
    *before, (op, av) = parsed if len(parsed) else [(None, None)]
    if (
        op is _c.BRANCH
        and len(av[1]) == len(infos)
        and all(item_op in _ZERO_WIDTH for item_op, _ in before)
    ):
        return _concat(_EMPTY, _alternation(infos))
    return _sequence(parsed)


def required(pattern: str, flags: int = 0) -> tuple[Clause, ...]:
    """Clauses of lower-case words: every match of ``pattern`` holds one of each.

    For case-blind patterns, a match in a text ``screen.can_screen`` accepts shows
    its words in ``text.lower()``. Words shorter than three letters are not used.
    """
    return _required_of(_analysed(pattern, flags))


def split_alternation(pattern: str) -> list[str]:
    """The top-level branches of ``pattern``: ``a|(b|c)|d`` gives three."""
    branches, start, depth, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i += 1
            if i < len(pattern) and pattern[i] == "^":
                i += 1
            if i < len(pattern) and pattern[i] == "]":
                i += 1  # a "]" first in a class is literal
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


# The word of an ``(end, word)`` hit (taken in C: a generator costs a frame per hit).
_WORD = itemgetter(1)


class Words:
    """Which of a fixed set of lower-case words a text holds, found in one pass."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in set(words):
            self._automaton.add_word(word, word)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def present(self, low: str) -> frozenset[str]:
        """The words that occur in ``low`` (a lower-cased text)."""
        if self._empty or not low:
            return frozenset()
        return frozenset(map(_WORD, self._automaton.iter(low)))

    def any_in(self, low: str) -> bool:
        """Whether ``low`` (a lower-cased text) holds any of the words."""
        return not self._empty and next(self._automaton.iter(low), None) is not None


def in_window(
    low: str | None, clauses: tuple[Clause, ...], start: int, end: int
) -> bool:
    """Whether ``low[start:end]`` holds a word of each clause (``low``: a text's
    ``str.lower()`` where ``screen.can_screen``; None: unknown, so it may).

    A pattern searched over a short window before a mention tries every position of
    it; the words it needs (``required``), found by ``str.find`` in the window of a
    text lowered once, refuse most windows for less.
    """
    if low is None:
        return True
    start = max(0, start)
    for clause in clauses:
        for word in clause:
            if low.find(word, start, end) >= 0:
                break
        else:
            return False
    return True


def satisfied(clauses: tuple[Clause, ...], present: frozenset[str]) -> bool:
    """True when ``present`` holds a word of every clause."""
    for clause in clauses:  # (a loop: this runs for every rule and sentence)
        if clause.isdisjoint(present):
            return False
    return True


def _compile(pattern: str, flags: int, parsed=None) -> re.Pattern[str]:
    """A plain compiled pattern behind the lookahead of its first characters."""
    return led(pattern, flags, parsed)


def _openings(pattern: str, flags: int, parsed) -> tuple[str, ...] | None:
    """What every match of a branch opens with (``lead.literal_prefixes``), when
    each is a word of three letters or more; else None."""
    words = literal_prefixes(pattern, flags, most=_CAP, parsed=parsed)
    return words if words and min(map(len, words)) >= _MIN_WORD else None


# Word sets kept per screened pattern (``Screened.search``), at most.
_KEPT_WORD_SETS = 4096


class Screened:
    """A pattern searched branch by branch, each only when its words are present.

    ``search`` returns what ``re.search`` with the whole pattern returns: the match
    starting leftmost, and of those the earliest branch's (an alternation tries its
    branches in order at each position, and a branch's own first match is the one it
    gives there).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        # Each branch parsed once (at import: ~30 patterns, hundreds of branches).
        branches = [(b, parse(b, flags)) for b in split_alternation(pattern)]
        infos = [_sequence(tree) for _, tree in branches]
        self.branches = tuple(
            (_compile(b, flags, tree), _required_of(info))
            for (b, tree), info in zip(branches, infos, strict=True)
        )
        # What any match needs (one word of each clause), for a quick refusal.
        self.clauses = _required_of(_whole(pattern, flags, infos))
        self.words = frozenset(
            w
            for clauses in (self.clauses, *(c for _, c in self.branches))
            for clause in clauses
            for w in clause
        )

    # ``whole`` and ``_leads`` are made when first used: most rules are searched
    # branch by branch only (``search``) and never need them, and compiling every
    # whole pattern was a fifth of importing the extractor.
    @cached_property
    def whole(self) -> re.Pattern[str]:
        """The whole pattern compiled (behind the lookahead of its first characters)."""
        return _compile(self.pattern, self.flags)

    @cached_property
    def _leads(self) -> tuple[tuple[str, ...] | None, ...]:
        """For a long text searched once: the words each branch's matches start with."""
        return tuple(
            _openings(b, self.flags, parse(b, self.flags))
            for b in split_alternation(self.pattern)
        )

    def possible(self, present: frozenset[str] | None) -> bool:
        """False when the pattern cannot match a text holding only ``present``."""
        return present is None or satisfied(self.clauses, present)

    def found_in(self, text: str, present: frozenset[str] | None) -> bool:
        """Whether the pattern matches ``text`` (``present``: None when unknown)."""
        return self.possible(present) and bool(self.whole.search(text))

    def in_story(self, text: str, low: str | None) -> bool:
        """Whether the pattern matches a long ``text`` searched once (``low``: its
        ``str.lower()`` where ``screen.can_screen``, else None), screened by substring
        tests."""
        if low is None:
            return bool(self.whole.search(text))
        for clause in self.clauses:
            if not any(map(low.__contains__, clause)):
                return False
        for (branch, clauses), lead_words in zip(
            self.branches, self._leads, strict=True
        ):
            if not all(any(map(low.__contains__, c)) for c in clauses):
                continue
            if lead_words is None:
                if branch.search(text):
                    return True
                continue
            # Try the branch only where a word its matches start with stands (a
            # case-blind search tries every position of a long text).
            for word in lead_words:
                at = low.find(word)
                while at >= 0:
                    if branch.match(text, at):
                        return True
                    at = low.find(word, at + 1)
        return False

    @cached_property
    def _allowed(self) -> dict[frozenset[str], tuple[re.Pattern[str], ...]]:
        """The branches a text holding a word set may match, by word set (the same
        sentence is searched by several rules, and word sets recur)."""
        return {}

    def _branches_for(self, present: frozenset[str]) -> tuple[re.Pattern[str], ...]:
        """The branches ``present`` satisfies (none when the pattern's own clauses
        fail)."""
        allowed = self._allowed
        branches = allowed.get(present)
        if branches is None:
            if len(allowed) >= _KEPT_WORD_SETS:
                allowed.clear()
            branches = allowed[present] = (
                tuple(b for b, clauses in self.branches if satisfied(clauses, present))
                if satisfied(self.clauses, present)
                else ()
            )
        return branches

    def search(self, text: str, present: frozenset[str] | None) -> re.Match[str] | None:
        """The whole pattern's ``search`` of ``text`` (``present``: None: unknown)."""
        best: re.Match[str] | None = None
        branches = (
            [b for b, _ in self.branches]
            if present is None
            else self._branches_for(present)
        )
        for branch in branches:
            match = branch.search(text)
            if match and (best is None or match.start() < best.start()):
                best = match
                if not best.start():
                    break  # (no later branch can start before it)
        return best
