"""An incremental build's output equals a cold build of the same inputs.

One site goes through the changes a maintainer makes, each built twice with real
Pelican and Pagefind: incrementally (the output and cache of the step before) and
cold (empty output, no cache). Every file must be byte-identical, except Pagefind's
metadata, filter and entry files, whose bytes follow a hash map's order: those are
compared by decoded content. Pages the change does not touch must not be rewritten.
"""

from __future__ import annotations

import filecmp
import gzip
import json
import shutil
from pathlib import Path

import arsip_incremental.plugin as incremental
import pytest

import arsip_core.state as build_states
from tests.arsip_search.pagefind_files import decode
from tests.conftest import ROOT, build_site
from tests.temu import TEMU

UNORDERED = ("pf_meta", "pf_filter", "pagefind-entry.json")


def _files(root: Path) -> dict[str, Path]:
    return {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _pagefind(shard: Path) -> dict:
    """A shard's index as data: what is indexed, not the order it was written in."""
    entry = json.loads((shard / "pagefind-entry.json").read_text(encoding="utf-8"))
    (language,) = entry["languages"].values()
    meta = decode(shard / f"pagefind.{language['hash']}.pf_meta")
    pages = [page for page, _words in meta[1]]
    filters = {}
    for _name, chunk in meta[3]:
        name, values = decode(shard / "filter" / f"{chunk}.pf_filter")
        filters[name] = sorted((v, sorted(pages[i] for i in ps)) for v, ps in values)
    sorts = {name: [pages[i] for i in order] for name, order in meta[4]}
    return {
        "pages": sorted(pages),
        "count": language["page_count"],
        "filters": filters,
        "sorts": sorts,
    }


def differences(a: Path, b: Path) -> list[str]:
    files_a, files_b = _files(a), _files(b)
    # Pagefind names these files after a hash of their bytes: compared decoded.
    ordered_a = {n for n in files_a if not n.endswith(UNORDERED)}
    ordered_b = {n for n in files_b if not n.endswith(UNORDERED)}
    problems = [f"only in incremental: {n}" for n in sorted(ordered_a - ordered_b)]
    problems += [f"only in cold: {n}" for n in sorted(ordered_b - ordered_a)]
    for name in sorted(ordered_a & ordered_b):
        if not filecmp.cmp(files_a[name], files_b[name], shallow=False):
            problems.append(f"differs: {name}")
    shards_a = {p.parent for p in a.glob("pagefind/bagian/*/pagefind-entry.json")}
    shards_b = {
        p.parent.relative_to(b) for p in b.glob("pagefind/bagian/*/pagefind-entry.json")
    }
    if {s.relative_to(a) for s in shards_a} != shards_b:
        problems.append("Pagefind shards differ")
    for shard in sorted(shards_a):
        if _pagefind(shard) != _pagefind(b / shard.relative_to(a)):
            problems.append(f"Pagefind index differs: {shard.relative_to(a)}")
    return problems


class Site:
    """A content folder, theme and settings built incrementally and cold."""

    def __init__(self, root: Path):
        self.root = root
        self.content = root / "content"
        shutil.copytree(ROOT / "content", self.content)
        self.theme = root / "theme"
        shutil.copytree(ROOT / "theme", self.theme)
        self.output = root / "bertahap"
        self.cache = root / "cache"
        self.settings: dict = {}
        self.cold = 0

    def build(self, **extra) -> Path:
        return build_site(
            self.content,
            self.output,
            THEME=str(self.theme),
            CACHE_PATH=str(self.cache),
            LOAD_CONTENT_CACHE=True,
            **{**self.settings, **extra},
        )

    def check(self, step: str) -> None:
        """Build incrementally and cold; the two outputs must be equal."""
        self.build()
        self.cold += 1
        cold = self.root / f"dingin-{self.cold}"
        build_site(
            self.content,
            cold,
            THEME=str(self.theme),
            CACHE_PATH=str(self.root / f"cache-dingin-{self.cold}"),
            LOAD_CONTENT_CACHE=False,
            **self.settings,
        )
        problems = differences(self.output, cold)
        assert problems == [], f"{step}:\n" + "\n".join(problems)
        shutil.rmtree(cold)

    def mtimes(self) -> dict[str, int]:
        return {n: p.stat().st_mtime_ns for n, p in _files(self.output).items()}


def _redirect(path: Path) -> bool:
    return 'http-equiv="refresh"' in path.read_text(encoding="utf-8")


def _open_data_pieces(site: Site) -> dict[str, list[str]]:
    """Each .gz export's piece digests, from the table beside the cache; it must
    list exactly this build's .gz files, each piece by its length in the file."""
    from arsip_data.gzchunks import read_table, unpack

    table = read_table(site.cache / "arsip-data-gz.json")
    files = {str(p.resolve()) for p in site.output.rglob("*.gz")}
    assert set(table) == files and files
    out = {}
    for name, entry in table.items():
        data = Path(name).read_bytes()
        assert len(unpack(data, entry["pieces"])) == len(entry["pieces"])
        assert gzip.decompress(data)
        out[Path(name).relative_to(site.output.resolve()).as_posix()] = [
            digest for digest, _length in entry["pieces"]
        ]
    return out


def _changed(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {n for n in after if before.get(n) != after[n]}


ARTICLE = "2024-11-07-kalteng-pengamanan-kantor-kpu"
OTHER = "artikel/2024-02-05-kalbar-pengamanan-kampanye-omb/index.html"


@pytest.fixture
def site(tmp_path) -> Site:
    return Site(tmp_path)


def test_incremental_builds_equal_cold_builds(site, monkeypatch):
    site.build()
    assert (site.output / OTHER).is_file()
    before = site.mtimes()

    # Nothing changed: no page and no export (open data, map layers, sitemap,
    # redirect pages) is written again. Pelican copies its theme's static files on
    # every build, and the build report tells this build's timings.
    site.check("tanpa perubahan")
    rewritten = _changed(before, site.mtimes())
    expected = {n for n in rewritten if n.startswith("tema/")} | {"laporan-build.json"}
    assert rewritten <= expected, sorted(rewritten - expected)
    assert any(_redirect(site.output / n) for n in before if n.endswith(".html"))

    # Add an article.
    pieces = _open_data_pieces(site)
    shutil.copy(TEMU / "kaltim_tps_pilkada.md", site.content / "baru.md")
    before = site.mtimes()
    site.check("artikel ditambah")
    changed = _changed(before, site.mtimes())
    assert "artikel/baru/index.html" in changed
    assert OTHER not in changed  # another article's page is left alone
    # The open data (byte-identical to the cold build's, checked above) changed,
    # and the table lists only this build's pieces.
    added = _open_data_pieces(site)
    assert added["data/arsip.json.gz"] != pieces["data/arsip.json.gz"]
    assert "data/arsip.json.gz" in changed

    # Edit an article's text.
    text = site.content / f"{ARTICLE}.txt"
    text.write_text(
        text.read_text(encoding="utf-8") + "\nPatroli dilanjutkan hingga malam.\n",
        encoding="utf-8",
    )
    before = site.mtimes()
    site.check("artikel diubah")
    assert OTHER not in _changed(before, site.mtimes())
    edited = _open_data_pieces(site)
    # Same records, same count: the head's piece is the same one.
    assert edited["data/arsip.json.gz"] != added["data/arsip.json.gz"]
    assert edited["data/arsip.json.gz"][0] == added["data/arsip.json.gz"][0]

    # Edit its sidecar: the maintainer's title wins; the page stays where it is.
    sidecar = site.content / f"{ARTICLE}.yaml"
    sidecar.write_text(
        sidecar.read_text(encoding="utf-8")
        + "\ntitle: Polda Kalteng Jaga Kantor KPU Sepanjang Malam\n",
        encoding="utf-8",
    )
    site.check("sidecar diubah")
    page = site.output / "artikel" / ARTICLE / "index.html"
    assert "Jaga Kantor KPU Sepanjang Malam" in page.read_text(encoding="utf-8")

    # Rename an article's file (and its sidecar).
    for suffix in (".txt", ".yaml"):
        (site.content / f"{ARTICLE}{suffix}").rename(
            site.content / f"kalteng-kantor-kpu{suffix}"
        )
    site.check("berkas diganti nama")
    assert (site.output / "artikel/kalteng-kantor-kpu/index.html").is_file()
    assert not (site.output / "artikel" / ARTICLE).exists()

    # Delete an article.
    (site.content / "baru.md").unlink()
    site.check("artikel dihapus")
    assert not (site.output / "artikel/baru").exists()

    # Change a template: every page that uses it.
    base = site.theme / "templates" / "base.html"
    base.write_text(
        base.read_text(encoding="utf-8").replace(
            "Tentang arsip dan cara melaporkan koreksi",
            "Tentang arsip dan cara mengirim koreksi",
        ),
        encoding="utf-8",
    )
    site.check("templat diubah")
    assert "mengirim koreksi" in (site.output / OTHER).read_text(encoding="utf-8")

    # Change a static file of the theme.
    css = site.theme / "static" / "css" / "arsip.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.baru { color: red; }\n")
    site.check("berkas statis diubah")

    # Change a setting.
    site.settings["SITESUBTITLE"] = "Berita pengamanan pemilu di Kalimantan"
    site.check("pengaturan diubah")

    # Change a data/ file: stands in for the project's data folder.
    data = site.root / "data"
    data.mkdir()
    (data / "catatan.yaml").write_text("a: 1\n", encoding="utf-8")
    folders = incremental._code_folders
    monkeypatch.setattr(
        incremental, "_code_folders", lambda settings: [*folders(settings), data]
    )
    site.build()
    before = site.mtimes()
    (data / "catatan.yaml").write_text("a: 2\n", encoding="utf-8")
    site.check("berkas data/ diubah")
    rewritten = _changed(before, site.mtimes())
    assert OTHER in rewritten  # code and reference data touch every page

    # A build that fails after writing some pages, then the edit is undone.
    original = text.parent / "kalteng-kantor-kpu.txt"
    saved = original.read_text(encoding="utf-8")
    original.write_text(saved.replace("Patroli dilanjutkan", "Penjagaan diteruskan"))
    from arsip_data import plugin as data_plugin

    def broken(*args, **kwargs):
        raise RuntimeError("build gagal di tengah jalan")

    with monkeypatch.context() as patch:
        patch.setattr(data_plugin, "_write", broken, raising=False)
        patch.setattr(data_plugin.DataGenerator, "generate_output", broken)
        with pytest.raises(RuntimeError, match="gagal di tengah"):
            site.build()
    for state in list(build_states._OPEN):
        state.close()  # what the next build (or atexit) does after a failed build
    original.write_text(saved, encoding="utf-8")
    site.check("setelah build gagal")
