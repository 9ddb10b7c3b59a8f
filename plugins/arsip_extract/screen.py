"""When a keyword test on ``text.lower()`` may stand in for a case-blind regex."""

from __future__ import annotations

# re.IGNORECASE folds these onto ASCII letters (İ and ı onto i, ſ onto s), but
# ``str.lower`` does not: in a text holding one, a keyword screen could miss a match.
_ODD_CASE = frozenset("\u0130\u0131\u017f")


def can_screen(text: str) -> bool:
    """True when every case-blind regex match of a word shows in ``text.lower()``."""
    # Three substring searches: iterating ``text`` as a set costs a hash per character.
    return text.isascii() or not any(odd in text for odd in _ODD_CASE)
