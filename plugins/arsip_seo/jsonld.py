"""JSON-LD that stays data inside ``<script type="application/ld+json">``. Pure."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

# "</script>" or "<!--" in a title must not end or change the script element; the
# escaped forms are the same JSON string. (As in Django's json_script.)
_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def dumps_for_script(data: Any) -> str:
    """JSON text safe to place between ``<script>`` tags.

    Compact: no reader sees it, every article page carries it, and ``indent`` would
    make the json module use its pure-Python encoder (slower by several times)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        _ESCAPES
    )


def json_ld(data: Any) -> Markup:
    """Template filter: the whole ``<script type="application/ld+json">`` element."""
    return Markup(
        '<script type="application/ld+json">\n' + dumps_for_script(data) + "\n</script>"
    )
