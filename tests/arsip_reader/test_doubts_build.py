"""A real build reports the guessed fields, and a sidecar for a field settles its doubt."""

from __future__ import annotations

from tests.arsip_extract.test_doubts import TWO_FIGURES
from tests.conftest import build_site, read_report


def test_the_build_report_lists_doubts_and_a_sidecar_settles_them(
    make_content, tmp_path
):
    content = make_content(
        **{
            "tebakan.txt": TWO_FIGURES,
            "pasti.txt": TWO_FIGURES.replace("Sintang", "Sekadau"),
            # The maintainer read the page: the count and the units are settled.
            "pasti.yaml": "personel: 240\nsatuan: [Polres Sekadau]\n",
        }
    )
    output = build_site(content, tmp_path / "out")
    report = read_report(output)
    files = {entry["source"]: entry for entry in report["files"]}

    guessed = files["tebakan.txt"]["tebakan"]
    assert "240, 180" in guessed["personnel_total"]
    assert "Polda Kalbar" in guessed["police_units"]
    settled = files["pasti.txt"].get("tebakan", {})
    assert "personnel_total" not in settled and "police_units" not in settled
    # Doubts are counted per field over the build, and are no fault of the file.
    assert report["summary"]["tebakan"]["personnel_total"] == 1
    assert not any(
        "periksa personnel_total" in reason
        for entry in files.values()
        for reason in entry["reasons"]
    )
    # The article page says which values are guesses.
    page = (output / files["tebakan.txt"]["url"] / "index.html").read_text("utf-8")
    assert "periksa personnel_total" in page
