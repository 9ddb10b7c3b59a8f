"""Statistics bar charts: a long label wraps inside the drawing instead of being cut."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from arsip_core.events import Row
from arsip_stories.chart import CHAR_WIDTH, LABEL_SIZE, WIDTH, bar_chart


def test_long_labels_wrap_and_stay_inside_the_viewbox():
    long = "Pemilu 2024 · Rekapitulasi hasil penghitungan suara"
    rows = [
        Row(key=long, personnel=143_814, deployments=3, reports=4, record_ids=("a",)),
        Row(key="Patroli", personnel=12, deployments=1, reports=1, record_ids=("b",)),
    ]
    svg = bar_chart(rows, title="Personel", chart_id="uji")
    root = ET.fromstring(svg)
    height = float(root.get("viewBox").split()[3])
    texts = list(root.iter("text"))
    assert len(texts) == 3  # the long label on two lines
    for text in texts:
        assert len(text.text) * LABEL_SIZE * CHAR_WIDTH <= WIDTH, text.text
        assert float(text.get("y")) <= height
    bars = [float(r.get("y")) for r in root.iter("rect")]
    assert bars == sorted(bars) and all(y < height for y in bars)
