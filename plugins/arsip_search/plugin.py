"""Signal receivers of arsip_search: template helpers, the /cari/ page, Pagefind."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from arsip_incremental.parallel import (
    collect_helper,
    start_helper,
    stop_helper,
    writer_processes,
)
from pelican.generators import Generator

from arsip_core.keys import SEARCH_CONTEXT, SEARCH_SLOT
from arsip_core.labels import ACTIVITY_LABELS, ELECTION_LABELS
from arsip_core.settings import setting
from arsip_core.state import build_state
from arsip_core.state import saved_as as saved_as_once
from arsip_i18n.text import INDONESIAN, EditionText, edition_text
from arsip_search.fields import (
    FILTER_NAMES,
    SearchFields,
    filter_choices,
    record_day,
    search_fields,
)
from arsip_search.indexer import SearchIndexFailed, article_glob, base_path
from arsip_search.shards import (
    SHARD_UNKNOWN,
    SHARDS_SUBDIR,
    WEIGHT_STEP,
    ShardedIndex,
    assign_shards,
    shard_order,
)

logger = logging.getLogger(__name__)


def fields_in(text: EditionText = INDONESIAN) -> Callable[[Any], SearchFields | None]:
    """``fields_of`` with labels, months and dates in ``text``'s language."""
    elections = {k: text.gettext(v) for k, v in ELECTION_LABELS.items()}
    activities = {k: text.gettext(v) for k, v in ACTIVITY_LABELS.items()}

    def fields_of(article) -> SearchFields | None:
        """Template filter: the Pagefind filters, sorts and metadata of an article."""
        record = getattr(article, "record", None)
        if record is None:
            return None
        return search_fields(
            record,
            outlet=getattr(article, "site", None),
            election_labels=elections,
            activity_labels=activities,
            text=text,
        )

    return fields_of


fields_of = fields_in()


def search_urls(settings) -> dict[str, str]:
    """Where the search page finds Pagefind, as paths from the host's root."""
    base = base_path(settings.get("SITEURL", ""))
    bundle = base + setting(settings, "ARSIP_SEARCH_BUNDLE_URL").lstrip("/")
    return {"base": base, "bundle": bundle, "shards": f"{bundle}{SHARDS_SUBDIR}/"}


SEARCH_ORDERS = ("terbaru", "terlama", "relevan")


def search_order(settings) -> str:
    """ARSIP_SEARCH_ORDER, or newest first (with an error in the log) if unknown."""
    order = setting(settings, "ARSIP_SEARCH_ORDER")
    if order in SEARCH_ORDERS:
        return order
    logger.error(
        "arsip_search: ARSIP_SEARCH_ORDER %r tidak dikenal (pilih %s); dipakai %r",
        order,
        ", ".join(SEARCH_ORDERS),
        SEARCH_ORDERS[0],
    )
    return SEARCH_ORDERS[0]


def shards_of(
    articles, limit: int, saved_as: Callable[[Any], str] | None = None
) -> dict[str, list[str]]:
    """The published article pages of each search shard, by ``save_as``
    (``saved_as(article)``, when given, is the article's ``save_as``)."""
    days = {}
    for article in articles:
        record = getattr(article, "record", None)
        if record is None:
            continue
        save_as = saved_as(article) if saved_as is not None else article.save_as
        if save_as:
            days[save_as] = record_day(record)
    return assign_shards(days, limit)


def kept_fields(
    compute: Callable[[Any], SearchFields | None], memo: dict, lang: str
) -> Callable[[Any], SearchFields | None]:
    """``compute`` made once per article and edition: the article page's filter
    and the search page's filter choices read the same fields."""

    def pagefind_fields(
        article, made: SearchFields | None = None
    ) -> SearchFields | None:
        """Template filter: the Pagefind filters, sorts and metadata of an article
        (``made``: what another process computed for it, kept instead)."""
        key = (lang, id(article))
        hit = memo.get(key)
        if hit is not None and hit[0] is article:
            return hit[1]
        fields = made if made is not None else compute(article)
        memo[key] = (article, fields)
        return fields

    return pagefind_fields


def _fields_filter(settings) -> Callable[[Any], SearchFields | None]:
    """This build's ``pagefind_fields`` in the edition's language."""
    text = edition_text(settings)
    return kept_fields(fields_in(text), _search(settings).fields, text.lang)


def add_template_helpers(generator) -> None:
    """Give every template the ``pagefind_fields`` filter."""
    generator.env.filters["pagefind_fields"] = _fields_filter(generator.settings)


class SearchPageGenerator(Generator):
    """Writes the search page (template ``search.html``)."""

    def generate_output(self, writer) -> None:
        save_as = setting(self.settings, "ARSIP_SEARCH_SAVE_AS")
        if not save_as:
            return
        articles = self.context.get("articles", ())
        search = _search(self.settings)
        saved_as = partial(saved_as_once, self.settings)
        shards = search.planned
        if shards is None:
            limit = setting(self.settings, "ARSIP_SEARCH_SHARD_PAGES")
            shards = shards_of(articles, limit, saved_as)
        keys = shard_order(shards)
        place = {key: k for k, key in enumerate(keys)}
        index = {page: place[key] for key, pages in shards.items() for page in pages}
        fields_of = _fields_filter(self.settings)
        found = [(fields_of(article), article) for article in articles]
        found = [(fields, article) for fields, article in found if fields is not None]
        writer.write_file(
            save_as,
            self.get_template("search"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=setting(self.settings, "ARSIP_SEARCH_URL"),
            search=search_urls(self.settings),
            search_shards=keys,
            search_weight_step=WEIGHT_STEP,
            search_order=search_order(self.settings),
            search_filters=FILTER_NAMES,
            search_choices=filter_choices(
                (fields for fields, _ in found),
                # Which shards hold a value: the page loads only those for it.
                shard_of=(index.get(saved_as(article)) for _, article in found),
                shard_count=len(keys),
            ),
            # Pagefind compiles WebAssembly: only this page's CSP allows it.
            csp_wasm=True,
        )


def search_page_generator(pelican):
    """get_generators receiver."""
    return SearchPageGenerator


@dataclass
class SearchBuild:
    """arsip_search's part of one build (its BuildState slot)."""

    # The background Pagefind run, once started.
    run: ShardedIndex | None = None
    # The shards (period -> article pages) of this build.
    shards: dict[str, list[str]] | None = None
    # Article pages not yet written, with the generator that writes them: Pagefind
    # starts when the last one is on disk.
    waiting: set[str] = field(default_factory=set)
    generator: object = None
    # The shards as planned (``shards`` is handed to Pagefind): the search page's
    # filter choices name them.
    planned: dict[str, list[str]] | None = None
    # Each article's search fields, per edition: (lang, id) -> (article, fields).
    fields: dict[tuple[str, int], tuple[Any, SearchFields | None]] = field(
        default_factory=dict
    )
    # The helper making each article's search fields, until taken in.
    pending: PendingFields | None = None


def _search(settings) -> SearchBuild:
    """This build's SearchBuild (a throwaway one outside a build with no state)."""
    state = build_state(settings)
    return state.slot(SEARCH_SLOT, SearchBuild) if state else SearchBuild()


def _article_pages_exist(settings, output_path) -> bool:
    return any(Path(output_path).glob(article_glob(settings["ARTICLE_SAVE_AS"])))


def _page_path(output_path: str, save_as: str) -> str:
    return os.path.abspath(os.path.join(output_path, save_as))


def expect_article_pages(generator) -> None:
    """article_generator_finalized: note which article pages this build will write."""
    settings = generator.settings
    if not setting(settings, "ARSIP_SEARCH_INDEX"):
        return
    contents = [
        *generator.translations,
        *generator.articles,
        *getattr(generator, "hidden_translations", []),
        *getattr(generator, "hidden_articles", []),
    ]
    search = _search(settings)
    saved_as = partial(saved_as_once, settings)
    pages = {
        _page_path(generator.output_path, save_as)
        for save_as in map(saved_as, contents)
        if save_as
    }
    limit = setting(settings, "ARSIP_SEARCH_SHARD_PAGES")
    search.shards = search.planned = shards_of(generator.articles, limit, saved_as)
    # Made once, before the article pages are written (by forked helpers too):
    # each page's filter and the search page's choices share them. A helper
    # makes them while this process makes the other generators' contexts (one
    # core was idle then); they are taken in at all_generators_finalized.
    fields_of = _fields_filter(settings)
    search.pending = start_fields(settings, fields_of, list(generator.articles))
    if search.pending is None:
        for article in generator.articles:
            fields_of(article)
    if pages:
        search.waiting = pages
        search.generator = generator
        # content_written tells only the path and the page's context: the build's
        # search rides in the run's context (a copy of it reaches every page).
        generator.context[SEARCH_CONTEXT] = search


@dataclass
class PendingFields:
    """A helper making the articles' search fields (``start_fields``)."""

    pid: int
    reader: int
    fields_of: Callable[[Any], SearchFields | None]
    articles: list
    done: bool = False

    def stop(self) -> None:
        """End the helper if it was never taken in (the build failed)."""
        if not self.done:
            self.done = True
            stop_helper(self.pid, self.reader)

    def take(self) -> None:
        """Wait for the helper and keep what it made as if made here (whatever
        it could not make is made here)."""
        if self.done:
            return
        self.done = True
        result = collect_helper(self.pid, self.reader)
        made = result.get("fields") if result is not None else None
        if not isinstance(made, list) or len(made) != len(self.articles):
            made = [None] * len(self.articles)
        for article, fields in zip(self.articles, made, strict=True):
            self.fields_of(article, fields)


def _fields_in_helper(fields_of, articles: list) -> dict:
    """In a forked helper: each article's search fields, in order."""
    return {"fields": [fields_of(article) for article in articles]}


def start_fields(settings, fields_of, articles: list) -> PendingFields | None:
    """Fork a helper making ``fields_of`` of every article; None when the build
    has one CPU or few articles (then they are made here)."""
    wanted = setting(settings, "ARSIP_WRITER_PROCESSES")
    if not articles or writer_processes(wanted, len(articles)) <= 1:
        return None
    pid, reader = start_helper(partial(_fields_in_helper, fields_of, articles))
    pending = PendingFields(pid, reader, fields_of, articles)
    state = build_state(settings)
    if state is not None:
        state.on_close(pending.stop)
    return pending


def take_fields(generators) -> None:
    """all_generators_finalized: the search fields made by the helper, before any
    page is written."""
    for generator in generators:
        search = _search(generator.settings)
        pending, search.pending = search.pending, None
        if pending is not None:
            pending.take()
        return


def article_page_written(path, context=None) -> None:
    """content_written: once the last article page is written, start Pagefind. The
    listings Pelican writes next (home, archive, tags, provinces) then overlap it."""
    search = (context or {}).get(SEARCH_CONTEXT)
    if not isinstance(search, SearchBuild) or path not in search.waiting:
        return
    search.waiting.discard(path)
    if not search.waiting:
        start_index(search.generator)


def start_index(generator, writer=None) -> None:
    """Start Pagefind in the background once every article page is on disk: when the
    last one is written, or at article_writer_finalized at the latest."""
    settings = generator.settings
    search = _search(settings)
    search.waiting = set()
    if search.run is not None or not setting(settings, "ARSIP_SEARCH_INDEX"):
        return
    if not _article_pages_exist(settings, generator.output_path):
        return
    logger.info("arsip_search: Pagefind mulai mengindeks berita di latar belakang")
    _begin(settings, search, generator.output_path)


def start_shards(site: Path, shards, cache: Path, settings) -> ShardedIndex:
    """Index the shards whose pages changed, in the background."""
    return ShardedIndex(
        site,
        shards,
        cache,
        setting(settings, "ARSIP_SEARCH_BUNDLE_SAVE_AS"),
        setting(settings, "ARSIP_SEARCH_LANGUAGE"),
        processes=setting(settings, "ARSIP_SEARCH_PROCESSES") or os.cpu_count() or 1,
    )


def _begin(settings, search: SearchBuild, output_path) -> ShardedIndex:
    """Pagefind over the article pages of ``output_path``, one process per shard;
    stopped with the build if the build ends first (it failed)."""
    shards, search.shards = search.shards, None
    if shards is None:  # no article_generator_finalized: every article page, one shard
        pages = Path(output_path).glob(article_glob(settings["ARTICLE_SAVE_AS"]))
        shards = {SHARD_UNKNOWN: [p.relative_to(output_path).as_posix() for p in pages]}
    # One shard cache per output folder: an edition (arsip_i18n) builds into
    # output/<lang>/ with the same CACHE_PATH.
    where = str(Path(output_path).resolve()).encode()
    key = hashlib.blake2b(where, digest_size=5).hexdigest()
    cache = Path(settings.get("CACHE_PATH") or "cache") / "pagefind" / key
    if not settings.get("LOAD_CONTENT_CACHE", True):  # --ignore-cache: index afresh
        shutil.rmtree(cache, ignore_errors=True)
    run = search.run = start_shards(Path(output_path), shards, cache, settings)
    state = build_state(settings)
    if state is not None:
        state.on_close(run.stop)
    return run


def build_index(pelican) -> None:
    """finalized: wait for the Pagefind run started after the article pages (or run
    it now if none was started), and report what it indexed."""
    settings = pelican.settings
    if not setting(settings, "ARSIP_SEARCH_INDEX"):
        logger.info("arsip_search: Pagefind dilewati (ARSIP_SEARCH_INDEX = False)")
        return
    search = _search(settings)
    run, search.run = search.run, None
    if run is None:
        if not _article_pages_exist(settings, pelican.output_path):
            # Pagefind refuses to build an empty index; a site with no article yet
            # (or only rejected files) must still build.
            logger.warning("arsip_search: belum ada halaman berita; Pagefind dilewati")
            return
        run = _begin(settings, search, pelican.output_path)
    try:
        result = run.finish(setting(settings, "ARSIP_SEARCH_TIMEOUT"))
    except SearchIndexFailed as err:
        logger.error("arsip_search: %s", err)
        raise
    logger.info(
        "arsip_search: Pagefind: %d halaman dalam %d bagian (bulan); %d bagian "
        "diindeks ulang (%s), sisanya dari cache; %.2f detik (berjalan bersama "
        "penulisan halaman lain)",
        result.pages,
        len(run.shards),
        len(run.reindexed),
        ", ".join(run.reindexed) or "-",
        result.seconds,
    )
