"""One file -> record: front matter, sidecars, overrides and rejections."""

import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from arsip_reader.parse import ArticleRejected
from arsip_reader.pipeline import read_article, record_id

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reader"
WIB = ZoneInfo("Asia/Jakarta")


def read(path: Path, **kwargs):
    return read_article(path, path.name, tz=WIB, **kwargs)


def test_front_matter_overrides_parsed_values():
    record = read(FIXTURES / "article_front_matter_overrides_parsed.txt").record
    assert record.title == "Judul dari Pengelola"
    assert record.outlet == "Media Koreksi"
    assert record.province == "Kalimantan Timur"
    assert record.published == "2024-02-13T08:00:00+07:00"
    assert record.personnel_total == 120
    # Parsed values that were not overridden stay.
    assert record.author == "Reporter"
    assert record.url == "https://media.example/a"


def test_sidecar_overrides_and_sets_missing_title_and_date(tmp_path):
    for name in ("article_with_sidecar.txt", "article_with_sidecar.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    article = read(tmp_path / "article_with_sidecar.txt")
    record = article.record
    assert record.title == "Polres Bulungan Patroli ke TPS di Tanjung Selor"
    assert record.published == "2024-11-26T16:00:00+07:00"
    assert record.url == "https://kaltara.example/berita/patroli-tps"
    assert record.province == "Kalimantan Utara"
    # The maintainer supplied title and date, so nothing is left to warn about.
    assert not [w for w in record.warnings if "judul" in w or "tanggal terbit" in w]


def test_markdown_article_with_front_matter():
    article = read(FIXTURES / "article_front_matter.md")
    assert (
        article.record.title == "Polres Tanah Bumbu Simulasi Sispamkota Jelang Pilkada"
    )
    assert article.record.outlet == "Radar Tanbu"
    assert article.record.dateline_place == "Batulicin"
    assert "<strong>simulasi sispamkota</strong>" in article.html
    assert article.pelican_metadata["tags"] == ["simulasi", "Pilkada"]


def test_missing_date_is_unknown_with_warning():
    article = read(FIXTURES / "article_without_date.txt")
    assert article.published is None
    assert article.record.published is None
    assert any("tanggal terbit tidak ditemukan" in w for w in article.warnings)


def test_raw_html_is_escaped_and_unsafe_links_dropped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "---\nurl: javascript:alert(1)\n---\nJudul Berita Uji Keamanan\n\n"
        "Pontianak - Isi <script>alert(1)</script> dan [tautan](javascript:alert(2)).\n",
        encoding="utf-8",
    )
    article = read(path)
    assert "<script>" not in article.html
    assert "&lt;script&gt;" in article.html
    assert 'href="javascript' not in article.html  # left as plain text, never a link
    assert article.record.url is None
    assert any("url ditolak" in w for w in article.warnings)


def test_unknown_province_in_front_matter_is_warned_and_ignored(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Uji\nprovince: Kalimantan Tenggara\n---\nIsi berita uji.\n",
        encoding="utf-8",
    )
    record = read(path).record
    assert record.province != "Kalimantan Tenggara"
    assert any(
        "Kalimantan Tenggara" in w and "tidak dikenal" in w for w in record.warnings
    )


@pytest.mark.parametrize(
    "content, reason, line",
    [
        ("---\ntitle: [tidak ditutup\n---\nIsi.\n", "front matter tidak terbaca", 2),
        ("---\ntitle: Uji\nIsi tanpa penutup.\n", "front matter tidak ditutup", 1),
        ("---\n- satu\n- dua\n---\nIsi.\n", "front matter harus berupa pasangan", 2),
        ("---\ntitle: Hanya judul\n---\n\n", "tidak ada isi berita", None),
    ],
)
def test_bad_front_matter_is_rejected_with_line(tmp_path, content, reason, line):
    path = tmp_path / "a.md"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleRejected) as caught:
        read(path)
    assert caught.value.reason.startswith(reason)
    if line is not None:
        assert caught.value.line == line


def test_oversized_file_is_rejected(tmp_path):
    path = tmp_path / "besar.txt"
    path.write_text("Judul\n\n" + "Isi berita. " * 200, encoding="utf-8")
    with pytest.raises(ArticleRejected, match="terlalu besar"):
        read(path, max_bytes=1000)


def test_record_id_is_stable_and_path_based():
    assert record_id("a/b.txt") == record_id("a/b.md")
    assert record_id("a/b.txt") != record_id("a/c.txt")
    assert len(record_id("x.txt")) == 12


def test_published_keeps_its_precision(tmp_path):
    dated = read(FIXTURES / "format_title_dateline.txt")
    assert dated.record.published == "2024-12-04"
    assert not dated.published_has_time
    assert dated.published.isoformat() == "2024-12-04T00:00:00+07:00"
    stamped = read(FIXTURES / "format_plain_header.txt")
    assert stamped.record.published == "2024-11-20T09:05:00+07:00"
    assert stamped.published_has_time
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Uji\ndate: 2024-11-26\n---\nIsi berita.\n")
    assert read(path).record.published == "2024-11-26"


def test_front_matter_places_are_completed_from_the_gazetteer(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Uji\nplaces: [Kota Balikpapan, Kotim, {name: Sambas, count: 45},"
        " Atlantis]\n---\nIsi berita.\n",
        encoding="utf-8",
    )
    record = read(path).record
    by_name = {p.name: p for p in record.places}
    assert by_name["Kota Balikpapan"].kind == "kota"
    assert by_name["Kota Balikpapan"].province == "Kalimantan Timur"
    assert by_name["Kota Balikpapan"].lat is not None
    assert by_name["Kabupaten Kotawaringin Timur"].province == "Kalimantan Tengah"
    assert by_name["Kabupaten Sambas"].count == 45
    assert by_name["Atlantis"].kind == ""
    assert any("Atlantis" in w and "gazetir" in w for w in record.warnings)


def test_front_matter_may_name_a_province_outside_kalimantan(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Uji\nprovinsi: Jawa Barat\n---\nIsi.\n", encoding="utf-8"
    )
    record = read(path).record
    assert record.province == "Jawa Barat"
    assert not record.warnings or not any("provinsi" in w for w in record.warnings)


def test_markdown_paragraphs_skip_lines_without_markup_alike():
    """Lines without a markup character or a block start skip _MD_MARKUP: the same
    paragraphs as every line through it."""
    import random
    import re

    from arsip_reader.pipeline import _MD_MARKUP, _markdown_paragraphs

    def every_line(body):
        paragraphs = []
        for block in re.split(r"\n\s*\n", body):
            lines = [
                _MD_MARKUP.sub(lambda m: m.group(1) or "", ln).strip()
                for ln in block.split("\n")
            ]
            text = " ".join(ln for ln in lines if ln)
            if text:
                paragraphs.append(text)
        return paragraphs

    rng = random.Random(5)
    alphabet = " \t\n\u00a0ab#->+*_`[]()1.x"
    bodies = ["".join(rng.choices(alphabet, k=rng.randrange(40))) for _ in range(5000)]
    bodies += ["## Judul\n\nTeks [tautan](http://x) *miring*\n> kutip\n- butir"]
    for body in bodies:
        assert _markdown_paragraphs(body) == every_line(body), repr(body)
