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
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins")]

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


def main(argv: list[str] | None = None) -> int:
    say = partial(print, file=sys.stdout)  # a report, not logging  # noqa: T201
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/xcorpus"))
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--save", type=Path, help="write the snapshot here")
    ap.add_argument("--check", type=Path, help="compare with this snapshot")
    args = ap.parse_args(argv)

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
