"""Pelican plugin: account for every input file in a build report."""

from pelican import signals

from arsip_report.plugin import account_articles, account_pages, finish_report


def register():
    """Connect the report to the build's phases."""
    signals.article_generator_finalized.connect(account_articles)
    signals.page_generator_finalized.connect(account_pages)
    signals.finalized.connect(finish_report)
