"""`arsip check` names the story a file shares with the other files checked."""

from __future__ import annotations

import io

from arsip_reader.cli import check
from tests.conftest import FIXTURES

STORIES = FIXTURES / "stories"


def test_check_shows_the_story_of_each_copy_and_none_for_a_lone_report():
    out = io.StringIO()
    assert check([str(STORIES)], out=out) == 0
    blocks = out.getvalue().split("\n" + str(STORIES))
    story = {
        block.split(":", 1)[0].strip("/"): [
            line for line in block.splitlines() if line.startswith("  cerita: ")
        ]
        for block in blocks
    }
    copies = [name for name, lines in story.items() if lines]
    assert len(copies) == 3
    assert all("siaran_pers" in name for name in copies)
    assert sum("(utama;" in story[name][0] for name in copies) == 1
