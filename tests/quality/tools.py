"""Where the quality checkers live, and how a test asks for one.

Outside CI a missing checker skips its test with the reason; with CI=true it fails,
so a green CI run always means the checker ran. ``.ci/run`` installs them all.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
NODE_MODULES = HERE / "tools" / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
ACTIONLINT = NODE_MODULES / "@tktco" / "node-actionlint" / "main.wasm"
CHROMIUM = Path("/usr/bin/chromium")
INSTALL_HINT = (
    "run `bash .ci/run` (or `npm ci --ignore-scripts --prefix tests/quality/tools`)"
)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip (locally) or fail (on CI) when a checker is missing."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI must run this check)")
    pytest.skip(reason)


def require_file(path: Path, what: str) -> Path:
    require(path.is_file(), f"{what} missing at {path}: {INSTALL_HINT}")
    return path


def require_command(name: str) -> str:
    found = shutil.which(name)
    require(found is not None, f"`{name}` not found on PATH: {INSTALL_HINT}")
    return found  # type: ignore[return-value]


def run_vnu(root: Path) -> list[dict]:
    """The Nu Html Checker's errors for every HTML file under ``root``."""
    import json
    import subprocess

    java = require_command("java")
    jar = require_file(VNU_JAR, "vnu.jar (npm vnu-jar)")
    run = subprocess.run(
        [
            java,
            "-Xss8m",
            "-jar",
            str(jar),
            "--errors-only",
            "--format",
            "json",
            "--skip-non-html",
            "--exit-zero-always",
            str(root),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    return [m for m in messages if m.get("type") in ("error", "non-document-error")]


def vnu_report(errors: list[dict], root: Path) -> str:
    return "\n".join(
        f"{m.get('url', '').split(str(root))[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in errors[:50]
    )
