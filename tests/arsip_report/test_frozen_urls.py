"""Article URLs are computed once, after slugs are final, and stay right with the cache."""

from __future__ import annotations

import json

from tests.conftest import build_site, read_export, read_report

ARTICLE = """---
judul: {title}
tanggal: 2024-02-1{day}
provinsi: Kalimantan Barat
slug: apel-siaga-ganda
---
Polres Sambas menggelar apel siaga menjelang pemungutan suara {title}.
"""


def _published(output):
    return {
        f["source"]: f["url"]
        for f in read_report(output)["files"]
        if f["status"].startswith("terbit")
    }


def test_clashing_slugs_get_their_own_pages_in_every_output(tmp_path):
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    for day, name in enumerate(("a.md", "b.md", "c.md")):
        (content / name).write_text(ARTICLE.format(title=name, day=day), "utf-8")
    cache = tmp_path / "cache"
    for run in ("dingin", "dengan-cache"):
        output = build_site(content, tmp_path / run, CACHE_PATH=str(cache))
        urls = _published(output)
        assert sorted(urls.values()) == [
            "artikel/apel-siaga-ganda-2/",
            "artikel/apel-siaga-ganda-3/",
            "artikel/apel-siaga-ganda/",
        ], run
        for source, url in urls.items():
            page = (output / url / "index.html").read_text("utf-8")
            assert f"pemungutan suara {source}" in page, (run, url)
        # Listings, open data and the sitemap use the same URLs.
        home = (output / "index.html").read_text("utf-8")
        rows = json.loads(read_export(output, "arsip.json"))
        sitemap = (output / "sitemap.xml").read_text("utf-8")
        for url in urls.values():
            assert f'/{url}"' in home, (run, url)
            assert f"/{url}<" in sitemap, (run, url)
        assert sorted(r["page_url"].lstrip("/") for r in rows["records"]) == sorted(
            urls.values()
        )
