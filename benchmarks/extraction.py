"""Extraction accuracy on the labelled evaluation sets and on the real-page set.

``python benchmarks/extraction.py [--verbose] [--field NAME] [--set PATH]``
(``--set`` picks the labelled folder, default tests/fixtures/eval/; the held-out set
is tests/fixtures/eval-holdout/; ``--dir`` is the older spelling of the same option.)

``python benchmarks/extraction.py --real [--holdout] [--real-texts DIR] [--verbose]``
scores the real-page set of issue 11 instead (guidelines:
tests/fixtures/real/README.md): ``--real`` the development annotations
tests/fixtures/real/dev/<id>.json against the texts realpages/texts/<id>.txt,
``--holdout`` the held-back annotations tests/fixtures/real/holdout/<id>.json against
realpages/holdout/<id>.txt, each in its own table. ``--real-texts DIR`` reads the
texts from DIR/texts and DIR/holdout (or from DIR itself when it has no such
folders). The texts are other people's pages and are not in git: pages without a
text are counted and named, never scored. On the real set the fields are title,
outlet, published, dateline_place, event_date, province, places, police_units,
operation, election, activities, officials and personnel_total; a ``null`` title
(the text shows no headline) or ``null`` places (not annotated) leaves that page out
of that field's count. ``--verbose`` adds a table per layout family.

``python benchmarks/extraction.py --frame [--holdout] [--verbose]`` scores the frame
set instead: real pages on any topic, annotated only for the page frame (title,
outlet, published, dateline_place), so the reader is measured on many more page
layouts than the election pages show. ``--frame`` scores
tests/fixtures/real/frame/<id>.json, ``--frame --holdout`` the held-back
tests/fixtures/real/frame-holdout/<id>.json (only the lead runs it, at the end); both
read their texts from realpages/frame/<id>.txt (``--real-texts DIR``: DIR/frame, or DIR
itself). Missing texts are counted as for ``--real``.

Each ``<name>.expected.json`` names its article text (``"text"``) and holds the
values a careful human annotator read from that text (guidelines:
tests/fixtures/eval/README.md). The script runs the site's own reader on the text,
``read_article(path, name, tz=Asia/Jakarta).record`` (what ``arsip extract --json``
prints), and scores every field of every article as right or wrong: exact match per
article per field, after the light normalisation listed here, never partial credit.

- ``published``: the expected value says how precise the annotator could be.
  ``2024-02-05T07:25`` (the text gives no time zone): the record's local wall-clock
  time to the minute must match, whatever offset it carries.
  ``2024-10-04T16:00:00+08:00`` (the text or front matter gives the zone): the same
  instant. ``2024-09-20`` (only a date, e.g. a ``Balikpapan, 20 September 2024 -``
  dateline): the record's date. ``null``: the record has none.
- ``event_date``, ``event_date_precision``, ``election``, ``personnel_total``:
  equal values (``null`` included).
- ``dateline_place``: equal ignoring case and runs of spaces.
- ``province``: equal. For an article outside Kalimantan the expected value is that
  province's name as in data/other_provinces.csv, and ``luar Kalimantan`` is accepted
  too (issue 3: "its own province, or luar Kalimantan").
- ``places``: the set of place names (``Kabupaten Sambas``, ``Kota Pontianak``),
  ignoring case and order; coordinates and counts are not scored.
- ``police_units``, ``activities``: equal as sets, ignoring case and order.
- ``operation``: equal ignoring case, spaces and the kind of dash
  (``2023 – 2024`` = ``2023-2024``).
- ``officials``: equal as sets of (rank, name, position). Rank and name ignore case,
  full stops and runs of spaces (``Kombes Pol.`` = ``Kombes Pol``; the rank must still
  be normalised, ``Komisaris Besar Polisi`` is wrong). Position also ignores spaces
  (``Kabid Humas`` = ``Kabidhumas``) and reads unit aliases from data/ as the
  unit (``Kapolres Kotim`` = ``Kapolres Kotawaringin Timur``).
- ``personnel_text``: equal after dropping case, the words personel/personil/
  anggota/orang and thousands separators (``sekitar 6.000 personel`` =
  ``sekitar 6000``); an empty string counts as ``null``.
- ``personnel_breakdown``: the same number of items and, item by item, the same
  count with labels where one contains the other after dropping case, punctuation
  and the words personel/personil (``Polwan`` matches ``personel Polwan``).
- ``title`` (real set): equal ignoring case, runs of spaces, the kind of quote mark
  and dash, and a final full stop.
- ``outlet`` (real set): equal ignoring case, spaces, punctuation and a trailing
  domain ending (``TribunPontianak.co.id`` = ``Tribun Pontianak``, ``PROKALTENG.CO`` =
  ``Prokalteng``).

Besides the set-exact ``officials`` line, the report gives the officials' micro F1
over all articles (each (rank, name, position) triple is one item).

Doubts (issue 11): a record names the fields it guessed (warnings with a ``field``,
code ``tebakan``; docs/record.md, "Guessed fields"). Per field, the table gives how many
wrong values carried a doubt (``wrong doubted``: the doubts' recall) and how many right
ones did (``right doubted``: false alarms), and a ``doubts:`` line sums them; with
``--verbose`` each mismatch shows its doubt and the right fields doubted are listed.

An article the reader rejects, or that raises, scores wrong on every field. The
script prints a table of n/N and % per field (with how many of the N expected values
are set, not null or empty: a field that is mostly null measures mainly that nothing
is invented), an overall line, and with ``--verbose`` every mismatch. It always exits
0: it reports, it does not assert (the per-field target of issue 3 is 95%).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVAL_DIR = ROOT / "tests" / "fixtures" / "eval"
REAL_DIR = ROOT / "tests" / "fixtures" / "real"
REAL_TEXTS = ROOT / "realpages"
DATA_DIR = ROOT / "data"
TZ = ZoneInfo("Asia/Jakarta")

FIELDS = (
    "published",
    "event_date",
    "event_date_precision",
    "dateline_place",
    "province",
    "places",
    "police_units",
    "operation",
    "election",
    "activities",
    "officials",
    "personnel_total",
    "personnel_text",
    "personnel_breakdown",
)
REAL_FIELDS = (
    "title",
    "outlet",
    "published",
    "dateline_place",
    "event_date",
    "province",
    "places",
    "police_units",
    "operation",
    "election",
    "activities",
    "officials",
    "personnel_total",
)
# The frame set (tests/fixtures/real/frame*/) annotates only the page frame.
FRAME_FIELDS = ("title", "outlet", "published", "dateline_place")
# Where each part's annotations live (under tests/fixtures/real/) and the folder of
# its texts (under realpages/).
REAL_PARTS = {
    "dev": ("dev", "texts"),
    "holdout": ("holdout", "holdout"),
    "frame": ("frame", "frame"),
    "frame-holdout": ("frame-holdout", "frame"),
}
# On the real set a null here means "nothing to score" (no headline in the text;
# places not annotated), not "the record must have none".
REAL_OPTIONAL = frozenset({"title", "places"})
KALIMANTAN = {
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
}
OUTSIDE = "luar Kalimantan"
_HEADCOUNT_WORDS = re.compile(r"\b(?:personel|personil|anggota|orang)\b")
_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")


# --- normalisers ---------------------------------------------------------------


def _squash(value: Any) -> str:
    """Lower case, single spaces."""
    return " ".join(str(value).split()).casefold()


def _bare(value: Any) -> str:
    """Lower case without full stops and with single spaces: ``Kombes Pol.``."""
    return _squash(str(value).replace(".", " "))


@lru_cache(maxsize=1)
def _unit_aliases() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every spelling of a Kalimantan police unit (lower case) -> its data/ name."""
    names: dict[str, str] = {}
    try:
        with (DATA_DIR / "provinces.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                names[row["polda_full"].casefold()] = row["polda"].casefold()
                names[row["polda"].casefold()] = row["polda"].casefold()
        places: dict[tuple[str, str], list[str]] = {}
        with (DATA_DIR / "kabupaten_kota.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                aliases = [a for a in row["aliases"].split(";") if a.strip()]
                places[(row["name"], row["kind"])] = [row["name"], *aliases]
        with (DATA_DIR / "police_units.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                unit = row["unit"].casefold()
                names[unit] = unit
                for alias in row["aliases"].split(";"):
                    if alias.strip():
                        names[alias.strip().casefold()] = unit
                for place in places.get((row["place"], row["place_kind"]), []):
                    names[f"polres {place.strip()}".casefold()] = unit
    except (OSError, KeyError):
        names = {}
    if not names:
        return re.compile(r"(?!x)x"), {}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})(?![\w])"), names


def _position(value: Any) -> str:
    """A post with unit aliases read as the unit, ignoring case, spaces and stops."""
    if value is None:
        return ""
    pattern, names = _unit_aliases()
    text = pattern.sub(lambda m: names[m[0]], _squash(value))
    return re.sub(r"[\s.]+", "", text)


def _label(value: Any) -> str:
    text = _HEADCOUNT_WORDS.sub(" ", _squash(value))
    return re.sub(r"[^\w]+", "", text)


def _hedged(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = _THOUSANDS.sub("", _squash(value))
    text = _HEADCOUNT_WORDS.sub(" ", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split()) or None


_QUOTES = str.maketrans(dict.fromkeys("\"'“”„‘’‚`´«»", None))
# Portals brand themselves with their domain ("PROKALTENG.CO"): the ending is not
# part of the name. ".tv" or ".news" can be ("Kaltara TV"), so they stay.
_DOMAIN_END = re.compile(r"\.(?:(?:co|go|or|web|my|biz)\.id|com|co|id|net|org)$")


def _title(value: Any) -> str | None:
    """A headline without case, quote marks, kinds of dash and a final full stop."""
    if value in (None, ""):
        return None
    text = str(value).translate(_QUOTES)
    text = re.sub(r"\s*[-–—]\s*", " - ", text)
    return _squash(text).rstrip(" .") or None


def _outlet(value: Any) -> str | None:
    """An outlet's name as letters and digits, without a trailing domain ending."""
    if value in (None, ""):
        return None
    text = _DOMAIN_END.sub("", _squash(value).removeprefix("www."))
    return re.sub(r"[\W_]+", "", text) or None


def _operation(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = re.sub(r"\s*[-–—]\s*", "-", str(value))
    return _squash(text)


# --- field scorers: (expected, got) -> bool ------------------------------------


def _aware(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def score_published(expected: str | None, got: str | None) -> bool:
    """Compare at the precision the annotator wrote (see the module docstring)."""
    if expected is None or got is None:
        return expected is None and got is None
    try:
        when = _aware(got)
    except ValueError:
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", expected):
        return when.date().isoformat() == expected
    target = _aware(expected)
    if target.tzinfo is None:
        return when.replace(tzinfo=None, second=0, microsecond=0) == target
    return when.tzinfo is not None and when == target


def score_equal(expected: Any, got: Any) -> bool:
    return expected == got


def score_text(expected: str | None, got: str | None) -> bool:
    return (None if expected is None else _squash(expected)) == (
        None if got in (None, "") else _squash(got)
    )


def score_province(expected: str | None, got: str | None) -> bool:
    if expected is not None and expected not in KALIMANTAN and expected != OUTSIDE:
        return got in (expected, OUTSIDE)
    return expected == got


def _names(items: list[Any]) -> set[str]:
    return {_squash(i["name"] if isinstance(i, dict) else i) for i in items or ()}


def score_places(expected: list[str], got: list[Any]) -> bool:
    return _names(expected) == _names(got)


def score_title(expected: str | None, got: str | None) -> bool:
    return _title(expected) == _title(got)


def score_outlet(expected: str | None, got: str | None) -> bool:
    return _outlet(expected) == _outlet(got)


def score_set(expected: list[str], got: list[str]) -> bool:
    return {_squash(v) for v in expected or ()} == {_squash(v) for v in got or ()}


def score_operation(expected: str | None, got: str | None) -> bool:
    return _operation(expected) == _operation(got)


def _official(item: dict[str, Any] | list[Any]) -> tuple[str, str, str]:
    if not isinstance(item, dict):  # the real set may write [rank, name, position]
        item = dict(zip(("rank", "name", "position"), item, strict=False))
    rank = _bare(item.get("rank") or "")
    return rank, _bare(item.get("name") or ""), _position(item.get("position"))


def score_officials(expected: list[dict], got: list[dict]) -> bool:
    return {_official(o) for o in expected or ()} == {_official(o) for o in got or ()}


def officials_counts(expected: list[Any], got: list[Any]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of officials' triples."""
    want = {_official(o) for o in expected or ()}
    have = {_official(o) for o in got or ()}
    return len(want & have), len(have - want), len(want - have)


def score_hedged(expected: str | None, got: str | None) -> bool:
    return _hedged(expected) == _hedged(got)


def score_breakdown(expected: list[dict], got: list[dict]) -> bool:
    expected, got = list(expected or ()), list(got or ())
    if len(expected) != len(got):
        return False
    unused = [(_label(g.get("label", "")), g.get("count")) for g in got]
    for item in expected:
        label, count = _label(item["label"]), item["count"]
        for i, (other, other_count) in enumerate(unused):
            if other_count == count and (label in other or other in label):
                del unused[i]
                break
        else:
            return False
    return True


SCORERS: dict[str, Callable[[Any, Any], bool]] = {
    "title": score_title,
    "outlet": score_outlet,
    "published": score_published,
    "event_date": score_equal,
    "event_date_precision": score_equal,
    "dateline_place": score_text,
    "province": score_province,
    "places": score_places,
    "police_units": score_set,
    "operation": score_operation,
    "election": score_equal,
    "activities": score_set,
    "officials": score_officials,
    "personnel_total": score_equal,
    "personnel_text": score_hedged,
    "personnel_breakdown": score_breakdown,
}


# --- running -------------------------------------------------------------------


def load_cases(folder: Path, pattern: str, texts: Path | None = None) -> list[dict]:
    """Every annotation ``folder/pattern``, sorted by name, with its text's path.

    An own-words ``*.expected.json`` names its text (``"text"``, next to it); a
    real-page ``<id>.json`` has its text at ``texts/<id>.txt``.
    """
    cases = []
    for path in sorted(folder.glob(pattern)):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["_file"] = path.name
        if texts is None:
            data["_label"] = data["text"]
            data["_path"] = folder / data["text"]
        else:
            page_id = data.get("id", path.stem)
            data["_label"] = f"{page_id} ({data.get('outlet')})"
            data["_path"] = texts / f"{page_id}.txt"
        cases.append(data)
    return cases


def load_expected(folder: Path) -> list[dict[str, Any]]:
    """Every expected record of an own-words set ``folder``."""
    return load_cases(folder, "*.expected.json")


def real_texts_folder(root: Path, part: str) -> Path:
    """Where the texts of ``part`` (``texts`` or ``holdout``) are under ``root``."""
    return root / part if (root / part).is_dir() else root


def load_real(folder: Path, texts: Path) -> list[dict[str, Any]]:
    """Every real-page annotation in ``folder``, its text looked up in ``texts``."""
    return load_cases(folder, "*.json", texts)


def extract(text_path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The record the site would build for ``text_path``, or the error it met."""
    if str(ROOT / "plugins") not in sys.path:
        sys.path.insert(0, str(ROOT / "plugins"))
    try:
        from arsip_reader.pipeline import read_article

        record = read_article(text_path, text_path.name, tz=TZ).record
        return record.to_dict(), None
    except Exception as err:  # noqa: BLE001 - a benchmark reports every failure
        last = traceback.format_exception_only(type(err), err)[-1].strip()
        return None, last


def score_case(
    case: dict[str, Any],
    folder: Path | None = None,
    fields: tuple[str, ...] = FIELDS,
    optional: frozenset[str] = frozenset(),
) -> tuple[dict[str, bool | None], dict, str | None]:
    """Per-field verdicts for one labelled article, the record and any error.

    A verdict is None for a field in ``optional`` whose expected value is null (the
    field is not scored for this article).
    """
    path = case["_path"] if "_path" in case else Path(folder) / case["text"]
    record, error = extract(path)
    verdicts: dict[str, bool | None] = {}
    for field in fields:
        if field in optional and case.get(field) is None:
            verdicts[field] = None
            continue
        if record is None:
            verdicts[field] = False
            continue
        try:
            verdicts[field] = SCORERS[field](case.get(field), record.get(field))
        except Exception:  # noqa: BLE001 - a malformed value is a wrong value
            verdicts[field] = False
    return verdicts, record or {}, error


def _show(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        keys = ("rank", "name", "position") if "rank" in value[0] else None
        if keys:
            return "; ".join(" | ".join(str(v.get(k)) for k in keys) for v in value)
        if "label" in value[0]:
            return "; ".join(f"{v.get('label')}={v.get('count')}" for v in value)
        if "name" in value[0]:
            return json.dumps([v.get("name") for v in value], ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


def _share(right: int, total: int) -> float:
    return 100 * right / total if total else 0.0


def run_cases(
    cases: list[dict[str, Any]],
    fields: tuple[str, ...],
    verbose: bool,
    *,
    heading: str,
    optional: frozenset[str] = frozenset(),
    out=None,
) -> dict:
    """Score ``cases`` (each with ``_path`` and ``_label``); print; return totals."""
    out = out or sys.stdout

    def say(*lines: str) -> None:
        out.write("\n".join(lines) + "\n")

    missing = [c for c in cases if not Path(c["_path"]).is_file()]
    cases = [c for c in cases if Path(c["_path"]).is_file()]
    right = dict.fromkeys(fields, 0)
    scored = dict.fromkeys(fields, 0)
    valued = dict.fromkeys(fields, 0)  # scored cases whose expected value is set
    # Wrong and right fields the record doubts (a "tebakan" warning naming them).
    doubted_wrong = dict.fromkeys(fields, 0)
    doubted_right = dict.fromkeys(fields, 0)
    alarms: list[str] = []
    tp = fp = fn = 0
    perfect = 0
    mismatches: list[str] = []
    errors: list[str] = []
    families: dict[str, dict[str, Any]] = {}
    for case in cases:
        verdicts, record, error = score_case(case, fields=fields, optional=optional)
        if error:
            errors.append(f"  {case['_label']}: {error}")
        if "officials" in fields:
            counts = officials_counts(case.get("officials"), record.get("officials"))
            tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
        family = families.setdefault(
            case.get("layout_family") or "-",
            {"pages": 0, "right": 0, "checks": 0, "perfect": 0, "wrong": {}},
        )
        family["pages"] += 1
        ok = True
        doubts = doubted(record.get("warnings"))
        for field in fields:
            verdict = verdicts[field]
            if verdict is None:
                continue
            scored[field] += 1
            valued[field] += case.get(field) not in (None, "", [])
            family["checks"] += 1
            if verdict:
                right[field] += 1
                family["right"] += 1
                if field in doubts:
                    doubted_right[field] += 1
                    alarms.append(f"  {case['_label']} · {field}: {doubts[field]}")
            else:
                doubted_wrong[field] += field in doubts
                ok = False
                family["wrong"][field] = family["wrong"].get(field, 0) + 1
                got = _show(record.get(field)) if record else "(no record)"
                mismatches.append(
                    f"  {case['_label']} · {field}\n"
                    f"      expected {_show(case.get(field))}\n"
                    f"      got      {got}\n"
                    f"      doubt    {doubts.get(field, '-')}"
                )
        perfect += ok
        family["perfect"] += ok
    total = len(cases)
    width = max(len(f) for f in fields)
    say(f"Extraction accuracy on {total} labelled articles ({heading})")
    say(
        f"{'field'.ljust(width)}  {'right':>9}  {'%':>6}  {'with a value':>12}"
        f"  {'wrong doubted':>13}  {'right doubted':>13}"
    )
    say(f"{'-' * width}  {'-' * 9}  {'-' * 6}  {'-' * 12}  {'-' * 13}  {'-' * 13}")
    for field in fields:
        share = _share(right[field], scored[field])
        wrong = scored[field] - right[field]
        say(
            f"{field.ljust(width)}  {right[field]:>4}/{scored[field]:<4}  {share:6.1f}"
            f"  {valued[field]:>12}  {doubted_wrong[field]:>6}/{wrong:<6}"
            f"  {doubted_right[field]:>6}/{right[field]:<6}"
        )
    if "officials" in fields:
        f1 = 2 * tp / (2 * tp + fp + fn) if (tp + fp + fn) else 1.0
        say(f"officials micro F1: {f1:.3f} ({tp} right, {fp} extra, {fn} missed)")
    checks = sum(scored.values())
    correct = sum(right.values())
    lowest = (
        min(fields, key=lambda f: _share(right[f], scored[f]) if scored[f] else 101)
        if fields
        else "-"
    )
    overall = _share(correct, checks)
    say(
        f"overall: {correct}/{checks} field checks right ({overall:.1f}%), "
        f"{perfect}/{total} articles entirely right, lowest field {lowest} "
        f"({_share(right[lowest], scored[lowest]):.1f}%), {len(errors)} read errors"
    )
    wrong_all, flagged_wrong = checks - correct, sum(doubted_wrong.values())
    flagged_right = sum(doubted_right.values())
    say(
        f"doubts: {flagged_wrong} of {wrong_all} wrong fields flagged "
        f"({_share(flagged_wrong, wrong_all):.0f} %), {flagged_right} of {correct} "
        f"right fields flagged ({_share(flagged_right, correct):.1f} %), "
        f"{flagged_right + flagged_wrong} doubts on {total} articles"
    )
    if missing:
        say(f"{len(missing)} annotated articles have no text (not scored)")
        if verbose:
            say(*(f"  {c['_label']}: no {c['_path']}" for c in missing))
    if errors:
        say("read errors:", *errors)
    if verbose and len(families) > 1:
        say("by layout family:")
        name_width = max(len(n) for n in families)
        for name in sorted(families):
            fam = families[name]
            worst = sorted(fam["wrong"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            weak = ", ".join(f"{f} {n}" for f, n in worst) or "-"
            say(
                f"  {name.ljust(name_width)}  {fam['pages']:>3} pages  "
                f"{_share(fam['right'], fam['checks']):5.1f}% of checks  "
                f"{fam['perfect']:>3} entirely right  wrong: {weak}"
            )
    if verbose and mismatches:
        say("mismatches:", *mismatches)
    if verbose and alarms:
        say("right fields doubted (false alarms):", *alarms)
    return {
        "total": total,
        "right": right,
        "scored": scored,
        "valued": valued,
        "perfect": perfect,
        "errors": len(errors),
        "missing": len(missing),
        "officials_f1": (tp, fp, fn),
        "doubted_wrong": doubted_wrong,
        "doubted_right": doubted_right,
    }


def doubted(warnings: list[Any] | None) -> dict[str, str]:
    """Each record field a warning doubts -> that warning's text (the first)."""
    found: dict[str, str] = {}
    for warning in warnings or ():
        field = getattr(warning, "field", None)
        if field:
            found.setdefault(field, str(warning))
    return found


def run(folder: Path, fields: tuple[str, ...], verbose: bool, out=None) -> dict:
    """Score every labelled article of an own-words set ``folder``; print; return."""
    cases = load_expected(folder)
    return run_cases(cases, fields, verbose, heading=str(folder), out=out)


def run_real(
    part: str,
    texts_root: Path,
    fields: tuple[str, ...],
    verbose: bool,
    out=None,
    annotations: Path = REAL_DIR,
    ids: frozenset[str] | None = None,
    exclude: frozenset[str] = frozenset(),
) -> dict:
    """Score one part of the real-page set (``REAL_PARTS``); print; return totals."""
    folder, text_part = REAL_PARTS[part]
    texts = real_texts_folder(texts_root, text_part)
    cases = load_real(annotations / folder, texts)
    heading = f"real pages, {part}: {annotations / folder}, texts in {texts}"
    if ids is not None:
        cases = [c for c in cases if Path(c["_file"]).stem in ids]
        heading += f", only the {len(cases)} pages listed"
    if exclude:
        cases = [c for c in cases if Path(c["_file"]).stem not in exclude]
        heading += f", {len(cases)} pages without those listed apart"
    if not cases:
        (out or sys.stdout).write(f"{heading}\nno annotated pages in this part\n")
        zero = dict.fromkeys(fields, 0)
        return {
            "total": 0,
            "right": zero,
            "scored": dict(zero),
            "valued": dict(zero),
            "perfect": 0,
            "errors": 0,
            "missing": 0,
            "officials_f1": (0, 0, 0),
            "doubted_wrong": dict(zero),
            "doubted_right": dict(zero),
        }
    return run_cases(
        cases, fields, verbose, heading=heading, optional=REAL_OPTIONAL, out=out
    )


def read_ids(path: Path) -> frozenset[str]:
    """Page ids listed in ``path``: the first word of each non-comment line."""
    words = (line.split() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w[0] for w in words if w and not w[0].startswith("#"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        "--dir",
        dest="dir",
        type=Path,
        default=EVAL_DIR,
        help="labelled set folder (default tests/fixtures/eval)",
    )
    parser.add_argument(
        "--real", action="store_true", help="score the real-page development set"
    )
    parser.add_argument(
        "--holdout",
        action="store_true",
        help="score the real-page held-back part (printed apart); with --frame, the "
        "frame set's held-back part",
    )
    parser.add_argument(
        "--frame",
        action="store_true",
        help="score the frame set (title, outlet, published, dateline_place of real "
        "pages on any topic; tests/fixtures/real/frame/)",
    )
    parser.add_argument(
        "--real-texts",
        type=Path,
        default=REAL_TEXTS,
        help="folder of the real page texts (default realpages/)",
    )
    parser.add_argument(
        "--ids",
        type=Path,
        help="score only the real pages whose id is listed in this file (first word "
        "of each line), e.g. tests/fixtures/real/parts/heldback-s4.txt",
    )
    parser.add_argument(
        "--exclude",
        type=Path,
        help="leave out the real pages whose id is listed in this file, e.g. a part "
        "kept for validation: tune on the rest, read only its totals",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list mismatches")
    parser.add_argument(
        "--field",
        action="append",
        choices=sorted(set(FIELDS) | set(REAL_FIELDS)),
        help="score only this field",
    )
    args = parser.parse_args(argv)
    ids = read_ids(args.ids) if args.ids else None
    exclude = read_ids(args.exclude) if args.exclude else frozenset()
    try:
        if args.frame or args.real or args.holdout:
            default = FRAME_FIELDS if args.frame else REAL_FIELDS
            fields = tuple(args.field) if args.field else default
            if args.frame:
                parts = ["frame-holdout" if args.holdout else "frame"]
            else:
                parts = [
                    p for p, on in (("dev", args.real), ("holdout", args.holdout)) if on
                ]
            for number, part in enumerate(parts):
                if number:
                    sys.stdout.write("\n")
                run_real(
                    part,
                    args.real_texts,
                    fields,
                    args.verbose,
                    ids=ids,
                    exclude=exclude,
                )
        else:
            fields = tuple(args.field) if args.field else FIELDS
            run(args.dir, fields, args.verbose)
    except Exception:  # noqa: BLE001 - a benchmark reports, it never fails the caller
        traceback.print_exc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
