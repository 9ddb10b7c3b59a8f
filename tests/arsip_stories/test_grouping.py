"""Story grouping on our own fixture texts: copies join, look-alikes stay apart."""

from __future__ import annotations

import random
from functools import lru_cache
from zoneinfo import ZoneInfo

import pytest

from arsip_core.similarity import shingles, similarity, text_signature, word_hashes
from arsip_reader.pipeline import new_markdown, read_article
from arsip_stories.grouping import (
    Report,
    candidate_pairs,
    group_reports,
    group_reports_keeping,
    records_agree,
    story_of,
)
from tests.conftest import FIXTURES

STORIES = FIXTURES / "stories"


def text(name: str) -> str:
    return (STORIES / name).read_text(encoding="utf-8")


@lru_cache
def body(name: str) -> str:
    """The body as the build signs it: the reader's HTML, without the page's header."""
    source = read_article(
        STORIES / name, name, tz=ZoneInfo("Asia/Jakarta"), markdown=new_markdown()
    )
    return source.html


def release(id_: str, name: str, published: str, **values) -> Report:
    fields = dict(
        event_date="2024-11-25",
        province="Kalimantan Barat",
        police_units=("Polres Kapuas Hulu",),
        personnel_total=245,
    )
    fields.update(values)
    return Report(id_, text_signature(body(name)), published, **fields)


def fixture_reports() -> list[Report]:
    return [
        release("aaaaaaaaaaa1", "siaran_pers_humas_polres.txt", "2024-11-25T09:10"),
        release("aaaaaaaaaaa2", "siaran_pers_portal_lokal.txt", "2024-11-25T14:32"),
        release("aaaaaaaaaaa3", "siaran_pers_kantor_berita.txt", "2024-11-25T16:05"),
        release("bbbbbbbbbbb1", "peristiwa_lain_patroli_sungai.txt",
                "2024-11-25T17:45", personnel_total=18),
        release("ccccccccccc1", "peristiwa_lampau_dikutip.txt", "2024-11-29T10:20",
                event_date="2024-11-29"),
    ]  # fmt: skip


def members(stories) -> set[frozenset[str]]:
    return {frozenset(s.members) for s in stories}


def test_one_press_release_in_three_layouts_is_one_story_led_by_the_earliest():
    stories = group_reports(fixture_reports())
    assert members(stories) == {
        frozenset({"aaaaaaaaaaa1", "aaaaaaaaaaa2", "aaaaaaaaaaa3"}),
        frozenset({"bbbbbbbbbbb1"}),
        frozenset({"ccccccccccc1"}),
    }
    release_story = story_of(stories)["aaaaaaaaaaa3"]
    assert release_story.lead == "aaaaaaaaaaa1"
    assert release_story.id == "aaaaaaaaaaa1"
    assert release_story.members[0] == "aaaaaaaaaaa1"


def test_grouping_does_not_depend_on_reading_order():
    reports = fixture_reports()
    shuffled = reports[:]
    random.Random(4).shuffle(shuffled)
    assert group_reports(reports) == group_reports(shuffled)


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({}, True),
        ({"event_date": "2024-11-26"}, True),  # a day apart: still one event
        ({"event_date": "2024-11-27"}, False),
        ({"province": "Kalimantan Tengah"}, False),
        ({"police_units": ("Polres Sintang",)}, False),
        ({"police_units": ()}, True),  # unknown on one side: no disagreement
        ({"personnel_total": 250}, False),
        ({"personnel_total": None}, True),
    ],
)
def test_records_must_agree_where_both_give_a_value(change, same):
    a = Report("a" * 12, b"", "2024-11-25T09:00", "2024-11-25", "Kalimantan Barat",
               ("Polres Kapuas Hulu",), 245)  # fmt: skip
    b = Report("b" * 12, b"", "2024-11-25T10:00", **{
        "event_date": "2024-11-25", "province": "Kalimantan Barat",
        "police_units": ("Polres Kapuas Hulu", "Polda Kalbar"),
        "personnel_total": 245, **change,
    })  # fmt: skip
    assert records_agree(a, b) is same


def test_a_near_verbatim_copy_joins_even_when_its_figure_was_read_otherwise():
    # The local portal's body is a near copy of the release (similarity above 0.8):
    # a different figure can only be the extraction reading another layout.
    reports = fixture_reports()
    reports[1] = release("aaaaaaaaaaa2", "siaran_pers_portal_lokal.txt",
                         "2024-11-25T14:32", personnel_total=300)  # fmt: skip
    assert similarity(reports[0].signature, reports[1].signature) >= 0.8
    assert frozenset({"aaaaaaaaaaa1", "aaaaaaaaaaa2", "aaaaaaaaaaa3"}) in members(
        group_reports(reports)
    )


def test_figures_count_unless_the_texts_are_near_copies():
    a = Report("a" * 12, b"", "2024-11-25", police_units=("Polres Sambas",),
               personnel_total=245)  # fmt: skip
    b = Report("b" * 12, b"", "2024-11-25", police_units=("Polres Sambas",),
               personnel_total=300)  # fmt: skip
    assert records_agree(a, b) is False
    assert records_agree(a, b, near_copy=True) is True


def test_maintainer_can_split_and_join():
    reports = fixture_reports()
    reports[2] = release("aaaaaaaaaaa3", "siaran_pers_kantor_berita.txt",
                         "2024-11-25T16:05", pinned="sendiri")  # fmt: skip
    reports[4] = release("ccccccccccc1", "peristiwa_lampau_dikutip.txt",
                         "2024-11-29T10:20", event_date="2024-11-29",
                         pinned="bbbbbbbbbbb1")  # fmt: skip
    got = members(group_reports(reports))
    assert frozenset({"aaaaaaaaaaa3"}) in got
    assert frozenset({"aaaaaaaaaaa1", "aaaaaaaaaaa2"}) in got
    assert frozenset({"bbbbbbbbbbb1", "ccccccccccc1"}) in got


def test_a_named_story_gathers_its_articles_under_its_name():
    reports = fixture_reports()
    reports[3] = release("bbbbbbbbbbb1", "peristiwa_lain_patroli_sungai.txt",
                         "2024-11-25T17:45", pinned="Pergeseran Kapuas Hulu")  # fmt: skip
    reports[4] = release("ccccccccccc1", "peristiwa_lampau_dikutip.txt",
                         "2024-11-29T10:20", pinned="Pergeseran Kapuas Hulu")  # fmt: skip
    stories = group_reports(reports)
    named = story_of(stories)["ccccccccccc1"]
    assert named.id == "pergeseran-kapuas-hulu"
    assert set(named.members) == {"bbbbbbbbbbb1", "ccccccccccc1"}
    assert named.lead == "bbbbbbbbbbb1"


def test_short_texts_are_never_grouped_automatically():
    stub = "Polres Kapuas Hulu menggeser 245 personel ke TPS pada Senin."
    assert text_signature(stub) == b""
    reports = [
        Report(f"{i:012x}", text_signature(stub), "2024-11-25") for i in range(3)
    ]
    assert all(len(s.members) == 1 for s in group_reports(reports))


def test_lsh_proposes_few_pairs_among_unrelated_texts():
    rng = random.Random(7)
    words = [f"kata{i}" for i in range(3000)]
    reports = [
        Report(
            f"{i:012x}",
            text_signature(" ".join(rng.choice(words) for _ in range(200))),
            "2024-11-25",
        )
        for i in range(200)
    ]
    assert len(candidate_pairs(reports)) < 20


def test_candidates_only_meet_on_neighbouring_days():
    body = text("siaran_pers_humas_polres.txt")
    same = [Report(f"{i:012x}", text_signature(body), day) for i, day in
            enumerate(("2024-11-25", "2024-11-26", "2024-11-28"))]  # fmt: skip
    assert candidate_pairs(same) == {(0, 1)}


def test_every_pair_in_a_long_run_of_equal_bands_is_a_candidate():
    """Five copies on one day (and one on a day apart, one pinned, one unsigned):
    every pair of the ones that may meet, each once, the rest in none."""
    body = text("siaran_pers_humas_polres.txt")
    days = ["2024-11-25"] * 5 + ["2024-11-30", "2024-11-25", "2024-11-25"]
    reports = [Report(f"{i:012x}", text_signature(body), d) for i, d in enumerate(days)]
    reports[6] = Report(reports[6].id, reports[6].signature, days[6], pinned="x")
    reports[7] = Report(reports[7].id, b"", days[7])
    pairs = candidate_pairs(reports)
    assert pairs == {(i, j) for i in range(5) for j in range(i + 1, 5)}


@pytest.mark.parametrize(
    "values",
    [
        [],
        [5],
        [3, 3, 3],
        [9, 1, 9, 4, 1],
        list(range(50, 0, -1)) * 2,
        [2**63, 0, 2**63],
    ],
)
def test_sorted_unique_is_numpys_unique(values):
    import numpy as np

    from arsip_core.similarity import sorted_unique

    array = np.array(values, dtype=np.uint64)
    assert sorted_unique(array).tolist() == np.unique(array).tolist()


def test_signature_estimates_the_jaccard_similarity_of_the_shingles():
    a = text("siaran_pers_humas_polres.txt")
    b = text("siaran_pers_portal_lokal.txt")
    sa, sb = shingles(a), shingles(b)
    exact = len(set(sa.tolist()) & set(sb.tolist())) / len(
        set(sa.tolist()) | set(sb.tolist())
    )
    assert abs(similarity(text_signature(a), text_signature(b)) - exact) < 0.15
    assert similarity(text_signature(a), text_signature(a)) == 1.0


def test_shingle_hashes_are_the_crc32_polynomial_of_their_words():
    """The signatures kept in content caches depend on these exact values."""
    import zlib

    text = (
        "Polres Sambas menyiagakan 120 personel di gudang logistik KPU, kata Kapolres."
    )
    words = [w.encode("utf-8") for w in text.lower().replace(",", "").split()]
    words[-1] = words[-1].rstrip(b".")
    mask = (1 << 61) - 1
    expected = set()
    for start in range(len(words) - 4):
        value = 0
        for word in words[start : start + 5]:
            value = (value * 1_000_003 + zlib.crc32(word)) & mask
        expected.add(value)
    assert sorted(expected) == shingles(text).tolist()


@pytest.mark.parametrize(
    "text",
    [
        "Apel Siaga di Polres Sambas, 120 personel_gabungan.",
        "\u201cKami siap,\u201d kata Kapolres \u2014 café di Singkawang.",
        "\u212aelvin \u0130stanbul STRASSE Stra\u00dfe",  # lower() makes these ASCII or not
        # Every ASCII character between words and at the ends.
        "".join(f"{chr(c)}ab{c}{chr(c)}" for c in range(128)),
        "".join(map(chr, range(128))) * 2,
    ],
)
def test_word_hashes_are_the_crc32_of_each_lower_cased_word(text):
    """ASCII texts are split as bytes: the same words, the same hashes."""
    import re
    import zlib

    expected = [zlib.crc32(w.encode()) for w in re.findall(r"\w+", text.lower())]
    assert word_hashes(text).tolist() == expected


def test_signature_is_datasketchs_affine64_minhash():
    """Signatures are computed without datasketch but must equal its MinHash, value
    for value: content caches of earlier builds keep them."""
    import numpy as np
    from datasketch import MinHash

    rng = random.Random(7)
    words = text("siaran_pers_humas_polres.txt").split()
    for _ in range(20):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(30, 900)))
        reference = MinHash(
            num_perm=128, seed=1, hashfunc=lambda v: v, scheme="affine64"
        )
        reference.update_batch(shingles(body).tolist())
        assert text_signature(body) == reference.hashvalues.astype(np.uint64).tobytes()


def test_signature_of_a_fixed_text_never_changes():
    """The same pin without the reference library (made with datasketch 2.0)."""
    import hashlib

    signature = text_signature(text("siaran_pers_humas_polres.txt"))
    assert len(signature) == 128 * 8
    assert (
        hashlib.sha1(signature).hexdigest()
        == "b576ac76cfc6fb9df1d094fc3429524cba1b9712"
    )


def copies(seed: int = 5) -> list[Report]:
    """Lightly edited copies of two releases over a few days, with their figures:
    many candidate and confirmed pairs, and look-alikes that the records keep apart."""
    rng = random.Random(seed)
    sources = [text("siaran_pers_humas_polres.txt").split(),
               text("peristiwa_lain_patroli_sungai.txt").split()]  # fmt: skip
    reports = []
    for i in range(60):
        words = list(sources[i % 2])
        for _ in range(rng.randrange(0, 12)):
            words[rng.randrange(len(words))] = f"kata{rng.randrange(50)}"
        day = f"2024-11-{20 + rng.randrange(4):02d}"
        reports.append(Report(
            f"{i:012x}", text_signature(" ".join(words)), day, day,
            "Kalimantan Barat", ("Polres Kapuas Hulu",),
            rng.choice((245, 245, 18, None)),
        ))  # fmt: skip
    return reports


@pytest.mark.parametrize("among", [[0], [3, 17], list(range(0, 60, 7)), []])
def test_candidates_among_some_reports_are_every_candidate_with_one_of_them(among):
    reports = copies()
    every = candidate_pairs(reports)
    assert len(every) > 100
    wanted = {p for p in every if p[0] in among or p[1] in among}
    assert candidate_pairs(reports, among) == wanted


def _edited(reports: list[Report], change: str) -> list[Report]:
    new = list(reports)
    if change == "added":
        new += [
            Report(**{**vars(r), "id": f"new{i:09x}"})
            for i, r in enumerate(copies(seed=9)[:3])
        ]
    elif change == "removed":
        del new[4:9]
    elif change == "figure":  # a pair of the last build no longer agrees
        for i in (2, 4, 6):
            new[i] = Report(**{**vars(new[i]), "personnel_total": 999})
    elif change == "pinned":
        new[2] = Report(**{**vars(new[2]), "pinned": "sendiri"})
        new[8] = Report(**{**vars(new[8]), "pinned": None})
    elif change == "text":  # another release's text: new pairs, old ones gone
        new[3] = Report(**{**vars(new[3]), "signature": new[0].signature})
    elif change == "reordered":
        random.Random(2).shuffle(new)
    return new


@pytest.mark.parametrize(
    "change", ["none", "added", "removed", "figure", "pinned", "text", "reordered"]
)
def test_kept_pairs_group_as_a_fresh_grouping(change):
    """A rebuild keeps the last build's pairs of unchanged reports: its stories and
    what it keeps are those of a grouping from nothing."""
    old = copies()
    old[8] = Report(**{**vars(old[8]), "pinned": "sendiri"})
    first, kept = group_reports_keeping(old, None)
    assert first == group_reports(old)
    assert any(len(s.members) > 2 for s in first)
    new = _edited(old, change)
    stories, keep = group_reports_keeping(new, kept)
    assert stories == group_reports(new)
    assert keep == group_reports_keeping(new, None)[1]


def test_nothing_is_kept_when_two_reports_share_an_id():
    reports = copies()
    reports[1] = Report(**{**vars(reports[1]), "id": reports[0].id})
    stories, keep = group_reports_keeping(reports, None)
    assert keep is None
    assert stories == group_reports(reports)
