"""Activity types of an article, as ids from ``arsip_core.model.ACTIVITIES``."""

from __future__ import annotations

import re

from arsip_core.model import ACTIVITIES

_SECURING = r"(?:aman|pengamanan|mengamankan|jaga|menjaga|penjagaan|berjaga|kawal|mengawal|pengawalan|personel|personil|patroli|siaga)"  # noqa: E501

# (activity, pattern, context that must share the sentence or None). A table, not
# branches: adding a variant is adding a row.
RULES: tuple[tuple[str, str, str | None], ...] = (
    (
        "apel",
        r"\bapel\b|gelar\s+pasukan|pengecekan\s+(?:pasukan|personel|kesiapan)",
        None,
    ),
    ("patroli", r"\b(?:ber)?patroli\b", None),
    (
        "pengamanan-kampanye",
        r"\bkampanye\s+(?:tatap\s+muka|akbar|terbuka|rapat\s+umum|dialogis)|rapat\s+umum"
        r"|pengamanan\s+kampanye|mengamankan\s+(?:kegiatan\s+)?kampanye|lokasi\s+kampanye",
        None,
    ),
    ("pengamanan-kampanye", r"\bkampanye\b", _SECURING),
    (
        "pengamanan-kantor-kpu-bawaslu",
        r"\b(?:kantor|gedung|mako|sekretariat)\s+(?:komisi\s+pemilihan\s+umum|KPU|KPUD"
        r"|Bawaslu|badan\s+pengawas\s+pemilu|Panwaslu)",
        None,
    ),
    ("pengamanan-tps", r"\bTPS\b|tempat\s+pemungutan\s+suara", _SECURING),
    ("pengamanan-rekapitulasi", r"\brekapitulasi\b|\bpleno\b", _SECURING),
    ("simulasi-sispamkota", r"sispamkota|sistem\s+pengamanan\s+kota", None),
)
_COMPILED = tuple(
    (act, re.compile(p, re.IGNORECASE), re.compile(c, re.IGNORECASE) if c else None)
    for act, p, c in RULES
)
# A paragraph that lays out plans ("strategi ... yang akan diterapkan") reports no deed.
_PLAN = re.compile(r"\bstrategi\b|\brencana\b|\bakan\s+diterapkan\b|\bnantinya\b", re.I)
_FUTURE = re.compile(r"\bakan\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def find_activities(title: str | None, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Activity ids in the canonical order; ``lainnya`` when none is recognised."""
    found: set[str] = set()
    for paragraph in ((title,) if title else ()) + tuple(paragraphs):
        plan = bool(_PLAN.search(paragraph))
        for sentence in _SENTENCE.split(paragraph):
            future = plan or bool(_FUTURE.search(sentence))
            for act, pattern, context in _COMPILED:
                # An apel is held now even when it prepares what "akan" happen.
                if future and act != "apel":
                    continue
                if pattern.search(sentence) and (
                    not context or context.search(sentence)
                ):
                    found.add(act)
    return tuple(a for a in ACTIVITIES if a in found) or ("lainnya",)
