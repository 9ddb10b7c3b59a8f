"""Permanent article URLs and redirect pages of old ones, through real builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_core.urls import alias_paths, alias_save_as, path_slug
from tests.conftest import ROOT, build_site, read_report

ARTICLE = """---
title: {title}
published: 2024-02-10
personel: {personel}
{extra}---
Polres Sambas menggelar apel siaga menjelang pemungutan suara di Kabupaten Sambas.
"""


def _write(content: Path, name: str, title="Apel Siaga", personel=100, extra=""):
    (content / name).write_text(
        ARTICLE.format(title=title, personel=personel, extra=extra), "utf-8"
    )


def _urls(output: Path) -> dict[str, str]:
    return {f["source"]: f.get("url") for f in read_report(output)["files"]}


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    (folder / "pages").mkdir(parents=True)
    return folder


def _build(content: Path, tmp_path: Path, run: str) -> Path:
    return build_site(
        content,
        tmp_path / run,
        CACHE_PATH=str(tmp_path / "cache"),
        LOAD_CONTENT_CACHE=True,
        ARSIP_SEARCH_INDEX=False,
    )


def test_changing_title_date_or_fields_keeps_the_url(content, tmp_path):
    _write(content, "2024-02-10-sambas-apel.md")
    first = _urls(_build(content, tmp_path, "a"))["2024-02-10-sambas-apel.md"]
    assert first == "artikel/2024-02-10-sambas-apel/"
    _write(content, "2024-02-10-sambas-apel.md", title="Judul Dibetulkan", personel=7)
    output = _build(content, tmp_path, "b")
    assert _urls(output)["2024-02-10-sambas-apel.md"] == first
    page = (output / first / "index.html").read_text("utf-8")
    assert "Judul Dibetulkan" in page


def test_a_slug_set_by_the_maintainer_wins(content, tmp_path):
    _write(content, "a.md", extra="slug: apel-sambas-2024\n")
    output = _build(content, tmp_path, "a")
    assert _urls(output)["a.md"] == "artikel/apel-sambas-2024/"


def test_an_alias_becomes_a_redirect_page_to_the_article(content, tmp_path):
    _write(content, "baru.md", extra="aliases:\n  - /artikel/judul-lama/\n")
    output = _build(content, tmp_path, "a")
    redirect = output / "artikel" / "judul-lama" / "index.html"
    tree = LexborHTMLParser(redirect.read_text("utf-8"))
    assert tree.css_first('link[rel="canonical"]').attributes["href"] == (
        "/artikel/baru/"
    )
    refresh = tree.css_first('meta[http-equiv="refresh"]').attributes["content"]
    assert refresh == "0; url=/artikel/baru/"
    assert tree.css_first("main a").attributes["href"] == "/artikel/baru/"
    assert "noindex" in tree.css_first('meta[name="robots"]').attributes["content"]
    # Not a page of its own: not in the sitemap.
    assert "judul-lama" not in (output / "sitemap.xml").read_text("utf-8")


def test_an_alias_never_overwrites_another_article(content, tmp_path):
    _write(content, "satu.md")
    _write(content, "dua.md", extra="aliases: [artikel/satu/, '../luar', 'a b']\n")
    output = _build(content, tmp_path, "a")
    page = (output / "artikel" / "satu" / "index.html").read_text("utf-8")
    assert 'http-equiv="refresh"' not in page
    reasons = {f["source"]: f["reasons"] for f in read_report(output)["files"]}
    assert any("artikel/satu/" in r for r in reasons["dua.md"])
    assert any("'../luar'" in r for r in reasons["dua.md"])
    assert any("'a b'" in r for r in reasons["dua.md"])


def test_the_seed_articles_moved_and_their_old_urls_redirect(built_content):
    for sidecar in sorted((ROOT / "content").glob("*.yaml")):
        article = sidecar.with_suffix(".txt")
        new = f"/artikel/{article.stem}/"
        assert (built_content / new.strip("/") / "index.html").exists()
        paths, refused = alias_paths(
            __import__("yaml").safe_load(sidecar.read_text("utf-8"))["aliases"]
        )
        assert paths and not refused
        for path in paths:
            html = (built_content / alias_save_as(path)).read_text("utf-8")
            assert f'href="{new}"' in html


@pytest.mark.parametrize(
    ("relative", "slug"),
    [
        ("2024-02-14-kalbar-apel.txt", "2024-02-14-kalbar-apel"),
        ("2024/kalbar/Apel Siaga.md", "2024-kalbar-apel-siaga"),
        ("pages/tentang.md", "tentang"),
    ],
)
def test_path_slug(relative, slug):
    assert path_slug(relative, ["pages"]) == slug
