"""Pelican plugin: index pages per taxonomy (activity, unit...) and province pages.

Logic lives in terms.py and provinces.py (no Pelican); generator.py writes the pages.
"""

from pelican import signals

from arsip_taxonomy.generator import (
    add_missing_provinces,
    allow_term_pagination,
    get_generators,
)


def register():
    """Connect the receivers."""
    signals.initialized.connect(allow_term_pagination)
    signals.article_generator_finalized.connect(add_missing_provinces)
    signals.get_generators.connect(get_generators)
