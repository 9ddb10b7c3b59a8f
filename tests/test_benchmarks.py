"""Smoke tests of the benchmark tools: the corpus generator and build.py (no timings)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(
        f"bench_{name}", BENCHMARKS / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need their module registered
    spec.loader.exec_module(module)
    return module


corpus = _load("corpus")


def _digest(folder: Path) -> str:
    digest = hashlib.sha1()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_corpus_is_deterministic_for_a_seed(tmp_path):
    corpus.write_corpus(tmp_path / "a", 15, seed=3, stock=tmp_path / "sa")
    corpus.write_corpus(tmp_path / "b", 15, seed=3, stock=tmp_path / "sb")
    corpus.write_corpus(tmp_path / "c", 15, seed=4)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "sa") == _digest(tmp_path / "sb")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_corpus_has_n_articles_in_every_format(tmp_path):
    counts = corpus.write_corpus(tmp_path / "c", 10, seed=1, stock=tmp_path / "s")
    assert counts == dict.fromkeys(corpus.FORMATS, 2)
    files = sorted((tmp_path / "c").iterdir())
    articles = [f for f in files if f.suffix in (".txt", ".md")]
    assert len(articles) == 10
    assert len(list((tmp_path / "s").glob("*.md"))) == 10
    texts = {f.name: f.read_text(encoding="utf-8") for f in files}
    # One marker per raw format of shared/seeds/README.md.
    assert any(t.lstrip().startswith("# ") and "\n## " in t for t in texts.values())
    assert any("(ANTARA) -" in t and "Berita Terkait" in t for t in texts.values())
    assert any(t.startswith("---\n") for n, t in texts.items() if n.endswith(".md"))
    assert any(" – " in t.split("\n\n", 3)[2] for t in texts.values() if "\u00a0" in t)
    assert sum(n.endswith(".yaml") for n in texts) == 2  # ANTARA sidecars


def test_corpus_articles_are_news_length_and_prefix_stable():
    ten = list(corpus.generate(10, seed=1))
    twenty = list(corpus.generate(20, seed=1))
    assert [a.title for a in ten] == [a.title for a in twenty[:10]]
    for article in twenty:
        assert corpus.MIN_WORDS <= article.body_words() <= corpus.MAX_WORDS
        assert article.province in corpus.PROVINCES
    assert len({a.title[:70].lower() for a in twenty}) == 20


def test_stock_twin_has_pelican_metadata(tmp_path):
    article = next(corpus.generate(1, seed=1))
    name, text = corpus.render_stock(article)
    assert name == f"{article.stem}.md"
    head = text.split("\n\n", 1)[0].splitlines()
    assert head[0] == f"Title: {article.title}"
    assert head[1] == f"Date: {article.published:%Y-%m-%d %H:%M}"


@pytest.mark.slow
def test_build_benchmark_runs_end_to_end(tmp_path):
    """``build.py --n 20`` builds both sites and prints its table; no time is asserted."""
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "build.py"), "--n", "20", "--repeat", "1",
         "--workdir", str(tmp_path), "--json", str(tmp_path / "result.json"),
         "--curve", str(tmp_path / "curve.json"), "--serial"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "a/b" in result.stdout
    data = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    run = data["runs"][0]
    assert run["n"] == 20
    assert run["archive"]["wall_s"] and run["stock"]["wall_s"]
    assert run["archive"]["peak_rss_mb"] > 0
    assert run["rebuild"]["wall_s"] is not None
    assert run["edit"]["wall_s"] is not None
    # The rebuilds run right after the cold build; the content is put back after them
    # (the one-process build reads the same N articles as the cold one).
    lines = result.stdout.splitlines()
    order = [
        n
        for n, line in enumerate(lines)
        if "] (a) arsip" in line or "[+1 artikel]" in line or "] (a1)" in line
    ]
    assert "] (a) arsip" in lines[order[0]] and "[+1 artikel]" in lines[order[1]]
    assert "] (a1)" in lines[order[2]]
    content = tmp_path / "n20" / "archive-content"
    extra = list(_load("corpus").generate(21, 1))[20]
    assert not any(
        (content / name).exists() for name in _load("corpus").render_raw(extra)
    )
    # --serial: the same cold build in one process, and what the workers saved.
    assert run["serial"]["wall_s"] and run["serial"]["cpu_s"]
    assert "satu proses" in result.stdout and "dihemat" in result.stdout
    # The Pelican process's own CPU, per build and per phase, and the loads.
    assert 0 < run["archive"]["self_cpu_s"] <= run["archive"]["cpu_s"]
    assert run["archive_phases_self_cpu_s"]["tulis ArticlesGenerator"] >= 0
    assert run["archive"]["load_means"] and run["archive"]["load_maxes"]
    assert "di luar tahap" in result.stdout
    # The cost curve: one point for N = 20, drawn as SVG.
    (point,) = json.loads((tmp_path / "curve.json").read_text(encoding="utf-8"))
    assert point["n"] == 20 and point["peak_mb"] > 0
    assert (tmp_path / "curve.svg").read_text(encoding="utf-8").startswith("<svg")


def test_html_vs_text_wraps_a_text_in_its_family_layout(tmp_path):
    bench = _load("html_vs_text")
    case = {
        "id": "x",
        "url": "https://contoh.example/2024/02/17/apel-siaga/",
        "title": "Polres Contoh Gelar Apel Siaga Pemilu",
        "outlet": "Contoh Pos",
        "published": None,
        "dateline_place": "Pontianak",
        "layout_family": "tribun",
    }
    lines = [
        "Beranda » Berita",
        "Polres Contoh Gelar Apel Siaga Pemilu",
        "FOTO: apel di halaman Mapolres (Ist)",
        "CONTOHPOS.COM, PONTIANAK - Polres Contoh menggelar apel siaga pengamanan "
        "Pemilu 2024 di halaman Mapolres pada Sabtu (17/2/2024) pagi.",
        "Berita Terkait",
        "Judul lain yang tidak termasuk berita",
    ]
    parts = bench.split_page(lines, case)
    assert parts["story"] == [lines[3]] and parts["after"] == lines[4:]
    assert bench.published_for(case) == "2024-02-17"
    page = tmp_path / "x.html"
    page.write_text(bench.build_html(case, parts), encoding="utf-8")
    verdicts, record = bench.score(case, page, {"published": "2024-02-17"})
    assert record["title"] == case["title"] and record["outlet"] == "Contoh Pos"
    assert verdicts["title"] and verdicts["published"]
    assert record["dateline_place"] == "Pontianak"


def test_extract_speed_times_a_reference_revision_in_the_same_run(tmp_path):
    """``extract_speed.py --against REF`` times REF's code on the same inputs beside
    this checkout's and prints a ratio (no time is asserted)."""
    corpus_dir = tmp_path / "korpus"
    corpus.main(["--n", "4", "--out", str(corpus_dir), "--seed", "3"])
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "extract_speed.py"), "--corpus",
         str(corpus_dir), "--passes", "1", "--rounds", "1", "--against", "HEAD"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[0].startswith("HEAD: ") and "ms per article" in lines[0]
    assert lines[1].startswith("this checkout: ")
    assert lines[2].startswith("ratio: ") and lines[2].endswith(
        "x HEAD's CPU per article"
    )


unseen = _load("unseen_frame")


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        (
            "KABARRIMBA.CO.ID, SINTANG – Warga … (Foto: Budi/Kabar Rimba)",
            "Kabar Rimba",
            "WARTASEBERANG.CO.ID, SINTANG – Warga … (Foto: Budi/Warta Seberang)",
        ),
        (
            "Sintang, kabarrimba – Warga",
            "kabarrimba.co.id",
            "Sintang, wartaseberang – Warga",
        ),
        ("Tidak menyebut situsnya.", "Kabar Rimba", None),
    ],
)
def test_unseen_frame_swaps_every_written_form_of_the_outlet(text, outlet, expected):
    assert unseen.swap_outlet(text, outlet, "Warta Seberang") == expected


def test_unseen_frame_swaps_the_place_in_its_case():
    text = "SINTANG – Polres Sintang berjaga."
    assert (
        unseen.swap_place(text, "Sintang", "Sungai Kelam")
        == "SUNGAI KELAM – Polres Sungai Kelam berjaga."
    )


def test_realpages_manifest_keeps_entries_of_absent_texts(tmp_path, monkeypatch):
    # A machine that got only part of the texts back must not drop the others'
    # fingerprints: they are how a text fetched later is checked.
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    realpages = _load("realpages")
    manifest = tmp_path / "texts.sha256"
    manifest.write_text(
        "# header\nabsent\t5\tfeed\nchanged\t3\tbeef\n", encoding="utf-8"
    )
    monkeypatch.setattr(realpages, "MANIFEST", manifest)
    (tmp_path / "changed.txt").write_text("isi baru", encoding="utf-8")
    (tmp_path / "new.txt").write_text("halaman", encoding="utf-8")
    pages = {
        name: {
            "part": "dev",
            "url": name,
            "title": None,
            "text": tmp_path / f"{name}.txt",
        }
        for name in ("absent", "changed", "new", "unknown")
    }
    realpages.cmd_manifest(pages)
    entries = realpages.read_manifest(manifest)
    assert entries["absent"] == (5, "feed")
    assert entries["changed"] == realpages.fingerprint(tmp_path / "changed.txt")
    assert entries["new"] == realpages.fingerprint(tmp_path / "new.txt")
    assert "unknown" not in entries


def test_realpages_put_writes_the_excerpt_byte_for_byte_and_checks_it(
    tmp_path, monkeypatch, capsys
):
    # A restorer copies the search answer's JSON string; the escapes must come out as
    # the bytes the annotations were made on (a non-breaking space, a closing newline).
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    realpages = _load("realpages")
    text = "Polres Contoh\u00a0berjaga di TPS.\n"
    (tmp_path / "ref.txt").write_text(text, encoding="utf-8")
    size, digest = realpages.fingerprint(tmp_path / "ref.txt")
    manifest = tmp_path / "texts.sha256"
    manifest.write_text(f"aaa\t{size}\t{digest}\nbbb\t1\tbeef\n", encoding="utf-8")
    monkeypatch.setattr(realpages, "MANIFEST", manifest)
    monkeypatch.setattr(realpages, "REAL_TEXTS", tmp_path / "realpages")
    pages = {
        pid: {
            "part": "dev",
            "url": f"https://contoh.id/{pid}/",
            "title": None,
            "text": tmp_path / "realpages" / "texts" / f"{pid}.txt",
        }
        for pid in ("aaa", "bbb")
    }
    literal = json.dumps(text)
    assert realpages.cmd_put(pages, "http://www.contoh.id/aaa", literal) == 0
    assert pages["aaa"]["text"].read_bytes() == text.encode("utf-8")
    assert realpages.cmd_put(pages, "https://contoh.id/bbb/", literal) == 1
    assert realpages.cmd_put(pages, "https://contoh.id/aaa/", '"lain"') == 0
    assert pages["aaa"]["text"].read_text(encoding="utf-8") == text  # left alone
    assert realpages.cmd_put(pages, "https://lain.id/x", literal) == 0
    out = capsys.readouterr().out.split("\n")
    assert [line.split()[0] for line in out if line] == [
        "OK",
        "DIFFERS",
        "HAVE",
        "CANDIDATE",
    ]
    listing = (tmp_path / "realpages" / "candidates" / "new.tsv").read_text()
    assert listing == f"{realpages.page_id('https://lain.id/x')}\thttps://lain.id/x\n"
