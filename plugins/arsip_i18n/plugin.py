"""Receivers of arsip_i18n: translations in every template, and the other editions."""

from __future__ import annotations

import copy
import functools
import logging
import os
import time

from jinja2.bccache import Bucket, BytecodeCache

from arsip_core.keys import EDITION_ROOTS, REPORT_SLOT
from arsip_core.settings import setting
from arsip_core.state import build_state
from arsip_i18n import constant
from arsip_i18n.constant import bytecode_key
from arsip_i18n.text import EDITION_KEY, SOURCE_LANG, count_forms, edition_text

logger = logging.getLogger(__name__)

# Set on an edition's settings: the edition's language and every edition's root URL.
ALTERNATES_KEY = EDITION_ROOTS


def edition_root(siteurl: str, lang: str, source_lang: str = SOURCE_LANG) -> str:
    """The root URL of one language's edition: the site's, or ``<site>/<lang>``."""
    return siteurl if lang == source_lang else f"{siteurl.rstrip('/')}/{lang}"


class SharedBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory for one build and its editions.

    Pelican makes a Jinja environment per generator, and each edition makes its
    own, so the same template would be parsed and compiled a dozen times per
    edition. Its code depends on the language only through the constant ``_()``
    calls (arsip_i18n.constant), so one compilation serves every environment of
    an edition.
    """

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def get_bucket(self, environment, name, filename, source) -> Bucket:
        """Jinja's bucket, keyed also by the language folded into the code
        (arsip_i18n.constant): each edition compiles its own."""
        key = f"{self.get_cache_key(name, filename)}#{bytecode_key(environment)}"
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill ``bucket`` with code compiled before (Jinja checks its source)."""
        data = self.code.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep ``bucket``'s newly compiled code."""
        self.code[bucket.key] = bucket.bytecode_to_string()


def share_compiled_templates(settings: dict) -> None:
    """Give every Jinja environment of this build one :class:`SharedBytecodeCache`."""
    jinja = dict(settings.get("JINJA_ENVIRONMENT") or {})
    jinja["bytecode_cache"] = SharedBytecodeCache()
    settings["JINJA_ENVIRONMENT"] = jinja


def plan_editions(pelican) -> None:
    """Name every edition's root in the settings, for language links and hreflang."""
    settings = pelican.settings
    if settings.get(EDITION_KEY):
        return  # an edition built by build_editions: its plan came with it
    share_compiled_templates(settings)
    editions = setting(settings, "ARSIP_EDITIONS") or {}
    siteurl = settings.get("SITEURL", "")
    settings[EDITION_KEY] = SOURCE_LANG
    settings[ALTERNATES_KEY] = (
        [(lang, edition_root(siteurl, lang)) for lang in (SOURCE_LANG, *editions)]
        if editions
        else []
    )


def install_translations(generator) -> None:
    """Jinja's ``_()`` and ``{% trans %}`` in the edition's language, in every
    template (the Indonesian edition: the strings as written)."""
    env = generator.env
    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
    text = edition_text(generator.settings)
    translations = text.translations
    env.install_gettext_translations(translations, newstyle=True)
    # ``{{ _("text") }}`` with a literal alone: translated once, at compilation.
    constant.install(env, text.lang, translations.gettext)
    env.globals["EDITION_LANG"] = text.lang
    # A count's words for a script (``{n} berita``): its plural forms, which the
    # script chooses among (arsip_i18n.text.count_forms; extracted as ngettext).
    env.globals["jamak"] = functools.partial(
        count_forms, text.lang, translations.ngettext
    )
    # Values made by the plugins (index and term names, table titles): translated
    # when the catalog knows them, and escaped like any value (``_()`` is not).
    env.filters["tr"] = translations.gettext
    if text.lang != SOURCE_LANG:
        # After arsip_theme's Indonesian filters (generator_init runs in PLUGINS order).
        env.filters.update(text.filters)


def edition_settings(settings: dict, lang: str, overrides: dict) -> dict:
    """The settings of ``lang``'s edition: the same content, written to
    ``<output>/<lang>/`` for ``<site>/<lang>/``."""
    child = copy.deepcopy({k: v for k, v in settings.items() if not k.startswith("_")})
    # The same compiled templates (the copy above made a new, empty cache).
    child["JINJA_ENVIRONMENT"] = dict(settings.get("JINJA_ENVIRONMENT") or {})
    siteurl = settings.get("SITEURL", "")
    child.update(
        OUTPUT_PATH=os.path.join(settings["OUTPUT_PATH"], lang),
        SITEURL=edition_root(siteurl, lang),
        FEED_DOMAIN=edition_root(settings.get("FEED_DOMAIN") or siteurl, lang),
        DEFAULT_LANG=lang,
        DELETE_OUTPUT_DIRECTORY=False,
        ARSIP_EDITIONS={},
    )
    child[EDITION_KEY] = lang
    child[ALTERNATES_KEY] = settings.get(ALTERNATES_KEY, [])
    child.update(overrides or {})
    return child


def build_editions(pelican) -> None:
    """Build each language's edition after this one (only from the source edition)."""
    settings = pelican.settings
    if settings.get(EDITION_KEY, SOURCE_LANG) != SOURCE_LANG:
        return
    from pelican import Pelican

    for lang, overrides in (setting(settings, "ARSIP_EDITIONS") or {}).items():
        started = time.perf_counter()
        Pelican(edition_settings(settings, lang, overrides)).run()
        logger.info(
            "arsip_i18n: edisi %s ditulis (%.1f d)", lang, time.perf_counter() - started
        )


def pages_of_this_edition(generator) -> None:
    """Each edition keeps its own language's version of a page (``lang: en`` beside
    the Indonesian one, same slug) and drops the others'; a page without a version
    in the edition's language stays as written."""
    lang = generator.settings.get(EDITION_KEY) or SOURCE_LANG
    default = generator.settings.get("DEFAULT_LANG", SOURCE_LANG)

    def lang_of(page) -> str:
        return page.metadata.get("lang") or SOURCE_LANG

    for name in ("pages", "hidden_pages"):
        pages = getattr(generator, name, None)
        if not pages:
            continue
        # Pelican files the lang: en page as a translation when it shares a slug.
        every = [*pages, *(t for p in pages for t in getattr(p, "translations", []))]
        own = {p.slug for p in every if lang_of(p) == lang}
        kept = [
            p
            for p in every
            if lang_of(p) == lang or (lang_of(p) == SOURCE_LANG and p.slug not in own)
        ]
        for page in kept:
            page.translations = []
            page.lang = default
        _report_other_editions(generator.settings, [p for p in every if p not in kept])
        setattr(generator, name, kept)
    if hasattr(generator, "translations"):
        generator.translations = []
    generator.context["pages"] = getattr(generator, "pages", [])


def _report_other_editions(settings, pages) -> None:
    """The build report says a page of another edition is not published in this one."""
    state = build_state(settings)
    report = state.slots.get(REPORT_SLOT) if state is not None else None
    entries = getattr(report, "entries", {})
    for page in pages:
        entry = entries.get(page.relative_source_path)
        if entry is not None:
            lang = page.metadata.get("lang") or SOURCE_LANG
            entry.status = "diabaikan"
            entry.url = None
            entry.reasons = [f"halaman edisi '{lang}': tidak terbit di edisi ini"]
