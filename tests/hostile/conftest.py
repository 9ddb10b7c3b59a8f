"""The hostile corpus, built once for the tests of this folder."""

from __future__ import annotations

import pytest

from tests.hostile.corpus import build_hostile
from tests.quality.conftest import SUBPATH_SITEURL, record_figure


@pytest.fixture(scope="package")
def hostile_root(tmp_path_factory):
    """The build's temporary folder: content/, luar/ (outside), output/, cache."""
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="package")
def hostile(hostile_root):
    # Whole texts on every page: the most hostile text reaches the output, which is
    # what these tests check (the public default shows outlets' text as excerpts).
    output, names, log = build_hostile(
        hostile_root,
        SITEURL=SUBPATH_SITEURL,
        FEED_DOMAIN=SUBPATH_SITEURL,
        ARSIP_TEXT_POLICY={"*": "full"},
    )
    record_figure("hostile_cases", len(names))
    return output, names, log
