"""The fingerprint's cost stays in proportion to what it hashes.

The first version hashed every dataclass by its ``repr``; a term's repr repeats each
related term on every path to it, so the bytes hashed grew exponentially with the
terms (a build of five articles took ten minutes and 10 GB). These tests count the
bytes the digester feeds to its hash, on many related terms, and bound them by the
size of the objects: they fail on an exponential blow-up without timing anything.
"""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import arsip_incremental.fingerprint as fingerprint
import pytest
from arsip_incremental.fingerprint import Digester

from arsip_core.model import Official, Place, Record
from arsip_taxonomy.terms import Term


@pytest.fixture
def hashed(monkeypatch) -> list[int]:
    """Bytes fed to the fingerprint's hash, counted as it runs."""
    fed = [0]
    real = fingerprint._h

    def counting(*parts: bytes) -> bytes:
        fed[0] += sum(len(part) for part in parts)
        return real(*parts)

    monkeypatch.setattr(fingerprint, "_h", counting)
    return fed


def _terms(count: int, fan: int, cyclic: bool) -> list[Term]:
    """``count`` terms, each related to the next ``fan`` (and, if cyclic, back)."""
    terms = [
        Term("kegiatan", f"istilah-{i}", f"Istilah {i}", url=f"kegiatan/istilah-{i}/")
        for i in range(count)
    ]
    for i, term in enumerate(terms):
        step = range(1, fan + 1)
        others = [terms[(i + k) % count] for k in step if cyclic or i + k < count]
        term.related = [(other, k) for k, other in enumerate(others, 1)]
    return terms


@pytest.mark.parametrize(
    ("count", "cyclic"), [(22, False), (20, True)], ids=["chain", "cycle"]
)
def test_related_terms_hash_in_proportion_to_their_number(hashed, count, cyclic):
    # Each term names the next two: the repr of the first is megabytes long.
    terms = _terms(count, 2, cyclic)
    digester = Digester()
    for term in terms:
        digester.value(term)
    # Each term hashed once (a few hundred bytes), each relation a digest.
    assert hashed[0] < 2_000 * len(terms)


def test_a_chain_of_related_terms_deeper_than_the_call_stack_is_hashed():
    """Each term is hashed with the terms it relates to, and they with theirs: the
    walk is as deep as the longest chain of related terms. A small site has few
    relations a term, so its chain can pass through every term (76 synthetic
    articles, seed 3: 90 terms deep, about 800 Python frames when hashed by
    recursion, next to the limit of 1,000; a test site of those articles failed
    with a RecursionError). The walk must not use the call stack for it."""
    import sys

    count = sys.getrecursionlimit() * 2
    terms = _terms(count, 1, cyclic=True)
    digester = Digester()
    first = digester.value(terms[0])
    assert digester.value(terms) != first
    # The chain's end still counts: renaming the last term changes the first.
    renamed = _terms(count, 1, cyclic=True)
    renamed[-1].url = "kegiatan/lain/"
    assert Digester().value(renamed[0]) not in (first, None)
    # Equal data, equal digests.
    assert Digester().value(_terms(count, 1, cyclic=True)[0]) == first


def test_a_shared_term_is_hashed_once_per_build(hashed):
    terms = _terms(40, 5, cyclic=True)
    digester = Digester()
    digester.value(terms)
    first = hashed[0]
    digester.value(terms[0])
    digester.value(list(terms))
    # Known objects come from the memo: only the new list's own digest is added.
    assert hashed[0] - first < 40 * 64


def test_a_back_reference_still_sees_its_terms_name_and_url():
    def digest(rename: bool) -> bytes:
        a, b = _terms(2, 1, cyclic=True)
        if rename:
            b.url = "kegiatan/lain/"
        return Digester().value(a)

    assert digest(False) != digest(True)


def test_a_record_is_hashed_by_its_fields_values():
    record = Record(
        id="a",
        title="Apel gelar pasukan",
        places=(Place("Sambas", "kabupaten", "Kalimantan Barat"),),
        officials=(Official("AKBP", "Budi", "Kapolres"),),
    )
    same = dataclasses.replace(record)
    moved = (Place("Sintang", "kabupaten", "Kalimantan Barat"),)
    other = dataclasses.replace(record, places=moved)
    assert Digester().value(record) == Digester().value(same)
    assert Digester().value(record) != Digester().value(other)


class _Page:
    """A stand-in for Pelican's content: attributes and a property."""

    __module__ = "pelican.contents"

    def __init__(self, title: str, text: str) -> None:
        self.title = title
        self._content = text
        # The build's context, not hashed: ``content`` resolves links through it.
        self._context = {"text": text}

    @property
    def content(self) -> str:
        return self._context["text"]


def test_a_variable_read_whole_is_not_hashed_again_path_by_path():
    reads = {"article": frozenset({(), ("title",), ("record", "outlet"), ("content",)})}
    plan = fingerprint._plan(reads)
    ((name, (kept, every), _markers),) = plan
    assert name == "article"
    # The title and record are inside the whole object's digest; the text's links
    # are resolved through the build's context, which it does not hold.
    assert set(kept) == {(), ("content",)}
    assert len(every) == 4


def test_the_whole_object_still_decides_the_fingerprint():
    reads = {"article": frozenset({(), ("title",), ("content",)})}

    def fingerprint_of(page: _Page) -> str | None:
        return fingerprint.page_fingerprint(
            Digester(), "env", "article.html", reads, {"article": page}, {}
        )

    same = fingerprint_of(_Page("Apel", "teks"))
    assert same == fingerprint_of(_Page("Apel", "teks"))
    assert same != fingerprint_of(_Page("Apel siaga", "teks"))
    # A text that resolves differently (a link to a renamed page) is seen too.
    other = _Page("Apel", "teks")
    other._context["text"] = "teks lain"
    assert same != fingerprint_of(other)


def test_a_setting_holding_an_object_still_counts_by_its_plain_values():
    """JINJA_ENVIRONMENT holds arsip_i18n's bytecode cache (an object) beside
    ``trim_blocks``: a change of ``trim_blocks`` changes what pages are."""

    def jinja(trim: bool) -> dict:
        return {"JINJA_ENVIRONMENT": {"trim_blocks": trim, "bytecode_cache": object()}}

    same = fingerprint.settings_fingerprint(jinja(True))
    assert fingerprint.settings_fingerprint(jinja(True)) == same
    assert fingerprint.settings_fingerprint(jinja(False)) != same
    # Objects alone are per-build state, as before.
    plain = {"SITENAME": "Arsip"}
    assert fingerprint.settings_fingerprint(
        {**plain, "X": object()}
    ) == fingerprint.settings_fingerprint(plain)


def test_equal_url_wrappers_are_hashed_once_and_alike():
    """Pelican makes a Category per article: equal ones share one digest; another
    name, or other settings (another edition's URLs), give another."""
    from pelican.settings import DEFAULT_CONFIG
    from pelican.urlwrappers import Category

    settings = dict(DEFAULT_CONFIG)
    digester = Digester()
    first = digester.value(Category("Kalimantan Barat", settings))
    assert len(digester._wrappers) == 1
    assert digester.value(Category("Kalimantan Barat", settings)) == first
    assert len(digester._wrappers) == 1
    assert digester.value(Category("Kalimantan Timur", settings)) != first
    other = dict(settings, CATEGORY_URL="wilayah/{slug}/")
    assert digester.value(Category("Kalimantan Barat", other)) != first
    # A fresh digester, which keeps nothing, agrees.
    assert Digester().value(Category("Kalimantan Barat", settings)) == first


def test_the_pages_the_sweep_leaves_are_what_the_sitemap_would_walk(tmp_path):
    import arsip_incremental.plugin as incremental

    from arsip_core.keys import INCREMENTAL_SLOT
    from arsip_core.state import new_build_state
    from arsip_seo.sitemap import html_files

    out = tmp_path / "out"

    def put(name: str) -> Path:
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
        return path

    put("artikel/lama/index.html")  # stale: removed
    kept = put("artikel/tetap/index.html")
    put("a-b/index.html")  # "-" sorts before "/": the order is by segments
    put("a/x/y.html")
    put("index.html")
    put("feeds/semua.atom.xml")  # no page
    (out / "folder.html").mkdir()  # a folder named like a page is no page
    put("pagefind/bagian/2024/x.pf")
    put("pagefind/halaman.html")  # in a spared folder: walked for the sitemap
    (out / "tautan").mkdir()
    (out / "tautan/ke-artikel").symlink_to(out / "artikel")
    settings = {"OUTPUT_PATH": str(out), "CACHE_PATH": str(tmp_path / "cache")}
    state = new_build_state(settings)
    build = state.slot(INCREMENTAL_SLOT, lambda: incremental.Build(settings))
    build.marker = time.time_ns() + 10**12  # every file is older
    fresh = {"a-b/index.html", "a/x/y.html", "index.html", "feeds/semua.atom.xml"}
    build.kept = {str(kept)} | {str(out / name) for name in fresh}
    assert incremental.swept_pages(settings, out) is None  # not swept yet
    pages: list = []
    removed = incremental.sweep(
        build.output, build.marker, build.kept, {build.output / "pagefind"}, pages
    )
    build.swept = (pages, {build.output / "pagefind"})
    assert removed == ["artikel/lama/index.html"]
    assert incremental.swept_pages(settings, out) == html_files(out)
    assert ("pagefind", "halaman.html") in html_files(out)
    # Another output folder (an edition's) walks its own.
    assert incremental.swept_pages(settings, out / "en") is None


def test_the_sweep_removes_stale_files_and_the_folders_they_leave_empty(tmp_path):
    from arsip_incremental.plugin import sweep

    def put(name: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
        return path

    stale = [put("artikel/lama/index.html"), put("a/b/c/lama.html")]
    kept_file = put("artikel/tetap/index.html")
    put("pagefind/bagian/2024/x.pf")
    (tmp_path / "pagefind/kosong").mkdir()
    (tmp_path / "kosong/dalam").mkdir(parents=True)
    (tmp_path / "tautan").mkdir()
    (tmp_path / "tautan/ke-artikel").symlink_to(tmp_path / "artikel")
    marker = time.time_ns() + 10**12  # every file is older
    removed = sweep(tmp_path, marker, {str(kept_file)}, {tmp_path / "pagefind"})
    assert sorted(removed) == ["a/b/c/lama.html", "artikel/lama/index.html"]
    assert not any(p.exists() for p in stale)
    assert not (tmp_path / "a").exists()  # emptied, removed deepest first
    assert not (tmp_path / "artikel/lama").exists()
    assert not (tmp_path / "kosong").exists()  # empty before: removed too
    assert kept_file.is_file()
    # Spared: left as it is, even an empty folder inside it.
    assert (tmp_path / "pagefind/kosong").is_dir()
    # A link to a folder is neither followed nor removed (as before): its folder
    # stays.
    assert (tmp_path / "tautan/ke-artikel").is_symlink()


def test_a_page_is_written_over_its_old_bytes(tmp_path):
    from arsip_incremental.plugin import write_over

    page = tmp_path / "index.html"
    page.write_bytes(b"x" * 9000)
    inode = page.stat().st_ino
    write_over(str(page), b"pendek")
    assert page.read_bytes() == b"pendek"
    assert page.stat().st_ino == inode  # the same file, as open("w") leaves it
    write_over(str(page), "panjang é".encode() * 1000)
    assert page.read_bytes() == "panjang é".encode() * 1000
    write_over(str(tmp_path / "baru.html"), b"")
    assert (tmp_path / "baru.html").read_bytes() == b""


def test_a_new_page_is_not_cut_and_an_old_one_is(tmp_path, monkeypatch):
    from arsip_incremental import plugin

    cuts = []
    real = os.ftruncate
    monkeypatch.setattr(os, "ftruncate", lambda fd, n: (cuts.append(n), real(fd, n)))
    page = tmp_path / "index.html"
    plugin.write_over(str(page), b"baru")
    assert page.read_bytes() == b"baru" and cuts == []  # made here: nothing to cut
    plugin.write_over(str(page), b"ab")
    assert page.read_bytes() == b"ab" and cuts == [2]  # written over: cut to length
