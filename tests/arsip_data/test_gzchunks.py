"""Exports compressed chunk by chunk (issue 14): the files read as today's text,
chunks do not move when a record is added elsewhere, and a changed record costs its
chunk's piece (and the next one's, primed with its text). No Pelican."""

from __future__ import annotations

import gzip
import zlib

import pytest

import arsip_data.gzchunks as gzchunks
from arsip_core.model import Place, Record
from arsip_data.export import (
    CHUNK_RECORDS,
    chunks,
    export_pieces,
    record_data,
    record_lines,
    sort_key,
    starts_chunk,
    to_csv,
    to_geojson,
    to_json,
)
from arsip_data.gzchunks import (
    WINDOW,
    deflate_piece,
    pack,
    piece_digest,
    unpack,
    write_chunked,
)

ABOUT = {"title": "Arsip", "modified": "2024-12-01", "province": None}
PLACE = Place("Kota Pontianak", "kota", "Kalimantan Barat", -0.0263, 109.3425)


def record(n: int, month: int, **changes) -> Record:
    fields = {
        "id": f"r{n:05d}",
        "title": f"Pengamanan TPS ke-{n}",
        "published": f"2024-{month:02d}-{n % 28 + 1:02d}T08:00:00+07:00",
        "places": (PLACE,) if n % 3 else (),
        "police_units": ("Polda Kalbar",),
        **changes,
    }
    return Record(**fields)


def rows_of(records: list[Record]) -> list[dict]:
    return sorted((record_data(r, f"/artikel/{r.id}/") for r in records), key=sort_key)


RECORDS = [record(n, 1 + n % 12) for n in range(600)]


def pieces(ext: str, rows: list[dict]) -> list[str]:
    lines = {row["id"]: record_lines(row) for row in rows}
    return export_pieces(ext, ABOUT, rows, lines)


def primed(parts: list[bytes]) -> list[tuple[bytes, bytes]]:
    """(primer, chunk) of each non-empty chunk: the WINDOW bytes before it."""
    out, text = [], b""
    for raw in parts:
        if raw:
            out.append((text[-WINDOW:], raw))
            text += raw
    return out


@pytest.mark.parametrize(
    "ext, whole", [("json", to_json), ("csv", to_csv), ("geojson", to_geojson)]
)
@pytest.mark.parametrize("count", [0, 1, 5, 600])
def test_the_file_reads_back_as_the_exact_text(ext, whole, count):
    rows = rows_of(RECORDS[:count])
    text = whole(rows) if ext == "csv" else whole(rows, ABOUT)
    parts = [p.encode("utf-8") for p in pieces(ext, rows)]
    assert b"".join(parts) == text.encode("utf-8")
    data, table = pack(parts, {})
    assert gzip.decompress(data) == text.encode("utf-8")
    # One gzip member: a reader that stops after the first member reads it all.
    reader = zlib.decompressobj(16 + zlib.MAX_WBITS)
    assert reader.decompress(data) == text.encode("utf-8")
    assert reader.eof and reader.unused_data == b""
    # Each piece is its chunk deflated on its own, primed with the text before it.
    assert unpack(data, table) == {
        piece_digest(primer, raw): deflate_piece(primer, raw)
        for primer, raw in primed(parts)
    }
    if count == 600:
        assert len(table) > 600 // CHUNK_RECORDS // 2
        # Priming keeps the size near one deflate of the whole text.
        assert len(data) < len(gzip.compress(text.encode("utf-8"), 9)) * 1.03


def test_chunks_do_not_move_when_a_record_is_added_elsewhere():
    before = rows_of(RECORDS)
    for added in (record(9000, 3), record(9001, 12), record(9002, 1)):
        after = rows_of([*RECORDS, added])
        old = {
            tuple(r["id"] for r in c) for c in chunks(before, [r["id"] for r in before])
        }
        new = {
            tuple(r["id"] for r in c) for c in chunks(after, [r["id"] for r in after])
        }
        # Only the chunk that takes the new record differs (split in two when the
        # record begins a chunk itself).
        assert len(new - old) == (2 if starts_chunk(added.id) else 1)
        assert all(added.id in ids for ids in new - old) or starts_chunk(added.id)
        assert len(old - new) == 1


def test_chunks_are_decided_by_the_keys_alone():
    keys = [f"k{n}" for n in range(1000)]
    groups = chunks(keys, keys)
    assert [k for g in groups for k in g] == keys
    assert all(starts_chunk(g[0]) for g in groups[1:])
    assert not any(starts_chunk(k) for g in groups for k in g[1:])
    assert 1000 // CHUNK_RECORDS // 2 < len(groups) < 1000 // CHUNK_RECORDS * 2
    with pytest.raises(ValueError):
        chunks(keys, keys[:-1])


def test_unpack_gives_each_piece_or_nothing():
    data, table = pack([b"satu\n", b"dua\n"], {})
    assert unpack(data, table) == {
        piece_digest(b"", b"satu\n"): deflate_piece(b"", b"satu\n"),
        piece_digest(b"satu\n", b"dua\n"): deflate_piece(b"satu\n", b"dua\n"),
    }
    assert unpack(data + b"x", table) == {}
    assert unpack(data[1:], table) == {}
    assert unpack(data, [[table[0][0], table[0][1] + 1], table[1]]) == {}


def test_no_text_is_an_empty_gzip_file():
    data, table = pack([b"", b""], {})
    assert gzip.decompress(data) == b"" and table == []


@pytest.fixture
def counted(monkeypatch):
    packed: list[tuple[bytes, bytes]] = []
    original = gzchunks.deflate_piece

    def compress(primer: bytes, raw: bytes) -> bytes:
        packed.append((primer, raw))
        return original(primer, raw)

    monkeypatch.setattr(gzchunks, "deflate_piece", compress)
    return packed


@pytest.mark.parametrize("ext", ["csv", "json", "geojson"])
def test_a_changed_record_compresses_only_its_chunk(tmp_path, counted, ext):
    table = tmp_path / "cache" / "gz.json"
    target = tmp_path / "out" / f"arsip.{ext}.gz"
    first = [p.encode("utf-8") for p in pieces(ext, rows_of(RECORDS))]
    write_chunked(target, first, table)
    assert counted == primed(first)
    counted.clear()

    edited = list(RECORDS)
    edited[250] = record(250, 1 + 250 % 12, title="Judul yang diperbaiki")
    second = [p.encode("utf-8") for p in pieces(ext, rows_of(edited))]
    changed = [p for p in second if p not in first]
    assert len(changed) == 1 and b"Judul yang diperbaiki" in changed[0]
    size = write_chunked(target, second, table)
    # Its chunk, and the next one when the edit is in the text that primes it.
    fresh = [pair for pair in primed(second) if pair not in primed(first)]
    assert counted == fresh and 1 <= len(fresh) <= 2
    assert counted[0][1] == changed[0]
    # The same bytes as a cold build, and the table lists this file's pieces only.
    cold = pack(second, {})
    assert target.read_bytes() == cold[0] and size == len(cold[0])
    (entry,) = gzchunks.read_table(table).values()
    assert entry["pieces"] == cold[1]

    counted.clear()
    mtime = target.stat().st_mtime_ns
    write_chunked(target, second, table)  # unchanged: left alone
    assert counted == [] and target.stat().st_mtime_ns == mtime


def test_a_file_changed_behind_the_builds_back_is_compressed_again(tmp_path, counted):
    table = tmp_path / "gz.json"
    target = tmp_path / "arsip.csv.gz"
    chunks_ = [b"a,b\r\n", b"1,2\r\n", b"3,4\r\n"]
    write_chunked(target, chunks_, table)
    target.write_bytes(gzip.compress(b"rusak"))
    counted.clear()
    write_chunked(target, [*chunks_, b"5,6\r\n"], table)
    assert len(counted) == 4
    assert gzip.decompress(target.read_bytes()) == b"a,b\r\n1,2\r\n3,4\r\n5,6\r\n"


def test_a_removed_file_leaves_the_table(tmp_path):
    table = tmp_path / "gz.json"
    one, two = tmp_path / "satu.csv.gz", tmp_path / "dua.csv.gz"
    write_chunked(one, [b"a\r\n"], table)
    write_chunked(two, [b"b\r\n"], table)
    assert set(gzchunks.read_table(table)) == {str(one.resolve()), str(two.resolve())}
    two.unlink()  # swept: this build did not write it
    write_chunked(one, [b"c\r\n"], table)
    assert set(gzchunks.read_table(table)) == {str(one.resolve())}


@pytest.fixture
def derived(monkeypatch):
    """The rows whose CSV line and features were made (not taken from a table)."""
    import arsip_data.export as export

    made: list[str] = []
    original = export._derived

    def counting(row):
        made.append(row["id"])
        return original(row)

    monkeypatch.setattr(export, "_derived", counting)
    return made


def test_kept_lines_are_the_lines_and_only_changed_rows_are_made(derived):
    from arsip_data.export import serialise

    rows = rows_of(RECORDS[:50])
    lines, table = serialise(rows, {})
    assert lines == {row["id"]: record_lines(row) for row in rows}
    assert len(table) == 50
    derived.clear()

    edited = [*RECORDS[:49], record(49, 2, title="Judul baru")]
    added = [*edited, record(50, 3)]
    rows = rows_of(added)
    again, table2 = serialise(rows, table)
    assert sorted(derived) == ["r00049", "r00050"]
    assert again == {row["id"]: record_lines(row) for row in rows}
    # The table keeps this build's rows only: the old r00049 is gone.
    assert len(table2) == 51 and len(set(table2) - set(table)) == 2


def test_the_lines_table_is_kept_beside_the_cache(tmp_path, derived, monkeypatch):
    import arsip_data.plugin as plugin

    settings = {"CACHE_PATH": str(tmp_path), "CACHE_CONTENT": True}
    rows = rows_of(RECORDS[:20])
    first = plugin.serialise_rows(rows, settings)
    assert (tmp_path / plugin.LINES_TABLE).is_file() and len(derived) == 20
    assert plugin.serialise_rows(rows, settings) == first and len(derived) == 20
    # Other export code: the table is not used.
    monkeypatch.setattr(plugin, "_code_digest", lambda: b"lain")
    assert plugin.serialise_rows(rows, settings) == first and len(derived) == 40
    # No cache: nothing kept.
    plugin.serialise_rows(rows, {"CACHE_PATH": str(tmp_path / "x")})
    assert not (tmp_path / "x").exists() and len(derived) == 60
    (tmp_path / plugin.LINES_TABLE).write_bytes(b"rusak")
    assert plugin.serialise_rows(rows, settings) == first and len(derived) == 80
