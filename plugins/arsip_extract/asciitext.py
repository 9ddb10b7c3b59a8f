"""Patterns searched as an ASCII text allows: the same matches, found faster.

In a text of ASCII characters the only decimal digits are ``0``-``9`` (Unicode has
other decimal digits, all above U+007F), so ``\\d`` and ``[0-9]`` match there the same
characters, case-blind or not. ``re`` tests a ``\\d`` through the Unicode database at
each character it tries, and a pattern that opens with one (a date, a count) is
tried at every character of a whole text; ``[0-9]`` is a bitmap test.
"""

from __future__ import annotations

import re

from arsip_extract.lead import compile_scan

try:  # Python 3.11+
    from re import _compiler as _sre_compile
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_DIGIT = (_c.CATEGORY, _c.CATEGORY_DIGIT)
_ZERO_TO_NINE = (_c.RANGE, (ord("0"), ord("9")))


def _rewritten(pattern: str, outside: dict[str, str], inside: dict[str, str]):
    """``pattern`` with the escapes of ``outside`` written anew, and those of
    ``inside`` inside a class; None when an escape is in a class ``inside`` lacks."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            pair = pattern[i : i + 2]
            table = inside if in_class else outside
            if pair in outside and pair not in table:
                return None
            out.append(table.get(pair, pair))
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


def _written(pattern: str) -> str:
    """``pattern`` with ``\\d`` written ``[0-9]`` (``0-9`` inside a class)."""
    return _rewritten(pattern, {r"\d": "[0-9]"}, {r"\d": "0-9"})


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
    return compile_scan(written, regex.flags)


# ASCII characters that Unicode counts as spaces (``\s``) and re.ASCII does not.
_WIDE_SPACES = r"\x1c-\x1f"
_ATOMS = {_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)}


def _spaces_written(pattern: str) -> str | None:
    """``pattern`` with ``\\s`` written to hold the ``_WIDE_SPACES`` too, or None."""
    return _rewritten(
        pattern,
        {r"\s": rf"[\s{_WIDE_SPACES}]", r"\S": rf"[^\s{_WIDE_SPACES}]"},
        {r"\s": rf"\s{_WIDE_SPACES}"},
    )


def _key(value):
    if isinstance(value, _sre_parse.SubPattern):
        return ("sub", _key(value.data))
    if isinstance(value, (list, tuple)):
        return tuple(_key(v) for v in value)
    return value


_atom_cache: dict = {}


def _ascii_set(op, av, flags: int) -> frozenset[int]:
    key = (op, _key(av), flags)
    found = _atom_cache.get(key)
    if found is None:
        state = _sre_parse.State()
        state.flags = flags
        regex = _sre_compile.compile(_sre_parse.SubPattern(state, [(op, av)]), flags)
        found = _atom_cache[key] = frozenset(
            c for c in range(128) if regex.fullmatch(chr(c))
        )
    return found


def _scoped(flags: int, add: int, remove: int) -> int:
    return (flags | add) & ~remove


def _alike(a, b, flags_a: int, flags_b: int) -> bool:
    """Whether parse items ``a`` (compiled with ``flags_a``) and ``b`` (``flags_b``)
    match alike in any ASCII text."""
    if isinstance(a, _sre_parse.SubPattern):
        return isinstance(b, _sre_parse.SubPattern) and _alike(
            a.data, b.data, flags_a, flags_b
        )
    if not isinstance(a, list) or not isinstance(b, list) or len(a) != len(b):
        return False
    for (op, av), (op_b, av_b) in zip(a, b, strict=True):
        if op is not op_b:
            return False
        if op in _ATOMS:
            plain = not (flags_a | flags_b) & re.IGNORECASE
            if plain and op is not _c.IN and av == av_b:
                continue  # (a character, or any: the modes differ in neither)
            if (
                plain
                and op is _c.IN
                and av == av_b
                and all(item is not _c.CATEGORY for item, _ in av)
            ):
                continue  # (characters and ranges only)
            if _ascii_set(op, av, flags_a) != _ascii_set(op_b, av_b, flags_b):
                return False
        elif op is _c.SUBPATTERN:
            group, add, remove, sub = av
            if (group, add, remove) != av_b[:3] or not _alike(
                sub,
                av_b[3],
                _scoped(flags_a, add, remove),
                _scoped(flags_b, add, remove),
            ):
                return False
        elif op is _c.BRANCH:
            if len(av[1]) != len(av_b[1]) or not all(
                _alike(x, y, flags_a, flags_b)
                for x, y in zip(av[1], av_b[1], strict=True)
            ):
                return False
        elif op in (
            _c.MAX_REPEAT,
            _c.MIN_REPEAT,
            getattr(_c, "POSSESSIVE_REPEAT", None),
        ):
            if av[:2] != av_b[:2] or not _alike(av[2], av_b[2], flags_a, flags_b):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if av[0] != av_b[0] or not _alike(av[1], av_b[1], flags_a, flags_b):
                return False
        elif op is _c.AT:
            if av is not av_b:
                return False
        elif op in (_c.GROUPREF,):
            if av != av_b or (flags_a | flags_b) & re.IGNORECASE:
                return False
        else:  # anything else (a conditional, an atomic group): not checked
            return False
    return True


def _word_alike() -> bool:
    """``\\w`` (and so ``\\b``) is the same in both modes on ASCII characters."""
    wide, narrow = re.compile(r"\w"), re.compile(r"\w", re.ASCII)
    return all(
        bool(wide.fullmatch(chr(c))) == bool(narrow.fullmatch(chr(c)))
        for c in range(128)
    )


def ascii_twin(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` compiled with re.ASCII (its ``\\s`` holding the ASCII characters
    Unicode counts as spaces), when checked to find in any ASCII text what ``regex``
    finds there; else ``regex`` itself."""
    written = _spaces_written(regex.pattern)
    if written is None or not _word_alike():
        return regex
    flags = regex.flags & ~re.UNICODE
    try:
        twin = compile_scan(written, flags | re.ASCII)
        old = _sre_parse.parse(regex.pattern, regex.flags)
        new = _sre_parse.parse(written, flags | re.ASCII)
    except (re.error, ValueError):
        return regex
    if (
        old.state.groupdict != new.state.groupdict
        or old.state.groups != new.state.groups
        or not _alike(old, new, old.state.flags, new.state.flags)
    ):
        return regex
    return twin
