"""Assemble a Record from a parsed article: every field, from small pure readers."""

from __future__ import annotations

from functools import partial

from arsip_core.gazetteer import Gazetteer, load_gazetteer
from arsip_core.model import KALIMANTAN_PROVINCES, ParsedArticle, Record
from arsip_extract.activities import find_activities
from arsip_extract.dates import find_event_dates
from arsip_extract.elections import find_election, find_operation
from arsip_extract.officials import find_officials
from arsip_extract.personnel import (
    find_activity_points,
    find_personnel,
    find_tps_counts,
)
from arsip_extract.places import build_places, place_from_dateline
from arsip_extract.province import find_province
from arsip_extract.units import find_units, normalise_unit_names, unique_units


def extract_record(parsed: ParsedArticle, gaz: Gazetteer | None = None) -> Record:
    """Return the structured record for ``parsed``; pure, no Pelican."""
    gaz = gaz or load_gazetteer()
    body = parsed.text
    # The headline often carries the unit, the operation and the activity.
    text = f"{parsed.title}\n{body}" if parsed.title else body
    published = parsed.published.date() if parsed.published else None

    # The reader cut the dateline off the body; its date still dates the event.
    dated = f"{parsed.dateline_date}\n{body}" if parsed.dateline_date else body
    dates = find_event_dates(dated, published)
    units = find_units(text, gaz)
    place_list = build_places(text, gaz, parsed.dateline_place, units)
    dateline_place = place_from_dateline(parsed.dateline_place, gaz)
    province = find_province(
        text,
        gaz,
        units,
        [p.province for p in place_list],
        dateline_place.province if dateline_place else None,
        parsed.dateline_place,
    )
    if province not in KALIMANTAN_PROVINCES:
        # The gazetteer only knows Kalimantan: elsewhere its names are homonyms.
        place_list = ()
    when = dates.first or published
    election = find_election(text, when, gaz)
    # The body says it as written; a Title Case headline is the fallback.
    personnel = find_personnel(body)
    if personnel.total is None and personnel.text is None and parsed.title:
        personnel = find_personnel(parsed.title)
    warnings = tuple(dict.fromkeys((*parsed.warnings, *dates.warnings)))
    return Record(
        title=parsed.title or "",
        outlet=parsed.outlet,
        url=parsed.url,
        author=parsed.author,
        published=parsed.published.isoformat() if parsed.published else None,
        event_date=dates.first.isoformat() if dates.first else None,
        event_dates=tuple(d.isoformat() for d in dates.dates),
        event_date_precision=dates.precision,
        dateline_place=parsed.dateline_place,
        province=province,
        places=place_list,
        police_units=unique_units(units),
        operation=find_operation(text, election),
        election=election,
        activities=find_activities(parsed.title, parsed.paragraphs),
        officials=find_officials(text, partial(normalise_unit_names, gaz=gaz)),
        personnel_total=personnel.total,
        personnel_text=personnel.text,
        personnel_breakdown=personnel.breakdown,
        tps_counts=find_tps_counts(text),
        activity_points=find_activity_points(text),
        source_file=parsed.source_path,
        warnings=warnings,
    )
