"""Pelican's tag, category and author pages with each term's ``dates`` found in one
pass.

Pelican 4.12's ``generate_tags``, ``generate_categories`` and ``generate_authors``
give each term's page its articles in date order as
``[a for a in self.dates if a in articles]``: a scan of the term's list for every
article of the archive, for every term, so N² identity tests over the archive
(10⁸ at 10,000 articles, most of the listings' time in a rebuild; the authors' loop
runs even though ``AUTHOR_SAVE_AS`` is empty and no author page is written). The
same list comes from a set of the articles' ids, since content objects compare by
identity. Pelican's own methods still run, loops, pages and errors alike: only the
``dates`` each page is written with is made here. No Pelican import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial

# The generator's methods whose pages carry a term's ``dates``.
TERM_METHODS = ("generate_tags", "generate_categories", "generate_authors")


def in_date_order(dates: Sequence, articles: Iterable) -> list:
    """``[a for a in dates if a in articles]``, for objects equal only to themselves."""
    articles = list(articles)
    if any(type(a).__eq__ is not object.__eq__ for a in articles):
        return [a for a in dates if a in articles]  # equality of their own
    members = {id(a) for a in articles}
    return [a for a in dates if id(a) in members]


def _term_pages(method: Callable, generator, write) -> None:
    """Run Pelican's ``method`` with its per-term ``dates`` made by ``in_date_order``.

    Meanwhile ``generator.dates`` is empty, so the method's own scan costs nothing;
    each page is written with its term's dates from the real list, in the same
    keyword order (the context's ``dates`` is the real list throughout)."""
    dates = generator.dates

    def write_with_dates(*args, **kwargs):
        if "dates" in kwargs and "articles" in kwargs:
            kwargs["dates"] = in_date_order(dates, kwargs["articles"])
        return write(*args, **kwargs)

    generator.dates = []
    try:
        method(write_with_dates)
    finally:
        generator.dates = dates


def find_term_dates_once(generator) -> None:
    """article_generator_finalized: the generator's term pages through
    ``_term_pages`` (on the instance: the next build's generator is Pelican's)."""
    for name in TERM_METHODS:
        method = getattr(generator, name, None)
        if method is None or getattr(method, "func", None) is _term_pages:
            continue
        setattr(generator, name, partial(_term_pages, method, generator))
