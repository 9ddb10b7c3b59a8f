"""The dateline that opens an Indonesian news body: ``PALANGKA RAYA -`` and its kin."""

from __future__ import annotations

import re

from arsip_extract.dates import _MONTH_RE

_DASH = r"\s*[-–—]\s+"
_SITE = r"[A-Za-z0-9.-]+\.(?:ID|COM|CO\.ID|CO|NET|OR\.ID|NEWS|ORG|TV)"
_WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
# What may follow the place before the dash: a date, a Polda, a Polres, or a site.
_DATE = (
    rf"(?:{_WEEKDAY}\s*,?\s*)?\(?\d{{1,2}}\s+(?:{_MONTH_RE})\.?\s+\d{{4}}\)?"
    rf"|(?:{_WEEKDAY}\s*,?\s*)?\(?\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\)?"
)
# An optional "SITE.ID, " prefix, then the place, then an optional "(ANTARA)",
# ", 20 September 2024", ", Kamis (7/11/2024)", ", Polda Kalbar" or ", KOMPAS.com",
# then a dash.
_DATELINE = re.compile(
    rf"^(?:{_SITE},\s*)?"
    r"(?P<place>[A-Z][A-Za-z'.]+(?:\s+[A-Z][A-Za-z'.]+){0,3})"
    r"(?:\s*\([A-Za-z0-9 .]+\))?"
    rf"(?:,\s*(?:(?P<date>{_DATE})|Polda\s+\w+|Polres\w*\s+[\w ]+?|{_SITE}))?" + _DASH,
    re.IGNORECASE,
)


class DatelinePlace(str):
    """A dateline's place that also carries the date written beside it.

    ``split_dateline`` keeps its ``(place, rest)`` contract, and the reader stores the
    place as it is; the date then reaches ``extract_record``, which would otherwise
    never see it (the reader cuts the dateline off the body).
    """

    date_text: str | None

    def __new__(cls, place: str, date_text: str | None = None) -> DatelinePlace:
        obj = super().__new__(cls, place)
        obj.date_text = date_text
        return obj

    def __reduce__(self) -> tuple[type, tuple[str, str | None]]:
        return (DatelinePlace, (str(self), self.date_text))


def _match(paragraph: str) -> tuple[re.Match[str] | None, str]:
    text = paragraph.replace("\u00a0", " ")
    return _DATELINE.match(text), text


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split ``Tarakan (ANTARA) - Dalam ...`` into ``("Tarakan", "Dalam ...")``."""
    match, text = _match(paragraph)
    if not match:
        return None, paragraph
    place = match["place"].strip()
    if place.isupper():
        place = place.title()
    if match["date"]:
        return DatelinePlace(place, match["date"].strip()), text[match.end() :]
    return place, text[match.end() :]


def dateline_date(paragraph: str) -> str | None:
    """The date written in a dateline (``Balikpapan, 20 September 2024 –``), or None."""
    match, _ = _match(paragraph)
    return match["date"].strip() if match and match["date"] else None
