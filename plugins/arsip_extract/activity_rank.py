"""A learned last step for activities: which of the rules' candidates are the story's.

``find_activities`` collects every rule match as evidence (the activity, its
paragraph, its sentence, its mood markers, whether the rules took it) and hands it
here with the rules' own choice. When a weights file is present
(``data/activity_rank.json``, trained on the development annotations by
``benchmarks/activity_rank.py``), each candidate gets a logistic score from generic
features of that evidence (no words of any page: positions, counts, moods, the
rules' decision) and is kept when the score passes the file's threshold. Without the
file, or with ``ARSIP_ACTIVITY_RANK=0`` in the environment, the rules' choice stands.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections.abc import Mapping
from pathlib import Path

from arsip_core.model import ACTIVITIES
from arsip_extract.lead import compile_scan

logger = logging.getLogger(__name__)

WEIGHTS = Path(__file__).resolve().parents[2] / "data" / "activity_rank.json"
SCHEMA = 1
# The candidates a model decides on: every activity but "lainnya" (the empty choice).
CANDIDATES = tuple(a for a in ACTIVITIES if a != "lainnya")
# Mood marker kinds of activities._markers that say the deed is not (yet) done.
_NOT_DONE = frozenset({"plan", "ready", "order", "must"})
# A day written in the sentence: a weekday or a (day/month) number.
_DAY = compile_scan(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b|\(\d{1,2}/\d{1,2}",
    re.I,
)
_QUOTES = "\"“'‘"


def features(
    act: str,
    title: str | None,
    texts: tuple[str, ...],
    trace: list[list],
    chosen: tuple[str, ...],
) -> dict[str, float]:
    """Generic features of candidate ``act``: where, how often, in what mood, taken."""
    n_texts = max(len(texts), 1)
    lead_end = (1 if title else 0) + 2
    matches = [e for e in trace if e[3] >= 0]
    mine = [e for e in matches if e[0] == act]
    words = [e for e in trace if e[0] == act and e[3] < 0]
    taken = [e for e in mine if e[5]]
    judged = [e for e in mine if e[5] is not None]
    in_title = {e[0] for e in matches if title and e[1] == 0}
    in_title_taken = {e[0] for e in matches if title and e[1] == 0 and e[5]}
    acts = {e[0] for e in matches} | (set(chosen) - {"lainnya"})
    rules = act in chosen
    not_done = [
        e for e in judged if any(m[2] in _NOT_DONE and m[0] <= e[3] for m in e[4])
    ]
    counts = {a: sum(1 for e in matches if e[0] == a) for a in acts}
    top = max(counts.values(), default=0)
    judged_all = [e for e in matches if e[5] is not None]
    sentences = {e[2] for e in mine}
    shared = {e[2] for e in matches if e[0] != act and e[5] is not False} & sentences
    title_judged = [e for e in judged if title and e[1] == 0]
    values = {
        "bias": 1.0,
        "rules": float(rules),
        "matched": float(bool(mine)),
        "log_matches": math.log1p(len(mine)),
        "log_taken": math.log1p(len(taken)),
        "log_untaken": math.log1p(len(judged) - len(taken)),
        "log_words": math.log1p(len(words)),
        "log_paragraphs": math.log1p(len({e[1] for e in mine})),
        "title": float(act in in_title),
        "title_taken": float(act in in_title_taken),
        "title_words": float(any(title and e[1] == 0 for e in words)),
        "other_in_title": float(bool(in_title_taken - {act})),
        "lead": float(any(e[1] < lead_end for e in mine)),
        "lead_taken": float(any(e[1] < lead_end for e in taken)),
        "lead_words": float(any(e[1] < lead_end for e in words)),
        "first": min((e[1] for e in mine), default=n_texts) / n_texts,
        "first_taken": min((e[1] for e in taken), default=n_texts) / n_texts,
        "last_only": float(bool(mine) and min(e[1] for e in mine) >= n_texts - 2),
        "share": len(mine) / max(len(matches), 1),
        "log_candidates": math.log1p(len(acts)),
        "log_chosen": math.log1p(len(set(chosen) - {"lainnya"})),
        "not_done": len(not_done) / max(len(judged), 1),
        "done": float(any(m[2] == "done" for e in judged for m in e[4])),
        "day": float(any(_DAY.search(e[2]) for e in mine)),
        "quoted": float(any(e[2].lstrip()[:1] in _QUOTES for e in mine)),
        "title_not_taken": float(
            bool(title_judged) and not any(e[5] for e in title_judged)
        ),
        "story_not_taken": sum(1 for e in judged_all if not e[5])
        / max(len(judged_all), 1),
        "top": float(bool(mine) and len(mine) == top),
        "to_top": len(mine) / top if top else 0.0,
        "single": float(len(sentences) == 1),
        "shared": len(shared) / max(len(sentences), 1),
        "order": float(any(m[2] == "order" for e in judged for m in e[4])),
    }
    for other in CANDIDATES:
        values[f"is:{other}"] = float(act == other)
        values[f"rules:{other}"] = float(act == other and rules)
    return values


def _load(path: Path) -> dict | None:
    """The weights in ``path``, or None when absent, unreadable or of another schema."""
    if not path.is_file():
        return None
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        logger.warning("activity_rank: weights %s unreadable: %s", path, err)
        return None
    if not valid(model):
        logger.warning("activity_rank: weights %s not of schema %s", path, SCHEMA)
        return None
    return model


def valid(model: object) -> bool:
    """True when ``model`` has the weights file's shape (schema, weights, threshold)."""
    return (
        isinstance(model, dict)
        and model.get("schema") == SCHEMA
        and isinstance(model.get("weights"), dict)
        and all(
            isinstance(k, str) and isinstance(v, int | float)
            for k, v in model["weights"].items()
        )
        and isinstance(model.get("threshold"), int | float)
    )


def switched_on(model: dict | None, environ: Mapping[str, str]) -> bool:
    """True with a model, unless ``ARSIP_ACTIVITY_RANK=0`` in ``environ``."""
    return model is not None and environ.get("ARSIP_ACTIVITY_RANK", "1") != "0"


MODEL: dict | None = _load(WEIGHTS)
# The switch the benchmark flips; off without weights or with ARSIP_ACTIVITY_RANK=0.
ENABLED = switched_on(MODEL, os.environ)


def score(values: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic score of one candidate's feature ``values``."""
    z = sum(weights.get(name, 0.0) * value for name, value in values.items())
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def decide(
    title: str | None,
    texts: tuple[str, ...],
    trace: list[list],
    chosen: tuple[str, ...],
    model: dict | None = None,
) -> tuple[str, ...]:
    """The candidates whose score passes the threshold; the rules' choice unmodelled."""
    model = model or MODEL
    if model is None:
        return chosen
    words = model.get("words", False)  # rules' words without a match are candidates
    acts = {e[0] for e in trace if e[3] >= 0 or words} | set(chosen)
    weights, threshold = model["weights"], model["threshold"]
    kept = {
        act
        for act in CANDIDATES
        if act in acts
        and score(features(act, title, texts, trace, chosen), weights) >= threshold
    }
    return tuple(a for a in ACTIVITIES if a in kept) or ("lainnya",)
