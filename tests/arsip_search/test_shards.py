"""Search shards: which pages go together, and a shard is indexed again only when
its pages change (real Pagefind runs)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from arsip_search.indexer import SearchIndexFailed
from arsip_search.shards import ShardedIndex, assign_shards, install, shard_order


def test_a_year_per_shard_cut_finer_only_where_a_year_is_too_big():
    days = {f"a{i}": date(2023, 1 + i % 12, 1) for i in range(4)}
    days |= {f"b{i}": date(2024, 1 + i % 12, 1) for i in range(12)}
    days["c"] = None
    shards = assign_shards(days, limit=4)
    # 2023 fits; 2024's quarters hold 3 pages each; the undated page is apart.
    assert sorted(shards) == [
        "2023",
        "2024-q1",
        "2024-q2",
        "2024-q3",
        "2024-q4",
        "tanpa-tanggal",
    ]
    assert shards["tanpa-tanggal"] == ["c"]
    # A quarter over the limit: that year goes by month.
    assert sorted(assign_shards(days, limit=2))[4:6] == ["2024-01", "2024-02"]


def test_newest_first_and_undated_last():
    keys = ["2023", "tanpa-tanggal", "2024-q2", "2024-q1"]
    assert shard_order(keys) == ["2024-q2", "2024-q1", "2023", "tanpa-tanggal"]


PAGE = """<!doctype html><html lang="id"><head><title>{title}</title></head>
<body><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>"""


def _page(site: Path, slug: str, text: str) -> str:
    save_as = f"artikel/{slug}/index.html"
    target = site / save_as
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(PAGE.format(title=slug, text=text), encoding="utf-8")
    return save_as


def _run(site: Path, shards, cache: Path) -> ShardedIndex:
    run = ShardedIndex(site, shards, cache, "pagefind", "id", processes=2)
    run.finish(120)
    return run


def test_only_changed_shards_are_indexed_again(tmp_path):
    site, cache = tmp_path / "situs", tmp_path / "cache"
    a = _page(site, "a", "Apel siaga pengamanan di Pontianak.")
    b = _page(site, "b", "Patroli malam di Balikpapan.")
    shards = {"2024": [a], "2023": [b]}
    first = _run(site, shards, cache)
    assert first.reindexed == ["2023", "2024"]
    bundle = site / "pagefind" / "bagian"
    assert sorted(p.name for p in bundle.iterdir()) == ["2023", "2024"]
    old_2023 = sorted(p.name for p in (bundle / "2023" / "fragment").iterdir())

    assert _run(site, shards, cache).reindexed == []
    _page(site, "a", "Apel siaga pengamanan di Sambas.")
    assert _run(site, shards, cache).reindexed == ["2024"]
    assert sorted(p.name for p in (bundle / "2023" / "fragment").iterdir()) == old_2023
    fragments = (bundle / "2024" / "fragment").iterdir()
    assert any(b"Sambas" in _text(p) for p in fragments)

    # A shard that is gone leaves the bundle.
    _run(site, {"2024": [a]}, cache)
    assert sorted(p.name for p in bundle.iterdir()) == ["2024"]


def test_a_shard_s_pages_are_read_again_only_when_written_since(tmp_path, monkeypatch):
    """The fingerprint hashes each page's bytes once: a page not written since the
    last build keeps its digest (``arsip_core.stamps``), though linked into the
    shard's page tree since (its ctime moved). A page written again with the same
    length and inode shows by its modification time."""
    import time

    import arsip_search.shards as shards_module

    site, cache = tmp_path / "situs", tmp_path / "cache"
    a = _page(site, "a", "Apel siaga pengamanan di Pontianak.")
    b = _page(site, "b", "Patroli malam di Balikpapan.")
    shards = {"2024": [a], "2023": [b]}
    time.sleep(0.05)  # the pages older than the run's clock mark
    assert _run(site, shards, cache).reindexed == ["2023", "2024"]
    read: list[bytes] = []
    digest = shards_module._page_digest
    monkeypatch.setattr(
        shards_module, "_page_digest", lambda data: read.append(data) or digest(data)
    )
    assert _run(site, shards, cache).reindexed == []
    assert read == []
    page = site / a
    before = page.stat()
    page.write_text(page.read_text("utf-8").replace("Pontianak", "Singkawan"), "utf-8")
    after = page.stat()
    assert (after.st_size, after.st_ino) == (before.st_size, before.st_ino)
    assert _run(site, shards, cache).reindexed == ["2024"]
    assert len(read) == 1 and b"Singkawan" in read[0]
    fragments = (site / "pagefind" / "bagian" / "2024" / "fragment").iterdir()
    assert any(b"Singkawan" in _text(p) for p in fragments)


def _shard(folder: Path, entry: str, fragment: bytes) -> None:
    """A cached shard as ``ShardedIndex`` leaves one (fingerprint file included)."""
    (folder / "fragment").mkdir(parents=True)
    (folder / "pagefind-entry.json").write_text(entry)
    (folder / "fragment" / "id_1.pf_fragment").write_bytes(fragment)
    (folder / "sidik.txt").write_text("stempel")


def test_installed_shards_are_links_and_follow_a_new_index(tmp_path):
    cache, bundle = tmp_path / "cache", tmp_path / "situs" / "pagefind"
    _shard(cache / "2024", '{"v": 1}', b"lama")
    install(bundle, cache, ["2024"])
    cached = cache / "2024" / "fragment" / "id_1.pf_fragment"
    shown = bundle / "bagian" / "2024" / "fragment" / "id_1.pf_fragment"
    assert shown.read_bytes() == b"lama"
    assert shown.stat().st_ino == cached.stat().st_ino  # linked, not copied
    assert not (bundle / "bagian" / "2024" / "sidik.txt").exists()
    assert (cache / "2024" / "sidik.txt").exists()
    # A shard indexed again replaces its cached folder: the site follows it, and
    # the old files it shared are gone from the site, not rewritten in the cache.
    old = tmp_path / "lama"
    (cache / "2024").rename(old)
    _shard(cache / "2024", '{"v": 2}', b"baru")
    install(bundle, cache, ["2024"])
    assert shown.read_bytes() == b"baru"
    assert (old / "fragment" / "id_1.pf_fragment").read_bytes() == b"lama"


def _text(path: Path) -> bytes:
    import gzip

    return gzip.decompress(path.read_bytes())


def test_a_failing_shard_fails_the_run(tmp_path, monkeypatch):
    site = tmp_path / "situs"
    a = _page(site, "a", "Apel siaga.")
    monkeypatch.setattr(
        "arsip_search.shards.shard_command", lambda site, out, lang: ["false"]
    )
    with pytest.raises(SearchIndexFailed, match="2024: Pagefind gagal"):
        _run(site, {"2024": [a]}, tmp_path / "cache")
    assert not (site / "pagefind").exists()


def test_a_shard_indexed_again_keeps_the_files_that_did_not_change(tmp_path):
    site, cache = tmp_path / "situs", tmp_path / "cache"
    a = _page(site, "a", "Apel siaga pengamanan di Pontianak.")
    b = _page(site, "b", "Patroli malam di Balikpapan.")
    _run(site, {"2024": [a, b]}, cache)
    shown = site / "pagefind" / "bagian" / "2024" / "fragment"
    before = {p.name: p.stat().st_ino for p in shown.iterdir()}
    _page(site, "a", "Apel siaga pengamanan di Sambas.")
    assert _run(site, {"2024": [a, b]}, cache).reindexed == ["2024"]
    after = {p.name: p.stat().st_ino for p in shown.iterdir()}
    # b's fragment is the same file (not freed and written again); a's is new.
    same = [name for name in after if before.get(name) == after[name]]
    assert len(same) == 1 and len(after) == 2
    cached = cache / "2024" / "fragment" / same[0]
    assert cached.stat().st_ino == after[same[0]]
    # The same files as a fresh index of the same pages (Pagefind's bytes may
    # differ in hash-map order, its file names do not).
    fresh = tmp_path / "segar"
    _run(site, {"2024": [a, b]}, fresh)
    names = sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*"))
    assert names == sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*"))


def test_keep_unchanged_links_equal_files_only(tmp_path):
    from arsip_search.shards import keep_unchanged

    old, new = tmp_path / "lama", tmp_path / "baru"
    for folder, text in ((old, b"sama"), (new, b"sama")):
        (folder / "fragment").mkdir(parents=True)
        (folder / "fragment" / "a").write_bytes(text)
    (old / "b").write_bytes(b"lama")
    (new / "b").write_bytes(b"baru")
    (new / "c").write_bytes(b"baru saja")
    assert keep_unchanged(new, old) == 1
    assert (new / "fragment" / "a").stat().st_ino == (
        old / "fragment" / "a"
    ).stat().st_ino
    assert (new / "b").read_bytes() == b"baru"
    assert (new / "b").stat().st_ino != (old / "b").stat().st_ino
    assert sorted(p.name for p in new.rglob("*")) == ["a", "b", "c", "fragment"]
    assert keep_unchanged(new, tmp_path / "tidak-ada") == 0


def test_the_pages_tree_follows_the_site_and_is_reused(tmp_path):
    from arsip_search.shards import empty_trash, link_tree

    site, tree = tmp_path / "situs", tmp_path / "pohon" / "2024"
    a = _page(site, "a", "Apel.")
    b = _page(site, "b", "Patroli.")
    link_tree(site, tree, [a, b])
    assert (tree / a).stat().st_ino == (site / a).stat().st_ino
    folder_b = (tree / b).parent.stat().st_ino
    # Written over in place: the same link shows the new bytes, nothing relinked.
    (site / a).write_text("baru", encoding="utf-8")
    # Replaced by a new file: linked again.
    (site / b).unlink()
    _page(site, "b", "Patroli malam.")
    c = _page(site, "c", "Razia.")
    link_tree(site, tree, [a, b, c])
    for page in (a, b, c):
        assert (tree / page).stat().st_ino == (site / page).stat().st_ino
    assert (tree / a).read_text(encoding="utf-8") == "baru"
    assert (tree / b).parent.stat().st_ino == folder_b  # the folder kept
    # A page that left the shard goes, with its folder, to the trash: its link
    # is not unlinked while the page is in the site (that would change the page's
    # ctime, which the sweep reads), and is freed once the page is gone.
    ctime = (site / b).stat().st_ctime_ns
    link_tree(site, tree, [a, c])
    assert (site / b).stat().st_ctime_ns == ctime
    trash = tree.parent / ".buang"
    empty_trash(trash)
    assert [p.name for p in trash.rglob("*.html")] == ["index.html"]
    (site / b).unlink()
    empty_trash(trash)
    assert list(trash.iterdir()) == []
    assert sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*")) == [
        "artikel",
        "artikel/a",
        a,
        "artikel/c",
        c,
    ]
    # A tree without its list (a build stopped while it changed) is made afresh.
    (tree / "artikel" / "sisa.html").write_text("x", encoding="utf-8")
    tree.with_name("2024.json").unlink()
    link_tree(site, tree, [a])
    assert sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*")) == [
        "artikel",
        "artikel/a",
        a,
    ]


def test_a_shard_indexed_again_reads_a_replaced_page_and_drops_a_removed_one(
    tmp_path,
):
    site, cache = tmp_path / "situs", tmp_path / "cache"
    a = _page(site, "a", "Apel siaga pengamanan di Pontianak.")
    b = _page(site, "b", "Patroli malam di Balikpapan.")
    _run(site, {"2024": [a, b]}, cache)
    (site / a).unlink()  # a new file (new inode) in its place
    _page(site, "a", "Apel siaga pengamanan di Sambas.")
    assert _run(site, {"2024": [a]}, cache).reindexed == ["2024"]
    shown = site / "pagefind" / "bagian" / "2024" / "fragment"
    texts = [_text(p) for p in shown.iterdir()]
    assert len(texts) == 1 and b"Sambas" in texts[0]
    # The same files as a fresh index of the same pages.
    fresh = tmp_path / "segar"
    _run(site, {"2024": [a]}, fresh)
    names = sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*"))
    assert names == sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*"))
    # A shard that is gone takes its pages' tree with it (to the trash: its links
    # are freed once no page holds them).
    _run(site, {"2023": [a]}, cache)
    trees = cache.with_name("cache.situs")
    assert sorted(p.name for p in trees.iterdir()) == [".buang", "2023", "2023.json"]
