"""The link to the original: warned when missing or only a front page, and shown as
"Baca di sumber asli" on every article page that has one (a real build)."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_core.model import Record
from arsip_core.urls import is_home_page
from arsip_core.warnings import WarningCode, code_of
from arsip_reader.pipeline import checked_source
from tests.conftest import build_site, read_export, read_report

ARTICLE = """---
title: Apel Siaga {name}
published: 2024-02-10
{url}---
Polres Sambas menggelar apel siaga menjelang pemungutan suara.
"""
URLS = {
    "berita": "url: https://contoh.example/berita/2024/02/10/apel-siaga\n",
    "depan": "url: https://contoh.example/\n",
    "tanpa": "",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("sumber")
    content = root / "content"
    (content / "pages").mkdir(parents=True)
    for name, url in URLS.items():
        (content / f"{name}.md").write_text(ARTICLE.format(name=name, url=url), "utf-8")
    return build_site(content, root / "output", ARSIP_SEARCH_INDEX=False)


def _page(output, name):
    path = output / "artikel" / name / "index.html"
    return LexborHTMLParser(path.read_text("utf-8"))


def test_an_article_with_a_source_links_it_clearly(built):
    link = _page(built, "berita").css_first("a.sumber-asli")
    assert link.text(strip=True) == "Baca di sumber asli"
    assert link.attributes["href"] == (
        "https://contoh.example/berita/2024/02/10/apel-siaga"
    )


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("depan", "hanya halaman depan situs"), ("tanpa", "tidak diketahui")],
)
def test_a_missing_or_front_page_source_is_warned_and_not_linked(built, name, fragment):
    assert _page(built, name).css_first("a.sumber-asli") is None
    entry = {e["source"]: e for e in read_report(built)["files"]}[f"{name}.md"]
    assert any(fragment in reason for reason in entry["reasons"])
    records = json.loads(read_export(built, "arsip.json"))
    (record,) = [r for r in records["records"] if r["source_file"] == f"{name}.md"]
    assert record["url"] is None  # a front page is not exported as the source


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("http://KARAWANG.IWO.OR.ID", True),
        ("https://contoh.example/", True),
        ("https://contoh.example/index.php", True),
        ("https://contoh.example/?p=123", False),
        ("https://contoh.example/berita/123", False),
        ("https://contoh.example/2024/02/apel.html", False),
    ],
)
def test_front_pages_are_told_apart_from_articles(url, home):
    assert is_home_page(url) is home


def test_checked_source_codes_its_warnings():
    (warning,) = checked_source(Record(url="https://a.example/")).warnings
    assert code_of(warning) is WarningCode.SOURCE_HOME_PAGE
    (warning,) = checked_source(Record()).warnings
    assert code_of(warning) is WarningCode.SOURCE_MISSING
    assert checked_source(Record(url="https://a.example/b/1")).warnings == ()
