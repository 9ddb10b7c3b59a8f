"""Make the base map: Kalimantan's provinces, their borders, kabupaten/kota borders.

Writes data/kalimantan_outline.geojson and data/kalimantan_kabupaten.geojson. Run
once by a maintainer (the build only reads the results). Sources:

- land: ``countries-10m.json`` of the npm package ``world-atlas`` 2.0.2 (Natural Earth
  1:10m Admin 0 countries as TopoJSON; the package is ISC-licensed, the data public
  domain): Indonesia, Malaysia and Brunei, cut to Borneo. It gives the coast.
- where each province and kabupaten/kota lies: geoBoundaries' Indonesia ADM2
  (``geoBoundaries-IDN-ADM2_simplified``: BPS boundaries of 2020 with Kalimantan
  Utara and all 56 kabupaten/kota of Kalimantan, via OCHA ROAP; CC BY 3.0 IGO per
  its geoBoundaries metadata, CC BY 4.0 for geoBoundaries' own work) as rasterised
  by the MIT-licensed project peta-pixel-nusantara (repository
  RamaAditya49/peta-pixel-nusantara, commit 5ae4063, file ``data/peta-hd-data.json``,
  sha256 0cd4e1db…cc9ecb): a 1600-column grid of Indonesia, about 0.029 degree
  (3 km) a cell, naming each cell's kabupaten/kota and its province.

How: every sea or non-Kalimantan cell of the grid takes the unit of its nearest
Kalimantan cell, so the units tile the whole frame; the cell edges between two units
are joined into one line per pair of units and simplified with Douglas-Peucker
(``--border-tolerance``, larger than a cell so the stair steps go); the lines cut the
frame into faces, each face takes the unit under its middle, and the faces are cut
to Natural Earth's land (simplified with ``--tolerance``). So the coast is Natural
Earth's and the borders are geoBoundaries', never drawn by hand. Coordinates are
rounded to ``--digits`` decimals.

::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    # data/peta-hd-data.json from the repository named above, at that commit
    pip install -e '.[peta-dasar]'
    python data/make_outline.py package/countries-10m.json peta-hd-data.json
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
from collections import defaultdict
from pathlib import Path

logger = logging.getLogger("make_outline")

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "kalimantan_outline.geojson"
KABUPATEN_OUTPUT = HERE / "kalimantan_kabupaten.geojson"
PROVINCES_CSV = HERE / "provinces.csv"
KABUPATEN_CSV = HERE / "kabupaten_kota.csv"
# Borneo and the islands around it (Sulawesi's west coast is cut away by distance).
BORNEO = (108.4, -4.3, 119.4, 7.5)
COUNTRIES = {"360": "Indonesia", "458": "Malaysia", "096": "Brunei"}
# Islands further than this (degrees) from Borneo's main land are not Borneo's.
NEAR = 0.6
GRID_SHA256 = "0cd4e1db0d8cd8eb1d4703d29569fefc1c090738aab27dbe5b1bb60bf0cc9ecb"
SOURCE = (
    "Garis pantai: Natural Earth 1:10m (domain publik) lewat npm world-atlas 2.0.2. "
    "Batas provinsi dan kabupaten/kota: geoBoundaries IDN ADM2 (BPS, OCHA ROAP; "
    "CC BY 3.0 IGO), dirasterkan oleh peta-pixel-nusantara (MIT) dan "
    "divektorkan kembali oleh proyek ini"
)


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


class UnitGrid:
    """The rasterised ADM2 grid, cut to Borneo, every cell naming a Kalimantan unit."""

    def __init__(self, grid_json: Path, provinces: list[str]):
        import numpy as np
        from scipy import ndimage

        raw = grid_json.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != GRID_SHA256:
            logger.warning("%s: sha256 %s, not the one documented", grid_json, digest)
        data = json.loads(raw)
        width, height = data["W"], data["H"]
        self.lon0, self.lat0 = data["lonMin"], data["latMax"]
        self.dx = (data["lonMax"] - data["lonMin"]) / (width - 1)
        self.dy = (data["latMax"] - data["latMin"]) / (height - 1)
        rle = data["kabRle"]
        cells = np.repeat(np.array(rle[0::2]), np.array(rle[1::2]))
        full = cells.reshape(height, width)
        west, south, east, north = BORNEO
        self.c0 = max(0, int((west - self.lon0) / self.dx))
        self.r0 = max(0, int((self.lat0 - north) / self.dy))
        c1 = min(width, int((east - self.lon0) / self.dx) + 1)
        r1 = min(height, int((self.lat0 - south) / self.dy) + 1)
        crop = full[self.r0 : r1, self.c0 : c1]
        # Unit number (1-based) of each Kalimantan kabupaten/kota in the source.
        self.units: dict[int, tuple[str, str, str]] = {}
        label = np.zeros(crop.shape, dtype=np.int32)
        for index, unit in enumerate(data["kab"]):
            province = data["prov"][unit["p"]]["n"]
            if province in provinces and (crop == index).any():
                number = len(self.units) + 1
                self.units[number] = (unit["t"], unit["n"], province)
                label[crop == index] = number
        # Sea and other islands: the nearest Kalimantan unit's number.
        _, (rows, cols) = ndimage.distance_transform_edt(
            label == 0, return_indices=True
        )
        self.label = label[rows, cols]

    def point(self, col: float, row: float) -> tuple[float, float]:
        """(lon, lat) of a point in cell units of the cut grid (corners are whole)."""
        return (
            self.lon0 + (self.c0 + col) * self.dx,
            self.lat0 - (self.r0 + row) * self.dy,
        )

    def unit_at(self, lon: float, lat: float) -> int:
        """The unit number of the cell under (lon, lat)."""
        col = int((lon - self.lon0) / self.dx) - self.c0
        row = int((self.lat0 - lat) / self.dy) - self.r0
        rows, cols = self.label.shape
        return int(self.label[min(max(row, 0), rows - 1), min(max(col, 0), cols - 1)])

    def borders(self, tolerance: float) -> dict[tuple[int, int], object]:
        """The simplified border between each pair of units, keyed by unit numbers."""
        from shapely.geometry import MultiLineString
        from shapely.ops import linemerge

        label = self.label
        edges: dict[tuple[int, int], list] = defaultdict(list)
        rows, cols = label.shape
        for r in range(rows):
            for c in range(cols):
                here = int(label[r, c])
                if c + 1 < cols and (east := int(label[r, c + 1])) != here:
                    key = (min(here, east), max(here, east))
                    edges[key].append((self.point(c + 1, r), self.point(c + 1, r + 1)))
                if r + 1 < rows and (south := int(label[r + 1, c])) != here:
                    key = (min(here, south), max(here, south))
                    edges[key].append((self.point(c, r + 1), self.point(c + 1, r + 1)))
        return {
            key: linemerge(MultiLineString(segments)).simplify(tolerance)
            for key, segments in sorted(edges.items())
        }


def unit_faces(grid: UnitGrid, borders: dict, land) -> dict[int, object]:
    """Each unit's land: the faces the borders cut, each given the unit under it."""
    from shapely.geometry import box
    from shapely.ops import polygonize, unary_union

    rows, cols = grid.label.shape
    (west, north), (east, south) = grid.point(0, 0), grid.point(cols, rows)
    frame = box(west, south, east, north)
    lines = [frame.boundary, *borders.values()]
    faces: dict[int, list] = defaultdict(list)
    for face in polygonize(unary_union(lines)):
        middle = face.representative_point()
        faces[grid.unit_at(middle.x, middle.y)].append(face)
    return {
        number: unary_union(parts).intersection(land)
        for number, parts in sorted(faces.items())
    }


def rounded(geometry: dict, digits: int) -> dict:
    """A GeoJSON geometry with its coordinates rounded and repeated points dropped."""

    def walk(value):
        if value and isinstance(value[0], (int, float)):
            return [round(value[0], digits), round(value[1], digits)]
        out = [walk(v) for v in value]
        if out and isinstance(out[0][0], (int, float)):
            out = [p for i, p in enumerate(out) if i == 0 or p != out[i - 1]]
        elif out and out[0] and isinstance(out[0][0][0], (int, float)):
            # Lines or rings that rounding shrank to nothing are dropped.
            out = [p for p in out if len(p) >= (4 if p[0] == p[-1] else 2)]
        return [part for part in out if part != []]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def polygons_only(geometry):
    """The (Multi)Polygon part of a shapely geometry (cuts can leave lines)."""
    from shapely.geometry import MultiPolygon, Polygon

    if isinstance(geometry, (Polygon, MultiPolygon)):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon)]
    return MultiPolygon(parts)


def lines_within(lines, land):
    """The parts of ``lines`` on land, merged, as a shapely (Multi)LineString."""
    from shapely.geometry import LineString, MultiLineString
    from shapely.ops import linemerge, unary_union

    cut = unary_union(lines).intersection(land)
    parts = [g for g in getattr(cut, "geoms", [cut]) if isinstance(g, LineString)]
    return linemerge(MultiLineString(parts)) if parts else MultiLineString()


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of one of this folder's CSV files."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def feature(properties: dict, geometry, digits: int) -> dict:
    """A GeoJSON feature from a shapely geometry, rounded."""
    from shapely.geometry import mapping

    return {
        "type": "Feature",
        "properties": properties,
        "geometry": rounded(mapping(geometry), digits),
    }


def main(argv: list[str] | None = None) -> int:
    """Write the outline and the kabupaten/kota borders and log their sizes."""
    from shapely.ops import unary_union

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("countries", type=Path, help="world-atlas countries-10m.json")
    parser.add_argument("grid", type=Path, help="peta-pixel-nusantara's grid JSON")
    parser.add_argument("--tolerance", type=float, default=0.012)
    parser.add_argument("--border-tolerance", type=float, default=0.035)
    # Malaysia and Brunei are only there to show where Kalimantan ends: coarser.
    parser.add_argument("--neighbour-tolerance", type=float, default=0.03)
    parser.add_argument("--digits", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--kabupaten-out", type=Path, default=KABUPATEN_OUTPUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    provinces = read_csv(PROVINCES_CSV)
    names = [p["name"] for p in provinces]
    land = borneo_land(args.countries)
    kalimantan = land["Indonesia"].simplify(args.tolerance, preserve_topology=True)
    neighbours = land["Malaysia"].union(land["Brunei"])
    grid = UnitGrid(args.grid, names)
    expected = defaultdict(int)
    for row in read_csv(KABUPATEN_CSV):
        expected[row["province"]] += 1
    found = defaultdict(int)
    for _, _, province in grid.units.values():
        found[province] += 1
    if dict(found) != dict(expected):
        logger.error("units per province: %s, expected %s", dict(found), dict(expected))
        return 1
    borders = grid.borders(args.border_tolerance)
    units = unit_faces(grid, borders, kalimantan)
    province_of = {n: grid.units[n][2] for n in grid.units}

    d = args.digits
    # Malaysia and Brunei first, so the provinces are drawn over them: where the two
    # simplifications differ along the land border, Kalimantan's line is the one seen
    # (the neighbours are grown a little so no sea shows through between them).
    features = [
        feature(
            {"jenis": "tetangga", "nama": "Malaysia dan Brunei"},
            neighbours.buffer(args.neighbour_tolerance * 0.7).simplify(
                args.neighbour_tolerance, preserve_topology=True
            ),
            d,
        )
    ]
    for row in provinces:
        parts = [g for n, g in units.items() if province_of[n] == row["name"]]
        shape = unary_union(parts)
        properties = {"jenis": "daratan", "nama": row["name"], "slug": row["slug"]}
        features.append(feature(properties, polygons_only(shape), d))
    tolerance = args.tolerance
    between = [g for (a, b), g in borders.items() if province_of[a] != province_of[b]]
    features.append(
        feature(
            {"jenis": "batas-provinsi", "nama": "Batas provinsi"},
            lines_within(between, kalimantan),
            d,
        )
    )
    how = (
        f"garis pantai Douglas-Peucker {tolerance} derajat (Malaysia dan Brunei "
        f"{args.neighbour_tolerance}), batas {args.border_tolerance} derajat, "
        f"{d} desimal"
    )
    outline = {
        "type": "FeatureCollection",
        "properties": {"sumber": SOURCE, "penyederhanaan": how},
        "features": features,
    }
    kabupaten = []
    for row in provinces:
        inside = [
            g
            for (a, b), g in borders.items()
            if province_of[a] == province_of[b] == row["name"]
        ]
        properties = {"jenis": "batas-kabupaten", "provinsi": row["slug"]}
        kabupaten.append(feature(properties, lines_within(inside, kalimantan), d))
    kabupaten_collection = {
        "type": "FeatureCollection",
        "properties": {"sumber": SOURCE, "penyederhanaan": how},
        "features": kabupaten,
    }
    for path, collection in [
        (args.out, outline),
        (args.kabupaten_out, kabupaten_collection),
    ]:
        text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
        path.write_text(text + "\n", encoding="utf-8")
        logger.info("%s: %d bytes", path, len(text) + 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
