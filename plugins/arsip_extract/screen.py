"""When a keyword test on ``text.lower()`` may stand in for a case-blind regex."""

from __future__ import annotations

# re.IGNORECASE folds these onto ASCII letters (İ and ı onto i, ſ onto s), but
# ``str.lower`` does not: in a text holding one, a keyword screen could miss a match.
_ODD_CASE = frozenset("\u0130\u0131\u017f")


def can_screen(text: str) -> bool:
    """True when every case-blind regex match of a word shows in ``text.lower()``."""
    # Three substring searches: iterating ``text`` as a set costs a hash per character.
    return text.isascii() or not any(odd in text for odd in _ODD_CASE)


# The texts lowered last, by identity, each with its lowered copy and whether it can
# be screened: the finders of one article lower the same text one after another
# (about fifteen times the article's text), and ``str.lower`` of a text holding any
# non-ASCII character ("–", "”") costs some seventy instructions a character. An
# entry keeps its text alive, so no other string can take its ``id`` while kept.
_KEPT: dict[int, tuple[str, str, bool]] = {}
_MOST_KEPT = 64


def _kept(text: str) -> tuple[str, str, bool]:
    kept = _KEPT.get(id(text))
    if kept is None or kept[0] is not text:
        if len(_KEPT) >= _MOST_KEPT:
            _KEPT.clear()
        kept = _KEPT[id(text)] = (text, text.lower(), can_screen(text))
    return kept


def lower(text: str) -> str:
    """``text.lower()`` (kept for the texts lowered last)."""
    return _kept(text)[1]


def screened_lower(text: str) -> str | None:
    """``text.lower()`` when ``can_screen(text)``, else None (kept as ``lower``)."""
    _, low, screen = _kept(text)
    return low if screen else None
