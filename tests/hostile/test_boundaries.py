"""Content boundaries (issue 18), through the hostile corpus's real build: nothing
outside content/ is read, nothing outside output/ (and the cache) is written."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

from tests.conftest import read_report
from tests.hostile.corpus import FIFO, LINKS, OUTSIDE, OUTSIDE_FILES, OUTSIDE_MARKER


def _entries(output: Path) -> dict[str, dict]:
    return {e["source"]: e for e in read_report(output)["files"]}


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":  # Pagefind's index files
        try:
            return gzip.decompress(data)
        except OSError:
            return data
    return data


def test_no_output_file_holds_text_from_outside_content(hostile):
    output, _, _ = hostile
    files = [p for p in output.rglob("*") if p.is_file()]
    leaks = [
        p.relative_to(output).as_posix()
        for p in files
        if OUTSIDE_MARKER.encode() in _bytes(p)
    ]
    assert files and leaks == []


def test_nothing_is_written_outside_output_and_the_cache(hostile, hostile_root):
    """Every entry of the temporary tree is an input we planted, or under output/
    or the cache folder; the inputs and the outside folder are unchanged."""
    output, names, _ = hostile
    allowed = (output.name, f"{output.name}-cache")
    stray = []
    for dirpath, dirs, files in os.walk(hostile_root, followlinks=False):
        relative = Path(dirpath).relative_to(hostile_root)
        if relative.parts and relative.parts[0] in allowed:
            continue
        for name in [*dirs, *files]:
            entry = (relative / name).as_posix()
            top = entry.split("/")[0]
            if top in allowed or entry in ("content", "content/pages", OUTSIDE):
                continue
            if entry.startswith("content/"):
                inside = entry.removeprefix("content/")
                if inside in names or f"{inside}/" in names:
                    continue
            if entry.startswith(f"{OUTSIDE}/"):
                inside = entry.removeprefix(f"{OUTSIDE}/")
                if inside in OUTSIDE_FILES or inside == "folder":
                    continue
            stray.append(entry)
    assert stray == []
    for name, text in OUTSIDE_FILES.items():
        assert (hostile_root / OUTSIDE / name).read_text(encoding="utf-8") == text
    for name, target in LINKS.items():
        assert os.readlink(hostile_root / "content" / name) == target
    for name in ("arsip-alias-jahat", "arsip-save-as.html", "arsip-url-keluar"):
        assert not (Path("/tmp") / name).exists()
    assert not Path("/etc/arsip-alias-mutlak").exists()


def test_links_out_of_content_are_refused_with_where_they_point(hostile, hostile_root):
    output, _, _ = hostile
    entries = _entries(output)
    outside = (hostile_root / OUTSIDE).resolve()
    assert entries["tautan-luar.txt"]["target"] == str(outside / "rahasia.txt")
    assert entries["tautan-folder-luar/"]["target"] == str(outside / "folder")
    assert entries["tautan-nol.txt"]["target"] == "/dev/zero"
    assert entries["sidecar-tautan.yaml"]["target"] == str(outside / "rahasia.yaml")
    assert entries["tautan-rusak.txt"]["target"] == "tidak-ada.txt"
    assert entries["tautan-putar/"]["target"] == "./"
    assert entries[FIFO]["status"] == "ditolak"
    # The link's own name, never the outside file's, is the input.
    assert not any("berita-luar" in source for source in entries)


def test_a_link_inside_content_is_a_duplicate_not_a_second_page(hostile):
    output, _, _ = hostile
    entries = _entries(output)
    duplicate = entries["tautan-dalam.txt"]
    assert duplicate["status"] == "diabaikan" and duplicate["target"] == "crlf.txt"
    assert "url" not in duplicate
    assert entries["crlf.txt"]["status"].startswith("terbit")
    assert not (output / "artikel" / "tautan-dalam").exists()


def test_a_bad_sidecar_is_named_with_its_line_and_its_article_still_published(
    hostile,
):
    output, _, _ = hostile
    entries = _entries(output)
    bad = entries["sidecar-tidak-sah.yaml"]
    assert bad["line"] == 3 and bad["sidecar_of"] == "sidecar-tidak-sah.txt"
    assert entries["sidecar-tag-yaml.yaml"]["line"] == 3
    for article in (
        "sidecar-tag-yaml.txt",
        "sidecar-tidak-sah.txt",
        "sidecar-tiga-mb.txt",
        "sidecar-tautan.txt",
    ):
        entry = entries[article]
        sidecar = article.replace(".txt", ".yaml")
        assert any(sidecar in r for r in entry["reasons"]), entry
        # The report never blames the article's front matter for its sidecar.
        assert not any("front matter" in r for r in entry["reasons"]), entry
        assert (output / entry["url"] / "index.html").is_file()
    # The refused sidecars' values are not used: the extracted title stands.
    page = (output / entries["sidecar-tiga-mb.txt"]["url"] / "index.html").read_text(
        encoding="utf-8"
    )
    assert "Pendamping Tiga Megabita" in page
    assert "Judul dari Pendamping Raksasa" not in page
    assert not Path("/tmp/arsip-yaml-pwned").exists()


def test_aliases_that_leave_the_site_are_refused(hostile):
    output, _, _ = hostile
    entry = _entries(output)["alias-keluar.md"]
    refused = [r for r in entry["reasons"] if "alias" in r]
    assert len(refused) == 5, refused
    assert (output / "artikel" / "alias-yang-sah" / "index.html").is_file()
    # A path that starts with "/" is a path of the site: it stays under output/.
    assert (output / "etc" / "arsip-alias-mutlak" / "index.html").is_file()
    written = {
        p.relative_to(output.parent).as_posix()
        for p in output.parent.rglob("*arsip-alias*")
    }
    assert written == {"output/etc/arsip-alias-mutlak"}


def test_file_links_out_of_content_stay_inert_and_nothing_is_copied(hostile):
    """``{static}../luar/…`` would make Pelican copy the outside file: markdown-it
    writes the braces encoded, and Pelican's own readers (.mkd, .rst) read nothing."""
    output, _, _ = hostile
    entries = _entries(output)
    page = (output / entries["tautan-static.md"]["url"] / "index.html").read_text(
        encoding="utf-8"
    )
    assert 'href="%7Bstatic%7D../luar/rahasia.txt"' in page
    assert 'href="{static}' not in page
    for name in ("markdown-lain.mkd", "rst-include.rst"):
        assert entries[name]["status"] == "diabaikan"
    copied = [
        p.relative_to(output).as_posix()
        for p in output.rglob("*")
        if p.name in OUTSIDE_FILES or p.name.startswith(("markdown-lain", "rst-"))
    ]
    assert copied == []


def test_tambah_refuses_a_folder_outside_the_project_unless_asked(
    tmp_path, monkeypatch, capsys
):
    """``arsip tambah URL --ke FOLDER``: a folder outside the project (the folder
    with pelicanconf.py) is refused, nothing fetched or written, unless
    ``--di-luar-proyek`` says it is meant; a ``content`` link out is refused too."""
    from arsip_reader import cli
    from tests.arsip_reader import pageserver

    project, outside = tmp_path / "proyek", tmp_path / "di-luar"
    project.mkdir()
    (project / "pelicanconf.py").write_text("# proyek uji\n", encoding="utf-8")
    (project / "content").symlink_to(outside, target_is_directory=True)
    monkeypatch.chdir(project)
    server, thread = pageserver.start()
    try:
        url = f"{server.base}/berita/og"
        assert cli.main(["tambah", url, "--ke", str(outside)]) == 1
        assert "di luar proyek" in capsys.readouterr().out
        assert cli.main(["tambah", url]) == 1  # content/ leads out of the project
        assert "di luar proyek" in capsys.readouterr().out
        assert not outside.exists()
        assert cli.main(["tambah", url, "--ke", str(outside), "--di-luar-proyek"]) == 0
        assert len(list(outside.glob("*.html"))) == 1
        assert cli.main(["tambah", url, "--ke", "content/tambahan"]) == 1
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert sorted(p.name for p in project.iterdir()) == ["content", "pelicanconf.py"]


def test_arsip_check_shows_what_the_build_report_says(hostile, hostile_root):
    """Sidecars under their own names with line and reason; links refused or
    duplicates, as in laporan-build.json."""
    import io

    from arsip_reader import cli

    output, _, _ = hostile
    entries = _entries(output)
    content = hostile_root / "content"
    names = [
        "sidecar-tag-yaml.txt",
        "sidecar-tidak-sah.txt",
        "sidecar-tiga-mb.txt",
        "sidecar-tautan.txt",
        "tautan-luar.txt",
        "tautan-nol.txt",
        "tautan-dalam.txt",
    ]
    out = io.StringIO()
    rejected = cli.check([str(content / n) for n in names], out=out)
    text = out.getvalue()
    for name in ("sidecar-tag-yaml.yaml", "sidecar-tidak-sah.yaml"):
        entry = entries[name]
        line = f"{content / name}:{entry['line']}: DITOLAK: {entry['reasons'][0]}"
        assert line in text, text
    assert f"{content / 'sidecar-tiga-mb.yaml'}: DITOLAK: " in text
    assert f"{content / 'sidecar-tautan.yaml'}: DITOLAK: " in text
    for name in ("tautan-luar.txt", "tautan-nol.txt"):
        assert f"{content / name}: DITOLAK: {entries[name]['reasons'][0]}" in text
    assert f"{content / 'tautan-dalam.txt'}: DIABAIKAN: " in text
    assert rejected == 6
    assert OUTSIDE_MARKER not in text
