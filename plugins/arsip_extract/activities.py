"""Activity types of an article, as ids from ``arsip_core.model.ACTIVITIES``."""

from __future__ import annotations

import re

from arsip_core.model import ACTIVITIES
from arsip_extract.lead import compile_led
from arsip_extract.screen import can_screen

_W = r"(?:[\w.,-]+\s+){0,4}"  # up to four words between a verb and its object
# Guarding a place (an office): being there, not passing by on a patrol.
_GUARD_VERB = (
    r"(?:pengamanan|mengamankan|amankan|diamankan|menjaga|jaga|berjaga|dijaga|penjagaan"
    r"|bersiaga|siaga|disiagakan|ditempatkan|bertugas|sterilisasi|mensterilkan|memantau"
    r"|pantau)"
)
_OFFICE = (
    r"(?:kantor|gedung|mako|sekretariat)\s+(?:komisi\s+pemilihan\s+umum|KPU|KPUD"
    r"|Bawaslu|badan\s+pengawas\s+pemilu|Panwaslu|penyelenggara\s+pemilu)"
)
_SECURE_VERB = (
    r"(?:pengamanan|mengamankan|amankan|diamankan|menjaga|jaga|berjaga|dijaga|penjagaan"
    r"|mengawal|kawal|dikawal|pengawalan|ditempatkan|disiagakan|bertugas|memantau"
    r"|pantau|meninjau|tinjau)"
)

# (activity, pattern) read per sentence. A table, not branches: adding a variant is
# adding a row.
RULES: tuple[tuple[str, str], ...] = (
    ("apel", r"\bapel\b|gelar\s+pasukan|pengecekan\s+(?:pasukan|personel|kesiapan)"),
    ("patroli", r"\b(?:ber)?patroli\b"),
    (
        "pengamanan-kampanye",
        # A public debate is one of the campaign's methods.
        rf"\b{_SECURE_VERB}\s+{_W}(?:kampanye|debat\s+(?:publik|kandidat|terbuka|paslon"
        r"|calon))\b|lokasi\s+kampanye|rapat\s+umum"
        r"|\bkampanye\s+(?:tatap\s+muka|akbar|terbuka|rapat\s+umum|dialogis)",
    ),
    (
        "pengamanan-kantor-kpu-bawaslu",
        # Guarded, not only visited on a patrol: a guarding word before or after.
        # A patrol held at the office counts; one passing by does not.
        rf"\b{_GUARD_VERB}\s+(?:[\w.,()-]+\s+){{0,9}}?{_OFFICE}"
        rf"|\b(?:ber)?patroli\s+di\s+{_OFFICE}"
        rf"|{_OFFICE}\s+(?:[\w.]+\s+){{0,5}}"
        r"(?:dijaga|diamankan|dijaga\s+ketat|disterilkan)\b",
    ),
    (
        "pengamanan-tps",
        rf"\b{_SECURE_VERB}\s+{_W}(?:TPS|tempat\s+pemungutan\s+suara|PSU"
        r"|pemungutan\s+suara\s+ulang)\b"
        # Securing the vote itself is securing its polling stations.
        # (the verb: "Backup Pengamanan Pemungutan Suara" names a purpose)
        r"|\b(?:mengamankan|amankan)\s+(?:jalannya\s+|proses\s+)?"
        r"(?:pelaksanaan\s+)?pemungutan\s+suara\b"
        r"|\b(?:TPS|PSU)\s+(?:\w+\s+){0,3}(?:dijaga|diamankan|dikawal)\b",
    ),
    (
        "pengamanan-rekapitulasi",
        rf"\b{_SECURE_VERB}\s+{_W}(?:rapat\s+)?(?:pleno|rekapitulasi)\b|\bpleno\b"
        # The count above the TPS (at the PPK) is the first step of the recount.
        rf"|\b{_SECURE_VERB}\s+{_W}(?:proses\s+)?(?:penghitungan|perhitungan|hitung)"
        r"\s+(?:\w+\s+){0,4}(?:tingkat\s+kecamatan|PPK)\b",
    ),
    (
        "simulasi-sispamkota",
        r"sispamkota|sistem\s+pengamanan\s+(?:\(sispam\)\s+)?kota|sispam\)?\s+kota"
        r"|\bsimulasi\s+(?:pengamanan|keamanan|sispam)\s+(?:pemilu|pilkada|tps|dalam)",
    ),
    # The KPU's logistics warehouse, guarded where the ballots are kept and folded.
    (
        "pengamanan-gudang-logistik",
        # Not the start of a trip: "mengawal logistik dari gudang KPU" is an escort.
        rf"\b{_SECURE_VERB}\s+{_W}(?<!dari\s)(?<!keluar\s)gudang\b"
        r"|\bgudang\s+(?:\w+\s+){0,6}(?:dijaga|diamankan|dipantau)\b",
    ),
    # Ballots, boxes and forms escorted on their way (distribution and return).
    (
        "pengawalan-logistik",
        rf"\b(?:mengawal|kawal|dikawal|pengawalan|mengamankan|pengamanan)\s+{_W}"
        r"(?:logistik|kotak\s+suara|surat\s+suara|distribusi|pendistribusian"
        r"|pergeseran)\b"
        r"|\b(?:logistik|kotak\s+suara|surat\s+suara|pengiriman|distribusi"
        r"|pendistribusian)\s+(?:\w+\s+){0,4}dikawal\b",
    ),
)
# Words every match of a rule contains (lower case): a sentence without any of them
# cannot match, and a substring test is far cheaper than the rule's regex.
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "apel": ("apel", "gelar", "pengecekan"),
    "patroli": ("patroli",),
    "pengamanan-kampanye": ("kampanye", "debat", "rapat"),
    "pengamanan-kantor-kpu-bawaslu": ("kantor", "gedung", "mako", "sekretariat"),
    "pengamanan-tps": ("tps", "tempat", "psu", "pemungutan"),
    "pengamanan-rekapitulasi": ("pleno", "rekapitulasi", "hitung"),
    "simulasi-sispamkota": ("sispam", "sistem", "simulasi"),
    "pengamanan-gudang-logistik": ("gudang",),
    "pengawalan-logistik": (
        "logistik",
        "kotak",
        "surat",
        "distribusi",
        "pergeseran",
        "pengiriman",
    ),  # fmt: skip
}
_COMPILED = tuple(
    (act, compile_led(p, re.IGNORECASE), _KEYWORDS[act]) for act, p in RULES
)
# Words that name a thing, not a deed: "kapal patroli", "alat peraga kampanye".
_NOT_A_DEED_WORDS = ("patroli", "kampanye", "personel", "tps", "pemungutan", "psu")
_NOT_A_DEED = compile_led(
    r"(?:"
    r"\b(?:kapal|mobil|kendaraan|motor|perahu|speedboat|pos)\s+patroli\b"
    r"|\b(?:menyiapkan|menempatkan|menyiagakan|disiagakan|disiapkan)\s+tim\s+patroli\b"
    r"|\balat\s+peraga\s+kampanye\b|\btim\s+kampanye\b|\bmasa\s+kampanye\b"
    r"|\bpersonel\s+pengamanan\b"  # a role ("personel pengamanan TPS"), not a deed
    # TPS duty as the purpose of what is reported ("apel ... guna mendukung Polres
    # dalam pengamanan TPS", "720 personel digeser untuk memperkuat pengamanan TPS").
    r"|\b(?:guna|rangka|membantu|memperkuat|mendukung|ditugaskan|pemetaan|pola"
    r"|latihan|simulasi)\s+(?:\w+\s+){0,3}?(?:pengamanan|mengamankan|amankan|menjaga"
    r"|jaga)\s+(?:[\w()]+\s+){0,4}?(?:TPS|tempat\s+pemungutan\s+suara|PSU)\b"
    r")",
    re.IGNORECASE,
)
# A paragraph that lays out plans ("strategi ... yang akan diterapkan") reports no deed.
_PLAN = compile_led(
    r"\b(?:strategi|rencana|akan\s+diterapkan|nantinya|pemetaan)\b",
    re.I,
)
# Drills and apels are held now even when they ready what will happen later.
_HELD_NOW = frozenset({"apel", "simulasi-sispamkota"})
# An apel that sends the troops out (pergeseran, pelepasan): the posts they go to are
# the plan, not a deed reported.
_DEPLOYMENT_APEL = compile_led(
    r"\b(?:pergeseran|pergesaran|pelepasan|pemberangkatan|serpas)\b"
    r"|\bapel\s+(?:\w+\s+){0,3}BKO\b",
    re.I,
)
# Sentences about what will happen or what is being readied.
_FUTURE = compile_led(
    r"(?:"
    r"\b(?:akan|bakal)\b"
    r"|\b(?:siap|siapkan|kesiapan|disiapkan|menyiapkan|bersiap|persiapan)\b"
    # Orders and reminders are not deeds either.
    r"|\b(?:wajib|harus|diminta|hendaknya|berpesan|meminta|memerintahkan"
    r"|menginstruksikan|mengingatkan|mengimbau|menekankan)\b"
    r")",
    re.I,
)
_SENTENCE = compile_led(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n")


def find_activities(title: str | None, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Activity ids in the canonical order; ``lainnya`` when none is recognised."""
    found: set[str] = set()
    for paragraph in ((title,) if title else ()) + tuple(paragraphs):
        plan = bool(_PLAN.search(paragraph))
        screen = can_screen(paragraph)
        for sentence in _SENTENCE.split(paragraph):
            low = sentence.lower()
            deed = sentence
            if not screen or any(map(low.__contains__, _NOT_A_DEED_WORDS)):
                deed = _NOT_A_DEED.sub(" ", sentence)
                low = deed.lower()
            future: bool | None = None  # read only when a rule other than apel may hit
            for act, pattern, words in _COMPILED:
                if act in found or (screen and not any(map(low.__contains__, words))):
                    continue
                if act not in _HELD_NOW:
                    if future is None:
                        future = plan or bool(_FUTURE.search(sentence))
                    if future:
                        continue
                if pattern.search(deed):
                    found.add(act)
    if "apel" in found and _DEPLOYMENT_APEL.search(
        "\n".join(((title,) if title else ()) + tuple(paragraphs[:2]))
    ):
        found.discard("pengamanan-tps")
    if "pengamanan-rekapitulasi" in found:
        # A pleno sits in the KPU office: guarding the office is guarding the pleno.
        found.discard("pengamanan-kantor-kpu-bawaslu")
    return tuple(a for a in ACTIVITIES if a in found) or ("lainnya",)
