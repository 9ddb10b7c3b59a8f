"""The data dictionary of the open-data record and the JSON Schema built from it.

One table, ``FIELDS``, feeds the schema (``record.schema.json``), the CSV column
kinds, the dictionary on the /data/ page and the check of every maintainer override
(``check_value``), so they cannot drift apart. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

from arsip_core.model import ACTIVITIES, PEMILU_2024, PILKADA_2024, RECORD_FIELDS

SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"

TYPE_LABELS = {
    "string": "teks",
    "integer": "bilangan bulat",
    "number": "angka",
    "array": "daftar",
    "object": "objek",
    "boolean": "ya/tidak",
    "null": "kosong",
}

_TEXT = {"type": "string"}
_OPTIONAL_TEXT = {"type": ["string", "null"], "minLength": 1}
_OPTIONAL_INT = {"type": ["integer", "null"], "minimum": 0}
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_TEXT_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}
_LATITUDE = {"type": ["number", "null"], "minimum": -90, "maximum": 90}
_LONGITUDE = {"type": ["number", "null"], "minimum": -180, "maximum": 180}
_COUNT_ITEMS = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"label": _TEXT, "count": {"type": "integer", "minimum": 0}},
        "required": ["label", "count"],
        "additionalProperties": False,
    },
}


@dataclass(frozen=True)
class Field:
    """One column of the open data."""

    name: str
    schema: dict[str, Any]
    meaning: str
    example: str
    derived: str

    @property
    def type_label(self) -> str:
        """The JSON type in Indonesian: ``teks atau kosong``, ``daftar``..."""
        kind = self.schema.get("type", "string")
        kinds = [kind] if isinstance(kind, str) else list(kind)
        return " atau ".join(TYPE_LABELS.get(k, k) for k in kinds)


FIELDS: tuple[Field, ...] = (
    Field(
        "id",
        {"type": "string", "pattern": "^[0-9a-f]{12}$"},
        "Pengenal tetap rekaman.",
        "2702e9263e70",
        "12 karakter pertama SHA-1 dari jalur berkas berita di content/ (tanpa "
        "akhiran); tidak berubah selama berkas tidak dipindah. Bisa ditetapkan "
        "pengelola di berkas pendamping.",
    ),
    Field(
        "title",
        {"type": "string", "minLength": 1},
        "Judul berita.",
        "Polda Kalbar Siagakan 3294 Personil untuk Backup Pengamanan Pemungutan Suara",
        "Baris judul teks yang ditempel, atau isian pengelola `title`/`judul`.",
    ),
    Field(
        "page_url",
        {"type": "string", "minLength": 1},
        "Alamat halaman berita ini di arsip.",
        "https://…/artikel/polda-kalbar-siagakan-3294-personil/",
        "SITEURL ditambah ARTICLE_URL Pelican.",
    ),
    Field(
        "outlet",
        _OPTIONAL_TEXT,
        "Media yang menerbitkan berita.",
        "ANTARA",
        "Nama situs di kepala teks yang ditempel, atau isian pengelola "
        "`outlet`/`media`.",
    ),
    Field(
        "url",
        {"type": ["string", "null"], "pattern": "^https?://"},
        "Alamat berita asli.",
        "https://kaltara.antaranews.com/berita/…",
        "Tautan di teks atau isian pengelola `url`/`sumber`; hanya http/https yang "
        "diterima.",
    ),
    Field(
        "author",
        _OPTIONAL_TEXT,
        "Penulis atau kredit berita.",
        "Safiyudin",
        "Baris penulis/kredit di teks, atau isian pengelola `author`/`penulis`.",
    ),
    Field(
        "published",
        {
            "type": ["string", "null"],
            # A date alone, or a date-time with its offset.
            "pattern": r"^\d{4}-\d{2}-\d{2}"
            r"(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$",
        },
        "Waktu terbit berita, ISO 8601 dengan zona waktu; tanggal saja bila jamnya "
        "tidak diketahui (dateline bertanggal); kosong bila tidak diketahui.",
        "2024-02-14T23:04:00+07:00",
        "Tanggal di kepala teks (WIB kecuali ada zona lain), tanggal di dateline "
        "(`Balikpapan, 20 September 2024 –`), atau isian pengelola `date`.",
    ),
    Field(
        "event_date",
        {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "Tanggal (hari pertama) kegiatan yang diberitakan.",
        "2024-02-03",
        "Tanggal atau nama hari di isi berita, dihitung dari tanggal terbit; "
        "tanggal di keterangan foto bila isi berita tidak menyebut harinya sendiri.",
    ),
    Field(
        "event_dates",
        {"type": "array", "items": _DATE},
        "Semua tanggal kegiatan yang disebut.",
        '["2024-02-13", "2024-02-14"]',
        "Seperti `event_date`, untuk setiap tanggal yang disebut.",
    ),
    Field(
        "event_date_precision",
        {"type": ["string", "null"], "enum": ["day", "inferred", None]},
        "Ketepatan tanggal kegiatan: `day` tanggal tertulis, `inferred` "
        "disimpulkan dari nama hari.",
        "inferred",
        "Ekstraksi tanggal.",
    ),
    Field(
        "dateline_place",
        _OPTIONAL_TEXT,
        "Tempat di awal berita (dateline).",
        "Pontianak",
        "Kata sebelum tanda hubung pertama di paragraf pertama.",
    ),
    Field(
        "province",
        _OPTIONAL_TEXT,
        "Provinsi tempat kegiatan.",
        "Kalimantan Barat",
        "Satuan polisi, tempat dan dateline yang disebut, dicocokkan dengan "
        "daftar rujukan di data/; atau isian pengelola `province`/`provinsi`.",
    ),
    Field(
        "places",
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "kind": _TEXT,
                    "province": _TEXT,
                    "lat": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
                    "lon": {
                        "type": ["number", "null"],
                        "minimum": -180,
                        "maximum": 180,
                    },
                    "count": _OPTIONAL_INT,
                    "count_label": {"type": ["string", "null"]},
                },
                "required": ["name", "kind", "province", "lat", "lon"],
                "additionalProperties": False,
            },
        },
        "Kabupaten/kota yang disebut, dengan koordinat pusatnya dan jumlah "
        "kegiatan bila berita menyebutnya.",
        '[{"name": "Kabupaten Sambas", "kind": "kabupaten", "province": '
        '"Kalimantan Barat", "lat": 1.3617, "lon": 109.3, "count": 45, '
        '"count_label": "kegiatan"}]',
        "Nama tempat dan satuan polisi (Polres X) dicocokkan dengan daftar "
        "kabupaten/kota rujukan di data/ beserta aliasnya.",
    ),
    Field(
        "police_units",
        _TEXT_LIST,
        "Satuan polisi yang disebut.",
        '["Polda Kalbar", "Polres Sambas"]',
        "Nama satuan (Polda, Polres, Polresta, Polsek, Brimob...) di teks, "
        "dinormalkan dengan daftar rujukan.",
    ),
    Field(
        "operation",
        _OPTIONAL_TEXT,
        "Operasi kepolisian.",
        "Operasi Mantap Brata Kapuas 2024",
        "Frasa Operasi Mantap Brata/Praja (atau OMB/OMP) di teks; wilayah dan tahunnya "
        "juga dari keterangan foto.",
    ),
    Field(
        "election",
        {"type": ["string", "null"], "enum": [PEMILU_2024, PILKADA_2024, None]},
        "Pemilihan yang diamankan: `pemilu-2024` (14 Februari 2024) atau "
        "`pilkada-2024` (27 November 2024).",
        PEMILU_2024,
        "Kata kunci (Pemilu, Pilkada, caleg, paslon...), nama operasi dan "
        "tanggal dibandingkan dengan jadwal di data/.",
    ),
    Field(
        "activities",
        {"type": "array", "items": {"enum": list(ACTIVITIES)}},
        "Jenis kegiatan pengamanan.",
        '["apel", "pengamanan-tps"]',
        "Kata kunci di judul dan isi (apel, patroli, TPS, gudang logistik, "
        "pengawalan logistik, rekapitulasi, sispamkota...); rencana, perintah dan "
        "keterangan foto tidak dihitung. Pengamanan TPS dihitung mulai sehari "
        "sebelum hari pemungutan suara menurut jadwal di data/.",
    ),
    Field(
        "officials",
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "rank": {"type": ["string", "null"]},
                    "name": {"type": "string", "minLength": 1},
                    "position": {"type": ["string", "null"]},
                },
                "required": ["rank", "name", "position"],
                "additionalProperties": False,
            },
        },
        "Pejabat yang disebut, dengan pangkat dan jabatan.",
        '[{"rank": "Kombes Pol", "name": "Raden Petit Wijaya", "position": '
        '"Kabidhumas Polda Kalbar"}]',
        "Pangkat dan jabatan di teks; gelar akademik dipisahkan.",
    ),
    Field(
        "personnel_total",
        _OPTIONAL_INT,
        "Jumlah personel yang dikerahkan.",
        "3294",
        "Angka personel pertama di berita (angka atau kata bilangan), kecuali "
        "angka sesudahnya ditulis sebagai totalnya atau jumlah bagian-bagiannya; "
        "bagian-bagian satu pengerahan dalam satu kalimat tanpa total dijumlahkan "
        "(Polri dan TNI); tanpa Linmas, kekuatan satuan, angka pemilu lalu dan "
        "perkiraan; kosong bila hanya disebut kira-kira.",
    ),
    Field(
        "personnel_text",
        _OPTIONAL_TEXT,
        "Jumlah personel seperti tertulis, untuk jumlah yang tidak pasti.",
        "ratusan personel",
        "Frasa jumlah personel di teks.",
    ),
    Field(
        "personnel_breakdown",
        _COUNT_ITEMS,
        "Rincian personel per unsur.",
        '[{"label": "Polwan", "count": 200}]',
        "Daftar 'unsur N personel' di teks.",
    ),
    Field(
        "tps_counts",
        _COUNT_ITEMS,
        "Jumlah TPS menurut kategori.",
        '[{"label": "TPS rawan", "count": 12}]',
        "Angka sebelum 'TPS' di teks.",
    ),
    Field(
        "activity_points",
        _OPTIONAL_INT,
        "Jumlah titik kegiatan (misalnya titik kampanye).",
        "361",
        "Angka sebelum 'titik' di teks.",
    ),
    Field(
        "story_group",
        _OPTIONAL_TEXT,
        "Kelompok cerita: berita-berita dari media berbeda tentang satu peristiwa "
        "(misalnya satu siaran pers yang dimuat ulang). Satu kelompok = satu "
        "peristiwa dalam statistik.",
        "2702e9263e70",
        "Teks yang hampir sama (MinHash atas rangkaian lima kata, dikelompokkan per "
        "hari; kemiripan minimal 0,6) dan rekaman yang cocok (hari peristiwa, atau "
        "hari terbit, paling jauh berselisih sehari; provinsi dan satu satuan sama; "
        "angka personel sama kecuali teksnya nyaris salinan). Berisi id berita "
        "utamanya, atau nama yang ditetapkan pengelola dengan `cerita:` di berkas "
        "pendamping (`sendiri` memisahkan berita).",
    ),
    Field(
        "story_lead",
        {"type": ["string", "null"], "pattern": "^[0-9a-f]{12}$"},
        "Id berita utama kelompok ceritanya (sama dengan `id` bila berita ini "
        "utamanya).",
        "2702e9263e70",
        "Berita yang terbit paling awal; bila sama, yang id-nya terkecil. "
        "Kosong hanya di luar situs (`arsip extract` membaca satu berkas).",
    ),
    Field(
        "source_file",
        _OPTIONAL_TEXT,
        "Berkas sumber di folder content/ proyek.",
        "2024-02-14-kalbar-apel-siaga-pemungutan-suara.txt",
        "Jalur berkas relatif terhadap content/.",
    ),
    Field(
        "warnings",
        _TEXT_LIST,
        "Catatan pengolahan: apa yang tidak ditemukan atau diragukan.",
        '["tanggal terbit tidak ditemukan: tanggal ditandai tidak diketahui"]',
        "Pembaca dan ekstraksi.",
    ),
)

FIELD_NAMES = tuple(f.name for f in FIELDS)


def _types(field: Field) -> set[str]:
    kind = field.schema.get("type", [])
    return {kind} if isinstance(kind, str) else set(kind)


# Lists and objects are JSON text in the CSV; whole numbers are read back as int.
JSON_COLUMNS = frozenset(f.name for f in FIELDS if _types(f) & {"array", "object"})
INT_COLUMNS = frozenset(f.name for f in FIELDS if "integer" in _types(f))
NULLABLE_COLUMNS = frozenset(f.name for f in FIELDS if "null" in _types(f))


def record_schema(schema_id: str | None = None) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one exported record."""
    schema: dict[str, Any] = {"$schema": SCHEMA_DRAFT}
    if schema_id:
        schema["$id"] = schema_id
    schema.update(
        {
            "title": "Rekaman berita pengamanan Pemilu/Pilkada 2024 di Kalimantan",
            "description": "Satu berita dan data terstruktur yang diambil darinya.",
            "type": "object",
            "properties": {
                f.name: {**f.schema, "description": f.meaning} for f in FIELDS
            },
            "required": list(FIELD_NAMES),
            "additionalProperties": False,
        }
    )
    return schema


def missing_from_dictionary() -> tuple[str, ...]:
    """Record fields the dictionary does not describe (a test keeps this empty)."""
    return tuple(name for name in RECORD_FIELDS if name not in FIELD_NAMES)


FIELDS_BY_NAME = {f.name: f for f in FIELDS}


@cache
def _validator(name: str) -> Draft202012Validator:
    # Imported on the first override checked (~0.08 CPU-s at every build's start,
    # and a build of unchanged or override-free articles checks none).
    from jsonschema import Draft202012Validator

    return Draft202012Validator(FIELDS_BY_NAME[name].schema)


def _kinds(kind: Any) -> str:
    kinds = [kind] if isinstance(kind, str) else list(kind)
    return " atau ".join(TYPE_LABELS.get(k, k) for k in kinds)


def _shown(value: Any) -> str:
    return "kosong" if value is None else repr(value)


def _rule(error: Any) -> str:
    """The broken rule of a schema error, in Indonesian."""
    rule, expected = error.validator, error.validator_value
    if rule == "type":
        return f"harus {_kinds(expected)}"
    if rule == "minimum":
        return f"paling kecil {expected}"
    if rule == "maximum":
        return f"paling besar {expected}"
    if rule == "enum":
        return "harus salah satu dari " + ", ".join(_shown(v) for v in expected)
    if rule == "pattern":
        return f"harus cocok dengan pola {expected}"
    if rule == "minLength":
        return "tidak boleh kosong"
    if rule == "required":
        return "harus berisi " + ", ".join(expected)
    if rule == "additionalProperties":
        return "hanya boleh berisi " + ", ".join(error.schema.get("properties", {}))
    return f"melanggar aturan {rule}"


# The only rules a text field's schema may have for ``_text_rules`` to read it.
_TEXT_RULES = frozenset({"type", "minLength", "pattern"})


@cache
def _text_rules(name: str) -> tuple[int, re.Pattern[str] | None] | None:
    """A text field's own rules (least length, pattern) read from its schema, or
    None when the schema says more than jsonschema's ``type``, ``minLength`` and
    ``pattern`` keywords, or takes no string."""
    schema = FIELDS_BY_NAME[name].schema
    kinds = schema.get("type", ())
    if set(schema) - _TEXT_RULES or "string" not in (
        [kinds] if isinstance(kinds, str) else kinds
    ):
        return None
    pattern = schema.get("pattern")
    return schema.get("minLength", 0), None if pattern is None else re.compile(pattern)


def check_value(name: str, value: Any) -> str | None:
    """Why ``value`` (JSON-ready) is not a valid value of field ``name``, or None.

    The answer names the rule of the data dictionary that the value breaks, and
    where in a list or object it does (``places[0].lat``).
    """
    if isinstance(value, str):
        # A text that keeps its field's rules, tested as jsonschema tests them
        # (``len``, ``re.search``): a title or a date in front matter is most of the
        # values checked, and jsonschema took 10-80 us each.
        rules = _text_rules(name)
        if (
            rules is not None
            and len(value) >= rules[0]
            and (rules[1] is None or rules[1].search(value))
        ):
            return None
    errors = sorted(
        _validator(name).iter_errors(value), key=lambda e: (len(e.path), list(e.path))
    )
    if not errors:
        return None
    error = errors[0]
    where = name + "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.path
    )
    return f"{where} {_rule(error)}"
