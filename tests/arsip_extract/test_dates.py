"""Event dates in body text: formats, inferred weekdays, conflicts, impossible dates."""

from __future__ import annotations

from datetime import date

import pytest

from arsip_extract.dateline import dateline_date, split_dateline
from arsip_extract.dates import find_event_dates, parse_published, story_year

PUB_FEB = date(2024, 2, 5)  # a Monday
PUB_NOV = date(2024, 11, 7)  # a Thursday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Pengamanan digelar Sabtu (03/2/2024) di Sambas.", PUB_FEB, "2024-02-03"),
        ("Polda menjaga kantor KPU, Kamis (7/11/2024).", PUB_NOV, "2024-11-07"),
        ("Apel siaga dilaksanakan Rabu (14/02) pagi.", date(2024, 2, 15), "2024-02-14"),
        ("Apel berlangsung (01/02/24) di halaman Mapolres.", None, "2024-02-01"),
        ("Patroli digelar pada 20 September 2024 malam.", None, "2024-09-20"),
        ("Rapat koordinasi diadakan Senin, 25 November.", PUB_NOV, "2023-11-25"),
        (
            "Pleno dijaga ketat pada Selasa, 3 Des 2024.",
            date(2024, 12, 4),
            "2024-12-03",
        ),
        ("Kegiatan digelar 5 Feb. 2024 di Sintang.", None, "2024-02-05"),
        ("Sidang pleno dikawal pada 10 Okt 2024.", None, "2024-10-10"),
        ("Apel dilaksanakan 14 February 2024.", None, "2024-02-14"),
        ("Simulasi digelar Jumat, 4/10/2024 di lapangan.", None, "2024-10-04"),
        ("Pengamanan tanggal 9 Pebruari 2024 berjalan lancar.", None, "2024-02-09"),
        # "(30/12)" in an article of early January belongs to the previous year.
        ("Patroli malam Sabtu (30/12) berjalan aman.", date(2024, 1, 2), "2023-12-30"),
    ],
)
def test_dated_mentions(text, published, expected):
    found = find_event_dates(text, published)
    assert found.dates[0].isoformat() == expected
    assert found.precision == "day"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 5 February 2024 is a Monday: the nearest Wednesday on or before it.
        ("Apel digelar di Mapolda, Rabu.", PUB_FEB, "2024-01-31"),
        ("Patroli dilakukan pada Senin pagi.", PUB_FEB, "2024-02-05"),
        ("Pengamanan berlangsung sejak Sabtu lalu.", PUB_FEB, "2024-02-03"),
        ("Kapolres meninjau gudang logistik, Kamis.", PUB_NOV, "2024-11-07"),
        # "Kamis lalu" said on a Thursday is a week earlier.
        ("Apel digelar Kamis lalu di Palangka Raya.", PUB_NOV, "2024-10-31"),
    ],
)
def test_bare_weekday_is_inferred(text, published, expected):
    found = find_event_dates(text, published)
    assert [d.isoformat() for d in found.dates] == [expected]
    assert found.precision == "inferred"


@pytest.mark.parametrize(
    "text",
    [
        "Apel siaga digelar di Lapangan Mapolda Kaltara, Rabu.",
        "Personel disiagakan setiap Senin dan Kamis.",
        "Tidak ada tanggal di kalimat ini.",
    ],
)
def test_no_publication_date_no_inferred_date(text):
    found = find_event_dates(text, None)
    assert found.dates == () and found.precision is None


def test_weekday_without_publication_warns():
    found = find_event_dates("Apel digelar di Bulungan, Rabu.", None)
    assert found.warnings and "Rabu" in found.warnings[0]


@pytest.mark.parametrize(
    "text",
    [
        "Shalat Jumat berjamaah bersama warga usai patroli.",
        "Apel akan digelar Sabtu mendatang.",
        "Kegiatan ini rutin setiap Minggu pagi.",
    ],
)
def test_weekday_words_that_are_not_the_event_day(text):
    assert find_event_dates(text, PUB_FEB).dates == ()


def test_numbers_beat_a_conflicting_weekday():
    # 3 February 2024 was a Saturday, not a Monday.
    found = find_event_dates("Kampanye diamankan Senin (03/02/2024).", PUB_FEB)
    assert [d.isoformat() for d in found.dates] == ["2024-02-03"]
    assert found.precision == "day"
    assert any("Senin" in w and "2024-02-03" in w for w in found.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Data diperbarui Senin (25/22/2024) oleh operator.",
        "Jadwal tertulis 31 Februari 2024 di undangan.",
        "Catatan (32/01/2024) itu keliru.",
    ],
)
def test_impossible_date_dropped_with_warning(text):
    found = find_event_dates(text, PUB_FEB)
    assert found.dates == ()
    assert any("mustahil" in w for w in found.warnings)


def test_impossible_date_does_not_hide_a_good_one():
    text = "Tanggal (25/22/2024) salah ketik; apel digelar Sabtu (03/02/2024)."
    found = find_event_dates(text, PUB_FEB)
    assert [d.isoformat() for d in found.dates] == ["2024-02-03"]
    assert len(found.warnings) == 1


def test_several_event_days_are_sorted_and_first_is_earliest():
    text = "Pengamanan digelar Selasa (13/2/2024) dan Rabu (14/2/2024)."
    found = find_event_dates(text, date(2024, 2, 15))
    assert [d.isoformat() for d in found.dates] == ["2024-02-13", "2024-02-14"]


def test_first_named_date_is_the_event_date():
    text = "Pleno diamankan Selasa (20/2/2024). Sehari sebelumnya, Senin (19/2/2024), ada pengawalan."
    found = find_event_dates(text, date(2024, 2, 20))
    assert found.first.isoformat() == "2024-02-20"
    assert [d.isoformat() for d in found.dates] == ["2024-02-19", "2024-02-20"]


def test_announced_future_date_is_not_the_event():
    text = (
        "Menjelang pemungutan suara 14 Februari 2024, apel digelar Senin (12/2/2024)."
    )
    found = find_event_dates(text, date(2024, 2, 12))
    assert [d.isoformat() for d in found.dates] == ["2024-02-12"]


def test_month_name_without_year_and_without_publication_warns():
    # 27 November fell on no Tuesday in 2023-2025: the year stays unknown.
    found = find_event_dates("Apel digelar Selasa, 27 November.", None)
    assert found.dates == () and found.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 12 February was a Monday in 2024 only, of 2023-2025.
        ("Patroli skala besar digelar Senin (12/2) malam.", "2024-02-12"),
        ("Pleno dijaga Senin, 9 Desember.", "2024-12-09"),
        ("Pemungutan suara ulang digelar Sabtu (22/3).", "2025-03-22"),
    ],
)
def test_weekday_fixes_the_year_without_publication(text, expected):
    found = find_event_dates(text, None)
    assert found.first.isoformat() == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Feb 5, 2024 - 07:25", "2024-02-05T07:25:00+07:00"),
        ("Nov 7, 2024 - 11:20", "2024-11-07T11:20:00+07:00"),
        ("Kamis, 12 Desember 2024 4:33", "2024-12-12T04:33:00+07:00"),
        ("12 Desember 2024 16:32 WIB", "2024-12-12T16:32:00+07:00"),
        ("25 November 2024 14:05 WITA", "2024-11-25T14:05:00+08:00"),
        ("Senin, 25 November 2024 09:00 WIT", "2024-11-25T09:00:00+09:00"),
        ("Ini bukan tanggal", None),
        ("Feb 30, 2024", None),
    ],
)
def test_parse_published(line, expected):
    parsed = parse_published(line)
    assert (parsed.isoformat() if parsed else None) == expected


@pytest.mark.parametrize(
    ("paragraph", "place", "rest", "date_text"),
    [
        (
            "Tarakan (ANTARA) - Polda Kaltara bersiaga.",
            "Tarakan",
            "Polda Kaltara bersiaga.",
            None,
        ),
        (
            "PALANGKA RAYA - Polda Kalteng berjaga.",
            "Palangka Raya",
            "Polda Kalteng berjaga.",
            None,
        ),
        (
            "Balikpapan,\u00a020 September 2024 – Polwan berpatroli.",
            "Balikpapan",
            "Polwan berpatroli.",
            "20 September 2024",
        ),
        ("Pontianak, Polda Kalbar - Apel digelar.", "Pontianak", "Apel digelar.", None),
        (
            "BERITA.ID, BANJARMASIN - Polisi berjaga.",
            "Banjarmasin",
            "Polisi berjaga.",
            None,
        ),
        ("SAMPIT, KABARKALTENG.COM - Patroli malam.", "Sampit", "Patroli malam.", None),
        (
            "Sintang, Kamis (8/2/2024) - Apel digelar.",
            "Sintang",
            "Apel digelar.",
            "Kamis (8/2/2024)",
        ),
        (
            "Polisi berjaga di TPS sejak pagi.",
            None,
            "Polisi berjaga di TPS sejak pagi.",
            None,
        ),
    ],
)
def test_dateline(paragraph, place, rest, date_text):
    assert split_dateline(paragraph) == (place, rest)
    assert dateline_date(paragraph) == date_text
    # The place carries the date to extract_record, which never sees the dateline.
    assert getattr(split_dateline(paragraph)[0], "date_text", None) == date_text


def test_dateline_place_pickles_with_its_date():
    import pickle

    place, _ = split_dateline("Ketapang, 25 November 2024 – Polisi berjaga.")
    copy = pickle.loads(pickle.dumps(place))
    assert (copy, copy.date_text) == ("Ketapang", "25 November 2024")


# Issue 11: event dates on real pages. Invented sentences, one rule each.
@pytest.mark.parametrize(
    ("text", "published", "hint", "expected"),
    [
        # No stamp, no year: the year of the vote the story is about; the number
        # wins over a weekday that contradicts it (24 August 2024 is a Saturday).
        ("Apel digelar di Mapolresta, Jumat (24/8) pagi.", None, 2024, "2024-08-24"),
        # The weekday may move it one year: Pemilu 2024 drills were held in 2023.
        ("Simulasi digelar Senin (16/10) di alun-alun.", None, 2024, "2023-10-16"),
        ("Apel pergeseran pasukan digelar Minggu (14/4).", None, 2019, "2019-04-14"),
        ("Apel digelar Minggu pagi (24/11) di Mapolres.", None, 2024, "2024-11-24"),
        # Malformed numbers: read where there is one reading, dropped otherwise.
        ("Simulasi sispamkota digelar Selasa (17/102023).", None, None, "2023-10-17"),
        # A year short of its leading "2" has one reading too.
        ("Razia digelar tim gabungan, Jumat (7/3/025).", None, None, "2025-03-07"),
        ("Personel berjaga sejak Senin (25/22/2024) di KPU.", PUB_NOV, None, None),
        # The voting day, a stage of the calendar or a plan is not the activity's day.
        (
            "Menjelang pencoblosan pada 27 November 2024, Polres Sintang menggelar "
            "apel, Senin (25/11/2024).",
            None,
            None,
            "2024-11-25",
        ),
        (
            "Pilkada akan digelar pada 27 November 2024 di seluruh Kalbar.",
            None,
            None,
            None,
        ),
        ("Pleno akan digelar pada, Minggu 3 Maret 2024.", None, None, None),
        # ... but not past a full stop: the date standing as its own sentence after
        # the plan's is the day reported (session 15).
        (
            "Polres Tarakan menyiagakan 90 personel untuk pleno yang akan digelar "
            "pada 9 Agustus 2024 di Gedung FKUB. Selasa (6/8/2024).",
            None,
            None,
            "2024-08-06",
        ),
        # The activity's first day, said so, leads over the day of the statement.
        (
            "Pengamanan dimulai sejak tanggal 18 Oktober 2023. Hal itu disampaikan "
            "Kapolres, Kamis (19/10/2023).",
            None,
            None,
            "2023-10-18",
        ),
        (
            "Usai pelepasan logistik Pemilu di KPU Kubar, Sabtu (10/2/2024).",
            None,
            None,
            "2024-02-10",
        ),
        (
            "Masa kampanye berlangsung mulai 25 September hingga 23 November 2024.",
            None,
            None,
            None,
        ),
        (
            "Operasi dimulai Kamis (4/4/2024) hingga 14 hari ke depan. Apel gelar "
            "pasukan digelar Rabu (3/4/2024) sore.",
            None,
            None,
            "2024-04-03",
        ),
        # A dated stage is still the date when nothing else is dated.
        (
            "Polisi menjaga TPS saat pemungutan suara, Rabu (14/2/2024).",
            None,
            None,
            "2024-02-14",
        ),
        # Names of places are not dates.
        ("Simulasi digelar di Stadion 29 November Sampit.", None, 2024, None),
        (
            "Pos dibangun di Jalan 17 Agustus, Kamis (22/12/2022).",
            None,
            None,
            "2022-12-22",
        ),
    ],
)
def test_real_page_dates(text, published, hint, expected):
    found = find_event_dates(text, published, hint).first
    assert (found.isoformat() if found else None) == expected


# Session 3 of issue 11: a date the text looks back on, a deed named after a stage
# word, a planned start, the end of a span written with a dash.
@pytest.mark.parametrize(
    ("text", "expected", "days"),
    [
        # The stage word (pencoblosan, Pilkada) is followed by the deed on that day.
        (
            "Kapolres Landak menyalami personel pengaman pencoblosan Pilkada 2024 "
            "dalam apel pagi pada Kamis (28/11/2024). Mereka pulang dari desa-desa "
            "pada Selasa (26/11/2024).",
            "2024-11-28",
            ["2024-11-26", "2024-11-28"],
        ),
        (
            "Polisi berjaga pada hari pencoblosan Pilkada, Rabu (27/11/2024).",
            "2024-11-27",
            ["2024-11-27"],
        ),
        # A date recalled from before is one of the story's days, not its lead.
        (
            "Kapolres mengingatkan bahwa pada Minggu (24/11/2024) jajarannya telah "
            "mengirim 180 personel ke desa. Apel penyambutan digelar Kamis "
            "(28/11/2024) di Mapolres.",
            "2024-11-28",
            ["2024-11-24", "2024-11-28"],
        ),
        (
            "Sebelumnya, pada Sabtu (10/2/2024), Polres Melawi telah memetakan TPS "
            "rawan. Kapolres memimpin apel pergeseran pada Senin (12/2/2024).",
            "2024-02-12",
            ["2024-02-10", "2024-02-12"],
        ),
        # Written alone, it is still the story's day.
        (
            "Sebelumnya, Polsek Nanga Pinoh telah mengawal kotak suara pada Sabtu "
            "(10/2/2024).",
            "2024-02-10",
            ["2024-02-10"],
        ),
        # A long guard dated only by an earlier step of the logistics (their
        # arrival) takes the day reported, unwritten here (the lead's ruling of
        # session 16); the step alone, with no guard told, still dates the story.
        (
            "Kotak suara kini disimpan di gudang KPU dan dijaga personel Polres "
            "siang malam. Sebelumnya, panitia memantau kedatangan kotak suara di "
            "dermaga pada Rabu (16/10/2024).",
            None,
            ["2024-10-16"],
        ),
        (
            "Sebelumnya, panitia memantau kedatangan kotak suara di dermaga pada "
            "Rabu (16/10/2024).",
            "2024-10-16",
            ["2024-10-16"],
        ),
        # A planned start is a plan, not the activity's first day.
        (
            "Personel akan menyusul berjaga di TPS dimulai Senin (12/2/2024). Hal "
            "itu disampaikan usai pelepasan logistik, Sabtu (10/2/2024).",
            "2024-02-10",
            ["2024-02-10"],
        ),
        # "besok" announces; a plan with its own date does not reach past it.
        (
            "Sebanyak 120 personel diterjunkan untuk pengamanan PSU besok, Jumat "
            "(13/7/2024).",
            None,
            [],
        ),
        (
            "Polres Landak menggelar apel untuk Pemilu yang akan berlangsung pada 14 "
            "Februari nanti, Sabtu (3/2/2024).",
            "2024-02-03",
            ["2024-02-03"],
        ),
        # A guard "already going on since" a day looks back; the day reported leads.
        (
            "Penjagaan ini sudah berlangsung sejak 16 September 2024. Pada Sabtu "
            "(16/11/2024), personel terus bersiaga di gudang.",
            "2024-11-16",
            ["2024-09-16", "2024-11-16"],
        ),
        # "sejak" just before the date, a police deed in its sentence: the deed's
        # first day when the day told is a few days later; a civilian task's
        # "sejak … lalu" only looks back.
        (
            "Kotak suara digeser dari kecamatan ke gudang sejak Selasa (20/2/2024) "
            "lalu dengan pengawalan personel Polres. Semua berjalan lancar, kata "
            "Kasi Humas dalam keterangannya, Sabtu (24/2/2024).",
            "2024-02-20",
            ["2024-02-20", "2024-02-24"],
        ),
        (
            "Pelipatan surat suara oleh warga telah berjalan sejak 28 Oktober 2024 "
            "lalu, ujar Ketua KPU, Senin (4/11/2024).",
            "2024-11-04",
            ["2024-11-04"],
        ),
        # "25 September - 23 November 2024" is a span of the calendar.
        (
            "Selama tahapan kampanye, 25 September - 23 November 2024, polisi "
            "mengimbau warga menjaga ketertiban.",
            None,
            [],
        ),
    ],
)
def test_recalled_planned_and_spanned_dates(text, expected, days):
    found = find_event_dates(text, None, None)
    assert (found.first.isoformat() if found.first else None) == expected
    assert [d.isoformat() for d in found.dates] == days


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Pengamanan Pemilu 2019 di Pontianak berjalan aman.", 2019),
        ("Operasi Lilin Kapuas 2022 digelar; Natal aman.", 2022),
        ("Pencoblosan Pilkada Serentak Tahun 2024 pada 27 November 2024.", 2024),
        ("Tidak ada tahun di sini.", None),
        # a hyphenated pair of posts, and the region between the vote and its year
        ("Jelang pemilihan Bupati-Wakil Bupati Sekadau Raya 2015, apel digelar.", 2015),
        ("Pengamanan Pilgub Kalbar 2018 dimulai Jumat (5/1).", 2018),
        ("Pilkada Kota Tengah Tahun 2020 aman.", 2020),
    ],
)
def test_story_year(text, year):
    assert story_year(text) == year


def test_a_plan_after_a_place_ending_in_yang():
    # "akan" after a place ending in "-yang" ("Sungai Payang akan") still plans;
    # only "yang akan" describes the subject.
    text = (
        "Logistik untuk Sungai Payang akan tiba di KPU pada 27 Oktober dan "
        "disalurkan ke kabupaten/kota masing-masing tanggal 29 Oktober."
    )
    assert find_event_dates(text, None, 2024).first is None


@pytest.mark.parametrize(
    ("text", "published", "hint", "expected", "precision"),
    [
        # A guard's span ending on a bare weekday is the guard's days: its first day
        # leads, also over the vote's day told before it.
        (
            "Pemungutan suara Pilkada 2024 digelar pada Rabu (27/11/2024). Polsek "
            "Sungai Ambawang sejak Senin (25/11) hingga Selasa menjaga gudang logistik.",
            None,
            2024,
            date(2024, 11, 25),
            "day",
        ),
        (
            "Personel Polsek Nanga Pinoh sejak Kamis (8/2) sampai Sabtu berjaga di "
            "gudang logistik Pemilu 2024. Pencoblosan digelar Rabu (14/2).",
            None,
            2024,
            date(2024, 2, 8),
            "day",
        ),
        # A deed dated by a bare weekday, the words said on a dated later day: the
        # deed's weekday counted back from the day of the telling.
        (
            "Polsek Kembayan mengawal kotak suara ke kantor PPK, Senin sore, ujar "
            "Kapolsek Iptu Rudi Hartono, Rabu (21/2).",
            date(2024, 2, 21),
            None,
            date(2024, 2, 19),
            "inferred",
        ),
        (
            "Patroli ke desa-desa digelar Kamis lalu, tutur Kasat Samapta, Kamis "
            "(15/2/2024).",
            None,
            2024,
            date(2024, 2, 8),
            "inferred",
        ),
        # The day of the telling named again before it stays the day.
        (
            "Apel siaga digelar Rabu pagi di halaman Mapolsek, kata Kapolsek, Rabu "
            "(21/2).",
            date(2024, 2, 21),
            None,
            date(2024, 2, 21),
            "day",
        ),
    ],
)
def test_span_to_a_weekday_and_a_weekday_before_the_telling(
    text, published, hint, expected, precision
):
    found = find_event_dates(text, published, hint)
    assert (found.first, found.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("text", "published", "hint", "expected"),
    [
        # A weekday agreeing with a named later year moves no date past the stamp.
        (
            "Menjelang Pemilu 2024, Polres Landak menggelar simulasi pengamanan TPS, "
            "Kamis (14/11/2023).",
            date(2023, 11, 15),
            None,
            date(2023, 11, 14),
        ),
        # A deed's weekday slip is not dropped for the day words were said on: its
        # numbers stand (README, session 9).
        (
            "Polsek Toho mengawal logistik Pilkada 2024 ke PPK, Kamis (25/11/2024), "
            "kata Kapolsek, Selasa (26/11).",
            date(2024, 11, 26),
            None,
            date(2024, 11, 25),
        ),
    ],
)
def test_a_weekday_slip_against_the_stamp_and_the_telling(
    text, published, hint, expected
):
    assert find_event_dates(text, published, hint).first == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No stamp, a general election's story: a late day written without its year
        # or weekday is of the run-up, the year before.
        (
            "Pada tanggal 9 Oktober, Polres Kapuas Hulu memeriksa kesiapan gudang "
            "logistik Pemilu 2024.",
            date(2023, 10, 9),
        ),
        (
            "Pada 2-3 Desember, personel Polsek Silat Hilir berjaga di gudang logistik "
            "Pemilu 2024.",
            date(2023, 12, 2),
        ),
        # Early in the year it is the vote's own year; a regional vote's story
        # (voted in November) keeps its year.
        (
            "Pada tanggal 20 Februari, Polres Kapuas Hulu mengawal kotak suara Pemilu "
            "2024.",
            date(2024, 2, 20),
        ),
        (
            "Pada tanggal 20 November, Polres Kapuas Hulu mengawal kotak suara Pilkada "
            "2024.",
            date(2024, 11, 20),
        ),
    ],
)
def test_a_late_day_without_its_year_in_a_general_elections_run_up(text, expected):
    assert find_event_dates(text, None, 2024).first == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A vote named with its year after the deed names what the deed serves.
        (
            "Polres Landak mengawal kotak suara Pemilu 2024 ke gudang KPU pada 16 "
            "Februari 2024.",
            date(2024, 2, 16),
        ),
        (
            "Polsek Ngabang menggelar apel pengamanan Pilkada Serentak 2024 pada "
            "tanggal 22/11/2024.",
            date(2024, 11, 22),
        ),
        # The vote's own day stays a stage: no deed before it, or the stage words.
        ("Pilkada Serentak 2024 digelar pada 27 November 2024.", None),
        (
            "Polres Landak siap mengamankan pemungutan suara Pilkada 2024 pada 27 "
            "November 2024.",
            None,
        ),
    ],
)
def test_a_vote_named_with_its_year_after_the_deed(text, expected):
    assert find_event_dates(text, date(2024, 11, 28)).first == expected


def test_a_deed_running_since_a_day_before_the_stage_day_that_dates_the_story():
    # No stamp; the only other day is written after "hingga" (a stage's word): the
    # escort's first day leads, as it does before a stamp a few days later.
    text = (
        "Personel Polsek Belitang mengawal logistik ke PPS sejak Kamis (8/2). "
        "Hingga Minggu (11/2), pengawalan masih berlangsung."
    )
    assert find_event_dates(text, None, 2024).first == date(2024, 2, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah pemirak di Kota Lendana lebih ramai dibanding pemilu 2019.",
        "Antrean di TPS Wanggo lebih tertib dibandingkan dengan Pilkada 2020.",
        "Warga Sukatepa datang lebih pagi ketimbang Pemilu 2019, kata Tarmin.",
    ],
)
def test_story_year_skips_a_vote_compared_with(text):
    assert story_year(text) is None


def test_story_year_counts_the_own_vote_beside_a_compared_one():
    text = (
        "Pengamanan Pemilu 2024 di Desa Lirapang berjalan lancar. "
        "Partisipasi lebih tinggi daripada Pemilu 2019."
    )
    assert story_year(text) == 2024


def test_undated_weekday_day_not_moved_by_a_compared_vote():
    text = (
        "Camat Beriwa meninjau TPS Lendana, Rabu (14/2). "
        "Kehadiran pemirak lebih tinggi dibanding pemilu 2019."
    )
    assert find_event_dates(text, None, story_year(text)).dates == (date(2024, 2, 14),)
