"""The frame of a pasted page: header lines, the story's start, the tail (issue 11)."""

from __future__ import annotations

import pytest

from arsip_reader.frame import (
    author_of,
    brand,
    cut_tail,
    is_caption,
    looks_like_section,
    looks_like_site,
    read_frame,
    republished_title,
)


@pytest.mark.parametrize(
    "line, author",
    [
        ("Penulis: Rina Wulandari | Editor: Hendra", "Rina Wulandari"),
        ("Pewarta/editor : Agus Salim/Rudi", "Agus Salim"),
        ("Laporan Wartawan Tribun Pontianak, Agus Salim", "Agus Salim"),
        ("Penulis Kontributor Balikpapan, Sigit Pranoto", "Sigit Pranoto"),
        ("• Oleh Wahyu Kurniawan", "Wahyu Kurniawan"),
        ("Editor: Hendra", None),
    ],
)
def test_byline_lines(line, author):
    assert author_of(line) == (True, author)


@pytest.mark.parametrize(
    "line",
    [
        "FOTO : Personel berjaga di gudang logistik.",
        "Foto: Personel berjaga di gudang logistik (Ist)",
        "Personel berjaga di gudang logistik. TRIBUNKALTARA.COM/RINA WULANDARI",
        "Petugas berjaga, Kamis (8/2/2024). (Foto Antara Kalbar/Yuliani)",
        "Ilustrasi pemungutan suara.",
        "APEL. Personel Polresta mengikuti apel pergeseran.",
    ],
)
def test_captions(line):
    assert is_caption(line)


def test_a_sentence_is_no_caption():
    assert not is_caption("Polres Sambas menjaga gudang logistik, Kamis (8/2/2024).")


@pytest.mark.parametrize(
    "text, site, section",
    [
        ("TribunKaltara.com", True, False),
        ("Berita Kaltara Terkini", False, True),
        ("Bulungan Memilih", False, True),
        ("Breaking News", False, True),
        ("Polres Nunukan Siagakan 120 Personel Jaga Gudang Logistik", False, False),
    ],
)
def test_site_and_section_names(text, site, section):
    assert (looks_like_site(text), looks_like_section(text)) == (site, section)


def test_title_twice_the_full_copy_wins_and_the_kicker_is_no_title():
    lines = [
        "Berita Kaltara Terkini",
        "Polresta Bulungan Siagakan 60 Personel di Gudang…",
        "Polresta Bulungan Siagakan 60 Personel di Gudang Logistik Pilkada",
        "Penulis: Maria | Editor: Yosef",
        "Senin, 26 Agustus 2024 17:05 WITA",
        "TANJUNG SELOR - Polresta Bulungan menyiagakan enam puluh personel di gudang "
        "logistik KPU sejak Senin pagi.",
    ]
    frame = read_frame(lines)
    assert frame.title == lines[2]
    assert frame.body_start == 5
    assert frame.dateline.place == "Tanjung Selor"
    assert frame.published.isoformat() == "2024-08-26T17:05:00+08:00"
    assert frame.author == "Maria"


def test_the_menu_button_over_a_menu_is_no_site_name():
    lines = [
        "Menu",
        "Mode Gelap",
        "Politik",
        "Polres Sekadau Periksa Pos Pengamanan Kampanye",
        "SEKADAU - Kapolres Sekadau memeriksa pos pengamanan kampanye di lapangan kota "
        "pada Kamis pagi bersama perwira pengendali.",
    ]
    frame = read_frame(lines)
    assert frame.outlet is None
    assert frame.title == lines[3]


def test_a_date_widget_above_the_title_is_not_the_stamp():
    lines = [
        "Monday, March 4, 2024",
        "Polres Paser Geser Personel ke TPS Jelang Hari Pencoblosan",
        "PASER - Ratusan personel gabungan mengikuti apel kesiapan di halaman Mapolres "
        "Paser sebelum digeser ke tempat pemungutan suara.",
    ]
    assert read_frame(lines).published is None


def test_title_that_is_a_section_name_warns():
    lines = [
        "Breaking News",
        "SAMPIT - Satuan Samapta Polres Kotim berpatroli ke kantor KPU dan Bawaslu "
        "selama masa tenang pemilihan.",
    ]
    frame = read_frame(lines)
    assert frame.title == "Breaking News"
    assert any("nama situs atau rubrik" in w for w in frame.warnings)


def test_tail_lists_and_closing_lines_end_the_story():
    body = [
        "Polisi berjaga di gudang logistik sepanjang malam.",
        "Penjagaan melibatkan unsur TNI.",
        "Pewarta: Dewi Anggraini",
        "Editor: Bambang",
        "COPYRIGHT © ANTARA News Kalimantan Tengah 2024",
    ]
    tail = cut_tail(body)
    assert (tail.end, tail.author, tail.outlet) == (
        2,
        "Dewi Anggraini",
        "ANTARA Kalteng",
    )


def test_an_english_themes_check_also_box_ends_the_story():
    # A WordPress theme's box of other stories under the story (session 14: two
    # pages; their units came from the other stories' headlines).
    body = [
        "Polisi berjaga di gudang logistik sepanjang malam.",
        "About admin",
        "Check Also",
        "Personel Polsek Lain Gelar Patroli Malam",
    ]
    assert cut_tail(body).end == 2


def test_a_link_box_inside_the_story_is_dropped_and_the_story_goes_on():
    body = [
        "Polisi berjaga di gudang logistik sepanjang malam.",
        "Baca Juga:",
        "- Bawaslu awasi distribusi",
        "Penjagaan melibatkan unsur TNI dari Kodim setempat dan petugas Linmas di "
        "setiap kelurahan yang dilewati truk logistik menuju kecamatan.",
        "Berita Terkait",
        "Polres lain gelar apel",
    ]
    tail = cut_tail(body)
    assert tail.end == 4 and tail.dropped == {1, 2}


@pytest.mark.parametrize(
    "outlet, expected",
    [
        ("TRIBUNKALTIM.CO", "Tribun Kaltim"),
        ("TRIBUNPONTIANAK.CO.ID", "Tribun Pontianak"),
        ("Tribratanews.tribratanews.com", "Tribratanews"),
        ("bakabar.com", "bakabar.com"),
        # the national desk, and a copyright line cut before its region
        ("ANTARA News", "ANTARA"),
        ("ANTARA News Kalimantan", "ANTARA"),
        ("ANTARA News Kalimantan Timur", "ANTARA Kaltim"),
        ("Antara Kalbar", "Antara Kalbar"),
        (None, None),
    ],
)
def test_brand(outlet, expected):
    assert brand(outlet) == expected


@pytest.mark.parametrize(
    "line, dropped",
    [
        ("• Pimpin Apel Pagi, Wakapolres Sekadau Ingatkan Netralitas", True),
        ("Polsek Sandai Gelar Doa Bersama Jelang Pilkada 2024", True),
        ("Antisipasi Gangguan Keamanan", False),  # a subheading of the story
        ("Kapolres mengatakan patroli digelar setiap malam.", False),
    ],
)
def test_headlines_of_other_stories_inside_the_body(line, dropped):
    body = ["Polisi berjaga di gudang logistik sepanjang malam.", line, "Akhir."]
    assert (1 in cut_tail(body).dropped) == dropped


@pytest.mark.parametrize(
    "before, line, after, kept",
    [
        # A paragraph wrapped at a fixed width: its Title Case pieces stay.
        (
            "Apel dipimpin oleh Wakapolres",
            "Sekadau Kompol Andi Wijaya Putra Didampingi Kabag",
            "Ops.",
            True,
        ),
        (
            "Apel dipimpin Wakapolres.",
            "Sekadau Kompol Andi Wijaya Putra Didampingi Kabag",
            "dan anggota.",
            True,
        ),
        # After a full stop and before a capital: another story's headline.
        (
            "Apel dipimpin Wakapolres.",
            "Polsek Sandai Gelar Doa Bersama Jelang Pilkada",
            "Akhir.",
            False,
        ),
    ],
)
def test_hard_wrapped_lines_are_no_headlines(before, line, after, kept):
    tail = cut_tail(["Polisi berjaga sepanjang malam.", before, line, after])
    assert (2 not in tail.dropped) == kept


def test_a_table_of_links_and_a_here_prompt_end_the_story():
    body = [
        "Polisi berjaga sepanjang malam.",
        "Kapolsek meminta warga tetap tenang.",
        "Dapatkan berita pilihan dari Kabar Kapuas di sini",
        "Kapolsek Hulu Ikuti Lomba Kampung Tangguh di Lingkungan Polda |",
        "---|",
    ]
    assert cut_tail(body).end == 2
    table = ["Polisi berjaga sepanjang malam.", "Judul berita lain yang ditautkan |",
             "![]() |", "---|", "Kapolsek meminta warga tetap tenang dan menjaga kampung."]  # fmt: skip
    assert cut_tail(table).dropped == {1, 2, 3}


def test_a_republished_story_names_its_headline_in_the_tail():
    lines = [
        "SAMBAS - Polisi berjaga di gudang logistik sepanjang malam.",
        "Artikel ini sebelumnya sudah tayang di Kabar Kita dengan judul: Polres Sambas "
        "Jaga Gudang Logistik. Klik untuk baca.",
    ]
    assert republished_title(lines) == "Polres Sambas Jaga Gudang Logistik"
    assert cut_tail(lines).end == 1


def test_a_dateline_without_a_dash_is_a_guess_and_says_so():
    lines = [
        "Polres Tanah Bumbu Gelar Apel Pasukan Jelang Pilkada",
        "BATULICIN, Polres Tanah Bumbu melaksanakan apel gelar pasukan di halaman "
        "Mapolres sebagai upaya pengamanan pemilihan bupati.",
    ]
    frame = read_frame(lines)
    assert frame.dateline.place == "Batulicin"
    assert any("ditebak" in w for w in frame.warnings)


def test_a_site_name_and_tagline_above_a_menu_are_no_title():
    lines = [
        "Kabar Muara Teweh",
        "Berita Barito Utara dan Sekitarnya",
        "Beranda",
        "Daerah",
        "Polisi Jaga Posko Pasangan Calon di Muara Teweh",
        "Muara Teweh - Personel Polres Barito Utara berjaga di posko dua pasangan "
        "calon bupati sejak pagi hari agar kampanye berjalan tertib dan damai.",
    ]
    frame = read_frame(lines)
    assert frame.title == "Polisi Jaga Posko Pasangan Calon di Muara Teweh"
    assert frame.site == frame.outlet == "Kabar Muara Teweh"


def test_a_sidebar_list_with_dates_gives_neither_title_nor_stamp():
    lines = [
        "Recent Posts",
        "Jalan Rusak di Desa Seberang Segera Diperbaiki",
        "March 3, 2024",
        "Pasar Murah Digelar Jelang Ramadan di Kota",
        "March 2, 2024",
        "Polisi Kawal Kotak Suara Menyeberangi Sungai Kapuas",
        "Posted on February 27, 2024 by admin",
        "Sanggau – Personel Polres Sanggau mengawal kotak suara menyeberangi sungai "
        "dengan perahu motor menuju kantor kecamatan, Selasa (27/2/2024).",
    ]
    frame = read_frame(lines)
    assert frame.title == "Polisi Kawal Kotak Suara Menyeberangi Sungai Kapuas"
    assert frame.published.date().isoformat() == "2024-02-27"


def test_an_update_line_loses_against_the_publication_stamp():
    lines = [
        "Polisi Amankan Rapat Pleno KPU di Kota Tarakan",
        "Diperbarui 5 Maret 2024, 09:10 WITA",
        "Diterbitkan 4 Maret 2024, 20:15 WITA",
        "Tarakan - Polres Tarakan menjaga rapat pleno rekapitulasi suara tingkat "
        "kota di kantor KPU hingga larut malam, Senin (4/3/2024).",
    ]
    assert read_frame(lines).published.isoformat() == "2024-03-04T20:15:00+08:00"


def test_a_stamp_glued_before_the_headline_is_split_off():
    lines = [
        "date 2024-03-04 Polisi Kawal Pleno Rekapitulasi di Kecamatan Sungai Raya",
        "KUBU RAYA - Polsek Sungai Raya mengawal rapat pleno rekapitulasi suara di "
        "aula kantor camat sejak pagi hingga malam hari, Senin (4/3/2024).",
    ]
    frame = read_frame(lines)
    assert frame.title == "Polisi Kawal Pleno Rekapitulasi di Kecamatan Sungai Raya"
    assert frame.published.date().isoformat() == "2024-03-04"


def test_a_weather_widget_date_is_not_the_stamp():
    lines = [
        "29 C",
        "Sampit",
        "Kamis, 5 Desember 2024",
        "Polres Kotim Jaga Pleno Rekapitulasi Suara Pilkada",
        "Sampit – Polres Kotawaringin Timur menjaga rapat pleno rekapitulasi suara "
        "tingkat kabupaten di kantor KPU setempat, Selasa (3/12/2024).",
    ]
    assert read_frame(lines).published is None


def test_a_topic_kicker_without_a_verb_is_not_the_title():
    lines = [
        "Operasi Mantap Praja Kapuas",
        "Kapolres Sanggau Cek Kesiapan Personel Pengamanan Tempat Pemungutan Suara",
        "SANGGAU - Kapolres Sanggau memeriksa kesiapan personel pengamanan tempat "
        "pemungutan suara di halaman Mapolres, Senin (25/11/2024).",
    ]
    frame = read_frame(lines)
    assert frame.title.startswith("Kapolres Sanggau Cek")


def test_a_dateline_naming_the_site_is_an_outlet_tag_not_a_place():
    lines = [
        "Kahayan Terkini",
        "Berita",
        "Daerah",
        "Polisi Patroli Malam di Sekitar Gudang Logistik KPU",
        "KAHAYAN TERKINI - Polres Pulang Pisau menggelar patroli malam di sekitar "
        "gudang logistik KPU selama masa tenang Pilkada 2024, Senin (25/11/2024).",
    ]
    frame = read_frame(lines)
    assert frame.dateline.place is None
    assert frame.outlet == "Kahayan Terkini"


def test_an_authors_name_before_a_dot_and_the_stamp():
    lines = [
        "Polres Melawi Terjunkan Ratusan Personel Amankan TPS",
        "Rina Maharani · Rabu, 27 November 2024 - 07:30:00 WIB",
        "MELAWI - Polres Melawi menerjunkan ratusan personel untuk mengamankan "
        "TPS Pilkada 2024 di sebelas kecamatan, Rabu (27/11/2024).",
    ]
    assert read_frame(lines).author == "Rina Maharani"


@pytest.mark.parametrize(
    "pointer",
    [
        "Read Next : Banjir Setinggi Lutut Rendam Jalan Poros Desa di Hulu Sungai",
        "Baca Juga: Warga Gotong Royong Memperbaiki Jembatan Kayu yang Lapuk",
        "Hotline: 0511-123456, email: humas@contoh.id, Form Pengaduan klik di sini",
    ],
)
def test_a_pointer_to_another_story_or_the_contacts_is_no_title(pointer):
    lines = [
        pointer,
        "Polisi Jaga Gudang Logistik Jelang Pleno di Barabai",
        "Barabai - Personel Polres Hulu Sungai Tengah berjaga di gudang logistik "
        "sejak pagi hari agar rapat pleno berjalan tertib dan damai.",
    ]
    frame = read_frame(lines)
    assert frame.title == "Polisi Jaga Gudang Logistik Jelang Pleno di Barabai"


def test_a_scroll_button_above_a_menu_is_no_site_name():
    lines = [
        "TopBottom",
        "GALERI FOTO",
        "Video",
        "Polisi Jaga Gudang Logistik Jelang Pleno di Pelaihari",
        "Pelaihari - Personel Polres Tanah Laut berjaga di gudang logistik "
        "sejak pagi hari agar rapat pleno berjalan tertib dan damai.",
    ]
    frame = read_frame(lines)
    assert frame.outlet is None and frame.site is None
    assert frame.title == "Polisi Jaga Gudang Logistik Jelang Pleno di Pelaihari"


def test_a_site_icons_alt_text_names_the_outlet():
    lines = [
        "Site icon Kabar Bhayangkara Kaltara",
        "Polisi Jaga Gudang Logistik Jelang Pleno di Malinau",
        "kabarbhayangkara.com, MALINAU – Personel Polres Malinau berjaga di gudang "
        "logistik sejak pagi hari agar rapat pleno berjalan tertib dan damai.",
    ]
    frame = read_frame(lines)
    assert frame.outlet == "Kabar Bhayangkara Kaltara"
    assert frame.title == "Polisi Jaga Gudang Logistik Jelang Pleno di Malinau"


def test_a_caption_closing_with_name_and_outlet_in_capitals_gives_the_credit_site():
    lines = [
        "Polisi Jaga Gudang Logistik Jelang Pleno di Sambas",
        "JAGA: Personel berdiri di depan gudang logistik KPU pagi tadi. "
        "RUDI HARTONO/ BORNEOPOST",
        "SAMBAS - Personel Polres Sambas berjaga di gudang logistik sejak pagi "
        "hari agar rapat pleno berjalan tertib dan damai.",
    ]
    frame = read_frame(lines)
    assert frame.credit_site == "BORNEOPOST"
    assert frame.title == "Polisi Jaga Gudang Logistik Jelang Pleno di Sambas"


def test_an_icon_name_before_the_date_marks_the_stamp():
    lines = [
        "Polisi Jaga Gudang Logistik Jelang Pleno di Sintang",
        "• calendar_month Rab, 6 Nov 2024",
        "Sintang – Personel Polres Sintang berjaga di gudang logistik sejak pagi "
        "hari agar rapat pleno berjalan tertib dan damai.",
    ]
    frame = read_frame(lines)
    assert frame.published is not None
    assert frame.published.date().isoformat() == "2024-11-06"


def test_the_slug_words_under_the_headline_are_no_fuller_copy():
    """Session 8: the address's words written out in lower case under the headline
    ("... di sanggau 48213") start like it but are no headline: every headline has a
    capital."""
    lines = [
        "Polisi Jaga Gudang Logistik KPU di Sanggau",
        "polisi jaga gudang logistik kpu di sanggau 48213",
        "SANGGAU – Personel Polres Sanggau berjaga di gudang logistik KPU sejak Senin "
        "pagi hingga malam hari.",
    ]
    assert read_frame(lines).title == lines[0]


def test_a_ticker_of_headlines_run_together_is_no_title():
    """Session 8: a news ticker pasted as one line (several headlines, 40+ words)
    above the stamp is no headline; the headline under the stamp is."""
    ticker = " ".join(
        f"Warga Desa {n} Gotong Royong Bersihkan Parit Jelang Musim Hujan"
        for n in ("Satu", "Dua", "Tiga", "Empat", "Lima")
    )
    lines = [
        "Menu",
        ticker,
        "BERITA DAERAH · 25 Nov 2024 11:15 WITA ·",
        "Jelang Pilkada, Polres Sanggau Gelar Apel Pergeseran Pasukan",
        "SANGGAU – Polres Sanggau menggelar apel pergeseran pasukan pengamanan TPS "
        "pada Senin pagi di halaman markas.",
    ]
    assert read_frame(lines).title == lines[3]


def test_a_caption_opened_by_a_label_is_no_dateline_when_one_follows():
    """Session 8: "GESER LOGISTIK - … (foto:ist)" over "Kota, SITUS.COM –": the
    caption's label is no place; the story starts at the dateline below."""
    lines = [
        "Polisi Kawal Logistik ke Gudang KPU Kelotok",
        "GESER LOGISTIK - Polisi dan petugas KPU foto bersama sebelum logistik "
        "digeser ke gudang KPU, Selasa (8/10/2024). (foto:ist)",
        "Kelotok, RIMBAKABAR.COM – Polisi mengawal logistik pemilihan dari gudang KPU "
        "provinsi menuju gudang KPU kota pada Selasa siang.",
    ]
    frame = read_frame(lines)
    assert frame.body_start == 2
    assert frame.dateline.place == "Kelotok"


def test_one_lowercase_account_writing_and_editing_is_the_site():
    """Session 8: "Reporter : situsku" over "Editor : situsku": the site's own
    account, the outlet; a person editing leaves the outlet unknown."""
    lines = [
        "Polisi Jaga Gudang Logistik KPU di Sanggau",
        "Reporter : rimbanusa",
        "Editor : rimbanusa",
        "Selasa, 13 Februari 2024 14:13 WIB",
        "Polisi berjaga di gudang logistik KPU Sanggau sejak pagi hingga malam hari "
        "ini, kata kapolres.",
    ]
    assert read_frame(lines).outlet == "rimbanusa"
    lines[2] = "Editor : budi"
    assert read_frame(lines).outlet is None


def test_a_headline_ending_with_a_stop_beats_a_section_label_above_it():
    """Session 8: "BERITA UTAMA" over a headline that ends with a full stop: the
    label is no headline."""
    lines = [
        "BERITA UTAMA",
        "Polisi Jaga Gudang Logistik KPU di Sanggau Hingga Malam.",
        "SANGGAU – Personel Polres Sanggau berjaga di gudang logistik KPU sejak Senin "
        "pagi hingga malam hari.",
    ]
    assert read_frame(lines).title == lines[1]


def test_a_short_dateline_paragraph_opens_the_story():
    """Session 12: a whole sentence of seven words after a known place's dateline was
    read as a header line and dropped with its dateline (text lost)."""
    lines = [
        "Polres Sintang Gelar Apel Siaga Jelang Pilkada",
        "SINTANG - Polres Sintang menggelar apel siaga.",
        "Apel dipimpin Kapolres Sintang di halaman Mapolres pada Senin pagi, diikuti "
        "seratus lima puluh personel gabungan yang akan berjaga di tiap TPS.",
    ]
    frame = read_frame(lines)
    assert frame.body_start == 1
    assert frame.dateline.place == "Sintang"


def test_a_short_caption_in_dateline_form_gives_way_to_the_dateline_below():
    # The guard of the rule above: a caption written like a dateline keeps its place
    # above the story's own dateline.
    lines = [
        "Polres Sintang Gelar Apel Siaga Jelang Pilkada",
        "SINTANG - Kapolres memeriksa barisan apel.",
        "Sintang, SITUSKITA.COM – Polres Sintang menggelar apel siaga pengamanan "
        "pilkada di halaman Mapolres pada Senin pagi bersama unsur TNI.",
    ]
    frame = read_frame(lines)
    assert frame.body_start == 2


_STORY = (
    "MELAWI – Personel Polres Melawi menjaga gudang logistik KPU sejak Selasa pagi "
    "hingga seluruh kotak suara selesai dihitung dan disegel petugas."
)


@pytest.mark.parametrize(
    "chrome",
    [
        # footer links pasted without spaces
        "Hubungi KamiRedaksiPedoman Pemberitaan Media SiberSyarat & KetentuanKarir",
        # a seasonal banner: box-drawing separators, a greeting in capitals
        "SELAMAT IDUL FITRI ┃1 SYAWAL 1446 H ┃ MOHON MAAF LAHIR DAN BATIN",
        "SELAMAT TAHUN BARU 2025 DARI KELUARGA BESAR KABAR MELAWI",
        "Info Hari Ini ║ Jalan Nanga Pinoh Ditutup ║ Hujan Deras",
        # a theme's byline alt text
        "Kabarmelawi post authorredaksi01 3 Maret 2024",
        # a copyright notice
        "2024 © PT Kabar Melawi Sejahtera",
        # a row of topic tags
        "Pilkada Pilkada 2024 Pilkada di Melawi Pilkada Nanga Pinoh Berita Melawi",
    ],
)
def test_page_chrome_above_the_headline_is_no_headline(chrome):
    """Session 17: a footer of glued links, a seasonal banner, a "post author" byline,
    a copyright notice and a row of tags stood above the headline and were taken for
    it (a banner's date then became the event date)."""
    headline = "Polres Melawi Jaga Ketat Gudang Logistik Pilkada Hingga Malam"
    frame = read_frame([chrome, headline, _STORY])
    assert frame.title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Kapolres Ucapkan Selamat Hari Natal kepada Jemaat Gereja di Nanga Pinoh",
        "Pemilu Damai di Melawi, Pemilu Jujur, Pemilu Tanpa Hoaks",
        "Bawaslu Melawi Temukan Baliho Caleg di Pohon Sepanjang Jalan Provinsi",
    ],
)
def test_headlines_like_chrome_stay_headlines(headline):
    """The chrome checks leave headlines alone: a greeting inside the sentence, a word
    said thrice with punctuation between."""
    frame = read_frame(["Berita Melawi", headline, _STORY])
    assert frame.title == headline
