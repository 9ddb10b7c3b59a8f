"""The Pelican process's garbage collector during a build: what is read stays.

Once the articles are read, their records, Articles and contexts live until the build
ends. CPython's collector still walks every one of them in each full collection, and
it starts one each time the objects that outlived two collections grow by a quarter:
about 5 % of the Pelican process's CPU in a 1k cold build (4 full collections, 0.36 of
7.0 CPU-s), more as N grows, and in a forked writer it would also copy every memory
page it walks. ``gc.freeze`` moves everything alive at that moment out of the
collector's sight (cyclic garbage among it is kept until the build ends: a few
objects, measured in the tens); the build's end gives it back, so repeated builds in
one process (autoreload, the tests) free what they no longer use. No Pelican import.
"""

from __future__ import annotations

import gc

from arsip_core.state import build_state


def keep_until_end(settings) -> None:
    """Leave the objects alive now out of every later collection of this build."""
    state = build_state(settings)
    if state is None:
        return
    gc.freeze()
    state.on_close(gc.unfreeze)


def reading_starts(generator) -> None:
    """Before reading (article_generator_init): modules, templates, reference data."""
    keep_until_end(generator.settings)


def articles_read(generator) -> None:
    """After reading (article_generator_pretaxonomy): the articles stay."""
    keep_until_end(generator.settings)


def contexts_made(generators) -> None:
    """Before writing (all_generators_finalized): every context stays too."""
    if generators:
        keep_until_end(generators[0].settings)
