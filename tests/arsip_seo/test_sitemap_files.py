"""arsip_seo.sitemap.html_files: the pages the sitemap reads, in pathlib's order."""

from __future__ import annotations

from arsip_seo.sitemap import collect, html_files


def test_html_files_are_found_in_the_order_of_rglob(tmp_path):
    # "-" sorts before "/" as text but a folder's own pages come first by segments.
    for name in ("a/index.html", "a-b/index.html", "a/x/y.html", "b.html", "c.xml"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<html></html>", encoding="utf-8")
    (tmp_path / "folder.html").mkdir()  # a folder named like a page is no page
    expected = [
        p.relative_to(tmp_path).parts
        for p in sorted(tmp_path.rglob("*.html"))
        if p.is_file()
    ]
    assert html_files(tmp_path) == expected
    assert expected[0] == ("a", "index.html")


def test_collect_keeps_the_first_page_of_a_canonical_url(tmp_path):
    head = '<head><link rel="canonical" href="https://x.id/a/">{}</head>'
    meta = '<meta property="article:published_time" content="{}">'
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(head.format(meta.format("2024-01-01")))
    (tmp_path / "a-b.html").write_text(head.format(meta.format("2024-02-02")))
    (tmp_path / "404.html").write_text(head.replace("/a/", "/404/"))
    entries = collect(tmp_path, skip=["404.html"])
    assert [(e.loc, e.lastmod) for e in entries] == [("https://x.id/a/", "2024-01-01")]
