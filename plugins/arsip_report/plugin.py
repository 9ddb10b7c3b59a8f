"""Signal receivers of the build report; the bookkeeping itself is in report.py.

The report only reads what the build did (the articles and pages, the rejections
in ``BuildState``) and writes ``laporan-build.json``; the build's wiring is arsip_site.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from arsip_core.keys import REPORT_SLOT
from arsip_core.settings import setting
from arsip_core.state import BuildSummary, build_state
from arsip_core.warnings import WarningCode, code_of
from arsip_report.report import DRAFT, IGNORED, REJECTED, BuildReport

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def report_of(generator) -> BuildReport | None:
    """This build's report, made on first use; None outside a build."""
    state = build_state(generator.settings)
    return state.slot(REPORT_SLOT, BuildReport) if state is not None else None


# Pelican shows five warnings of one kind, then this line once, and hides the rest.
LIMIT_MESSAGE = (
    "arsip_report: peringatan berikutnya disembunyikan; jumlah semuanya ada di baris "
    "penutup build dan daftarnya di laporan build"
)


def log_warnings(content) -> None:
    """The warnings of one article or page's record, read or taken from the cache,
    so a cached rebuild shows the same warnings as the build that read the file."""
    record = content.metadata.get("record")
    for warning in record.warnings if record is not None else ():
        if code_of(warning) is WarningCode.GUESS:
            continue  # a guess, no fault: counted, and listed in the report
        logger.warning(
            "arsip_report: %s: %s",
            content.relative_source_path,
            warning,
            extra={"limit_msg": LIMIT_MESSAGE},
        )


def _warnings_of(content, extra: dict[str, list[str]]) -> list[str]:
    record = content.metadata.get("record")
    warnings = list(record.warnings) if record is not None else []
    warnings.extend(extra.get(content.relative_source_path, ()))
    return warnings


def account_articles(generator) -> None:
    """Every article read (from file or cache) is published or a draft."""
    report = report_of(generator)
    if report is None:
        return
    extra = build_state(generator.settings).extra_warnings
    for article in sorted(
        [*generator.articles, *generator.translations],
        key=lambda a: a.relative_source_path,
    ):
        log_warnings(article)
        report.publish(
            article.relative_source_path, article.url, _warnings_of(article, extra)
        )
        # Only fields not taken from the text: the report stays small for 10,000
        # pasted articles, whose fields all come from the text.
        report.entries[article.relative_source_path].field_sources = {
            name: source
            for name, source in (article.metadata.get("field_sources") or {}).items()
            if source != "teks"
        }
        report.entries[article.relative_source_path].text_policy = article.metadata.get(
            "text_policy"
        )
        account_sidecars(report, article)
    for article in [*generator.drafts, *getattr(generator, "hidden_articles", [])]:
        report.note(article.relative_source_path, DRAFT, f"status: {article.status}")
        account_sidecars(report, article)


def account_sidecars(report: BuildReport, content) -> None:
    """Each sidecar under its own name: with its article, or refused and why."""
    entry = report.entries.get(content.relative_source_path)
    if entry is None:
        return
    for outcome in content.metadata.get("sidecars") or ():
        report.sidecar(outcome.source, entry, outcome.reason, outcome.line)


def account_pages(generator) -> None:
    """Pages are inputs too."""
    report = report_of(generator)
    if report is None:
        return
    extra = build_state(generator.settings).extra_warnings
    for page in [*generator.pages, *generator.translations]:
        log_warnings(page)
        report.publish(page.relative_source_path, page.url, _warnings_of(page, extra))
        account_sidecars(report, page)
    for page in [*generator.hidden_pages, *generator.draft_pages]:
        report.note(page.relative_source_path, DRAFT, f"status: {page.status}")
        account_sidecars(report, page)


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
        assets = next(
            (
                p
                for p in path.relative_to(content_root).parents
                if p.name.endswith("_files")
            ),
            None,
        )
        if assets is not None:
            # A page saved "complete": one line for its folder, not one per image.
            report.note(
                f"{assets.as_posix()}/",
                IGNORED,
                "folder lampiran halaman tersimpan (gambar, skrip, gaya): "
                "tidak diterbitkan; hanya teks halaman .html yang dibaca",
            )
            continue
        article = next(
            (
                path.with_suffix(s)
                for s in (".txt", ".html", ".htm")
                if path.suffix in (".yaml", ".yml") and path.with_suffix(s).exists()
            ),
            None,
        )
        if article is not None:
            name = article.relative_to(content_root).as_posix()
            if name in report.entries and report.entries[name].status != REJECTED:
                report.sidecar(relative, report.entries[name])
                continue
            # A sidecar whose article was not published (rejected, or itself left
            # out): its own line, naming the article.
            report.note(
                relative,
                IGNORED,
                f"berkas pendamping dari {name}, yang tidak diterbitkan: tidak dipakai",
            )
            report.entries[relative].sidecar_of = name
            continue
        reason = (
            "berkas berita dilewati Pelican tanpa diterbitkan (lihat log build)"
            if path.suffix in ARTICLE_SUFFIXES
            else "jenis berkas tidak dikenal (hanya .txt, .md dan .html dibaca)"
        )
        report.note(relative, IGNORED, reason)


def finish_report(pelican) -> None:
    """Write the report and log its summary; the build's end reads its counts."""
    settings = pelican.settings
    state = build_state(settings)
    if state is None:
        return
    report = state.slot(REPORT_SLOT, BuildReport)
    for source, rejection in state.rejected.items():
        report.reject(source, rejection.reason, rejection.line, rejection.target)
    for source, skipped in state.ignored.items():
        report.note(source, IGNORED, skipped.reason, skipped.target)
    # Warnings noted after a file was accounted for (receivers of one signal run in
    # the order of PLUGINS): added now, once.
    for source, warnings in state.extra_warnings.items():
        entry = report.entries.get(source)
        for warning in warnings:
            if entry is not None and warning not in entry.reasons:
                report.add_warning(source, warning)
    _account_leftovers(
        report, Path(settings["PATH"]), settings.get("STATIC_PATHS") or ()
    )
    output = Path(settings["OUTPUT_PATH"]) / setting(settings, "ARSIP_REPORT_SAVE_AS")
    report.write_json(output)
    for line in report.summary_lines():
        logger.info(line)
    state.summary = BuildSummary(
        counts=report.counts(),
        warnings=report.warning_counts(),
        report_path=os.path.relpath(output),
        rejected=len(report.rejected),
    )
