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
# Filled in for every article of the fixture site (``<slug>`` keyed by source file).
SLUGS = {
    "kalbar_kampanye_lengkap.md": (
        "ratusan-personel-polda-kalbar-kawal-kampanye-rapat-umum-di-pontianak"
    ),
    "kaltim_tps_pilkada.md": "polresta-balikpapan-jaga-tps-pilkada-serentak",
    "kalteng_tanpa_tanggal.md": "apel-siaga-polda-kalteng-jelang-pilkada",
    "judul_berbahaya.md": "script-script-alert-1-script-polda-kaltara-b-apel-b",
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
