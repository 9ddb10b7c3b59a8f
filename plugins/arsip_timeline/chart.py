"""Weekly stacked bar chart as accessible SVG, drawn at build time. Pure.

Hand-written rather than a plotting library: a few dozen rectangles, and the markup must
meet the site's CSP (colours as presentation attributes, no inline ``style``) and carry
``role="img"`` with ``<title>`` and ``<desc>``; plotting libraries emit neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from arsip_core.labels import MONTH_NAMES, angka, tanggal
from arsip_timeline.timeline import WeekValues

# Okabe-Ito palette: tells the series apart with colour-blind vision too.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999",
)  # fmt: skip

WIDTH, HEIGHT = 760, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 8, 12, 34


@dataclass(frozen=True)
class Series:
    """One stacked series: its name and colour."""

    name: str
    color: str


def series_for(names: Sequence[str]) -> list[Series]:
    """Assign palette colours to series names, in order."""
    return [Series(n, PALETTE[i % len(PALETTE)]) for i, n in enumerate(names)]


def nice_max(value: int) -> int:
    """A round axis maximum at or above ``value``: 1, 2, 5, 10, 20, 50..."""
    if value <= 0:
        return 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def _week_label(start: date) -> str:
    return f"pekan mulai {tanggal(start)}"


def describe(weeks: Sequence[WeekValues], metric: str, unit: str, names) -> str:
    """The chart's ``<desc>``: range, total, busiest week and totals per series."""
    if not weeks:
        return f"Belum ada {unit} per pekan."
    totals = {n: sum(getattr(w, metric).get(n, 0) for w in weeks) for n in names}
    per_week = [sum(getattr(w, metric).values()) for w in weeks]
    busiest = max(range(len(weeks)), key=lambda i: (per_week[i], -i))
    parts = [
        f"{unit.capitalize()} per pekan dari {tanggal(weeks[0].start)} "
        f"sampai {tanggal(weeks[-1].start)}: jumlah {angka(sum(per_week))}.",
        f"Pekan tersibuk: {_week_label(weeks[busiest].start)} "
        f"dengan {angka(per_week[busiest])}.",
    ]
    shares = [f"{n} {angka(t)}" for n, t in totals.items() if t]
    if shares:
        parts.append("Menurut provinsi: " + ", ".join(shares) + ".")
    return " ".join(parts)


def bar_chart(
    weeks: Sequence[WeekValues],
    series: Sequence[Series],
    *,
    metric: str,  # "articles" or "personnel"
    title: str,
    unit: str,  # "berita", "personel"
    chart_id: str,
    markers: Sequence[tuple[date, str]] = (),
) -> str:
    """An SVG stacked bar chart of ``metric`` per week; ``markers`` are dated lines."""
    names = [s.name for s in series]
    desc = describe(weeks, metric, unit, names)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{chart_id}-judul {chart_id}-ket">'
        f'<title id="{chart_id}-judul">{escape(title)}</title>'
        f'<desc id="{chart_id}-ket">{escape(desc)}</desc>'
    )
    if not weeks:
        return head + "</svg>"
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = nice_max(max(sum(getattr(w, metric).values()) for w in weeks))
    step = plot_w / len(weeks)
    bar = min(max(1.0, step * 0.8), 24.0)  # a few weeks must not become slabs
    parts = [head]
    # Axis: zero, half and top, with light grid lines.
    for value in (0, top // 2 if top > 1 else None, top):
        if value is None:
            continue
        y = TOP + plot_h - plot_h * value / top
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#d5dbe1" stroke-width="1"/>'
            f'<text x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end">'
            f"{angka(value)}</text>"
        )
    colors = {s.name: s.color for s in series}
    for i, week in enumerate(weeks):
        x = LEFT + i * step + (step - bar) / 2
        y = TOP + plot_h
        values = getattr(week, metric)
        for name in names:
            value = values.get(name, 0)
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{colors[name]}"><title>{escape(name)}, '
                f"{escape(_week_label(week.start))}: {angka(value)} {escape(unit)}"
                "</title></rect>"
            )
    # Month labels under the first week of each month, if there is room.
    last_x = -100.0
    for i, week in enumerate(weeks):
        if i and week.start.month == weeks[i - 1].start.month:
            continue
        x = LEFT + i * step
        if x - last_x < 44:
            continue
        last_x = x
        label = f"{MONTH_NAMES[week.start.month - 1][:3]} {week.start.year % 100:02d}"
        parts.append(
            f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}">{escape(label)}</text>'
        )
    first, last = weeks[0].start, weeks[-1].start
    for day, label in markers:
        if not 0 <= (day - first).days <= (last - first).days + 6:
            continue
        x = LEFT + ((day - first).days / 7) * step + step / 2
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{TOP + plot_h}" '
            f'stroke="#8a1c1c" stroke-width="1.5" stroke-dasharray="4 3"/>'
            f'<text x="{x + 3:.1f}" y="{TOP + 10}" fill="#8a1c1c">'
            f"{escape(label)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
