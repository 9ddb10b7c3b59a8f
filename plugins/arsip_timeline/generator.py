"""The timeline pages (/linimasa/ and one per province) and their weekly charts."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from pelican.generators import Generator
from pelican.urlwrappers import Category

from arsip_core.gazetteer import load_gazetteer
from arsip_core.keys import TIMELINE_CONTEXT
from arsip_core.labels import tanggal
from arsip_core.settings import setting
from arsip_i18n.text import INDONESIAN, EditionText, edition_text
from arsip_taxonomy.provinces import PROVINCE_PAGES, province_of
from arsip_timeline.chart import responsive_chart, series_for
from arsip_timeline.timeline import (
    Milestone,
    Month,
    WeekValues,
    build_timeline,
    milestones_of,
    weekly_series,
)

logger = logging.getLogger(__name__)

CONTEXT_KEY = TIMELINE_CONTEXT


@dataclass
class Timeline:
    """One timeline page: all articles or one province's."""

    name: str  # "" for the whole archive
    slug: str
    url: str
    save_as: str
    months: list[Month]
    undated: list[Any]
    weeks: list[WeekValues]
    series: list[Any]
    charts: dict[str, str] = field(default_factory=dict)  # metric -> SVG
    category: Any = None
    # Past ARSIP_TIMELINE_MAX_ARTICLES the articles go on one page per month.
    split: bool = False
    month_pages: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(m.count for m in self.months) + len(self.undated)

    def month_url(self, month: Month) -> str:
        """Where a month's articles are listed: its own page, or this one."""
        if month.anchor in self.month_pages:
            return self.month_pages[month.anchor][0]
        return f"{self.url}#{month.anchor}"


def split_months(timeline: Timeline, url: str, save_as: str, limit: int) -> None:
    """Give each month its own page when the timeline is too long for one."""
    if timeline.count <= limit:
        return
    timeline.split = True
    for month in timeline.months:
        fmt = {"slug": timeline.slug, "year": month.year, "month": f"{month.month:02d}"}
        timeline.month_pages[month.anchor] = (url.format(**fmt), save_as.format(**fmt))


def charts_for(
    weeks,
    series,
    chart_id: str,
    province: str | None,
    markers,
    text: EditionText = INDONESIAN,
) -> dict[str, str]:
    """Articles and personnel per week as two SVG charts (each wide and narrow)."""
    _ = text.gettext
    if province:
        where = {"province": province}
        titles = (
            _("Jumlah berita per pekan di %(province)s") % where,
            _("Personel yang dilaporkan per pekan di %(province)s") % where,
        )
    else:
        titles = (_("Jumlah berita per pekan"), _("Personel yang dilaporkan per pekan"))
    return {
        "articles": responsive_chart(
            weeks, series, metric="articles", unit=_("berita"),
            title=titles[0], chart_id=f"{chart_id}-berita",
            markers=markers, text=text,
            count=lambda n: text.ngettext("%(n)s berita", "%(n)s berita", n)
            % {"n": text.angka(n)},
        ),
        "personnel": responsive_chart(
            weeks, series, metric="personnel", unit=_("personel"),
            title=titles[1], chart_id=f"{chart_id}-personel",
            markers=markers, text=text,
            count=lambda n: text.ngettext("%(n)s personel", "%(n)s personel", n)
            % {"n": text.angka(n)},
        ),
    }  # fmt: skip


def voting_markers(
    milestones: list[Milestone], text: EditionText = INDONESIAN
) -> list[tuple[Any, str]]:
    """Dashed lines on the charts: the voting days."""
    seen = {}
    for m in milestones:
        if m.voting:
            seen.setdefault(m.day, text.pgettext("penanda grafik", m.election_name))
    return sorted(seen.items())


class TimelineGenerator(Generator):
    """Computes the timelines in generate_context and writes them in generate_output."""

    def generate_context(self):
        articles = list(self.context.get("articles") or [])
        gazetteer = load_gazetteer()
        text = edition_text(self.settings)
        milestones = milestones_of(gazetteer.elections, text)
        markers = voting_markers(milestones, text)
        unknown = setting(self.settings, "ARSIP_UNKNOWN_PROVINCE")

        def series_name(item) -> str:
            return province_of(item, unknown)

        grouped: dict[str, list[Any]] = {name: [] for name in PROVINCE_PAGES}
        for article in articles:
            grouped.setdefault(series_name(article), []).append(article)
        names = [
            *PROVINCE_PAGES,
            *sorted(n for n in grouped if n not in PROVINCE_PAGES),
        ]
        series = series_for(names)

        months, undated = build_timeline(articles, milestones)
        weeks = weekly_series(articles, series_name)
        span = (weeks[0].start, weeks[-1].start) if weeks else None
        whole = Timeline(
            name="",
            slug="",
            url=setting(self.settings, "ARSIP_TIMELINE_URL"),
            save_as=setting(self.settings, "ARSIP_TIMELINE_SAVE_AS"),
            months=months,
            undated=undated,
            weeks=weeks,
            series=[s for s in series if grouped.get(s.name)],
            charts=charts_for(weeks, series, "grafik", None, markers, text),
        )
        provinces = {}
        for s in series:
            items = grouped.get(s.name, [])
            category = Category(s.name, self.settings)
            p_months, p_undated = build_timeline(items, milestones)
            # One time axis for every province: the whole archive's weeks.
            p_weeks = weekly_series(items, series_name, span=span)
            fmt = {"slug": category.slug}
            provinces[s.name] = Timeline(
                name=s.name,
                slug=category.slug,
                url=setting(self.settings, "ARSIP_TIMELINE_PROVINCE_URL").format(**fmt),
                save_as=setting(
                    self.settings, "ARSIP_TIMELINE_PROVINCE_SAVE_AS"
                ).format(**fmt),
                months=p_months,
                undated=p_undated,
                weeks=p_weeks,
                series=[s],
                charts=charts_for(
                    p_weeks, [s], f"grafik-{category.slug}", s.name, markers, text
                ),
                category=category,
            )
        limit = setting(self.settings, "ARSIP_TIMELINE_MAX_ARTICLES")
        split_months(
            whole,
            setting(self.settings, "ARSIP_TIMELINE_MONTH_URL"),
            setting(self.settings, "ARSIP_TIMELINE_MONTH_SAVE_AS"),
            limit,
        )
        for timeline in provinces.values():
            split_months(
                timeline,
                setting(self.settings, "ARSIP_TIMELINE_PROVINCE_MONTH_URL"),
                setting(self.settings, "ARSIP_TIMELINE_PROVINCE_MONTH_SAVE_AS"),
                limit,
            )
        self.context[CONTEXT_KEY] = {
            "url": whole.url,
            "whole": whole,
            "provinces": provinces,
            "elections": gazetteer.elections,
            "milestones": milestones,
        }
        logger.debug(
            "arsip_timeline: %d bulan, %d tanpa tanggal, tonggak sejak %s",
            len(months),
            len(undated),
            tanggal(milestones[0].day) if milestones else "-",
        )

    def generate_output(self, writer):
        data = self.context[CONTEXT_KEY]
        template = self.get_template("timeline")
        relative = self.settings["RELATIVE_URLS"]
        month_template = self.get_template("timeline_month")
        for timeline in [data["whole"], *data["provinces"].values()]:
            writer.write_file(
                timeline.save_as, template, self.context, relative,
                url=timeline.url, timeline=timeline, page_name="linimasa",
            )  # fmt: skip
            months = [m for m in timeline.months if m.anchor in timeline.month_pages]
            for i, month in enumerate(months):
                url, save_as = timeline.month_pages[month.anchor]
                writer.write_file(
                    save_as, month_template, self.context, relative, url=url,
                    timeline=timeline, month=month,
                    previous_month=months[i - 1] if i else None,
                    next_month=months[i + 1] if i + 1 < len(months) else None,
                )  # fmt: skip


def get_generators(pelican):
    return TimelineGenerator
