"""Pelican readers for raw ``.txt`` articles and ``.md`` articles with front matter."""

from __future__ import annotations

import dataclasses
import html
import logging
import os
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from pelican.readers import BaseReader
from slugify import slugify

from arsip_core.bounds import entry_refusal
from arsip_core.settings import setting
from arsip_core.state import build_state
from arsip_core.textpolicy import (
    FULL,
    allowed_text,
    policy_for,
    text_html,
)
from arsip_core.urls import alias_paths, path_slug
from arsip_core.warnings import WarningCode, warn
from arsip_reader.overrides import PREFIX
from arsip_reader.parse import ArticleRejected
from arsip_reader.pipeline import ArticleSource, excerpt_of, new_markdown, read_article
from arsip_reader.prefetch import Job, Prefetcher, processes_for

logger = logging.getLogger(__name__)

# Pelican needs a date on every article; an unknown one sorts last and the
# templates show "tanggal tidak diketahui" instead of this value.
UNKNOWN_DATE = datetime(1970, 1, 1)


class _ArsipReader(BaseReader):
    enabled = True
    # Pelican registers every direct BaseReader subclass; this base handles nothing.
    file_extensions: list[str] = []

    def __init__(self, settings):
        super().__init__(settings)
        self._markdown = new_markdown()
        # Once per reader, not per file: a glob of the theme's templates.
        self._templates = _theme_templates(settings)
        self.prefetched: Prefetcher | None = None
        # The jobs start_prefetch made, each taken again by read(); and content/
        # with its links resolved, once per build (entry_refusal).
        self.jobs: dict[str, Job] = {}
        self._real_root: str | None = None

    def content_root(self) -> str:
        """content/ as the settings name it (the working folder if they do not)."""
        # Not settings.get("PATH", os.getcwd()): that asks the system every time.
        return self.settings["PATH"] if "PATH" in self.settings else os.getcwd()

    def job(self, source_path: str) -> Job:
        """What reading ``source_path`` takes, here or in a worker process."""
        content_root = self.content_root()
        relative = os.path.relpath(source_path, content_root).replace(os.sep, "/")
        return Job(
            path=source_path,
            relative=relative,
            timezone=self.settings.get("TIMEZONE") or "Asia/Jakarta",
            max_bytes=setting(self.settings, "ARSIP_READER_MAX_BYTES"),
            extract=not _under(relative, self.settings.get("PAGE_PATHS", ["pages"])),
        )

    def read(self, source_path):
        """Return (html, metadata) for one file, or raise after logging why not."""
        job = self.jobs.pop(source_path, None) or self.job(source_path)
        relative, is_page = job.relative, not job.extract
        tz = ZoneInfo(job.timezone)
        state = build_state(self.settings)
        if state is not None:
            state.parsed += 1
        article = self.prefetched.take(source_path) if self.prefetched else None
        try:
            # The walk (arsip_site.boundaries) never hands us a link; this guards
            # any other way a path reaches the reader.
            root = self.content_root()
            if self._real_root is None:
                self._real_root = os.path.realpath(root)
            refusal = entry_refusal(root, source_path, self._real_root)
            if refusal is not None:
                raise ArticleRejected(refusal.reason)
            article = article or read_article(
                source_path,
                relative,
                tz=tz,
                markdown=self._markdown,
                max_bytes=job.max_bytes,
                extract=job.extract,
            )
        except Exception as err:
            # A bug or an unreadable file must still be named in the report.
            line = getattr(err, "line", None)
            if isinstance(err, ArticleRejected):
                reason = err.reason
            elif isinstance(err, OSError):
                reason = f"berkas tidak bisa dibaca: {err.strerror or err}"
            else:
                reason = f"kesalahan internal saat membaca: {type(err).__name__}: {err}"
            where = f":{line}" if line else ""
            logger.error("arsip_reader: %s%s ditolak: %s", relative, where, reason)
            if state is not None:
                state.reject(relative, reason, line)
            raise

        meta, extra_warnings = checked_pelican_metadata(
            article.pelican_metadata, self._templates
        )
        extra_warnings += implausible_date_warnings(article.published)
        record = article.record
        if extra_warnings:
            record = dataclasses.replace(
                record, warnings=(*record.warnings, *extra_warnings)
            )
        published = whole_minute_offset(article.published)
        if published != article.published and record.published == (
            article.published.isoformat()
        ):
            record = dataclasses.replace(record, published=published.isoformat())
        policy = FULL if is_page else self.text_policy(article)
        body, excerpt = published_text(
            article, policy, setting(self.settings, "ARSIP_TEXT_EXCERPT_WORDS")
        )
        metadata = {
            "title": record.title,
            "date": published or UNKNOWN_DATE.replace(tzinfo=tz),
            "date_unknown": published is None,
            "date_has_time": article.published_has_time,
            "record": record,
            "credit": article.credit,
            "site": article.site,
            "excerpt": excerpt,
            "summary": html.escape(excerpt),
            "field_sources": article.field_sources,
            "story_signature": article.story_signature,
            "text_policy": policy,
            "sidecars": article.sidecars,
        }
        if not is_page:
            metadata["category"] = self.process_metadata(
                "category",
                record.province or setting(self.settings, "ARSIP_UNKNOWN_PROVINCE"),
            )
        # Permanent: the maintainer's slug or the file's path, never the title.
        metadata["slug"] = (
            meta.get("slug")
            or path_slug(relative, self.settings.get("PAGE_PATHS") or ())
            or record.id
        )
        if meta.get("aliases"):
            metadata["aliases"] = meta["aliases"]
        if "tags" in meta:
            tags = meta["tags"]
            if isinstance(tags, (list, tuple)):
                tags = ",".join(str(t) for t in tags)
            metadata["tags"] = self.process_metadata("tags", str(tags))
        for key in ("status", "template", "lang"):
            if key in meta:
                metadata[key] = str(meta[key])
        if "summary" in meta:
            metadata["summary"] = html.escape(str(meta["summary"]))
        # The warnings are logged by arsip_report for every article, read or cached.
        return body, metadata

    def text_policy(self, article: ArticleSource) -> str:
        """``full``, ``excerpt`` or ``record`` for one article (ARSIP_TEXT_POLICY)."""
        return policy_for(
            setting(self.settings, "ARSIP_TEXT_POLICY"),
            outlet=article.record.outlet,
            url=article.record.url,
            site=article.site,
            override=article.text_policy,
        )


def published_text(article: ArticleSource, policy: str, words: int) -> tuple[str, str]:
    """The body HTML and the listing summary an article may publish under ``policy``.

    The one place both are made: pages, Pagefind, feeds, JSON-LD and listings all
    read them from here, so the withheld text reaches none of them."""
    if policy == FULL:
        return article.html, article.excerpt
    allowed = allowed_text(article.first_paragraph, policy, words)
    # allowed_html(article.html, ...) without cutting the words a second time.
    return text_html(allowed), excerpt_of((allowed,)) if allowed else ""


# A BCP 47 language tag; anything else would become a file name and an attribute.
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_TEMPLATE = re.compile(r"^[A-Za-z0-9_-]+$")
# Published dates outside these years are surely typos in a 2024 election archive.
PLAUSIBLE_YEARS = range(2020, 2031)


def checked_pelican_metadata(
    meta: dict, templates: frozenset[str]
) -> tuple[dict, list[str]]:
    """Front-matter keys Pelican uses, made safe: they become paths and attributes."""
    clean = dict(meta)
    warnings: list[str] = []
    if "slug" in meta:
        given = str(meta["slug"])
        slug = slugify(given, max_length=80, word_boundary=True)
        if slug != given:
            warnings.append(
                warn(WarningCode.PAGE_KEY, f"{PREFIX}: slug {given!r} diganti {slug!r}")
            )
        clean["slug"] = slug or None
    if "aliases" in meta:
        clean["aliases"], refused = alias_paths(meta["aliases"])
        warnings.extend(
            warn(
                WarningCode.ALIAS_REFUSED,
                f"{PREFIX}: alias {item!r} bukan alamat di situs ini, diabaikan",
            )
            for item in refused
        )
    if "lang" in meta and not _LANG.match(str(meta["lang"])):
        warnings.append(
            warn(
                WarningCode.PAGE_KEY,
                f"{PREFIX}: lang {str(meta['lang'])!r} bukan kode bahasa",
            )
        )
        del clean["lang"]
    if "template" in meta:
        name = str(meta["template"])
        if not _TEMPLATE.match(name) or name not in templates:
            warnings.append(
                warn(
                    WarningCode.PAGE_KEY,
                    f"{PREFIX}: template {name!r} tidak ada di tema",
                )
            )
            del clean["template"]
    return clean, warnings


def implausible_date_warnings(published: datetime | None) -> list[str]:
    """A warning when a publication date is far from the 2024 elections."""
    if published is None or published.year in PLAUSIBLE_YEARS:
        return []
    return [
        warn(
            WarningCode.IMPLAUSIBLE_PUBLISHED,
            f"tanggal terbit {published.date().isoformat()} di luar tahun "
            f"{PLAUSIBLE_YEARS.start}-{PLAUSIBLE_YEARS.stop - 1}: periksa tanggalnya",
        )
    ]


def whole_minute_offset(moment: datetime | None) -> datetime | None:
    """Round a local-mean-time offset (1900 in Jakarta: +07:07:12) to whole minutes.

    HTML's datetime attribute and RFC 3339 cannot write seconds in an offset.
    """
    offset = moment.utcoffset() if moment is not None else None
    if offset is None or offset % timedelta(minutes=1) == timedelta(0):
        return moment
    minutes = round(offset.total_seconds() / 60)
    return moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))


def _theme_templates(settings) -> frozenset[str]:
    folder = Path(settings.get("THEME") or "") / "templates"
    return frozenset(p.stem for p in folder.glob("*.html"))


def _under(relative: str, folders) -> bool:
    return any(
        relative == f or relative.startswith(f.rstrip("/") + "/") for f in folders or ()
    )


class ArsipTextReader(_ArsipReader):
    """Raw article text pasted from a news site."""

    file_extensions = ["txt"]


class ArsipMarkdownReader(_ArsipReader):
    """Markdown with YAML front matter, rendered by markdown-it-py."""

    file_extensions = ["md", "markdown"]


class ArsipHtmlReader(_ArsipReader):
    """A news page saved from the browser: only its extracted text is published."""

    file_extensions = ["html", "htm"]


def add_readers(readers) -> None:
    """Register our readers; no other reader reads content/.

    Pelican's own readers (python-markdown for ``.mkd``/``.mdown``, docutils for
    ``.rst``) publish raw HTML and copy ``{static}../..`` files from outside
    content/; a file of theirs is listed as ignored instead."""
    ours = {}
    for reader_class in (ArsipTextReader, ArsipMarkdownReader, ArsipHtmlReader):
        for extension in reader_class.file_extensions:
            ours[extension] = reader_class
    for extension in list(readers.reader_classes):
        if extension != "static":
            readers.reader_classes[extension] = None
    readers.reader_classes.update(ours)


def start_prefetch(generator) -> None:
    """Read the articles not in the content cache in worker processes, ahead of
    Pelican asking for them one by one (article_generator_init)."""
    readers = generator.readers
    ours = {
        ext: reader
        for ext, reader in readers.readers.items()
        if isinstance(reader, _ArsipReader)
    }
    if not ours:
        return
    settings = generator.settings
    # arsip_site's stamp (arsip_site.cache.RecordStamp): a file the cache does not
    # hold is stamped by the worker that reads it, not here before the workers
    # start (in a cold build every file, ~0.1 ms each, one after the other).
    stamps = getattr(readers, "_get_file_stamp", None)
    compute = getattr(stamps, "compute", None)
    cached = getattr(readers, "_cache", None)
    jobs = []
    # The same call, hence the same order, as ArticlesGenerator.generate_context.
    for name in generator.get_files(
        settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"]
    ):
        reader = ours.get(os.path.splitext(name)[1][1:])
        if reader is None:
            continue
        path = os.path.abspath(os.path.join(generator.path, name))
        # Pelican's lookup finds nothing for a file its cache lacks (whatever the
        # stamp): such a file is not stamped yet when its stamp can wait.
        unknown = compute is not None and cached is not None and path not in cached
        if not unknown and readers.get_cached_data(path, None) is not None:
            continue
        job = reader.job(path)
        reader.jobs[path] = job  # read() takes it again, whoever reads the file
        jobs.append(job)
    processes = processes_for(setting(settings, "ARSIP_READER_PROCESSES"), len(jobs))
    if not processes:
        return
    logger.info(
        "arsip_reader: %d berkas dibaca oleh %d proses paralel", len(jobs), processes
    )
    prefetcher = Prefetcher(jobs, processes, stamp=compute)
    for reader in ours.values():
        reader.prefetched = prefetcher
    if compute is not None:
        stamps.source = prefetcher.stamp_of


def stop_prefetch(generator) -> None:
    """Close the worker processes once the articles are read."""
    stamps = getattr(generator.readers, "_get_file_stamp", None)
    if getattr(stamps, "source", None) is not None:
        stamps.source = None
    for reader in getattr(generator.readers, "readers", {}).values():
        if isinstance(reader, _ArsipReader):
            reader.jobs.clear()
        prefetched = getattr(reader, "prefetched", None)
        if prefetched is not None:
            prefetched.close()
            reader.prefetched = None


def forget_shadowed_readers(generator) -> None:
    """Pelican warns about its disabled Markdown reader even though ours handles .md."""
    readers = getattr(generator, "readers", None)
    if readers is None:
        return
    for extension in (
        *ArsipTextReader.file_extensions,
        *ArsipMarkdownReader.file_extensions,
        *ArsipHtmlReader.file_extensions,
    ):
        readers.disabled_readers.pop(extension, None)
