"""Constant ``_()`` calls translated at compilation print what Jinja's i18n printed."""

from __future__ import annotations

from gettext import NullTranslations

import pytest
from jinja2 import DictLoader, Environment

from arsip_i18n import constant
from arsip_i18n.plugin import SharedBytecodeCache

TEMPLATE = (
    '<nav aria-label="{{ _("Navigasi utama") }}">{{ _("Beranda") }}</nav>'
    "{{ _('Naik 100%%') }} {{ _(\"<b>Tebal</b>\") }}"
    '{{ _("Personel %(n)s", n=n) }} {{ _("Berita")|lower }}'
    '{% if n %}{{- _("Ada") -}}{% endif %} {{ _(kata) }} {{ _("Kosong %(x)s") }}'
)


class English(NullTranslations):
    """A catalog of three words."""

    WORDS = {"Beranda": "Home", "Navigasi utama": "Main navigation", "Ada": "Yes"}

    def gettext(self, message: str) -> str:
        return self.WORDS.get(message, message)


def environment(translations, lang: str, fold: bool, cache=None) -> Environment:
    env = Environment(
        loader=DictLoader({"t.html": TEMPLATE}),
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
        bytecode_cache=cache,
    )
    env.install_gettext_translations(translations, newstyle=True)
    if fold:
        constant.install(env, lang, translations.gettext)
    return env


@pytest.mark.parametrize("translations", [NullTranslations(), English()])
def test_folded_calls_print_the_same_text(translations):
    def page(fold: bool) -> str:
        env = environment(translations, "xx", fold)
        return env.get_template("t.html").render(n=5, kata="Beranda")

    with pytest.raises(KeyError):  # a placeholder without its variable fails as before
        page(fold=False)
    folded = environment(translations, "xx", fold=True)
    source = folded.loader.get_source(folded, "t.html")[0]
    code = folded.compile(source, raw=True)
    # The constant calls are gone from the code; the others are still calls.
    assert translations.gettext("Navigasi utama") in code
    assert "'Navigasi utama')" not in code
    assert "'Personel %(n)s'" in code and "'Kosong %(x)s'" in code

    def without_failing(fold: bool) -> str:
        env = environment(translations, "xx", fold)
        env.loader.mapping["t.html"] = TEMPLATE.replace('{{ _("Kosong %(x)s") }}', "")
        return env.get_template("t.html").render(n=5, kata="Beranda")

    assert without_failing(True) == without_failing(False)


def test_each_language_compiles_its_own_code_in_the_shared_cache():
    cache = SharedBytecodeCache()
    indonesian = environment(NullTranslations(), "id", True, cache)
    english = environment(English(), "en", True, cache)
    template = '{{ _("Beranda") }}'
    for env in (indonesian, english):
        env.loader.mapping["t.html"] = template
    assert indonesian.get_template("t.html").render() == "Beranda"
    assert english.get_template("t.html").render() == "Home"
    assert len(cache.code) == 2
