"""Pagefind runs while Pelican writes the rest of the site, and is awaited at the end."""

from __future__ import annotations

import shutil

import pytest

import arsip_core.state as build_states
import arsip_search.plugin as search_plugin
from arsip_core.keys import SEARCH_SLOT
from arsip_search.indexer import SearchIndexFailed
from tests.conftest import build_site
from tests.temu import SLUGS, TEMU


@pytest.fixture
def content(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(TEMU, folder)
    (folder / "pages").mkdir(exist_ok=True)
    return folder


def test_pagefind_starts_once_the_article_pages_are_written(
    content, tmp_path, monkeypatch
):
    seen = {}
    start = search_plugin.start_shards

    def spy(site, *args, **kwargs):
        seen["articles"] = sorted(
            p.parent.name for p in site.glob("artikel/*/index.html")
        )
        # The listings, open data and index pages come later, written while
        # Pagefind works: it starts with the last article page.
        seen["home"] = (site / "index.html").exists()
        seen["archive"] = (site / "semua").exists()
        seen["data"] = (site / "data").exists()
        seen["indexes"] = (site / "indeks").exists()
        return start(site, *args, **kwargs)

    monkeypatch.setattr(search_plugin, "start_shards", spy)
    output = build_site(content, tmp_path / "output")
    assert seen == {
        "articles": sorted(SLUGS.values()),
        "home": False,
        "archive": False,
        "data": False,
        "indexes": False,
    }
    # ...and the build waited for it: the bundle is complete.
    entries = sorted(output.glob("pagefind/bagian/*/pagefind-entry.json"))
    assert [p.parent.name for p in entries] == ["2024", "tanpa-tanggal"]
    assert not build_states._OPEN  # the build closed its state: nothing left running


def test_a_failed_pagefind_run_fails_the_build(content, tmp_path, monkeypatch):
    def broken(site, bundle_subdir, language):
        return ["false"]  # a Pagefind that fails

    monkeypatch.setattr("arsip_search.shards.shard_command", broken)
    with pytest.raises(SearchIndexFailed, match="Pagefind gagal"):
        build_site(content, tmp_path / "output")
    # The failed build's Pagefind run ended; its state closes with the next build
    # (or at exit).
    failed = [s for s in build_states._OPEN if SEARCH_SLOT in s.slots]
    assert failed and all(s.slots[SEARCH_SLOT].run is None for s in failed)
    for state in failed:
        state.close()
