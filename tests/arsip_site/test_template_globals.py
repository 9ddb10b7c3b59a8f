"""Template globals as a plain dict once the contexts are made (freeze_template_globals)."""

from __future__ import annotations

from types import SimpleNamespace

from jinja2 import DictLoader, Environment

from arsip_site.plugin import freeze_template_globals

TEMPLATES = {
    "page.html": "{{ SITE }} {% include '_part.html' %} {{ tile or '-' }}",
    "_part.html": "{% for x in items %}{{ label(x) }}{% endfor %}",
    "later.html": "{{ label(SITE) }}|{{ tile }}",
}


def _env() -> Environment:
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
    env.globals.update(label=str.upper, tile="osm")
    return env


def test_globals_are_a_plain_dict_and_the_pages_the_same():
    before, env = _env(), _env()
    page = env.get_template("page.html")  # compiled during reading: a ChainMap
    env.get_template("_part.html")
    freeze_template_globals([SimpleNamespace(env=env), SimpleNamespace()])
    freeze_template_globals([SimpleNamespace(env=env)])  # a second call: no change
    assert type(page.globals) is dict and page.globals == dict(before.globals)
    later = env.get_template("later.html")  # loaded after: a plain dict too
    assert type(later.globals) is dict
    context = {"SITE": "<Arsip>", "items": ["a", "b"], "tile": None}
    for name in ("page.html", "later.html"):
        assert env.get_template(name).render(context) == before.get_template(
            name
        ).render(context)


def test_a_template_global_given_when_loaded_still_wins():
    env = _env()
    freeze_template_globals([SimpleNamespace(env=env)])
    template = env.from_string("{{ tile }}", globals={"tile": "sendiri"})
    assert template.render() == "sendiri"
    assert env.get_template("later.html").render(SITE="x") == "X|osm"
