"""Pelican plugin: raw news text and Markdown articles -> Pelican content."""

from pelican import signals

from arsip_reader.reader import (
    add_readers,
    forget_shadowed_readers,
    start_prefetch,
    stop_prefetch,
)


def register():
    """Connect the readers."""
    signals.readers_init.connect(add_readers)
    signals.generator_init.connect(forget_shadowed_readers)
    signals.article_generator_init.connect(start_prefetch)
    signals.article_generator_pretaxonomy.connect(stop_prefetch)
