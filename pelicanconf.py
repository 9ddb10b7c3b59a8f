"""Pelican settings for local builds. publishconf.py adds what the public site needs."""

import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The plugins share arsip_core, so their folder must be importable as a whole.
if str(HERE / "plugins") not in sys.path:
    sys.path.insert(0, str(HERE / "plugins"))

AUTHOR = "Tim Arsip Pengamanan Pemilu Kalimantan"
SITENAME = "Arsip Pengamanan Pemilu Kalimantan"
SITESUBTITLE = "Berita pengamanan Pemilu dan Pilkada 2024 di lima provinsi Kalimantan"
SITEURL = ""
RELATIVE_URLS = False

PATH = "content"
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = [""]
ARTICLE_EXCLUDES = ["pages"]
STATIC_PATHS = []
OUTPUT_PATH = "output"
# Only .txt, .md and saved pages (.html, .htm) are articles; any other file is reported
# as ignored. Pelican's own HTML reader stays off: arsip_reader's ArsipHtmlReader takes
# .html and .htm (at readers_init) and publishes only the page's extracted text.
READERS = {"rst": None, "html": None, "htm": None}
# Hidden files (Pelican's default), and the NAME_files/ folder a browser writes beside
# a page saved "complete": its images, scripts and frames are never articles.
IGNORE_FILES = ["**/.*", "*_files"]
# The reader always sets the date (or marks it unknown); Pelican would otherwise
# parse a date out of every file name with dateutil only to have it overridden.
FILENAME_METADATA = ""
# arsip_incremental removes what a build no longer makes and keeps unchanged pages.
DELETE_OUTPUT_DIRECTORY = False

TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"
LOCALE = ("C.UTF-8", "C")

THEME = "theme"
THEME_STATIC_DIR = "tema"
PLUGIN_PATHS = ["plugins"]
# The order does not matter: arsip_site wires the build whatever its place.
PLUGINS = [
    "arsip_site",
    # Writes only pages whose inputs changed; removes stale files (before arsip_seo's
    # sitemap reads the output, wherever it is listed).
    "arsip_incremental",
    "arsip_reader",
    "arsip_report",
    "arsip_theme",
    # Province pages, index pages, timeline and maps (they read the finished articles).
    "arsip_taxonomy",
    "arsip_maps",
    "arsip_timeline",
    # Story groups (syndicated copies of one event) and /statistik/.
    "arsip_stories",
    # Open data at /data/; sitemap, robots.txt, JSON-LD and citations.
    "arsip_data",
    "arsip_feeds",
    "arsip_seo",
    # The English edition at /en/ (ARSIP_EDITIONS), built after this one.
    "arsip_i18n",
    # Last: it indexes what the others wrote, at `finalized`.
    "arsip_search",
]
# Nav items after the built-in ones (base.html).
MENUITEMS = [
    ("Cari", "cari/"),
    ("Data", "data/"),
    ("Peta", "peta/"),
    ("Linimasa", "linimasa/"),
    ("Statistik", "statistik/"),
    ("Indeks", "indeks/"),
]

# Autoescape: pasted text must never become markup.
JINJA_ENVIRONMENT = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    # Jinja's i18n: arsip_i18n installs each edition's translations.
    "extensions": ["jinja2.ext.i18n"],
    # Each build makes new environments, so templates never need re-checking on disk;
    # the check is an os.stat per include (20,000 per 2,000 articles).
    "auto_reload": False,
}

# One language, so no translation grouping; clashing slugs are renamed by arsip_report.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
ARTICLE_ORDER_BY = "reversed-date"

ARTICLE_URL = "artikel/{slug}/"
ARTICLE_SAVE_AS = "artikel/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
# Pelican's categories are the provinces.
CATEGORY_URL = "provinsi/{slug}/"
CATEGORY_SAVE_AS = "provinsi/{slug}/index.html"
CATEGORIES_URL = "provinsi/"
CATEGORIES_SAVE_AS = "provinsi/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
TAGS_URL = "tag/"
TAGS_SAVE_AS = "tag/index.html"
ARCHIVES_URL = "semua/"
ARCHIVES_SAVE_AS = "semua/index.html"
NOTFOUND_SAVE_AS = "404.html"
# A draft is not published: Pelican would otherwise write it to drafts/ (and Pagefind
# would index it). The build report lists it as "draf".
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
# Reporters are not an index of their own; outlets and officials are.
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "archives", "tags", "categories", "notfound"]

# 50 compact entries a page: fewer pages repeating the chrome (issue 19).
DEFAULT_PAGINATION = 50
# The home page shows the newest DEFAULT_PAGINATION articles and links /semua/, the
# whole archive 500 compact entries a page; a paginated home repeated it (issue 19).
PAGINATED_TEMPLATES = {"tag": None, "category": None, "author": None, "archives": 500}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/halaman/{number}/", "{base_name}/halaman/{number}/index.html"),
)

FEED_DOMAIN = SITEURL
# Atom feeds: everything, each province (category) and each tag; arsip_feeds adds
# one per index term. Newest 50 entries each.
FEED_ALL_ATOM = "feeds/semua.atom.xml"
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = "feeds/provinsi/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"
FEED_MAX_ITEMS = 50
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Pelican's content cache. Git checkouts reset file times, so compare contents; the
# cache folder is named after the code and data, so a change there starts afresh.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CHECK_MODIFIED_METHOD = "md5"
# Pelican gzips its cache at level 9 and unpickles it through GzipFile's small reads:
# for 10,000 articles that is seconds on both ends, for a 45 MB file that CI's cache
# action compresses anyway (benchmarks/RESULTS.md).
GZIP_CACHE = False


def _code_fingerprint() -> str:
    digest = hashlib.sha1()
    for folder in ("plugins", "data"):
        for path in sorted((HERE / folder).rglob("*")):
            if path.is_file() and path.suffix in {
                ".py",
                ".csv",
                ".yaml",
                ".yml",
                ".json",
            }:
                digest.update(path.relative_to(HERE).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


CACHE_PATH = f"cache/{_code_fingerprint()}"

# The archive's own settings (defaults: plugins/arsip_core/settings.py).
ARSIP_STRICT = False
