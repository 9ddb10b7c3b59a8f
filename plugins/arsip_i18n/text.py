"""Text drawn in Python (charts, tables, calendar labels) in the edition's language.

Plugins that write words outside the templates ask ``edition_text(settings)`` for
the edition's ``gettext`` and its date and number formats, and pass it to their pure
functions; the Indonesian edition gets the strings as written and arsip_core.labels'
formats, so its pages do not change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from gettext import NullTranslations

from babel.dates import format_date

from arsip_core.keys import EDITION_LANG
from arsip_core.labels import MONTH_NAMES, angka, tanggal

SOURCE_LANG = "id"
# The edition's language on an edition's settings (set by arsip_i18n.plugin).
EDITION_KEY = EDITION_LANG


@dataclass(frozen=True)
class EditionText:
    """One edition's words: ``gettext`` and the date and number formats."""

    lang: str = SOURCE_LANG
    gettext: Callable[[str], str] = field(default=str)
    pgettext: Callable[[str, str], str] = field(default=lambda _context, text: text)
    tanggal: Callable = field(default=tanggal)
    angka: Callable = field(default=angka)
    # What the templates use: the translations object and the localised filters.
    translations: NullTranslations = field(default_factory=NullTranslations)
    filters: dict[str, Callable] = field(default_factory=dict)

    def month_abbr(self, day: date) -> str:
        """``Feb 2024``: a month abbreviation with its year."""
        if self.lang == SOURCE_LANG:
            return f"{MONTH_NAMES[day.month - 1][:3]} {day.year}"
        return format_date(day, "MMM y", locale=self.lang)

    def month_name(self, day: date) -> str:
        """``Februari``, ``February``: the month's name on its own."""
        if self.lang == SOURCE_LANG:
            return MONTH_NAMES[day.month - 1]
        return format_date(day, "LLLL", locale=self.lang)


INDONESIAN = EditionText()


# Compiled once per catalog version: every generator of an edition (ten) and every
# plugin asks for it.
@lru_cache(maxsize=8)
def _edition_text(theme: str, lang: str, stamp: float) -> EditionText:
    from arsip_i18n.catalog import translations_for
    from arsip_i18n.filters import localised_filters

    translations = translations_for(theme, lang, SOURCE_LANG)
    formats = localised_filters(lang, translations.gettext)
    return EditionText(
        lang,
        translations.gettext,
        translations.pgettext,
        formats["tanggal"],
        formats["angka"],
        translations,
        formats,
    )


def edition_text(settings: dict) -> EditionText:
    """The words of the edition ``settings`` build (Indonesian without editions)."""
    lang = settings.get(EDITION_KEY) or SOURCE_LANG
    if lang == SOURCE_LANG:
        return INDONESIAN
    from arsip_i18n.catalog import catalog_path

    theme = str(settings.get("THEME", ""))
    path = catalog_path(theme, lang)
    stamp = path.stat().st_mtime if path.is_file() else 0.0
    return _edition_text(theme, lang, stamp)
