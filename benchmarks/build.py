"""Build benchmark: the full archive against stock Pelican on the same N articles.

``python benchmarks/build.py`` (N = 1,000 then 10,000) or ``--n 10000`` (just that).

For each N it writes the synthetic corpus (benchmarks/corpus.py) twice: in the
archive's raw formats and as plain Pelican Markdown. Then, alternating in one run,

- (a) the full archive: the project's ``pelicanconf.py`` with whatever ``PLUGINS``
  lists today (search included), cold (no content cache, empty output);
- (b) stock Pelican: no settings file, no plugins, theme ``notmyidea``,
  python-markdown.

Each build runs in its own process. Wall time is measured around it; peak memory
comes from ``getrusage`` in that process: its own peak RSS and the largest peak
of any child it waited for (Pagefind runs as one). The archive's per-phase times
come from the ``laporan-waktu.json`` it writes beside its content cache.

With ``--serial`` a third build, the archive cold in one process (no reader or
writer workers), shows the wall time the second core saves.

Then the incremental case: one more article added to the built archive, rebuilt
with the content cache, as a share of the cold build. Finally page weight at the
largest N: article pages, home page and the first search. Times are medians; the
script prints figures and never asserts them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

MB = 1024 * 1024
KB = 1024
# Targets of issues 7 and 14 (at N = 10,000, against stock Pelican in the same run).
TARGETS = {
    "full_ratio": 1.3,
    "full_ratio_stretch": 1.0,
    "rebuild_share": 0.35,
    "rebuild_share_stretch": 0.20,
    "edit_share": 0.35,
    "peak_mb": 1.5 * 1024,
    "article_kb": 30,
    "home_kb": 100,
    "search_kb": 200,
}
TIMING_FILE = "laporan-waktu.json"

# Runs one Pelican build in this process and writes what getrusage saw to a file.
# A child process of its own, so ru_maxrss is this build's alone.
WORKER = r"""
import json, resource, sys, time
out, argv = sys.argv[1], sys.argv[2:]
from pelican import main
status = 0
try:
    main(argv)
except SystemExit as exit:
    status = exit.code or 0
own = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as handle:
    mine = own.ru_utime + own.ru_stime
    theirs = kids.ru_utime + kids.ru_stime
    json.dump({"status": status, "self_kb": own.ru_maxrss,
               "children_kb": kids.ru_maxrss, "cpu_s": mine + theirs,
               "self_cpu_s": mine}, handle)
sys.exit(1 if status else 0)
"""


@dataclass
class Build:
    """One build: wall seconds, peak RSS of the Pelican process and of its children."""

    wall_s: float
    self_mb: float
    children_mb: float
    cpu_s: float
    load: float = 0.0  # 1-minute load average when the build started
    phases: dict[str, float] = field(default_factory=dict)
    cpu_phases: dict[str, float] = field(default_factory=dict)
    # The Pelican process's own CPU (the rest of cpu_s is its children's: the
    # reader's and writer's workers, Pagefind), per build and per phase.
    self_cpu_s: float = 0.0
    self_cpu_phases: dict[str, float] = field(default_factory=dict)
    # The 1-minute load average sampled every few seconds while the build ran.
    load_mean: float = 0.0
    load_max: float = 0.0

    @property
    def peak_mb(self) -> float:
        return max(self.self_mb, self.children_mb)


def run_build(args: list[str], cwd: Path, log: Path) -> Build:
    """Run pelican with ``args`` in its own process; raise with the log if it fails."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as handle:
        usage_file = Path(handle.name)
    env = dict(os.environ, PYTHONHASHSEED="0", TZ="UTC")
    load = os.getloadavg()[0]
    loads = LoadSampler()
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out, loads:
        done = subprocess.run(
            [sys.executable, "-c", WORKER, str(usage_file), *args],
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            check=False,
        )
    wall = time.perf_counter() - started
    usage = json.loads(usage_file.read_text() or "{}") if usage_file.exists() else {}
    usage_file.unlink(missing_ok=True)
    if done.returncode != 0 or usage.get("status"):
        tail = "\n".join(log.read_text(encoding="utf-8").splitlines()[-30:])
        raise RuntimeError(f"build failed: pelican {' '.join(args)}\n{tail}")
    return Build(
        wall_s=wall,
        self_mb=usage["self_kb"] / 1024,
        children_mb=usage["children_kb"] / 1024,
        cpu_s=usage["cpu_s"],
        load=load,
        self_cpu_s=usage.get("self_cpu_s", 0.0),
        load_mean=loads.mean(),
        load_max=loads.top(),
    )


class LoadSampler:
    """The 1-minute load average every few seconds while a build runs: a wall time
    is only worth reading with the load it ran under (this machine has 2 cores)."""

    def __init__(self, every: float = 5.0) -> None:
        self.every = every
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while True:
            self.samples.append(os.getloadavg()[0])
            if self._stop.wait(self.every):
                return

    def __enter__(self) -> LoadSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(os.getloadavg()[0])

    def mean(self) -> float:
        return statistics.mean(self.samples) if self.samples else 0.0

    def top(self) -> float:
        return max(self.samples, default=0.0)


def archive_args(content: Path, output: Path, cache: Path) -> list[str]:
    return [
        str(content),
        "-s",
        str(ROOT / "pelicanconf.py"),
        "-o",
        str(output),
        "--cache-path",
        str(cache),
    ]


def stock_args(content: Path, output: Path) -> list[str]:
    # No settings file (cwd has none): Pelican's defaults, theme notmyidea.
    return [
        str(content),
        "-o",
        str(output),
        "-t",
        "notmyidea",
        "--ignore-cache",
        "-e",
        'TIMEZONE="Asia/Jakarta"',
        'DEFAULT_LANG="id"',
    ]


def read_phases(cache: Path, key: str = "phases_seconds") -> dict[str, float]:
    """The archive's own phase times (plugins/arsip_site/timing.py)."""
    path = cache / TIMING_FILE
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data.get(key, {})


def with_phases(build: Build, cache: Path) -> None:
    """Attach the phase times the build wrote beside its cache."""
    build.phases = read_phases(cache)
    build.cpu_phases = read_phases(cache, "phases_cpu_seconds")
    build.self_cpu_phases = read_phases(cache, "phases_self_cpu_seconds")


def prepare(n: int, seed: int, workdir: Path) -> tuple[Path, Path]:
    """Write both corpora for N (once per workdir) and the project's pages."""
    content, stock = workdir / "archive-content", workdir / "stock-content"
    stamp = workdir / "corpus.json"
    wanted = {"n": n, "seed": seed}
    if stamp.is_file() and json.loads(stamp.read_text()) == wanted:
        return content, stock
    for folder in (content, stock):
        shutil.rmtree(folder, ignore_errors=True)
    counts = corpus.write_corpus(content, n, seed, stock)
    # The archive's own pages (about) belong to a full build.
    if (ROOT / "content" / "pages").is_dir():
        shutil.copytree(ROOT / "content" / "pages", content / "pages")
    stamp.write_text(json.dumps(wanted))
    say(f"  corpus: {n} artikel ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return content, stock


def add_articles(content: Path, n: int, seed: int, count: int) -> list[Path]:
    """Add articles N .. N+count-1 of the same corpus (new files, new slugs)."""
    added = []
    for article in list(corpus.generate(n + count, seed))[n:]:
        for name, text in corpus.render_raw(article).items():
            path = content / name
            path.write_text(text, encoding="utf-8")
            added.append(path)
    return added


EDIT = (
    "\n\nKapolres menambahkan, patroli gabungan dilanjutkan sampai seluruh logistik "
    "pemilu tiba di gudang KPU.\n"
)


def edit_article(content: Path) -> Path:
    """Append a sentence (our own words) to the first raw article: one edited record."""
    path = sorted(content.glob("*.txt"))[0]
    path.write_text(path.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    return path


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# --- Page weight ------------------------------------------------------------------

_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b[^>]*\bsrc=[\"']([^\"']+)[\"']", re.IGNORECASE)
_HREF = re.compile(r"\bhref=[\"']([^\"']+)[\"']", re.IGNORECASE)
_IMG = re.compile(r"<img\b[^>]*\bsrc=[\"']([^\"']+)[\"']", re.IGNORECASE)


def _local(output: Path, page: Path, ref: str) -> Path | None:
    """The file a same-site reference points at, or None (external, tile, missing)."""
    ref = ref.split("#", 1)[0].split("?", 1)[0]
    if not ref or re.match(r"^(?:[a-z]+:)?//", ref) or ref.startswith("data:"):
        return None
    target = output / ref.lstrip("/") if ref.startswith("/") else page.parent / ref
    target = target.resolve()
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def page_assets(output: Path, page: Path) -> dict[str, set[Path]]:
    """Stylesheets, scripts and images a page loads from the site (not tiles)."""
    html = page.read_text(encoding="utf-8", errors="replace")
    found: dict[str, set[Path]] = {"css": set(), "js": set(), "img": set()}
    for tag in _LINK.findall(html):
        if "stylesheet" in tag.lower():
            href = _HREF.search(tag)
            target = href and _local(output, page, href[1])
            if target:
                found["css"].add(target)
    for kind, pattern in (("js", _SCRIPT), ("img", _IMG)):
        for ref in pattern.findall(html):
            target = _local(output, page, ref)
            if target:
                found[kind].add(target)
    return found


def _size(paths) -> int:
    return sum(p.stat().st_size for p in paths)


def _gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


def page_weight(output: Path) -> dict[str, float]:
    """Bytes as stored (Pagefind's files are stored compressed) and gzip for text."""
    result: dict[str, float] = {}
    articles = sorted((output / "artikel").glob("*/index.html"))
    if articles:
        sample = articles[:: max(1, len(articles) // 500)]  # up to ~500, spread evenly
        html = [p.stat().st_size for p in sample]
        css_sets = [page_assets(output, p) for p in sample]
        css = [_size(a["css"]) for a in css_sets]
        js = [_size(a["js"]) for a in css_sets]
        result["article_html_kb"] = statistics.mean(html) / KB
        result["article_css_kb"] = statistics.mean(css) / KB
        result["article_kb"] = result["article_html_kb"] + result["article_css_kb"]
        result["article_js_kb"] = statistics.mean(js) / KB
        gzipped = [_gz(p) for p in sample[:100]]
        result["article_html_gz_kb"] = statistics.mean(gzipped) / KB
    home = output / "index.html"
    if home.is_file():
        assets = page_assets(output, home)
        every = assets["css"] | assets["js"] | assets["img"]
        result["home_html_kb"] = home.stat().st_size / KB
        result["home_kb"] = (home.stat().st_size + _size(every)) / KB
        result["home_gz_kb"] = (_gz(home) + sum(_gz(p) for p in every)) / KB
        # Data files the home page's scripts fetch (map GeoJSON) are listed apart.
        result["home_data_kb"] = _size(_fetched_data(output, assets["js"])) / KB
    result.update(first_search(output))
    return result


def _fetched_data(output: Path, scripts: set[Path]) -> set[Path]:
    """JSON/GeoJSON files named in the home page's own scripts (not tiles)."""
    found: set[Path] = set()
    for script in scripts:
        text = script.read_text(encoding="utf-8", errors="replace")
        for ref in re.findall(r"[\"']([^\"']+\.(?:geo)?json)[\"']", text):
            for base in (script.parent, output):
                target = (base / ref.lstrip("/")).resolve()
                if target.is_file() and output in target.parents:
                    found.add(target)
    return found


def _newest_first(output: Path, shards: list[Path]) -> list[Path]:
    """The shard bundles in the order the search page lists them (newest first)."""
    for page in (output / "cari" / "index.html", output / "search.html"):
        if page.is_file():
            found = re.search(r'data-shard-keys="([^"]*)"', page.read_text("utf-8"))
            if found:
                by_key = {bundle.name: bundle for bundle in shards}
                keys = [k for k in found.group(1).split() if k in by_key]
                return [by_key[k] for k in keys] + [
                    b for b in shards if b.name not in keys
                ]
    return shards


def first_search(output: Path) -> dict[str, float]:
    """The first query's transfer, estimated from the files: the search page and its
    CSS/JS, Pagefind's JS and WASM (once; the page runs Pagefind without its worker),
    the newest shard's entry and metadata and its largest index chunk (an upper bound
    for one word), and ten result fragments: what a search in the default order
    (newest first) reads when the newest shard holds ten results. A relevance search
    reads every shard: ``search_all_shards_kb`` adds the other shards' entries,
    metadata and largest chunks. Filter chunks are fetched only when a reader picks a
    filter (the search page lists the values itself): their total is shown apart."""
    shards = _newest_first(
        output, sorted(p.parent for p in output.rglob("pagefind-entry.json"))
    )
    if not shards:
        return {}
    parts: dict[str, int] = dict.fromkeys(
        ("entry", "pagefind.js", "wasm", "meta", "index_chunk_max"), 0
    )
    others = 0
    chunks: list[int] = []
    fragments: list[int] = []
    filters = 0
    for number, bundle in enumerate(shards):
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        languages = entry.get("languages", {})
        language = next(iter(languages.values()), {}) if languages else {}
        meta_hash = language.get("hash")
        meta = list(bundle.glob(f"pagefind.{meta_hash}.pf_meta")) if meta_hash else []
        mine = sorted(p.stat().st_size for p in (bundle / "index").glob("*.pf_index"))
        shard = {
            "entry": (bundle / "pagefind-entry.json").stat().st_size,
            "meta": _size(meta or list(bundle.glob("*.pf_meta"))[:1]),
            "index_chunk_max": mine[-1] if mine else 0,
        }
        if number == 0:  # the newest: the primary, with Pagefind's code and WASM
            parts.update(shard)
            parts["pagefind.js"] = _size(bundle.glob("pagefind.js"))
            wasm = sorted(bundle.glob("wasm.*.pagefind"))
            lang_code = next(iter(languages), "")
            chosen = [w for w in wasm if f"wasm.{lang_code}." in w.name] or wasm[:1]
            parts["wasm"] = _size(chosen)
            fragments += [p.stat().st_size for p in (bundle / "fragment").glob("*")]
        else:
            others += sum(shard.values())
        chunks += mine
        filters += _size((bundle / "filter").glob("*.pf_filter"))
    if fragments:
        parts["fragments_10"] = int(statistics.median(fragments) * 10)
    pages = (output / "cari" / "index.html", output / "search.html")
    search_page = next((p for p in pages if p.is_file()), None)
    if search_page is not None:
        assets = page_assets(output, search_page)
        parts["search_page"] = search_page.stat().st_size
        parts["search_css_js"] = _size(assets["css"] | assets["js"])
    result = {f"search_{k}_kb": v / KB for k, v in parts.items()}
    result["search_kb"] = sum(parts.values()) / KB
    result["search_all_shards_kb"] = (sum(parts.values()) + others) / KB
    result["filter_chunks_kb"] = filters / KB
    result["index_chunks"] = len(chunks)
    result["index_chunk_median_kb"] = (statistics.median(chunks) / KB) if chunks else 0
    result["search_shards"] = len(shards)
    return result


TEXT_TYPES = {".html", ".css", ".js", ".json", ".geojson", ".svg", ".xml", ".txt", ""}
CHROMIUM = Path("/usr/bin/chromium")


def _transfer(path: Path) -> int:
    """Bytes over the wire from a host that gzips text (GitHub Pages does);
    Pagefind's chunks and WASM are stored compressed already and sent as they are."""
    return _gz(path) if path.suffix in TEXT_TYPES else path.stat().st_size


# The corpus's most common word (in almost every article: the largest index chunk)
# and a place name in about 2 % of articles, as readers often search for; in the
# search page's default order (newest first), then by relevance (every shard).
SEARCH_QUERIES = {
    "search": "q=pengamanan",
    "search_place": "q=Sambas",
    "search_relevance": "q=pengamanan&urut=relevan",
    "search_place_relevance": "q=Sambas&urut=relevan",
}


def browser_weight(output: Path) -> dict[str, float]:
    """What Chromium fetches from the site for an article, the home page and a first
    search (``/cari/?q=...``); third-party requests (map tiles) are blocked."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {}
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(output))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    articles = sorted((output / "artikel").glob("*/index.html"))
    pages = {"home": "/"}
    pages.update({name: f"/cari/?{q}" for name, q in SEARCH_QUERIES.items()})
    if articles:
        middle = articles[len(articles) // 2].parent.relative_to(output).as_posix()
        pages["article"] = f"/{middle}/"
    result: dict[str, float] = {}
    try:
        with sync_playwright() as play:
            launch = {"args": ["--no-sandbox"]}
            if CHROMIUM.exists():
                launch["executable_path"] = str(CHROMIUM)
            browser = play.chromium.launch(**launch)
            for name, url in pages.items():
                search = name.startswith("search")
                files = _fetched(browser, base, url, output, search)
                result[f"browser_{name}_raw_kb"] = _size(files) / KB
                result[f"browser_{name}_kb"] = sum(_transfer(f) for f in files) / KB
                result[f"browser_{name}_requests"] = len(files)
                if name in ("search", "search_relevance"):
                    result[f"browser_{name}_files"] = sorted(
                        f.relative_to(output).as_posix() for f in files
                    )
            browser.close()
    except Exception as err:  # a missing browser must not lose the build figures
        say(f"  (pengukuran peramban gagal: {type(err).__name__}: {err})")
    finally:
        server.shutdown()
    return result


def _fetched(browser, base: str, url: str, output: Path, search: bool) -> list[Path]:
    """Site files one fresh page load requests (until the network is idle)."""
    context = browser.new_context()
    page = context.new_page()
    seen: list[Path] = []

    def route(route) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            route.abort()

    def finished(request) -> None:
        path = request.url[len(base) :].split("?", 1)[0].split("#", 1)[0]
        target = output / path.lstrip("/")
        if target.is_dir():
            target = target / "index.html"
        if target.is_file() and target not in seen:
            seen.append(target)

    page.route("**/*", route)
    page.on("requestfinished", finished)
    page.goto(base + url, wait_until="networkidle", timeout=60_000)
    if search:
        try:
            page.wait_for_selector("#cari-hasil li", timeout=30_000)
        except Exception:
            say("  (hasil pencarian tidak muncul di peramban)")
        page.wait_for_load_state("networkidle")
    context.close()
    return seen


# --- Output size (issue 19) -------------------------------------------------------

# Issue 19: GitHub Pages publishes at most 1 GB; output/ <= 200 MB at N = 10,000 and
# <= 1 GB (stretch 500 MB) at N = 50,000.
SIZE_TARGETS_MB = {10000: 200, 50000: 1024}


def output_sizes(output: Path) -> dict[str, list[int]]:
    """[bytes, files] per top-level entry of ``output`` (files at the root by name).

    Bytes are the files' lengths (what a Pages artifact stores), not ``du``'s disk
    blocks: those add 4 KB per folder and per small file.
    """
    sizes: dict[str, list[int]] = {}
    if not output.is_dir():
        return sizes
    for entry in sorted(output.iterdir()):
        files = (
            [entry] if entry.is_file() else [p for p in entry.rglob("*") if p.is_file()]
        )
        name = entry.name + ("/" if entry.is_dir() else "")
        sizes[name] = [sum(p.stat().st_size for p in files), len(files)]
    return sizes


def size_lines(
    n: int, archive: dict[str, list[int]], stock: dict[str, list[int]]
) -> list[str]:
    """The per-folder table: bytes, files and bytes per article, largest first."""
    total = sum(b for b, _ in archive.values())
    files = sum(f for _, f in archive.values())
    stock_total = sum(b for b, _ in stock.values())
    lines = [
        f"\nukuran output/ N={n} (byte berkas; per artikel = byte / {n}):",
        f"  {'folder':<24} {'MB':>9} {'berkas':>7} {'KB/artikel':>10}",
    ]
    for name, (size, count) in sorted(archive.items(), key=lambda kv: -kv[1][0]):
        if size < total / 1000:
            continue
        lines.append(
            f"  {name:<24} {size / MB:>9.1f} {count:>7} {size / KB / n:>10.2f}"
        )
    label = "jumlah (a) arsip"
    lines.append(f"  {label:<24} {total / MB:>9.1f} {files:>7} {total / KB / n:>10.2f}")
    lines.append(
        f"  {'(b) Pelican standar':<24} {stock_total / MB:>9.1f} "
        f"{sum(f for _, f in stock.values()):>7} {stock_total / KB / n:>10.2f}"
        + (f"   a/b {total / stock_total:.2f}×" if stock_total else "")
    )
    return lines


# --- The run ----------------------------------------------------------------------


def machine() -> dict[str, str]:
    import pelican

    mem = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        mem = f"{kb / MB:.1f} GB"
    return {
        "nproc": str(os.cpu_count()),
        "ram": mem,
        "python": platform.python_version(),
        "pelican": pelican.__version__ if hasattr(pelican, "__version__") else "?",
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "plugins": ", ".join(_plugins()),
    }


def _plugins() -> list[str]:
    text = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    block = re.search(r"^PLUGINS\s*=\s*\[(.*?)\]", text, re.S | re.M)
    return re.findall(r"[\"'](\w+)[\"']", block[1]) if block else []


# The archive in one process: no reader workers, no article-page writers.
SERIAL_SETTINGS = ["-e", "ARSIP_READER_PROCESSES=1", "ARSIP_WRITER_PROCESSES=1"]


def bench_n(
    n: int, repeat: int, seed: int, workdir: Path, rebuilds: int, serial: bool = False
) -> dict:
    kinds = "(a) arsip penuh, " + ("(a1) arsip satu proses, " if serial else "")
    say(f"\n== N = {n}: {repeat}× {kinds}(b) Pelican standar, bergantian ==")
    base = workdir / f"n{n}"
    base.mkdir(parents=True, exist_ok=True)
    content, stock = prepare(n, seed, base)
    out_a, out_b, cache = base / "out-archive", base / "out-stock", base / "cache"
    out_s, cache_s = base / "out-serial", base / "cache-serial"
    archive: list[Build] = []
    serials: list[Build] = []
    stocks: list[Build] = []
    rebuilt: list[Build] = []
    edited: list[Build] = []
    for r in range(repeat):
        for folder in (out_a, cache):
            shutil.rmtree(folder, ignore_errors=True)
        a = run_build(archive_args(content, out_a, cache), base, base / "archive.log")
        with_phases(a, cache)
        archive.append(a)
        say(f"  [{r + 1}/{repeat}] (a) arsip   {_line(a)}")
        if r == repeat - 1 and rebuilds:
            # Right after the cold build they are compared with, on its output and
            # cache, as a maintainer meets them: this machine's speed drifts by a
            # fifth or more within minutes (RESULTS.md, session 7), so no other
            # build runs in between. The content is put back for (a1) afterwards.
            rebuilt, edited = rebuild_runs(
                content, out_a, cache, base, n, seed, rebuilds
            )
        if serial:
            # The same cold build without the second core: what the workers save.
            for folder in (out_s, cache_s):
                shutil.rmtree(folder, ignore_errors=True)
            one = run_build(
                [*archive_args(content, out_s, cache_s), *SERIAL_SETTINGS],
                base,
                base / "serial.log",
            )
            with_phases(one, cache_s)
            serials.append(one)
            say(f"  [{r + 1}/{repeat}] (a1) 1 proses {_line(one)}")
            for folder in (out_s, cache_s):
                shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(out_b, ignore_errors=True)
        b = run_build(stock_args(stock, out_b), base, base / "stock.log")
        stocks.append(b)
        say(f"  [{r + 1}/{repeat}] (b) standar {_line(b)}")

    # The next run of this workdir starts from the same corpus again.
    (base / "corpus.json").unlink(missing_ok=True)

    a_med = median([b.wall_s for b in archive])
    b_med = median([b.wall_s for b in stocks])
    phases = _median_phases([b.phases for b in archive])
    result = {
        "n": n,
        "repeat": repeat,
        "archive": _summary(archive),
        "stock": _summary(stocks),
        "ratio": a_med / b_med if b_med else None,
        "cpu_ratio": (
            median([b.cpu_s for b in archive]) / median([b.cpu_s for b in stocks])
        ),
        "rebuild": _summary(rebuilt),
        "rebuild_share": (
            median([b.wall_s for b in rebuilt]) / a_med if rebuilt else None
        ),
        "edit": _summary(edited),
        "edit_share": median([b.wall_s for b in edited]) / a_med if edited else None,
        # The same shares in CPU seconds (user+sys, children included): on a loaded
        # machine wall times wander, CPU much less.
        "rebuild_cpu_share": _cpu_share(rebuilt, archive),
        "edit_cpu_share": _cpu_share(edited, archive),
        "edit_phases_s": _median_phases([b.phases for b in edited]),
        "edit_phases_cpu_s": _median_phases([b.cpu_phases for b in edited]),
        "archive_phases_s": phases,
        "archive_phases_cpu_s": _median_phases([b.cpu_phases for b in archive]),
        "archive_phases_self_cpu_s": _median_phases(
            [b.self_cpu_phases for b in archive]
        ),
        "serial": _summary(serials),
        "serial_phases_s": _median_phases([b.phases for b in serials]),
        "serial_phases_cpu_s": _median_phases([b.cpu_phases for b in serials]),
        "serial_phases_self_cpu_s": _median_phases(
            [b.self_cpu_phases for b in serials]
        ),
        "rebuild_phases_cpu_s": _median_phases([b.cpu_phases for b in rebuilt]),
        "rebuild_phases_s": _median_phases([b.phases for b in rebuilt]),
        "rebuild_phases_self_cpu_s": _median_phases(
            [b.self_cpu_phases for b in rebuilt]
        ),
        "edit_phases_self_cpu_s": _median_phases([b.self_cpu_phases for b in edited]),
        "weight": page_weight(out_a) | browser_weight(out_a),
        "stock_article_kb": _stock_article_kb(out_b),
        "sizes": output_sizes(out_a),
        "stock_sizes": output_sizes(out_b),
    }
    for line in size_lines(n, result["sizes"], result["stock_sizes"]):
        say(line)
    return result


def rebuild_runs(
    content: Path, out: Path, cache: Path, base: Path, n: int, seed: int, count: int
) -> tuple[list[Build], list[Build]]:
    """The incremental builds on the last cold build's output and cache: ``count``
    times one more article, then one article edited. The content is put back as it
    was (the added files removed, the edited one restored)."""
    rebuilt: list[Build] = []
    edited: list[Build] = []
    added: list[Path] = []
    try:
        for k in range(count):
            added += add_articles(content, n + k, seed, 1)
            rb = run_build(
                archive_args(content, out, cache), base, base / "rebuild.log"
            )
            with_phases(rb, cache)
            rebuilt.append(rb)
            say(f"  [+1 artikel] bangun ulang, cache {_line(rb)}")
        path = sorted(content.glob("*.txt"))[0]
        original = path.read_bytes()
        try:
            edit_article(content)
            eb = run_build(archive_args(content, out, cache), base, base / "edit.log")
        finally:
            path.write_bytes(original)
        with_phases(eb, cache)
        edited.append(eb)
        say(f"  [1 artikel diubah] bangun ulang, cache {_line(eb)}")
    finally:
        for path in added:
            path.unlink(missing_ok=True)
    return rebuilt, edited


def _cpu_share(builds: list[Build], cold: list[Build]) -> float | None:
    """Median CPU of ``builds`` over the median CPU of the cold builds."""
    if not builds or not cold:
        return None
    return median([b.cpu_s for b in builds]) / median([b.cpu_s for b in cold])


def _share(wall: float | None, cpu: float | None) -> str:
    if not wall:
        return "-"
    return f"{wall * 100:.0f}%" + (f" (CPU {cpu * 100:.0f}%)" if cpu else "")


def _line(b: Build) -> str:
    return (
        f"{b.wall_s:7.1f} d (CPU {b.cpu_s:6.1f} d, proses Pelican {b.self_cpu_s:6.1f}; "
        f"beban {b.load:4.1f}, rata-rata {b.load_mean:4.1f}, maks {b.load_max:4.1f})"
        f"  puncak {b.self_mb:5.0f} MB, anak {b.children_mb:5.0f} MB"
    )


def _stock_article_kb(output: Path) -> float | None:
    pages = [p for p in output.glob("*.html") if p.name not in ("index.html",)]
    if not pages:
        return None
    sample = sorted(pages)[:: max(1, len(pages) // 200)]
    return statistics.mean(p.stat().st_size for p in sample) / KB


def _summary(builds: list[Build]) -> dict:
    if not builds:
        return {"wall_s": None}
    return {
        "wall_s": median([b.wall_s for b in builds]),
        "walls_s": [round(b.wall_s, 2) for b in builds],
        "cpu_s": median([b.cpu_s for b in builds]),
        "cpus_s": [round(b.cpu_s, 2) for b in builds],
        "loads": [round(b.load, 1) for b in builds],
        "self_cpu_s": median([b.self_cpu_s for b in builds]),
        "load_means": [round(b.load_mean, 1) for b in builds],
        "load_maxes": [round(b.load_max, 1) for b in builds],
        "self_peak_mb": max(b.self_mb for b in builds),
        "children_peak_mb": max(b.children_mb for b in builds),
        "peak_rss_mb": max(b.peak_mb for b in builds),
    }


def _median_phases(runs: list[dict[str, float]]) -> dict[str, float]:
    names: list[str] = []
    for run in runs:
        names += [k for k in run if k not in names]
    return {k: median([r[k] for r in runs if k in r]) for k in names}


def _mark(ok: bool | str | None) -> str:
    if isinstance(ok, str):
        return ok
    return "—" if ok is None else ("met" if ok else "MISSED")


def report(runs: list[dict], info: dict) -> list[str]:
    lines = []
    lines.append("\n== Ringkasan (median) ==")
    lines.append(
        f"mesin: {info['nproc']} inti, {info['ram']}, Python {info['python']}, "
        f"Pelican {info['pelican']}; plugin: {info['plugins']}"
    )
    lines.append(
        f"{'N':>6} | {'(a) arsip':>10} | {'(b) standar':>11} | {'a/b':>5} | "
        f"{'CPU a/b':>7} | "
        f"{'+1 cache':>9} | {'% dingin':>8} | {'puncak a':>9} | {'anak a':>7} | "
        f"{'puncak b':>8}"
    )
    for r in runs:
        a, b, rb = r["archive"], r["stock"], r["rebuild"]
        share = r["rebuild_share"]
        edit = r.get("edit_share")
        lines.append(
            f"{r['n']:>6} | {a['wall_s']:>8.1f} d | {b['wall_s']:>9.1f} d | "
            f"{r['ratio']:>5.2f} | {r['cpu_ratio']:>7.2f} | "
            + (
                f"{rb['wall_s']:>7.1f} d | {share * 100:>7.0f}% | "
                if share
                else f"{'-':>9} | {'-':>8} | "
            )
            + f"{a['self_peak_mb']:>6.0f} MB | {a['children_peak_mb']:>4.0f} MB | "
            f"{b['self_peak_mb']:>5.0f} MB"
            + (
                f" | diubah {r['edit']['wall_s']:.1f} d ({edit * 100:.0f}%)"
                if edit
                else ""
            )
        )
    for r in runs:
        lines += cold_lines(r)
    big = max(runs, key=lambda r: r["n"])
    for kind, label in (
        ("archive", "arsip dingin"),
        ("serial", "arsip dingin, satu proses"),
        ("rebuild", "bangun ulang +1"),
        ("edit", "bangun ulang, 1 diubah"),
    ):
        lines += phase_lines(big, kind, label)
    w = big["weight"]
    if w:
        lines.append(f"\nberat halaman N={big['n']} (byte tersimpan; gzip dalam ()):")
        if "article_kb" in w:
            lines.append(
                f"  artikel rata-rata: HTML {w['article_html_kb']:.1f} KB "
                f"({w['article_html_gz_kb']:.1f} gz) + CSS {w['article_css_kb']:.1f} KB"
                f" = {w['article_kb']:.1f} KB; JS {w['article_js_kb']:.1f} KB"
            )
        if "home_kb" in w:
            lines.append(
                f"  beranda: HTML {w['home_html_kb']:.1f} KB, dengan CSS/JS/gambar "
                f"{w['home_kb']:.1f} KB ({w['home_gz_kb']:.1f} gz); data peta "
                f"{w['home_data_kb']:.1f} KB"
            )
        if "search_kb" in w:
            detail = ", ".join(
                f"{k[7:-3]} {v:.1f}"
                for k, v in w.items()
                if k.startswith("search_")
                and k not in ("search_kb", "search_all_shards_kb")
                and k.endswith("_kb")
            )
            lines.append(f"  pencarian pertama: {w['search_kb']:.1f} KB ({detail})")
            if "search_all_shards_kb" in w:
                lines.append(
                    "  idem, paling relevan (semua bagian): "
                    f"{w['search_all_shards_kb']:.1f} KB"
                )
            lines.append(
                f"  potongan filter (diambil hanya bila filter dipilih): "
                f"{w.get('filter_chunks_kb', 0):.1f} KB"
            )
            lines.append(
                f"  indeks: {w.get('search_shards', 1)} bagian, "
                f"{w['index_chunks']} potongan, median "
                f"{w['index_chunk_median_kb']:.1f} KB"
            )
    if "browser_home_kb" in w:
        lines.append("  diukur di Chromium (mentah / terkirim dengan gzip):")
        for name in ("article", "home", *SEARCH_QUERIES):
            if f"browser_{name}_kb" in w:
                query = SEARCH_QUERIES.get(name)
                label = f"{name} ({query})" if query else name
                lines.append(
                    f"    {label:<26} {w[f'browser_{name}_raw_kb']:7.1f} KB / "
                    f"{w[f'browser_{name}_kb']:6.1f} KB, "
                    f"{w[f'browser_{name}_requests']} permintaan"
                )
        for name in ("search", "search_relevance"):
            if w.get(f"browser_{name}_files"):
                lines.append(
                    f"    berkas {name}: " + ", ".join(w[f"browser_{name}_files"])
                )
    for r in runs:
        if r.get("sizes"):
            lines += size_lines(r["n"], r["sizes"], r.get("stock_sizes", {}))
    lines.append(f"\ntarget (N={big['n']}; berat: mentah / terkirim):")
    rows = targets(big)
    for name, value, target, ok in rows:
        lines.append(f"  {name:<38} {value:>14}  target {target:<10} {_mark(ok)}")
    return lines


# Phases nested in another one (reading is part of the articles' context).
NESTED_PHASES = ("baca artikel",)
# Phases a helper process ran beside the Pelican process (arsip_site.timing's
# HELPER_SUFFIX): their CPU is counted again where the helper was reaped.
HELPER_SUFFIX = " (proses pembantu)"


def phase_lines(r: dict, kind: str, label: str) -> list[str]:
    """Wall, CPU and the Pelican process's own CPU per phase (the rest of a phase's
    CPU is its children's, reaped in it), and the start before the first phase."""
    wall = r.get(f"{kind}_phases_s") or {}
    if not wall:
        return []
    cpu = r.get(f"{kind}_phases_cpu_s", {})
    own = r.get(f"{kind}_phases_self_cpu_s", {})
    lines = [
        f"\nwaktu per tahap, {label} N={r['n']} (median; dinding / CPU / CPU proses "
        "Pelican saja, d):"
    ]
    width = max(42, *map(len, wall))
    for name, secs in wall.items():
        mine = f" / {own[name]:7.2f}" if name in own else ""
        lines.append(f"  {name:<{width}} {secs:8.2f} / {cpu.get(name, 0):7.2f}{mine}")
    build = r.get(kind) or {}
    if build.get("cpu_s") and cpu:
        outside = build["cpu_s"] - sum(
            v
            for k, v in cpu.items()
            if k not in NESTED_PHASES and not k.endswith(HELPER_SUFFIX)
        )
        lines.append(
            f"  {'di luar tahap (impor, mulai, akhir)':<{width}} {'':>8}   "
            f"{outside:7.2f}"
        )
    return lines


def cold_lines(r: dict) -> list[str]:
    """The cold build against stock Pelican in wall and CPU, with the loads they ran
    under; with --serial, what the second core saved."""
    a, b = r["archive"], r["stock"]
    lines = [
        f"\ndingin N={r['n']} (median dari {r['repeat']}): dinding a/b "
        f"{r['ratio']:.2f}× ({a['wall_s']:.1f} / {b['wall_s']:.1f} d), CPU a/b "
        f"{r['cpu_ratio']:.2f}× ({a['cpu_s']:.1f} / {b['cpu_s']:.1f} d)",
        f"  (a) CPU proses Pelican {a.get('self_cpu_s', 0):.1f} d, anak "
        f"{a['cpu_s'] - a.get('self_cpu_s', 0):.1f} d; (b) satu proses",
        f"  beban (rata-rata / maks selama build): (a) {_loads(a)}; (b) {_loads(b)}",
    ]
    one = r.get("serial") or {}
    if one.get("wall_s"):
        saved = 1 - a["wall_s"] / one["wall_s"]
        lines.append(
            f"  (a1) satu proses: dinding {one['wall_s']:.1f} d, CPU "
            f"{one['cpu_s']:.1f} d; (a) dengan pekerja: dinding {a['wall_s']:.1f} d "
            f"({saved * 100:+.0f}% dihemat), CPU {a['cpu_s']:.1f} d "
            f"({a['cpu_s'] / one['cpu_s']:.2f}× satu proses); a1/b dinding "
            f"{one['wall_s'] / b['wall_s']:.2f}×"
        )
        lines.append(f"  beban (a1): {_loads(one)}")
        wall_a, wall_1 = r["archive_phases_s"], r.get("serial_phases_s", {})
        for name in ("baca artikel", "tulis ArticlesGenerator"):
            if name in wall_a and name in wall_1:
                lines.append(
                    f"  {name}: dinding {wall_a[name]:.1f} d dengan pekerja, "
                    f"{wall_1[name]:.1f} d satu proses"
                )
    return lines


def _loads(summary: dict) -> str:
    means, tops = summary.get("load_means") or [], summary.get("load_maxes") or []
    if not means:
        return "-"
    return ", ".join(f"{m:.1f} / {t:.1f}" for m, t in zip(means, tops, strict=False))


def targets(r: dict) -> list[tuple[str, str, str, bool | str | None]]:
    w = r["weight"]
    rows = []
    ratio = r["ratio"]
    ok = ratio <= TARGETS["full_ratio"]
    shown = f"{ratio:.2f}× (CPU {r['cpu_ratio']:.2f}×)"
    rows.append(("bangun penuh a/b", shown, "≤1.3×", ok))
    rows.append(
        (
            "bangun penuh a/b (stretch)",
            f"{ratio:.2f}×",
            "≤1.0×",
            ratio <= TARGETS["full_ratio_stretch"],
        )
    )
    share = r["rebuild_share"]
    rows.append(
        (
            "bangun ulang +1 artikel / dingin",
            _share(share, r.get("rebuild_cpu_share")),
            "≤35%",
            None if share is None else share <= TARGETS["rebuild_share"],
        )
    )
    rows.append(
        (
            "bangun ulang +1 artikel (stretch)",
            f"{share * 100:.0f}%" if share else "-",
            "≤20%",
            None if share is None else share <= TARGETS["rebuild_share_stretch"],
        )
    )
    edit = r.get("edit_share")
    rows.append(
        (
            "bangun ulang, 1 artikel diubah / dingin",
            _share(edit, r.get("edit_cpu_share")),
            "≤35%",
            None if edit is None else edit <= TARGETS["edit_share"],
        )
    )
    peak = max(
        r["archive"]["peak_rss_mb"],
        r["rebuild"].get("peak_rss_mb") or 0,
        (r.get("edit") or {}).get("peak_rss_mb") or 0,
    )
    rows.append(
        (
            "memori puncak, proses mana pun",
            f"{peak:.0f} MB",
            "≤1536 MB",
            peak <= TARGETS["peak_mb"],
        )
    )
    if r.get("sizes") and r["n"] in SIZE_TARGETS_MB:
        total = sum(b for b, _ in r["sizes"].values()) / MB
        limit = SIZE_TARGETS_MB[r["n"]]
        rows.append(
            ("ukuran output/", f"{total:.0f} MB", f"≤{limit} MB", total <= limit)
        )
    # Page weight: bytes as stored ("raw") and as a gzip-ing host sends them
    # ("transfer"); measured in Chromium when it is available, else from the files.
    browser = "browser_home_kb" in w
    weights = (
        ("halaman artikel", "article_kb", "browser_article", "article_html_gz_kb"),
        ("beranda (tanpa ubin peta)", "home_kb", "browser_home", "home_gz_kb"),
        ("transfer pencarian pertama", "search_kb", "browser_search", None),
        ("  idem, nama tempat (Sambas)", "search_kb", "browser_search_place", None),
    )
    # Relevance reads every shard before its first result: shown, not a target row
    # (the target is the first search as a reader gets it, newest first).
    extra = (
        ("  paling relevan (semua bagian)", "browser_search_relevance"),
        ("  idem, Sambas", "browser_search_place_relevance"),
    )
    for label, key, measured, gz_key in weights:
        limit = TARGETS[key]
        if browser and f"{measured}_kb" in w:
            raw, sent = w[f"{measured}_raw_kb"], w[f"{measured}_kb"]
        elif key in w:
            raw = w[key]
            sent = w.get(gz_key, raw) if gz_key else raw
            if key == "article_kb" and gz_key in w:
                sent = w[gz_key] + w.get("article_css_kb", 0)
        else:
            rows.append((label, "-", f"≤{limit} KB", None))
            continue
        mark = "met" if raw <= limit else ("met gz only" if sent <= limit else False)
        rows.append(
            (
                label,
                f"{raw:.1f} / {sent:.1f} KB",
                f"≤{limit} KB",
                mark if mark else False,
            )
        )
    for label, measured in extra:
        if browser and f"{measured}_kb" in w:
            raw, sent = w[f"{measured}_raw_kb"], w[f"{measured}_kb"]
            rows.append((label, f"{raw:.1f} / {sent:.1f} KB", "(info)", None))
    return rows


EDITIONS_SETTING = 'ARSIP_EDITIONS={"en": {}}'
EDITIONS_TARGET = 1.8


def bench_editions(n: int, repeat: int, seed: int, workdir: Path) -> dict:
    """Cold builds with and without the English edition, alternating; the ratio."""
    say(f"\n== N = {n}: {repeat}x arsip satu bahasa vs dua edisi (id + en) ==")
    base = workdir / f"n{n}"
    base.mkdir(parents=True, exist_ok=True)
    content, _stock = prepare(n, seed, base)
    out, cache = base / "out-edisi", base / "cache-edisi"
    one: list[Build] = []
    two: list[Build] = []
    for r in range(repeat):
        for label, extra, times in (
            ("satu bahasa", [], one),
            ("dua edisi  ", ["-e", EDITIONS_SETTING], two),
        ):
            for folder in (out, cache):
                shutil.rmtree(folder, ignore_errors=True)
            build = run_build(
                [*archive_args(content, out, cache), *extra], base, base / "edisi.log"
            )
            times.append(build)
            say(f"  [{r + 1}/{repeat}] {label} {_line(build)}")
    figures = {"n": n}
    # CPU as well as wall time: on a shared machine the load moves wall time.
    for what in ("wall_s", "cpu_s"):
        a = statistics.median(getattr(run, what) for run in one)
        b = statistics.median(getattr(run, what) for run in two)
        ratio = b / a
        verdict = "met" if ratio <= EDITIONS_TARGET else "NOT met"
        say(
            f"  median {what}: {a:.1f} d vs {b:.1f} d: {ratio:.2f}x "
            f"(target <= {EDITIONS_TARGET}x: {verdict})"
        )
        figures[what] = (a, b, ratio)
    return figures


# --- Cost curve -------------------------------------------------------------------

CURVE = HERE / "cost-curve.json"


def _commit() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        return done.stdout.strip() or "?"
    except OSError:
        return "?"


def curve_point(run: dict, info: dict) -> dict:
    """What the cost curve keeps of one N: cold wall, CPU, peak memory; rebuilds."""
    a, b = run["archive"], run["stock"]
    return {
        "n": run["n"],
        "date": info["date"],
        "commit": _commit(),
        "wall_s": round(a["wall_s"], 2),
        "cpu_s": round(a["cpu_s"], 2),
        "peak_mb": round(a["peak_rss_mb"]),
        "pelican_peak_mb": round(a["self_peak_mb"]),
        "child_peak_mb": round(a["children_peak_mb"]),
        "stock_wall_s": round(b["wall_s"], 2),
        "stock_cpu_s": round(b["cpu_s"], 2),
        "stock_peak_mb": round(b["peak_rss_mb"]),
        "add_wall_s": run["rebuild"].get("wall_s"),
        "edit_wall_s": (run.get("edit") or {}).get("wall_s"),
        "loads": a.get("loads", []),
    }


def update_curve(path: Path, runs: list[dict], info: dict) -> list[dict]:
    """Put this run's N into the curve file (other N kept) and draw its SVG."""
    points = {}
    if path.is_file():
        points = {p["n"]: p for p in json.loads(path.read_text(encoding="utf-8"))}
    for run in runs:
        points[run["n"]] = curve_point(run, info)
    ordered = [points[n] for n in sorted(points)]
    path.write_text(json.dumps(ordered, indent=1) + "\n", encoding="utf-8")
    path.with_suffix(".svg").write_text(curve_svg(ordered), encoding="utf-8")
    return ordered


def curve_lines(points: list[dict]) -> list[str]:
    """The curve as a Markdown table."""
    lines = [
        "| N | wall (a) | CPU (a) | peak RSS (a), Pelican / child | wall (b) | CPU (b) "
        "| peak (b) | +1 article | 1 edited | measured |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for p in points:
        add = f"{p['add_wall_s']:.1f} s" if p.get("add_wall_s") else "-"
        edit = f"{p['edit_wall_s']:.1f} s" if p.get("edit_wall_s") else "-"
        lines.append(
            f"| {p['n']:,} | {p['wall_s']:.1f} s | {p['cpu_s']:.1f} s | "
            f"{p['peak_mb']:,} MB ({p['pelican_peak_mb']:,} / {p['child_peak_mb']:,}) "
            f"| {p['stock_wall_s']:.1f} s | {p['stock_cpu_s']:.1f} s | "
            f"{p['stock_peak_mb']:,} MB | {add} | {edit} | {p['date']}, {p['commit']} |"
        )
    return lines


def curve_svg(points: list[dict]) -> str:
    """Three small charts against N: wall, CPU, peak memory; archive and stock."""
    width, height, pad = 240, 190, 44
    panels = (
        ("dinding (d)", "wall_s", "stock_wall_s"),
        ("CPU (d)", "cpu_s", "stock_cpu_s"),
        ("memori puncak (MB)", "peak_mb", "stock_peak_mb"),
    )
    ns = [p["n"] for p in points]
    top_n = max(ns) if ns else 1
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * 3}" '
        f'height="{height}" viewBox="0 0 {width * 3} {height}" '
        'font-family="sans-serif" font-size="10">',
        "<title>Biaya bangun terhadap jumlah artikel</title>",
    ]
    for i, (label, key, stock_key) in enumerate(panels):
        x0 = i * width + pad
        plot_w, plot_h = width - pad - 12, height - 2 * pad + 10
        y0 = pad - 14 + plot_h
        values = [p[key] for p in points] + [p[stock_key] for p in points]
        top = max(values) if values else 1
        out.append(f'<text x="{x0}" y="14" font-weight="bold">{label}</text>')
        out.append(
            f'<line x1="{x0}" y1="{y0}" x2="{x0 + plot_w}" y2="{y0}" stroke="#444"/>'
            f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y0 - plot_h}" stroke="#444"/>'
        )
        out.append(
            f'<text x="{x0 - 4}" y="{y0 - plot_h + 4}" text-anchor="end">'
            f"{top:,.0f}</text>"
            f'<text x="{x0 - 4}" y="{y0 + 3}" text-anchor="end">0</text>'
        )

        def xy(n, v, x0=x0, y0=y0, plot_w=plot_w, plot_h=plot_h, top=top):
            return (x0 + plot_w * n / top_n, y0 - plot_h * v / (top or 1))

        for series, colour in ((key, "#b03a2e"), (stock_key, "#2e6fb0")):
            coords = [xy(p["n"], p[series]) for p in points]
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            out.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" '
                'stroke-width="2"/>'
            )
            for (x, y), p in zip(coords, points, strict=True):
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>')
                if series == key:
                    out.append(
                        f'<text x="{x:.1f}" y="{y - 6:.1f}" text-anchor="middle">'
                        f"{p[series]:,.0f}</text>"
                    )
        for p in points:
            x, _ = xy(p["n"], 0)
            out.append(
                f'<text x="{x:.1f}" y="{y0 + 14}" text-anchor="middle">'
                f"{p['n'] // 1000}k</text>"
            )
    out.append(
        f'<text x="{pad}" y="{height - 6}" fill="#b03a2e">— arsip penuh (a)</text>'
        f'<text x="{pad + 130}" y="{height - 6}" fill="#2e6fb0">— Pelican standar (b)'
        "</text>"
        f'<text x="{width * 3 - 8}" y="{height - 6}" text-anchor="end">'
        "jumlah artikel (N)</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n",
        type=int,
        action="append",
        help="articles (repeatable; default 1000 and 10000)",
    )
    parser.add_argument(
        "--repeat", type=int, help="cold builds of each kind (3 up to 1,000, else 1)"
    )
    parser.add_argument(
        "--rebuilds", type=int, default=1, help="incremental rebuilds (+1 article each)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--serial",
        action="store_true",
        help="also a cold build in one process (ARSIP_READER_PROCESSES=1, "
        "ARSIP_WRITER_PROCESSES=1): the wall time the second core saves",
    )
    parser.add_argument("--workdir", type=Path, help="keep corpora and sites here")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--editions",
        action="store_true",
        help="only: cold build with the English edition against one language",
    )
    parser.add_argument(
        "--curve",
        type=Path,
        default=CURVE,
        help="cost-curve file updated with this run's N (its .svg is redrawn)",
    )
    args = parser.parse_args(argv)
    sizes = args.n or [1000, 10000]
    try:
        import markdown  # noqa: F401
    except ImportError:
        say("stock Pelican needs python-markdown: pip install -e '.[test]'")
        return 2
    info = machine()
    say(
        f"benchmark {info['date']}: {info['nproc']} inti, {info['ram']}, "
        f"Python {info['python']}, Pelican {info['pelican']}"
    )
    say(f"plugin (pelicanconf.py): {info['plugins']}")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="arsip-bench-"))
    if args.editions:
        for n in sizes:
            repeat = args.repeat or (3 if n <= 1000 else 1)
            bench_editions(n, repeat, args.seed, workdir)
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
        return 0
    runs = []
    for n in sizes:
        repeat = args.repeat or (3 if n <= 1000 else 1)
        runs.append(bench_n(n, repeat, args.seed, workdir, args.rebuilds, args.serial))
    for line in report(runs, info):
        say(line)
    points = update_curve(args.curve, runs, info)
    say(f"\nkurva biaya ({args.curve}, grafik {args.curve.with_suffix('.svg')}):")
    for line in curve_lines(points):
        say(line)
    if args.json:
        args.json.write_text(
            json.dumps(
                {"machine": info, "targets": TARGETS, "runs": runs},
                indent=2,
                default=str,
            )
            + "\n",
            encoding="utf-8",
        )
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
