"""Run Pagefind's bundled binary over a built site. Knows nothing of Pelican."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
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


def pagefind_program() -> list[str]:
    """How Pagefind is started: the binary ``python -m pagefind`` would run
    (``pagefind.service.get_executable``: PAGEFIND_BINARY_PATH, the extended
    binary, the bundled one, one on PATH), else ``python -m pagefind`` itself.

    The binary directly spares a Python interpreter per run, which only looks the
    binary up and replaces itself with it: ~0.15 CPU-s a run, one run per shard."""
    try:
        from pagefind.service import get_executable

        found = get_executable()
    except Exception:  # noqa: BLE001 - the package's own entry point will say why
        found = None
    if found is not None and Path(found).is_file():
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "pagefind"]


def pagefind_command(
    site: Path, bundle_subdir: str, language: str, glob: str | None = None
) -> list[str]:
    """The command line of one Pagefind run over ``site``."""
    # Only article pages carry data-pagefind-body; a glob spares Pagefind reading
    # (and holding in memory) every other page of the site.
    extra = ["--glob", glob] if glob else []
    return [
        *pagefind_program(),
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


class PagefindRun:
    """A Pagefind process started in the background; ``finish()`` waits for it.

    The build starts it as soon as the article pages are written, so it indexes
    while Pelican writes the index pages, feeds and open data.
    """

    def __init__(self, site: Path, bundle_subdir: str, command: list[str]):
        self.site = site
        self.bundle_subdir = bundle_subdir
        self.started = time.perf_counter()
        # A file, not a pipe: a pipe nobody reads until the end could fill and stall it.
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.process = subprocess.Popen(
            command, stdout=self._log, stderr=subprocess.STDOUT, text=True
        )

    def stop(self) -> None:
        """End the process if it still runs (the build failed before waiting)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._log.close()

    def finish(self, timeout: float) -> IndexResult:
        """Wait at most what is left of ``timeout`` seconds since the start."""
        left = max(0.0, timeout - (time.perf_counter() - self.started))
        try:
            self.process.wait(timeout=left)
        except subprocess.TimeoutExpired as err:
            self.stop()
            raise SearchIndexFailed(
                f"Pagefind tidak selesai dalam {timeout} detik"
            ) from err
        seconds = time.perf_counter() - self.started
        self._log.seek(0)
        output = self._log.read()
        self._log.close()
        if self.process.returncode != 0:
            detail = output.strip().splitlines()[-5:]
            raise SearchIndexFailed(
                f"Pagefind gagal (kode {self.process.returncode}): {' | '.join(detail)}"
            )
        counts = parse_counts(output)
        bundle = self.site / self.bundle_subdir
        return IndexResult(
            pages=counts.get("page", 0),
            words=counts.get("word", 0),
            filters=counts.get("filter", 0),
            sorts=counts.get("sort", 0),
            seconds=seconds,
            bundle=bundle,
            bundle_bytes=folder_bytes(bundle) if bundle.is_dir() else 0,
        )


def start_pagefind(
    site: Path, bundle_subdir: str, language: str, glob: str | None = None
) -> PagefindRun:
    """Start indexing ``site`` into ``site/bundle_subdir``; do not wait."""
    command = pagefind_command(site, bundle_subdir, language, glob)
    return PagefindRun(site, bundle_subdir, command)


def base_path(siteurl: str) -> str:
    """The site's path on its host, ``/`` or ``/repo/``: Pagefind's ``baseUrl``."""
    path = urlsplit(siteurl or "").path.strip("/")
    return f"/{path}/" if path else "/"
