"""Pelican plugin: rebuild only what changed.

Each page is written only when what it is made from changed (its fingerprint, see
fingerprint.py); files the build no longer makes are removed by manifest, so
``DELETE_OUTPUT_DIRECTORY`` stays off. The sweep at ``finalized`` runs before the
sitemap reads the output, and the writer is this plugin's (a subclass of
arsip_site's BoundedWriter), whatever the order of PLUGINS (``take_over``). The
article pages are written by several processes (parallel.py).
"""

from pelican import signals

from arsip_incremental import parallel
from arsip_incremental.plugin import (
    finish_build,
    incremental_writer,
    keep_static,
    start_build,
    take_over,
)


def register():
    """Connect the bookkeeping, the writer and the sweep."""
    signals.initialized.connect(take_over)
    signals.generator_init.connect(start_build)
    signals.get_writer.connect(incremental_writer)
    signals.static_generator_finalized.connect(keep_static)
    signals.finalized.connect(finish_build)
    signals.article_generator_finalized.connect(parallel.install)
    signals.all_generators_finalized.connect(parallel.plan_families)
