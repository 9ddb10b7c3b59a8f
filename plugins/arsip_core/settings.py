"""Defaults of every ``ARSIP_*`` setting, in one place.

Each is documented in docs/settings.md; ``tests/test_docs.py`` fails when one is not.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

DEFAULTS: dict[str, Any] = {
    # Largest article file the reader accepts, in bytes.
    "ARSIP_READER_MAX_BYTES": 2_000_000,
    # Fail the build (non-zero exit) when any input file is rejected.
    "ARSIP_STRICT": False,
    # Where the machine-readable build report is written, relative to OUTPUT_PATH.
    "ARSIP_REPORT_SAVE_AS": "laporan-build.json",
    # Category given to articles whose province is unknown.
    "ARSIP_UNKNOWN_PROVINCE": "Provinsi tidak diketahui",
}


def apply_defaults(settings: MutableMapping[str, Any]) -> None:
    """Fill in every ARSIP_* setting the site did not set."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)


def setting(settings: MutableMapping[str, Any], key: str) -> Any:
    """A setting's value, falling back to its default."""
    return settings.get(key, DEFAULTS[key])
