"""The counting rule of arsip_core.events: each event once, each unit-day once."""

from __future__ import annotations

from datetime import date

from arsip_core.events import deployments_of, events_of, lead_unit, tally
from arsip_core.model import Record


def rec(id_, story=None, personnel=None, day="2024-11-25", units=("Polres Sambas",),
        **values):  # fmt: skip
    return Record(
        id=id_, title=id_, story_group=story or id_, story_lead=story or id_,
        personnel_total=personnel, event_date=day,
        event_dates=values.pop("event_dates", (day,) if day else ()),
        police_units=units, province=values.pop("province", "Kalimantan Barat"),
        **values,
    )  # fmt: skip


def test_lead_unit_is_the_most_local():
    assert lead_unit(["Polda Kalbar", "Polres Sambas", "Satbrimob Polda Kalbar"]) == (
        "Polres Sambas"
    )
    assert (
        lead_unit(["Polda Kalbar", "Polsek Tebas", "Polres Sambas"]) == "Polsek Tebas"
    )
    assert lead_unit([]) is None


def test_copies_of_one_event_count_once_with_the_largest_figure():
    records = [rec("a", "a", 245), rec("b", "a", 245), rec("c", "a", 250)]
    [event] = events_of(records)
    assert event.personnel == 250 and set(event.record_ids) == {"a", "b", "c"}
    [deployment] = deployments_of([event])
    assert deployment.personnel == 250 and deployment.record_ids == ("a", "b", "c")


def test_one_unit_on_one_day_counts_once_other_units_and_days_add_up():
    records = [
        rec("a", personnel=300),
        rec("b", personnel=120),  # same unit, same day: the 300 stands for both
        rec("c", personnel=80, units=("Polres Sanggau",)),
        rec("d", personnel=300, day="2024-11-26"),
        rec("e", personnel=None),  # no figure: not a deployment
    ]
    deployments = deployments_of(events_of(records))
    assert sorted(d.personnel for d in deployments) == [80, 300, 300]
    [row] = tally(deployments, lambda d: d.province)
    assert (row.personnel, row.deployments, row.reports) == (680, 3, 4)


def test_a_report_retelling_an_earlier_deployment_adds_nothing():
    records = [
        rec("a", personnel=245),
        rec(
            "b",
            personnel=245,
            day="2024-11-29",
            event_dates=("2024-11-25", "2024-11-29"),
        ),  # fmt: skip
        # the same figure on a new day it does not tie to the earlier one: counted
        rec("c", personnel=245, day="2024-11-30"),
    ]
    deployments = deployments_of(events_of(records))
    assert [(d.day, d.personnel, d.record_ids) for d in deployments] == [
        (date(2024, 11, 25), 245, ("a", "b")),
        (date(2024, 11, 30), 245, ("c",)),
    ]


def test_events_without_a_day_or_unit_are_never_merged_blindly():
    records = [
        rec("a", personnel=10, day=None, units=()),
        rec("b", personnel=20, day=None, units=()),
        rec("c", personnel=30, units=()),
        rec("d", personnel=40, units=(), province="Kalimantan Tengah"),
    ]
    assert sorted(d.personnel for d in deployments_of(events_of(records))) == [
        10, 20, 30, 40,
    ]  # fmt: skip


def test_on_a_tie_the_event_told_by_more_reports_leads_the_deployment():
    records = [
        rec("a", "a", 245, operation="Operasi Mantap Praja Kapuas 2024"),
        rec("b", "a", 245, operation="Operasi Mantap Praja Kapuas 2024"),
        rec("z", personnel=245),  # same unit and day, one report, no operation
    ]
    [deployment] = deployments_of(events_of(records))
    assert deployment.operation == "Operasi Mantap Praja Kapuas 2024"
    assert deployment.record_ids == ("a", "b", "z")
