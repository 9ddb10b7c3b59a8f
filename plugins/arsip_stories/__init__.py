"""Pelican plugin: story groups (one event's reports across outlets) and /statistik/.

grouping.py finds the groups and arsip_core.events counts personnel once per event
(no Pelican in either); plugin.py wires them to the articles and writes the page.
"""

from pelican import signals

from arsip_stories.plugin import get_generators, group_articles


def register():
    """Connect the receivers."""
    signals.article_generator_finalized.connect(group_articles)
    signals.get_generators.connect(get_generators)
