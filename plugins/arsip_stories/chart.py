"""Horizontal bar charts of statistics rows as accessible SVG. Pure.

Each bar's label sits on its own line above the bar, so the chart needs no fixed width:
the SVG scales to the column (``viewBox``) and stays readable at 360 px.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from html import escape

from arsip_core.events import Row
from arsip_i18n.text import INDONESIAN, EditionText

# Narrow: on a 360 px phone the drawing is shown about this wide, so the labels keep
# their size; wider screens cap it with CSS (max-width) instead of scaling it up.
WIDTH = 340
ROW_HEIGHT = 42
BAR_HEIGHT = 14
LABEL_SIZE = 14
COLOR = "#0072B2"
# A generous width of one character in ems (system fonts average about 0.5): a label
# longer than the drawing is wrapped onto more lines rather than cut off at its edge.
CHAR_WIDTH = 0.62
LINE = LABEL_SIZE + 4


def label_lines(text: str) -> list[str]:
    """The label in lines that fit ``WIDTH`` at ``LABEL_SIZE``."""
    fits = int(WIDTH / (LABEL_SIZE * CHAR_WIDTH))
    return textwrap.wrap(text, fits, break_long_words=True) or [text]


def bar_chart(
    rows: Sequence[Row],
    *,
    title: str,
    chart_id: str,
    label=str,
    text: EditionText = INDONESIAN,
) -> str:
    """An SVG bar per row (personnel), labelled with the row's name and figure."""
    if not rows:
        return ""
    angka = text.angka
    top = max(r.personnel for r in rows) or 1
    texts = [label_lines(f"{label(r.key)}: {angka(r.personnel)}") for r in rows]
    height = sum(ROW_HEIGHT + LINE * (len(t) - 1) for t in texts) + 4
    desc = "; ".join(
        text.gettext("%(label)s: %(n)s personel")
        % {"label": label(r.key), "n": angka(r.personnel)}
        for r in rows
    )
    parts = [
        f'<svg class="grafik-batang" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        'preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
    ]
    y = 0
    for row, lines in zip(rows, texts, strict=True):
        width = max(2, round((WIDTH - 4) * row.personnel / top))
        for n, line in enumerate(lines):
            parts.append(
                f'<text x="0" y="{y + LABEL_SIZE + n * LINE}" font-size="{LABEL_SIZE}" '
                f'fill="#1a1a1a">{escape(line)}</text>'
            )
        bar_y = y + LABEL_SIZE + 6 + LINE * (len(lines) - 1)
        parts.append(
            f'<rect x="0" y="{bar_y}" width="{width}" '
            f'height="{BAR_HEIGHT}" fill="{COLOR}"/>'
        )
        y += ROW_HEIGHT + LINE * (len(lines) - 1)
    parts.append("</svg>")
    return "".join(parts)
