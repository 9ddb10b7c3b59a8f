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
