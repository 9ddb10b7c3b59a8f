"""`arsip tambah URL`: fetch from a local news site, save, refuse, build."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from arsip_reader import cli
from arsip_reader.fetch import FetchError, Limits, fetch_page, user_agent
from arsip_reader.tambah import tambah, url_key
from tests.arsip_reader import pageserver
from tests.conftest import build_site, read_report

# Short bounds so the error cases take well under a second each.
FAST = Limits(timeout=0.5, total_seconds=5, retries=2, backoff=0.01)


@pytest.fixture(scope="module")
def site():
    """The local news site, one per module (threads; 127.0.0.1 only)."""
    server, thread = pageserver.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def run(urls, folder: Path, dry_run=False) -> tuple[int, str]:
    out = io.StringIO()
    # The temporary folder stands for the project (issue 18: a folder outside the
    # project is refused unless asked for).
    failures = tambah(
        urls,
        folder=str(folder),
        dry_run=dry_run,
        out=out,
        limits=FAST,
        project=folder.parent,
    )
    return failures, out.getvalue()


def test_tambah_saves_a_page_that_builds_into_the_right_article(site, tmp_path):
    content = tmp_path / "content"
    failures, out = run([f"{site.base}/berita/tribun"], content)
    assert failures == 0, out
    saved = sorted(p.name for p in content.iterdir())
    assert saved == [
        "2024-11-26-kaltara-polres-tarakan-siagakan-300-personel-amankan-tps-pilkada.html"
    ]
    assert "title: Polres Tarakan Siagakan 300 Personel Amankan TPS Pilkada" in out
    assert "published: 2024-11-26T15:20:00+08:00" in out
    assert "sumber: metadata-halaman: title, outlet, url, author, published" in out
    assert "tidak ditemukan: operation" in out

    # The whole text is published here: the body is what this test reads.
    output = build_site(content, tmp_path / "output", ARSIP_TEXT_POLICY={"*": "full"})
    pages = list((output / "artikel").rglob("index.html")) or [
        p for p in (output / "artikel").rglob("*.html")
    ]
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert "<h1>Polres Tarakan Siagakan 300 Personel Amankan TPS Pilkada</h1>" in page
    assert 'datetime="2024-11-26T15:20:00+08:00"' in page
    assert "Tribunkaltara.com" in page
    assert "Rina Lestari" in page
    assert (
        "https://kaltara.tribunnews.example/2024/11/26/"
        "polres-tarakan-siagakan-300-personel-amankan-tps-pilkada" in page
    )
    body = page.split('class="isi-berita"', 1)[1].split("</div>", 1)[0]
    assert "menyiagakan 300 personel" in body
    assert "Patroli gabungan juga akan digelar" in body
    for navigation in (
        "Kaltara Memilih",
        "Baca berita tanpa iklan",
        "Harga Cabai",
        "Bawaslu Kaltara Temukan",
        "Pedoman Media Siber",
        "Baca juga",
        "Home »",
    ):
        assert navigation not in body
    report = read_report(output)
    entry = next(f for f in report["files"] if f["source"].endswith(".html"))
    assert entry["field_sources"]["title"] == "metadata-halaman"
    assert "province" not in entry["field_sources"]  # from the text: not listed


def test_same_url_twice_is_refused_naming_the_file(site, tmp_path):
    content = tmp_path / "content"
    assert run([f"{site.base}/berita/jsonld"], content)[0] == 0
    (saved,) = list(content.iterdir())
    failures, out = run([f"{site.base}/berita/jsonld"], content)
    assert failures == 1
    assert f"DITOLAK: sudah ada di arsip: {saved.name}" in out
    # Another address of the same article (its canonical URL) is refused too.
    failures, out = run([f"{site.base}/pindah"], content)
    assert failures == 1 and saved.name in out
    assert len(list(content.iterdir())) == 1


def test_url_in_a_text_record_or_sidecar_is_refused(site, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "tarakan.txt").write_text(
        "Judul berita lama tentang apel\n\nTARAKAN - Polres Tarakan menggelar apel.\n",
        encoding="utf-8",
    )
    (content / "tarakan.yaml").write_text(
        "url: https://kaltara.tribunnews.example/2024/11/26/"
        "polres-tarakan-siagakan-300-personel-amankan-tps-pilkada/\n",
        encoding="utf-8",
    )
    failures, out = run([f"{site.base}/berita/tribun"], content)
    assert failures == 1
    assert "sudah ada di arsip: tarakan.txt" in out
    assert sorted(p.name for p in content.iterdir()) == ["tarakan.txt", "tarakan.yaml"]


def test_page_two_is_refused_when_page_one_is_archived(site, tmp_path):
    content = tmp_path / "content"
    assert run([f"{site.base}/berita/tribun"], content)[0] == 0
    failures, out = run([f"{site.base}/berita/tribun?page=2"], content)
    assert failures == 1 and "sudah ada di arsip" in out


def test_page_two_alone_warns_that_it_is_a_later_page(site, tmp_path):
    failures, out = run([f"{site.base}/berita/tribun?page=2"], tmp_path / "content")
    assert failures == 0
    assert "halaman ke-2 dari berita bersambung" in out
    assert "title: Polres Tarakan Siagakan 300 Personel Amankan TPS Pilkada\n" in out


def test_dry_run_writes_nothing(site, tmp_path):
    content = tmp_path / "content"
    failures, out = run([f"{site.base}/berita/antara"], content, dry_run=True)
    assert failures == 0
    assert "(uji coba, tidak disimpan)" in out
    assert "outlet: ANTARA News Kalimantan Timur" in out
    assert not content.exists()


@pytest.mark.parametrize(
    "path, message",
    [
        ("/hilang", "halaman tidak ditemukan (HTTP 404)"),
        ("/rusak", "server gagal (HTTP 500) setelah 3 percobaan"),
        ("/lambat", "waktu habis menunggu server"),
        ("/dokumen.pdf", "bukan halaman HTML (application/pdf)"),
        ("/tanpa-jenis.pdf", "bukan halaman HTML"),
        ("/besar", "halaman terlalu besar (21.0 MB; batas 10 MB)"),
        ("/besar-tanpa-panjang", "halaman terlalu besar (lebih dari 10.0 MB"),
        ("/putar/a", "pengalihan berputar kembali ke"),
        ("/jauh/1", "terlalu banyak pengalihan (lebih dari 5)"),
        ("/ke-ftp", "hanya alamat http:// atau https://"),
    ],
)
def test_a_bad_url_gets_a_clear_line_and_no_file(site, tmp_path, path, message):
    content = tmp_path / "content"
    failures, out = run([f"{site.base}{path}"], content)
    assert failures == 1
    assert f"{site.base}{path}: GAGAL: {message}" in out
    assert list(content.iterdir()) == []  # no file, no temporary left behind


def test_5xx_is_retried(site):
    site.hits.clear()
    page = fetch_page(f"{site.base}/rusak-sekali", FAST)
    assert site.hits["/rusak-sekali"] == 2
    assert b"Sispamkota" in page.data
    with pytest.raises(FetchError):
        fetch_page(f"{site.base}/rusak", FAST)
    assert site.hits["/rusak"] == 3


def test_redirects_are_followed_and_the_user_agent_names_the_project(site, tmp_path):
    site.agents.clear()
    page = fetch_page(f"{site.base}/pindah-relatif/a", FAST)
    assert page.url == f"{site.base}/berita/antara"
    assert site.agents and set(site.agents) == {user_agent()}
    assert "ArsipPengamananPemiluKalimantan/" in user_agent()


def test_windows_1252_page_is_read_in_its_charset(site, tmp_path):
    content = tmp_path / "content"
    failures, out = run([f"{site.base}/berita/1252"], content)
    assert failures == 0, out
    (saved,) = list(content.iterdir())
    text = saved.read_text(encoding="utf-8")  # saved as UTF-8
    assert "“Perjalanan darat dan sungai" in text
    assert "Indonesia–Malaysia" in text
    output = build_site(content, tmp_path / "output", ARSIP_TEXT_POLICY={"*": "full"})
    (page,) = list((output / "artikel").rglob("*.html"))
    html = page.read_text(encoding="utf-8")
    assert "Perjalanan darat dan sungai memakan waktu hingga dua hari" in html
    assert "Ã" not in html and "â€" not in html


@pytest.mark.parametrize(
    "path, title, published, outlet",
    [
        (
            "/berita/jsonld",
            "Kapolda Kalbar Tinjau Gudang Logistik KPU Pontianak",
            "2024-02-08T14:35:00+07:00",
            "Warta Khatulistiwa",
        ),
        (
            "/berita/og",
            "Polresta Banjarmasin Gelar Simulasi Sispamkota Jelang Pemungutan Suara",
            "2024-02-05T09:12:00+08:00",
            "Kabar Banua",
        ),
        (
            "/berita/antara",
            "Polda Kaltim kerahkan 2.000 personel amankan rekapitulasi suara",
            "2024-02-20T18:47:00+08:00",
            "ANTARA News Kalimantan Timur",
        ),
        (
            "/berita/wp/",
            "Satbrimob Polda Kalteng Patroli Dialogis di Palangka Raya",
            "2024-11-22T14:30:11+07:00",
            "Borneo Pos Kita",
        ),
        (
            "/2024/02/blogspot.html",
            "Polsek Sekadau Hulu Jaga Distribusi Kotak Suara ke Desa Terpencil",
            "2024-02-12T10:15:00+07:00",
            "Berita Polsek Sekadau Hulu",
        ),
    ],
)
def test_each_layout_gives_title_date_and_outlet(
    site, tmp_path, path, title, published, outlet
):
    failures, out = run([f"{site.base}{path}"], tmp_path / "content", dry_run=True)
    assert failures == 0, out
    assert f"  title: {title}\n" in out
    assert f"  published: {published}\n" in out
    assert f"  outlet: {outlet}\n" in out


def test_one_bad_url_does_not_stop_the_others_and_exit_status_says_so(
    site, tmp_path, monkeypatch, capsys
):
    content = tmp_path / "content"
    monkeypatch.setattr("arsip_reader.tambah.DEFAULT_LIMITS", FAST)
    monkeypatch.chdir(tmp_path)  # the project: --ke content is inside it
    status = cli.main(
        [
            "tambah",
            f"{site.base}/hilang",
            f"{site.base}/berita/og",
            "--ke",
            str(content),
        ]
    )
    out = capsys.readouterr().out
    assert status == 1
    assert "/hilang: GAGAL" in out
    assert out.rstrip().endswith("1 dari 2 alamat disimpan; 1 gagal atau ditolak")
    assert len(list(content.glob("*.html"))) == 1
    status = cli.main(["tambah", f"{site.base}/berita/antara", "--ke", str(content)])
    assert status == 0
    assert len(list(content.glob("*.html"))) == 2


def test_url_key_folds_what_does_not_change_the_article():
    a = url_key("https://www.contoh.example/berita/1/?utm_source=wa#komentar")
    assert a == url_key("http://contoh.example/berita/1")
    assert a != url_key("https://contoh.example/berita/2")
    assert url_key("https://contoh.example/b?page=2") != url_key(
        "https://contoh.example/b"
    )


def test_no_temporary_file_is_left_when_writing_fails(site, tmp_path, monkeypatch):
    content = tmp_path / "content"
    content.mkdir()

    def broken_replace(src, dst):
        raise OSError("disk penuh")

    monkeypatch.setattr("arsip_reader.tambah.os.replace", broken_replace)
    with pytest.raises(OSError):
        run([f"{site.base}/berita/og"], content)
    assert list(content.iterdir()) == []


def test_check_names_where_fields_came_from(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    page = pageserver.PAGES / "jsonld-newsarticle.html"
    (content / "kalbar.html").write_bytes(page.read_bytes())
    (content / "kalbar.yaml").write_text("operation: Operasi Mantap Brata Kapuas\n")
    out = io.StringIO()
    assert cli.check([str(content)], out=out) == 0
    lines = out.getvalue()
    sources = re.search(r"sumber: (.*)", lines)[1]
    assert "metadata-halaman: title, outlet, url, author, published" in sources
    assert "pengelola: operation" in sources
    assert "teks: " in sources and "province" in sources.split("teks: ")[1]


def test_invoke_tambah_wraps_the_command(site, tmp_path):
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "invoke", "tambah", "--url", f"{site.base}/berita/og"]
        # A temporary folder is outside the project: saving there must be asked for.
        + ["--ke", str(tmp_path / "content"), "--di-luar-proyek"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "outlet: Kabar Banua" in done.stdout
    assert len(list((tmp_path / "content").glob("2024-02-05-kalsel-*.html"))) == 1
