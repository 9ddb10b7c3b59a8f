"""The news outlets of ``data/outlets.csv``: a brand a page writes is recognised.

A page names its site in a header line, a dateline tag (``KALTENGPOS.CO, SAMPIT -``,
``Sampit, Kalteng Pos -``), a copyright line or a byline. Rules can tell a brand from
a place only by its looks; the list knows the brands. Names are compared as the
benchmark scores outlets: ignoring case, spaces, punctuation and a domain ending, so
``Kalteng Pos``, ``KALTENGPOS`` and ``kaltengpos.co.id`` are one key.

A key that is also a place, a province, a police unit or a word of three letters or
fewer (``Kalteng.co``, ``Sampit.id``, ``JKM``) is known only when the text writes it
with its domain ending: ``SAMPIT -`` stays a place.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from arsip_core.gazetteer import DATA_DIR, load_gazetteer

# The endings of web addresses outlets write after their name (also the dateline's
# domains, arsip_extract.dateline.DOMAIN).
DOMAIN_ENDINGS = (
    r"(?:co\.id|or\.id|go\.id|web\.id|my\.id|ac\.id|sch\.id|com|id|co|net|org|news"
    r"|info|online|tv|me|xyz|site|media|today|asia|biz)"
)
_ENDING = re.compile(rf"\.{DOMAIN_ENDINGS}$", re.IGNORECASE)
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.|amp\.|m\.)?", re.IGNORECASE)
_UNIT_KEY = re.compile(r"^(?:polres|polda|polsek|polri|satbrimob|brimob|kpu|bawaslu)")
_PROVINCE_KEYS = frozenset(
    "kalbar kalteng kalsel kaltim kaltara kalimantan borneo indonesia nusantara".split()
)
# Words of a page's chrome and bylines that some outlet also uses as its name
# ("Jurnalis" over an author's name is no JURNALIS.co.id).
_PAGE_WORDS = frozenset(
    "jurnalis redaksi berita news admin editor penulis reporter wartawan kontributor"
    " pewarta home beranda terkini terbaru populer headline utama daerah nasional"
    " regional lokal kabar info media portal online update opini politik hukum"
    " peristiwa kriminal ekonomi olahraga bisnis sport hiburan teknologi wisata"
    " kesehatan pendidikan internasional metro megapolitan lifestyle otomotif video"
    " foto galeri advertorial pemerintahan parlementaria perspektif".split()
)


@dataclass(frozen=True)
class Outlet:
    """A news outlet: its brand as it names itself, other written forms, hosts."""

    brand: str
    aliases: tuple[str, ...]
    hosts: tuple[str, ...]
    kind: str
    province: str
    source: str


def outlet_key(text: str) -> tuple[str, bool]:
    """(key, written as a site): letters and digits in lower case, without the
    scheme, ``www.`` and domain ending; the flag tells whether it had an ending."""
    text = _SCHEME.sub("", text.strip().rstrip(".,;:|/"))
    bare = _ENDING.sub("", text)
    return re.sub(r"[\W_]+", "", bare).casefold(), bare != text


class Outlets:
    """Every listed outlet, with one dictionary of keys and one automaton of sites."""

    def __init__(self, outlets: tuple[Outlet, ...], weak: frozenset[str]) -> None:
        self.outlets = outlets
        self._forms: dict[str, str] = {}
        self._weak: set[str] = set()
        self._sites = ahocorasick.Automaton()
        for outlet in outlets:
            written = [outlet.brand, *outlet.aliases]
            for name in (*written, *outlet.hosts):
                key, _ = outlet_key(name)
                if not key or key in self._forms:
                    continue
                # A host's key gives the brand; a brand or alias gives its own form.
                self._forms[key] = name if name in written else outlet.brand
                if len(key) <= 3 or key in weak or _UNIT_KEY.match(key):
                    self._weak.add(key)
            for host in outlet.hosts:
                bare = _SCHEME.sub("", host).casefold()
                if "." in bare and bare not in self._sites:
                    self._sites.add_word(bare, (bare, outlet.brand))
        if len(self._sites):
            self._sites.make_automaton()
        # The reader asks about the same header lines and dateline heads again and
        # again (every finder tries them): remember the answers.
        self.known = lru_cache(maxsize=16384)(self._known)  # type: ignore[method-assign]

    def known(self, text: str | None) -> str | None:
        """The listed form of the outlet ``text`` names whole, or None."""
        return self._known(text)  # (replaced by a cached copy in __init__)

    def __len__(self) -> int:
        return len(self.outlets)

    def _known(self, text: str | None) -> str | None:
        """The listed form of the outlet ``text`` names whole, or None."""
        if not text or len(text) > 60:
            return None
        key, as_site = outlet_key(text)
        form = self._forms.get(key)
        if form is None or (key in self._weak and not as_site):
            return None
        return form

    def site_in(self, line: str) -> str | None:
        """The brand of a listed host written as a whole address inside ``line``."""
        if not len(self._sites) or "." not in line:
            return None
        low = line.casefold()
        for end, (host, brand) in self._sites.iter(low):
            start = end - len(host) + 1
            before = low[start - 1] if start else " "
            after = low[end + 1] if end + 1 < len(low) else " "
            if not (before.isalnum() or before in "-.") and not (
                after.isalnum() or after == "-"
            ):
                return brand
        return None


def _weak_keys() -> frozenset[str]:
    """Keys that are also places or provinces: known only when written as a site."""
    gazetteer = load_gazetteer()
    names = set(_PROVINCE_KEYS | _PAGE_WORDS)
    for place in gazetteer.places:
        names.update((place.name, place.seat, *place.aliases))
    for province in (*gazetteer.provinces, *gazetteer.other_provinces):
        names.update((province.name, province.abbreviation, province.capital))
    return frozenset(outlet_key(n)[0] for n in names if n)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (value or "").split(";") if p.strip())


def load_outlets(data_dir: str | Path | None = None) -> Outlets:
    """The outlets of ``data_dir``/outlets.csv (default: the repository's data/)."""
    return _load_outlets(str(data_dir or DATA_DIR))


@lru_cache(maxsize=4)
def _load_outlets(data_dir: str) -> Outlets:
    path = Path(data_dir) / "outlets.csv"
    rows: list[Outlet] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                rows.append(
                    Outlet(
                        brand=row["brand"].strip(),
                        aliases=_split(row.get("aliases")),
                        hosts=_split(row.get("hosts")),
                        kind=(row.get("kind") or "").strip(),
                        province=(row.get("province") or "").strip(),
                        source=(row.get("source") or "").strip(),
                    )
                )
    return Outlets(tuple(rows), _weak_keys())
