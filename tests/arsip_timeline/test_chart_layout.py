"""The weekly chart's geometry: labels that cannot be misread or clipped, markers on
their day, one time axis for every province (no Pelican)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from arsip_core.model import Record
from arsip_timeline.chart import (
    CHAR_WIDTH,
    LAYOUTS,
    NARROW,
    WIDE,
    bar_chart,
    month_label,
    month_starts,
    responsive_chart,
    series_for,
)
from arsip_timeline.timeline import weekly_series

SVG = "{http://www.w3.org/2000/svg}"
VOTING = date(2024, 2, 14)


def item(n: int, day: date, province: str = "Kalimantan Barat", personnel=None):
    record = Record(
        id=str(n), event_date=day.isoformat(), province=province,
        personnel_total=personnel,
    )  # fmt: skip
    return SimpleNamespace(url=str(n), record=record)


def _year_of_weeks():
    start = date(2023, 11, 20)
    items = [
        item(i, start + timedelta(days=9 * i), personnel=37 * i) for i in range(45)
    ]
    return weekly_series(items, lambda i: i.record.province)


def _chart(layout, weeks=None, markers=((VOTING, "Pemilu 2024"),)):
    weeks = weeks or _year_of_weeks()
    svg = bar_chart(
        weeks, series_for(["Kalimantan Barat"]), metric="personnel",
        title="Personel", unit="personel", chart_id="uji", markers=markers,
        layout=layout,
    )  # fmt: skip
    return weeks, svg, ET.fromstring(svg)


def test_month_labels_say_the_year_in_full():
    assert month_label(date(2024, 2, 1)) == "Feb 2024"
    _, svg, _ = _chart(WIDE)
    assert re.findall(r">[A-Z][a-z]{2} 2024<", svg)
    assert not re.search(r">[A-Z][a-z]{2} \d{2}<", svg)


def test_month_starts_are_first_days_inside_the_range():
    assert month_starts(date(2024, 1, 15), date(2024, 4, 1)) == [
        date(2024, 2, 1),
        date(2024, 3, 1),
    ]
    assert month_starts(date(2024, 12, 1), date(2025, 1, 2)) == [
        date(2024, 12, 1),
        date(2025, 1, 1),
    ]


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_text_fits_in_the_viewbox(layout):
    """Estimated text boxes (generous widths) stay inside the viewBox, with a marker
    near each edge of the range to push labels out."""
    weeks = _year_of_weeks()
    end = weeks[-1].start + timedelta(days=6)
    markers = [(weeks[0].start, "Pemilu 2024"), (end, "Pilkada Serentak 2024")]
    _, _, root = _chart(layout, weeks, markers)
    font = float(root.get("font-size"))
    for text in root.iter(f"{SVG}text"):
        x, w = float(text.get("x")), len(text.text) * font * CHAR_WIDTH
        left = {"start": x, "middle": x - w / 2, "end": x - w}[
            text.get("text-anchor", "start")
        ]
        y = float(text.get("y"))
        assert 0 <= left and left + w <= layout.width, text.text
        assert y - font >= 0 and y <= layout.height, text.text


def test_the_phone_drawing_has_fewer_month_labels_and_no_tooltips():
    _, wide, _ = _chart(WIDE)
    _, narrow, _ = _chart(NARROW)
    months = re.compile(r">[A-Z][a-z]{2} \d{4}<")
    assert 0 < len(months.findall(narrow)) < len(months.findall(wide))
    assert "<title>" in wide.split("</desc>", 1)[1]
    assert "<title>" not in narrow.split("</desc>", 1)[1]


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_a_marker_stands_on_its_day(layout):
    weeks, _, root = _chart(layout)
    lines = [line for line in root.iter(f"{SVG}line") if line.get("stroke-dasharray")]
    assert len(lines) == 1
    # Where the days run: month ticks on the 1st of February and of March.
    ticks = {
        round(float(t.get("x1")), 1)
        for t in root.iter(f"{SVG}line")
        if t.get("stroke") == "#4d5661"
    }
    first = weeks[0].start
    feb, mar = sorted(ticks)[2:4]  # Dec, Jan, Feb, Mar...
    per_day = (mar - feb) / 29
    expected = feb + (VOTING - date(2024, 2, 1)).days * per_day + per_day / 2
    assert float(lines[0].get("x1")) == pytest.approx(expected, abs=0.2)
    assert first < VOTING


def test_province_charts_share_the_archives_time_axis():
    whole = _year_of_weeks()
    span = (whole[0].start, whole[-1].start)
    one = [item(1, date(2024, 6, 5), "Kalimantan Utara")]
    weeks = weekly_series(one, lambda i: i.record.province, span=span)
    assert [w.start for w in weeks] == [w.start for w in whole]
    assert weekly_series([], str, span=span) == []


def test_responsive_chart_draws_each_layout_with_its_own_ids():
    svg = responsive_chart(
        _year_of_weeks(), series_for(["Kalimantan Barat"]), metric="articles",
        title="Berita", unit="berita", chart_id="g",
    )  # fmt: skip
    assert svg.count("<svg ") == len(LAYOUTS)
    ids = re.findall(r' id="([^"]+)"', svg)
    assert len(ids) == len(set(ids)) == 2 * len(LAYOUTS)
    assert 'class="grafik-lebar"' in svg and 'class="grafik-sempit"' in svg
