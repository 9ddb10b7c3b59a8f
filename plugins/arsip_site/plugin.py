"""The site's wiring: what every build does around the other plugins.

Defaults of the settings, a fresh ``BuildState`` per run, phase times, the order of
articles, unique slugs, frozen URLs, and the end of the build (times, strict mode).
"""

from __future__ import annotations

import gzip
import logging
import os
import pickle
from contextlib import suppress
from functools import partial
from pathlib import Path

from arsip_incremental.parallel import (
    collect_helper,
    log_again,
    logged_in_helper,
    start_helper,
    writer_processes,
)
from pelican import signals
from pelican.log import console
from pelican.utils import mkdir_p, order_content

from arsip_core.bounds import OutsideFolder, output_file
from arsip_core.files import write_if_changed
from arsip_core.settings import apply_defaults, derive_corrections, git_origin, setting
from arsip_core.state import BuildState, BuildSummary, build_state, new_build_state
from arsip_core.urls import alias_save_as
from arsip_site.cache import RecordStamp, build_key, record_stamp
from arsip_site.memory import give_back, keep_read_articles
from arsip_site.timing import PHASE_END, TIMING_SAVE_AS, BuildTimer

logger = logging.getLogger(__name__)

PRELUDE = "persiapan (muat cache, hapus output lama)"


class StrictBuildFailed(SystemExit):
    """Strict mode: at least one input file was rejected.

    A SystemExit, so Pelican's command ends with this one line and a non-zero exit
    instead of logging a traceback (it catches only Exception).
    """


def set_defaults(pelican) -> None:
    """Fill in the ARSIP_* defaults once, when Pelican starts; the corrections link
    is derived from the repository CI builds or the clone's origin."""
    settings = pelican.settings
    apply_defaults(settings)
    if not (settings["ARSIP_REPOSITORY_URL"] and settings["ARSIP_CORRECTIONS_URL"]):
        origin = git_origin(Path(settings["PATH"]))
        derive_corrections(settings, origin=origin)


def start_build(pelican) -> None:
    """A fresh state and timer for every run, so autoreload never mixes two builds."""
    state = new_build_state(pelican.settings)
    state.timer = BuildTimer()
    # Connected now rather than in register(): receivers run in the order they were
    # connected, so this one runs after every plugin's own `finalized` receiver
    # (Pagefind, the report), whatever the order of PLUGINS. Connecting the same
    # function again is a no-op.
    signals.finalized.connect(finish_build)
    # The same for the collector: what the build made stays frozen until every
    # other receiver has run (arsip_site.memory.give_back).
    signals.finalized.connect(give_back)
    # After arsip_reader's receiver, which forks the reader's workers.
    signals.article_generator_init.connect(compile_templates)


def _theme_page(name: str) -> bool:
    """A template of the theme (not Pelican's ``!simple/`` ones) that makes pages."""
    return not name.startswith("!") and name.endswith((".html", ".xml"))


def compile_templates(generator) -> None:
    """article_generator_init, once the reader's workers are forked: compile the
    theme's templates into the build's shared bytecode cache (arsip_i18n) while
    they read. The Pelican process mostly waits for them then; the writers and
    helpers forked later find every template compiled instead of each compiling
    its own. Nothing is done when no worker reads (a rebuild, one CPU)."""
    readers = getattr(getattr(generator, "readers", None), "readers", {})
    if not any(getattr(r, "prefetched", None) is not None for r in readers.values()):
        return
    env = getattr(generator, "env", None)
    if env is None or env.bytecode_cache is None:
        return
    for name in env.list_templates(filter_func=_theme_page):
        try:
            env.get_template(name)
        except Exception:  # noqa: BLE001 - compiled again, and reported, where used
            continue


def freeze_template_globals(generators) -> None:
    """all_generators_finalized: each generator's templates take the environment's
    globals as a plain dict from here on, not Jinja's ``ChainMap`` over them.

    Every render copies its template's globals into the page's context, and every
    include counts them again (``new_context``, ``Context.__init__``); over a
    ``ChainMap`` each key is a Python-level lookup: 16 µs a page for 16 globals,
    more than copying the page's 245 variables. The plugins set their globals at
    ``generator_init`` (arsip_theme, arsip_maps, arsip_i18n), so they are final
    here; a template compiled later gets the same snapshot. Same names, same
    values: the pages are the same bytes."""
    for generator in generators:
        env = getattr(generator, "env", None)
        if env is None or isinstance(env.__dict__.get("make_globals"), partial):
            continue
        env.make_globals = partial(_plain_globals, env)
        cache = env.cache
        templates = cache.values() if cache is not None else ()
        for template in templates:
            template.globals = dict(template.globals)


def _plain_globals(env, extra=None) -> dict:
    """Jinja's ``Environment.make_globals`` as a dict: ``extra`` over the
    environment's globals."""
    return {**env.globals, **(extra or {})}


def _timer(sender) -> BuildTimer | None:
    state = build_state(sender.settings)
    return state.timer if state is not None else None


def _show(text: str) -> None:
    """Progress and times on the console even at Pelican's default log level, where
    Pelican itself prints its "Done" line; with --verbose they go to the log."""
    if logger.isEnabledFor(logging.INFO):
        logger.info("arsip_report: %s", text)
    else:
        console.print(f"arsip_report: {text}", markup=False, highlight=False)


def time_generator(generator) -> None:
    """Time each generator's two phases: reading into the context, writing output."""
    timer = _timer(generator)
    if timer is None:
        return
    name = type(generator).__name__
    phases = (("generate_context", "konteks"), ("generate_output", "tulis"))
    for method, phase in phases:
        function = getattr(generator, method, None)
        if function is None:
            continue
        reading = (name, method) == ("ArticlesGenerator", "generate_context")
        mark = "read" if reading else None
        # Before the first generator reads: Pelican loads the content cache and
        # deletes the old output, which no generator phase covers.
        prelude = PRELUDE if reading else None
        # On the instance only: the next build gets new generators, unwrapped.
        wrapped = timer.timed(f"{phase} {name}", function, mark, prelude)
        setattr(generator, method, wrapped)
    if name == "ArticlesGenerator":
        settings = generator.settings
        timer.expected = len(
            generator.get_files(
                settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"]
            )
        )


def count_read(generator, metadata=None) -> None:
    """One more article read, from its file or from the reader cache."""
    timer = _timer(generator)
    if timer is None:
        return
    progress = timer.article_read()
    keep_read_articles(timer.read)
    if progress:
        _show(progress)


def end_of_reading(generator) -> None:
    """All article files are read or taken from the cache; taxonomies come next."""
    state = build_state(generator.settings)
    if state is None or state.timer is None:
        return
    timer = state.timer
    timer.since("read", "baca artikel")
    total = sum(
        len(getattr(generator, kind, ()))
        for kind in ("articles", "translations", "drafts", "hidden_articles")
    )
    timer.cached = max(0, total - state.parsed)
    _show(
        f"{total} artikel: {total - timer.cached} dibaca dari berkas, "
        f"{timer.cached} dari cache ({timer.phases['baca artikel']:.1f} d)"
    )


def order_ties_by_path(generator) -> None:
    """Articles with equal sort keys (all undated ones share a date) keep the order of
    their source paths, not the file system's, which changes from run to run."""
    order_by = generator.settings.get("ARTICLE_ORDER_BY")
    for kind in ("articles", "drafts", "hidden_articles"):
        items = getattr(generator, kind, None)
        if items:
            items.sort(key=lambda a: a.relative_source_path)
            order_content(items, order_by)  # a stable sort: ties keep the path order


def dedupe_slugs(generator) -> None:
    """Give clashing slugs a numeric suffix instead of overwriting a page."""
    state = build_state(generator.settings)
    seen: dict[str, str] = {}
    items = sorted(
        [
            *generator.articles,
            *generator.drafts,
            *getattr(generator, "hidden_articles", []),
        ],
        key=lambda a: a.relative_source_path,
    )
    for article in items:
        base = article.slug
        slug, n = base, 1
        while slug in seen:
            n += 1
            slug = f"{base}-{n}"
        if slug != base:
            article.slug = slug
            message = f"slug '{base}' sudah dipakai {seen[base]}; diganti '{slug}'"
            logger.warning("arsip_site: %s: %s", article.relative_source_path, message)
            if state is not None:
                state.warn(article.relative_source_path, message)
        seen[slug] = article.relative_source_path


def freeze_urls(generator) -> None:
    """Fix each article's URL once its slug is final.

    Pelican recomputes ``url`` from the settings at every use (some 80,000 times for
    2,000 articles: listings, feeds, sitemap, open data), which was a sixth of a
    build's CPU. ``override_url`` is Pelican's own way to fix it. ``save_as`` is left
    alone: an overridden ``save_as`` would make Pelican silently skip a later page
    written to the same file instead of stopping the build. Set after the content
    cache is saved, so the cache never holds it and a later slug change takes effect.
    """
    for article in [
        *generator.articles,
        *generator.translations,
        *getattr(generator, "hidden_articles", []),
    ]:
        article.override_url = article.url


def finish_build(pelican) -> None:
    """Last `finalized` receiver: write the times, then fail in strict mode."""
    state: BuildState | None = build_state(pelican.settings)
    if state is None:
        return
    state.close()
    timer = state.timer
    if timer is not None:
        # Pagefind started after the article pages; this is only what is left of it.
        timer.since(PHASE_END, "finalized (sisa Pagefind, sitemap)")
        # Beside Pelican's content cache, not in the output: the site stays
        # byte-identical between builds (tests/quality/test_reproducible.py) and
        # publishes no timings.
        timer.write_json(Path(pelican.settings["CACHE_PATH"]) / TIMING_SAVE_AS)
        _show(timer.summary())
    summary = state.summary
    if summary is None:
        return
    _show(closing_line(summary))
    if summary.rejected and setting(pelican.settings, "ARSIP_STRICT"):
        raise StrictBuildFailed(
            f"arsip_report: mode ketat: build gagal, {summary.rejected} berkas "
            f"ditolak (alasannya di {summary.report_path})"
        )


# The statuses in the closing line, in this order, as arsip_report names them.
CLOSING_STATUSES = (
    ("terbit", "terbit"),
    ("terbit-dengan-peringatan", "terbit dengan peringatan"),
    ("ditolak", "ditolak"),
    ("draf", "draf"),
    ("diabaikan", "diabaikan"),
)


def closing_line(summary: BuildSummary) -> str:
    """One line: files by outcome, every warning counted by code, the report's path."""
    total = sum(summary.counts.values())
    outcomes = ", ".join(
        f"{summary.counts.get(status, 0)} {label}" for status, label in CLOSING_STATUSES
    )
    warnings = sum(summary.warnings.values())
    codes = ", ".join(
        f"{n} {code}" for code, n in sorted(summary.warnings.items(), key=_by_count)
    )
    told = f"{warnings} peringatan ({codes})" if warnings else "0 peringatan"
    return (
        f"selesai: {total} berkas masukan: {outcomes}; {told}; "
        f"laporan: {summary.report_path}"
    )


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def key_the_cache(readers) -> None:
    """readers_init: the reader cache's stamp covers every input of a record."""
    readers._get_file_stamp = record_stamp(
        readers._get_file_stamp,
        build_key(readers.settings),
        readers.settings,
        partial(getattr, readers, "_cache_path", None),
    )


def save_cache_beside(readers) -> None:
    """readers_init: the reader cache is saved by a forked helper (``save_readers``)."""
    readers.save_cache = partial(save_readers, readers)


def save_readers(readers) -> None:
    """Readers.save_cache: pickle the reader cache in a forked helper.

    In a cold build the cache holds every article's record and HTML: pickling and
    writing it (~0.6 s at 10,000 articles) came right after reading, when only this
    process works and the second core is idle. The helper pickles the cache as it
    is at the fork, so the file holds what this process would have written then;
    the build waits for it at its end (a failed one too: the file is never left
    half written by a stop). With one CPU, a few articles or no cache to keep,
    Pelican saves it here as before."""
    stamps = getattr(readers, "_get_file_stamp", None)
    if isinstance(stamps, RecordStamp):
        stamps.save()
    state = build_state(readers.settings)
    wanted = setting(readers.settings, "ARSIP_WRITER_PROCESSES")
    if (
        state is None
        or not readers._cache_data_policy
        or writer_processes(wanted, len(readers._cache)) <= 1
    ):
        type(readers).save_cache(readers)
        return
    job = partial(logged_in_helper, partial(_save_cache_file, readers))
    pid, reader = start_helper(job)
    state.on_close(partial(_saved_cache, pid, reader, readers._cache_path))


def _save_cache_file(readers) -> None:
    """In the helper: Pelican's ``FileDataCacher.save_cache`` (same pickle, same
    warning), into a temporary file put in place when complete."""
    path = readers._cache_path
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        mkdir_p(readers.settings["CACHE_PATH"])
        with open(temporary, "wb") as raw:
            if readers._cache_open is gzip.open:
                # The name gzip records is the cache's, as gzip.open(path) writes.
                with gzip.GzipFile(filename=path, mode="wb", fileobj=raw) as handle:
                    pickle.dump(readers._cache, handle)
            else:
                pickle.dump(readers._cache, raw)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError, TypeError) as err:
        logger.warning("Could not save cache %s\n ... %s", path, err)
        with suppress(OSError):
            os.unlink(temporary)


def _saved_cache(pid: int, reader: int, path: str) -> None:
    """At the build's end: wait for the helper saving the reader cache."""
    result = collect_helper(pid, reader, pages=False)
    if result is None:
        # The previous cache, if any, stays: its entries are keyed by each file's
        # stamp, so the next build reads again whatever changed (Pelican's own
        # failure to save leaves it too).
        logger.warning("arsip_site: cache pembaca tidak tersimpan: %s", path)
        return
    log_again(result["records"])


def _no_stamp(_filename: str) -> bytes:
    return b""


def skip_unused_stamps(generator) -> None:
    """article_generator_init, page_generator_init: a generator whose own content
    cache is off (CONTENT_CACHING_LAYER "reader": the reader caches instead) still
    made the md5 stamp of every file twice, when looking in its empty cache and when
    storing what it will not keep. Its stamp is a constant then: it finds nothing
    and keeps nothing, as before, without reading the files."""
    if getattr(generator, "_cache_data_policy", True) or getattr(
        generator, "_cache", None
    ):
        return
    generator._get_file_stamp = _no_stamp


ALIAS_SLOT = "arsip_site.aliases"


def plan_aliases(generator) -> None:
    """article_generator_finalized: each published article's old paths, refused
    when one would overwrite another page or another alias."""
    state = build_state(generator.settings)
    if state is None:
        return
    contents = [*generator.articles, *generator.translations]
    plan: dict[str, list[tuple[str, str]]] = {}
    with_aliases = [c for c in contents if getattr(c, "aliases", None)]
    if not with_aliases:
        # Pelican formats save_as from the settings at every use (~13 µs): not
        # twice per article for nothing.
        state.slots[ALIAS_SLOT] = plan
        return
    taken = {save_as for c in contents if (save_as := c.save_as)}
    for content in sorted(with_aliases, key=lambda c: c.relative_source_path):
        for path in getattr(content, "aliases", None) or ():
            save_as = alias_save_as(path)
            if save_as in taken:
                message = f"alias '{path}' sudah dipakai halaman lain; tidak dialihkan"
                logger.warning(
                    "arsip_site: %s: %s", content.relative_source_path, message
                )
                state.warn(content.relative_source_path, message)
                continue
            taken.add(save_as)
            plan.setdefault(content.relative_source_path, []).append((path, save_as))
    state.slots[ALIAS_SLOT] = plan


def write_aliases(generator, content) -> None:
    """article_generator_write_article: the redirect pages of an article's old paths,
    written with the article, before search indexing starts."""
    state = build_state(generator.settings)
    plan = state.slots.get(ALIAS_SLOT, {}) if state is not None else {}
    aliases = plan.get(content.relative_source_path)
    if not aliases:
        return
    template = generator.get_template("redirect")
    siteurl = generator.context.get("SITEURL", "")
    target = f"{siteurl}/{content.url}"
    for path, save_as in aliases:
        html = template.render(
            generator.context, article=content, target=target, alias=path
        )
        try:
            out = output_file(generator.output_path, save_as)
        except OutsideFolder as err:
            logger.error("arsip_site: %s: %s", content.relative_source_path, err)
            continue
        write_if_changed(out, html)
