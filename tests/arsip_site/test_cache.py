"""The content cache sees every input of a record: real builds with the cache on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pelican import Pelican
from selectolax.lexbor import LexborHTMLParser

import arsip_core.gazetteer as gazetteer
from arsip_core.state import build_state
from tests.conftest import ROOT, read_export, site_settings

TEXT = """Polisi Berjaga di Kantor KPU Sambas

Sambas - Polres Sambas menjaga kantor KPU Kabupaten Sambas menjelang pemungutan suara.
"""
SIDECAR = "title: Judul dari Berkas Pendamping\npublished: 2024-02-10\n"
MARKDOWN = """---
title: Apel Siaga di Mempawah
published: 2024-02-11
personel: 120
---
Polres Mempawah menggelar apel siaga pengamanan pemungutan suara.
"""


def _build(content: Path, tmp_path: Path, run: str) -> tuple[Path, int]:
    """One build with the content cache on; the output and the files read afresh."""
    settings = site_settings(
        content,
        tmp_path / run,
        CACHE_PATH=str(tmp_path / "cache"),
        LOAD_CONTENT_CACHE=True,
        ARSIP_SEARCH_INDEX=False,
        ARSIP_READER_PROCESSES=1,
    )
    Pelican(settings).run()
    return tmp_path / run, build_state(settings).parsed


def _records(output: Path) -> dict[str, dict]:
    data = json.loads(read_export(output, "arsip.json"))
    return {r["source_file"]: r for r in data["records"]}


def _title(output: Path, record: dict) -> str:
    page = output / record["page_url"].lstrip("/") / "index.html"
    tree = LexborHTMLParser(page.read_text("utf-8"))
    return tree.css_first("h1").text(strip=True)


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    (folder / "pages").mkdir(parents=True)
    (folder / "sambas.txt").write_text(TEXT, "utf-8")
    (folder / "sambas.yaml").write_text(SIDECAR, "utf-8")
    (folder / "mempawah.md").write_text(MARKDOWN, "utf-8")
    return folder


@pytest.fixture
def data_copy(tmp_path, monkeypatch) -> Path:
    """The reference data copied to a folder the test may edit."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    monkeypatch.setattr(gazetteer, "DATA_DIR", folder)
    yield folder
    gazetteer._load_gazetteer.cache_clear()


def test_an_unchanged_rebuild_reads_nothing_again(content, tmp_path, data_copy):
    _, first = _build(content, tmp_path, "a")
    _, second = _build(content, tmp_path, "b")
    assert (first, second) == (2, 0)


def test_a_sidecar_edit_shows_on_the_next_build(content, tmp_path, data_copy):
    output, _ = _build(content, tmp_path, "a")
    assert _title(output, _records(output)["sambas.txt"]) == (
        "Judul dari Berkas Pendamping"
    )
    (content / "sambas.yaml").write_text(
        SIDECAR.replace("dari Berkas", "yang Dibetulkan"), "utf-8"
    )
    output, parsed = _build(content, tmp_path, "b")
    record = _records(output)["sambas.txt"]
    assert _title(output, record) == "Judul yang Dibetulkan Pendamping"
    assert record["title"] == "Judul yang Dibetulkan Pendamping"
    assert parsed == 1  # only the article whose sidecar changed


def test_a_removed_sidecar_shows_on_the_next_build(content, tmp_path, data_copy):
    _build(content, tmp_path, "a")
    (content / "sambas.yaml").unlink()
    output, _ = _build(content, tmp_path, "b")
    assert _records(output)["sambas.txt"]["title"] == (
        "Polisi Berjaga di Kantor KPU Sambas"
    )


def test_a_front_matter_edit_shows_on_the_next_build(content, tmp_path, data_copy):
    output, _ = _build(content, tmp_path, "a")
    assert _records(output)["mempawah.md"]["personnel_total"] == 120
    md = content / "mempawah.md"
    md.write_text(MARKDOWN.replace("personel: 120", "personel: 150"), "utf-8")
    output, _ = _build(content, tmp_path, "b")
    assert _records(output)["mempawah.md"]["personnel_total"] == 150


def test_a_reference_data_edit_shows_on_the_next_build(content, tmp_path, data_copy):
    output, _ = _build(content, tmp_path, "a")
    (place,) = _records(output)["sambas.txt"]["places"]
    assert place["lat"] == pytest.approx(1.3617)
    table = data_copy / "kabupaten_kota.csv"
    table.write_text(
        table.read_text("utf-8").replace("Sambas,1.3617,", "Sambas,1.5,"), "utf-8"
    )
    output, parsed = _build(content, tmp_path, "b")
    (place,) = _records(output)["sambas.txt"]["places"]
    assert place["lat"] == pytest.approx(1.5)
    assert parsed == 2  # every record depends on the reference data


def test_an_edit_that_keeps_the_file_s_size_and_time_shows(
    content, tmp_path, data_copy
):
    """The stamps kept between builds (``arsip_core.stamps``) are keyed by the
    file's status, ctime included: an edit of the same length whose modification
    time is put back (a checkout, a copy with times kept) is still read again."""
    import os

    output, _ = _build(content, tmp_path, "a")
    md = content / "mempawah.md"
    before = md.stat()
    md.write_text(MARKDOWN.replace("personel: 120", "personel: 150"), "utf-8")
    os.utime(md, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = md.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    output, parsed = _build(content, tmp_path, "b")
    assert parsed == 1
    assert _records(output)["mempawah.md"]["personnel_total"] == 150
    output, parsed = _build(content, tmp_path, "c")
    assert parsed == 0


def test_a_record_setting_change_reads_every_article_again(
    content, tmp_path, data_copy
):
    _build(content, tmp_path, "a")
    settings = site_settings(
        content,
        tmp_path / "b",
        CACHE_PATH=str(tmp_path / "cache"),
        LOAD_CONTENT_CACHE=True,
        ARSIP_SEARCH_INDEX=False,
        ARSIP_UNKNOWN_PROVINCE="Tidak diketahui",
    )
    Pelican(settings).run()
    assert build_state(settings).parsed == 2


def test_a_file_is_stamped_once_per_build(tmp_path):
    """The prefetch, Pelican's cache lookup and its store share one stamp; the next
    build (a new stamp function) stamps the file again."""
    from arsip_site.cache import record_stamp

    article = tmp_path / "a.txt"
    article.write_text(TEXT, "utf-8")
    (tmp_path / "a.yaml").write_text(SIDECAR, "utf-8")
    calls = []

    def file_stamp(name: str) -> bytes:
        calls.append(name)
        return Path(name).read_bytes()

    stamp = record_stamp(file_stamp, "k")
    first = stamp(str(article))
    assert stamp(str(article)) == first and stamp(str(article)) == first
    assert calls == [str(article)]
    article.write_text(TEXT + "Tambahan.\n", "utf-8")
    assert record_stamp(file_stamp, "k")(str(article)) != first
    assert len(calls) == 2


def test_a_stamp_taken_elsewhere_is_kept(tmp_path):
    """A stamp the reader's worker took before reading the file (``source``) is the
    build's stamp of that file; without one, the file is stamped here."""
    from arsip_site.cache import record_stamp

    article = tmp_path / "a.txt"
    article.write_text(TEXT, "utf-8")
    calls = []

    def file_stamp(name: str) -> bytes:
        calls.append(name)
        return Path(name).read_bytes()

    stamp = record_stamp(file_stamp, "k")
    taken = stamp.compute(str(article))
    article.write_text(TEXT + "Diubah setelah dibaca.\n", "utf-8")
    stamp.source = {str(article): taken}.get
    assert stamp(str(article)) == taken and stamp(str(article)) == taken
    other = tmp_path / "b.txt"
    other.write_text(TEXT, "utf-8")
    assert stamp(str(other)) == stamp.compute(str(other))
    assert calls == [str(article), str(other), str(other)]


def test_a_cold_build_with_workers_stores_stamps_the_next_build_finds(tmp_path, caplog):
    """Files stamped by the reader's workers are found in the cache next time."""
    import logging

    from arsip_reader.prefetch import MIN_FILES

    content = tmp_path / "content"
    content.mkdir()
    count = MIN_FILES + 6
    for n in range(count):
        text = TEXT.replace("Polisi Berjaga", f"Polisi Berjaga ke-{n}", 1)
        (content / f"2024-02-{n % 28 + 1:02}-kalbar-jaga-{n:03}.txt").write_text(
            text, "utf-8"
        )
    (content / "2024-02-01-kalbar-jaga-000.yaml").write_text(SIDECAR, "utf-8")
    runs = []
    for run in ("pertama", "kedua"):
        settings = site_settings(
            content,
            tmp_path / run,
            CACHE_PATH=str(tmp_path / "cache"),
            LOAD_CONTENT_CACHE=True,
            ARSIP_SEARCH_INDEX=False,
            ARSIP_READER_PROCESSES=2,
        )
        with caplog.at_level(logging.INFO, logger="arsip_reader"):
            Pelican(settings).run()
        runs.append(build_state(settings).parsed)
    assert runs == [count, 0]
    assert f"{count} berkas dibaca oleh 2 proses paralel" in caplog.text


def test_the_generators_own_cache_stamps_no_file(content, tmp_path, monkeypatch):
    """With the reader layer caching, Pelican's generators keep no cache of their
    own: they no longer read each article to stamp it (twice) for nothing. The
    reader's cache stamps each file once, and the next build finds the file
    unchanged by its status (``arsip_core.stamps``): it hashes it no more."""
    import hashlib

    stamped: list[str] = []
    real = hashlib.md5

    def md5(data=b"", **kwargs):
        stamped.append(data[:40])
        return real(data, **kwargs)

    monkeypatch.setattr(hashlib, "md5", md5)
    _, parsed = _build(content, tmp_path, "satu")
    assert parsed == 2
    sambas = TEXT.encode()[:40]
    assert stamped.count(sambas) == 1
    stamped.clear()
    _, parsed = _build(content, tmp_path, "dua")
    assert parsed == 0 and stamped.count(sambas) == 0


def _kept(path: Path, salt: str = "md5"):
    from arsip_core.stamps import KeptDigests

    return KeptDigests(path, salt=salt)


def test_kept_digests_hash_a_file_again_only_when_it_changed(tmp_path):
    import hashlib
    import os
    import time

    table = tmp_path / "cache" / "stempel.pickle"
    one, two = tmp_path / "satu.txt", tmp_path / "dua.txt"
    one.write_text("satu", "utf-8")
    two.write_text("dua", "utf-8")
    time.sleep(0.05)  # older than the mark taken next, by more than a clock tick
    hashed: list[bytes] = []

    def digest(data: bytes) -> bytes:
        hashed.append(data)
        return hashlib.sha256(data).digest()

    first = _kept(table)
    values = {p: first.digest(str(p), digest) for p in (one, two)}
    assert values[one] == hashlib.sha256(b"satu").digest()
    first.save()
    again = _kept(table)
    assert again.digest(str(one), digest) == values[one]
    assert hashed == [b"satu", b"dua"]  # not read again
    # Same length, modification time put back: the ctime still moved.
    before = two.stat()
    two.write_text("DUA", "utf-8")
    os.utime(two, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert again.digest(str(two), digest) == hashlib.sha256(b"DUA").digest()
    again.save()
    # Another way of hashing (salt): nothing kept is used.
    other = _kept(table, salt="sha1")
    other.digest(str(one), digest)
    assert hashed[-1] == b"satu"
    # No table: every file hashed.
    assert _kept(tmp_path / "tidak-ada" / "x.pickle").old == {}


def test_a_file_changed_after_the_mark_is_hashed_again_next_time(tmp_path):
    """A file written after the mark (the same clock tick as its hashing, or
    later) may change again without its status showing it: not trusted."""
    import hashlib

    table = tmp_path / "cache" / "stempel.pickle"
    page = tmp_path / "halaman.html"
    kept = _kept(table)
    page.write_text("baru", "utf-8")  # after the mark
    kept.digest(str(page), lambda data: hashlib.sha256(data).digest())
    kept.adopt(str(tmp_path / "hilang.txt"), b"x")  # gone: not kept
    kept.save()
    hashed = []
    later = _kept(table)
    later.digest(str(page), lambda data: hashed.append(data) or b"")
    assert hashed == [b"baru"]
    assert str(tmp_path / "hilang.txt") not in later.old


def test_a_stamp_a_worker_took_is_kept_for_the_next_build(tmp_path):
    """``RecordStamp.save`` keeps the stamps the reader's workers took (adopted
    under the file's status now), so the build after a cold one reads no file."""
    import hashlib
    import time
    from functools import partial

    from arsip_site.cache import STAMPS_SUFFIX, record_stamp

    article = tmp_path / "a.txt"
    article.write_text(TEXT, "utf-8")
    time.sleep(0.05)
    settings = {
        "CHECK_MODIFIED_METHOD": "md5",
        "CACHE_CONTENT": True,
        "CACHE_PATH": str(tmp_path / "cache"),
    }
    cache = str(tmp_path / "cache" / "ArticlesGenerator-Readers")
    where = partial(
        {"ArticlesGenerator-Readers": cache}.get, "ArticlesGenerator-Readers"
    )
    reads = []

    def file_stamp(name: str) -> bytes:
        reads.append(name)
        return hashlib.md5(Path(name).read_bytes()).digest()

    stamp = record_stamp(file_stamp, "k", settings, where)
    taken = stamp.compute(str(article))  # as a forked worker takes it
    stamp.kept.new.clear()  # the worker's own table stays in the worker
    stamp.source = {str(article): taken}.get
    assert stamp(str(article)) == taken
    stamp.save()
    assert Path(cache + STAMPS_SUFFIX).is_file()
    hashed = []

    def md5(data: bytes) -> bytes:
        hashed.append(data)
        return hashlib.md5(data).digest()

    later = record_stamp(file_stamp, "k", settings, where)
    later.hash_bytes = md5
    assert later(str(article)) == taken
    assert hashed == [] and reads == []
    # Pelican's own stamp (mtime) or no cache: nothing kept.
    assert (
        record_stamp(
            file_stamp, "k", dict(settings, CHECK_MODIFIED_METHOD="mtime"), where
        ).kept
        is None
    )
    assert record_stamp(file_stamp, "k", settings, None).kept is None
