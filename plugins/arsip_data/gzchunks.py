"""A ``.gz`` export compressed chunk by chunk, so that a rebuild compresses again
only the chunks that changed. No Pelican.

The file is one ordinary gzip member (any gzip reader, a browser's
``DecompressionStream`` included, reads it as today). Its deflate stream is the
chunks' pieces one after the other: each piece is compressed at level 9 on its own,
primed with the 32 KB of text before its chunk (zlib's preset dictionary: what a
continuous stream would have in its window), and ends byte-aligned (a sync flush).
So a piece's bytes depend on its chunk and the 32 KB before it alone: a cold build
and a rebuild give the same file, and it is 0.3-0.6 % larger than one ``gzip -9``
of the whole text at 64 records a chunk (separate gzip members per chunk, which
start with an empty window, were 13-14 % larger).

What each file holds is kept in a table beside the content cache: per file, its
size, mtime and inode when written, and each piece's digest (of its chunk and
primer) and length. The next build takes an unchanged piece from the file itself,
if the file is still the one it wrote; a table entry lists exactly the pieces of its
file, so a piece no longer used leaves the table with the build that drops it.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from arsip_core.files import write_if_changed

# What a piece is, in its digest: another level or layout, another piece.
FORMAT = b"deflate -9, primed 32 KiB, sync flush\0"
WINDOW = 32 * 1024
# gzip header: deflate, no name, mtime 0, "maximum compression", OS unknown.
HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
# An empty final block (fixed Huffman): ends the deflate stream after the pieces.
LAST_BLOCK = b"\x03\x00"


def deflate_piece(primer: bytes, raw: bytes) -> bytes:
    """``raw`` as raw deflate at level 9, primed with ``primer``, ending aligned
    to a byte and not final (more pieces or the last block follow)."""
    options = {"zdict": primer} if primer else {}
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, 8, **options)
    return compressor.compress(raw) + compressor.flush(zlib.Z_SYNC_FLUSH)


def piece_digest(primer: bytes, raw: bytes) -> str:
    """The table's key of a piece: its chunk, its primer and how it is made."""
    digest = hashlib.blake2b(FORMAT, digest_size=16)
    digest.update(len(primer).to_bytes(4, "little"))
    digest.update(primer)
    digest.update(raw)
    return digest.hexdigest()


def _primed(chunks: Sequence[bytes]):
    """(primer, chunk) for each non-empty chunk: the primer is the WINDOW bytes of
    text before it."""
    tail = b""
    for raw in chunks:
        if raw:
            yield tail, raw
            tail = (tail + raw)[-WINDOW:]


def digests(chunks: Sequence[bytes]) -> list[str]:
    """Each non-empty chunk's piece digest, in order."""
    return [piece_digest(primer, raw) for primer, raw in _primed(chunks)]


def pack(
    chunks: Sequence[bytes], known: Mapping[str, bytes], compress=None
) -> tuple[bytes, list[list[Any]]]:
    """The ``.gz`` file of the chunks' text, and its pieces ([digest, length]).

    A piece whose digest is in ``known`` is taken from there; the others are
    compressed (by ``compress(primer, raw)``, ``deflate_piece`` by default)."""
    primed = list(_primed(chunks))
    return _pack(primed, digests(chunks), known, compress or deflate_piece)


def _pack(primed, keys, known, compress) -> tuple[bytes, list[list[Any]]]:
    parts, pieces, crc, size = [HEADER], [], 0, 0
    for (primer, raw), digest in zip(primed, keys, strict=True):
        piece = known.get(digest)
        if piece is None:
            piece = compress(primer, raw)
        parts.append(piece)
        pieces.append([digest, len(piece)])
        crc = zlib.crc32(raw, crc)
        size += len(raw)
    parts.append(LAST_BLOCK)
    parts.append(crc.to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little"))
    return b"".join(parts), pieces


def unpack(data: bytes, pieces: Sequence[Sequence[Any]]) -> dict[str, bytes]:
    """Each piece of ``data`` by its digest, cut at the lengths recorded; {} when
    the file is not laid out as recorded."""
    known, start = {}, len(HEADER)
    if not data.startswith(HEADER):
        return {}
    for digest, length in pieces:
        known[digest] = data[start : start + length]
        start += length
    if data[start : start + len(LAST_BLOCK)] != LAST_BLOCK:
        return {}
    return known if start + len(LAST_BLOCK) + 8 == len(data) else {}


def _stamp(path: Path) -> list[int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def read_table(table: Path) -> dict[str, Any]:
    """The table (file name -> {"stamp", "pieces"}), {} when missing or unreadable."""
    try:
        data = json.loads(table.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _entry(table: Mapping[str, Any], key: str) -> tuple[list[int], list] | None:
    entry = table.get(key)
    if not isinstance(entry, dict):
        return None
    stamp, pieces = entry.get("stamp"), entry.get("pieces")
    if not isinstance(stamp, list) or not isinstance(pieces, list):
        return None
    return stamp, pieces


def write_chunked(
    target: Path, chunks: Sequence[bytes], table: Path | None, compress=None
) -> int:
    """Write ``target``, the gzip of the chunks' text, piece by piece; its size.

    With a ``table``, a file that is still what the last build wrote is left alone
    when its pieces are the same (mtime kept, ctime refreshed, as
    ``write_if_changed`` does), and gives its unchanged pieces to the new file."""
    primed = list(_primed(chunks))
    keys = [piece_digest(primer, raw) for primer, raw in primed]
    compress = compress or deflate_piece
    if table is None:
        data, _ = _pack(primed, keys, {}, compress)
        write_if_changed(target, data)
        return len(data)
    entries = read_table(table)
    key = str(target.resolve())
    known: dict[str, bytes] = {}
    entry = _entry(entries, key)
    stamp = _stamp(target)
    if entry is not None and entry[0] == stamp:
        if keys == [digest for digest, _length in entry[1]]:
            os.utime(target, ns=(os.stat(target).st_atime_ns, stamp[1]))
            return stamp[0]
        try:
            known = unpack(target.read_bytes(), entry[1])
        except OSError:
            known = {}
    data, pieces = _pack(primed, keys, known, compress)
    write_if_changed(target, data)
    stamp = _stamp(target)
    if stamp is not None:
        entries[key] = {"stamp": stamp, "pieces": pieces}
    # A file gone or changed since (swept, replaced): its pieces are of no use.
    entries = {
        name: entry
        for name, entry in entries.items()
        if (found := _entry(entries, name)) and _stamp(Path(name)) == found[0]
    }
    write_if_changed(table, json.dumps(entries, sort_keys=True, indent=0))
    return len(data)
