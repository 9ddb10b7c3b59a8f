"""Assemble a Record from a parsed article. (Minimal first version.)"""

from __future__ import annotations

from arsip_core.model import ParsedArticle, Record


def extract_record(parsed: ParsedArticle) -> Record:
    """Return the structured record for ``parsed``; pure, no Pelican."""
    return Record(
        title=parsed.title or "",
        outlet=parsed.outlet,
        url=parsed.url,
        author=parsed.author,
        published=parsed.published.isoformat() if parsed.published else None,
        dateline_place=parsed.dateline_place,
        source_file=parsed.source_path,
        warnings=parsed.warnings,
    )
