"""The hostile corpus builds, leaks no script anywhere, and every file is accounted for."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests.arsip_search.pagefind_files import indexed_filters, listed_filters
from tests.conftest import read_report
from tests.quality.conftest import SUBPATH_SITEURL, record_figure
from tests.quality.sitecheck import (
    Site,
    is_dangerous_url,
    json_strings,
    own_script_check,
    parse_xml,
    unsafe_markup,
)
from tests.quality.tools import run_vnu, vnu_report

PUBLISHED = ("terbit", "terbit-dengan-peringatan")
# name -> (allowed statuses, a fragment every one of its reasons must include, or None)
EXPECTED: dict[str, tuple[tuple[str, ...], str | None]] = {
    "bom-dan-crlf.md": (("terbit-dengan-peringatan",), "alamat berita asli"),
    "bom-utf8.txt": (PUBLISHED, None),
    "byte-nul.txt": (("ditolak",), "NUL"),
    "cr-saja-dan-kontrol.txt": (PUBLISHED, None),
    "crlf.txt": (PUBLISHED, None),
    "draf-script.md": (("draf",), "draft"),
    "front-matter-script.md": (("terbit-dengan-peringatan",), None),
    "gambar.png": (("diabaikan",), "jenis berkas"),
    "hanya-spasi.txt": (("ditolak",), "kosong"),
    "judul-dan-isi-script.txt": (PUBLISHED, None),
    "judul-formula-csv.md": (PUBLISHED, None),
    "kosong.txt": (("ditolak",), "kosong"),
    "nul-di-judul.md": (("ditolak",), "NUL"),
    "provinsi-script.md": (("terbit-dengan-peringatan",), "provinsi"),
    "provinsi-tidak-ada.md": (("terbit-dengan-peringatan",), "Kalimantan Tenggara"),
    "sepuluh-megabita.txt": (("ditolak",), "terlalu besar"),
    "sepuluh-ribu-paragraf.txt": (PUBLISHED, None),
    "slug-ganda-dua.md": (("terbit-dengan-peringatan",), "alamat berita asli"),
    "slug-ganda-satu.md": (("terbit-dengan-peringatan",), "pengamanan-ganda"),
    # Its title would have clashed; its URL comes from its file name (issue 13).
    "slug-ganda-tiga.txt": (("terbit-dengan-peringatan",), "tanggal terbit"),
    "slug-jalur-keluar.md": (("terbit-dengan-peringatan",), None),
    "sumber-data-url.txt": (("terbit-dengan-peringatan",), None),
    "sumber-javascript-spasi.md": (("terbit-dengan-peringatan",), "url"),
    "tanggal-1900-teks.txt": (("terbit-dengan-peringatan",), None),
    "tanggal-1900.md": (("terbit-dengan-peringatan",), "1900-01-01"),
    "tanggal-2100.md": (("terbit-dengan-peringatan",), "2100-12-31"),
    "tanpa-penutup-front-matter.md": (("ditolak",), "tidak ditutup"),
    "utf16-bom.txt": (("ditolak",), None),
    "utf8-tidak-sah.txt": (("ditolak",), "UTF-8"),
    "windows-1252.txt": (("ditolak",), "UTF-8"),
    "yaml-alias-bom.md": (("ditolak",), "terlalu besar"),
    "yaml-bukan-mapping.md": (("ditolak",), "kunci: nilai"),
    "yaml-objek-python.md": (("ditolak",), "front matter tidak terbaca"),
    # Issue 18: content boundaries. A sidecar is an input under its own name; a bad
    # one is refused with its line, and its article published with what was
    # extracted, with a warning naming the sidecar.
    "sumber-data-url.yaml": (("terbit",), None),
    "sidecar-tag-yaml.txt": (("terbit-dengan-peringatan",), "sidecar-tag-yaml.yaml"),
    "sidecar-tag-yaml.yaml": (("ditolak",), "berkas pendamping tidak terbaca"),
    "sidecar-tidak-sah.txt": (("terbit-dengan-peringatan",), None),
    "sidecar-tidak-sah.yaml": (("ditolak",), "berkas pendamping tidak terbaca"),
    "sidecar-tiga-mb.txt": (("terbit-dengan-peringatan",), None),
    "sidecar-tiga-mb.yaml": (("ditolak",), "terlalu besar"),
    "sidecar-tautan.txt": (("terbit-dengan-peringatan",), "tautan simbolik"),
    "sidecar-tautan.yaml": (("ditolak",), "ke luar folder content/"),
    "alias-keluar.md": (("terbit-dengan-peringatan",), None),
    "tautan-static.md": (("terbit-dengan-peringatan",), None),
    "tautan-luar.txt": (("ditolak",), "ke luar folder content/"),
    "tautan-folder-luar/": (("ditolak",), "ke luar folder content/"),
    "tautan-putar/": (("ditolak",), "berputar"),
    "tautan-nol.txt": (("ditolak",), "ke luar folder content/"),
    "tautan-rusak.txt": (("ditolak",), "rusak"),
    "tautan-dalam.txt": (("diabaikan",), "crlf.txt"),
    "pipa.txt": (("ditolak",), "bukan berkas biasa"),
    # Only our readers read content/: Pelican's would publish raw HTML and copy
    # {static} files from outside.
    "save-as-keluar.md": (("terbit-dengan-peringatan",), "slug"),
    "markdown-lain.mkd": (("diabaikan",), "jenis berkas"),
    "rst-include.rst": (("diabaikan",), "jenis berkas"),
}
# Reasons some warned files must carry (besides any other).
MUST_WARN = {
    "front-matter-script.md": ("url ditolak", "lang"),
    "slug-jalur-keluar.md": ("slug", "template"),
    "sumber-data-url.txt": ("url ditolak",),
    "tanggal-1900-teks.txt": ("1900",),
    "sidecar-tidak-sah.txt": ("sidecar-tidak-sah.yaml baris 3", "ekstraksi dipakai"),
    "sidecar-tiga-mb.txt": ("sidecar-tiga-mb.yaml", "ekstraksi dipakai"),
    "alias-keluar.md": ("arsip-alias-enkode", "arsip-alias-besar", "garis-miring"),
}
# Each token is only ever inside a hostile payload: it must never be executable.
DRAFT_TOKEN = "draf-isi"
_FORMULA = re.compile(r"^(?:[=+@\t\r]|-[^\d\s])")
HTML_KEYS = re.compile(r"(^|_)(html|popup|content)$", re.IGNORECASE)


def test_the_corpus_is_what_the_table_expects(hostile):
    _, names, _ = hostile
    assert sorted(names) == sorted(EXPECTED)


def test_every_input_is_accounted_for_in_the_build_report(hostile):
    """Each input under its own name: sidecars, links and the pipe included."""
    output, names, _ = hostile
    report = read_report(output)
    sources = {entry["source"] for entry in report["files"]}
    assert sources == set(names)
    assert report["summary"]["total"] == len(names)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_has_its_status_and_reason(hostile, name):
    output, _, _ = hostile
    entry = {e["source"]: e for e in read_report(output)["files"]}[name]
    statuses, fragment = EXPECTED[name]
    assert entry["status"] in statuses, entry
    if entry["status"] != "terbit":
        assert entry["reasons"] and all(r.strip() for r in entry["reasons"]), entry
    if fragment is not None:
        assert any(fragment in reason for reason in entry["reasons"]), entry
    for needed in MUST_WARN.get(name, ()):
        assert any(needed in reason for reason in entry["reasons"]), (needed, entry)
    if entry["status"] in PUBLISHED:
        assert (output / entry["url"] / "index.html").is_file(), entry


def test_every_message_names_the_file_and_the_reason(hostile):
    """The build log says, for each file not plainly published, which and why."""
    output, _, log = hostile
    for entry in read_report(output)["files"]:
        if entry["status"] in ("terbit", "draf"):  # a draft is the maintainer's choice
            continue
        for reason in entry["reasons"]:
            assert any(entry["source"] in line and reason in line for line in log), (
                entry["source"],
                reason,
            )


def test_nothing_is_written_outside_the_site_and_names_are_plain(hostile):
    output, _, _ = hostile
    assert not Path("/tmp/arsip-jahat").exists()
    assert not Path("/tmp/arsip-yaml-pwned").exists()
    odd = [
        p.relative_to(output).as_posix()
        for p in output.rglob("*")
        if not re.fullmatch(r"[A-Za-z0-9._/-]+", p.relative_to(output).as_posix())
    ]
    assert odd == []


def test_drafts_are_not_published(hostile):
    output, _, _ = hostile
    leaks = [
        p.relative_to(output).as_posix()
        for p in output.rglob("*")
        if p.is_file() and DRAFT_TOKEN.encode() in _readable_bytes(p)
    ]
    assert leaks == []


def test_ten_thousand_paragraphs_are_published_whole(hostile):
    output, _, _ = hostile
    entry = {e["source"]: e for e in read_report(output)["files"]}[
        "sepuluh-ribu-paragraf.txt"
    ]
    page = LexborHTMLParser((output / entry["url"] / "index.html").read_text("utf-8"))
    text = page.body.text()
    assert "TPS nomor 0 " in text and "TPS nomor 9999 " in text


def test_no_executable_markup_in_any_page(hostile):
    output, _, _ = hostile
    site = Site(output, SUBPATH_SITEURL)
    problems = []
    for page in site.pages():
        problems += [
            f"{page.relative}: {p}"
            for p in unsafe_markup(page.tree, own_script_check(page))
        ]
    record_figure("hostile_pages_checked", len(site.pages()))
    assert problems == []


def test_hostile_pages_are_valid_html(hostile):
    output, _, _ = hostile
    errors = run_vnu(output)
    record_figure(
        "vnu_hostile", {"pages": len(Site(output).pages()), "errors": len(errors)}
    )
    assert errors == [], vnu_report(errors, output)


def test_no_executable_markup_in_feeds(hostile):
    output, _, _ = hostile
    problems = []
    for path in Site(output).files(".xml", ".atom", ".rss"):
        root = parse_xml(path)
        for element in root.iter():
            for name, value in element.attrib.items():
                if is_dangerous_url(value):
                    problems.append(f"{path.name}: {element.tag} {name}={value!r}")
            if element.text and "<" in element.text:
                fragment = LexborHTMLParser(element.text)
                problems += [f"{path.name}: {p}" for p in unsafe_markup(fragment)]
    assert problems == []


def test_no_executable_content_in_json_exports(hostile):
    output, _, _ = hostile
    problems = []
    for path in Site(output).files(".json", ".geojson"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for text in json_strings(data):
            if is_dangerous_url(text.strip()):
                problems.append(f"{path.name}: {text[:60]!r}")
        problems += [f"{path.name}: {p}" for p in _html_values(data)]
    assert problems == []


def test_no_formulas_or_script_urls_in_csv_exports(hostile):
    output, _, _ = hostile
    problems = []
    for path in Site(output).files(".csv"):
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))):
            for cell in row:
                if _FORMULA.match(cell) or is_dangerous_url(cell.strip()):
                    problems.append(f"{path.name}: {cell[:60]!r}")
    assert problems == []


def _html_values(value, key: str = "") -> list[str]:
    """Values of keys that carry HTML (``*_html``, ``popup``...) must be inert."""
    problems = []
    if isinstance(value, dict):
        for k, v in value.items():
            problems += _html_values(v, str(k))
    elif isinstance(value, list):
        for item in value:
            problems += _html_values(item, key)
    elif isinstance(value, str) and HTML_KEYS.search(key) and "<" in value:
        problems += unsafe_markup(LexborHTMLParser(value))
    return problems


def _readable_bytes(path: Path) -> bytes:
    """A file's bytes, Pagefind's gzip files decompressed."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except OSError:
            return data
    return data


def test_search_filters_with_hostile_values_still_match_the_index(hostile):
    """Outlets and places with quotes, ampersands and tags: each value on /cari/ is
    the one Pagefind stored (escaping on the page, decoding in the browser and in
    Pagefind agree), so picking it finds its articles."""
    output, _, _ = hostile
    listed = listed_filters(output / "cari" / "index.html")
    assert listed == indexed_filters(output / "pagefind")
    values = [v for counts in listed.values() for v in counts]
    assert any(set(v) & set("&\"'‹") for v in values), values
