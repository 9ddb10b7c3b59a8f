"""PLUGINS order does not matter: reversed, the same site is built."""

from __future__ import annotations

from pelican.settings import read_settings

from tests.conftest import ROOT, build_site


def _files(output):
    return {
        p.relative_to(output).as_posix(): p.read_bytes()
        for p in sorted(output.rglob("*"))
        if p.is_file()
    }


def test_reversed_plugins_build_the_same_site(tmp_path):
    plugins = read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    assert plugins[0] == "arsip_site"  # the order this test turns around
    same = build_site(ROOT / "content", tmp_path / "a", ARSIP_SEARCH_INDEX=False)
    turned = build_site(
        ROOT / "content",
        tmp_path / "b",
        ARSIP_SEARCH_INDEX=False,
        PLUGINS=list(reversed(plugins)),
    )
    first, second = _files(same), _files(turned)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
