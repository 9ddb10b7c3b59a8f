"""Record accuracy of the saved-page path (.html) beside the pasted-text path (.txt).

``python benchmarks/html_vs_text.py [--real-texts DIR] [--verbose]``

The stored real pages (issue 11's set, ``realpages/texts/<id>.txt``) are text as a
maintainer pastes it: their HTML was never stored. So the HTML path is measured on
**own-words layouts**: for each development page whose annotation gives a title, the
script wraps that page's stored text in an HTML page of its layout family, written
here (TEMPLATES: Tribun-like portal with JSON-LD and breadcrumbs, ANTARA-like,
WordPress with Yoast's JSON-LD graph, Blogspot, Tribratanews, national portal, local
portal with OpenGraph only), in a temporary folder, never in git:

- the lines before the annotated title go into the site's header and navigation, the
  title into ``<h1>`` and the metadata (``og:title``, JSON-LD ``headline``), the lines
  between the title and the story's first paragraph into the article header (byline,
  caption), the story into ``<p>`` elements, and from the first related-list heading
  ("Berita Terkait", "Tag:", "Terpopuler"...) on into a sidebar;
- the publication date in the metadata is the annotated one, or the date in the
  page's URL (``/2024/02/17/``) when the text shows no stamp; the outlet in
  ``og:site_name`` is the annotated one (none when the text does not name it).

Both paths then go through ``read_article`` exactly as the build reads them, and
are scored with benchmarks/extraction.py's rules on the same pages. What this
measures, and what it does not:

- title, outlet, published: how well the page's metadata is read **when the site
  publishes it as real Indonesian news sites do**; the values were put there from the
  annotations, so these rows are an upper bound, not a measurement of real sites;
- dateline and the body fields: the same stored text, but with the header, caption
  and related lists in the elements where real pages keep them, so what trafilatura
  and the text parser make of the story itself.

``published`` on the HTML path is scored against the annotated stamp, or the URL's
date (day precision) where the text shows none; ``outlet`` only where annotated.
Prints n/N and % per field for both paths and the difference; exits 0.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "plugins"))

import extraction as ex  # noqa: E402 - the scorers of benchmarks/extraction.py

TZ = ZoneInfo("Asia/Jakarta")
_TRAILING = re.compile(
    r"^\s*(?:berita|artikel)\s+(?:terkait|lainnya|terbaru|populer)\b|"
    r"^\s*(?:terpopuler|terkini|populer|rekomendasi|tag|tags|topik)\s*:?\s*$|"
    r"^\s*(?:tag|tags|topik)\s*:",
    re.IGNORECASE,
)
# A photo caption or credit in the article header ("FOTO: ...", "TRIBUNKALTARA.COM/X").
_CAPTION = re.compile(r"\bfoto\b|\(ist\)|\.com\s*/|[A-Z]{4,}\.(?:COM|CO\.ID)", re.I)
_URL_DATE = re.compile(r"/(20\d{2})/(\d{2})/(\d{2})/")
_URL_MONTH = re.compile(r"/(20\d{2})/(\d{2})/")
FAMILIES = {
    "tribun": "tribun",
    "antara-regional": "antara",
    "antara-national": "antara",
    "wordpress-local": "wordpress",
    "humas-polres-wp": "wordpress",
    "humas-polda": "wordpress",
    "tribratanews": "wordpress",
    "jawapos-regional": "wordpress",
    "blogspot": "blogspot",
    "national-portal": "jsonld",
    "kumparan": "jsonld",
    "suara-regional": "jsonld",
    "pikiran-rakyat": "jsonld",
}


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def split_page(lines: list[str], case: dict[str, Any]) -> dict[str, list[str]] | None:
    """The stored text cut where its real page's elements were; None if the
    annotated title is not in it."""
    title = _key(case["title"])
    at = next(
        (i for i, ln in enumerate(lines) if title and _key(ln).startswith(title[:60])),
        None,
    )
    if at is None:
        return None
    place = (case.get("dateline_place") or "").casefold()
    start = None
    for i in range(at + 1, len(lines)):
        # A dateline names its place at the start of the line ("KOTA -",
        # "OUTLET.COM, KOTA -"), sometimes alone on its line.
        if place and place in lines[i][:40].casefold():
            start = i
            break
    if start is None:
        start = next(
            (i for i in range(at + 1, len(lines)) if len(lines[i]) > 150), at + 1
        )
    end = next(
        (i for i in range(start + 1, len(lines)) if _TRAILING.match(lines[i])),
        len(lines),
    )
    return {
        "site": lines[:at],
        "header": lines[at + 1 : start],
        "story": lines[start:end],
        "after": lines[end:],
    }


def published_for(case: dict[str, Any]) -> str | None:
    """What the page's metadata says: the annotated stamp, else the URL's date."""
    if case.get("published"):
        return case["published"]
    found = _URL_DATE.search(case.get("url") or "")
    return "-".join(found.groups()) if found else None


def _ps(lines: list[str], tag: str = "p", cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<{tag}{attr}>{html.escape(ln)}</{tag}>" for ln in lines)


def _json_ld(case, published, outlet, kind="NewsArticle") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": case["title"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": case["url"]},
    }
    if published:
        data["datePublished"] = published
    if outlet:
        data["publisher"] = {"@type": "Organization", "name": outlet}
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def build_html(case: dict[str, Any], parts: dict[str, list[str]]) -> str:
    """One own-words page of the case's layout family around its stored text."""
    family = FAMILIES.get(case.get("layout_family") or "", "portal")
    title = html.escape(case["title"])
    outlet = case.get("outlet")
    published = published_for(case)
    url = html.escape(case["url"])
    head = ['<meta charset="utf-8">', f'<link rel="canonical" href="{url}">']
    head.append(
        f"<title>{title}{' - ' + html.escape(outlet) if outlet else ''}</title>"
    )
    if family in ("tribun", "jsonld"):
        head.append(_json_ld(case, published, outlet))
        head.append(f'<meta property="og:title" content="{title}">')
    elif family == "wordpress":
        head.append(_json_ld(case, published, outlet, kind="Article"))
        head.append(f'<meta property="og:title" content="{title}">')
        if published:
            head.append(
                f'<meta property="article:published_time" content="{published}">'
            )
    elif family in ("antara", "portal"):
        head.append(f'<meta property="og:title" content="{title}">')
        if published:
            head.append(
                f'<meta property="article:published_time" content="{published}">'
            )
    if outlet and family != "blogspot":
        head.append(f'<meta property="og:site_name" content="{html.escape(outlet)}">')
    site = _ps(parts["site"], "li")
    header = "\n".join(
        f"<figure><figcaption>{html.escape(ln)}</figcaption></figure>"
        if _CAPTION.search(ln)
        else f'<div class="credit">{html.escape(ln)}</div>'
        for ln in parts["header"]
    )
    story = _ps(parts["story"])
    after = _ps(parts["after"], "li")
    nav = (
        f'<header class="site-header"><div class="logo">{html.escape(outlet or "")}'
        f'</div><nav class="menu"><ul>{site}</ul></nav></header>'
    )
    if family == "blogspot":
        stamp = f'<abbr class="published" title="{published}">{published}</abbr>'
        body = (
            f'<div class="header-outer"><h1 class="title">{html.escape(outlet or "")}'
            f'</h1><ul>{site}</ul></div><div class="post hentry">'
            f'<h3 class="post-title entry-title">{title}</h3>{header}'
            f'<div class="post-body entry-content">{story}</div>'
            f'<div class="post-footer">{stamp if published else ""}</div></div>'
            f'<div class="sidebar"><div class="widget PopularPosts"><ul>{after}</ul>'
            "</div></div>"
        )
    else:
        article_class = {
            "tribun": "detail",
            "antara": "wrap__article-detail",
            "wordpress": "post type-post",
        }.get(family, "post")
        body = (
            f'{nav}<div class="breadcrumb">Beranda » Berita</div><main>'
            f'<article class="{article_class}"><h1>{title}</h1>{header}'
            f'<div class="entry-content txt-article">{story}</div></article>'
            f'<section class="related"><ul>{after}</ul></section></main>'
            '<aside class="sidebar widget"><h3>Terpopuler</h3></aside>'
            '<footer class="site-footer">Redaksi · Pedoman Media Siber</footer>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="id"><head>'
        + "\n".join(head)
        + f"</head><body>{body}</body></html>\n"
    )


SECONDS: dict[str, list[float]] = {".txt": [], ".html": []}


def score(case, path: Path, expected: dict[str, Any]) -> tuple[dict, dict]:
    """Per-field verdicts (None: not scored) and the record for one file."""
    from arsip_reader.pipeline import read_article

    try:
        started = time.perf_counter()
        record = read_article(path, path.name, tz=TZ).record.to_dict()
        SECONDS.setdefault(path.suffix, []).append(time.perf_counter() - started)
    except Exception as err:  # noqa: BLE001 - a benchmark reports every failure
        return dict.fromkeys(ex.REAL_FIELDS, False), {"error": str(err)}
    verdicts = {}
    for field in ex.REAL_FIELDS:
        want = expected.get(field, case.get(field))
        if field in ex.REAL_OPTIONAL and want is None:
            verdicts[field] = None
            continue
        try:
            verdicts[field] = ex.SCORERS[field](want, record.get(field))
        except Exception:  # noqa: BLE001
            verdicts[field] = False
    return verdicts, record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real-texts", type=Path, default=ex.REAL_TEXTS)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument(
        "--keep", type=Path, help="write the generated pages here (never in git)"
    )
    args = parser.parse_args(argv)
    texts = ex.real_texts_folder(args.real_texts, "texts")
    cases = [c for c in ex.load_real(ex.REAL_DIR / "dev", texts) if c.get("title")]
    rows = {"text": {}, "html": {}}
    skipped: list[str] = []
    used = 0
    mismatches: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for case in cases:
            path = Path(case["_path"])
            if not path.is_file():
                skipped.append(f"{case['id']}: no text")
                continue
            lines = [ln.strip() for ln in path.read_text("utf-8").split("\n")]
            parts = split_page([ln for ln in lines if ln], case)
            if parts is None or not parts["story"]:
                skipped.append(f"{case['id']}: title not found in the text")
                continue
            page = folder / f"{case['id']}.html"
            page.write_text(build_html(case, parts), encoding="utf-8")
            used += 1
            html_expected = {"published": published_for(case)}
            if not case.get("outlet"):
                html_expected["outlet"] = None
            text_v, _ = score(case, path, {})
            html_v, record = score(case, page, html_expected)
            for field in ex.REAL_FIELDS:
                for name, verdicts in (("text", text_v), ("html", html_v)):
                    verdict = verdicts[field]
                    if field == "outlet" and not case.get("outlet"):
                        verdict = None  # only annotated outlets are compared
                    if verdict is None:
                        continue
                    right, total = rows[name].get(field, (0, 0))
                    rows[name][field] = (right + bool(verdict), total + 1)
                if (
                    html_v[field] is False
                    and field != "outlet"
                    or (field == "outlet" and case.get("outlet") and not html_v[field])
                ):
                    want = html_expected.get(field, case.get(field))
                    mismatches.append(
                        f"  {case['id']} ({case.get('layout_family')}) · {field}: "
                        f"expected {ex._show(want)}, html {ex._show(record.get(field))}"
                    )
    out = sys.stdout.write
    out(
        f"HTML path (own-words layouts around the stored texts) beside the text path, "
        f"on {used} real dev pages with an annotated title\n"
    )
    out(f"{'field':<16} {'text path':>14} {'HTML path':>14} {'diff':>7}\n")
    for field in ex.REAL_FIELDS:
        t_right, t_total = rows["text"].get(field, (0, 0))
        h_right, h_total = rows["html"].get(field, (0, 0))
        t_share = ex._share(t_right, t_total)
        h_share = ex._share(h_right, h_total)
        out(
            f"{field:<16} {t_right:>4}/{t_total:<3} {t_share:5.1f}% "
            f"{h_right:>4}/{h_total:<3} {h_share:5.1f}% {h_share - t_share:+6.1f}\n"
        )
    text_ms = statistics.median(SECONDS[".txt"] or [0]) * 1000
    html_ms = statistics.median(SECONDS[".html"][1:] or [0]) * 1000
    out(
        f"median read time per page: text {text_ms:.1f} ms, HTML {html_ms:.1f} ms "
        f"({html_ms / text_ms if text_ms else 0:.1f}x; the first HTML page, which "
        "imports trafilatura, left out)\n"
    )
    if skipped:
        out(f"{len(skipped)} pages not used: " + "; ".join(skipped) + "\n")
    if args.verbose and mismatches:
        out("HTML path mismatches:\n" + "\n".join(mismatches) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
