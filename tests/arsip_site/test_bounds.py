"""arsip_core.bounds: the content walk and the output-path check, without Pelican."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from arsip_core.bounds import (
    OutsideFolder,
    entry_refusal,
    output_file,
    safe_output_path,
    walk_content,
)
from arsip_core.urls import alias_paths
from arsip_taxonomy.terms import term_slug


@pytest.mark.parametrize(
    "relative",
    [
        "../x.html",
        "artikel/../../x.html",
        "/etc/x.html",
        "%2e%2e/x.html",
        "artikel/%2E%2E/%2e%2e/x.html",
        "artikel\\..\\x.html",
        "C:/x.html",
        "a\x00b",
        "",
    ],
)
def test_paths_that_leave_the_output_folder_are_refused(tmp_path, relative):
    with pytest.raises(OutsideFolder):
        output_file(tmp_path, relative)
    assert not safe_output_path(relative)


@pytest.mark.parametrize(
    "relative", ["index.html", "artikel/x/index.html", "./feeds/a.xml", "%41.html"]
)
def test_paths_inside_are_kept(tmp_path, relative):
    assert output_file(tmp_path, relative) == tmp_path / relative


@pytest.mark.parametrize("resolved", [False, True])
def test_a_link_inside_the_output_folder_is_followed_when_checking(tmp_path, resolved):
    output = tmp_path / "output"
    (output / "artikel" / "a").mkdir(parents=True)
    (output / "keluar").symlink_to(tmp_path)
    (output / "artikel" / "a" / "naik").symlink_to(tmp_path)
    (output / "artikel" / "dalam").symlink_to(output / "artikel" / "a")
    real = os.path.realpath(output) if resolved else None
    for relative in ("keluar/x.html", "artikel/a/naik/x.html", "./keluar/baru/x"):
        with pytest.raises(OutsideFolder):
            output_file(output, relative, real)
    # A link that stays inside, a folder not made yet, a plain file: all kept.
    for relative in ("artikel/dalam/x.html", "artikel/baru/x.html", "artikel/a"):
        assert output_file(output, relative, real) == output / relative


def test_the_resolved_root_may_be_reached_through_a_link(tmp_path):
    real = tmp_path / "nyata"
    real.mkdir()
    (tmp_path / "keluaran").symlink_to(real)
    output = tmp_path / "keluaran"
    root = os.path.realpath(output)
    assert output_file(output, "a/index.html", root) == output / "a/index.html"
    with pytest.raises(OutsideFolder):
        output_file(output, "../nyata/x.html", root)


@pytest.mark.parametrize(
    "name", ["../../etc", "%2e%2e", "/", "..", "a/../b", "C:\\x", "\x00"]
)
def test_term_slugs_are_plain_whatever_the_name(name):
    slug = term_slug("tempat", name)
    assert safe_output_path(f"indeks/tempat/{slug}/index.html")
    assert "/" not in slug and ".." not in slug


def test_aliases_refuse_encoded_dots():
    kept, refused = alias_paths(["%2e%2e/x", "a/%2E/b", "artikel/lama/"])
    assert kept == ("artikel/lama/",)
    assert refused == ["%2e%2e/x", "a/%2E/b"]


def test_the_walk_never_follows_a_link(tmp_path):
    content, outside = tmp_path / "content", tmp_path / "luar"
    (content / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "r.txt").write_text("rahasia")
    (content / "a.txt").write_text("isi")
    (content / "sub" / "b.txt").write_text("isi")
    os.symlink(outside / "r.txt", content / "luar.txt")
    os.symlink(outside, content / "folder-luar")
    os.symlink("..", content / "sub" / "naik")
    os.symlink("sub", content / "kembar")
    os.symlink("a.txt", content / "kembar.txt")
    os.mkfifo(content / "pipa.txt")
    walk = walk_content(
        content, [""], skip_dir=lambda d, n: False, include=lambda r: True
    )
    assert {Path(f).as_posix() for f in walk.files} == {"a.txt", "sub/b.txt"}
    assert set(walk.refused) == {"luar.txt", "folder-luar/", "sub/naik/", "pipa.txt"}
    assert walk.refused["luar.txt"].target == str((outside / "r.txt").resolve())
    assert {k: v.target for k, v in walk.duplicates.items()} == {
        "kembar/": "sub/",
        "kembar.txt": "a.txt",
    }
    assert entry_refusal(content, content / "luar.txt") is not None
    assert entry_refusal(content, content / "pipa.txt") is not None
    assert entry_refusal(content, content / "a.txt") is None


def test_the_build_writer_writes_nothing_outside_output(tmp_path):
    from pelican.settings import DEFAULT_CONFIG

    from arsip_site.boundaries import bounded_writer

    output = tmp_path / "output"
    output.mkdir()
    writer = bounded_writer()(str(output), settings=dict(DEFAULT_CONFIG))
    for name in ("../keluar.html", "%2e%2e/keluar.html", "/tmp/keluar.html"):
        assert writer.write_file(name, None, {}) is None
        assert writer.write_feed([], {}, name) is None
    assert sorted(tmp_path.rglob("*")) == [output]


def test_an_empty_name_is_pelicans_do_not_write_not_an_error(tmp_path, caplog):
    from arsip_site.boundaries import inside_output

    # A save_as of "" means "no page" to Pelican; logging it as an unsafe path
    # put an ERROR line in every build of content/.
    assert inside_output(str(tmp_path), "")
    assert inside_output(str(tmp_path), None)
    assert not inside_output(str(tmp_path), "../keluar.html")
    assert [r.levelname for r in caplog.records] == ["ERROR"]


def test_a_linked_pages_folder_is_refused_not_walked(tmp_path):
    content, outside = tmp_path / "content", tmp_path / "luar"
    content.mkdir()
    outside.mkdir()
    (outside / "tentang.md").write_text("rahasia")
    os.symlink(outside, content / "pages")
    walk = walk_content(
        content, ["pages"], skip_dir=lambda d, n: False, include=lambda r: True
    )
    assert walk.files == set()
    assert walk.refused["pages/"].target == str(outside.resolve())
    # The articles' walk leaves an excluded folder to the pages' walk.
    walk = walk_content(
        content, [""], skip_dir=lambda d, n: n == "pages", include=lambda r: True
    )
    assert walk.files == set() and walk.refused == {}


def test_a_regular_file_is_read_whole_or_to_one_byte_over_the_limit(tmp_path):
    from arsip_core.bounds import read_regular

    data = bytes(range(256)) * 1000  # 256,000 bytes: several reads
    (tmp_path / "besar.txt").write_bytes(data)
    (tmp_path / "kosong.txt").write_bytes(b"")
    assert read_regular(tmp_path / "besar.txt", 1_000_000) == data
    assert read_regular(tmp_path / "besar.txt", len(data)) == data
    assert read_regular(tmp_path / "besar.txt", 100_000) == data[:100_001]
    assert read_regular(tmp_path / "kosong.txt", 10) == b""


def test_reading_never_goes_through_a_link_or_waits_on_a_pipe(tmp_path):
    from zoneinfo import ZoneInfo

    from arsip_core.bounds import NotRegularFile, read_regular
    from arsip_reader.pipeline import read_article

    (tmp_path / "a.txt").write_text("Judul\n\nPontianak - Isi berita.\n")
    os.symlink(tmp_path / "a.txt", tmp_path / "tautan.txt")
    os.mkfifo(tmp_path / "pipa.txt")
    assert read_regular(tmp_path / "a.txt", 5) == b"Judul\n"  # limit + 1 bytes
    with pytest.raises(OSError):
        read_regular(tmp_path / "tautan.txt", 100)
    with pytest.raises(NotRegularFile):
        read_regular(tmp_path / "pipa.txt", 100)
    with pytest.raises(OSError):
        read_article(tmp_path / "tautan.txt", tz=ZoneInfo("Asia/Jakarta"))
