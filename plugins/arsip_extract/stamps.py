"""Publication stamps as news sites print them, found inside a header line.

``Senin, 29 Jan 2024 17:34 WIB``, ``Selasa, 13 Februari 2024 14:13WIB``,
``04 Des 2024, 18:21:30 WITA``, ``2 Februari 2024 | 10:05 WIB``, ``Aug 23, 2024``,
``Feb 5, 2024 - 07:25``, ``Jul 29th 2024, 09:32``, ``13/02/2024 14:13``,
``2024-02-13 14:13:05`` and ``2024-02-13T14:13:05+08:00``.

Hand-written regular expressions rather than dateparser: a stamp has to be *found*
in a line that also holds the author, labels and view counts, the forms are few, and
the whole header is scanned for every article (dateparser's search is orders of
magnitude slower and guesses where a stamp should be refused).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from arsip_extract.dates import _MONTH_RE, MONTHS, WIB, ZONES
from arsip_extract.lead import compile_ahead, compile_scan

_WD = (
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
    r"|(?:Sen|Sel|Rab|Kam|Jum|Sab|Min)\.?(?![a-z]))"  # "Sel, 12 Nov 2024"
)
_TIME = (
    r"(?:\s*(?:[-–,|/•·]|\bpukul\b|\bjam\b|\bat\b)?\s*"
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT|Wib|Wita|Wit)\b"
    r"|\s*(?:GMT|UTC)?\s*(?P<off>[+-]\d{1,2}(?::?\d{2})?)\b)?)?"
)
_DAY_MONTH_YEAR = (
    rf"(?P<d1>\d{{1,2}})\s*(?P<mon1>{_MONTH_RE})\.?,?\s*(?P<y1>\d{{4}})(?!\d)"
)
_MONTH_DAY_YEAR = (
    rf"(?P<mon2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"(?!\d)"
)
_NUMERIC = r"(?P<d3>\d{1,2})[/.-](?P<m3>\d{1,2})[/.-](?P<y3>\d{4})(?!\d)"
_ISO = r"(?P<y4>\d{4})(?P<sep>[-/])(?P<m4>\d{2})(?P=sep)(?P<d4>\d{2})(?:T|\s+)?"
_STAMP = compile_ahead(
    rf"(?<![\d/_])(?:(?<![\w/]){_WD}\s*,?\s*)?"
    rf"(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_NUMERIC}|{_ISO}){_TIME}",
    re.IGNORECASE,
)


# A time with its zone written before the date: "14:13 WIB, Senin, 12 Februari 2024".
_TIME_BEFORE = compile_scan(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?\s*"
    r"(?P<zone>WIB|WITA|WIT)\s*[-–,|/•·]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Stamp:
    """A publication stamp found in a line."""

    when: datetime
    has_time: bool
    start: int
    end: int
    english: bool = False  # "Aug 23, 2024" or an English weekday


def _offset(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def _when(match: re.Match[str], tz: ZoneInfo) -> datetime | None:
    g = match.groupdict()
    if g["d1"]:
        day, month, year = int(g["d1"]), MONTHS[g["mon1"].lower()], int(g["y1"])
    elif g["d2"]:
        day, month, year = int(g["d2"]), MONTHS[g["mon2"].lower()], int(g["y2"])
    elif g["d3"]:
        day, month, year = int(g["d3"]), int(g["m3"]), int(g["y3"])
    else:
        day, month, year = int(g["d4"]), int(g["m4"]), int(g["y4"])
    hour = int(g["h"]) if g["h"] else 0
    if g["ampm"] and g["ampm"][0].lower() == "p" and hour < 12:
        hour += 12
    elif g["ampm"] and hour == 12:
        hour = 0
    zone: timezone | ZoneInfo = tz
    if g["zone"]:
        zone = ZONES[g["zone"].upper()]
    elif g["off"]:
        zone = _offset(g["off"])
    try:
        return datetime(
            year,
            month,
            day,
            hour,
            int(g["m"]) if g["m"] else 0,
            int(g["s"]) if g["s"] else 0,
            tzinfo=zone,
        )
    except ValueError:
        return None


def find_stamp(line: str, tz: ZoneInfo = WIB) -> Stamp | None:
    """The first publication stamp written in ``line``, or None."""
    for match in _STAMP.finditer(line):
        when = _when(match, tz)
        if when is not None:
            start, end = match.start(), match.end()
            english = bool(match["mon2"]) or bool(
                re.match(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)", match[0])
            )
            timed = bool(match["h"])
            before = (
                None if timed or start == 0 else _TIME_BEFORE.search(line, 0, start)
            )
            if before:
                second = int(before["s"]) if before["s"] else 0
                zone = ZONES[before["zone"].upper()]
                when = when.replace(
                    hour=int(before["h"]), minute=int(before["m"]), second=second
                ).replace(tzinfo=zone)
                start, timed = before.start(), True
            return Stamp(when, timed, start, end, english)
    return None


def parse_stamp(line: str, tz: ZoneInfo = WIB, bylined: bool = True) -> Stamp | None:
    """``line`` read as a stamp when the stamp is all it says (labels aside, and a
    byline after it unless ``bylined`` is false)."""
    stamp = find_stamp(line, tz)
    if stamp is None:
        return None
    after = line[stamp.end :]
    if bylined and _BY_NAME.match(after):
        after = ""  # "July 31, 2024 by", "… 2024 oleh admin": a byline closes it
    rest = (line[: stamp.start] + " " + after).strip(" |,-–—•·:()[]")
    return stamp if _is_label(rest) else None


# What may follow a stamp on its line: "by"/"oleh" and at most three name words (a
# theme's byline, its name sometimes left empty).
_BY_NAME = compile_scan(r"\s*[,|·•-]?\s*(?i:by|oleh)(?:\s+[\w.'’-]+){0,3}\s*$")


_LABEL = compile_scan(
    r"^(?:(?:diterbitkan|dipublikasikan|diperbarui|diunggah|terbit|tayang|update[d]?"
    r"|published|posted|dibuat|tanggal|waktu|pada|on|date)\b\s*:?\s*)*$",
    re.IGNORECASE,
)


def _is_label(rest: str) -> bool:
    return not rest or bool(_LABEL.match(rest))
