"""Activity types of an article, as ids from ``arsip_core.model.ACTIVITIES``."""

from __future__ import annotations

import re
from datetime import date, timedelta

from arsip_core.gazetteer import Election
from arsip_core.model import ACTIVITIES
from arsip_extract.lead import compile_led
from arsip_extract.screen import can_screen

# Up to four words between a verb and its object, never across "jelang" or "usai":
# "Amankan Deklarasi Damai Jelang PSU" guards the declaration, not the re-vote.
_W = r"(?:(?!(?:jelang|menjelang|usai|pasca)\b)[\w.,-]+\s+){0,4}"
# Guarding a place (an office): being there, not passing by on a patrol.
_GUARD_VERB = (
    r"(?:pengamanan|mengamankan|amankan|diamankan|menjaga|jaga|berjaga|dijaga|penjagaan"
    r"|bersiaga|siaga|disiagakan|ditempatkan|bertugas|sterilisasi|mensterilkan|memantau"
    r"|pantau|pam)"
)
_OFFICE = (
    r"(?:kantor|gedung|mako|sekretariat|area|kawasan|lingkungan|halaman)\s+"
    r"(?:komisi\s+pemilihan\s+umum|KPU|KPUD"
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
    (
        "apel",
        # Checking the personnel's readiness alone is no apel: a visit checks them.
        r"\bapel\b|gelar\s+pasukan|pengecekan\s+pasukan"
        # A send-off of the troops is held as an apel (upacara pelepasan).
        r"|\b(?:upacara|acara)\s+pelepasan\b|\bpelepasan\s+(?:personel|pasukan)\b"
        r"|\bmelepas\s+(?:\w+\s+){0,2}(?:pergeseran|keberangkatan|personel|pasukan)\b",
    ),
    ("patroli", r"\b(?:ber)?patroli\b"),
    (
        "pengamanan-kampanye",
        # A public debate is one of the campaign's methods.
        rf"\b{_SECURE_VERB}\s+{_W}(?:kampanye|debat\s+(?:publik|kandidat|terbuka|paslon"
        r"|calon))\b|lokasi\s+kampanye|rapat\s+umum"
        r"|\bkampanye\s+(?:tatap\s+muka|akbar|terbuka|rapat\s+umum|dialogis)"
        # The peace declaration opens the campaign.
        rf"|\b{_SECURE_VERB}\s+(?:[\w.,-]+\s+){{0,2}}deklarasi\s+(?:\w+\s+){{0,2}}damai\b",
    ),
    (
        "pengamanan-kantor-kpu-bawaslu",
        # Guarded, not only visited on a patrol: a guarding word before or after.
        # A patrol held at the office counts; one passing by does not.
        rf"\b{_GUARD_VERB}\s+(?:[\w.,()-]+\s+){{0,13}}?{_OFFICE}"
        rf"|\b(?:ber)?patroli\s+di\s+{_OFFICE}"
        rf"|{_OFFICE}\s+(?:[\w.]+\s+){{0,5}}"
        r"(?:dijaga|diamankan|dijaga\s+ketat|disterilkan)\b",
    ),
    (
        "pengamanan-tps",
        # Keeping the vote calm ("menjaga kondusifitas pelaksanaan PSU") is a goal.
        rf"\b{_SECURE_VERB}\s+(?!(?:kondusifitas|kondusivitas|situasi|suasana"
        r"|kelancaran|netralitas)\b)"
        rf"{_W}(?:TPS|tempat\s+pemungutan\s+suara|PSU"
        r"|pemungutan\s+suara\s+ulang)\b"
        # Securing the vote itself is securing its polling stations.
        # (the verb: "Backup Pengamanan Pemungutan Suara" names a purpose)
        r"|\b(?:mengamankan|amankan)\s+(?:jalannya\s+|proses\s+)?"
        r"(?:pelaksanaan\s+)?pemungutan\s+suara\b"
        r"|\b(?:TPS|PSU)\s+(?:[\w.]+\s+){0,3}(?:dijaga|diamankan|dikawal"
        r"|(?:telah|sudah)\s+(?:kami|kita)\s+(?:jaga|amankan|kawal))\b",
    ),
    (
        "pengamanan-rekapitulasi",
        rf"\b{_SECURE_VERB}\s+{_W}(?:rapat\s+)?(?:pleno|rekapitulasi)\b|\bpleno\b"
        # The count above the TPS (at the PPK) is the first step of the recount.
        rf"|\b{_SECURE_VERB}\s+{_W}(?:proses\s+)?(?:penghitungan|perhitungan|hitung)"
        r"\s+(?:\w+\s+){0,4}(?:tingkat\s+kecamatan|PPK)\b"
        # Ballot boxes kept at the kecamatan after the count wait for the recount.
        rf"|\b{_GUARD_VERB}\b[^.]{{0,120}}?\bpenyimpanan\s+kotak\s+suara\s+"
        r"(?:\w+\s+){0,3}?(?:tingkat\s+kecamatan|PPK)\b",
    ),
    (
        "simulasi-sispamkota",
        r"sispamkota|sistem\s+pengamanan\s+(?:\(sispam\)\s+)?kota|sispam\)?\s+kota"
        r"|\bsimulasi\s+(?:pengamanan|keamanan|sispam)\s+(?:pemilu|pilkada|tps|dalam)"
        # A Tactical Floor Game rehearses the security plan on a map; a riot-control
        # drill rehearses handling a crowd.
        r"|\btactical\s+floor\s+game\b|\bTFG\b|\bsimulasi\s+(?:penanganan|pengendalian)\b",
    ),
    # The KPU's logistics warehouse, guarded where the ballots are kept and folded.
    (
        "pengamanan-gudang-logistik",
        # Not the start of a trip: "mengawal logistik dari gudang KPU" is an escort.
        rf"\b{_SECURE_VERB}\s+{_W}(?<!dari\s)(?<!keluar\s)gudang\b"
        r"|\bgudang\s+(?:\w+\s+){0,6}(?:dijaga|diamankan|dipantau)\b"
        # A police check of the warehouse and its guard post count too.
        r"|\b(?:kunjungan\w*|berkunjung|meninjau|peninjauan|mengecek|pengecekan|sidak"
        r"|pemantauan)\s+(?:[\w.,-]+\s+){0,4}?(?:ke\s+|di\s+)?gudang\b"
        r"|\bpos\s*(?:pam|pengamanan)\s+(?:[\w.,-]+\s+){0,3}?gudang\b",
    ),
    # Ballots, boxes and forms escorted on their way (distribution and return).
    (
        "pengawalan-logistik",
        # "pengamanan di gudang logistik" guards the warehouse, "pengamanan TPS dan
        # kotak suara" the polling station: no escort.
        r"\b(?:mengawal|kawal|dikawal|pengawalan|mengamankan|pengamanan)\s+"
        r"(?:(?!(?:gudang|jelang|menjelang|TPS)\b)[\w.,-]+\s+){0,4}"
        r"(?:logistik|kotak\s+suara|surat\s+suara|bilik\s+suara|distribusi"
        r"|pendistribusian|pergeseran|kedatangan|dokumen|formulir)\b"
        r"|\b(?:logistik|kotak\s+suara|surat\s+suara|pengiriman|distribusi"
        r"|pendistribusian)\s+(?:\w+\s+){0,4}dikawal\b"
        # "Logistik ... telah didistribusikan dengan pengawalan ketat".
        r"|\b(?:logistik|kotak\s+suara|surat\s+suara)\b[^.]{0,80}?\b(?:dengan"
        r"|mendapat|mendapatkan)\s+pengawalan\b",
    ),
)
# Words every match of a rule contains (lower case): a sentence without any of them
# cannot match, and a substring test is far cheaper than the rule's regex.
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "apel": ("apel", "gelar", "pengecekan", "pelepasan", "melepas"),
    "patroli": ("patroli",),
    "pengamanan-kampanye": ("kampanye", "debat", "rapat", "deklarasi"),
    "pengamanan-kantor-kpu-bawaslu": (
        "kantor",
        "gedung",
        "mako",
        "sekretariat",
        "area",
        "kawasan",
        "lingkungan",
        "halaman",
    ),
    "pengamanan-tps": ("tps", "tempat", "psu", "pemungutan"),
    "pengamanan-rekapitulasi": ("pleno", "rekapitulasi", "hitung", "penyimpanan"),
    "simulasi-sispamkota": ("sispam", "sistem", "simulasi", "tfg", "tactical"),
    "pengamanan-gudang-logistik": ("gudang",),  # fmt: skip
    "pengawalan-logistik": (
        "logistik",
        "kotak",
        "surat",
        "bilik",
        "kedatangan",
        "dokumen",
        "formulir",
        "distribusi",
        "pergeseran",
        "pengiriman",
    ),  # fmt: skip
}
_COMPILED = tuple(
    (act, compile_led(p, re.IGNORECASE), _KEYWORDS[act]) for act, p in RULES
)
# Words that name a thing, not a deed: "kapal patroli", "alat peraga kampanye".
_NOT_A_DEED_WORDS = (
    "patroli",
    "kampanye",
    "personel",
    "personil",
    "tps",
    "pemungutan",
    "psu",
    "pleno",
)
_NOT_A_DEED = compile_led(
    r"(?:"
    r"\b(?:kapal|mobil|kendaraan|motor|perahu|speedboat|pos)\s+(?:[\w-]+\s+){0,3}?"
    r"patroli\b"
    # A pleno already held, or its result, is not guarded here.
    r"|\b(?:pasca|setelah|usai|seusai|sesudah)\s+(?:pelaksanaan\s+)?(?:rapat\s+)?pleno\b"
    r"|\bhasil\s+(?:rapat\s+)?pleno\b"
    r"|\b(?:menyiapkan|menempatkan|menyiagakan|disiagakan|disiapkan)\s+tim\s+patroli\b"
    r"|\balat\s+peraga\s+kampanye\b|\btim\s+kampanye\b|\bmasa\s+kampanye\b"
    r"|\bperson[ei]l\s+pengamanan\b"  # a role ("personel pengamanan TPS"), not a deed
    # TPS duty as the purpose of what is reported ("apel ... guna mendukung Polres
    # dalam pengamanan TPS", "720 personel digeser untuk memperkuat pengamanan TPS").
    r"|\b(?:guna|rangka|membantu|memperkuat|mendukung|ditugaskan|pemetaan|pola"
    r"|latihan|simulasi)\s+(?:\w+\s+){0,3}?(?:pengamanan|mengamankan|amankan|menjaga"
    r"|jaga)\s+(?:[\w()]+\s+){0,4}?(?:TPS|tempat\s+pemungutan\s+suara|PSU"
    r"|pemungutan\s+suara\s+ulang)\b"
    r")",
    re.IGNORECASE,
)
# A paragraph that lays out plans ("strategi ... yang akan diterapkan") reports no deed.
_PLAN = compile_led(
    r"\b(?:strategi|rencana|akan\s+diterapkan|nantinya|pemetaan)\b",
    re.I,
)
# Drills and apels are held now even when they ready what will happen later...
_HELD_NOW = frozenset({"apel", "simulasi-sispamkota"})
# ... unless the sentence plans the drill or apel itself ("akan melaksanakan apel",
# "simulasi sispamkota direncanakan berlangsung Sabtu").
_HELD_LATER = compile_led(
    r"\b(?:akan|bakal|direncanakan|dijadwalkan|rencananya)\s+(?:[\w()-]+\s+){0,3}?"
    r"(?:apel|simulasi|sispam\w*|gelar\s+pasukan)\b"
    r"|\b(?:apel|simulasi|sispam\w*|gelar\s+pasukan)\b[^.,;]{0,60}?\b(?:direncanakan"
    r"|dijadwalkan|akan\s+(?:digelar|dilaksanakan|berlangsung|dilakukan))\b",
    re.I,
)
# A drill is named by what it rehearses: read it before the not-a-deed cuts
# ("TFG simulasi pengamanan TPS").
_WHOLE_SENTENCE = frozenset({"simulasi-sispamkota"})
# A guarded office and the KPU's warehouse named in one list are guarded together
# ("pengamanan di Kantor KPU, Gudang Logistik KPU dan Bawaslu").
_LIST_MATES = {
    "pengamanan-kantor-kpu-bawaslu": (
        "pengamanan-gudang-logistik",
        compile_led(r"\bgudang\s+(?:logistik|penyimpanan|KPU)\b", re.I),
    ),
    "pengamanan-gudang-logistik": (
        "pengamanan-kantor-kpu-bawaslu",
        compile_led(r"\b(?:kantor|gedung)\s+(?:KPU|Bawaslu)\b", re.I),
    ),
}
# "Sebelumnya diberitakan, ...": from here the story retells an earlier report.
_RETOLD = re.compile(
    r"\s*(?:sebelumnya(?:\s+telah)?\s+diberitakan|seperti\s+(?:telah\s+)?diberitakan"
    r"|diberitakan\s+sebelumnya)\b",
    re.IGNORECASE,
)
# A photo caption shows a moment; the story's deeds are told in its paragraphs.
_CAPTION = re.compile(r"(?:FOTO|Foto|foto|Keterangan\s+foto)\s*:")
# A sispamkota drill plays out the scenario (patrols, guarding the KPU office, the
# TPS, the campaign): those are the drill, not deeds of their own.
_DRILL_SCENARIO = frozenset(
    {
        "patroli",
        "pengamanan-kampanye",
        "pengamanan-kantor-kpu-bawaslu",
        "pengamanan-tps",
        "pengamanan-rekapitulasi",
        "pengamanan-gudang-logistik",
        "pengawalan-logistik",
    }
)
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
    r"\b(?:akan|mendatang|nanti|besok|lusa|rencananya|direncanakan|dijadwalkan"
    r"|ke\s?depan)\b|\btugas\s+(?:berikutnya|selanjutnya)\b"
    r"|\bbakal\b(?!\s+(?:calon|pasangan|paslon)\b)"
    r"|\b(?:siap|siapkan|kesiapan|disiapkan|menyiapkan|bersiap|persiapan)\b"
    # Orders and reminders are not deeds either, nor a quoted command ("Lakukan
    # pengawalan logistik dari PPK ke TPS," tegasnya).
    r"|\b(?:wajib|harus|diminta|hendaknya|berpesan|meminta|memerintahkan|tugasnya"
    r"|menginstruksikan|mengingatkan|mengimbau|menekankan|arahan)\b"
    r"|^\s*[\"“]\s*(?:Lakukan|Laksanakan|Lakukanlah|Jaga|Jagalah|Pastikan|Kawal"
    r"|Amankan|Jangan|Tolong|Segera|Berikan)\b"
    r")",
    re.I,
)
_SENTENCE = compile_led(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n")


def find_activities(title: str | None, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Activity ids in the canonical order; ``lainnya`` when none is recognised."""
    found: set[str] = set()
    for paragraph in ((title,) if title else ()) + tuple(paragraphs):
        if _CAPTION.match(paragraph):
            continue
        if _RETOLD.match(paragraph):
            break
        plan = bool(_PLAN.search(paragraph))
        screen = can_screen(paragraph)
        for sentence in _SENTENCE.split(paragraph):
            low = whole = sentence.lower()
            deed = sentence
            if not screen or any(map(low.__contains__, _NOT_A_DEED_WORDS)):
                deed = _NOT_A_DEED.sub(" ", sentence)
                low = deed.lower()
            future: bool | None = None  # read only when a rule other than apel may hit
            later: bool | None = None  # the apel or drill itself planned
            for act, pattern, words in _COMPILED:
                if act in found:
                    continue
                if screen and not any(
                    map((whole if act in _WHOLE_SENTENCE else low).__contains__, words)
                ):
                    continue
                if act not in _HELD_NOW:
                    if future is None:
                        future = plan or bool(_FUTURE.search(sentence))
                    if future:
                        continue
                elif pattern.search(sentence if act in _WHOLE_SENTENCE else deed):
                    if later is None:
                        later = bool(_HELD_LATER.search(sentence))
                    if not later:
                        found.add(act)
                    continue
                if pattern.search(deed):
                    found.add(act)
                    mate = _LIST_MATES.get(act)
                    if mate and mate[1].search(deed):
                        found.add(mate[0])
    # Wherever the story names it ("kata Kapolres saat Apel Pergeseran ...").
    if "apel" in found and _DEPLOYMENT_APEL.search(
        "\n".join(((title,) if title else ()) + tuple(paragraphs))
    ):
        found.discard("pengamanan-tps")
    if "simulasi-sispamkota" in found:
        found -= _DRILL_SCENARIO
    if "pengamanan-rekapitulasi" in found:
        # A pleno sits in the KPU office: guarding the office is guarding the pleno.
        found.discard("pengamanan-kantor-kpu-bawaslu")
    return tuple(a for a in ACTIVITIES if a in found) or ("lainnya",)


# The polls open on the voting day; personnel move to their TPS the day before.
_TO_THE_POLLS = timedelta(days=1)
_RUN_UP = timedelta(days=365)


# Undated, the text itself may say the vote is still ahead ("jelang pencoblosan",
# "Pilkada yang akan digelar", "pemungutan suara 27 November mendatang")...
_VOTE = r"(?:pemungutan\s+suara|pencoblosan|PSU|Pilkada|Pemilu)"
_VOTE_AHEAD = compile_led(
    r"\b(?:menjelang|jelang)\s+(?:hari\s+)?(?:pemungutan\s+suara|pencoblosan"
    r"|pemilihan|hari\s+H|PSU|Pilkada|Pemilu|pelaksanaan\s+pemungutan)\b"
    rf"|\b{_VOTE}\b[^.,;]{{0,80}}?\b(?:akan\s+(?:digelar|dilaksanakan|berlangsung)"
    r"|mendatang|lusa|besok)\b",
    re.I,
)
# ... unless it also says the vote is over.
_VOTE_OVER = compile_led(
    rf"\b(?:usai|pasca|setelah|selesai)\s+(?:\w+\s+){{0,2}}{_VOTE}"
    r"|\btelah\s+(?:usai|selesai|berlangsung)\b",
    re.I,
)


def before_the_polls(
    activities: tuple[str, ...],
    when: date | None,
    election: Election | None,
    text: str = "",
) -> tuple[str, ...]:
    """``activities`` without TPS security when the story is well before the vote.

    Before the voting day of the election the story is about, guarding the polling
    stations can only be the plan an apel or a deployment prepares ("Kerahkan 600
    Personel Amankan TPS" on 25 November). Undated, or after the voting day (the
    season of the re-votes, whose days the calendar does not hold), ``text`` decides:
    it says the vote is ahead and never that it is over.
    """
    if "pengamanan-tps" not in activities:
        return activities
    vote = election.voting_day if election else None
    if when is None or (vote is not None and when > vote + _TO_THE_POLLS):
        if not _VOTE_AHEAD.search(text) or _VOTE_OVER.search(text):
            return activities
    elif vote is None or not vote - _RUN_UP <= when < vote - _TO_THE_POLLS:
        return activities
    return tuple(a for a in activities if a != "pengamanan-tps") or ("lainnya",)
