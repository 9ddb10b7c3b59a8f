"""A listing entry is rendered once per article and build, and reused everywhere."""

from __future__ import annotations

from types import SimpleNamespace

from jinja2 import DictLoader, Environment

from arsip_theme.listing import listing_item

TEMPLATES = {
    "_article_item.html": '<li><a href="{{ SITEURL }}/{{ article.url }}">'
    "{{ article.title }}</a>{{ renders() }}</li>",
    "listing.html": "{% for article in articles %}{{ article|listing_item }}{% endfor %}",
}


def _environment():
    calls = []
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
    env.filters["listing_item"] = listing_item
    env.globals["renders"] = lambda: calls.append(1) or ""
    return env, calls


def test_each_article_is_rendered_once_and_escaped():
    env, calls = _environment()
    articles = [
        SimpleNamespace(url="artikel/a/", title="Apel <siaga>"),
        SimpleNamespace(url="artikel/b/", title="Patroli"),
    ]
    listing = env.get_template("listing.html")
    first = listing.render(articles=articles, SITEURL="/arsip")
    again = listing.render(articles=articles[::-1], SITEURL="/arsip")
    assert first == (
        '<li><a href="/arsip/artikel/a/">Apel &lt;siaga&gt;</a></li>'
        '<li><a href="/arsip/artikel/b/">Patroli</a></li>'
    )
    assert (
        again
        == first[first.index('<li><a href="/arsip/artikel/b/') :]
        + first[: first.index('<li><a href="/arsip/artikel/b/')]
    )
    assert len(calls) == 2


def test_another_siteurl_renders_again():
    env, calls = _environment()
    article = SimpleNamespace(url="artikel/a/", title="Apel")
    listing = env.get_template("listing.html")
    listing.render(articles=[article], SITEURL="")
    html = listing.render(articles=[article], SITEURL="https://contoh.id")
    assert html == '<li><a href="https://contoh.id/artikel/a/">Apel</a></li>'
    assert len(calls) == 2
