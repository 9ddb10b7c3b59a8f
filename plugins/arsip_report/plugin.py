"""Signal receivers of the build report; the bookkeeping itself is in report.py."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pelican import signals
from pelican.log import console
from pelican.utils import order_content

from arsip_core.settings import apply_defaults, setting
from arsip_report.report import DRAFT, IGNORED, BuildReport
from arsip_report.timing import TIMING_SAVE_AS, BuildTimer

logger = logging.getLogger(__name__)

REPORT_KEY = "ARSIP_REPORT"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
PRELUDE = "persiapan (muat cache, hapus output lama)"
_TIMER_KEY = "_ARSIP_BUILD_TIMER"


class StrictBuildFailed(RuntimeError):
    """Strict mode: at least one input file was rejected."""


def set_defaults(pelican) -> None:
    """Fill in the ARSIP_* defaults once, when Pelican starts."""
    apply_defaults(pelican.settings)


def start_report(pelican) -> None:
    """A fresh report and timer for every run, so autoreload never mixes two builds."""
    pelican.settings[REPORT_KEY] = BuildReport()
    pelican.settings[_TIMER_KEY] = BuildTimer()
    # Connected now rather than in register(): receivers run in the order they were
    # connected, and the timer must stop after arsip_search's Pagefind run at
    # `finalized`. Connecting the same function again is a no-op.
    signals.finalized.connect(finish_timing)


def report_of(generator) -> BuildReport | None:
    return generator.settings.get(REPORT_KEY)


def timer_of(sender) -> BuildTimer | None:
    return sender.settings.get(_TIMER_KEY)


def _show(text: str) -> None:
    """Progress and times on the console even at Pelican's default log level, where
    Pelican itself prints its "Done" line; with --verbose they go to the log."""
    if logger.isEnabledFor(logging.INFO):
        logger.info("arsip_report: %s", text)
    else:
        console.print(f"arsip_report: {text}", markup=False, highlight=False)


def time_generator(generator) -> None:
    """Time each generator's two phases: reading into the context, writing output."""
    timer = timer_of(generator)
    if timer is None:
        return
    name = type(generator).__name__
    phases = (("generate_context", "konteks"), ("generate_output", "tulis"))
    for method, phase in phases:
        function = getattr(generator, method, None)
        if function is None:
            continue
        reading = (name, method) == ("ArticlesGenerator", "generate_context")
        mark = "read" if reading else None
        # Before the first generator reads: Pelican loads the content cache and
        # deletes the old output, which no generator phase covers.
        prelude = PRELUDE if reading else None
        # On the instance only: the next build gets new generators, unwrapped.
        wrapped = timer.timed(f"{phase} {name}", function, mark, prelude)
        setattr(generator, method, wrapped)
    if name == "ArticlesGenerator":
        settings = generator.settings
        timer.expected = len(
            generator.get_files(
                settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"]
            )
        )


def count_read(generator, metadata=None) -> None:
    """One more article read, from its file or from the reader cache."""
    timer = timer_of(generator)
    if timer is None:
        return
    progress = timer.article_read()
    if progress:
        _show(progress)


def end_of_reading(generator) -> None:
    """All article files are read or taken from the cache; taxonomies come next."""
    timer = timer_of(generator)
    if timer is None:
        return
    timer.since("read", "baca artikel")
    total = sum(
        len(getattr(generator, kind, ()))
        for kind in ("articles", "translations", "drafts", "hidden_articles")
    )
    report = report_of(generator)
    parsed = report.parsed if report is not None else timer.read
    timer.cached = max(0, total - parsed)
    _show(
        f"{total} artikel: {total - timer.cached} dibaca dari berkas, "
        f"{timer.cached} dari cache ({timer.phases['baca artikel']:.1f} d)"
    )


def order_ties_by_path(generator) -> None:
    """Articles with equal sort keys (all undated ones share a date) keep the order of
    their source paths, not the file system's, which changes from run to run."""
    order_by = generator.settings.get("ARTICLE_ORDER_BY")
    for kind in ("articles", "drafts", "hidden_articles"):
        items = getattr(generator, kind, None)
        if items:
            items.sort(key=lambda a: a.relative_source_path)
            order_content(items, order_by)  # a stable sort: ties keep the path order


def dedupe_slugs(generator) -> None:
    """Give clashing slugs a numeric suffix instead of overwriting a page."""
    seen: dict[str, str] = {}
    items = sorted(
        [
            *generator.articles,
            *generator.drafts,
            *getattr(generator, "hidden_articles", []),
        ],
        key=lambda a: a.relative_source_path,
    )
    for article in items:
        base = article.slug
        slug, n = base, 1
        while slug in seen:
            n += 1
            slug = f"{base}-{n}"
        if slug != base:
            article.slug = slug
            message = f"slug '{base}' sudah dipakai {seen[base]}; diganti '{slug}'"
            logger.warning(
                "arsip_report: %s: %s", article.relative_source_path, message
            )
            article.record_slug_warning = message
        seen[slug] = article.relative_source_path


def _warnings_of(content) -> list[str]:
    record = content.metadata.get("record")
    warnings = list(record.warnings) if record is not None else []
    extra = getattr(content, "record_slug_warning", None)
    if extra:
        warnings.append(extra)
    return warnings


def freeze_urls(generator) -> None:
    """Fix each article's URL once its slug is final.

    Pelican recomputes ``url`` from the settings at every use (some 80,000 times for
    2,000 articles: listings, feeds, sitemap, open data), which was a sixth of a
    build's CPU. ``override_url`` is Pelican's own way to fix it. ``save_as`` is left
    alone: an overridden ``save_as`` would make Pelican silently skip a later page
    written to the same file instead of stopping the build. Set after the content
    cache is saved, so the cache never holds it and a later slug change takes effect.
    """
    for article in [
        *generator.articles,
        *generator.translations,
        *getattr(generator, "hidden_articles", []),
    ]:
        article.override_url = article.url


def account_articles(generator) -> None:
    """Every article read (from file or cache) is published or a draft."""
    report = report_of(generator)
    if report is None:
        return
    for article in [*generator.articles, *generator.translations]:
        report.publish(article.relative_source_path, article.url, _warnings_of(article))
    for article in [*generator.drafts, *getattr(generator, "hidden_articles", [])]:
        report.note(article.relative_source_path, DRAFT, f"status: {article.status}")


def account_pages(generator) -> None:
    """Pages are inputs too."""
    report = report_of(generator)
    if report is None:
        return
    for page in [*generator.pages, *generator.translations]:
        report.publish(page.relative_source_path, page.url, _warnings_of(page))
    for page in [*generator.hidden_pages, *generator.draft_pages]:
        report.note(page.relative_source_path, DRAFT, f"status: {page.status}")


def _account_leftovers(report: BuildReport, content_root: Path, static_paths) -> None:
    """Files in content/ that no generator took are listed, never silently lost."""
    for path in sorted(content_root.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        relative = path.relative_to(content_root).as_posix()
        if relative in report.entries:
            continue
        if any(relative.startswith(s.rstrip("/") + "/") for s in static_paths):
            continue
        if path.suffix in (".yaml", ".yml") and path.with_suffix(".txt").exists():
            continue  # a sidecar: reported with its article
        reason = (
            "berkas berita dilewati Pelican tanpa diterbitkan (lihat log build)"
            if path.suffix in ARTICLE_SUFFIXES
            else "jenis berkas tidak dikenal (hanya .txt dan .md dibaca)"
        )
        report.note(relative, IGNORED, reason)


def finish_report(pelican) -> None:
    """Write the report, print its summary, and fail in strict mode."""
    settings = pelican.settings
    report: BuildReport | None = settings.get(REPORT_KEY)
    if report is None:
        return
    _account_leftovers(
        report, Path(settings["PATH"]), settings.get("STATIC_PATHS") or ()
    )
    timer = settings.get(_TIMER_KEY)
    if timer is not None:
        timer.mark("finalized")
    output = Path(settings["OUTPUT_PATH"]) / setting(settings, "ARSIP_REPORT_SAVE_AS")
    report.write_json(output)
    for line in report.summary_lines():
        logger.info(line)
    rejected = report.rejected
    if rejected and setting(settings, "ARSIP_STRICT"):
        raise StrictBuildFailed(
            f"arsip_report: mode ketat: {len(rejected)} berkas ditolak "
            f"(lihat {os.path.relpath(output)})"
        )


def finish_timing(pelican) -> None:
    """Last `finalized` receiver: Pagefind and the sitemap are done; write the times."""
    timer: BuildTimer | None = pelican.settings.get(_TIMER_KEY)
    if timer is None:
        return
    # Pagefind started after the article pages; this is only what is left of it.
    timer.since("finalized", "finalized (sisa Pagefind, sitemap)")
    # Beside Pelican's content cache, not in the output: the site stays byte-identical
    # between builds (tests/quality/test_reproducible.py) and publishes no timings.
    timer.write_json(Path(pelican.settings["CACHE_PATH"]) / TIMING_SAVE_AS)
    _show(timer.summary())
