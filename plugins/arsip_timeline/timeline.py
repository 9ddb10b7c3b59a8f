"""Timeline grouping: items by day, in weeks (Monday to Sunday) within months. Pure.

An *item* is anything with a ``record`` attribute (a Pelican Article in the build).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from arsip_core.events import first_day
from arsip_taxonomy.terms import published_stamp

DayOf = Callable[[Any], "date | None"]


def item_day(item: Any) -> date | None:
    """The day an item is filed under: its event day, else its publication day.

    Published times carry their own offset, so the first ten characters are the local
    date of the newsroom (WIB or WITA), not a UTC date.
    """
    return first_day(item.record.event_date, item.record.published)


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Milestone:
    """One day of the election calendar worth marking on a timeline."""

    day: date
    label: str  # "Mulai masa kampanye"
    election: str  # "pemilu-2024"
    election_name: str  # "Pemilu 2024"
    stage: str  # "kampanye"
    voting: bool = False  # a voting day: drawn stronger


@dataclass
class Day:
    """One day with its items (in publication order) and milestones."""

    day: date
    items: list[Any] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"hari-{self.day.isoformat()}"


@dataclass
class Week:
    """The days of one Monday-to-Sunday week that fall in one month."""

    start: date  # the Monday, possibly in the month before
    days: list[Day] = field(default_factory=list)

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def count(self) -> int:
        return sum(len(d.items) for d in self.days)

    @property
    def anchor(self) -> str:
        # A week that spans two months appears in both: name it by its first day here.
        return f"pekan-{self.days[0].day.isoformat()}" if self.days else "pekan"


@dataclass
class Month:
    """One calendar month of the timeline."""

    year: int
    month: int
    weeks: list[Week] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(w.count for w in self.weeks)

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def anchor(self) -> str:
        return f"bulan-{self.year}-{self.month:02d}"


def milestones_of(elections: Iterable[Any], text: Any = None) -> list[Milestone]:
    """Start and end days of every stage of each election (gazetteer ``Election``s),
    labelled in ``text``'s language (arsip_i18n.text; Indonesian without it)."""
    _ = text.gettext if text is not None else str
    result = []
    for election in elections:
        for stage in election.stages:
            voting = stage.id == "pemungutan-suara"
            common = {
                "election": election.id,
                "election_name": election.name,
                "stage": stage.id,
                "voting": voting,
            }
            stage_name = _(stage.name)
            if stage.start == stage.end:
                result.append(Milestone(stage.start, stage_name, **common))
                continue
            name = {"stage": stage_name[0].lower() + stage_name[1:]}
            result.append(Milestone(stage.start, _("Mulai %(stage)s") % name, **common))
            result.append(Milestone(stage.end, _("Akhir %(stage)s") % name, **common))
    result.sort(key=lambda m: (m.day, not m.voting, m.election, m.label))
    return result


def build_timeline(
    items: Iterable[Any],
    milestones: Sequence[Milestone] = (),
    day_of: DayOf = item_day,
) -> tuple[list[Month], list[Any]]:
    """Months > weeks > days, oldest first; and the items that have no date at all.

    Milestones add their day (and week and month) even when no item falls on it, so
    the calendar shows through between the articles.
    """
    by_day: dict[date, Day] = {}
    undated = []
    for item in items:
        day = day_of(item)
        if day is None:
            undated.append(item)
            continue
        by_day.setdefault(day, Day(day)).items.append(item)
    for milestone in milestones:
        by_day.setdefault(milestone.day, Day(milestone.day)).milestones.append(
            milestone
        )

    months: dict[tuple[int, int], Month] = {}
    weeks: dict[tuple[int, int, date], Week] = {}
    for day in sorted(by_day):
        entry = by_day[day]
        entry.items.sort(key=lambda i: (published_stamp(i), str(getattr(i, "url", ""))))
        key = (day.year, day.month)
        month = months.get(key)
        if month is None:
            month = months[key] = Month(day.year, day.month)
        week_key = (*key, week_start(day))
        week = weeks.get(week_key)
        if week is None:
            week = weeks[week_key] = Week(week_start(day))
            month.weeks.append(week)
        week.days.append(entry)
    undated.sort(key=lambda i: str(getattr(i, "url", "")))
    return [months[k] for k in sorted(months)], undated


@dataclass(frozen=True)
class WeekValues:
    """Articles and reported personnel of one week, per series (province)."""

    start: date
    articles: dict[str, int]
    personnel: dict[str, int]


def weekly_series(
    items: Iterable[Any],
    series_of: Callable[[Any], str],
    day_of: DayOf = item_day,
    span: tuple[date, date] | None = None,
) -> list[WeekValues]:
    """Every week from the first to the last dated item, empty weeks included.

    ``span`` (first and last week start) widens the range, so charts of parts of
    the archive share one time axis; no dated item still gives no weeks.
    """
    articles: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    personnel: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item in items:
        day = day_of(item)
        if day is None:
            continue
        start, name = week_start(day), series_of(item)
        articles[start][name] += 1
        personnel[start][name] += item.record.personnel_total or 0
    if not articles:
        return []
    first, last = min(articles), max(articles)
    if span is not None:
        first, last = min(first, week_start(span[0])), max(last, week_start(span[1]))
    weeks = []
    start = first
    while start <= last:
        weeks.append(
            WeekValues(
                start, dict(articles.get(start, {})), dict(personnel.get(start, {}))
            )
        )
        start += timedelta(days=7)
    return weeks
