"""Issue 19: the home page lists the newest articles once; /semua/ is paginated."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from tests.temu import SLUGS, build_temu


def test_home_is_one_page_and_the_archive_is_paginated(tmp_path_factory):
    site = build_temu(
        tmp_path_factory,
        DEFAULT_PAGINATION=1,
        PAGINATED_TEMPLATES={"tag": None, "category": None, "archives": 2},
        ARSIP_SEARCH_INDEX=False,
    )
    home = LexborHTMLParser((site / "index.html").read_text(encoding="utf-8"))
    assert len(home.css("ol.daftar li.butir")) == 1
    assert home.css_first('main a[href="/semua/"]') is not None
    assert not (site / "halaman").exists()  # no second copy of /semua/
    pages = [site / "semua" / "index.html", site / "semua/halaman/2/index.html"]
    listed = [
        len(LexborHTMLParser(p.read_text(encoding="utf-8")).css("ol.daftar li"))
        for p in pages
    ]
    assert listed == [2, len(SLUGS) - 2]
