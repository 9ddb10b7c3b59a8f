"""The /data/ generator: exports, schema and data page, written in generate_output."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from arsip_core.dictionary import FIELD_NAMES, FIELDS, record_schema
from arsip_core.files import write_if_changed
from arsip_core.settings import setting
from arsip_data.describe import (
    FORMATS,
    Download,
    Part,
    citation,
    dataset_jsonld,
    date_range,
)
from arsip_data.export import record_data, sort_key, to_csv, to_geojson, to_json
from arsip_i18n.text import edition_text
from arsip_taxonomy.provinces import province_order

logger = logging.getLogger(__name__)


def site_url(settings, path: str) -> str:
    """An absolute URL when SITEURL is set, else a path from the site's root."""
    return f"{settings.get('SITEURL', '')}/{path}"


def export_rows(articles, settings) -> list[dict[str, Any]]:
    """Every published article's record, sorted oldest first."""
    rows = [
        record_data(a.record, site_url(settings, a.url))
        for a in articles
        if getattr(a, "record", None) is not None
    ]
    return sorted(rows, key=sort_key)


def _write(output_path: str, save_as: str, text: str) -> int:
    data = text.encode("utf-8")
    write_if_changed(Path(output_path) / save_as, data)
    return len(data)


def export_path(save_as: str, settings) -> str:
    """Where an export goes: ``.gz`` appended when ARSIP_DATA_GZIP is on."""
    return save_as + ".gz" if setting(settings, "ARSIP_DATA_GZIP") else save_as


def write_export(
    output_path: str, save_as: str, text: str, settings
) -> tuple[str, int]:
    """Write one export, compressed when ARSIP_DATA_GZIP is on; (path, bytes).

    A compressed export whose text is the same as when the last build wrote it is
    not compressed again (level 9 was most of the open data's CPU): the table of
    what each ``.gz`` holds is kept beside the content cache."""
    if not setting(settings, "ARSIP_DATA_GZIP"):
        return save_as, _write(output_path, save_as, text)
    save_as = export_path(save_as, settings)
    target = Path(output_path) / save_as
    raw = text.encode("utf-8")
    table = _gzip_table(settings)
    digest = hashlib.blake2b(GZIP_FORMAT + raw, digest_size=16).hexdigest()
    size = _same_gzip(target, digest, table)
    if size is None:
        data = gzip_bytes(raw)
        write_if_changed(target, data)
        size = len(data)
        if table is not None:
            _remember_gzip(table, target, digest)
    return save_as, size


# What gzip_bytes does, in the digest of a text: another level, another file.
GZIP_FORMAT = b"gzip -9, mtime 0\0"
GZIP_TABLE = "arsip-data-gz.json"


def gzip_bytes(data: bytes) -> bytes:
    """gzip with no name and no time in its header: two builds stay byte-identical."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def _gzip_table(settings) -> Path | None:
    """The table of compressed exports (beside the content cache), or None when the
    build keeps no cache."""
    cache = settings.get("CACHE_PATH")
    if not cache or not settings.get("CACHE_CONTENT"):
        return None
    return Path(cache) / GZIP_TABLE


def _stamp(path: Path) -> list[int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _read_table(table: Path) -> dict[str, Any]:
    try:
        data = json.loads(table.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _same_gzip(target: Path, digest: str, table: Path | None) -> int | None:
    """The size of ``target`` when it is the ``.gz`` of the text with ``digest``
    and untouched since (its size, mtime and inode as recorded); it is then kept
    as this build's file (ctime refreshed, as ``write_if_changed`` does)."""
    if table is None:
        return None
    entry = _read_table(table).get(str(target.resolve()))
    try:
        stat = target.stat()
    except OSError:
        return None
    if entry != [digest, stat.st_size, stat.st_mtime_ns, stat.st_ino]:
        return None
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return stat.st_size


def _remember_gzip(table: Path, target: Path, digest: str) -> None:
    stamp = _stamp(target)
    if stamp is None:
        return
    data = _read_table(table)
    data[str(target.resolve())] = [digest, *stamp]
    write_if_changed(table, json.dumps(data, sort_keys=True, indent=0))


class DataGenerator(Generator):
    """Writes the open data: every record as JSON, CSV and GeoJSON, and /data/."""

    def generate_output(self, writer) -> None:
        settings = self.settings
        if not setting(settings, "ARSIP_DATA_SAVE_AS"):
            return
        articles = self.context.get("articles", [])
        rows = export_rows(articles, settings)
        first_day, last_day = date_range(rows)
        license_name = setting(settings, "ARSIP_DATA_LICENSE_NAME")
        license_url = setting(settings, "ARSIP_DATA_LICENSE_URL")
        page_url = site_url(settings, setting(settings, "ARSIP_DATA_URL"))
        schema_url = site_url(settings, setting(settings, "ARSIP_DATA_SCHEMA_URL"))
        _ = edition_text(settings).gettext
        title = _("%(site)s: data terbuka") % {"site": settings["SITENAME"]}
        cite = citation(
            author=settings.get("AUTHOR") or settings["SITENAME"],
            title=title,
            modified=last_day,
            url=page_url,
            license_name=license_name,
            gettext=_,
        )
        about = {
            "title": title,
            "license": license_url,
            "license_name": license_name,
            "citation": cite,
            "schema": schema_url,
            "modified": last_day,
        }

        _write(
            self.output_path,
            setting(settings, "ARSIP_DATA_SCHEMA_SAVE_AS"),
            json.dumps(record_schema(schema_url), ensure_ascii=False, indent=2) + "\n",
        )

        # Each record's CSV line, made once for the archive's file and its province's.
        self._csv_lines: dict = {}
        parts = [self._write_part(settings["SITENAME"], "", rows, about, None)]
        sample = self._write_sample(rows, about)
        # Provinces are Pelican's categories: same names and slugs as their pages.
        category_of = {
            a.record.id: (a.category.name, a.category.slug)
            for a in articles
            if getattr(a, "record", None) is not None
        }
        by_province: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in rows:
            by_province.setdefault(category_of[row["id"]], []).append(row)
        # Provinces in the site's geographic order, as on every other page.
        for (name, slug), part_rows in sorted(
            by_province.items(), key=lambda item: province_order(item[0][0])
        ):
            parts.append(self._write_part(name, slug, part_rows, about, name))

        dataset = dataset_jsonld(
            name=title,
            description=(
                "Rekaman terstruktur berita pengamanan Pemilu 2024 dan Pilkada "
                "Serentak 2024 oleh kepolisian di lima provinsi Kalimantan: tanggal, "
                "tempat, satuan, operasi, kegiatan, pejabat dan jumlah personel."
            ),
            url=page_url,
            creator=settings.get("AUTHOR") or settings["SITENAME"],
            license_url=license_url,
            citation_text=cite,
            modified=last_day,
            first_day=first_day,
            last_day=last_day,
            keywords=["Pemilu 2024", "Pilkada 2024", "Kalimantan", "kepolisian"],
            variables=FIELD_NAMES,
            downloads=parts[0].downloads,
        )
        writer.write_file(
            setting(settings, "ARSIP_DATA_SAVE_AS"),
            self.get_template("data"),
            self.context,
            relative_urls=settings["RELATIVE_URLS"],
            url=setting(settings, "ARSIP_DATA_URL"),
            data_parts=parts,
            data_fields=FIELDS,
            data_schema_url=schema_url,
            data_citation=cite,
            data_license_name=license_name,
            data_license_url=license_url,
            data_modified=last_day,
            data_count=len(rows),
            data_sample=sample,
            data_gzip=setting(settings, "ARSIP_DATA_GZIP"),
            dataset=dataset,
        )
        logger.info(
            "arsip_data: %d rekaman diekspor (%d provinsi)", len(rows), len(parts) - 1
        )

    def _write_part(self, name, slug, rows, about, province) -> Part:
        settings = self.settings
        key = "ARSIP_DATA_PROVINCE" if slug else "ARSIP_DATA_ALL"
        # The whole archive in every format; a province's records again only in
        # ARSIP_DATA_PROVINCE_FORMATS (derived from the whole, not every format twice).
        wanted = setting(settings, "ARSIP_DATA_PROVINCE_FORMATS") if slug else None
        meta = {**about, "province": province}
        downloads = []
        for ext, label, media_type in FORMATS:
            if wanted is not None and ext not in wanted:
                continue
            if ext == "json":
                text = to_json(rows, meta)
            elif ext == "csv":
                text = to_csv(rows, getattr(self, "_csv_lines", None))
            else:
                text = to_geojson(rows, meta)
            save_as = setting(settings, f"{key}_SAVE_AS").format(slug=slug, ext=ext)
            url = setting(settings, f"{key}_URL").format(slug=slug, ext=ext)
            _, size = write_export(self.output_path, save_as, text, settings)
            downloads.append(
                Download(
                    ext,
                    label,
                    media_type,
                    site_url(settings, export_path(url, settings)),
                    size,
                    len(text.encode("utf-8")),
                )
            )
        return Part(name, slug, len(rows), tuple(downloads))

    def _write_sample(self, rows, about) -> Download | None:
        """The first records as uncompressed JSON: what the files hold, at a glance."""
        size = setting(self.settings, "ARSIP_DATA_SAMPLE_SIZE")
        save_as = setting(self.settings, "ARSIP_DATA_SAMPLE_SAVE_AS")
        if not size or not save_as or not setting(self.settings, "ARSIP_DATA_GZIP"):
            return None
        text = to_json(rows[:size], {**about, "province": None})
        written = _write(self.output_path, save_as, text)
        url = site_url(self.settings, setting(self.settings, "ARSIP_DATA_SAMPLE_URL"))
        return Download("json", "JSON", "application/json", url, written, written)


def data_generator(pelican):
    """get_generators receiver."""
    return DataGenerator
