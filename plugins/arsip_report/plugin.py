"""Signal receivers of the build report; the bookkeeping itself is in report.py."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from arsip_core.settings import apply_defaults, setting
from arsip_report.report import DRAFT, IGNORED, BuildReport

logger = logging.getLogger(__name__)

REPORT_KEY = "ARSIP_REPORT"
_STARTED_KEY = "_ARSIP_BUILD_STARTED"


class StrictBuildFailed(RuntimeError):
    """Strict mode: at least one input file was rejected."""


def set_defaults(pelican) -> None:
    """Fill in the ARSIP_* defaults once, when Pelican starts."""
    apply_defaults(pelican.settings)


def start_report(pelican) -> None:
    """A fresh report for every run, so autoreload never mixes two builds."""
    pelican.settings[REPORT_KEY] = BuildReport()
    pelican.settings[_STARTED_KEY] = time.perf_counter()


def report_of(generator) -> BuildReport | None:
    return generator.settings.get(REPORT_KEY)


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
        report.note(
            relative, IGNORED, "jenis berkas tidak dikenal (hanya .txt dan .md dibaca)"
        )


def finish_report(pelican) -> None:
    """Write the report, print its summary, and fail in strict mode."""
    settings = pelican.settings
    report: BuildReport | None = settings.get(REPORT_KEY)
    if report is None:
        return
    _account_leftovers(
        report, Path(settings["PATH"]), settings.get("STATIC_PATHS") or ()
    )
    started = settings.get(_STARTED_KEY)
    if started is not None:
        report.phases.setdefault("total", time.perf_counter() - started)
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
