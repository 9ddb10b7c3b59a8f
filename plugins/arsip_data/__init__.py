"""Pelican plugin: the archive's records as open data at /data/ (JSON, CSV, GeoJSON)."""

from pelican import signals

from arsip_data.plugin import data_generator


def register():
    """Connect the /data/ generator."""
    signals.get_generators.connect(data_generator)
