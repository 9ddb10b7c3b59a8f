"""A real build of content/ under a sub-path SITEURL, shared by the quality checks."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ENGLISH_EDITION, ROOT, build_site
from tests.quality.sitecheck import Site

# Pages serves a fork under /REPO/: building for a sub-path proves no link assumes "/".
SUBPATH_SITEURL = "http://127.0.0.1:8000/arsip-uji"
ARTIFACTS = ROOT / "test-artifacts"


def tile_sources(settings) -> set[str]:
    """How the tile server may be named in a CSP: host, scheme://host, and wildcard."""
    from arsip_core.settings import setting

    host = urlsplit(
        setting(settings, "ARSIP_MAPS_TILE_URL").replace("{s}.", "a.")
    ).netloc
    names = {host, f"https://{host}"}
    if host.startswith("a."):
        names |= {f"*.{host[2:]}", f"https://*.{host[2:]}"}
    return names


def record_figure(name: str, value) -> None:
    """Keep a figure for the issue note (test-artifacts/figures.json, git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "figures.json"
    figures = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    figures[name] = value
    path.write_text(
        json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


@pytest.fixture(scope="session")
def subpath_build(tmp_path_factory) -> tuple[Site, dict]:
    """content/ built for SUBPATH_SITEURL with the English edition, and the
    settings it was built with."""
    from pelican.settings import read_settings

    output = tmp_path_factory.mktemp("unterpfad") / "output"
    build_site(
        ROOT / "content",
        output,
        SITEURL=SUBPATH_SITEURL,
        FEED_DOMAIN=SUBPATH_SITEURL,
        ARSIP_EDITIONS=ENGLISH_EDITION,
    )
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    return Site(Path(output), SUBPATH_SITEURL), settings


@pytest.fixture(scope="session")
def site(subpath_build) -> Site:
    return subpath_build[0]
