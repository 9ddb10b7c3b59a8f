"""The names plugins share: one place, so no plugin spells another's key.

Context keys are what a generator puts in Pelican's shared context for the others;
``BUILD_STATE`` is where the settings of a build carry its ``BuildState``
(``arsip_core.state``), the one object plugins hand each other during a build.
"""

from __future__ import annotations

# Pelican settings key of the current build's state (set by arsip_site at every run).
BUILD_STATE = "_ARSIP_BUILD_STATE"
# Settings keys of a build with editions (set by arsip_i18n): the language this run
# builds, and every edition's (language, root URL).
EDITION_LANG = "ARSIP_EDITION_LANG"
EDITION_ROOTS = "ARSIP_ALTERNATES"

# Keys in Pelican's shared context.
TAXONOMY_CONTEXT = "arsip_taxonomy"  # written by arsip_taxonomy, read by arsip_feeds
MAPS_CONTEXT = "arsip_maps"  # written and read by arsip_maps
TIMELINE_CONTEXT = "arsip_timeline"  # written and read by arsip_timeline
STORIES_CONTEXT = "arsip_stories"  # written and read by arsip_stories
SEARCH_CONTEXT = "arsip_search_build"  # arsip_search's slot, for content_written

# Slots of BuildState.slots, one per plugin that keeps per-build objects there.
REPORT_SLOT = "arsip_report"
SEARCH_SLOT = "arsip_search"
INCREMENTAL_SLOT = "arsip_incremental"
SEO_SLOT = "arsip_seo"
