"""The sweep of stale files runs before the sitemap, whatever the order of PLUGINS."""

from __future__ import annotations

import arsip_incremental.plugin as incremental
from pelican import signals
from pelican.settings import read_settings

from tests.arsip_incremental.test_incremental_build import Site
from tests.conftest import ROOT

ARTICLE = "2024-11-07-kalteng-pengamanan-kantor-kpu"


def test_a_deleted_article_leaves_the_sitemap_with_plugins_reversed(tmp_path):
    plugins = read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    # arsip_seo's sitemap would come before arsip_incremental's sweep.
    assert plugins.index("arsip_incremental") < plugins.index("arsip_seo")
    site = Site(tmp_path)
    site.settings = {"ARSIP_SEARCH_INDEX": False, "PLUGINS": plugins[::-1]}
    site.build()
    # Signals keep the receivers of earlier builds in this process, in the order
    # they were first connected: put the sweep last, after the sitemap.
    signals.finalized.disconnect(incremental.finish_build)
    signals.finalized.connect(incremental.finish_build)
    page = f"artikel/{ARTICLE}/"
    assert page in (site.output / "sitemap.xml").read_text(encoding="utf-8")

    for path in site.content.glob(f"{ARTICLE}.*"):
        path.unlink()
    site.build()
    assert not (site.output / page / "index.html").exists()
    assert page not in (site.output / "sitemap.xml").read_text(encoding="utf-8")
