"""Key figures of a province page, and which province pages must exist. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from arsip_core.events import deployments_of, events_of
from arsip_core.model import (
    ACTIVITIES,
    KALIMANTAN_PROVINCES,
    OUTSIDE_KALIMANTAN,
    PEMILU_2024,
    PILKADA_2024,
)

# Every province page that exists even without articles, in display order.
PROVINCE_PAGES = (*KALIMANTAN_PROVINCES, OUTSIDE_KALIMANTAN)
ELECTIONS = (PEMILU_2024, PILKADA_2024)


@dataclass(frozen=True)
class Personnel:
    """Personnel reported for one election (reports overlap: not a head count)."""

    election: str | None
    reports: int  # articles that report a number
    largest: int  # the largest single reported number
    total: int  # the sum over deployments, each event once (arsip_core.events)
    deployments: int = 0  # the unit-days that total adds up


@dataclass(frozen=True)
class ProvinceFigures:
    """What a province page shows above its article list."""

    name: str
    articles: int
    personnel: tuple[Personnel, ...]
    activities: tuple[tuple[str, int], ...]  # (activity id, articles), display order
    events: int = 0  # story groups: reports of one event count once


def province_order(name: str) -> tuple[int, str]:
    """Sort key: the five provinces west to north, then luar Kalimantan, then A-Z."""
    try:
        return PROVINCE_PAGES.index(name), ""
    except ValueError:
        return len(PROVINCE_PAGES), name.casefold()


def missing_pages(existing: Iterable[str], wanted: Sequence[str] = PROVINCE_PAGES):
    """The province pages Pelican will not write because they have no articles."""
    have = set(existing)
    return [name for name in wanted if name not in have]


def province_of(item: Any, unknown: str) -> str:
    """The province an item is filed under (its Pelican category)."""
    return item.record.province or unknown


def figures(name: str, items: Sequence[Any]) -> ProvinceFigures:
    """Key figures of the items of one province."""
    personnel = []
    events = events_of(i.record for i in items)
    deployments = deployments_of(events)
    for election in (*ELECTIONS, None):
        numbers = [
            i.record.personnel_total
            for i in items
            if i.record.election == election and i.record.personnel_total is not None
        ]
        if numbers:
            counted = [d.personnel for d in deployments if d.election == election]
            personnel.append(
                Personnel(
                    election, len(numbers), max(numbers), sum(counted), len(counted)
                )
            )
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(set(item.record.activities))
    order = {a: n for n, a in enumerate(ACTIVITIES)}
    activities = tuple(
        sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    )
    return ProvinceFigures(
        name, len(items), tuple(personnel), activities, events=len(events)
    )


def figures_by_province(
    items: Sequence[Any], names: Iterable[str], unknown: str
) -> dict[str, ProvinceFigures]:
    """Figures for each name in ``names`` (also those with no items)."""
    grouped: dict[str, list[Any]] = {name: [] for name in names}
    for item in items:
        grouped.setdefault(province_of(item, unknown), []).append(item)
    return {name: figures(name, group) for name, group in sorted(grouped.items())}
