"""Story groups on the articles, and the /statistik/ page with its CSV."""

from __future__ import annotations

import csv
import io
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from pelican.generators import Generator

from arsip_core import similarity
from arsip_core.events import (
    OUTSIDE_STAGES,
    Deployment,
    Row,
    deployments_of,
    events_of,
    stage_of,
    tally,
)
from arsip_core.files import load_kept, save_kept, source_digest, write_if_changed
from arsip_core.gazetteer import load_gazetteer
from arsip_core.keys import STORIES_CONTEXT
from arsip_core.labels import election_label
from arsip_core.model import KALIMANTAN_PROVINCES, OUTSIDE_KALIMANTAN, replace_record
from arsip_core.settings import setting
from arsip_data.export import chunks, defuse, json_line, json_lines_pieces
from arsip_data.plugin import write_export
from arsip_i18n.text import INDONESIAN, EditionText, edition_text
from arsip_stories import grouping
from arsip_stories.chart import bar_chart
from arsip_stories.grouping import (
    KeptPairs,
    Report,
    Story,
    group_reports_keeping,
    report_from,
)

logger = logging.getLogger(__name__)


def report_of(article: Any) -> Report:
    """What grouping reads of a Pelican article."""
    return report_from(article.record, getattr(article, "story_signature", b""))


KEPT_PAIRS = "arsip-cerita-pasangan.pickle"
# What decides whether two reports pair: another version of it, other pairs.
_PAIRS_CODE = (Path(grouping.__file__), Path(similarity.__file__))


def _pairs_version() -> bytes:
    return source_digest(_PAIRS_CODE, np.__version__.encode())


def _kept_pairs_file(settings) -> Path | None:
    cache = settings.get("CACHE_PATH")
    if not cache or not settings.get("CACHE_CONTENT"):
        return None
    return Path(cache) / KEPT_PAIRS


def load_kept_pairs(path: Path | None, version: bytes) -> KeptPairs | None:
    """The last build's pairs, if kept by this version of the grouping."""
    return load_kept(path, version, KeptPairs)


def group_articles(generator) -> None:
    """Give every article its story (``record.story_group``, ``story_others``).

    The pairs of the last build are kept beside the content cache: a rebuild pairs
    only the new and changed articles again (at 10,000 articles all pairs took
    ~0.9 s of the Pelican process, alone, before the pages are written)."""
    articles = [a for a in generator.articles if getattr(a, "record", None)]
    started = time.perf_counter()
    path = _kept_pairs_file(generator.settings)
    version = _pairs_version()
    kept = load_kept_pairs(path, version)
    stories, keep = group_reports_keeping([report_of(a) for a in articles], kept)
    if path is not None and keep is not None and keep != kept:
        save_kept(path, version, keep)
    by_id = {a.record.id: a for a in articles}
    for story in stories:
        members = [by_id[i] for i in story.members if i in by_id]
        for article in members:
            article.record = replace_record(
                article.record, story_group=story.id, story_lead=story.lead
            )
            article.story_others = [m for m in members if m is not article]
    grouped = [s for s in stories if len(s.members) > 1]
    generator.context[STORIES_CONTEXT] = {"stories": stories}
    logger.info(
        "arsip_stories: %d berita dalam %d cerita; %d cerita dimuat lebih dari satu "
        "media (%.2f s)",
        len(articles), len(stories), len(grouped), time.perf_counter() - started,
    )  # fmt: skip


@dataclass
class Table:
    """One statistics table: its rows, chart and how to read its keys."""

    id: str
    title: str
    column: str
    rows: list[Row]
    chart: str = ""
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        """The key as readers see it."""
        return self.labels.get(key, key)


def _phase_key(elections):
    def key(item: Deployment) -> str:
        stage = stage_of(item.day, item.election, elections)
        return f"{election_label(item.election)} · " + (
            stage.name if stage else OUTSIDE_STAGES
        )

    return key


def key_label(key: str, text: EditionText = INDONESIAN) -> str:
    """A table key in the edition's language (``Pemilu 2024 · Masa tenang``)."""
    return " · ".join(text.gettext(part) for part in key.split(" · "))


def statistics_tables(
    articles, elections, text: EditionText = INDONESIAN
) -> tuple[list[Table], list[Deployment]]:
    """The tables of /statistik/ from the articles' records (story groups set)."""
    _ = text.gettext
    events = events_of(a.record for a in articles)
    items = deployments_of(events)
    province_order = (*KALIMANTAN_PROVINCES, OUTSIDE_KALIMANTAN)
    stage_order = [
        f"{election_label(e.id)} · {s.name}" for e in elections for s in e.stages
    ]
    tables = [
        Table("provinsi", _("Personel per provinsi"), _("Provinsi"),
              tally(items, lambda d: d.province, province_order)),
        Table("pemilihan", _("Personel per pemilihan"), _("Pemilihan"),
              tally(items, lambda d: d.election and election_label(d.election))),
        Table("tahapan", _("Personel per pemilihan dan tahapan"), _("Tahapan"),
              tally(items, lambda d: _phase_key(elections)(d) if d.election else None,
                    stage_order)),
        Table("operasi", _("Personel per operasi"), _("Operasi"),
              tally(items, lambda d: d.operation)),
        Table("satuan", _("Personel per satuan (satuan paling lokal)"), _("Satuan"),
              tally(items, lambda d: d.unit)),
    ]  # fmt: skip
    for table in tables:
        if text.lang != INDONESIAN.lang:
            table.labels = {row.key: key_label(row.key, text) for row in table.rows}
        table.chart = bar_chart(
            table.rows, title=table.title, chart_id=f"grafik-{table.id}",
            label=table.label, text=text,
        )  # fmt: skip
    return tables, items


def statistics_csv(tables: list[Table]) -> str:
    """Every table's rows as one CSV, with the record ids behind each figure (names
    defused against spreadsheet formulas, as in /data/)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["tabel", "nilai", "personel", "penugasan", "berita", "id_rekaman"])
    for table in tables:
        for row in table.rows:
            writer.writerow([
                table.id, defuse(row.key), row.personnel, row.deployments,
                row.reports, " ".join(row.record_ids),
            ])  # fmt: skip
    return out.getvalue()


class StatisticsGenerator(Generator):
    """Writes /statistik/ and its CSV."""

    def generate_context(self):
        articles = list(self.context.get("articles") or [])
        gazetteer = load_gazetteer()
        tables, items = statistics_tables(
            articles, gazetteer.elections, edition_text(self.settings)
        )
        events = events_of(a.record for a in articles)
        self.context.setdefault(STORIES_CONTEXT, {}).update(
            tables=tables,
            deployments=items,
            reports=len(articles),
            events=len(events),
            by_id={a.record.id: a for a in articles},
        )

    def generate_output(self, writer):
        save_as = setting(self.settings, "ARSIP_STATS_SAVE_AS")
        if not save_as:
            return
        data = self.context[STORIES_CONTEXT]
        csv_save_as = setting(self.settings, "ARSIP_STATS_CSV_SAVE_AS")
        writer.write_file(
            save_as, self.get_template("statistics"), self.context,
            self.settings["RELATIVE_URLS"],
            url=setting(self.settings, "ARSIP_STATS_URL"), statistik=data,
            csv_url=setting(self.settings, "ARSIP_STATS_CSV_URL"),
            page_name="statistik",
        )  # fmt: skip
        if csv_save_as:
            _write(self.output_path, csv_save_as, statistics_csv(data["tables"]))
        stories_save_as = setting(self.settings, "ARSIP_DATA_STORIES_SAVE_AS")
        if stories_save_as and "stories" in data:
            rows = story_rows(data["stories"], data["by_id"])
            about = {
                "title": f"{self.settings['SITENAME']}: kelompok cerita",
                "description": (
                    "Satu baris per cerita: berita dari media berbeda tentang satu "
                    "peristiwa. personnel_max adalah angka terbesar yang dilaporkan."
                ),
            }
            # Compressed like the other exports when ARSIP_DATA_GZIP is on, chunk by
            # chunk of stories (a rebuild compresses only the changed chunks).
            keys = [row["story_group"] for row in rows]
            write_export(
                self.output_path, stories_save_as.format(ext="json"),
                json_lines_pieces(
                    {**about, "count": len(rows)}, "stories",
                    chunks([json_line(row) for row in rows], keys),
                ),
                self.settings,
            )  # fmt: skip
            header, *lines = stories_csv_lines(rows)
            write_export(
                self.output_path, stories_save_as.format(ext="csv"),
                [header, *("".join(c) for c in chunks(lines, keys))], self.settings,
            )  # fmt: skip


def _write(output_path: str, save_as: str, text: str) -> None:
    write_if_changed(Path(output_path) / save_as, text)


STORY_COLUMNS = (
    "story_group", "story_lead", "title", "event_date", "province", "election",
    "operation", "personnel_max", "reports", "outlets", "record_ids",
)  # fmt: skip


def stories_csv(rows: list[dict[str, Any]]) -> str:
    """The story export as CSV; lists are JSON text in their cell, and text that a
    spreadsheet would run as a formula is defused, as in /data/."""
    return "".join(stories_csv_lines(rows))


def stories_csv_lines(rows: list[dict[str, Any]]) -> list[str]:
    """``stories_csv`` line by line: the header, then each row's line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(STORY_COLUMNS)
    lines = [out.getvalue()]
    for row in rows:
        out.seek(0)
        out.truncate()
        writer.writerow([
            json.dumps(row[c], ensure_ascii=False) if isinstance(row[c], list)
            else ("" if row[c] is None else defuse(str(row[c])))
            for c in STORY_COLUMNS
        ])  # fmt: skip
        lines.append(out.getvalue())
    return lines


def get_generators(pelican):
    return StatisticsGenerator


def story_rows(stories: list[Story], by_id: dict[str, Any]) -> list[dict[str, Any]]:
    """The story-level export: one row per story, with its reports."""
    rows = []
    for story in stories:
        members = [by_id[i].record for i in story.members if i in by_id]
        if not members:
            continue
        numbers = [r.personnel_total for r in members if r.personnel_total is not None]
        lead = members[0]
        rows.append({
            "story_group": story.id,
            "story_lead": story.lead,
            "title": lead.title,
            "event_date": lead.event_date,
            "province": lead.province,
            "election": lead.election,
            "operation": lead.operation,
            "personnel_max": max(numbers) if numbers else None,
            "reports": len(members),
            "outlets": sorted({r.outlet for r in members if r.outlet}),
            "record_ids": list(story.members),
        })  # fmt: skip
    return rows
