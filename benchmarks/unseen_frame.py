"""How the reader does on outlets and places it has never seen, without unseen pages.

Validation parts are small and, once looked at, no longer unseen. This probe makes
unseen names out of the tune pages instead: on each real dev and frame page (minus the
validation lists given with ``--exclude``; never a held-back part), every written form
of the page's own outlet (``Kalteng Pos``, ``KALTENGPOS.CO``, ``kaltengpos``) is
replaced by an invented brand in the same case and shape, or the dateline place by an
invented kecamatan name the gazetteer does not know. The reader then has to find the
invented outlet (and keep the dateline), or read the invented place.

Modes:

- ``orig``: the texts as they are (the baseline of the same pages);
- ``unlisted``: an invented brand, unknown to ``data/outlets.csv``: what the rules do;
- ``listed``: the same brand added to a copy of the outlets list: what the list adds;
- ``place``: an invented dateline place, or a real kecamatan the gazetteer lacks
  (outlet expected unchanged).

Pages whose outlet is a network brand the reader maps by name (ANTARA, Tribun,
Tribratanews, RRI, detik, Kompas, iNews, kumparan channels) are left out of the brand
modes: their names are rules, not words to swap.

    python benchmarks/unseen_frame.py            # three brands, three places
    python benchmarks/unseen_frame.py -v         # list the pages that miss
"""

from __future__ import annotations

import argparse
import atexit
import csv
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real"
TEXTS = ROOT / "realpages"
TZ = ZoneInfo("Asia/Jakarta")
BRANDS = ("Warta Rimba", "Kabar Seberang", "Lensahulu")
# Invented places (no list knows them: since session 9 a lone one-word tag no list
# knows reads as a brand, so "Kelotok" falls there by design) and a real kecamatan
# the gazetteer lacks but Kemendagri's list has ("Sungai Kakap").
PLACES = ("Sungai Kelam", "Kelotok", "Sungai Kakap")
EXCLUDE = (
    REAL / "parts" / "heldback-s8.txt",
    REAL / "frame-parts" / "heldback-s8.txt",
)
_ENDING = r"(?:\.co\.id|\.go\.id|\.com|\.co|\.id|\.net|\.news|\.online|\.info)"
_NETWORK = re.compile(
    r"(?i)(?:antara|tribun|tribrata|hi!|rri\b|detik|kompas|inews|banjarmasin post"
    r"|idn times|times )|polri\.go\.id"
)


def styled(name: str, written: str, ending: str | None) -> str:
    """``name`` written as ``written`` was: capitals, lower case, spaced or one word,
    with the same domain ending."""
    base = name.replace(" ", "") if ending or " " not in written else name
    if written.isupper():
        base = base.upper()
    elif written.islower():
        base = base.lower()
    return base + (ending or "")


def swap_outlet(text: str, outlet: str, name: str) -> str | None:
    """``text`` with every written form of ``outlet`` replaced by ``name``; None when
    the text never writes it."""
    bare = re.sub(rf"(?i)^www\.|{_ENDING}$", "", outlet)
    words = re.findall(r"[A-Za-z0-9!]+", bare)
    if not words:
        return None
    core = r"[\s.]?".join(re.escape(w) for w in words)
    pattern = re.compile(
        rf"(?<![A-Za-z0-9])(?:www\.)?({core})({_ENDING})?(?![A-Za-z0-9])", re.I
    )
    new, count = pattern.subn(lambda m: styled(name, m[1], m[2]), text)
    return new if count else None


def swap_place(text: str, place: str, name: str) -> str | None:
    """``text`` with ``place`` (any case, as whole words) replaced by ``name``."""
    words = r"\s+".join(re.escape(w) for w in place.split())
    pattern = re.compile(rf"(?<![A-Za-z]){words}(?![A-Za-z])", re.I)
    new, count = pattern.subn(lambda m: name.upper() if m[0].isupper() else name, text)
    return new if count else None


def tune_pages(exclude: list[Path]) -> list[dict]:
    """The dev and frame annotations with their texts, minus the listed ids."""
    skip = set()
    for path in exclude:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                skip.add(line.split()[0])
    pages = []
    for folder, texts in (("dev", "texts"), ("frame", "frame")):
        for path in sorted((REAL / folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            text = TEXTS / texts / f"{data['id']}.txt"
            if data["id"] in skip or not text.exists():
                continue
            data["_text"] = text.read_text(encoding="utf-8")
            pages.append(data)
    return pages


def _scratch(prefix: str) -> Path:
    """A temporary folder removed when the probe ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _reader(listed: str | None):
    """The record function, with ``listed`` added to a copy of the outlets list."""
    sys.path.insert(0, str(ROOT / "plugins"))
    from arsip_reader.pipeline import read_article

    try:
        import arsip_core.outlets as outlets
    except ImportError:  # code from before the outlets list: no list to add to
        outlets, listed = None, None
    if outlets is not None:
        outlets.DATA_DIR = ROOT / "data"
    if listed:
        folder = _scratch("unseen-frame-list-")
        rows = list(csv.reader((ROOT / "data" / "outlets.csv").open(encoding="utf-8")))
        host = listed.replace(" ", "").lower() + ".com"
        rows.append([listed, "", host, "local-portal", "", "invented"])
        with (folder / "outlets.csv").open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
        outlets.DATA_DIR = folder
    if outlets is not None:
        outlets._load_outlets.cache_clear()
    work = _scratch("unseen-frame-")

    def record(page_id: str, text: str):
        path = work / f"{page_id}.txt"
        path.write_text(text, encoding="utf-8")
        return read_article(path, path.name, tz=TZ).record

    return record


def _same(a: str | None, b: str | None) -> bool:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extraction import SCORERS

    return bool(SCORERS["outlet"](a, b))


def _place(a: str | None, b: str | None) -> bool:
    from extraction import SCORERS

    return bool(SCORERS["dateline_place"](a, b))


def _say(*lines: str) -> None:
    sys.stdout.write("".join(f"{line}\n" for line in lines))


def run(args: argparse.Namespace) -> None:
    """Print outlet and dateline scores per mode and invented name."""
    pages = tune_pages(args.exclude)
    branded = [p for p in pages if p.get("outlet") and not _NETWORK.search(p["outlet"])]
    _say(f"{len(pages)} tune pages; {len(branded)} with an outlet of their own")
    for name in args.brands:
        swapped = [(p, swap_outlet(p["_text"], p["outlet"], name)) for p in branded]
        swapped = [(p, t) for p, t in swapped if t]
        for mode in ("orig", "unlisted", "listed"):
            if mode == "orig" and name != args.brands[0]:
                continue
            record = _reader(name if mode == "listed" else None)
            right = kept = 0
            misses = []
            for page, text in swapped:
                got = record(page["id"], page["_text"] if mode == "orig" else text)
                want = page["outlet"] if mode == "orig" else name
                right += _same(want, got.outlet)
                kept += _place(page.get("dateline_place"), got.dateline_place)
                if not _same(want, got.outlet):
                    misses.append(f"{page['id']}: {got.outlet!r}")
            label = "orig" if mode == "orig" else f"{mode} {name!r}"
            _say(
                f"{label:28} outlet {right}/{len(swapped)}  "
                f"dateline kept {kept}/{len(swapped)}"
            )
            if args.verbose:
                _say(*(f"    {m}" for m in misses))
    placed = [p for p in pages if p.get("dateline_place")]
    record = _reader(None)
    for name in args.places:
        right = kept = total = 0
        misses = []
        for page in placed:
            text = swap_place(page["_text"], page["dateline_place"], name)
            if text is None:
                continue
            got = record(page["id"], text)
            total += 1
            right += _place(name, got.dateline_place)
            kept += _same(page.get("outlet"), got.outlet)
            if not _place(name, got.dateline_place):
                misses.append(f"{page['id']}: {got.dateline_place!r}")
        _say(f"place {name!r:22} dateline {right}/{total}  outlet kept {kept}/{total}")
        if args.verbose:
            _say(*(f"    {m}" for m in misses))


def main(argv: list[str] | None = None) -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--brands", nargs="+", default=list(BRANDS))
    parser.add_argument("--places", nargs="+", default=list(PLACES))
    parser.add_argument(
        "--exclude",
        nargs="*",
        type=Path,
        default=list(EXCLUDE),
        help="id lists to leave out (default: the s8 held-back parts, validation)",
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    run(parser.parse_args(argv))


if __name__ == "__main__":
    main()
