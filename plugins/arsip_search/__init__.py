"""Pelican plugin: Indonesian full-text search with Pagefind, run after every build."""

from pelican import signals

from arsip_search.plugin import (
    add_template_helpers,
    article_page_written,
    build_index,
    expect_article_pages,
    search_page_generator,
    start_index,
    take_fields,
)


def register():
    """Connect the template helpers, the search page and the indexer (started once
    the last article page is written, awaited when the build ends)."""
    signals.generator_init.connect(add_template_helpers)
    signals.get_generators.connect(search_page_generator)
    signals.article_generator_finalized.connect(expect_article_pages)
    signals.all_generators_finalized.connect(take_fields)
    signals.content_written.connect(article_page_written)
    signals.article_writer_finalized.connect(start_index)
    signals.finalized.connect(build_index)
