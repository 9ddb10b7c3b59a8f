"""Counts in the edition's language: plural forms for the scripts and the catalog."""

from __future__ import annotations

from gettext import NullTranslations

import pytest
from babel.messages.catalog import Catalog

from arsip_core.keys import EDITION_LANG
from arsip_i18n.catalog import Message, extracted_messages, untranslated
from arsip_i18n.text import count_forms, edition_text
from tests.conftest import ROOT

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


def test_english_catalog_gives_the_map_its_two_forms():
    text = edition_text({EDITION_LANG: "en", "THEME": str(ROOT / "theme")})
    forms = count_forms("en", text.ngettext, "{n} berita", "{n} berita")
    assert forms == ENGLISH


@pytest.mark.parametrize(
    ("n", "expected"), [(0, "0 reports"), (1, "1 report"), (2, "2 reports")]
)
def test_english_ngettext_of_a_count(n, expected):
    text = edition_text({EDITION_LANG: "en", "THEME": str(ROOT / "theme")})
    assert text.ngettext("%(n)s berita", "%(n)s berita", n) % {"n": n} == expected


def test_a_plural_string_with_only_a_singular_translation_is_untranslated():
    catalog = Catalog(locale="en")
    catalog.add("%(n)s berita", "%(n)s reports")
    message = Message("%(n)s berita", "x", plural="%(n)s berita")
    assert untranslated(catalog, [message]) == [message]
    catalog.add(("%(n)s berita", "%(n)s berita"), ("%(n)s report", "%(n)s reports"))
    assert untranslated(catalog, [message]) == []


def test_counts_of_the_templates_and_scripts_are_extracted_with_their_plural():
    found = {m.msgid: m.plural for m in extracted_messages(ROOT, ("theme", "plugins"))}
    for msgid in ("%(n)s berita", "{n} berita", "%(n)s istilah.", "%(n)s peristiwa"):
        assert found[msgid] == msgid
