"""Settings for the public site: pelicanconf plus the published address.

SITEURL comes from the environment (CI takes it from the GitHub Pages configuration).
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
# Stale files are removed by arsip_incremental, unchanged pages are kept.
DELETE_OUTPUT_DIRECTORY = False
ARSIP_STRICT = os.environ.get("ARSIP_STRICT", "") == "1"
