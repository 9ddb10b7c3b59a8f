"""``arsip tambah URL...``: fetch news pages and save them as ``.html`` articles.

Each page is fetched (fetch.py), read exactly as the build reads a saved page
(pipeline.read_article), refused when the archive already holds its URL, and written
as ``content/<date>-<province>-<slug>.html`` through a temporary file, so a failure
never leaves half a file. No Pelican import.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from slugify import slugify

from arsip_core.bounds import OutsideFolder, entry_refusal, is_inside, output_file
from arsip_reader.cli import _say, article_files, content_relative, print_article
from arsip_reader.fetch import (
    DEFAULT_LIMITS,
    FetchedPage,
    FetchError,
    Limits,
    fetch_page,
    new_pool,
)
from arsip_reader.overrides import load_yaml_mapping, normalise_keys, safe_url
from arsip_reader.parse import (
    ArticleRejected,
    decode,
    parse_raw_text,
    split_front_matter,
)
from arsip_reader.pipeline import (
    ArticleSource,
    input_files,
    new_markdown,
    read_article,
    read_sidecar,
)
from arsip_reader.webpage import (
    HTML_SUFFIXES,
    decode_html,
    html_tree,
    page_metadata,
    saved_from,
)

TZ = ZoneInfo("Asia/Jakarta")
PROVINCE_SHORT = {
    "Kalimantan Barat": "kalbar",
    "Kalimantan Tengah": "kalteng",
    "Kalimantan Selatan": "kalsel",
    "Kalimantan Timur": "kaltim",
    "Kalimantan Utara": "kaltara",
}
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|amp|_ga)$", re.IGNORECASE)


def url_key(url: str) -> str:
    """A URL compared loosely: scheme, ``www.``, case of the host, a trailing slash,
    the fragment and tracking parameters do not make another article."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k))
    )
    path = re.sub(r"/(?:amp/?)?$", "", parts.path) or "/"
    return urlunsplit(("", host, path, query, ""))


def _urls_of(path: Path) -> list[str]:
    """The URLs an article file stands for: the maintainer's ``url`` (front matter
    or sidecar), the byline link of a pasted text, and a saved page's canonical URL
    and the address it was saved from. Nothing is extracted or rendered: the whole
    archive is scanned on every run."""
    data = path.read_bytes()
    is_html = path.suffix.lower() in HTML_SUFFIXES
    values: dict = {}
    body = ""
    if not is_html:
        front, body, _line = split_front_matter(decode(data))
        values = load_yaml_mapping(front) if front is not None else {}
    for extra in input_files(path)[1:]:
        try:
            values.update(read_sidecar(extra))
        except (ArticleRejected, OSError):
            pass  # a sidecar the build refuses holds no URL either
    urls = [safe_url(normalise_keys(values).get("url")) or ""]
    if is_html:
        meta = page_metadata(html_tree(decode_html(data)), TZ, saved_from(data))
        urls += [meta.url or "", meta.saved_from or ""]
    elif path.suffix == ".txt" and body.strip():
        urls.append(parse_raw_text(body, path.name).url or "")
    return urls


def archive_urls(root: Path) -> dict[str, str]:
    """URL key -> the file (relative to ``root``) holding that article."""
    known: dict[str, str] = {}
    for path in article_files([str(root)]):
        relative = path.relative_to(root).as_posix()
        if entry_refusal(root, path) is not None:
            continue  # a link or a pipe: never read (arsip_core.bounds)
        try:
            urls = _urls_of(path)
        except (ArticleRejected, OSError, ValueError):
            continue
        for url in urls:
            if url:
                known.setdefault(url_key(url), relative)
    return known


def file_name(article: ArticleSource) -> str:
    """``<date>-<province>-<slug>.html`` as README's "Adding an article" names files."""
    record = article.record
    day = (record.published or "")[:10] or "tanpa-tanggal"
    province = PROVINCE_SHORT.get(record.province or "") or (
        slugify(record.province or "") or "tanpa-provinsi"
    )
    slug = slugify(record.title, max_length=60, word_boundary=True) or record.id
    return f"{day}-{province}-{slug}.html"


def saved_copy(page: FetchedPage) -> bytes:
    """The page as saved: UTF-8, with the address it came from at the top (the
    comment browsers write) and a charset declaration that comes first."""
    text = decode_html(page.data, page.charset)
    head = (
        f"<!-- saved from url=({len(page.url):04d}){page.url} -->\n"
        '<meta charset="utf-8">\n'
    )
    return (head + text).encode("utf-8")


def write_atomically(target: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename."""
    handle = tempfile.NamedTemporaryFile(
        dir=target.parent, prefix=".tambah-", suffix=".part", delete=False
    )
    try:
        with handle:
            handle.write(data)
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def project_root(start: Path | None = None) -> Path:
    """The project: the nearest folder, from ``start`` (the working folder) up,
    holding ``pelicanconf.py``; else ``start`` itself."""
    start = (start or Path.cwd()).resolve()
    return next(
        (p for p in (start, *start.parents) if (p / "pelicanconf.py").is_file()),
        start,
    )


def outside_project(folder: Path, project: Path) -> str | None:
    """Why saving into ``folder`` needs ``--di-luar-proyek``, or None: the folder,
    links resolved, is outside the project."""
    if is_inside(project, folder):
        return None
    return (
        f"folder tujuan {folder} ({folder.resolve()}) di luar proyek {project}: "
        "tidak ada yang disimpan; tambahkan --di-luar-proyek bila memang disengaja"
    )


def _content_root(folder: Path) -> Path:
    resolved = folder.resolve()
    for candidate in (resolved, *resolved.parents):
        if candidate.name == "content":
            return candidate
    return resolved


def tambah(
    urls: Sequence[str],
    folder: str | None = None,
    dry_run: bool = False,
    out=None,
    limits: Limits | None = None,
    project: Path | None = None,
    outside: bool = False,
) -> int:
    """Fetch and save each URL; return how many failed or were refused.

    A target folder outside the project (``project``, else project_root()) is
    refused unless ``outside`` says it is meant (``--di-luar-proyek``)."""
    limits = limits or DEFAULT_LIMITS
    out = out or sys.stdout
    target_folder = Path(folder or "content")
    refusal = None if outside else outside_project(target_folder, project_root(project))
    if refusal is not None:
        _say(f"DITOLAK: {refusal}", file=out)
        return len(urls)
    if not dry_run:
        target_folder.mkdir(parents=True, exist_ok=True)
    root = _content_root(target_folder)
    known = archive_urls(root) if root.is_dir() else {}
    pool = new_pool(limits)
    markdown = new_markdown()
    failures = 0
    for url in urls:
        key = url_key(url) if url.strip() else ""
        if key in known:
            failures += 1
            _say(f"{url}: DITOLAK: sudah ada di arsip: {known[key]}", file=out)
            continue
        try:
            page = fetch_page(url, limits, pool)
            data = saved_copy(page)
            with tempfile.TemporaryDirectory() as scratch:
                probe = Path(scratch) / "halaman.html"
                probe.write_bytes(data)
                article = read_article(probe, probe.name, tz=TZ, markdown=markdown)
        except FetchError as err:
            failures += 1
            _say(f"{url}: GAGAL: {err}", file=out)
            continue
        except ArticleRejected as err:
            failures += 1
            _say(f"{url}: DITOLAK: {err.reason}", file=out)
            continue
        holder = next(
            (
                known[url_key(u)]
                for u in (article.record.url, page.url)
                if u and url_key(u) in known
            ),
            None,
        )
        if holder:
            failures += 1
            _say(f"{url}: DITOLAK: sudah ada di arsip: {holder}", file=out)
            continue
        try:
            # The name comes from the page: it must stay in the target folder.
            target = output_file(target_folder, file_name(article))
        except OutsideFolder as err:
            failures += 1
            _say(f"{url}: DITOLAK: {err}", file=out)
            continue
        n = 1
        while target.exists() or target.is_symlink():
            n += 1
            target = target.with_name(f"{file_name(article)[:-5]}-{n}.html")
        shown = f"{target} (uji coba, tidak disimpan)" if dry_run else str(target)
        if not dry_run:
            write_atomically(target, data)
        relative = content_relative(target)
        for u in (url, page.url, article.record.url):
            if u:
                known.setdefault(url_key(u), relative)
        print_article(shown, article, out)
    done = len(urls) - failures
    _say(
        f"{done} dari {len(urls)} alamat "
        + ("diperiksa (uji coba, tidak ada yang disimpan)" if dry_run else "disimpan")
        + (f"; {failures} gagal atau ditolak" if failures else ""),
        file=out,
    )
    return failures
