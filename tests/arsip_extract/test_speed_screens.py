"""Shortcuts taken for speed give what the patterns they stand for give.

Every sentence here is written by us; the forms are the widest each pattern allows.
"""

from __future__ import annotations

import random
import re

import pytest

from arsip_extract import dates, personnel, screen
from arsip_extract.asciitext import ascii_digits, ascii_twin
from arsip_extract.numbers import to_int
from arsip_extract.prefilter import Words

# Ten words: the widest gap _COUNT_AFTER_NOUN allows between the noun and its figure.
GAP_10 = "yang dikerahkan dari Polres Sintang untuk mengamankan rapat pleno KPU"

AFTER_NOUN = [
    f"personel {GAP_10} sebanyak 250 orang",
    f"personel {GAP_10} 1.250 orang",  # "orang" is the twelfth word
    f"personel {GAP_10}: 75 orang",
    f"personel {GAP_10} : 75",
    f"personel {GAP_10} tambahan sebanyak 250 orang",  # eleven words: no count
    "personel yang dilibatkan: 350 orang",
    "personel:40",
    "Personel gabungan BERJUMLAH 120 orang",
    "personel yang diterjunkan 350 orang",
    f"personel {GAP_10} dengan jumlah 250 orang",  # "jumlah" is the twelfth word
    "personel Polres, Kodim, Brimob dan Satpol Airud dengan total 236",
    "personel Polres, dengan jumlah TPS 12",
    "personel kami YAKNI 12 orang",
    "personel tambahan dari Polda Kalteng tiba di Sampit pagi tadi.",
    "personel",
]


@pytest.mark.parametrize("text", AFTER_NOUN)
def test_count_after_noun_screen_keeps_every_match(text: str) -> None:
    at = len("personel")
    plain = personnel._COUNT_AFTER_NOUN.match(text, at)
    screened = personnel._count_after(text, at, True)
    assert (plain and plain.span(), plain and plain.groupdict()) == (
        screened and screened.span(),
        screened and screened.groupdict(),
    )


def test_count_after_noun_screen_reaches_the_widest_forms() -> None:
    # (a window of fewer than twelve words would lose these counts)
    for text in AFTER_NOUN[:4]:
        assert personnel._count_after(text, len("personel"), True) is not None


WINDOWS = [
    "Kapolres mengerahkan sekitar 1.200",
    "dalam apel. Sebanyak 1,250",
    "diterjunkan: ± 300",
    "di TPS 5, 6 dan 7. Lalu 12",
    "pukul 22.00 WIB, 40",
    "angka 9. 9.9 9,9 ,, .. ! ?\n\n12.",
    "tanpa tanda baca sama sekali dua ratus",
    "",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_last_mark_before_a_count_is_the_last_finditer_gives(window: str) -> None:
    text = f"{window} personel"
    for at in range(len(window) + 1):
        for start in range(0, at + 1, 3):
            expected = start
            for stop in personnel._NO_COUNT.finditer(text, start, at):
                expected = stop.end()
            last = personnel._LAST_NO_COUNT.match(text, start, at)
            assert (last.end() if last else start) == expected


def test_words_present_are_every_word_found_overlapping_or_not() -> None:
    words = Words({"aman", "pengamanan", "pen", "jaga", "kpu"})
    assert words.present("pengamanan kantor kpu dijaga") == frozenset(
        {"aman", "pengamanan", "pen", "jaga", "kpu"}
    )
    assert words.present("tidak ada") == frozenset()
    assert Words(()).present("pengamanan") == frozenset()


@pytest.mark.parametrize(
    ("text", "value"),
    [("3.294", 3294), ("3294", 3294), ("3,294", 3294), ("1,250,000", 1250000)],
)
def test_to_int_reads_digits_and_thousands(text: str, value: int) -> None:
    assert to_int(text) == value


OFFICER_WINDOWS = [
    "Apel dipimpin langsung oleh Kapolres Sintang",
    "“Kami siap mengamankan seluruh tahapan,” kata Kapolres Sintang",
    # the last boundary stands far before the window's end (the tail holds none)
    "Pengamanan rapat pleno terbuka rekapitulasi suara tingkat kabupaten, Wakil "
    "Kepala Kepolisian Resor Kapuas Hulu Komisaris Polisi Bidang Operasional",
    "tiba dengan baik.Kapolda Kalimantan Selatan Irjen",
    "oleh Plt. Kabag\nOps Polres Sanggau",
    "Kab.Sambas dan Kec.Paloh bersama Danramil",
    "",
    "Kapolres",
    "kegiatan itu turut dihadiri",
]


@pytest.mark.parametrize("window", OFFICER_WINDOWS)
def test_last_boundary_is_the_last_a_full_scan_gives(window: str) -> None:
    from arsip_extract import officials

    for cut in range(len(window) + 1):
        text = window[:cut]
        every = list(officials._BOUNDARY.finditer(text))
        last = officials._last_cut(text)
        assert (last.span() if last else None) == (every[-1].span() if every else None)


# Every way _SENTENCE splits: a stop then a capital or a quote, a line break, a
# quote closed by a comma or a space before its speaker, and look-alikes that do not.
PARAGRAPHS = [
    "Apel digelar pagi tadi. Personel lalu bergeser ke TPS! Siapkah? Tentu.",
    'Kapolres menegaskan hal itu. "Kami siap," ujarnya. “Aman,” katanya singkat.',
    "Baris pertama\nbaris kedua\n\nbaris ketiga.",
    '"Semua terkendali" tegasnya usai apel, "tidak ada kendala" imbuhnya.',
    "Nilainya 1.200 TPS. pukul 22.00 WIB selesai. Tamat",
    'Ia berkata "siap", lalu pergi. "Ya."   Kemudian pulang.',
    "Tanpa tanda baca sama sekali di kalimat ini",
    "Akhir.",
    ". A",
    "",
    '?!”" ujar',
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_sentences_are_what_the_split_gives(paragraph: str) -> None:
    from arsip_extract import activities

    for cut in range(len(paragraph) + 1):
        for text in (paragraph[:cut], paragraph[cut:]):
            assert activities._sentences(text) == activities._SENTENCE.split(text)


def test_replace_record_is_dataclasses_replace() -> None:
    import dataclasses
    import pickle

    from arsip_core.model import CountItem, Place, Record, replace_record

    record = Record(
        id="abc",
        title="Pengamanan rapat pleno",
        places=(Place(name="Sintang", kind="kabupaten", province="Kalimantan Barat"),),
        personnel_breakdown=(CountItem("Polres", 120),),
        warnings=("satu",),
    )
    for changes in (
        {"title": "Judul lain", "outlet": "Media"},
        {"warnings": ("satu", "dua"), "id": "def"},
        {"places": ()},
        {},
    ):
        fast = replace_record(record, **changes)
        plain = dataclasses.replace(record, **changes)
        assert fast == plain and repr(fast) == repr(plain)
        assert pickle.dumps(fast) == pickle.dumps(plain)
        assert fast is not record and record.title == "Pengamanan rapat pleno"
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.title = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        replace_record(record, judul="x")


# Windows before a unit or around a figure, each in the widest forms its pattern
# allows, in mixed case: a window screen (``prefilter.in_window``) never refuses one.
WINDOW_TEXTS = [
    "mantan Kapolres Sintang AKBP X menjadi Polres Sintang",
    "EKS Wakapolres X, Polres Landak",
    "Purnawirawan Kasat Intelkam Polda Kalbar",
    "yang Pernah Menjabat sebagai Kapolsek Y di Polsek Sungai Raya",
    "dulunya bertugas di Satreskrim Polresta Pontianak",
    "Sebelumnya Berdinas di Polres Ketapang",
    "Dipindahtugaskan dari Polda Kalteng",
    "pindahan tugas dari Polres Kapuas",
    "DIMUTASI DARI Polres Bontang",
    "data yang dipetakan oleh Polres Sambas",
    "DIDATA OLEH Polsek Paloh",
    "berdasarkan hasil pemetaan Bhabinkamtibmas dan intelijen oleh Polres Sanggau",
    "Menurut Pendataan dari Polda Kaltara",
    "di wilayah hukum Polres Bontang",
    "di WILKUM Polsek Sepauk",
    "personel Polda se-Kalimantan Barat sebanyak 1.200 orang",
    "di seluruh wilayah Kalteng, 900 personel",
    "SELURUH JAJARAN Polda Kalsel menurunkan 2.000 personel",
    "sekaltim 450 personel",
    "Sekalimantan Tengah",
]


def _window_screens():
    from arsip_extract import personnel, units

    return [
        (units._FORMER, units._FORMER_WORDS),
        (units._MAPPED_BY, units._MAPPED_BY_WORDS),
        (units._JURISDICTION, units._JURISDICTION_WORDS),
        (personnel._PROVINCE_WIDE, personnel._PROVINCE_WIDE_WORDS),
    ]


@pytest.mark.parametrize("text", WINDOW_TEXTS)
def test_window_screens_refuse_no_window_a_search_matches(text: str) -> None:
    from arsip_extract.prefilter import in_window
    from arsip_extract.screen import can_screen

    low = text.lower() if can_screen(text) else None
    matched = 0
    for pattern, words in _window_screens():
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                if pattern.search(text, start, end):
                    matched += 1
                    assert in_window(low, words, start, end), (pattern.pattern, start)
    assert matched, text


def test_list_head_matches_hold_antara() -> None:
    from arsip_extract import activities

    for paragraph in [
        "Personel ditempatkan di titik rawan. Di antaranya di Kantor KPU.",
        "Sasaran patroli banyak. DIANTARANYA gudang logistik.",
        "Beberapa hal dilakukan.  Antara   Lain patroli.",
    ]:
        assert activities._LIST_HEAD.search(paragraph)
        assert "ntara" in paragraph.lower()


def _role_sentences() -> list[str]:
    """Every role form the cut allows, in mixed case, inside a sentence."""
    nouns = ["personel", "Personil", "PETUGAS", "anggota", "pasukan", "sebagai"]
    nouns += ["Satgas", "satuan tugas"]
    parts = ["", "yang terlibat dalam ", "Dilibatkan pada ", "YANG bertugas di "]
    parts += ["tergabung dalam "]
    words = ["pengamanan", "Penjagaan", "PENGAMANAN"]
    return [
        f"Kapolres melepas 150 {noun}{gap}{part}{word} TPS, lalu patroli terpadu."
        for noun in nouns
        for gap in (" ", "  ")
        for part in parts
        for word in words
    ]


@pytest.mark.parametrize("sentence", _role_sentences())
def test_role_cut_lookahead_cuts_what_the_pattern_cuts(sentence: str) -> None:
    import re

    from arsip_extract import activities

    cut = next(
        c for c in activities._NOT_A_DEED_PARTS if activities._ROLE_OPENS in c.pattern
    )
    plain = re.compile(cut.pattern.replace(activities._ROLE_OPENS, ""), re.I)
    assert activities._ROLE_OPENS.startswith("(?=") and len(activities._ROLE_OPENS) > 5
    assert cut.whole.sub(" ", sentence) == plain.sub(" ", sentence)
    assert cut.whole.sub(" ", sentence) != sentence


LOWERED = [
    "Polres Sintang Kerahkan 250 Personel",
    "Kapolda Kalbar – “Pengamanan TPS” berjalan ÁMAN",  # not ASCII, screenable
    "\u0130PTU Budi dan ſATBRIMOB Polda Kalbar",  # odd folds: not screenable
    "\u212aapolres Sambas",
    "",
]


def test_kept_lowered_copies_are_the_texts_own() -> None:
    """``screen.lower`` and ``screened_lower`` give ``str.lower`` and the screen's
    test, for a text seen again, an equal text of another object, and after the
    kept copies were dropped."""
    texts = LOWERED + [f"Teks ke-{n} TENTANG Pengamanan" for n in range(100)]
    for _ in range(2):
        for text in texts:
            for same in (text, "".join(list(text))):  # (an equal, distinct string)
                assert screen.lower(same) == same.lower()
                expected = same.lower() if screen.can_screen(same) else None
                assert screen.screened_lower(same) == expected
    assert len(screen._KEPT) <= screen._MOST_KEPT


def _ascii_digit_patterns():
    return [
        *dates._ASCII_DIGITS.items(),
        (personnel._TPS[0], personnel._TPS_ASCII),
        (personnel._POINTS, personnel._POINTS_ASCII),
    ]


DIGIT_TEXTS = [
    "Senin (12/2/2024) dan Kamis, 7/11/2024; pada 12-14 Februari 2024, 27 hingga "
    "29 Agustus, 3 Mei 2024, Rabu [12.2.2024] pukul (08.00), skor 3-2 Februari",
    "Sebanyak 1.200 TPS rawan, 45 TPS sangat rawan dan 1.250 tempat pemungutan suara "
    "di 25 titik (1207/Pontianak) 17/102023 25/22/2024 (14/3/025) 2019 20245 x2024",
    "Tuesday, July 18, 2024 dan Thursday, July 11 -- 12 s/d 14 Desember 2023",
]


def test_ascii_digit_patterns_match_as_written_in_ascii_texts() -> None:
    """In an ASCII text ``[0-9]`` is ``\\d`` (case-blind or not), so each pattern
    written so finds what the original finds there."""
    for flags in (0, re.IGNORECASE):
        for code in range(128):
            char = chr(code)
            assert bool(re.fullmatch(r"\d", char, flags)) == bool(
                re.fullmatch("[0-9]", char, flags)
            )
            assert bool(re.fullmatch(r"[\d/]", char, flags)) == bool(
                re.fullmatch("[0-9/]", char, flags)
            )
    rng = random.Random(7)
    alphabet = "0123456789 /-.,()[]:TPStitikFebruariMeiSenin\n\x1c"
    texts = DIGIT_TEXTS + [
        "".join(rng.choice(alphabet) for _ in range(400)) for _ in range(50)
    ]
    patterns = _ascii_digit_patterns()
    for original, ascii_form in patterns:
        assert ascii_form is not original
        assert r"\d" not in ascii_form.pattern.replace("\\\\", "")
        for text in texts:
            assert text.isascii()
            got = [(m.span(), m.groups()) for m in ascii_form.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in original.finditer(text)]


def test_ascii_digits_leaves_what_it_cannot_check() -> None:
    for pattern in (r"\D+", "[a-z]+", r"x\\d"):
        regex = re.compile(pattern)
        assert ascii_digits(regex) is regex
    assert ascii_digits(re.compile(r"[^]\d]\d")).pattern == "[^]0-9][0-9]"


COUNT_TEXTS = [
    "Sebanyak 250 personel, sekitar 1.200 orang personel, ±300 personel dan "
    "kurang lebih 766 personel; ratusan personel, dua ribu personel, 100-an "
    "personel, lebih dari 2.000 personel, salah satu personel, H-3 personel, "
    "70-80 personel, 1,250 personel, 6.000 lebih personel, 10 ribu personel, "
    "around 1,500 security personnel, tak kurang dari 320 orang personel",
    "Ada\x1c250\x1dpersonel,\x1e sekitar\x1f300 personel\x0band 12\tpersonel",
]


def test_ascii_twin_searches_an_ascii_text_alike() -> None:
    """``_COUNT_BEFORE_NOUN`` and its re.ASCII twin give the same match over every
    window before every position of ASCII texts, the characters Unicode alone
    calls spaces (\\x1c-\\x1f) included."""
    original, twin = personnel._COUNT_BEFORE_NOUN, personnel._COUNT_BEFORE_ASCII
    assert twin is not original and twin.flags & re.ASCII
    rng = random.Random(11)
    alphabet = "0123456789 .,-+/±sekitarlbihduaorangpersonel\x1c\x1f\x0b\t\nK"
    texts = [t for t in COUNT_TEXTS] + [
        "".join(rng.choice(alphabet) for _ in range(300)) for _ in range(20)
    ]
    for text in (t.encode("ascii", "ignore").decode() for t in texts):
        for at in range(len(text) + 1):
            start = max(0, at - 60)
            a, b = original.search(text, start, at), twin.search(text, start, at)
            assert (a and (a.span(), a.groupdict())) == (
                b and (b.span(), b.groupdict())
            )


def test_ascii_twin_refuses_what_differs_in_ascii() -> None:
    # "ſ" matches "s" case-blind in Unicode only; "\S" in a class cannot be widened.
    for pattern, flags in (("ſ", re.I), (r"[\S]", 0), ("(a)?(?(1)b|c)", 0)):
        regex = re.compile(pattern, flags)
        assert ascii_twin(regex) is regex
    assert ascii_twin(re.compile("k", re.I)).flags & re.ASCII
    assert ascii_twin(re.compile(r"\s")).fullmatch("\x1c")
