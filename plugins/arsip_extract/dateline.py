"""The dateline that opens an Indonesian news body: ``PALANGKA RAYA -`` and its kin.

Forms read (issue 11), each with the place, an optional date and the outlet named:

- ``PALANGKA RAYA -``, ``Tarakan (ANTARA) -``, ``Tanjung, (AntaranewsKalsel) -``;
- ``TRIBUNKALTARA.COM, TANJUNG SELOR -`` and ``BANJARMASIN, Kalimantanpost.com –``;
- ``TARAKAN - tribunkaltara.com`` (the site after the dash);
- ``KBRN, Tarakan :`` (RRI's call sign, then a colon);
- ``Balikpapan, 20 September 2024 –`` and ``Sintang, Kamis (8/2/2024) -``;
- unit chains ``NUNUKAN, Polda Kaltara, Polres Nunukan –``;
- ``KALBAR-SINTANG –`` (province, then the place) and ``Tarakan-TNI AL, situs.com. —``;
- ``Tribratanews.polri.go.id - Jakarta.`` (site, dash, place, full stop);
- ``SITUS.CO –`` alone: an outlet but no place;
- ``TARAKAN -`` alone on its line: the story starts on the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from arsip_extract.dates import _MONTH_RE

_WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
# A web site as written in datelines: "TRIBUNKALTARA.COM", "kaltim.tribratanews.com".
DOMAIN = (
    r"(?i:(?:[a-z0-9][a-z0-9-]*\.)+"
    r"(?:co\.id|or\.id|go\.id|web\.id|my\.id|ac\.id|sch\.id|com|id|co|net|org|news"
    r"|info|online|tv|me|xyz|site|media|today|asia|biz))(?![A-Za-z0-9-])"
)
# Agencies and broadcasters that open a dateline without a domain: "KBRN, Tarakan :",
# and outlets written as one CamelCase word: "KalbarOnline, Putussibau –".
_AGENCY = r"(?:KBRN|KBR|RRI|ANTARA|INFOPUBLIK|[A-Z][a-z]+(?:[A-Z][A-Za-z]*)+)"
_DATE = (
    rf"(?i:(?:{_WEEKDAY}\s*,?\s*)?\(?\d{{1,2}}\s+(?:{_MONTH_RE})\.?\s+\d{{4}}\)?"
    rf"|(?:{_WEEKDAY}\s*,?\s*)?\(?\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\)?)"
)
# A place: one to four capitalised words ("Tanjung Selor", "Tg. Redeb", "SAMPIT").
_WORD = r"[A-Z][A-Za-z'’]*\.?"
_PLACE = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
_UNIT = (
    r"(?:Polda|Polres(?:ta)?|Polsek(?:ta)?|Kodim|Korem|Kodam|Lanal|Lanud|Satbrimob"
    r"|Brimob|Humas|TNI|Bawaslu|KPU)\b[^,–—\n]{0,40}?"
)
_PROVINCE_ITEM = r"(?:Kal(?:bar|teng|sel|tim|tara)|Kalimantan\s+[A-Z]\w+)\b"
# Items after the place, each after a comma: a date, a unit, a site, a province.
_ITEM = rf"(?:(?P<date>{_DATE})|{_UNIT}|(?P<site2>{DOMAIN})|{_PROVINCE_ITEM})"
_SEP = r"\s*(?:[-–—]{1,2}|―)"
_DATELINE = re.compile(
    rf"^(?:(?P<pre>{DOMAIN}|{_AGENCY})\s*,\s*)?"
    rf"(?P<place>{_PLACE})"
    rf"(?:-(?P<sub>{_PLACE}|TNI [A-Z]{{2}}))?"
    rf"(?:\s*,?\s*\((?P<paren>[^()\n]{{2,40}})\))?"
    rf"(?:\s*,\s*{_ITEM}){{0,3}}"
    rf"\s*,?\s*\.?(?P<sep>{_SEP}|\s*:(?=\s)|\s*/{{1,2}}(?={DOMAIN})"
    rf"|\s*\|\s*(?P<bar>[A-Z][\w.]{{2,30}})\s*:)"
    rf"(?:\s*(?:KAL[A-Z]+|Kal[a-z]+)\s*\|{{1,2}})?"
    rf"(?:\s*(?P<site3>{DOMAIN})\s*[-–—,.:]?)?\s*"
)
# "Tribratanews.polri.go.id - Jakarta. Polda ...", "eQuator.co.id – Pontianak-RK."
_SITE_FIRST = re.compile(
    rf"^(?P<pre>{DOMAIN}){_SEP}\s*(?P<place>{_PLACE}?)(?:-[A-Z]{{1,4}})?"
    r"\s*(?:[.,:]|\|{1,2}|ll)\s+(?=[A-Z])"
)
# "LINTAS KALIMANTAN | Kepolisian ...": an outlet's name in capitals, then a bar.
_NAME_BAR = re.compile(
    r"^(?P<pre>[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,3})\s*\|{1,2}\s+(?=[A-Z])"
)
_OUTLET_WORDS = re.compile(
    r"\b(?:KALIMANTAN|NEWS|POST|POS|ONLINE|TIMES|BERITA|MEDIA|INFO|LINTAS|SUARA"
    r"|WARTA|KABAR|TRIBUN|RADAR|HARIAN|PORTAL|EKSPRES|EXPRESS|TV|FM)\b"
)
# "TRANSINDONESIA.CO – Kepolisian ...", "PR SUMEDANG – ...": the outlet, no place.
_SITE_ONLY = re.compile(rf"^(?P<pre>{DOMAIN}|PR(?: [A-Z]+)+(?= [-–—]))\s*\.?{_SEP}\s*")
# "Polres Kapuas –": a unit as the dateline gives its place.
_UNIT_PLACE = re.compile(r"^(?:Polres(?:ta)?|Polsek(?:ta)?|Polda|Mapolres)\s+(?=\S)")
_PROVINCES = re.compile(
    r"^(?:kal(?:bar|teng|sel|tim|tara)|kalimantan\s+\w+)$", re.IGNORECASE
)
_BROADCASTERS = {"KBRN": "RRI"}


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph."""

    place: str | None
    rest: str
    date_text: str | None = None
    outlet: str | None = None  # the site or agency the dateline names
    alone: bool = False  # "TARAKAN -" on its own line


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


def _tidy_place(place: str) -> str:
    place = place.strip().rstrip(".") if not re.search(r"\b\w\w?\.$", place) else place
    return place.title() if place.isupper() else place


def _outlet(*names: str | None) -> str | None:
    for name in names:
        if name:
            name = name.strip()
            return _BROADCASTERS.get(name.upper(), name)
    return None


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, or None."""
    text = paragraph.replace("\u00a0", " ")
    match = _DATELINE.match(text)
    if text.startswith("PR ") and _SITE_ONLY.match(text):
        match = None
    elif match and not re.fullmatch(DOMAIN, match["place"].rstrip(".")):
        if match["sep"].strip() == ":" and not match["pre"]:
            match = None
    else:
        match = None
    if match:
        place, sub = match["place"], match["sub"]
        if sub and not sub.startswith("TNI") and _PROVINCES.match(place):
            place = sub  # "KALBAR-SINTANG": the province, then the place
        date_text = match["date"].strip() if match["date"] else None
        paren = match["paren"]
        agency = paren if paren and re.match(r"^[A-Za-z][\w .]{1,30}$", paren) else None
        rest = text[match.end() :]
        place = _UNIT_PLACE.sub("", place)
        return Dateline(
            place=_tidy_place(place),
            rest=rest,
            date_text=date_text,
            outlet=_outlet(
                match["pre"], match["site2"], match["site3"], match["bar"], agency
            ),
            alone=not rest.strip(),
        )
    bar = _NAME_BAR.match(text)
    if bar and _OUTLET_WORDS.search(bar["pre"]):
        return Dateline(place=None, rest=text[bar.end() :], outlet=bar["pre"].title())
    for pattern in (_SITE_FIRST, _SITE_ONLY):
        if pattern is _SITE_ONLY and not re.match(r"^(?:PR |\S+\.)", text):
            continue
        match = pattern.match(text)
        if match:
            place = match.groupdict().get("place") or None
            return Dateline(
                place=_tidy_place(place) if place else None,
                rest=text[match.end() :],
                outlet=re.sub(r"^(?i:www\.)", "", match["pre"]),
            )
    return None


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split ``Tarakan (ANTARA) - Dalam ...`` into ``("Tarakan", "Dalam ...")``."""
    found = find_dateline(paragraph)
    if found is None or found.place is None:
        return None, paragraph
    if found.date_text:
        return DatelinePlace(found.place, found.date_text), found.rest
    return found.place, found.rest


def dateline_date(paragraph: str) -> str | None:
    """The date written in a dateline (``Balikpapan, 20 September 2024 –``), or None."""
    found = find_dateline(paragraph)
    return found.date_text if found and found.place else None
