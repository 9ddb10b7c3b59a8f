"""Pelican plugin: Indonesian template filters and labels for the theme."""

from pelican import signals

from arsip_core.labels import ACTIVITY_LABELS, ELECTION_LABELS, FILTERS
from arsip_theme.links import correction_url
from arsip_theme.listing import listing_item


def add_filters(generator) -> None:
    """Make the Indonesian filters and labels available to every template."""
    generator.env.filters.update(
        FILTERS, listing_item=listing_item, correction_url=correction_url
    )
    generator.env.globals.update(
        ACTIVITY_LABELS=ACTIVITY_LABELS, ELECTION_LABELS=ELECTION_LABELS
    )


def register():
    """Connect the filters."""
    signals.generator_init.connect(add_filters)
