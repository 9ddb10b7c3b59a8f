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


def _page(path, loc, day=None):
    meta = f'<meta property="article:published_time" content="{day}">' if day else ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<head><link rel="canonical" href="{loc}">{meta}</head>')


def test_collect_reads_again_only_the_pages_that_changed(tmp_path, monkeypatch):
    import os

    import arsip_seo.sitemap as sitemap

    _page(tmp_path / "a" / "index.html", "https://x.id/a/", "2024-01-01")
    _page(tmp_path / "b" / "index.html", "https://x.id/b/")
    _page(tmp_path / "c.html", "https://x.id/c/")
    known: dict = {}
    first = collect(tmp_path, known=known)
    assert set(known) == {"a/index.html", "b/index.html", "c.html"}
    assert first == collect(tmp_path)

    read = []
    parse = sitemap.entry_of
    monkeypatch.setattr(
        sitemap, "entry_of", lambda html: read.append(html) or parse(html)
    )
    # Rewritten in place (same inode) with a new date; another one removed.
    page = tmp_path / "a" / "index.html"
    stat = page.stat()
    _page(page, "https://x.id/a/", "2024-09-09")
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    (tmp_path / "c.html").unlink()
    second = sitemap.collect(tmp_path, known=known)
    assert len(read) == 1 and "2024-09-09" in read[0]
    assert [(e.loc, e.lastmod) for e in second] == [
        ("https://x.id/a/", "2024-09-09"),
        ("https://x.id/b/", None),
    ]
    assert set(known) == {"a/index.html", "b/index.html"}
    assert second == collect(tmp_path)


def test_the_known_entries_survive_json_and_garbage_is_forgotten(tmp_path):
    from arsip_seo.sitemap import dump_known, load_known

    _page(tmp_path / "a.html", "https://x.id/a/", "2024-01-01")
    (tmp_path / "b.html").write_text("<head></head>")  # no canonical: no entry
    known: dict = {}
    collect(tmp_path, known=known)
    assert load_known(dump_known(known)) == known
    assert known["b.html"][1] is None
    assert load_known("{not json") == {}
    assert load_known('{"a.html": 3}') == {}


def test_entries_read_ahead_spare_collect_those_pages(tmp_path, monkeypatch):
    import arsip_seo.sitemap as sitemap

    _page(tmp_path / "a" / "index.html", "https://x.id/a/", "2024-01-01")
    _page(tmp_path / "b" / "index.html", "https://x.id/b/")
    _page(tmp_path / "c.html", "https://x.id/c/")
    kept: dict = {}
    collect(tmp_path, known=kept)
    _page(tmp_path / "b" / "index.html", "https://x.id/b2/")  # a new file (inode)
    # Read ahead: the pages the last table lacks or that changed, missing ones
    # left out.
    early = sitemap.read_entries(
        tmp_path, ["a/index.html", "b/index.html", "x/index.html"], kept
    )
    assert set(early) == {"b/index.html"}
    read = []
    parse = sitemap.entry_of
    monkeypatch.setattr(
        sitemap, "entry_of", lambda html: read.append(html) or parse(html)
    )
    known = {**kept, **early}
    entries = sitemap.collect(tmp_path, known=known)
    assert read == []  # nothing read at the end
    assert entries == collect(tmp_path)
    assert [e.loc for e in entries] == [
        "https://x.id/a/",
        "https://x.id/b2/",
        "https://x.id/c/",
    ]
    read.clear()
    fresh = sitemap.read_entries(tmp_path, ["a/index.html", "c.html"])
    assert set(fresh) == {"a/index.html", "c.html"} and len(read) == 2
