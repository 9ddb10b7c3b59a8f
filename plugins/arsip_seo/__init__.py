"""Pelican plugin: canonical URLs, Open Graph, JSON-LD, citing, sitemap, robots.txt."""

from pelican import signals

from arsip_seo.plugin import add_template_helpers, read_ahead, write_sitemap


def register():
    """Connect the template helpers and, after the build, the sitemap writer."""
    signals.generator_init.connect(add_template_helpers)
    signals.article_writer_finalized.connect(read_ahead)
    signals.finalized.connect(write_sitemap)
