"""Pagefind reads only the article pages."""

import pytest

from arsip_search.indexer import article_glob, pagefind_command


@pytest.mark.parametrize(
    "save_as, expected",
    [
        ("artikel/{slug}/index.html", "artikel/*/index.html"),
        ("{date:%Y}/{slug}.html", "*/*.html"),
    ],
)
def test_article_glob(save_as, expected):
    assert article_glob(save_as) == expected


def test_command_passes_the_glob(tmp_path):
    command = pagefind_command(tmp_path, "pagefind", "id", "artikel/*/index.html")
    assert command[-2:] == ["--glob", "artikel/*/index.html"]


def test_site_without_articles_still_builds(make_content, tmp_path):
    from tests.conftest import build_site, read_report

    content = make_content(**{"kosong.txt": b""})
    output = build_site(content, tmp_path / "out")
    assert read_report(output)["summary"]["ditolak"] == 1
    assert not (output / "pagefind").exists()
