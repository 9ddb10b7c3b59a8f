"""CPU cost of ``arsip_extract.extract_record`` per article, and an output guard.

``python benchmarks/extract_speed.py [--corpus DIR] [--passes 5] [--save SNAP]
[--check SNAP]``

Reads every article of tests/fixtures/eval/, tests/fixtures/eval-holdout/,
content/*.txt and the generated corpus (``python benchmarks/corpus.py --n 1500
--out /tmp/xcorpus --seed 3``) with the site's own reader, keeping each parsed
article. It then times ``extract_record`` alone over all of them, several passes,
in CPU time (``time.process_time``: the machine is shared) and prints the median
ms per article. ``--save`` writes every ``Record.to_dict()`` to a JSON snapshot;
``--check`` compares the records with one and prints the ms per article it stored
next to today's. It reports, it does not assert times; a changed record exits 1.

``--against REF`` (for example ``a686d95``, the code when issue 11 set its "1.5x
today's CPU" limit) times REF's reader and extraction on the same inputs in the same
run: each side runs in its own process, alternately, ``--rounds`` times, and the
medians and their ratio are printed. Sessions that each compared with their own
start let the cost compound unseen; this compares with the fixed reference.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
# ``--against`` runs this script again on another tree's plugins.
PLUGINS = Path(os.environ.get("ARSIP_BENCH_PLUGINS") or ROOT / "plugins")
sys.path[:0] = [str(PLUGINS)]

from arsip_reader import pipeline  # noqa: E402
from arsip_reader.parse import ArticleRejected  # noqa: E402
from arsip_reader.pipeline import read_article  # noqa: E402

TZ = ZoneInfo("Asia/Jakarta")


def _inputs(corpus: Path) -> list[Path]:
    """Every article file, in a fixed order."""
    paths: list[Path] = []
    for folder in (ROOT / "tests/fixtures/eval", ROOT / "tests/fixtures/eval-holdout"):
        paths += sorted(
            p
            for p in folder.iterdir()
            if p.suffix in (".txt", ".md") and p.stem != "README"
        )
    paths += sorted((ROOT / "content").glob("*.txt"))
    paths += sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    return paths


def read_all(paths: list[Path]) -> tuple[dict[str, object], list]:
    """Records by path (or the error), and the parsed articles given to extraction."""
    parsed_seen: list = []
    real = pipeline.extract_record

    def keep(parsed, *args, **kwargs):
        parsed_seen.append(parsed)
        return real(parsed, *args, **kwargs)

    pipeline.extract_record = keep
    records: dict[str, object] = {}
    try:
        for path in paths:
            key = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
            try:
                records[key] = read_article(path, path.name, tz=TZ).record.to_dict()
            except ArticleRejected as exc:
                records[key] = {"rejected": str(exc)}
    finally:
        pipeline.extract_record = real
    return records, parsed_seen


def time_extraction(parsed: list, passes: int) -> float:
    """Median CPU ms per article of ``extract_record`` over ``passes`` passes."""
    from arsip_extract import extract_record

    per_pass = []
    for _ in range(passes):
        start = time.process_time()
        for article in parsed:
            extract_record(article)
        per_pass.append((time.process_time() - start) * 1000 / len(parsed))
    return statistics.median(per_pass)


def _run_side(plugins: Path, corpus: Path, passes: int) -> float:
    """ms per article of one tree's reader + extraction, in a fresh process."""
    env = {**os.environ, "ARSIP_BENCH_PLUGINS": str(plugins)}
    command = [sys.executable, __file__, "--corpus", str(corpus)]
    command += ["--passes", str(passes)]
    out = subprocess.run(
        command, env=env, capture_output=True, text=True, check=True
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("extract_record:"))
    return float(line.split()[1])


def compare_against(ref: str, corpus: Path, passes: int, rounds: int, say) -> None:
    """Time REF's code and this checkout's alternately; print medians and ratio."""
    with tempfile.TemporaryDirectory(prefix="extract-speed-") as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref, "plugins", "data"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        old, new = [], []
        for _ in range(rounds):
            old.append(_run_side(Path(folder) / "plugins", corpus, passes))
            new.append(_run_side(PLUGINS, corpus, passes))
    a, b = statistics.median(old), statistics.median(new)
    say(f"{ref}: {a:.3f} ms per article (median of {rounds} rounds: {old})")
    say(f"this checkout: {b:.3f} ms per article (median of {rounds} rounds: {new})")
    say(f"ratio: {b / a:.2f}x {ref}'s CPU per article")


def main(argv: list[str] | None = None) -> int:
    say = partial(print, file=sys.stdout)  # a report, not logging  # noqa: T201
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/xcorpus"))
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--save", type=Path, help="write the snapshot here")
    ap.add_argument("--check", type=Path, help="compare with this snapshot")
    ap.add_argument("--against", help="a git revision to time in the same run")
    ap.add_argument("--rounds", type=int, default=3, help="alternations (--against)")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks/corpus.py"), "--n", "1500"]
            + ["--out", str(args.corpus), "--seed", "3"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    if args.against:
        compare_against(args.against, args.corpus, args.passes, args.rounds, say)
        return 0

    records, parsed = read_all(_inputs(args.corpus))
    ms = time_extraction(parsed, args.passes)
    say(f"{len(records)} files, {len(parsed)} extracted")
    say(f"extract_record: {ms:.3f} ms CPU per article (median of {args.passes})")
    status = 0
    if args.check:
        snap = json.loads(args.check.read_text(encoding="utf-8"))
        old = snap["records"]
        changed = sorted(
            k for k in old.keys() | records.keys() if old.get(k) != records.get(k)
        )
        before = snap["ms_per_article"]
        say(f"snapshot: {before:.3f} -> {ms:.3f} ms per article ({before / ms:.2f}x)")
        if changed:
            status = 1
            say(f"CHANGED: {len(changed)} records differ, e.g.")
            for key in changed[:10]:
                say(f"  {key}")
                for field in sorted(
                    (old.get(key) or {}).keys() | (records.get(key) or {}).keys()
                ):
                    a, b = (
                        (old.get(key) or {}).get(field),
                        (records.get(key) or {}).get(field),
                    )
                    if a != b:
                        say(f"    {field}: {a!r} -> {b!r}")
        else:
            say(f"identical: all {len(records)} records match the snapshot")
    if args.save:
        args.save.write_text(
            json.dumps(
                {"ms_per_article": ms, "records": records},
                ensure_ascii=False,
                indent=1,
                sort_keys=True,
            ),
            encoding="utf-8",
        )
        say(f"snapshot written to {args.save}")
    return status


if __name__ == "__main__":
    sys.exit(main())
