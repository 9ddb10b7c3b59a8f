"""Reader guards the hostile corpus called for: front-matter keys Pelican turns into
paths and attributes, implausible dates, and YAML alias bombs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from arsip_reader.overrides import load_yaml_mapping
from arsip_reader.parse import ArticleRejected
from arsip_reader.reader import checked_pelican_metadata, implausible_date_warnings

TEMPLATES = frozenset({"article", "page"})


@pytest.mark.parametrize(
    "meta, expected, warned",
    [
        ({"slug": "pengamanan-ganda"}, {"slug": "pengamanan-ganda"}, False),
        ({"slug": "../../../tmp/jahat"}, {"slug": "tmp-jahat"}, True),
        ({"slug": "<script>"}, {"slug": "script"}, True),
        ({"slug": "///"}, {"slug": None}, True),
        ({"lang": "id"}, {"lang": "id"}, False),
        ({"lang": "en-GB"}, {"lang": "en-GB"}, False),
        ({"lang": 'id" onmouseover="alert(1)'}, {}, True),
        ({"lang": "../x"}, {}, True),
        ({"template": "article"}, {"template": "article"}, False),
        ({"template": "../../../../etc/passwd"}, {}, True),
        ({"template": "tidak-ada"}, {}, True),
        (
            {"status": "draft", "tags": "a, b"},
            {"status": "draft", "tags": "a, b"},
            False,
        ),
    ],
)
def test_checked_pelican_metadata(meta, expected, warned):
    clean, warnings = checked_pelican_metadata(meta, TEMPLATES)
    assert clean == expected
    assert bool(warnings) is warned


@pytest.mark.parametrize(
    "published, warned",
    [
        (None, False),
        (datetime(2024, 2, 14, tzinfo=ZoneInfo("Asia/Jakarta")), False),
        (datetime(2020, 1, 1), False),
        (datetime(2030, 12, 31), False),
        (datetime(1900, 1, 1), True),
        (datetime(2100, 12, 31), True),
    ],
)
def test_implausible_dates_are_warned(published, warned):
    assert bool(implausible_date_warnings(published)) is warned


def test_yaml_alias_bomb_is_rejected_before_it_explodes():
    levels = ['a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for name, prev in zip("bcdef", "abcde", strict=True):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(ArticleRejected, match="terlalu besar"):
        load_yaml_mapping("\n".join([*levels, "title: *f"]))


def test_ordinary_front_matter_is_not_too_big():
    values = load_yaml_mapping("title: Judul\ntags: [a, b, c]\nplaces: [Pontianak]")
    assert values["title"] == "Judul"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Tenggarong\u0085\u009b di Kukar", "Tenggarong di Kukar"),
        ("a\x0bb\x1fc\x7fd", "abcd"),
        ("tab\tdan spasi", "tab dan spasi"),
        ("baris\r\nbaru\rlagi", "baris\nbaru\nlagi"),
        ("\ufeffBOM", "BOM"),
        ("bukan\ufffekarakter", "bukankarakter"),
    ],
)
def test_characters_html_forbids_are_dropped(raw, expected):
    from arsip_reader.parse import normalise

    assert normalise(raw) == expected


def test_local_mean_time_offsets_become_whole_minutes():
    from arsip_reader.reader import whole_minute_offset

    jakarta = ZoneInfo("Asia/Jakarta")
    old = whole_minute_offset(datetime(1900, 1, 1, tzinfo=jakarta))
    assert old.isoformat() == "1900-01-01T00:00:00+07:07"
    modern = datetime(2024, 2, 14, 8, tzinfo=jakarta)
    assert whole_minute_offset(modern) is modern
    assert whole_minute_offset(None) is None
    assert whole_minute_offset(datetime(2024, 2, 14)) == datetime(2024, 2, 14)
