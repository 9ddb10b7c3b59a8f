"""JSON-LD that stays data inside ``<script type="application/ld+json">``. Pure."""

from __future__ import annotations

import json
import re
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


_NEEDS_ESCAPE = re.compile("[<>&\u2028\u2029]")


def dumps_for_script(data: Any) -> str:
    """JSON text safe to place between ``<script>`` tags.

    Compact: no reader sees it, every article page carries it, and ``indent`` would
    make the json module use its pure-Python encoder (slower by several times).
    Translated only when a character needs it (``translate`` with a table looks up
    every character: more than the encoding itself)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


def json_ld(data: Any) -> Markup:
    """Template filter: the whole ``<script type="application/ld+json">`` element."""
    return Markup(
        '<script type="application/ld+json">\n' + dumps_for_script(data) + "\n</script>"
    )
