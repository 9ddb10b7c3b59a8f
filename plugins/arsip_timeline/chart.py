"""Weekly stacked bar chart as accessible SVG, drawn at build time. Pure.

Hand-written rather than a plotting library: a few dozen rectangles, and the markup must
meet the site's CSP (colours as presentation attributes, no inline ``style``) and carry
``role="img"`` with ``<title>`` and ``<desc>``; plotting libraries emit neither.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from arsip_i18n.text import INDONESIAN, EditionText
from arsip_timeline.timeline import WeekValues

# Okabe-Ito palette: tells the series apart with colour-blind vision too.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999",
)  # fmt: skip


@dataclass(frozen=True)
class Layout:
    """The size of one drawing of a chart: viewBox and type size, in viewBox units."""

    name: str  # the SVG's class: which screens show it (jelajah.css)
    width: int
    height: int
    font: int
    titles: bool  # a <title> tooltip per bar (a mouse's; a phone has the table)


# Wide screens see the first, phones the second: the type stays 12-14 px on screen,
# and the phone drawing has fewer month labels instead of smaller ones.
WIDE = Layout("grafik-lebar", 760, 250, 13, True)
NARROW = Layout("grafik-sempit", 360, 250, 14, False)
LAYOUTS = (WIDE, NARROW)
# Generous width of one character in ems (system fonts average about 0.5), so the
# estimated text boxes hold the real ones and nothing is drawn past the viewBox.
CHAR_WIDTH = 0.62
MONTH_STEPS = (1, 2, 3, 4, 6, 12)


def text_width(text: str, font: float) -> float:
    """Estimated width of ``text`` at ``font`` (a little wider than it is)."""
    return len(text) * font * CHAR_WIDTH


def month_label(day: date, text: EditionText = INDONESIAN) -> str:
    """``Feb 2024``: a month abbreviation that cannot be read as a day."""
    return text.month_abbr(day)


def month_starts(first: date, end: date) -> list[date]:
    """The first day of each month from ``first`` (inclusive) to ``end`` (exclusive)."""
    day = date(first.year, first.month, 1)
    if day < first:
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    days = []
    while day < end:
        days.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return days


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


def _week_label(start: date, text: EditionText = INDONESIAN) -> str:
    return text.gettext("pekan mulai %(day)s") % {"day": text.tanggal(start)}


def describe(
    weeks: Sequence[WeekValues],
    metric: str,
    unit: str,
    names,
    text: EditionText = INDONESIAN,
) -> str:
    """The chart's ``<desc>``: range, total, busiest week and totals per series."""
    _ = text.gettext
    if not weeks:
        return _("Belum ada %(unit)s per pekan.") % {"unit": unit}
    totals = {n: sum(getattr(w, metric).get(n, 0) for w in weeks) for n in names}
    per_week = [sum(getattr(w, metric).values()) for w in weeks]
    busiest = max(range(len(weeks)), key=lambda i: (per_week[i], -i))
    parts = [
        _("%(unit)s per pekan dari %(first)s sampai %(last)s: jumlah %(n)s.")
        % {
            "unit": unit.capitalize(),
            "first": text.tanggal(weeks[0].start),
            "last": text.tanggal(weeks[-1].start),
            "n": text.angka(sum(per_week)),
        },
        _("Pekan tersibuk: %(week)s dengan %(n)s.")
        % {
            "week": _week_label(weeks[busiest].start, text),
            "n": text.angka(per_week[busiest]),
        },
    ]
    shares = [f"{_(n)} {text.angka(t)}" for n, t in totals.items() if t]
    if shares:
        parts.append(_("Menurut provinsi: %(shares)s.") % {"shares": ", ".join(shares)})
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
    layout: Layout = WIDE,
    text: EditionText = INDONESIAN,
    count: Callable[[int], str] | None = None,  # 3 -> "3 berita", with plurals
) -> str:
    """An SVG stacked bar chart of ``metric`` per week; ``markers`` are dated lines.

    Time runs left to right at a fixed number of units per day, so a marker stands
    on its own day and a month label on the month's first day. Every text is kept
    inside the viewBox by its estimated width.
    """
    names = [s.name for s in series]
    desc = describe(weeks, metric, unit, names, text)
    angka = text.angka
    counted = count or (lambda n: f"{angka(n)} {unit}")
    width, height, font = layout.width, layout.height, layout.font
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{layout.name}" '
        f'viewBox="0 0 {width} {height}" font-size="{font}" '
        f'role="img" aria-labelledby="{chart_id}-judul {chart_id}-ket">'
        f'<title id="{chart_id}-judul">{escape(title)}</title>'
        f'<desc id="{chart_id}-ket">{escape(desc)}</desc>'
    )
    if not weeks:
        return head + "</svg>"
    top = nice_max(max(sum(getattr(w, metric).values()) for w in weeks))
    ticks = [0, top // 2, top] if top > 1 else [0, top]
    # Room for "10.000" at least, so the two charts of a page share their x axis.
    left = max(text_width(angka(v), font) for v in [*ticks, 10_000]) + 8
    right = 6
    first = weeks[0].start
    end = weeks[-1].start + timedelta(days=7)
    days = (end - first).days
    plot_w = width - left - right
    per_day = plot_w / days

    def x_of(day: date) -> float:
        return left + (day - first).days * per_day

    # Marker labels get rows above the plot: a second row when two would overlap.
    shown = [(d, label) for d, label in markers if first <= d < end]
    rows: list[float] = []  # right end of the last label in each row
    placed = []
    for day, label in shown:
        x = x_of(day) + per_day / 2  # the middle of the day
        w = text_width(label, font)
        anchor, lx = ("start", x + 3) if x + 3 + w <= width else ("end", x - 3)
        lo = lx if anchor == "start" else lx - w
        row = next((i for i, r in enumerate(rows) if lo > r + 6), len(rows))
        if row == len(rows):
            rows.append(0.0)
        rows[row] = lo + w
        placed.append((x, lx, anchor, row, label))
    line = font + 4
    plot_top = 6 + line * len(rows)
    bottom = font + 12
    plot_h = height - plot_top - bottom
    base = plot_top + plot_h
    step = 7 * per_day
    bar = min(max(1.0, step * 0.8), 24.0)  # a few weeks must not become slabs
    parts = [head]
    for value in ticks:
        y = base - plot_h * value / top
        parts.append(
            f'<line x1="{left:.1f}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#d5dbe1" stroke-width="1"/>'
            f'<text x="{left - 6:.1f}" y="{y + font * 0.35:.1f}" text-anchor="end">'
            f"{angka(value)}</text>"
        )
    colors = {s.name: s.color for s in series}
    for i, week in enumerate(weeks):
        x = left + i * step + (step - bar) / 2
        y = base
        values = getattr(week, metric)
        for name in names:
            value = values.get(name, 0)
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            rect = (
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{colors[name]}"'
            )
            if layout.titles:
                rect += (
                    f"><title>{escape(text.gettext(name))}, "
                    f"{escape(_week_label(week.start, text))}: "
                    f"{escape(counted(value))}</title></rect>"
                )
            else:
                rect += "/>"
            parts.append(rect)
    # Month ticks on the first of each month; labels every k months, where they fit.
    starts = month_starts(first, end)
    label_w = text_width(month_label(date(2024, 5, 1), text), font) + 10
    month_w = 30.44 * per_day
    k = next((k for k in MONTH_STEPS if k * month_w >= label_w), MONTH_STEPS[-1])
    for day in starts:
        x = x_of(day)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{base:.1f}" y2="{base + 4:.1f}" '
            f'stroke="#4d5661" stroke-width="1"/>'
        )
        if (day.year * 12 + day.month - 1) % k:
            continue
        label = month_label(day, text)
        w = text_width(label, font)
        lx = min(max(x - w / 2, 0.0), width - w)
        parts.append(f'<text x="{lx:.1f}" y="{height - 4}">{escape(label)}</text>')
    for x, lx, anchor, row, label in placed:
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{plot_top - 2:.1f}" y2="{base:.1f}" '
            f'stroke="#8a1c1c" stroke-width="1.5" stroke-dasharray="4 3"/>'
            f'<text x="{lx:.1f}" y="{4 + line * row + font:.1f}" '
            f'text-anchor="{anchor}" fill="#8a1c1c">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def responsive_chart(*args, **kwargs) -> str:
    """The chart drawn for each layout, wide first; the stylesheet shows one."""
    chart_id = kwargs.pop("chart_id")
    return "".join(
        bar_chart(
            *args,
            **kwargs,
            layout=layout,
            chart_id=chart_id if layout is WIDE else f"{chart_id}-{layout.name}",
        )
        for layout in LAYOUTS
    )
