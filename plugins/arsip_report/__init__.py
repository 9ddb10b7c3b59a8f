"""Pelican plugin: account for every input file in a build report."""

from pelican import signals

from arsip_report.plugin import (
    account_articles,
    account_pages,
    count_read,
    dedupe_slugs,
    end_of_reading,
    finish_report,
    freeze_urls,
    order_ties_by_path,
    set_defaults,
    start_report,
    time_generator,
)


def register():
    """Connect the report to the build's phases."""
    signals.initialized.connect(set_defaults)
    signals.get_generators.connect(start_report)
    signals.generator_init.connect(time_generator)
    signals.article_generator_context.connect(count_read)
    signals.article_generator_pretaxonomy.connect(end_of_reading)
    signals.article_generator_pretaxonomy.connect(order_ties_by_path)
    signals.article_generator_pretaxonomy.connect(dedupe_slugs)
    signals.article_generator_finalized.connect(freeze_urls)
    signals.article_generator_finalized.connect(account_articles)
    signals.page_generator_finalized.connect(account_pages)
    signals.finalized.connect(finish_report)
