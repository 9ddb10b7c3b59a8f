"""Events and deployments: how personnel figures are counted once. Pure.

Several plugins count personnel (province pages, /statistik/, the story export), so the
rule lives here, once:

1. **An event is a story group** (``Record.story_group``): the reports of one press
   release or one occasion. Its figure is the largest personnel figure any of its
   reports gives; reports without a count (``ribuan``, ``6.000 lebih``) give none.
2. **A deployment is one unit on one day.** Events whose lead unit and day are the
   same (two press releases of Polres Sambas about the same apel on the same day) count
   once, with the largest figure. The lead unit is the most local one named: Polsek,
   then Polres/Polresta, then Satbrimob, then Polda. An event with no unit stands for
   its province; one with no day is counted on its own. A later report that retells
   a deployment (same unit and figure, naming that earlier day) adds no deployment.
3. Totals add deployments. They are figures as reported, not head counts: a Polres
   figure can be part of its Polda's figure, and personnel serve on many days.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

UNIT_ORDER = (
    ("polsek", 0),
    ("polresta", 1),
    ("polrestabes", 1),
    ("polres", 1),
    ("satbrimob", 2),
    ("brimob", 2),
    ("polda", 3),
)
OUTSIDE_STAGES = "di luar tahapan"


def first_day(*values: str | None) -> date | None:
    """The first of ISO dates or datetimes that reads as a day.

    A datetime's first ten characters are the newsroom's local date (WIB or WITA):
    published times carry their own offset.
    """
    for value in values:
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def record_day(record: Any) -> date | None:
    """The day of a record's event, else of its publication."""
    return first_day(record.event_date, record.published)


_UNIT_RANK = dict(UNIT_ORDER)


def _unit_rank(unit: str) -> tuple[int, str]:
    words = unit.split()
    return (_UNIT_RANK.get(words[0].lower() if words else "", 4), unit)


def lead_unit(units: Iterable[str]) -> str | None:
    """The most local police unit of a list (Polsek before Polres before Polda)."""
    units = list(units)
    return min(units, key=_unit_rank) if units else None


@dataclass(frozen=True)
class Event:
    """One story group: its lead record and every report of it."""

    id: str
    lead: Any
    records: tuple[Any, ...]
    personnel: int | None  # the largest figure among its reports
    day: date | None

    @property
    def record_ids(self) -> tuple[str, ...]:
        """The ids of every report of the event."""
        return tuple(r.id for r in self.records)


def events_of(records: Iterable[Any]) -> list[Event]:
    """Group records by story; a record without a story is its own event."""
    groups: dict[str, list[Any]] = {}
    for record in records:
        groups.setdefault(record.story_group or record.id, []).append(record)
    events = []
    for story, members in groups.items():
        lead_id = members[0].story_lead or members[0].id
        lead = next((r for r in members if r.id == lead_id), members[0])
        ordered = (lead, *(r for r in members if r is not lead))
        numbers = [r.personnel_total for r in members if r.personnel_total is not None]
        events.append(
            Event(story, lead, ordered, max(numbers) if numbers else None,
                  record_day(lead))
        )  # fmt: skip
    return sorted(events, key=lambda e: e.id)


@dataclass(frozen=True)
class Deployment:
    """One unit's personnel on one day: what the statistics add up."""

    personnel: int
    day: date | None
    province: str | None
    election: str | None
    operation: str | None
    unit: str | None
    events: tuple[str, ...]
    record_ids: tuple[str, ...]


def _key(event: Event) -> tuple:
    unit = lead_unit(event.lead.police_units)
    if event.day is None:
        return ("tanpa-hari", event.id)
    return (event.day, unit or f"provinsi:{event.lead.province}")


def _repeat_of(event: Event, chosen: dict[tuple, list[Event]]) -> tuple | None:
    """The earlier deployment an event only retells: same unit, same figure, and its
    day among the days the event's report names (``event_dates``)."""
    if event.day is None:
        return None
    unit_key = _key(event)[1]
    for value in event.lead.event_dates or ():
        try:
            day = date.fromisoformat(value)
        except ValueError:
            continue
        if day >= event.day:
            continue
        earlier = chosen.get((day, unit_key))
        if earlier and any(e.personnel == event.personnel for e in earlier):
            return (day, unit_key)
    return None


def deployments_of(events: Iterable[Event]) -> list[Deployment]:
    """Events with a figure, one per (lead unit or province, day), the largest kept.

    An event that retells an earlier deployment (rule in ``_repeat_of``) is one of that
    deployment's sources, not a deployment of its own.
    """
    chosen: dict[tuple, list[Event]] = {}
    repeats: dict[tuple, list[Event]] = {}
    with_figure = [e for e in events if e.personnel is not None]
    for event in sorted(with_figure, key=lambda e: (e.day or date.max, e.id)):
        earlier = _repeat_of(event, chosen)
        if earlier is not None:
            repeats.setdefault(earlier, []).append(event)
        else:
            chosen.setdefault(_key(event), []).append(event)
    result = []
    for key, group in chosen.items():
        # The largest figure; on a tie the event told by more reports, then the id.
        top = max(group, key=lambda e: (e.personnel, len(e.records), e.id))
        lead = top.lead
        sources = [*group, *repeats.get(key, ())]
        result.append(
            Deployment(
                personnel=top.personnel or 0,
                day=top.day,
                province=lead.province,
                election=lead.election,
                operation=lead.operation,
                unit=lead_unit(lead.police_units),
                events=tuple(sorted(e.id for e in sources)),
                record_ids=tuple(sorted(i for e in sources for i in e.record_ids)),
            )
        )
    return sorted(result, key=lambda d: (d.day or date.max, d.unit or "", d.events))


def stage_of(day: date | None, election_id: str | None, elections: Sequence[Any]):
    """The id and name of the calendar stage a day falls in, for its election."""
    if day is None or election_id is None:
        return None
    for election in elections:
        if election.id != election_id:
            continue
        for stage in election.stages:
            if stage.start <= day <= stage.end:
                return stage
    return None


@dataclass(frozen=True)
class Row:
    """One line of a statistics table."""

    key: str
    personnel: int
    deployments: int
    reports: int
    record_ids: tuple[str, ...]


def tally(
    deployments: Iterable[Deployment],
    key: Callable[[Deployment], str | None],
    order: Sequence[str] = (),
) -> list[Row]:
    """Sum deployments by ``key`` (None is skipped); rows in ``order``, then largest."""
    sums: dict[str, list[Deployment]] = {}
    for item in deployments:
        name = key(item)
        if name is not None:
            sums.setdefault(name, []).append(item)
    rows = [
        Row(
            name,
            sum(d.personnel for d in items),
            len(items),
            len({i for d in items for i in d.record_ids}),
            tuple(sorted({i for d in items for i in d.record_ids})),
        )
        for name, items in sums.items()
    ]
    rank = {name: n for n, name in enumerate(order)}
    return sorted(rows, key=lambda r: (rank.get(r.key, len(rank)), -r.personnel, r.key))
