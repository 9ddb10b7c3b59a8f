"""The dateline that opens an Indonesian news body: ``PALANGKA RAYA -`` and its kin."""

from __future__ import annotations

import re

from arsip_extract.dates import _MONTH_RE

_DASH = r"\s*[-–—]\s+"
# An optional "SITE.ID, " prefix, then the place, then an optional "(ANTARA)",
# ", 20 September 2024" or ", Polda Kalbar", then a dash.
_DATELINE = re.compile(
    r"^(?:[A-Z0-9.]+\.(?:ID|COM|CO\.ID|NET|OR\.ID),\s*)?"
    r"(?P<place>[A-Z][A-Za-z'.]+(?:\s+[A-Z][A-Za-z'.]+){0,3})"
    r"(?:\s*\([A-Za-z0-9 .]+\))?"
    rf"(?:,\s*(?:\d{{1,2}}\s+(?:{_MONTH_RE})\s+\d{{4}}"
    r"|Polda\s+\w+|Polres\w*\s+[\w ]+?))?" + _DASH,
    re.IGNORECASE,
)


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split ``Tarakan (ANTARA) - Dalam ...`` into ``("Tarakan", "Dalam ...")``."""
    text = paragraph.replace("\u00a0", " ")
    match = _DATELINE.match(text)
    if not match:
        return None, paragraph
    place = match["place"].strip()
    if place.isupper():
        place = place.title()
    return place, text[match.end() :]
