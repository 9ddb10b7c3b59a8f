"""Atom feeds for the index terms of arsip_taxonomy (Pelican writes the others)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import partial
from urllib.parse import urlsplit

from pelican.generators import Generator

from arsip_core.keys import TAXONOMY_CONTEXT
from arsip_core.settings import setting
from arsip_core.textpolicy import FULL

logger = logging.getLogger(__name__)

TAXONOMY_CONTEXT_KEY = TAXONOMY_CONTEXT  # what arsip_taxonomy puts in the context


def term_feed_paths(settings, taxonomy: str, slug: str) -> tuple[str, str]:
    """(save_as, url) of one term's feed; empty when term feeds are off."""
    save_as = setting(settings, "ARSIP_FEEDS_TERM_ATOM") or ""
    url = setting(settings, "ARSIP_FEEDS_TERM_ATOM_URL") or save_as
    fmt = {"taxonomy": taxonomy, "slug": slug}
    return save_as.format(**fmt), url.format(**fmt)


class TermFeedGenerator(Generator):
    """One Atom feed per index term that has articles, newest first."""

    def generate_output(self, writer) -> None:
        data = self.context.get(TAXONOMY_CONTEXT_KEY)
        if not data or not setting(self.settings, "ARSIP_FEEDS_TERM_ATOM"):
            return
        # Hundreds of terms: fewer entries per feed than FEED_MAX_ITEMS keeps the site
        # small.
        limit = setting(self.settings, "ARSIP_FEEDS_TERM_MAX_ITEMS") or None
        written = 0
        for index in data["indexes"]:
            for term in index.terms:
                if not term.items:
                    continue
                save_as, url = term_feed_paths(self.settings, index.id, term.slug)
                writer.write_feed(
                    list(term.items)[:limit],
                    self.context,
                    save_as,
                    url,
                    feed_type="atom",
                    feed_title=f"{index.name}: {term.name}",
                )
                written += 1
        logger.info("arsip_feeds: %d umpan Atom istilah indeks ditulis", written)


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def newest_date(articles) -> datetime:
    """The newest article's date: the 'updated' of a feed that has no entries."""
    dates = [a.date for a in articles or () if getattr(a, "date", None)]
    return max(dates, default=EPOCH)


def steady_empty_feed(context, feed) -> None:
    """feed_generated receiver: an empty feed (a province without articles yet) would
    say it was updated at build time; give it the archive's newest date instead, so
    two builds stay byte-identical."""
    if not feed.items:
        when = newest_date(context.get("articles"))
        feed.latest_post_date = lambda: when


def entry_key(link: str, feed_domain: str) -> str:
    """An entry's link as an article URL (``artikel/x/``), below FEED_DOMAIN's path."""
    prefix = urlsplit(feed_domain or "").path.rstrip("/") + "/"
    path = urlsplit(link).path
    return path[len(prefix) :] if path.startswith(prefix) else path.lstrip("/")


def one_text_per_entry(item: dict, policy: str | None) -> None:
    """Keep the full text only where the text policy publishes it; else the summary.

    Pelican's Atom entries carry the article's content and its summary: for an
    excerpt that is the same paragraph twice, in every feed the article is in.
    """
    if policy == FULL and item.get("content"):
        item["description"] = None
    elif item.get("description"):
        item["content"] = None


# Each article's text policy by URL, made once per build (hundreds of feeds).
_POLICIES_KEY = "_arsip_feeds_policies"


def summary_entries(context, feed) -> None:
    """feed_generated receiver: one text per entry (``one_text_per_entry``)."""
    if not setting(context, "ARSIP_FEEDS_SUMMARY_ONLY"):
        return
    articles = context.get("articles") or []
    cached = context.get(_POLICIES_KEY)
    if cached is None or cached[0] is not articles:
        policies = {a.url: getattr(a, "text_policy", None) for a in articles}
        cached = context[_POLICIES_KEY] = (articles, policies)
    policies = cached[1]
    domain = context.get("FEED_DOMAIN") or ""
    for item in feed.items:
        one_text_per_entry(item, policies.get(entry_key(item.get("link", ""), domain)))


def term_feed_url(context_settings, term) -> str:
    """Template helper: the URL (below FEED_DOMAIN) of a term's feed."""
    return term_feed_paths(context_settings, term.taxonomy, term.slug)[1]


def add_template_helpers(generator) -> None:
    """``term|term_feed_url`` for the term pages' <link rel="alternate">."""
    generator.env.filters["term_feed_url"] = partial(term_feed_url, generator.settings)


def term_feed_generator(pelican):
    """get_generators receiver."""
    return TermFeedGenerator
