"""Which figure is the deployment (issue 11, session 4): invented sentences only.

The guideline (tests/fixtures/real/README.md): the headline number deployed for the
reported activity; its breakdown's sum when the parts are listed; never a
province-wide or whole-operation figure quoted for context, a unit's strength, a
reinforcement asked for or promised, an estimate, Linmas or another body's people.
"""

from __future__ import annotations

import pytest

from arsip_extract.personnel import find_personnel


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # How a count is written.
        (
            "Polres Kapuas Hulu menerjunkan 1.250 personel gabungan TNI-Polri untuk "
            "pengamanan TPS.",
            1250,
        ),
        (
            "Sebanyak seratus dua puluh personel Polres Melawi berjaga di gudang "
            "logistik KPU.",
            120,
        ),
        ("Personel yang diterjunkan dalam pengamanan itu berjumlah 275 orang.", 275),
        # An acronym spelled out in brackets between the noun and its count.
        (
            "Kapolres menyebut personel pengamanan tempat pemungutan suara (TPS) yang "
            "sudah digeser berjumlah 315 orang.",
            315,
        ),
        ("Jumlah personel gabungan yang bertugas mencapai 1.024 orang.", 1024),
        ("Pengamanan kampanye melibatkan 300 personel Polri dan TNI.", 300),
        ("Pengamanan rapat pleno melibatkan 150 anggota Polres Sekadau.", 150),
        ("Sebanayak 151 anggota polisi dikerahkan mengawal distribusi logistik.", 151),
        ("Polda Kaltim menyiagakan 10 ribu personel untuk Pemilu 2024.", 10000),
        ("Polda Kalteng menurunkan 1,2 ribu personel ke Kotim.", 1200),
        ("Polda Kaltara menyiagakan 1,250 personel gabungan.", 1250),
        ("Kapolres memimpin apel 212 personil pengamanan TPS.", 212),
        ("Tak kurang dari 320 personel disiagakan di kecamatan.", 320),
        ("Kurang lebih 766 personel gabungan mengikuti apel.", 766),
        (
            "Sebanyak 1.967 TPS di sembilan kecamatan dijaga 358 personel Polres.",
            358,
        ),
        # The noun first, with other words for "numbering".
        ("Jumlah personel yang diterjunkan 350 orang.", 350),
        ("Personel yang dilibatkan yakni 420 orang.", 420),
        ("Personel pengamanan yang disiagakan: 515 orang.", 515),
        # ... or said as their total ("dengan jumlah / total"), the forces perhaps
        # listed with commas; a handful at each post is no rival to it.
        (
            "Pengamanan melibatkan personel gabungan dengan jumlah 236 orang. Di "
            "setiap TPS, 2 personel berjaga sejak pagi.",
            236,
        ),
        (
            "Simulasi itu melibatkan personel Polres Banjar, Brimob dan Kodim dengan "
            "total 236 orang. Sebanyak 12 personel Satlantas mengatur lalu lintas.",
            236,
        ),
        # (the count of something else, or of another body, is still not it)
        (
            "Personel disiagakan di setiap desa, dengan jumlah TPS sebanyak 320. "
            "Polres menurunkan 120 personel.",
            120,
        ),
        (
            "Personel Linmas, Satpol PP dan relawan dengan jumlah 480 orang ikut "
            "berjaga. Polres menurunkan 120 personel.",
            120,
        ),
        # Troops counted as people.
        ("Polres menurunkan 350 pasukan gabungan ke TPS.", 350),
        ("Sebanyak 400 aparat gabungan TNI-Polri berjaga di gudang KPU.", 400),
    ],
)
def test_how_the_figure_is_written(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # Parts that add up: their total.
        (
            "Sebanyak 500 personel terdiri dari 350 personel Polres Sambas dan 150 "
            "personel Kodim.",
            500,
        ),
        (
            "Polres Landak menurunkan 200 personel, Kodim menambah 50 personel, sehingga "
            "total 250 personel gabungan bertugas di TPS.",
            250,
        ),
        (
            "Dari Polres sendiri sebanyak 196 personel, dari Polsek jajaran 40 personel, "
            "jadi 236 personel yang turun ke lapangan.",
            236,
        ),
        # The first figure is the story's; context comes after it.
        (
            "Polres Ketapang memberangkatkan 320 personel ke TPS. Polda Kalbar sendiri "
            "menyiagakan 6.000 personel di seluruh Kalbar.",
            320,
        ),
        (
            "Untuk PSU, Polres Sintang mengerahkan 52 personel. Pada pemungutan suara "
            "bulan Februari, Polres menurunkan 410 personel.",
            52,
        ),
        # A reinforcement received gives way to the unit's own larger figure ...
        (
            "Polres Berau mendapat bantuan 60 personel Brimob. Secara keseluruhan "
            "Polres Berau menurunkan 450 personel untuk pilkada.",
            450,
        ),
        # (In one sentence, "dibantu 100 personel" is a part of one deployment with
        # no total written: the parts add up, the lead's ruling of session 6.)
        (
            "Polres Sanggau menurunkan 400 personel, dibantu 100 personel Brimob "
            "Polda Kalbar.",
            500,
        ),
        # ("diback up", the loanword, joins as "dibantu" does)
        (
            "Sebanyak 220 personel Polres Landak diback up 40 orang anggota TNI "
            "menggelar apel kesiapan.",
            260,
        ),
        # ... but a force sent to help is the story when it is the only figure.
        ("Polda Kalbar mengirim 200 personel BKO ke Polres Sintang untuk PSU.", 200),
        (
            "Polda Kalsel memberikan tambahan kekuatan kepada Polres Banjarbaru dengan "
            "total 424 personel. Selain itu disiagakan 60 personel Brimob.",
            424,
        ),
        # A unit's strength and the whole a part was taken from are not deployed.
        (
            "Dari 943 personel yang dimiliki Polresta, sebanyak 624 personel dikerahkan "
            "untuk TPS.",
            624,
        ),
        (
            "Polda menugaskan 4.179 personel untuk TPS, dari sebanyak 6.787 personel "
            "yang terlibat dalam operasi.",
            4179,
        ),
        # A figure opening its sentence with "Dari total" is the deployment.
        ("Dari total 845 personel, 425 di antaranya berasal dari Polres.", 845),
        # A figure of an earlier vote is a comparison, not this deployment.
        (
            "Pengamanan Pemilu 2019 lalu melibatkan 900 personel. Tahun ini Polres "
            "menurunkan 1.100 personel.",
            1100,
        ),
        (
            "Pada Pilkada sebelumnya Polres menurunkan 300 personel, kini 350 personel.",
            350,
        ),
        (
            "Sebanyak 900 personel dikerahkan pada Pemilu 2019 lalu, sedangkan tahun ini "
            "1.000 personel.",
            1000,
        ),
        ("Polres mengerahkan 500 personel, lebih banyak dari Pilkada 2020 lalu.", 500),
        ("Usai Pemilu 14 Februari lalu, Polres menurunkan 200 personel ke PPK.", 200),
        # A post's handful gives way to the deployment.
        (
            "Kantor Bawaslu dijaga 2 personel. Pihaknya menyiagakan 135 personel untuk "
            "seluruh tahapan.",
            135,
        ),
        # A round joint total does not hide the police's own exact figure.
        (
            "Total personel kepolisian 568 personel, bersama TNI dan Linmas total "
            "keseluruhan sekitar 1.600 personel.",
            568,
        ),
    ],
)
def test_which_figure_is_the_deployment(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # A stated total whose parts include Linmas: its police and TNI parts.
        (
            "Polresta menyiapkan 3.107 personel dengan rincian 503 personel Polresta, "
            "100 personel BKO Brimob, 100 personel BKO Samapta dan 2.404 personel Linmas.",
            703,
        ),
        (
            "Polres Katingan akan melibatkan sebanyak 1.332 personel terdiri dari 222 "
            "personel Polri, 70 personel Kodim serta 1.040 satuan pelindung masyarakat "
            "(Linmas).",
            292,
        ),
        (
            "Apel pergeseran 358 personel digelar. Kekuatan yang dikerahkan 4.292 "
            "personel, dengan rincian 358 personel Polri dan 3.934 Linmas.",
            358,
        ),
        # ... also when the parts written miss the total by a slip (1.010 here),
        # in the same sentence or the next.
        (
            "Kekuatan pengamanan 1.050 personel, meliputi 150 personel Polres, 60 "
            "personel Kodim dan 800 anggota Linmas.",
            210,
        ),
        (
            "Sebanyak 1.050 personel diturunkan mengamankan pleno. Mereka terdiri dari "
            "150 personel Polres, 60 personel Kodim dan 800 anggota Linmas.",
            210,
        ),
        # ... and so for civil agencies' counted parts.
        (
            "Sebanyak 302 personel dengan rincian 186 personel Polres, 30 personel "
            "Satbrimob, 30 personel Dit Samapta, 30 personel Kodim, 10 personel Dishub, "
            "10 personel Satpol PP, 3 personel Damkar dan 3 personel Dinkes.",
            276,
        ),
        # A total whose parts carry no counts stands as written.
        (
            "Polres menurunkan 150 personel gabungan, terdiri dari Polri, TNI, Satpol PP "
            "dan Dishub.",
            150,
        ),
        # A list of counts without a total: the joint force, Linmas aside.
        (
            "Adapun personel pengamanan yang terlibat sebanyak 273 Polri, 135 TNI, dan "
            "3242 Linmas.",
            408,
        ),
        (
            "Pengamanan pleno melibatkan 40 personel Polres, 12 personel dari Kodim "
            "serta 60 anggota Linmas.",
            52,
        ),
        (
            "Kapolres menyebut 1.200 personel gabungan TNI-Polri dan 2.400 Linmas akan "
            "menjaga TPS.",
            1200,
        ),
        # Not a list of forces: vehicles. A reinforcement joined in the same
        # sentence is a part of one deployment (the lead's ruling of session 6).
        ("Polres menurunkan 200 personel dan 30 kendaraan dinas.", 200),
        ("Polres menurunkan 150 personel, ditambah 40 personel BKO.", 190),
        # A total written across a line break the page put mid-sentence.
        (
            "Personel BKO Polda berjumlah 1.219 personel, sehingga total kekuatan yang "
            "dikerahkan sebanyak\n4.932 personel Polri.",
            4932,
        ),
    ],
)
def test_linmas_and_lists(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    "text",
    [
        "Diperkirakan personel yang diturunkan mencapai 500 personel.",
        "Kami meminta 100 personel tambahan dari Polda untuk PSU.",
        "Rencananya akan ditambah 40 personel staf Polda menjelang pencoblosan.",
        "Pemkab Kubu Raya menyerahkan 2.404 personel PAM TPS kepada Polres. Sebanyak "
        "2.404 personel itu akan disebar ke seluruh TPS.",
        "Pemerintah Kota Singkawang melepas 900 personel pengamanan TPS.",
        "Setiap TPS dijaga dua personel.",
        "Satu TPS bisa dijaga dua, tiga bahkan empat personel sesuai kerawanannya.",
        "Pengalaman Pilkada Serentak 2024 lalu jadi acuan PSU. Pada Pilkada Serentak "
        "27 November 2024, Polres mengerahkan 235 personel untuk 483 TPS.",
        "Sebanyak 12.000 pemilih terdaftar di 40 TPS.",
        "Ratusan personel berjaga di kantor KPU.",
        # A year is no count; a few "pasukan" are units; soldiers helping a police
        # force named without a figure are not its total.
        "Personel Polres 2024 orang terbaik dilantik.",
        "Dua pasukan disiapkan di Mapolres.",
        "Ratusan personel Polres berjaga di TPS, dibantu 350 pasukan TNI.",
        "Polres mendapat dukungan 300 personel TNI untuk seluruh tahapan.",
        # A range is no count, nor is the day before the vote ("H-3").
        "Untuk tiap kecamatan dibutuhkan 40-50 personel tambahan.",
        "Personel cadangan yang disiapkan sebanyak 40-50 orang.",
        "Paling lambat H-2 personel sudah tiba di kecamatan.",
    ],
)
def test_no_deployed_total(text):
    assert find_personnel(text).total is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # Officers counted by the word "polisi".
        ("Pengawalan kotak suara ke hulu dilakukan dua orang polisi.", 2),
        ("Tiga polisi berjaga di gudang logistik sepanjang malam.", 3),
        # Platoons are no people: the people are counted later.
        (
            "Personel pengamanan sebanyak 1 pleton ditempatkan di kantor KPU. Total "
            "pasukan yang disiagakan adalah 90 orang.",
            90,
        ),
        # A total for many posts, and one larger than its posts, stay totals.
        ("Polres Sintang menerjunkan 400 personel untuk 1.200 TPS.", 400),
        ("Untuk PSU, Polres menurunkan 60 personel untuk 3 TPS.", 60),
    ],
)
def test_counts_by_other_words_and_shares(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    "text",
    [
        "Gudang aman, kata Andi, salah satu personel Polres Sintang.",
        "Di TPS sangat rawan, 2 personel 1 TPS.",
        "TPS kurang rawan cukup dijaga dua personel untuk lima TPS.",
        "Di TPS rawan, dua polisi dan dua Linmas berada di satu TPS.",
        "Pada Pemilu 2024 polisi berjaga di semua TPS.",
        "Satu polisi menjaga dua TPS di desa itu.",
        "Gudang logistik dijaga bergantian, 4 personel setiap shift.",
        # A rank written out is no count.
        "Patroli dipimpin Inspektur Dua Polisi Andi Wijaya di sekitar KPU.",
        "Brigadir Dua Polisi Andi Wijaya berjaga di gudang KPU.",
    ],
)
def test_one_of_them_and_a_posts_share_are_no_total(text):
    assert find_personnel(text).total is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "di setiap TPS" inside the subject: "berjumlah" gives that subject's total
        (
            "Semua personel yang bertugas mengamankan di setiap TPS berjumlah sebanyak "
            "312 personel dari Polres Sekadau, 60 personel BKO Polda, dan 900 petugas "
            "Linmas.",
            372,
        ),
        # a few at each post is still a post's strength, not the deployment
        ("Setiap TPS berjumlah dua personel yang berjaga.", None),
    ],
)
def test_a_total_said_of_personnel_for_every_polling_station(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "at least" written other ways is the figure the police give, like
        # "tak kurang dari" (issue 11, session 6)
        ("Sedikitnya 120 personel disiagakan di sekitar kantor KPU Melawi.", 120),
        ("Polres Sekadau menurunkan setidaknya 75 personil ke gudang logistik.", 75),
        ("Paling sedikit 40 personel mengawal kotak suara ke PPK.", 40),
        # a breakdown counted in companies names no people: the written total holds
        (
            "Sebanyak 380 personel disiagakan, terdiri atas 300 personel Polres Melawi "
            "dan 80 personel BKO Polda Kalbar, dibantu dua kompi Brimob.",
            380,
        ),
        # a list broken over a line after a comma goes on; Linmas is left out
        (
            "Sebanyak 900 personel diterjunkan.\nPersonel tersebut terdiri dari : "
            "200 personel Polres Sintang, 50 personel BKO Polda Kalbar,\n"
            "650 personel Linmas.",
            250,
        ),
    ],
)
def test_at_least_and_breakdowns_over_lines(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # parts joined in one sentence with no total add up, police and TNI
        (
            "Polres Katingan mengerahkan 150 personel, dengan dibantu 40 personel BKO "
            "dari Satbrimob Polda Kalteng, serta 20 personel dari TNI.",
            210,
        ),
        (
            "Kami menurunkan sebanyak 90 personel Polri ditambah tim urai, ditambah "
            "dukungan 30 personel TNI, 15 personel Satpol PP dan 12 personel Dishub.",
            120,
        ),
        # "didukung" joins a part too (the lead's ruling of 00:50); the same figure
        # for two forces counts twice
        (
            "Polres Paser menurunkan 120 personel, didukung 25 personel TNI dan 25 "
            "personel Brimob, untuk mengamankan pleno.",
            170,
        ),
        (
            "Polres menurunkan 200 personel yang didukung dengan 40 personel dari "
            "Kodim dan 300 dari anggota Linmas.",
            240,
        ),
        # officers counted apart right before the rest
        (
            "Pengamanan debat melibatkan dua perwira pengendali dan 18 personel "
            "Polres Kapuas.",
            20,
        ),
        # a leader with "the others" or leading the rest is one more
        (
            "Polres Paser menurunkan satu regu di bawah pimpinan IPTU Budi Santoso, "
            "yang didampingi oleh 12 personel lainnya.",
            13,
        ),
        (
            "AIPDA Rahmat Hidayat memimpin penjagaan gudang bersama tiga anggota, "
            "yakni Bripka Andi dan dua rekannya.",
            4,
        ),
        # a leader with "his" men; officers and NCOs counted by rank class; a
        # list whose commas end in "dan"; posts counted between two parts
        ("Kapolsek bersama 8 anggotanya berjaga di gudang KPU.", 9),
        ("Polres menerjunkan 2 perwira dan 18 bintara ke kantor KPU.", 20),
        ("Pengamanan melibatkan 5 perwira, 40 bintara dan 10 personel Brimob.", 55),
        (
            "Polres Sintang mengerahkan 400 personel untuk 800 TPS, dan 50 personel "
            "untuk gudang logistik.",
            450,
        ),
        # the speaking unit's own force, and a strength said in people
        ('"Jumlah TPS ada 700. Anggota kami ada 350, cukup," kata Kapolres.', 350),
        ("Kapolres akan menggunakan separuh kekuatan yaitu 180 orang.", 180),
        (
            "Pengamanan PSU dibantu BKO Samapta dan Brimob Polda Kalteng. Totalnya "
            "berjumlah 420 orang, kata Kabag Ops.",
            420,
        ),
    ],
)
def test_parts_of_one_deployment_add_up(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # parts in separate sentences, or a part of a whole: no sum
        (
            "Sebanyak 300 personel Polres Kutim digeser ke TPS. Polres juga dibantu "
            "100 personel dari Brimob Polda Kaltim.",
            300,
        ),
        (
            "Polres menyiagakan 250 personel, termasuk 50 personel Brimob.",
            250,
        ),
        # "dan" with no figure of people between joins nothing
        ("Kodim menurunkan 120 personel TNI dan 40 kendaraan.", 120),
        # a whole the parts come from; officers named by rank class alone
        (
            "Dari 300 personel, 200 personel ditempatkan di TPS dan 100 personel di "
            "gudang.",
            300,
        ),
        (
            "Kegiatan dipimpin dua perwira utama Polda, yakni Karoops dan Dirintel.",
            None,
        ),
        # a leader named without "the others" and leading nothing: no extra one
        ("Kapolsek datang bersama 10 personel ke lokasi kampanye.", 10),
    ],
)
def test_parts_that_do_not_add_up(text, total):
    assert find_personnel(text).total == total


# The force of the whole vote quoted late for context is not the story's deployment
# (real-set README, "Settled in session 7"): the story reports another deed.
_DRILL = (
    "Polda Kalimantan Tengah menggelar latihan pengamanan di lapangan Mapolda, Rabu "
    "(11/10/2023). Kapolda mengatakan latihan itu menguji kesiapan satuan tugas "
    "gabungan menghadapi berbagai gangguan. Ia meminta seluruh peserta bersungguh-"
    "sungguh karena situasi di lapangan bisa berubah cepat. Menurut dia, kesiapan "
    "fisik dan mental sama pentingnya dengan peralatan yang dibawa. Latihan dimulai "
    "dengan simulasi unjuk rasa di depan kantor penyelenggara, lalu pengawalan kotak "
    "suara dari gudang ke kecamatan. Kapolda juga mengingatkan agar personel menjaga "
    "netralitas dan bersikap humanis kepada warga selama bertugas. "
)


@pytest.mark.parametrize(
    ("text", "title", "total"),
    [
        # late, for the whole vote: context
        (_DRILL + "Polda Kalteng menyiapkan 2.340 personel pengamanan Pemilu 2024.", None,
         None),
        (_DRILL + "Untuk itu, 2.340 personel dikerahkan Polda untuk mengamankan seluruh "
         "tahapan Pemilu 2024.", None, None),
        (_DRILL + "Diketahui, Polda mengerahkan dua pertiga kekuatan atau 2.340 personel "
         "dalam operasi itu.", None, None),
        # ... or the whole vote said first, opening the figure's sentence
        (_DRILL + "Untuk mengamankan Pilkada 2024, Polda Kalteng telah menyiapkan "
         "2.340 personel.", None, None),
        # the force of a named operation as a whole (session 18)
        (_DRILL + "Polda Kalteng juga menyiapkan 2.340 personel untuk kegiatan "
         "Operasi Mantap Praja Telabang 2024.", None, None),
        (_DRILL + "Kapolda menjelaskan bahwa Polda akan menurunkan 2.340 personel "
         "dalam Operasi Mantap Praja Telabang 2024 demi Pilkada yang damai.", None,
         None),
        (_DRILL + "Operasi Mantap Praja Telabang 2024 digelar di seluruh Kalteng "
         "dengan kekuatan 2.340 personel.", None, None),
        # ... but an operation named early or in the headline is the story's own
        (_DRILL + "Polda Kalteng juga menyiapkan 2.340 personel untuk kegiatan "
         "Operasi Mantap Praja Telabang 2024.",
         "Polda Kalteng Siapkan 2.340 Personel Operasi Mantap Praja", 2340),
        # an unnamed operation is no whole-operation force by these words
        (_DRILL + "Polda Kalteng juga menyiapkan 2.340 personel untuk kegiatan "
         "operasi itu.", None, 2340),
        # the drill's own count wins over the context figure
        (_DRILL.replace("latihan pengamanan", "latihan pengamanan yang diikuti 420 "
         "personel") + "Polda Kalteng menyiapkan 2.340 personel pengamanan Pemilu "
         "2024.", None, 420),
        # the story is about that force: in the headline, or named early too
        (_DRILL + "Polda Kalteng menyiapkan 2.340 personel pengamanan Pemilu 2024.",
         "Polda Kalteng Siapkan 2.340 Personel Amankan Pemilu", 2340),
        ("Polda Kalteng menyiapkan 2.340 personel pengamanan Pemilu 2024. " + _DRILL,
         None, 2340),
        # late, but for one deed of the vote (the count, the polling day): the story's
        (_DRILL + "Sebanyak 2.340 personel akan mengamankan pemungutan suara di TPS.",
         None, 2340),
        (_DRILL + "Untuk mengamankan Pilkada 2024, Polda Kalteng telah menyiapkan "
         "2.340 personel.", "Polda Kalteng Siapkan 2.340 Personel", 2340),
        # late, but its parts listed after it: the story tells it in detail, its own
        # figure (session 17), whether the parts come in its sentence or the next
        (_DRILL + "Polres Seruyan menurunkan 430 personel untuk pengamanan Pilkada "
         "bulan depan. Terinci 310 orang dari internal dan 120 personel didatangkan "
         "dari Polda.", None, 430),
        (_DRILL + "Polda Kalteng menyiapkan 2.340 personel pengamanan Pemilu 2024. "
         "Personel tersebut terdiri dari 1.900 anggota utama dan 440 cadangan.", None,
         2340),
    ],
)  # fmt: skip
def test_the_whole_votes_force_quoted_late_is_context(text, title, total):
    assert find_personnel(text, title=title).total == total


@pytest.mark.parametrize(
    "text",
    [
        "Dua personel Polri dibantu dua petugas linmas akan berjaga di TPS berkategori "
        "sangat rawan.",
        "Sebanyak 420 TPS rawan di Kotim akan dijaga dua personel Polri.",
        "Adapun 1.250 TPS kurang rawan dijaga oleh satu personel untuk beberapa TPS.",
        # the kind of TPS named before the handful, in its sentence
        "Bagi TPS yang dinilai sangat rawan nantinya ditempatkan dua personel.",
        "TPS khusus di lapas jadi perhatian, sehingga di sana disiagakan dua personel.",
        # a handful for a few posts, a few words before the verb
        "Di wilayah aman, 1 personel dapat ditugaskan untuk menjaga 3 TPS sekaligus.",
    ],
)
def test_what_each_tps_of_a_kind_gets_is_no_total(text):
    assert find_personnel(text).total is None


def test_a_handful_at_a_kind_of_tps_gives_way_to_the_units_own():
    text = (
        "Polres Lamandau menerjunkan 180 personel untuk Pemilu. Untuk TPS rawan, "
        "ditempatkan dua personel."
    )
    assert find_personnel(text).total == 180


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the whole Polda's force gives way to the story's unit's own figure
        ("Polres Sanggau menerjunkan 180 personel untuk mengamankan rapat pleno di "
         "Kecamatan Kapuas. Secara keseluruhan, Polda Kalbar mengerahkan 806 personel "
         "untuk pengamanan rekapitulasi.", 180),
        ("Pleno di Kecamatan Kapuas berjalan lancar. Secara keseluruhan Polda Kalbar "
         "mengerahkan 806 personel, sementara Polres Sanggau menerjunkan 180 "
         "personel.", 180),
        ("Polres Katingan menyiagakan 95 personel di gudang KPU. Adapun Polda Kalteng "
         "menyiapkan 1.900 personel se-Kalteng.", 95),
        # alone, it is the story's (the story is about that whole deployment)
        ("Secara keseluruhan Polda Kalbar mengerahkan 806 personel untuk pengamanan "
         "rekapitulasi di 14 kabupaten dan kota.", 806),
        # "secara keseluruhan" of the unit itself is its own total
        ("Polres Sanggau menyiagakan 120 personel di TPS dan 60 personel di gudang, "
         "secara keseluruhan 180 personel.", 180),
    ],
)  # fmt: skip
def test_the_whole_poldas_force_beside_the_units_own(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a list after a count whose items add up to it is its breakdown
        ("Total ada 320 personel yang dilibatkan, 280 dari Polres dan 40 dari "
         "Brimob.", 320),
        # (items that do not add up are forces beside the first, as before)
        ("Pengamanan melibatkan 273 personel Polri, 135 TNI, dan 3242 Linmas.", 408),
        # a police unit deploying "anggota": its own members
        ("Polres Sintang menurunkan sebanyak 320 anggota untuk pengamanan TPS.", 320),
        ("Polsek Tebas menerjunkan 12 anggota ke TPS 05.", 12),
        # ... but not members of another body
        ("Polres Sintang melibatkan 20 anggota tim pemenangan dalam rapat.", None),
        ("Polres Sintang mengundang 20 anggota DPRD.", None),
        # one turn's strength is no deployment
        ("Polresta Bulungan mengirimkan tiga anggota untuk shif pagi, lalu Kodim "
         "berjaga malam harinya.", None),
        ("Gudang dijaga empat personel pada shift malam.", None),
    ],
)  # fmt: skip
def test_breakdowns_members_and_turns(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # Things guarded are counted in their own units, not people.
        (
            "Logistik di gudang KPU diamankan personil Polres Sambas, di antaranya "
            "kotak suara sebanyak 820 pcs dan tinta sebanyak 806 botol.",
            None,
        ),
        (
            "Barang yang dijaga personel Polsek antara lain surat suara sebanyak 40 "
            "lembar.",
            None,
        ),
        (
            "Gudang dijaga personel Polres Landak yang berjumlah 24 orang, sementara "
            "bilik suara sebanyak 806 buah sudah tiba.",
            24,
        ),
        # Parts with their force named before the figure add up (police and TNI).
        (
            "Pengamanan terdiri atas instansi Polri 10 personel dan TNI 5 personel.",
            15,
        ),
        ("Pengawalan melibatkan Polri 20 personel dan TNI 10 personel.", 30),
        ("Di pulau itu berjaga Polri 8 personel serta TNI 4 personel.", 12),
        # A reinforcement named with the unit it comes from is a part.
        (
            "Polresta mengerahkan 484 personel ditambah bantuan dari Polda Kalsel "
            "sebanyak 100 personel.",
            584,
        ),
        (
            "Polres Sintang menurunkan 300 personel dibantu personel dari Satbrimob "
            "Polda Kalbar sebanyak 50 personel.",
            350,
        ),
        (
            "Sebanyak 120 personel Polsek disiagakan, didukung BKO dari Polres Kubu "
            "Raya sebanyak 30 personel.",
            150,
        ),
        # A handful of officers per post, a verb between.
        (
            "Kami mengerahkan satu personil untuk mengawal satu TPS rawan, kata "
            "Kapolres.",
            None,
        ),
        ("Di daerah hulu, satu personel menjaga dua sampai tiga TPS.", None),
        ("Dua personel mengamankan setiap TPS di kecamatan itu.", None),
        # Community volunteers beside the police are not personnel.
        ("Apel diikuti 1 pleton Brimob, 6 personel Senkom dan 1 regu Pramuka.", None),
        (
            "Pengamanan dilakukan 40 personel Polsek dibantu 12 anggota Senkom dan 10 "
            "relawan Tagana.",
            40,
        ),
    ],
)
def test_forms_the_session_6_held_back_pages_showed(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # A figure spelled out again in brackets is that figure (session 8).
        (
            "Polres Sintang menurunkan sebanyak 320 (tiga ratus dua puluh) personel "
            "untuk pengamanan TPS.",
            320,
        ),
        ("Apel diikuti 1.250 (seribu dua ratus lima puluh) personel gabungan.", 1250),
        ("Sebanyak 75 (tujuh puluh lima) orang personel dikerahkan ke PPK.", 75),
        # Words that say another number leave the figure unread.
        ("Polres menerjunkan 320 (tiga ratus) personel ke TPS.", None),
    ],
)
def test_a_figure_spelled_out_again_in_brackets(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # Parts named before their figures, one list with no stated total: they
        # add up (session 9), whatever the units are called.
        (
            "Bantuan untuk Polres Barito Utara terdiri atas ratusan personel, yakni "
            "Satbrimob 25 personel, Ditsamapta 40 personel dan Polres Murung Raya 20 "
            "personel.",
            85,
        ),
        (
            "Pengamanan rekapitulasi di PPK melibatkan Sat Samapta 25 personel, Sat "
            "Reskrim 10 personel serta Polsek Dedai 15 personel.",
            50,
        ),
        (
            "Bantuan datang dari Polres Melawi (Mlw) 40 personel, Polres Sekadau 35 "
            "personel dan Satbrimob Polda Kalbar 60 personel.",
            135,
        ),
        # A stated total before its named parts stays the total.
        (
            "Sebanyak 100 personel diterjunkan, terdiri dari Polres 70 personel, "
            "Brimob 20 personel dan TNI 10 personel.",
            100,
        ),
        # A count of platoons or squads (SST, SSK, SSR) is no count of people.
        ("Polres menyiagakan personel sebanyak 2 SST di gudang KPU.", None),
        ("Polda mengirim personel sebanyak 1 SSK ke kecamatan.", None),
    ],
)
def test_parts_named_before_their_figures(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # A list of parts named before their figures whose last part is another
        # body's (Linmas, Satpol PP): the police and TNI parts add up (session 9).
        (
            "Pengamanan melibatkan Polri 1.500 personel, TNI 540 personel, dan Linmas "
            "4.000 orang.",
            2040,
        ),
        (
            "Di gudang logistik berjaga Polres 60 personel, Kodim 1205/Sintang 20 "
            "personel, serta Satpol PP 15 personel.",
            80,
        ),
        (
            "Kekuatan pengamanan yakni Sat Samapta 30 personel, Yonif 641 25 personel "
            "dan Dishub 10 personel.",
            55,
        ),
        # Another body named right before its figure is not police.
        ("Polres Sintang menurunkan 200 personel dan Satpol PP 30 personel.", 200),
    ],
)
def test_lists_that_end_with_another_body(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # Police officers counted as "petugas" with their force named (session 9).
        ("Distribusi surat suara dikawal oleh 3 petugas Polri dan Bawaslu.", 3),
        ("Sebanyak 45 petugas kepolisian berjaga di gudang logistik KPU.", 45),
        ("Gudang KPU dijaga dua belas petugas polisi secara bergantian.", 12),
        # ... but poll workers and the TPS's own guards are not police
        ("Sebanyak 1.200 petugas KPPS dilantik di aula kecamatan.", None),
        ("Polres menurunkan 80 personel, dibantu 2.300 petugas keamanan TPS.", 80),
    ],
)
def test_police_counted_as_petugas(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # Soldiers counted as "prajurit" are TNI's figure: a part of a joint
        # deployment joined to the police's (session 9, dev e6a5f94bedd1's ruling).
        (
            "Selain 250 personel Polres, pihaknya juga dibantu 100 prajurit TNI dan "
            "600 personel Linmas.",
            350,
        ),
        (
            "Sebanyak 1.500 personel Polri dibantu 540 prajurit TNI berjaga di TPS.",
            2040,
        ),
        (
            "Pengamanan dilakukan 90 personel Polsek, didukung 30 prajurit Koramil.",
            120,
        ),
        # ... alone, with no police figure, the soldiers' own deployment (a Kodim's
        # or Kodam's story: the real set counts its figure), their parts added up
        ("Kodim 1207 menurunkan 120 prajurit untuk membantu pengamanan TPS.", 120),
        (
            "Kodam menyiagakan 6.000 prajurit. Sebanyak 6.000 prajurit itu akan terjun "
            "ke TPS.",
            6000,
        ),
        ("Kodim menurunkan 120 personel TNI dan 40 personel TNI AL.", 160),
        # ... but not a handful, nor a national figure quoted with the police's
        ("Dua prajurit Koramil mengawal kotak suara ke dusun.", None),
        (
            "Operasi itu melibatkan 141.605 personel gabungan, terdiri dari 75.447 "
            "personel Polri dan 13.826 personel TNI di seluruh Indonesia.",
            None,
        ),
    ],
)
def test_soldiers_counted_as_prajurit(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # The whole Polda's force quoted for context gives way to the unit's own
        # figure, even a handful (session 9, an inserted-sentence probe).
        (
            "Pengawalan dilakukan oleh 7 personel Sat Lantas. Secara keseluruhan, "
            "Polda menyiagakan 5.432 personel untuk seluruh tahapan pemilihan.",
            7,
        ),
        (
            "Secara keseluruhan, Polda Kalteng menyiagakan 4.100 personel. Di gudang "
            "logistik Katingan, 6 personel berjaga bergantian.",
            6,
        ),
        # A reinforcement still to come ("akan menambah") is no deployment.
        (
            "Polres menerjunkan 120 personel ke TPS. Ke depan, Polres akan menambah "
            "345 personel menjelang pemungutan suara.",
            120,
        ),
        (
            "Sebanyak 80 personel menjaga gudang. Polda rencananya akan mendatangkan "
            "200 personel lagi pekan depan.",
            80,
        ),
    ],
)
def test_context_forces_and_reinforcements_to_come(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total", "phrase"),
    [
        # A unit's strength said before its figure is not what it sends (session 9,
        # an inserted-sentence probe) ...
        (
            "Sebanyak 120 personel menjaga TPS. Saat ini Polres memiliki kekuatan 943 "
            "personel.",
            120,
            None,
        ),
        (
            "Polres Sekadau mempunyai 410 anggota. Tujuh personel berjaga di gudang.",
            7,
            None,
        ),
        # ... and an estimate outweighs no count, not even a handful; it is the text
        # only when the page gives nothing else
        (
            "Pengawalan dilakukan 7 personel. Diperkirakan 500 personel akan dikerahkan "
            "pada hari pemungutan suara.",
            7,
            None,
        ),
        (
            "Kami siapkan pasukan cadangan. Totalnya 90 orang. Diperkirakan 500 "
            "personel dikerahkan saat pencoblosan.",
            90,
            None,
        ),
        (
            "Diperkirakan 500 personel dikerahkan saat pencoblosan nanti.",
            None,
            "500 personel",
        ),
        # An estimate of the whole ("total", "jumlah") larger than the exact
        # figures: they are its parts or another's, and the count is unknown
        # (session 17) ...
        (
            "Tiga polsek masing-masing mengirim 40 personel, ditambah 120 personel "
            "dari Polres dan 90 personel TNI, diperkirakan total pengamanan sekitar "
            "700 personel.",
            None,
            "sekitar 700 personel",
        ),
        (
            "Polres menyebar 45 personel ke pos pantau. Diperkirakan, jumlah personel "
            "yang bertugas saat pencoblosan mencapai 380 personel.",
            None,
            "personel yang bertugas saat pencoblosan mencapai 380 personel",
        ),
        # ... unless the exact figure is a total written as such
        (
            "Polres menurunkan 150 personel dan Kodim 60 personel, sehingga total 210 "
            "personel berjaga. Diperkirakan jumlah seluruh pengamanan bersama Linmas "
            "mencapai 900 personel.",
            210,
            None,
        ),
    ],
)
def test_strength_and_estimates(text, total, phrase):
    found = find_personnel(text)
    assert (found.total, found.text) == (total, phrase)


# Session 10, from lists inserted into the 617's pages with no total: the parts of
# one deployment listed an item a line add up, as they do in one sentence; a label
# before the figure may end with a colon.
@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Polres mengamankan debat kandidat. Rincian personel sebagai berikut:\n"
            "- Polres Sambas: 150 personel\n- Kodim 1208/Sambas: 50 personel\n"
            "- Satbrimob: 36 personel\nDebat berjalan lancar.",
            236,
        ),
        (
            "Personel pengamanan terdiri atas:\n- 150 personel Polres,\n"
            "- 50 personel Kodim 1208/Sambas,\n- dan 36 personel Satbrimob.",
            236,
        ),
        (  # the reader joins a line ending with a comma to the next one
            "Personel pengamanan terdiri atas:\n- 150 personel Polres, - 50 personel "
            "Kodim 1208/Sambas,\n- dan 36 personel Satbrimob.",
            236,
        ),
        (
            "Personel yang dilibatkan yakni Polres: 150 personel, Kodim: 50 personel "
            "dan Satbrimob: 36 personel.",
            236,
        ),
        # A line that is no list item, and other bodies listed, add nothing.
        (
            "Polres menurunkan 150 personel ke TPS.\nDebat berjalan lancar.\n"
            "- 50 personel berjaga di luar gedung.",
            150,
        ),
        (
            "Polres menurunkan 150 personel ke TPS. Turut membantu:\n"
            "- Linmas: 300 orang\n- Satpol PP: 40 orang",
            150,
        ),
        (  # a total stated first keeps the list as its breakdown
            "Total 236 personel dikerahkan, dengan rincian:\n- Polres: 150 personel\n"
            "- Kodim: 50 personel\n- Satbrimob: 36 personel",
            236,
        ),
    ],
)
def test_parts_listed_an_item_a_line_add_up(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # A list opened by a colon needs no "dan" before its last part.
        (
            "Kekuatan yang diturunkan Polres Katingan: Polres 140 personel, Kodim 35 "
            "personel, Satbrimob 25 personel.",
            200,
        ),
        (
            "Pengamanan pleno melibatkan personel dengan rincian: 90 personel Polres, "
            "20 personel Brimob, 15 personel TNI.",
            125,
        ),
        (
            "Personel yang bersiaga: Polsek Kahayan 12 personel; Koramil 8 personel; "
            "Brimob 10 personel.",
            30,
        ),
        # The list may go on with a part not counted; a part of the first is no
        # part beside it.
        (
            "Personel yang bersiaga: Polres 140 personel, Kodim 35 personel, "
            "Linmas 600 orang.",
            175,
        ),
        (
            "Kapolres menegaskan: 140 personel dikerahkan, 35 personel di antaranya "
            "berjaga di gudang.",
            140,
        ),
        # Without the colon, commas alone still do not join.
        (
            "Polres Seruyan menurunkan 140 personel, 35 personel di antaranya berjaga "
            "di gudang.",
            140,
        ),
    ],
)
def test_a_list_after_a_colon_adds_up_without_dan(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    "text",
    [
        "Tiap pintu gudang logistik dijaga dua personel.",
        "Masing-masing truk pengangkut kotak suara dikawal 3 personel.",
        "Setiap lantai gedung KPU mendapat pengamanan 2 personel.",
        "Dua personel berjaga di setiap pintu masuk aula.",
    ],
)
def test_a_handful_for_each_of_anything_is_a_share(text):
    assert find_personnel(text).total is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # A time is no post: the guard's own strength.
        ("Setiap malam gudang logistik dijaga 6 personel.", 6),
        ("Gudang dijaga 6 personel setiap hari sampai pleno selesai.", 6),
        # With the deployment beside it, the share gives way.
        (
            "Polres Barito Utara menerjunkan 210 personel. Setiap pintu gedung "
            "dijaga dua personel.",
            210,
        ),
    ],
)
def test_a_handful_for_a_time_is_the_guard(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # People of a force counted in "orang".
        ("Kampanye akbar itu diamankan 320 orang gabungan TNI-Polri.", 320),
        ("Sebanyak 175 orang petugas gabungan berjaga di gedung pleno.", 175),
        ("Debat kandidat dijaga 140 orang dari unsur TNI-Polri.", 140),
        ("Polres Kapuas mengerahkan 260 orang untuk mengawal logistik.", 260),
        ("Polsek Kurun menerjunkan sebanyak 45 orang ke sejumlah TPS.", 45),
        # ... but not people of another kind, nor people a civil body sends.
        ("KPU Kapuas menerjunkan 260 orang untuk sosialisasi.", None),
        ("Rapat umum paslon dihadiri 900 orang simpatisan.", None),
        ("Personel berjaga di lapangan yang dipadati 900 orang warga.", None),
    ],
)
def test_people_of_a_force_counted_in_orang(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "title", "total"),
    [
        # a handful in the headline gives way to the body's larger figures ...
        ("Polres menempatkan dua personel di setiap TPS ulang. Gudang suara ulang "
         "dijaga dua anggota polisi. Personel yang berjaga sebanyak 140 personel "
         "dan dibantu 40 personel Brimob, totalnya 180 personel.",
         "Polres Tempatkan Dua Anggota Polisi di TPS Ulang", 180),
        # ... but stands when the body's figures are handfuls too
        ("Dua personel Polsek mengawal kotak suara ke dusun terjauh selama dua hari "
         "perjalanan.", "Dua Personel Polsek Kawal Kotak Suara ke Hulu", 2),
    ],
)  # fmt: skip
def test_a_headlines_handful_beside_larger_figures(text, title, total):
    assert find_personnel(text, title=title).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # parts added up in one sentence are the whole force: they take over a
        # smaller figure named before them (a team's strength) ...
        ("Polres membentuk dua tim patroli khusus. Tim berjumlah 18 personel itu "
         "berkeliling tiap malam. Untuk pengamanan TPS, Polres menerjunkan 300 "
         "personel ditambah bantuan dari Polda sebanyak 100 personel.", 400),
        # ... but not a larger figure before them
        ("Polres menerjunkan 450 personel untuk pengamanan TPS. Di Kecamatan Hulu, "
         "30 personel dibantu 10 personel Brimob berjaga di gudang.", 450),
    ],
)  # fmt: skip
def test_a_sum_of_parts_takes_over_a_smaller_figure(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the joint TNI-Polri force named after the police's own part is the whole
        ("Kapolres mengatakan pihaknya menurunkan 280 personel ke seluruh kecamatan. "
         "Namun keseluruhan yang bertugas mengamankan pemungutan suara di kabupaten "
         "itu, gabungan TNI dan Polri, mencapai 410 personel.", 410),
        # ... but not a Polda's joint force (a parent unit's)
        ("Polres Sekadau menurunkan 280 personel ke seluruh kecamatan. Sementara "
         "Polda Kalbar menyiagakan pasukan gabungan TNI-Polri sebanyak 4.100 "
         "personel.", 280),
    ],
)  # fmt: skip
def test_the_joint_force_after_the_polices_own_part(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # English translations of the same stories (the translated portals)
        ("The regional police have mobilized 2,318 officers to guard the count.", 2318),
        ("Polres Sanggau will deploy 1,250 security personnel for the vote.", 1250),
        ("He said 85 Polda personnel were sent to the island on Monday.", 85),
        ("Around 400 officers stood guard at the polling stations.", None),
    ],
)
def test_english_translations(text, total):
    assert find_personnel(text).total == total


def test_a_part_joined_with_its_strength_said_so():
    text = (
        "Kekuatan personel pengamanan Polres dan Polsek jajaran 640 personel dan "
        "dibantu oleh TNI dengan kekuatan 210 personel."
    )
    assert find_personnel(text).total == 850


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # A stated total's part from other agencies is not police and TNI
        # (README: a count that mixes in civilians counts its police and TNI only).
        ("Sebanyak 1.300 personel gabungan diturunkan, terdiri dari 900 anggota "
         "Polri serta 400 personel dari instansi mitra seperti TNI, Dinas Sosial "
         "dan Pramuka.", 900),
        ("Dalam apel itu disebutkan 800 personel terlibat dalam pengamanan. "
         "Rinciannya, 40 personel TNI, 700 personel Polri, dan 60 personel gabungan "
         "dari berbagai instansi.", 740),
    ],
)  # fmt: skip
def test_a_part_of_other_agencies(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total", "hedged"),
    [
        # "lebih 150" is "lebih dari 150" with its "dari" left out: no count.
        ("Untuk Kecamatan Sungai Raya ada lebih 150 personel dijaga di gudang.", None,
         "lebih 150 personel"),
        # ... while "kurang lebih" still gives the count (README).
        ("Polsek itu menyiagakan kurang lebih 150 personel di gudang.", 150, None),
    ],
)  # fmt: skip
def test_lebih_without_dari(text, total, hedged):
    found = find_personnel(text)
    assert (found.total, found.text) == (total, hedged)


@pytest.mark.parametrize(
    ("text", "total", "hedged"),
    [
        # A figure hedged in the narration counts when the officer states it
        # exactly (README, session 13).
        ('Polres Lamandau menyiagakan sekitar 430 personel gabungan. "Ada 430 orang '
         'yang kami turunkan," kata Kapolres.', 430, None),
        # ... not when he hedges it too, nor when it counts other people.
        ('Polres Lamandau menyiagakan sekitar 430 personel gabungan. "Kurang lebih '
         'ada 430 orang lebih," kata Kapolres.', None, "sekitar 430 personel"),
        ("Polres Lamandau menyiagakan sekitar 430 personel gabungan. Acara itu "
         "dihadiri massa 430 orang.", None, "sekitar 430 personel"),
        ("Polres Lamandau menyiagakan 430 lebih personel. Ada 430 orang di sana.",
         None, "430 lebih personel"),
    ],
)  # fmt: skip
def test_a_hedged_figure_stated_exactly(text, total, hedged):
    found = find_personnel(text)
    assert (found.total, found.text) == (total, hedged)


def test_a_government_beside_the_police_is_a_partner():
    # The civil government hands over no personnel here: it works with the police.
    text = (
        "Simulasi itu melibatkan TNI dan Polri bersama jajaran Pemerintah Kabupaten "
        "Katingan dengan jumlah personel yang terlibat berjumlah 1.150 personel."
    )
    assert find_personnel(text).total == 1150
    # ... while a government that sends its own people, the police named after it,
    # still does ("Pemkab ... menyerahkan ... kepada Polres", above).
    assert find_personnel("Pemkab Katingan melepas 700 personel PAM TPS.").total is None


def test_a_figure_whose_parts_the_next_sentence_lists():
    # The first figure is one of the parts the later whole is broken down into;
    # the parts listed (not all of them) add up to less than the whole.
    text = (
        "Sedikitnya 150 personel berjaga di gedung pleno KPU Kabupaten Seruyan. "
        "Selama pleno berlangsung, sebanyak 540 personel dikerahkan. Dengan "
        "rincian, 150 personel di gedung pleno, 120 personel di kantor KPU, dan "
        "90 personel di kantor Bawaslu. Sisanya berpatroli keliling kota."
    )
    assert find_personnel(text).total == 540


def test_linmas_written_out_is_not_police():
    text = (
        "Pengamanan itu diperkuat 410 personel kepolisian, 1.200 personel "
        "Perlindungan Masyarakat (Linmas), dan 90 prajurit TNI."
    )
    assert find_personnel(text).total != 1700
    assert 1200 not in find_personnel(text).figures
