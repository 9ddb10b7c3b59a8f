"""Counts in the edition's language: plural forms for the scripts and the catalog."""

from __future__ import annotations

import re
import shutil
from gettext import NullTranslations

import pytest
from babel.messages.catalog import Catalog

from arsip_core.keys import EDITION_LANG
from arsip_i18n.catalog import Message, extracted_messages, untranslated
from arsip_i18n.text import count_forms, edition_text
from tests.conftest import ENGLISH_EDITION, ROOT, build_site

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


@pytest.fixture(scope="module")
def one_article(tmp_path_factory):
    """An archive of one article (content/'s Kalimantan Tengah one), both editions."""
    content = tmp_path_factory.mktemp("satu") / "content"
    (content / "pages").mkdir(parents=True)
    for name in (f"{ONE}.txt", f"{ONE}.yaml"):
        shutil.copy(ROOT / "content" / name, content / name)
    return build_site(
        content,
        content.parent / "output",
        ARSIP_EDITIONS=ENGLISH_EDITION,
        ARSIP_DATA_SAMPLE_SIZE=1,
    )


ONE = "2024-11-07-kalteng-pengamanan-kantor-kpu"
ONE_ARTICLE = [
    # (page, what the English edition writes, what the Indonesian one writes)
    ("data/index.html", "1 record, newest", "1 rekaman, terbaru"),
    ("data/index.html", ">1 first record (JSON)</a>", ">1 rekaman pertama (JSON)</a>"),
    ("indeks/index.html", "Browse 1 report by province", "Jelajahi 1 berita menurut"),
    ("statistik/index.html", "1 report on 1 event,", "1 berita tentang 1 peristiwa,"),
    ("linimasa/index.html", "<p>1 report by date", "<p>1 berita menurut tanggal"),
]


@pytest.mark.parametrize(("page", "english", "indonesian"), ONE_ARTICLE)
def test_an_archive_of_one_article_counts_it_in_the_singular(
    one_article, page, english, indonesian
):
    assert english in (one_article / "en" / page).read_text(encoding="utf-8")
    assert indonesian in (one_article / page).read_text(encoding="utf-8")


def test_no_english_page_of_one_article_writes_one_with_a_plural_noun(one_article):
    one_as_many = re.compile(
        r"(?<![\d.,])1(?:</span>|</a>)? (?:reports|events|terms|deployments|records)\b"
    )
    found = [
        (str(page.relative_to(one_article)), match.group(0))
        for page in sorted((one_article / "en").rglob("*.html"))
        if "pagefind" not in page.parts
        for match in one_as_many.finditer(page.read_text(encoding="utf-8"))
    ]
    assert found == []
