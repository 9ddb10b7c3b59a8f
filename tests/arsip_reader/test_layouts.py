"""Pages pasted whole, one per layout family, in our own words (issue 11).

Each ``tests/fixtures/layouts/<family>.txt`` reproduces the frame of one kind of news
page (site name, kicker, breadcrumb, byline, caption, stamp format, dateline form and
tail) around an invented story; ``<family>.expected.json`` holds the fields the frame
decides. The values are compared as ``benchmarks/extraction.py --real`` compares them.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from arsip_core.warnings import field_of
from arsip_reader.parse import decode, parse_raw_text, split_front_matter
from arsip_reader.pipeline import read_article

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"
CASES = sorted(LAYOUTS.glob("*.txt"))
TZ = ZoneInfo("Asia/Jakarta")
KEYS = {"title", "published", "outlet", "dateline_place", "author", "body_starts",
        "body_ends", "warnings", "paragraphs"}  # fmt: skip


def _outlet(value: str | None) -> str | None:
    """Case, spaces, punctuation and a trailing domain ending do not count."""
    if value is None:
        return None
    value = re.sub(r"\.(?:co\.id|go\.id|com|id|net|co)$", "", value.strip().lower())
    return re.sub(r"[\W_]+", "", value)


def _same_published(got: str | None, expected: str | None) -> bool:
    if expected is None or got is None:
        return got == expected
    if "T" not in expected:
        return got[:10] == expected
    want, have = datetime.fromisoformat(expected), datetime.fromisoformat(got)
    if want.tzinfo is None:
        return have.replace(tzinfo=None, second=0) == want
    return have == want and have.utcoffset() == want.utcoffset()


def test_there_are_at_least_25_families_each_with_its_record():
    assert len(CASES) >= 25
    for path in CASES:
        expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
        assert set(expected) <= KEYS, path.name
        assert {"title", "published", "outlet", "dateline_place"} <= set(expected)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_layout_family(path):
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    record = read_article(path, path.name, tz=TZ).record
    assert record.title == expected["title"]
    assert _same_published(record.published, expected["published"]), record.published
    assert _outlet(record.outlet) == _outlet(expected["outlet"]), record.outlet
    got_place = record.dateline_place.lower() if record.dateline_place else None
    want_place = expected["dateline_place"]
    assert got_place == (want_place.lower() if want_place else None)
    if "author" in expected:
        assert record.author == expected["author"]
    for warning in expected.get("warnings", []):
        assert any(warning in w for w in record.warnings), record.warnings
    if not expected.get("warnings"):
        # No warning about the title (a doubt about another field may name "judul").
        about_title = [
            w
            for w in record.warnings
            if field_of(w) == "title" or (field_of(w) is None and "judul" in w)
        ]
        assert not about_title, record.warnings

    # The story alone: no header line before it, no list or prompt after it.
    text = split_front_matter(decode(path.read_bytes()))[1]
    paragraphs = parse_raw_text(text, path.name).paragraphs
    assert paragraphs[0].startswith(expected["body_starts"]), paragraphs[0]
    assert paragraphs[-1].endswith(expected["body_ends"]), paragraphs[-1]
    assert len(paragraphs) == expected["paragraphs"], paragraphs
