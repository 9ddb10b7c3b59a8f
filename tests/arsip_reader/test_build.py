"""Real Pelican builds: content/ end to end, and bad files accounted for in the report."""

import logging
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_reader.pipeline import read_article
from tests.conftest import ROOT, build_site, read_report

SEED_ARTICLES = {
    # content file -> (title, publication date shown, dateline)
    "2024-02-05-kalbar-pengamanan-kampanye-omb.txt": (
        "Ratusan Personel OMB Polda Kalbar Kawal Kampanye Tatap Muka dan Rapat Umum Caleg",
        "5 Februari 2024, 07.25 WIB",
        None,
    ),
    "2024-02-14-kalbar-apel-siaga-pemungutan-suara.txt": (
        "Polda Kalbar Siagakan 3294 Personil untuk Backup Pengamanan Pemungutan Suara",
        "14 Februari 2024, 23.04 WIB",
        "Pontianak",
    ),
    "kaltara-apel-siaga-pilkada-antara.txt": (
        "Kabid Humas Polda Kaltara Pimpin Apel Siaga Pengamanan Pilkada 2024 di Mapolda Kaltara",
        None,
        "Tarakan",
    ),
    "2024-11-07-kalteng-pengamanan-kantor-kpu.txt": (
        "Polda Kalteng Perketat Penjagaan Kantor KPU Menjelang Pemungutan Suara Pilkada Serentak",
        "7 November 2024, 11.20 WIB",
        "Palangka Raya",
    ),
    "2024-09-20-kaltim-patroli-polwan-kpud-balikpapan.txt": (
        "Polwan Samapta Polda Kaltim dan Kasatgas Humas OMP Patroli Bersama di Kantor KPUD Balikpapan",
        # The dated dateline is the story's own stamp: a day, with no time.
        "Terbit  20 September 2024  Tempat",
        "Balikpapan",
    ),
}


def page(output, url):
    return LexborHTMLParser((output / url / "index.html").read_text(encoding="utf-8"))


def test_content_builds_every_seed_article(built_content):
    report = read_report(built_content)
    by_source = {entry["source"]: entry for entry in report["files"]}
    for source, (title, published, dateline) in SEED_ARTICLES.items():
        entry = by_source[source]
        assert entry["status"].startswith("terbit"), entry
        tree = page(built_content, entry["url"])
        assert tree.css_first("h1").text(strip=True) == title
        panel = tree.css_first("aside.panel").text(separator=" ", strip=True)
        if published:
            assert published in panel
        else:
            assert "Terbit  tidak diketahui" in panel
        if dateline:
            assert dateline in panel
    assert report["summary"]["ditolak"] == 0
    # + Tentang arsip, its English version (pages/tentang.en.md, not in this
    # edition) and every sidecar, each under its own name (issue 18)
    sidecars = sorted(p.name for p in (ROOT / "content").glob("*.yaml"))
    assert report["summary"]["total"] == len(SEED_ARTICLES) + 2 + len(sidecars)
    for name in sidecars:
        assert by_source[name]["status"] == "terbit", by_source[name]
        assert by_source[name]["sidecar_of"] == name.replace(".yaml", ".txt")
    assert by_source["pages/tentang.en.md"]["status"] == "diabaikan"


def test_home_lists_articles_newest_first(built_content):
    tree = LexborHTMLParser((built_content / "index.html").read_text(encoding="utf-8"))
    assert tree.css_first("html").attributes["lang"] == "id"
    titles = [a.text(strip=True) for a in tree.css("ol.daftar h3 a")]
    assert titles[:4] == [
        SEED_ARTICLES["2024-11-07-kalteng-pengamanan-kantor-kpu.txt"][0],
        SEED_ARTICLES["2024-09-20-kaltim-patroli-polwan-kpud-balikpapan.txt"][0],
        SEED_ARTICLES["2024-02-14-kalbar-apel-siaga-pemungutan-suara.txt"][0],
        SEED_ARTICLES["2024-02-05-kalbar-pengamanan-kampanye-omb.txt"][0],
    ]
    # Unknown dates sort last and say so.
    assert "Tanggal terbit tidak diketahui" in tree.body.text()


def test_about_and_404_pages(built_content):
    about = page(built_content, "tentang")
    assert about.css_first("h1").text() == "Tentang arsip"
    assert "koreksi" in about.body.text().lower()
    assert (built_content / "404.html").exists()


def test_article_page_links_original_and_has_no_raw_html(built_content):
    tree = page(
        built_content,
        "artikel/2024-02-14-kalbar-apel-siaga-pemungutan-suara",
    )
    # Its only link was the outlet's front page: no source link, and a warning.
    assert tree.css_first("a.sumber-asli") is None
    assert tree.css_first("aside.panel a") is None
    panel = tree.css_first("aside.panel").text()
    assert "KARAWANG.IWO.OR.ID hanya halaman depan" in panel
    # The site shows an excerpt of an outlet's text by default (arsip_core.textpolicy);
    # the reader's HTML, the whole text, has the broken paragraph joined back together.
    assert tree.css_first(".teks-asli") is not None
    source = read_article(
        ROOT / "content" / "2024-02-14-kalbar-apel-siaga-pemungutan-suara.txt",
        tz=ZoneInfo("Asia/Jakarta"),
    )
    assert "melalui Kabidhumas Polda Kalbar Kombes Pol Raden Petit Wijaya" in (
        source.html
    )


BAD_FILES = {
    "kosong.txt": (b"", "berkas kosong"),
    "biner.txt": (b"Judul\x00\x01\x02", "berkas biner"),
    "bukan-utf8.txt": (
        b"Judul Berita\n\nPolisi berjaga \xe9 di TPS.",
        "bukan teks UTF-8",
    ),
    "tanpa-isi.txt": (
        b"# Media\n\n## Judul\n\nA - [A.ID](https://a.id)\n\nFeb 5, 2024 - 07:25\n",
        "tidak ada isi berita",
    ),
    "front-matter-rusak.md": (
        b"---\ntitle: [a\n---\nIsi.\n",
        "front matter tidak terbaca",
    ),
}


def _bad_content(make_content):
    files = {name: data for name, (data, _) in BAD_FILES.items()}
    files["baik.txt"] = (
        "Polisi Berjaga di Kantor KPU Sambas\n\nSambas - Polres Sambas menjaga kantor KPU.\n"
    )
    files["catatan.docx"] = b"PK\x03\x04"
    return make_content(**files)


def test_bad_files_are_rejected_with_reasons_and_the_build_goes_on(
    make_content, tmp_path, caplog
):
    content = _bad_content(make_content)
    with caplog.at_level(logging.ERROR):
        output = build_site(content, tmp_path / "out")
    report = read_report(output)
    by_source = {e["source"]: e for e in report["files"]}
    for name, (_, reason) in BAD_FILES.items():
        assert by_source[name]["status"] == "ditolak"
        assert by_source[name]["reasons"][0].startswith(reason)
        # The console message names the file and the reason.
        assert any(
            name in r.getMessage() and reason in r.getMessage() for r in caplog.records
        )
    assert by_source["bukan-utf8.txt"]["line"] == 3
    assert by_source["front-matter-rusak.md"]["line"] == 2
    assert by_source["baik.txt"]["status"].startswith("terbit")
    assert by_source["catatan.docx"]["status"] == "diabaikan"
    assert report["summary"]["ditolak"] == len(BAD_FILES)
    assert report["summary"]["total"] == len(BAD_FILES) + 2


def test_strict_mode_fails_the_build(make_content, tmp_path):
    content = _bad_content(make_content)
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
         "-o", str(tmp_path / "out"), "-e", "ARSIP_STRICT=true",
         f'CACHE_PATH="{tmp_path / "cache"}"', "LOAD_CONTENT_CACHE=false"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode != 0
    assert "mode ketat" in result.stdout + result.stderr
    # The report is still written, so the maintainer can see why.
    assert read_report(tmp_path / "out")["summary"]["ditolak"] == len(BAD_FILES)


def test_non_strict_build_of_bad_files_exits_zero(make_content, tmp_path):
    content = _bad_content(make_content)
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
         "-o", str(tmp_path / "out"), "-e", f'CACHE_PATH="{tmp_path / "cache"}"'],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.mark.parametrize("name", ["kosong.txt", "biner.txt"])
def test_rejected_file_has_no_page(make_content, tmp_path, name):
    content = make_content(**{name: BAD_FILES[name][0]})
    output = build_site(content, tmp_path / "out")
    assert read_report(output)["files"][0]["status"] == "ditolak"
    assert not list(output.glob("artikel/*/index.html"))
