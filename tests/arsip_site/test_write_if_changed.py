"""arsip_core.files: exports are rewritten only when their bytes change (issue 14)."""

from __future__ import annotations

import os

from arsip_core.files import (
    copy_if_changed,
    load_kept,
    save_kept,
    source_digest,
    write_if_changed,
)


def _times(path):
    stat = os.stat(path)
    return stat.st_mtime_ns, stat.st_ctime_ns


def test_same_bytes_keep_the_file_and_its_time(tmp_path):
    path = tmp_path / "data" / "arsip.csv"
    assert write_if_changed(path, "id,judul\n1,Apel siaga\n") is True
    old = 1_000_000_000_000_000_000
    os.utime(path, ns=(old, old))
    ctime = os.stat(path).st_ctime_ns

    assert write_if_changed(path, b"id,judul\n1,Apel siaga\n") is False
    mtime, new_ctime = _times(path)
    assert mtime == old  # content and modification time untouched
    assert new_ctime >= ctime  # but marked as part of this build (the sweep)

    assert write_if_changed(path, "id,judul\n1,Patroli\n") is True
    assert path.read_text(encoding="utf-8") == "id,judul\n1,Patroli\n"
    assert os.stat(path).st_mtime_ns != old
    assert [p.name for p in path.parent.iterdir()] == ["arsip.csv"]  # no temp left


def test_same_length_other_bytes_are_written(tmp_path):
    path = tmp_path / "a.txt"
    write_if_changed(path, "TPS 1")
    assert write_if_changed(path, "TPS 2") is True
    assert path.read_text(encoding="utf-8") == "TPS 2"


def test_copy_if_changed(tmp_path):
    source = tmp_path / "leaflet.css"
    source.write_text(".peta{}", encoding="utf-8")
    target = tmp_path / "keluaran" / "pustaka" / "leaflet.css"
    assert copy_if_changed(source, target) is True
    old = 1_000_000_000_000_000_000
    os.utime(target, ns=(old, old))
    assert copy_if_changed(source, target) is False
    assert os.stat(target).st_mtime_ns == old
    source.write_text(".peta{color:red}", encoding="utf-8")
    assert copy_if_changed(source, target) is True
    assert target.read_text(encoding="utf-8") == ".peta{color:red}"


def test_kept_value_is_read_back_only_by_its_version_and_kind(tmp_path):
    path = tmp_path / "tabel.pickle"
    assert load_kept(path, b"v1", dict) is None  # nothing kept yet
    save_kept(path, b"v1", {"a": 1})
    assert load_kept(path, b"v1", dict) == {"a": 1}
    assert load_kept(path, b"v2", dict) is None  # another version of the code
    assert load_kept(path, b"v1", list) is None  # not the kind asked for
    assert load_kept(None, b"v1", dict) is None  # no cache
    path.write_bytes(b"bukan pickle")
    assert load_kept(path, b"v1", dict) is None  # unreadable: made again


def test_source_digest_follows_the_files(tmp_path):
    code = tmp_path / "kode.py"
    code.write_text("A = 1\n")
    before = source_digest([code], b"numpy 2")
    assert source_digest([code], b"numpy 2") == before
    assert source_digest([code], b"numpy 3") != before
    code.write_text("A = 2\n")
    assert source_digest([code], b"numpy 2") != before
