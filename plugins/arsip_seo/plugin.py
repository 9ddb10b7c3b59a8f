"""Signal receivers of arsip_seo: template filters, sitemap and robots.txt."""

from __future__ import annotations

import logging

from arsip_seo.jsonld import json_ld

logger = logging.getLogger(__name__)


def add_template_helpers(generator) -> None:
    """Give every template the ``json_ld`` filter."""
    generator.env.filters["json_ld"] = json_ld
