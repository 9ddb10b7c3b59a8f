"""Pelican plugin: Indonesian full-text search with Pagefind, run after every build."""

from pelican import signals

from arsip_search.plugin import (
    add_template_helpers,
    build_index,
    search_page_generator,
    start_index,
)


def register():
    """Connect the template helpers, the search page and the indexer (started once
    the article pages are written, awaited when the build ends)."""
    signals.generator_init.connect(add_template_helpers)
    signals.get_generators.connect(search_page_generator)
    signals.article_writer_finalized.connect(start_index)
    signals.finalized.connect(build_index)
