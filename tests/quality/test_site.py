"""Every file of a built site: links and anchors, CSP, hosts, markup, valid HTML."""

from __future__ import annotations

import gzip
import json

import pytest

from tests.quality import sitecheck
from tests.quality.conftest import record_figure, tile_sources
from tests.quality.sitecheck import (
    check_csp,
    check_links,
    check_xml_links,
    css_resource_urls,
    json_strings,
    own_script_check,
    parse_xml,
    third_party_resources,
    unsafe_markup,
)
from tests.quality.tools import run_vnu, vnu_report

# Every page type is in content/ (two seed articles carry tags): the theme's, and
# those of every plugin in PLUGINS (maps, timeline, indexes, search, open data). A new page type must be added
# to sitecheck.PAGE_TYPES, or it shows up as "lain" and fails below.
CORE_TYPES = {name for name, _ in sitecheck.PAGE_TYPES}


def test_core_page_types_exist(site):
    types = site.pages_by_type()
    record_figure("pages_by_type", {k: len(v) for k, v in sorted(types.items())})
    record_figure("pages", sum(len(v) for v in types.values()))
    assert CORE_TYPES <= set(types), sorted(CORE_TYPES - set(types))
    assert "lain" not in types, [p.relative for p in types["lain"]]


def test_no_broken_internal_link_or_anchor(site):
    report = check_links(site)
    record_figure(
        "links", {"internal_checked": report.checked, "external": report.external}
    )
    assert report.checked > 0
    assert report.problems == []


def test_feed_and_sitemap_links_resolve(site):
    report = check_xml_links(site)
    record_figure("xml_links", {"internal_checked": report.checked})
    assert report.problems == []


def test_every_page_has_one_strict_csp(subpath_build):
    site, settings = subpath_build
    problems = []
    for page in site.pages():
        problems += check_csp(page, tile_sources(settings))
    assert problems == []


def test_no_page_loads_anything_from_another_host(subpath_build):
    site, settings = subpath_build
    problems = []
    for page in site.pages():
        problems += third_party_resources(page, allowed_hosts=())
    for path, url in css_resource_urls(site):
        if url.startswith(("http:", "https:", "//")):
            problems.append(f"{path.relative_to(site.root)}: CSS memuat {url}")
    assert problems == []


def test_no_executable_markup_but_our_own_scripts(site):
    problems = []
    for page in site.pages():
        problems += [
            f"{page.relative}: {p}"
            for p in unsafe_markup(page.tree, own_script_check(page))
        ]
    assert problems == []


def test_data_islands_and_exports_parse(site):
    """JSON, GeoJSON and XML outputs are well-formed, and carry no markup from input."""
    problems = []
    packed = [
        p for p in site.files(".gz") if p.suffixes[-2:-1] in ([".json"], [".geojson"])
    ]
    assert packed  # the open data, gzip-compressed (ARSIP_DATA_GZIP)
    for path in site.files(".json", ".geojson") + packed:
        try:
            raw = path.read_bytes()
            if path.suffix == ".gz":
                raw = gzip.decompress(raw)
            data = json.loads(raw.decode("utf-8"))
        except ValueError as err:
            problems.append(f"{path.relative_to(site.root)}: {err}")
            continue
        for text in json_strings(data):
            if "<script" in text.lower():
                problems.append(f"{path.relative_to(site.root)}: {text[:60]!r}")
    for path in site.files(".xml", ".atom", ".rss"):
        try:
            parse_xml(path)
        except (ValueError, SyntaxError) as err:
            problems.append(f"{path.relative_to(site.root)}: {err}")
    assert problems == []


def test_nu_html_checker_finds_no_error(site):
    errors = run_vnu(site.root)
    record_figure("vnu", {"pages": len(site.pages()), "errors": len(errors)})
    assert errors == [], vnu_report(errors, site.root)


@pytest.mark.parametrize(
    "name, expected_problem",
    [
        ('<a href="/x">', "berkas tidak ada"),
        ('<a href="http://127.0.0.1:8000/arsip-uji/#tidak-ada">', "tidak ada id"),
    ],
)
def test_link_checker_finds_what_it_should(tmp_path, name, expected_problem):
    """The checker itself: a root link outside the sub-path, a missing anchor."""
    from tests.quality.sitecheck import Site

    (tmp_path / "index.html").write_text(f"<!doctype html><p id=a>{name}x</a>")
    report = check_links(Site(tmp_path, "http://127.0.0.1:8000/arsip-uji"))
    assert report.checked == 1
    assert expected_problem in report.problems[0]
