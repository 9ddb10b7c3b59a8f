"""Message catalogs of the theme: ``.po`` files compiled in memory at build. Pure.

The interface is written in Indonesian, so the msgids are Indonesian and the
Indonesian edition needs no catalog; ``theme/translations/<lang>/LC_MESSAGES/
messages.po`` holds another language's strings (Babel reads and compiles it).
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "messages"
# What Babel extracts interface strings from: the theme's templates and the code.
EXTRACT_METHODS = [
    ("**/templates/**.html", "jinja2"),
    ("**.py", "python"),
]
EXTRACT_OPTIONS = {"**/templates/**.html": {"trim_blocks": "true"}}
# ``jamak(singular, plural)``: a count's words for a script, extracted as ngettext
# (pybabel extract -k jamak:1,2).
KEYWORDS = {**DEFAULT_KEYWORDS, "jamak": (1, 2)}


def catalog_path(theme: str | Path, lang: str) -> Path:
    """Where a language's ``.po`` lives in the theme."""
    return Path(theme) / "translations" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path, lang: str) -> Catalog:
    """A ``.po`` file as a Babel catalog."""
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def compiled(catalog: Catalog) -> gettext.GNUTranslations:
    """A catalog compiled to ``.mo`` in memory, as Python's translations object."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translations_for(theme: str | Path, lang: str, source_lang: str = "id"):
    """The theme's translations into ``lang``; the identity for the source language."""
    path = catalog_path(theme, lang)
    if lang == source_lang or not path.is_file():
        return gettext.NullTranslations()
    return compiled(read_catalog(path, lang))


@dataclass(frozen=True)
class Message:
    """One interface string found in the sources, with where it was found."""

    msgid: str
    where: str
    context: str | None = None
    # The plural msgid of ``ngettext`` / ``{% trans count=... %}...{% pluralize %}``.
    plural: str | None = None


def extracted_messages(root: Path, folders: tuple[str, ...]) -> list[Message]:
    """Every ``_()`` / ``{% trans %}`` string in the given folders under ``root``."""
    found = []
    for folder in folders:
        for filename, lineno, message, _comments, context in extract_from_dir(
            root / folder,
            method_map=EXTRACT_METHODS,
            options_map=EXTRACT_OPTIONS,
            keywords=KEYWORDS,
        ):
            msgid, plural = (message, None) if isinstance(message, str) else message[:2]
            where = f"{folder}/{filename}:{lineno}"
            found.append(Message(msgid, where, context, plural))
    return found


def untranslated(catalog: Catalog, messages: list[Message]) -> list[Message]:
    """Strings of the sources the catalog has no (non-fuzzy) translation for, or
    only a singular one for a string with plural forms."""
    missing = []
    for message in messages:
        entry = catalog.get(message.msgid, context=message.context)
        if entry is None or entry.fuzzy or not entry.string:
            missing.append(message)
            continue
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if not all(strings) or (message.plural and not entry.pluralizable):
            missing.append(message)
    return missing
