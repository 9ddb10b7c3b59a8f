"""Atom feeds of a real build: valid Atom, the right articles, no executable markup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_feeds.plugin import entry_key, one_text_per_entry
from tests.temu import SITEURL, SLUGS, build_temu

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_atom(path: Path) -> dict:
    """Parse one feed and check what RFC 4287 requires of it; return its entries."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{ATOM}feed", path
    for name in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{name}"), (path, name)
    datetime.fromisoformat(root.findtext(f"{ATOM}updated"))
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links["self"].startswith(SITEURL + "/feeds/"), path
    entries = []
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{name}") is not None, (path, name)
        datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        entries.append(
            {
                "link": entry.find(f"{ATOM}link").get("href"),
                # One text per entry (ARSIP_FEEDS_SUMMARY_ONLY): content or summary.
                "content": entry.findtext(f"{ATOM}content")
                or entry.findtext(f"{ATOM}summary")
                or "",
                "both": entry.find(f"{ATOM}content") is not None
                and entry.find(f"{ATOM}summary") is not None,
            }
        )
    return {"title": root.findtext(f"{ATOM}title"), "entries": entries}


def links(feed: dict) -> list[str]:
    return [e["link"] for e in feed["entries"]]


def article_url(source: str) -> str:
    return f"{SITEURL}/artikel/{SLUGS[source]}/"


@pytest.fixture(scope="module")
def feeds(temu_site) -> dict[str, dict]:
    root = temu_site / "feeds"
    return {
        p.relative_to(root).as_posix(): parse_atom(p)
        for p in sorted(root.rglob("*.atom.xml"))
    }


def test_all_articles_newest_first(feeds):
    assert links(feeds["semua.atom.xml"]) == [
        article_url("kaltim_tps_pilkada.md"),
        article_url("judul_berbahaya.md"),
        article_url("kalbar_kampanye_lengkap.md"),
        article_url("kalteng_tanpa_tanggal.md"),
    ]


@pytest.mark.parametrize(
    ("feed", "sources"),
    [
        ("provinsi/kalimantan-barat.atom.xml", ["kalbar_kampanye_lengkap.md"]),
        ("provinsi/kalimantan-timur.atom.xml", ["kaltim_tps_pilkada.md"]),
        ("provinsi/kalimantan-tengah.atom.xml", ["kalteng_tanpa_tanggal.md"]),
        ("provinsi/kalimantan-utara.atom.xml", ["judul_berbahaya.md"]),
        ("tag/tps.atom.xml", ["kaltim_tps_pilkada.md"]),
        ("tag/kampanye.atom.xml", ["kalbar_kampanye_lengkap.md"]),
    ],
)
def test_province_and_tag_feeds(feeds, feed, sources):
    assert links(feeds[feed]) == [article_url(s) for s in sources]


@pytest.mark.parametrize(
    ("title_end", "sources"),
    [
        ("Satuan polisi: Polres Sambas", ["kalbar_kampanye_lengkap.md"]),
        ("Operasi: Operasi Mantap Praja 2024", ["kaltim_tps_pilkada.md"]),
        (
            "Pemilihan: Pilkada Serentak 2024",
            ["kaltim_tps_pilkada.md", "kalteng_tanpa_tanggal.md"],
        ),
        ("Media: Kaltim Today", ["kaltim_tps_pilkada.md"]),
    ],
)
def test_index_term_feeds(feeds, title_end, sources):
    """One feed per arsip_taxonomy term that has articles (titles name the term)."""
    matches = [
        f
        for name, f in feeds.items()
        if name.startswith("indeks/")
        if f["title"].endswith(title_end)
    ]
    assert len(matches) == 1, title_end
    assert links(matches[0]) == [article_url(s) for s in sources]


def test_every_term_feed_has_articles(feeds):
    terms = [f for name, f in feeds.items() if name.startswith("indeks/")]
    assert terms
    assert all(f["entries"] for f in terms)


def test_feeds_carry_no_executable_markup(feeds):
    checked = 0
    for name, feed in feeds.items():
        for entry in feed["entries"]:
            tree = LexborHTMLParser(f"<div>{entry['content']}</div>")
            assert not tree.css("script, iframe, object, embed"), name
            for node in tree.css("*"):
                for attribute, value in node.attributes.items():
                    assert not attribute.lower().startswith("on"), (name, attribute)
                    assert not (value or "").strip().lower().startswith("javascript:")
            checked += 1
    assert checked >= len(SLUGS)
    hostile = next(
        e
        for e in feeds["semua.atom.xml"]["entries"]
        if e["link"] == article_url("judul_berbahaya.md")
    )
    # The raw tags in the article survive only as text.
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in hostile["content"]


def test_pages_link_their_feeds(temu_site):
    html = (temu_site / "provinsi" / "kalimantan-barat" / "index.html").read_text(
        encoding="utf-8"
    )
    tree = LexborHTMLParser(html)
    hrefs = [
        link.attributes["href"]
        for link in tree.css('link[rel="alternate"][type="application/atom+xml"]')
    ]
    assert f"{SITEURL}/feeds/semua.atom.xml" in hrefs
    assert f"{SITEURL}/feeds/provinsi/kalimantan-barat.atom.xml" in hrefs
    term = LexborHTMLParser(
        (temu_site / "indeks" / "satuan" / "polda-kalbar" / "index.html").read_text(
            encoding="utf-8"
        )
    )
    term_hrefs = [
        link.attributes["href"]
        for link in term.css('link[rel="alternate"][type="application/atom+xml"]')
    ]
    assert f"{SITEURL}/feeds/indeks/satuan/polda-kalbar.atom.xml" in term_hrefs
    assert (temu_site / "feeds/indeks/satuan/polda-kalbar.atom.xml").is_file()


def test_a_province_without_articles_has_a_steady_empty_feed(temu_site):
    """Its <updated> is the newest article's date, not the build's clock."""
    root = ET.parse(temu_site / "feeds/provinsi/kalimantan-selatan.atom.xml").getroot()
    assert root.findall(f"{ATOM}entry") == []
    assert root.findtext(f"{ATOM}updated") == "2024-11-27T09:00:00+08:00"


def test_term_feeds_keep_the_newest_entries_only(tmp_path_factory):
    site = build_temu(
        tmp_path_factory,
        SITEURL=SITEURL,
        FEED_DOMAIN=SITEURL,
        ARSIP_FEEDS_TERM_MAX_ITEMS=1,
        ARSIP_SEARCH_INDEX=False,
    )
    feeds = [parse_atom(p) for p in sorted((site / "feeds/indeks").rglob("*.xml"))]
    [pilkada] = [f for f in feeds if f["title"].endswith("Pilkada Serentak 2024")]
    assert links(pilkada) == [article_url("kaltim_tps_pilkada.md")]
    # The province feeds follow FEED_MAX_ITEMS, not this setting.
    everything = parse_atom(site / "feeds/semua.atom.xml")
    assert len(everything["entries"]) == len(SLUGS)


def test_each_entry_carries_one_text(feeds):
    """An excerpt is not sent twice (as content and as summary) in every feed."""
    entries = [e for feed in feeds.values() for e in feed["entries"]]
    assert entries
    assert not [e["link"] for e in entries if e["both"]]


@pytest.mark.parametrize(
    ("policy", "kept", "dropped"),
    [("full", "content", "description"), ("excerpt", "description", "content")],
)
def test_full_text_only_where_the_policy_allows_it(policy, kept, dropped):
    item = {"content": "<p>teks</p>", "description": "ringkas"}
    one_text_per_entry(item, policy)
    assert item[kept] and item[dropped] is None


def test_entry_key_below_a_sub_path():
    link = "https://contoh.github.io/arsip/artikel/x/"
    assert entry_key(link, "https://contoh.github.io/arsip") == "artikel/x/"
    assert entry_key("/artikel/x/", "") == "artikel/x/"
