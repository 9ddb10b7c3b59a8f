"""Assemble a Record from a parsed article: every field, from small pure readers."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache, partial

from arsip_core.gazetteer import Gazetteer, load_gazetteer
from arsip_core.model import (
    KALIMANTAN_PROVINCES,
    ParsedArticle,
    Place,
    Record,
    replace_record,
)
from arsip_extract.activities import before_the_polls, find_activities
from arsip_extract.dates import (
    EventDates,
    find_event_dates,
    parse_published,
    story_year,
)
from arsip_extract.doubts import Clues, find_doubts
from arsip_extract.elections import find_election, find_operation
from arsip_extract.lead import compile_led, compile_scan
from arsip_extract.officials import (
    find_officials,
    mend_place_typos,
    with_caption_officials,
)
from arsip_extract.personnel import (
    find_activity_points,
    find_personnel,
    find_tps_counts,
)
from arsip_extract.places import build_places, place_from_dateline
from arsip_extract.province import find_province
from arsip_extract.screen import screened_lower
from arsip_extract.units import (
    UnitMention,
    find_units,
    normalise_unit_names,
    taking_part_in_kalimantan,
    unique_units,
)

# "Satbrimob" without its Polda: in a Kalimantan story it can only be that Polda's.
# Nor can "Brimobda" (the Polda's Brimob, "da" for "daerah"). A detachment named
# bare, as a bare "Brimob" or "satuan Brimob" is, names no unit (the lead's ruling of
# session 16): a pioneer battalion ("Yon B Pelopor Brimob Singkawang", "Brimob
# Batalyon A Pelopor") or a company ("Sat Brimob C Sanggau").
# ("Sat Brimob Polda berhasil ...": a bare "Polda" names none, the Satbrimob is bare)
_BARE_BRIMOB = compile_led(
    r"(?<![A-Za-z])(?:Sat\s?brimob(?:da)?|Brimobda)\b"
    r"(?!\s+(?:Satbrimob\s+)?Polda\s+(?-i:[A-Z]))(?!\s+[A-D]\b)",
    re.IGNORECASE,
)


# "mendapat BKO 1.104 personel dari Polda.", "tambah BKO Polda dan batalyon": a
# reinforcement from the bare "Polda" is the story's province's Polda, acting.
_BARE_POLDA_SOURCE = compile_led(
    r"\b(?:BKO|bantuan|perkuatan|dukungan)\b(?:[^.\n]|\.(?=\d)){0,40}?"
    r"\b[Pp]olda\b(?!\s+[A-Z])"
)


def _with_bare_polda(
    names: tuple[str, ...], text: str, province: str | None, gaz: Gazetteer
) -> tuple[str, ...]:
    """Polda X for a reinforcement from the bare "Polda" in province X, when the
    story names no Polda by name."""
    if any(n.startswith("Polda ") for n in names) or not _BARE_POLDA_SOURCE.search(
        text
    ):
        return names
    prov = gaz.province(province) if province else None
    return (*names, prov.polda) if prov else names


# "pihak polres setempat", "Polresta setempat": the Polres of the story's place.
_LOCAL_POLRES = compile_scan(r"\b[Pp]ol(?:res|resta)\s+setempat\b")


def _with_local_polres(
    names: tuple[str, ...], text: str, places: tuple[Place, ...], gaz: Gazetteer
) -> tuple[str, ...]:
    """The Polres of the story's one kabupaten/kota, for "polres setempat" in a
    story that names no Polres."""
    if (
        len(places) != 1
        or any(n.startswith("Polres") for n in names)
        or "setempat" not in text
        or not _LOCAL_POLRES.search(text)
    ):
        return names
    place = gaz.place(places[0].name)
    unit = gaz.unit_for_place(place) if place else None
    return (*names, unit.unit) if unit else names


_RELATED = compile_scan(
    r"^\s*(?:Baca\s+juga|Berita\s+Terkait|Artikel\s+Terkait)\b", re.I
)


def _units_with_bare_brimob(
    text: str, units: list[UnitMention], province: str | None, gaz: Gazetteer
) -> tuple[str, ...]:
    """The unit names, plus ``Satbrimob Polda X`` for a bare Satbrimob in province X."""
    names = unique_units(units)
    # A story naming no Brimob needs no scan: a substring test tells.
    low = screened_lower(text)
    absent = low is not None and "brimob" not in low
    match = None if absent else _BARE_BRIMOB.search(text)
    prov = gaz.province(province) if province else None
    if match and prov and not any(n.startswith("Satbrimob") for n in names):
        before = unique_units([u for u in units if u.start < match.start()])
        rest = tuple(n for n in names if n not in before)
        names = (*before, f"Satbrimob {prov.polda}", *rest)
    return _with_brimob_polda(names)


def _with_brimob_polda(names: tuple[str, ...]) -> tuple[str, ...]:
    """Satbrimob Polda X takes part as part of Polda X: list the Polda after it."""
    out: list[str] = []
    for name in names:
        out.append(name)
        polda = name.removeprefix("Satbrimob ")
        if polda != name and polda not in names:
            out.append(polda)
    return tuple(out)


def _with_dateline_unit(
    names: tuple[str, ...], parsed: ParsedArticle, gaz: Gazetteer
) -> tuple[str, ...]:
    """The Polres or Polsek a dateline's chain names last (``Polres Berau, Gunung
    Tabur –``, ``Polda Kalbar, Polres Sambas, Polsek Sebawi –``) acts in the story:
    listed first when the body does not name it."""
    if not parsed.dateline_text or "pol" not in parsed.dateline_text.lower():
        return names
    chain = find_units(_tidy(parsed.dateline_text), gaz)
    # A Polda in the dateline ("MEMPAWAH, Polda Kalbar –", "Polda Kalsel – Polres
    # Tabalong, ...") is the host's tag: it takes part only when the story names it
    # acting (then it is among ``names`` already).
    if not chain or chain[-1].unit in names or chain[-1].unit.startswith("Polda "):
        return names
    return _with_brimob_polda((chain[-1].unit, *names))


def _dateline_date(parsed: ParsedArticle) -> date | None:
    """The date written in the dateline (``Balikpapan, 20 September 2024 –``)."""
    written = parsed.dateline_date or getattr(parsed.dateline_place, "date_text", None)
    return find_event_dates(written).first if written else None


# A file photo's caption dates another day: "Ilustrasi", "Foto arsip".
_FILE_PHOTO = compile_scan(r"\b(?:ilustrasi|arsip|file\s+photo|foto\s+lama)\b", re.I)
# How long before the day a source printed the story the photo's day may be.
_CAPTION_BEFORE = timedelta(days=7)


def _caption_day(
    captions: tuple[str, ...],
    dates: EventDates,
    published: date | None,
    year_hint: int | None,
) -> EventDates:
    """The day a photo caption dates ("... apel siaga, Kamis (25/1)"), when the body
    writes no day of its own, or only the day a source printed it a few days later."""
    for caption in captions:
        if _FILE_PHOTO.search(caption):
            continue
        shot = find_event_dates(caption, published, year_hint)
        day = shot.first
        if day is None or shot.precision != "day" or shot.recalled:
            continue
        if dates.first is None or dates.first - _CAPTION_BEFORE <= day <= dates.first:
            days = tuple(sorted({day, *dates.dates}))
            return EventDates(days, "day", dates.warnings + shot.warnings, day)
    return dates


def _published_text(when: datetime | None, precision: str | None) -> str | None:
    """ISO date-time, or the ISO date alone when only the day is known."""
    if when is None:
        return None
    return when.date().isoformat() if precision == "day" else when.isoformat()


# Pasted pages double spaces ("Polres  Sintang") and drop the space after a comma
# ("Kapolres Sintang,AKBP Budi"): the name readers expect single spaced words.
# (Written to open with the character it consumes, its neighbours checked after:
# then ``re`` skips ahead to spaces and commas instead of trying every position.)
_SPACES = compile_scan(r"[ \t\xa0,](?:(?<=[a-z],)(?=[A-Z])|(?<=[ \t\xa0])[ \t\xa0]+)")


# A comma glued between words, found fast: the pattern opens with a literal.
_GLUED_COMMA = compile_scan(r",(?<=[a-z],)(?=[A-Z])")


def _tidy(text: str) -> str:
    """``text`` with runs of spaces single and a space after a glued comma."""
    # Most texts need neither: substring tests and a search for a glued comma spare
    # them the substitution's scan, which stops at every space.
    if (
        "  " not in text
        and "\t" not in text
        and "\xa0" not in text
        and not _GLUED_COMMA.search(text)
    ):
        return text
    return _SPACES.sub(lambda m: ", " if m[0] == "," else " ", text)


# "Polsek bintang ara" typed in lower case, the district written with its capital
# ("Kec. Bintang ara"): the sector's name is that district's.
_LOWER_SECTOR = compile_scan(r"[Pp]olsek[ \t]+([a-z]{3,})(?:[ \t]+([a-z]{3,}))?\b")
_DISTRICT_HEAD = r"(?:Kecamatan|Kec\.|Desa|Kelurahan|Kel\.)\s*"


def _sector_names(text: str) -> str:
    """``text`` with a sector's name typed in lower case capitalised, when the
    text writes that district's name with a capital."""
    if "olsek" not in text:
        return text

    def recase(match: re.Match[str]) -> str:
        words = [w for w in match.groups() if w]
        for n in range(len(words), 0, -1):
            name = r"\s+".join(words[:n])
            district = re.compile(rf"{_DISTRICT_HEAD}({name})\b", re.IGNORECASE)
            if any(d[1][0].isupper() for d in district.finditer(text)):
                whole, base = match[0], match.start()
                start, end = match.start(1) - base, match.end(n) - base
                return whole[:start] + whole[start:end].title() + whole[end:]
        return match[0]

    return _LOWER_SECTOR.sub(recase, text)


@lru_cache(maxsize=4)
def _regency_names(gaz: Gazetteer) -> frozenset[str]:
    """The kabupaten and kota names and their seats, as posts end with them."""
    return frozenset(n for p in gaz.places for n in (p.name, p.seat) if n)


def extract_record(parsed: ParsedArticle, gaz: Gazetteer | None = None) -> Record:
    """Return the structured record for ``parsed``; pure, no Pelican."""
    gaz = gaz or load_gazetteer()
    body = _sector_names(_tidy(parsed.text))
    # The headline often carries the unit, the operation and the activity.
    title = _tidy(parsed.title) if parsed.title else parsed.title
    text = f"{title}\n{body}" if title else body
    body_start = len(text) - len(body)

    # A dateline's date is the day the story was filed: not an event date, but the
    # day a bare weekday counts back from when there is no stamp. Whether it also
    # becomes the publication date is the reader's call (``published`` is its field).
    published_at = parsed.published
    published = published_at.date() if published_at else _dateline_date(parsed)

    # Should a related-article list slip past the reader, its stamp lines
    # ("Kamis, 12 Desember 2024 4:33") and "Baca juga" lines date other stories.
    # Spaced as the body is: the date rules read a fixed number of characters.
    # A date the headline gives dates the story too (a lead sentence the reader
    # took for the headline is no longer among the paragraphs).
    headed = ((parsed.title,) if parsed.title else ()) + tuple(parsed.paragraphs)
    dated = _tidy(
        "\n".join(
            p for p in headed if parse_published(p) is None and not _RELATED.match(p)
        )
    )
    # With no date of publication, a date without its year takes the year of the
    # vote or operation the story is about.
    year_hint = story_year(text) if published is None else None
    dates = find_event_dates(dated, published, year_hint)
    filed = _dateline_date(parsed)
    date_from = None
    if dates.first is None and filed is not None:
        date_from = "dateline"
        # Nothing dated in the body: the day written in its dateline is the day
        # reported ("Ketapang, (2/11/2024) – Pelipatan surat suara dijaga ...").
        dates = EventDates((filed,), "day", dates.warnings, filed)
    if parsed.captions and (dates.first is None or dates.recalled):
        shot = _caption_day(parsed.captions, dates, published, year_hint)
        date_from = "caption" if shot is not dates else date_from
        dates = shot
    units = find_units(text, gaz, unknown_from=body_start)
    place_list = build_places(text, gaz, parsed.dateline_place, units)
    dateline_place = place_from_dateline(parsed.dateline_place, gaz)
    province = find_province(
        text,
        gaz,
        units,
        [p.province for p in place_list],
        dateline_place.province if dateline_place else None,
        parsed.dateline_place,
    )
    named_places = place_list
    if province not in KALIMANTAN_PROVINCES:
        # The gazetteer only knows Kalimantan: elsewhere its names are homonyms.
        place_list = ()
    else:
        # A neighbour in another province (a border, a route) is not where the
        # event happened: places are the event's province's (issue 11 guideline).
        place_list = tuple(p for p in place_list if p.province == province)
    if province in KALIMANTAN_PROVINCES:
        # "bom di Polsek Astana Anyar, Bandung Jawa Barat": a unit of another
        # province named for what happened there is no unit of this story.
        units = taking_part_in_kalimantan(
            text, [u for u in units if u.elsewhere is None]
        )
    # (a day the story recalls still says which vote it is about, when it dates no
    # event: the earlier step of a long guard)
    when = dates.first or published or (dates.dates[0] if dates.dates else None)
    election = find_election(text, when, gaz)
    normalise = partial(normalise_unit_names, gaz=gaz)
    # The body says it as written; a Title Case headline is the fallback.
    personnel = find_personnel(body, normalise, title)
    if personnel.total is None and personnel.text is None and title:
        personnel = find_personnel(title, normalise)
    warnings = tuple(dict.fromkeys((*parsed.warnings, *dates.warnings)))
    record = Record(
        title=parsed.title or "",
        outlet=parsed.outlet,
        url=parsed.url,
        author=parsed.author,
        published=_published_text(published_at, parsed.published_precision),
        event_date=dates.first.isoformat() if dates.first else None,
        event_dates=tuple(d.isoformat() for d in dates.dates),
        event_date_precision=dates.precision,
        dateline_place=str(parsed.dateline_place) if parsed.dateline_place else None,
        province=province,
        places=place_list,
        police_units=_with_local_polres(
            _with_bare_polda(
                _with_dateline_unit(
                    _units_with_bare_brimob(text, units, province, gaz), parsed, gaz
                ),
                text,
                province,
                gaz,
            ),
            text,
            place_list,
            gaz,
        ),
        operation=find_operation(text, election, parsed.captions),
        election=election,
        activities=before_the_polls(
            find_activities(parsed.title, parsed.paragraphs),
            dates.first,
            gaz.election(election) if election else None,
            text,
        ),
        officials=mend_place_typos(
            with_caption_officials(
                find_officials(text, normalise, parsed.dateline_text),
                [c for c in parsed.captions if not _FILE_PHOTO.search(c)],
                normalise,
            ),
            _regency_names(gaz),
        ),
        personnel_total=personnel.total,
        personnel_text=personnel.text,
        personnel_breakdown=personnel.breakdown,
        tps_counts=find_tps_counts(text),
        activity_points=find_activity_points(text),
        source_file=parsed.source_path,
        warnings=warnings,
    )
    clues = Clues(
        text=text,
        dates=dates,
        date_from=date_from,
        year_hint=year_hint,
        personnel=personnel,
        units=tuple(units),
        places_elsewhere=tuple(
            p.province for p in named_places if p.province != province
        )
        if province in KALIMANTAN_PROVINCES
        else (),
        capital=getattr(gaz.province(province), "capital", None) if province else None,
        dateline_known=dateline_place is not None,
    )
    doubts = find_doubts(parsed, record, clues)
    return replace_record(record, warnings=(*warnings, *doubts)) if doubts else record
