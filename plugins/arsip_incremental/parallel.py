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

The other page families (the ArticlesGenerator's feeds and listings, term pages and
feeds, maps, timeline, statistics, open data, the search page) need only the
finished context, so two more helpers, forked when the writing starts, write them
meanwhile (``plan_families``): one the listings and term pages (they show the same
listing entries), the other the rest, so both cores share them. The Pelican process
takes in their bookkeeping at the first later generator's turn, or writes a failed
helper's pages itself.
Pagefind still starts as soon as the last article page is on disk.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
import traceback
from collections import Counter
from contextlib import contextmanager, suppress
from functools import partial
from itertools import chain

from pelican import signals
from pelican.generators import ArticlesGenerator, StaticGenerator
from pelican.writers import FileOverwriteFailedError

from arsip_core.settings import setting
from arsip_core.state import build_state, saved_as
from arsip_incremental.fingerprint import Opaque

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


def digest_contents(build, contents) -> None:
    """Hash every article once in this process, before any helper is forked.

    An article page and every listing that shows the article hash the whole
    Article object (``Digester.value``, kept per process by ``id``). Forked first,
    the families' helper and each article helper hashed them all again, each in
    its own memory: at 10,000 articles that was the rebuild's largest repeated
    cost. Done here once, the helpers inherit the digests with the memory.
    Same digests either way: an article's value is fixed once writing starts.

    The hashing itself is shared with a helper forked for it: it hashes every
    second article and sends back the articles' digests, which this process
    keeps as if it had made them (the second core was idle meanwhile)."""
    value = build.digester.value
    contents = [a for a in contents if not build.digester.known(a)]
    helper = None
    if writer_processes(0, len(contents) // 2) > 1:
        others = contents[1::2]
        helper = _start(partial(_digests, build.digester, others))
        contents = contents[0::2]
    for article in contents:
        try:
            value(article)
        except Opaque:
            continue
    if helper is None:
        return
    digests = _collect_digests(*helper, len(others))
    for article, digest in zip(others, digests or [None] * len(others), strict=True):
        if digest is not None:
            build.digester.remember(article, digest)
        elif digests is None:  # the helper failed: hash them here
            try:
                value(article)
            except Opaque:
                continue


def _digests(digester, contents) -> dict:
    """In a helper: each article's digest (None when it cannot be hashed)."""
    found = []
    for article in contents:
        try:
            found.append(digester.value(article))
        except Opaque:
            found.append(None)
    return {"digests": found}


def _collect_digests(pid: int, reader: int, count: int) -> list | None:
    """The digests a helper sent, or None if it failed."""
    result = _collect(pid, reader)
    digests = result.get("digests") if result is not None else None
    if not isinstance(digests, list) or len(digests) != count:
        return None
    return digests


def _write_one(generator, write, article) -> None:
    """What Pelican's ``generate_articles`` does for one article, minus the signal."""
    write(
        saved_as(generator.settings, article),
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
        digest_contents(build, contents)
    shares = [contents[k::count] for k in range(count)]
    helpers = [_fork(generator, write, writer, build, share) for share in shares[1:]]
    try:
        for article in shares[0]:
            _write_one(generator, write, article)
    except BaseException:
        for pid, _reader in helpers:
            _stop(pid)
        raise
    _open_gate(generator)
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
    return _start(partial(_helper, generator, write, writer, build, share))


def _start(job) -> tuple[int, int]:
    """Fork a helper running ``job`` (it returns the bookkeeping to send back);
    return its pid and the pipe to read."""
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
            result = job()
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

    _close_gate(generator)

    def work() -> None:
        for article in share:
            _write_one(generator, write, article)

    return _capture(writer, build, work)


def _keep_log_records() -> _Records:
    """In a helper: its log records kept, to be logged by the Pelican process
    (``log_again``), never sent to the parent's handlers (the console)."""
    records = _Records()
    root = logging.getLogger()
    root.handlers = [records]
    for other in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(other, logging.Logger):
            other.handlers = []
    return records


def log_again(records: list[tuple[str, int, str]]) -> None:
    """In the Pelican process: log what a helper logged."""
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)


def logged_in_helper(work) -> dict:
    """Run ``work`` in a helper; its log records, for ``log_again``."""
    records = _keep_log_records()
    work()
    return {"records": records.records}


def _capture(writer, build, work) -> dict:
    """Run ``work`` (writing pages) in a helper; the files it wrote, their manifest
    entries, the pages it rendered and its log records."""
    records = _keep_log_records()
    written: list[str] = []
    # content_written is sent again by the parent for each page, in its order.
    signals.content_written.send = lambda sender, **_kwargs: written.append(sender)
    files_before = set(writer._written_files)
    overridden_before = set(writer._overridden_files)
    new_before = dict(build.new)
    kept_before = set(build.kept)
    rendered_before, opaque_before = Counter(build.rendered), Counter(build.opaque)
    parsed_before = set(build.parsed)
    work()
    return {
        # Templates whose reads it found: kept for the next build.
        "parsed": {k: v for k, v in build.parsed.items() if k not in parsed_before},
        "written": written,
        "files": sorted(set(writer._written_files) - files_before),
        "overridden": sorted(set(writer._overridden_files) - overridden_before),
        "new": {k: v for k, v in build.new.items() if new_before.get(k) != v},
        "kept": sorted(build.kept - kept_before),
        "rendered": build.rendered - rendered_before,
        "opaque": build.opaque - opaque_before,
        "records": records.records,
    }


def start_helper(job) -> tuple[int, int]:
    """Fork a helper running ``job`` (it returns a picklable dict); its pid and the
    pipe to read with ``collect_helper``."""
    return _start(job)


def collect_helper(pid: int, reader: int, pages: bool = True) -> dict | None:
    """What a helper's ``job`` returned, or None if it failed (waits for it);
    ``pages``: it wrote pages, which a failure has written again here (say so)."""
    return _collect(pid, reader, pages)


def stop_helper(pid: int, reader: int) -> None:
    """End a helper that will not be collected (the build failed)."""
    _stop(pid)
    with suppress(OSError):
        os.close(reader)


def _collect(pid: int, reader: int, pages: bool = True) -> dict | None:
    """The helper's bookkeeping, or None if it failed."""
    with os.fdopen(reader, "rb") as handle:
        data = handle.read()
    _pid, status = os.waitpid(pid, 0)
    try:
        result = pickle.loads(data) if data else {"error": "tanpa pesan"}
    except Exception:  # noqa: BLE001 - a broken message: write the share again
        result = {"error": "pesan rusak"}
    if (status != 0 or "error" in result) and not pages:
        return None
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
    pages = {saved_as(generator.settings, a): a for a in share}
    _take_pages(generator, writer, build, result, pages)


def _take_pages(generator, writer, build, result: dict, pages: dict) -> None:
    """Take in a helper's files, manifest entries and log lines, and send
    ``content_written`` for each page it wrote (``pages``: the articles by
    ``save_as``, whose context the signal carries)."""
    log_again(result["records"])
    writer._written_files.update(result["files"])
    writer._overridden_files.update(result["overridden"])
    build.new.update(result["new"])
    build.kept.update(result["kept"])
    build.rendered.update(result["rendered"])
    build.opaque.update(result["opaque"])
    for name, reads in result.get("parsed", {}).items():
        build.parsed.setdefault(name, reads)
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


# -- The other page families ------------------------------------------------------

# ArticlesGenerator's pages besides the article pages, as Pelican's generate_output
# writes them: the feeds, then the listings of generate_pages.
_LISTINGS = (
    "generate_feeds",
    "generate_period_archives",
    "generate_direct_templates",
    "generate_tags",
    "generate_categories",
    "generate_authors",
    "generate_drafts",
)
# The Pelican process waiting for the families' helpers (their CPU is reaped here).
WAIT_PHASE = "tulis halaman lain (menunggu proses pembantu)"
LISTINGS_PHASE = "tulis ArticlesGenerator (umpan, daftar)"
# arsip_site's phase of ArticlesGenerator.generate_output (``tulis <generator>``).
ARTICLES_PHASE = "tulis ArticlesGenerator"


# Later generators written by the helper that writes the ArticlesGenerator's
# listings: their pages show the same listing entries (``listing_item`` renders each
# article's entry once per process). The other later generators are written by a
# second helper meanwhile, so the two cores share the families.
WITH_LISTINGS = frozenset({"TaxonomyGenerator"})


class Families:
    """The pages two helpers write while the article pages are written: one writes
    the ArticlesGenerator's feeds and listings and the term pages, the other the
    output of every other generator after it but StaticGenerator (term feeds, maps,
    timeline, statistics, open data, the search page)."""

    def __init__(self, articles, later: list) -> None:
        self.articles = articles
        # The generators' own generate_output (Pelican's, timed by arsip_site).
        self.first = articles.generate_output
        self.later = {id(g): output for g, output in later}
        # What each helper writes, in Pelican's order: None stands for the
        # ArticlesGenerator's listings, a generator for its output.
        self.groups = _groups([g for g, _output in later])
        # The running helpers, in the order of ``groups``: (pid, pipe, group).
        self.helpers: list[tuple[int, int, list]] = []
        # Later generators whose pages the Pelican process writes itself at their
        # turn (no helper, or their helper failed), by id.
        self.here: set[int] = set()
        # The families' helpers wait for this pipe's end (``open_gate``): they
        # start once this process's share of the article pages is written. On two
        # cores the article pages, which Pagefind waits for, go first; nobody
        # waits for the families until the first later generator's turn.
        self.gate: tuple[int, int] | None = None

    def open_gate(self) -> None:
        """Let the families' helpers start (closing the pipe they wait on)."""
        gate, self.gate = self.gate, None
        if gate is not None:
            for fd in gate:
                with suppress(OSError):
                    os.close(fd)

    def stop(self) -> None:
        """End the helpers (the article pages failed)."""
        self.open_gate()
        helpers, self.helpers = self.helpers, []
        for pid, reader, _group in helpers:
            _stop(pid)
            os.close(reader)


def _groups(later: list) -> list[list]:
    """The families split between two helpers: the listings with the generators of
    ``WITH_LISTINGS``, and the rest (a group left empty is dropped)."""
    first = [None, *(g for g in later if type(g).__name__ in WITH_LISTINGS)]
    rest = [g for g in later if type(g).__name__ not in WITH_LISTINGS]
    return [first, rest] if rest else [first]


def plan_families(generators) -> None:
    """all_generators_finalized: when the article pages are written by several
    processes, helpers forked when they start write the other families."""
    generators = list(generators)
    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None or getattr(articles, "_arsip_families", None) is not None:
        return
    contents = _contents(articles)
    wanted = setting(articles.settings, "ARSIP_WRITER_PROCESSES")
    if writer_processes(wanted, len(contents)) <= 1:
        return
    # An article may take over another page's file (its own ``save_as``): Pelican
    # then skips the later page, which only a serial build knows to do.
    if any(hasattr(a, "override_save_as") for a in contents):
        return
    later = [
        (g, g.generate_output)
        for g in generators[generators.index(articles) + 1 :]
        if hasattr(g, "generate_output") and not isinstance(g, StaticGenerator)
    ]
    if not later:
        return
    plan = Families(articles, later)
    articles._arsip_families = plan
    articles.generate_output = partial(_write_first, plan)
    for g, _output in later:
        g.generate_output = partial(_write_later, plan, g)


@contextmanager
def _skipping(generator, names):
    """``generator``'s methods ``names`` do nothing meanwhile."""
    saved = {name: generator.__dict__.get(name) for name in names}
    for name in names:
        setattr(generator, name, _nothing)
    try:
        yield
    finally:
        for name, method in saved.items():
            if method is None:
                delattr(generator, name)
            else:
                setattr(generator, name, method)


def _nothing(*_args, **_kwargs) -> None:
    return None


def _write_first(plan: Families, writer) -> None:
    """ArticlesGenerator's generate_output: start the families' helpers, then write
    the article pages here (Pagefind starts after the last one)."""
    settings = plan.articles.settings
    build = getattr(writer, "build", None)
    pages = len(_contents(plan.articles))
    wanted = setting(settings, "ARSIP_WRITER_PROCESSES")
    if build is None or writer_processes(wanted, pages) <= 1:
        plan.here = set(plan.later)
        return plan.first(writer)
    if build.enabled:
        writer._environment()  # once, before the fork
        # Timed with the article pages: it is their work, done ahead of the fork.
        timer = _timer(settings)
        digest = digest_contents
        if timer is not None:
            digest = timer.timed(ARTICLES_PHASE, digest_contents)
        digest(build, _contents(plan.articles))
    # Collected (or stopped) before this build does anything else: the first later
    # generator's turn comes right after this one.
    try:
        plan.gate = os.pipe()
        for group in plan.groups:
            pid, reader = _start_families(plan, writer, build, group)
            plan.helpers.append((pid, reader, group))
        with _skipping(plan.articles, _LISTINGS):
            plan.first(writer)
        plan.open_gate()  # (opened when this process's share was written)
    except BaseException:
        plan.stop()
        raise


def _start_families(plan: Families, writer, build, group: list) -> tuple[int, int]:
    """Fork a helper writing the families of ``group``."""
    return _start(partial(_families_helper, plan, writer, build, group))


def _families_helper(plan: Families, writer, build, group: list) -> dict:
    """In a helper: the families of ``group``, in Pelican's order; the bookkeeping,
    with the helper's phase times."""
    _wait_for_gate(plan)
    timer = _timer(plan.articles.settings)
    before = _phase_times(timer)

    def work() -> None:
        for unit in group:
            if unit is None:
                _write_listings(plan, writer)
            else:
                plan.later[id(unit)](writer)

    result = _capture(writer, build, work)
    after = _phase_times(timer)
    zero = (0.0, 0.0, 0.0)
    result["phases"] = {
        name: tuple(a - b for a, b in zip(times, before.get(name, zero), strict=True))
        for name, times in after.items()
        if times != before.get(name)
    }
    return result


def _wait_for_gate(plan: Families) -> None:
    """In a families' helper: wait until the Pelican process opens the gate."""
    if plan.gate is None:
        return
    waiting, own = plan.gate
    with suppress(OSError):
        os.close(own)  # else the pipe never ends
    with suppress(OSError):
        os.read(waiting, 1)


def _close_gate(generator) -> None:
    """In a helper forked while the gate is shut: drop its copy of the gate."""
    plan = getattr(generator, "_arsip_families", None)
    if plan is not None and plan.gate is not None:
        with suppress(OSError):
            os.close(plan.gate[1])


def _open_gate(generator) -> None:
    """This process's share of the article pages is written: the families'
    helpers may start."""
    plan = getattr(generator, "_arsip_families", None)
    if plan is not None:
        plan.open_gate()


def _write_listings(plan: Families, writer) -> None:
    """ArticlesGenerator's feeds and listings (not its article pages)."""
    articles = plan.articles

    def listings(writer) -> None:
        with _skipping(articles, ("generate_articles",)):
            articles.generate_feeds(writer)
            articles.generate_pages(writer)

    timer = _timer(articles.settings)
    if timer is not None:
        listings = timer.timed(LISTINGS_PHASE, listings)
    listings(writer)


def _write_later(plan: Families, generator, writer) -> None:
    """A later generator's generate_output: the first one takes in the helpers'
    pages, in the order of their groups (a failed helper's listings are written
    here then, its generators' pages at their turn); then each writes nothing, or
    its own pages when they are written here."""
    if plan.helpers:
        helpers, plan.helpers = plan.helpers, []
        timer = _timer(plan.articles.settings)
        collect = timer.timed(WAIT_PHASE, _collect) if timer is not None else _collect
        results = []
        try:
            for pid, reader, _group in helpers:
                results.append(collect(pid, reader))
        except BaseException:
            for pid, reader, _group in helpers[len(results) :]:
                _stop(pid)
                with suppress(OSError):
                    os.close(reader)
            raise
        for (_pid, _reader, group), result in zip(helpers, results, strict=True):
            if result is None:
                plan.here.update(id(unit) for unit in group if unit is not None)
                if None in group:
                    _write_listings(plan, writer)
            else:
                _take_families(plan, writer, result, timer)
    if id(generator) in plan.here:
        plan.later[id(generator)](writer)


def _take_families(plan: Families, writer, result: dict, timer) -> None:
    """Take in a families' helper's pages (a page that another page, in this
    process or an earlier helper, already wrote fails as in a serial build)."""
    clash = sorted(set(result["files"]) & writer._written_files)
    if clash:
        # What Pelican says when a page would overwrite another (a serial build
        # meets it at the second page).
        raise FileOverwriteFailedError(
            f'Failed to overwrite "{clash[0]}" as Pelican has already written to '
            "it previously (set `override=True` if intended)"
        )
    if timer is not None:
        for name, (wall, cpu, _own) in result.get("phases", {}).items():
            # Its CPU is counted again where it is reaped (WAIT_PHASE); this one
            # is the helper's alone, not the Pelican process's.
            timer.helper_phase(name, wall, cpu)
    _take_pages(plan.articles, writer, writer.build, result, {})


def _timer(settings):
    state = build_state(settings)
    return getattr(state, "timer", None) if state is not None else None


def _phase_times(timer) -> dict[str, tuple[float, float, float]]:
    if timer is None:
        return {}
    return {
        name: (wall, timer.cpu.get(name, 0.0), timer.self_cpu.get(name, 0.0))
        for name, wall in timer.phases.items()
    }
