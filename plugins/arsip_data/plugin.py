"""The /data/ generator: exports, schema and data page, written in generate_output."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from pelican.generators import Generator

from arsip_core import dictionary
from arsip_core.dictionary import FIELD_NAMES, FIELDS, record_schema
from arsip_core.files import load_kept, save_kept, source_digest, write_if_changed
from arsip_core.settings import setting
from arsip_data.describe import (
    FORMATS,
    Download,
    Part,
    citation,
    dataset_jsonld,
    date_range,
)
from arsip_data.export import (
    Lines,
    export_pieces,
    record_data,
    serialise,
    sort_key,
    to_json,
)
from arsip_data.gzchunks import write_chunked
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


def _write(output_path: str, save_as: str, text: str | bytes) -> int:
    data = text.encode("utf-8") if isinstance(text, str) else text
    write_if_changed(Path(output_path) / save_as, data)
    return len(data)


def export_path(save_as: str, settings) -> str:
    """Where an export goes: ``.gz`` appended when ARSIP_DATA_GZIP is on."""
    return save_as + ".gz" if setting(settings, "ARSIP_DATA_GZIP") else save_as


class Written(NamedTuple):
    """An export as written: its path under the output, its bytes as published and
    its bytes once uncompressed."""

    save_as: str
    size: int
    raw_size: int


def write_export(
    output_path: str, save_as: str, text: str | Sequence[str], settings
) -> Written:
    """Write one export (its text, or its text in pieces), compressed when
    ARSIP_DATA_GZIP is on.

    Compressed, each piece of text is compressed on its own (``arsip_data.gzchunks``):
    a rebuild compresses again only the pieces whose text changed (level 9 was most
    of the open data's CPU), taking the others from the file the last build wrote,
    as told by the table kept beside the content cache."""
    pieces = [text] if isinstance(text, str) else text
    raw = [piece.encode("utf-8") for piece in pieces]
    raw_size = sum(map(len, raw))
    if not setting(settings, "ARSIP_DATA_GZIP"):
        return Written(save_as, _write(output_path, save_as, b"".join(raw)), raw_size)
    save_as = export_path(save_as, settings)
    size = write_chunked(Path(output_path) / save_as, raw, _gzip_table(settings))
    return Written(save_as, size, raw_size)


GZIP_TABLE = "arsip-data-gz.json"


def _cache_file(settings, name: str) -> Path | None:
    """A table of the open data's beside the content cache, or None when the build
    keeps no cache."""
    cache = settings.get("CACHE_PATH")
    if not cache or not settings.get("CACHE_CONTENT"):
        return None
    return Path(cache) / name


def _gzip_table(settings) -> Path | None:
    """The table of compressed exports' pieces."""
    return _cache_file(settings, GZIP_TABLE)


LINES_TABLE = "arsip-data-baris.pickle"
# What the kept lines are made by: another version of it, another table.
_LINES_CODE = (Path(__file__).parent / "export.py", Path(dictionary.__file__))


def _code_digest() -> bytes:
    return source_digest(_LINES_CODE)


def serialise_rows(rows, settings) -> dict[str, Lines]:
    """Each row's lines (``export.serialise``), with the last build's table when
    the build keeps a cache; the table is saved again when its rows changed."""
    path = _cache_file(settings, LINES_TABLE)
    if path is None:
        return serialise(rows, {})[0]
    code = _code_digest()
    known = load_kept(path, code, dict) or {}
    lines, table = serialise(rows, known)
    if table.keys() != known.keys():
        save_kept(path, code, table)
    return lines


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

        # Each record serialised once, for the archive's files and its province's.
        self._lines = serialise_rows(rows, settings)
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
            pieces = export_pieces(ext, meta, rows, self._lines)
            save_as = setting(settings, f"{key}_SAVE_AS").format(slug=slug, ext=ext)
            url = setting(settings, f"{key}_URL").format(slug=slug, ext=ext)
            written = write_export(self.output_path, save_as, pieces, settings)
            downloads.append(
                Download(
                    ext,
                    label,
                    media_type,
                    site_url(settings, export_path(url, settings)),
                    written.size,
                    written.raw_size,
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
