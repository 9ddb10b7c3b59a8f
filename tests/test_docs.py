"""Every ARSIP_* setting is documented (after Datasette's test_docs)."""

import re

import pytest

from arsip_core.settings import DEFAULTS
from tests.conftest import ROOT

DOCUMENTED = set(
    re.findall(r"`(ARSIP_[A-Z0-9_]+)`", (ROOT / "docs/settings.md").read_text())
)


@pytest.mark.parametrize("name", sorted(DEFAULTS))
def test_setting_is_documented(name):
    assert name in DOCUMENTED


def test_readme_gives_install_and_test_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -e . && invoke serve" in readme
    test_command = (
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' "
        "&& python -m pytest -q -p no:cacheprovider"
    )
    assert test_command in readme
    # .ci/run runs exactly the README's test command.
    assert test_command in (ROOT / ".ci/run").read_text(encoding="utf-8")
