"""Run Pagefind's bundled binary over a built site. Knows nothing of Pelican."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


class SearchIndexFailed(RuntimeError):
    """Pagefind exited with an error or did not finish in time."""


@dataclass(frozen=True)
class IndexResult:
    """What one Pagefind run produced."""

    pages: int
    words: int
    filters: int
    sorts: int
    seconds: float
    bundle: Path
    bundle_bytes: int


_COUNT = re.compile(r"Indexed (\d+) (page|word|filter|sort)s?\b")


def article_glob(article_save_as: str) -> str:
    """``artikel/{slug}/index.html`` -> ``artikel/*/index.html``: only article pages."""
    return re.sub(r"\{[^}]*\}", "*", article_save_as)


def pagefind_command(
    site: Path, bundle_subdir: str, language: str, glob: str | None = None
) -> list[str]:
    """The command line: the pagefind package runs its own binary via ``-m``."""
    # Only article pages carry data-pagefind-body; a glob spares Pagefind reading
    # (and holding in memory) every other page of the site.
    extra = ["--glob", glob] if glob else []
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-subdir",
        bundle_subdir,
        "--force-language",
        language,
        *extra,
    ]


def parse_counts(stdout: str) -> dict[str, int]:
    """``{"page": 12, "word": 538, ...}`` from Pagefind's summary (last figures win)."""
    counts: dict[str, int] = {}
    for number, kind in _COUNT.findall(stdout):
        counts[kind] = int(number)
    return counts


def folder_bytes(folder: Path) -> int:
    """Total size of the files under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run_pagefind(
    site: Path,
    bundle_subdir: str,
    language: str,
    timeout: float,
    glob: str | None = None,
) -> IndexResult:
    """Index ``site`` and write the bundle to ``site/bundle_subdir``."""
    command = pagefind_command(site, bundle_subdir, language, glob)
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as err:
        raise SearchIndexFailed(
            f"Pagefind tidak selesai dalam {timeout} detik"
        ) from err
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise SearchIndexFailed(
            f"Pagefind gagal (kode {done.returncode}): {' | '.join(detail)}"
        )
    counts = parse_counts(done.stdout)
    bundle = site / bundle_subdir
    return IndexResult(
        pages=counts.get("page", 0),
        words=counts.get("word", 0),
        filters=counts.get("filter", 0),
        sorts=counts.get("sort", 0),
        seconds=seconds,
        bundle=bundle,
        bundle_bytes=folder_bytes(bundle) if bundle.is_dir() else 0,
    )


def base_path(siteurl: str) -> str:
    """The site's path on its host, ``/`` or ``/repo/``: Pagefind's ``baseUrl``."""
    path = urlsplit(siteurl or "").path.strip("/")
    return f"/{path}/" if path else "/"
