"""Saved web pages (.html) read as articles: metadata, text, precedence, safety."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from arsip_reader.parse import ArticleRejected
from arsip_reader.pipeline import read_article
from arsip_reader.webpage import (
    FROM_MAINTAINER,
    FROM_PAGE,
    FROM_TEXT,
    decode_html,
    html_tree,
    page_metadata,
    parse_stamp,
)
from tests.conftest import build_site, read_report

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
WIB = ZoneInfo("Asia/Jakarta")


def read(name: str, tmp_path: Path | None = None, sidecar: str | None = None):
    path = PAGES / name
    if tmp_path is not None:
        copy = tmp_path / name
        copy.write_bytes(path.read_bytes())
        if sidecar is not None:
            copy.with_suffix(".yaml").write_text(sidecar, encoding="utf-8")
        path = copy
    return read_article(path, name, tz=WIB)


@pytest.mark.parametrize(
    "name, title, published, outlet, author, dateline",
    [
        (
            "tribun-portal.html",
            "Polres Tarakan Siagakan 300 Personel Amankan TPS Pilkada",
            "2024-11-26T15:20:00+08:00",
            "Tribunkaltara.com",
            "Rina Lestari",
            "Tarakan",
        ),
        (
            "jsonld-newsarticle.html",
            "Kapolda Kalbar Tinjau Gudang Logistik KPU Pontianak",
            "2024-02-08T14:35:00+07:00",
            "Warta Khatulistiwa",
            "Dimas Prasetyo",
            "Pontianak",
        ),
        (
            "antara-regional.html",
            "Polda Kaltim kerahkan 2.000 personel amankan rekapitulasi suara",
            "2024-02-20T18:47:00+08:00",
            "ANTARA News Kalimantan Timur",
            "Ahmad Fauzi",
            "Samarinda",
        ),
        (
            "wordpress-local.html",
            "Satbrimob Polda Kalteng Patroli Dialogis di Palangka Raya",
            "2024-11-22T14:30:11+07:00",
            "Borneo Pos Kita",
            "redaksi",
            "Palangka Raya",
        ),
        (
            "blogspot.html",
            "Polsek Sekadau Hulu Jaga Distribusi Kotak Suara ke Desa Terpencil",
            "2024-02-12T10:15:00+07:00",
            "Berita Polsek Sekadau Hulu",
            None,
            "Sekadau Hulu",
        ),
    ],
)
def test_layouts(name, title, published, outlet, author, dateline):
    record = read(name).record
    assert record.title == title
    assert record.published == published
    assert record.outlet == outlet
    assert record.author == author
    assert record.dateline_place == dateline


def test_body_has_no_site_navigation_sidebar_or_comments():
    article = read("wordpress-local.html")
    for noise in (
        "Pos-pos Terbaru",
        "Semoga aman",
        "Proudly powered",
        "Bagikan ini",
        "Sebelumnya:",
        "Berita Kalimantan Tengah Terkini",
    ):
        assert noise not in article.html
    assert "patroli dialogis" in article.html
    assert "tanpa rasa takut" in article.html


def test_visible_stamp_wins_over_a_json_ld_date_of_another_day():
    record = read("date-conflict.html").record
    assert record.published == "2024-02-24T13:40:00+08:00"
    (warning,) = [w for w in record.warnings if "metadata halaman" in w]
    assert "2024-01-03T09:00:00+07:00" in warning and "yang tampil dipakai" in warning


def test_metadata_time_is_kept_when_the_visible_stamp_has_the_same_day():
    tree = html_tree(
        '<html><head><meta property="article:published_time" '
        'content="2024-02-14T10:05:00+07:00"></head><body>'
        '<span class="date">14 Februari 2024</span><p>isi</p></body></html>'
    )
    meta = page_metadata(tree, WIB)
    assert meta.published.isoformat() == "2024-02-14T10:05:00+07:00"
    assert meta.warnings == ()


def test_a_sidebar_date_is_not_the_article_stamp():
    tree = html_tree(
        "<html><body><aside class='populer'><span class='date'>1 Januari 2024</span>"
        "</aside><div class='post-meta'>Rabu, 14 Februari 2024 10:05 WIB</div>"
        "</body></html>"
    )
    assert page_metadata(tree, WIB).published.isoformat() == "2024-02-14T10:05:00+07:00"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Selasa, 26 November 2024 15:20 WITA", "2024-11-26T15:20:00+08:00"),
        ("14/02/2024 10.05 WIB", "2024-02-14T10:05:00+07:00"),
        ("Diterbitkan: 2024-02-14 10:05", "2024-02-14T10:05:00+07:00"),
        ("Sabtu, 24 Februari 2024 | 13:40 WITA", "2024-02-24T13:40:00+08:00"),
        ("bukan tanggal", None),
    ],
)
def test_parse_stamp(text, expected):
    found = parse_stamp(text, WIB)
    assert (found.isoformat() if found else None) == expected


def test_html_metadata_wins_over_text_and_the_sidecar_wins_over_both(tmp_path):
    article = read(
        "tribun-portal.html",
        tmp_path,
        sidecar="judul: Judul dari pengelola\nprovinsi: Kalimantan Timur\n",
    )
    record = article.record
    assert record.title == "Judul dari pengelola"
    assert record.province == "Kalimantan Timur"
    assert record.outlet == "Tribunkaltara.com"  # page metadata, not the text's
    assert article.field_sources["title"] == FROM_MAINTAINER
    assert article.field_sources["province"] == FROM_MAINTAINER
    assert article.field_sources["outlet"] == FROM_PAGE
    assert article.field_sources["police_units"] == FROM_TEXT


def test_page_two_warns_and_drops_the_page_number_from_the_title():
    record = read("tribun-portal-page2.html").record
    assert record.title == "Polres Tarakan Siagakan 300 Personel Amankan TPS Pilkada"
    assert any("halaman ke-2" in w for w in record.warnings)


@pytest.mark.parametrize(
    "data, declared, expected",
    [
        ("“Aman” – ujar".encode("windows-1252"), "windows-1252", "“Aman” – ujar"),
        ("“Aman” – ujar".encode("windows-1252"), None, "“Aman” – ujar"),
        ("“Aman”".encode("windows-1252"), "iso-8859-1", "“Aman”"),
        (
            b'<meta charset="windows-1252"><p>' + "café".encode("cp1252"),
            None,
            '<meta charset="windows-1252"><p>café',
        ),
        ("Salam".encode("utf-8-sig"), None, "Salam"),
        ("Kapolres – AKBP".encode(), "tidak-ada-charset", "Kapolres – AKBP"),
    ],
)
def test_decode_html(data, declared, expected):
    assert decode_html(data, declared) == expected


def test_a_page_without_article_text_is_rejected(tmp_path):
    path = tmp_path / "indeks.html"
    path.write_text("<html><head><title>Indeks</title></head><body></body></html>")
    with pytest.raises(ArticleRejected, match="tanpa isi berita"):
        read_article(path, "indeks.html", tz=WIB)


# Strings that only the hostile page's markup holds: none may reach the site.
HOSTILE = (
    "skrip-halaman",
    "onload-halaman",
    "onerror-halaman",
    "tautan-halaman",
    "skrip-isi",
    "curian",
    "iklan.example",
    "javascript:alert",
)


def test_a_saved_page_with_scripts_builds_with_none_of_them_live(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "hostile.html").write_bytes((PAGES / "hostile.html").read_bytes())
    (content / "tribun.htm").write_bytes((PAGES / "tribun-portal.html").read_bytes())
    # The whole text is published: its escaping is what this test reads.
    output = build_site(content, tmp_path / "output", ARSIP_TEXT_POLICY={"*": "full"})
    report = read_report(output)
    assert report["summary"]["ditolak"] == 0
    assert {f["source"] for f in report["files"]} >= {"hostile.html", "tribun.htm"}
    pages = [
        p for p in (output / "artikel").rglob("*.html") if "Tenggarong" in p.read_text()
    ]
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert "Sebanyak 30 personel dikerahkan" in page
    # Text that looked like a tag is shown as text, escaped.
    assert "&lt;script&gt;alert(" in page
    assert '<script>alert("teks-halaman")' not in page
    for path in output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".csv", ".js"):
            text = path.read_text(encoding="utf-8", errors="replace")
            for marker in HOSTILE:
                assert marker not in text, (path, marker)
    assert "onerror" not in page.lower()
    assert "<iframe" not in page.lower()


def test_layout_of_a_badly_pasted_real_page_gives_title_date_and_dateline():
    """Issue 12's "done when": the pasted text of dev page 3f77d3401436 (Tribun
    network) gave the kicker as title and no dateline; its layout, in our words,
    read as a saved page gives all three right."""
    record = read("tribun-kaltara-kicker.html").record
    assert record.title == (
        "Dimulai Tahap Pendaftaran Paslon, 300 Polisi Dilibatkan Kawal Keamanan "
        "Pilkada Malinau Kaltara"
    )
    assert record.published == "2024-08-26T19:05:00+08:00"
    assert record.dateline_place == "Malinau"
    assert record.police_units == ("Polres Malinau",)
    assert record.operation == "Operasi Mantap Praja Kayan 2024"


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("Selasa, 26 November 2024 15:20 WITA", "2024-11-26T15:20:00+08:00"),
        ("Selasa, 26 November 2024 16:20 WITA", "2024-11-26T15:20:00+07:00"),
        ("", "2024-11-26T15:20:00+07:00"),
    ],
)
def test_a_zone_less_cms_date_takes_the_zone_of_the_stamp_at_the_same_time(
    stamp, expected
):
    tree = html_tree(
        '<html><head><meta name="publishdate" content="2024-11-26 15:20:00"></head>'
        f'<body><time class="grey">{stamp}</time><p>isi</p></body></html>'
    )
    assert page_metadata(tree, WIB).published.isoformat() == expected


def test_a_page_saved_complete_publishes_only_its_text(tmp_path):
    """A browser's "Webpage, complete" writes NAME_files/ beside the page, with its
    frames as .html: they are not articles, and the report names the folder once."""
    content = tmp_path / "content"
    assets = content / "tribun_files"
    assets.mkdir(parents=True)
    (content / "tribun.html").write_bytes((PAGES / "tribun-portal.html").read_bytes())
    (assets / "iklan.html").write_bytes((PAGES / "hostile.html").read_bytes())
    (assets / "gaya.css").write_text("body{}")
    (assets / "gambar").mkdir()
    (assets / "gambar" / "foto.jpg").write_bytes(b"\xff\xd8")
    output = build_site(content, tmp_path / "output")
    report = read_report(output)
    sources = {f["source"]: f for f in report["files"]}
    assert set(sources) == {"tribun.html", "tribun_files/"}
    assert sources["tribun_files/"]["status"] == "diabaikan"
    pages = list((output / "artikel").rglob("*.html"))
    assert len(pages) == 1 and "Tenggarong" not in pages[0].read_text()


@pytest.mark.parametrize(
    "head, expected",
    [
        (
            '<meta name="dtk:publishdate" content="2024/02/14 10:05:00">',
            "2024-02-14T10:05:00+07:00",
        ),
        (
            '<meta name="content_PublishedDate" content="2024-02-14 10:05:00">',
            "2024-02-14T10:05:00+07:00",
        ),
        (
            '<meta itemprop="datePublished" content="2024-02-14T10:05:00+0800">',
            "2024-02-14T10:05:00+08:00",
        ),
        (
            '<meta property="article:published_time" content="2024-02-14T03:05:00Z">',
            "2024-02-14T10:05:00+07:00",
        ),
        (
            '<script type="application/ld+json">[{"@type":"ReportageNewsArticle","datePublished":"2024-02-14T10:05:00+08:00",}]</script>',
            "2024-02-14T10:05:00+08:00",
        ),
    ],
)
def test_metadata_date_variants(head, expected):
    tree = html_tree(f"<html><head>{head}</head><body><p>isi</p></body></html>")
    assert page_metadata(tree, WIB).published.isoformat() == expected
