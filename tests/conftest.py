"""Shared fixtures: a settings factory and real Pelican builds into temporary folders."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The English edition as the quality and browser builds make it (arsip_i18n).
ENGLISH_EDITION = {"en": {"SITENAME": "Kalimantan Election Security Archive"}}
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def site_settings(content: Path, output: Path, **overrides):
    """The project's pelicanconf.py, pointed at ``content`` and ``output``."""
    from pelican.settings import read_settings

    override = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(output.parent / f"{output.name}-cache"),
        "LOAD_CONTENT_CACHE": False,
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
    }
    override.update(overrides)
    return read_settings(str(ROOT / "pelicanconf.py"), override=override)


def build_site(content: Path, output: Path, **overrides) -> Path:
    """Run a real Pelican build; return the output folder."""
    from pelican import Pelican

    Pelican(site_settings(content, output, **overrides)).run()
    return output


def read_export(output: Path, name: str) -> str:
    """The text of an open-data file ``data/<name>``, gzip-compressed or not."""
    path = output / "data" / name
    packed = path.with_name(path.name + ".gz")
    if packed.is_file():
        return gzip.decompress(packed.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


def read_report(output: Path) -> dict:
    return json.loads((output / "laporan-build.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def built_content(tmp_path_factory) -> Path:
    """The real content/ folder, built once per test session."""
    output = tmp_path_factory.mktemp("site") / "output"
    return build_site(ROOT / "content", output)


@pytest.fixture
def make_content(tmp_path):
    """Copy named fixture files into a fresh content folder: make_content("a.txt", ...)."""

    def make(*names: str, **files: str | bytes) -> Path:
        content = tmp_path / "content"
        (content / "pages").mkdir(parents=True, exist_ok=True)
        for name in names:
            shutil.copy(FIXTURES / name, content / Path(name).name)
        for name, data in files.items():
            target = content / name.replace("__", "/")
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                target.write_bytes(data)
            else:
                target.write_text(data, encoding="utf-8")
        return content

    return make
