"""Walk a built site and check every file: page types, links, CSP, hosts, markup.

Pure helpers over an output folder (no Pelican import), shared by the quality,
browser and hostile tests. Every check returns a list of problems as strings, each
naming the file, so one assertion shows them all.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

# Page types by URL pattern, relative to the site root; first match wins. A type
# that does not exist yet in a build simply has no pages.
_PAGE_TYPES = (
    ("beranda", r"^(halaman/\d+/)?$"),
    ("artikel", r"^artikel/[^/]+/$"),
    ("provinsi-daftar", r"^provinsi/$"),
    ("provinsi", r"^provinsi/[^/]+/(halaman/\d+/)?$"),
    ("semua", r"^semua/(halaman/\d+/)?$"),
    ("tag-daftar", r"^tag/$"),
    ("tag", r"^tag/[^/]+/(halaman/\d+/)?$"),
    ("cari", r"^cari/$"),
    ("peta", r"^peta/$"),
    ("linimasa", r"^linimasa/$"),
    ("linimasa-provinsi", r"^linimasa/[^/]+/$"),
    ("indeks", r"^indeks/$"),
    ("indeks-taksonomi", r"^indeks/[^/]+/$"),
    ("indeks-istilah", r"^indeks/[^/]+/[^/]+/(halaman/\d+/)?$"),
    ("data", r"^data/([^/]+/)*$"),
    ("statistik", r"^statistik/$"),
    ("404", r"^404\.html$"),
    ("halaman", r"^[^/]+/$"),
)
# Each page type of the English edition (arsip_i18n) under en/, matched first.
EDITIONS = ("en",)
PAGE_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (f"{name}-{lang}", re.compile(f"^{lang}/{pattern[1:]}"))
    for lang in EDITIONS
    for name, pattern in _PAGE_TYPES
) + tuple((name, re.compile(pattern)) for name, pattern in _PAGE_TYPES)
# Non-executable script types we allow inline (data islands).
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json", "application/geo+json"}
# Attributes that hold a URL a browser follows or loads.
URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "xlink:href",
    "background",
    "cite",
    "longdesc",
    "manifest",
    "ping",
)
# Elements that load a resource (as opposed to <a>, which the reader follows).
RESOURCE_SELECTORS = {
    "script[src]": "src",
    "img[src]": "src",
    "iframe[src]": "src",
    "frame[src]": "src",
    "embed[src]": "src",
    "object[data]": "data",
    "source[src]": "src",
    "track[src]": "src",
    "audio[src]": "src",
    "video[src]": "src",
    "video[poster]": "poster",
    "input[src]": "src",
}
RESOURCE_LINK_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "preload",
    "prefetch",
    "modulepreload",
    "manifest",
    "preconnect",
    "dns-prefetch",
    "mask-icon",
}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_CSS_URL = re.compile(
    r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)|@import\s+['\"]([^'\"]+)['\"]"
)


def page_type(relative: str) -> str:
    """The page type of an output file, from its path relative to the output root."""
    url = (
        relative[: -len("index.html")] if relative.endswith("index.html") else relative
    )
    for name, pattern in PAGE_TYPES:
        if pattern.match(url):
            return name
    return "lain"


def scheme_of(url: str) -> str:
    """The URL's scheme as a browser sees it (control characters and case ignored)."""
    cleaned = _CONTROL.sub("", url).lower()
    match = re.match(r"^([a-z][a-z0-9+.-]*):", cleaned)
    return match[1] + ":" if match else ""


def is_dangerous_url(url: str) -> bool:
    return scheme_of(url) in DANGEROUS_SCHEMES


@dataclass
class Page:
    """One HTML file of a built site."""

    site: Site
    path: Path

    @property
    def relative(self) -> str:
        return self.path.relative_to(self.site.root).as_posix()

    @property
    def url(self) -> str:
        relative = self.relative
        if relative.endswith("index.html"):
            relative = relative[: -len("index.html")]
        return f"{self.site.base}/{relative}"

    @property
    def type(self) -> str:
        return page_type(self.relative)

    @cached_property
    def tree(self) -> LexborHTMLParser:
        return LexborHTMLParser(self.path.read_bytes().decode("utf-8", "replace"))

    @cached_property
    def ids(self) -> set[str]:
        found = set()
        for node in self.tree.css("[id], a[name]"):
            for attr in ("id", "name"):
                value = node.attributes.get(attr)
                if value:
                    found.add(value)
        return found


@dataclass
class Site:
    """A built site: its output folder and the URL it was built for (SITEURL)."""

    root: Path
    siteurl: str = ""
    _pages: dict[Path, Page] = field(default_factory=dict)

    @property
    def base(self) -> str:
        # A SITEURL of "" builds root-relative links; resolve them on a dummy origin.
        return self.siteurl.rstrip("/") or "http://situs.invalid"

    @property
    def origin(self) -> str:
        parts = urlsplit(self.base)
        return f"{parts.scheme}://{parts.netloc}"

    def files(self, *suffixes: str) -> list[Path]:
        return sorted(
            p for p in self.root.rglob("*") if p.is_file() and p.suffix in suffixes
        )

    def pages(self) -> list[Page]:
        return [self.page(p) for p in self.files(".html")]

    def page(self, path: Path) -> Page:
        if path not in self._pages:
            self._pages[path] = Page(self, path)
        return self._pages[path]

    def pages_by_type(self) -> dict[str, list[Page]]:
        grouped: dict[str, list[Page]] = defaultdict(list)
        for page in self.pages():
            grouped[page.type].append(page)
        return dict(grouped)

    def local_path(self, url: str) -> Path | None:
        """The output file a site URL points at, or None when it is not on this site."""
        parts = urlsplit(url)
        base = urlsplit(self.base + "/")
        if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
            return None
        if not parts.path.startswith(base.path):
            return self.root / "__outside_site_path__" / parts.path.lstrip("/")
        relative = unquote(parts.path[len(base.path) :])
        target = self.root / relative
        if relative == "" or relative.endswith("/"):
            target = target / "index.html"
        return target

    def is_internal(self, url: str) -> bool:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}" == self.origin


# -- checks ---------------------------------------------------------------------------


def links_of(page: Page) -> Iterator[tuple[str, str]]:
    """(attribute value, absolute URL) of every link and resource in a page."""
    for node in page.tree.css("a[href], area[href], link[href]"):
        href = node.attributes.get("href") or ""
        yield href, urljoin(page.url, href)
    for selector, attr in RESOURCE_SELECTORS.items():
        for node in page.tree.css(selector):
            value = node.attributes.get(attr) or ""
            yield value, urljoin(page.url, value)
    for node in page.tree.css("img[srcset], source[srcset]"):
        for candidate in (node.attributes.get("srcset") or "").split(","):
            if candidate.strip():
                value = candidate.split()[0]
                yield value, urljoin(page.url, value)


@dataclass
class LinkReport:
    checked: int = 0
    external: int = 0
    problems: list[str] = field(default_factory=list)


def check_links(site: Site, pages: Iterable[Page] | None = None) -> LinkReport:
    """Every internal link resolves to a file, and every #fragment to an id there."""
    report = LinkReport()
    for page in pages if pages is not None else site.pages():
        for raw, url in links_of(page):
            if (
                scheme_of(raw) in ("mailto:", "tel:")
                or raw.startswith("#")
                and raw == "#"
            ):
                continue
            if not site.is_internal(url):
                report.external += 1
                continue
            report.checked += 1
            target = site.local_path(url)
            if target is None or not target.is_file():
                if (
                    target is not None
                    and target.is_dir()
                    and (target / "index.html").is_file()
                ):
                    problem = "menunjuk folder tanpa garis miring penutup"
                else:
                    problem = "berkas tidak ada"
                report.problems.append(f"{page.relative}: {raw!r}: {problem}")
                continue
            fragment = unquote(urlsplit(url).fragment)
            if (
                fragment
                and target.suffix == ".html"
                and fragment not in site.page(target).ids
            ):
                report.problems.append(
                    f"{page.relative}: {raw!r}: tidak ada id {fragment!r} di "
                    f"{target.relative_to(site.root).as_posix()}"
                )
    return report


def parse_csp(content: str) -> dict[str, list[str]]:
    policy: dict[str, list[str]] = {}
    for directive in content.split(";"):
        words = directive.split()
        if words:
            policy.setdefault(words[0].lower(), words[1:])
    return policy


def allowed_csp_sources(tile_hosts: Iterable[str]) -> set[str]:
    """What any CSP directive may allow: the site itself, the tile server, data: images."""
    return {"'self'", "'none'", *tile_hosts}


def check_csp(page: Page, tile_hosts: Iterable[str]) -> list[str]:
    """One CSP <meta>, before anything it governs, allowing only the site and tiles."""
    tile_hosts = set(tile_hosts)
    problems: list[str] = []
    metas = [
        node
        for node in page.tree.css("meta[http-equiv]")
        if (node.attributes.get("http-equiv") or "").lower()
        == "content-security-policy"
    ]
    where = page.relative
    if len(metas) != 1:
        return [f"{where}: {len(metas)} CSP <meta> (harus tepat 1)"]
    meta = metas[0]
    if meta.parent is None or meta.parent.tag != "head":
        problems.append(f"{where}: CSP <meta> tidak di dalam <head>")
    # A policy in <meta> only governs what comes after it.
    head = page.tree.head
    for node in head.iter() if head is not None else ():
        if node.tag in ("script", "style", "link", "base"):
            if node.tag == "link" and (node.attributes.get("rel") or "") not in (
                "stylesheet",
                "preload",
                "modulepreload",
                "icon",
            ):
                continue
            problems.append(f"{where}: <{node.tag}> sebelum CSP <meta>")
        if node.mem_id == meta.mem_id:
            break
    policy = parse_csp(meta.attributes.get("content") or "")
    for directive in ("default-src", "script-src", "object-src", "base-uri"):
        if directive not in policy:
            problems.append(f"{where}: CSP tanpa {directive}")
    if policy.get("object-src") != ["'none'"]:
        problems.append(f"{where}: object-src harus 'none'")
    for directive, sources in policy.items():
        for source in sources:
            allowed = source in ("'self'", "'none'") or source in tile_hosts
            allowed |= directive == "img-src" and source == "data:"
            # Pagefind compiles WebAssembly: only the search page needs that.
            allowed |= (
                directive == "script-src"
                and source == "'wasm-unsafe-eval'"
                and page.type in ("cari", *(f"cari-{lang}" for lang in EDITIONS))
            )
            # A meta CSP cannot use frame-ancestors, report-uri or sandbox anyway.
            if not allowed:
                problems.append(f"{where}: CSP {directive} mengizinkan {source}")
            if source in tile_hosts and directive not in ("img-src", "connect-src"):
                problems.append(f"{where}: host ubin {source} di {directive}")
    return problems


def unsafe_markup(
    tree: LexborHTMLParser, is_known_script: Callable[[str], bool] = lambda src: False
) -> list[str]:
    """Executable markup: unknown scripts, inline scripts, on* handlers, script URLs.

    ``is_known_script(src)`` tells our own scripts (theme, Pagefind, maps) apart.
    """
    problems: list[str] = []
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").strip().lower()
        src = node.attributes.get("src")
        if src is None:
            if kind not in DATA_SCRIPT_TYPES:
                problems.append(f"<script> sebaris: {node.text()[:60]!r}")
            elif kind == "application/ld+json" or kind.endswith("json"):
                try:
                    json.loads(node.text())
                except ValueError:
                    problems.append(f"<script type={kind}> bukan JSON yang sah")
        elif is_dangerous_url(src) or not is_known_script(src):
            problems.append(f"<script src={src!r}> tidak dikenal")
    for tag in ("iframe", "frame", "object", "embed", "base", "applet", "portal"):
        for node in tree.css(tag):
            problems.append(f"<{tag}> {node.html[:80]!r}")
    canonical = tree.css_first('link[rel="canonical"]')
    own_target = canonical.attributes.get("href") if canonical is not None else None
    for node in tree.css("meta[http-equiv]"):
        if (node.attributes.get("http-equiv") or "").lower() == "refresh":
            # Only a redirect page of an old URL (arsip_site): straight to its own
            # canonical page, which is on this site.
            content = node.attributes.get("content") or ""
            target = content.partition("url=")[2]
            if not (
                own_target
                and target == own_target
                and content == f"0; url={own_target}"
                and not is_dangerous_url(target)
            ):
                problems.append(f"<meta http-equiv=refresh> {node.html[:80]!r}")
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            lowered = name.lower()
            if lowered.startswith("on"):
                problems.append(f"<{node.tag} {name}=...> penangan kejadian")
            elif lowered in URL_ATTRIBUTES and value and is_dangerous_url(value):
                problems.append(f"<{node.tag} {name}={value[:60]!r}>")
            elif lowered == "srcdoc":
                problems.append(f"<{node.tag} srcdoc>")
            elif lowered == "style" and re.search(
                r"expression\s*\(|javascript:|url\(", value or "", re.I
            ):
                problems.append(f"<{node.tag} style={value[:60]!r}>")
    return problems


def third_party_resources(page: Page, allowed_hosts: Iterable[str]) -> list[str]:
    """Resources (not links) a page would load from any host but the site itself."""
    allowed = {h.lower() for h in allowed_hosts}
    site = page.site
    found = []
    urls: list[str] = []
    for selector, attr in RESOURCE_SELECTORS.items():
        urls += [n.attributes.get(attr) or "" for n in page.tree.css(selector)]
    for node in page.tree.css("link[href]"):
        rels = set((node.attributes.get("rel") or "").lower().split())
        if rels & RESOURCE_LINK_RELS:
            urls.append(node.attributes.get("href") or "")
    for node in page.tree.css("style"):
        urls += [a or b for a, b in _CSS_URL.findall(node.text())]
    for node in page.tree.css("[style]"):
        urls += [
            a or b for a, b in _CSS_URL.findall(node.attributes.get("style") or "")
        ]
    for raw in urls:
        url = urljoin(page.url, raw)
        host = (urlsplit(url).hostname or "").lower()
        if scheme_of(url) in ("data:",) or site.is_internal(url):
            continue
        if host and host not in allowed:
            found.append(f"{page.relative}: memuat {raw!r} dari {host}")
    return found


def css_resource_urls(site: Site) -> list[tuple[Path, str]]:
    """url(...) and @import targets in the site's CSS files."""
    found = []
    for path in site.files(".css"):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [(path, a or b) for a, b in _CSS_URL.findall(text)]
    return found


def parse_xml(path: Path) -> ET.Element:
    """Parse a feed or sitemap; DTDs and entities are refused (a hostile feed could)."""
    data = path.read_bytes()
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ValueError(f"{path}: DOCTYPE/ENTITY in XML output")
    return ET.fromstring(data)


def json_strings(value) -> Iterator[str]:
    """Every string (keys included) inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def own_script_check(page: Page) -> Callable[[str], bool]:
    """Our scripts: files of this site (never written from input: STATIC_PATHS is [])."""

    def known(src: str) -> bool:
        url = urljoin(page.url, src)
        target = page.site.local_path(url) if page.site.is_internal(url) else None
        return (
            target is not None and target.suffix in (".js", ".mjs") and target.is_file()
        )

    return known


def xml_links(site: Site) -> Iterator[tuple[str, str]]:
    """(file, URL) of every link in the feeds and the sitemap (href and <loc>/<id>)."""
    for path in site.files(".xml", ".atom", ".rss"):
        name = path.relative_to(site.root).as_posix()
        for element in parse_xml(path).iter():
            tag = element.tag.rsplit("}", 1)[-1]
            if "href" in element.attrib:
                yield name, element.attrib["href"]
            if tag in ("loc", "link") and (element.text or "").strip():
                yield name, element.text.strip()


def check_xml_links(site: Site) -> LinkReport:
    """Feed and sitemap links to this site point at files that exist."""
    report = LinkReport()
    for name, url in xml_links(site):
        if not site.is_internal(url):
            report.external += 1
            continue
        report.checked += 1
        target = site.local_path(url)
        if target is None or not target.is_file():
            report.problems.append(f"{name}: {url!r}: berkas tidak ada")
    return report
