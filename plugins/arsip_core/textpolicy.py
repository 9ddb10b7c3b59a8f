"""How much of an article's text the site publishes: full, excerpt or record.

Most articles are the outlets' copyrighted text. ``ARSIP_TEXT_POLICY`` maps an outlet
(its name, or the host of its URL) to a policy, ``"*"`` to the default; a front
matter or sidecar ``text_policy`` (alias ``teks``) wins for one article. The reader
applies the policy where the article's HTML and summary are made, so every consumer
(page, Pagefind, feeds, JSON-LD, listings, open data) only ever sees the allowed text.
Pure: no Pelican import.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from urllib.parse import urlsplit

FULL = "full"
EXCERPT = "excerpt"
RECORD = "record"
POLICIES = (FULL, EXCERPT, RECORD)
# Indonesian spellings a maintainer may write in front matter.
POLICY_ALIASES = {
    "penuh": FULL,
    "lengkap": FULL,
    "cuplikan": EXCERPT,
    "kutipan": EXCERPT,
    "rekaman": RECORD,
    "data": RECORD,
}
DEFAULT_KEY = "*"


def normalise_policy(value: object) -> str | None:
    """A policy name (or an Indonesian alias) -> the policy; None if it is none."""
    key = str(value or "").strip().lower()
    key = POLICY_ALIASES.get(key, key)
    return key if key in POLICIES else None


def _hosts(url: str | None) -> list[str]:
    """``https://www.a.b.id/x`` -> ``["www.a.b.id", "a.b.id", "b.id"]``."""
    host = (urlsplit(url).hostname or "") if url else ""
    parts = host.lower().split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)] if host else []


def policy_for(
    mapping: Mapping[str, str] | None,
    *,
    outlet: str | None = None,
    url: str | None = None,
    site: str | None = None,
    override: object = None,
    default: str = EXCERPT,
) -> str:
    """The policy of one article: its own override, its outlet's, or the default."""
    chosen = normalise_policy(override)
    if chosen:
        return chosen
    table = {str(k).strip().lower(): v for k, v in (mapping or {}).items()}
    for key in (outlet, site, *_hosts(url)):
        if key and key.strip().lower() in table:
            found = normalise_policy(table[key.strip().lower()])
            if found:
                return found
    return normalise_policy(table.get(DEFAULT_KEY)) or default


def bad_policy_values(mapping: Mapping[str, str] | None) -> list[str]:
    """Keys of ``ARSIP_TEXT_POLICY`` whose value is no policy (to warn about)."""
    return [str(k) for k, v in (mapping or {}).items() if not normalise_policy(v)]


def cut_words(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` words, with an ellipsis when cut."""
    words = text.split()
    if limit <= 0:
        return ""
    if len(words) <= limit:
        return " ".join(words)
    return " ".join(words[:limit]).rstrip(",;:") + "…"


def allowed_text(first_paragraph: str, policy: str, words: int) -> str:
    """The plain text an article may show: all (None-like ""), an excerpt, nothing."""
    if policy == EXCERPT:
        return cut_words(first_paragraph, words)
    return ""


def allowed_html(full_html: str, first_paragraph: str, policy: str, words: int) -> str:
    """The body HTML under ``policy``: all of it, one escaped excerpt, or nothing."""
    if policy == FULL:
        return full_html
    return text_html(allowed_text(first_paragraph, policy, words))


def text_html(text: str) -> str:
    """The body HTML of an allowed text (``allowed_text``): one escaped paragraph,
    or nothing."""
    if not text:
        return ""
    return f'<p class="cuplikan-teks">{html.escape(text, quote=False)}</p>\n'
