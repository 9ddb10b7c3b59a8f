"""Pelican plugin: raw news text and Markdown articles -> Pelican content."""

from pelican import signals

from arsip_reader.reader import add_readers, forget_shadowed_readers


def register():
    """Connect the readers."""
    signals.readers_init.connect(add_readers)
    signals.generator_init.connect(forget_shadowed_readers)
