"""Timeline grouping, milestones, weekly series and the SVG chart (no Pelican)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from types import SimpleNamespace

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_core.model import Record
from arsip_timeline.chart import bar_chart, describe, nice_max, series_for
from arsip_timeline.timeline import (
    Milestone,
    build_timeline,
    item_day,
    milestones_of,
    week_start,
    weekly_series,
)

SVG = "{http://www.w3.org/2000/svg}"


def item(url: str, **fields) -> SimpleNamespace:
    return SimpleNamespace(url=url, record=Record(id=url, **fields))


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"event_date": "2024-02-03", "published": "2024-02-05T07:25:00+07:00"},
            "2024-02-03",
        ),
        # The newsroom's own date, not the UTC one (23.30 WITA is 15.30 UTC the same day;
        # 00.30 WITA is the previous day in UTC).
        ({"published": "2024-02-15T00:30:00+08:00"}, "2024-02-15"),
        ({"published": None}, None),
        ({"event_date": "bukan tanggal"}, None),
    ],
)
def test_item_day(fields, expected):
    day = item_day(item("x", **fields))
    assert (day.isoformat() if day else None) == expected


def test_week_starts_on_monday():
    assert week_start(date(2024, 2, 14)) == date(2024, 2, 12)  # Rabu
    assert week_start(date(2024, 2, 12)) == date(2024, 2, 12)
    assert week_start(date(2024, 2, 18)) == date(2024, 2, 12)  # Minggu


def test_a_week_across_two_months_is_split_between_them():
    items = [
        item("a", event_date="2024-01-31"),
        item("b", event_date="2024-02-02"),
        item("c", event_date="2024-02-02", published="2024-02-02T08:00:00+07:00"),
        item("d", event_date="2024-02-14"),
        item("e"),
    ]
    months, undated = build_timeline(items)
    assert [(m.year, m.month, m.count) for m in months] == [(2024, 1, 1), (2024, 2, 3)]
    jan, feb = months
    assert [w.start for w in jan.weeks] == [date(2024, 1, 29)]
    assert [w.start for w in feb.weeks] == [date(2024, 1, 29), date(2024, 2, 12)]
    assert [d.day.day for d in feb.weeks[0].days] == [2]
    # Undated publication first (it sorts as oldest), then by time.
    assert [i.url for i in feb.weeks[0].days[0].items] == ["b", "c"]
    assert [i.url for i in undated] == ["e"]
    anchors = [w.anchor for m in months for w in m.weeks]
    assert len(anchors) == len(set(anchors))


def test_milestones_add_days_without_articles():
    voting = Milestone(date(2024, 2, 14), "Pemungutan suara", "pemilu-2024", "Pemilu 2024",
                       "pemungutan-suara", voting=True)  # fmt: skip
    months, _ = build_timeline([item("a", event_date="2024-02-03")], [voting])
    days = [d for m in months for w in m.weeks for d in w.days]
    assert [(d.day.day, len(d.items), len(d.milestones)) for d in days] == [
        (3, 1, 0),
        (14, 0, 1),
    ]


def test_milestones_of_the_2024_calendar():
    milestones = milestones_of(load_gazetteer().elections)
    voting = [(m.day, m.election) for m in milestones if m.voting]
    assert voting == [
        (date(2024, 2, 14), "pemilu-2024"),
        (date(2024, 11, 27), "pilkada-2024"),
    ]
    labels = {(m.day, m.label) for m in milestones}
    assert (date(2023, 11, 28), "Mulai masa kampanye") in labels
    assert (date(2024, 2, 10), "Akhir masa kampanye") in labels
    assert (date(2024, 2, 11), "Mulai masa tenang") in labels
    assert any(m.stage == "rekapitulasi" for m in milestones)
    assert milestones == sorted(
        milestones, key=lambda m: (m.day, not m.voting, m.election, m.label)
    )


def test_weekly_series_fills_empty_weeks_and_sums_personnel():
    items = [
        item("a", event_date="2024-02-12", province="Kalbar", personnel_total=100),
        item("b", event_date="2024-02-14", province="Kalbar", personnel_total=3294),
        item("c", event_date="2024-02-14", province="Kaltim"),
        item("d", event_date="2024-02-27", province="Kaltim", personnel_total=5),
        item("e", province="Kaltim"),
    ]
    weeks = weekly_series(items, lambda i: i.record.province)
    assert [w.start for w in weeks] == [
        date(2024, 2, 12),
        date(2024, 2, 19),
        date(2024, 2, 26),
    ]
    assert weeks[0].articles == {"Kalbar": 2, "Kaltim": 1}
    assert weeks[0].personnel == {"Kalbar": 3394, "Kaltim": 0}
    assert weeks[1].articles == {} and weeks[2].personnel == {"Kaltim": 5}
    assert weekly_series([], str) == []


@pytest.mark.parametrize(
    ("value", "expected"), [(0, 1), (1, 1), (3, 5), (7, 10), (3294, 5000)]
)
def test_nice_max(value, expected):
    assert nice_max(value) == expected


def _chart():
    items = [
        item("a", event_date="2024-02-12", province="Kalbar", personnel_total=100),
        item("b", event_date="2024-02-14", province="Kaltim"),
        item("c", event_date="2024-03-04", province="Kalbar"),
    ]
    weeks = weekly_series(items, lambda i: i.record.province)
    series = series_for(["Kalbar", "Kaltim"])
    svg = bar_chart(weeks, series, metric="articles", title="Berita per pekan",
                    unit="berita", chart_id="uji",
                    markers=[(date(2024, 2, 14), "Pemilu 2024"), (date(2025, 1, 1), "x")])  # fmt: skip
    return weeks, series, svg


def test_chart_is_accessible_svg_without_inline_style():
    weeks, series, svg = _chart()
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "uji-judul uji-ket"
    assert root.find(f"{SVG}title").text == "Berita per pekan"
    desc = root.find(f"{SVG}desc").text
    assert "jumlah 3" in desc and "Kalbar 2, Kaltim 1" in desc
    assert "style=" not in svg and "<script" not in svg
    bars = root.findall(f"{SVG}rect")
    assert len(bars) == 3  # one per (week, province) with a value
    assert {b.get("fill") for b in bars} == {s.color for s in series}
    # One marker inside the range; the one in 2025 is left out.
    assert svg.count("stroke-dasharray") == 1 and ">Pemilu 2024<" in svg


def test_chart_bar_heights_are_proportional():
    _, _, svg = _chart()
    heights = sorted(
        float(r.get("height")) for r in ET.fromstring(svg).findall(f"{SVG}rect")
    )
    assert heights == [heights[0]] * 3  # every bar is one article, axis max 1


def test_empty_chart_still_has_title_and_desc():
    svg = bar_chart([], [], metric="articles", title="T", unit="berita", chart_id="k")
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}desc").text == "Belum ada berita per pekan."
    assert describe([], "articles", "berita", []) == "Belum ada berita per pekan."


def test_split_months_gives_each_month_a_page_past_the_limit():
    from arsip_timeline.generator import Timeline, split_months

    months, _ = build_timeline(
        [item("a", event_date="2024-01-31"), item("b", event_date="2024-02-02")]
    )

    def timeline():
        return Timeline("Kalbar", "kalbar", "linimasa/kalbar/", "x", months, [], [], [])

    small = timeline()
    split_months(small, "linimasa/{slug}/{year}/{month}/", "s", limit=2)
    assert not small.split and small.month_pages == {}
    assert small.month_url(months[1]) == "linimasa/kalbar/#bulan-2024-02"
    large = timeline()
    split_months(large, "linimasa/{slug}/{year}/{month}/", "{year}-{month}", limit=1)
    assert large.split
    assert large.month_url(months[1]) == "linimasa/kalbar/2024/02/"
    assert large.month_pages["bulan-2024-01"] == ("linimasa/kalbar/2024/01/", "2024-01")
