"""Pagefind reads only the article pages."""

import pytest

from arsip_search.indexer import article_glob, pagefind_command, pagefind_program


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


def test_pagefind_runs_the_binary_python_m_pagefind_would_run(tmp_path, monkeypatch):
    """No Python interpreter in between, the same binary as the package's own
    entry point; that entry point when no binary is found."""
    import sys

    from pagefind.service import get_executable

    assert pagefind_program() == [str(get_executable().resolve())]
    binary = tmp_path / "pagefind-lain"
    binary.write_text("")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(binary))
    assert pagefind_program() == [str(binary.resolve())]
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "tidak-ada"))
    assert pagefind_program() == [sys.executable, "-m", "pagefind"]


def test_site_without_articles_still_builds(make_content, tmp_path):
    from tests.conftest import build_site, read_report

    content = make_content(**{"kosong.txt": b""})
    output = build_site(content, tmp_path / "out")
    assert read_report(output)["summary"]["ditolak"] == 1
    assert not (output / "pagefind").exists()
