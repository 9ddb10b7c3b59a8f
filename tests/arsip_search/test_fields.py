"""Unit tables for the Pagefind fields of a record (no Pelican, no Pagefind)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from arsip_core.model import Place, Record
from arsip_search.fields import (
    FILTER_ACTIVITY,
    FILTER_ELECTION,
    FILTER_MONTH,
    FILTER_OUTLET,
    FILTER_PLACE,
    FILTER_PROVINCE,
    FILTER_UNIT,
    SearchFields,
    filter_choices,
    month_value,
    record_day,
    search_fields,
)
from arsip_search.indexer import base_path, parse_counts
from arsip_search.plugin import kept_fields, start_fields


@pytest.mark.parametrize(
    ("published", "event_date", "expected"),
    [
        ("2024-02-05T07:25:00+07:00", None, date(2024, 2, 5)),
        # A WITA evening is still that day in the article's own zone.
        ("2024-11-27T23:30:00+08:00", "2024-11-26", date(2024, 11, 27)),
        (None, "2024-02-03", date(2024, 2, 3)),
        (None, None, None),
        ("bukan tanggal", "2024-02-03", date(2024, 2, 3)),
    ],
)
def test_record_day(published, event_date, expected):
    record = Record(published=published, event_date=event_date)
    assert record_day(record) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 2, 5), "2024-02 Februari"),
        (date(2024, 11, 27), "2024-11 November"),
        (date(2024, 12, 1), "2024-12 Desember"),
    ],
)
def test_month_value_sorts_by_time(day, expected):
    assert month_value(day) == expected


def test_filters_of_a_full_record():
    record = Record(
        published="2024-02-05T07:25:00+07:00",
        province="Kalimantan Barat",
        places=(
            Place("Kota Pontianak", "kota", "Kalimantan Barat"),
            Place("Kalimantan Barat", "provinsi", "Kalimantan Barat"),
            Place("Kota Pontianak", "kota", "Kalimantan Barat"),
        ),
        police_units=("Polda Kalbar", "Polres Sambas"),
        election="pemilu-2024",
        activities=("apel", "patroli"),
        outlet="Antara",
    )
    fields = search_fields(
        record,
        election_labels={"pemilu-2024": "Pemilu 2024"},
        activity_labels={"apel": "Apel"},
    )
    assert fields.filters == (
        (FILTER_PROVINCE, "Kalimantan Barat"),
        (FILTER_PLACE, "Kota Pontianak"),
        (FILTER_ELECTION, "Pemilu 2024"),
        (FILTER_ACTIVITY, "Apel"),
        (FILTER_ACTIVITY, "patroli"),
        (FILTER_UNIT, "Polda Kalbar"),
        (FILTER_UNIT, "Polres Sambas"),
        (FILTER_OUTLET, "Antara"),
        (FILTER_MONTH, "2024-02 Februari"),
    )
    assert dict(fields.sorts) == {"terbaru": "2024-02-05", "terlama": "2024-02-05"}
    assert dict(fields.meta) == {
        "media": "Antara",
        "tanggal": "5 Februari 2024",
        "provinsi": "Kalimantan Barat",
    }
    # Words for a place query: each place once, the province, the units.
    assert fields.terms == (
        "Kota Pontianak",
        "Kalimantan Barat",
        "Polda Kalbar",
        "Polres Sambas",
    )


def test_place_terms_hold_the_dateline_and_the_bare_and_full_place_names():
    record = Record(
        dateline_place="Tarakan",
        province="Kalimantan Utara",
        places=(Place("Tarakan", "kota", "Kalimantan Utara"),),
    )
    assert search_fields(record).terms == (
        "Tarakan",
        "Kota Tarakan",
        "Kalimantan Utara",
    )


def test_empty_record_keeps_sort_keys_so_sorting_does_not_drop_it():
    fields = search_fields(Record(), outlet=" ")
    assert fields.filters == ()
    sorts = dict(fields.sorts)
    # Newest-first puts it after every real date, oldest-first too.
    assert sorts["terbaru"] < "1900" and sorts["terlama"] > "9000"
    assert dict(fields.meta) == {"tanggal": "tanggal tidak diketahui"}


def test_filter_values_cannot_make_tags_in_the_ui():
    """Pagefind UI puts filter values into its labels as HTML."""
    fields = search_fields(
        Record(
            police_units=("<img src=x onerror=alert(1)>", "Polres A & B"),
            outlet="<script>alert(2)</script>",
        )
    )
    assert dict((v, n) for n, v in fields.filters) == {
        "‹img src=x onerror=alert(1)›": FILTER_UNIT,
        "Polres A & B": FILTER_UNIT,
        "‹script›alert(2)‹/script›": FILTER_OUTLET,
    }
    # Result metadata is shown as text by the UI: it stays as written.
    assert dict(fields.meta)["media"] == "<script>alert(2)</script>"


def test_site_name_is_the_outlet_fallback():
    fields = search_fields(Record(), outlet="ANTARA Kaltara")
    assert (FILTER_OUTLET, "ANTARA Kaltara") in fields.filters


@pytest.mark.parametrize(
    ("siteurl", "expected"),
    [
        ("", "/"),
        ("http://localhost:8000", "/"),
        ("https://user.github.io/repo", "/repo/"),
        ("https://user.github.io/repo/", "/repo/"),
        ("https://contoh.id/a/b", "/a/b/"),
    ],
)
def test_base_path(siteurl, expected):
    assert base_path(siteurl) == expected


def test_parse_counts_reads_pagefind_summary():
    stdout = (
        "Total: \n  Indexed 1 language\n  Indexed 12 pages\n  Indexed 538 words\n"
        "  Indexed 8 filters\n  Indexed 2 sorts\n"
    )
    assert parse_counts(stdout) == {"page": 12, "word": 538, "filter": 8, "sort": 2}


def test_filter_choices_count_values_in_display_order():
    def fields(*filters):
        return SearchFields(filters=filters, sorts=(), meta=())

    choices = dict(
        filter_choices(
            [
                fields(("Bulan", "2024-02 Februari"), ("Provinsi", "Kalimantan Timur")),
                fields(("Bulan", "2023-12 Desember"), ("Provinsi", "Kalimantan Barat")),
                fields(("Bulan", "2024-02 Februari"), ("Provinsi", "Kalimantan Timur")),
            ]
        )
    )
    # FILTER_NAMES order; filters no article has are left out.
    assert list(choices) == ["Provinsi", "Bulan"]
    assert [(c.value, c.count) for c in choices["Provinsi"]] == [
        ("Kalimantan Barat", 1),
        ("Kalimantan Timur", 2),
    ]
    # Months newest first, shown as readers say them; the value stays Pagefind's.
    assert [(c.value, c.label) for c in choices["Bulan"]] == [
        ("2024-02 Februari", "Februari 2024"),
        ("2023-12 Desember", "Desember 2023"),
    ]


def test_filter_choices_name_the_shards_that_hold_a_value():
    """A value held by some shards lists them (the page loads only those when it is
    picked); a value in every shard lists none (nothing to skip)."""

    def fields(*filters):
        return SearchFields(filters=filters, sorts=(), meta=())

    choices = dict(
        filter_choices(
            [
                fields(("Provinsi", "Kalimantan Timur"), ("Media", "Kaltim Today")),
                fields(("Provinsi", "Kalimantan Timur"), ("Media", "Kaltim Today")),
                fields(("Provinsi", "Kalimantan Barat"), ("Media", "Kaltim Today")),
                fields(("Provinsi", "Kalimantan Barat")),
            ],
            shard_of=[0, 1, 2, None],  # the last is in no shard (not published)
            shard_count=3,
        )
    )
    shards = {c.value: c.shards for group in choices.values() for c in group}
    assert shards == {
        "Kalimantan Timur": (0, 1),
        "Kalimantan Barat": (2,),
        "Kaltim Today": (),  # in every shard
    }


class _Article:
    def __init__(self, n: int) -> None:
        self.n = n


def _helper_fields(monkeypatch):
    """``pagefind_fields`` over toy articles, with a second CPU and no minimum."""
    import arsip_incremental.parallel as parallel

    monkeypatch.setattr(parallel, "usable_cpus", lambda: 2)
    monkeypatch.setattr(parallel, "MIN_PAGES", 1)
    made = kept_fields(lambda a: (a.n, os.getpid()), {}, "id")
    return made, [_Article(n) for n in range(40)]


def test_search_fields_made_by_a_helper_are_kept_as_if_made_here(monkeypatch):
    made, articles = _helper_fields(monkeypatch)
    pending = start_fields({}, made, articles)
    assert pending is not None
    pending.take()
    values = [made(a) for a in articles]
    assert [n for n, _pid in values] == list(range(40))
    assert all(pid != os.getpid() for _n, pid in values)  # none made again here


def test_a_failed_search_fields_helper_has_them_made_here(monkeypatch):
    import arsip_search.plugin as search_plugin

    made, articles = _helper_fields(monkeypatch)

    def crash(*_args):
        raise RuntimeError("rusak")

    monkeypatch.setattr(search_plugin, "_fields_in_helper", crash)
    pending = start_fields({}, made, articles)
    pending.take()
    assert [made(a) for a in articles] == [(n, os.getpid()) for n in range(40)]


def test_few_articles_have_their_search_fields_made_here(monkeypatch):
    made, articles = _helper_fields(monkeypatch)
    assert start_fields({"ARSIP_WRITER_PROCESSES": 1}, made, articles) is None
