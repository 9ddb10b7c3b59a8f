"""Read the article files a build will ask for in worker processes, ahead of Pelican.

Pelican reads one file at a time; parsing and extraction are pure and CPU-bound, so on
a machine with several cores the files not in the content cache are read in parallel
and the reader then only picks up the results. No Pelican import.

Any file a worker cannot read (rejected, or a bug) is simply not prefetched: the
reader reads it again itself, so errors, log lines and the build report are exactly
those of a serial build.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from markdown_it import MarkdownIt

from arsip_reader.pipeline import ArticleSource, new_markdown, read_article

# Fewer uncached files than this are read serially: starting workers costs more.
MIN_FILES = 64
# Files handed to a worker at once: fewer round trips, still a balanced load.
CHUNK = 16


@dataclass(frozen=True)
class Job:
    """What ``read_article`` needs for one file (it must pickle)."""

    path: str
    relative: str
    timezone: str
    max_bytes: int
    extract: bool


_markdown: MarkdownIt | None = None


def _worker_markdown() -> MarkdownIt:
    """One renderer per worker process: making one costs about as much as rendering
    an article, and markdown-it keeps no state between renders."""
    global _markdown
    if _markdown is None:
        _markdown = new_markdown()
    return _markdown


def read_job(job: Job) -> tuple[str, ArticleSource | None]:
    """Worker side: the article, or None when the reader must read it itself."""
    try:
        article = read_article(
            job.path,
            job.relative,
            tz=ZoneInfo(job.timezone),
            markdown=_worker_markdown(),
            max_bytes=job.max_bytes,
            extract=job.extract,
        )
    except Exception:  # noqa: BLE001 - the parent reads it again and reports why
        return job.path, None
    return job.path, article


def processes_for(setting_value: int, files: int) -> int:
    """Worker processes to use: 0 means one per CPU; 1 (or few files) means none."""
    wanted = setting_value or (os.cpu_count() or 1)
    if wanted <= 1 or files < MIN_FILES:
        return 0
    # fork shares the loaded gazetteer and is fast, but a lock another thread holds
    # would stay held in the workers. Daemon threads are let through: Pelican's own
    # command runs the build under a rich status spinner (a daemon refresh thread),
    # and the workers never touch the console, logging or anything it locks.
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    if any(not t.daemon for t in others):
        return 0
    return min(wanted, files // MIN_FILES + 1)


class Prefetcher:
    """Results of the jobs, taken by path in any order; the pool closes when done."""

    def __init__(self, jobs: list[Job], processes: int):
        self._pending = {job.path for job in jobs}
        self._ready: dict[str, ArticleSource | None] = {}
        context = multiprocessing.get_context("fork")
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            processes, mp_context=context
        )
        self._results: Iterator = self._pool.map(read_job, jobs, chunksize=CHUNK)

    def take(self, path: str) -> ArticleSource | None:
        """The prefetched article for ``path``, or None (read it yourself)."""
        if path not in self._pending:
            return None
        self._pending.discard(path)
        while path not in self._ready and self._pool is not None:
            try:
                done_path, article = next(self._results)
            except StopIteration:
                break
            except Exception:  # noqa: BLE001 - a broken pool: read serially from now
                self.close()
                break
            self._ready[done_path] = article
        article = self._ready.pop(path, None)
        if not self._pending:
            self.close()
        return article

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._ready.clear()
        self._pending.clear()
