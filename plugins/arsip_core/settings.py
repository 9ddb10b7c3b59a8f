"""Defaults of every ``ARSIP_*`` setting, in one place.

Each is documented in docs/settings.md; ``tests/test_docs.py`` fails when one is not.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping, MutableMapping
from typing import Any

DEFAULTS: dict[str, Any] = {
    # Largest article file the reader accepts, in bytes.
    "ARSIP_READER_MAX_BYTES": 2_000_000,
    # Worker processes that read uncached articles ahead of Pelican: 0 = one per CPU,
    # 1 = read serially in the Pelican process.
    "ARSIP_READER_PROCESSES": 0,
    # Fail the build (non-zero exit) when any input file is rejected.
    "ARSIP_STRICT": False,
    # Where the machine-readable build report is written, relative to OUTPUT_PATH.
    "ARSIP_REPORT_SAVE_AS": "laporan-build.json",
    # How much of each article's text the site publishes, per outlet (its name, or
    # the host of its URL; "*" for every other): "full", "excerpt" (the first
    # paragraph, at most ARSIP_TEXT_EXCERPT_WORDS words) or "record" (no text). A
    # public site republishes no outlet's whole text; front matter `text_policy`
    # (`teks`) decides for one article, e.g. `full` for our own words.
    "ARSIP_TEXT_POLICY": {"*": "excerpt"},
    "ARSIP_TEXT_EXCERPT_WORDS": 60,
    # Where readers report a mistake ("" = derived: the GitHub issues page of
    # ARSIP_REPOSITORY_URL). Article pages prefill it with the record's id and URL.
    "ARSIP_CORRECTIONS_URL": "",
    # The project's repository ("" = derived: GITHUB_REPOSITORY in CI, so a fork's
    # site points to the fork; else the git remote "origin" when it is on GitHub).
    "ARSIP_REPOSITORY_URL": "",
    # Editions in other languages, each a sub-site at /<lang>/ built from the same
    # content with the theme's strings translated (arsip_i18n); the value holds that
    # edition's own settings, e.g. {"en": {"SITENAME": "..."}}.
    "ARSIP_EDITIONS": {},
    # Category given to articles whose province is unknown.
    "ARSIP_UNKNOWN_PROVINCE": "Provinsi tidak diketahui",
    # arsip_maps: tiles (the host goes into the pages' CSP img-src) and attribution.
    "ARSIP_MAPS_TILE_URL": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "ARSIP_MAPS_TILE_ATTRIBUTION": (
        '&copy; <a href="https://www.openstreetmap.org/copyright">'
        "kontributor OpenStreetMap</a>"
    ),
    "ARSIP_MAPS_TILE_MAX_ZOOM": 18,
    # arsip_maps: the overview map page.
    "ARSIP_MAPS_URL": "peta/",
    "ARSIP_MAPS_SAVE_AS": "peta/index.html",
    # arsip_maps: GeoJSON point data, one file per province plus "kalimantan".
    "ARSIP_MAPS_DATA_URL": "peta/data/{slug}.geojson",
    "ARSIP_MAPS_DATA_SAVE_AS": "peta/data/{slug}.geojson",
    # arsip_maps: folder for Leaflet and markercluster (copied from xstatic packages).
    "ARSIP_MAPS_LIBRARY_URL": "pustaka/",
    "ARSIP_MAPS_LIBRARY_SAVE_AS": "pustaka",
    # arsip_maps: pixel radius within which markers cluster.
    "ARSIP_MAPS_CLUSTER_RADIUS": 40,
    # arsip_timeline: the timeline of all articles and one per province.
    "ARSIP_TIMELINE_URL": "linimasa/",
    "ARSIP_TIMELINE_SAVE_AS": "linimasa/index.html",
    "ARSIP_TIMELINE_PROVINCE_URL": "linimasa/{slug}/",
    "ARSIP_TIMELINE_PROVINCE_SAVE_AS": "linimasa/{slug}/index.html",
    # arsip_timeline: past this many articles a timeline lists them one page per month.
    "ARSIP_TIMELINE_MAX_ARTICLES": 1000,
    "ARSIP_TIMELINE_MONTH_URL": "linimasa/{year}/{month}/",
    "ARSIP_TIMELINE_MONTH_SAVE_AS": "linimasa/{year}/{month}/index.html",
    "ARSIP_TIMELINE_PROVINCE_MONTH_URL": "linimasa/{slug}/{year}/{month}/",
    "ARSIP_TIMELINE_PROVINCE_MONTH_SAVE_AS": (
        "linimasa/{slug}/{year}/{month}/index.html"
    ),
    # arsip_taxonomy: the overview of all indexes, each index and each term page.
    "ARSIP_TAXONOMY_INDEX_URL": "indeks/",
    "ARSIP_TAXONOMY_INDEX_SAVE_AS": "indeks/index.html",
    "ARSIP_TAXONOMY_URL": "indeks/{taxonomy}/",
    "ARSIP_TAXONOMY_SAVE_AS": "indeks/{taxonomy}/index.html",
    "ARSIP_TAXONOMY_TERM_URL": "indeks/{taxonomy}/{slug}/",
    "ARSIP_TAXONOMY_TERM_SAVE_AS": "indeks/{taxonomy}/{slug}/index.html",
    # arsip_taxonomy: how many related terms a term page links to.
    "ARSIP_TAXONOMY_RELATED_LIMIT": 12,
    # arsip_taxonomy: newest articles listed on a term's pages (0: all); the older
    # ones are on /semua/, the timeline and the search page.
    "ARSIP_TAXONOMY_TERM_MAX_ITEMS": 500,
    # arsip_search: the search page.
    "ARSIP_SEARCH_URL": "cari/",
    "ARSIP_SEARCH_SAVE_AS": "cari/index.html",
    # arsip_search: Pagefind's bundle folder, relative to OUTPUT_PATH and SITEURL.
    "ARSIP_SEARCH_BUNDLE_URL": "pagefind/",
    "ARSIP_SEARCH_BUNDLE_SAVE_AS": "pagefind",
    # arsip_search: run Pagefind at the end of each build (off only for quick tests).
    "ARSIP_SEARCH_INDEX": True,
    # arsip_search: language of the index (Indonesian stemming).
    "ARSIP_SEARCH_LANGUAGE": "id",
    # arsip_search: seconds Pagefind may take before the build fails.
    "ARSIP_SEARCH_TIMEOUT": 600,
    # arsip_search: Pagefind processes at a time, one per shard (None: one per CPU).
    "ARSIP_SEARCH_PROCESSES": None,
    # arsip_search: a search shard is a year of articles, or a quarter or a month
    # when a year (quarter) has more pages than this (Pagefind: ~250 KB per page).
    "ARSIP_SEARCH_SHARD_PAGES": 5000,
    # arsip_search: order of a search whose address names none: "terbaru" (newest
    # first), "terlama" or "relevan" (relevance: reads every shard first).
    "ARSIP_SEARCH_ORDER": "terbaru",
    # arsip_incremental: skip pages whose inputs did not change (False: write all).
    "ARSIP_INCREMENTAL": True,
    # arsip_incremental: processes that write the article pages (0 = one per CPU,
    # 1 = serially in the Pelican process). The pages are the same either way.
    "ARSIP_WRITER_PROCESSES": 0,
    # arsip_data: the open-data page (download links, licence, data dictionary).
    "ARSIP_DATA_URL": "data/",
    "ARSIP_DATA_SAVE_AS": "data/index.html",
    # arsip_data: every record; {ext} is json, csv or geojson.
    "ARSIP_DATA_ALL_URL": "data/arsip.{ext}",
    "ARSIP_DATA_ALL_SAVE_AS": "data/arsip.{ext}",
    # arsip_data: the records of one province; {slug} is the province page's slug.
    "ARSIP_DATA_PROVINCE_URL": "data/provinsi/{slug}.{ext}",
    "ARSIP_DATA_PROVINCE_SAVE_AS": "data/provinsi/{slug}.{ext}",
    # arsip_data: write the exports gzip-compressed (``.gz`` after the name), about a
    # tenth of their size, beside an uncompressed sample (issue 19: GitHub Pages
    # publishes at most 1 GB).
    "ARSIP_DATA_GZIP": True,
    # arsip_data: formats of each province's file (the whole archive has all three).
    "ARSIP_DATA_PROVINCE_FORMATS": ("csv",),
    # arsip_data: records in the uncompressed sample (JSON); 0 or empty for none.
    "ARSIP_DATA_SAMPLE_SIZE": 50,
    "ARSIP_DATA_SAMPLE_URL": "data/contoh.json",
    "ARSIP_DATA_SAMPLE_SAVE_AS": "data/contoh.json",
    # arsip_data: JSON Schema (draft 2020-12) of one record.
    "ARSIP_DATA_SCHEMA_URL": "data/rekaman.schema.json",
    "ARSIP_DATA_SCHEMA_SAVE_AS": "data/rekaman.schema.json",
    # arsip_data: licence of the structured data (article texts stay the outlets').
    "ARSIP_DATA_LICENSE_NAME": "CC BY 4.0",
    "ARSIP_DATA_LICENSE_URL": "https://creativecommons.org/licenses/by/4.0/deed.id",
    # arsip_stories: personnel statistics, each event counted once, and their CSV.
    "ARSIP_STATS_URL": "statistik/",
    "ARSIP_STATS_SAVE_AS": "statistik/index.html",
    "ARSIP_STATS_CSV_URL": "statistik/personel.csv",
    "ARSIP_STATS_CSV_SAVE_AS": "statistik/personel.csv",
    # arsip_stories: sources linked under each figure of /statistik/ (all in the CSV).
    "ARSIP_STATS_SOURCES_SHOWN": 10,
    # arsip_data: one row per story group (the reports of one event).
    "ARSIP_DATA_STORIES_URL": "data/cerita.{ext}",
    "ARSIP_DATA_STORIES_SAVE_AS": "data/cerita.{ext}",
    # arsip_seo: the sitemap (from every page's canonical link) and robots.txt.
    "ARSIP_SEO_SITEMAP_URL": "sitemap.xml",
    "ARSIP_SEO_SITEMAP_SAVE_AS": "sitemap.xml",
    "ARSIP_SEO_ROBOTS_SAVE_AS": "robots.txt",
    # arsip_feeds: one Atom feed per index term of arsip_taxonomy that has articles.
    "ARSIP_FEEDS_TERM_ATOM": "feeds/indeks/{taxonomy}/{slug}.atom.xml",
    "ARSIP_FEEDS_TERM_ATOM_URL": "feeds/indeks/{taxonomy}/{slug}.atom.xml",
    # arsip_feeds: newest entries in each term feed (FEED_MAX_ITEMS still applies).
    "ARSIP_FEEDS_TERM_MAX_ITEMS": 10,
    # arsip_feeds: one text per Atom entry: the full text where the text policy
    # publishes it, else the summary (not the same excerpt twice).
    "ARSIP_FEEDS_SUMMARY_ONLY": True,
}


def apply_defaults(settings: MutableMapping[str, Any]) -> None:
    """Fill in every ARSIP_* setting the site did not set."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)


def setting(settings: MutableMapping[str, Any], key: str) -> Any:
    """A setting's value, falling back to its default."""
    return settings.get(key, DEFAULTS[key])


_GITHUB_REMOTE = re.compile(
    r"^(?:https://github\.com/|git@github\.com:|ssh://git@github\.com/)"
    r"(?P<repo>[\w.-]+/[\w.-]+?)(?:\.git)?/?$"
)


def git_origin(folder: str | os.PathLike | None = None) -> str | None:
    """The URL of the git remote "origin" of ``folder``, if there is one."""
    try:
        done = subprocess.run(
            ["git", "config", "--get", "remote.origin.url"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def repository_url(environ: Mapping[str, str], origin: str | None) -> str:
    """The project's GitHub repository: the one CI builds (a fork builds its own),
    else the clone's origin on GitHub; "" when neither is known."""
    repo = environ.get("GITHUB_REPOSITORY", "").strip()
    if repo:
        server = environ.get("GITHUB_SERVER_URL", "").strip() or "https://github.com"
        return f"{server.rstrip('/')}/{repo}"
    match = _GITHUB_REMOTE.match(origin or "")
    return f"https://github.com/{match['repo']}" if match else ""


def derive_corrections(
    settings: MutableMapping[str, Any],
    environ: Mapping[str, str] | None = None,
    origin: str | None = None,
) -> None:
    """Fill in ARSIP_REPOSITORY_URL and ARSIP_CORRECTIONS_URL when left empty."""
    if not settings.get("ARSIP_REPOSITORY_URL"):
        settings["ARSIP_REPOSITORY_URL"] = repository_url(
            os.environ if environ is None else environ, origin
        )
    repo = settings["ARSIP_REPOSITORY_URL"].rstrip("/")
    if not settings.get("ARSIP_CORRECTIONS_URL") and repo:
        settings["ARSIP_CORRECTIONS_URL"] = f"{repo}/issues/new"
