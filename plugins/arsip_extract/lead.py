"""A regex's first characters, read from the pattern itself, for a fast lookahead.

Python's ``re`` tries a pattern at every position of a text. A lookahead naming the
characters a match can start with, ``(?=[Pp])``, lets most positions fail at once,
before word boundaries and long alternations are tried. Kept by hand, such a list
drifts when a vocabulary grows (a new word starting with another letter is silently
never matched), so ``lead`` derives it from the parsed pattern.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
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


def _case_variants(char: str) -> set[str]:
    """Every character ``char`` matches under re.IGNORECASE."""
    candidates = {char, char.lower(), char.upper(), char.swapcase(), *_ODD_FOLDS}
    return {
        c
        for c in candidates
        if len(c) == 1 and re.fullmatch(re.escape(char), c, re.IGNORECASE)
    }


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


def lead(pattern: str, flags: int = 0) -> str:
    """A lookahead ``(?=[...])`` for the first characters of ``pattern``, or ``""``.

    ``""`` when a match may start anywhere (an empty match, ``.``, a negated class).
    """
    parsed = _sre_parse.parse(pattern, flags)
    plain: set[str] = set()
    folded: set[str] = set()
    try:
        ignore = bool(parsed.state.flags & re.IGNORECASE)
        if _first(parsed, ignore, plain, folded):
            return ""
    except _Unbounded:
        return ""
    parts = [f"[{''.join(sorted(plain))}]"] if plain else []
    parts += [f"(?i:[{''.join(sorted(folded))}])"] if folded else []
    return f"(?={'|'.join(parts)})"


def compile_led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind a lookahead derived by ``lead``."""
    return re.compile(f"{lead(pattern, flags)}(?:{pattern})", flags)
