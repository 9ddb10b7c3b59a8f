"""Officials named with a rank: rank normalised, degrees dropped, post attached."""

from __future__ import annotations

import re
from collections.abc import Callable

from arsip_core.model import Official
from arsip_extract.lead import compile_led

# (spellings, normalised rank); longest spellings are tried first.
RANKS: tuple[tuple[str, str], ...] = (
    (r"Jenderal\s+Polisi|Jenderal\s+Pol\.?", "Jenderal Pol"),
    (r"Komisaris\s+Jenderal\s+Polisi|Komjen\s*Pol\.?|Komjen", "Komjen Pol"),
    (r"Inspektur\s+Jenderal\s+Polisi|Irjen\s*Pol\.?|Irjen", "Irjen Pol"),
    (r"Brigadir\s+Jenderal\s+Polisi|Brigjen\s*Pol\.?", "Brigjen Pol"),
    (r"Komisaris\s+Besar\s+Polisi|Kombes\s*Pol\.?|Kombes", "Kombes Pol"),
    (r"Ajun\s+Komisaris\s+Besar\s+Polisi|AKBP", "AKBP"),
    (r"Komisaris\s+Polisi|Kompol", "Kompol"),
    (r"Ajun\s+Komisaris\s+Polisi|AKP", "AKP"),
    (r"Ajun\s+Inspektur\s+(?:Polisi\s+Satu|Satu\s+Polisi)|Aiptu", "Aiptu"),
    (r"Ajun\s+Inspektur\s+(?:Polisi\s+Dua|Dua\s+Polisi)|Aipda", "Aipda"),
    (r"Inspektur\s+(?:Polisi\s+Satu|Satu\s+Polisi)|Iptu", "Iptu"),
    (r"Inspektur\s+(?:Polisi\s+Dua|Dua\s+Polisi)|Ipda", "Ipda"),
    (r"Brigadir\s+(?:Polisi\s+Kepala|Kepala\s+Polisi)|Bripka", "Bripka"),
    (r"Brigadir\s+(?:Polisi\s+Satu|Satu\s+Polisi)|Briptu", "Briptu"),
    (r"Brigadir\s+(?:Polisi\s+Dua|Dua\s+Polisi)|Bripda", "Bripda"),
    (r"Brigadir\s+Polisi|Brigpol|Brigadir(?!\s+Jenderal)", "Brigpol"),
    (r"Bharaka", "Bharaka"),
    (r"Bharatu", "Bharatu"),
    (r"Bharada", "Bharada"),
    # TNI
    (r"Jenderal\s+TNI", "Jenderal TNI"),
    (r"Letnan\s+Jenderal\s+TNI|Letjen\s+TNI|Letjen", "Letjen TNI"),
    (r"Mayor\s+Jenderal\s+TNI|Mayjen\s+TNI|Mayjen", "Mayjen TNI"),
    (r"Brigadir\s+Jenderal\s+TNI|Brigjen\s+TNI", "Brigjen TNI"),
    (r"Laksamana\s+Muda\s+TNI|Laksda\s+TNI|Laksda", "Laksda TNI"),
    (r"Laksamana\s+Pertama\s+TNI|Laksma\s+TNI|Laksma", "Laksma TNI"),
    (r"Marsekal\s+Muda\s+TNI|Marsda\s+TNI|Marsda", "Marsda TNI"),
    (r"Marsekal\s+Pertama\s+TNI|Marsma\s+TNI|Marsma", "Marsma TNI"),
    (r"Letnan\s+Kolonel|Letkol", "Letkol"),
    (r"Kolonel", "Kolonel"),
    (r"Mayor(?!\s+Jenderal)", "Mayor"),
    (r"Kapten", "Kapten"),
    (r"Letnan\s+Satu|Lettu", "Lettu"),
    (r"Letnan\s+Dua|Letda", "Letda"),
    (r"Peltu|Pelda|Serma|Serka|Sertu|Serda|Kopka|Koptu|Kopda|Praka|Pratu|Prada", ""),
    # A bare "Brigjen" may be either force; a fuller mention of the same name wins.
    (r"Brigjen", "Brigjen"),
)
_CORPS = (
    r"(?:Inf|Kav|Arm|Czi|Cpn|Cba|Ckm|Chb|Cpl|Cpm|Ctp|Caj|Chk|Cku|Arh|Pnb|Lek|Kal|Sus"
    r"|Adm|Tek|Kes|Mar|Laut\s*\([PKTESM]\)|\([PKTESM]\))"
)
# Ranks are read in any case ("KOMBES POL"), but must start with a capital letter:
# the lookahead stays case-sensitive outside the (?i:...) group.
_RANK_RE = compile_led(
    r"(?<![\w.])(?=[A-Z])(?i:"
    + "|".join(f"(?P<r{i}>{spelling})" for i, (spelling, _) in enumerate(RANKS))
    + rf")(?:\s+(?P<corps>{_CORPS}))?(?=[\s,.])",
)
_DEGREE_CAPS = {
    "SH", "SIK", "MSI", "MH", "MM", "SE", "ST", "MT", "MSC", "SSOS", "SPD", "MPD",
    "SKOM", "MAP", "MBA", "MKN", "SAG", "MAG", "SIP", "MIP", "PHD", "STK", "MHUM",
    "MHAN", "CPHR", "SI", "SPSI", "MPSI", "MTR", "SSTMK", "SSI", "MSOS",
}  # fmt: skip
_HONORIFICS = {"Drs.", "Dr.", "Ir.", "H.", "Hj.", "Prof.", "Drs", "Dr", "Ir"}
# Words that are never part of a person's name; a name ends before them.
_NOT_NAME = {
    "Pol", "Pol.", "Polisi", "TNI", "Polri", "Polda", "Polres", "Polresta", "Polsek",
    "KPU", "Bawaslu", "Humas", "Selaku", "Melalui", "Bersama", "Didampingi", "Saat",
    "Dalam", "Pada", "Di", "Yang", "Dan", "Kapolda", "Kapolres", "Kapolresta",
    "Wakapolda", "Kabidhumas", "Kabid", "Kasi", "Kasat", "Kasatgas", "Mengatakan",
}  # fmt: skip
_NAME_WORD = re.compile(r"^(?:[A-Z][a-zA-Z'’`-]*|[A-Z]\.)$")
_POSITION_WORD = re.compile(
    r"^(?:(?:Waka|Ka)(?:polda|polres|polresta|polrestabes|polsek|polri|bid|sat|si|subbid|"
    r"bag|ops|ro|spkt|den|ur|pus|biro|subsatgas|tim|pos)\w*"
    r"|(?:Wa)?Dan(?:sat|yon|ki|ton|rem|dim|ramil|lanal|lanud|pomdam|rindam|brimob|pos|lantamal)\w*"
    r"|(?:Wa)?Dir(?:samapta|lantas|reskrim|resnarkoba|intelkam|binmas|pamobvit|polairud|"
    r"tahti)\w*|Pangdam|Irwasda|Ketua|Kepala|Komandan|Wakil|Bupati|Walikota|Wali|Gubernur|"
    r"Pj\.?|Penjabat|Camat|Kasatgashumas|Kaopsda|Kaopsres)$"
)
_BOUNDARY = re.compile(
    r"(?:[.;:(\"“”](?:\s|$)|,\s|\n|\b(?:melalui|dan|bersama|didampingi|oleh|kata|ujar|ucap|tutur|"
    r"jelas|menurut|yakni|yaitu|selaku|sebagai|mengatakan|menyampaikan)\s)"
)
_FULL_POLDA = re.compile(
    r"\b((?:Waka|Ka)?[Pp]olda) Kalimantan (Barat|Tengah|Selatan|Timur|Utara)"
    r"(?:\s*\((?:Kal\w+)\))?"
)
_POLDA_ABBR = {
    "Barat": "Kalbar", "Tengah": "Kalteng", "Selatan": "Kalsel", "Timur": "Kaltim",
    "Utara": "Kaltara",
}  # fmt: skip


def _is_degree(token: str) -> bool:
    bare = token.strip(",.;:")
    if not bare:
        return False
    if "." in bare and not re.fullmatch(r"[A-Z]", bare):
        return True  # S.IK, M.Si, S.H
    return bare.replace(".", "").upper() in _DEGREE_CAPS and (
        bare.isupper() or bare in ("MSi", "Msi", "MSc", "SIk", "PhD")
    )


def _read_name(text: str, start: int) -> tuple[str, int]:
    """The person's name that starts at ``start`` and where it ends."""
    words: list[str] = []
    end = start
    for match in re.finditer(r"\S+", text[start : start + 120]):
        raw = match.group().strip("\"“”'‘’")
        if not words and raw in _HONORIFICS:
            end = start + match.end()
            continue
        token = raw.rstrip(",;:)")
        sentence_end = token.endswith(".") and not re.fullmatch(r"[A-Z]\.", token)
        token = token.rstrip(".") if sentence_end else token
        if (
            not token
            or _is_degree(raw)
            or token in _NOT_NAME
            or _POSITION_WORD.match(token)
            or not _NAME_WORD.match(token)
        ):
            break
        words.append(token)
        end = start + match.start() + len(token)
        if raw != token or len(words) == 5:
            break  # a comma or full stop closes the name
    # "SUGENG RIYADI" is shouted, "Jupri JHP Tampubolon" has initials: only a name
    # written wholly in capitals is recased.
    if all(w.isupper() for w in words if len(w) > 2):
        words = [w.title() if len(w) > 2 else w for w in words]
    return " ".join(words), end


def _clean_position(raw: str) -> str | None:
    words = raw.strip(" ,").split()
    for i, word in enumerate(words):
        if _POSITION_WORD.match(word):
            position = " ".join(words[i:])
            position = re.sub(r"\bKabid\s+Humas\b", "Kabidhumas", position)
            position = _PARENS.sub("", position)
            position = _FULL_POLDA.sub(
                lambda m: f"{m[1]} {_POLDA_ABBR[m[2]]}", position
            )
            # A post is a run of names and codes; a lowercase word means prose.
            if any(w[0].islower() for w in position.split()):
                return None
            return position or None
    return None


def _position_before(text: str, rank_start: int) -> str | None:
    window = text[max(0, rank_start - 120) : rank_start].rstrip()
    window = window[:-1] if window.endswith(",") else window
    cuts = list(_BOUNDARY.finditer(window))
    segment = window[cuts[-1].end() :] if cuts else window
    if len(segment.split()) > 9:
        return None
    return _clean_position(segment)


_AFTER = re.compile(
    r"^\s*,?\s*(?:selaku|sebagai|yang\s+merupakan|yang\s+menjabat(?:\s+sebagai)?)?\s*"
    r"(?P<pos>[A-Z][\w/.-]*(?:\s+(?:[A-Z0-9][\w/.()-]*))*)"
)


_PARENS = re.compile(r"\s*\([A-Za-z]{2,8}\)")  # "Kapolres Hulu Sungai Utara (HSU)"
_TOKEN = re.compile(r"[\s,]*([^\s,]+)")


def _position_after(text: str, name_end: int) -> str | None:
    after = text[name_end : name_end + 140]
    # Skip the degrees that may sit between the name and the post.
    for token in _TOKEN.finditer(after):
        if not _is_degree(token[1]):
            after = after[token.start() :]
            break
    match = _AFTER.match(after)
    if not match:
        return None
    words = match["pos"].split()
    if not words or not _POSITION_WORD.match(words[0]):
        return None
    return _clean_position(" ".join(words[:7]))


def _rank_of(match: re.Match[str]) -> str:
    for i, (_, rank) in enumerate(RANKS):
        if match[f"r{i}"]:
            base = rank or match[f"r{i}"]
            return f"{base} {match['corps']}" if match["corps"] else base
    return match[0]


def _same_person(a: str, b: str) -> bool:
    ta, tb = a.lower().split(), b.lower().split()
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return long[: len(short)] == short or long[-len(short) :] == short


def find_officials(
    text: str, normalise: Callable[[str], str] | None = None
) -> tuple[Official, ...]:
    """Ranked officials in order of first mention, each person once.

    ``normalise`` rewrites the unit names inside a post (``Kapolres Kotim`` ->
    ``Kapolres Kotawaringin Timur``); that needs the gazetteer, this module does not.
    """
    people: list[Official] = []
    for match in _RANK_RE.finditer(text):
        name, end = _read_name(text, match.end())
        if not name:
            continue
        rank = _rank_of(match)
        position = _position_before(text, match.start()) or _position_after(text, end)
        if position and normalise:
            position = _PARENS.sub("", normalise(position))
        for i, known in enumerate(people):
            if _same_person(known.name, name):
                people[i] = Official(
                    rank=max((known.rank, rank), key=lambda r: len(r or "")),
                    name=max((known.name, name), key=len),
                    position=known.position or position,
                )
                break
        else:
            people.append(Official(rank=rank, name=name, position=position))
    return tuple(people)
