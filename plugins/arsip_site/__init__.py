"""Pelican plugin: the site's wiring around the other arsip_* plugins.

Content boundaries (no file read through a link out of content/), settings
defaults, the per-build state, the content cache's key, phase times, article
order, unique slugs, frozen URLs, redirect pages of old URLs, each term page's
articles in date order found in one pass, and the end of the build.
Its receivers do not depend on the order of PLUGINS (see arsip_site.plugin).
"""

from pelican import signals

from arsip_site.boundaries import bound_generator, bounded_writer
from arsip_site.listings import find_term_dates_once
from arsip_site.memory import (
    keep_alive_objects,
    pause_collection,
    resume_collection,
)
from arsip_site.plugin import (
    count_read,
    dedupe_slugs,
    end_of_reading,
    freeze_template_globals,
    freeze_urls,
    key_the_cache,
    order_ties_by_path,
    plan_aliases,
    save_cache_beside,
    set_defaults,
    skip_unused_stamps,
    start_build,
    time_generator,
    write_aliases,
)


def register():
    """Connect the wiring to the build's phases."""
    signals.initialized.connect(set_defaults)
    signals.get_generators.connect(start_build)
    signals.get_writer.connect(bounded_writer)
    signals.readers_init.connect(key_the_cache)
    signals.readers_init.connect(save_cache_beside)
    signals.get_generators.connect(pause_collection)
    signals.article_generator_init.connect(resume_collection)
    signals.article_generator_init.connect(skip_unused_stamps)
    signals.page_generator_init.connect(skip_unused_stamps)
    signals.generator_init.connect(bound_generator)
    signals.generator_init.connect(time_generator)
    signals.article_generator_context.connect(count_read)
    signals.article_generator_pretaxonomy.connect(end_of_reading)
    signals.article_generator_pretaxonomy.connect(order_ties_by_path)
    signals.article_generator_pretaxonomy.connect(dedupe_slugs)
    signals.article_generator_finalized.connect(freeze_urls)
    signals.article_generator_finalized.connect(plan_aliases)
    signals.article_generator_finalized.connect(find_term_dates_once)
    signals.article_generator_write_article.connect(write_aliases)
    signals.article_generator_init.connect(keep_alive_objects)
    signals.article_generator_pretaxonomy.connect(keep_alive_objects)
    signals.all_generators_finalized.connect(keep_alive_objects)
    signals.all_generators_finalized.connect(freeze_template_globals)
    # give_back is connected to `finalized` by start_build: after the others.
