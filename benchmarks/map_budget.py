"""Map page budget: a map page's own HTML and data at 10,000 articles, against 100 KB.

``python benchmarks/map_budget.py [--n 10000] [--seed 1] [--out DIR]``

No corpus text and no reader: it makes N seeded synthetic Records (places from
data/kabupaten_kota.csv, some with reported counts), wraps them as article stand-ins,
and runs the real arsip_taxonomy, arsip_maps and arsip_timeline generators with the
real theme through Pelican's Writer. Then it weighs every page that carries a Leaflet
map (/peta/, each province page) as its HTML plus the GeoJSON it loads (its points and
the base map, data/kalimantan_outline.geojson, counted on every page); the home page
draws its overview as inline SVG and loads no map. Leaflet, the site's CSS and JS and
the tiles are shared, cached files and not counted.

Prints a table; exits 1 when a page is over budget (a size, not a time, so it may).
tests/arsip_maps/test_map_budget.py runs ``measure`` at 10,000.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(ROOT / "plugins"))

from arsip_core.model import ACTIVITIES  # noqa: E402  (needs the path above)

BUDGET = 100 * 1024  # bytes of a map page's own HTML and data

OUTLETS = tuple(f"Media Uji {i:02d}" for i in range(40))
OFFICIALS = tuple(f"Pejabat Uji {i:03d}" for i in range(120))
ACTIVITY_CHOICES = tuple(a for a in ACTIVITIES if a != "lainnya")


@dataclass(frozen=True)
class PageWeight:
    """One map page: its HTML, the data it loads, and the sum."""

    page: str
    html: int
    data: int

    @property
    def total(self) -> int:
        return self.html + self.data


def fake_records(n: int, seed: int):
    """N seeded Records spread over Kalimantan, 2023-11 to 2024-12."""
    from arsip_core.gazetteer import load_gazetteer
    from arsip_core.model import Official, Place, Record

    rng = random.Random(seed)
    gazetteer = load_gazetteer()
    provinces = [p.name for p in gazetteer.provinces]
    places = {
        name: [p for p in gazetteer.places if p.province == name] for name in provinces
    }
    start = datetime(2023, 11, 20, 7, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    for i in range(n):
        roll = rng.random()
        province = (
            None
            if roll < 0.02
            else "luar Kalimantan"
            if roll < 0.05
            else rng.choice(provinces)
        )
        published = start + timedelta(minutes=rng.randrange(0, 400 * 24 * 60))
        chosen = []
        if province in places:
            for place in rng.sample(places[province], rng.randint(1, 3)):
                counted = rng.random() < 0.2
                chosen.append(
                    Place(
                        place.full_name, place.kind, province, place.lat, place.lon,
                        rng.randint(1, 80) if counted else None,
                        "kegiatan" if counted else None,
                    )
                )  # fmt: skip
        election = (
            "pemilu-2024"
            if published.year < 2024 or published.month < 6
            else ("pilkada-2024")
        )
        yield Record(
            id=f"uji-{i:05d}",
            title=f"Pengamanan pemilihan nomor {i} di Kalimantan oleh kepolisian",
            outlet=rng.choice(OUTLETS),
            published=published.isoformat(),
            event_date=(
                published.date() - timedelta(days=rng.randint(0, 2))
            ).isoformat(),
            province=province,
            places=tuple(chosen),
            police_units=tuple(f"Polres {p.name}" for p in chosen[:1]),
            operation="Operasi Mantap Brata 2024"
            if election == "pemilu-2024"
            else ("Operasi Mantap Praja 2024"),
            election=election,
            activities=tuple(
                sorted(set(rng.sample(ACTIVITY_CHOICES, rng.randint(1, 2))))
            ),
            officials=(Official("AKBP", rng.choice(OFFICIALS), "Kapolres"),),
            personnel_total=rng.randint(20, 4000) if rng.random() < 0.3 else None,
        )


def build_views(n: int, seed: int, output: Path) -> None:
    """Write the map pages (and timeline) of N synthetic articles into ``output``."""
    from pelican import Pelican
    from pelican.settings import read_settings
    from pelican.urlwrappers import Category
    from pelican.writers import Writer

    from arsip_core.settings import setting
    from arsip_maps.generator import MapsGenerator
    from arsip_taxonomy.generator import TaxonomyGenerator
    from arsip_taxonomy.provinces import PROVINCE_PAGES
    from arsip_timeline.generator import TimelineGenerator

    content = output.parent / "content-kosong"
    content.mkdir(parents=True, exist_ok=True)
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "ARSIP_SEARCH_INDEX": False,
        },
    )
    Pelican(settings)  # registers the plugins (template filters) and fills defaults
    unknown = setting(settings, "ARSIP_UNKNOWN_PROVINCE")
    categories: dict[str, tuple] = {}
    articles = []
    for record in fake_records(n, seed):
        name = record.province or unknown
        if name not in categories:
            categories[name] = (Category(name, settings), [])
        category, members = categories[name]
        article = SimpleNamespace(
            record=record,
            title=record.title,
            url=f"artikel/{record.id}/",
            date=datetime.fromisoformat(record.published),
            date_unknown=False,
            excerpt="Cuplikan berita uji tentang pengamanan pemilihan. " * 3,
            category=category,
            tags=[],
        )
        members.append(article)
        articles.append(article)
    articles.sort(key=lambda a: a.date, reverse=True)
    for name in PROVINCE_PAGES:
        categories.setdefault(name, (Category(name, settings), []))
    context = settings.copy()
    context.update(
        articles=articles,
        dates=articles,
        categories=sorted(categories.values()),
        tags=[],
        pages=[],
    )
    kwargs = {
        "context": context,
        "settings": settings,
        "path": str(content),
        "theme": settings["THEME"],
        "output_path": str(output),
    }
    generators = [
        g(**kwargs) for g in (TaxonomyGenerator, MapsGenerator, TimelineGenerator)
    ]
    for generator in generators:
        generator.generate_context()
    writer = Writer(str(output), settings=settings)
    maps = generators[1]
    maps.generate_output(writer)
    generators[2].generate_output(writer)
    for category, members in categories.values():
        writer.write_file(
            category.save_as, maps.get_template("category"), context,
            paginated={"articles": members, "dates": members}, template_name="category",
            url=category.url, category=category, articles=members, dates=members,
            page_name=category.page_name,
        )  # fmt: skip
    writer.write_file(
        "index.html", maps.get_template("index"), context,
        paginated={"articles": articles, "dates": articles}, template_name="index",
        url="", page_name="index",
    )  # fmt: skip


def weigh(output: Path) -> list[PageWeight]:
    """Every page with a map: its HTML and the GeoJSON its maps load."""
    from selectolax.lexbor import LexborHTMLParser

    weights = []
    pages = [output / "index.html", output / "peta/index.html"]
    pages += sorted((output / "provinsi").glob("*/index.html"))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        tree = LexborHTMLParser(text)
        data = 0
        for node in tree.css("[data-peta-data]"):
            url = node.attributes["data-peta-data"]
            data += (output / url.lstrip("/")).stat().st_size
        # The base map is one shared file, but a first visit loads it: count it once.
        outlines = tree.css("[data-peta-dasar]")
        for url in {node.attributes["data-peta-dasar"] for node in outlines}:
            data += (output / url.lstrip("/")).stat().st_size
        # A province map's kabupaten/kota borders.
        for node in tree.css("[data-peta-kabupaten]"):
            url = node.attributes["data-peta-kabupaten"]
            data += (output / url.lstrip("/")).stat().st_size
        if tree.css("[data-peta]"):
            relative = page.relative_to(output).as_posix()
            weights.append(PageWeight(relative, len(text.encode("utf-8")), data))
    return weights


def timeline_weights(output: Path) -> dict[str, int]:
    """Bytes of the timeline overview and its largest month page (not budgeted)."""
    months = list((output / "linimasa").glob("[0-9]*/*/index.html"))
    largest = max(months, key=lambda p: p.stat().st_size, default=None)
    weights = {"linimasa/index.html": (output / "linimasa/index.html").stat().st_size}
    if largest is not None:
        weights[largest.relative_to(output).as_posix()] = largest.stat().st_size
    return weights


def measure(
    n: int = 10_000, seed: int = 1, out: Path | None = None
) -> list[PageWeight]:
    """Build the map pages of N synthetic articles and weigh them."""
    if out is not None:
        build_views(n, seed, out)
        return weigh(out)
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "output"
        build_views(n, seed, output)
        return weigh(output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        output = args.out or Path(tmp) / "output"
        weights = measure(args.n, args.seed, output)
        timeline = timeline_weights(output)
    out = sys.stdout
    out.write(f"Map pages at {args.n:,} articles (budget {BUDGET // 1024} KB each)\n")
    out.write(f"{'page':45} {'HTML':>9} {'data':>9} {'total':>9} {'of budget':>9}\n")
    for w in weights:
        share = w.total / BUDGET
        out.write(f"{w.page:45} {w.html:9,} {w.data:9,} {w.total:9,} {share:9.0%}\n")
    worst = max(weights, key=lambda w: w.total)
    out.write(f"largest: {worst.page} {worst.total / 1024:.1f} KB\n")
    out.write("timeline pages (no map, not budgeted):\n")
    for page, size in timeline.items():
        out.write(f"  {page:43} {size:9,}\n")
    return 1 if worst.total > BUDGET else 0


if __name__ == "__main__":
    sys.exit(main())
