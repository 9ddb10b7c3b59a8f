"""Text policy: full, excerpt or record per outlet or article (arsip_core.textpolicy)."""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from arsip_core.textpolicy import (
    EXCERPT,
    FULL,
    RECORD,
    allowed_html,
    cut_words,
    normalise_policy,
    policy_for,
)
from tests.arsip_search.pagefind_files import decode
from tests.conftest import FIXTURES, build_site, read_export, read_report

STORIES = FIXTURES / "stories"
WINDOW = 8  # words: a run this long of the withheld text must be nowhere


def test_policy_comes_from_the_article_then_the_outlet_then_the_default():
    table = {"*": "record", "ANTARA Kalbar": "excerpt", "polri.go.id": "full"}
    assert policy_for(table, outlet="antara kalbar") == EXCERPT
    assert policy_for(table, url="https://tribratanews.polri.go.id/x") == FULL
    assert policy_for(table, outlet="Lain", url="https://a.example/") == RECORD
    assert policy_for(table, outlet="ANTARA Kalbar", override="penuh") == FULL
    assert policy_for({}, outlet="Siapa pun") == EXCERPT
    assert policy_for({"*": "bukan-kebijakan"}) == EXCERPT
    assert normalise_policy("Rekaman") == RECORD
    assert normalise_policy("semua") is None


def test_excerpt_is_the_first_paragraph_cut_at_a_word_and_escaped():
    assert cut_words("satu dua tiga empat", 2) == "satu dua…"
    assert cut_words("satu dua", 5) == "satu dua"
    body = "<p>a</p><p>b</p>"
    assert allowed_html(body, "x <b> y", FULL, 3) == body
    assert allowed_html(body, "x <b> y", EXCERPT, 3) == (
        '<p class="cuplikan-teks">x &lt;b&gt; y</p>\n'
    )
    assert allowed_html(body, "x y", RECORD, 3) == ""


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", html.unescape(text).lower())


def _windows(text: str) -> set[str]:
    words = _words(text)
    return {" ".join(words[i : i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


def _third_paragraph(path: Path) -> str:
    """The third paragraph of the article's whole text, as the reader renders it."""
    from zoneinfo import ZoneInfo

    from arsip_reader.pipeline import read_article

    source = read_article(path, path.name, tz=ZoneInfo("Asia/Jakarta"))
    paragraphs = re.findall(r"<p>(.*?)</p>", source.html, re.S)
    return paragraphs[2]


def _published_text(output: Path) -> dict[str, str]:
    """Every file under output/ as plain words, Pagefind's fragments decoded."""
    texts = {}
    for path in output.rglob("*"):
        if not path.is_file():
            continue
        name = str(path.relative_to(output))
        if path.suffix == ".pf_fragment":
            text = json.dumps(decode(path), ensure_ascii=False)
        elif path.suffix == ".gz":  # the open data, compressed (ARSIP_DATA_GZIP)
            name = name[: -len(".gz")]
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            if name.endswith((".json", ".geojson")):
                text = json.dumps(json.loads(text), ensure_ascii=False)
        else:
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # wasm, gzip index chunks: words one by one, no sentences
            if path.suffix in (".json", ".geojson"):
                text = json.dumps(json.loads(text), ensure_ascii=False)
        texts[name] = " ".join(_words(text))
    return texts


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("teks")
    content = root / "content"
    shutil.copytree(STORIES, content)
    # One copy of the press release by the default (excerpt), one by its outlet's host
    # (record), one by its front matter; the other event in full, as a control.
    (content / "peristiwa_lampau_dikutip.yaml").write_text(
        "teks: rekaman\n", encoding="utf-8"
    )
    (content / "peristiwa_lain_patroli_sungai.yaml").write_text(
        "text_policy: full\n", encoding="utf-8"
    )
    output = build_site(
        content,
        root / "output",
        ARSIP_TEXT_POLICY={"*": "excerpt", "kantor-berita.example": "record"},
        ARSIP_TEXT_EXCERPT_WORDS=12,
    )
    assert list((output / "pagefind" / "bagian").glob("*/pagefind-entry.json"))
    return output


WITHHELD = (
    "siaran_pers_humas_polres.txt",
    "siaran_pers_kantor_berita.txt",
    "peristiwa_lampau_dikutip.txt",
)


def test_the_report_lists_each_articles_policy(site):
    policies = {f["source"]: f.get("text_policy") for f in read_report(site)["files"]}
    assert policies["siaran_pers_humas_polres.txt"] == EXCERPT
    assert policies["siaran_pers_portal_lokal.txt"] == EXCERPT
    assert policies["siaran_pers_kantor_berita.txt"] == RECORD
    assert policies["peristiwa_lampau_dikutip.txt"] == RECORD
    assert policies["peristiwa_lain_patroli_sungai.txt"] == FULL


def test_withheld_third_paragraphs_are_in_no_file_under_output(site):
    texts = _published_text(site)
    assert any(p.endswith(".pf_fragment") for p in texts)
    assert any(p.endswith(".atom.xml") for p in texts)
    assert "data/arsip.json" in texts and "data/arsip.csv" in texts
    control = _windows(_third_paragraph(STORIES / "peristiwa_lain_patroli_sungai.txt"))
    # The grep finds a published third paragraph: on its page, in Pagefind, the feed.
    found = {p for p, text in texts.items() if any(w in text for w in control)}
    assert any(p.endswith(".pf_fragment") for p in found)
    assert any(p.startswith("artikel/") for p in found)
    assert any(p.endswith(".atom.xml") for p in found)
    for name in WITHHELD:
        windows = _windows(_third_paragraph(STORIES / name))
        assert windows, name
        leaks = sorted(
            p for p, text in texts.items() if any(w in text for w in windows)
        )
        assert leaks == [], (name, leaks)


def _page(output: Path, title_part: str) -> LexborHTMLParser:
    for path in (output / "artikel").rglob("index.html"):
        text = path.read_text(encoding="utf-8")
        if title_part in text:
            return LexborHTMLParser(text)
    raise AssertionError(title_part)


def test_excerpt_and_record_pages_link_the_original_prominently(site):
    records = json.loads(read_export(site, "arsip.json"))
    by_file = {r["source_file"]: r for r in records["records"]}
    excerpt = LexborHTMLParser(
        (site / by_file["siaran_pers_humas_polres.txt"]["page_url"].lstrip("/"))
        .joinpath("index.html")
        .read_text(encoding="utf-8")
    )
    link = excerpt.css_first(".teks-asli a.tautan-asli")
    assert link.attributes["href"] == by_file["siaran_pers_humas_polres.txt"]["url"]
    body = excerpt.css_first(".isi-berita").text().split()
    assert 0 < len(body) <= 12
    record = LexborHTMLParser(
        (site / by_file["siaran_pers_kantor_berita.txt"]["page_url"].lstrip("/"))
        .joinpath("index.html")
        .read_text(encoding="utf-8")
    )
    assert record.css_first(".teks-asli a.tautan-asli") is not None
    assert record.css_first(".isi-berita").text().strip() == ""
    full = LexborHTMLParser(
        (site / by_file["peristiwa_lain_patroli_sungai.txt"]["page_url"].lstrip("/"))
        .joinpath("index.html")
        .read_text(encoding="utf-8")
    )
    assert full.css_first(".teks-asli") is None


def test_story_grouping_still_compares_the_whole_texts(site):
    records = json.loads(read_export(site, "arsip.json"))
    by_file = {r["source_file"]: r for r in records["records"]}
    copies = (
        "siaran_pers_humas_polres.txt",
        "siaran_pers_kantor_berita.txt",
        "siaran_pers_portal_lokal.txt",
    )
    assert len({by_file[n]["story_group"] for n in copies}) == 1
    assert by_file["peristiwa_lain_patroli_sungai.txt"]["story_group"] not in {
        by_file[n]["story_group"] for n in copies
    }


def test_an_unknown_policy_in_front_matter_is_a_warning(make_content, tmp_path):
    content = make_content(
        **{
            "a.md": "---\ntitle: Apel siaga\npublished: 2024-02-10\n"
            "teks: semuanya\n---\nPolres Sintang menggelar apel siaga pemilu.\n"
        }
    )
    output = build_site(content, tmp_path / "out", ARSIP_SEARCH_INDEX=False)
    (entry,) = [f for f in read_report(output)["files"] if f["source"] == "a.md"]
    assert entry["text_policy"] == EXCERPT
    assert any("text_policy 'semuanya' tidak dikenal" in r for r in entry["reasons"])
