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
    OTHER = "lain"


class Warning(str):  # noqa: A001 - the archive's own warnings, not the builtin
    """A warning's message, with its code."""

    __slots__ = ("code",)
    code: WarningCode

    def __new__(cls, code: WarningCode, message: str) -> Warning:
        self = super().__new__(cls, message)
        self.code = code
        return self

    def __reduce__(self):
        return (Warning, (self.code, str(self)))


def warn(code: WarningCode, message: str) -> Warning:
    """A warning with its code."""
    return Warning(code, message)


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
