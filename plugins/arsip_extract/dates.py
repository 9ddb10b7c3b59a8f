"""Dates in Indonesian news text: publication stamps and event dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from arsip_extract.asciitext import ascii_digits
from arsip_extract.lead import compile_ahead, compile_led, compile_scan

WIB = ZoneInfo("Asia/Jakarta")
# A stamp that names its zone is read in it: WITA for Kalsel, Kaltim and Kaltara.
ZONES = {
    "WIB": WIB,
    "WITA": ZoneInfo("Asia/Makassar"),
    "WIT": ZoneInfo("Asia/Jayapura"),
}

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"

# "Feb 5, 2024 - 07:25"
_PUB_EN = compile_scan(
    rf"^(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}})"
    r"(?:\s*[-–,]\s*(?P<h>\d{1,2})[:.](?P<m>\d{2}))?(?:\s*(?P<zone>WIB|WITA|WIT))?\s*$",
    re.IGNORECASE,
)
# "Kamis, 12 Desember 2024 4:33" or "12 Desember 2024 16:32 WIB"
_PUB_ID = compile_scan(
    rf"^(?:{_WEEKDAY_RE},?\s+)?(?P<day>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?\s+"
    r"(?P<year>\d{4})(?:\s*[-–,|]?\s*(?P<h>\d{1,2})[:.](?P<m>\d{2}))?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT))?\s*$",
    re.IGNORECASE,
)


def parse_published(line: str, tz: ZoneInfo = WIB) -> datetime | None:
    """Read a publication stamp such as ``Feb 5, 2024 - 07:25``; None if not one."""
    text = line.strip()
    for pattern in (_PUB_EN, _PUB_ID):
        match = pattern.match(text)
        if not match:
            continue
        month = MONTHS[match["mon"].lower()]
        hour = int(match["h"]) if match["h"] else 0
        minute = int(match["m"]) if match["m"] else 0
        zone = match.groupdict().get("zone")
        try:
            return datetime(
                int(match["year"]),
                month,
                int(match["day"]),
                hour,
                minute,
                tzinfo=ZONES[zone.upper()] if zone else tz,
            )
        except ValueError:
            return None
    return None


# --- Event dates in the body -------------------------------------------------
# Hand-written rather than dateparser: dateparser parses one string that *is* a date,
# while here dates must be found inside running text, together with their weekday.

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_WD = r"(?P<wd>Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)"
_ON = r"(?:tanggal\s+|tgl\.?\s*)?"
_WD_PLAIN = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)"
# The patterns start at the number, and the weekday is looked for just before it:
# an optional leading group would be tried at every position of the text.
# "(03/2/2024)", "(01/02/24)", "(14/02)"
# A slash missing before the year ("(17/102023)") reads one way only: month, year.
# A year short of its leading "2" ("(14/3/025)") reads one way only too: 2025.
# A span of days, "(12-14/2/2024)", is dated by its first day.
_PAREN = compile_scan(
    rf"\(\s*{_ON}(?P<d>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}}(?=\s*/))?\s*[/-]\s*"
    r"(?P<m>\d{1,2}?)"
    r"(?:(?P<glued>20\d\d)|(?:\s*[/-]\s*(?P<y>\d{4}|0\d\d|\d{2}))?)\s*\)",
    re.IGNORECASE,
)
# Written with stops or in square brackets, always with its year: "Senin
# (12.2.2024)", "Senin [12/2/2024]" ("(08.00)" is a time, not a date).
_PAREN_OTHER = compile_scan(
    r"[\[(]\s*(?P<d>\d{1,2})\s*(?P<sep>[./-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<y>\d{4}|\d{2})\s*[\])](?P<glued>(?!))?"
)
# "7/11/2024", "7-11-2024" (only after a weekday, "Kamis, 7/11/2024", or with its
# year after "pada"/"tanggal": "pada 12/2/2024")
# (Each day opens with its first digit and checks what stands before it afterwards,
# "\d(?<!\w\d)" for "\b\d": a pattern opening with a character set lets ``re`` skip
# ahead to the digits instead of trying every position of the text.)
_SLASH = compile_scan(
    r"(?P<d>\d(?<![\d/-]\d)\d?)(?P<sep>[/-])(?P<m>\d{1,2})"
    r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/-])"
)
_ON_DAY = compile_scan(r"\b(?:pada|tanggal|tgl\.?)\s*$", re.IGNORECASE)
# "12 s/d 14 Februari 2024", "12-14 Februari", "27 hingga 29 Agustus 2024": the
# span's first day.
_TEXT_SPAN = compile_scan(
    r"(?P<d>\d(?<!\w\d)\d?)\s*"
    r"(?:[-–]|s\.?\s?/?\s?d\.?|hingga|sampai(?:\s+dengan)?|dan)\s*"
    rf"(?P<d2>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?(?:\s+(?P<y>\d{{4}}))?\b",
    re.IGNORECASE,
)
# "20 September 2024", "27 November", "3 Mei 2024"
_TEXTUAL = compile_scan(
    rf"(?P<d>\d(?<!\w\d)\d?)\s+(?P<mon>{_MONTH_RE})\.?(?:\s+(?P<y>\d{{4}}))?\b",
    re.IGNORECASE,
)
# An English translation's date, month first, after its weekday: "Tuesday, July 18",
# "Thursday, July 11, 2024" (the "Selasa (18/7)" of the Indonesian story). Only read
# on a page that writes an English weekday with its comma ("day,"), and only with
# the weekday: a bare "July 13" may be a schedule.
_ENGLISH = compile_scan(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    rf"(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?!\d)(?:,\s*(?P<y>\d{{4}})\b)?",
    re.IGNORECASE,
)
_TIME_OF_DAY = r"(?:(?:pagi|siang|sore|malam|dini\s+hari)\s*)"
# The weekday written before a date: "Sabtu (", "Senin, ", "Jumat (tanggal ".
_WD_BEFORE = {
    # "Minggu pagi (24/11)": a time of day may sit between.
    # "Senin-Rabu (12-14/2/2024)": the first weekday of a span.
    "paren": compile_scan(
        rf"{_WD}(?:\s*[-–]\s*{_WD_PLAIN})?\s*(?:(?:pagi|siang|sore|malam)\s*)?,?\s*$",
        re.IGNORECASE,
    ),
    "slash": compile_scan(rf"{_WD}\s*{_TIME_OF_DAY}?,?\s*{_ON}$", re.IGNORECASE),
    # "Minggu malam, 1 Desember 2024"
    "text": compile_scan(rf"{_WD}\s*{_TIME_OF_DAY}?[,(]?\s*{_ON}$", re.IGNORECASE),
}
# A weekday on its own (", Rabu."): case-sensitive so "minggu" (week) is not read.
_BARE_WEEKDAY = compile_led(
    r"(?<![Ss]halat )(?<![Ss]alat )(?<![Ss]holat )(?<![Ss]etiap )(?<![Tt]iap )"
    # "hingga Rabu dini hari": a span's last day, never the day of the telling
    r"(?<![Hh]ingga )(?<![Ss]ampai )(?<!s\.d\. )(?<![Ss]ampai dengan )"
    r"\b(?P<wd>Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad"
    r"|senin|selasa|rabu|kamis|jum['’]?at|sabtu)\b"
    r"(?P<after>\s+(?:lalu|kemarin))?"
    r"(?!\s+(?:depan|mendatang|besok|nanti|ini|pekan|siang ini))"
    # "Jumat Curhat", "Minggu Kasih", "H. Minggu Basuku": a programme's or a
    # person's name, not a day (a time of day or a Javanese market day may follow)
    r"(?![ \t]+(?!(?:Pagi|Siang|Sore|Malam|Dini|Lalu|Kemarin|Wage|Kliwon|Legi|Pahing"
    r"|Pon)\b)(?-i:[A-Z][a-z]))"
)
# Dates announced for later: published-day plus one covers timezone slack.
_FUTURE_SLACK = timedelta(days=1)
# What the sentence says before a date, read back to the last sentence end.
_BEFORE_CHARS = 70
# A plan in the passive with its planner before the verb ("kami jadwalkan", "kita
# rencanakan", "sudah saya agendakan"): the Indonesian second passive of "dijadwalkan".
_PLANNER = r"\b(?:kami|kita|saya)\s+(?:jadwalkan|rencanakan|agendakan)\b"
# A date announced for later ("akan digelar pada 27 November 2024") is no event date.
_PLANNED_BEFORE = compile_led(
    r"\b(?:akan|bakal|dijadwalkan|direncanakan|diagendakan|rencananya|nantinya|besok"
    r"|lusa|ditargetkan|selambat-lambatnya)\b"
    # "bakal calon" is a candidate-to-be, not a plan.
    r"(?!\s+(?:calon|pasangan|paslon|cakada))"
    # a deadline: "tiba di TPS paling lambat Senin (12/2)"
    r"|\bpaling\s+lambat\b"
    # The planner named before the verb: "sudah kita jadwalkan dimulai pada 19 ...".
    rf"|{_PLANNER}",
    re.IGNORECASE,
)
# A clause that ends with its own date: "pada 14 Februari nanti,".
_DATED_END = compile_ahead(
    rf"(?:\d|\b(?:{_MONTH_RE}))\.?(?:\s+(?:nanti|mendatang|depan))?\s*,\s*$", re.I
)
_PLANNED_AFTER = compile_scan(
    r"\s*(?:[a-z]+\s+){0,2}?(?:mendatang|yang\s+akan\s+datang|nanti)\b"
    # "Pada hari Minggu (8/12/2024) akan dilakukan pleno": the date opens a plan.
    r"|\s*(?:(?:pagi|siang|sore|malam)\s+)?(?:akan|bakal|dijadwalkan|direncanakan)\b"
    # "pemungutan suara pada Rabu (14/2/2024) besok": tomorrow's.
    r"|\s*,?\s*(?:besok|lusa)\b",
    re.I,
)
# A plan said earlier in the same clause, past the short window: "surat suara
# rencananya baru mulai dicetak di percetakan yang ditunjuk ... pada 17 Oktober".
# "yang akan" describes the subject ("personel yang akan bertugas ... mengikuti
# apel, Senin"), not the deed on the date.
_PLANNED_CLAUSE = compile_led(
    r"\b(?:rencananya|dijadwalkan|direncanakan|diagendakan|ditargetkan|nantinya|besok"
    r"|lusa)\b"
    rf"|{_PLANNER}"
    r"|(?<!\byang )\b(?:akan|bakal)\b(?!\s+(?:calon|pasangan|paslon|cakada))",
    re.IGNORECASE,
)
# A stage of the election or the span of a schedule ("masa kampanye berlangsung mulai
# 28 November 2023", "hari H pencoblosan pada 27 November 2024", "mulai Kamis (4/4)
# hingga ..."): the day of the stage, not of the activity reported. Written alone it
# is dropped; with a weekday it is used only when nothing else is dated.
_SCHEDULE_BEFORE = compile_led(
    r"\b(?:hari\s+H|H-\d+|pencoblosan|pemungutan\s+suara|tahapan|kampanye|jadwal"
    r"|pendaftaran|pencalonan|rangkaian|mulai|dimulai|sejak|hingga|sampai|berlangsung"
    r"|periode|pesta\s+demokrasi|Pilkada|Pemilu|pemilihan"
    # the other names of a vote: "Pilkades serentak pada tanggal 18 Mei 2022",
    # "PSU yang digelar Sabtu atau 19 April 2025"
    r"|Pilkades|Pemilukada|Pilpres|Pileg|Pilgub|Pilbup|Pilwali|Pilwako|Pilwalkot"
    r"|PSU)\b",
    re.IGNORECASE,
)
# The first day of the reported activity: "Pengamanan dimulai sejak tanggal 18
# Oktober 2023", "Proses pengawalan yang dimulai pada Rabu, 4 Desember 2024".
_ACTIVITY_START = compile_led(
    r"\b(?:kegiatan|pengamanan|pengawalan|penjagaan|patroli|pergeseran|distribusi"
    r"|pendistribusian|pengiriman|pemindahan)\b[^,.;]{0,70}?"
    # ("dimulai sejak pagi hari Kamis (15/2)": a time of day may stand between)
    r"\b(?:dimulai|mulai|sejak)\b"
    r"(?:\s+(?:sejak|pada|tanggal|hari|pagi|siang|sore|malam))*\s*$",
    re.IGNORECASE,
)
# "pelaksanaan sudah dimulai sejak Rabu, 16 April 2025": a beginning said done.
# "logistik sudah mulai bergeser dari PPK sejak Jumat (11/12/2020) malam": the
# deed named between "mulai" and "sejak".
_BEGUN = compile_scan(
    r"\b(?:sudah|telah)\s+(?:di)?mulai(?:\s+(?:sejak|pada|tanggal|hari))*\s*$"
    r"|\b(?:sudah|telah)\s+mulai\s+[^,.;]{1,40}?\bsejak(?:\s+(?:pada|tanggal|hari))*"
    r"\s*$"
    # "latihan juga telah digelar sejak 14 September": a deed said held since
    r"|\b(?:sudah|telah)\s+di\w+\b[^,.;]{0,40}?\bsejak(?:\s+(?:pada|tanggal|hari))*"
    r"\s*$",
    re.I,
)
# "Mulai kemarin (Senin, 25/1/2016) petugas sudah diterjunkan": the deed's first
# day, told by what follows the date.
_SINCE_OPEN = compile_scan(
    r"\b(?:mulai|sejak)\s+(?:(?:kemarin|hari|pada|tanggal)\s+)*\(?\s*$", re.I
)
_DONE_AFTER = compile_scan(r"[^.;,!?\n]{0,50}?\b(?:sudah|telah)\b", re.I)
_GOING_ON = compile_scan(
    r"\b(?:sudah|telah)\s+(?:\w+\s+)?(?:berlangsung|berjalan)", re.I
)
_RANGE_AFTER = compile_scan(r"\s*(?:hingga|sampai|s\.?\s?d\.?|[-–])\s*\w", re.I)
# The end of a span written with a dash: "25 September - 23 November 2024".
_RANGE_BEFORE = compile_scan(rf"(?:\d|\b(?:{_MONTH_RE}))\.?\s*[-–]\s*$", re.I)
# What is done on the date, named after a stage word and before the date: "personel
# yang mengamankan pemungutan suara dalam apel pagi pada Jumat (29/11)" dates the
# apel, not the vote.
_DEED_AFTER_STAGE = compile_led(
    r"\b(?:apel|patroli|kegiatan|acara|upacara|rapat|simulasi|razia|pengecekan"
    r"|kunjungan|gelar\s+pasukan)\b(?![^,.;]*\b(?:hari\s+H|pencoblosan"
    r"|pemungutan\s+suara|tahapan|kampanye|Pilkada|Pemilu|pemilihan)\b)",
    re.IGNORECASE,
)
# A date the sentence recalls from before the story ("Sebelumnya, pada Senin (25/11)
# ...", "mengingatkan bahwa pada Senin (25/11) ... telah menggeser"): an earlier
# deed, the day of the story only when nothing else is dated.
_RECALLED = compile_led(
    # "Kegiatan serupa pernah digelar pada Senin (5/2)": a deed done before
    r"\b(?:sebelumnya|mengingatkan\s+(?:kembali\s+)?bahwa|mengenang|pernah)\b",
    re.IGNORECASE,
)
_SENTENCE_END = compile_scan(r"[.!?][\"”']?\s+(?=[A-Z\"“])|\n")
# How far back the start of a sentence is looked for.
_SENTENCE_CHARS = 240
# Read back to the clause's start: "yang akan digelar 27 November, Polres X menggelar
# apel Senin (25/11)" announces the vote, not the apel.
# (A comma between a weekday and its bracketed date, "Rabu, (28/8)", ends nothing.)
# A stop or comma after a figure ends a clause too when a space follows ("pada 18
# Februari 2024, kata Kapolres"; "1,5" and "1.000" do not).
_CLAUSE_END = compile_ahead(
    r"(?<!\d)(?:[.!?;]|,(?!\s*\(\s*\d))(?!\d)|(?<=\d)[.,](?=[ \t\n](?!\s*\(\s*\d))|\n"
)
# "Stadion 29 November", "Jalan 17 Agustus": a name, not a date.
_NAMED_AFTER = compile_scan(
    r"\b(?:Stadion|Jalan|Jl|Jln|Gedung|Lapangan|Taman|Gang|Gg|Simpang|Tugu|Bundaran)"
    r"\.?\s*$",
    re.IGNORECASE,
)


# The vote's day as agreed or fixed ("sepakat pemungutan suara ... dilaksanakan pada
# hari Rabu, tanggal 14 Februari 2024"): the calendar, read anywhere in the sentence.
_DECIDED = compile_led(
    r"\b(?:sepakat|menyepakati|disepakati|kesepakatan|jatuh\s+pada|dijadwalkan"
    r"|terjadwal)\b",
    re.IGNORECASE,
)
# The day another outlet published what is quoted: "katanya melansir dari ANTARA,
# Minggu (28/1/2024)", "seperti dikutip dari Antara, Rabu (18/10/23)".
_SOURCE_DAY = compile_scan(
    r"\b(?:melansir|dilansir|lansir|mengutip|dikutip|dikutip\s+dari|sumber)\b"
    r"(?:\s+(?:dari|oleh))?\s+[\w.!-]+(?:\s+[\w.!-]+){0,2}\s*,?\s*(?:pada\s+)?$"
    # "keterangan resmi ... yang diterima Hi!Pontianak, Selasa (23/4)": the day a
    # release reached the outlet (named as a site), not the deed's.
    r"|\bditerima\s+(?-i:[A-Z]\w*[!.]\w+|[A-Z][a-z]+[A-Z]\w*|[A-Za-z]+\.(?:com|id))"
    r"\s*,?\s*(?:pada\s+)?$",
    re.IGNORECASE,
)


# A vote named with its year ("logistik Pemilu 2024", "apel pengamanan Pilkada
# Serentak 2024") after a police deed in the clause names what the deed serves, not
# a stage whose day follows: "mengawal logistik Pemilu 2024 pada 12 Februari 2024".
_VOTE_NAMED = compile_scan(
    r"(?:Pemilu|Pilkada|Pemilukada|Pilpres|Pileg|Pilgub|Pilbup|Pilwali|Pilwako"
    r"|Pilwalkot|PSU)(?:\s+(?-i:[A-Z][\w-]+)){0,2}?\s+(?:Serentak\s+)?(?:Tahun\s+)?"
    r"20\d\d\b",
    re.IGNORECASE,
)


def _stage_named(before: str) -> re.Match[str] | None:
    """The first stage word of the clause ``before`` a date, a vote named with its
    year after a police deed left out."""
    for stage in _SCHEDULE_BEFORE.finditer(before):
        if _VOTE_NAMED.match(before, stage.start()) and _DEED_SUBJECT.search(
            before, 0, stage.start()
        ):
            continue
        return stage
    return None


# A verb of time ("berlangsung", "dimulai") says when the deed before it took
# place: "Pengawalan kotak suara berlangsung Kamis dini hari, 28 November 2024".
_TIME_VERBS = frozenset({"berlangsung", "mulai", "dimulai", "sejak", "rangkaian"})
_DEED_SUBJECT = compile_led(
    r"\b(?:apel|patroli|pengamanan|pengawalan|penjagaan|simulasi|razia|pengecekan"
    r"|kunjungan|gelar\s+pasukan|pergeseran|pelepasan|sterilisasi"
    # the deed as a police verb: "Polres mengamankan pleno yang digelar 27 ..."
    r"|mengamankan|mengawal|menjaga|berjaga)\b",
    re.IGNORECASE,
)


def _deed_goes_on(before: str) -> bool:
    """Whether the clause's only stage words are verbs of time after a deed."""
    stages = list(_SCHEDULE_BEFORE.finditer(before))
    if any(m[0].lower() not in _TIME_VERBS for m in stages):
        return False
    deed = _DEED_SUBJECT.search(before)
    return bool(deed) and deed.start() < stages[0].start()


def _context(text: str, start: int, end: int) -> str | None:
    """``"planned"``, ``"schedule"``, ``"start"``, ``"going"`` (an activity said
    to run since the date), ``"recalled"``, ``"name"``,
    ``"told"`` (the day words were said: "ujar Kapolres kepada wartawan, Rabu
    (14/2)") or None.

    That is, what the text around the date at ``start:end`` makes of it.
    """
    window = text[max(0, start - _BEFORE_CHARS) : start]
    if _NAMED_AFTER.search(window):
        return "name"
    if _SOURCE_DAY.search(window):
        # The day the quoted outlet printed the words: the story's day only when
        # nothing else is dated.
        return "recalled"
    lead = text[max(0, start - _SENTENCE_CHARS) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(lead)), default=0)
    if _DECIDED.search(lead, cut):
        return "planned"
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(window)]
    before = window[cuts[-1] :]
    # "akan digelar pada, Minggu 3 Maret": a plan reads past a comma just before the
    # date (a stage does not: "usai pelepasan logistik Pemilu, Sabtu (10/2)"), unless
    # the plan has its own date already ("yang akan berlangsung pada 14 Februari
    # nanti, Sabtu (3/2)": the apel of Saturday announces the vote).
    # (Only past a comma: a full stop ends the plan's sentence, "... akan digelar
    # pada 13 Juli di Kota X. Kamis (11/7/2024).")
    planned = before
    if not before.strip() and len(cuts) > 1 and window[cuts[-1] - 1] == ",":
        planned = window[cuts[-2] :]
        if _DATED_END.search(planned):
            planned = ""
    # "akan menyusul pengamanan di TPS dimulai Senin (12/2)": a planned start.
    if _PLANNED_BEFORE.search(planned) or _PLANNED_AFTER.match(text, end):
        return "planned"
    lead_cuts = [cut] + [m.end() for m in _CLAUSE_END.finditer(lead, cut)]
    if _PLANNED_CLAUSE.search(lead, lead_cuts[-1]):
        return "planned"
    if _BEGUN.search(window) or (
        _SINCE_OPEN.search(before)
        and _DONE_AFTER.match(text, end)
        # "Sejak Rabu (7/2) kami sudah bersiap": no deed of the story's runs since
        and _SINCE_DEED.search(text, end, _sentence_end(text, end, _SINCE_REACH))
    ):
        return "start"
    start_said = _ACTIVITY_START.search(window)
    if start_said and _STAGE_NOUN.search(start_said[0]):
        # "pengamanan masa kampanye sejak 25 September": the stage's first day,
        # a long guard's, not the day reported.
        start_said = None
    if start_said:
        # "sudah berlangsung sejak 16 September" looks back on a going concern.
        return "going" if _GOING_ON.search(start_said[0]) else "start"
    # "kotak suara digeser ke gudang sejak Selasa (19/2) lalu dengan pengawalan":
    # "sejak" just before the date, a police deed named in its sentence.
    since = _SINCE_CLAUSE.search(before) or (
        _SINCE_JUST_BEFORE.search(before)
        and (
            _DEED_SUBJECT.search(before)
            or _DEED_SUBJECT.search(text, end, _sentence_end(text, end, _SINCE_REACH))
        )
    )
    if (
        since
        and not _STAGE_NOUN.search(before)
        and not _STAGE_NOUN.search(text, end, end + _BEFORE_CHARS)
        and (
            _SINCE_DEED.search(before)
            or _SINCE_DEED.search(text, end, _sentence_end(text, end, _SINCE_REACH))
        )
    ):
        # "Sejak tanggal 1 Desember tadi, logistik dikirim ...", "sejak mulai
        # dilakukannya rekapitulasi pada Sabtu ...": what runs since the day, its
        # first day when the story's own day is a few days later (as "sudah
        # berlangsung sejak").
        return "going"
    if _YESTERDAY_AFTER.match(text, end):
        # "pencoblosan ... pada Rabu, 27 November 2024, kemarin": the deed of the
        # day before the telling, not a stage named in passing.
        return None
    if not before.strip() and len(cuts) > 1 and _WHICH_VERB.search(window, cuts[-2]):
        # "agar PSU yang dilangsungkan, Sabtu (22/3/2025) hari ini, berjalan aman":
        # the date completes the clause "yang <verb>" before the comma.
        before = window[cuts[-2] :]
    stage = _stage_named(before)
    if stage and _deed_goes_on(before):
        stage = None
    if stage and not _DEED_AFTER_STAGE.search(before, stage.end()):
        # "sepekan sebelum hari pemungutan suara pada Rabu, 14 Februari 2024": the
        # stage's day only anchors a time counted from it, never the story's day.
        reference = _COUNTED_FROM.search(before, 0, stage.start())
        return "planned" if reference else "schedule"
    if _RANGE_AFTER.match(text, end) or _RANGE_BEFORE.search(before):
        return "schedule"
    if _RECALLED.search(lead, cut):
        return "recalled"
    # The speech verb may stand a few clauses back when the speaker's rank and name
    # hold stops and commas: "ujar Dansat Brimob, Kombes Pol. Yohanes, Sabtu (31/8)".
    if not before.strip() and len(lead_cuts) > 1:
        if _TOLD.search(lead, lead_cuts[-2], lead_cuts[-1]):
            return "told"
        # A few clauses back, across the stops of a rank ("Kombes Pol.") but not
        # across a sentence ending in a common word.
        reach = len(lead) - _TOLD_REACH
        told = _last(_TOLD.finditer(lead, max(0, reach)))
        if told and not _PLAIN_STOP.search(lead, told.end()):
            return "told"
    return None


# A clause ending in "yang" and its verb before a comma: "PSU yang digelar, Sabtu".
_WHICH_VERB = compile_scan(r"\byang\s+(?:akan\s+)?(?:di|ber|ter)\w+\s*,\s*$", re.I)
# How far before the date a speech verb a few clauses back may stand.
_TOLD_REACH = 90
# A sentence's end after a lower-case word (not an abbreviated rank or title).
_PLAIN_STOP = compile_scan(r"[a-z]{4}[.!?]\s")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, or None."""
    last = None
    for last in matches:  # noqa: B007 - only the last is wanted
        pass
    return last


# A time counted back from a stage: "sepekan sebelum", "H-5 sebelum".
_COUNTED_FROM = compile_scan(r"\bsebelum\b", re.IGNORECASE)
_STAGE_NOUN = compile_scan(r"\b(?:masa|tahapan|kampanye|periode)\b", re.IGNORECASE)
# "Sejak" opening the sentence, also after a stop glued to it ("Lamandau.Sejak").
_SINCE_SENTENCE = compile_scan(
    r"\s*(?:Sejak|Semenjak)\b|[^.!?]*[.!?]\s*(?:Sejak|Semenjak)\b(?=[^.!?]*$)",
    re.IGNORECASE,
)
_YESTERDAY_AFTER = compile_scan(r"\s*,?\s*kemarin\b", re.IGNORECASE)
# What runs since the day, named in the clause: a guard, an escort, the logistics,
# the count ("Sejak Senin kami sudah bersiap" names none: no start of the story's).
_SINCE_DEED = compile_led(
    r"\b(?:apel|patroli|pengamanan|pengawalan|penjagaan|pergeseran|sterilisasi"
    r"|mengamankan|mengawal|menjaga|berjaga|dijaga|dikawal|diamankan|diterjunkan"
    r"|dikerahkan|disiagakan|bersiaga|ditempatkan|digeser|bergeser"
    r"|logistik|kotak\s+suara|surat\s+suara|rekapitulasi|pleno|penghitungan"
    r"|distribusi|pendistribusian|pengiriman|dikirim|didistribusikan)\b",
    re.IGNORECASE,
)
# How far after the date the clause's deed is looked for.
_SINCE_REACH = 120


def _sentence_end(text: str, start: int, reach: int) -> int:
    """Where the sentence going on at ``start`` ends, at most ``reach`` on."""
    stop = _SENTENCE_END.search(text, start, start + reach)
    return stop.start() if stop else min(len(text), start + reach)


# "sejak" opening the date's clause, or with the deed it dates named as a verb
# made noun between ("sejak dimulainya pengawalan pada", "sejak tibanya logistik").
_SINCE_CLAUSE = compile_scan(
    r"^\s*(?:sejak|semenjak)\s+(?:mulai\s+)?(?:\w+nya\s+(?:\w+\s+){0,3}?)?"
    r"(?:(?:pada|tanggal|hari)\s+)*$",
    re.IGNORECASE,
)
_SINCE_JUST_BEFORE = compile_scan(
    r"\b(?:sejak|semenjak)\s+(?:(?:pada|tanggal|hari)\s+)*$", re.IGNORECASE
)
# "pada 14 Februari lalu": a date looked back on (eval guidelines, event_date).
_LOOKED_BACK_AFTER = compile_scan(r"\s*lalu\b", re.IGNORECASE)


# A speech verb in the clause just before the date: "ujar Kasat kepada wartawan,
# Rabu (14/2/2024)", "kata dia di Banjarmasin, Senin".
_TOLD = compile_led(
    r"\b(?:(?:kata|ujar|ucap|ungkap|jelas|tutur|terang|tegas|sebut|papar|imbuh"
    r"|tambah|pungkas|beber|tandas)(?:nya)?|mengatakan|menjelaskan|menyampaikan"
    r"|mengungkapkan|menegaskan|menuturkan|menerangkan|disampaikan|dikatakan)\b",
    re.IGNORECASE,
)
# A journey that took days, told as such: "menempuh perjalanan selama lima hari",
# "menempuh waktu tempuh hingga 4 hari", "Selama lima hari mereka menempuh ...".
_FEW_DAYS = r"(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|beberapa)\s+hari\b"
_DAYS_ON_THE_WAY = compile_scan(
    rf"\bmenempuh\b[^.\n]{{0,40}}?\b{_FEW_DAYS}"
    rf"|\bselama\s+{_FEW_DAYS}[^.\n]{{0,40}}\bmenempuh\b",
    re.IGNORECASE,
)
# How long before the day words were said a deed dated in the story is still the
# reported one ("Pendistribusian dilakukan pada Selasa (13/2) sore" told on Rabu; a
# logistics journey "berangkat pada 22 November" retold on Minggu (1/12): two weeks).
_TOLD_AFTER = timedelta(days=14)


# The year of the vote or operation a story is about: "Pemilu 2019", "Operasi Lilin
# 2022", "Pilkada Serentak Tahun 2024", "17 April 2019".
_STORY_YEAR = compile_led(
    r"\b(?:Pemilu|Pilkada|Pilkades|Pemilukada|Pileg|Pilpres|Pilgub|Pilbup|Pilwali"
    r"|Pilwako|Pilwalkot|Pemilihan(?:\s+[\w-]+){1,3}?"
    r"|(?:Operasi|Ops\.?)(?:\s+[A-Z]\w+){1,3}?)"
    # the region between: "Pilkada Kalbar 2018", "Pilgub Kaltim Tahun 2018"
    r"(?:\s+(?-i:[A-Z][\w-]+)){0,2}?\s+(?:Serentak\s+)?(?:Tahun\s+)?"
    rf"(?P<year>20\d\d)\b|\b\d{{1,2}}\s+(?:{_MONTH_RE})\s+(?P<dated>20\d\d)\b",
    re.IGNORECASE,
)


# A vote named as the one this is measured against, not the story's own:
# "lebih tinggi dibanding pemilu 2019", "ketimbang Pilkada 2020".
_COMPARED_BEFORE = compile_scan(
    r"\b(?:dibanding(?:kan)?|daripada|ketimbang)(?:\s+(?:dengan|pada|saat|ketika))*\s+$",
    re.IGNORECASE,
)


def story_year(text: str) -> int | None:
    """The year most named with the story's vote or operation, or None."""
    years: dict[int, int] = {}
    for match in _STORY_YEAR.finditer(text):
        if _COMPARED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        year = int(match["year"] or match["dated"])
        years[year] = years.get(year, 0) + 1
    return max(years, key=lambda y: (years[y], y)) if years else None


# A general election (Pemilu 2019, 2024) is voted in the first months of its year
# and its last re-votes are done by August (data/election_calendar.yaml,
# re_votes_until): a day of September to December written without a year in a story
# about it falls in its run-up, the year before (README, event_date).
_PEMILU_LAST_MONTH = 8
_PEMILU_WORDS = ("pemilu", "pileg", "pilpres", "pemilihan umum")
_LOCAL_WORDS = ("pilkada", "pemilukada", "pilgub", "pilbup", "pilwa", "pemilihan")


def _about_pemilu(text: str, year: int) -> bool:
    """Whether the votes ``text`` names for ``year`` are a general election's only
    (no regional one: "Pilkada 2024" is voted in November)."""
    kinds = set()
    for match in _STORY_YEAR.finditer(text):
        if match["year"] and int(match["year"]) == year:
            said = match[0].lower()
            if said.startswith(_PEMILU_WORDS):
                kinds.add("pemilu")
            elif said.startswith(_LOCAL_WORDS):
                kinds.add("local")
    return kinds == {"pemilu"}


@dataclass(frozen=True)
class EventDates:
    """The event dates found in a text, their precision and what was dropped."""

    dates: tuple[date, ...] = ()  # sorted
    precision: str | None = None  # "day" or "inferred"
    warnings: tuple[str, ...] = ()
    first: date | None = None  # the first one the text names: the reported event
    # The lead is only a day recalled or the day a source printed it: no day of
    # the story's own is written.
    recalled: bool = False


def _weekday(name: str | None) -> int | None:
    return WEEKDAYS.get(name.lower().replace("’", "'")) if name else None


# Years an undated "Senin (12/2)" may belong to in this archive.
ARCHIVE_YEARS = (2023, 2024, 2025)


def _year(
    raw: str | None,
    day: int,
    month: int,
    published: date | None,
    weekday: int | None,
    hint: int | None = None,
) -> int | None:
    """The year written, or the one that puts the date on/before the publication.

    With no publication date, ``hint`` (the year of the election or operation the
    text is about) decides; the weekday only chooses among the archive's years.
    """
    if raw:
        year = int(raw)
        return year + 2000 if year < 100 else year
    if published is None and hint is not None:
        # A weekday may move it a year (drills for Pemilu 2024 were held in 2023);
        # else the number wins over a weekday that contradicts it.
        near = [
            y
            for y in (hint, hint - 1, hint + 1)
            if _weekday_of(y, month, day) == weekday
        ]
        return near[0] if weekday is not None and len(near) == 1 else hint
    if published is None:
        # Without a publication date the weekday can still pin the year down, when
        # exactly one of the archive's years puts that day on that weekday.
        matching = [y for y in ARCHIVE_YEARS if _weekday_of(y, month, day) == weekday]
        return matching[0] if weekday is not None and len(matching) == 1 else None
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return published.year  # let the caller report the impossible date
    # "(30/12)" in an article of 2 January is last year's December.
    return (
        published.year - 1
        if candidate > published + timedelta(days=7)
        else published.year
    )


_SWAP_WINDOW = timedelta(days=31)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _mention(
    written: str,
    wd: str | None,
    d: str,
    m: int,
    y: str | None,
    published: date | None,
    hint: int | None = None,
    named_years: frozenset[int] = frozenset(),
    numeric: bool = False,
) -> tuple[date | None, str | None]:
    """One date mention -> (date, warning); ``named_years``: the years the text
    writes in full; ``numeric``: written in figures ("(2/7/2024)")."""
    day, month = int(d), m
    weekday = _weekday(wd)
    year = (
        _year(y, day, month, published, weekday, hint)
        if 1 <= month <= 12
        else (int(y) if y else 0)
    )
    if year is None:
        return (
            None,
            f"tanggal '{written}' tanpa tahun dan tanggal terbit tidak diketahui: "
            "diabaikan",
        )
    try:
        found = date(year, month, day)
    except ValueError:
        return None, f"tanggal mustahil '{written}' diabaikan"
    if weekday is not None and weekday != found.weekday() and y:
        # "Jum'at (20/12/23)" on a page about Christmas 2024: a slip of the year
        # when the text never names the year written, names the next (or last)
        # one, and the weekday agrees with it. Never a year that puts the day after
        # the stamp when the written one does not ("Kamis (7/11/2023)" in a story of
        # Pemilu 2024 stamped 8 November 2023 is no slip for 2024). A year written
        # in full is kept as written ("Senin (12/2/2023)" two days before the vote
        # of 2024): only the short form is read as a slip.
        slip = [
            other
            for other in (year + 1, year - 1)
            if other in named_years
            and _weekday_of(other, month, day) == weekday
            and not (
                published is not None
                and found <= published + _FUTURE_SLACK
                and date(other, month, day) > published + _FUTURE_SLACK
            )
        ]
        if len(y) == 2 and year not in named_years and len(slip) == 1:
            return date(slip[0], month, day), (
                f"tahun pada '{written}' tidak cocok dengan harinya: "
                f"dibaca {slip[0]}, tahun yang disebut teks"
            )
    if weekday is not None and weekday != found.weekday() and numeric and day <= 12:
        # "Rabu (2/7/2024)" where 7 February was the Wednesday: day and month
        # swapped (a month-first form), when only the swap agrees with the weekday.
        # With a publication date, the swap must fall in the month before it and the
        # written date must not.
        def near(d: date) -> bool:
            return published - _SWAP_WINDOW <= d <= published + _FUTURE_SLACK

        if _weekday_of(year, day, month) == weekday and (
            published is None or (near(date(year, day, month)) and not near(found))
        ):
            return date(year, day, month), (
                f"hari '{wd}' tidak cocok dengan {found.isoformat()}: "
                "tanggal dan bulan dibaca tertukar"
            )
    if weekday is not None and weekday != found.weekday():
        return found, (
            f"hari '{wd}' tidak cocok dengan {found.isoformat()} "
            f"({WEEKDAY_NAMES[found.weekday()]}): angka tanggal yang dipakai"
        )
    return found, None


_SINCE = compile_scan(r"\b(?:sejak|mulai|dimulai)\s+(?:pada\s+|hari\s+)?$", re.I)


def _told_on_another_day(
    text: str, spans: list[tuple[int, int]], stage: list[tuple[int, date]]
) -> bool:
    """Whether the story names its own day by a bare weekday ("kata Kapolres,
    Senin.") that none of the stage's dates falls on: the vote or ruling it names
    ("pemungutan suara ... pada Rabu (14/2)") is then not the day reported."""
    told = {
        _weekday(m["wd"])
        for m in _BARE_WEEKDAY.finditer(text)
        if not any(a <= m.start() < b for a, b in spans)
    }
    return bool(told) and not told & {d.weekday() for _, d in stage}


_TOMORROW = compile_scan(r"\bbesok\b", re.IGNORECASE)


def _day_after_yesterday(
    text: str,
    spans: list[tuple[int, int]],
    strong: list[tuple[int, date]],
    yesterdays: set[int],
) -> date | None:
    """The day a bare weekday names when it opens the story before any date and
    falls the day after a date the text calls "kemarin"; else None."""
    first = min(strong)[0]
    for bare in _BARE_WEEKDAY.finditer(text, 0, first):
        if any(a <= bare.start() < b for a, b in spans) or bare["after"]:
            continue
        weekday = _weekday(bare["wd"])
        days = {d + timedelta(days=1) for p, d in strong if p in yesterdays}
        matching = [d for d in days if d.weekday() == weekday]
        return matching[0] if len(matching) == 1 else None
    return None


# A span of days: at most this long it is the reported deed's days (a three-day
# registration guarded); longer than the other it is a long guard's schedule.
_SHORT_SPAN, _LONG_SPAN = 7, 14
# The last day of a span written after its first: "hingga 29 November", "sampai
# dengan Rabu (14/2/2024)", "dan berakhir Kamis malam 29 Agustus 2024".
_SPAN_TO = compile_scan(
    r"\s*,?\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|[-–]|(?:dan\s+)?berakhir"
    r"(?:\s+pada)?)\s*(?:tanggal\s+)?(?:(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu"
    r"|Minggu|Ahad)\s*(?:(?:pagi|siang|sore|malam)\s*)?,?\s*)?"
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?(?:\s+(?P<y>\d{{4}}))?\b"
    r"|\(\s*(?P<pd>\d{1,2})\s*/\s*(?P<pm>\d{1,2})(?:\s*/\s*(?P<py>\d{4}|\d{2}))?\s*\))",
    re.IGNORECASE,
)


def _span_end(
    text: str,
    match: re.Match[str],
    is_span: bool,
    hint: int | None,
    published: date | None,
) -> date | None:
    """The last day of the span a date opens, or None when it opens none."""
    first_year = (
        (int(match["y"]) if match["y"] and len(match["y"]) == 4 else None)
        or hint
        or (published.year if published else None)
    )
    try:
        if is_span:
            month = MONTHS[match["mon"].lower()]
            return date(first_year or 2024, month, int(match["d2"]))
        to = _SPAN_TO.match(text, match.end())
        if not to:
            return _span_to_weekday(text, match, first_year)
        if to["d"]:
            day, month, year = int(to["d"]), MONTHS[to["mon"].lower()], to["y"]
        else:
            day, month, year = int(to["pd"]), int(to["pm"]), to["py"]
        if year:
            return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        return date(first_year or 2024, month, day)
    except (ValueError, KeyError):
        return None


# The last day of a span named by its weekday alone: "sejak Senin (12/2) hingga
# Rabu" (a weekday with its date is read by _SPAN_TO).
_SPAN_TO_WEEKDAY = compile_scan(
    r"\s*,?\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?)\s*(?:hari\s+)?"
    rf"{_WD}\b(?!\s*(?:(?:pagi|siang|sore|malam)\s*)?,?\s*[(\d])",
    re.IGNORECASE,
)


def _span_to_weekday(text: str, match: re.Match[str], year: int | None) -> date | None:
    """The last day of a span whose end is a bare weekday, the first such day after
    its first day; None when the span ends otherwise."""
    to = _SPAN_TO_WEEKDAY.match(text, match.end())
    if not to or year is None:
        return None
    mon = match.groupdict().get("mon")
    month = MONTHS[mon.lower()] if mon else int(match["m"])
    first = date(year, month, int(match["d"]))
    return first + timedelta(days=(_weekday(to["wd"]) - first.weekday() - 1) % 7 + 1)


def _stage_in_sentence(text: str, start: int) -> bool:
    """Whether the sentence of the date at ``start`` names a stage of the vote
    before it ("saat pelaksanaan Pemungutan Suara Ulang (PSU), Kamis (22/2)")."""
    # (read up to the date's first letter: a sentence end looks at what follows)
    lead = text[max(0, start - _SENTENCE_CHARS) : start + 1]
    cut = max((m.end() for m in _SENTENCE_END.finditer(lead)), default=0)
    return bool(_SCHEDULE_BEFORE.search(lead, min(cut, len(lead) - 1), len(lead) - 1))


def _deed_near(text: str, start: int, end: int) -> bool:
    """Whether a police deed is named in the date's sentence or the one before,
    and the sentence does not give a stage's schedule ("Masa tenang ... mulai
    tanggal 24 hingga 26 November"; "Sejak tahapan pendaftaran dibuka tanggal 27
    Agustus" runs the guard since the stage opened)."""
    lead = text[max(0, start - _SENTENCE_CHARS) : start]
    cuts = [m.end() for m in _SENTENCE_END.finditer(lead)]
    here = cuts[-1] if cuts else 0
    if _STAGE_NOUN.search(lead, here) and not _SINCE_SENTENCE.match(lead, here):
        return False
    since = cuts[-2] if len(cuts) > 1 else 0
    stop = _SENTENCE_END.search(text, end)
    return bool(
        _DEED_SUBJECT.search(lead, since)
        or _DEED_SUBJECT.search(text, end, stop.start() if stop else len(text))
    )


# A step of the logistics before the guard the story reports ("Sebelumnya, Bawaslu
# mengawasi kedatangan logistik di pelabuhan pada Jumat (25/10)" in a story of the
# warehouse now guarded): a long guard dated only by an earlier step takes the
# reported day (the lead's ruling of session 16), not that step's.
_EARLIER_STEP = compile_scan(
    r"\b(?:kedatangan|tiba|dibongkar|pembongkaran|pengiriman|dikirim)\b", re.I
)
_GUARD_WORD = r"(?:berjaga|dijaga|penjagaan|ditempatkan|disiagakan)"
_WAREHOUSE_GUARD = compile_scan(
    rf"\bgudang\b[^.\n]{{0,120}}?\b{_GUARD_WORD}\b"
    rf"|\b{_GUARD_WORD}\b[^.\n]{{0,120}}?\bgudang\b",
    re.IGNORECASE,
)


def _earlier_step_of_guard(text: str, at: int) -> bool:
    """Whether the day recalled at ``at`` dates a step of the logistics before the
    warehouse guard the story reports."""
    lead = text[max(0, at - _SENTENCE_CHARS) : at]
    cut = max((m.end() for m in _SENTENCE_END.finditer(lead)), default=0)
    return bool(
        _EARLIER_STEP.search(lead, cut)
        and "gudang" in text
        and _WAREHOUSE_GUARD.search(text)
    )


_EARLIER_REPORT = compile_scan(
    r"(?:^|\n)\s*(?:sebelumnya(?:\s+telah)?\s+diberitakan|seperti\s+(?:telah\s+)?"
    r"diberitakan(?:\s+sebelumnya)?|diberitakan\s+sebelumnya)\b",
    re.IGNORECASE,
)


def _settled(
    found: list[tuple[int, date]],
    free: dict[int, tuple[int, int]],
    pinned: dict[tuple[int, int], int],
    slips: set[int],
) -> list[tuple[int, date]]:
    """``found`` with a yearless "(5/12)" in the year the same day takes where a
    weekday or year is written ("Selasa (5/12)" of 2023), and without a day whose
    weekday contradicts it when another day's agrees (a caption's slip)."""
    kept = [(p, d) for p, d in found if p not in slips] or found
    out = []
    for p, d in kept:
        year = _pinned_year(free[p], pinned) if p in free else None
        out.append((p, d.replace(year=year) if year and year != d.year else d))
    return out


# A day without its year takes the year a weekday or year fixes for a day this
# close to it: "Dari tanggal 25 November hingga 29 November ... Rabu (29/11/2017)".
_PIN_REACH = 14


def _pinned_year(
    day: tuple[int, int], pinned: dict[tuple[int, int], int]
) -> int | None:
    """The year pinned for ``(month, day)``, or the one year pinned for days near it."""
    if day in pinned:
        return pinned[day]
    years = set()
    for (month, mday), year in pinned.items():
        try:
            gap = abs((date(year, *day) - date(year, month, mday)).days)
        except ValueError:
            continue
        if gap <= _PIN_REACH:
            years.add(year)
    return years.pop() if len(years) == 1 else None


# A year not inside a longer number or date; what stands before it is checked after
# its first two digits, so that ``re`` can skip ahead to a "1" or "2".
_FULL_YEAR = compile_scan(r"((?:19|20)(?<![\d/.-]..)\d\d)(?![\d/])")
# The patterns scanned over a whole text, as an ASCII text is scanned: ``\d``
# written ``[0-9]``, the same matches there (``asciitext.ascii_digits``).
_ASCII_DIGITS = {
    p: ascii_digits(p)
    for p in (_FULL_YEAR, _PAREN, _PAREN_OTHER, _SLASH, _TEXT_SPAN, _TEXTUAL, _ENGLISH)
}


def find_event_dates(
    text: str, published: date | None = None, year_hint: int | None = None
) -> EventDates:
    """Event dates in ``text``: dated mentions first, then a bare weekday.

    ``year_hint`` is the year a date written without one takes when there is no
    publication date: the year of the election or operation the story is about.
    """
    strong: list[tuple[int, date]] = []  # (position, date): text order matters
    weak: list[tuple[int, date]] = []
    stage: list[tuple[int, date]] = []  # dated with a weekday, but a schedule's
    starts: list[tuple[int, date]] = []  # the activity's first day, said so
    recalled: list[tuple[int, date]] = []  # an earlier deed the text looks back on
    warnings: list[str] = []
    spans: list[tuple[int, int]] = []
    told: set[int] = set()  # positions of days words were said on
    slips: set[int] = set()  # positions whose weekday contradicts the date
    free: dict[int, tuple[int, int]] = {}  # no year, no weekday: (month, day)
    pinned: dict[tuple[int, int], int] = {}  # (month, day) -> year a weekday fixed
    tomorrow: list[date] = []  # a planned day the text calls "besok"
    later: list[date] = []  # a planned day with its weekday
    long_ends: dict[int, date] = {}  # a long guard's start -> its span's last day
    yesterdays: set[int] = set()  # positions of dates the text calls "kemarin"
    going: set[int] = set()  # positions of days an activity is said to run since
    scan = _ASCII_DIGITS if text.isascii() else {}
    named = frozenset(int(y) for y in scan.get(_FULL_YEAR, _FULL_YEAR).findall(text))
    # No stamp, a story of a general election: a late day without its year is of
    # the run-up ("pada 7 November" about Pemilu 2024 is 2023).
    run_up = (
        published is None
        and year_hint is not None
        and "emil" in text
        and _about_pemilu(text, year_hint)
    )
    # "Sebelumnya diberitakan, ...": what follows retells an earlier story.
    earlier = _EARLIER_REPORT.search(text) if "iberitakan" in text else None
    retold = earlier.start() if earlier else len(text)
    for kind, pattern in (
        ("paren", _PAREN),
        ("paren", _PAREN_OTHER),
        ("slash", _SLASH),
        ("text", _TEXT_SPAN),
        ("text", _TEXTUAL),
        *((("english", _ENGLISH),) if "day," in text else ()),
    ):
        for match in scan.get(pattern, pattern).finditer(text):
            if any(a <= match.start() < b for a, b in spans):
                continue
            if kind == "english":
                before, wd = None, match["wd"]
            else:
                before = _WD_BEFORE[kind].search(
                    text, max(0, match.start() - 25), match.start()
                )
                wd = before["wd"] if before else None
            if (
                kind == "slash"
                and wd is None
                and not (
                    match["y"]
                    and _ON_DAY.search(text, max(0, match.start() - 12), match.start())
                )
            ):
                continue  # "1207/Pontianak" and other slashes are not dates
            if kind == "slash" and match["sep"] == "-" and not match["y"]:
                continue  # "Senin, 12-14" is no date
            if pattern is _TEXT_SPAN and int(match["d"]) >= int(match["d2"]):
                continue  # "skor 3-2 Februari": no span of days
            start = before.start() if before else match.start()
            spans.append((start, match.end()))
            numeric = kind in ("paren", "slash")
            month = int(match["m"]) if numeric else MONTHS[match["mon"].lower()]
            written = text[start : match.end()].strip()
            context = _context(text, start, match.end())
            if context == "name":
                continue
            if start > retold and context != "planned":
                context = "recalled"
            span = (
                _span_end(text, match, pattern is _TEXT_SPAN, year_hint, published)
                # (a deed said to run since a day, "sejak Senin (12/2) hingga Rabu",
                # with its last day written: the deed's days, not a going concern)
                if context in (None, "schedule", "start", "going")
                else None
            )
            year = match["y"] or (match["glued"] if kind == "paren" else None)
            if context == "planned":
                if published is None and _TOMORROW.search(
                    text, max(0, start - _SENTENCE_CHARS), match.end() + 200
                ):
                    found, _ = _mention(
                        written, wd, match["d"], month, year, None, year_hint, named
                    )
                    tomorrow += [found] if found else []
                elif published is None and wd:
                    found, _ = _mention(
                        written, wd, match["d"], month, year, None, year_hint, named
                    )
                    if found and found.weekday() == _weekday(wd):
                        later.append(found)
                continue
            found, warning = _mention(
                written,
                wd,
                match["d"],
                month,
                year,
                published,
                year_hint,
                named,
                numeric=numeric,
            )
            warnings += [warning] if warning else []
            if not found:
                continue
            if (
                run_up
                and not (year or wd)
                and found.year == year_hint
                and found.month > _PEMILU_LAST_MONTH
            ):
                found = found.replace(year=found.year - 1)
            if wd and _weekday(wd) != found.weekday():
                slips.add(start)
            elif year or wd:
                pinned.setdefault((found.month, found.day), found.year)
            else:
                free[start] = (found.month, found.day)
            if _YESTERDAY_AFTER.match(text, match.end()):
                yesterdays.add(start)
            if context == "told":
                told.add(start)
                context = None
            if (
                wd is None
                and context in (None, "schedule", "recalled")
                and _LOOKED_BACK_AFTER.match(text, match.end())
            ):
                continue  # "pemilu yang digelar pada 14 Februari lalu"
            if context == "going":
                going.add(start)
                context = "recalled"
            if span is not None:
                length = (span - found).days
                if context == "start" and length > _LONG_SPAN:
                    long_ends[start] = span
                elif 0 < length <= _SHORT_SPAN and _deed_near(text, start, match.end()):
                    # "pengamanan ... selama 3 hari, mulai 27 hingga 29 Agustus":
                    # the guard's days; its first leads.
                    context = "start"
            if context == "start":
                starts.append((start, found))
            elif context == "recalled":
                recalled.append((start, found))
            elif not (wd or kind == "paren"):
                if context is None:
                    weak.append((start, found))
            else:
                (stage if context else strong).append((start, found))
    if slips and all(
        p in slips or p in told for p, _ in strong + weak + stage + starts + recalled
    ):
        # Only the day words were said agrees with its weekday: the deed's date is
        # kept as its numbers write it (README, session 9), not dropped as a slip.
        slips = set()
    if free or slips:
        strong, weak, stage, starts, recalled = (
            _settled(found, free, pinned, slips)
            for found in (strong, weak, stage, starts, recalled)
        )
    if published is not None:
        # A date after publication is an announcement, not the event reported.
        limit = published + _FUTURE_SLACK
        strong = [s for s in strong if s[1] <= limit] or strong
        weak = [w for w in weak if w[1] <= limit]
        stage = [s for s in stage if s[1] <= limit]
        starts = [s for s in starts if s[1] <= limit]
        recalled = [s for s in recalled if s[1] <= limit]
    elif told:
        # No stamp: a stage of the vote dated after the day the words were said is
        # announced ("saat pelaksanaan PSU, Kamis (22/2) ... jelas Kapolres, Rabu
        # (21/2)"). (A deed dated after it may be a slip of the telling's day.)
        # (a day of telling dropped as a weekday slip bounds nothing)
        said = max((d for p, d in strong + weak if p in told), default=None)
        strong = [
            s
            for s in strong
            if said is None
            or s[1] <= said
            or s[0] in told
            or not _stage_in_sentence(text, s[0])
        ]
        # An activity said to start after the day the words were said is announced,
        # as one after the stamp is ("distribusi dimulai pada 19 November", said on
        # Senin, 4 November).
        starts = [s for s in starts if said is None or s[1] <= said + _FUTURE_SLACK]
    if going:
        # "Patroli ini telah berlangsung sejak Sabtu (22/2)" told on Sunday: the
        # activity's first day, when a day of the story's own falls a few days
        # later; a long guard's start stays a day recalled (README, session 4).
        # (with no day of its own, the stage's day that will date the story counts:
        # "Hingga Selasa (13/2), pengawalan masih berlangsung" with no stamp)
        told_days = strong or ([] if weak else stage)
        later = [d for _, d in told_days] + ([published] if published else [])
        near = [
            s
            for s in recalled
            if s[0] in going and any(0 < (d - s[1]).days <= _SHORT_SPAN for d in later)
        ]
        starts += near
        recalled = [s for s in recalled if s not in near]
    if not strong and stage and _told_on_another_day(text, spans, stage):
        # A guard running "sejak Sabtu, 21 Oktober 2023" keeps its first day.
        stage = [s for s in stage if _SINCE.search(text, max(0, s[0] - 20), s[0])]
    if published is None and strong:
        # No stamp: a period said to start after the first day the story dates
        # with its weekday is the one ahead ("Apel gelar pasukan, Kamis (21/12)
        # ... Operasi dimulai 22 Desember hingga 2 Januari"), as one starting after
        # the stamp is.
        # (a day called "kemarin" was the day before the telling: a start on
        # the telling's day is no period ahead)
        at, first_day = min(strong)
        first_day += timedelta(days=1 if at in yesterdays else 0)
        starts = [s for s in starts if s[1] <= first_day]
    strong = strong or ([] if weak else stage)
    # "sejak 16 September hingga 31 Desember 2024, Senin (18/11/2024)": a start
    # only dates a long guard when the story reports a day inside it.
    starts = [
        s
        for s in starts
        if not (
            s[0] in long_ends and any(s[1] < d <= long_ends[s[0]] for _, d in strong)
        )
    ]
    if starts:
        # The activity's first day leads; the other days are its days too.
        days = tuple(sorted({d for _, d in starts + strong + recalled}))
        return EventDates(days, "day", tuple(warnings), min(starts)[1])
    if published is None and strong and yesterdays:
        # "kata Kapolres, Selasa." before "Senin (28/10) kemarin": the bare weekday
        # the story opens with is the day after the one called yesterday.
        told_day = _day_after_yesterday(text, spans, strong, yesterdays)
        if told_day is not None:
            days = tuple(sorted({told_day, *(d for _, d in strong + recalled)}))
            return EventDates(days, "inferred", tuple(warnings), told_day)
    if not strong and recalled:
        # A day recalled from before leads only when nothing else dates the story:
        # a bare weekday the stamp resolves does ("Sebelumnya, pada Senin (12/2)
        # ..." in a story told "kata Kapolres, Rabu"). (A date without a weekday
        # may be the vote's own day: it does not.)
        other = (
            _weak_or_weekday(text, spans, [], published, tomorrow, [])
            if published is not None
            else None
        )
        if other is not None:
            days = tuple(sorted({*other.dates, *(d for _, d in recalled)}))
            return EventDates(days, other.precision, tuple(warnings), other.first)
    if (
        (strong or recalled)
        and not weak
        and "menempuh" in text
        and _DAYS_ON_THE_WAY.search(text)
        and all(
            p in told or _TOLD.search(text, max(0, p - _TOLD_REACH), p)
            for p, _ in strong + recalled
        )
    ):
        # "Selama lima hari mereka menempuh perjalanan ...," kata Kapolres, Minggu
        # (18/2)": a journey of days told afterwards with its own days unwritten;
        # the day the words were said is none of them.
        days = tuple(sorted({d for _, d in strong + recalled}))
        return EventDates(days, None, tuple(warnings), None)
    if strong or recalled:
        # A day recalled from before is one of the story's days, never its lead
        # while another date is written.
        at, lead = min(strong or recalled)
        only_recalled = not strong
        if only_recalled and _earlier_step_of_guard(text, at):
            days = tuple(sorted({d for _, d in recalled}))
            return EventDates(days, None, tuple(warnings), None, True)
        if at in told:
            # The day words were said yields to the deed's own day written later,
            # when it is a few days before (also one written without a weekday:
            # "selama tiga hari (27-29 Agustus 2024)").
            deeds = [
                d
                for p, d in strong + weak
                if p not in told and lead - _TOLD_AFTER <= d < lead
            ]
            if not deeds:
                deed_day = _deed_weekday_before(text, spans, at, lead)
                if deed_day is not None:
                    days = tuple(sorted({deed_day, *(d for _, d in strong + recalled)}))
                    return EventDates(days, "inferred", tuple(warnings), deed_day)
            lead = min(deeds, default=lead)
        days = tuple(sorted({d for _, d in strong + recalled}))
        return EventDates(days, "day", tuple(warnings), lead, only_recalled)
    found = _weak_or_weekday(text, spans, weak, published, tomorrow, warnings, later)
    return found or EventDates((), None, tuple(warnings))


def _deed_weekday_before(
    text: str, spans: list[tuple[int, int]], at: int, told: date
) -> date | None:
    """The day a bare weekday names earlier in the sentence of the day words were
    said on ("mengawal logistik, Senin pagi, kata Kapolres, Selasa (13/2)"): the
    last such weekday before ``told``; None when there is none."""
    lead = text[max(0, at - _SENTENCE_CHARS) : at]
    cut = max((m.end() for m in _SENTENCE_END.finditer(lead)), default=0)
    base = max(0, at - _SENTENCE_CHARS)
    for bare in _BARE_WEEKDAY.finditer(text, base + cut, at):
        if any(a <= bare.start() < b for a, b in spans):
            continue
        back = (told.weekday() - _weekday(bare["wd"])) % 7
        if back == 0:
            if not bare["after"]:
                continue  # the day of the telling named again
            back = 7
        return told - timedelta(days=back)
    return None


def _weak_or_weekday(
    text: str,
    spans: list[tuple[int, int]],
    weak: list[tuple[int, date]],
    published: date | None,
    tomorrow: list[date],
    warnings: list[str],
    later: list[date] = (),
) -> EventDates | None:
    """The first date written without a weekday, else a bare weekday the stamp (or
    a planned "besok") resolves; None when neither dates the story."""
    if weak:
        first = min(weak)[1]
        return EventDates((first,), "day", tuple(warnings), first)
    for match in _BARE_WEEKDAY.finditer(text):
        if any(a <= match.start() < b for a, b in spans):
            continue
        if published is None and tomorrow:
            # "Minggu (8/12/2024) ... pleno besok" said on Sabtu: the day before.
            eve = min(tomorrow) - timedelta(days=1)
            if eve.weekday() == _weekday(match["wd"]):
                return EventDates((eve,), "inferred", tuple(warnings), eve)
        if published is None and later:
            same = [d for d in later if d.weekday() == _weekday(match["wd"])]
            if same:
                return EventDates((same[0],), "inferred", tuple(warnings), same[0])
        if published is None:
            warnings.append(
                f"hari '{match['wd']}' tanpa tanggal terbit: "
                "tanggal kegiatan tidak diketahui"
            )
            break
        back = (published.weekday() - _weekday(match["wd"])) % 7
        if back == 0 and match["after"]:
            back = 7  # "Rabu lalu" said on a Wednesday is a week ago
        inferred = published - timedelta(days=back)
        return EventDates((inferred,), "inferred", tuple(warnings), inferred)
    return None
