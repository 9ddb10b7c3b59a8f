"""A real Pagefind run over the built fixture site: pages, filters, sorts, search page."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from arsip_search.shards import ROOT_SELECTOR, prune, shard_command
from tests.arsip_search.pagefind_files import (
    decode,
    indexed_filters,
    listed_filters,
    shard_meta,
    shards,
)
from tests.temu import SLUGS


@pytest.fixture(scope="module")
def bundle(temu_site) -> Path:
    return temu_site / "pagefind"


@pytest.fixture(scope="module")
def fragments(bundle) -> dict[str, dict]:
    """Every indexed page by URL."""
    pages = [
        decode(p)
        for shard in shards(bundle)
        for p in sorted((shard / "fragment").glob("*.pf_fragment"))
    ]
    return {page["url"]: page for page in pages}


def test_indonesian_shards_of_the_articles_only(bundle, fragments):
    # A year of articles per shard (the fixture's are in 2024), undated ones apart.
    assert [p.name for p in shards(bundle)] == ["2024", "tanpa-tanggal"]
    assert sorted(p.name for p in bundle.iterdir()) == ["bagian"]
    counts = []
    for shard in shards(bundle):
        entry, _ = shard_meta(shard)
        assert list(entry["languages"]) == ["id"]
        counts.append(entry["languages"]["id"]["page_count"])
    # Four articles; the static page, index pages and the search page are not indexed.
    assert counts == [3, 1]
    assert sorted(fragments) == sorted(f"/artikel/{slug}/" for slug in SLUGS.values())


def test_the_search_api_is_written_into_each_shard(bundle):
    for shard in shards(bundle):
        for name in ("pagefind.js", "wasm.id.pagefind"):
            assert (shard / name).is_file(), name
        # Pagefind's ready-made UIs and its worker are not used, so not published,
        # nor the WebAssembly of a language the index is not in.
        assert not list(shard.glob("pagefind-*ui*"))
        assert not (shard / "pagefind-worker.js").exists()
        assert [p.name for p in shard.glob("wasm.*")] == ["wasm.id.pagefind"]


def test_filters_hold_the_expected_values(bundle):
    filters = {name: set(values) for name, values in indexed_filters(bundle).items()}
    assert filters["Provinsi"] == {
        "Kalimantan Barat",
        "Kalimantan Tengah",
        "Kalimantan Timur",
        "Kalimantan Utara",
    }
    assert filters["Kabupaten/kota"] == {
        "Kota Pontianak",
        "Kabupaten Sambas",
        "Kota Balikpapan",
    }
    assert filters["Pemilihan"] == {"Pemilu 2024", "Pilkada Serentak 2024"}
    assert {"Pengamanan kampanye", "Pengamanan TPS", "Patroli"} <= filters["Kegiatan"]
    assert {"Polda Kalbar", "Polres Sambas", "Polresta Balikpapan"} <= filters[
        "Satuan polisi"
    ]
    assert filters["Operasi"] == {
        "Operasi Mantap Brata 2024",
        "Operasi Mantap Praja 2024",
    }
    assert {"Pontianak Post", "Kaltim Today", "Antara"} <= filters["Media"]
    assert filters["Bulan"] == {
        "2024-02 Februari",
        "2024-10 Oktober",
        "2024-11 November",
    }
    # The UI writes filter values into its labels as HTML: hostile ones stay text.
    hostile = "‹/script›‹script›alert(4)‹/script›"
    assert hostile in filters["Satuan polisi"]
    assert not [v for values in filters.values() for v in values if "<" in v]


def test_the_search_page_lists_exactly_the_indexed_filter_values(bundle, temu_site):
    """A checkbox Pagefind does not know would find nothing; a value missing from the
    page could not be picked. Counts agree too."""
    listed = listed_filters(temu_site / "cari" / "index.html")
    assert listed == indexed_filters(bundle)
    assert listed["Provinsi"]["Kalimantan Timur"] == 1


def test_each_page_carries_its_filters_and_result_metadata(fragments):
    page = fragments[f"/artikel/{SLUGS['kalbar_kampanye_lengkap.md']}/"]
    assert page["filters"]["Provinsi"] == ["Kalimantan Barat"]
    assert sorted(page["filters"]["Satuan polisi"]) == ["Polda Kalbar", "Polres Sambas"]
    assert page["meta"]["title"].startswith("Ratusan Personel Polda Kalbar")
    assert page["meta"]["media"] == "Pontianak Post"
    assert page["meta"]["tanggal"] == "5 Februari 2024"


def test_only_article_text_is_indexed(fragments):
    page = fragments[f"/artikel/{SLUGS['kaltim_tps_pilkada.md']}/"]
    assert "menjaga tempat pemungutan suara" in page["content"]
    # Navigation, the record panel, the citation box, the map links and the hidden
    # filter values stay out.
    chrome = ("Beranda", "Data berita", "Langsung ke isi", "Cara mengutip", "di peta")
    for noise in chrome:
        assert noise not in page["content"]
    assert "2024-11 November" not in page["content"]


def _decoded(shard: Path) -> dict:
    """A shard's metadata, filters and sorts as data (their bytes follow a hash
    map's order), its index chunks and fragments as bytes (named by content)."""
    entry, meta = shard_meta(shard)
    pages = [page for page, _words in meta[1]]
    filters = {}
    for _name, chunk in meta[3]:
        name, values = decode(shard / "filter" / f"{chunk}.pf_filter")
        filters[name] = sorted((v, sorted(pages[i] for i in ps)) for v, ps in values)
    files = {
        p.relative_to(shard).as_posix(): p.read_bytes()
        for folder in ("fragment", "index")
        for p in sorted((shard / folder).iterdir())
    }
    (language,) = entry["languages"].values()
    return {
        "pages": pages,
        "words": meta[1],
        "chunks": meta[2],
        "filters": filters,
        "sorts": dict(meta[4]),
        "count": language["page_count"],
        "files": files,
    }


def test_the_root_selector_changes_nothing_in_the_index(bundle, temu_site, tmp_path):
    # Each shard indexed again from its pages as it was before the root selector:
    # the same pages in the same order, words, filters, sorts, fragments and chunks.
    for shard in shards(bundle):
        _, meta = shard_meta(shard)
        urls = [
            decode(shard / "fragment" / f"{p}.pf_fragment")["url"] for p, _ in meta[1]
        ]
        site = tmp_path / shard.name
        for url in sorted(urls):
            page = site / url.strip("/") / "index.html"
            page.parent.mkdir(parents=True)
            os.link(temu_site / url.strip("/") / "index.html", page)
        out = tmp_path / f"{shard.name}-tanpa-akar"
        command = shard_command(site, out, "id")
        assert command[-2:] == ["--root-selector", ROOT_SELECTOR]
        subprocess.run(command[:-2], check=True, capture_output=True)
        prune(out)
        assert _decoded(out) == _decoded(shard), shard.name


def test_sorting_by_date_keeps_undated_articles_last(bundle):
    order: dict[str, list[str]] = {"terlama": [], "terbaru": []}
    for shard in shards(bundle):  # 2024, then the undated shard
        _, index = shard_meta(shard)
        urls = [
            decode(shard / "fragment" / f"{hash_}.pf_fragment")["url"]
            for hash_, _words in index[1]
        ]
        for key, pages in index[4]:
            order[key].append([urls[i] for i in pages])
    slugs = [
        f"/artikel/{SLUGS[name]}/"
        for name in (
            "kalbar_kampanye_lengkap.md",  # 2024-02-05
            "judul_berbahaya.md",  # 2024-10-01
            "kaltim_tps_pilkada.md",  # 2024-11-27
            "kalteng_tanpa_tanggal.md",  # unknown
        )
    ]
    # Pagefind drops a page without the sort key, so every page has both keys.
    # Orders are stored ascending: "terlama" is read as is, "terbaru" reversed
    # (the search page asks for desc). The undated article has a shard of its own,
    # which the search page puts last in both orders.
    assert order["terlama"] == [slugs[:3], slugs[3:]]
    assert [list(reversed(o)) for o in order["terbaru"]] == [
        list(reversed(slugs[:3])),
        slugs[3:],
    ]


def test_search_page_finds_the_bundle_under_the_sub_path(temu_site):
    html = (temu_site / "cari" / "index.html").read_text(encoding="utf-8")
    assert 'data-bundle="/arsip/pagefind/"' in html
    assert 'data-shards="/arsip/pagefind/bagian/"' in html
    assert 'data-shard-keys="2024 tanpa-tanggal"' in html
    assert 'data-base="/arsip/"' in html
    # Pagefind's own UI is not used: it would fetch every filter chunk up front.
    assert "pagefind-ui" not in html
    assert "/tema/js/cari.js" in html
    # Without JavaScript the page says so and links to the index pages.
    noscript = html.split("<noscript>")[1].split("</noscript>")[0]
    assert "memerlukan JavaScript" in noscript
    assert "https://contoh.github.io/arsip/semua/" in noscript


def test_only_the_search_page_may_compile_webassembly(temu_site):
    search = (temu_site / "cari" / "index.html").read_text(encoding="utf-8")
    article = (
        temu_site / "artikel" / SLUGS["kaltim_tps_pilkada.md"] / "index.html"
    ).read_text(encoding="utf-8")
    assert "script-src 'self' 'wasm-unsafe-eval';" in search
    assert "wasm-unsafe-eval" not in article
    assert search.count("Content-Security-Policy") == 1
