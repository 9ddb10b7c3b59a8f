"""What a build prints: every warning counted in one closing line with the report's
path, the same warnings from a cached rebuild, and strict mode's one clear line."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from arsip_core.state import BuildSummary
from arsip_site.plugin import closing_line
from tests.conftest import ROOT, read_report

GOOD = "---\ntitle: Apel {n}\npublished: 2024-02-10\n---\nApel siaga {n} di Sambas.\n"


def _pelican(content, tmp_path, *extra):
    env = dict(os.environ, COLUMNS="400", TERM="dumb")
    return subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
         "-o", str(tmp_path / "out"), "-e", f'CACHE_PATH="{tmp_path / "cache"}"',
         "ARSIP_SEARCH_INDEX=false", *extra],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )  # fmt: skip


def _warning_lines(text: str) -> list[str]:
    return sorted(
        re.sub(r"\s+", " ", line.split("WARNING", 1)[1]).strip()
        for line in text.splitlines()
        if "WARNING" in line and "arsip_report:" in line
    )


def test_a_cached_rebuild_repeats_the_warnings_and_closes_with_the_counts(
    make_content, tmp_path
):
    files = {f"a{n}.md": GOOD.format(n=n) for n in range(7)}  # 7 without a source
    content = make_content(**files)
    first = _pelican(content, tmp_path)
    second = _pelican(content, tmp_path)
    assert first.returncode == second.returncode == 0, first.stderr[-2000:]
    assert "0 dibaca dari berkas, 7 dari cache" in second.stdout + second.stderr
    one, two = (r.stdout + r.stderr for r in (first, second))
    assert _warning_lines(one) == _warning_lines(two)
    assert _warning_lines(one)  # some shown, the rest counted
    for output in (one, two):
        (closing,) = [
            ln for ln in output.splitlines() if "arsip_report: selesai:" in ln
        ]
        assert "7 terbit dengan peringatan" in closing
        assert "7 peringatan (7 sumber-tidak-ada)" in closing
        assert closing.rstrip().endswith("laporan-build.json")


def test_strict_mode_ends_with_one_clear_line_and_no_traceback(make_content, tmp_path):
    content = make_content(**{"baik.md": GOOD.format(n=1), "kosong.txt": ""})
    result = _pelican(content, tmp_path, "ARSIP_STRICT=true")
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("arsip_report: mode ketat: build gagal, 1 berkas ditolak")
    assert read_report(tmp_path / "out")["summary"]["ditolak"] == 1


def test_the_closing_line_names_every_count():
    summary = BuildSummary(
        counts={"terbit": 2, "ditolak": 1},
        warnings={"sumber-tidak-ada": 3, "isian-tidak-sah": 5},
        report_path="output/laporan-build.json",
        rejected=1,
    )
    assert closing_line(summary) == (
        "selesai: 3 berkas masukan: 2 terbit, 0 terbit dengan peringatan, 1 ditolak, "
        "0 draf, 0 diabaikan; 8 peringatan (5 isian-tidak-sah, 3 sumber-tidak-ada); "
        "laporan: output/laporan-build.json"
    )
