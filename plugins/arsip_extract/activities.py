"""Activity types of an article, as ids from ``arsip_core.model.ACTIVITIES``."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from arsip_core.gazetteer import Election
from arsip_core.model import ACTIVITIES
from arsip_extract import activity_rank
from arsip_extract.lead import compile_led, compile_scan, literal_prefixes
from arsip_extract.prefilter import Screened, Words
from arsip_extract.screen import can_screen, screened_lower

# Guarded, said of the object named first: the passive of each guarding root (jaga,
# aman, kawal), "dijaga ketat", "diamankan", "dikawal", "terkawal", and its noun given
# to the object, "mendapat / diberi / memperoleh / menerima pengawalan", "di bawah
# penjagaan aparat", "(tetap) dalam penjagaan ketat polisi" (with its manner or doer:
# "terlibat dalam pengawalan surat suara" is a part taken in it, said of the doer).
# (the prefix may be written apart: "tetap di kawal petugas", "Di Jaga Ketat")
_GUARDED_PASSIVE = (
    r"(?:di\s?jaga|di\s?amankan|di\s?kawal|terkawal|(?:mendapat(?:kan)?|di\s?beri(?:kan)?"
    r"|memperoleh|menerima)\s+"
    r"(?:penjagaan|pengamanan|pengawalan)|di\s*bawah\s+(?:penjagaan|pengamanan"
    r"|pengawalan)|dalam\s+(?:penjagaan|pengamanan|pengawalan)\s+(?=(?:ketat|aparat"
    r"|personel|personil|polisi|petugas|anggota|pihak|TNI|Polri|Brimob|Pol(?:res|sek"
    r"|resta|da)\w*)\b)"
    # (the guard's noun given by the police: "mendapat pengawasan Bawaslu serta
    # pengamanan dari personel Polres")
    r"|(?:penjagaan|pengamanan|pengawalan)\s+(?:ketat\s+)?(?:dari|oleh)\s+(?:\w+\s+){0,2}?"
    r"(?:personel|personil|polisi|kepolisian|aparat|anggota|TNI|Polri|Brimob"
    r"|Pol(?:res|sek|resta|da)\w*)\b)"
)
# A word a gap between a verb and its place may not be: the span's end before or
# after another event ("jelang pendaftaran", "usai pleno"), or a span's end ("tetap
# memantau hingga semua kotak suara sampai di KPU" watches the boxes on their way,
# not the office).
_NOT_ACROSS = r"(?!(?:jelang|menjelang|usai|pasca|hingga|sampai)\b)"
# Up to four words between a verb and its object, never across "jelang" or "usai":
# "Amankan Deklarasi Damai Jelang PSU" guards the declaration, not the re-vote.
# ("keamanan dan ketertiban" is what is kept: "menjaga keamanan dan ketertiban dalam
# pelaksanaan rapat pleno" guards the pleno)
# (nor do manner words count: "menjaga secara ketat gudang")
_W = (
    r"(?:secara\s+\w+\s+|dengan\s+ketat\s+)?"
    r"(?:(?:keamanan|ketertiban|kamtibmas)\s+(?:dan\s+(?:keamanan|ketertiban)\s+)?)?"
    # (nor across the end of a span: "menjaga gudang logistik KPU hingga pleno
    # selesai" guards the warehouse, up to the pleno)
    rf"(?:{_NOT_ACROSS}(?:[\w.,-]+|\(pam\))\s+){{0,4}}"
)
# Guarding a place (an office): being there, not passing by on a patrol.
_GUARD_VERB = (
    r"(?:pengamanan|mengamankan|amankan|diamankan|menjaga|jaga|berjaga|dijaga|penjagaan"
    r"|bersiaga|siaga|disiagakan|menyiagakan|ditempatkan|menempatkan|penempatan"
    r"|bertugas"
    # (the bare verb of a doer put first: "kami tempatkan personel di gudang")
    r"|tempatkan|siagakan"
    # ("standby" as it is often written: "stand by", "stand-by", "stanby", "stand bay")
    r"|sterilisasi|mensterilkan|memantau|pantau|pam|stand\s?-?\s?b(?:y|ay)|stanby)"
)
_OFFICE = (
    # (one place in another: "halaman kantor KPU", "area gedung Bawaslu")
    r"(?:(?:kantor|gedung|mako|sekretariat|area|kawasan|lingkungan|halaman)\s+){1,2}"
    # (the office and the warehouse of one body: "kantor serta gudang KPU")
    r"(?:(?:dan|serta)\s+gudang\s+(?:logistik\s+)?)?"
    # (another election body's office listed first under the same noun: "Kantor
    # PPK, KPU dan Bawaslu", "kantor Panitia Pemilihan Kecamatan (PPK), Komisi ...")
    r"(?:(?:PPK|PPS|Panwascam|panitia\s+pemilihan\s+(?:kecamatan|kabupaten))"
    r"(?:\s+\(\w+\))?\s*(?:,|dan|serta)\s*)?"
    r"(?:komisi\s+pemilihan\s+umum|KPU|KPUD"
    # (the watchdog written out either way: "Badan Pengawas Pemilu", "Badan Pengawas
    # Pemilihan Umum")
    r"|Bawaslu|badan\s+pengawas\s+pemilu|badan\s+pengawas\s+pemilihan\s+umum"
    r"|Panwaslu"
    # (the bodies in general, unless its examples or its level are the kecamatan's:
    # "kantor penyelenggara Pemilu seperti PPK dan Panwascam")
    r"|penyelenggara\s+pemilu\w*(?!\s+(?:seperti|yakni|yaitu|antara\s+lain|tingkat)"
    r"\s+(?:PPK|PPS|Panwas\w*|kecamatan|desa|kelurahan)\b))"
)
_SECURE_VERB = (
    r"(?:pengamanan|mengamankan|amankan|diamankan|menjaga|jaga|berjaga|dijaga|penjagaan"
    r"|mengawal|kawal|dikawal|pengawalan|ditempatkan|menempatkan|disiagakan"
    r"|menyiagakan|bertugas"
    r"|stand\s?-?\s?b(?:y|ay)|stanby"
    r"|memantau|pantau|memonitor|meninjau|tinjau"
    # a sweep of the place secures it ("melakukan sterilisasi ruang rapat pleno")
    r"|sterilisasi|mensterilkan"
    # "PAM" is pengamanan when done ("laksanakan PAM di lima titik kampanye"; "personel
    # yang terlibat dalam PAM TPS" names the task)
    r"|(?<=laksanakan\s)pam|(?<=lakukan\s)pam)"
)
_STAGE_VERB = (
    r"(?:pengamanan|mengamankan|amankan|diamankan|menjaga|jaga|berjaga|dijaga"
    r"|penjagaan|mengawal|kawal|dikawal|pengawalan)"
)
# A stage the KPU holds at its office: candidates' registration, the draw of their
# numbers, their confirmation.
_KPU_STAGE = (
    r"(?:pendaftaran|pengundian|penetapan)\s+(?:[\w()]+\s+){0,3}?(?:calon|paslon"
    r"|bapaslon|bacalon|balon|kandidat|cakada|bacakada|nomor\s+urut"
    # (a legislative vote's candidates and parties: "pendaftaran bacaleg",
    # "pendaftaran partai politik peserta Pemilu")
    r"|bacaleg|caleg|parpol|partai\s+politik|DCS|DCT)\b"
)
# Where around a place a guard stands: "di sekitar gudang", "di pintu masuk gudang".
_AROUND = (
    r"(?:(?:sekitar|seputar(?:an)?|depan|dalam|luar|area|kawasan|lingkungan|lokasi"
    r"|halaman|kompleks|komplek|pintu\s+masuk)\s+){0,2}"
)
# A polling station by its names: "TPS", "tempat / lokasi pemungutan suara", "tempat /
# lokasi pencoblosan", and the long name misspelt ("Tempat Pemilihan Suara").
_TPS = (
    r"(?:TPS|(?:tempat|lokasi)\s+(?:pemungutan\s+suara|pencoblosan|pemilihan\s+suara))"
)
# The vote at the polling stations by its names: "pemungutan suara", "pencoblosan",
# the stage's full name "pemungutan dan penghitungan suara" and the police's short
# "pungut hitung" ("tahap pungut-hitung").
_POLLING = (
    r"(?:pemungutan\s+(?:dan\s+penghitungan\s+)?suara|pencoblosan|coblosan"
    r"|(?:tahap(?:an)?\s+)?pungut(?:\s+|-)hitung)"
)
# A candidate's visit, and the candidates by their names.
_VISIT = r"(?:kedatangan|kunjungan|kunker)"
_CANDIDATE = (
    r"(?:capres|cawapres|cagub|cawagub|cabup|cawabup|cawali|cawawali|paslon"
    r"|pasangan\s+calon|calon\s+(?:wakil\s+)?(?:presiden|gubernur|bupati|wali\s?kota))"
)
# The election commission by its letters or written out.
_KPU = r"(?:KPU\w*|komisi\s+pemilihan\s+umum)"
# The kecamatan's election committee, by its letters or written out.
_PPK = r"(?:PPK|panitia\s+pemilihan\s+kecamatan)"
# The count of the votes above the TPS by its names: "rapat pleno", "rekapitulasi",
# and "rekap" said of the votes ("rekap suara", "rekap hasil penghitungan").
_RECAP = (
    r"(?:pleno|rekapitulasi|rekap(?=\s+(?:suara|hasil|perolehan|penghitungan"
    r"|perhitungan|tingkat|di\s+tingkat)\b)"
    # (or named as the stage it is: "proses rekap", "tahap rekap", "pleno rekap")
    r"|(?:(?<=proses\s)|(?<=tahap\s)|(?<=tahapan\s)|(?<=pleno\s))rekap\b)"
)
# Done by the police, said after a passive: "diawasi personel Polres".
_BY_POLICE = (
    r"\s+(?:oleh\s+)?(?:\w+\s+){0,2}?(?:personel|personil|aparat|polisi|petugas"
    r"|anggota|TNI|Polri|Brimob|Pol(?:res|sek|resta|da)\w*)"
)
# Followed on the road by the police, the escort's other verb: "diiringi personel
# Polres" (a bare "diiringi" is any accompaniment: music, prayers, rain).
_ESCORTED_BY = rf"di\s?iringi{_BY_POLICE}"
# Logistics on the move, and logistics kept in store.
_MOVING = (
    r"(?:distribusi|pendistribusian|pergeseran|pengiriman|pemindahan|pengangkutan"
    r"|kedatangan|penjemputan|pengembalian)"
)
# (and the election's equipment: "perlengkapan pemungutan suara / pemilu"; the
# personnel's own gear, "perlengkapan perorangan", is not)
_LOGISTICS = (
    r"(?:logistik|kotak\s+suara|(?:surat|kertas)\s+suara|bilik\s+suara|dokumen|formulir"
    r"|perlengkapan\s+(?:pemungutan|pemilu\w*|pilkada|pemilihan|pencoblosan|TPS)"
    # (the result forms by their names: "C1 plano", "formulir model C", "D hasil")
    r"|C1(?:\s+plano)?|C\.?\s?hasil|D\.?\s?hasil)"
)
# An event the police story reports as passed off safely was secured: "rapat pleno
# ... berlangsung aman, tertib dan kondusif".
# ("Kami memastikan seluruh rangkaian ... berjalan aman" vouches for it, even after a
# guard; "Personel berjaga dan memastikan ... berlangsung aman" reports it.)
_VOUCHED = compile_led(r"\b(?:kami|kita)\s+(?:memastikan|pastikan)\b", re.I)
# (nor does a purpose, nor anyone's assurance with no guard told before it:
# "koordinasi ... untuk memastikan setiap tahapan PSU berjalan aman" aims at it,
# "Polda memastikan penyelenggaraan debat ... berjalan aman" vouches for it, however
# many words stand between the verb and the event)
_ENSURES = compile_led(r"\b(?:memastikan|menjamin|pastikan)\b", re.I)
# (unless a guard done earlier in the sentence is what aims at it: "sudah melakukan
# sterilisasi di lokasi ... guna memastikan pelaksanaan debat berjalan aman")
_AIM_OF_GUARD = compile_scan(
    r"\b(?:pengamanan|mengamankan|penjagaan|menjaga|berjaga|pengawalan|mengawal"
    r"|sterilisasi|mensterilkan|disiagakan|ditempatkan)\b",
    re.I,
)
# (or seen to: "TPS ... terpantau aman", the police report's word)
_WENT_SAFELY_END = compile_scan(
    r"\b(?:berlangsung|berjalan|terpantau|ter\s+pantau)\s+(?:dengan\s+)?\w+$", re.I
)
# What went safely in the run-up to an event is no guard of the event ("mendekati
# pencoblosan di TPS, suasana di kota berjalan aman").
_RUN_UP_TO = compile_scan(
    r"\b(?:jelang|menjelang|mendekati|sebelum)\s+(?:(?:tahap(?:an)?|hari|pelaksanaan"
    r"|proses|masa)\s+){0,2}$",
    re.I,
)
# (unless what went safely is the guard: "Jelang pemungutan suara, pengamanan TPS
# berjalan kondusif")
_GUARD_NOUN = compile_scan(r"\b(?:pengamanan|penjagaan|pengawalan)\b", re.I)
_WENT_SAFELY = (
    r"[^.]{0,150}?\b(?:berlangsung|berjalan|terpantau|ter\s+pantau)\s+(?:dengan\s+)?"
    r"(?:aman|lancar|tertib"
    r"|kondusif|sukses)\b"
)

# (activity, pattern) read per sentence. A table, not branches: adding a variant is
# adding a row.
RULES: tuple[tuple[str, str] | tuple[str, str, tuple[str, ...]], ...] = (
    (
        "apel",
        # Checking the personnel's readiness alone is no apel: a visit checks them.
        r"\bapel\b|gelar\s+pasukan|pengecekan\s+pasukan"
        # A send-off of the troops is held as an apel (upacara pelepasan).
        # and so is one receiving reinforcements (upacara penyambutan personel BKO).
        # (and one giving the troops their beret: upacara pembaretan)
        r"|\b(?:upacara|acara)\s+(?:pelepasan|penyambutan|penerimaan|pemberangkatan"
        r"|pergeseran"
        r"|pembaretan)\b"
        r"|\bpelepasan\s+(?:person[ei]l|pasukan)\b"
        r"|\bmelepas\s+(?:\w+\s+){0,2}(?:pergeseran|keberangkatan|person[ei]l|pasukan)\b"
        # (the logistics and the force sent off together: "melepas pendistribusian
        # logistik Pilkada dan pergeseran PAM TPS"; the logistics alone are no apel)
        r"|\bmelepas\s+(?:[\w()]+\s+){1,8}?(?:dan|serta|beserta)\s+(?:pergeseran"
        r"|keberangkatan|person[ei]l|pasukan)\b"
        # "serpas" (pergeseran pasukan) is the deployment apel's name.
        r"|\bserpas\b"
        # the same in an English edition ("Force Readiness Parade", "the morning rally")
        r"|\b(?:readiness|troop|troops|force)\s+(?:\w+\s+){0,2}?parade\b"
        r"|\bparade\s+(?:was|is)\s+held\b|\broll\s+call\b"
        r"|\bmorning\s+(?:rally|assembly|ceremony)\b",
    ),
    # (and the loan word in the patrols' English names: "Blue Light Patrol", "Patrol
    # Presisi"; an English edition's "police patrolled")
    ("patroli", r"\b(?:ber)?patroli\b|\bpatrol(?:s|led|ling)?\b"),
    (
        "pengamanan-kampanye",
        # A public debate is one of the campaign's methods.
        # (a campaign named, its kind or its place, is no guard: "kampanye tatap
        # muka", "lokasi kampanye" say what was held or where, not that it was
        # secured)
        # (a campaign by its names: "kampanye", "debat", the rally, "rapat umum", and
        # the small meeting the law names as a campaign's method, "pertemuan terbatas")
        rf"\b{_SECURE_VERB}\s+{_W}(?:kampanye|debat|rapat\s+umum|pertemuan\s+terbatas)\b"
        rf"|\b(?:kampanye|debat)\b{_WENT_SAFELY}"
        # The peace declaration opens the campaign.
        rf"|\b{_SECURE_VERB}\s+(?:[\w.,-]+\s+){{0,2}}deklarasi\s+(?:\w+\s+){{0,2}}damai\b"
        # secured so that the event passes off well ("melakukan pengamanan penuh untuk
        # memastikan deklarasi berjalan aman"), or the event named first ("Capres X
        # melaksanakan kampanye di Banjarmasin, ... memberikan pengawalan")
        rf"|\b{_SECURE_VERB}\b[^.]{{0,40}}?\b(?:untuk|guna)\s+memastikan\s+"
        r"(?:\w+\s+){0,2}?(?:kampanye|debat|deklarasi)\b"
        r"|\bkampanye\b[^.]{0,120}?\b(?:memberikan|melakukan|melaksanakan)\s+"
        r"(?:pengawalan|pengamanan|penjagaan)\b"
        # guarded, said of the event: "debat kandidat di Hotel X dijaga 200 personel"
        r"|\b(?:kampanye|debat|deklarasi|rapat\s+umum|pertemuan\s+terbatas)\s+"
        r"(?:[\w.()-]+\s+){0,10}?"
        rf"(?:{_GUARDED_PASSIVE}|dipantau)\b"
        # A candidate's visit is a campaign's, guarded or escorted ("Kedatangan Calon
        # Presiden ... ke Banjarmasin mendapat pengawalan", "mengawal kunjungan
        # cagub").
        rf"|\b{_SECURE_VERB}\s+(?:\w+\s+){{0,2}}?{_VISIT}\s+(?:[\w()]+\s+){{0,2}}?"
        rf"{_CANDIDATE}\b"
        rf"|\b{_VISIT}\s+(?:[\w()]+\s+){{0,2}}?{_CANDIDATE}\b[^.]{{0,100}}?"
        rf"{_GUARDED_PASSIVE}\b",
    ),
    (
        "pengamanan-kantor-kpu-bawaslu",
        # Guarded, not only visited on a patrol: a guarding word before or after.
        # A patrol held at the office counts; one passing by, or going there, does
        # not (find_activities).
        # A few words apart, or further when the office is where it happens ("Pengamanan
        # Tahap Pencabutan Nomor Urut Paslon ... di Kantor KPU", "pengamanan di
        # sejumlah objek vital, termasuk Kantor KPU"); "... tidak jauh dari kantor KPU"
        # is not guarded.
        # (never across "jelang" or "usai", as _W: "pengamanan mulai diperketat, jelang
        # hari pendaftaran ... di Kantor KPU" puts the registration there, ahead)
        rf"\b{_GUARD_VERB}\s+(?:{_NOT_ACROSS}[\w.,()-]+\s+){{0,4}}?{_OFFICE}"
        rf"|\b{_GUARD_VERB}\s+(?:{_NOT_ACROSS}[\w.,()-]+\s+){{0,13}}?(?:di|termasuk"
        r"|yakni|seperti"
        rf"|meliputi|antara\s+lain|mulai\s+dari)\s+(?:\w+\s+)?{_OFFICE}"
        # the office listed with the other places guarded ("di seluruh lokasi TPS
        # maupun kantor KPU")
        rf"|\b{_GUARD_VERB}\s[^.]{{0,100}}?\bdi\s[^.]{{0,80}}?\b(?:maupun|serta|dan)\s+"
        rf"{_OFFICE}"
        # a patrol held at the office (seed record 004: "berpatroli di Kantor KPUD")
        rf"|\b(?:ber)?patroli\s+di\s+{_OFFICE}"
        # a police check at the office, as at the warehouse ("Cek Kesiapan Personel
        # Pengamanan di Kantor KPU"; a visit alone is not)
        r"|\b(?:cek|mengecek|pengecekan|meninjau|tinjau|peninjauan|sidak|inspeksi"
        rf"|menginspeksi)\s+(?:[\w.,()-]+\s+){{0,5}}?(?:di|ke)\s+(?:\w+\s+)?{_OFFICE}"
        rf"|{_OFFICE}\s+(?:[\w.()]+\s+){{0,9}}"
        # (the force named after the place: "Kantor KPU ... disiagakan 20 personel",
        # "... dikelilingi petugas yang berjaga")
        rf"(?:{_GUARDED_PASSIVE}|disterilkan|dipantau|disiagakan"
        r"|ditempatkan|dikelilingi\s+(?:\w+\s+){0,2}?(?:petugas|personel|personil|polisi"
        r"|aparat))\b"
        # Personnel stationed there now guard it ("personel ... berada di lingkup
        # kantor KPU").
        r"|\b(?:personel|personil|anggota|polisi|petugas\s+kepolisian)\b[^.]{0,80}?"
        rf"\bberada\s+di\s+(?:lingkup\s+|lingkungan\s+|sekitar\s+|dalam\s+)?{_OFFICE}"
        # an English edition: "carried out security ... in front of the KPU office"
        r"|\bsecurity\b[^.]{0,80}?\b(?:in\s+front\s+of|at|around|outside)\s+the\s+"
        rf"(?:[\w.-]+\s+){{0,4}}?(?:{_KPU}|Bawaslu)\s+(?:\w+\s+)?office\b"
        # (or the force put there: "personnel were also alerted at the General
        # Election Commission (KPU)", "closely guarded, including the KPU office")
        r"|\b(?:alerted|stationed|guarded),?\s+(?:\w+\s+){0,2}?(?:at|in|around"
        r"|including)\s+the\s+(?:[\w.-]+\s+){0,4}?(?:\((?:KPU|Bawaslu)\)|(?:KPU"
        r"|Bawaslu)\s+(?:\w+\s+)?office\b)",
    ),
    # The body's name as the place: "satu peleton ditempatkan di KPU dan satu di
    # Bawaslu", "di sela-sela pengamanan di KPU Kapuas Hulu". A row of its own, read
    # where the body is named: most sentences of a story name the KPU, and the other
    # office forms need a place noun.
    (
        "pengamanan-kantor-kpu-bawaslu",
        rf"\b{_GUARD_VERB}\s+(?:{_NOT_ACROSS}[\w.,()-]+\s+){{0,6}}?di\s+"
        # (listed after another place: "pengamanan di gudang logistik, KPU dan Bawaslu")
        r"(?:(?:[\w-]+\s+){0,2}?[\w-]+,\s*)?(?:KPU|KPUD|Bawaslu"
        # (written out: "disiagakan di Komisi Pemilihan Umum Kabupaten X")
        r"|komisi\s+pemilihan\s+umum|badan\s+pengawas\s+pemilu|badan\s+pengawas"
        r"\s+pemilihan\s+umum)\b",
        ("kpu", "kpud", "bawaslu", "komisi", "pengawas"),
    ),
    # Not an id of its own: a KPU stage secured, which is the office's when the story
    # names the office (find_activities).
    # (Guarding words only, guarding the stage: "memantau media sosial selama
    # pendaftaran" and "Jaga Kamtibmas Selama Penetapan Pasangan Calon" keep order.)
    (
        "tahapan-kpu",
        rf"\b{_STAGE_VERB}\s+(?!(?:kamtibmas|keamanan|ketertiban|situasi|suasana"
        r"|kondusifitas|kondusivitas)\b)"
        r"(?:(?!(?:jelang|menjelang|usai|pasca|selama)\b)[\w.,()-]+\s+){0,6}"
        rf"{_KPU_STAGE}"
        # passed off safely, as a campaign or a pleno does in a police story
        # ("pendaftaran sejak hari pertama ... berlangsung kondusif")
        rf"|\b(?:pendaftaran|pengundian)\b{_WENT_SAFELY}",
    ),
    # Not an id of its own either: an escort with no object named ("Pengawalan
    # dilakukan oleh personel Polsek"), the logistics' when the story moves them.
    (
        "pengawalan",
        r"\bpengawalan\s+(?:ketat\s+)?(?:dilakukan|dilaksanakan|oleh|dari)\b"
        r"|\bberkat\s+pengawalan\b",
    ),
    (
        "pengamanan-tps",
        # Keeping the vote calm ("menjaga kondusifitas pelaksanaan PSU") is a goal.
        rf"\b(?:{_SECURE_VERB}|bersiaga|siaga)\s+(?!(?:kondusifitas|kondusivitas|situasi"
        r"|suasana|kelancaran|netralitas)\b)"
        # (nor is a stage of the re-vote its polling: "mengawal tahapan awal PSU")
        r"(?:(?!(?:jelang|menjelang|usai|pasca|dari|ke|menuju|tiba|sampai|tahapan"
        r"|tahap|rangkaian)\b)"
        r"[\w.,-]+\s+){0,4}"
        rf"(?:{_TPS}|PSU|pemungutan\s+suara\s+ulang)\b"
        # Further on when the TPS is where it happens ("Pengamanan dilakukan polisi di
        # semua lokasi TPS").
        # (not where an escort arrives: "hingga tiba di masing-masing TPS")
        # (not past a purpose of another verb: "disiagakan untuk mengantisipasi
        # gangguan di seluruh TPS" is readied for it)
        rf"|\b{_SECURE_VERB}\s(?:(?!(?<=\s)(?:untuk|guna|demi|agar)\s)[^.]){{0,80}}?"
        r"(?<!tiba\s)(?<!sampai\s)\bdi\s+"
        r"(?:[\w-]+\s+){0,3}?"
        rf"{_TPS}\b"
        # Securing the vote itself is securing its polling stations, in any guarding
        # verb ("mengawal proses pemungutan suara", "menjaga jalannya pencoblosan").
        # (the verb: "Backup Pengamanan Pemungutan Suara" names a purpose, and so
        # does the verb after "untuk": "bekerja sama ... untuk mengawal proses
        # pemungutan suara")
        r"|(?<!untuk\s)(?<!guna\s)(?<!demi\s)"
        r"\b(?:mengamankan|amankan|menjaga|jaga|mengawal|kawal)\s+"
        r"(?:jalannya\s+|proses\s+|kegiatan\s+|hari\s+(?:H\s+)?)?"
        rf"(?:pelaksanaan\s+)?{_POLLING}\b"
        # (or the guard's noun after a verb of doing: "melaksanakan pengamanan
        # pemungutan suara", "melakukan penjagaan terhadap proses pencoblosan")
        r"|\b(?:melakukan|melaksanakan|lakukan|laksanakan|dilakukan|dilaksanakan)\s+"
        r"(?:pengamanan|penjagaan|pengawalan|pam)\s+(?:terhadap\s+)?"
        r"(?:jalannya\s+|proses\s+|kegiatan\s+|hari\s+(?:H\s+)?)?"
        rf"(?:pelaksanaan\s+)?{_POLLING}\b"
        # placed at the polling stations ("personel disebar ke seluruh TPS"; before
        # the voting day ``before_the_polls`` takes it back as a plan)
        r"|\b(?:disebar|disebarkan|ditempatkan|diplot\w*)\s+(?:\w+\s+){0,2}?ke\s+"
        r"(?:seluruh\s+|setiap\s+|masing-masing\s+|tiap-tiap\s+|\d+\s+)?"
        rf"{_TPS}\b"
        # (placed or added there: "Polres menambah personel pengamanan di Tempat
        # Pemilihan Suara (TPS) 57", the long name misspelt, its abbreviation after)
        r"|\b(?:menempatkan|tempatkan|menambah|menambahkan|menyiagakan|siagakan)\s+"
        rf"(?:[\w-]+\s+){{0,4}}?di\s+(?:[\w-]+\s+){{0,3}}?\(?{_TPS}\b"
        # personnel there now: "anggota Bhabinkamtibmas sudah berada di lokasi TPS"
        r"|\b(?:personel|personil|anggota|polisi|petugas\s+kepolisian)\b[^.]{0,80}?"
        rf"\bberada\s+di\s+(?:lokasi\s+|sekitar\s+)?{_TPS}\b"
        # A check of the polling stations or of the vote going on ("Kapolda Cek
        # Langsung TPS", "memantau langsung, proses pencoblosan di salah satu TPS").
        r"|\b(?:mengecek|cek|mengunjungi|kunjungi|sidak|memantau|pantau|meninjau"
        r"|tinjau|memonitor|pengecekan|peninjauan|pemantauan"
        # (the police's own visiting words, and the loan word: "menyambangi TPS",
        # "kunjungan ke TPS", "monitoring ke TPS")
        # (and a working visit, a "sambang": "kunjungan kerja ke TPS", "kunker ke
        # TPS", "sambang TPS")
        r"|menyambangi|sambangi|sambang|mendatangi|datangi|kunjungan(?:\s+kerja)?"
        r"|kunker|berkunjung|monitoring"
        # (a round of them: "berkeliling ke sejumlah TPS")
        r"|berkeliling|keliling)\s+"
        r"(?:secara\s+)?"
        r"(?:langsung\W*\s+)?(?:(?:ke|di)\s+)?"
        rf"(?:(?:sejumlah|beberapa|seluruh|salah\s+satu|berbagai|setiap)\s+)?(?:{_TPS}\b"
        # (the vote's security checked: "pengecekan keamanan pemungutan suara di
        # beberapa TPS")
        r"|(?:jalannya|proses|pelaksanaan|kegiatan|keamanan|pengamanan)\s+"
        rf"{_POLLING}\b)"
        rf"|\b(?:{_POLLING}|PSU|TPS)\b{_WENT_SAFELY}"
        # the people met there ("menyambangi petugas KPPS di TPS 12")
        r"|\b(?:mengunjungi|kunjungi|menyambangi|sambangi|mendatangi|datangi"
        rf"|meninjau|tinjau)\s+(?:[\w-]+\s+){{1,3}}?di\s+(?:[\w-]+\s+){{0,2}}?{_TPS}\b"
        # the vote's own run secured, said as done ("TNI Polri yang sudah membantu
        # keamanan jalannya Pilkada di Lapas", "telah mengamankan pelaksanaan PSU")
        r"|\b(?:telah|sudah)\s+(?:ikut\s+|turut\s+)?(?:membantu\s+)?(?:mengamankan"
        r"|menjaga|mengawal|pengamanan|keamanan)\s+(?:\w+\s+){0,2}?(?:jalannya|jalanya"
        r"|pelaksanaan|proses)\s+(?:pemungutan\s+suara|pencoblosan|PSU|Pilkada|Pemilu"
        r"|pemilihan)\b"
        # a polling station named as the one visited ("Dua TPS yang dikunjungi adalah")
        rf"|\b{_TPS}\b(?:\s+[\w()]+){{0,3}}?\s+yang\s+"
        r"(?:dikunjungi|ditinjau|disambangi|didatangi|dipantau|dicek)\b"
        # a visit to make sure the vote at the TPS runs well ("mengunjungi Lapas guna
        # memastikan pelaksanaan Pilkada pada TPS khusus berjalan tertib")
        r"|\b(?:mengunjungi|kunjungi|meninjau|tinjau|memantau|pantau|monitoring"
        r"|memonitor|menyambangi|sambangi)\b[^.]{0,120}?\b(?:guna|untuk)\s+"
        r"memastikan\s+"
        r"(?:(?!(?:kesiapan|persiapan)\b)[\w()-]+\s+){0,5}?(?:di|pada)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_TPS}\b"
        # (or the vote: "Pencoblosan di Lapas Dijaga Ketat Polisi")
        # (not the logistics named for it: "logistik pemungutan suara dikawal")
        r"|(?<!dari\s)(?<!ke\s)(?<!menuju\s)(?<!sampai\s)(?<!logistik\s)"
        rf"(?<!perlengkapan\s)\b(?:TPS|PSU|{_POLLING})\s+"
        r"(?:[\w.]+\s+){0,3}"
        rf"(?:{_GUARDED_PASSIVE}"
        r"|(?:telah|sudah)\s+(?:kami|kita)\s+(?:jaga|amankan|kawal))\b"
        # watched by the police, in the noun: "Pelaksanaan PSU tersebut mendapat
        # pengawasan ketat dari Bawaslu dan Polresta" (by Bawaslu alone it is not the
        # police's guard)
        rf"|\b(?:TPS|PSU|{_POLLING})\s+(?:[\w.]+\s+){{0,3}}?mendapat(?:kan)?\s+"
        r"pengawasan\s+(?:ketat\s+)?(?:dari|oleh)\s+(?:[\w.]+\s+){0,4}?(?:polisi"
        r"|kepolisian|aparat|personel|personil|TNI|Polri|Pol(?:res|sek|resta|da)\w*)\b",
    ),
    (
        "pengamanan-rekapitulasi",
        # Guarded or watched: a pleno named in passing ("hingga pleno") is a stage.
        rf"\b(?:{_SECURE_VERB}|memonitor|monitor|mengawasi|pengawasan)\s+{_W}"
        rf"(?:kegiatan\s+|proses\s+|jalannya\s+)?(?:rapat\s+)?{_RECAP}\b"
        # ("Rapat Pleno terbuka pengundian nomor urut" is a KPU stage)
        # (nor is one settling or counting the voters' list: "rapat pleno rekapitulasi
        # daftar pemilih", "pleno DPHP")
        r"(?!\s+(?:terbuka\s+)?(?:pengundian|penetapan\s+(?:nomor|pasangan|paslon"
        r"|calon|DPT|DPS|daftar\s+pemilih)|(?:rekapitulasi\s+)?(?:daftar\s+)?pemilih\b"
        r"|DPHP|DPSHP|DPT|DPS\b))"
        rf"|\b{_RECAP}\s+(?:[\w.]+\s+){{0,6}}?(?:yang\s+(?:[\w.()/-]+\s+){{1,5}}?)?"
        rf"{_GUARDED_PASSIVE}\b"
        # watched by the police ("Jalannya pleno ... dipantau langsung oleh
        # Kapolres"; by Bawaslu or the witnesses it is not the police's guard)
        rf"|\b{_RECAP}\s+(?:[\w.]+\s+){{0,6}}?(?:di\s?pantau|dimonitor)"
        r"\s+(?:langsung\s+)?(?:oleh\s+)?(?:personel|personil|anggota|polisi|aparat"
        r"|petugas\s+(?:keamanan|kepolisian)|jajaran|Kapol\w+|Wakapol\w+|Pol(?:res|sek"
        r"|resta|da)\w*)\b"
        rf"|\b{_RECAP}\b{_WENT_SAFELY}"
        # the pleno as the time frame of a guard: "Selama pelaksanaan pleno, personel
        # berjaga di dalam dan di luar gedung"
        # ("Selama masa rekapitulasi" is the season of the count, not its sitting)
        r"|\b(?:selama|saat|ketika)\s+(?:(?!(?:masa|tahap|tahapan)\b)\w+\s+){0,2}?"
        rf"{_RECAP}\b"
        r"[^.]{0,60}?\b(?:berjaga|menjaga|mengamankan|disiagakan|ditempatkan"
        r"|(?:melakukan|melaksanakan)\s+(?:pengamanan|penjagaan))\b"
        # the venue named by what is held there: "berjaga di kantor kecamatan tempat
        # PPK menggelar rekapitulasi", "di gedung yang menjadi lokasi pleno"
        rf"|\b{_GUARD_VERB}\s[^.;]{{0,80}}?\b(?:tempat|lokasi)\s+(?:\w+\s+){{0,4}}?"
        rf"(?:rapat\s+|sidang\s+)?{_RECAP}\b"
        r"(?!\s+(?:\w+\s+)?(?:DPT|DPS|DPHP|DPSHP|daftar\s+pemilih|pengundian)\b)"
        # The count above the TPS (at the PPK) is the first step of the recount.
        # (its other name in brackets: "penghitungan suara (sidang pleno) di tingkat")
        rf"|\b{_SECURE_VERB}\s+{_W}(?:proses\s+)?(?:penghitungan|perhitungan|hitung)"
        rf"\s+(?:[\w()]+\s+){{0,8}}?(?:tingkat\s+kecamatan|{_PPK})\b"
        # the count named first: "Penghitungan suara di tingkat PPK dijaga ketat"
        r"|\b(?:penghitungan|perhitungan)\s+(?:[\w()]+\s+){0,4}?(?:tingkat\s+kecamatan"
        rf"|{_PPK})\b[^.]{{0,40}}?\b{_GUARDED_PASSIVE}\b"
        # Ballot boxes kept at the kecamatan after the count wait for the recount.
        rf"|\b{_GUARD_VERB}\b[^.]{{0,120}}?\bpenyimpanan\s+kotak\s+suara\s+"
        rf"(?:\w+\s+){{0,3}}?(?:tingkat\s+kecamatan|{_PPK})\b",
    ),
    (
        "simulasi-sispamkota",
        r"sispamkota|sistem\s+pengamanan\s+(?:\(sispam\)\s+)?kota\b|sispam\)?\s+kota\b"
        # Any security drill ("simulasi pengamanan kota", "Simulasi dan Latihan
        # Pengamanan TPS", "gelar pasukan dan simulasi pengamanan").
        # (and the drill's other word: "latihan pengamanan TPS", "latihan sispam")
        r"|\b(?:simulasi|latihan)\s+(?:(?:dan|serta)\s+(?:latihan|simulasi)\s+)?"
        # (the noun misspelt as it is typed: "simulasi pengamanam kota")
        r"(?:pengaman(?:an|am)|penjagaan|keamanan|sispam)\b"
        # A riot-control drill rehearses handling a crowd ("simulasi penanganan unjuk
        # rasa", "latihan pengendalian massa", "latihan dalmas", "latihan PHH").
        r"|\b(?:simulasi|latihan)\s+(?:penanganan|pengendalian|dalmas|PHH|huru-hara)\b"
        # "situasi rawan sudah kami simulasikan", "gladi sistem keamanan" (the verb's
        # forms: "disimulasikan", "mensimulasikan", "menyimulasikan"; one taking a
        # "bahwa" clause says what something shows: "artinya mensimulasikan bahwa
        # pemilu aman")
        # (and a drill named by both its words: "melakukan latihan simulasi jika
        # terjadi demonstrasi")
        r"|\b(?:(?:di|men)?simulasikan|menyimulasikan)\b(?!\s+bahwa\b)"
        r"|\b(?:latihan\s+simulasi|simulasi\s+latihan)\b"
        r"|\bgladi\s+(?:\w+\s+){0,2}?(?:sistem\s+)?(?:pengamanan|penjagaan|keamanan"
        r"|sispam\w*)\b",
    ),
    # Not an id of its own: a table-top drill, the Tactical Floor Game on a map or the
    # Tactical Wall Game at a wall map (the lead's ruling of session 9), rehearses the
    # plan of a guard the story may report besides: a sispamkota drill that plays out
    # none of the story's deeds (find_activities).
    (
        "simulasi-meja",
        r"\btactical\s+(?:floor|wall)\s+game\b|\bT[FW]G\b",
        ("tactical", "tfg", "twg"),
    ),
    # Not an id of its own: a guard at the PPK (the kecamatan's election office),
    # where the ballot boxes wait for the count, or the logistics on their way to the
    # villages (find_activities decides which by what the story names).
    # ("pengamanan kotak suara pada masing-masing kantor PPK", "pengamanan berlapis di
    # sekitar area PPK", "Tiba di kantor PPK langsung mendapatkan penjagaan")
    # (a check there guards nothing: "diadakan pengecekan di Kantor PPK" of its
    # readiness is a visit; the logistics checked there are read by cek-logistik)
    (
        "pengamanan-ppk",
        rf"\b{_GUARD_VERB}\s+"
        r"(?:[\w.,()-]+\s+){0,6}?(?:di|pada)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:PPK|panitia\s+pemilihan\s+kecamatan)\b"
        # (further when the PPK is where it happens, as for the KPU's office:
        # "pengamanan di berbagai titik, termasuk Kantor PPK")
        rf"|\b{_GUARD_VERB}\s+(?:[\w.,()-]+\s+){{0,13}}?(?:termasuk|yakni|seperti"
        r"|meliputi|antara\s+lain|mulai\s+dari)\s+(?:\w+\s+){0,2}?"
        r"(?:PPK|panitia\s+pemilihan\s+kecamatan)\b"
        # (not where an escort sets out: "Kotak suara dari PPK dikawal menuju KPU")
        # (visited, as the TPS on the voting day: "mengunjungi sejumlah lokasi PPK")
        r"|\b(?:mengunjungi|kunjungi|meninjau|tinjau|menyambangi|sambangi|mendatangi"
        r"|datangi)\s+(?:[\w-]+\s+){0,3}?(?:PPK"
        r"|panitia\s+pemilihan\s+kecamatan)\b"
        rf"|(?<!dari\s)(?<!ke\s)(?<!menuju\s)\b{_PPK}\b\)?"
        r"(?:\s+(?!(?:menuju|ke|sampai|hingga)\b)[\w.,()-]+){0,8}?"
        rf"\s+{_GUARDED_PASSIVE}\b",
        ("ppk", "panitia"),
    ),
    # Not an id of its own: a drill the story refers to as held ("simulasi ini",
    # "hanyalah simulasi yang dilakukan oleh Polda"), a sispamkota drill unless the
    # story is about the KPU's rehearsal of the vote (find_activities).
    (
        "simulasi-ref",
        r"\bsimulasi\s+(?:[\w-]+\s+){0,2}?(?:ini|itu|tersebut)\b"
        r"|\bsimulasi\s+yang\s+(?:(?:telah|sudah)\s+)?(?:dilakukan|digelar"
        r"|dilaksanakan|berlangsung)\b"
        # (or held, named bare: "Gelar Simulasi dan Cek Kesiapan Personel")
        r"|\b(?:menggelar|gelar|melaksanakan|melakukan|laksanakan|lakukan)\s+simulasi\b"
        r"|\bsimulasi\s+(?:di\s?gelar|dilaksanakan|dilakukan)\b",
        ("simulasi",),
    ),
    # Not an id of its own: a police check of the logistics ("melakukan pengecekan
    # logistik pemilu di KPU", "kunjungi Kapuas dalam rangka memastikan persiapan
    # logistik"), the warehouse's unless the paragraph is at the TPS or the story at
    # the count.
    (
        "cek-logistik",
        r"\b(?:pengecekan|mengecek|cek|memeriksa|pemeriksaan|meninjau|peninjauan)\s+"
        r"(?:langsung\s+)?(?:kesiapan\s+|kondisi\s+|persiapan\s+|ketersediaan\s+)?"
        rf"{_LOGISTICS}\b"
        r"|\b(?:kunjungi|mengunjungi|kunjungan\w*|berkunjung)\b[^.]{0,80}?"
        rf"\bmemastikan\s+(?:persiapan|kesiapan)\s+{_LOGISTICS}\b",
        ("logistik", "kotak", "surat", "dokumen", "formulir", "bilik", "perlengkapan"),
    ),
    # The KPU's logistics warehouse, guarded where the ballots are kept and folded.
    (
        "pengamanan-gudang-logistik",
        # Not the start of a trip: "mengawal logistik dari gudang KPU" is an escort.
        # (nor where it goes: "mengawal pengembalian kotak suara ke gudang KPU")
        rf"\b{_SECURE_VERB}\s+{_W}(?<!dari\s)(?<!keluar\s)(?<!ke\s)(?<!menuju\s)"
        r"gudang\b"
        # (not where logistics set out from: "distribusi dari gudang KPU menuju TPS
        # ... dikawal")
        # (or the place of storage: "tempat penyimpanan logistik dijaga polisi")
        # (the store by its rooms: "ruang / gedung penyimpanan logistik")
        r"|(?<!dari\s)(?<!keluar\s)\b(?:gudang|(?:tempat|lokasi|ruang|ruangan|gedung)"
        # (or the storing of the logistics itself: "penyimpanan logistik ... masih di
        # GOR, diawasi aparat")
        rf"\s+penyimpanan|(?<!sejak\s)(?<!mulai\s)penyimpanan(?=\s+{_LOGISTICS}\b))\s+"
        r"(?:(?!(?:menuju|ke|sampai|hingga)\b)[\w.-]+\s+){0,9}?(?:terus\s+)?"
        rf"(?:{_GUARDED_PASSIVE}|dipantau|disiagakan"
        # (watched by the police: "diawasi personel Polres"; Bawaslu watches too)
        rf"|ditempatkan|diawasi{_BY_POLICE})\b"
        # A police check of the warehouse and its guard post count too (and a patrol
        # to it: "Kapolresta Patroli Gudang KPU" checks its security).
        r"|\b(?:kunjungan\w*|berkunjung|meninjau|peninjauan|mengecek|cek|pengecekan"
        r"|sidak|inspeksi|menginspeksi|menyambangi|sambangi|mendatangi|datangi"
        r"|pemantauan|memantau|monitoring)\s+(?:[\w.,-]+\s+){0,4}?(?:ke\s+|di\s+)?"
        r"gudang\b"
        r"|\b(?:ber)?patroli\s+(?:\w+\s+)?(?:ke\s+)?gudang\b"
        # (a patrol team's round held at it: "Patroli Perintis Presisi di Gudang
        # Logistik KPU")
        r"|\bpatroli\s+(?:\w+\s+){1,3}?di\s+gudang\b"
        r"|\bpos\s*(?:pam|pengamanan)\s+(?:[\w.,-]+\s+){0,3}?gudang\b"
        # Where the logistics are stored is the warehouse ("pengamanan dan penyimpanan
        # kotak suara", "tempat penyimpanan", "logistik ... yang disimpan di ...").
        # (an escort's span "sejak penyimpanan hingga pendistribusian" starts there)
        rf"|\b{_SECURE_VERB}\s+(?:dan\s+)?{_W}(?<!sejak\s)(?<!dari\s)(?<!mulai\s)"
        r"(?:tempat\s+|lokasi\s+)?penyimpanan\b"
        rf"|\b{_SECURE_VERB}\s+{_W}{_LOGISTICS}\b[^.]{{0,60}}?\b(?:disimpan|tersimpan)\b"
        # Ballots folded and sorted in the warehouse, guarded or watched there.
        rf"|\b(?:{_SECURE_VERB}|mengawasi|awasi|pengawasan|memonitor)\s+(?:ketat\s+)?"
        r"(?:proses\s+|kegiatan\s+|jalannya\s+)?(?:pelipatan|penyortiran|sortir)\b"
        # the work named first: "sortir dan pelipatan diawasi oleh tim kepolisian",
        # "Penyortiran ... dilakukan di gedung X di bawah pengawalan aparat"
        r"|\b(?:pelipatan|penyortiran|sortir)\b[^.]{0,120}?"
        rf"\b(?:{_GUARDED_PASSIVE}|diawasi|dipantau)\b"
        # kept there under guard: "disimpan di gudang KPU di bawah penjagaan polisi"
        # ("diangkut dari gudang ... dengan pengamanan ketat" is an escort)
        # (nor where they go: "diantarkan ke gudang KPU dengan pengamanan ketat")
        r"|(?<!dari\s)(?<!keluar\s)(?<!ke\s)(?<!menuju\s)\bgudang\b[^.]{0,60}?"
        r"\b(?:di\s*bawah|dengan|mendapat)"
        r"\s+(?:penjagaan"
        r"|pengamanan|pengawasan\s+(?:ketat\s+)?(?:polisi|aparat|person[ei]l))\b"
        # "pengamanan ... juga di gudang logistik KPU", "polisi menjaga keamanan
        # secara ketat 1x24 jam di gudang logistik"; a guard "di lokasi pleno ...,
        # termasuk di gudang" stays the pleno's)
        rf"|\b{_GUARD_VERB}\s+(?:(?!(?:termasuk|selama|saat)\b)[\w.,-]+\s+){{0,6}}?"
        rf"di\s+{_AROUND}gudang\b"
        rf"|\b(?:pengamanan|penjagaan)\b[^.]{{0,80}}?\bdi\s+{_AROUND}gudang\b"
        # the place put first: "Selama berada di gudang, kita lakukan penjagaan"
        # an English edition: "the KPU warehouse which is closely guarded"
        r"|\bwarehouse\b[^.]{0,40}?\b(?:closely\s+|tightly\s+|strictly\s+)?guarded\b"
        r"|\bdi\s+gudang\b[^.]{0,40}?\b(?:lakukan|dilakukan|melakukan|laksanakan"
        r"|dilaksanakan|melaksanakan)\s+(?:penjagaan|pengamanan)\b",
    ),
    # Ballots, boxes and forms escorted on their way (distribution and return).
    (
        "pengawalan-logistik",
        # "pengamanan di gudang logistik" guards the warehouse, "pengamanan TPS dan
        # kotak suara" the polling station: no escort.
        # (accompanying it is escorting it: "anggota mendampingi distribusi logistik")
        # (the roots kawal, aman and jaga alike: "menjaga logistik" in a story that
        # moves them is "mengamankan logistik"; kept in store it is the warehouse's)
        r"\b(?:mengawal|kawal|dikawal|pengawalan|mengamankan|amankan|pengamanan"
        r"|penjagaan|menjaga|jaga"
        # (followed on the road: "personel mengiringi truk pengangkut surat suara")
        r"|mengiringi|iringi|pengiringan"
        r"|mendampingi|pendampingan)\s+"
        r"(?:(?!(?:gudang|jelang|menjelang|TPS|pleno|penghitungan|perhitungan"
        # (nor a time clause: "penjagaan diperketat sejak surat suara tiba")
        r"|rekapitulasi|pencoblosan|maupun|ataupun|kelengkapan|sejak|semenjak|setelah"
        r"|sebelum)\b)[\w.,-]+\s+){0,4}"
        rf"(?:{_LOGISTICS}|distribusi|pendistribusian|pergeseran|kedatangan)\b"
        rf"|\b(?:{_LOGISTICS}|pengiriman|distribusi"
        r"|pendistribusian)\s+(?:[\w.-]+\s+){0,6}?(?:yang\s+(?:[\w.()/-]+\s+){1,5}?)?"
        r"(?:di\s?kawal|terkawal|mendapat(?:kan)?\s+"
        rf"pengawalan|{_ESCORTED_BY})\b"
        # (logistics named on their way, guarded in any form: "surat suara menuju PPK
        # dijaga ketat", "kotak suara dari TPS ke PPK mendapat pengamanan"; a route
        # both ways, "dari gudang menuju TPS dan sebaliknya dikawal", is the scheme)
        rf"|\b{_LOGISTICS}\s+(?:[\w.-]+\s+){{0,3}}?(?:ke|menuju)\s+"
        r"(?:(?!(?:dan|serta)\b)[\w.-]+\s+){0,4}?"
        rf"{_GUARDED_PASSIVE}\b"
        # The move guarded, said in the passive: "Distribusi logistik ke kecamatan
        # dijaga ketat personel", "Pergeseran logistik dari PPK ke PPS mendapat
        # pengamanan" (logistics guarded where they are kept are the warehouse's).
        # (with a clause on who moves them: "Distribusi logistik ke PPK yang dilakukan
        # KPU setempat dikawal ketat aparat")
        # (or watched by the police on its way, as the warehouse is: "Seluruh proses
        # distribusi diawasi oleh jajaran Polsek"; Bawaslu watches too)
        rf"|\b{_MOVING}\s+(?:[\w.()/-]+\s+){{0,6}}?(?:yang\s+(?:[\w.()/-]+\s+){{1,5}}?)?"
        rf"(?:{_GUARDED_PASSIVE}|{_ESCORTED_BY}|diawasi{_BY_POLICE})\b"
        # "Logistik ... telah didistribusikan dengan pengawalan ketat".
        # ("surat suara ... tiba pukul 22.00, di bawah pengawalan aparat")
        r"|\b(?:logistik|kotak\s+suara|(?:surat|kertas)\s+suara)\b[^.]{0,120}?\b(?:dengan"
        r"|mendapat|mendapatkan|di\s*bawah)\s+pengawalan\b"
        # Moved under guard: "diangkut dari gudang ... dengan pengamanan ketat".
        r"|\b(?:diangkut|dikirim|dibawa|didistribusikan|digeser|dipindahkan"
        r"|diantar|diantarkan)\b"
        r"[^.]{0,100}?\b(?:(?:dengan|mendapat|mendapatkan)\s+(?:pengamanan|pengawalan"
        # (or the escort's passive: "diangkut dengan truk ke gudang, yang dikawal
        # ketat oleh kepolisian")
        r"|penjagaan)|di\s?kawal|terkawal)\b"
        # the same move told by who makes it, the KPU: "KPU mendistribusikan logistik
        # ke 12 PPK dengan pengawalan polisi", "... menyalurkan surat suara, dikawal"
        r"|\b(?:mendistribusikan|menyalurkan|disalurkan|mengirim(?:kan)?|dikirimkan"
        r"|mengangkut|menggeser|memindahkan)\s+(?:[\w.-]+\s+){0,3}?"
        rf"{_LOGISTICS}\b[^.]{{0,80}}?\b(?:(?:dengan|mendapat|mendapatkan)\s+"
        r"(?:pengamanan|pengawalan|penjagaan)|di\s?kawal|terkawal)\b"
        # Guarding the move itself: "Polisi Jaga Ketat Pemindahan 508 Kotak Suara".
        rf"|\b{_GUARD_VERB}\s+(?:ketat\s+)?{_W}{_MOVING}\s+(?:[\w.]+\s+){{0,3}}?"
        rf"{_LOGISTICS}\b"
        # Escorted from where logistics set out: "dikawal ketat petugas dari pelabuhan
        # sampai ke gudang".
        r"|\b(?:mengawal|kawal|dikawal|pengawalan)\b[^.]{0,80}?\bdari\s+(?:pelabuhan"
        rf"|bandara|bandar\s+udara|dermaga|percetakan|gudang|{_PPK}|PPS|{_TPS})\b"
        # the road named first: "Dari PPK menuju KPUD, pengamanan dan pengawalan
        # dilakukan oleh personel", "dari PPK ke KPU kami lakukan pengawalan"
        rf"|\bdari\s+(?:gudang|{_PPK}|PPS|{_TPS}|{_KPU}|kecamatan)\s+(?:\w+\s+)?(?:ke|menuju"
        r"|sampai)\s+[^.]{0,40}?\b(?:(?:di|ter)?lakukan\s+pengawalan|pengawalan\s+"
        r"(?:\w+\s+)?(?:dilakukan|dilaksanakan))\b"
        # The police carry them: "aparat gabungan membawa surat suara dari TPS ke PPK".
        r"|\b(?:aparat|personel|personil|anggota|polisi|petugas\s+kepolisian)\b"
        r"[^.]{0,60}?"
        r"\b(?:membawa|mengangkut|mengantar\w*|memindahkan)\s+(?:\w+\s+){0,2}?"
        rf"{_LOGISTICS}\b",
    ),
)
# A sentence (lower case) names one of these words, or its rule does not count: they
# were first only a cheap screen, but some matches hold none ("pengawalan rombongan
# juru kampanye dari Bandara" names no logistics), so they are part of the rules.
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "apel": (
        "apel",
        "gelar",
        "pengecekan",
        "acara",
        "pelepasan",
        "melepas",
        "serpas",
        "parade",
        "roll",
        "morning",
    ),
    "patroli": ("patrol",),
    "pengamanan-kampanye": (
        "kampanye",
        "debat",
        "deklarasi",
        "umum",
        "terbatas",
        "kedatangan",
        "kunjungan",
        "kunker",
    ),
    "tahapan-kpu": ("pendaftaran", "pengundian", "penetapan"),
    "pengawalan": ("pengawalan",),
    "pengamanan-kantor-kpu-bawaslu": (
        "kantor",
        "gedung",
        "mako",
        "sekretariat",
        "area",
        "kawasan",
        "lingkungan",
        "halaman",
        "office",
        "alerted",
        "stationed",
        "guarded",
    ),
    "pengamanan-tps": (
        "tps",
        "tempat",
        "psu",
        "pemungutan",
        "coblos",
        "pungut",
        "pilkada",
        "pemilu",
        "pemilihan",
    ),
    "pengamanan-rekapitulasi": (
        "pleno",
        "rekapitulasi",
        "rekap",
        "hitung",
        "penyimpanan",
    ),
    "simulasi-sispamkota": (
        "sispam",
        "sistem",
        "simulasi",
        "menyimulasikan",
        "latihan",
        "gladi",
    ),
    "pengamanan-gudang-logistik": (
        "gudang",
        "penyimpanan",
        "disimpan",
        "tersimpan",
        "pelipatan",
        "penyortiran",
        "sortir",
        "warehouse",
    ),
    "pengawalan-logistik": (
        "kawal",
        "ppk",
        "pps",
        "logistik",
        "kotak",
        "surat",
        "bilik",
        "kedatangan",
        "dokumen",
        "formulir",
        "perlengkapan",
        "distribusi",
        "pergeseran",
        "pengiriman",
        "pemindahan",
        "pengangkutan",
        "penjemputan",
        "pengembalian",
        "diantar",
        "diangkut",
        "dikirim",
        "dibawa",
        "didistribusikan",
        "digeser",
        "dipindahkan",
    ),  # fmt: skip
}
# Each rule is searched branch by branch, and a branch only in a sentence holding the
# words its every match holds (read from the pattern by ``prefilter``): a keyword test
# per rule per sentence, then the rule's whole regex, were most of this function's
# time.
_SCREENED = tuple(
    (act, Screened(p, re.IGNORECASE), frozenset(own[0] if own else _KEYWORDS[act]))
    for act, p, *own in RULES
)
# Every rule's keywords: a paragraph holding none allows no rule.
_RULE_KEYWORDS = Words(w for _, _, keywords in _SCREENED for w in keywords)
# Stages of the election process, as a span names them.
_STAGE = (
    r"kampanye|pendaftaran|pendistribusian|distribusi|logistik|pemungutan\s+suara"
    r"|pencoblosan|penghitungan(?:\s+suara)?|perhitungan(?:\s+suara)?|rekapitulasi"
    r"|pleno|penetapan|pelantikan"
)
# Words that name a thing, not a deed: "kapal patroli", "alat peraga kampanye".
# Words and phrases that name a thing or a role, not a deed ("kapal patroli", "alat
# peraga kampanye", "personel pengamanan TPS"): cut from a sentence before its deeds
# are read. Each cut is tried only when the words it needs are in the sentence (most
# sentences hold none of the rarer ones; a single alternation of all of them was a
# fifth of find_activities' time).
# Personnel sent out to guard the TPS: the guarding is the purpose of the deployment,
# not yet done ("42 personel diterjunkan untuk mengamankan 68 TPS"), except on the
# voting day itself (``_VOTING_NOW``).
_DEPLOYED = Screened(
    r"\b(?:diterjunkan|menerjunkan|terjunkan|dikerahkan|mengerahkan|kerahkan"
    r"|diturunkan|menurunkan|diberangkatkan|memberangkatkan|digeser|menggeser"
    r"|dikirim|mengirim\w*"
    # readied or placed as a force for it ("menyiagakan 300 personel untuk mengamankan
    # 400 TPS")
    r"|disiagakan|menyiagakan|siagakan|menempatkan|tempatkan"
    # or assigned to it ("menugaskan 400 personel untuk pengamanan TPS")
    r"|menugaskan|ditugaskan)\b[^.]{0,60}?\b(?:untuk"
    r"|guna)\s+"
    r"(?:\w+\s+){0,2}?(?:mengamankan|pengamanan|menjaga|amankan|jaga|penjagaan)"
    rf"\s+(?:[\w()]+\s+){{0,4}}?{_TPS}\b"
    # and so are the logistics a force of so many is sent or assigned to guard or
    # help move, whatever the force ("menerjunkan 15 personel untuk pengamanan surat
    # suara", "mengerahkan sejumlah kendaraan untuk mendukung pengamanan dan membantu
    # distribusi logistik"), or that a force spread elsewhere is also for
    # ("disebar di setiap TPS ..., serta untuk mengawal distribusi logistik")
    r"|\b(?:diterjunkan|menerjunkan|terjunkan|dikerahkan|mengerahkan|kerahkan"
    r"|menugaskan|ditugaskan|menunjuk|ditunjuk|pergeseran|disebar|disebarkan)"
    r"(?:\s+(?:\d[\d.]*|sejumlah|puluhan|ratusan|beberapa)\s+(?:orang\s+)?[\w-]+\b"
    r"[^.]{0,30}?|\b[^.]{0,100}?,\s+(?:serta|dan)\s+)"
    r"\b(?:untuk|guna)\s+(?:(?:mendukung|membantu)\s+(?:\w+\s+){0,3}?)?"
    r"(?:pengamanan|pengawalan|mengamankan|mengawal|menjaga|penjagaan|membantu"
    r"|mendukung)\s+"
    rf"(?:[\w()]+\s+){{0,2}}?{_LOGISTICS}\b",
    re.IGNORECASE,
)
# "Proses pencoblosan ... Rabu (9/12) ini, Polres menurunkan 469 personel untuk
# mengamankan ... TPS": sent out on the voting day, they guard it.
_VOTING_NOW = compile_led(
    r"\b(?:proses|hari|saat|pelaksanaan)\s+(?:pencoblosan|pemungutan\s+suara)\b"
    r"[^.,;]{0,50}?\bini\b",
    re.I,
)
# Right after a noun of the force or of its role ("personel", "satgas", "pasukan
# pengamanan" as the guards sent out), with one or two spaces: lookbehinds, so that
# a role cut leaves the force named.
_AFTER_ROLE_NOUN = "(?:{})".format(
    "|".join(
        rf"(?<=\b{noun}{gap})"
        for noun in (
            "personel",
            "personil",
            "petugas",
            "anggota",
            "pasukan",
            "sebagai",
            "satgas",
            r"satuan\stugas",
        )
        for gap in (r"\s", r"\s\s")
    )
)
# The role's own words ("pengamanan", or the part taken in it: "yang bertugas pada
# penjagaan"), and a lookahead of what every match of them opens with, read from them:
# at each "p", "t" or "b" of a sentence the sixteen lookbehinds above were tried
# (a quarter of the cuts' time); now only where "pen", "ter", "bert", ... stand.
_ROLE_WORDS = (
    r"(?:(?:yang\s+)?(?:terlibat|dilibatkan|bertugas|tergabung)\s+(?:dalam|pada"
    r"|di)\s+)?(?:pengamanan|penjagaan)\b"
)
_ROLE_OPENS = "(?={})".format(
    "|".join(literal_prefixes(_ROLE_WORDS, re.IGNORECASE, most=16) or ("",))
)
_NOT_A_DEED_PARTS: tuple[Screened, ...] = tuple(
    Screened(pattern, re.IGNORECASE)
    for pattern in (
        (
            r"\b(?:kapal|mobil|kendaraan|motor|perahu|speedboat|pos)\s+"
            r"(?:[\w-]+\s+){0,3}?patroli\b"
            r"|\b(?:menyiapkan|menempatkan|menyiagakan|disiagakan|disiapkan)\s+tim\s+"
            r"patroli\b"
        ),
        # A patrol of social media is no patrol on the ground ("berpatroli di media
        # sosial", "pengamanan di media sosial ... melaksanakan patroli").
        (
            r"\b(?:ber)?patroli\s+(?:\w+\s+){0,2}?(?:di\s*)?(?:media\s+sosial"
            r"|medsos|siber|cyber|dunia\s+maya)\b"
            r"|\b(?:di\s*)?(?:media\s+sosial|medsos|dunia\s+maya)\b[^.]{0,60}?"
            r"\b(?:ber)?patroli\b"
        ),
        # A pleno already held, or its result, is not guarded here.
        (
            r"\b(?:pasca|setelah|usai|seusai|sesudah)\s+(?:pelaksanaan\s+)?"
            r"(?:rapat\s+)?pleno\b|\bhasil\s+(?:rapat\s+)?pleno\b"
        ),
        (
            r"\balat\s+peraga\s+kampanye\b|\btim\s+kampanye\b"
            r"|(?<!pengamanan\s)(?<!penjagaan\s)\bmasa\s+kampanye\b"
        ),
        # A role ("personel pengamanan TPS", "petugas yang ditunjuk sebagai
        # pengamanan TPS"), not a deed.
        # (a body or a thing named for the task: "membentuk satgas pengamanan TPS",
        # "aplikasi pemantauan TPS", "maklumat pengamanan kampanye")
        # (by any name of the force or the guard: "anggota penjagaan TPS")
        # (the role's words only: the force stays, as what a send-off sends, "melepas
        # 150 personel pengamanan TPS"; the first letters of the words that follow
        # let the engine skip ahead as fast as the word-first form did)
        # (or by the part they take in it: "personel yang terlibat dalam pengamanan
        # debat", "anggota yang bertugas pada penjagaan TPS")
        rf"{_ROLE_OPENS}{_AFTER_ROLE_NOUN}{_ROLE_WORDS}"
        r"|\b(?:aplikasi|maklumat|surat\s+edaran|pedoman|panduan|juknis|protap|SOP"
        r"|buku\s+saku)\s+(?:pengamanan|pemantauan|pengawasan|monitoring|patroli)\b",
        # The side or aspect of security is a topic ("baik dari sisi pengamanan
        # maupun logistik"); the parade ground a place ("di Lapangan Apel Mapolres").
        r"\b(?:sisi|segi|aspek|bidang)\s+(?:pengamanan|keamanan)\b"
        # What supports a guard names it as its use ("pengecekan sarana dan prasarana
        # pendukung pengamanan kampanye", "peralatan penunjang pengawalan").
        r"|\b(?:pendukung|penunjang)\s+(?:pelaksanaan\s+)?(?:pengamanan|penjagaan"
        r"|pengawalan)\b"
        # ("pengamanan dari sisi pendistribusian": a topic too)
        r"|\bdari\s+(?:sisi|segi)\s+\w+",
        r"\blapangan\s+apel\b",
        # What a sentence denies is not done ("berkumpul, tidak sekadar untuk patroli
        # rutin, melainkan untuk ...": "bukan / tidak X melainkan Y" puts Y for X;
        # "melainkan juga" adds Y to X), nor is what an activity is compared with
        # ("lebih dari sekadar patroli").
        r"\b(?:bukan|tidak|tak)\s+(?:sekadar\s+|sekedar\s+|hanya\s+)?[^.;]{0,60}?"
        r"(?=\bmelainkan\b(?!\s+juga\b))"
        r"|\blebih\s+dari\s+(?:sekadar|sekedar)\s+\w+",
        # the stages a guard of the whole process covers, by example ("mengamankan
        # seluruh tahapan Pilkada, termasuk kampanye dan pemungutan suara")
        # ("tahapan demi tahapan" is every stage)
        r"(?:\b(?:seluruh|setiap|semua|segala|rangkaian)\s+(?:rangkaian\s+)?tahapan?"
        r"|\btahap(?:an)?\s+demi\s+tahap(?:an)?)\b"
        r"[^.;]{0,30}?\b(?:termasuk|seperti|mulai\s+dari|antara\s+lain|yakni|yaitu"
        r"|di\s*antaranya)\b[^.;]*",
        # A span of the process's stages ("dari awal hingga pemungutan suara",
        # "baik dari pendistribusian hingga pengamanan di TPS") says how far the work
        # reaches, not what was done on the day.
        rf"\b(?:dari|mulai)\s+(?:dari\s+)?(?:tahap(?:an)?\s+|sisi\s+)?(?:awal|{_STAGE})\b"
        r"[^.;]{0,60}?\b(?:hingga|sampai|s/d)\s+(?:dengan\s+|ke\s+)?(?:tahap(?:an)?\s+)?"
        rf"(?:(?:pengamanan|penjagaan)\s+(?:di\s+)?)?(?:{_STAGE}|{_TPS})\b",
        (
            # TPS duty as the purpose of what is reported ("apel ... guna mendukung
            # Polres dalam pengamanan TPS", "720 personel digeser untuk memperkuat
            # pengamanan TPS", "bagian dari strategi penguatan pengamanan PSU").
            # ("guna" right before the guard is "untuk": "menurunkan 469 personel guna
            # mengamankan TPS" is read as _DEPLOYED reads it)
            r"\b(?:guna(?!\s+(?:(?:melakukan|melaksanakan)\s+)?(?:pengamanan|penjagaan"
            r"|mengamankan|amankan|menjaga|jaga)\b)|rangka|membantu|memperkuat|mendukung|ditugaskan"
            r"|pemetaan|pola"
            r"|latihan|simulasi|penguatan|strategi)\s+(?:\w+\s+){0,3}?(?:pengamanan|penjagaan"
            r"|mengamankan|amankan"
            r"|menjaga|jaga)\s+(?:[\w()]+\s+){0,4}?"
            rf"(?:{_TPS}|PSU|pemungutan\s+suara\s+ulang)\b"
        ),
    )
) + (_DEPLOYED,)
# An apel named after what it readies: "apel pengamanan tahap kampanye", "apel
# pergeseran pasukan dan pengawalan logistik" (the apel itself stays).
_APEL_NAME = compile_led(
    r"(?<=\bapel\s)(?:\w+\s+){0,3}?(?:pengamanan|pengawalan|penjagaan)\b", re.I
)
_APEL_NAMES = frozenset({"pengamanan", "pengawalan", "penjagaan"})
# Drills and apels are held now even when they ready what will happen later.
_HELD_NOW = frozenset({"apel", "simulasi-sispamkota", "simulasi-ref", "simulasi-meja"})
# A drill is named by what it rehearses: read it before the not-a-deed cuts
# ("TFG simulasi pengamanan TPS").
_WHOLE_SENTENCE = frozenset({"simulasi-sispamkota", "simulasi-ref", "simulasi-meja"})
# A guarded office and the KPU's warehouse named in one list are guarded together
# ("pengamanan di Kantor KPU, Gudang Logistik KPU dan Bawaslu").
_LIST_MATES = {
    "pengamanan-kantor-kpu-bawaslu": (
        "pengamanan-gudang-logistik",
        compile_led(rf"\bgudang\s+(?:logistik|penyimpanan|{_KPU})\b", re.I),
    ),
    "pengamanan-gudang-logistik": (
        "pengamanan-kantor-kpu-bawaslu",
        compile_led(r"\b(?:kantor|gedung)\s+(?:KPU|Bawaslu)\b", re.I),
    ),
}
# "Sebelumnya diberitakan, ...": from here the story retells an earlier report.
_RETOLD = compile_scan(
    r"\s*(?:sebelumnya(?:\s+telah)?\s+diberitakan|seperti\s+(?:telah\s+)?diberitakan"
    r"|diberitakan\s+sebelumnya)\b",
    re.IGNORECASE,
)
# A photo caption shows a moment; the story's deeds are told in its paragraphs.
_CAPTION = compile_scan(r"(?:FOTO|Foto|foto|Keterangan\s+foto)\s*:")
# A photo caption signed by its photographer's credit at its end: "Kapolres ... saat
# apel siaga, Kamis (25/1). ANTARA/Rizki Fadriani. |", "(ANTARA FOTO/Nama)".
_CREDIT_END = compile_scan(
    r"\b(?:ANTARA|Antara)(?:\s?FOTO)?/[A-Z][\w .'-]{1,40}\.?\)?\s*\|?\s*$"
)
# (the stop first: ``re`` skips ahead to it)
_NUMBER_DOT = compile_scan(r"\.(?<=\d\.)(?=\d)")
# Two sentences glued at their stop ("berjalan aman.Kapolres juga ..."): a lower-case
# word ends the one, a capitalised word starts the next (abbreviations, "Kab.Kotim",
# "M.Tr.Opsla", end in capitals).
_GLUED = compile_scan(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z])")
# Either, found in one pass (most paragraphs hold neither).
_ODD_DOT = compile_scan(r"\.(?:(?<=\d\.)(?=\d)|(?<=[a-z]{3}\.)(?=[A-Z][a-z]))")
# A subheading names a topic of the story ("Unit K9 dan Patroli"); its paragraphs
# tell what was done: a short line of capitalised words, no stop.
_SMALL = r"(?:dan|di|ke|dari|untuk|yang|serta|atau)"
_SUBHEADING = compile_scan(
    rf"(?:[A-Z0-9][\w-]*|{_SMALL})(?:\s+(?:[A-Z0-9][\w-]*|{_SMALL})){{0,5}}\s*$"
)
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
_DEPLOYMENT_APEL = Screened(
    r"\b(?:pergeseran|pergesaran|pelepasan|pemberangkatan|serpas)\b"
    r"|\bapel\s+(?:\w+\s+){0,3}BKO\b"
    # reinforcements received are sent on to their posts too
    r"|\b(?:penyambutan|penerimaan)\s+(?:\d+\s+)?(?:personel|personil|pasukan|BKO)\b"
    r"|\b(?:apel|upacara)\s+(?:penerimaan|penyambutan)\b",
    re.I,
)
# --- Mood: is the activity reported as done, or planned, ordered, readied? ---------
# Indonesian marks no tense on the verb: words before the predicate do ("akan
# mengawal", "siap mengamankan", "telah menjaga"), and time words in its clause
# ("pekan depan", "besok"). The marker nearest before a mention decides for it.
_PLAN_WORDS = (
    # (an object's use ahead is no plan of the deed: "surat suara yang akan digunakan
    # untuk PSU ... dikawal ketat")
    r"akan(?<!yang\sakan)|akan(?!\s+(?:digunakan|dipakai)\b)"
    r"|bakal(?!\s+(?:calon|pasangan|paslon)\b)|hendak|rencana(?:nya)?|direncanakan"
    r"|dijadwalkan|nanti(?:nya)?|mendatang|(?:yang\s+)?akan\s+datang|b?esok|lusa"
    r"|ke\s?depan(?:nya)?"
    r"|tugas\s+(?:berikutnya|selanjutnya)"
    # what an activity aims at is not done by it ("Kegiatan ini bertujuan untuk
    # menjaga keamanan kantor KPU")
    r"|bertujuan|tujuannya"
    # conditions and examples are not events either
    r"|jika|apabila|seandainya|(?:se)?misal(?:nya)?"
)
_READY_WORDS = (
    r"siap|siapkan|disiapkan|menyiapkan|dipersiapkan|mempersiapkan|bersiap|kesiapan"
    r"|persiapan|menargetkan|ditargetkan"
    # a commitment is no deed: "Polres terus berkomitmen menjaga keamanan TPS"
    r"|berkomitmen|komitmen"
    # on standby to do it: "Polres Siaga Amankan PSU"
    r"|siaga(?=\s+(?:amankan|mengamankan|kawal|mengawal|jaga|menjaga)\b)"
    # where the guard is aimed: "pengamanan difokuskan di ..., menyasar kantor KPU"
    r"|difokuskan|fokus(?:\s+utama)?|menyasar|dititikberatkan|diprioritaskan|diutamakan"
    r"|dipusatkan|diarahkan(?=\s+(?:ke|pada|untuk)\b)"
    # (its concerns listed: "hal yang menjadi perhatian, yakni pengawalan logistik";
    # the targets of a check are checked: "sasaran pengecekan yakni gudang logistik")
    r"|perhatian|atensi"
    # how the force is split, then listed, is its layout, not a deed: "Personel
    # dibagi menjadi beberapa tim, yakni tim pengawalan logistik, tim penjagaan
    # gudang" ("personel yang dibagi tiga shift berjaga di gudang" guards it;
    # "sebagian menjaga gudang, sebagian lagi mengawal" resets it)
    r"|(?:di|ter|mem)bagi(?=[^.;]{0,60}?(?::|\b(?:yakni|yaitu|antara\s+lain"
    r"|meliputi|di\s*antaranya)\b))"
    # and so is the force's layout by its patterns or rings, then listed ("Pengamanan
    # memakai tiga pola: statis di TPS, semi-statis di PPK, serta patroli")
    r"|(?:\d|dua|tiga|empat|lima|beberapa)\s+(?:pola|ring|skema|lapis)(?=\s*(?::|,?\s*"
    r"(?:yakni|yaitu|antara\s+lain|meliputi|di\s*antaranya)\b))"
    # what the force can do is no deed: "masih cukup untuk mengcover pengamanan TPS"
    r"|bisa|mampu|sanggup|cukup\s+untuk"
    # nor what it vouches for: "Kami menjamin seluruh rangkaian ... berjalan aman"
    r"|menjamin|dijamin|menjanjikan"
    r"|butuh|membutuhkan|dibutuhkan|memerlukan|diperlukan|perlu"
)
# Orders, appeals and duties described.
_ORDER_WORDS = (
    r"wajib|diwajibkan|diminta|meminta|hendaknya|memerintahkan|diperintahkan"
    r"|menginstruksikan|diinstruksikan|mengingatkan|mengimbau|menghimbau|menekankan"
    r"|berpesan|arahan|tugasnya|agar|supaya"
    # what is allowed or forbidden on the duty: "tidak diperkenankan berfoto ... selama
    # pelaksanaan pengamanan TPS"
    r"|dilarang|larangan|diperkenankan|diperbolehkan|dibolehkan"
    # a duty stated in general ("Tugas Polri antara lain mengamankan kampanye",
    # "bertanggung jawab mengamankan seluruh tahapan")
    # ("tugas kita dalam mengawal distribusi" and "merupakan kewajiban" tell of a
    # deed done)
    r"|tugas\s+(?:pokok|utama|polri|kepolisian)|bertanggung\s+jawab"
    r"|tanggung\s+jawab(?:nya)?|berkewajiban|tupoksi"
    # a list of duties: "Tugas personel antara lain pengawalan logistik, pengamanan
    # gudang dan patroli", "tugas yang harus dilaksanakan yakni ..." name what the
    # force is there for, not what it did ("tugas yang telah dilaksanakan" did it)
    r"|tugas(?:-tugas)?(?:nya)?(?:\s+(?:personel|personil|anggota|prajurit|petugas"
    r"|pengamanan|kami|kita|mereka|polri|tni|pokok|utama|masing-masing)){0,2}"
    r"(?:\s+yang\s+(?:harus|akan|perlu|wajib)\s+(?:di\w+|kami\s+\w+|kita\s+\w+))?"
    r"\s*,?\s*(?::|antara\s+lain|meliputi|yakni|yaitu|di\s*antaranya|adalah|mulai\s+dari)"
    # a duty assigned: "Para personel ditugaskan untuk melakukan sterilisasi, patroli"
    # ("400 personel bertugas mengamankan TPS hari ini" does it)
    # ("saat ini sudah ditugaskan untuk pengamanan di gudang" are at their post)
    r"|(?<!sudah\s)(?<!telah\s)ditugaskan\s+(?:untuk|guna)"
    # wishes: "berharap pemungutan suara berjalan aman"
    r"|berharap|mengharapkan|diharapkan|harapan|semoga"
    # the worth of a guard is no report of one ("menegaskan pentingnya pengamanan
    # TPS"; thanks for it are: "mengapresiasi ... dalam menjaga keamanan selama
    # kampanye berlangsung")
    r"|pentingnya"
)
_DONE_WORDS = r"telah|sudah|sedang|(?<!di\s)tengah|masih|usai|seusai|kini|tadi"
# "sebagian ..., sebagian lagi akan ...": a contrast starts a new predicate.
_CONTRAST = r"sedangkan|sementara|namun|tetapi|tapi|sebagian(?:nya)?"
_MARKER_WORDS = (
    rf"\b(?:(?P<plan>{_PLAN_WORDS})|(?P<ready>{_READY_WORDS})|(?P<order>{_ORDER_WORDS})"
    rf"|(?P<done>{_DONE_WORDS})|(?P<reset>{_CONTRAST})|(?P<must>harus))\b"
)
_MARKER = compile_led(_MARKER_WORDS, re.I)
# The same, case-blind by reading a lowered text (its words are all lower case): a
# case-blind alternation of ~80 words tries each at every word, a third as fast.
_MARKER_LOWER = compile_led(_MARKER_WORDS)
# "harus" is an order only right before its verb: "medan yang harus dilalui aparat
# dalam mengawal logistik" reports the escort.
_NEAR = 16
# After the mention, in its own clause: "Patroli akan ditingkatkan", "pengawalan
# dilanjutkan pada 26 November mendatang", "PSU ... besok".
_LATER_AFTER = compile_led(
    r"[,;:]|\b(?:dan|serta|lalu|kemudian|sedangkan|sementara|namun|tetapi|tapi"
    r"|sebagian\w*)\b"
    r"|\b(?P<later>(?:yang\s+)?akan\s+datang|akan"
    r"|bakal(?!\s+(?:calon|pasangan|paslon)\b)|hendak|nanti(?:nya)?"
    r"|mendatang|b?esok|lusa|direncanakan|dijadwalkan|rencananya"
    r"|(?:pekan|minggu|bulan)\s+depan"
    # the main predicate after a role: "anggota yang bertugas di TPS wajib tiba"
    r"|wajib|harus|diminta|diharapkan|siap"
    # its worth as the predicate: "pengamanan TPS menjadi kunci suksesnya pemilu"
    # (or what it is in general: "pengawalan logistik ke daerah terpencil menjadi
    # tantangan tersendiri", "merupakan salah satu tugas penting Polri")
    r"|(?:menjadi|merupakan|adalah)\s+(?:salah\s+satu\s+)?(?:kunci|hal\s+(?:yang\s+)?"
    r"penting|tantangan|kendala|tugas|kewajiban|prioritas)"
    r"|sangat\s+penting"
    # its layout as the predicate, whoever tells it: "pengamanan kampanye dibagi
    # dalam tiga ring", "penjagaan TPS terbagi menjadi dua pola" (a guard done
    # "dengan tiga ring" is done)
    r"|(?:di|ter)bagi\s+(?:(?:dalam|menjadi|atas|ke\s+dalam)\s+)?(?:\d+|dua|tiga"
    r"|empat|lima|beberapa)\s+(?:ring|pola|lapis(?:an)?|skema|zona|sektor))\b"
    # readiness as the predicate: "pengawalan ke PPK sudah menyiapkan 28 personel"
    r"|\b(?P<ready>menyiapkan|disiapkan|dipersiapkan|mempersiapkan)\b",
    re.I,
)
# Before the reported day, or a habit rather than a deed: "simulasi ... pekan lalu",
# "kadang kita juga mengawal logistik" ("sejak November lalu" counts up to now).
_MONTH = (
    r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
    r"|november|desember"
)
_EARLIER = Screened(
    rf"(?<!sejak\s)\b(?:pekan|minggu|bulan|tahun|{_MONTH})\s+(?:yang\s+)?lalu\b"
    r"|\bbeberapa\s+(?:waktu|pekan|minggu|bulan)\s+(?:yang\s+)?lalu\b"
    r"|\b(?:ter)?kadang(?:-kadang)?\b|\bbiasanya\b",
    re.I,
)
_CLAUSE_END = compile_scan(r"[,;:]")
# An earlier election put first frames the sentence: "Pada Pemilu 2019 lalu, Polres
# juga mengamankan ...".
# (and so does an earlier day: "Sebelumnya, Senin (1/10) siang, massa bentrok
# dengan Brimob yang menjaga Kantor Panwaslu")
_PAST_FRAME = compile_led(
    r"^\W*(?:pada|saat|ketika|dalam|di)\s+(?:[\w.]+\s+){0,3}?(?:19|20)\d\d\s+"
    r"(?:yang\s+)?(?:lalu|silam)\b"
    # (an earlier time put first as well: "Tahun lalu, personel juga menjaga gudang",
    # as "tahun lalu" in the mention's own clause)
    rf"|^\W*(?:pada\s+)?(?:beberapa\s+)?(?:waktu|pekan|minggu|bulan|tahun|{_MONTH})"
    r"\s+(?:yang\s+)?(?:lalu|silam)\s*,"
    r"|^\W*sebelumnya\W+(?:pada\s+)?(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat"
    r"|jum'at|sabtu|minggu)\b",
    re.I,
)
# A deed done "kemarin" is reported news (the lead's rule of session 5); a drill held
# then is a day apart from the story's own deeds, so it plays out none of them.
_YESTERDAY = compile_led(r"\bkemarin\b", re.I)
# A sentence that only continues the one before keeps its mood: "Rencananya besok
# ... . Dilanjutkan pengamanan ...", "... telah siap ... . Termasuk saat pleno."
_CONTINUES = compile_led(
    r"^\W*(?:dilanjutkan|kemudian|selanjutnya|lalu|setelah\s+itu|berikutnya"
    r"|termasuk|mulai\s+dari)\b",
    re.I,
)
# A plan put first frames the whole sentence, "sudah" included: "Rencananya besok
# para personil sudah melakukan pengamanan ...".
_FRAME = compile_led(
    r"^\W*(?:rencananya|nantinya|ke\s?depan(?:nya)?|b?esok|lusa)\b", re.I
)
# ... and so does the list a plan announces ("Strategi yang akan diterapkan
# meliputi beberapa hal. Patroli di TPS.").
_ANNOUNCES = compile_led(
    r"(?::|\b(?:(?:beberapa|sejumlah|berbagai)\s+(?:hal|aspek|langkah|poin|upaya)"
    r"(?:\s+\w+)?"
    r"|sebagai\s+berikut|berikut(?:\s+ini)?|antara\s+lain))"
    r"\W*$",
    re.I,
)
# A sentence set inside a meeting: "Dalam rakor itu, ...", "Pada pertemuan tersebut".
_IN_THE_MEETING = compile_led(
    r"^\W*(?:dalam|pada|di\s+sela(?:-sela)?|saat|ketika|selama)\s+(?:kegiatan\s+|acara\s+)?"
    r"(?:rapat|rakor\w*|pertemuan|audiensi|diskusi|FGD|sosialisasi|silaturahmi"
    r"|silaturahim|konferensi\s+pers|jumpa\s+pers|coffee\s+morning|dialog|koordinasi"
    r"|pembahasan)\b",
    re.I,
)
_MEETING_HEADS = frozenset("dpsk")
# First letters of the words _CONTINUES and _FRAME start with, and words every
# _ANNOUNCES match without a colon holds: cheap screens run on every sentence.
_OPENERS = " \t\"'“‘(*-–—•"
_CONTINUES_HEADS = frozenset("dkslbtm")
_FRAME_HEADS = frozenset("rnkble")
_LISTS = frozenset({"beberapa", "sejumlah", "berbagai", "berikut", "antara lain"})
# A quoted command ("Lakukan pengawalan logistik dari PPK ke TPS," tegasnya).
_COMMAND = compile_led(
    r"^\s*[\"“]\s*(?:Lakukan|Laksanakan|Lakukanlah|Jaga|Jagalah|Pastikan|Kawal"
    r"|Amankan|Jangan|Tolong|Segera|Berikan)\b",
    re.I,
)
# What the police deploy per TPS is the scheme, not a deed: "1 personel mengamankan
# 3 TPS", "setiap TPS dijaga dua polisi", "TPS rawan dijaga dua personel",
# "minimal 30 personel".
# ("Dua personel ditempatkan di setiap TPS" places them: that is done.)
# A ratio is of small numbers: "364 personel ditempatkan di 685 TPS" is a total.
_NUM = (
    r"(?:\d(?:\s*[-–]\s*\d)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
    r"|sepuluh|seorang)"
)
_SCHEME = Screened(
    rf"\b{_NUM}\s+(?:orang\s+)?(?:personel|personil|polisi|anggota|orang)\b"
    rf"[^.;]{{0,40}}?\b{_NUM}\s+(?:hingga\s+{_NUM}\s+)?{_TPS}\b"
    rf"|\b(?:{_NUM}|setiap|tiap|masing-masing)\s+{_TPS}\b[^.;]{{0,40}}?\b{_NUM}\s+"
    rf"(?:hingga\s+{_NUM}\s+)?"
    r"(?:orang\s+)?(?:personel"
    r"|personil|polisi|anggota)\b"
    rf"|\b{_TPS}\s+(?:sangat\s+|kurang\s+|tidak\s+)?rawan\b[^.;]{{0,30}}?\b(?:dijaga"
    r"|diamankan|dikawal|diisi|ditempatkan)\b"
    r"|\b(?:minimal|maksimal|sekurang-kurangnya|paling\s+sedikit)\s+\w+\s+"
    r"(?:pleton|peleton|regu|personel|personil|orang)\b"
    # the system or pattern of the guard described ("Sistem pengamanan dibagi tiga
    # pola, yakni statis di TPS ... serta patroli"); a city security drill is no scheme
    r"|(?<!gladi\s)(?<!simulasi\s)\b(?:sistem|pola|skema|mekanisme)\s+"
    r"(?:pengamanan|penjagaan)\b"
    r"(?!\s+(?:\(sispam\)\s+)?kota\b)",
    re.I,
)
# A summary of the efforts made so far is background, not the story's deed:
# "Berbagai upaya telah dilakukan, mulai dari deklarasi damai, patroli malam, ...".
_EFFORTS = Screened(
    r"\b(?:berbagai|sejumlah|serangkaian|beberapa)\s+(?:upaya|langkah)\b[^.]{0,120}?"
    r"\b(?:mulai\s+dari|seperti|antara\s+lain|di\s+antaranya|diantaranya|misalnya"
    r"|termasuk)\b",
    re.I,
)
# A patrol by someone other than the police (Satpol PP, Linmas, Bawaslu named before
# it, as its doer; "patroli ... menyasar kantor Bawaslu" is the police's) is theirs.
_OTHER_PATROL = compile_led(
    r"\b(?:Satpol\s*PP|Pol\s*PP|polisi\s+pamong\s+praja|Linmas|Bawaslu|Panwaslu\w*|Panwascam|pengawas"
    r"\s+pemilu)\b",
    re.I,
)
_POLICE = compile_led(
    r"\b(?:polisi(?!\s+pamong)|polri|polres\w*|polsek|polda|kepolisian|brimob|person[ei]l\s+gabungan"
    r"|aparat|kapolres\w*|kapolsek|kapolda|bhabinkamtibmas|samapta|satlantas)\b",
    re.I,
)
# Patrols are the routine every story can mention: named in passing in a quote further
# down ("Intensitas patroli tentu kita lakukan"), a patrol is not the story's deed; the
# headline, the lead, the narration or a quote that says it was done ("Kami juga
# melaksanakan patroli rutin") reports the ones that are.
_QUOTE_WEAK = frozenset({"patroli"})
_SAID_DONE = compile_led(
    r"\b(?:melaksanakan|melakukan|menggelar|dilaksanakan|dilakukan|digelar)\s+"
    r"(?:\w+\s+){0,2}?(?:ber)?patroli\b"
    r"|\bpatroli\s+(?:[\w-]+\s+){0,3}?(?:dilaksanakan|dilakukan|digelar)\b"
    # and by whom: "patroli rutin dan berkala oleh personel"
    r"|\bpatroli\b[^.]{0,40}?\boleh\s+(?:personel|personil|anggota|petugas|tim"
    r"|polisi|jajaran|Sat\s?\w+|Unit\s+\w+)\b",
    re.I,
)
_QUOTE_MARKS = '"“'
# A habit, not a deed of the day: "patroli rutin", "terus melakukan patroli".
_ROUTINE = compile_led(
    r"\b(?:rutin|rutinitas|berkala|terus|senantiasa|setiap\s+(?:hari|malam|saat))\b",
    re.I,
)
# The event the sentence is inside of: "Dalam gelar pasukan ini", "Pada kegiatan itu".
_IN_THE_APEL = compile_led(
    r"\b(?:dalam|pada|di)\s+(?:apel|gelar\s+pasukan|kegiatan|acara)\s+(?:\w+\s+)?"
    r"(?:ini|itu|tersebut)\b",
    re.I,
)
# A sentence listing who attended names people by their duties, not deeds.
_ATTENDING = compile_scan(
    r"(?:turut|tampak|juga|ikut)\s+hadir\b|hadir\s+(?:pula|juga|dalam|pada)\b", re.I
)
# An event the story says is still ahead ("Pleno PPK ... digelar besok", "acara debat
# nanti malam", "belum mendapat jadwal ... kampanye akbar"): the force readied for it
# guards nothing yet.
# ("Pleno akan dilanjutkan besok pagi" goes on: it was held today.)
_AHEAD = (
    # (its day or hour may stand before "nanti": "Debat pertama ... di Provinsi X akan
    # berlangsung pada 14 Oktober malam nanti")
    r"(?:\s+(?:[\w,()-]+\s+){0,20}?(?:(?:akan|bakal|hendak)\s+)?(?:digelar|dilaksanakan|berlangsung"
    r"|diadakan|dimulai)\s+(?:pada\s+)?(?:[\w.]+\s+){0,4}?(?:b?esok|lusa|nanti)\b"
    r"|\s+nanti\s+(?:malam|siang|sore)\b"
    r"|\s+(?:(?!(?:dilanjutkan|dilanjut|lanjut)\b)[\w.]+\s+){0,2}?b?esok\b)"
)
# Said of an event less sharply ("kampanye selama 60 hari ke depan", "Rapat pleno
# direncanakan dimulai pukul 20.00"; "dijadwalkan berlangsung hingga Sabtu" goes on
# now): ahead only for a guard the story gives as a force sent or readied for it
# (rule 5); another sitting still to come leaves a guard reported as done alone.
_SOON = (
    r"(?:\s+(?:[\w.]+\s+){0,3}?ke\s?depan\b"
    r"|\s+(?:\w+\s+){0,2}?(?:dijadwalkan|direncanakan)\s+(?:(?:akan|bakal|hendak)\s+)?(?:digelar"
    r"|dilaksanakan|diadakan|dimulai)\b)"
)
# The force sent out later the same day: "Polres malam ini menurunkan personil penuh
# untuk mengamankan debat" (rule 5: announced before the event).
_TONIGHT = (
    r"|\b(?:malam|sore|siang)\s+ini\s+(?:\w+\s+){0,2}?(?:menurunkan|menerjunkan"
    r"|mengerahkan|menyiagakan|diturunkan|diterjunkan|dikerahkan|disiagakan)\b"
)
_EVENT_SOON = (
    (
        "pengamanan-kampanye",
        Screened(rf"\b(?:kampanye|debat){_SOON}{_TONIGHT}", re.I),
    ),
    (
        "pengamanan-rekapitulasi",
        Screened(
            rf"\b{_RECAP}{_SOON}{_TONIGHT}"
            # the force sent will guard it on arrival: "tiba di Pelabuhan Rasau Jaya,
            # selanjutnya akan melaksanakan tugas pengamanan terhadap rapat pleno"
            r"|\b(?:akan|bakal|hendak)\s+(?:melaksanakan|melakukan)\s+(?:tugas\s+)?(?:pengamanan"
            r"|penjagaan)\s+(?:[\w/]+\s+){0,3}?(?:rapat\s+|sidang\s+)?(?:pleno"
            r"|rekapitulasi)\b",
            re.I,
        ),
    ),
)
# A force sent or readied, before what it is for: "425 personel dikerahkan untuk
# mengamankan rapat pleno", "siagakan 206 personel amankan kampanye".
_DEPLOYS = compile_led(
    r"\b(?:di|men|meng|meny|mem)?(?:terjunkan|erjunkan|kerahkan|erahkan|turunkan"
    r"|urunkan|siagakan|iagakan|tempatkan|empatkan|siapkan|iapkan|berangkatkan"
    # (sent, shifted or assigned, as _DEPLOYED has them: "mengirim dua SST pasukan ke
    # kecamatan guna menjaga rapat pleno")
    r"|kirim(?:kan)?|irim(?:kan)?|geser|tugaskan|ugaskan)\b",
    re.I,
)
# Later the same day, the part of the day first ("debat kandidat malam nanti", "325
# personel disiagakan malam nanti"): the event, or the force readied for it, is
# still ahead when the story is told.
_LATER_TODAY = r"(?:malam|sore|siang|pagi)\s+nanti\b"
_TONIGHT_READIED = (
    r"|\b(?:disiagakan|diterjunkan|dikerahkan|diturunkan|ditempatkan|disiapkan)\s+"
    rf"(?:\w+\s+){{0,2}}?{_LATER_TODAY}"
)
_EVENT_AHEAD = (
    (
        "pengamanan-kampanye",
        Screened(
            rf"\b(?:kampanye|debat){_AHEAD}|\bbelum\s+(?:\w+\s+){{0,2}}?jadwal\b"
            r"[^.]{0,60}?\b(?:kampanye|debat)\b"
            rf"|\b(?:kampanye|debat)\b[^.]{{0,40}}?\b{_LATER_TODAY}{_TONIGHT_READIED}",
            re.I,
        ),
    ),
    (
        "pengamanan-rekapitulasi",
        Screened(
            rf"\b{_RECAP}{_AHEAD}|\b(?:akan|bakal|hendak)\s+(?:digelar|berlangsung"
            rf"|dilaksanakan|diadakan)\s+(?:rapat\s+)?{_RECAP}\b"
            rf"|\b{_RECAP}\b[^.]{{0,40}}?\b{_LATER_TODAY}{_TONIGHT_READIED}",
            re.I,
        ),
    ),
)
_PATROL_GOES = compile_led(r"(?<!\bdan\s)\b(?:ber)?patroli\b", re.I)
# What "berjalan aman" says of the area's order ("pemungutan suara di TPS situasi
# Kamtibmas ... berjalan aman") reports no guarded event.
# (by any word for the state of things: "keadaan / suasana kamtibmas", or
# "kamtibmas" alone: "menjelang pencoblosan di TPS, kamtibmas di kota tetap berjalan
# aman")
_ORDER_WENT = compile_led(
    r"\b(?:situasi|kondisi|keadaan|suasana)\s+(?:kamtibmas|keamanan|wilayah"
    r"|keamanan\s+dan\s+ketertiban)\b|\bkamtibmas\b",
    re.I,
)
# A patrol told as the means of something else ("menjaga gudang dengan menugaskan
# patroli", "dengan pengamanan ketat dan patroli rutin, diharapkan ...") is part of
# it: the story's deed only when it guards no election site. And then only when a
# verb does the patrol ("menjaga keamanan desa dengan menggelar patroli malam",
# "dengan menerjunkan Polwan untuk patroli"): a means named by its noun ("cipta
# kondisi dengan peningkatan patroli", "pun dengan pelaksanaan patroli rutin",
# "dengan patroli dilakukan ...") is how the force works in general, in the plans and
# summaries of a story with no deed of its own.
_PATROL_MEANS = compile_led(
    # (a next step is no means: "kegiatan dilanjutkan dengan patroli ke permukiman")
    r"(?<!lanjutkan\s)(?<!lanjut\s)(?<!teruskan\s)(?<!akhiri\s)(?<!tutup\s)"
    r"(?<!susul\s)\b(?:dengan|melalui|lewat)\s+(?:[\w-]+\s+){0,5}?(?:ber)?patroli\b",
    re.I,
)
_MEANS_DONE = compile_led(
    r"\b(?:dengan|melalui|lewat)\s+(?:berpatroli\b|(?:me|ber)\w+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ber)?patroli\b)",
    re.I,
)
# A patrol told as part of a guard, one guard kept by standing and patrolling
# ("melakukan penjagaan dan berpatroli di sekitar lokasi sidang") or a ring of the
# guard's layout ("Ring tiga meliputi ... patroli mobiling"), or as the rounds of a
# standing guard ("personel berpatroli di sekitar kantor"), is that guard's: the
# story's deed only when it guards no such site (an event's guard, a pleno, may have
# patrols of its surroundings besides).
_PATROL_PART = compile_led(
    r"\b(?:penjagaan|berjaga|menjaga)\s+dan\s+"
    r"(?:(?:melakukan|melaksanakan)\s+)?(?:ber)?patroli\b"
    r"|\bring\s+(?:\w+\s+)?(?:meliputi|berupa|yakni|yaitu|terdiri)\b"
    r"[^.]{0,80}?\bpatroli\b",
    re.I,
)
_PATROL_ROUNDS = compile_led(
    # ("berpatroli di sekitar gudang" as "patroli di sekitar gudang")
    # (further on when the patrol keeps the place's peace: "patroli rutin diperketat
    # siang dan malam untuk menjaga keamanan di sekitar Kantor Bawaslu"; the place's
    # area by its other words, glued or not: "disekitaran", "pada kawasan kantor")
    r"\b(?:ber)?patroli\b[^.;]{0,40}?\b(?:di\s*(?:sekitar(?:an)?|seputar(?:an)?"
    r"|sekeliling)\b|(?:di|pada)\s+kawasan\s+(?:kantor|gedung|gudang|obje?k|obyek)\b)"
    r"|\b(?:ber)?patroli\b[^.;]{0,60}?\b(?:menjaga|mengamankan)\s+(?:keamanan\s+)?"
    r"di\s*(?:sekitar(?:an)?|seputar(?:an)?|sekeliling)\b"
    r"|\b(?:ber)?patroli\s+(?:\w+\s+)?(?:ke\s+)?gudang\b"
    # (at the guarded event's own place: "Pengamanan, Patroli, Pengawasan ... di lokasi
    # kegiatan", "patroli, memantau situasi, dan berjaga-jaga di lokasi nobar")
    r"|\b(?:ber)?patroli\b[^.;]{0,60}?\bdi\s*lokasi\b",
    re.I,
)
_GUARDED_SITES = frozenset(
    {
        "pengamanan-kantor-kpu-bawaslu",
        "pengamanan-gudang-logistik",
    }
)
_GUARDED = _GUARDED_SITES | {"pengamanan-rekapitulasi", "pengamanan-tps"}
# The guards whose place a patrol's rounds keep: the offices, the warehouse, and the
# place of a guarded campaign event.
_ROUNDS_OF = _GUARDED_SITES | {"pengamanan-kampanye"}


def _still_quoting(sentence: str, open_: bool) -> bool:
    """Whether a quotation is still open after ``sentence``."""
    opened, closed = sentence.rfind("“"), sentence.rfind("”")
    if opened != closed:  # one of them is there; the later one wins
        open_ = opened > closed
    return open_ != bool(sentence.count('"') % 2)


# A check of a place or a stage: its object ("kesiapan", "persiapan") is no mood.
_CHECK = compile_scan(
    r"(?:mengecek|cek|meninjau|tinjau|memeriksa|pemeriksaan|pengecekan|peninjauan"
    r"|sidak|inspeksi|menginspeksi|kunjungan\w*|berkunjung|kunjungi|mengunjungi"
    r"|menyambangi|sambangi|mendatangi|datangi|monitoring)\b",
    re.I,
)
# Securing (not escorting) logistics is an escort only when they move.
_SECURING = compile_scan(
    r"(?:pengamanan|penjagaan|mengamankan|amankan|diamankan|menjaga|jaga|berjaga)\b",
    re.I,
)
_STORED = compile_led(r"\b(?:disimpan|tersimpan|penyimpanan|di\s+gudang)\b", re.I)
# (a story that names the warehouse at all: "Karena kita mengamankan logistiknya")
_STORE_NAMED = compile_led(r"\b(?:disimpan|tersimpan|penyimpanan|gudang)\b", re.I)
# A headline's event held ("Gelar Patroli", "Laksanakan Apel", "Gelar Rakor") and a
# guard's bare verb ("Amankan PSU") beside it, not joined to it by a conjunction.
_HEADLINE_HELD = compile_led(
    r"\b(?:gelar|menggelar|laksanakan|melaksanakan|lakukan|melakukan|adakan"
    r"|mengadakan)\b",
    re.I,
)
_BARE_GUARD = compile_scan(r"(?:amankan|kawal|jaga)\b", re.I)
_JOINED = compile_led(r"\b(?:dan|serta|sekaligus)\s+$", re.I)
# Logistics said to be kept in store, between the escort's words and their object.
_KEPT_IN_STORE = compile_scan(r"\b(?:disimpan|tersimpan)\b", re.I)
_ARRIVES_AT_STORE = compile_led(r"\bkedatangan\b[^.]{0,60}?\bdi\s+gudang\b", re.I)
# An arrival watched or secured is an escort only when the sentence escorts it
# ("mengawal ketat kedatangan bilik suara") or names its road ("dari pelabuhan",
# "ke PPK"): "memantau kedatangan kontainer berisi logistik di pelabuhan" is a check.
_ESCORTING = compile_scan(r"(?:mengawal|kawal|dikawal|pengawalan)\b", re.I)
_ROAD = compile_led(r"\b(?:dari|ke|menuju|sampai)\s", re.I)
_GUARDED_BY = compile_led(r"\b(?:dijaga|menjaga|berjaga|diamankan)\b", re.I)
_MOVED = compile_led(
    rf"\b(?:{_MOVING}|diangkut|dikirim|dibawa|didistribusikan|digeser|dipindahkan"
    r"|diantar|diantarkan"
    rf"|menuju|tiba)\b|\bke\s+(?:{_TPS}|{_PPK}|PPS|{_KPU}|kecamatan|desa|kelurahan)\b",
    re.I,
)
_LOGISTICS_WORD = compile_led(rf"\b{_LOGISTICS}\b", re.I)
# Ballots folded and sorted are in the warehouse: guarding that work ("mengawal
# proses penyortiran dan pelipatan surat suara") escorts nothing.
_FOLDING = compile_led(r"\b(?:pelipatan|penyortiran|sortir|melipat|dilipat)\b", re.I)
_SENT_OUT = compile_led(
    r"\b(?:distribusi|pendistribusian|pengiriman|didistribusikan|dikirim|penyaluran"
    r"|disalurkan)\b",
    re.I,
)
# A pleno held away from the KPU office: "Rapat Pleno ... di Hotel Bumi Senyiur".
_PLENO_ELSEWHERE = Screened(
    rf"\b{_RECAP}\b[^.]{{0,120}}?\b(?:di|bertempat\s+di)\s+(?:hotel"
    r"|ballroom|balai|pendopo|(?:gedung|aula)\s+(?!(?:[\w.]+\s+){0,2}?(?:"
    rf"{_KPU}|kantor"
    r"|Bawaslu)\b)\w+)",
    re.I,
)
# A guard that lasts until the boxes reach the PPK ("hingga tiba di PPK", "memastikan
# kotak suara sampai di PPK") is the escort's (the lead's ruling, session 8); the
# boxes kept there are the PPK's.
_UNTIL_AT_PPK = Screened(
    rf"\b(?:hingga|sampai)\s+(?:tiba\s+)?(?:di|ke)\s+(?:kantor\s+)?{_PPK}\b", re.I
)
_KEPT = frozenset({"pengamanan-rekapitulasi", "pengamanan-gudang-logistik"})
# Logistics on their way out to the villages, and a count done or going on.
_TO_THE_VILLAGES = Screened(
    r"\b(?:distribusi|pendistribusian|didistribusikan|disalurkan|penyaluran)\b", re.I
)
# (ballot boxes brought in "dari 11 desa" come back after the vote)
_COUNTED = Screened(
    rf"\b(?:{_RECAP}|penghitungan|perhitungan|(?:pasca|usai|setelah"
    # (the boxes holding the result: "kotak suara hasil pemungutan suara")
    r"|hasil)\s+(?:pemungutan|pencoblosan))\b"
    # (not on their way out to the polling stations: "dari PPS langsung ke TPS")
    rf"|\bdari\s+(?:\w+\s+){{0,2}}?(?:desa|{_TPS}|PPS|kelurahan)\b"
    rf"(?![^.]{{0,40}}?\b(?:ke|menuju)\s+(?:\w+\s+){{0,2}}?{_TPS}\b)",
    re.I,
)
# The KPU's rehearsal of the vote is no security drill ("Simulasi Pemungutan dan
# Penghitungan Suara"): a drill referred to in such a story is that rehearsal.
_VOTE_REHEARSAL = Screened(
    r"\bsimulasi\s+(?:\w+\s+)?(?:pemungutan|penghitungan|perhitungan|pencoblosan"
    r"|pemilihan)\b",
    re.I,
)
_AT_THE_TPS = compile_led(r"\b(?:TPS|tempat\s+pemungutan\s+suara)\b", re.I)
_DRILLS = frozenset({"simulasi-sispamkota", "simulasi-ref", "simulasi-meja"})
# A drill named as a meeting's or a call's topic is talked over, not held: "kegiatan
# Zoom Meeting Latihan Pengamanan TPS", "vicon simulasi sispamkota".
_MEETING_ON = compile_led(
    r"\b(?:zoom(?:\s+meeting)?|meeting|vicon|video\s+conference|vidcon|teleconference"
    r"|webinar|rapat|rakor)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# The office listed as a second object, right at the end of a match.
# (or after a comma, the body's bare name: "pengamanan di gudang logistik, KPU dan
# Bawaslu")
_OFFICE_LISTED = compile_led(
    rf"(?:\b(?:serta|dan|maupun)\s+{_OFFICE}|,\s*(?:KPU|KPUD|Bawaslu))$", re.I
)
# A KPU stage secured is the office's when the story names the office.
_AT_THE_OFFICE = Screened(rf"\b{_OFFICE}\b|\b(?:di|ke)\s+{_KPU}\b", re.I)
# Candidates register at the KPU office, by law: a guarded registration is the
# office's even when the story does not name the office (a draw or a confirmation
# may sit in a hall or a hotel, so those need the office named).
_REGISTRATION = Screened(
    r"\bpendaftaran\s+(?:[\w()]+\s+){0,3}?(?:calon|paslon|bapaslon|bacalon|balon"
    r"|kandidat|cakada|bacakada)\b",
    re.I,
)
# --- Deed or mention, for every activity alike -------------------------------------
# Denied or still missing right before it: "belum ada pengawalan logistik", "tanpa
# pengawalan", "tidak melakukan patroli" ("tidak hanya menjaga TPS" does it).
_NEGATED = compile_led(
    r"\b(?:tidak|tak|belum|tanpa|bukan)\s+(?:ada(?:nya)?\s+|pernah\s+|perlu\s+)?"
    r"(?:lagi\s+)?(?:(?:me|di)(?:lakukan|laksanakan|gelar)\s+)?$",
    re.I,
)
# Someone else's deed: a body other than the police as the doer right before an
# active guarding verb ("Satpol PP dan Linmas menjaga TPS", "Bawaslu mengawasi
# jalannya rekapitulasi", "Petugas KPPS mengawal kotak suara"), in a sentence naming
# no police. (A passive "pleno KPU dijaga ketat" is the police's.)
_OTHER_DOER = compile_led(
    # (a body named as a place is no doer: "hadirnya pasukan di PPK dapat membantu")
    # (nor as the owner of a place: "penjagaan di gudang logistik KPU dan patroli ke
    # desa-desa" names the KPU's warehouse, the police guard it and patrol)
    r"(?<!\bdi\s)(?<!\bke\s)(?<!dari\s)(?<!gudang\s)(?<!kantor\s)(?<!logistik\s)"
    r"(?<!gedung\s)(?<!aula\s)(?<!sekretariat\s)(?<!milik\s)\b(?:Satpol\s*PP|Pol\s*PP|pamong\s+praja|Linmas|Bawaslu|Panwaslu\w*|Panwascam"
    # (a "perwira pengawas" is a police duty officer)
    rf"|KPPS|PPS|PPK|PTPS|{_KPU}|pengawas\s+(?:pemilu|pemilihan|TPS|kecamatan|desa"
    r"|kelurahan)|penyelenggara|relawan|warga|masyarakat"
    r"|saksi|tim\s+(?:sukses|pemenangan)|timses)\b"
    # (its abbreviation in brackets: "Komisi Pemilihan Umum (KPU) RI dan Provinsi
    # Kalteng meninjau")
    r"\)?(?:\s+[\w.()-]+){0,5}?\s+(?:(?:juga|turut|ikut|telah|sudah|sedang|tengah|terus)"
    r"\s+)*(?:(?:melakukan|melaksanakan|menggelar)\s+)?$",
    re.I,
)
_ACTIVE = compile_scan(
    r"(?:pengamanan|mengamankan|amankan|menjaga|jaga|berjaga|penjagaan|mengawal"
    r"|kawal|pengawalan|mengawasi|pengawasan|memantau|pantau|pemantauan|memonitor"
    r"|monitor|(?:ber)?patroli|bersiaga|siaga|sterilisasi|mensterilkan|menempatkan"
    r"|penempatan|bertugas|meninjau|tinjau|peninjauan|mengecek|cek|pengecekan|sidak"
    r"|inspeksi|kunjungan\w*|berkunjung|membawa|mengangkut"
    r"|mengantar\w*|memindahkan)\b",
    re.I,
)
# (a joint or unnamed force is the police's too: "Petugas keamanan dan pengawas
# pemilu memantau ...")
_FORCE = compile_led(
    r"\b(?:petugas\s+(?:keamanan|gabungan)|TNI|tim\s+gabungan"
    # (not the members of another body: "anggota Satpol PP")
    rf"|(?:person[ei]l|anggota)(?!\s+(?:Satpol|Pol\s*PP|Linmas|KPPS|PPS|PPK|{_KPU}"
    r"|Bawaslu|Panwas\w*|DPR\w*)\b))\b",
    re.I,
)
# A meeting about a guard is not the guard: "rapat koordinasi pengamanan kampanye",
# "rakor ... membahas pengamanan pleno".
_MEETING = compile_led(
    r"\b(?:rapat\s+koordinasi|rakor\w*|koordinasi|membahas|pembahasan|bahas"
    r"|sosialisasi|diskusi|FGD|bimtek|evaluasi|anev|analisa|analisis|pemetaan"
    # (a training or briefing for it: "pembekalan pengamanan TPS", "latihan
    # pengawalan logistik")
    r"|latihan|pelatihan|pembekalan|pengarahan|briefing"
    # (a talk about it: "konferensi pers untuk menjelaskan pengamanan kampanye",
    # "paparan pengamanan TPS"; a speaker who "menjelaskan / menerangkan" a guard
    # reports it as "mengatakan" does, and a layout he explains is no deed by the
    # layout rule, not by his verb)
    r"|(?<=untuk\s)(?:menjelaskan|menerangkan)|penjelasan|memaparkan|paparan|pemaparan"
    # (its topic named: "dialog tentang pengamanan TPS", "mengenai pengamanan
    # kampanye")
    r"|tentang|mengenai|perihal|soal"
    # ("menjelaskan bahwa pengawalan dilakukan ..." reports what was done)
    r"|perencanaan|rencana)\s+(?:(?!(?:dan|serta|lalu|kemudian|bahwa)\b)[\w-]+\s+)"
    r"{0,3}?$",
    re.I,
)


# A sentence ends at its stop; a quote ends where its speaker is named, and the
# narration after it ("...,” ujarnya usai memimpin apel") has a mood of its own.
# (Each alternative consumes its first character, a space or a comma, so ``re``
# skips ahead to those in C.)
# An event referred back to and said guarded ("PSU dimulai pukul 07.00. Kegiatan ini
# dijaga ketat oleh petugas kepolisian"): read as the event the sentence before names.
_ANAPHOR = compile_led(
    r"\b(?:kegiatan|acara)\s+(?:ini|tersebut)\s+(?=(?:juga\s+|pun\s+|tetap\s+)?"
    rf"{_GUARDED_PASSIVE})",
    re.I,
)
_EVENT_NAMED = compile_led(
    r"\b(?:kampanye|debat|deklarasi\s+damai|pemungutan\s+suara\s+ulang|PSU"
    r"|pemungutan\s+suara|pencoblosan|(?:rapat\s+)?pleno|rekapitulasi"
    r"|(?:pen)?distribusi(?:an)?\s+logistik|pergeseran\s+logistik"
    r"|pelipatan\s+surat\s+suara)\b",
    re.I,
)


def _named_back(sentence: str, before: str) -> str:
    """``sentence`` with "kegiatan ini" said guarded read as the event ``before``
    names last (unchanged when it names none)."""
    anaphor = _ANAPHOR.search(sentence)
    if not anaphor:
        return sentence
    named = list(_EVENT_NAMED.finditer(before))
    if not named:
        return sentence
    event = named[-1]
    return f"{sentence[: anaphor.start()]}{event.group(0)} {sentence[anaphor.end() :]}"


_SENTENCE = compile_scan(
    r"[\s,](?:(?<=[.!?]\s)\s*(?=[A-Z\"“])|(?<=\n)"
    r"|(?<=[”\"],|[”\"]\s)\s*(?=(?:ujar|kata|jelas|terang|tutur|ucap|tegas|ungkap"
    r"|imbuh|tambah|pungkas|papar|sebut|tandas|lanjut)(?:nya)?\b))"
)
# Where a _SENTENCE match can start: right after a stop or a quote mark (its first
# two alternatives look back at one), or at a line break.
_SENTENCE_MARKS = (".", "!", "?", '"', "”")


def _sentences(paragraph: str) -> list[str]:
    """``_SENTENCE.split(paragraph)``, trying the pattern only where a match can
    start: a split scanned every space and comma of the paragraph."""
    starts = []
    for mark in _SENTENCE_MARKS:
        at = paragraph.find(mark)
        while at >= 0:
            starts.append(at + 1)
            at = paragraph.find(mark, at + 1)
    at = paragraph.find("\n")
    while at >= 0:
        starts.append(at)
        at = paragraph.find("\n", at + 1)
    if not starts:
        return [paragraph]
    starts.sort()
    parts, last, match_at = [], 0, _SENTENCE.match
    for start in starts:
        if start >= last and (match := match_at(paragraph, start)):
            parts.append(paragraph[last : match.start()])
            last = match.end()
    parts.append(paragraph[last:])
    return parts


# A sentence that only lists where or what the one before did ("... ditempatkan di
# titik pengamanan. Di antaranya di Kantor KPU dan Bawaslu.") is read with it.
_LIST_HEAD = compile_led(r"\.\s+(?:di\s*antaranya|antara\s+lain)\b", re.I)
_LIST_START = compile_led(r"^\s*(?:di\s*antaranya|antara\s+lain)\b", re.I)


def _joined_lists(sentences: list[str]) -> list[str]:
    """``sentences`` with each one opening with a list word joined to the one before."""
    out = [sentences[0]]
    for sentence in sentences[1:]:
        if _LIST_START.match(sentence) and out[-1].rstrip().endswith("."):
            out[-1] = out[-1].rstrip()[:-1] + ", " + sentence.lstrip()
        else:
            out.append(sentence)
    return out


def _markers(sentence: str, low: str | None = None) -> list[tuple[int, int, str]]:
    """Every mood marker of ``sentence`` as (start, end, kind), in order.

    ``low`` is ``sentence.lower()`` when ``screen.can_screen(sentence)``: the same
    offsets, read faster.
    """
    found = _MARKER.finditer(sentence) if low is None else _MARKER_LOWER.finditer(low)
    return [(m.start(), m.end(), m.lastgroup or "") for m in found]


def _mood_before(
    markers: list[tuple[int, int, str]],
    at: int,
    inherited: str | None,
    near: int = 0,
    begin: int | None = None,
) -> str | None:
    """The kind of the marker nearest before ``at`` (``harus`` only right before).

    With ``near``, only a marker at most that many characters before ``at`` counts.
    ``begin`` is where the mention starts (``at`` is its end): "harus" orders it from
    inside it or right before it. A modal right before "sudah" keeps its mood ("harus
    sudah melakukan").
    """
    begin = at if begin is None else begin
    before = [m for m in markers if m[1] <= at]
    for i in range(len(before) - 1, -1, -1):
        start, end, kind = before[i]
        if near and at - end > near:
            return inherited
        if kind == "must":
            if end > begin or begin - end <= _NEAR:
                return "order"
            continue
        if kind == "done" and i and start - before[i - 1][1] <= 1:
            prev = before[i - 1][2]
            if prev != "reset":
                return "order" if prev == "must" else prev
        return None if kind == "reset" else kind
    return inherited


def _mood_left(
    sentence: str,
    markers: list[tuple[int, int, str]] | None,
    carried: str | None,
    framed: bool,
) -> str | None:
    """The mood ``sentence`` leaves for a sentence that continues it, if not done."""
    if framed:
        return "plan"
    if markers is None:
        markers = _markers(sentence)
    last = _mood_before(markers, len(sentence), carried)
    return last if last in _NOT_DONE else None


# A time clause put first: "saat mengamankan TPS, ...", and an addition put first:
# "Selain menjaga lokasi debat, Polri juga akan memantau ..." (as the main clause).
_WHEN_BEFORE = compile_led(
    r"\b(?:saat|ketika|sewaktu|tatkala|dalam|selain)\s+(?:sedang\s+|tengah\s+)?$",
    re.I,
)


# Who says it, set off by commas inside the clause: "Pengawalan logistik ke PPK,
# lanjutnya, akan dilakukan ...", ", kata Kapolres,".
_SAYS_INSIDE = compile_led(
    r",\s*(?:lanjut|kata|ujar|jelas|tutur|ungkap|terang|tambah|sebut|imbuh|papar"
    r"|tegas|menurut)\w*(?:\s+[\w.]+){0,4}?\s*,",
    re.I,
)


def _later_after(sentence: str, end: int, start: int = 0) -> bool:
    """True when the mention's own clause puts it later ("akan ditingkatkan")."""
    when = _WHEN_BEFORE.search(sentence, max(0, start - 24), start) if start else None
    if "," in sentence[end:]:
        # (the speaker's tag does not end the clause: read past it, offsets kept)
        sentence = _SAYS_INSIDE.sub(lambda m: " " * len(m.group(0)), sentence)
    for match in _LATER_AFTER.finditer(sentence, end):
        if when and match.group(0) == ",":
            # "saat mengamankan TPS, anggota akan berseragam": the time clause takes
            # the mood of the main clause after it.
            when = None
            continue
        if match.group("ready"):
            # ("mengamankan TPS yang disiapkan KPU": the TPS's predicate)
            return "yang" not in sentence[end : match.start()].split()
        if match.group("later"):
            # "apel kesiapan pengamanan Pilkada yang akan digelar": the relative clause
            # is about the Pilkada, a few words on; right after the mention it is
            # about the mention ("patroli yang akan digelar besok").
            between = sentence[end : match.start()]
            if re.search(r"\byang\b", between) and len(between.split()) > 2:
                return False
            return True
        return False
    return False


# After a mention, a time word is its own up to the next verb ("TFG serta Simulasi
# Pengamanan Kota pada pekan lalu"); past that verb it dates the verb's object
# ("pengamanan PSU tetap mengacu pada pola ... 14 Februari lalu").
_NEXT_VERB = compile_led(r"\b(?:me[mn]?\w{3,}|ber\w{3,}|di\w{4,})\b", re.I)


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last ``,;:`` before it)."""
    return max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)


def _earlier(
    sentence: str, start: int, end: int, words: frozenset[str] | None = None
) -> bool:
    """True when the mention's clause puts it before the reported day, or habitual.

    ``words``: the words of ``sentence`` (``prefilter.Words``), None when unknown.
    """
    if _PAST_FRAME.match(sentence):
        return True
    if not _EARLIER.possible(words):
        return False
    left = _clause_start(sentence, start)
    right = _CLAUSE_END.search(sentence, end)
    stop = right.start() if right else len(sentence)
    verb = _NEXT_VERB.search(sentence, end, stop)
    return bool(_EARLIER.whole.search(sentence, left, verb.start() if verb else stop))


# Moods that make a mention no deed: for an apel or a drill, only a plan or a
# condition does ("apel kesiapan", "arahan dalam apel" are held now).
_NOT_DONE = frozenset({"plan", "ready", "order"})
_NOT_HELD = frozenset({"plan"})
# An apel or drill is planned by a word right before it ("akan menggelar apel") or
# by its own predicate after it ("simulasi ... direncanakan berlangsung Sabtu"), not
# by a plan elsewhere in the sentence ("... akan melibatkan ... ditandai apel").
_HELD_NEAR = 30
_HELD_LATER = compile_led(
    # ("apel kesiapan pengamanan Pilkada yang akan digelar": the Pilkada's predicate)
    r"\s*(?:yang\s+)?(?:(?!\byang\b)[^.,;]){0,60}?\b(?:direncanakan|dijadwalkan|(?:akan|bakal|hendak)\s+(?:digelar|dilaksanakan"
    r"|berlangsung|dilakukan)"
    # an order for it: "Simulasi pengamanan ... harus kita siapkan"
    r"|(?:harus|perlu|wajib)\s+(?:(?:kita|kami|segera)\s+)?(?:di)?(?:(?:per)?siapkan|lakukan"
    r"|laksanakan|gelar|adakan))\b",
    re.I,
)
# A purpose or a means put first takes the main clause's mood: "Untuk mengamankan
# pergeseran logistik ..., Polres menyiapkan 465 personel", "Dengan pengawalan ketat
# dari aparat, masyarakat diharapkan tetap tenang".
# (a purpose said with its verb: "Untuk menjamin keamanan ..., Satbrimob menggelar
# patroli"; "Untuk personel kita sudah siap ..." is a topic)
# (also right after who says it: "Kapolres, AKBP X, mengatakan untuk mengawal
# logistik ke PPK, pihaknya telah menyiapkan 28 personel")
_SAYS_FIRST = (
    r"^\W*(?:(?:[\w.()/-]+,?\s+){0,10}?(?:mengatakan|menjelaskan|menyampaikan"
    r"|menuturkan|mengungkapkan|menambahkan|menegaskan|menerangkan|menyebutkan"
    r"|memaparkan)\s+(?:bahwa\s+)?)?\W*"
)
_PURPOSE_CLAUSE = compile_led(
    _SAYS_FIRST + r"(?:untuk|guna|demi)\s+(?:me\w+|ber\w+|di\w{4,})\b", re.I
)
_PURPOSE_FIRST = compile_led(
    _SAYS_FIRST + r"(?:untuk|guna|demi|dengan|dalam\s+rangka)\b", re.I
)
# A preparation the main clause holds (an apel, a drill, a coordination meeting):
# the guard its purpose names is what it readies the force for ("Dalam rangka
# pengamanan pengundian nomor urut ..., Polda menggelar apel").
_PREPARES = compile_led(
    r"\b(?:apel|gelar\s+pasukan|simulasi|sispamkota|latihan|rakor\w*"
    r"|rapat\s+koordinasi)\b",
    re.I,
)

# Every word a screened pattern needs, found in a text in one pass (and the two the
# apel-name cut is screened by, and the list words of ``_ANNOUNCES``).
_WORDS = Words(
    {"apel"}.union(
        _APEL_NAMES,
        _LISTS,
        _EARLIER.words,
        *(rule.words | keywords for _, rule, keywords in _SCREENED),
        *(cut.words for cut in _NOT_A_DEED_PARTS),
        _SCHEME.words,
        _EFFORTS.words,
    )
)


# The words of a plan that put a deed in the future (an aim, "bertujuan", does not).
_FUTURE = frozenset(
    {
        "akan",
        "bakal",
        "hendak",
        "rencananya",
        "direncanakan",
        "dijadwalkan",
        "nanti",
        "nantinya",
    }
)


def _future_before(sentence: str, markers: list[tuple[int, int, str]], at: int) -> bool:
    """True when the plan marker nearest before ``at`` is a word of the future."""
    for start, end, kind in reversed(markers):
        if end <= at and kind == "plan":
            return sentence[start:end].lower() in _FUTURE
    return False


def _not_a_deed(text: str, match: re.Match[str]) -> bool:
    """True when the mention is denied, someone else's deed, or a meeting's topic."""
    start = match.start()
    before = max(0, start - 60)
    if _NEGATED.search(text, before, start):
        return True
    if _MEETING.search(text, before, start):
        return True
    return bool(
        _ACTIVE.match(match.group(0))
        and _OTHER_DOER.search(text, _clause_start(text, start), start)
        and not _POLICE.search(text)
        and not _FORCE.search(text)
    )


_CUT_SHORT = compile_scan(r"\s*(?:…|\.\.\.)$")
# A list item set as a paragraph of its own: "- Pengawalan distribusi logistik",
# "• Patroli", "1. Penjagaan gudang".
_BULLET = compile_scan(r"\s*(?:[-–—•·*▪►]\s*|\d{1,2}[.)]\s+|[a-h][.)]\s+)\S")
# What a list announced by a meeting or a plan holds is its content, not deeds done:
# "Rapim juga membahas skema pengamanan PSU secara menyeluruh:" and its items.
_LIST_TOPIC = compile_led(
    r"\b(?:membahas|dibahas|pembahasan|rapat|rapim|rakor\w*|skema|pola|mekanisme"
    r"|strategi|rencana|arahan|materi)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def _allowed(
    present: frozenset[str],
) -> tuple[tuple[tuple[str, Screened, frozenset[str]], ...], tuple[Screened, ...]]:
    """The rules and cuts a paragraph holding the words ``present`` allows at all
    (kept: a few thousand word sets recur across the paragraphs of a build)."""
    rules = tuple(
        r for r in _SCREENED if not r[2].isdisjoint(present) and r[1].possible(present)
    )
    cuts = tuple(c for c in _NOT_A_DEED_PARTS if c.possible(present)) if rules else ()
    return rules, cuts


def _tps_in_passing(
    first_at: dict[str, int], lead_end: int, headline: bool, found: set[str]
) -> bool:
    """True when the TPS guard is told after the story's other deed is told up front.

    Every election story can name the polling stations (the voting day all prepare
    for or look back on, the post an officer is known by): the TPS guard is the
    story's own when it is told where the story tells its deed, in the headline
    when the headline reports another deed, in the lead (the headline and two
    paragraphs) when the lead does. The TPS guard alone is always the story's.
    """
    tps = first_at.get("pengamanan-tps", 0)
    others = [
        at for act, at in first_at.items() if act != "pengamanan-tps" and act in found
    ]
    return (headline and tps > 0 and 0 in others) or (
        tps >= lead_end and any(at < lead_end for at in others)
    )


def find_activities(title: str | None, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Activity ids in the canonical order; ``lainnya`` when none is recognised.

    An activity is the story's when officers are reported doing it, done or under
    way. Meeting about it, talking about it, naming a body, a document or a role for
    it, planning it, readying or sending a force for it before the event, ordering,
    asking or hoping for it is no deed: a page with nothing else is ``lainnya``.
    """
    found: set[str] = set()
    # Every rule match as evidence for the learned step (activity_rank): [activity,
    # paragraph index (the title is 0 when there is one), sentence, match start (-1:
    # the rule's words without a match), mood markers, taken (None: matched again
    # once found, not judged)]; None when that step is off.
    trace: list[list] | None = [] if activity_rank.ENABLED else None
    said: set[str] = set()
    # Activities found in the headline and not (yet) told as done in the body, and
    # those the body tells as a plan.
    headline_only: set[str] = set()
    planned: set[str] = set()
    if title and paragraphs and _CUT_SHORT.search(title):
        # A headline cut short that repeats the lead ("Pencoblosan sudah usai, namun
        # ... di TPS daerah pelosok…") is read whole in the lead.
        head = _CUT_SHORT.sub("", title)
        if len(head) > 20 and paragraphs[0].startswith(head):
            title = None
    texts = ((title,) if title else ()) + tuple(paragraphs)
    # A story about logistics kept in store: "Pengamanan Ketat Logistik" in its
    # headline guards the store (read when needed).
    stored: bool | None = None
    # A story about logistics arriving at the warehouse ("Kedatangan Logistik ... di
    # Gudang KPU"): guarding the arrival guards the store (read when needed).
    arrives: bool | None = None
    # Whether the first sentence giving an activity gave it as a force sent for it.
    deployed: dict[str, bool] = {}
    # The text (0: the title when there is one) where each activity was first taken.
    first_at: dict[str, int] = {}
    # Whether the story moves anything anywhere (read when needed).
    moves: bool | None = None
    drill_apart = False  # a drill held "kemarin", apart from the story's day
    within = False  # a drill shown within the event ("Dalam apel ini ...")
    # a patrol told as part of a guard, or a guarded site's rounds
    part = rounds = False
    # The sentence before, for one that continues it ("Rencananya besok ... .", then
    # "Dilanjutkan pengamanan ...", even in the next paragraph): read only then.
    prev: tuple[str, list[tuple[int, int, str]] | None, str | None, bool] | None = None
    # The mood a sentence announcing a list (ending in ":") leaves for its items set
    # as paragraphs of their own, while they last.
    listed: str | None = None
    lead_end = (1 if title else 0) + 2  # the title and the first two paragraphs
    for index, paragraph in enumerate(texts):
        if (
            _CAPTION.match(paragraph)
            or (index and len(paragraph) < 48 and _SUBHEADING.match(paragraph))
            or ("/" in paragraph[-48:] and _CREDIT_END.search(paragraph))
        ):
            continue
        if _RETOLD.match(paragraph):
            break
        bullet = bool(_BULLET.match(paragraph))
        if not bullet:
            listed = None
        screen = can_screen(paragraph)
        # A number's dots ("1.200 TPS", "pukul 22.00") stop no clause (the sentence
        # split needs a space after a stop).
        if _ODD_DOT.search(paragraph):
            paragraph = _GLUED.sub(". ", _NUMBER_DOT.sub("", paragraph))
        sentences = _sentences(paragraph)
        paragraph_low = paragraph.lower()
        # (every _LIST_HEAD match holds "antara" in any case: most paragraphs are
        # spared the search, which tries every full stop)
        if (
            len(sentences) > 1
            and "ntara" in paragraph_low
            and _LIST_HEAD.search(paragraph)
        ):
            sentences = _joined_lists(sentences)
        # The rules and cuts the paragraph's words allow at all: each sentence
        # screens only these (a keyword test per rule per sentence was the largest
        # cost of this function).
        if screen and not _RULE_KEYWORDS.any_in(paragraph_low):
            # No rule's keyword in the whole paragraph: no sentence of it allows a
            # rule, and none is screened (a third of the paragraphs).
            lows = held = [None] * len(sentences)
            rules, cuts = (), ()
        elif screen:
            lows = (
                [paragraph_low]
                if len(sentences) == 1
                else [sentence.lower() for sentence in sentences]
            )
            held = [_WORDS.present(low) for low in lows]
            rules, cuts = _allowed(frozenset().union(*held))
        else:
            lows = held = [None] * len(sentences)
            rules, cuts = _SCREENED, _NOT_A_DEED_PARTS
        announced = False
        in_quote = False
        for sentence, low, whole in zip(sentences, lows, held, strict=True):
            if (
                prev is not None
                and ("egiatan " in sentence or "cara " in sentence)
                and (named := _named_back(sentence, prev[0])) is not sentence
            ):
                sentence = named
                if screen:
                    low = sentence.lower()
                    whole = _WORDS.present(low)
                    rules, cuts = _allowed(
                        frozenset().union(*(h for h in held if h is not None), whole)
                    )
            speech = in_quote or sentence.lstrip()[:1] in _QUOTE_MARKS
            quoted = speech and index >= lead_end
            in_quote = _still_quoting(sentence, in_quote)
            deed = sentence
            # The words of the sentence (``whole``), and of its deeds once cut (None:
            # unknown).
            deeds = whole
            for cut in cuts if rules else ():
                if cut.possible(whole) and not (
                    cut is _DEPLOYED and _VOTING_NOW.search(sentence)
                ):
                    deed = cut.whole.sub(" ", deed)
            if deed is not sentence and screen:
                deeds = _WORDS.present(deed.lower())
            if rules and (
                not screen or ("apel" in deeds and not _APEL_NAMES.isdisjoint(deeds))
            ):
                named = _APEL_NAME.sub(" ", deed)
                if named != deed:
                    deed = named
                    if screen:
                        deeds = _WORDS.present(deed.lower())
            carried = None
            head = sentence.lstrip(_OPENERS)[:1].lower()
            if prev is not None and (
                announced
                or (
                    (head in _CONTINUES_HEADS or not head.isalpha())
                    and _CONTINUES.match(sentence)
                )
            ):
                carried = _mood_left(*prev)
            if bullet and listed:
                carried = listed
            framed = (head in _FRAME_HEADS or not head.isalpha()) and bool(
                _FRAME.match(sentence)
            )
            if framed:
                carried = "plan"
            elif head in _MEETING_HEADS and _IN_THE_MEETING.match(sentence):
                # What a meeting hears is its content, unless the sentence marks it
                # done ("Dalam rakor itu, Kapolres menyampaikan personel telah ...").
                carried = "plan"
            markers: list[tuple[int, int, str]] | None = None
            command = attending = None
            for act, rule, keywords in rules:
                again = (
                    act in found
                    and (act not in _LIST_MATES or _LIST_MATES[act][0] in found)
                    and act not in headline_only
                )
                if again and trace is None:
                    # (a guarded office found in a headline cut short may still
                    # have its warehouse listed with it further on)
                    continue
                if act in _WHOLE_SENTENCE:
                    text, words = sentence, whole
                else:
                    text, words = deed, deeds
                if words is not None and keywords.isdisjoint(words):
                    continue
                match = rule.search(text, words)
                if not match:
                    if trace is not None and words is not None:
                        trace.append([act, index, sentence, -1, (), False])
                    continue
                if again:
                    trace.append([act, index, sentence, match.start(), (), None])
                    continue
                if markers is None:
                    markers = _markers(sentence, low)
                    command = bool(_COMMAND.match(sentence))
                    attending = bool(_ATTENDING.match(sentence.lstrip(_OPENERS)))
                if trace is not None:
                    trace.append([act, index, sentence, match.start(), markers, False])
                held_now = act in _HELD_NOW
                if (
                    index == 0
                    and title
                    and not held_now
                    and _BARE_GUARD.match(match.group(0))
                    and _HEADLINE_HELD.search(text)
                    and not _JOINED.search(text, 0, match.start())
                ):
                    # A headline drops the "untuk" of a purpose: "Gelar Patroli
                    # Gabungan Amankan PSU", "Amankan Distribusi Logistik, Polda
                    # Gelar Rakor" report the patrol or the meeting held for it
                    # ("Gelar Patroli dan Kawal Logistik" reports both).
                    continue
                if attending and not held_now:
                    # "Turut hadir dalam apel itu personel pengamanan gudang yang
                    # bertugas mengawal distribusi": who came, by their duties.
                    continue
                if held_now:
                    mood = _mood_before(markers, match.start(), carried, _HELD_NEAR)
                    if (
                        mood in _NOT_HELD
                        or _HELD_LATER.match(text, match.end())
                        or (
                            act in _DRILLS
                            and _MEETING_ON.search(
                                text, max(0, match.start() - 40), match.start()
                            )
                        )
                    ):
                        continue
                else:
                    # A marker inside the match counts: "pengamanan akan difokuskan
                    # di TPS".
                    # (a check's object carries no mood: "mengecek kesiapan
                    # pengamanan gudang" is a check done)
                    at = match.start() if _CHECK.match(match.group(0)) else match.end()
                    # A purpose or means put first has its own mood; the main clause
                    # after its comma is read alone ("Untuk menjamin keamanan ...,
                    # Satbrimob menggelar patroli skala besar" reports the patrol).
                    clause = markers
                    comma = sentence.find(",")
                    purpose = _PURPOSE_CLAUSE.match(sentence) if comma > 0 else None
                    # (the purpose's own comma: the speaker's tag may hold some)
                    after = sentence.find(",", purpose.end()) if purpose else -1
                    if after > 0:
                        comma = after
                        clause = [m for m in markers if m[0] > comma]
                    mood = (
                        "plan"
                        if framed
                        else _mood_before(
                            clause if comma < match.start() else markers,
                            at,
                            carried,
                            begin=match.start(),
                        )
                    )
                    if (
                        mood in _NOT_DONE
                        or command
                        or _later_after(text, match.end(), match.start())
                    ):
                        if (
                            mood == "plan"
                            and act in headline_only
                            and _future_before(sentence, markers, at)
                        ):
                            planned.add(act)
                        continue
                    if _WENT_SAFELY_END.search(match.group(0)) and (
                        _VOUCHED.search(text, 0, match.start())
                        or (
                            _ENSURES.search(text, 0, match.start())
                            and not _AIM_OF_GUARD.search(text, 0, match.start())
                        )
                        or _ORDER_WENT.search(match.group(0))
                        or (
                            _RUN_UP_TO.search(
                                text, max(0, match.start() - 40), match.start()
                            )
                            and not _GUARD_NOUN.search(match.group(0))
                        )
                    ):
                        continue
                    if (
                        act == "pengamanan-kantor-kpu-bawaslu"
                        and not _PATROL_GOES.match(match.group(0))
                        and _PATROL_GOES.search(text, 0, match.end())
                    ):
                        # "pengamanan menerjunkan Polwan untuk melakukan patroli ...
                        # di tempat rekapitulasi dan kantor penyelenggara", "Patroli
                        # Polwan Jaga Kamtibmas di Kantor KPU", "tim patroli juga
                        # berinteraksi dengan petugas yang berjaga di Kantor KPU": the
                        # office is where the patrol goes, a patrol's (the lead's rule
                        # of session 8); "Pengamanan dan Patroli di Kantor KPU" guards
                        # it, "berpatroli di Kantor KPUD" is held there, and a standing
                        # guard there is told without the patrol.
                        continue
                    if (
                        act == "pengamanan-kantor-kpu-bawaslu"
                        and _LOGISTICS_WORD.search(
                            text, _clause_start(text, match.start()), match.end()
                        )
                    ):
                        # "mengamankan kedatangan logistik ... di Kantor KPU": what is
                        # guarded there, in the same clause, is the logistics in store
                        # (or on their way out: "pengamanan ada pada distribusi
                        # logistik di KPU" is the escort's).
                        if not _SENT_OUT.search(
                            text, _clause_start(text, match.start()), match.end()
                        ):
                            found.add("pengamanan-gudang-logistik")
                        # (unless the office is a second object: "mengamankan surat
                        # suara serta kantor KPU" guards both)
                        if not _OFFICE_LISTED.search(text, 0, match.end()):
                            continue
                    if _PURPOSE_FIRST.match(text) and (
                        any(kind in _NOT_DONE for _, _, kind in clause)
                        or (
                            0 < comma
                            and match.start() < comma
                            and _PREPARES.search(text, comma)
                        )
                    ):
                        continue
                if _earlier(text, match.start(), match.end(), words):
                    continue
                if not held_now and _not_a_deed(text, match):
                    continue
                if _SCHEME.found_in(text, words) or _EFFORTS.found_in(text, words):
                    continue
                if (
                    act == "pengawalan-logistik"
                    and _SECURING.match(match.group(0))
                    and not _MOVED.search(text)
                    and (
                        _STORED.search(text)
                        or (
                            stored
                            if stored is not None
                            else (stored := any(map(_STORE_NAMED.search, texts)))
                        )
                    )
                ):
                    # "pengamanan logistik ... yang disimpan di Gudang KPU": kept in
                    # store, the warehouse's, when the lead says who guards them
                    # ("Pengamanan Logistik Pemilu di Dome, Dijaga Polres").
                    if index < lead_end and _GUARDED_BY.search(text):
                        found.add("pengamanan-gudang-logistik")
                    continue
                if (
                    act == "pengawalan-logistik"
                    and _SECURING.match(match.group(0))
                    and not (
                        moves
                        if moves is not None
                        else (moves := any(map(_MOVED.search, texts)))
                    )
                ):
                    # "sasaran pengamanan orang, pengamanan dokumen": securing papers
                    # that the story never moves anywhere escorts nothing.
                    continue
                if (
                    act == "pengawalan-logistik"
                    and _FOLDING.search(text)
                    and not _MOVED.search(text)
                ):
                    continue
                if (
                    act == "pengawalan-logistik"
                    and _KEPT_IN_STORE.search(match.group(0))
                    and not _MOVED.search(text)
                ):
                    # "surat suara disimpan di gudang yang dikawal 24 jam", "logistik
                    # disimpan di aula kecamatan dengan pengawalan ketat": what is
                    # kept in store and goes nowhere is guarded there, not escorted.
                    found.add("pengamanan-gudang-logistik")
                    continue
                if (
                    act == "pengawalan-logistik"
                    and "kedatangan" in match.group(0).lower()
                    and (
                        not (_ESCORTING.match(match.group(0)) or _ROAD.search(text))
                        or (
                            arrives
                            if arrives is not None
                            else (arrives := any(map(_ARRIVES_AT_STORE.search, texts)))
                        )
                    )
                ):
                    # "Jaga Ketat Kedatangan Logistik di Gudang KPU": received into
                    # the store, guarded there (an escort on the road names where
                    # from: "dikawal dari pelabuhan sampai ke gudang").
                    continue
                if (
                    act == "patroli"
                    and _OTHER_PATROL.search(text, 0, match.start())
                    and not _POLICE.search(text)
                ):
                    continue
                if quoted and act in _QUOTE_WEAK and not _SAID_DONE.search(text):
                    continue
                if act == "patroli" and _PATROL_MEANS.search(text):
                    part = part or bool(_MEANS_DONE.search(text))
                    continue
                if act == "patroli" and _PATROL_PART.search(text):
                    part = True
                    continue
                if act == "patroli" and _PATROL_ROUNDS.search(text):
                    rounds = True
                    continue
                if quoted and act in _QUOTE_WEAK and _ROUTINE.search(text):
                    # a routine said in a quote is the story's unless it reports an
                    # apel ("Kami juga terus melakukan patroli rutin," said after the
                    # apel; "Malam tadi kami juga melaksanakan patroli" is a deed)
                    said.add(act)
                    continue
                if act == "cek-logistik" and _AT_THE_TPS.search(paragraph):
                    # "Kapolda meninjau TPS 09. Kapolda memeriksa kesiapan logistik":
                    # the logistics checked at the polling station.
                    continue
                if (
                    act == "pengamanan-tps"
                    and _ESCORTING.match(match.group(0))
                    and _MOVED.search(text)
                    and _LOGISTICS_WORD.search(text)
                ):
                    # "pengawalan anggota di TPS ... untuk pengembalian kotak suara":
                    # an escort of the boxes from the polling station.
                    continue
                if act in _DRILLS and _IN_THE_APEL.search(text):
                    # "Dalam gelar pasukan ini, berbagai simulasi pengamanan
                    # dilakukan": shown within the apel, part of it.
                    within = True
                    continue
                if act in _DRILLS and _YESTERDAY.search(text):
                    drill_apart = True
                if act in headline_only:
                    # told as done in the body too
                    headline_only.discard(act)
                    continue
                if title and index == 0:
                    headline_only.add(act)
                if act not in found:
                    first_at[act] = index
                    deployed[act] = bool(
                        _DEPLOYS.search(
                            text, max(0, match.start() - 120), match.start()
                        )
                    )
                found.add(act)
                if trace is not None:
                    trace[-1][5] = True
                mate = _LIST_MATES.get(act)
                if mate and mate[1].search(deed):
                    found.add(mate[0])
            prev = (sentence, markers, carried, framed)
            tail = sentence[-40:]
            announced = (
                ":" in tail
                or (whole is None or not _LISTS.isdisjoint(whole))
                and any(map(tail.lower().__contains__, _LISTS))
            ) and bool(_ANNOUNCES.search(tail))
        if not bullet and announced and prev is not None:
            # (the items after it take its mood; a meeting's or a plan's list is its
            # content unless the sentence marks it done)
            listed = _mood_left(*prev)
            if listed is None and _LIST_TOPIC.search(prev[0]):
                kinds = {kind for _, _, kind in (prev[1] or _markers(prev[0]))}
                listed = None if "done" in kinds else "plan"
    # A headline drops the body's "akan" ("Dikawal Polri, Logistik Menuju TPS" over
    # "pendistribusian ini akan mendapatkan pengawalan"): an activity the body tells
    # only as a plan is that plan.
    found -= planned & headline_only
    if "apel" not in found:
        found |= said
    if within and "apel" not in found:
        found.add("simulasi-sispamkota")
    story = "\n".join(texts)
    story_low = story.lower() if can_screen(story) else None
    # A count guarded at the PPK (the kecamatan), not a pleno matched as such: it
    # sits away from the KPU office.
    counted_at_ppk = False
    if (
        "pengamanan-ppk" in found
        and not found & _KEPT
        and not _UNTIL_AT_PPK.in_story(story, story_low)
    ):
        # Before the count the PPK keeps the logistics on their way to the villages;
        # after it, the ballot boxes kept there wait for the recount (the lead's
        # ruling, session 8: kept or counted there, not only delivered).
        if _COUNTED.in_story(story, story_low):
            found.add("pengamanan-rekapitulasi")
            counted_at_ppk = True
        elif _TO_THE_VILLAGES.in_story(story, story_low):
            found.add("pengamanan-gudang-logistik")
        elif any(map(_STORE_NAMED.search, texts)):
            found.add("pengamanan-rekapitulasi")
            counted_at_ppk = True
    if (part and not found & _GUARDED) or (rounds and not found & _ROUNDS_OF):
        found.add("patroli")
    # Wherever the story names it ("kata Kapolres saat Apel Pergeseran ...").
    if "apel" in found and _DEPLOYMENT_APEL.in_story(story, story_low):
        found.discard("pengamanan-tps")
    if "cek-logistik" in found and "pengamanan-rekapitulasi" not in found:
        found.add("pengamanan-gudang-logistik")
    if "simulasi-ref" in found and not _VOTE_REHEARSAL.in_story(story, story_low):
        found.add("simulasi-sispamkota")
    if "simulasi-sispamkota" in found and not drill_apart:
        found -= _DRILL_SCENARIO
    if "simulasi-meja" in found:
        found.add("simulasi-sispamkota")
    if "pengawalan" in found and any(
        _MOVED.search(t) and _LOGISTICS_WORD.search(t) for t in texts
    ):
        found.add("pengawalan-logistik")
    if "tahapan-kpu" in found and (
        _AT_THE_OFFICE.in_story(story, story_low)
        or _REGISTRATION.in_story(story, story_low)
    ):
        found.add("pengamanan-kantor-kpu-bawaslu")
    for act, event in _EVENT_AHEAD:
        if act in found and event.in_story(story, story_low):
            found.discard(act)
    for act, event in _EVENT_SOON:
        if deployed.get(act) and event.in_story(story, story_low):
            found.discard(act)
    if (
        "pengamanan-rekapitulasi" in found
        and not counted_at_ppk
        and not _PLENO_ELSEWHERE.in_story(story, story_low)
    ):
        # A pleno sits in the KPU office: guarding the office is guarding the pleno
        # (not when the story holds the pleno elsewhere, at a hotel or a hall).
        found.discard("pengamanan-kantor-kpu-bawaslu")
    if "pengamanan-tps" in found and _tps_in_passing(
        first_at, lead_end, bool(title), found
    ):
        found.discard("pengamanan-tps")
    chosen = tuple(a for a in ACTIVITIES if a in found) or ("lainnya",)
    if trace is None:
        return chosen
    return activity_rank.decide(title, texts, trace, chosen)


# The polls open on the voting day; personnel move to their TPS the day before.
_TO_THE_POLLS = timedelta(days=1)
_RUN_UP = timedelta(days=365)


# Undated, the text itself may say the vote is still ahead ("jelang pencoblosan",
# "Pilkada yang akan digelar", "pemungutan suara 27 November mendatang")...
_VOTE = r"(?:pemungutan\s+suara|pencoblosan|PSU|Pilkada|Pemilu)"
_VOTE_AHEAD = compile_led(
    r"\b(?:menjelang|jelang)\s+(?:hari\s+)?(?:pemungutan\s+suara|pencoblosan"
    r"|pemilihan|hari\s+H|PSU|Pilkada|Pemilu"
    r"|pelaksanaan\s+(?:pemungutan|pencoblosan|PSU))\b"
    rf"|\b{_VOTE}\b[^.,;]{{0,80}}?\b(?:(?:akan|bakal|hendak)\s+(?:digelar|dilaksanakan|berlangsung)"
    r"|mendatang|(?:yang\s+)?akan\s+datang|lusa|b?esok)\b"
    # (past a comma when a written day carries it: "mengawal pelaksanaan PSU
    # Tarakan Tengah, pada Sabtu (13/7/2024) besok")
    rf"|\b{_VOTE}\b[^.;]{{0,80}}?\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)\s+"
    r"(?:besok|mendatang|nanti|lusa)\b"
    # the vote nears, the force gets ready for it: "semakin dekatnya tahap
    # pemungutan suara", "rapat ... kesiapan tahapan pemungutan suara", "siap bertugas
    # mengamankan 2.295 tempat pemungutan suara"
    r"|\bsemakin\s+dekat\w*\b"
    r"|\bkesiapan\s+(?:tahapan?\s+|pelaksanaan\s+)?(?:pemungutan\s+suara|pencoblosan"
    r"|PSU)\b"
    r"|\bsiap\s+(?:\w+\s+){0,2}?(?:mengamankan|menjaga|mengawal)\s+(?:[\w.]+\s+){0,4}?"
    r"(?:TPS|tempat\s+pemungutan|pemungutan\s+suara|pencoblosan|PSU)\b",
    re.I,
)
# A voting day the text writes: "mengawal 541 TPS ... pada 9 Desember 2020".
_VOTE_DAY = compile_led(
    r"\b(?:TPS|pemungutan\s+suara|pencoblosan|PSU|Pilkada|Pemilu|hari\s+H)\b"
    r"[^.;]{0,80}?\b(?:pada|tanggal|tgl\.?)\s+(?:\w+,?\s+)?(?:tanggal\s+)?"
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\b",
    re.I,
)
_MONTHS = {name: i for i, name in enumerate(_MONTH.split("|"), start=1)}
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
    vote = election.voting_day if election else None
    activities = _ppk_store(activities, when, vote, text)
    if "pengamanan-tps" not in activities:
        return activities
    if "apel" in activities and not (
        when and vote and vote - _TO_THE_POLLS <= when <= vote
    ):
        # An apel readies the force for its duty: the polling stations it names are
        # the posts it sends the troops to, not a guard reported ("an apel before
        # TPS duty is apel only"), unless the story's day is the voting day or its
        # eve. Undated or in the re-votes' season, nothing shows that it is.
        return tuple(a for a in activities if a != "pengamanan-tps")
    if when is None or vote is None or when > vote + _TO_THE_POLLS:
        # No calendar day to go by (undated, an older or unknown election, the
        # re-vote season): the text says the vote is ahead, or writes its day.
        ahead = bool(_VOTE_AHEAD.search(text)) or (
            when is not None and _written_vote_after(text, when)
        )
        if not ahead or _VOTE_OVER.search(text):
            return activities
    elif not vote - _RUN_UP <= when < vote - _TO_THE_POLLS:
        return activities
    return tuple(a for a in activities if a != "pengamanan-tps") or ("lainnya",)


# Ballot boxes kept at the PPK: in store before the vote, waiting for the recount
# after it ("kotak suara, baik yang saat ini berada di PPK maupun di KPU").
_PPK_STORE = compile_led(
    r"\b(?:gudang|penyimpanan|disimpan|tersimpan|berada)\s+(?:[\w,]+\s+){0,6}?"
    rf"(?:di\s+)?(?:{_PPK}|kantor\s+kecamatan)\b",
    re.I,
)
_KPU_STORE = compile_led(rf"\bgudang\s+(?:logistik\s+)?(?:milik\s+)?{_KPU}\b", re.I)
_RECOUNT = compile_led(rf"\b{_RECAP}\b", re.I)


def _ppk_store(
    activities: tuple[str, ...], when: date | None, vote: date | None, text: str
) -> tuple[str, ...]:
    """Storage at the PPK is the warehouse's before the vote, the recount's after."""
    if when is None or vote is None:
        return activities
    if (
        (low := screened_lower(text)) is not None
        and "ppk" not in low
        and "kantor kecamatan" not in low
        and "panitia pemilihan kecamatan" not in low
    ):
        # (a cheap test first: most stories name no PPK at all)
        return activities
    if not _PPK_STORE.search(text):
        return activities
    found = set(activities)
    if when > vote and "pengamanan-gudang-logistik" in found:
        if not _KPU_STORE.search(text):
            found.discard("pengamanan-gudang-logistik")
            found.add("pengamanan-rekapitulasi")
    elif when < vote and "pengamanan-rekapitulasi" in found:
        if not _RECOUNT.search(text):
            found.discard("pengamanan-rekapitulasi")
            found.add("pengamanan-gudang-logistik")
    return tuple(a for a in ACTIVITIES if a in found)


def _written_vote_after(text: str, when: date) -> bool:
    """True when ``text`` writes a voting day after the story's day ``when``."""
    for match in _VOTE_DAY.finditer(text):
        try:
            day = date(
                int(match["year"]), _MONTHS[match["month"].lower()], int(match["day"])
            )
        except ValueError:
            continue
        if day > when + _TO_THE_POLLS:
            return True
    return False
