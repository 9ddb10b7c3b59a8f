"""Pelican plugin: the interface in other languages, one sub-site per language.

The Indonesian site is built at ``/``; each language of ``ARSIP_EDITIONS`` is built
again from the same content at ``/<lang>/``, in the manner of pelican-plugins'
i18n_subsites, with the theme's strings translated by Jinja's i18n extension from
Babel catalogs compiled at build time.
"""

from pelican import signals

from arsip_i18n.plugin import (
    build_editions,
    install_translations,
    pages_of_this_edition,
    plan_editions,
)


def register():
    """Connect the receivers."""
    signals.initialized.connect(plan_editions)
    signals.generator_init.connect(install_translations)
    signals.page_generator_finalized.connect(pages_of_this_edition)
    # At get_generators, so the other editions are built after every plugin's own
    # finalized receiver of this edition.
    signals.get_generators.connect(_connect_build)


def _connect_build(pelican) -> None:
    signals.finalized.connect(build_editions)
