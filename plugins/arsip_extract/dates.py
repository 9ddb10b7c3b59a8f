"""Dates in Indonesian news text: publication stamps and event dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from arsip_extract.lead import compile_led

WIB = ZoneInfo("Asia/Jakarta")
# A stamp that names its zone is read in it: WITA for Kalsel, Kaltim and Kaltara.
ZONES = {
    "WIB": WIB,
    "WITA": ZoneInfo("Asia/Makassar"),
    "WIT": ZoneInfo("Asia/Jayapura"),
}

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"

# "Feb 5, 2024 - 07:25"
_PUB_EN = re.compile(
    rf"^(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}})"
    r"(?:\s*[-–,]\s*(?P<h>\d{1,2})[:.](?P<m>\d{2}))?(?:\s*(?P<zone>WIB|WITA|WIT))?\s*$",
    re.IGNORECASE,
)
# "Kamis, 12 Desember 2024 4:33" or "12 Desember 2024 16:32 WIB"
_PUB_ID = re.compile(
    rf"^(?:{_WEEKDAY_RE},?\s+)?(?P<day>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?\s+"
    r"(?P<year>\d{4})(?:\s*[-–,|]?\s*(?P<h>\d{1,2})[:.](?P<m>\d{2}))?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT))?\s*$",
    re.IGNORECASE,
)


def parse_published(line: str, tz: ZoneInfo = WIB) -> datetime | None:
    """Read a publication stamp such as ``Feb 5, 2024 - 07:25``; None if not one."""
    text = line.strip()
    for pattern in (_PUB_EN, _PUB_ID):
        match = pattern.match(text)
        if not match:
            continue
        month = MONTHS[match["mon"].lower()]
        hour = int(match["h"]) if match["h"] else 0
        minute = int(match["m"]) if match["m"] else 0
        zone = match.groupdict().get("zone")
        try:
            return datetime(
                int(match["year"]),
                month,
                int(match["day"]),
                hour,
                minute,
                tzinfo=ZONES[zone.upper()] if zone else tz,
            )
        except ValueError:
            return None
    return None


# --- Event dates in the body -------------------------------------------------
# Hand-written rather than dateparser: dateparser parses one string that *is* a date,
# while here dates must be found inside running text, together with their weekday.

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}  # fmt: skip
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_WD = r"(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_ON = r"(?:tanggal\s+|tgl\.?\s*)?"
# The patterns start at the number, and the weekday is looked for just before it:
# an optional leading group would be tried at every position of the text.
# "(03/2/2024)", "(01/02/24)", "(14/02)"
_PAREN = re.compile(
    rf"\(\s*{_ON}(?P<d>\d{{1,2}})\s*[/-]\s*(?P<m>\d{{1,2}})"
    r"(?:\s*[/-]\s*(?P<y>\d{4}|\d{2}))?\s*\)",
    re.IGNORECASE,
)
# "7/11/2024" (only after a weekday: "Kamis, 7/11/2024")
_SLASH = compile_led(
    r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])"
)
# "20 September 2024", "27 November", "3 Mei 2024"
_TEXTUAL = compile_led(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?(?:\s+(?P<y>\d{{4}}))?\b",
    re.IGNORECASE,
)
# The weekday written before a date: "Sabtu (", "Senin, ", "Jumat (tanggal ".
_WD_BEFORE = {
    "paren": re.compile(rf"{_WD}\s*,?\s*$", re.IGNORECASE),
    "slash": re.compile(rf"{_WD}\s*,?\s*{_ON}$", re.IGNORECASE),
    "text": re.compile(rf"{_WD}\s*[,(]?\s*{_ON}$", re.IGNORECASE),
}
# A weekday on its own (", Rabu."): case-sensitive so "minggu" (week) is not read.
_BARE_WEEKDAY = compile_led(
    r"(?<![Ss]halat )(?<![Ss]alat )(?<![Ss]holat )(?<![Ss]etiap )(?<![Tt]iap )"
    r"\b(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b"
    r"(?P<after>\s+(?:lalu|kemarin))?"
    r"(?!\s+(?:depan|mendatang|besok|nanti|ini|pekan|siang ini))"
)
# Dates announced for later: published-day plus one covers timezone slack.
_FUTURE_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class EventDates:
    """The event dates found in a text, their precision and what was dropped."""

    dates: tuple[date, ...] = ()  # sorted
    precision: str | None = None  # "day" or "inferred"
    warnings: tuple[str, ...] = ()
    first: date | None = None  # the first one the text names: the reported event


def _weekday(name: str | None) -> int | None:
    return WEEKDAYS.get(name.lower().replace("’", "'")) if name else None


# Years an undated "Senin (12/2)" may belong to in this archive.
ARCHIVE_YEARS = (2023, 2024, 2025)


def _year(
    raw: str | None, day: int, month: int, published: date | None, weekday: int | None
) -> int | None:
    """The year written, or the one that puts the date on/before the publication."""
    if raw:
        year = int(raw)
        return year + 2000 if year < 100 else year
    if published is None:
        # Without a publication date the weekday can still pin the year down, when
        # exactly one of the archive's years puts that day on that weekday.
        matching = [y for y in ARCHIVE_YEARS if _weekday_of(y, month, day) == weekday]
        return matching[0] if weekday is not None and len(matching) == 1 else None
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return published.year  # let the caller report the impossible date
    # "(30/12)" in an article of 2 January is last year's December.
    return (
        published.year - 1
        if candidate > published + timedelta(days=7)
        else published.year
    )


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _mention(
    written: str, wd: str | None, d: str, m: int, y: str | None, published: date | None
) -> tuple[date | None, str | None]:
    """One date mention -> (date, warning)."""
    day, month = int(d), m
    weekday = _weekday(wd)
    year = (
        _year(y, day, month, published, weekday)
        if 1 <= month <= 12
        else (int(y) if y else 0)
    )
    if year is None:
        return (
            None,
            f"tanggal '{written}' tanpa tahun dan tanggal terbit tidak diketahui: "
            "diabaikan",
        )
    try:
        found = date(year, month, day)
    except ValueError:
        return None, f"tanggal mustahil '{written}' diabaikan"
    if weekday is not None and weekday != found.weekday():
        return found, (
            f"hari '{wd}' tidak cocok dengan {found.isoformat()} "
            f"({WEEKDAY_NAMES[found.weekday()]}): angka tanggal yang dipakai"
        )
    return found, None


def find_event_dates(text: str, published: date | None = None) -> EventDates:
    """Event dates in ``text``: dated mentions first, then a bare weekday."""
    strong: list[tuple[int, date]] = []  # (position, date): text order matters
    weak: list[tuple[int, date]] = []
    warnings: list[str] = []
    spans: list[tuple[int, int]] = []
    for kind, pattern in (("paren", _PAREN), ("slash", _SLASH), ("text", _TEXTUAL)):
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in spans):
                continue
            before = _WD_BEFORE[kind].search(
                text, max(0, match.start() - 25), match.start()
            )
            wd = before["wd"] if before else None
            if kind == "slash" and wd is None:
                continue  # "1207/Pontianak" and other slashes are not dates
            start = before.start() if before else match.start()
            spans.append((start, match.end()))
            month = MONTHS[match["mon"].lower()] if kind == "text" else int(match["m"])
            written = text[start : match.end()].strip()
            found, warning = _mention(
                written, wd, match["d"], month, match["y"], published
            )
            warnings += [warning] if warning else []
            if found:
                (strong if wd or kind == "paren" else weak).append((start, found))
    if published is not None:
        # A date after publication is an announcement, not the event reported.
        limit = published + _FUTURE_SLACK
        strong = [s for s in strong if s[1] <= limit] or strong
        weak = [w for w in weak if w[1] <= limit]
    if strong:
        strong.sort()
        days = tuple(sorted({d for _, d in strong}))
        return EventDates(days, "day", tuple(warnings), strong[0][1])
    if weak:
        first = min(weak)[1]
        return EventDates((first,), "day", tuple(warnings), first)
    for match in _BARE_WEEKDAY.finditer(text):
        if any(a <= match.start() < b for a, b in spans):
            continue
        if published is None:
            warnings.append(
                f"hari '{match['wd']}' tanpa tanggal terbit: "
                "tanggal kegiatan tidak diketahui"
            )
            break
        back = (published.weekday() - _weekday(match["wd"])) % 7
        if back == 0 and match["after"]:
            back = 7  # "Rabu lalu" said on a Wednesday is a week ago
        inferred = published - timedelta(days=back)
        return EventDates((inferred,), "inferred", tuple(warnings), inferred)
    return EventDates((), None, tuple(warnings))
