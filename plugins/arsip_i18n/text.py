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

from babel.core import Locale
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
    ngettext: Callable[[str, str, int], str] = field(
        default=lambda singular, plural, n: singular if n == 1 else plural
    )
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

# Counts tried for each CLDR plural category: enough for every category of the
# languages CLDR knows (the largest first member of a category is below 200).
_PLURAL_SAMPLES = range(200)


def count_forms(
    lang: str, ngettext: Callable[[str, str, int], str], singular: str, plural: str
) -> str | dict[str, str]:
    """A count's words for a script, which chooses among them itself: the one
    text when every count reads alike in ``lang`` (Indonesian), else the text of
    each CLDR plural category (what JavaScript's ``Intl.PluralRules`` selects)."""
    category = Locale.parse(lang).plural_form
    forms: dict[str, str] = {}
    for n in _PLURAL_SAMPLES:
        forms.setdefault(category(n), ngettext(singular, plural, n))
    if len(set(forms.values())) == 1:
        return next(iter(forms.values()))
    return dict(sorted(forms.items()))


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
        translations.ngettext,
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
