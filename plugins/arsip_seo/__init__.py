"""Pelican plugin: sitemap, robots.txt, canonical URLs, Open Graph, JSON-LD, citing."""

from pelican import signals

from arsip_seo.plugin import add_template_helpers


def register():
    """Connect the template helpers and the sitemap writer."""
    signals.generator_init.connect(add_template_helpers)
