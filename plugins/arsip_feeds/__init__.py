"""Pelican plugin: Atom feeds for every index term that has articles."""

from pelican import signals

from arsip_feeds.plugin import (
    add_template_helpers,
    steady_empty_feed,
    summary_entries,
    term_feed_generator,
)


def register():
    """Connect the term feeds, their template helper, the empty-feed date and the
    one-text-per-entry rule."""
    signals.generator_init.connect(add_template_helpers)
    signals.get_generators.connect(term_feed_generator)
    signals.feed_generated.connect(steady_empty_feed)
    signals.feed_generated.connect(summary_entries)
