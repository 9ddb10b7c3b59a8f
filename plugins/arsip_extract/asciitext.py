"""Patterns searched as an ASCII text allows: the same matches, found faster.

In a text of ASCII characters the only decimal digits are ``0``-``9`` (Unicode has
other decimal digits, all above U+007F), so ``\\d`` and ``[0-9]`` match there the same
characters, case-blind or not. ``re`` tests a ``\\d`` through the Unicode database at
each character it tries, and a pattern that opens with one (a date, a count) is
tried at every character of a whole text; ``[0-9]`` is a bitmap test.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_DIGIT = (_c.CATEGORY, _c.CATEGORY_DIGIT)
_ZERO_TO_NINE = (_c.RANGE, (ord("0"), ord("9")))


def _written(pattern: str) -> str:
    """``pattern`` with ``\\d`` written ``[0-9]`` (``0-9`` inside a class)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            pair = pattern[i : i + 2]
            out.append(("0-9" if in_class else "[0-9]") if pair == r"\d" else pair)
            i += 2
            continue
        out.append(char)
        i += 1
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            for opening in ("^", "]"):  # "[^" and a "]" first are the class's own
                if pattern.startswith(opening, i):
                    out.append(opening)
                    i += 1
    return "".join(out)


def _same_but_digits(a, b) -> bool:
    """Whether two parses are the same but for ``\\d`` items that are ``0-9`` in b."""
    if isinstance(a, _sre_parse.SubPattern):
        return isinstance(b, _sre_parse.SubPattern) and _same_but_digits(a.data, b.data)
    if isinstance(a, (list, tuple)):
        if a == _DIGIT and b == _ZERO_TO_NINE:
            return True
        return (
            type(a) is type(b)
            and len(a) == len(b)
            and all(_same_but_digits(x, y) for x, y in zip(a, b, strict=True))
        )
    return type(a) is type(b) and a == b


def ascii_digits(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` with its ``\\d`` written ``[0-9]``: to be searched in ASCII texts only
    (``str.isascii``), where it finds what ``regex`` finds. Checked on ``re``'s own
    parse: the two must parse alike but for those items, or ``regex`` is returned."""
    if r"\D" in regex.pattern:
        return regex
    written = _written(regex.pattern)
    old = _sre_parse.parse(regex.pattern, regex.flags)
    new = _sre_parse.parse(written, regex.flags)
    if (
        written == regex.pattern
        or old.state.flags != new.state.flags
        or old.state.groupdict != new.state.groupdict
        or old.state.groups != new.state.groups
        or not _same_but_digits(old, new)
    ):
        return regex
    return re.compile(written, regex.flags)
