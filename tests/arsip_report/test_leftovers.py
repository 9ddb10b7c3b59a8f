"""Files no generator took are listed with a reason that fits them."""

from pathlib import Path

from arsip_report.plugin import _account_leftovers
from arsip_report.report import IGNORED, BuildReport


def test_leftovers_are_named_with_a_fitting_reason(tmp_path: Path):
    (tmp_path / "dipakai.txt").write_text("x")
    (tmp_path / "dilewati.md").write_text("x")
    (tmp_path / "catatan.docx").write_bytes(b"PK")
    (tmp_path / "dipakai.yaml").write_text("title: x")
    report = BuildReport()
    report.publish("dipakai.txt", "artikel/x/", [])
    _account_leftovers(report, tmp_path, ())
    assert report.entries["dilewati.md"].status == IGNORED
    assert "dilewati Pelican" in report.entries["dilewati.md"].reasons[0]
    assert "tidak dikenal" in report.entries["catatan.docx"].reasons[0]
    # A sidecar is listed under its own name, with its article's status.
    assert report.entries["dipakai.yaml"].status == "terbit"
    assert report.entries["dipakai.yaml"].sidecar_of == "dipakai.txt"
