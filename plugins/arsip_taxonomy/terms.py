"""Taxonomies of the records (activity, unit, operation, place...) as plain data.

Pure functions: an *item* is anything with a ``record`` attribute (a Pelican Article
in the build, a ``SimpleNamespace`` in tests). Items keep their identity, so the
generator can hand the grouped Articles straight to the templates.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from slugify import slugify

from arsip_core.labels import ACTIVITY_LABELS, ELECTION_LABELS
from arsip_core.model import Record

# (key, display name) pairs a record contributes to one taxonomy.
TermsOf = Callable[[Record], Iterable[tuple[str, str]]]


@dataclass(frozen=True)
class Taxonomy:
    """One index of the archive: what it is called and how a record names its terms."""

    id: str  # URL slug of the index
    name: str
    description: str
    terms_of: TermsOf


@dataclass
class Term:
    """One term of a taxonomy with its items, newest first."""

    taxonomy: str
    slug: str
    name: str
    items: list[Any] = field(default_factory=list)
    related: list[tuple[Term, int]] = field(default_factory=list)
    url: str = ""
    save_as: str = ""

    @property
    def count(self) -> int:
        """How many items carry this term."""
        return len(self.items)


def place_name(kind: str, name: str) -> str:
    """``Kabupaten Sambas``, ``Kota Pontianak``; other kinds keep the bare name."""
    prefix = {"kabupaten": "Kabupaten", "kota": "Kota"}.get(kind)
    if prefix and not name.lower().startswith(prefix.lower() + " "):
        return f"{prefix} {name}"
    return name


def _activities(record: Record) -> Iterable[tuple[str, str]]:
    return ((a, ACTIVITY_LABELS.get(a, a)) for a in record.activities)


def _units(record: Record) -> Iterable[tuple[str, str]]:
    return ((u, u) for u in record.police_units)


def _operation(record: Record) -> Iterable[tuple[str, str]]:
    return [(record.operation, record.operation)] if record.operation else []


def _places(record: Record) -> Iterable[tuple[str, str]]:
    # Provinces have their own pages; this index is of kabupaten/kota.
    for place in record.places:
        if place.kind in ("kabupaten", "kota"):
            full = place_name(place.kind, place.name)
            yield full, full


def _officials(record: Record) -> Iterable[tuple[str, str]]:
    # Keyed by name: ranks change with promotions, the person does not.
    return ((o.name, o.name) for o in record.officials if o.name)


def _outlet(record: Record) -> Iterable[tuple[str, str]]:
    return [(record.outlet, record.outlet)] if record.outlet else []


def _election(record: Record) -> Iterable[tuple[str, str]]:
    if not record.election:
        return []
    return [(record.election, ELECTION_LABELS.get(record.election, record.election))]


TAXONOMIES: tuple[Taxonomy, ...] = (
    Taxonomy("kegiatan", "Kegiatan", "Jenis kegiatan pengamanan.", _activities),
    Taxonomy("satuan", "Satuan polisi", "Polda, Polres dan satuan lain.", _units),
    Taxonomy("operasi", "Operasi", "Operasi kepolisian terpusat.", _operation),
    Taxonomy("tempat", "Kabupaten/kota", "Tempat kegiatan yang disebut.", _places),
    Taxonomy("pejabat", "Pejabat", "Pejabat yang disebut namanya.", _officials),
    Taxonomy("media", "Media", "Media yang memuat berita.", _outlet),
    Taxonomy("pemilihan", "Pemilihan", "Pemilu 2024 atau Pilkada 2024.", _election),
)


@lru_cache(maxsize=16384)
def term_slug(taxonomy: str, key: str) -> str:
    """The stable URL slug of a term (activity and election ids are already slugs).

    Cached: a few thousand terms are met tens of thousands of times per build."""
    if taxonomy in ("kegiatan", "pemilihan"):
        return key
    return slugify(key, max_length=80, word_boundary=True) or "tanpa-nama"


def published_stamp(item: Any) -> float:
    """Publication time as a POSIX timestamp; unknown dates are ``-inf``."""
    published = item.record.published
    return datetime.fromisoformat(published).timestamp() if published else float("-inf")


def newest_first(items: Iterable[Any]) -> list[Any]:
    """Items newest first; unknown publication dates last; ties by URL."""
    return sorted(
        items, key=lambda i: (-published_stamp(i), str(getattr(i, "url", "")))
    )


def build_terms(items: Sequence[Any], taxonomy: Taxonomy) -> list[Term]:
    """The terms of one taxonomy, sorted by name; each with its items newest first."""
    return _terms(newest_first(items), taxonomy)


def _terms(ordered: Sequence[Any], taxonomy: Taxonomy) -> list[Term]:
    """``build_terms`` of items already newest first."""
    terms = _collect(ordered, taxonomy)
    return sorted(terms.values(), key=lambda t: (t.name.lower(), t.slug))


def build_all(
    items: Sequence[Any],
    taxonomies: Sequence[Taxonomy] = TAXONOMIES,
    related_limit: int = 12,
) -> dict[str, list[Term]]:
    """Every taxonomy's terms, with related terms (those sharing the most items)."""
    # Sorted once: each term's items, taken in this order, are newest first as a
    # stable sort of them would leave them (an article is in a dozen terms; each
    # term sorting its own parsed every date again: 0.26 -> 0.15 CPU-s at 3,000).
    ordered = newest_first(items)
    result = {tax.id: _terms(ordered, tax) for tax in taxonomies}
    # Each item's terms as (taxonomy, slug) keys: unique, one term object each.
    by_item: dict[int, list[tuple[str, str]]] = defaultdict(list)
    lookup: dict[tuple[str, str], Term] = {}
    for terms in result.values():
        for term in terms:
            key = (term.taxonomy, term.slug)
            lookup[key] = term
            for item in term.items:
                by_item[id(item)].append(key)
    for terms in result.values():
        for term in terms:
            together: Counter[tuple[str, str]] = Counter()
            for item in term.items:
                together.update(by_item[id(item)])  # counted in C
            together.pop((term.taxonomy, term.slug), None)  # itself, once per item
            term.related = _most_shared(together, lookup, related_limit)
    return result


def _most_shared(
    together: Counter[tuple[str, str]], lookup: dict, limit: int
) -> list[tuple[Term, int]]:
    """The ``limit`` terms sharing the most items: by count, then name, then key.
    Only those counted at least as often as the ``limit``-th are sorted."""
    if limit <= 0 or not together:
        return []
    counts = sorted(together.values(), reverse=True)
    floor = counts[min(limit, len(counts)) - 1]
    ranked = sorted(
        ((key, n) for key, n in together.items() if n >= floor),
        key=lambda kv: (-kv[1], lookup[kv[0]].name, kv[0]),
    )
    return [(lookup[key], n) for key, n in ranked[:limit]]


def _collect(ordered: Sequence[Any], taxonomy: Taxonomy) -> dict[str, Term]:
    """The terms of ``ordered`` (newest first), each with its items in that order."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[Any]] = defaultdict(list)
    for item in ordered:
        seen: set[str] = set()
        for key, name in taxonomy.terms_of(item.record):
            slug = term_slug(taxonomy.id, key)
            names[slug][name] += 1
            if slug not in seen:  # an item counts once per term
                seen.add(slug)
                members[slug].append(item)
    terms = {}
    for slug, counter in names.items():
        # Spellings that slug alike are one term; show the most used spelling.
        name = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        terms[slug] = Term(taxonomy.id, slug, name, members[slug])
    return terms
