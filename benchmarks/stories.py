"""Story grouping at scale: planted syndicated copies found, false merges, cost.

``python benchmarks/stories.py [--n 10000] [--copies 0.1] [--seed 1] [--build]``

1. Writes the synthetic corpus of ``corpus.py`` with syndicated copies added to
   ``--copies`` of the articles (1-3 copies each, other outlets and raw formats, a
   paragraph dropped, another title), and the planted groups.
2. Reads every file with the site's reader (the records and HTML the build uses) and
   groups them with ``arsip_stories.grouping.group_reports``, timed.
3. Prints: planted groups found exactly (all copies in one story and nothing else in
   it), stories that merge articles of different planted groups or unrelated
   originals (false merges), and grouping time per 1,000 articles.
4. With ``--build``: two cold Pelican builds of the corpus with every feature on, one
   with and one without ``arsip_stories`` in PLUGINS, in the same run, and the ratio.

Targets (issue 16): grouping adds <= 10 % to the cold build; >= 95 % of the planted
groups found; no false merges. It prints, it does not assert.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT)]

from arsip_reader.cli import article_files  # noqa: E402
from arsip_reader.parse import ArticleRejected  # noqa: E402
from arsip_reader.pipeline import new_markdown, read_article  # noqa: E402
from arsip_stories.grouping import group_reports, report_from  # noqa: E402
from benchmarks.corpus import write_corpus  # noqa: E402

_MARKDOWN = None


def _read(path: str):
    global _MARKDOWN
    if _MARKDOWN is None:
        _MARKDOWN = new_markdown()
    p = Path(path)
    try:
        source = read_article(
            p, p.name, tz=ZoneInfo("Asia/Jakarta"), markdown=_MARKDOWN
        )
    except ArticleRejected:
        return None
    return p.stem, report_from(source.record, source.story_signature)


def score(stories, planted: list[list[str]], stem_of: dict[str, str]):
    """Planted groups found exactly, and the stories that mix unrelated articles."""
    group_of = {stem: k for k, group in enumerate(planted) for stem in group}
    found = 0
    by_members = {frozenset(stem_of[m] for m in s.members) for s in stories}
    for group in planted:
        if frozenset(group) in by_members:
            found += 1
    mixed = []
    for story in stories:
        if len(story.members) < 2:
            continue
        owners = {group_of.get(stem_of[m], stem_of[m]) for m in story.members}
        if len(owners) > 1:
            mixed.append(sorted(stem_of[m] for m in story.members))
    return found, len(mixed), mixed


def pelican_build(content: Path, output: Path, plugins: list[str] | None) -> float:
    """Wall seconds of one cold build (no content cache), every feature on."""
    shutil.rmtree(output, ignore_errors=True)
    cmd = [sys.executable, "-m", "pelican", str(content), "-s",
           str(ROOT / "pelicanconf.py"), "-o", str(output), "-q",
           "-e", "LOAD_CONTENT_CACHE=false",
           f"CACHE_PATH=\"{output.parent / (output.name + '-cache')}\""]  # fmt: skip
    if plugins is not None:
        cmd.append(f"PLUGINS={json.dumps(plugins)}")
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--copies", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="grouping runs")
    parser.add_argument("--build", action="store_true", help="also time two builds")
    parser.add_argument(
        "--reuse", action="store_true",
        help="reuse the corpus and records read by the last run of the same --n",
    )  # fmt: skip
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / "_work")
    args = parser.parse_args(argv)

    work = args.work / f"cerita-{args.n}"
    content = work / "content"
    planted_path = work / "tertanam.json"
    saved = work / "laporan.pickle"
    if args.reuse and saved.exists():
        read, reading = pickle.loads(saved.read_bytes()), 0.0
    else:
        shutil.rmtree(work, ignore_errors=True)
        content.mkdir(parents=True)
        write_corpus(
            content, args.n, args.seed, copies=args.copies, planted=planted_path
        )
        files = [str(p) for p in article_files([str(content)])]
        started = time.perf_counter()
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            read = [r for r in pool.map(_read, files, chunksize=64) if r is not None]
        reading = time.perf_counter() - started
        saved.write_bytes(pickle.dumps(read))
    planted = json.loads(planted_path.read_text(encoding="utf-8"))
    stem_of = {report.id: stem for stem, report in read}
    reports = [report for _, report in read]

    times, cpu = [], []
    for _ in range(args.repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        stories = group_reports(reports)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    grouping = statistics.median(times)
    grouping_cpu = statistics.median(cpu)
    found, false_merges, mixed = score(stories, planted, stem_of)
    multi = sum(1 for s in stories if len(s.members) > 1)

    out = sys.stdout
    out.write(f"articles read: {len(reports)} ({args.n} originals + copies), "
              f"read in {reading:.1f} s\n")  # fmt: skip
    share = 100 * found / max(1, len(planted))
    out.write(f"planted groups: {len(planted)}; found exactly: {found} "
              f"({share:.1f} %; target >= 95 %)\n")  # fmt: skip
    out.write(f"stories with more than one report: {multi}; false merges: "
              f"{false_merges} (target 0)\n")  # fmt: skip
    for members in mixed[:5]:
        out.write(f"  merged although not planted together: {', '.join(members)}\n")
    per_article = 1000 * grouping / max(1, len(reports))
    out.write(f"grouping at build time: median {grouping:.2f} s wall, "
              f"{grouping_cpu:.2f} s CPU of {args.repeat} runs "
              f"({per_article:.3f} ms wall per article); the signatures are made "
              "while reading, in the reader's workers\n")  # fmt: skip
    if args.build:
        sys.path.insert(0, str(ROOT))
        conf: dict = {"__file__": str(ROOT / "pelicanconf.py")}
        exec((ROOT / "pelicanconf.py").read_text(encoding="utf-8"), conf)
        without = [p for p in conf["PLUGINS"] if p != "arsip_stories"]
        base = pelican_build(content, work / "tanpa", without)
        full = pelican_build(content, work / "dengan", None)
        out.write(f"cold build without arsip_stories: {base:.1f} s; with: {full:.1f} s;"
                  f" ratio {full / base:.3f} (target <= 1.10)\n")  # fmt: skip
        out.write(f"grouping alone / build without: {grouping / base:.3f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
