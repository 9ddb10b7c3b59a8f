"""Counts in the edition's language: plural forms for the scripts and the catalog."""

from __future__ import annotations

from gettext import NullTranslations

import pytest
from babel.messages.catalog import Catalog

from arsip_i18n.catalog import Message, untranslated
from arsip_i18n.text import count_forms

ENGLISH = {"one": "{n} report", "other": "{n} reports"}


@pytest.mark.parametrize(
    ("lang", "singular", "plural", "expected"),
    [
        # Indonesian reads every count alike: one text, as the pages always had.
        ("id", "{n} berita", "{n} berita", "{n} berita"),
        ("en", "{n} report", "{n} reports", ENGLISH),
        # A language whose integers are never 'other' still gets its forms.
        ("ru", "{n} a", "{n} b", {"few": "{n} b", "many": "{n} b", "one": "{n} a"}),
        # Forms that read alike in a language with plurals: one text.
        ("en", "{n} personnel", "{n} personnel", "{n} personnel"),
    ],
)
def test_count_forms(lang, singular, plural, expected):
    ngettext = NullTranslations().ngettext
    assert count_forms(lang, ngettext, singular, plural) == expected


def test_a_plural_string_with_only_a_singular_translation_is_untranslated():
    catalog = Catalog(locale="en")
    catalog.add("%(n)s berita", "%(n)s reports")
    message = Message("%(n)s berita", "x", plural="%(n)s berita")
    assert untranslated(catalog, [message]) == [message]
    catalog.add(("%(n)s berita", "%(n)s berita"), ("%(n)s report", "%(n)s reports"))
    assert untranslated(catalog, [message]) == []
