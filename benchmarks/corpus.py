"""Seeded synthetic corpus of Kalimantan election-security news in every raw format.

``python benchmarks/corpus.py --n 1000 --out DIR [--seed 1] [--stock DIR]``

Every article is written in one of the five raw formats the archive reads (see
``shared/seeds/README.md``), in turn, so any N >= 5 holds all of them:

- ``md-header``: ``# Outlet``, ``## Title``, ``Author - [SITE](url)``, date line, body;
- ``plain-header``: the same with plain lines and a bare ``Author - SITE``;
- ``title-dateline``: a title line, then ``Balikpapan, 20 September 2024 – ...``;
- ``antara``: the body alone, one paragraph per line, ``Baca juga:`` lines and a
  ``Berita Terkait`` list; a maintainer's ``.yaml`` sidecar gives title and date;
- ``markdown``: Markdown with YAML front matter (``.md``).

``--stock DIR`` also writes the same articles (title, date, province, body paragraphs)
as plain Pelican Markdown (``Title:``/``Date:``/``Category:``) for stock Pelican.

The text is written by this module from its own templates and vocabulary; names of
people, reporters and outlets are invented. Article ``i`` depends only on ``(seed, i)``,
so the first 1,000 articles of a 10,000-article corpus are the 1,000-article corpus.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

FORMATS = ("md-header", "plain-header", "title-dateline", "antara", "markdown")
MIN_WORDS, MAX_WORDS = 300, 600

# --- Places and units -------------------------------------------------------------

# name, abbreviation, capital, operation name (invented for the corpus), UTC offset
PROVINCES = {
    "Kalimantan Barat": ("Kalbar", "Pontianak", "Kapuas", 7),
    "Kalimantan Tengah": ("Kalteng", "Palangka Raya", "Telabang", 7),
    "Kalimantan Selatan": ("Kalsel", "Banjarmasin", "Intan", 8),
    "Kalimantan Timur": ("Kaltim", "Samarinda", "Mahakam", 8),
    "Kalimantan Utara": ("Kaltara", "Tanjung Selor", "Kayan", 8),
}
# Used when data/kabupaten_kota.csv is missing: the 56 kabupaten/kota, "kind name".
BUILTIN_PLACES = {
    "Kalimantan Barat": "kab Sambas;kab Mempawah;kab Sanggau;kab Ketapang;kab Sintang;"
    "kab Kapuas Hulu;kab Bengkayang;kab Landak;kab Sekadau;kab Melawi;kab Kayong Utara;"
    "kab Kubu Raya;kota Pontianak;kota Singkawang",
    "Kalimantan Tengah": "kab Kotawaringin Barat;kab Kotawaringin Timur;kab Kapuas;"
    "kab Barito Selatan;kab Barito Utara;kab Katingan;kab Seruyan;kab Sukamara;"
    "kab Lamandau;kab Gunung Mas;kab Pulang Pisau;kab Murung Raya;kab Barito Timur;"
    "kota Palangka Raya",
    "Kalimantan Selatan": "kab Tanah Laut;kab Kotabaru;kab Banjar;kab Barito Kuala;"
    "kab Tapin;kab Hulu Sungai Selatan;kab Hulu Sungai Tengah;kab Hulu Sungai Utara;"
    "kab Tabalong;kab Tanah Bumbu;kab Balangan;kota Banjarmasin;kota Banjarbaru",
    "Kalimantan Timur": "kab Paser;kab Kutai Kartanegara;kab Berau;kab Kutai Barat;"
    "kab Kutai Timur;kab Penajam Paser Utara;kab Mahakam Ulu;kota Balikpapan;"
    "kota Samarinda;kota Bontang",
    "Kalimantan Utara": "kab Malinau;kab Bulungan;kab Tana Tidung;kab Nunukan;"
    "kota Tarakan",
}
BUILTIN_POLRESTA = {
    "Pontianak": "Polresta Pontianak Kota",
    "Palangka Raya": "Polresta Palangka Raya",
    "Banjarmasin": "Polresta Banjarmasin",
    "Balikpapan": "Polresta Balikpapan",
    "Samarinda": "Polresta Samarinda",
}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # kabupaten | kota
    province: str
    unit: str  # the Polres/Polresta that covers it


def load_places(data_dir: Path = DATA) -> dict[str, list[Place]]:
    """Kabupaten/kota per province, from data/ when present, else the built-in list."""
    units: dict[tuple[str, str], str] = {}
    units_csv = data_dir / "police_units.csv"
    if units_csv.is_file():
        with units_csv.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row.get("kind") in ("polres", "polresta") and row.get("place"):
                    units[(row["province"], row["place"])] = row["unit"]
    places: dict[str, list[Place]] = {p: [] for p in PROVINCES}
    places_csv = data_dir / "kabupaten_kota.csv"
    if places_csv.is_file():
        with places_csv.open(encoding="utf-8") as handle:
            rows = sorted(csv.DictReader(handle), key=lambda r: r["code"])
        pairs = [(r["province"], r["kind"], r["name"]) for r in rows]
    else:
        pairs = []
        for province, text in BUILTIN_PLACES.items():
            for item in text.split(";"):
                kind, name = item.split(" ", 1)
                pairs.append((province, "kabupaten" if kind == "kab" else kind, name))
    for province, kind, name in pairs:
        if province not in places:
            continue
        unit = (
            units.get((province, name))
            or BUILTIN_POLRESTA.get(name)
            or f"Polres {name}"
        )
        places[province].append(Place(name, kind, province, unit))
    return places


# --- Vocabulary -------------------------------------------------------------------

GIVEN = """Agus Budi Dedi Eko Hendra Irwan Joko Rudi Sigit Teguh Wahyu Yudi Andi Rahmat
Fajar Arief Bambang Dwi Heru Iwan Slamet Supriyadi Hadi Nanang Yusuf Ahmad Rizky Dimas
Gilang Taufik Hasan Ridwan Sugeng Anton Robert Daniel Markus Yohanes Ferdinand Samuel
Ketut Made Nyoman Syarifuddin Zainal Mulyadi Edy Kurnia Ratna Dewi Siti Nur Rina Maya
Indah Yuliana Fitri Lestari Rosita Haryanto Tri Bayu Galih Erlangga Raden
Muhammad""".split()
FAMILY = """Santoso Prasetyo Wibowo Saputra Hidayat Nugroho Siregar Simanjuntak Lubis
Harahap Pratama Setiawan Kurniawan Gunawan Syahputra Rachman Hutapea Sinaga Tambunan
Panjaitan Manurung Wijaya Susanto Hartono Firmansyah Ramadhan Maulana Effendi Sitorus
Nasution Rangkuti Purba Simbolon Kusuma Permana Utama Hakim Rahman Sulistyo Wardhana
Syamsuddin Arifin Fauzi Hermawan Irawan Suryadi Hamzah Aritonang Pane Tarigan""".split()
DEGREES = ("S.I.K., M.H.", "S.I.K., M.Si.", "S.H., S.I.K., M.H.", "S.I.K.",
           "S.H., M.H.",
           "S.I.K., M.M.", "S.Sos.", "S.H.")  # fmt: skip
REPORTER_GIVEN = (
    "Safira Yanto Dian Ilham Nova Reza Wulan Bagus Citra Doni Eka Putri".split()
)

# position, rank, unit level ("polda" or "polres")
POSITIONS = (
    ("Kapolda", "Irjen Pol", "polda"),
    ("Wakapolda", "Brigjen Pol", "polda"),
    ("Kabidhumas", "Kombes Pol", "polda"),
    ("Karoops", "Kombes Pol", "polda"),
    ("Dirsamapta", "Kombes Pol", "polda"),
    ("Kasatgas Humas", "AKBP", "polda"),
    ("Kapolres", "AKBP", "polres"),
    ("Wakapolres", "Kompol", "polres"),
    ("Kabag Ops", "Kompol", "polres"),
    ("Kasat Samapta", "AKP", "polres"),
    ("Kasat Intelkam", "AKP", "polres"),
    ("Kasi Humas", "Iptu", "polres"),
    ("Kapolsek", "Iptu", "polres"),
)
LONG_RANKS = {
    "Kombes Pol": "Komisaris Besar Polisi",
    "AKBP": "Ajun Komisaris Besar Polisi",
    "Kompol": "Komisaris Polisi",
    "AKP": "Ajun Komisaris Polisi",
    "Iptu": "Inspektur Polisi Satu",
}

OUTLETS = (
    # name, site, author is a desk (True) or a reporter
    ("Tribrata News", "TRIBRATANEWS.{abbr}.EXAMPLE.ID", True),
    ("Borneo Warta", "BORNEOWARTA.EXAMPLE.ID", False),
    ("Khatulistiwa Pos", "KHATULISTIWAPOS.EXAMPLE.ID", False),
    ("Public Relations", "{place}.PUBLICRELATIONS.EXAMPLE.ID", True),
    ("Suara Mahakam", "SUARAMAHAKAM.EXAMPLE.ID", False),
    ("Kabar Banua", "KABARBANUA.EXAMPLE.ID", False),
    ("Lintas Kalimantan", "LINTASKALIMANTAN.EXAMPLE.ID", False),
    ("24Jam", "{place}.24JAM.EXAMPLE.ID", False),
    ("IWO", "{place}.IWO.EXAMPLE.OR.ID", False),
    ("Warta Perbatasan", "WARTAPERBATASAN.EXAMPLE.ID", False),
)
AGENCIES = ("ANTARA",)

ELECTIONS = {
    # name, operation kind, abbreviation, date window with its busiest day
    "pemilu": ("Pemilu 2024", "Operasi Mantap Brata", "OMB", date(2023, 10, 19),
               date(2024, 10, 20), date(2024, 2, 14)),
    "pilkada": ("Pilkada Serentak 2024", "Operasi Mantap Praja", "OMP",
                date(2024, 8, 20), date(2025, 8, 31), date(2024, 11, 27)),
}  # fmt: skip

# Activities: title templates and the lead's verb phrase. {unit} {place} {election}
# {op} {stage} are filled in.
ACTIVITIES = {
    "apel": (
        (
            "{unit} Gelar Apel Siaga Pengamanan {election} di {place}",
            "Apel Gelar Pasukan {op} {unit} Jelang {stage}",
            "Ratusan Personel {unit} Ikuti Apel Kesiapan {stage} {election}",
        ),
        "menggelar apel siaga kesiapan pengamanan {stage} {election}",
    ),
    "patroli": (
        (
            "Patroli Skala Besar {unit} Jaga Kamtibmas {place} Selama {stage}",
            "{unit} Tingkatkan Patroli Dialogis Jelang {stage} di {place}",
            "Patroli Gabungan TNI-Polri Sisir Wilayah {place} Saat {stage}",
        ),
        "melaksanakan patroli skala besar di sejumlah titik rawan",
    ),
    "kpu": (
        (
            "Personel {unit} Jaga Ketat Kantor KPU {place} Selama {stage}",
            "{unit} Perketat Pengamanan Kantor KPU dan Bawaslu {place}",
            "Pengamanan 24 Jam Kantor KPU {place} oleh Personel {op}",
        ),
        "melaksanakan pengamanan di Kantor Komisi Pemilihan Umum (KPU) {place}",
    ),
    "tps": (
        (
            "{unit} Kerahkan Personel Amankan TPS di {place} pada {stage}",
            "Pengamanan TPS {election} di {place} Berjalan Kondusif",
            "Ribuan TPS di {place} Dijaga Personel {unit}",
        ),
        "mengerahkan personel untuk mengamankan tempat pemungutan suara (TPS)",
    ),
    "logistik": (
        (
            "{unit} Kawal Distribusi Logistik {election} ke Pelosok {place}",
            "Pengawalan Logistik Pemilu Lewat Jalur Sungai oleh {unit}",
            "Logistik {election} Tiba di {place} dengan Pengawalan {unit}",
        ),
        "mengawal pendistribusian logistik {election} dari gudang KPU",
    ),
    "kampanye": (
        (
            "{unit} Amankan Kampanye Terbuka Pasangan Calon di {place}",
            "Ratusan Personel {op} Amankan Kampanye Tatap Muka di {place}",
            "Kampanye Rapat Umum di {place} Dijaga Personel {unit}",
        ),
        "mengamankan kegiatan kampanye tatap muka dan rapat umum",
    ),
    "rekapitulasi": (
        (
            "{unit} Amankan Rapat Pleno Rekapitulasi Suara di {place}",
            "Pleno Rekapitulasi {election} Tingkat Kabupaten {place} Dijaga Ketat",
            "Personel {op} Kawal Rekapitulasi Hasil {election} di {place}",
        ),
        "mengamankan rapat pleno terbuka rekapitulasi hasil penghitungan suara",
    ),
    "simulasi": (
        (
            "{unit} Gelar Simulasi Sispamkota Jelang {stage} di {place}",
            "Latihan Sistem Pengamanan Kota {unit} Hadapi {election}",
            "Simulasi Penanganan Unjuk Rasa {unit} Jelang {stage}",
        ),
        "menggelar simulasi sistem pengamanan kota (sispamkota)",
    ),
    "debat": (
        (
            "{unit} Amankan Debat Publik Pasangan Calon di {place}",
            "Debat Kandidat {election} di {place} Berlangsung Aman",
            "Personel Gabungan Jaga Lokasi Debat Paslon di {place}",
        ),
        "mengamankan jalannya debat publik pasangan calon",
    ),
    "bhabin": (
        (
            "Bhabinkamtibmas {unit} Sambangi Warga {place} Ajak Jaga Pemilu Damai",
            "Cooling System {unit} Jelang {stage} di {place}",
            "{unit} Ajak Tokoh Agama {place} Sukseskan {election} Damai",
        ),
        "melaksanakan kegiatan sambang dan cooling system kepada warga",
    ),
}

# (last day, stage name) in order: a date belongs to the first stage not yet over.
STAGES = {
    "pemilu": ((date(2023, 11, 27), "persiapan kampanye"),
               (date(2024, 2, 10), "masa kampanye"), (date(2024, 2, 13), "masa tenang"),
               (date(2024, 2, 14), "pemungutan suara"),
               (date(2024, 3, 20), "rekapitulasi suara"),
               (date(2099, 1, 1), "pemungutan suara ulang")),
    "pilkada": ((date(2024, 8, 29), "pendaftaran pasangan calon"),
                (date(2024, 9, 24), "penetapan pasangan calon"),
                (date(2024, 11, 23), "masa kampanye"),
                (date(2024, 11, 26), "masa tenang"),
                (date(2024, 11, 27), "pemungutan suara"),
                (date(2024, 12, 16), "rekapitulasi suara"),
                (date(2099, 1, 1), "pemungutan suara ulang")),
}  # fmt: skip
BREAKDOWN_LABELS = ("Satbrimob", "Ditsamapta", "Polwan", "Satgas OMB",
                    "Dit Lantas",
                    "Satgas Gakkum", "Satgas Humas", "Satgas Siber", "POH",
                    "Personel pelayanan masyarakat")  # fmt: skip
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")  # fmt: skip
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
             "Nov",
             "Dec")  # fmt: skip

# --- The article ------------------------------------------------------------------


@dataclass
class SyntheticArticle:
    """One generated article and everything needed to write it in its raw format."""

    index: int
    fmt: str
    province: str
    place: Place
    unit: str
    election: str
    published: datetime
    event_day: date
    title: str
    outlet: str
    author: str
    site: str
    url: str
    dateline: str  # the place as it opens the body
    paragraphs: list[str]  # clean body paragraphs (dateline and credit apart)
    credit: str | None = None
    list_items: list[str] = field(default_factory=list)  # a numbered list, if any
    related: list[tuple[str, str]] = field(default_factory=list)  # antara trailers

    @property
    def stem(self) -> str:
        abbr = PROVINCES[self.province][0].lower()
        return f"{self.published:%Y-%m-%d}-{abbr}-{self.index:05d}"

    def body_words(self) -> int:
        return sum(len(p.split()) for p in self.body_paragraphs())

    def body_paragraphs(self) -> list[str]:
        """The body as the archive publishes it; the stock corpus uses exactly this."""
        paragraphs = list(self.paragraphs)
        if self.list_items:
            at = min(2, len(paragraphs))
            paragraphs[at:at] = self.list_items
        return paragraphs


def _roster_name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _official(seed: int, unit: str, position: str) -> tuple[str, str]:
    """(name, degrees) of a unit's official: the same in every article of a corpus."""
    rng = random.Random(f"roster:{seed}:{unit}:{position}")
    return _roster_name(rng), rng.choice(DEGREES)


def _pick_date(rng: random.Random, election: str) -> datetime:
    _, _, _, start, end, peak = ELECTIONS[election]
    span = (end - start).days
    mode = (peak - start).days
    if rng.random() < 0.75:
        # Most releases cluster around voting day.
        offset = int(rng.triangular(max(0, mode - 75), min(span, mode + 40), mode))
    else:
        offset = rng.randrange(span)
    day = start + timedelta(days=offset)
    return datetime(
        day.year, day.month, day.day, rng.randrange(6, 23), rng.randrange(60)
    )


def _stage(election: str, day: date) -> str:
    for until, name in STAGES[election]:
        if day <= until:
            return name
    return STAGES[election][-1][1]


def _title_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _site_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _strip_accents(text).lower()).strip("-")


def _int_id(n: int) -> str:
    """3294 -> '3.294', as Indonesian news writes thousands."""
    return f"{n:,}".replace(",", ".")


NUMBER_WORDS = {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh",
                8: "delapan", 9: "sembilan", 10: "sepuluh"}  # fmt: skip


class _Writer:
    """Builds the paragraphs of one article from the templates below."""

    def __init__(self, rng: random.Random, seed: int, art: dict):
        self.rng = rng
        self.seed = seed
        self.a = art

    def choice(self, options):
        return self.rng.choice(options)

    def person(self, level: str | None = None) -> tuple[str, str, str, str]:
        """(position with unit, rank, name, degrees) of an official of this story."""
        a = self.a
        level = level or ("polda" if a["unit"].startswith("Polda") else "polres")
        options = [p for p in POSITIONS if p[2] == level]
        position, rank, _ = self.choice(options)
        unit = a["polda"] if level == "polda" else a["unit"]
        if level == "polres" and a["unit"].startswith("Polresta"):
            position = position.replace("Polres", "Polresta")
            position = "Kapolresta" if position == "Kapolres" else position
            rank = "Kombes Pol" if position == "Kapolresta" else rank
        name, degrees = _official(self.seed, unit, position)
        short_unit = (
            unit.split(" ", 1)[1] if position.startswith(("Kapol", "Wakapol")) else unit
        )
        return f"{position} {short_unit}", rank, name, degrees

    def said(self) -> str:
        return self.choice(
            ("ujar", "kata", "tegas", "jelas", "ungkap", "tutur", "imbuh")
        )

    # Paragraph templates: each returns one paragraph.
    def quote_readiness(self) -> str:
        pos, rank, name, _ = self.person()
        a = self.a
        return (
            '"'
            f"{self.choice(('Kami memastikan', 'Kami menjamin', 'Kami pastikan'))}"
            f" seluruh rangkaian {a['stage']} {a['election']} di wilayah hukum"
            f" {a['unit']}"
            " berjalan aman, lancar dan damai. Personel sudah kami bagi ke dalam"
            " beberapa"
            " pos pengamanan dan siap digerakkan kapan saja sesuai perkembangan"
            ' situasi,"'
            f" {self.said()} {pos} {rank} {name.split()[-1]}."
        )

    def personnel(self) -> str:
        a = self.a
        parts = a["breakdown"]
        listing = ", ".join(f"{label} {_int_id(n)} personel" for label, n in parts[:-1])
        listing += f", dan {parts[-1][0]} {_int_id(parts[-1][1])} personel"
        return (
            f"Dalam kegiatan tersebut {a['unit']}"
            " "
            f"{self.choice(('menurunkan', 'mengerahkan', 'melibatkan', 'menyiagakan'))}"
            f" total {_int_id(a['personnel'])} personel yang terdiri dari {listing}."
            f" Jumlah itu {self.choice(('belum termasuk', 'sudah termasuk'))} personel"
            f" bantuan dari TNI dan Satpol PP yang ikut dalam pengamanan."
        )

    def small_team(self) -> str:
        a = self.a
        n = self.rng.randint(3, 10)
        return (
            f"Kegiatan itu dilakukan oleh {NUMBER_WORDS[n]} personil {a['subunit']}"
            f" {a['unit']} dengan menggunakan kendaraan dinas. Rute yang dilalui"
            " mencakup"
            f" jalan utama menuju kantor penyelenggara pemilu, kawasan pasar, serta"
            f" permukiman padat penduduk di {a['place_full']}."
        )

    def tps(self) -> str:
        a = self.a
        n_tps = self.rng.randint(120, 2400)
        kec = self.rng.randint(4, 22)
        return (
            f"Di wilayah {a['place_full']} terdapat {_int_id(n_tps)} TPS yang"
            " tersebar di"
            f" {kec} kecamatan. Setiap dua TPS dijaga oleh satu personel Polri dibantu"
            f" {self.choice(('empat', 'dua', 'enam'))} anggota Linmas, sedangkan TPS"
            " yang"
            f" masuk kategori rawan mendapat penjagaan tambahan dari Satbrimob."
        )

    def stage_context(self) -> str:
        a = self.a
        return (
            f"Tahapan {a['stage']} merupakan bagian dari rangkaian {a['election']} yang"
            f" jadwalnya telah ditetapkan oleh KPU. Menurut {a['unit']}, setiap tahapan"
            " memiliki kerawanan yang berbeda sehingga pola pengamanan disesuaikan"
            " dengan"
            f" hasil pemetaan Indeks Potensi Kerawanan Pemilu di {a['province']}."
        )

    def coordination(self) -> str:
        a = self.a
        return (
            f"{self.choice(('Selain itu', 'Tak hanya itu', 'Di sisi lain'))}"
            ","
            f" {a['unit']} terus memperkuat koordinasi dengan Kodim, KPU, Bawaslu dan"
            f" pemerintah daerah {a['place_full']}. Rapat koordinasi lintas sektoral"
            f" digelar secara berkala untuk membahas titik rawan, jalur distribusi"
            f" logistik, serta rencana kontinjensi apabila terjadi gangguan kamtibmas."
        )

    def neutrality(self) -> str:
        pos, rank, name, _ = self.person("polda")
        return (
            f"{pos} {rank} {name} juga mengingatkan seluruh anggota untuk menjaga"
            " netralitas Polri dan tidak terlibat dalam politik praktis."
            ' "Jaga nama baik'
            f" institusi dengan bersikap profesional, humanis dan tidak memihak kepada"
            f' pasangan calon mana pun," {self.said()}nya.'
        )

    def patrol(self) -> str:
        a = self.a
        return (
            f"Patroli dilaksanakan secara rutin pada siang dan malam hari, menyasar"
            " gudang logistik, kantor"
            f" {self.choice(('KPU', 'PPK', 'Bawaslu', 'Panwascam'))},"
            " serta lokasi yang sebelumnya dipetakan rawan. Petugas juga berdialog"
            " dengan"
            f" warga dan tokoh masyarakat agar tidak mudah terpancing berita bohong"
            f" menjelang {a['stage']}."
        )

    def hoax(self) -> str:
        a = self.a
        return (
            f"Satgas Siber {a['polda']} memantau media sosial selama {a['stage']}."
            f" Menurut catatan satgas, sejumlah unggahan bernada provokatif telah"
            " dilaporkan kepada platform terkait. Masyarakat diimbau memeriksa"
            " kebenaran"
            f" informasi sebelum membagikannya dan melapor melalui layanan 110 apabila"
            f" menemukan potensi gangguan."
        )

    def river(self) -> str:
        a = self.a
        return (
            f"Sebagian wilayah {a['place_full']} hanya bisa dijangkau melalui jalur"
            f" sungai, sehingga personel menggunakan speedboat dan perahu klotok untuk"
            f" menjangkau desa-desa di hulu. Perjalanan ke lokasi terjauh memakan waktu"
            f" {self.choice(('enam', 'delapan', 'sepuluh', 'dua belas'))} jam."
        )

    def quote_close(self) -> str:
        pos, rank, name, _ = self.person()
        return (
            f'"Kami mengajak seluruh masyarakat {self.a["place_full"]} untuk'
            " bersama-sama"
            f" menjaga situasi tetap kondusif. Perbedaan pilihan adalah hal biasa dalam"
            ' demokrasi, jangan sampai memecah persaudaraan,"'
            f" {self.said()} {name.split()[0]}."
        )

    def filler(self) -> str:
        return self.choice(
            (
                "Kegiatan berlangsung tertib hingga selesai.",
                "Situasi di lokasi terpantau aman dan terkendali.",
                "Hingga berita ini diturunkan tidak ada laporan gangguan keamanan.",
                "Warga menyambut baik kehadiran petugas di lingkungan mereka.",
                "Pengamanan akan terus dilakukan sampai seluruh tahapan selesai.",
            )
        )


BODY_PARAGRAPHS: tuple[Callable[[_Writer], str], ...] = (
    _Writer.quote_readiness, _Writer.personnel, _Writer.small_team, _Writer.tps,
    _Writer.stage_context, _Writer.coordination, _Writer.neutrality, _Writer.patrol,
    _Writer.hoax, _Writer.river,
)  # fmt: skip


def _event_mention(fmt: str, rng: random.Random, day: date, published: datetime) -> str:
    wd = WEEKDAYS[day.weekday()]
    if fmt == "antara":
        return wd  # ANTARA names the weekday only
    style = rng.randrange(4)
    if style == 0:
        return f"{wd} ({day.day:02d}/{day.month}/{day.year})"
    if style == 1:
        return f"{wd} ({day.day:02d}/{day.month:02d})"
    if style == 2:
        return f"{wd} ({day.day}/{day.month}/{day.year})"
    return f"{wd}, {day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def make_article(
    seed: int, index: int, places: dict[str, list[Place]]
) -> SyntheticArticle:
    """Article ``index`` of the corpus for ``seed``: depends on nothing else."""
    rng = random.Random(f"arsip-corpus:{seed}:{index}")
    fmt = FORMATS[index % len(FORMATS)]
    provinces = list(PROVINCES)
    province = rng.choices(provinces, weights=[14, 14, 13, 10, 5])[0]
    abbr, capital, op_name, _ = PROVINCES[province]
    place = rng.choice(places[province])
    polda = f"Polda {abbr}"
    unit = polda if rng.random() < 0.3 else place.unit
    election = "pemilu" if rng.random() < 0.55 else "pilkada"
    election_name, op_kind, op_abbr, *_ = ELECTIONS[election]
    published = _pick_date(rng, election)
    event_day = published.date() - timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
    stage = _stage(election, event_day)
    year = "2023-2024" if election == "pemilu" else "2024"
    operation = f"{op_kind} {op_name} {year}"
    activity = rng.choice(sorted(ACTIVITIES))
    titles, lead_verb = ACTIVITIES[activity]
    place_full = f"{'Kabupaten' if place.kind == 'kabupaten' else 'Kota'} {place.name}"
    if place.name == "Pontianak" and rng.random() < 0.5:
        place_full = "Kota Khatulistiwa"

    personnel = rng.choice((rng.randint(40, 400), rng.randint(300, 3500)))
    labels = rng.sample(BREAKDOWN_LABELS, rng.randint(3, 6))
    cuts = sorted(rng.sample(range(1, personnel), len(labels) - 1))
    counts = [b - a for a, b in zip([0, *cuts], [*cuts, personnel], strict=True)]
    art = {
        "unit": unit,
        "polda": polda,
        "province": province,
        "place_full": place_full,
        "election": election_name,
        "stage": stage,
        "op": f"{op_abbr} {op_name}",
        "operation": operation,
        "personnel": personnel,
        "breakdown": list(zip(labels, counts, strict=True)),
        "subunit": rng.choice(
            ("Satsamapta", "Satlantas", "Satbinmas", "Polwan Samapta")
        ),
    }
    writer = _Writer(rng, seed, art)
    fill = {"unit": unit, "place": place.name, "election": election_name,
            "op": f"{op_abbr} {op_name}",
            "stage": _title_case(stage).title()}  # fmt: skip

    # Lead paragraph (the dateline is added per format when written).
    pos, rank, name, degrees = writer.person()
    event = _event_mention(fmt, rng, event_day, published)
    lead = (
        f"Personel {unit} yang tergabung dalam {operation} {lead_verb.format(**fill)}"
        f" di {place_full}, {event}. Kegiatan ini dipimpin langsung oleh {pos}"
        f" {rank} {name}, {degrees} dan diikuti unsur TNI, Satpol PP serta"
        f" penyelenggara pemilu setempat."
    )
    paragraphs = [lead]
    target = rng.randint(MIN_WORDS + 20, MAX_WORDS - 40)
    pool = list(BODY_PARAGRAPHS)
    rng.shuffle(pool)
    list_items: list[str] = []
    if unit == polda and activity in ("kampanye", "tps", "apel") and rng.random() < 0.5:
        units = sorted({p.unit for p in places[province]})
        chosen = rng.sample(units, min(len(units), rng.randint(5, 9)))
        list_items = [
            f"{n}. {u}: {rng.randint(2, 80)} kegiatan;" for n, u in enumerate(chosen, 1)
        ]
        list_items[-1] = list_items[-1].rstrip(";") + "."
        paragraphs.append(
            f"Rincian kegiatan yang diamankan jajaran {polda} pada hari itu adalah"
            f" sebagai berikut:"
        )
    words = sum(len(p.split()) for p in paragraphs + list_items)
    closing = _Writer.quote_close(writer)
    budget = target - len(closing.split())
    for make in pool:
        para = make(writer)
        if words + len(para.split()) > budget:
            continue
        paragraphs.append(para)
        words += len(para.split())
    while words + len(closing.split()) < MIN_WORDS + 5:
        para = writer.filler()
        paragraphs.append(para)
        words += len(para.split())
    paragraphs.append(closing)

    outlet, site_tpl, desk = rng.choice(OUTLETS)
    if fmt == "antara":
        outlet, site_tpl, desk = "ANTARA", "KALIMANTAN.ANTARANEWS.EXAMPLE", False
    site = site_tpl.format(
        abbr=abbr.upper(), place=_site_slug(place.name).replace("-", "")
    )
    site = site.upper()
    if desk:
        author = f"Humas {unit}" if rng.random() < 0.5 else f"Redaksi {abbr}"
    else:
        author = f"{rng.choice(REPORTER_GIVEN)} {rng.choice(FAMILY)}"
    credit_kind = rng.random()
    credit = (
        None if credit_kind < 0.3
        else rng.choice(("CS", "Hms", "ant", "RED")) if credit_kind < 0.7
        else f"Humas {unit}"
    )  # fmt: skip
    dateline = place.name if place.kind == "kota" else rng.choice((place.name, capital))
    related = []
    if fmt == "antara":
        for k in range(rng.randint(2, 5)):
            when = published - timedelta(days=k + 1, hours=rng.randrange(24))
            related.append(
                (f"{polda} {rng.choice(('Gelar', 'Ikuti', 'Dukung'))} Kegiatan "
                 + rng.choice(("Bakti Sosial", "Olahraga Bersama", "Rapat Koordinasi")),
                 when.strftime("%Y-%m-%d %H:%M"))
            )  # fmt: skip
    article = SyntheticArticle(
        index=index, fmt=fmt, province=province, place=place, unit=unit,
        election=election, published=published, event_day=event_day, title="",
        outlet=outlet, author=author, site=site, url="", dateline=dateline,
        paragraphs=paragraphs, credit=credit, list_items=list_items, related=related,
    )  # fmt: skip
    subject = rng.choice((unit, unit, f"Personel {unit}", f"Jajaran {unit}",
                          f"Satgas {op_abbr} {unit}"))  # fmt: skip
    template = rng.choice(titles)
    if template.startswith("{unit}"):
        template = template.replace("{unit}", subject, 1)
    article.title = template.format(**fill)
    return article


def generate(
    n: int, seed: int = 1, data_dir: Path = DATA
) -> Iterator[SyntheticArticle]:
    """The corpus as articles; titles are made unique in their first 70 characters."""
    places = load_places(data_dir)
    seen: set[str] = set()
    for index in range(n):
        article = make_article(seed, index, places)
        day = article.event_day
        when = f"{day.day} {MONTHS_ID[day.month - 1]}"
        stage = _stage(article.election, day).title()
        # Slugs are cut at 80 characters, so the distinguishing words must come first.
        prefixes = ("", f"Jelang {stage}, ", f"{WEEKDAYS[day.weekday()]} Malam, ",
                    "Hari Ini, ", f"Selama {stage}, ", f"{when}: ",
                    f"{WEEKDAYS[day.weekday()]}, {when}: ",
                    f"{article.place.name}, {when} {day.year}: ")  # fmt: skip
        candidates = (f"{p}{article.title}" for p in prefixes)
        numbered = (f"({k}) {article.title}" for k in range(2, n + 2))
        title = next(
            t
            for t in itertools.chain(candidates, numbered)
            if t[:70].lower() not in seen
        )
        key = title[:70].lower()
        seen.add(key)
        article.title = title
        slug = _site_slug(title)[:90]
        article.url = (
            f"https://{article.site.lower()}/berita/{article.index:05d}/{slug}"
        )
        yield article


# --- Syndicated copies ------------------------------------------------------------

COPY_OUTLETS = (
    ("Warta Borneo Raya", "wartaborneoraya.example"),
    ("Kabar Khatulistiwa", "kabarkhatulistiwa.example"),
    ("Suara Hulu Mahakam", "suarahulumahakam.example"),
    ("Portal Tanah Dayak", "portaltanahdayak.example"),
)
COPY_TITLE_FORMS = (
    "{title}",
    "Ini Kata {unit}: {title}",
    "{title}, Begini Persiapannya",
)


def syndicated_copy(
    original: SyntheticArticle, index: int, copy_no: int
) -> SyntheticArticle:
    """Another outlet's lightly edited copy of ``original`` (a press release reprinted).

    Same event, unit and figures; another raw format, outlet, title and hour; one
    paragraph without a number dropped and a verb of speech changed, as editors do.
    """
    rng = random.Random(f"arsip-copy:{original.index}:{copy_no}")
    fmt = FORMATS[(FORMATS.index(original.fmt) + copy_no) % len(FORMATS)]
    outlet, site = COPY_OUTLETS[(original.index + copy_no) % len(COPY_OUTLETS)]
    paragraphs = list(original.paragraphs)
    plain = [k for k, p in enumerate(paragraphs[1:-1], 1) if not re.search(r"\d", p)]
    if plain and len(paragraphs) > 4:
        del paragraphs[rng.choice(plain)]
    paragraphs = [p.replace(" kata ", " ujar ", 1) for p in paragraphs]
    form = COPY_TITLE_FORMS[copy_no % len(COPY_TITLE_FORMS)]
    title = form.format(title=original.title, unit=original.unit)
    if title == original.title:
        title = f"{original.place.name}: {original.title}"
    return SyntheticArticle(
        index=index, fmt=fmt, province=original.province, place=original.place,
        unit=original.unit, election=original.election,
        published=original.published + timedelta(hours=1 + 2 * copy_no),
        event_day=original.event_day, title=title, outlet=outlet,
        author=f"Redaksi {outlet}", site=site.upper(),
        url=f"https://{site}/berita/{index:05d}/{_site_slug(title)[:80]}",
        dateline=original.dateline, paragraphs=paragraphs, credit=None,
        list_items=list(original.list_items), related=list(original.related),
    )  # fmt: skip


def with_copies(
    articles: list[SyntheticArticle], share: float, seed: int
) -> tuple[list[SyntheticArticle], list[list[int]]]:
    """Add 1-3 syndicated copies to ``share`` of the articles; return the planted
    groups as lists of article indexes (the original first)."""
    rng = random.Random(f"arsip-copies:{seed}")
    out = list(articles)
    groups = []
    next_index = max((a.index for a in articles), default=-1) + 1
    for original in articles:
        if rng.random() >= share:
            continue
        group = [original.index]
        for copy_no in range(1, rng.choice((1, 1, 2, 3)) + 1):
            out.append(syndicated_copy(original, next_index, copy_no))
            group.append(next_index)
            next_index += 1
        groups.append(group)
    return out, groups


# --- Writing ----------------------------------------------------------------------


def _en_stamp(when: datetime) -> str:
    return f"{MONTHS_EN[when.month - 1]} {when.day}, {when.year} - {when:%H:%M}"


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def render_raw(article: SyntheticArticle) -> dict[str, str]:
    """File name -> text of the article in its raw format (two files for ``antara``)."""
    a = article
    paras = list(a.paragraphs)
    items = list(a.list_items)
    credit = f"({a.credit})" if a.credit else None
    if a.fmt == "md-header":
        paras[0] = f"{a.title}. {paras[0]}"  # sites that repeat the title
        body = paras[:2] + (["\n".join(items)] if items else []) + paras[2:]
        if credit:
            body[-1] = f"{body[-1]} {credit}"
        head = f"\n\n# {a.outlet}\n\n## {a.title}\n\n{a.author} - [{a.site}](http://{a.site})"
        text = f"{head}\n\n{_en_stamp(a.published)}\n\n\n\n" + "\n\n".join(body)
        return {f"{a.stem}.txt": text}
    if a.fmt == "plain-header":
        paras[0] = f"{a.dateline.upper()} - {paras[0]}"
        body = paras[:2] + (["\n\n".join(items)] if items else []) + paras[2:]
        # A sentence broken across two paragraphs, as pasted from some sites.
        words = body[0].split(" ")
        cut = next((k for k, w in enumerate(words) if w == "di" and k > 8), None)
        if cut is not None:
            body[0] = " ".join(words[: cut + 1]) + "\n\n" + " ".join(words[cut + 1 :])
        if credit:
            body.append(credit)
        text = f"\n\n{a.outlet}\n\n{a.title}\n\n{a.author} - {a.site}\n\n"
        return {
            f"{a.stem}.txt": text
            + f"{_en_stamp(a.published)}\n\n\n\n"
            + "\n\n".join(body)
        }
    if a.fmt == "title-dateline":
        day = a.published
        paras[0] = (
            f"{a.dateline},\u00a0{day.day} {MONTHS_ID[day.month - 1]} {day.year} –"
            f" {paras[0]}"
        )
        body = paras[:2] + (["\n".join(items)] if items else []) + paras[2:]
        if credit:
            body.append(credit)
        return {f"{a.stem}.txt": f"{a.title}\n\n  \n\n" + "\n\n\n".join(body) + "\n"}
    if a.fmt == "antara":
        paras[0] = f"{a.dateline} (ANTARA) - {paras[0]}"
        body = paras[:2] + items + paras[2:]
        lines = [*body]
        lines += [f"Baca juga: {t}" for t, _ in a.related[:2]]
        lines.append("Berita Terkait")
        for title, when in a.related:
            stamp = datetime.fromisoformat(when)
            lines.append(title)
            lines.append(
                f"{WEEKDAYS[stamp.weekday()]}, {stamp.day} {MONTHS_ID[stamp.month - 1]}"
                f" {stamp.year} {stamp.hour}:{stamp.minute:02d}"
            )
        sidecar = (
            "# Koreksi pengelola: teks ANTARA ditempel tanpa judul dan tanggal.\n"
            f"title: {_yaml_str(a.title)}\n"
            f"tanggal: {_yaml_str(a.published.strftime('%Y-%m-%d %H:%M'))}\n"
            f"url: {_yaml_str(a.url)}\n"
        )
        return {f"{a.stem}.txt": "\n".join(lines), f"{a.stem}.yaml": sidecar}
    # markdown with YAML front matter
    paras[0] = f"**{a.dateline}, {a.unit}** - {paras[0]}"
    body = paras[:2] + (["\n".join(items)] if items else []) + paras[2:]
    if a.credit:
        body.append(f"*({a.credit})*")
    front = (
        "---\n"
        f"title: {_yaml_str(a.title)}\n"
        f"tanggal: {_yaml_str(a.published.strftime('%Y-%m-%d %H:%M'))}\n"
        f"media: {_yaml_str(a.outlet)}\n"
        f"penulis: {_yaml_str(a.author)}\n"
        f"sumber: {_yaml_str(a.url)}\n"
        "---\n\n"
    )
    return {f"{a.stem}.md": front + "\n\n".join(body) + "\n"}


def render_stock(article: SyntheticArticle) -> tuple[str, str]:
    """(file name, text) of the same article as plain Pelican Markdown."""
    a = article
    paras = a.body_paragraphs()
    paras[0] = f"{a.dateline} - {paras[0]}"
    meta = (
        f"Title: {a.title}\n"
        f"Date: {a.published:%Y-%m-%d %H:%M}\n"
        f"Category: {a.province}\n\n"
    )
    return f"{a.stem}.md", meta + "\n\n".join(paras) + "\n"


def write_corpus(
    out: Path,
    n: int,
    seed: int = 1,
    stock: Path | None = None,
    data_dir: Path = DATA,
    copies: float = 0.0,
    planted: Path | None = None,
) -> dict[str, int]:
    """Write the corpus (and the stock twin); return how many articles per format.

    ``copies`` > 0 adds syndicated copies to that share of the articles (stems after
    the originals'); ``planted`` receives the planted groups as JSON lists of stems.
    """
    out.mkdir(parents=True, exist_ok=True)
    if stock is not None:
        stock.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(FORMATS, 0)
    articles: Iterable[SyntheticArticle] = generate(n, seed, data_dir)
    if copies > 0:
        articles, groups = with_copies(list(articles), copies, seed)
        if planted is not None:
            stems = {a.index: a.stem for a in articles}
            planted.write_text(
                json.dumps([[stems[i] for i in g] for g in groups], indent=0) + "\n",
                encoding="utf-8",
            )
    for article in articles:
        for name, text in render_raw(article).items():
            (out / name).write_text(text, encoding="utf-8")
        if stock is not None:
            name, text = render_stock(article)
            (stock / name).write_text(text, encoding="utf-8")
        counts[article.fmt] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument(
        "--out", type=Path, required=True, help="archive content folder"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--stock", type=Path, help="also write plain Pelican Markdown here"
    )
    parser.add_argument(
        "--copies", type=float, default=0.0,
        help="share of articles that get 1-3 syndicated copies (0 = none)",
    )  # fmt: skip
    parser.add_argument(
        "--planted", type=Path, help="write the planted story groups here (JSON)"
    )
    args = parser.parse_args(argv)
    counts = write_corpus(
        args.out, args.n, args.seed, args.stock, copies=args.copies,
        planted=args.planted,
    )  # fmt: skip
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    sys.stderr.write(f"corpus: {args.n} articles in {args.out} ({summary})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
