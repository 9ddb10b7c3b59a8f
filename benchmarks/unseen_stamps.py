"""How the reader does on stamp forms it has not met, without unseen pages.

Like ``unseen_frame.py`` for outlets: on each real dev and frame page whose own stamp
is annotated with a time and a zone (minus the validation lists given with
``--exclude``; never a held-back part), the line holding that stamp has the stamp
rewritten in another form news sites print (the time before the date, a numeric
date, a glued zone, a byline glued to the stamp, ...); the reader then has to read the
same moment. ``orig`` is the texts as they are.

    python benchmarks/unseen_stamps.py        # one line per form
    python benchmarks/unseen_stamps.py -v     # with the pages that miss
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from unseen_frame import EXCLUDE, TZ, _say, _scratch, tune_pages

ROOT = Path(__file__).resolve().parent.parent
_BULAN = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
    "Desember"
).split()
_HARI = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
_ZONE = {7: "WIB", 8: "WITA", 9: "WIT"}


def forms(when: datetime) -> dict[str, str]:
    """The moment ``when`` written in each probed form."""
    offset = when.utcoffset()
    zone = _ZONE.get(int(offset.total_seconds() // 3600) if offset else 7, "WIB")
    hm = f"{when.hour:02d}:{when.minute:02d}" + (
        f":{when.second:02d}" if when.second else ""
    )
    day, month, year = when.day, _BULAN[when.month - 1], when.year
    weekday = _HARI[when.weekday()]
    return {
        "time first": f"{hm} {zone}, {weekday}, {day} {month} {year}",
        "numeric": f"{day:02d}/{when.month:02d}/{year} {hm} {zone}",
        "short month, dot": f"{weekday}, {day} {month[:3]} {year} - "
        f"{hm.replace(':', '.')} {zone}",
        "glued zone": f"{weekday}, {day} {month} {year} {hm}{zone}",
        "pipe": f"{day} {month} {year} | {hm} {zone}",
        "labelled": f"Dipublikasikan: {weekday}, {day} {month} {year} {hm} {zone}",
        "byline glued": f"Penulis: Rina Lestari{day} {month} {year} {hm} {zone}",
        "year first, slashes": f"{year}/{when.month:02d}/{day:02d} {hm} {zone}",
    }


def _record() -> Callable[[str, str], object]:
    from arsip_reader.pipeline import read_article

    work = _scratch("unseen-stamps-")

    def record(page_id: str, text: str):
        path = work / f"{page_id}.txt"
        path.write_text(text, encoding="utf-8")
        return read_article(path, path.name, tz=TZ).record

    return record


def run(args: argparse.Namespace) -> None:
    """Print, per form, how many rewritten stamps are read as the same moment."""
    sys.path.insert(0, str(ROOT / "plugins"))  # this checkout's code, not another's
    from extraction import SCORERS

    from arsip_extract.stamps import find_stamp

    score = SCORERS["published"]
    record = _record()
    stamped = []
    for page in tune_pages(args.exclude):
        want = page.get("published") or ""
        if "T" not in want or "+" not in want:
            continue  # a day alone, or no zone: nothing to rewrite
        moment = datetime.fromisoformat(want)
        lines = page["_text"].split("\n")
        for i, line in enumerate(lines):
            stamp = find_stamp(line)
            if stamp and stamp.has_time and stamp.when == moment:
                stamped.append((page, lines, i, stamp, moment))
                break
    _say(f"{len(stamped)} tune pages show their own timed, zoned stamp on a line")
    right = sum(
        bool(score(p["published"], record(p["id"], p["_text"]).published))
        for p, *_ in stamped
    )
    _say(f"{'orig':22} {right}/{len(stamped)}")
    for name in forms(stamped[0][4]) if stamped else ():
        right, misses = 0, []
        for page, lines, i, stamp, moment in stamped:
            new = list(lines)
            line = lines[i]
            new[i] = line[: stamp.start] + forms(moment)[name] + line[stamp.end :]
            got = record(page["id"], "\n".join(new)).published
            ok = bool(score(page["published"], got))
            right += ok
            if not ok:
                misses.append(f"{page['id']}: {got!r}")
        _say(f"{name:22} {right}/{len(stamped)}")
        if args.verbose:
            _say(*(f"    {m}" for m in misses))


def main(argv: list[str] | None = None) -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
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
