"""The ``arsip`` command: check article files and print their records.

``arsip check [PATH]``     fields found, fields missing, guessed fields and warnings,
                           per file
``arsip extract FILE... --json``  one JSON record per line, exactly as the site uses it
``arsip tambah URL... [--ke FOLDER] [--dry-run]``  fetch news pages into content/
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from arsip_core.bounds import entry_refusal
from arsip_core.warnings import WarningCode, code_of, doubted_fields
from arsip_reader.parse import ArticleRejected
from arsip_reader.pipeline import ArticleSource, new_markdown, read_article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Fields a complete record has; `check` lists which are missing.
CHECKED_FIELDS = (
    "title", "outlet", "url", "author", "published", "event_date", "dateline_place",
    "province", "places", "police_units", "operation", "election", "activities",
    "officials", "personnel_total",
)  # fmt: skip


def _say(*parts: str, file=None) -> None:
    """Command output goes to stdout (or ``file``); this is a CLI, not a plugin."""
    (file or sys.stdout).write(" ".join(parts) + "\n")


def article_files(paths: Iterable[str]) -> list[Path]:
    """The article files named, or found below the folders named, sorted."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.suffix in ARTICLE_SUFFIXES
                and "pages" not in p.relative_to(path).parts
                # a page saved "complete" keeps its frames in NAME_files/
                and not any(d.endswith("_files") for d in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def content_relative(path: Path) -> str:
    """The path as the site names it: relative to the nearest ``content`` folder."""
    resolved = path.resolve()
    for parent in resolved.parents:
        if parent.name == "content":
            return resolved.relative_to(parent).as_posix()
    return path.name


def _root_of(path: Path) -> Path:
    """The ``content`` folder above ``path`` as named (links not resolved), else
    the file's own folder: what the file must stay inside."""
    absolute = Path(os.path.abspath(path))
    return next((p for p in absolute.parents if p.name == "content"), absolute.parent)


def _read(path: Path, markdown) -> ArticleSource:
    # The build never reads through a link or from a pipe: neither does check.
    refusal = entry_refusal(_root_of(path), path)
    if refusal is not None:
        where = f" (menunjuk ke {refusal.target})" if refusal.target else ""
        raise ArticleRejected(refusal.reason + where)
    return read_article(
        path, content_relative(path), tz=ZoneInfo("Asia/Jakarta"), markdown=markdown
    )


def sidecar_lines(path: Path, article: ArticleSource) -> list[str]:
    """A refused sidecar under its own name, with its line, as the build reports."""
    lines = []
    for outcome in article.sidecars:
        if outcome.reason is not None:
            where = f":{outcome.line}" if outcome.line else ""
            sidecar = path.with_name(Path(outcome.source).name)
            lines.append(f"{sidecar}{where}: DITOLAK: {outcome.reason}")
    return lines


def _filled(value) -> bool:
    return value not in (None, "", (), [])


def check(paths: Sequence[str], out=sys.stdout) -> int:
    """Print a report per file; return the number of rejected files."""
    markdown = new_markdown()
    rejected = 0
    read: list[tuple[Path, ArticleSource]] = []
    for path in article_files(paths or ["content"]):
        duplicate = entry_refusal(_root_of(path), path)
        if duplicate is not None and duplicate.duplicate:
            _say(f"{path}: DIABAIKAN: {duplicate.reason}", file=out)
            continue
        try:
            read.append((path, _read(path, markdown)))
        except ArticleRejected as err:
            rejected += 1
            where = f":{err.line}" if err.line else ""
            _say(f"{path}{where}: DITOLAK: {err.reason}", file=out)
    stories = story_lines(read)
    for path, article in read:
        for line in sidecar_lines(path, article):
            rejected += 1
            _say(line, file=out)
        print_article(path, article, out)
        if path in stories:
            _say(f"  cerita: {stories[path]}", file=out)
    return rejected


def print_article(path: Path | str, article: ArticleSource, out=sys.stdout) -> None:
    """Fields found, where they came from, fields missing and warnings."""
    record = article.record.to_dict()
    found = [f for f in CHECKED_FIELDS if _filled(record.get(f))]
    missing = [f for f in CHECKED_FIELDS if f not in found]
    _say(f"{path}: {record['title']}", file=out)
    for name in found:
        _say(f"  {name}: {_short(record[name])}", file=out)
    if missing:
        _say(f"  tidak ditemukan: {', '.join(missing)}", file=out)
    by_source: dict[str, list[str]] = {}
    for name in found:
        by_source.setdefault(article.field_sources.get(name, "teks"), []).append(name)
    if by_source:
        _say(
            "  sumber: "
            + "; ".join(
                f"{src}: {', '.join(names)}" for src, names in by_source.items()
            ),
            file=out,
        )
    warnings = article.record.warnings
    doubted = doubted_fields(warnings)
    if doubted:
        # A guess to check, field by field: a sidecar value for the field settles it.
        _say(f"  periksa (tebakan): {', '.join(doubted)}", file=out)
    for warning in warnings:
        if code_of(warning) is WarningCode.GUESS:
            _say(f"  tebakan: {warning}", file=out)
        else:
            _say(f"  peringatan: {warning}", file=out)


def story_lines(read: Sequence[tuple[Path, ArticleSource]]) -> dict[Path, str]:
    """Each checked file that shares a story with other checked files, described."""
    # Imported here: grouping brings numpy, which `arsip extract` never needs.
    from arsip_stories.grouping import group_reports, report_from

    reports = [report_from(a.record, a.story_signature) for _, a in read]
    path_of = {a.record.id: p for p, a in read}
    lines = {}
    for story in group_reports(reports):
        if len(story.members) < 2:
            continue
        for member in story.members:
            others = ", ".join(str(path_of[m]) for m in story.members if m != member)
            role = "utama" if member == story.lead else "salinan"
            lines[path_of[member]] = f"{story.id} ({role}; juga: {others})"
    return lines


def _short(value) -> str:
    if isinstance(value, list):
        parts = [
            v.get("name")
            if isinstance(v, dict) and "name" in v
            else (f"{v['label']} {v['count']}" if isinstance(v, dict) else str(v))
            for v in value
        ]
        return "; ".join(str(p) for p in parts)
    return str(value)


def extract(paths: Sequence[str], out=sys.stdout) -> int:
    """Print one JSON record per line; rejected files go to stderr."""
    markdown = new_markdown()
    failures = 0
    for path in article_files(paths):
        try:
            article = _read(path, markdown)
        except ArticleRejected as err:
            failures += 1
            _say(f"{path}: ditolak: {err}", file=sys.stderr)
            continue
        _say(
            json.dumps(article.record.to_dict(), ensure_ascii=False, sort_keys=True),
            file=out,
        )
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``arsip`` console command."""
    parser = argparse.ArgumentParser(prog="arsip", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="periksa berkas berita")
    check_cmd.add_argument("paths", nargs="*", default=["content"])
    extract_cmd = commands.add_parser("extract", help="cetak rekaman sebagai JSON")
    extract_cmd.add_argument("paths", nargs="+")
    extract_cmd.add_argument(
        "--json", action="store_true", help="satu objek JSON per baris (bawaan)"
    )
    tambah_cmd = commands.add_parser(
        "tambah", help="ambil halaman berita dari alamatnya dan simpan di content/"
    )
    tambah_cmd.add_argument("urls", nargs="+", metavar="URL")
    tambah_cmd.add_argument(
        "--ke", metavar="FOLDER", help="folder tujuan (bawaan: content/)"
    )
    tambah_cmd.add_argument(
        "--dry-run", action="store_true", help="tampilkan hasilnya tanpa menyimpan"
    )
    tambah_cmd.add_argument(
        "--di-luar-proyek",
        action="store_true",
        help="izinkan folder --ke di luar proyek (bawaan: ditolak)",
    )
    args = parser.parse_args(argv)
    if args.command == "tambah":
        from arsip_reader.tambah import tambah

        failed = tambah(
            args.urls,
            folder=args.ke,
            dry_run=args.dry_run,
            outside=args.di_luar_proyek,
        )
        return 1 if failed else 0
    if args.command == "check":
        return 1 if check(args.paths) else 0
    return 1 if extract(args.paths) else 0


if __name__ == "__main__":
    sys.exit(main())
