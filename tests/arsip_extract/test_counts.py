"""Personnel totals, breakdowns and hedges; TPS counts; activity points; number words."""

from __future__ import annotations

import pytest

from arsip_core.model import CountItem
from arsip_extract.numbers import to_int, words_to_int
from arsip_extract.personnel import (
    find_activity_points,
    find_personnel,
    find_tps_counts,
)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("lima", 5),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("tiga belas", 13),
        ("dua puluh lima", 25),
        ("seratus lima puluh", 150),
        ("dua ratus", 200),
        ("seribu dua ratus", 1200),
        ("tiga ribu dua ratus sembilan puluh empat", 3294),
        ("personel", None),
    ],
)
def test_words_to_int(words, value):
    assert words_to_int(words) == value


@pytest.mark.parametrize(
    ("text", "value"), [("3.294", 3294), ("3294", 3294), ("lima", 5)]
)
def test_to_int(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize(
    ("text", "total", "phrase"),
    [
        ("Polda mengerahkan 3.294 personel gabungan.", 3294, "3.294 personel"),
        ("Sebanyak 3294 personil disiagakan.", 3294, "3294 personil"),
        ("Patroli dilakukan oleh lima personil Polwan.", 5, "lima personil"),
        (
            "Dua puluh lima personel berjaga di gudang logistik.",
            25,
            "Dua puluh lima personel",
        ),
        ("Sebanyak 450 anggota Polres Sintang diterjunkan.", 450, "450 anggota"),
        ("Apel diikuti 120 orang personel gabungan.", 120, "120 orang personel"),
        # The largest exact figure is the headline deployment. (In one sentence,
        # "ditambah 40 personel" would be a part that adds up: session 6.)
        (
            "Polres menurunkan 150 personel. Polda menambah 40 personel BKO.",
            150,
            "150 personel",
        ),
        ("Penjagaan bergiliran oleh 30 personel setiap harinya.", 30, "30 personel"),
        (
            "Masing-masing TPS dijaga empat personel, sehingga total delapan personel.",
            8,
            "delapan personel",
        ),
        ("Pengamanan melibatkan personel sebanyak 250 orang.", 250, "personel"),
        ("Jumlah personel yang dilibatkan mencapai 1.200 orang.", 1200, "personel"),
    ],
)
def test_exact_total(text, total, phrase):
    found = find_personnel(text)
    # An exact figure needs no text: personnel_text is for what is not a number.
    assert (found.total, found.text) == (total, None)
    assert phrase.lower().split()[0] in text.lower()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ratusan personel Polda Kalbar terlibat pengamanan.", "Ratusan personel"),
        ("Sekitar 6000 personel dikerahkan ke TPS.", "Sekitar 6000 personel"),
        ("Tercatat 2.000 lebih personel bersiaga.", "2.000 lebih personel"),
        ("Lebih dari 500 personel diturunkan.", "Lebih dari 500 personel"),
        ("Puluhan personil berjaga di kantor KPU.", "Puluhan personil"),
        (
            "Personel yang diturunkan berjumlah sekitar 400 orang.",
            "Personel yang diturunkan berjumlah sekitar 400 orang",
        ),
    ],
)
def test_hedged_figures_are_text_only(text, phrase):
    found = find_personnel(text)
    assert (found.total, found.text) == (None, phrase)


# Issue 11: personnel on real pages. Invented sentences, one rule each.
@pytest.mark.parametrize(
    ("text", "total", "phrase"),
    [
        # Hedges that still give the count: the figure, as any exact one.
        ("Kurang lebih 300 personel berjaga.", 300, None),
        ("Tak kurang dari 320 personel dikerahkan.", 320, None),
        ("Sebanyak ± 150 personel bersiaga.", 150, None),
        # ... and those that do not.
        ("Sekira 500 personel diturunkan.", None, "Sekira 500 personel"),
        ("Ribuan personel bersiaga; Polres menurunkan 1.746 personel.", 1746, None),
        # Linmas, shares, posts, escorts per candidate, national figures.
        ("Polresta menyiagakan sebanyak 1.290 personelnya.", 1290, None),
        (
            "Personel Polres yang kita libatkan dalam pengamanan TPS ini sebanyak "
            "212 orang.",
            212,
            None,
        ),
        (
            "Polres menyiapkan 406 personel, ditambah personel PAM Swakarsa Linmas "
            "sebanyak 1.300.",
            406,
            None,
        ),
        ("Didukung kekuatan 2/3 personel sebanyak 336 pers.", 336, None),
        ("Masing-masing calon dikawal sebanyak dua personel.", None, None),
        ("Secara nasional Polri menurunkan 129.923 personel.", None, None),
        (
            "Personil pengamanan yang di turunkan sejumlah 285 orang menjaga TPS.",
            285,
            None,
        ),
    ],
)
def test_real_page_personnel(text, total, phrase):
    found = find_personnel(text)
    assert (found.total, found.text) == (total, phrase)


def test_headline_figure_wins_over_a_province_wide_one():
    body = (
        "Polda melepas 1.219 personel BKO ke Polres jajaran. Secara keseluruhan "
        "Polda menyiagakan 4.932 personel di Kalbar."
    )
    found = find_personnel(body, title="Polda Lepas 1.219 Personel BKO")
    assert found.total == 1219


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 1.250 TPS tersebar di Kabupaten Sambas.",
        "Polisi mengawal 3.000 kotak suara ke gudang KPU.",
        "Pengamanan dibantu 800 anggota Linmas di setiap desa.",
        "Sebanyak 2.400 personel Linmas ikut berjaga.",
        "Setiap TPS dijaga 2 personel per TPS.",
        "Sebanyak 350 anggota KPPS dilantik.",
        "Terdapat 361 titik kampanye di Kalbar.",
        "Tercatat 40 anggota DPRD hadir.",
        "Kapolda memastikan 2 personel Polri dan 4 anggota Linmas berjaga di setiap TPS.",
        "Personel disiagakan di setiap desa, dengan jumlah TPS sebanyak 320.",
    ],
)
def test_numbers_that_are_not_police_personnel(text):
    assert find_personnel(text).total is None


def test_linmas_next_to_police_keeps_police_figure():
    text = "Pengamanan melibatkan 800 anggota Linmas dan 120 personel Polres Landak."
    assert find_personnel(text).total == 120


def test_breakdown_that_sums_to_total():
    text = (
        "Total 3294 personel terdiri dari POH 291 personel, Polwan 200 personel, "
        "Ditsamapta 61 personel, Brimob 180 personel, Satgas OMB 546 personel, "
        "Ops Liong 183 personel, dan personel pelayanan masyarakat personil 1833."
    )
    found = find_personnel(text)
    assert found.total == 3294
    assert found.breakdown == (
        CountItem("POH", 291),
        CountItem("Polwan", 200),
        CountItem("Ditsamapta", 61),
        CountItem("Brimob", 180),
        CountItem("Satgas OMB", 546),
        CountItem("Ops Liong", 183),
        CountItem("pelayanan masyarakat", 1833),
    )


def test_round_figure_leads_over_a_post_strength():
    text = (
        "Polres menyiagakan sekitar 1.000 personel. Setiap TPS dijaga satu personel "
        "Polri yang dibantu dua personel TNI."
    )
    found = find_personnel(text)
    assert (found.total, found.text) == (None, "sekitar 1.000 personel")


def test_breakdown_in_the_next_sentence_must_add_up():
    text = (
        "Sebanyak 612 personel dikerahkan. Personel itu terdiri dari 410 personel "
        "Polres Ketapang, 120 personel BKO Satbrimob Polda Kalbar dan 82 personel dari "
        "Polsek jajaran."
    )
    found = find_personnel(text)
    assert found.total == 612
    assert [(c.label, c.count) for c in found.breakdown] == [
        ("Polres Ketapang", 410),
        ("Satbrimob Polda Kalbar", 120),
        ("Polsek jajaran", 82),
    ]
    wrong = text.replace("82 personel", "90 personel")
    assert find_personnel(wrong).breakdown == ()


def test_breakdown_as_a_list():
    text = (
        "Kekuatan pengamanan mencapai 6.284 personel. Jumlah itu terdiri dari:\n"
        "- 6.000 personel Polri;\n- 95 personel TNI;\n- 189 personel dari instansi terkait."
    )
    found = find_personnel(text)
    assert found.total == 6095  # the other agencies' part is not police and TNI
    assert [(c.label, c.count) for c in found.breakdown] == [
        ("Polri", 6000),
        ("TNI", 95),
        ("instansi terkait", 189),
    ]


def test_breakdown_with_numbers_first():
    text = (
        "Sebanyak 250 personel disiagakan, yakni 100 personel Sat Samapta, "
        "50 personel Sat Lantas dan 100 personel Brimob."
    )
    found = find_personnel(text)
    assert found.total == 250
    assert [(c.label, c.count) for c in found.breakdown] == [
        ("Sat Samapta", 100),
        ("Sat Lantas", 50),
        ("Brimob", 100),
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Terdapat 1.250 TPS di Sambas.", [("total", 1250)]),
        (
            "Dari 2.100 TPS, sebanyak 45 TPS sangat rawan dan 120 TPS rawan.",
            [("total", 2100), ("sangat rawan", 45), ("rawan", 120)],
        ),
        ("TPS kategori rawan sebanyak 87 titik dijaga ketat.", [("rawan", 87)]),
        ("Ada 12 TPS khusus di lapas.", [("khusus", 12)]),
        ("Personel berjaga di TPS sejak pagi.", []),
        ("TPS rawan sebanyak 120 TPS tersebar di lima kecamatan.", [("rawan", 120)]),
        (
            "Terdapat 250 TPS, dengan 15 TPS di antaranya masuk kategori rawan.",
            [("total", 250), ("rawan", 15)],
        ),
        ("Semoga 1.200 TPS aman dari gangguan.", [("total", 1200)]),
        ("Sebanyak 40 TPS kategori aman.", [("aman", 40)]),
    ],
)
def test_tps_counts(text, counts):
    assert [(c.label, c.count) for c in find_tps_counts(text)] == counts


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Ada 361 titik kegiatan kampanye dan 1 titik rapat umum.", 361),
        ("Patroli menyasar 25 titik rawan.", 25),
        ("Personel berkumpul di titik kumpul.", None),
        ("Sebanyak 40 titik TPS dijaga.", None),
    ],
)
def test_activity_points(text, points):
    assert find_activity_points(text) == points


@pytest.mark.parametrize(
    "text",
    [
        # a post's strength, one of many
        "Masing-masing bakal calon bupati dan wakilnya diberikan pengawalan sebanyak "
        "dua personel.",
        "Untuk TPS sangat rawan kami tempatkan dua personel untuk satu TPS.",
        "Setiap TPS sangat rawan bakal dijaga dua personel Polri dibantu Linmas.",
        "Di TPS kurang rawan, setiap satu personel Polri memantau beberapa TPS.",
        # the whole country's figure, from the Kapolri's message
        "Wakapolda membacakan amanat Kapolri, operasi melibatkan 131.450 personel "
        "gabungan di seluruh pos.",
        "Operasi Lilin digelar serentak. Dengan melibatkan 131.450 personel gabungan.",
    ],
)
def test_more_numbers_that_are_not_the_deployment(text):
    assert find_personnel(text).total is None


def test_an_earlier_report_retold_gives_no_figure():
    text = (
        "Kapolres mengimbau pendukung tidak berkonvoi usai pencoblosan.\n"
        "Sebelumnya diberitakan, Polda mengerahkan 9.870 personel untuk pengamanan."
    )
    assert find_personnel(text).total is None
    before = "Polres Sambas menyiagakan 415 personel.\n" + text
    assert find_personnel(before).total == 415


def test_a_breakdown_that_adds_up_beats_a_headline_typo():
    body = (
        "Polres Sekadau menurunkan 426 personel terdiri atas 300 personel Polres "
        "Sekadau dan 162 personel BKO Polda Kalbar. Sebanyak 462 personel itu berjaga "
        "di 800 TPS."
    )
    found = find_personnel(body, title="Polres Sekadau Turunkan 426 Personel")
    assert found.total == 462
    # The headline's figure that is a part of the breakdown still leads.
    body = (
        "Polres Landak menyiagakan 215 personel. Pelibatan pengamanan sebanyak "
        "3.215 personil dengan rincian 215 personil Polri dan 3.000 Linmas."
    )
    assert (
        find_personnel(body, title="Polres Landak Siagakan 215 Personel").total == 215
    )


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            '"Kami siapkan tim gabungan dari anggota Polri, TNI dan Satpol PP. '
            'Totalnya 5.210 orang," ujar Kapolda.',
            5210,
        ),
        ("Untuk pasukan yang akan diturunkan sebanyak 320 orang.", 320),
        # soldiers with no police figure: the Kodim's own deployment
        ("Kodim menurunkan pasukan prajurit sebanyak 500 orang.", 500),
        ("Tim gabungan memantau TPS. Jumlah pemilih totalnya 12.000 orang.", None),
    ],
)
def test_a_force_counted_in_people(text, total):
    assert find_personnel(text).total == total


def test_a_headline_figure_the_body_gives_in_two_parts():
    body = (
        "Sebanyak 480 personel Polres Paser, termasuk 60 personel BKO Polda Kaltim, "
        "telah disiapkan untuk 900 TPS."
    )
    assert find_personnel(body, title="Polres Paser Lepas 540 Personel").total == 540
    # A headline figure the body neither gives nor adds up to does not lead.
    assert find_personnel(body, title="Polres Paser Lepas 700 Personel").total == 480


def test_a_deployment_a_few_words_after_setiap_tps_is_no_ratio():
    text = (
        "Guna mengamankan setiap TPS di sembilan kecamatan Polres Sambas menerjunkan "
        "400 personel gabungan."
    )
    assert find_personnel(text).total == 400


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Apel diikuti 140 pesonil gabungan dari TNI dan Polri.", 140),
        ("Polres Melawi menurunkan 85 personeel ke gudang logistik.", 85),
        ("Sebanyak 230 perseonel disiagakan di kantor KPU.", 230),
        ("Kapolres melepas 64 personil pengamanan TPS.", 64),
        # a nearby word is no mistyped noun
        ("Kenaikan 40 persen dari tahun lalu.", None),
    ],
)
def test_the_noun_mistyped_still_counts(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "di 12 kecamatan" is no "di 1 ... 2 kecamatan", a post's share
        ("Sebanyak 260 personel disiagakan di 12 kecamatan.", 260),
        ("Polres menerjunkan 180 personel untuk 15 lokasi kampanye.", 180),
        ("Sebanyak 2 personel disiagakan di 1 TPS.", None),
        # the unit speaking of its own members ("pihaknya", "kami")
        ("Menurut Kapolsek, pihaknya mengerahkan 16 anggota untuk menjaga PPK.", 16),
        ("Kami menurunkan 45 anggota untuk mengamankan pleno.", 45),
        ("Kami menurunkan 45 anggota KPPS untuk pleno.", None),
    ],
)
def test_a_count_of_places_and_the_speaking_units_members(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a command's number between the parts no longer parts them
        (
            "Pengamanan melibatkan 90 personel Polres Melawi, 30 personel dari "
            "Kodim 1205 dan 15 personel Brimob.",
            135,
        ),
        (
            "Sebanyak 90 personel Polres Melawi dibantu 30 personel Yonif 641/Beruang.",
            120,
        ),
        # the last part's force stands before the civilians' figure
        (
            "Pengamanan melibatkan 90 personel Polres Melawi, 30 personel Kodim 1205 "
            "serta 150 Linmas.",
            120,
        ),
    ],
)
def test_parts_with_a_commands_number_add_up(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Atas permintaan KPU, Polres Melawi menurunkan 120 personel ke pleno.", 120),
        ("Menindaklanjuti usulan Bawaslu, 85 personel dikerahkan ke gudang.", 85),
        # the figure asked for is still no deployment
        ("Polres Melawi meminta tambahan 100 personel dari Polda.", None),
        ("Kapolres mengajukan permintaan 150 personel BKO.", None),
    ],
)
def test_a_deployment_made_on_request_is_done(text, total):
    assert find_personnel(text).total == total


@pytest.mark.parametrize(
    ("body", "title", "total", "text"),
    [
        # the body gives a word, the headline the figure
        (
            "Ratusan personel gabungan diterjunkan untuk mengamankan pleno.",
            "Polres Melawi Kerahkan 320 Personel Amankan Pleno",
            320,
            None,
        ),
        # the body tells a post's handful only
        (
            "Sebanyak 8 personel berjaga di pintu masuk gedung pleno.",
            "Polres Melawi Kerahkan 320 Personel Amankan Pleno",
            320,
            None,
        ),
        # a hedged figure in the body stays hedged
        (
            "Polres Melawi menerjunkan sekitar 320 personel gabungan.",
            "Polres Melawi Kerahkan 320 Personel Amankan Pleno",
            None,
            "sekitar 320 personel",
        ),
        # a figure of its own in the body stands
        (
            "Polres Melawi menerjunkan 280 personel gabungan.",
            "Polres Melawi Kerahkan 320 Personel Amankan Pleno",
            280,
            None,
        ),
        # a headline's handful does not outrank the body's word
        (
            "Ratusan personel gabungan diterjunkan untuk mengamankan TPS.",
            "Dua Personel Jaga Satu TPS di Melawi",
            None,
            "Ratusan personel",
        ),
    ],
)
def test_the_headline_figure_when_the_body_gives_a_word_or_a_handful(
    body, title, total, text
):
    found = find_personnel(body, title=title)
    assert (found.total, found.text) == (total, text)
