"""Pelican plugin: Indonesian full-text search with Pagefind, run after every build."""

from pelican import signals

from arsip_search.plugin import add_template_helpers, build_index, search_page_generator


def register():
    """Connect the template helpers, the search page and the indexer."""
    signals.generator_init.connect(add_template_helpers)
    signals.get_generators.connect(search_page_generator)
    signals.finalized.connect(build_index)
