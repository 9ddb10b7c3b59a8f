"""Readers can report a mistake: /tentang/ links to ARSIP_CORRECTIONS_URL and every
article page has a prefilled "Laporkan kesalahan" link (real builds)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_core.settings import DEFAULTS, derive_corrections, repository_url
from tests.conftest import ROOT, build_site, read_report

ISSUES = "https://github.com/contoh/arsip-fork/issues/new"


def _html(path):
    return LexborHTMLParser(path.read_text("utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("koreksi")
    return build_site(
        ROOT / "content",
        root / "output",
        ARSIP_CORRECTIONS_URL=ISSUES,
        ARSIP_SEARCH_INDEX=False,
    )


def test_the_about_page_links_to_the_corrections_url(built):
    page = _html(built / "tentang" / "index.html")
    hrefs = [a.attributes["href"] for a in page.css("main a.laporkan")]
    assert hrefs == [ISSUES]
    assert page.css_first("#melaporkan-koreksi") is not None


def test_every_article_page_has_a_prefilled_report_link(built):
    articles = [
        e
        for e in read_report(built)["files"]
        if e.get("url") and "artikel/" in e["url"]
    ]
    assert len(articles) >= 5
    for entry in articles:
        page = _html(built / entry["url"] / "index.html")
        link = page.css_first("a.laporkan")
        assert link.text(strip=True) == "Laporkan kesalahan"
        href = link.attributes["href"]
        assert href.startswith(ISSUES + "?")
        query = parse_qs(urlsplit(href).query)
        record_id = page.css_first(".kutip-rekaman code").text()
        assert record_id in query["title"][0]
        assert f"/{entry['url']}" in query["body"][0]
        assert record_id in query["body"][0]


def test_reader_pages_use_no_english_jargon(built):
    for path in built.rglob("*.html"):
        text = _html(path).body.text().lower()
        assert "front matter" not in text, path
        assert "sidecar" not in text, path


@pytest.mark.parametrize(
    ("environ", "origin", "expected"),
    [
        ({"GITHUB_REPOSITORY": "fork/arsip"}, None, "https://github.com/fork/arsip"),
        (
            {"GITHUB_REPOSITORY": "o/r", "GITHUB_SERVER_URL": "https://ghe.contoh"},
            "git@github.com:lain/x.git",
            "https://ghe.contoh/o/r",
        ),
        ({}, "git@github.com:fork/arsip.git", "https://github.com/fork/arsip"),
        ({}, "https://github.com/fork/arsip.git", "https://github.com/fork/arsip"),
        ({}, "https://gitlab.com/fork/arsip.git", ""),
        ({}, None, ""),
    ],
)
def test_the_repository_is_the_one_ci_builds_or_the_clones_origin(
    environ, origin, expected
):
    assert repository_url(environ, origin) == expected


def test_corrections_default_to_the_forks_issues_and_a_setting_wins():
    settings = dict(DEFAULTS)
    derive_corrections(settings, environ={"GITHUB_REPOSITORY": "fork/arsip"})
    assert settings["ARSIP_CORRECTIONS_URL"] == (
        "https://github.com/fork/arsip/issues/new"
    )
    settings = dict(DEFAULTS, ARSIP_CORRECTIONS_URL="mailto:koreksi@contoh.id")
    derive_corrections(settings, environ={"GITHUB_REPOSITORY": "fork/arsip"})
    assert settings["ARSIP_CORRECTIONS_URL"] == "mailto:koreksi@contoh.id"


def test_a_build_in_ci_links_the_forks_issues(tmp_path, monkeypatch, make_content):
    monkeypatch.setenv("GITHUB_REPOSITORY", "fork/arsip")
    content = make_content(
        **{"a.md": "---\ntitle: Apel\npublished: 2024-02-10\n---\nApel siaga.\n"}
    )
    output = build_site(content, tmp_path / "out", ARSIP_SEARCH_INDEX=False)
    link = _html(output / "artikel" / "a" / "index.html").css_first("a.laporkan")
    assert link.attributes["href"].startswith(
        "https://github.com/fork/arsip/issues/new?"
    )
