"""Reference data from ``data/``: provinces, kabupaten/kota, police units, calendar.

The files are inputs of every record, so each is read once per process
(``functools.lru_cache``) and read again when ``refresh_reference_data`` (called at
the start of each build) finds them changed; nothing here grows across rebuilds.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@dataclass(frozen=True)
class Province:
    """One of the five Kalimantan provinces."""

    code: str
    name: str
    slug: str
    abbreviation: str
    capital: str
    timezone: str  # "WIB" or "WITA"
    utc_offset: str
    lat: float
    lon: float
    polda: str  # "Polda Kalbar"
    polda_full: str  # "Polda Kalimantan Barat"


@dataclass(frozen=True)
class OtherProvince:
    """A province outside Kalimantan, known well enough to recognise it."""

    code: str
    name: str
    abbreviation: str
    polda: str
    capital: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class KabKota:
    """A kabupaten or kota of Kalimantan with the coordinates of its seat."""

    code: str
    name: str  # "Sambas", "Pontianak"
    kind: str  # "kabupaten" or "kota"
    province: str
    seat: str
    lat: float
    lon: float
    bare: bool  # whether the bare name alone identifies it (not "Kapuas", "Banjar")
    aliases: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        """The display name: ``Kabupaten Sambas`` or ``Kota Pontianak``."""
        return f"{'Kabupaten' if self.kind == 'kabupaten' else 'Kota'} {self.name}"

    @property
    def match_names(self) -> tuple[str, ...]:
        """Every spelling that names this place in running text."""
        prefixes = ("Kabupaten", "Kab.", "Kab") if self.kind == "kabupaten" else ()
        prefixes += ("Kota", "Pemkot") if self.kind == "kota" else ("Pemkab",)
        names = [f"{p} {self.name}" for p in prefixes]
        if self.bare:
            names.append(self.name)
        names.extend(self.aliases)
        return tuple(names)


@dataclass(frozen=True)
class PoliceUnit:
    """A Polda or Polres/Polresta with its province and (for a Polres) its place."""

    unit: str
    kind: str  # "polda", "polres" or "polresta"
    province: str
    place: str | None = None  # KabKota.name
    place_kind: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ElectionStage:
    """One stage of an election's calendar, both ends inclusive."""

    id: str
    name: str
    start: date
    end: date


@dataclass(frozen=True)
class Election:
    """An election of 2024 and its calendar."""

    id: str
    name: str
    full_name: str
    legal_basis: str
    voting_day: date
    re_votes_until: date
    stages: tuple[ElectionStage, ...] = ()

    @property
    def start(self) -> date:
        """The first day of the first stage on the calendar."""
        return min(s.start for s in self.stages)


@dataclass(frozen=True, eq=False)  # identity hash: cheap keys for per-gazetteer caches
class Gazetteer:
    """All reference data, with the look-ups the extractor needs."""

    provinces: tuple[Province, ...]
    other_provinces: tuple[OtherProvince, ...]
    places: tuple[KabKota, ...]
    units: tuple[PoliceUnit, ...]
    elections: tuple[Election, ...] = field(default=())

    def province(self, name_or_abbreviation: str) -> Province | None:
        """The Kalimantan province called ``Kalimantan Barat`` or ``Kalbar``."""
        key = name_or_abbreviation.strip().lower()
        for prov in self.provinces:
            if key in (prov.name.lower(), prov.abbreviation.lower(), prov.slug):
                return prov
        return None

    def place(self, name: str, kind: str | None = None) -> KabKota | None:
        """The kabupaten/kota called ``name`` (bare or full), optionally of ``kind``."""
        key = name.strip().lower()
        for place in self.places:
            if kind and place.kind != kind:
                continue
            if key in (place.name.lower(), place.full_name.lower()):
                return place
        return None

    def unit_for_place(self, place: KabKota) -> PoliceUnit | None:
        """The Polres or Polresta that covers ``place``."""
        for unit in self.units:
            if unit.place == place.name and unit.place_kind == place.kind:
                return unit
        return None

    def election(self, election_id: str) -> Election | None:
        """The election ``pemilu-2024`` or ``pilkada-2024``."""
        return next((e for e in self.elections if e.id == election_id), None)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _election(key: str, data: dict) -> Election:
    stages = tuple(
        ElectionStage(s["id"], s["name"], s["start"], s["end"]) for s in data["stages"]
    )
    return Election(
        id=key,
        name=data["name"],
        full_name=data["full_name"],
        legal_basis=data["legal_basis"],
        voting_day=data["voting_day"],
        re_votes_until=data["re_votes_until"],
        stages=stages,
    )


def load_gazetteer(data_dir: str | Path | None = None) -> Gazetteer:
    """Every reference file in ``data_dir`` (default: the repository's data/)."""
    return _load_gazetteer(str(data_dir or DATA_DIR))


def reference_files(data_dir: str | Path | None = None) -> list[Path]:
    """The files of the reference data folder, in a stable order."""
    root = Path(data_dir or DATA_DIR)
    return sorted(p for p in root.rglob("*") if p.is_file())


# The version of the reference data each folder was last read at.
_read_versions: dict[str, str] = {}


def refresh_reference_data(data_dir: str | Path | None = None) -> str:
    """A hash of the reference data; when it changed since the last build of this
    process (``invoke serve``), the files are read again on next use."""
    root = Path(data_dir or DATA_DIR)
    digest = hashlib.sha256()
    for path in reference_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    version = digest.hexdigest()[:16]
    if _read_versions.get(str(root)) not in (None, version):
        from arsip_core.outlets import _load_outlets

        _load_gazetteer.cache_clear()
        _load_outlets.cache_clear()
    _read_versions[str(root)] = version
    return version


@lru_cache(maxsize=4)
def _load_gazetteer(data_dir: str) -> Gazetteer:
    root = Path(data_dir)
    provinces = tuple(
        Province(
            **{k: v for k, v in r.items() if k not in ("lat", "lon")},
            lat=float(r["lat"]),
            lon=float(r["lon"]),
        )
        for r in _rows(root / "provinces.csv")
    )
    others = tuple(
        OtherProvince(
            r["code"],
            r["name"],
            r["abbreviation"],
            r["polda"],
            r["capital"],
            _split(r["aliases"]),
        )  # fmt: skip
        for r in _rows(root / "other_provinces.csv")
    )
    places = tuple(
        KabKota(
            code=r["code"],
            name=r["name"],
            kind=r["kind"],
            province=r["province"],
            seat=r["seat"],
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            bare=r["bare"] == "yes",
            aliases=_split(r["aliases"]),
        )
        for r in _rows(root / "kabupaten_kota.csv")
    )
    units = tuple(
        PoliceUnit(
            unit=r["unit"],
            kind=r["kind"],
            province=r["province"],
            place=r["place"] or None,
            place_kind=r["place_kind"] or None,
            aliases=_split(r["aliases"]),
        )
        for r in _rows(root / "police_units.csv")
    )
    with (root / "election_calendar.yaml").open(encoding="utf-8") as handle:
        calendar = yaml.safe_load(handle)
    elections = tuple(_election(k, v) for k, v in calendar.items())
    return Gazetteer(provinces, others, places, units, elections)
