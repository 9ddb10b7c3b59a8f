"""The real-page texts kept outside git: which are missing, and are they the same.

``python benchmarks/realpages.py missing [--part PART]`` lists the annotated pages
whose text is not under ``realpages/`` (id, url, headline), part by part.
``python benchmarks/realpages.py where URL [URL ...]`` says for each address whether it
is an annotated page and where its text goes (``WANT path``), or that the text is
already there (``HAVE``), or that it is not in the set (``NO``).
``python benchmarks/realpages.py put URL < excerpt`` writes one excerpt of the
stored-page search where it belongs (stdin holds the answer's JSON string literal,
quotes and escapes included, or the plain text with ``--raw``) and prints ``OK`` when
it is byte for byte the text in the manifest, ``DIFFERS``, ``HAVE`` (already there,
left alone) or, for an address in no part of the set, ``CANDIDATE``: kept under
``realpages/candidates/`` (and listed in its ``new.tsv``) as a source for the next
held-back part.
``python benchmarks/realpages.py verify`` compares the texts present with
``tests/fixtures/real/texts.sha256``, and ``manifest`` adds the texts present to it
(keeping the entries of texts absent on this machine).

The texts are other people's writing and never enter git, so a new machine starts
without them (session 10 lost them all and restored them from the stored-page search).
The manifest holds only each text's size and SHA-256: it tells whether a text fetched
again is byte for byte the one the annotations and the figures in RESULTS.md were made
on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from extraction import REAL_DIR, REAL_PARTS, REAL_TEXTS

MANIFEST = REAL_DIR / "texts.sha256"


def say(line: str, stream=None) -> None:
    (stream or sys.stdout).write(line + "\n")


def annotated_pages() -> dict[str, dict]:
    """Every annotated real page by id: its part, address, headline and text path."""
    pages = {}
    for part, (folder, texts) in REAL_PARTS.items():
        for path in sorted((REAL_DIR / folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            pages[data["id"]] = {
                "part": part,
                "url": data["url"],
                "title": data.get("title"),
                "text": REAL_TEXTS / texts / f"{data['id']}.txt",
            }
    return pages


def bare_address(url: str) -> str:
    """An address without scheme, ``www.`` or a closing slash, to match copies."""
    url = url.strip().split("://", 1)[-1]
    return url.removeprefix("www.").rstrip("/")


def read_manifest(path: Path = MANIFEST) -> dict[str, tuple[int, str]]:
    entries = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                page_id, size, digest = line.split("\t")
                entries[page_id] = (int(size), digest)
    return entries


def fingerprint(path: Path) -> tuple[int, str]:
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def cmd_missing(pages: dict[str, dict], part: str | None) -> int:
    missing = [
        (page_id, page)
        for page_id, page in sorted(pages.items(), key=lambda item: item[1]["part"])
        if (part is None or page["part"] == part) and not page["text"].exists()
    ]
    for page_id, page in missing:
        say(f"{page['part']}\t{page_id}\t{page['url']}\t{page['title'] or ''}")
    say(f"{len(missing)} annotated pages without a text", sys.stderr)
    return 0


def cmd_where(pages: dict[str, dict], urls: list[str]) -> int:
    by_address = {bare_address(page["url"]): page for page in pages.values()}
    for url in urls:
        page = by_address.get(bare_address(url))
        if page is None:
            say(f"NO   {url}")
        elif page["text"].exists():
            say(f"HAVE {page['text']} {url}")
        else:
            say(f"WANT {page['text']} {url}")
    return 0


def page_id(url: str) -> str:
    """The set's id of an address: the first 12 hex digits of its SHA-1."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def cmd_put(pages: dict[str, dict], url: str, data: str, raw: bool = False) -> int:
    """Write one search excerpt to its place; say if it is the manifest's text.

    The excerpt is taken as the search answer's JSON string literal because copying
    that (escapes and all) is what keeps every byte: a typed-out text loses
    non-breaking spaces, curly quotes and the closing newline.
    """
    text = data if raw else json.loads(data.strip())
    by_address = {bare_address(page["url"]): (pid, page) for pid, page in pages.items()}
    found = by_address.get(bare_address(url))
    if found is None:
        folder = REAL_TEXTS / "candidates"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{page_id(url)}.txt"
        if not path.exists():
            path.write_text(text, encoding="utf-8")
            with open(folder / "new.tsv", "a", encoding="utf-8") as listing:
                listing.write(f"{page_id(url)}\t{url}\n")
        say(f"CANDIDATE {path}")
        return 0
    pid, page = found
    path = page["text"]
    if path.exists():
        say(f"HAVE {path}")
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    known = read_manifest(MANIFEST).get(pid)
    if known is None:
        say(f"NEW {path} (not in the manifest)")
    elif fingerprint(path) == known:
        say(f"OK {path}")
    else:
        say(f"DIFFERS {path}: {fingerprint(path)[0]} bytes, manifest {known[0]}")
        return 1
    return 0


def cmd_verify(pages: dict[str, dict]) -> int:
    known = read_manifest(MANIFEST)
    same = differ = unknown = 0
    for page_id, page in sorted(pages.items()):
        if not page["text"].exists():
            continue
        if page_id not in known:
            unknown += 1
        elif fingerprint(page["text"]) == known[page_id]:
            same += 1
        else:
            differ += 1
            say(f"differs from the manifest: {page['text']}")
    say(f"{same} texts as in the manifest, {differ} different, {unknown} not in it")
    return 1 if differ else 0


def cmd_manifest(pages: dict[str, dict]) -> int:
    """Add the texts present to the manifest; keep the entries of absent ones.

    A machine rarely has every text back (some pages left the stored-page search), and
    an entry dropped for a text that is only absent here could never check it again.
    """
    known = read_manifest(MANIFEST)
    lines = [
        "# id\tbytes\tsha256 of realpages/<part>/<id>.txt (benchmarks/realpages.py)"
    ]
    added = kept = 0
    for page_id, page in sorted(pages.items()):
        if page["text"].exists():
            size, digest = fingerprint(page["text"])
            added += page_id not in known
        elif page_id in known:
            size, digest = known[page_id]
            kept += 1
        else:
            continue
        lines.append(f"{page_id}\t{size}\t{digest}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    say(
        f"{len(lines) - 1} texts in {MANIFEST}: {added} new, "
        f"{kept} kept for texts absent here"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    missing = commands.add_parser("missing", help="annotated pages without a text")
    missing.add_argument("--part", choices=sorted(REAL_PARTS))
    where = commands.add_parser("where", help="where the texts of these addresses go")
    where.add_argument("urls", nargs="+")
    put = commands.add_parser(
        "put", help="write one search excerpt (stdin) to its place"
    )
    put.add_argument("url")
    put.add_argument("--raw", action="store_true", help="stdin is plain text, not JSON")
    commands.add_parser("verify", help="compare the texts with the manifest")
    commands.add_parser("manifest", help="rewrite the manifest from the texts")
    args = parser.parse_args(argv)
    pages = annotated_pages()
    if args.command == "missing":
        return cmd_missing(pages, args.part)
    if args.command == "where":
        return cmd_where(pages, args.urls)
    if args.command == "put":
        return cmd_put(pages, args.url, sys.stdin.read(), raw=args.raw)
    if args.command == "verify":
        return cmd_verify(pages)
    return cmd_manifest(pages)


if __name__ == "__main__":
    sys.exit(main())
