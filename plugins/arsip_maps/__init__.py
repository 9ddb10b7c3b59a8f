"""Pelican plugin: province maps, the Kalimantan overview map and article place links.

Logic lives in mapdata.py and config.py (no Pelican); generator.py writes the files.
"""

from pelican import signals

from arsip_maps.generator import add_template_globals, check_settings, get_generators


def register():
    """Connect the receivers."""
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(add_template_globals)
    signals.get_generators.connect(get_generators)
