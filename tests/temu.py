"""A small site for the find-and-reuse plugins (search, data, feeds, SEO), built once.

Its articles are Markdown with every record field in front matter, so the tests do
not depend on what extraction finds; ``judul_berbahaya.md`` carries hostile text.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, build_site

TEMU = FIXTURES / "temu"
# The URL slug of every article of the fixture site: its file name (issue 13), never
# its title, which ``judul_berbahaya.md`` makes hostile.
SLUGS = {
    "kalbar_kampanye_lengkap.md": "kalbar-kampanye-lengkap",
    "kaltim_tps_pilkada.md": "kaltim-tps-pilkada",
    "kalteng_tanpa_tanggal.md": "kalteng-tanpa-tanggal",
    "judul_berbahaya.md": "judul-berbahaya",
}
SITEURL = "https://contoh.github.io/arsip"


def build_temu(tmp_path_factory, **settings) -> Path:
    """Copy the fixture articles into a fresh folder and build them."""
    root = tmp_path_factory.mktemp("temu")
    content = root / "content"
    shutil.copytree(TEMU, content)
    (content / "pages").mkdir(exist_ok=True)
    return build_site(content, root / "output", **settings)


@pytest.fixture(scope="session")
def temu_site(tmp_path_factory) -> Path:
    """The fixture site, published under a sub-path like a GitHub Pages project site."""
    return build_temu(tmp_path_factory, SITEURL=SITEURL, FEED_DOMAIN=SITEURL)
