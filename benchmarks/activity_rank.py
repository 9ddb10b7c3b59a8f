"""Train and score the learned step for activities (``arsip_extract.activity_rank``).

``python benchmarks/activity_rank.py [--ceiling] [--write [--out FILE]] [--words]
[--c 0.3] [--threshold 0.4] [--no-past] [--cache PICKLE]``

Runs the site's reader on every real development page (annotations
tests/fixtures/real/dev/<id>.json, texts realpages/texts/<id>.txt: other people's
pages, git-ignored, so this script needs them) and keeps, per page, the rules'
evidence for activities (every rule match: activity, paragraph, sentence, mood
markers, taken or not; a rule's words without a match) with the rules' choice and the
annotated activities. It also reruns each held-back part K of
tests/fixtures/real/parts/heldback-sK.txt with the code K was scored with
(``SCORED_AT``, from git; its ``find_activities`` patched to keep the same evidence):
those are the rules' decisions on pages they had never seen.

- ``--ceiling``: on how many pages the annotated set is among the candidates (every
  activity some rule matched or the rules chose; ``--words``: or whose rule's words
  the page holds), the most any re-ranker can reach. Per part, totals only.
- default: the honest measure. For K = 4, 5, 6, 7 a logistic regression is trained
  on the dev pages outside K (today's evidence) and the other parts' past evidence,
  and scored on K, next to the rules alone on the same pages (the activities field,
  exact set, as benchmarks/extraction.py scores it), with today's code and with the
  code K was scored with; then a grouped 5-fold (by web host) on the pages in no
  held-back part.
- ``--write``: train on all of it and write the weights (default
  data/activity_rank.json, which switches the step on). Training needs scikit-learn
  (the ``train`` extra: ``pip install -e '.[train]'``); the site does not.

It prints figures; it asserts nothing. heldback-s7 is session 8's validation part:
the script prints only its totals.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins")]

from arsip_extract import activities as rules_module  # noqa: E402
from arsip_extract import activity_rank, record  # noqa: E402
from arsip_reader.pipeline import read_article  # noqa: E402

TZ = ZoneInfo("Asia/Jakarta")
DEV = ROOT / "tests" / "fixtures" / "real" / "dev"
PARTS = ROOT / "tests" / "fixtures" / "real" / "parts"
TEXTS = ROOT / "realpages" / "texts"
WEIGHTS = activity_rank.WEIGHTS
HELD_BACK = ("heldback-s4", "heldback-s5", "heldback-s6", "heldback-s7")
# The code each held-back part was scored with, before anyone tuned on its pages: the
# rules' evidence there is what the rules do on pages they have never seen.
SCORED_AT = {
    "heldback-s4": "63b64f7",
    "heldback-s5": "1669eec",
    "heldback-s6": "b601c55",
    "heldback-s7": "df397ec",
}


@dataclass
class Page:
    """One dev page: what the rules saw and chose, and the annotation."""

    id: str
    gold: frozenset[str]
    title: str | None
    texts: tuple[str, ...]
    trace: list[list]
    chosen: tuple[str, ...]
    final: frozenset[str]  # the record's activities (after before_the_polls)
    polls: tuple | None  # (when, election, text): before_the_polls' other arguments
    group: str  # the page's web host: pages of one site go to one fold


def read_ids(path: Path) -> frozenset[str]:
    """Page ids listed in ``path`` (first word of each non-comment line)."""
    words = (line.split() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w[0] for w in words if w and not w[0].startswith("#"))


def collect(ids: Iterable[str] | None = None) -> list[Page]:
    """Run the reader on the dev pages, keeping the activity evidence of each."""
    seen: dict = {}
    original_polls = record.before_the_polls

    def recorder(title, texts, trace, chosen):
        seen.update(title=title, texts=texts, trace=trace, chosen=chosen)
        return chosen

    def polls(activities, when, election, text=""):
        seen["polls"] = (when, election, text)
        return original_polls(activities, when, election, text)

    saved = activity_rank.ENABLED, activity_rank.decide
    activity_rank.ENABLED = True
    activity_rank.decide = recorder
    record.before_the_polls = polls
    pages = []
    try:
        for path in sorted(DEV.glob("*.json")):
            if ids is not None and path.stem not in ids:
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            text = TEXTS / f"{path.stem}.txt"
            if not text.is_file():
                continue
            seen.clear()
            rec = read_article(text, text.name, tz=TZ).record
            pages.append(
                Page(
                    id=path.stem,
                    gold=frozenset(a.casefold() for a in data["activities"]),
                    title=seen["title"],
                    texts=seen["texts"],
                    trace=seen["trace"],
                    chosen=seen["chosen"],
                    final=frozenset(rec.activities),
                    polls=seen["polls"],
                    group=urlsplit(data.get("url") or "").netloc or path.stem,
                )
            )
    finally:
        activity_rank.ENABLED, activity_rank.decide = saved
        record.before_the_polls = original_polls
    return pages


# Run in a past tree's own Python path: read the listed pages with that code and
# pickle, per page, what its (patched) find_activities saw and the record's choice.
_PAST_RUN = """
import json, pickle, sys
from pathlib import Path
from zoneinfo import ZoneInfo
from arsip_extract import activities
from arsip_reader.pipeline import read_article
texts, ids, out = Path(sys.argv[1]), sys.argv[2].split(","), Path(sys.argv[3])
pages = {}
for page_id in ids:
    path = texts / f"{page_id}.txt"
    activities.SINK.clear()
    record = read_article(path, path.name, tz=ZoneInfo("Asia/Jakarta")).record
    title, found_texts, trace, chosen = activities.SINK[-1]
    pages[page_id] = (title, found_texts, trace, chosen, tuple(record.activities))
out.write_bytes(pickle.dumps(pages))
"""


def patch_past(source: str) -> str:
    """``find_activities`` of a past activities.py, made to keep today's evidence."""
    steps = (
        (
            r"(def find_activities\((?:[^\n]*\n)*?( +)found: set\[str\] = set\(\)\n)",
            r"\1\2trace = []\n",
        ),
        (
            r"( +)if act in found and \(\n((?:[^\n]*\n)*?)\1\):\n"
            r"(?:\1    #[^\n]*\n)*\1    continue\n",
            r"\1again = act in found and (\n\2\1)\n",
        ),
        (
            r"( +)(match = \w+\.search\([^\n]*\)\n)\1if not match:\n\1    continue\n",
            r"\1\2\1if not match:\n\1    if screen:\n"
            r"\1        trace.append([act, index, sentence, -1, (), False])\n"
            r"\1    continue\n\1if again:\n"
            r"\1    trace.append([act, index, sentence, match.start(), (), None])\n"
            r"\1    continue\n"
            r"\1trace.append([act, index, sentence, match.start(), _markers(sentence),"
            r" False])\n",
        ),
        (
            r"\n( +)found\.add\(act\)\n(\1mate = )",
            r"\n\1found.add(act)\n\1trace[-1][5] = True\n\2",
        ),
        (
            r"\n    return (tuple\(a for a in ACTIVITIES if a in found\) "
            r"or \(\"lainnya\",\))\n",
            r"\n    chosen = \1\n    SINK.append((title, texts, trace, chosen))\n"
            r"    return chosen\n",
        ),
    )
    for pattern, replacement in steps:
        source, count = re.subn(pattern, replacement, source, count=1)
        if count != 1:
            raise ValueError(f"past activities.py: no place for {pattern[:40]!r}")
    return source + "\n\nSINK: list = []\n"


def collect_past(part: str) -> list[Page]:
    """The pages of held-back ``part`` as the code it was scored with saw them."""
    commit = SCORED_AT[part]
    ids = sorted(read_ids(PARTS / f"{part}.txt"))
    with tempfile.TemporaryDirectory(prefix="activity-rank-") as tmp:
        tree = Path(tmp)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "plugins", "data"],
            check=True,
            capture_output=True,
        ).stdout
        (tree / "tree.tar").write_bytes(archive)
        with tarfile.open(tree / "tree.tar") as tar:
            tar.extractall(tree, filter="data")
        module = tree / "plugins" / "arsip_extract" / "activities.py"
        module.write_text(patch_past(module.read_text(encoding="utf-8")))
        out = tree / "pages.pickle"
        env = {**os.environ, "PYTHONPATH": str(tree / "plugins")}
        subprocess.run(
            [sys.executable, "-c", _PAST_RUN, str(TEXTS), ",".join(ids), str(out)],
            check=True,
            env=env,
            cwd=tmp,
        )
        seen = pickle.loads(out.read_bytes())
    pages = []
    for page_id, (title, texts, trace, chosen, final) in sorted(seen.items()):
        data = json.loads((DEV / f"{page_id}.json").read_text(encoding="utf-8"))
        pages.append(
            Page(
                id=page_id,
                gold=frozenset(a.casefold() for a in data["activities"]),
                title=title,
                texts=texts,
                trace=trace,
                chosen=chosen,
                final=frozenset(final),
                polls=None,
                group=urlsplit(data.get("url") or "").netloc or page_id,
            )
        )
    return pages


def candidates(page: Page, words: bool = False) -> list[str]:
    """Every activity a rule matched on ``page`` or the rules chose (``words``: or
    whose rule's words the page holds)."""
    acts = {e[0] for e in page.trace if e[3] >= 0 or words} | set(page.chosen)
    acts.discard("lainnya")
    return [a for a in rules_module.ACTIVITIES if a in acts]


def say(text: str = "") -> None:
    """Print one line of the report."""
    sys.stdout.write(text + "\n")


def rows(
    pages: list[Page], words: bool = False
) -> tuple[list[str], list[list[float]], list[int]]:
    """Feature names, one feature row per (page, candidate), and its label."""
    names: list[str] | None = None
    xs, ys = [], []
    for page in pages:
        for act in candidates(page, words):
            values = activity_rank.features(
                act, page.title, page.texts, page.trace, page.chosen
            )
            if names is None:
                names = list(values)
            xs.append([values[n] for n in names])
            ys.append(int(act in page.gold))
    return names or [], xs, ys


def train(
    pages: list[Page], c: float = 1.0, threshold: float = 0.5, words: bool = False
) -> dict:
    """A logistic regression on ``pages``' candidates, as the weights file holds it."""
    from sklearn.linear_model import LogisticRegression

    names, xs, ys = rows(pages, words)
    fit = LogisticRegression(C=c, max_iter=5000, fit_intercept=False).fit(xs, ys)
    weights = {n: round(float(w), 6) for n, w in zip(names, fit.coef_[0], strict=True)}
    return {
        "schema": activity_rank.SCHEMA,
        "threshold": threshold,
        "words": words,
        "weights": weights,
    }


def decided(page: Page, model: dict | None) -> frozenset[str]:
    """The record's activities for ``page`` with ``model`` (None: the rules alone)."""
    if model is None:
        return page.final
    chosen = activity_rank.decide(
        page.title, page.texts, page.trace, page.chosen, model=model
    )
    if page.polls is not None:
        return frozenset(record.before_the_polls(chosen, *page.polls))
    # (a past code's run: what its last step took away or added, again)
    removed = set(page.chosen) - page.final
    added = page.final - set(page.chosen) - {"lainnya"}
    return frozenset((set(chosen) - removed - {"lainnya"}) | added) or frozenset(
        {"lainnya"}
    )


def right(pages: list[Page], model: dict | None) -> int:
    """How many of ``pages`` get exactly their annotated activities."""
    return sum(decided(page, model) == page.gold for page in pages)


def folds(pages: list[Page], k: int, seed: int = 11) -> list[list[Page]]:
    """``pages`` in ``k`` folds, every web host in one fold."""
    groups = sorted({p.group for p in pages})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[p for p in pages if fold_of[p.group] == i] for i in range(k)]


def honest(
    pages: list[Page],
    past: dict[str, list[Page]],
    c: float,
    threshold: float,
    words: bool = False,
) -> tuple[list[tuple], list[tuple]]:
    """Rules and model per left-out part and fold, with today's and the past code.

    Each line is (name, pages, rules right, model right). The model for part K is
    trained on today's evidence of the dev pages outside K and the past evidence of
    the other parts; it is scored on K as today's code sees it and as the code K
    was scored with saw it (the rules then had never seen K).
    """
    today, then = [], []
    parts = {part: read_ids(PARTS / f"{part}.txt") for part in HELD_BACK}
    for part, ids in parts.items():
        rest = [p for p in pages if p.id not in ids]
        rest += [p for k, ps in past.items() if k != part for p in ps]
        model = train(rest, c, threshold, words)
        test = [p for p in pages if p.id in ids]
        today.append((part, len(test), right(test, None), right(test, model)))
        if part in past:
            test = past[part]
            then.append((part, len(test), right(test, None), right(test, model)))
    rest = [p for p in pages if not any(p.id in ids for ids in parts.values())]
    every_past = [p for ps in past.values() for p in ps]
    for number, test in enumerate(folds(rest, 5)):
        held = {p.id for p in test}
        model = train(
            [p for p in pages if p.id not in held] + every_past, c, threshold, words
        )
        today.append(
            (f"fold {number + 1}", len(test), right(test, None), right(test, model))
        )
    return today, then


def report(lines: list[tuple], heading: str) -> None:
    """Print one table, rules against model, and the mean gains of the parts."""
    say(heading)
    say(f"{'left out':<14}{'pages':>6}{'rules':>14}{'model':>14}{'gain':>8}")
    gains = []
    for name, n, rules, model in lines:
        gain = 100 * (model - rules) / n
        gains.append((name, gain))
        say(
            f"{name:<14}{n:>6}{rules:>7} {100 * rules / n:5.1f}%"
            f"{model:>7} {100 * model / n:5.1f}%{gain:>+7.1f}"
        )
    parts = [g for name, g in gains if name.startswith("heldback")]
    every = statistics.mean(g for _, g in gains)
    say(
        f"held-back parts: mean gain {statistics.mean(parts):+.1f} points, worst "
        f"{min(parts):+.1f}; every line: mean {every:+.1f}\n"
    )


def ceiling(pages: list[Page], words: bool = False, detail: bool = True) -> None:
    """Print how often the annotated set is reachable from the candidates."""
    reach = rules = 0
    missing: dict[str, int] = {}
    for page in pages:
        cands = set(candidates(page, words))
        gold = set(page.gold) - {"lainnya"}
        # (the rules' last step, before_the_polls, may turn a candidate into another)
        if gold <= cands or page.final == page.gold:
            reach += 1
        for act in gold - cands:
            missing[act] = missing.get(act, 0) + 1
        rules += page.final == page.gold
    n = len(pages)
    say(
        f"pages {n}: rules right {rules} ({100 * rules / n:.1f} %), "
        f"gold among candidates {reach} ({100 * reach / n:.1f} %)"
    )
    if detail:
        say(f"gold activities no rule matched: {dict(sorted(missing.items()))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ceiling", action="store_true", help="the candidates' reach")
    parser.add_argument("--write", action="store_true", help="write the weights file")
    parser.add_argument(
        "--out", type=Path, default=WEIGHTS, help=f"with --write (default {WEIGHTS})"
    )
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument(
        "--words", action="store_true", help="a rule's words alone make a candidate"
    )
    parser.add_argument(
        "--no-past", action="store_true", help="leave out the past codes' evidence"
    )
    parser.add_argument("--cache", type=Path, help="pickle of the collected pages")
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        pages, past = pickle.loads(args.cache.read_bytes())
    else:
        pages = collect()
        past = {} if args.no_past else {part: collect_past(part) for part in SCORED_AT}
        if args.cache:
            args.cache.write_bytes(pickle.dumps((pages, past)))
    if args.no_past:
        past = {}
    if args.ceiling:
        say("today's code, all dev:")
        ceiling(pages, args.words)
        # (per part totals only: heldback-s7 is this session's validation part)
        for part in HELD_BACK:
            ids = read_ids(PARTS / f"{part}.txt")
            sys.stdout.write(f"today's code, {part}: ")
            ceiling([p for p in pages if p.id in ids], args.words, detail=False)
        for part, then in past.items():
            sys.stdout.write(f"the code {SCORED_AT[part]}, {part}: ")
            ceiling(then, args.words, detail=False)
        return 0
    if args.write:
        every_past = [p for ps in past.values() for p in ps]
        model = train(pages + every_past, args.c, args.threshold, args.words)
        model["trained_on"] = (
            f"today's evidence of {len(pages)} dev pages and the evidence of the "
            f"{len(every_past)} held-back pages as the code they were scored with saw "
            "them (benchmarks/activity_rank.py)"
        )
        args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        say(f"wrote {args.out} ({len(model['weights'])} weights)")
        return 0
    today, then = honest(pages, past, args.c, args.threshold, args.words)
    report(
        today, "today's code (the parts K=4..6 were tuned on since they were scored)"
    )
    if then:
        report(then, "the code each part was scored with (rules that never saw it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
