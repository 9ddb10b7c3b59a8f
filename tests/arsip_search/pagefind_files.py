"""Read a built Pagefind bundle and the search page's filter lists, for comparisons."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import cbor2
from selectolax.lexbor import LexborHTMLParser

SIGNATURE = b"pagefind_dcd"
FILTER_PREFIX = "filter."


def decode(path: Path):
    """Pagefind's index files: gzip, a signature, then CBOR (fragments: JSON)."""
    raw = gzip.decompress(path.read_bytes())
    assert raw.startswith(SIGNATURE), path
    body = raw[len(SIGNATURE) :]
    return json.loads(body) if path.suffix == ".pf_fragment" else cbor2.loads(body)


def shards(bundle: Path) -> list[Path]:
    """The shard bundles under ``bundle`` (arsip_search/shards.py), by name."""
    return sorted(p for p in (bundle / "bagian").iterdir() if p.is_dir())


def shard_meta(shard: Path):
    """A shard's entry file and its decoded metadata."""
    entry = json.loads((shard / "pagefind-entry.json").read_text(encoding="utf-8"))
    (language,) = entry["languages"].values()
    return entry, decode(shard / f"pagefind.{language['hash']}.pf_meta")


def indexed_filters(bundle: Path) -> dict[str, Counter]:
    """Every filter value Pagefind stored, with its number of pages (all shards)."""
    filters: dict[str, Counter] = {}
    for shard in shards(bundle):
        _, meta = shard_meta(shard)
        for _name, chunk in meta[3]:
            name, values = decode(shard / "filter" / f"{chunk}.pf_filter")
            counts = filters.setdefault(name, Counter())
            counts.update({value: len(pages) for value, pages in values})
    return filters


def listed_filters(search_page: Path) -> dict[str, Counter]:
    """The checkboxes of the search page: filter, value and the count shown beside it."""
    tree = LexborHTMLParser(search_page.read_text(encoding="utf-8"))
    filters: dict[str, Counter] = {}
    for box in tree.css("input[type=checkbox]"):
        name = box.attributes["name"]
        assert name.startswith(FILTER_PREFIX), name
        count = box.parent.css_first(".jumlah").text().replace(".", "")
        filters.setdefault(name[len(FILTER_PREFIX) :], Counter())[
            box.attributes["value"]
        ] = int(count)
    return filters
