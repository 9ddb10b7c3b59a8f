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


def indexed_filters(bundle: Path) -> dict[str, Counter]:
    """Every filter value Pagefind stored, with its number of pages."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    (language,) = entry["languages"].values()
    meta = decode(bundle / f"pagefind.{language['hash']}.pf_meta")
    filters: dict[str, Counter] = {}
    for _name, chunk in meta[3]:
        name, values = decode(bundle / "filter" / f"{chunk}.pf_filter")
        filters[name] = Counter({value: len(pages) for value, pages in values})
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
