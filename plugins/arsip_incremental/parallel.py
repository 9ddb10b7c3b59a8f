"""Article pages written by two (or more) processes instead of one.

Pelican renders and writes the article pages one by one in its own process, while
the machine's other cores wait: nothing else runs until they are all written
(Pagefind starts after the last one). With ``ARSIP_WRITER_PROCESSES`` (0 = one per
CPU) the Pelican process forks helpers at that point; each writes every n-th article
page with the same writer, templates and context, and sends back only its
bookkeeping: the files it wrote, their manifest entries, the pages it rendered and
its log records. The Pelican process writes its own share meanwhile, then takes in
the helpers' bookkeeping as if it had written those pages itself: the manifest, the
``content_written`` signal of each page (Pagefind waits for it), the log lines.

The pages are the same bytes as in a serial build (the templates are pure given
the context; ``tests/arsip_incremental/test_parallel.py`` compares the two). A
helper that fails in any way (an error in a template, a crash) sends nothing
usable: its pages are then written again by the Pelican process, which meets the
same error and reports it exactly as a serial build would.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
import traceback
from collections import Counter
from functools import partial
from itertools import chain

from pelican import signals

from arsip_core.settings import setting

logger = logging.getLogger(__name__)

# Fewer article pages than this are written serially: a fork costs more.
MIN_PAGES = 200


def usable_cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def writer_processes(setting_value: int, pages: int) -> int:
    """Processes to write ``pages`` article pages with: 1 means serially."""
    wanted = setting_value or usable_cpus()
    if wanted <= 1 or pages < MIN_PAGES or not hasattr(os, "fork"):
        return 1
    # A thread holding a lock at the fork would leave it held in the helper. Daemon
    # threads are let through (Pelican's status spinner): the helper never touches
    # the console, its log records go back to the Pelican process.
    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    if any(not t.daemon for t in others):
        return 1
    return max(1, min(wanted, pages // MIN_PAGES))


def install(generator) -> None:
    """article_generator_finalized: the generator writes its article pages through
    ``write_articles`` (Pelican calls ``self.generate_articles(write)``)."""
    if getattr(generator, "_arsip_serial_articles", None) is not None:
        return
    generator._arsip_serial_articles = generator.generate_articles
    generator.generate_articles = partial(write_articles, generator)


def _contents(generator) -> list:
    """The pages Pelican's ``generate_articles`` writes, in its order."""
    return list(
        chain(
            generator.translations,
            generator.articles,
            getattr(generator, "hidden_translations", []),
            getattr(generator, "hidden_articles", []),
        )
    )


def _write_one(generator, write, article) -> None:
    """What Pelican's ``generate_articles`` does for one article, minus the signal."""
    write(
        article.save_as,
        generator.get_template(article.template),
        generator.context,
        article=article,
        category=getattr(article, "category", None),
        override_output=hasattr(article, "override_save_as"),
        url=article.url,
        blog=True,
    )


def write_articles(generator, write) -> None:
    """Pelican's ``generate_articles``, with the pages shared among processes."""
    contents = _contents(generator)
    writer = getattr(write, "func", None)
    writer = getattr(writer, "__self__", None)
    build = getattr(writer, "build", None)
    count = writer_processes(
        setting(generator.settings, "ARSIP_WRITER_PROCESSES"), len(contents)
    )
    if count <= 1 or build is None:
        return generator._arsip_serial_articles(write)
    # Each article's signal first (its alias pages are written there), as Pelican
    # sends it before the article's page.
    for article in contents:
        signals.article_generator_write_article.send(generator, content=article)
    # Made once here rather than once in every helper.
    for name in sorted({a.template for a in contents}):
        template = generator.get_template(name)
        if build.enabled:
            build.variables(template.environment, template.name)
    if build.enabled:
        writer._environment()
    shares = [contents[k::count] for k in range(count)]
    helpers = [_fork(generator, write, writer, build, share) for share in shares[1:]]
    try:
        for article in shares[0]:
            _write_one(generator, write, article)
    except BaseException:
        for pid, _reader in helpers:
            _stop(pid)
        raise
    for (pid, reader), share in zip(helpers, shares[1:], strict=True):
        result = _collect(pid, reader)
        if result is None:
            for article in share:
                _write_one(generator, write, article)
            continue
        _take(generator, writer, build, share, result)
    logger.info(
        "arsip_incremental: %d halaman berita ditulis oleh %d proses",
        len(contents),
        count,
    )


def _fork(generator, write, writer, build, share) -> tuple[int, int]:
    """Start a helper writing ``share``; return its pid and the pipe to read."""
    reader, sender = os.pipe()
    pid = os.fork()
    if pid:
        os.close(sender)
        return pid, reader
    # The helper: write, send the bookkeeping, exit without running the parent's
    # clean-ups (atexit, the build's on_close).
    status = 1
    try:
        os.close(reader)
        try:
            result = _helper(generator, write, writer, build, share)
            status = 0
        except BaseException:  # noqa: BLE001 - the parent writes this share again
            result = {"error": traceback.format_exc()[-2000:]}
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(sender, "wb") as out:
            out.write(data)
    finally:
        os._exit(status)


class _Records(logging.Handler):
    """Keeps the helper's log records, to be logged again by the parent."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _helper(generator, write, writer, build, share) -> dict:
    """Write ``share`` in the helper; what the parent needs to know of it."""
    records = _Records()
    root = logging.getLogger()
    root.handlers = [records]
    for other in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(other, logging.Logger):
            other.handlers = []
    written: list[str] = []
    # content_written is sent again by the parent for each page, in its order.
    signals.content_written.send = lambda sender, **_kwargs: written.append(sender)
    files_before = set(writer._written_files)
    overridden_before = set(writer._overridden_files)
    new_before = dict(build.new)
    kept_before = set(build.kept)
    rendered_before, opaque_before = Counter(build.rendered), Counter(build.opaque)
    for article in share:
        _write_one(generator, write, article)
    return {
        "written": written,
        "files": sorted(set(writer._written_files) - files_before),
        "overridden": sorted(set(writer._overridden_files) - overridden_before),
        "new": {k: v for k, v in build.new.items() if new_before.get(k) != v},
        "kept": sorted(build.kept - kept_before),
        "rendered": build.rendered - rendered_before,
        "opaque": build.opaque - opaque_before,
        "records": records.records,
    }


def _collect(pid: int, reader: int) -> dict | None:
    """The helper's bookkeeping, or None if it failed."""
    with os.fdopen(reader, "rb") as handle:
        data = handle.read()
    _pid, status = os.waitpid(pid, 0)
    try:
        result = pickle.loads(data) if data else {"error": "tanpa pesan"}
    except Exception:  # noqa: BLE001 - a broken message: write the share again
        result = {"error": "pesan rusak"}
    if status != 0 or "error" in result:
        # Its pages are written again here; a real error is met and reported then.
        logger.info(
            "arsip_incremental: proses penulis gagal (status %s), halamannya ditulis "
            "ulang: %s",
            status,
            result.get("error", "-"),
        )
        return None
    return result


def _stop(pid: int) -> None:
    """End a helper (the parent failed)."""
    try:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    except OSError:
        pass


def _take(generator, writer, build, share, result: dict) -> None:
    """Take in a helper's pages as if this process had written them."""
    for name, level, message in result["records"]:
        logging.getLogger(name).log(level, "%s", message)
    writer._written_files.update(result["files"])
    writer._overridden_files.update(result["overridden"])
    build.new.update(result["new"])
    build.kept.update(result["kept"])
    build.rendered.update(result["rendered"])
    build.opaque.update(result["opaque"])
    pages = {a.save_as: a for a in share}
    output = generator.output_path
    for path in result["written"]:
        relative = os.path.relpath(path, output).replace(os.sep, "/")
        article = pages.get(relative)
        context = generator.context.copy()
        context["output_file"] = relative
        if article is not None:
            context.update(
                article=article,
                category=getattr(article, "category", None),
                url=article.url,
                blog=True,
            )
        signals.content_written.send(path, context=context)
