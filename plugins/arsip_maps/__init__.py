"""Pelican plugin: province maps, the Kalimantan overview and article place links.

The overview is a Leaflet map on /peta/ and an SVG drawn at build time on the home page.

Logic lives in mapdata.py and config.py (no Pelican); generator.py writes the files.
"""

from pelican import signals

from arsip_maps.generator import add_template_globals, check_settings, get_generators


def register():
    """Connect the receivers."""
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(add_template_globals)
    signals.get_generators.connect(get_generators)
