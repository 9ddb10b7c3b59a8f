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
