"""What a page says about itself: canonical URL, NewsArticle JSON-LD, citation. Pure."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from arsip_core.model import Record

INDEX_FILE = "index.html"


def canonical_path(output_file: str) -> str:
    """``artikel/x/index.html`` -> ``artikel/x/``; other files keep their name."""
    output_file = output_file.replace("\\", "/").lstrip("/")
    if output_file == INDEX_FILE:
        return ""
    if output_file.endswith("/" + INDEX_FILE):
        return output_file[: -len(INDEX_FILE)]
    return output_file


def record_citation(
    *,
    outlet: str | None,
    title: str,
    published: str | None,
    url: str | None,
    archive: str,
    page_url: str,
    record_id: str,
    gettext: Callable[[str], str] = str,
) -> str:
    """How to cite one record: the original article, then the archive's record (in
    ``gettext``'s language)."""
    _ = gettext
    when = published[:10] if published else _("t.t.")
    source = f"{outlet or _('Media tidak diketahui')}. ({when}). {title}."
    if url:
        source += f" {url}."
    return _("%(source)s Diarsipkan dalam %(archive)s, rekaman %(id)s: %(url)s.") % {
        "source": source,
        "archive": archive,
        "id": record_id,
        "url": page_url,
    }


def news_article(
    record: Record,
    *,
    page_url: str,
    site_name: str,
    site_url: str,
    outlet: str | None = None,
    keywords: Iterable[str] = (),
    election: str | None = None,
) -> dict[str, Any]:
    """schema.org NewsArticle of an archived article; the original is ``isBasedOn``."""
    outlet = record.outlet or outlet
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": page_url,
        "headline": record.title,
        "url": page_url,
        "mainEntityOfPage": page_url,
        "identifier": record.id,
        "inLanguage": "id",
    }
    if record.published:
        data["datePublished"] = record.published
    if record.url:
        data["isBasedOn"] = record.url
    if outlet:
        data["publisher"] = {"@type": "Organization", "name": outlet}
    if record.author:
        data["author"] = {"@type": "Person", "name": record.author}
    places = [p.name for p in record.places]
    if record.province and record.province not in places:
        places.append(record.province)
    if places:
        data["contentLocation"] = [{"@type": "Place", "name": n} for n in places]
    if election:
        data["about"] = {"@type": "Event", "name": election}
    words = sorted({k for k in keywords if k})
    if words:
        data["keywords"] = words
    # Who published this structured data: the archive, not the outlet.
    data["sdPublisher"] = {"@type": "Organization", "name": site_name, "url": site_url}
    data["isPartOf"] = {"@type": "WebSite", "name": site_name, "url": site_url}
    return data
