"""Numbers as Indonesian news writes them: ``3.294``, ``3294``, ``dua puluh``."""

from __future__ import annotations

import re

from arsip_extract.lead import compile_ahead, compile_scan

UNITS = {
    "nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
}  # fmt: skip
_WORD = (
    r"(?:se(?:puluh|belas|ratus|ribu)|sebelas|satu|dua|tiga|empat|lima|enam|tujuh"
    r"|delapan|sembilan|belas|puluh|ratus|ribu)"
)
WORDS_RE = rf"{_WORD}(?:\s+{_WORD})*"
# "3.294" or "3294". Both forms open with one consumed digit (the same as
# "\d{1,3}(?:\.\d{3})+(?!\d)|\d+"), so a pattern starting with a number lets ``re``
# skip ahead to the digits.
DIGITS_RE = r"\d(?:\d{0,2}(?:\.\d{3})+(?!\d)|\d*)"
NUMBER_RE = rf"(?:{DIGITS_RE}|\b{WORDS_RE}\b)"


def words_to_int(words: str) -> int | None:
    """``dua ratus lima puluh`` -> 250; None when the words are not a number."""
    total = group = last = 0
    for word in words.lower().split():
        if word.startswith("se") and word[2:] in ("puluh", "belas", "ratus", "ribu"):
            last, word = 1, word[2:]
        if word in UNITS:
            last += UNITS[word]
        elif word == "belas":
            group, last = group + last + 10, 0
        elif word == "puluh":
            group, last = group + last * 10, 0
        elif word == "ratus":
            group, last = group + last * 100, 0
        elif word == "ribu":
            total, group, last = total + ((group + last) or 1) * 1000, 0, 0
        else:
            return None
    return (total + group + last) or None


_THOUSANDS_RE = compile_scan(rf"(\d+,\d+|{DIGITS_RE})\s+ribu", re.IGNORECASE)
# Compiled once: ``to_int`` runs for every count read (a dozen an article), and
# ``re.fullmatch`` with a pattern string looks it up in ``re``'s cache each time.
_DIGITS = compile_ahead(DIGITS_RE)
_COMMA_THOUSANDS = compile_scan(r"\d{1,3}(?:,\d{3})+")


def to_int(text: str) -> int | None:
    """``3.294``, ``3294``, ``3,294``, ``lima`` or ``10 ribu`` -> int."""
    text = text.strip()
    if _DIGITS.fullmatch(text):
        return int(text.replace(".", ""))
    if _COMMA_THOUSANDS.fullmatch(text):
        return int(text.replace(",", ""))
    thousands = _THOUSANDS_RE.fullmatch(text)
    if thousands:
        digits = thousands[1].replace(".", "").replace(",", ".")
        return round(float(digits) * 1000)
    return words_to_int(text)
