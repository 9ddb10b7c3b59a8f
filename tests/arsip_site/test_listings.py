"""Term pages (tags, categories, authors) get the same ``dates`` as Pelican's scan."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pelican import signals
from pelican.generators import ArticlesGenerator

from arsip_site.listings import TERM_METHODS, in_date_order
from tests.arsip_incremental.test_parallel import _corpus
from tests.conftest import build_site


class Item:
    """Compared by identity, as Pelican's content objects are."""


class Equal:
    """Equal to any other of its kind: ``in`` must keep using ``==``."""

    def __eq__(self, other):
        return isinstance(other, Equal)

    __hash__ = object.__hash__


def _scan(dates, articles):
    return [a for a in dates if a in articles]


@pytest.mark.parametrize("seed", range(20))
def test_in_date_order_is_the_scan(seed):
    rng = random.Random(seed)
    pool = [Item() for _ in range(rng.randint(0, 30))]
    dates = [rng.choice(pool) for _ in range(rng.randint(0, 40))] if pool else []
    articles = [rng.choice(pool) for _ in range(rng.randint(0, 20))] if pool else []
    found = in_date_order(dates, articles)
    assert [id(a) for a in found] == [id(a) for a in _scan(dates, articles)]


def test_objects_with_their_own_equality_keep_the_scan():
    first, second = Equal(), Equal()
    assert in_date_order([first, second], [second]) == [first, second]


def _recorder(calls: list):
    def write(*args, **kwargs):
        calls.append((args, kwargs))

    return write


def _same_call(one, other) -> bool:
    (args, kwargs), (args2, kwargs2) = one, other
    if len(args) != len(args2) or list(kwargs) != list(kwargs2):
        return False
    if any(a is not b and a != b for a, b in zip(args, args2, strict=True)):
        return False
    for key, value in kwargs.items():
        value2 = kwargs2[key]
        if isinstance(value, list):
            if [id(v) for v in value] != [id(v) for v in value2]:
                return False
        elif value is not value2 and value != value2:
            return False
    return True


def test_term_pages_get_pelicans_dates(tmp_path: Path):
    content = _corpus(tmp_path / "content", 40)
    kept = []

    def keep(generators):
        kept.extend(g for g in generators if isinstance(g, ArticlesGenerator))

    signals.all_generators_finalized.connect(keep)
    try:
        build_site(content, tmp_path / "out", ARSIP_SEARCH_INDEX=False)
    finally:
        signals.all_generators_finalized.disconnect(keep)
    (generator,) = kept
    assert len(generator.categories) > 1 and generator.authors
    dates = generator.dates
    for name in TERM_METHODS:
        pelicans, ours = [], []
        getattr(ArticlesGenerator, name)(generator, _recorder(pelicans))
        getattr(generator, name)(_recorder(ours))
        assert generator.dates is dates
        assert len(pelicans) == len(ours)
        assert all(_same_call(a, b) for a, b in zip(pelicans, ours, strict=True))
        if name != "generate_tags":
            assert any(kwargs["dates"] for _args, kwargs in ours)
