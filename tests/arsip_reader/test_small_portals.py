"""Outlets and datelines of small portals (issue 11, session 5), pages in our words.

Each page is invented; each form is one seen on pages unseen while tuning: the outlet
named only by a header line, an account, a footer or the reporter's question.
"""

from __future__ import annotations

import pytest

from arsip_reader.parse import parse_raw_text

_STORY = (
    "Polres setempat menurunkan puluhan personel untuk menjaga gudang logistik "
    "pemilihan di kecamatan, Selasa (12/11/2024). Penjagaan dilakukan bergantian "
    "siang dan malam agar kotak suara tetap aman sampai didistribusikan ke desa.\n"
    "Kapolsek mengatakan anggotanya juga berpatroli di sekitar gudang setiap malam "
    "dan berkoordinasi dengan panitia kecamatan."
)


def _page(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("text", "outlet", "place"),
    [
        # A one-word brand ending in a city's name is no place.
        (
            _page(
                "Polres Jaga Gudang Logistik Pilkada",
                f"BERITASINGKAWANG – {_STORY}",
            ),
            "BERITASINGKAWANG",
            None,
        ),
        # The site's domain with a comma on its own line, the place under it.
        (
            _page("SUARAHULU.CO,", f"BALIKPAPAN - {_STORY}"),
            "SUARAHULU.CO",
            "Balikpapan",
        ),
        # A place alone on its line, the story opening with a dash on the next.
        (_page("Paser", f"— {_STORY}"), None, "Paser"),
        # The site, two bars, the region under the title.
        (
            _page(
                "Polres Jaga Gudang Logistik Pilkada",
                "Warta Humas Polri|| Kaltim",
                _STORY,
            ),
            "Warta Humas Polri",
            "Kaltim",
        ),
    ],
)
def test_header_lines_of_small_portals(text, outlet, place):
    parsed = parse_raw_text(text, "x.txt")
    assert (parsed.outlet, parsed.dateline_place) == (outlet, place)
    assert parsed.paragraphs[0].startswith("Polres setempat")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # The site's own account credited as reporter.
        (
            _page(
                "Polres Jaga Gudang Logistik Pilkada",
                "Reporter : borneodaily",
                "Editor : borneodaily",
                "Selasa, 12 November 2024 14:13 WIB",
                _STORY,
            ),
            "borneodaily",
        ),
        # The reporter's question names the outlet ("kepada detikcom").
        (
            _page(
                _STORY,
                "Logistik aman, ujar Kapolsek kepada detikcom, Rabu (13/11/2024).",
            ),
            "detikcom",
        ),
        (
            _page(_STORY, "Semua berjalan lancar, kata Kapolres kepada Kapuasnews."),
            "Kapuasnews",
        ),
        # A footer that describes the site.
        (
            _page(
                _STORY,
                "ATURAN REDAKSI : Beritarawa adalah media siber yang terverifikasi",
            ),
            "Beritarawa",
        ),
    ],
)
def test_outlets_named_below_the_header(text, outlet):
    assert parse_raw_text(text, "x.txt").outlet == outlet


def test_a_sentence_calling_something_a_medium_names_no_outlet():
    text = _page(_STORY, "Kegiatan merupakan media silaturahmi polisi dan warga.")
    assert parse_raw_text(text, "x.txt").outlet is None


def test_a_person_as_reporter_and_a_plain_kepada_name_no_outlet():
    text = _page(
        "Polres Jaga Gudang Logistik Pilkada",
        "Reporter : Rina",
        "Selasa, 12 November 2024 14:13 WIB",
        _STORY,
        "Semua berjalan lancar, kata Kapolres kepada wartawan.",
    )
    assert parse_raw_text(text, "x.txt").outlet is None


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The site's motto under its name is no title.
        (
            [
                "KabarHulu.com",
                "Berita Akurat dan Terpercaya",
                "Polres Jaga Gudang Logistik",
            ],
            "Polres Jaga Gudang Logistik",
        ),
        (
            [
                "KabarHulu.com",
                "Portal Berita Akurat, Aktual dan Berimbang",
                "Polres Jaga Gudang Logistik",
            ],
            "Polres Jaga Gudang Logistik",
        ),
        # Words a headline may use ("Cepat dan Tepat") make no motto.
        (
            [
                "Pengawalan Logistik Berjalan Cepat dan Tepat",
                "Selasa, 12 November 2024",
            ],
            "Pengawalan Logistik Berjalan Cepat dan Tepat",
        ),
        # The site's name, then its section's words: a kicker, not the title.
        (
            ["Situs TV regional berita daerah", "Penjagaan Rapat Pleno Diperketat"],
            "Penjagaan Rapat Pleno Diperketat",
        ),
        # A headline of five words with one section word stays the title.
        (
            [
                "Pilkada Damai Dijaga Ratusan Personel",
                "Selasa, 12 November 2024 14:13 WIB",
            ],
            "Pilkada Damai Dijaga Ratusan Personel",
        ),
    ],
)
def test_mottos_and_kickers_are_no_titles(header, title):
    text = _page(*header, f"PALANGKA RAYA - {_STORY}")
    assert parse_raw_text(text, "x.txt").title == title


def test_a_regional_desk_in_the_closing_credit_names_the_antara_site():
    text = _page(
        "Polres Jaga Gudang Logistik Pilkada",
        f"Sampit (ANTARA) - {_STORY}",
        "Pewarta: Rina",
        "Editor : Admin Antarakalteng",
    )
    assert parse_raw_text(text, "x.txt").outlet == "ANTARA Kalteng"


def test_a_site_named_in_the_byline_and_the_credit_republishing_rri():
    text = _page(
        "Polres Jaga Gudang Logistik Pilkada",
        "By Kabar Hulu 12 Nov 2024, 18:21:30 WITA",
        f"KBRN, Sampit : {_STORY} (kabarhulu)",
    )
    assert parse_raw_text(text, "x.txt").outlet == "Kabar Hulu"


def test_a_reporter_credited_under_an_rri_text_keeps_rri():
    text = _page(
        "Polres Jaga Gudang Logistik Pilkada",
        "By Rina 12 Nov 2024, 18:21:30 WITA",
        f"KBRN, Sampit : {_STORY} (dan)",
    )
    assert parse_raw_text(text, "x.txt").outlet == "RRI"


def _event_date(text: str) -> str | None:
    from arsip_extract.record import extract_record

    return extract_record(parse_raw_text(text, "x.txt")).event_date


_UNDATED = (
    "Polres setempat menurunkan puluhan personel untuk menjaga gudang logistik "
    "pemilihan di kecamatan. Penjagaan dilakukan bergantian siang dan malam agar "
    "kotak suara tetap aman sampai didistribusikan ke desa, kata Kapolsek, Kamis."
)


@pytest.mark.parametrize(
    ("caption", "body", "expected"),
    [
        # The body writes no day: the photo caption's is the deed's.
        (
            "Personel mengikuti apel siaga di halaman Mapolres, Selasa (6/2/2024). "
            "KABARHULU/Rina",
            _UNDATED,
            "2024-02-06",
        ),
        # Only the day a source printed it, a few days later: the caption's day.
        (
            "Kapolres memeriksa kesiapan personel, Selasa (6/2/2024). ANTARA",
            _UNDATED + " Hal itu disampaikan melansir dari ANTARA, Jumat (9/2/2024).",
            "2024-02-06",
        ),
        # A file photo dates another day.
        (
            "Ilustrasi - Personel berjaga di gudang logistik, Selasa (6/2/2024).",
            _UNDATED,
            None,
        ),
        # A day the body writes wins over the caption's.
        (
            "Personel mengikuti apel siaga di halaman Mapolres, Selasa (6/2/2024). "
            "KABARHULU/Rina",
            _UNDATED + " Patroli digelar Rabu (7/2/2024).",
            "2024-02-07",
        ),
    ],
)
def test_a_photo_caption_dates_the_deed_when_the_body_does_not(caption, body, expected):
    title = "Polres Siagakan Puluhan Personel Menjaga Gudang Logistik Pilkada"
    text = _page(title, caption, f"SAMPIT - {body}")
    assert _event_date(text) == expected
