"""Signal receivers of arsip_seo: template helpers, then sitemap.xml and robots.txt."""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from arsip_incremental.parallel import (
    collect_helper,
    start_helper,
    stop_helper,
    writer_processes,
)
from arsip_incremental.plugin import swept_pages
from jinja2 import pass_context

from arsip_core.files import write_if_changed
from arsip_core.keys import EDITION_LANG, EDITION_ROOTS, SEO_SLOT
from arsip_core.labels import ACTIVITY_LABELS, ELECTION_LABELS
from arsip_core.settings import setting
from arsip_core.state import build_state
from arsip_i18n.text import edition_text
from arsip_seo.jsonld import json_ld
from arsip_seo.meta import canonical_path, news_article, record_citation
from arsip_seo.sitemap import (
    Known,
    collect,
    dump_known,
    load_known,
    read_entries,
    robots_txt,
    sitemap_xml,
)

logger = logging.getLogger(__name__)


@pass_context
def news_article_of(context, article, page_url: str) -> dict:
    """Template filter: the NewsArticle JSON-LD of an article page."""
    record = article.record
    keywords = [ACTIVITY_LABELS.get(a, a) for a in record.activities]
    keywords += [str(tag) for tag in getattr(article, "tags", None) or ()]
    return news_article(
        record,
        page_url=page_url,
        site_name=context["SITENAME"],
        site_url=f"{context.get('SITEURL', '')}/",
        outlet=getattr(article, "site", None),
        keywords=keywords,
        election=ELECTION_LABELS.get(record.election or ""),
    )


@pass_context
def citation_of(context, article, page_url: str) -> str:
    """Template filter: how to cite the record of an article page."""
    record = article.record
    return record_citation(
        outlet=record.outlet or getattr(article, "site", None),
        title=record.title,
        published=record.published,
        url=record.url,
        archive=context["SITENAME"],
        page_url=page_url,
        record_id=record.id,
        gettext=edition_text(context).gettext,
    )


def add_template_helpers(generator) -> None:
    """Filters used by _seo_head.html and _citation.html."""
    generator.env.filters.update(
        {
            "json_ld": json_ld,
            "canonical_path": canonical_path,
            "news_article": news_article_of,
            "record_citation": citation_of,
        }
    )


def _known_file(settings, output: Path) -> Path | None:
    """Where the sitemap keeps each page's entry between builds: beside Pelican's
    content cache, one file per output folder (an edition builds into its own), or
    nowhere when the build keeps no cache."""
    cache = settings.get("CACHE_PATH")
    if not cache or not settings.get("CACHE_CONTENT"):
        return None
    key = hashlib.blake2b(str(output.resolve()).encode(), digest_size=5).hexdigest()
    return Path(cache) / f"arsip-sitemap-{key}.json"


def _load_known(path: Path | None) -> Known | None:
    if path is None:
        return None
    try:
        return load_known(path.read_text(encoding="utf-8"))
    except OSError:
        return {}


@dataclass
class EarlyEntries:
    """A helper reading the article pages' sitemap entries (``read_ahead``)."""

    pid: int
    reader: int
    done: bool = False

    def stop(self) -> None:
        """End the helper if it was never taken in (the build failed)."""
        if not self.done:
            self.done = True
            stop_helper(self.pid, self.reader)

    def take(self) -> Known:
        """What the helper read (nothing if it failed)."""
        if self.done:
            return {}
        self.done = True
        result = collect_helper(self.pid, self.reader)
        known = result.get("known") if result is not None else None
        return known if isinstance(known, dict) else {}


@dataclass
class SeoBuild:
    """arsip_seo's part of one build (its BuildState slot)."""

    early: EarlyEntries | None = None


def _early_entries(output: Path, contents: list, known_file: Path) -> dict:
    """In a forked helper: the entries of the article pages that changed since the
    last build's table, as ``collect`` keeps them."""
    pages = [c.save_as for c in contents]
    return {"known": read_entries(output, pages, _load_known(known_file))}


def read_ahead(generator, writer=None) -> None:
    """article_writer_finalized: once the article pages are written (nothing later
    writes under them), a helper reads their sitemap entries while the other
    families are written; the sitemap at the build's end reads only the rest.
    Only when the build keeps the sitemap's table and has a second CPU."""
    settings = generator.settings
    state = build_state(settings)
    output = Path(generator.output_path)
    if state is None or not setting(settings, "ARSIP_SEO_SITEMAP_SAVE_AS"):
        return
    known_file = _known_file(settings, output)
    if known_file is None:
        return
    contents = [
        *generator.translations,
        *generator.articles,
        *getattr(generator, "hidden_translations", []),
        *getattr(generator, "hidden_articles", []),
    ]
    wanted = setting(settings, "ARSIP_WRITER_PROCESSES")
    if writer_processes(wanted, len(contents)) <= 1:
        return
    seo = state.slot(SEO_SLOT, SeoBuild)
    if seo.early is not None:
        return
    pid, reader = start_helper(partial(_early_entries, output, contents, known_file))
    seo.early = EarlyEntries(pid, reader)
    state.on_close(seo.early.stop)


def _take_early(settings) -> Known:
    state = build_state(settings)
    seo = state.slots.get(SEO_SLOT) if state is not None else None
    if seo is None or seo.early is None:
        return {}
    return seo.early.take()


def write_sitemap(pelican) -> None:
    """After the build: sitemap.xml from the pages' canonical links, and robots.txt."""
    settings = pelican.settings
    output = Path(pelican.output_path)
    save_as = setting(settings, "ARSIP_SEO_SITEMAP_SAVE_AS")
    if save_as:
        started = time.perf_counter()
        known_file = _known_file(settings, output)
        known = _load_known(known_file)
        early = _take_early(settings)
        if known is not None:
            known.update(early)
        entries = collect(
            output,
            skip=[settings.get("NOTFOUND_SAVE_AS") or ""],
            known=known,
            files=swept_pages(settings, output),
        )
        write_if_changed(output / save_as, sitemap_xml(entries))
        if known_file is not None:
            write_if_changed(known_file, dump_known(known))
        logger.info(
            "arsip_seo: %s berisi %d alamat (%.2f detik)",
            save_as,
            len(entries),
            time.perf_counter() - started,
        )
    robots = setting(settings, "ARSIP_SEO_ROBOTS_SAVE_AS")
    # Only the host's root robots.txt counts: it names every edition's sitemap, and
    # an edition at /<lang>/ writes none.
    if robots and settings.get(EDITION_LANG, "id") == "id":
        url = setting(settings, "ARSIP_SEO_SITEMAP_URL")
        roots = [root for _lang, root in settings.get(EDITION_ROOTS) or []]
        roots = roots or [settings.get("SITEURL", "")]
        sitemaps = [f"{root}/{url}" for root in roots] if save_as else []
        write_if_changed(output / robots, robots_txt(sitemaps))
