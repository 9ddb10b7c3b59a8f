"""The day of the reported activity (issue 11, session 4): invented sentences only.

Guideline (tests/fixtures/real/README.md, event_date): the first day of the
reported activity; numbers beat a contradicting weekday; the voting day mentioned in
passing is not the activity's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from arsip_extract.dates import find_event_dates


def _first(text: str, published: date | None = None) -> str | None:
    found = find_event_dates(text, published)
    return found.first.isoformat() if found.first else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time of day between the weekday and the date.
        (
            "Polres memperketat penjagaan gudang logistik pada Minggu malam, 1 Desember "
            "2024. Hal itu disampaikan Kasi Humas, Senin, 2 Desember 2024.",
            "2024-12-01",
        ),
        (
            "Patroli gabungan digelar Sabtu pagi, 9 November 2024. Kapolres menjelaskan "
            "hasilnya pada Selasa, 12 November 2024.",
            "2024-11-09",
        ),
        (
            "Pengawalan kotak suara berlangsung Kamis dini hari, 28 November 2024, lalu "
            "dilaporkan Jumat, 29 November 2024.",
            "2024-11-28",
        ),
        ("Apel siaga digelar Jumat sore (8/11/2024) di Mapolres.", "2024-11-08"),
        # A curly apostrophe in the weekday.
        ("Apel gelar pasukan dilaksanakan Jum’at, 9 Februari 2024.", "2024-02-09"),
    ],
)
def test_weekday_written_with_the_date(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The vote's day as agreed or fixed is the calendar, not the activity.
        (
            "Pemerintah, DPR dan penyelenggara sepakat pemungutan suara untuk memilih "
            "presiden, anggota DPR, DPRD provinsi, serta DPD dilaksanakan pada hari Rabu, "
            "tanggal 14 Februari 2024.",
            None,
        ),
        ("Hari pencoblosan jatuh pada Rabu, 27 November 2024.", None),
        (
            "Telah disepakati bahwa pemungutan suara ulang digelar Sabtu (19/4/2025). "
            "Polres menggelar apel kesiapan, Senin (14/4/2025).",
            "2025-04-14",
        ),
        # A voting day that is the reported day stays.
        ("Polres mengamankan 900 TPS pada Rabu (14/2/2024).", "2024-02-14"),
    ],
)
def test_the_vote_day_in_passing(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day the quoted outlet printed it leads only when nothing else is dated.
        (
            "Kapolres meninjau kesiapan personel, Kamis (25/1/2024). Ada 358 personel "
            "yang disiapkan, katanya melansir dari ANTARA, Minggu (28/1/2024).",
            "2024-01-25",
        ),
        (
            "Rapat koordinasi menjaga kondusivitas digelar bersama Pemda, ujar Kapolres, "
            "seperti dikutip dari Antara, Rabu (18/10/2023).",
            "2023-10-18",
        ),
        (
            "Personel diperkuat untuk PSU, ujar Kapolda dilansir dari laman Antaranews, "
            "Senin (14/4/2025).",
            "2025-04-14",
        ),
    ],
)
def test_the_day_a_quoted_outlet_printed(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year the text never names, beside the one it does and the weekday agrees
        # with: a slip of the year.
        (
            "Apel gelar pasukan Operasi Lilin 2024 untuk pengamanan Natal 2024 dan tahun "
            "baru 2025 digelar di Mapolda. Jum’at (20/12/23).",
            "2024-12-20",
        ),
        (
            "Patroli pengamanan Pilkada 2024 digelar Sabtu (9/11/23) malam.",
            "2024-11-09",
        ),
        # The number wins when the text names the written year too.
        (
            "Rapat pleno rekapitulasi Pilkada 2024 dijaga ketat, Rabu (3/12/2024).",
            "2024-12-03",
        ),
        # ... or names no other year the weekday agrees with.
        ("Patroli digelar Sabtu (9/11/23) malam.", "2023-11-09"),
        # A year written in full is kept as written (README, session 9), though
        # the weekday agrees with the year the text names.
        (
            "Patroli pengamanan Pilkada 2024 digelar Sabtu (9/11/2023) malam.",
            "2023-11-09",
        ),
    ],
)
def test_a_slip_of_the_year(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of time after the deed dates the deed ...
        (
            "Apel gelar pasukan berlangsung Senin (25/11/2024) di Mapolres. Hal itu "
            "dijelaskan Kapolres, Selasa (26/11/2024).",
            "2024-11-25",
        ),
        (
            "Pengawalan logistik dimulai Sabtu (23/11/2024) dan dilaporkan Minggu "
            "(24/11/2024).",
            "2024-11-23",
        ),
        # ... but a stage of the election is a schedule.
        (
            "Masa kampanye berlangsung Rabu (25/9/2024) hingga 23 November. Polres "
            "menggelar patroli, Jumat (27/9/2024).",
            "2024-09-27",
        ),
    ],
)
def test_a_verb_of_time_after_the_deed(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A span of days is dated by its first day.
        ("Pengamanan dilaksanakan tanggal 12 s/d 14 Februari 2024.", "2024-02-12"),
        ("Patroli skala besar digelar 12-14 Februari 2024 di Sambas.", "2024-02-12"),
        ("Razia digelar 12 hingga 14 Februari 2024 di Sintang.", "2024-02-12"),
        ("Patroli gabungan digelar Senin-Rabu (12-14/2/2024).", "2024-02-12"),
        # ... unless it is a stage of the election.
        ("Masa kampanye berlangsung 25 September hingga 23 November 2024.", None),
        # Numbers with slashes or dashes, with a year, after "pada" or "tanggal".
        ("Apel digelar pada 12/2/2024 di Mapolres.", "2024-02-12"),
        ("Apel digelar tanggal 12/02/2024 di Mapolres.", "2024-02-12"),
        ("Apel digelar Senin, 12-2-2024.", "2024-02-12"),
        # A unit's number and a bare fraction are no dates.
        ("Kodim 1207/Pontianak dan regu 12/2 hadir.", None),
        ("Skor akhir 3-2 Februari lalu.", None),
    ],
)
def test_spans_and_numeric_dates(text, expected):
    found = find_event_dates(text, None, 2024)
    assert (found.first.isoformat() if found.first else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The story names its own day by a bare weekday that no dated stage falls
        # on: the vote or ruling it names is not the day reported.
        (
            "Polres mulai menggeser pasukan karena pada Selasa (13/2) logistik dikirim "
            "untuk pemungutan suara Pemilu 2024 pada Rabu (14/2), kata Kapolres, Senin.",
            None,
        ),
        (
            "Polres bersiap menjelang putusan Mahkamah Konstitusi terkait PSU Pilkada "
            "pada Rabu (17/9). Hal itu disampaikan Kapolres di Muara Teweh, Selasa.",
            None,
        ),
        # A stage on the day the story names stays its day.
        (
            "Pemungutan suara Pilkada pada Rabu (27/11) berjalan aman, kata Kapolres "
            "di Sintang, Rabu.",
            "2024-11-27",
        ),
        # A guard running since a day keeps that day.
        (
            "Pengamanan kantor KPU berjalan setiap hari, tanpa hari libur, sejak Sabtu, "
            "21 Oktober 2023, kata Wadir Samapta, Senin.",
            "2023-10-21",
        ),
    ],
)
def test_told_on_another_day(text, expected):
    found = find_event_dates(text, None, 2024)
    assert (found.first.isoformat() if found.first else None) == expected


# --- Session 5: general patterns seen on pages unseen while tuning ------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A plan verb right after the date: the date opens an announcement.
        (
            "Pada Kamis (5/12/2024) akan digelar rapat pleno. Kapolres memimpin apel "
            "persiapan, Rabu (4/12/2024).",
            None,
            "2024-12-04",
        ),
        (
            "Selasa (3/12/2024) pagi akan dimulai rekapitulasi di kantor KPU, kata "
            "Kapolres. Patroli dialogis sudah digelar Senin (2/12/2024).",
            None,
            "2024-12-02",
        ),
        # A plan adverb earlier in a long clause, past the short window.
        (
            "Surat suara rencananya diangkut dari percetakan di luar pulau menuju "
            "gudang milik KPU provinsi di ibu kota pada 20 Oktober 2024. Penjagaan "
            "gudang sudah diperketat, kata Kapolda, Senin.",
            None,
            None,
        ),
        # "yang akan" describes the subject, not the deed on the date.
        (
            "Seluruh personel gabungan yang akan bertugas menjaga tempat pemungutan "
            "suara di pelosok kabupaten mengikuti apel pergeseran pada 12 Februari 2024.",
            None,
            "2024-02-12",
        ),
        # "bakal calon" is a candidate-to-be, not a plan.
        (
            "Polres menjaga kantor KPU saat penerimaan berkas bakal calon kepala daerah "
            "yang ramai didatangi pendukung dari berbagai kecamatan, Rabu (28/8/2024).",
            None,
            "2024-08-28",
        ),
        (
            "Anggota mengawal bakal paslon ke kantor KPU, Rabu (28/8/2024).",
            None,
            "2024-08-28",
        ),
    ],
)
def test_plans_around_the_date(text, published, expected):
    assert _first(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day the words were said yields to the deed's own day, written later
        # and a few days before.
        (
            "Logistik tiba dengan selamat di pulau itu, ujar Kapolsek kepada wartawan, "
            "Kamis (15/2/2024). Pengawalan kotak suara dilakukan pada Selasa (13/2) "
            "siang dengan perahu motor.",
            "2024-02-13",
        ),
        (
            "Kami mulai mengantar logistik ke hulu sungai, kata Kapolres, Selasa "
            "(26/11/2024). Pengiriman logistik ini dilakukan sejak Minggu (24/11) "
            "pagi.",
            "2024-11-24",
        ),
        # ... also a journey retold a week or more later (session 18: within two
        # weeks)
        (
            "Perjalanan mengantar kotak suara ke dusun terjauh makan waktu dua hari, "
            "kata Bripka Anu, Minggu (1/12/2024). Rombongan berangkat pada 21 "
            "November 2024 dengan perahu.",
            "2024-11-21",
        ),
        # A deed dated before the words but long ago is not the reported day.
        (
            "Situasi tetap kondusif, ujar Kapolres kepada wartawan, Jumat (1/3/2024). "
            "Patroli pertama digelar pada Senin (5/2/2024).",
            "2024-03-01",
        ),
        # Without a speech tag, the first day written leads as before.
        (
            "Polres menggelar apel siaga, Kamis (15/2/2024). Patroli malam juga "
            "digelar pada Selasa (13/2/2024).",
            "2024-02-15",
        ),
    ],
)
def test_the_deed_day_beside_the_day_words_were_said(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A beginning said done: the activity's first day.
        (
            "Penjagaan tidak hanya pada hari H, pelaksanaannya sudah dimulai sejak "
            "Senin, 14 April 2025 saat pergeseran kotak suara. Kapolres meninjau TPS "
            "Rabu (16/4/2025).",
            "2025-04-14",
        ),
        (
            "Mulai kemarin (Kamis, 21/11/2024) personel sudah ditempatkan di desa "
            "terjauh, kata Kapolsek, Jumat (22/11/2024).",
            "2024-11-21",
        ),
        # ... any deed said held since a day (session 18): its first day, not the
        # day ahead the story is about
        (
            "Jelang sidang putusan pada 20 Oktober 2025, Polres menyiagakan 300 "
            "personel. Latihan pengendalian massa juga telah digelar sejak 16 Oktober "
            "2025 di halaman Mapolres.",
            "2025-10-16",
        ),
        (
            "Gudang logistik sudah dijaga ketat sejak Selasa (5/11/2024), kata "
            "Kapolsek, Kamis (7/11/2024).",
            "2024-11-05",
        ),
        # "mulai" without a deed said done stays a schedule.
        (
            "Masa tenang mulai Minggu (24/11/2024) hingga hari pemungutan suara. "
            "Polres menggelar patroli, Senin (25/11/2024).",
            "2024-11-25",
        ),
    ],
)
def test_a_beginning_said_done(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A caption's weekday slip loses against the body's consistent day.
        (
            "Kapolres menyematkan pita kepada petugas, Senin (11/2/2024).\n"
            "Apel pergeseran pasukan digelar di halaman kantor bupati, Senin "
            "(12/2/2024).",
            "2024-02-12",
        ),
        # Alone, a slip keeps its number.
        ("Apel pergeseran pasukan digelar Senin (11/2/2024).", "2024-02-11"),
    ],
)
def test_a_weekday_slip_beside_a_consistent_day(text, expected):
    assert _first(text) == expected


def test_a_yearless_day_takes_the_year_its_weekday_pins():
    # "Hari ini (5/12)" beside "Selasa (5/12)": 5 December was a Tuesday in 2023.
    text = (
        "Hari ini (5/12), kampanye akbar digelar di lapangan kota, ujar Kapolda. "
        "Rombongan tiba di bandara pada Selasa (5/12) pagi."
    )
    found = find_event_dates(text, None, 2024)
    assert found.first.isoformat() == "2023-12-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lowercase weekday is still a weekday (not "minggu", a week).
        ("Rapat pleno dijaga ketat pada rabu pagi di hotel.", "2020-12-16"),
        ("Penjagaan diperketat selama satu minggu di gudang.", None),
    ],
)
def test_a_lowercase_weekday(text, expected):
    found = find_event_dates(text, date(2020, 12, 18))
    assert (found.first.isoformat() if found.first else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No stamp: a bare weekday is the eve of the dated day it calls "besok".
        (
            "Pada hari Minggu (8/12/2024) akan dilakukan pleno, kami minta pleno besok "
            "berjalan aman, kata Wakapolda usai apel di Palangka Raya, Sabtu.",
            "2024-12-07",
        ),
        # Without "besok" the bare weekday still gives no date.
        (
            "Pada hari Minggu (8/12/2024) akan dilakukan pleno, kata Wakapolda usai "
            "apel di Palangka Raya, Sabtu.",
            None,
        ),
        # ... nor when the weekday is not that eve.
        (
            "Pada hari Minggu (8/12/2024) akan dilakukan pleno, pleno besok dijaga, "
            "kata Wakapolda, Kamis.",
            None,
        ),
        # Told on the weekday of the planned day itself: that day (session 18,
        # "akan digelar ..., Senin (14/10) malam" told "di Palangka Raya, Senin").
        (
            "Sebanyak 200 personel disiagakan untuk debat calon yang akan digelar di "
            "gedung serbaguna, Selasa (15/10) malam. Kabid Humas di Kota Baru, "
            "Selasa, mengatakan personel sudah diberi arahan.",
            "2024-10-15",
        ),
        # ... but not when the telling's weekday is another one.
        (
            "Sebanyak 200 personel disiagakan untuk debat calon yang akan digelar di "
            "gedung serbaguna, Selasa (15/10) malam. Kabid Humas di Kota Baru, "
            "Senin, mengatakan personel sudah diberi arahan.",
            None,
        ),
    ],
)
def test_a_bare_weekday_against_a_planned_day(text, expected):
    found = find_event_dates(text, None, 2024)
    assert (found.first.isoformat() if found.first else None) == expected


def test_the_story_year_of_a_pilgub():
    from arsip_extract.dates import story_year

    assert story_year("Persiapan pengamanan Pilgub 2018 di kabupaten.") == 2018
    assert story_year("Pilbup 2020 berjalan aman.") == 2020


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Day and month swapped: only the swap agrees with the weekday.
        ("Apel gelar pasukan digelar Rabu (2/7/2024).", None, "2024-02-07"),
        ("Apel gelar pasukan digelar Rabu (2/7/2024).", date(2024, 2, 8), "2024-02-07"),
        # A swap far from the publication keeps the written number.
        ("Apel gelar pasukan digelar Rabu (2/7/2024).", date(2024, 7, 3), "2024-07-02"),
        # A day above 12 cannot be a month.
        ("Patroli digelar Rabu (13/2/2024).", None, "2024-02-13"),
    ],
)
def test_day_and_month_swapped(text, published, expected):
    assert _first(text, published) == expected


def test_the_day_a_release_reached_a_named_site_is_the_sources_day():
    text = (
        "Apel kesiapan digelar di Mapolda, Senin (22/4/2024). Hal itu tertuang "
        "dalam keterangan resmi yang diterima KabarHulu.com, Selasa (23/4/2024)."
    )
    found = find_event_dates(text)
    assert found.first.isoformat() == "2024-04-22"
    only = find_event_dates("Keterangan resmi diterima Kabar!Hulu, Selasa (23/4/2024).")
    assert only.recalled and only.first.isoformat() == "2024-04-23"
    # Aid received by residents is a deed on its day.
    deed = find_event_dates("Bantuan diterima warga, Selasa (23/4/2024).")
    assert not deed.recalled


def _first_hinted(text: str, hint: int | None = None) -> str | None:
    found = find_event_dates(text, None, hint)
    return found.first.isoformat() if found.first else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short span of the guarded days: its first day (session 6).
        (
            "Pengamanan di kantor KPU dilakukan bersamaan dengan pendaftaran bakal "
            "calon yang berlangsung tiga hari, mulai 4 hingga 6 September 2024, kata "
            "Kapolres, Kamis (5/9/2024).",
            "2024-09-04",
        ),
        (
            "Dari tanggal 2 Oktober hingga 4 Oktober, penjagaan Polres Melawi sudah "
            "disiagakan di kantor KPU. Hal itu disampaikan Kabag Ops, Jumat "
            "(4/10/2024).",
            "2024-10-02",
        ),
        (
            "Polres Sekadau menggelar pengamanan di kantor KPU. Sejak tahapan "
            "pendaftaran dibuka tanggal 4 September dan berakhir Jumat malam 6 "
            "September 2024, situasi kondusif.",
            "2024-09-04",
        ),
        # A stage's own schedule is no deed's span.
        (
            "Kapolsek mendampingi Panwaslu menertibkan alat peraga, Senin (25/11/2024). "
            "Masa tenang ditetapkan selama 3 hari mulai tanggal 24 hingga 26 November "
            "2024 sehingga pengamanan diperketat.",
            "2024-11-25",
        ),
        # A long guard's start gives way to the day the story reports inside it.
        (
            "Penjagaan gudang logistik dilakukan selama 24 jam sejak 2 September "
            "hingga 31 Desember 2024, Selasa (19/11/2024).",
            "2024-11-19",
        ),
        # ... and without a day inside it, the start stands.
        (
            "Penjagaan gudang logistik dilakukan sejak 2 September hingga 31 Desember "
            "2024.",
            "2024-09-02",
        ),
    ],
)
def test_spans_of_the_deeds_days(text, expected):
    assert _first_hinted(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The campaign's start is a stage's, a long guard's: the reported day leads.
        (
            "Polres Kapuas memastikan pengamanan masa kampanye sejak 25 September "
            "2024. \u201cSemua terkendali,\u201d ujarnya, Kamis (10/10/2024).",
            "2024-10-10",
        ),
        # A deed begun, its verb between "mulai" and "sejak".
        (
            "Kotak suara dari PPK diamankan di kantor KPU, Minggu (8/12/2024). "
            "Kapolres mengatakan logistik sudah mulai bergeser dari kecamatan sejak "
            "Sabtu (7/12/2024) malam.",
            "2024-12-07",
        ),
        # "kemarin" after the date: the deed of the day before the telling.
        (
            "Pemungutan suara di Kota Sampit berlangsung aman pada Rabu, 27 November "
            "2024, kemarin. Personel berjaga di TPS, katanya, Kamis (28/11/2024).",
            "2024-11-27",
        ),
        # Other names of a vote are stages: the bare told day is not theirs.
        (
            "Pilkades serentak pada tanggal 18 Mei 2022 diikuti 20 desa, kata "
            "Kapolres di Kuala Kurun, Senin.",
            None,
        ),
        (
            "Personel siap menjaga PSU yang digelar Sabtu atau 19 April 2025, ujar "
            "Kapolres, Kamis.",
            None,
        ),
        # The speech verb a few clauses back, past a rank's stop: the told day
        # gives way to the deed's span written after it.
        (
            "Pendaftaran berlangsung kondusif, ujar Dansat Brimob, Kombes Pol. Andi "
            "Wijaya, Sabtu (7/9/24). Aktivitas warga selama tiga hari (4-6 September "
            "2024) berjalan lancar.",
            "2024-09-04",
        ),
        # An earlier report retold adds no day of the story's.
        (
            "Polres mengimbau warga tidak konvoi, katanya saat dikonfirmasi "
            "Situs-Berita.com, Rabu (27/11/2024).\nSebelumnya diberitakan, Polda "
            "menggelar apel di Mapolda, Senin (25/11/2024).",
            "2024-11-27",
        ),
    ],
)
def test_stages_yesterdays_and_retold_days(text, expected):
    assert _first_hinted(text, 2024) == expected


def test_a_yearless_day_takes_the_year_pinned_near_it():
    text = (
        "Dari tanggal 25 November hingga 29 November, penjagaan Polres sudah siap di "
        "kantor KPU. Kabag Ops menyampaikannya di kantor KPU, Rabu (29/11/2017)."
    )
    assert _first_hinted(text, 2018) == "2017-11-25"


def test_a_comma_between_the_weekday_and_its_bracketed_date_ends_no_clause():
    text = (
        "Pasangan pertama akan mendaftar pada Rabu, (28/8) dan pasangan kedua pada "
        "Kamis (29/8)."
    )
    assert _first_hinted(text, 2024) is None


def test_since_after_a_glued_stop_opens_the_sentence():
    text = (
        "Polres Sekadau menggelar pengamanan di kantor KPU.Sejak tahapan pendaftaran "
        "dibuka tanggal 4 September dan berakhir Jumat malam 6 September 2024, "
        "situasi kondusif."
    )
    assert _first_hinted(text, 2024) == "2024-09-04"


def test_double_spaces_change_no_event_date():
    from arsip_extract import extract_record
    from arsip_reader.parse import parse_raw_text

    page = (
        "SAMPIT - Polres Kotim menjaga pemungutan suara di seluruh desa dan "
        "kecamatan se-kabupaten pada Rabu (14/2/2024). Apel pergeseran digelar "
        "Senin (12/2/2024)."
    )
    single = extract_record(parse_raw_text(page)).event_date
    double = extract_record(parse_raw_text(page.replace(" ", "  "))).event_date
    assert single == double == "2024-02-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polres menggelar apel pergeseran, Senin (12.2.2024).", "2024-02-12"),
        ("Polres menggelar apel pergeseran, Senin [12/2/2024].", "2024-02-12"),
        # a time in brackets is no date
        ("Apel dimulai (08.00) di lapangan, Senin (12/2/2024).", "2024-02-12"),
    ],
)
def test_a_date_with_stops_or_in_square_brackets(text, expected):
    assert _first_hinted(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The story opens with a bare told weekday; a later date called "kemarin"
        # pins it to the next day.
        (
            "Kapolres meninjau gudang logistik KPU, kata dia di Sampit, Selasa. "
            "Sementara itu, Sekretaris KPU menyebut pada Senin (28/10) kemarin "
            "pihaknya menerima surat suara.",
            "2024-10-29",
        ),
        # The bare weekday is not the day after: the dated deed stands.
        (
            "Kapolres meninjau gudang logistik KPU, kata dia di Sampit, Kamis. "
            "Sementara itu, Sekretaris KPU menyebut pada Senin (28/10) kemarin "
            "pihaknya menerima surat suara.",
            "2024-10-28",
        ),
        # The date called "kemarin" opens the story: it stands.
        (
            "Pada Senin (28/10) kemarin, KPU menerima surat suara yang dijaga polisi. "
            "Kapolres meninjau gudang itu, Selasa.",
            "2024-10-28",
        ),
    ],
)
def test_a_bare_weekday_pinned_by_yesterday(text, expected):
    assert _first_hinted(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stage's day that only anchors a time counted back from it
        (
            "Distribusi logistik diatur sepekan sebelum hari pemungutan suara pada "
            "Rabu, 14 Februari 2024. Pengiriman akan dimulai pada 8 Februari 2024.",
            None,
        ),
        # approaching the stage, its day stays the fallback as before
        (
            "Polres menyiagakan personel menjelang hari pemungutan suara pada Rabu, "
            "14 Februari 2024.",
            "2024-02-14",
        ),
    ],
)
def test_a_stage_day_counted_back_from(text, expected):
    assert _first_hinted(text, 2024) == expected


def test_a_bare_weekday_the_stamp_resolves_outranks_a_recalled_day():
    # "Sebelumnya, pada <date>" recalls an earlier deed; the story is told on a bare
    # weekday that the publication date resolves (Rabu before Kamis 15 Feb 2024).
    text = (
        "Kapolres Sintang memimpin apel pergeseran pasukan di Mapolres, Rabu. "
        "Sebelumnya, pada Senin (12/2/2024), jajaran Polres menggelar rapat "
        "koordinasi bersama KPU."
    )
    found = find_event_dates(text, date(2024, 2, 15))
    assert found.first == date(2024, 2, 14)
    assert date(2024, 2, 12) in found.dates


def test_a_recalled_day_alone_still_dates_the_story():
    text = "Sebelumnya, pada Senin (12/2/2024), jajaran Polres menggelar rapat."
    assert find_event_dates(text, date(2024, 2, 15)).first == date(2024, 2, 12)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A date looked back on ("14 Februari lalu") is no event date (eval
        # guidelines): the vote the story measures itself against.
        (
            "Polres memetakan TPS rawan berdasarkan evaluasi pemilu yang digelar pada "
            "14 Februari lalu.",
            date(2024, 3, 10),
            None,
        ),
        (
            "Berkaca dari kejadian pada 14 Februari 2024 lalu, Polres menambah "
            "kekuatan personel untuk pilkada.",
            date(2024, 8, 1),
            None,
        ),
        (
            "Situasi di Kecamatan Sepauk tetap aman seperti saat 27 November lalu. "
            "Patroli dialogis digelar Kamis (5/12/2024).",
            date(2024, 12, 6),
            "2024-12-05",
        ),
        # With its weekday the day stays the deed's ("Minggu (24/11) lalu").
        (
            "Apel pergeseran pasukan digelar di Lapangan Sanggam, Minggu (24/11) lalu.",
            date(2024, 11, 26),
            "2024-11-24",
        ),
        # "sejak ... lalu" is still the guard's first day.
        (
            "Polsek menempatkan tiga regu pengamanan di gudang logistik KPU sejak 1 "
            "Oktober 2024 lalu.",
            date(2024, 10, 20),
            "2024-10-01",
        ),
    ],
)
def test_a_date_looked_back_on(text, published, expected):
    assert _first(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An activity said to run since a day shortly before the story's own:
        # its first day (README, session 4: "sejak X").
        (
            "Penjagaan gudang logistik telah berlangsung sejak Jumat (8/11/2024), kata "
            "Kapolsek, Sabtu (9/11/2024).",
            "2024-11-08",
        ),
        (
            "Patroli malam sudah berjalan sejak Senin (11/11/2024) dengan 40 personel, "
            "ujar Kasat Samapta kepada wartawan, Rabu (13/11/2024).",
            "2024-11-11",
        ),
        # Since a day long before: the start of a long guard, the story's day leads.
        (
            "Pengamanan gudang sudah berlangsung sejak 16 September 2024. Pada Sabtu "
            "(16/11/2024), personel yang bertugas terus bersiaga.",
            "2024-11-16",
        ),
    ],
)
def test_an_activity_going_on_since(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No stamp: a stage of the vote dated after the day the words were said is
        # announced.
        (
            "KPU meminta personel ditambah saat pemungutan suara ulang, Sabtu "
            "(19/4/2025). Kami siap menambah, ujar Kapolres, Kamis (17/4/2025).",
            "2025-04-17",
        ),
        (
            "Polres menjaga kantor KPU jelang pencoblosan, Rabu (27/11/2024). Personel "
            "sudah berjaga sejak pagi, kata Kapolres, Senin (25/11/2024).",
            "2024-11-25",
        ),
        # A deed dated after it stays (the telling's day may be a slip).
        (
            "Siaga di kantor camat dipimpin Kasatgas Preventif. Senin 19/02/2024.\n"
            "Siaga dilakukan 1 x 24 jam, kata Kabid Humas, Minggu 18/02/2024.",
            "2024-02-19",
        ),
    ],
)
def test_a_stage_after_the_day_words_were_said(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A bare weekday closing a span ("hingga Rabu") is no day of the telling.
        (
            "Polres mengawal logistik ke PPK pada Selasa malam (13/2/2024) hingga "
            "Rabu dini hari.",
            date(2024, 2, 15),
            "2024-02-13",
        ),
        (
            "Patroli skala besar digelar Jumat (22/11/2024) sampai Minggu malam.",
            date(2024, 11, 25),
            "2024-11-22",
        ),
        (
            "Penjagaan gudang logistik berlangsung Sabtu (9/11/2024) sampai dengan "
            "Senin.",
            date(2024, 11, 12),
            "2024-11-09",
        ),
    ],
)
def test_a_span_closed_by_a_bare_weekday(text, published, expected):
    assert _first(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A few days' span after a police verb is the deed's days: its first leads.
        (
            "Polres mengamankan pleno rekapitulasi yang digelar 27 Februari hingga 1 "
            "Maret 2024.",
            "2024-02-27",
        ),
        (
            "Personel Polsek menjaga kotak suara di kantor camat dari 15 sampai 17 "
            "Februari 2024.",
            "2024-02-15",
        ),
        (
            "Sebanyak 40 personel berjaga di gudang KPU pada 5-7 November 2024.",
            "2024-11-05",
        ),
    ],
)
def test_a_short_span_after_a_police_verb(text, expected):
    found = find_event_dates(text, None, 2024)  # the year of the story's vote
    assert (found.first.isoformat() if found.first else None) == expected


def test_a_deed_said_done_is_read_in_the_dates_own_line():
    # "sejak X" at a line's end, "telah" on the next line: no beginning said done.
    text = (
        "Polres memastikan pengamanan masa kampanye sejak 25 September 2024\n"
        "Polres telah berkoordinasi dengan tim paslon, terangnya, Rabu (9/10/2024)."
    )
    assert _first(text) == "2024-10-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pernah": a deed done once before, not the story's day (session 8).
        (
            "Kegiatan serupa juga pernah digelar pada Senin (5/2/2024) di Polsek "
            "jajaran. Apel pergeseran pasukan digelar Senin (12/2/2024).",
            "2024-02-12",
        ),
        (
            "Polres pernah mengawal logistik ke pulau itu pada Rabu (7/2/2024). "
            "Kali ini pengawalan dilakukan Sabtu (10/2/2024) dengan speedboat.",
            "2024-02-10",
        ),
        (
            "Bentrokan serupa pernah terjadi pada Kamis (1/2/2024). Patroli gabungan "
            "digelar Jumat (9/2/2024) malam.",
            "2024-02-09",
        ),
        # A day of telling dropped as a weekday slip bounds nothing (no crash).
        (
            "Patroli digelar Sabtu (10/2/2024), ujar Kapolsek, Senin (13/2/2024). "
            "Kami siap, katanya.",
            "2024-02-10",
        ),
    ],
)
def test_a_deed_done_once_before(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The planner before the verb: the second passive of "dijadwalkan".
        "Pelipatan surat suara sudah rampung. “Distribusi logistik sudah kami "
        "jadwalkan dimulai pada 20 November,” ujar Ketua KPU, Senin (4/11/2024).",
        "Menurut Kapolsek, patroli ke desa-desa kita rencanakan mulai 18 November "
        "2024. Hal itu disampaikannya, Senin (4/11/2024).",
        "Apel gelar pasukan saya agendakan pada 25 November 2024. Demikian kata "
        "Kapolres, Senin (4/11/2024).",
        "Pengawalan logistik sudah diagendakan pada Sabtu (9/11/2024), kata Kabag "
        "Ops, Senin (4/11/2024).",
    ],
)
def test_a_plan_with_its_planner_before_the_verb(text):
    assert _first(text) == "2024-11-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No stamp: a start after the day the words were said is announced.
        (
            "Pengamanan gudang logistik dimulai 22 November 2024, kata Kapolres di "
            "Sintang, Selasa (5/11/2024).",
            "2024-11-05",
        ),
        # A start before it stays the activity's first day.
        (
            "Pengamanan rekapitulasi di PPK telah dimulai sejak Sabtu (17/2/2024), "
            "kata Kapolsek, Senin (19/2/2024).",
            "2024-02-17",
        ),
    ],
)
def test_a_start_after_the_day_words_were_said(text, expected):
    assert _first(text) == expected


def test_a_clause_ending_in_a_year_ends():
    # "2024," ends the plan's clause: the day of the telling is not planned.
    text = (
        "Patroli ke desa-desa diagendakan mulai 18 Februari 2024, kata Kapolsek, "
        "Kamis (8/2/2024)."
    )
    assert _first(text) == "2024-02-08"


def test_a_date_called_tomorrow_is_announced():
    text = (
        "Kapolres memastikan personel siap mengamankan pemungutan suara pada Rabu "
        "(14/2/2024) besok."
    )
    assert _first(text, date(2024, 2, 13)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sejak" opening the date's clause: what runs since then starts that day
        # when the story's own day is a few days later.
        (
            "Sejak Sabtu (10/2/2024), personel Polsek berjaga di gudang logistik. Hal "
            "itu disampaikan Kapolsek, Senin (12/2/2024).",
            "2024-02-10",
        ),
        # with the deed it dates as a verb made noun between
        (
            "Kapolsek mengatakan, sejak dimulainya pengawalan logistik pada Sabtu "
            "(10/2/2024), belum ada gangguan, Senin (12/2/2024).",
            "2024-02-10",
        ),
        (
            "Sejak tibanya kotak suara pada 10 Februari 2024, gudang dijaga "
            "bergantian. Demikian kata Kapolsek, Senin (12/2/2024).",
            "2024-02-10",
        ),
        # A stage's start, or a long guard's, is not the story's day.
        (
            "Sejak dimulainya masa tenang pada Minggu (11/2/2024), Polres berpatroli, "
            "kata Kapolres, Selasa (13/2/2024).",
            "2024-02-13",
        ),
        (
            "Sejak 16 September 2024, gudang dijaga. Pada Senin (18/11/2024), "
            "Kapolres mengecek gudang.",
            "2024-11-18",
        ),
    ],
)
def test_since_opening_the_dates_clause(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The date completes "yang <verb>," before it: a stage's day when the clause
        # names a stage.
        (
            "Agar pemungutan suara ulang yang diselenggarakan, Sabtu (22/3/2025) hari "
            "ini, berjalan aman, Kapolres menurunkan personel ke Desa Lemo, Jumat "
            "(21/3/2025).",
            "2025-03-21",
        ),
        (
            "Untuk mengamankan Pilkada yang digelar, Rabu (27/11/2024), Polres "
            "Sintang menggelar apel, Senin (25/11/2024).",
            "2024-11-25",
        ),
        # A deed's clause keeps its day.
        ("Apel yang digelar, Senin (25/11/2024), diikuti 300 personel.", "2024-11-25"),
    ],
)
def test_a_date_completing_the_clause_before_its_comma(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Sejak X ... sudah" starts the story's deed only when the clause names
        # one: being ready since a day is no start.
        "Polres Landak menggelar apel pengamanan TPS.\n“Sejak Rabu (7/2/2024) kami "
        "sudah bersiap,” ujarnya.\nApel digelar Senin (12/2/2024) pagi.",
        "Polres Landak menggelar apel pengamanan TPS.\nSejak Rabu (7/2/2024), "
        "jajaran sudah menyusun rencana.\nApel digelar Senin (12/2/2024) pagi.",
        # A deadline is ahead.
        "Logistik ditargetkan tiba di seluruh TPS paling lambat Sabtu (10/2/2024). "
        "Pengawalan ke PPK digelar Senin (12/2/2024).",
        "Kotak suara harus sampai selambat-lambatnya Jumat (9/2/2024), kata Kapolsek "
        "saat mengawal logistik, Senin (12/2/2024).",
        "Pelipatan surat suara rampung paling lambat 5 Februari 2024. Polres "
        "menjaga gudang KPU, Senin (12/2/2024).",
    ],
)
def test_no_deed_since_the_day_and_deadlines(text):
    assert _first(text) == "2024-02-12"


def test_a_deed_since_the_day_said_done_still_starts():
    text = (
        "Sejak Sabtu (10/2/2024) personel sudah berjaga di gudang logistik, kata "
        "Kapolsek, Senin (12/2/2024)."
    )
    assert _first(text) == "2024-02-10"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # An English translation writes the month first, after its weekday; with no
        # stamp the weekday picks the archive's year ("Selasa (5/9)" of 2023).
        (
            "The Regional Police deployed 300 personnel to guard the KPU warehouse, "
            "Tuesday, September 5. The vote will be held on February 14, 2024.",
            None,
            "2023-09-05",
        ),
        (
            "Police chief Budi said on Friday, March 1, 2024 that the patrol ran.",
            None,
            "2024-03-01",
        ),
        (
            "The escort left the warehouse on Sunday, November 24.",
            date(2024, 11, 25),
            "2024-11-24",
        ),
        # Without its weekday a month-first day is not read: it may be a schedule.
        ("The re-vote is set for July 13.", date(2024, 7, 10), None),
    ],
)
def test_an_english_date_after_its_weekday(text, published, expected):
    assert _first(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No stamp: a period starting after the first day the story dates with its
        # weekday is the one ahead of the apel reported.
        (
            "Apel gelar pasukan digelar di halaman Mapolda, Jumat (20/12).\n"
            "Pengamanan Natal dimulai 21 Desember 2024 sampai 2 Januari 2025.",
            "2024-12-20",
        ),
        # A start before that day still leads.
        (
            "Pengawalan logistik dimulai sejak Sabtu (10/2/2024), kata Kapolres, "
            "Senin (12/2/2024).",
            "2024-02-10",
        ),
    ],
)
def test_a_period_starting_after_the_storys_day(text, expected):
    assert _first(text) == expected


def test_a_move_started_on_the_morning_after_the_vote_called_yesterday():
    # "Usai ... Rabu (14/2/2024) kemarin": the telling is the next day, so a move
    # said to start that morning is the story's deed, not a period ahead.
    text = (
        "Usai pencoblosan pada Rabu (14/2/2024) kemarin, kini kotak suara dibawa ke "
        "kantor kecamatan dengan pengawalan polisi.\nProses pemindahan kotak suara "
        "dimulai sejak pagi hari Kamis (15/2/2024)."
    )
    assert _first(text) == "2024-02-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A journey of days told afterwards, its own days unwritten: the day the
        # words were said is none of them (session 17).
        (
            "Tiga anggota Polsek menempuh perjalanan selama empat hari menyusuri sungai "
            "untuk mengantar kotak suara ke kampung terjauh, kata Kapolsek, Kamis "
            "(15/2/2024).",
            None,
        ),
        (
            "Selama tiga hari petugas menempuh jalan setapak membawa surat suara. "
            "Semua logistik tiba dengan selamat, ujar Kapolres, Jumat (16/2/2024).",
            None,
        ),
        # ... but a day of the journey written leads, as before
        (
            "Dua personel berangkat pada Senin (12/2/2024) dan menempuh perjalanan "
            "dua hari ke desa itu, kata Kapolsek, Kamis (15/2/2024).",
            "2024-02-12",
        ),
        # ... and a day of the deed that is no journey of days stays the story's
        (
            "Polres mengawal logistik ke kecamatan, menempuh jarak 40 kilometer, kata "
            "Kapolres, Kamis (15/2/2024).",
            "2024-02-15",
        ),
    ],
)
def test_a_journey_of_days_told_afterwards(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday that names a programme or a person is no day (session 18).
        ("Kapolres menyapa warga dalam kegiatan Jumat Curhat di balai desa.", None),
        ("Apel dihadiri Asisten Setda, Drs. H. Minggu Basuki, dan Ketua KPU.", None),
        # ... a time of day after it still makes it one
        ("Patroli digelar Kamis Malam di pusat kota, kata Kapolsek.", "2024-11-21"),
        ("Patroli digelar di pusat kota, kata Kapolsek, Kamis.", "2024-11-21"),
    ],
)
def test_a_weekday_that_is_a_name(text, expected):
    assert _first(text, date(2024, 11, 25)) == expected
