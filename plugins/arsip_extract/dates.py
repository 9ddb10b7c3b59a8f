"""Dates in Indonesian news text: publication stamps and event dates."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")

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
    r"(?:\s*[-–,]\s*(?P<h>\d{1,2})[:.](?P<m>\d{2}))?\s*$",
    re.IGNORECASE,
)
# "Kamis, 12 Desember 2024 4:33" or "12 Desember 2024 16:32 WIB"
_PUB_ID = re.compile(
    rf"^(?:{_WEEKDAY_RE},?\s+)?(?P<day>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?\s+"
    r"(?P<year>\d{4})(?:\s*[-–,|]?\s*(?P<h>\d{1,2})[:.](?P<m>\d{2}))?"
    r"(?:\s*(?:WIB|WITA|WIT))?\s*$",
    re.IGNORECASE,
)


def parse_published(line: str, tz: ZoneInfo = WIB) -> datetime | None:
    """Read a publication stamp line such as ``Feb 5, 2024 - 07:25``; None if it is not one."""
    text = line.strip()
    for pattern in (_PUB_EN, _PUB_ID):
        match = pattern.match(text)
        if not match:
            continue
        month = MONTHS[match["mon"].lower()]
        hour = int(match["h"]) if match["h"] else 0
        minute = int(match["m"]) if match["m"] else 0
        try:
            return datetime(
                int(match["year"]), month, int(match["day"]), hour, minute, tzinfo=tz
            )
        except ValueError:
            return None
    return None
