"""Maintainer tasks: ``invoke --list`` shows them."""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

from invoke import Exit, task

HERE = Path(__file__).resolve().parent
PELICAN = f'"{sys.executable}" -m pelican'


def _pelican(c, settings: str, *extra: str) -> None:
    with c.cd(str(HERE)):
        result = c.run(
            " ".join([PELICAN, "content", "-s", settings, *extra]), pty=False, warn=True
        )
    if result.failed:
        # Pelican has said why (strict mode: one line); no second report from invoke.
        raise Exit(code=result.exited)


@task(help={"strict": "fail (non-zero exit) when any input file is rejected"})
def build(c, strict=False):
    """Build the site into output/ with the local settings."""
    _pelican(c, "pelicanconf.py", *(["-e", "ARSIP_STRICT=true"] if strict else []))


@task(help={"port": "port on localhost (default 8000)"})
def serve(c, port=8000):
    """Build, serve on http://localhost:PORT and rebuild whenever a file changes."""
    _pelican(
        c,
        "pelicanconf.py",
        "--autoreload",
        "--listen",
        "--bind",
        "127.0.0.1",
        "--port",
        str(port),
    )


@task
def clean(c):
    """Remove the built site and Pelican's content cache."""
    for folder in ("output", "cache"):
        shutil.rmtree(HERE / folder, ignore_errors=True)


@task(help={"strict": "fail when any input file is rejected"})
def publish(c, strict=True):
    """Build the public site with publishconf.py (SITEURL from the environment)."""
    _pelican(c, "publishconf.py", *(["-e", "ARSIP_STRICT=true"] if strict else []))


@task(help={"path": "file or folder (default content/)"})
def check(c, path="content"):
    """Show each article's fields found, fields missing and warnings."""
    c.run(f'"{sys.executable}" -m arsip_reader.cli check "{path}"', pty=False)


@task(
    help={
        "url": "address of the news page (repeat --url for more)",
        "ke": "folder to save into (default content/)",
        "dry_run": "show the record without saving",
        "di_luar_proyek": "allow a --ke folder outside the project (refused otherwise)",
    },
    iterable=["url"],
)
def tambah(c, url, ke=None, dry_run=False, di_luar_proyek=False):
    """Fetch news pages by their address and save them as .html articles."""
    if not url:
        raise SystemExit("invoke tambah --url URL [--url URL ...]")
    args = " ".join(shlex.quote(u) for u in url)
    if ke:
        args += f" --ke {shlex.quote(ke)}"
    if dry_run:
        args += " --dry-run"
    if di_luar_proyek:
        args += " --di-luar-proyek"
    c.run(f'"{sys.executable}" -m arsip_reader.cli tambah {args}', pty=False)
