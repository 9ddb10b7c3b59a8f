"""Records as JSON, CSV and GeoJSON, and the CSV read back. Pure: no Pelican.

CSV convention: one row per record, columns in dictionary order; lists and objects
(``places``, ``police_units``...) are JSON text in their cell; an empty cell is null.
A text cell that a spreadsheet would run as a formula (``=``, ``+``, ``@``, ``-x``, tab,
CR) gets a leading apostrophe, which ``from_csv`` removes again (OWASP CSV injection).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from arsip_core.dictionary import FIELD_NAMES, INT_COLUMNS, JSON_COLUMNS
from arsip_core.model import Record

# Optional apostrophes, then what makes a spreadsheet evaluate the cell.
_FORMULA = re.compile(r"^'*(?:[=+@\t\r]|-[^\d\s])")
# GeoJSON point properties: enough to label and link a marker; the rest joins on id.
POINT_PROPERTIES = (
    "id",
    "title",
    "page_url",
    "outlet",
    "url",
    "published",
    "event_date",
    "province",
    "election",
    "activities",
    "police_units",
    "operation",
)


def record_data(record: Record, page_url: str) -> dict[str, Any]:
    """One exported record: ``Record.to_dict`` in dictionary order plus ``page_url``.

    Blank optional text becomes null, so an empty CSV cell reads back the same.
    """
    data = record.to_dict()
    data["page_url"] = page_url
    out: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = data.get(name)
        if isinstance(value, str) and not value.strip() and name != "title":
            value = None
        out[name] = value
    return out


def sort_key(row: Mapping[str, Any]) -> tuple[str, str]:
    """Oldest first; undated records last; the id breaks ties."""
    return (row.get("published") or row.get("event_date") or "9999", row["id"])


def json_line(item: Any) -> str:
    """One item of a JSON lines document, on one line."""
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def json_lines_pieces(
    head: Mapping[str, Any], key: str, groups: Iterable[Sequence[str]]
) -> list[str]:
    """``json_lines_document`` in pieces: the head, each group's lines, the tail.

    A group after the first starts with the comma that ends the line before it, so
    a group's piece stays the same when a record is added after it."""
    opening = json.dumps({**head, key: []}, ensure_ascii=False, indent=2)
    empty = "[]\n}"
    pieces = [f"{opening[: -len(empty)]}[\n"]
    for lines in groups:
        if lines:
            text = ",\n".join(lines)
            pieces.append(text if len(pieces) == 1 else ",\n" + text)
    if len(pieces) == 1:
        return [opening + "\n"]
    pieces.append("\n]\n}\n")
    return pieces


def json_lines_document(head: Mapping[str, Any], key: str, items: list) -> str:
    """A JSON object: ``head`` indented, then ``key``'s list with one item per line.

    One line per record stays readable, greppable and diffable, is a third smaller
    than indenting every field, and is written by the json module's C encoder
    (``indent`` forces its pure-Python one: most of the export's time at 10,000
    records).
    """
    return "".join(json_lines_pieces(head, key, [[json_line(i) for i in items]]))


# A chunk of an export (compressed on its own) holds about this many records.
CHUNK_RECORDS = 64
T = TypeVar("T")


def starts_chunk(key: str, every: int = CHUNK_RECORDS) -> bool:
    """Whether the record ``key`` begins a chunk: decided by the key alone, so a
    record added or changed elsewhere moves no other chunk's bounds."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % every == 0


def chunks(
    items: Iterable[T], keys: Iterable[str], every=CHUNK_RECORDS
) -> list[list[T]]:
    """Consecutive ``items`` in chunks, each begun by an item whose key
    ``starts_chunk`` (or by the first item)."""
    out: list[list[T]] = []
    for item, key in zip(items, keys, strict=True):
        if not out or starts_chunk(key, every):
            out.append([])
        out[-1].append(item)
    return out


@dataclass(frozen=True)
class Lines:
    """One record as each export writes it: its JSON line, its CSV line (with its
    CRLF) and its GeoJSON features' lines."""

    json: str
    csv: str
    features: tuple[str, ...]


def record_lines(row: Mapping[str, Any]) -> Lines:
    """``row`` serialised for every export (what ``to_json``, ``to_csv`` and
    ``to_geojson`` write for it)."""
    return Lines(json_line(row), *_derived(row))


def _derived(row: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    _CSV_BUFFER.seek(0)
    _CSV_BUFFER.truncate()
    _CSV_WRITER.writerow([_cell(name, row.get(name)) for name in FIELD_NAMES])
    return _CSV_BUFFER.getvalue(), tuple(json_line(f) for f in features(row))


Known = dict[bytes, tuple[str, tuple[str, ...]]]


def serialise(
    rows: Iterable[Mapping[str, Any]], known: Mapping[bytes, Any]
) -> tuple[dict[str, Lines], Known]:
    """Each row's ``Lines`` by id, and the table for the next build.

    A row's JSON line holds all of it, so the CSV line and the features (most of
    the serialising: 0.85 of 1.05 CPU-s at 10,000 records) are kept under a digest
    of the JSON line: ``known`` is the last build's table, and the table returned
    holds exactly this build's rows."""
    lines: dict[str, Lines] = {}
    table: Known = {}
    for row in rows:
        line = json_line(row)
        key = hashlib.blake2b(line.encode("utf-8"), digest_size=16).digest()
        derived = known.get(key)
        if derived is None:
            derived = _derived(row)
        table[key] = derived
        lines[row["id"]] = Lines(line, *derived)
    return lines, table


def export_pieces(
    ext: str, head: Mapping[str, Any], rows: Sequence[Mapping[str, Any]], lines
) -> list[str]:
    """The ``ext`` export of ``rows`` in pieces (joined: ``to_json``, ``to_csv`` or
    ``to_geojson``), one per chunk of records; ``lines`` maps a record's id to its
    ``Lines``."""
    groups = chunks([lines[row["id"]] for row in rows], [row["id"] for row in rows])
    if ext == "csv":
        return [CSV_HEADER, *("".join(x.csv for x in group) for group in groups)]
    if ext == "json":
        return json_lines_pieces(
            {**head, "count": len(rows)},
            "records",
            [[x.json for x in group] for group in groups],
        )
    return json_lines_pieces(
        {"type": "FeatureCollection", **head},
        "features",
        [[f for x in group for f in x.features] for group in groups],
    )


def to_json(rows: list[dict[str, Any]], about: Mapping[str, Any]) -> str:
    """The JSON file: what the data is (``about``) and the records, one per line."""
    return json_lines_document({**about, "count": len(rows)}, "records", rows)


def defuse(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (reversible)."""
    return "'" + text if _FORMULA.match(text) else text


def restore(text: str) -> str:
    """Undo ``defuse``."""
    return text[1:] if text.startswith("'") and _FORMULA.match(text[1:]) else text


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name in JSON_COLUMNS:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return defuse(str(value))


def to_csv(rows: Iterable[Mapping[str, Any]], lines: dict | None = None) -> str:
    """RFC 4180 CSV (CRLF line ends, UTF-8), header row of field names.

    ``lines`` (a dict, shared between calls) keeps each row's line: a province's
    file is the same rows' lines again (the writer keeps no state between rows)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELD_NAMES)
    if lines is None:
        for row in rows:
            writer.writerow([_cell(name, row.get(name)) for name in FIELD_NAMES])
        return buffer.getvalue()
    parts = [buffer.getvalue()]
    for row in rows:
        hit = lines.get(id(row))
        if hit is None or hit[0] is not row:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow([_cell(name, row.get(name)) for name in FIELD_NAMES])
            hit = lines[id(row)] = (row, buffer.getvalue())
        parts.append(hit[1])
    return "".join(parts)


_CSV_BUFFER = io.StringIO()
_CSV_WRITER = csv.writer(_CSV_BUFFER, lineterminator="\r\n")
_CSV_WRITER.writerow(FIELD_NAMES)
CSV_HEADER = _CSV_BUFFER.getvalue()


def from_csv(text: str) -> list[dict[str, Any]]:
    """Read ``to_csv`` output back into records equal to the JSON ones."""
    rows = []
    for raw in csv.DictReader(io.StringIO(text, newline="")):
        row: dict[str, Any] = {}
        for name in FIELD_NAMES:
            cell = raw.get(name, "")
            if name in JSON_COLUMNS:
                row[name] = json.loads(cell) if cell else []
            elif cell == "":
                row[name] = "" if name == "title" else None
            elif name in INT_COLUMNS:
                row[name] = int(cell)
            else:
                row[name] = restore(cell)
        rows.append(row)
    return rows


def features(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A record's GeoJSON points: one per place with coordinates."""
    out = []
    for number, place in enumerate(row.get("places") or ()):
        if place.get("lat") is None or place.get("lon") is None:
            continue
        properties = {name: row.get(name) for name in POINT_PROPERTIES}
        properties.update(
            {
                "record_id": row["id"],
                "place": place["name"],
                "place_kind": place.get("kind"),
                "place_province": place.get("province"),
                "count": place.get("count"),
                "count_label": place.get("count_label"),
            }
        )
        del properties["id"]
        out.append(
            {
                "type": "Feature",
                "id": f"{row['id']}-{number + 1}",
                "geometry": {
                    "type": "Point",
                    "coordinates": [place["lon"], place["lat"]],
                },
                "properties": properties,
            }
        )
    return out


def to_geojson(rows: Iterable[Mapping[str, Any]], about: Mapping[str, Any]) -> str:
    """A FeatureCollection: one point per place with coordinates, per record."""
    head = {"type": "FeatureCollection", **about}
    return json_lines_document(head, "features", [f for r in rows for f in features(r)])
