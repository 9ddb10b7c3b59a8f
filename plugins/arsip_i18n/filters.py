"""The theme's date, number and label filters in another edition's language. Pure.

Month and weekday names and number formats come from Babel's locale data (CLDR); the
labels of activities and elections from the message catalog, so ``Apel`` is
explained in English while the record keeps its Indonesian value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

from babel.core import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from arsip_core.labels import _TZ_NAMES, ACTIVITY_LABELS, ELECTION_LABELS


def _as_date(value: date | datetime | str) -> date | datetime:
    if isinstance(value, str):
        return (
            datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        )
    return value


def _memoised(function: Callable) -> Callable:
    """``function`` with its results kept by argument (computed again for an
    argument that cannot be a key)."""
    cached = lru_cache(maxsize=8192)(function)

    def call(*args, **kwargs):
        try:
            return cached(*args, **kwargs)
        except TypeError:
            return function(*args, **kwargs)

    return call


def localised_filters(lang: str, gettext: Callable[[str], str]) -> dict[str, Callable]:
    """``tanggal``, ``hari_tanggal``, ``bulan``, ``angka`` and the label filters of
    arsip_core.labels, in ``lang``.

    Memoised: a build formats the same few hundred days and numbers tens of
    thousands of times, and Babel's formatting is slow next to a dict look-up.
    """
    unknown = gettext("tidak diketahui")
    locale = Locale.parse(lang)

    @_memoised
    def tanggal(value, with_time: bool = False) -> str:
        if value is None or value == "":
            return unknown
        value = _as_date(value)
        text = format_date(value, "d MMMM y", locale=locale)
        if with_time and isinstance(value, datetime):
            offset = value.strftime("%z")
            zone = _TZ_NAMES.get(f"{offset[:3]}:{offset[3:]}", f"UTC{offset[:3]}")
            text += f", {value:%H.%M} {zone}"
        return text

    @_memoised
    def hari_tanggal(value) -> str:
        if not value:
            return unknown
        day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
        return format_date(day, "EEEE, d MMMM y", locale=locale)

    @_memoised
    def bulan(value) -> str:
        day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
        return format_date(day, "LLLL y", locale=locale)

    @_memoised
    def angka(value) -> str:
        return "–" if value is None else format_decimal(value, locale=locale)

    def activity_label(value: str) -> str:
        label = ACTIVITY_LABELS.get(value)
        return gettext(label) if label else value

    def election_label(value: str | None) -> str:
        return gettext(ELECTION_LABELS.get(value or "", "Bukan tentang pemilihan 2024"))

    return {
        "tanggal": tanggal,
        "hari_tanggal": hari_tanggal,
        "bulan": bulan,
        "angka": angka,
        "activity_label": activity_label,
        "election_label": election_label,
    }


def label_messages() -> list[str]:
    """The Indonesian labels the filters translate (for the catalog's completeness)."""
    return [
        "tidak diketahui",
        "Bukan tentang pemilihan 2024",
        *ACTIVITY_LABELS.values(),
        *ELECTION_LABELS.values(),
    ]
