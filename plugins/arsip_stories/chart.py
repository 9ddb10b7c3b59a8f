"""Horizontal bar charts of statistics rows as accessible SVG. Pure.

Each bar's label sits on its own line above the bar, so the chart needs no fixed width:
the SVG scales to the column (``viewBox``) and stays readable at 360 px.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from arsip_core.events import Row
from arsip_core.labels import angka

# Narrow: on a 360 px phone the drawing is shown about this wide, so the labels keep
# their size; wider screens cap it with CSS (max-width) instead of scaling it up.
WIDTH = 340
ROW_HEIGHT = 42
BAR_HEIGHT = 14
LABEL_SIZE = 14
COLOR = "#0072B2"


def bar_chart(rows: Sequence[Row], *, title: str, chart_id: str, label=str) -> str:
    """An SVG bar per row (personnel), labelled with the row's name and figure."""
    if not rows:
        return ""
    top = max(r.personnel for r in rows) or 1
    height = ROW_HEIGHT * len(rows) + 4
    desc = "; ".join(f"{label(r.key)}: {angka(r.personnel)} personel" for r in rows)
    parts = [
        f'<svg class="grafik-batang" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        'preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
    ]
    for i, row in enumerate(rows):
        y = i * ROW_HEIGHT
        width = max(2, round((WIDTH - 4) * row.personnel / top))
        text = f"{label(row.key)}: {angka(row.personnel)}"
        parts.append(
            f'<text x="0" y="{y + LABEL_SIZE}" font-size="{LABEL_SIZE}" '
            f'fill="#1a1a1a">{escape(text)}</text>'
        )
        parts.append(
            f'<rect x="0" y="{y + LABEL_SIZE + 6}" width="{width}" '
            f'height="{BAR_HEIGHT}" fill="{COLOR}"/>'
        )
    parts.append("</svg>")
    return "".join(parts)
