"""Warnings are data: each has a code (an enum) and its message.

A ``Warning`` is the message text itself (a ``str``: records, the report, the JSON
exports and templates keep handling text), carrying its ``code``. Code that reacts
to a warning tests the code with ``code_of``, never a piece of the message, so
rewording a message changes no behaviour. Pure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum


class WarningCode(StrEnum):
    """What a warning is about; the value names it in the build's counts."""

    NO_TITLE = "judul-tidak-ada"
    NO_PUBLISHED = "tanggal-terbit-tidak-ada"
    IMPLAUSIBLE_PUBLISHED = "tanggal-terbit-janggal"
    OVERRIDE_INVALID = "isian-tidak-sah"
    OVERRIDE_UNKNOWN = "isian-tidak-dikenal"
    OVERRIDE_NOTE = "isian-catatan"
    PAGE_KEY = "isian-halaman"
    SLUG_TAKEN = "slug-ganda"
    ALIAS_REFUSED = "alias-ditolak"
    SIDECAR_REFUSED = "pendamping-ditolak"
    OUTSIDE_OUTPUT = "di-luar-output"
    SOURCE_MISSING = "sumber-tidak-ada"
    SOURCE_HOME_PAGE = "sumber-halaman-depan"
    EXTRACTION = "ekstraksi"
    # A record field the extractor chose among candidates or inferred: the
    # warning's ``field`` names it; a maintainer's value for it settles it.
    GUESS = "tebakan"
    OTHER = "lain"


class Warning(str):  # noqa: A001 - the archive's own warnings, not the builtin
    """A warning's message, with its code (and the record field it doubts, if any)."""

    __slots__ = ("code", "field")
    code: WarningCode
    field: str | None

    def __new__(
        cls, code: WarningCode, message: str, field: str | None = None
    ) -> Warning:
        self = super().__new__(cls, message)
        self.code = code
        self.field = field
        return self

    def __reduce__(self):
        return (Warning, (self.code, str(self), self.field))


def warn(code: WarningCode, message: str) -> Warning:
    """A warning with its code."""
    return Warning(code, message)


def doubt(field: str, message: str) -> Warning:
    """A guessed value of record field ``field``: the message says why, in Indonesian,
    and ends "periksa <field>" (what a maintainer checks, and the key that settles it).
    """
    return Warning(WarningCode.GUESS, f"{message} — periksa {field}", field)


def field_of(warning: str) -> str | None:
    """The record field a warning doubts (None for other warnings)."""
    return getattr(warning, "field", None)


def doubted_fields(warnings: Iterable[str]) -> tuple[str, ...]:
    """The record fields the warnings doubt, once each, in order."""
    return tuple(dict.fromkeys(f for w in warnings if (f := field_of(w))))


def coded(warnings: Iterable[str], code: WarningCode) -> tuple[str, ...]:
    """The warnings, those without a code given ``code``."""
    return tuple(w if hasattr(w, "code") else Warning(code, w) for w in warnings)


def code_of(warning: str) -> WarningCode:
    """The code of a warning (OTHER for plain text)."""
    return getattr(warning, "code", WarningCode.OTHER)


def without(warnings: Iterable[str], *codes: WarningCode) -> tuple[str, ...]:
    """The warnings whose code is none of ``codes``."""
    return tuple(w for w in warnings if code_of(w) not in codes)


def count_codes(warnings: Iterable[str]) -> Counter:
    """How many warnings of each code."""
    return Counter(code_of(w).value for w in warnings)


# A maintainer's key that settles a doubt about another field: the days settle the
# first day, the figure as written settles the count.
_SETTLES = {"event_dates": "event_date", "personnel_text": "personnel_total"}


def settle_doubts(warnings: Iterable[str], given: Iterable[str]) -> tuple[str, ...]:
    """The warnings without the doubts about a field the maintainer gave (``given``:
    the record keys taken from front matter or a sidecar)."""
    settled = set(given)
    settled |= {_SETTLES[k] for k in settled if k in _SETTLES}
    return tuple(w for w in warnings if (f := field_of(w)) is None or f not in settled)
