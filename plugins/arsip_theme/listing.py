"""One article's entry in the listings, rendered once per build and reused.

An article appears on the home page, its province page, the full archive and ten or
so index-term pages; rendering ``_article_item.html`` once instead of at every
appearance removed most of the listing pages' template time.
"""

from __future__ import annotations

from jinja2 import pass_context
from markupsafe import Markup

ITEM_TEMPLATE = "_article_item.html"
_CACHE_ATTRIBUTE = "_arsip_listing_item"


@pass_context
def listing_item(context, article) -> Markup:
    """Template filter: ``{{ article|listing_item }}``, the ``<li>`` of ``article``.

    Kept on the article object: articles are new objects in every build (read or
    unpickled from the cache, which is saved before any page is rendered), so an
    entry never outlives the build and the SITEURL it was rendered for.
    """
    siteurl = context.get("SITEURL", "")
    cached = getattr(article, _CACHE_ATTRIBUTE, None)
    if cached is not None and cached[0] == siteurl:
        return cached[1]
    template = context.environment.get_template(ITEM_TEMPLATE)
    html = Markup(template.render({**context.get_all(), "article": article}))
    setattr(article, _CACHE_ATTRIBUTE, (siteurl, html))
    return html
