"""Template filter: the prefilled "Laporkan kesalahan" link of an article."""

from __future__ import annotations

from jinja2 import pass_context

from arsip_core.urls import correction_link


@pass_context
def correction_url(context, article) -> str:
    """Where a reader reports a mistake in ``article``, with its id and URL filled
    in; "" when the site has no ARSIP_CORRECTIONS_URL."""
    record = getattr(article, "record", None)
    return correction_link(
        context.get("ARSIP_CORRECTIONS_URL") or "",
        record_id=record.id if record is not None else "",
        page_url=f"{context.get('SITEURL', '')}/{article.url}",
        title=article.title,
    )
