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
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any
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


# Worker side: the reader cache's stamp function (``RecordStamp.compute``), set
# when the worker starts; None when the build stamps each file itself.
_stamp: Callable[[str], Any] | None = None


def _start_worker(stamp: Callable[[str], Any] | None) -> None:
    global _stamp
    _stamp = stamp


def read_job(job: Job) -> tuple[str, ArticleSource | None, Any]:
    """Worker side: the article, or None when the reader must read it itself; and
    the file's cache stamp, taken before the file is read (None if not asked)."""
    stamp = _stamp(job.path) if _stamp is not None else None
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
        return job.path, None, stamp
    return job.path, article, stamp


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
    """Results of the jobs, taken by path in any order; the pool closes when done.

    ``stamp``: the reader cache's stamp function, run by the workers on each file
    just before they read it (``stamp_of`` gives it)."""

    def __init__(
        self,
        jobs: list[Job],
        processes: int,
        stamp: Callable[[str], Any] | None = None,
    ):
        self._pending = {job.path for job in jobs}
        self._ready: dict[str, ArticleSource | None] = {}
        self._stamps: dict[str, Any] = {}
        context = multiprocessing.get_context("fork")
        # Forked: the stamp function reaches the workers without pickling.
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            processes,
            mp_context=context,
            initializer=_start_worker,
            initargs=(stamp,),
        )
        self._results: Iterator = self._pool.map(read_job, jobs, chunksize=CHUNK)

    def _wait_for(self, path: str) -> None:
        while path not in self._ready and self._pool is not None:
            try:
                done_path, article, stamp = next(self._results)
            except StopIteration:
                break
            except Exception:  # noqa: BLE001 - a broken pool: read serially from now
                self.close()
                break
            self._ready[done_path] = article
            if stamp is not None:
                self._stamps[done_path] = stamp

    def stamp_of(self, path: str) -> Any:
        """The stamp a worker took of ``path`` before reading it, or None."""
        if path not in self._pending:
            return None
        self._wait_for(path)
        return self._stamps.pop(path, None)

    def take(self, path: str) -> ArticleSource | None:
        """The prefetched article for ``path``, or None (read it yourself)."""
        if path not in self._pending:
            return None
        self._pending.discard(path)
        self._wait_for(path)
        self._stamps.pop(path, None)
        article = self._ready.pop(path, None)
        if not self._pending:
            self.close()
        return article

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._ready.clear()
        self._stamps.clear()
        self._pending.clear()
