"""Taxonomy terms and province figures as pure functions (no Pelican)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from arsip_core.model import Official, Place, Record
from arsip_taxonomy.provinces import figures, figures_by_province, missing_pages
from arsip_taxonomy.terms import (
    TAXONOMIES,
    build_all,
    build_terms,
    newest_first,
    place_name,
    term_slug,
)

BY_ID = {t.id: t for t in TAXONOMIES}


def item(url: str, **fields) -> SimpleNamespace:
    return SimpleNamespace(url=url, record=Record(id=url, **fields))


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("kabupaten", "Sambas", "Kabupaten Sambas"),
        ("kota", "Pontianak", "Kota Pontianak"),
        ("kota", "Kota Pontianak", "Kota Pontianak"),
        ("kabupaten", "Kabupaten Kubu Raya", "Kabupaten Kubu Raya"),
        # "Kotawaringin" starts with "Kota" but is not prefixed by it.
        ("kabupaten", "Kotawaringin Barat", "Kabupaten Kotawaringin Barat"),
        ("provinsi", "Kalimantan Barat", "Kalimantan Barat"),
    ],
)
def test_place_name(kind, name, expected):
    assert place_name(kind, name) == expected


@pytest.mark.parametrize(
    ("taxonomy", "key", "expected"),
    [
        ("kegiatan", "pengamanan-tps", "pengamanan-tps"),
        ("pemilihan", "pilkada-2024", "pilkada-2024"),
        ("satuan", "Polresta Pontianak Kota", "polresta-pontianak-kota"),
        (
            "operasi",
            "Operasi Mantap Brata Kapuas 2024",
            "operasi-mantap-brata-kapuas-2024",
        ),
        ("pejabat", "Raden Petit Wijaya", "raden-petit-wijaya"),
        ("media", "***", "tanpa-nama"),
    ],
)
def test_term_slug(taxonomy, key, expected):
    assert term_slug(taxonomy, key) == expected


def test_newest_first_puts_unknown_dates_last_and_breaks_ties_by_url():
    items = [
        item("b", published=None),
        item("c", published="2024-02-14T08:00:00+07:00"),
        item("a", published="2024-02-14T09:00:00+08:00"),  # same instant as c
        item("d", published="2024-11-27T10:00:00+08:00"),
    ]
    assert [i.url for i in newest_first(items)] == ["d", "a", "c", "b"]


def test_activity_terms_count_each_article_once():
    items = [
        item("1", activities=("patroli", "apel")),
        item("2", activities=("patroli", "patroli")),
        item("3", activities=()),
    ]
    terms = {t.slug: t for t in build_terms(items, BY_ID["kegiatan"])}
    assert {slug: t.count for slug, t in terms.items()} == {"patroli": 2, "apel": 1}
    assert terms["apel"].name.startswith("Apel")


def test_spellings_that_slug_alike_are_one_term_named_by_the_commonest():
    items = [
        item("1", police_units=("Polres Sambas",)),
        item("2", police_units=("POLRES SAMBAS",)),
        item("3", police_units=("Polres Sambas",)),
    ]
    (term,) = build_terms(items, BY_ID["satuan"])
    assert (term.slug, term.name, term.count) == ("polres-sambas", "Polres Sambas", 3)


def test_place_index_holds_kabupaten_and_kota_only():
    places = (
        Place("Sambas", "kabupaten", "Kalimantan Barat"),
        Place("Kalimantan Barat", "provinsi", "Kalimantan Barat"),
        Place("Kota Pontianak", "kota", "Kalimantan Barat"),
    )
    terms = build_terms([item("1", places=places)], BY_ID["tempat"])
    assert [t.name for t in terms] == ["Kabupaten Sambas", "Kota Pontianak"]


def test_officials_are_keyed_by_name_not_rank():
    items = [
        item("1", officials=(Official("AKBP", "Budi Santoso", "Kapolres Sambas"),)),
        item("2", officials=(Official("Kombes Pol", "Budi Santoso"),)),
    ]
    (term,) = build_terms(items, BY_ID["pejabat"])
    assert term.count == 2


def test_related_terms_rank_by_shared_articles():
    items = [
        item("1", outlet="Antara", activities=("patroli",), election="pilkada-2024"),
        item("2", outlet="Antara", activities=("patroli",)),
        item("3", outlet="Tribun", activities=("apel",)),
    ]
    result = build_all(items, related_limit=2)
    patroli = next(t for t in result["kegiatan"] if t.slug == "patroli")
    assert [(t.taxonomy, t.slug, n) for t, n in patroli.related] == [
        ("media", "antara", 2),
        ("pemilihan", "pilkada-2024", 1),
    ]
    assert all(t is not patroli for t, _ in patroli.related)


def test_related_terms_equal_a_plain_count_over_every_pair():
    # Many ties at the cut (counts 1-3), so the order by name then key decides.
    rng = random.Random(7)
    outlets, activities = ["Antara", "Tribun", "Kompas", "RRI"], ["patroli", "apel"]
    items = [
        item(
            str(n),
            outlet=rng.choice(outlets),
            activities=tuple(rng.sample(activities, rng.randint(0, 2))),
            election=rng.choice(["pilkada-2024", "pemilu-2024", None]),
            province=rng.choice(["Kalimantan Barat", "Kalimantan Timur"]),
        )
        for n in range(40)
    ]
    result = build_all(items, related_limit=3)
    every = [term for terms in result.values() for term in terms]
    for term in every:
        shared = []
        for other in every:
            n = len({id(i) for i in term.items} & {id(i) for i in other.items})
            if other is not term and n:
                shared.append((-n, other.name, (other.taxonomy, other.slug), other))
        expected = [(other, -n) for n, _name, _key, other in sorted(shared)[:3]]
        assert term.related == expected


def test_every_term_lists_its_items_as_newest_first_would():
    # build_all sorts the items once; each term's share must be what sorting the
    # term's own items gives, ties (same instant, same URL) in the items' order.
    rng = random.Random(11)
    stamps = [None, "2024-02-14T08:00:00+07:00", "2024-02-14T09:00:00+08:00"]
    items = [
        item(
            rng.choice("abc"),
            published=rng.choice(stamps),
            outlet=rng.choice(["Antara", "Tribun"]),
            activities=tuple(rng.sample(["patroli", "apel"], rng.randint(0, 2))),
        )
        for _ in range(60)
    ]
    for taxonomy, terms in build_all(items).items():
        alone = {t.slug: t.items for t in build_terms(items, BY_ID[taxonomy])}
        for term in terms:
            ids = {id(i) for i in term.items}
            own = [i for i in items if id(i) in ids]
            assert [id(i) for i in term.items] == [id(i) for i in newest_first(own)]
            assert [id(i) for i in alone[term.slug]] == [id(i) for i in term.items]


def test_missing_province_pages():
    assert missing_pages(["Kalimantan Barat", "Provinsi tidak diketahui"]) == [
        "Kalimantan Tengah",
        "Kalimantan Selatan",
        "Kalimantan Timur",
        "Kalimantan Utara",
        "luar Kalimantan",
    ]


def test_figures_personnel_per_election_and_activities_in_display_order():
    items = [
        item("1", election="pemilu-2024", personnel_total=3294, activities=("apel",)),
        item("2", election="pemilu-2024", personnel_total=361),
        item("3", election="pilkada-2024", personnel_total=5, activities=("patroli",)),
        item("4", election="pilkada-2024", activities=("patroli", "apel")),
    ]
    fig = figures("Kalimantan Barat", items)
    assert fig.articles == 4
    assert [(p.election, p.reports, p.largest, p.total) for p in fig.personnel] == [
        ("pemilu-2024", 2, 3294, 3655),
        ("pilkada-2024", 1, 5, 5),
    ]
    assert fig.activities == (("apel", 2), ("patroli", 2))


def test_figures_by_province_includes_empty_and_unknown():
    items = [item("1", province="Kalimantan Utara"), item("2", province=None)]
    result = figures_by_province(items, ["Kalimantan Barat"], "tidak diketahui")
    assert {k: v.articles for k, v in result.items()} == {
        "Kalimantan Barat": 0,
        "Kalimantan Utara": 1,
        "tidak diketahui": 1,
    }
