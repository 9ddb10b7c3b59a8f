"""Pelican plugin: the timeline (/linimasa/), one per province, and weekly SVG charts.

Logic lives in timeline.py and chart.py (no Pelican); generator.py writes the pages.
"""

from pelican import signals

from arsip_timeline.generator import get_generators


def register():
    """Connect the receivers."""
    signals.get_generators.connect(get_generators)
