"""Ranked officials: rank normalised, degrees dropped, post attached, one entry each."""

from __future__ import annotations

from functools import partial

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_core.model import Official
from arsip_extract.officials import find_officials, mend_place_typos
from arsip_extract.units import normalise_unit_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kapolda Kalbar Irjen Pol Pipit Rismanto S.IK, M.H memimpin rapat.",
            [Official("Irjen Pol", "Pipit Rismanto", "Kapolda Kalbar")],
        ),
        (
            "Kabidhumas Polda Kalbar Kombes Pol Raden Petit Wijaya S.IK., M.M berkata.",
            [Official("Kombes Pol", "Raden Petit Wijaya", "Kabidhumas Polda Kalbar")],
        ),
        (
            "Kapolresta Balikpapan, Komisaris Besar Polisi Anton Firmanto, SH, SIK, MSI, hadir.",
            [Official("Kombes Pol", "Anton Firmanto", "Kapolresta Balikpapan")],
        ),
        (
            "Kasatgas Humas OMP Polresta Balikpapan, Inspektur Dua Polisi Sangidun, menjelaskan.",
            [Official("Ipda", "Sangidun", "Kasatgas Humas OMP Polresta Balikpapan")],
        ),
        (
            "Kabid Humas Polda Kaltara Kombes Pol. Budi Rachmat, S.I.K, M.Si, memimpin.",
            [Official("Kombes Pol", "Budi Rachmat", "Kabidhumas Polda Kaltara")],
        ),
        (
            "Wakapolda Kalimantan Barat Brigadir Jenderal Polisi Roma Hutajulu hadir.",
            [Official("Brigjen Pol", "Roma Hutajulu", "Wakapolda Kalbar")],
        ),
        (
            "Kaopsda Telabang 2024 Irjen Pol Drs. Djoko Poerwanto, melalui Kasatgashumas "
            "Kombes Pol Erlan Munaji, menjelaskan.",
            [
                Official("Irjen Pol", "Djoko Poerwanto", "Kaopsda Telabang 2024"),
                Official("Kombes Pol", "Erlan Munaji", "Kasatgashumas"),
            ],
        ),
        (
            "AKBP Hendra Wijaya, S.H., M.H., Kapolres Sintang, mengatakan patroli rutin.",
            [Official("AKBP", "Hendra Wijaya", "Kapolres Sintang")],
        ),
        (
            "Kapolsek Delta Pawan Iptu Yudi Saputra memimpin; Ajun Komisaris Polisi "
            "Rina Oktaviani ikut.",
            [
                Official("Iptu", "Yudi Saputra", "Kapolsek Delta Pawan"),
                Official("AKP", "Rina Oktaviani", None),
            ],
        ),
        (
            "Kasat Samapta AKP Joni Iskandar, SIK dan Kompol Dewi Lestari hadir.",
            [
                Official("AKP", "Joni Iskandar", "Kasat Samapta"),
                Official("Kompol", "Dewi Lestari", None),
            ],
        ),
        (
            "Pangdam VI/Mulawarman Mayjen TNI Tri Budi Utomo dan Dandim 0905/Balikpapan "
            "Kolonel Inf Arif Setiawan hadir.",
            [
                Official("Mayjen TNI", "Tri Budi Utomo", "Pangdam VI/Mulawarman"),
                Official("Kolonel Inf", "Arif Setiawan", "Dandim 0905/Balikpapan"),
            ],
        ),
        (
            "Kapolres Sambas AKBP SUGENG RIYADI, S.I.K. memimpin apel.",
            [Official("AKBP", "Sugeng Riyadi", "Kapolres Sambas")],
        ),
        (
            "Kapolres Hulu Sungai Utara (HSU) AKBP Jupri JHP Tampubolon, S.H., S.I.K. hadir.",
            [Official("AKBP", "Jupri JHP Tampubolon", "Kapolres Hulu Sungai Utara")],
        ),
        (
            "KAPOLRES SINTANG AKBP DWI HARMONO memimpin apel.",
            [Official("AKBP", "Dwi Harmono", "Kapolres Sintang")],
        ),
        (
            "Kabidhumas Polda Kaltara KOMBES POL BUDI RACHMAT hadir.",
            [Official("Kombes Pol", "Budi Rachmat", "Kabidhumas Polda Kaltara")],
        ),
        ("Seorang brigadir polisi dan kapten kapal Budi berbincang.", []),
        ("Personel Brimob dan Polwan berjaga di TPS.", []),
    ],
)
def test_officials(text, expected):
    assert list(find_officials(text)) == expected


def test_units_in_posts_are_normalised():
    from arsip_core.gazetteer import load_gazetteer
    from arsip_extract.units import normalise_unit_names

    gaz = load_gazetteer()
    text = "Kasat Samapta Polres Tala AKP Rudy Hartono dan Kapolres Kotim AKBP Rizal Mahendra."
    found = find_officials(text, lambda s: normalise_unit_names(s, gaz))
    assert [o.position for o in found] == [
        "Kasat Samapta Polres Tanah Laut",
        "Kapolres Kotawaringin Timur",
    ]


def test_same_person_twice_is_one_official():
    text = (
        "Wakapolda Kalbar Brigjen Pol Roma Hutajulu, S.IK., M.Si memimpin apel. "
        '"Kita harus siaga," kata Brigjen Roma. Brigjen Pol Roma Hutajulu menutup apel.'
    )
    assert find_officials(text) == (
        Official("Brigjen Pol", "Roma Hutajulu", "Wakapolda Kalbar"),
    )


def test_later_mention_supplies_missing_post():
    text = "Kombes Pol Erlan Munaji menjelaskan. Kasatgashumas Kombes Pol Erlan Munaji menambahkan."
    assert find_officials(text) == (
        Official("Kombes Pol", "Erlan Munaji", "Kasatgashumas"),
    )


@pytest.mark.parametrize(
    ("written", "rank"),
    [
        ("Inspektur Jenderal Polisi", "Irjen Pol"),
        ("Komisaris Besar Polisi", "Kombes Pol"),
        ("Kombes Pol.", "Kombes Pol"),
        ("Kombes", "Kombes Pol"),
        ("Brigjen Pol", "Brigjen Pol"),
        ("Ajun Komisaris Besar Polisi", "AKBP"),
        ("Inspektur Polisi Satu", "Iptu"),
        ("Inspektur Dua Polisi", "Ipda"),
        ("Brigadir Polisi Kepala", "Bripka"),
        ("Bripda", "Bripda"),
        ("Letnan Kolonel", "Letkol"),
        ("Brigadir Jenderal TNI", "Brigjen TNI"),
    ],
)
def test_rank_spellings(written, rank):
    (official,) = find_officials(f"Hadir pula {written} Agus Salim di lokasi.")
    assert (official.rank, official.name) == (rank, "Agus Salim")


# Real-page rules (issue 11): each sentence is invented, one rule per line.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rank abbreviated in brackets after the full form
            "Kepala Satuan Reserse Kriminal Ajun Komisaris Polisi (AKP) Beni Saputra "
            "di Sambas menjelaskan jadwal patroli.",
            [Official("AKP", "Beni Saputra", "Kasat Reskrim")],
        ),
        (  # force in brackets and stops after the rank
            "Kapolda Kalbar Irjen. Pol. Andi Wiranata, S.I.K., hadir; Kabid Humas Polda "
            "Kalbar, Kombes (Pol) Sri Hartati menyampaikan jadwal.",
            [
                Official("Irjen Pol", "Andi Wiranata", "Kapolda Kalbar"),
                Official("Kombes Pol", "Sri Hartati", "Kabidhumas Polda Kalbar"),
            ],
        ),
        (  # long forms of posts are written short
            "Kepala Kepolisian Resor (Polres) Melawi, AKBP Gani Prasetyo memimpin apel.",
            [Official("AKBP", "Gani Prasetyo", "Kapolres Melawi")],
        ),
        (
            "Kepala Kepolisian Daerah Kalimantan Tengah Inspektur Jenderal Polisi Rudi "
            "Hartanto meninjau gudang.",
            [Official("Irjen Pol", "Rudi Hartanto", "Kapolda Kalteng")],
        ),
        (  # the short form the text gives in brackets wins
            "Komandan Kompi (Danki) 3 Batalyon A Pelopor Iptu Yoga Permana memimpin regu.",
            [Official("Iptu", "Yoga Permana", "Danki 3 Batalyon A Pelopor")],
        ),
        (
            "Apel dipimpin Kepala Biro Operasi (Karoops) Polda Kaltim, Kombes Pol Dr. "
            "Hadi Susanto, di lapangan.",
            [Official("Kombes Pol", "Hadi Susanto", "Karoops Polda Kaltim")],
        ),
        (  # post after the name, lowercase "kepala"
            "Pengamanan disiapkan, kata Inspektur Jenderal Polisi Bayu Aji, kepala Polda "
            "Kalimantan Utara, kepada wartawan.",
            [Official("Irjen Pol", "Bayu Aji", "Kapolda Kaltara")],
        ),
        (  # the province or the Polda after a Polres is its parent, not the post
            "Kapolres Katingan Kalimantan Tengah AKBP Eko Widodo meninjau TPS.",
            [Official("AKBP", "Eko Widodo", "Kapolres Katingan")],
        ),
        (
            "Kapolresta Pontianak Kota, Jajaran Polda Kalbar, Kombes Pol Lukas Hendra "
            "mengecek pos.",
            [Official("Kombes Pol", "Lukas Hendra", "Kapolresta Pontianak Kota")],
        ),
        (  # TNI: full rank and corps, comma before the name
            "Dandim 1207 Pontianak, Letnan Kolonel Infanteri, Surya Darma menambahkan.",
            [Official("Letkol Inf", "Surya Darma", "Dandim 1207 Pontianak")],
        ),
        (
            "Hadir Danyon 600/Raider, Letkol Arh. Tomi Saragih dan Pasi Ops Kodim "
            "1206/Putussibau, Kapt. Inf. Rino Lubis.",
            [
                Official("Letkol Arh", "Tomi Saragih", "Danyon 600/Raider"),
                Official("Kapten Inf", "Rino Lubis", "Pasi Ops Kodim 1206/Putussibau"),
            ],
        ),
        (  # (Purn) stays with the rank
            "Tamu itu Letjen TNI (Purn) Hasan Basri dari Jakarta.",
            [Official("Letjen TNI (Purn)", "Hasan Basri", None)],
        ),
        (  # a Title Case verb glued to the name in a headline
            "Kapolres Sekadau AKBP Tommy Wijaya Beber Kesiapan Pengamanan TPS",
            [Official("AKBP", "Tommy Wijaya", "Kapolres Sekadau")],
        ),
        (
            "Kapolres Landak AKBP Rina Sari Pastikan Logistik Aman",
            [Official("AKBP", "Rina Sari", "Kapolres Landak")],
        ),
        (  # a street named after a rank is no officer
            "Apel digelar di Jalan Mayor Alianyang dan Jl. Jenderal Sudirman.",
            [],
        ),
        (  # a bare "Jenderal" takes its force from the post
            "Wakapolda membacakan amanat Kapolri Jendral Polisi. Drs. Budi Gunawan, M.Si.",
            [Official("Jenderal Pol", "Budi Gunawan", "Kapolri")],
        ),
        (
            "Ia membacakan amanat Kapolri, Jenderal Budi Gunawan, di lapangan.",
            [Official("Jenderal Pol", "Budi Gunawan", "Kapolri")],
        ),
        (  # name abbreviations and initials are part of the name
            "Karoops Polda Kalbar Kombes Pol Moch. Rizal Fauzi S.I.K. dan Kasubsi Penmas "
            "Polres Sanggau Iptu Herman W.P., menjelaskan.",
            [
                Official("Kombes Pol", "Moch. Rizal Fauzi", "Karoops Polda Kalbar"),
                Official("Iptu", "Herman W.P.", "Kasubsi Penmas Polres Sanggau"),
            ],
        ),
        (  # acting posts keep their prefix
            "Hadir pula Plt. Kabag Ops Polres Sintang AKP Dodi Saputra.",
            [Official("AKP", "Dodi Saputra", "Plt. Kabag Ops Polres Sintang")],
        ),
        (  # a long run of capitalised words before the rank: the post is its end
            "Apel di halaman Mapolda itu turut dihadiri Komandan Korem 121/Alambhana "
            "Wanawai Kolonel Inf Joko Santoso.",
            [
                Official(
                    "Kolonel Inf",
                    "Joko Santoso",
                    "Danrem 121/Alambhana Wanawai",
                )
            ],
        ),
        (  # boundary words in any case; stray stop between post and rank
            "Situasi kondusif, Kata Kabidhumas Menurut Irjen Pol Rudi Hartanto, semua aman.",
            [Official("Irjen Pol", "Rudi Hartanto", None)],
        ),
        (
            "Personel siap,\u201d ujar Kapolres Sanggau. AKBP Wira Yudha melalui Kabag "
            "Ops, Kompol Ahmad Fauzi menjelaskan.",
            [
                Official("AKBP", "Wira Yudha", "Kapolres Sanggau"),
                Official("Kompol", "Ahmad Fauzi", "Kabag Ops"),
            ],
        ),
        (  # posts ending with a rank stop there
            "Hadir Pangdam XII/Tanjungpura, Mayjen TNI Agus Salim, Kapolda Kalimantan "
            "Barat Irjen Pol Rudi Hartanto dan Gubernur.",
            [
                Official("Mayjen TNI", "Agus Salim", "Pangdam XII/Tanjungpura"),
                Official("Irjen Pol", "Rudi Hartanto", "Kapolda Kalbar"),
            ],
        ),
        (  # positions seen only as words
            "Apel dipimpin Padal Ipda Rahmat Hidayat dan Provos Polres Nunukan "
            "Brigadir S. Ujang.",
            [
                Official("Ipda", "Rahmat Hidayat", "Padal"),
                Official("Brigpol", "S. Ujang", "Provos Polres Nunukan"),
            ],
        ),
    ],
)
def test_real_page_rules(text, expected):
    assert list(find_officials(text)) == expected


def test_same_person_with_middle_name_left_out():
    text = "Kapolres Sambas AKBP Hadi Surya Putra hadir. AKBP Hadi Putra menutup apel."
    assert find_officials(text) == (
        Official("AKBP", "Hadi Surya Putra", "Kapolres Sambas"),
    )


def test_bare_post_takes_the_later_post_with_its_unit():
    text = (
        "Apel dipimpin Kapolres, Ajun Komisaris Besar Polisi, Sandi Purnomo.\n"
        "Kapolres Kapuas Hulu, AKBP Sandi Purnomo menyampaikan arahan."
    )
    assert find_officials(text) == (
        Official("AKBP", "Sandi Purnomo", "Kapolres Kapuas Hulu"),
    )


def test_bare_post_takes_the_one_unit_the_text_names():
    text = (
        "Kabidhumas Polda Kalteng Kombes Pol Erwin Saputra, mewakili Kapolda Irjen Pol "
        "Dani Kurnia, berkata bahwa Polda Kalteng siap."
    )
    assert find_officials(text) == (
        Official("Kombes Pol", "Erwin Saputra", "Kabidhumas Polda Kalteng"),
        Official("Irjen Pol", "Dani Kurnia", "Kapolda Kalteng"),
    )


def test_bare_post_is_not_named_after_its_chief():
    # "Kapolres Sandi ..." without the rank: the chief's name is no second Polres
    # (session 17: 17 tune pages write a chief so, one lost his post's unit).
    text = (
        "Polres Kapuas Hulu menggelar patroli. Kapolres AKBP Sandi Purnomo memimpin. "
        "Kapolres Sandi Purnomo berpesan agar warga tenang."
    )
    assert find_officials(text) == (
        Official("AKBP", "Sandi Purnomo", "Kapolres Kapuas Hulu"),
    )


def test_bare_post_stays_bare_when_two_units_are_named():
    text = "Kapolda Irjen Pol Dani Kurnia datang dari Polda Kalteng ke Polda Kalsel."
    assert find_officials(text) == (Official("Irjen Pol", "Dani Kurnia", "Kapolda"),)


def test_hard_wrapped_lines_run_on():
    text = (
        "Kegiatan rapat daring itu dipimpin oleh Wakapolda\n"
        "Kaltim Brigjen Pol Rudi Santoso, S.I.K, yang didampingi para pejabat lain dan\n"
        "Komisioner KPU Provinsi Kaltim serta diikuti secara virtual oleh Plt. Kabag\n"
        "Ops Polres Paser AKP Joni Hutapea, PJU Polres Paser, dan Kapolsek jajaran."
    )
    assert find_officials(text) == (
        Official("Brigjen Pol", "Rudi Santoso", "Wakapolda Kaltim"),
        Official("AKP", "Joni Hutapea", "Plt. Kabag Ops Polres Paser"),
    )


def test_a_line_break_after_a_headline_still_bounds_a_post():
    text = "Polres Sambas Siagakan Personel\nAKP Rudi Hartono memimpin apel di Sambas."
    assert find_officials(text) == (Official("AKP", "Rudi Hartono", None),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a former post is not the officer's post
            "Acara itu dihadiri mantan Kapolda Kalbar Irjen Pol (Purn) Arif Budiman.",
            [Official("Irjen Pol (Purn)", "Arif Budiman", None)],
        ),
        (
            "Hadir pula Mantan Kapolres Sintang AKBP Yusuf Rahman di lokasi.",
            [Official("AKBP", "Yusuf Rahman", None)],
        ),
        (  # a meN- verb glued to a name in a headline
            "Kapolres Melawi AKBP Budi Santoso Meninjau Gudang Logistik KPU",
            [Official("AKBP", "Budi Santoso", "Kapolres Melawi")],
        ),
        (  # village officers and TNI staff posts
            "Bhabinkamtibmas Desa Sungai Ayak Bripka Andi Lubis bersama Kasdim 1205/Sintang "
            "Mayor Inf Yudi Pratama memantau TPS.",
            [
                Official("Bripka", "Andi Lubis", "Bhabinkamtibmas Desa Sungai Ayak"),
                Official("Mayor Inf", "Yudi Pratama", "Kasdim 1205/Sintang"),
            ],
        ),
    ],
)
def test_former_posts_verbs_and_more_posts(text, expected):
    assert list(find_officials(text)) == expected


def test_a_stop_ending_a_paragraph_does_not_lend_its_post():
    text = (
        'Massa diminta tertib," ujar Kapolres.\nAKBP Yanto Saputra bersama tim hadir.'
    )
    assert find_officials(text) == (Official("AKBP", "Yanto Saputra", None),)


@pytest.mark.parametrize(
    "headline",
    [
        "Kapolres Kapuas AKBP Dodi Prasetyo Monitoring TPS di Pedalaman",
        "Kapolres Kapuas AKBP Dodi Prasetyo Cek Kesiapan Personel",
        "Kapolres Kapuas AKBP Dodi Prasetyo Kerahkan 300 Personel",
        "Kapolres Kapuas AKBP Dodi Prasetyo Mengecek Gudang KPU",
    ],
)
def test_headline_verbs_end_the_name(headline):
    assert find_officials(headline) == (
        Official("AKBP", "Dodi Prasetyo", "Kapolres Kapuas"),
    )


def test_given_names_that_look_like_verbs_stay():
    text = (
        "Kapolres Tabalong AKBP Ahmad Yakin Pratama dan Kasat Lantas AKP Puji Lestari."
    )
    assert [o.name for o in find_officials(text)] == [
        "Ahmad Yakin Pratama",
        "Puji Lestari",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Polisi" written "Pol" in a rank spelled out
            "kata Kapolresta Singkawang Komisaris Besar Pol Andi Saputra di Singkawang.",
            [Official("Kombes Pol", "Andi Saputra", "Kapolresta Singkawang")],
        ),
        (  # a navy corps in brackets
            "Danlanal Sintete Letkol Laut (P) Bima Sakti hadir bersama jajaran.",
            [Official("Letkol Laut (P)", "Bima Sakti", "Danlanal Sintete")],
        ),
        (  # degrees glued to the name by commas
            "Kapolres Sekadau AKBP Suherman,S.I.K.,M.H melalui Kapolsek Nanga Taman "
            "Iptu Rudi,S.H mengatakan patroli digelar.",
            [
                Official("AKBP", "Suherman", "Kapolres Sekadau"),
                Official("Iptu", "Rudi", "Kapolsek Nanga Taman"),
            ],
        ),
        (  # a post after the name ends with its sentence
            "Semua siap, kata Irjen Pol. Budi Santoso, S.I.K selaku Kapolda Kalimantan "
            "Barat. Selain itu apel juga diikuti TNI.",
            [Official("Irjen Pol", "Budi Santoso", "Kapolda Kalbar")],
        ),
        (  # ... but not at an abbreviation's stop
            "Semua siap, kata AKBP Budi Santoso selaku Kapolres Kab. Sambas. Apel usai.",
            [Official("AKBP", "Budi Santoso", "Kapolres Kab. Sambas")],
        ),
        (  # the province between the post and the rank, with its short form
            "Kapolres Seruyan, Provinsi Kalimantan Tengah (Kalteng) AKBP Agus Salim "
            "mengatakan TPS aman.",
            [Official("AKBP", "Agus Salim", "Kapolres Seruyan")],
        ),
        (  # TNI commanders written long are written short
            "Hadir Komandan Kodim 1207/Pontianak Kolonel Inf Dedi Kusuma dan Komandan "
            "Lanal Pontianak Kolonel Laut (P) Rian Hidayat.",
            [
                Official("Kolonel Inf", "Dedi Kusuma", "Dandim 1207/Pontianak"),
                Official("Kolonel Laut (P)", "Rian Hidayat", "Danlanal Pontianak"),
            ],
        ),
    ],
)
def test_more_real_page_forms(text, expected):
    assert list(find_officials(text)) == expected


def test_a_name_cut_short_once_is_the_same_person_of_the_same_rank():
    text = (
        "Kapolres Sambas AKBP Suhartono meninjau TPS. AKBP Suharto menegaskan "
        "personel harus netral."
    )
    assert find_officials(text) == (Official("AKBP", "Suhartono", "Kapolres Sambas"),)
    other = "Kapolres Sambas AKBP Suhartono meninjau TPS bersama Iptu Suharto."
    assert [o.name for o in find_officials(other)] == ["Suhartono", "Suharto"]


def test_a_post_without_unit_takes_the_unit_written_with_it_elsewhere():
    text = (
        "Kapolres Sekadau melalui Kabag Ops, Kompol Wahyu Santosa memberi arahan. "
        "Kabag ops Polres Sekadau ini menambahkan, semua TPS dijaga."
    )
    assert find_officials(text)[0] == Official(
        "Kompol", "Wahyu Santosa", "Kabag Ops Polres Sekadau"
    )
    two = text + " Kabag Ops Polres Melawi juga hadir."
    assert find_officials(two)[0].position == "Kabag Ops"
    # The same post with its unit is another officer's: it is not lent.
    other = (
        "Kapolres melalui Kabag Ops, Kompol Wahyu Santosa memberi arahan. "
        "Hadir pula Kabag Ops Polres Sekadau Kompol Rudi Hartono."
    )
    assert find_officials(other)[0].position == "Kabag Ops"


def test_a_post_takes_its_unit_written_elsewhere_however_the_post_is_spaced():
    # ("Kabid Humas" and "Kabidhumas" are one post: the benchmark reads them alike)
    for first, later in (("Kabid Humas", "Kabidhumas"), ("Kabidhumas", "Kabid Humas")):
        text = (
            f"{first}, Kombes Pol Surya Wibawa menyampaikan imbauan. "
            f"{later} Polda Kalteng itu menambahkan, gudang dijaga."
        )
        assert find_officials(text)[0].position == "Kabidhumas Polda Kalteng"


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("Kabid Humas Kepolisian Daerah Kalimantan Barat", "Kabidhumas Polda Kalbar"),
        ("Kasi Humas Kepolisian Resor Sintang", "Kasi Humas Polres Sintang"),
        (
            "Kasat Reskrim Kepolisian Resor Kota Balikpapan",
            "Kasat Reskrim Polresta Balikpapan",
        ),
        (
            "Kasat Samapta Kepolisian Resor Kota (Polresta) Palangka Raya",
            "Kasat Samapta Polresta Palangka Raya",
        ),
        ("Kapolsek Nanga Mahap Kepolisian Resor Sekadau", "Kapolsek Nanga Mahap"),
    ],
)
def test_a_unit_written_out_in_a_post_is_written_short(post, expected):
    text = f"Hal itu dikatakan {post}, AKP Dimas Prasetyo di halaman kantor."
    assert [o.position for o in find_officials(text)] == [expected]


def test_a_bare_post_takes_the_unit_written_before_its_short_form():
    text = (
        "Kepolisian Resor Kota (Polresta) Pontianak menyiagakan personel. "
        "Kapolresta, Kombes Pol. Andi Saputra, S.I.K. melalui Iptu Yosef menjelaskan."
    )
    assert find_officials(text)[0] == Official(
        "Kombes Pol", "Andi Saputra", "Kapolresta Pontianak"
    )


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "KAPOLRES LANDAK AKBP RUDI SETIAWAN MEMIMPIN APEL PERGESERAN",
            Official("AKBP", "Rudi Setiawan", "Kapolres Landak"),
        ),
        (
            "DANREM 121/ABW KOLONEL INF BAYU AJI TINJAU GUDANG LOGISTIK",
            Official("Kolonel Inf", "Bayu Aji", "Danrem 121/Abw"),
        ),
        (
            "PANGDAM XII/TANJUNGPURA MAYJEN TNI HADI SUTRISNO PASTIKAN TPS AMAN",
            Official("Mayjen TNI", "Hadi Sutrisno", "Pangdam XII/Tanjungpura"),
        ),
    ],
)
def test_a_headline_in_capitals(headline, expected):
    assert find_officials(headline) == (expected,)


# Session 4 of issue 11: forms unseen pages write (own sentences, invented names).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "(Pol)" after a rank written out
            "Kepala Kepolisian Resor Melawi, Ajun Komisaris Besar (Pol) Rudi Hartono, "
            "S.I.K., mengecek gudang.",
            Official("AKBP", "Rudi Hartono", "Kapolres Melawi"),
        ),
        (
            "Hal itu disampaikan Kabid Humas Polda Kalteng Komisaris Besar (Polisi) "
            "Erlan Munaji di Palangka Raya.",
            Official("Kombes Pol", "Erlan Munaji", "Kabidhumas Polda Kalteng"),
        ),
        (  # a corps in brackets
            "Dandim 0906/Kukar Letkol (Inf) Joko Wahyono hadir.",
            Official("Letkol Inf", "Joko Wahyono", "Dandim 0906/Kukar"),
        ),
        (  # a physician's title in lower case is no part of the name
            "Kasi Dokkes Polres Katingan Kompol dr. Anisa Rahmawati memeriksa personel.",
            Official("Kompol", "Anisa Rahmawati", "Kasi Dokkes Polres Katingan"),
        ),
        (  # long forms of staff posts, in any case
            "kata kepala satuan lalu lintas Polres Kubu Raya AKP Rudi Hartanto.",
            Official("AKP", "Rudi Hartanto", "Kasat Lantas Polres Kubu Raya"),
        ),
        (
            "Kepala bagian operasional Polres Bengkayang Kompol Agus Salim menjelaskan.",
            Official("Kompol", "Agus Salim", "Kabag Ops Polres Bengkayang"),
        ),
        (
            "Kepala Biro Ops Polda Kaltim Kombes Pol Heru Santoso memimpin rapat.",
            Official("Kombes Pol", "Heru Santoso", "Karo Ops Polda Kaltim"),
        ),
        (
            "Kepala Seksi Hubungan Masyarakat Polres Melawi Aiptu Budi Santoso menyebut.",
            Official("Aiptu", "Budi Santoso", "Kasi Humas Polres Melawi"),
        ),
        (
            "Wakil Kepala Satuan Reserse Kriminal Polres Sanggau Ipda Yoga Pratama hadir.",
            Official("Ipda", "Yoga Pratama", "Wakasat Reskrim Polres Sanggau"),
        ),
        (
            "Yang hadir AKP Dodi Firmansyah selaku kepala seksi humas Polres Sintang.",
            Official("AKP", "Dodi Firmansyah", "Kasi Humas Polres Sintang"),
        ),
        (  # a short post with its subject in lower case
            "Kabag ops Polres Landak Kompol Rahmat Hidayat memaparkan rute.",
            Official("Kompol", "Rahmat Hidayat", "Kabag Ops Polres Landak"),
        ),
        (  # acting prefixes without their stop keep them
            "PS Kasi Humas Polres Tapin Aipda Rahmat Hidayat menjelaskan.",
            Official("Aipda", "Rahmat Hidayat", "PS Kasi Humas Polres Tapin"),
        ),
        (
            "Plh Kapolres Sekadau Kompol Joko Susilo memimpin.",
            Official("Kompol", "Joko Susilo", "Plh Kapolres Sekadau"),
        ),
        (  # KBO and Pamin are posts
            "KBO Sat Lantas Polres Sambas Ipda Dedi Kurniawan mengatur arus.",
            Official("Ipda", "Dedi Kurniawan", "KBO Sat Lantas Polres Sambas"),
        ),
        (
            "Pamin Ops Polres Katingan Ipda Wahyu Hidayat berjaga.",
            Official("Ipda", "Wahyu Hidayat", "Pamin Ops Polres Katingan"),
        ),
        (  # "Waka Polres" is written as one word
            "Hadir Waka Polres Barito Utara Kompol Yudi Hartono.",
            Official("Kompol", "Yudi Hartono", "Wakapolres Barito Utara"),
        ),
        (  # "(Purn)" after the corps; a navy rank with its branch left off
            "Pj Bupati Katingan Kolonel Inf (Purn) Rahmat Sulaiman membuka rapat.",
            Official("Kolonel Inf (Purn)", "Rahmat Sulaiman", "Pj Bupati Katingan"),
        ),
        (
            "Danposal Sebatik Kapten Laut Andi Wirawan memeriksa dermaga.",
            Official("Kapten Laut", "Andi Wirawan", "Danposal Sebatik"),
        ),
        (  # "Wapolda", "Wapolres": the deputy's post written short
            "Rapat dipimpin Wapolda Kalteng Brigjen Pol Sapto Wibisono.",
            Official("Brigjen Pol", "Sapto Wibisono", "Wakapolda Kalteng"),
        ),
        (
            "Wapolres Katingan Kompol Danang Prasetya memeriksa gudang.",
            Official("Kompol", "Danang Prasetya", "Wakapolres Katingan"),
        ),
        (  # a stop glued before the post
            "Kapolres hadir bersama Kompol Budi Santoso, S.E, .Komandan Satrad 214 "
            "Mayor Lek Rudi Hartono.",
            Official("Mayor Lek", "Rudi Hartono", "Dansatrad 214"),
        ),
    ],
)
def test_forms_of_unseen_pages(text, expected):
    assert expected in find_officials(text)


@pytest.mark.parametrize(
    "headline",
    [
        "Kapolres Nunukan AKBP Ricky Hadiyanto Awasi Pergeseran Logistik",
        "Kapolres Malinau AKBP Ricky Hadiyanto Jelang Pilkada Serentak",
        "Kapolres Nunukan AKBP Ricky Hadiyanto Apel Gelar Pasukan",
        "Kapolres Nunukan AKBP Ricky Hadiyanto Berpesan kepada Personel",
        "Kapolres Nunukan AKBP Ricky Hadiyanto Dinilai Sukses Amankan Pleno",
        "Kapolres Nunukan AKBP Ricky Hadiyanto Diwakili Wakapolres",
        "Kapolres Nunukan AKBP Ricky Hadiyanto Gandeng Tokoh Adat",
        "Kapolres Nunukan AKBP Ricky Hadiyanto Beserta Jajaran Tinjau TPS",
    ],
)
def test_more_headline_words_end_the_name(headline):
    assert find_officials(headline)[0].name == "Ricky Hadiyanto"


def test_a_headline_name_running_on_takes_the_name_written_in_the_story():
    text = (
        "Kapolres Sekadau AKBP Anggi Saputra Tuntaskan Persiapan Pengamanan TPS\n"
        "Kapolres Sekadau AKBP Anggi Saputra mengatakan persiapan sudah rampung."
    )
    assert find_officials(text) == (
        Official("AKBP", "Anggi Saputra", "Kapolres Sekadau"),
    )


def test_a_headline_with_the_fuller_name_keeps_it():
    """The fullest form the text gives wins when the story writes its last word."""
    text = (
        "Kapolres Sekadau AKBP Anggi Saputra Nasution Tinjau Kesiapan Pengamanan TPS\n"
        "Kapolres Sekadau AKBP Anggi Saputra mengatakan persiapan sudah rampung. "
        "Nasution menambahkan, patroli digelar tiap malam."
    )
    assert find_officials(text)[0].name == "Anggi Saputra Nasution"


def test_a_headline_a_letter_off_yields_to_the_story_spelling():
    text = (
        "Kapolres Sekadau AKBP Anggi Saputro Pimpin Apel Pengamanan TPS\n"
        "Kapolres Sekadau, AKBP Anggi Saputra mengatakan persiapan sudah rampung."
    )
    assert find_officials(text)[0].name == "Anggi Saputra"


def test_a_name_misspelt_by_one_letter_is_the_same_person():
    text = (
        "Kapolres Barito Timur AKBP Viddy Santoso memimpin apel. "
        '"Kami siap," kata Kapolres Bartim AKBP Diddy Santoso.'
    )
    assert find_officials(text, _normalise()) == (
        Official("AKBP", "Viddy Santoso", "Kapolres Barito Timur"),
    )


def test_a_later_mention_a_letter_off_and_without_a_post_is_the_same_person():
    text = (
        "Kapolres Lamandau AKBP Bagus Setiadjo memimpin apel. Dalam arahannya, "
        "AKBP Bagus Setiadji meminta personel netral."
    )
    assert find_officials(text) == (
        Official("AKBP", "Bagus Setiadjo", "Kapolres Lamandau"),
    )


def test_a_first_mention_a_letter_off_and_without_a_post_is_the_same_person():
    # (a headline names the officer without his post, the story with it)
    text = (
        "AKBP Galih Pramudito Tinjau Gudang Logistik KPU\n"
        "Kapolres Lamandau AKBP Galih Pramudita meninjau gudang logistik."
    )
    assert find_officials(text) == (
        Official("AKBP", "Galih Pramudita", "Kapolres Lamandau"),
    )


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Mochamad Arief Santoso", "Muhammad Arief"),
        ("Moch. Arief Santoso", "Mohammad Arief Santoso"),
        ("Muhamad Arief", "Mohamad Arief"),
    ],
)
def test_muhammad_spelt_two_ways_opens_one_name(first, later):
    text = (
        f"Kapolres Katingan AKBP {first} memimpin apel. Usai apel, AKBP {later} "
        "meminta personel netral."
    )
    assert [o.position for o in find_officials(text)] == ["Kapolres Katingan"]


def test_muhammad_spelt_two_ways_before_other_names_is_two_people():
    text = "Hadir Iptu Moch. Arief Santoso dan Iptu Muhammad Yusuf Santoso."
    assert len(find_officials(text)) == 2


def _normalise():
    return partial(normalise_unit_names, gaz=load_gazetteer())


def test_one_letter_apart_without_posts_are_two_people():
    text = "Turut hadir AKP Hendra Saputra dan AKP Hendri Saputra."
    assert len(find_officials(text)) == 2


def test_one_letter_apart_with_two_posts_are_two_people():
    text = "Kapolsek Sebawi Iptu Andri Susanto dan Kapolsek Tebas Iptu Andri Susanti."
    assert len(find_officials(text)) == 2


def test_a_staff_post_with_a_bare_unit_kind_takes_the_one_unit():
    text = (
        "Polres Kubu Raya menjaga gudang. Kapolres Kubu Raya AKBP Wahyu Jati melalui "
        "Kasi Humas Polres Aiptu Ade Saputra menjelaskan."
    )
    assert find_officials(text)[1] == Official(
        "Aiptu", "Ade Saputra", "Kasi Humas Polres Kubu Raya"
    )


def test_a_word_cut_off_at_the_end_names_no_unit():
    text = "Wakapolres Kompol Sutrisno hadir di Mapolres Mempawah. Pesan Kapolres Memp"
    assert find_officials(text) == (
        Official("Kompol", "Sutrisno", "Wakapolres Mempawah"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a post in brackets after the name
            "Para Kapolsek hadir, yakni Iptu Andi Saputra (Kapolsek Sungai Raya) dan "
            "Ipda Budi Hartono (Kanit Samapta Polsek Kubu).",
            [
                Official("Iptu", "Andi Saputra", "Kapolsek Sungai Raya"),
                Official("Ipda", "Budi Hartono", "Kanit Samapta Polsek Kubu"),
            ],
        ),
        (  # an age in brackets is no post
            "Korban ditolong Aipda Budi Hartono (45) dan warga.",
            [Official("Aipda", "Budi Hartono", None)],
        ),
        (  # national and TNI staff posts
            "Kabaharkam Polri Komjen Pol Fadil Imran dan Kadiv Humas Polri Irjen Pol "
            "Sandi Nugroho meninjau Pontianak.",
            [
                Official("Komjen Pol", "Fadil Imran", "Kabaharkam Polri"),
                Official("Irjen Pol", "Sandi Nugroho", "Kadiv Humas Polri"),
            ],
        ),
        (
            "Kakorlantas Polri Irjen Pol Aan Hidayat meninjau jalur logistik.",
            [Official("Irjen Pol", "Aan Hidayat", "Kakorlantas Polri")],
        ),
        (
            "Pabung Kodim 0908 Mayor Inf Budi Santoso dan Kapendam XII/Tanjungpura "
            "Kolonel Inf Agus Salim hadir.",
            [
                Official("Mayor Inf", "Budi Santoso", "Pabung Kodim 0908"),
                Official("Kolonel Inf", "Agus Salim", "Kapendam XII/Tanjungpura"),
            ],
        ),
    ],
)
def test_posts_in_brackets_and_national_posts(text, expected):
    assert list(find_officials(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kapolsek Sungai Ambawang, Polres Kubu Raya, AKP Budi Santoso hadir.",
        "Kapolsek Sungai Ambawang Polres Kubu Raya AKP Budi Santoso hadir.",
        "AKP Budi Santoso, Kapolsek Sungai Ambawang Polres Kubu Raya, hadir.",
    ],
)
def test_a_sectors_polres_after_its_post_is_its_parent(text):
    assert find_officials(text) == (
        Official("AKP", "Budi Santoso", "Kapolsek Sungai Ambawang"),
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kapolres Kubu Raya AKBP Kadarislam Kasim memimpin apel.", "Kadarislam Kasim"),
        ("Kapolsek Paloh Iptu Hendro Karomah memimpin apel.", "Hendro Karomah"),
        ("Kanit Samapta Aipda Joko Katimin berjaga.", "Joko Katimin"),
        ("Babinsa Serda Budi Pasiran berjaga.", "Budi Pasiran"),
    ],
)
def test_given_names_that_begin_like_posts_stay(text, name):
    assert find_officials(text)[0].name == name


@pytest.mark.parametrize(
    "text",
    [
        "Kapolres Sintang AKBP Budi Santoso.SIK memimpin apel.",
        "Kapolres Sintang AKBP.Budi Santoso memimpin apel.",
        "Kapolres Sintang AKBP. Budi Santoso memimpin apel.",
    ],
)
def test_stops_glued_to_the_name(text):
    assert find_officials(text) == (
        Official("AKBP", "Budi Santoso", "Kapolres Sintang"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Apel digelar di Lapangan Kolonel Sugiono, Pontianak.",
        "Logistik tiba di Bandara Letkol Sugiono lalu dibawa ke gudang.",
        "Upacara di Taman Makam Pahlawan Mayor Alianyang.",
        "Pos pengamanan berdiri di Gang Kapten Marsan.",
    ],
)
def test_venues_named_after_heroes_name_no_officer(text):
    assert find_officials(text) == ()


def test_a_heroes_day_before_an_officer_does_not_hide_him():
    text = "Upacara Hari Pahlawan AKBP Budi Santoso Jadi Inspektur Upacara"
    assert find_officials(text) == (Official("AKBP", "Budi Santoso", None),)


def test_a_venue_word_in_lower_case_before_an_officer_does_not_hide_him():
    text = "Saat berada di lapangan Kompol Budi Santoso memantau arus."
    assert find_officials(text) == (Official("Kompol", "Budi Santoso", None),)


def test_a_speaking_unit_is_its_head_when_the_story_names_the_head():
    """``jelas Polres Sekadau AKBP X``: the "Ka" was left out; a unit does not speak."""
    text = (
        '"Kami siap," jelas Polres Sekadau AKBP Anggi Saputra. Menurut Kapolres, '
        "personel sudah cukup."
    )
    assert find_officials(text) == (
        Official("AKBP", "Anggi Saputra", "Kapolres Sekadau"),
    )


def test_a_speaking_unit_without_its_head_named_gives_no_post():
    text = '"Kami siap," jelas Polres Sekadau AKBP Anggi Saputra.'
    assert find_officials(text) == (Official("AKBP", "Anggi Saputra", None),)


@pytest.mark.parametrize(
    "text",
    [
        "Apel dipimpin Kapolres Sintang (AKBP Budi Santoso) di halaman Mapolres.",
        "Apel dipimpin Kapolres Sintang yakni AKBP Budi Santoso.",
        "Apel dipimpin Kapolres Sintang, yaitu AKBP Budi Santoso.",
        "Kapolres Sintang yang dijabat AKBP Budi Santoso memimpin apel.",
        "Kapolres Sintang saat ini, AKBP Budi Santoso, memimpin apel.",
    ],
)
def test_an_officer_in_apposition_to_a_post(text):
    assert find_officials(text) == (
        Official("AKBP", "Budi Santoso", "Kapolres Sintang"),
    )


def test_a_plural_post_in_apposition_is_no_ones_post():
    text = "Hadir para Kapolsek, yakni Iptu Andi Saputra dan Ipda Budi Hartono."
    assert [o.position for o in find_officials(text)] == [None, None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # words typed in lower case that degrees follow are the rest of the name
        (
            "Dansatrad 214 Mayor Lek Rudi hartono saputra S.I.P., M.Si. hadir.",
            "Rudi hartono saputra",
        ),
        ("Kapolsek Tebas Iptu Budi santoso, S.H. hadir.", "Budi santoso"),
        # but not a verb, a small word or a site's address after the name
        ("Kapolsek Tebas Iptu Budi memimpin S.H. lalu pergi.", "Budi"),
        ("kata Kapolsek Tebas Iptu Budi kepada TribunKaltara.com, Senin.", "Budi"),
        ("Kapolsek Tebas Iptu Budi yang SH hadir.", "Budi"),
    ],
)
def test_a_name_typed_in_lower_case_before_its_degrees(text, name):
    assert find_officials(text)[0].name == name


@pytest.mark.parametrize(
    "text",
    [
        "Kotak suara tiba di gudang dengan selamat.Kapolres Melawi AKBP Rudi "
        "Hartono mengatakan situasi aman.",
        "Semua berjalan tertib.Kapolres Melawi AKBP Rudi Hartono memantau gudang.",
    ],
)
def test_a_stop_glued_to_the_next_sentence_ends_it(text):
    assert find_officials(text) == (
        Official("AKBP", "Rudi Hartono", "Kapolres Melawi"),
    )


def test_a_stop_that_shortens_a_word_does_not_end_the_post():
    text = "Kegiatan dipimpin Kapolsek Kec.Tebas Iptu Rudi Hartono."
    assert find_officials(text)[0].position == "Kapolsek Kec.Tebas"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Patroli dipimpin Direktur Intelkam Polda Kalbar Kombes Pol Andi Wijaya.",
         "Dirintelkam Polda Kalbar"),
        ("Hadir pula Direktur Samapta Kombes Pol Andi Wijaya di gudang.",
         "Dirsamapta"),
        ("Apel diikuti Wakil Direktur Lantas AKBP Andi Wijaya.", "Wadir Lantas"),
        ("Gudang dijaga di bawah Ipda Andi Wijaya sebagai Perwira Pengendali "
         "Pengamanan.", "Padalpam"),
    ],
)  # fmt: skip
def test_directors_and_controllers_written_short(text, position):
    assert find_officials(text)[0].position == position


@pytest.mark.parametrize(
    "text",
    [
        "ujar Kapolres Sintang AKBP Budi Hartono S. IK., M. H., saat apel.",
        "ujar Kapolres Sintang AKBP Budi Hartono S. Sos, saat apel.",
    ],
)
def test_degrees_typed_with_a_space_are_no_part_of_the_name(text):
    assert find_officials(text)[0].name == "Budi Hartono"


def test_a_post_after_degrees_typed_with_spaces():
    text = "ujar Kombes Pol Andi Wijaya, S.H., S. I. K., M.Si., Kapolresta Balikpapan."
    assert find_officials(text) == (
        Official("Kombes Pol", "Andi Wijaya", "Kapolresta Balikpapan"),
    )


def test_an_initial_before_a_surname_stays_in_the_name():
    text = "kata Kapolsek Iptu Agus S. Hadi di lokasi."
    assert find_officials(text)[0].name == "Agus S. Hadi"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Menurut keterangan humas polres Sintang, Ipda Rina Sari, situasi aman.",
         "Humas Polres Sintang"),
        ("Kapolda Kalteng melalui kabidhumas Polda Kalteng Kombes pol Andi Wijaya "
         "menjelaskan.", "Kabidhumas Polda Kalteng"),
        ("Hal itu disampaikan kapolres Sintang AKBP Andi Wijaya.", "Kapolres Sintang"),
    ],
)  # fmt: skip
def test_posts_typed_in_lower_case(text, position):
    assert find_officials(text)[-1].position == position


@pytest.mark.parametrize(
    "text",
    [
        "Anggota polres Sintang, Bripka Andi Wijaya, berjaga di TPS.",
        "Kata Bidang Humas Polda Kalbar, AKBP Andi Wijaya.",
    ],
)
def test_a_unit_or_its_office_is_no_post(text):
    assert find_officials(text)[0].position is None


@pytest.mark.parametrize("verb", ["Siaga", "Kerahkan"])
def test_a_headline_word_after_a_unit_does_not_make_a_second_unit(verb):
    text = (
        f"Polres Sintang {verb} Amankan PSU\n"
        "Apel dipimpin Wakapolres Kompol Andi Lubis di Mapolres. Polres Sintang "
        "menerima 100 personel BKO."
    )
    assert find_officials(text) == (
        Official("Kompol", "Andi Lubis", "Wakapolres Sintang"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hal itu dikatakan Kapolres Sekadau.AKBP Andi Wijaya melalui Kasi Humas.",
            Official("AKBP", "Andi Wijaya", "Kapolres Sekadau"),
        ),
        (
            "Kapolda Kaltara Irjen.Pol.Andi Wijaya meninjau gudang logistik.",
            Official("Irjen Pol", "Andi Wijaya", "Kapolda Kaltara"),
        ),
        (
            "Kapolda Kalteng, Irjen Pol Drs.Andi Wijaya, memimpin apel.",
            Official("Irjen Pol", "Andi Wijaya", "Kapolda Kalteng"),
        ),
        (
            "Apel dipimpin Kapolres Sekadau AKBP Andi Wijaya.Menurutnya semua siap.",
            Official("AKBP", "Andi Wijaya", "Kapolres Sekadau"),
        ),
        (
            "Karoops Polda Kalbar Kombes Pol Moch.Andi Wijaya, memantau TPS.",
            Official("Kombes Pol", "Moch. Andi Wijaya", "Karoops Polda Kalbar"),
        ),
        (
            "Apel dipimpin Plt.Kabag Ops Polres Sekadau AKP Andi Wijaya di halaman.",
            Official("AKP", "Andi Wijaya", "Plt. Kabag Ops Polres Sekadau"),
        ),
    ],
)
def test_stops_glued_between_sentences_and_words(text, expected):
    """Pasted paragraphs lose the space after a stop: the parts still read apart."""
    assert find_officials(text) == (expected,)


@pytest.mark.parametrize("verb", ["Semangati", "Perketat", "Antisipasi", "Santuni"])
def test_more_headline_verbs_end_the_name(verb):
    text = f"Kapolres Melawi AKBP Andi Wijaya {verb} Personel Pengamanan TPS"
    assert find_officials(text) == (Official("AKBP", "Andi Wijaya", "Kapolres Melawi"),)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("\"Semua aman,\" ujar AKBP Andi Wijaya, kapolres Sekadau usai apel.",
         "Kapolres Sekadau"),
        ("kata Irjen Pol Andi Wijaya, S.I.K., selaku kapolda Kaltara.",
         "Kapolda Kaltara"),
        ("kata Bripka Andi Wijaya, Humas Polsek Tebas, kepada wartawan.",
         "Humas Polsek Tebas"),
        ("kata Bripka Andi Wijaya, anggota polsek Tebas, kepada wartawan.", None),
    ],
)  # fmt: skip
def test_posts_after_the_name_typed_in_lower_case(text, position):
    assert find_officials(text)[0].position == position


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Kapolres Sanggau AKBP Andi Wijaya hadir. Apel dipimpin Kabag Ops Kompol "
            "Budi Hartono. Kabag Ops polres Sanggau ini menyebut semua aman.",
            "Kabag Ops Polres Sanggau",
        ),
        (
            'Kapolres hadir. "Aman," jelas polres Sekadau AKBP Budi Hartono, usai apel.',
            "Kapolres Sekadau",
        ),
        (
            "Kapolresta Palangka Raya, Jajaran polda Kalteng, Kombes Pol Budi Hartono "
            "memimpin apel.",
            "Kapolresta Palangka Raya",
        ),
    ],
)
def test_a_units_kind_typed_in_lower_case(text, position):
    assert find_officials(text, _normalise())[-1].position == position


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # the unit's short form in brackets, then its province or Polda
        (
            "Kepala Kepolisian Resor (Polres) Katingan (Ktg), Kalimantan Tengah AKBP "
            "Rahmat Hidayat memeriksa kotak suara.",
            "Kapolres Katingan",
        ),
        (
            "Kapolres Tapin (Tpn), Polda Kalsel, AKBP Rahmat Hidayat, S.I.K. membuka "
            "rapat koordinasi.",
            "Kapolres Tapin",
        ),
        # a command's post glued to its number
        (
            "Apel dipimpin Dandim1015/Sampit Letkol Inf Rahmat Hidayat di lapangan.",
            "Dandim 1015/Sampit",
        ),
        # an acting post keeps its prefix, before or after the name
        (
            "Hal itu disampaikan melalui PJ. Kasi Humas Iptu Rahmat Hidayat kemarin.",
            "Pj Kasi Humas",
        ),
        (
            "Hadir AKP Rahmat Hidayat, S.H., selaku PS Kanit 3 Subdit Tipidter "
            "Ditreskrimsus Polda Kalteng, di studio.",
            "PS Kanit 3 Subdit Tipidter Ditreskrimsus Polda Kalteng",
        ),
        # the officer watching over a district's posts
        (
            "Apel dipimpin oleh Pamatwil Entikong, Ipda Rahmat Hidayat, pagi tadi.",
            "Pamatwil Entikong",
        ),
    ],
)
def test_posts_of_unseen_pages(text, position):
    assert [o.position for o in find_officials(text)] == [position]


def test_a_bare_post_takes_the_unit_written_most_often():
    text = (
        "Polres Tanah Bumbu Amankan Kampanye\n"
        "Personel Polres Tanah Bumbu berjaga di lima titik, sedangkan Polres Tanah "
        "Jajaran bersiaga di markas. Kapolres AKBP Rahmat Hidayat meninjau langsung.\n"
        "Sumber: Humas Polres Tanah Bumbu"
    )
    assert find_officials(text)[0].position == "Kapolres Tanah Bumbu"


def test_a_bracket_closing_a_one_word_name_before_a_stop():
    text = "Hadir pula Kasatgas Humas (Ipda Suharto). Acara berjalan lancar."
    assert find_officials(text) == (Official("Ipda", "Suharto", "Kasatgas Humas"),)


def test_a_field_post_is_no_venue():
    text = "Turut hadir Perwira Pengamanan Lapangan Ipda Suharto di gudang."
    assert find_officials(text) == (
        Official("Ipda", "Suharto", "Perwira Pengamanan Lapangan"),
    )


def test_a_list_of_names_each_with_its_post_on_its_line():
    text = (
        "Yang hadir:\n"
        "Siti Aminah, S.H., Ketua Pengadilan Agama Tanjung,\n"
        "Kapten Inf Rahmat Hidayat, Pasiops Kodim 1008 Tanjung,\n"
        "Kapten Laut (PM) Suharto, Dandenpomal Lanal Banjarmasin,\n"
    )
    assert find_officials(text) == (
        Official("Kapten Inf", "Rahmat Hidayat", "Pasiops Kodim 1008 Tanjung"),
        Official("Kapten Laut (PM)", "Suharto", "Dandenpomal Lanal Banjarmasin"),
    )


def test_a_short_name_of_another_rank_is_another_person():
    text = (
        "Dua anggota, Bripka Yohanes Lado dan Bripda Rizky Pratama Santoso, mengawal "
        'kotak suara. "Mereka berjalan kaki," kata Kapolres Melawi AKBP Santoso.'
    )
    assert find_officials(text) == (
        Official("Bripka", "Yohanes Lado", None),
        Official("Bripda", "Rizky Pratama Santoso", None),
        Official("AKBP", "Santoso", "Kapolres Melawi"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hal itu disampaikan Kasatgas Humas Operasi Mantap Praja Sambas 2024, Iptu "
        "Budi Santoso, kepada wartawan.",
        "Hadir Kasatgas Humas OPS Mantap Brata Kalbar (Iptu Budi Santoso). Acara usai.",
    ],
)
def test_a_task_force_post_without_its_operation(text):
    assert find_officials(text) == (Official("Iptu", "Budi Santoso", "Kasatgas Humas"),)


def test_a_name_and_its_degree_joined_by_stops():
    text = (
        "Rombongan dipimpin Kabag Ops Polres Sintang ( Kompol Budi.Santoso.S.H ) pagi."
    )
    assert find_officials(text) == (
        Official("Kompol", "Budi Santoso", "Kabag Ops Polres Sintang"),
    )


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # the directorate written apart from "Dir"
        (
            "BALIKPAPAN - Dir Lantas Polda Kaltim, Kombes Pol Budi Santoso meninjau "
            "jalur kampanye.",
            "Dir Lantas Polda Kaltim",
        ),
        # planning and control of operations; an operation's secretariat
        (
            "Karendal Ops Polres Sintang, AKP Budi Santoso, memimpin pengawalan.",
            "Karendal Ops Polres Sintang",
        ),
        (
            '"Semua siap," ujar Kasetops OMP AKBP Budi Santoso di Palangka Raya.',
            "Kasetops OMP",
        ),
        # a staff post typed in lower case before the rank
        (
            "Acara dipandu staf Bidhumas Bripka Budi Santoso dari studio.",
            "Staf Bidhumas",
        ),
        # a platoon's and a sub-detachment's commander written out
        (
            "Pasukan dipimpin Komandan Peleton 2 Kompi 1 Dit Samapta Polda Kalsel "
            "Ipda Budi Santoso tiba di pelabuhan.",
            "Danton 2 Kompi 1 Dit Samapta Polda Kalsel",
        ),
        (
            "Rombongan dipimpin Komandan Subden Gegana Satbrimobda Polda Kalteng AKP "
            "Budi Santoso kemarin.",
            "Dansubden Gegana Satbrimob Polda Kalteng",
        ),
        # a city's sector under its older name
        (
            "Hal itu disampaikan Kapolsekta Balikpapan Utara Iptu Budi Santoso.",
            "Kapolsek Balikpapan Utara",
        ),
        # a controller's post, then the guard he controls
        (
            "Perwira Pengendali (Padal) Pengamanan Kantor KPU, Ipda Budi Santoso, "
            "memeriksa personel.",
            "Padal",
        ),
    ],
)
def test_posts_of_the_fresh_pages(text, position):
    assert [o.position for o in find_officials(text)] == [position]


def test_a_rank_typed_with_a_lower_case_l():
    text = (
        "Kapolda Kalbar lrjen Budi Santoso membuka apel. Hadir pula lptu Andi Wijaya."
    )
    assert find_officials(text) == (
        Official("Irjen Pol", "Budi Santoso", "Kapolda Kalbar"),
        Official("Iptu", "Andi Wijaya", None),
    )


def test_a_name_spaced_two_ways_is_one_person():
    text = (
        "Kapolres Sintang AKBP Budi Wirajaya meninjau TPS. Menurut AKBP Budi Wira "
        "Jaya, situasi aman. AKBP Budi Wirajaya juga menyapa warga."
    )
    assert find_officials(text) == (
        Official("AKBP", "Budi Wirajaya", "Kapolres Sintang"),
    )


def test_a_province_after_a_rank_is_no_name():
    text = (
        "Hadir Karo Ops Kombespol Kalsel, pejabat utama, dan Kombes Pol Budi Santoso."
    )
    assert [o.name for o in find_officials(text)] == ["Budi Santoso"]


def test_the_post_written_with_its_unit_wins():
    text = (
        "Wakapolres didampingi Paur Ops AKP Budi Santoso memeriksa logistik. "
        "Kabagops Polres Kotabaru AKP Budi Santoso memberi arahan."
    )
    assert find_officials(text)[0].position == "Kabagops Polres Kotabaru"


def test_a_field_controller_given_short_and_his_station():
    text = (
        "Kapolres Sintang melalui Perwira Pengendali Lapangan (Pangdal) di Pos "
        "Pengamanan kantor KPU, Ipda Budi Santoso, menyampaikan situasi aman."
    )
    assert find_officials(text)[0].position == "Pangdal"


def test_di_glued_to_a_name_before_a_place():
    text = (
        '"Semua aman," kata Kasat Lantas Polres Sintang Iptu Budi Santosodi Sintang, '
        "Senin. Menurut Santoso, jalur dijaga."
    )
    assert [o.name for o in find_officials(text)] == ["Budi Santoso"]


def test_a_name_with_initials_typed_in_lower_case():
    text = "Hadir Dandim 1207 Letkol Inf Agus r.d sitompul memantau gudang logistik."
    assert [o.name for o in find_officials(text)] == ["Agus r.d sitompul"]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Apel dipimpin Komandan Distrik Militer 1204/Sanggau Letkol Inf Budi "
            "Santoso di lapangan.",
            "Dandim 1204/Sanggau",
        ),
        (
            "Hadir Kepala Staf Kodim 1015/Sampit Mayor Inf Budi Santoso di gudang.",
            "Kasdim 1015/Sampit",
        ),
        (
            "Turut memantau Perwira Seksi Teritorial Kodim 1008 Kapten Inf Budi "
            "Santoso di TPS.",
            "Pasiter Kodim 1008",
        ),
        (
            "Rapat dipimpin Direktur Pengamanan Objek Vital Polda Kaltim Kombes Pol "
            "Budi Santoso di Balikpapan.",
            "Dirpamobvit Polda Kaltim",
        ),
        (
            "Pemeriksaan dilakukan Inspektur Pengawasan Daerah Polda Kalsel Kombes Pol "
            "Budi Santoso di gudang.",
            "Irwasda Polda Kalsel",
        ),
        (
            "Hal itu dikatakan Kepala Subbidang Penerangan Masyarakat Bidhumas Polda "
            "Kalbar AKBP Budi Santoso kemarin.",
            "Kasubbid Penmas Bidhumas Polda Kalbar",
        ),
        (
            "Pengamanan dipimpin Kepala Pos Polisi Nanga Mau Aipda Budi Santoso di "
            "TPS.",
            "Kapospol Nanga Mau",
        ),
        (
            "Warga didatangi Bintara Pembina Desa Serda Budi Santoso di rumahnya.",
            "Babinsa",
        ),
    ],
)
def test_long_forms_of_posts_written_short(text, position):
    assert [o.position for o in find_officials(text)] == [position]


def test_a_bare_post_before_a_rank_written_out():
    text = (
        "Polres Sintang menggelar apel. Kapolres Ajun Komisaris Besar Polisi Budi "
        "Santoso memeriksa personel."
    )
    assert find_officials(text)[0].position == "Kapolres Sintang"


def test_a_dash_between_the_post_and_the_rank():
    text = "Foto: Kapolres Sintang – AKBP Budi Santoso meninjau TPS."
    assert find_officials(text)[0].position == "Kapolres Sintang"


def test_a_post_repeated_short_in_brackets():
    text = (
        "Kepala Polda Kalimantan Barat (Kepala Polda Kalbar) Irjen Pol Budi Santoso "
        "membuka apel."
    )
    assert find_officials(text)[0].position == "Kapolda Kalbar"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stand-in's post keeps its prefix
        (
            "Hadir Pgs Kapolsek Tebas Ipda Budi Santoso di TPS.",
            Official("Ipda", "Budi Santoso", "Pgs Kapolsek Tebas"),
        ),
        (
            "Hadir Pymt Danramil 03 Kapten Inf Budi Santoso di TPS.",
            Official("Kapten Inf", "Budi Santoso", "Pymt Danramil 03"),
        ),
        # "yang juga" before the post
        (
            "AKBP Budi Santoso yang juga Kapolres Sintang memimpin apel.",
            Official("AKBP", "Budi Santoso", "Kapolres Sintang"),
        ),
        # a police rank written out without "Polisi"
        (
            "Kepala Polres Sintang Ajun Komisaris Besar Budi Santoso memimpin apel.",
            Official("AKBP", "Budi Santoso", "Kapolres Sintang"),
        ),
        (
            "Kapolda Kalbar Inspektur Jenderal Budi Santoso membuka rapat.",
            Official("Irjen Pol", "Budi Santoso", "Kapolda Kalbar"),
        ),
        # the head of the integrated service desk, written apart
        (
            "Ka SPKT Polres Sintang Ipda Budi Santoso menerima laporan.",
            Official("Ipda", "Budi Santoso", "Ka SPKT Polres Sintang"),
        ),
    ],
)
def test_forms_of_the_fresh_batch(text, expected):
    assert find_officials(text) == (expected,)


def test_a_company_commissioner_is_no_officer():
    text = "Rapat dihadiri Komisaris Utama PT Sinar Budi Santoso dan warga."
    assert find_officials(text) == ()


@pytest.mark.parametrize(
    "verb", ["Waspadai", "Kunker", "Wanti-wanti", "Ikuti", "Jalin"]
)
def test_headline_verbs_of_the_fresh_batch_end_the_name(verb):
    text = f"Kapolres Sintang AKBP Budi Santoso {verb} Personel Jelang Pencoblosan\n"
    assert [o.name for o in find_officials(text)] == ["Budi Santoso"]


@pytest.mark.parametrize("degrees", ["SSos MSi", "Sik", "SPd, MKom"])
def test_degrees_with_their_letters_run_together(degrees):
    text = f"Kapolres Sintang AKBP Budi Santoso {degrees} memimpin apel."
    assert [o.name for o in find_officials(text)] == ["Budi Santoso"]


def test_a_commanders_post_written_apart_from_its_unit():
    text = "Apel dipimpin Dan Satbrimob Polda Kalbar Kombes Pol Budi Santoso pagi tadi."
    assert find_officials(text)[0].position == "Dansatbrimob Polda Kalbar"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "H." before one word is an initial and stays (real-set README, session 7)
        ("Kasi Propam Polres Sintang, AKP H. Budiman, S.H. memimpin.", "H. Budiman"),
        ("Kanit Samapta Polsek Tebas Ipda H. Sitompul hadir.", "H. Sitompul"),
        # before two or more words it is the pilgrim's title, left out like degrees
        ("Kapolres Sintang AKBP Drs. H.Ahmad Yani, M.Si hadir.", "Ahmad Yani"),
        ("Kapolres Sintang AKBP H. Muhammad Rizal Fahmi memimpin apel.",
         "Muhammad Rizal Fahmi"),
        ("Wakapolres Ketapang Kompol H Abdul Gani hadir.", "Abdul Gani"),
        ("Dandim 1205 Letkol Inf H. M. Yusran meninjau gudang.", "M. Yusran"),
        # "Hj." is always the (woman) pilgrim's title
        ("Kapolres Sintang AKBP Hj. Siti Aminah hadir.", "Siti Aminah"),
        ("Kasi Humas Polres Paser Iptu Hj. Nurhayati hadir.", "Nurhayati"),
    ],
)  # fmt: skip
def test_the_pilgrims_title_is_left_out_the_initial_stays(text, name):
    assert [o.name for o in find_officials(text)] == [name]


def test_a_water_police_unit_head_typed_in_lower_case():
    text = (
        "Pengawalan dipimpin kasat Polair Polres Tarakan Iptu Budi Santoso di dermaga."
    )
    assert find_officials(text)[0].position == "Kasat Polair Polres Tarakan"


def test_a_speaking_unit_with_its_head_typed_in_lower_case():
    text = (
        '"Semua aman," jelas Polres Sintang AKBP Budi Santoso. Menurut kapolres, '
        "personel disiagakan."
    )
    assert find_officials(text)[0].position == "Kapolres Sintang"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Wadanyon B Pelopor Kompol Budi Santoso memimpin pasukan.",
            "Wadanyon B Pelopor",
        ),
        ("Dansektor Pilkada Ipda Budi Santoso memeriksa TPS.", "Dansektor Pilkada"),
        (
            "Koordinator Pengamanan TPS Iptu Budi Santoso memeriksa kotak suara.",
            "Koordinator Pengamanan TPS",
        ),
        ("Apel dipimpin Perwira Pengawas (Pawas) Iptu Budi Santoso di TPS.", "Pawas"),
    ],
)
def test_field_commanders_posts(text, position):
    assert [o.position for o in find_officials(text)] == [position]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # a list of guests written name first: the post before is the previous guest's
        ("Apel dihadiri Pj Bupati Katingan Sutoyo, AKBP Budi Santoso, Kapolres "
         "Katingan, dan tokoh masyarakat.", ["Kapolres Katingan"]),
        ("Hadir Dandim 1205 Sintang, AKBP Budi Santoso, Kapolres Sintang, serta Ketua "
         "KPU.", ["Kapolres Sintang"]),
        ("Hadir pula Ketua KPU Ahmad Yani, Letkol Inf Rudi Hartono, Dandim 1203 "
         "Ketapang, dan unsur Forkopimda.", ["Dandim 1203 Ketapang"]),
        # the post before of the rank's own force stands
        ("Pangdam XII/Tanjungpura, Mayjen TNI Budi Santoso, Kapolda Kalbar Irjen Pol "
         "Andi Wijaya, memimpin apel.", ["Pangdam XII/Tanjungpura", "Kapolda Kalbar"]),
        ("Kasi Propam Polres Sanggau, Iptu Budi Santoso, selaku perwira pengendali "
         "(Padal) pengamanan, memberi arahan.", ["Kasi Propam Polres Sanggau"]),
        # a post no force owns (an intelligence or narcotics agency's head) is the
        # officer's before it, not the next guest's post after his name
        ("Hadir Kabinda Kalbar, Brigjen TNI Budi Santoso, Danlanal Pontianak, "
         "Kolonel Laut (P) Andi Wijaya, dan Ketua KPU.",
         ["Kabinda Kalbar", "Danlanal Pontianak"]),
    ],
)  # fmt: skip
def test_of_a_post_before_and_after_the_ranks_own_force_wins(text, posts):
    assert [o.position for o in find_officials(text)] == posts


def test_a_headline_above_the_line_an_officer_opens_gives_no_post():
    text = (
        "Kapolres Sintang Kerahkan 52 Personel Untuk Pengamanan Pemungutan Suara Ulang\n"
        "AKBP Budi Santoso, Kapolres Sintang, mengerahkan 52 personel ke Serawai."
    )
    assert find_officials(text)[0].position == "Kapolres Sintang"


def test_a_post_alone_on_the_line_above_the_officer_is_his():
    text = "Kapolres Nunukan\nAKBP Budi Santoso saat memimpin apel pagi tadi."
    assert find_officials(text)[0].position == "Kapolres Nunukan"


@pytest.mark.parametrize(
    "text",
    [
        "Plh. Kapolres Sintang AKBP Budi Santoso memimpin apel. Menurut Kapolres "
        "Sintang AKBP Budi Santoso, semua siap.",
        "Apel dipimpin Kapolres Sintang AKBP Budi Santoso. Plh. Kapolres Sintang AKBP "
        "Budi Santoso mengatakan semua siap.",
    ],
)
def test_a_stand_ins_post_shortened_later_keeps_its_prefix(text):
    assert [o.position for o in find_officials(text)] == ["Plh. Kapolres Sintang"]


def test_a_stand_ins_prefix_ending_a_line_is_no_prefix_of_the_next():
    text = (
        "Kunjungan itu bersama Plh\nKapolda Kalbar, Irjen Pol Budi Santoso, di Sambas."
    )
    assert find_officials(text)[0].position == "Kapolda Kalbar"


def test_the_police_masters_degree_stands_between_name_and_post():
    text = (
        "Apel dipimpin AKBP Budi Santoso, S.H., S.I.K., M.I.K., Kapolres Bengkayang, "
        "di halaman Mapolres."
    )
    person = find_officials(text)[0]
    assert (person.name, person.position) == ("Budi Santoso", "Kapolres Bengkayang")


def test_a_street_named_after_a_general_typed_in_lower_case():
    text = (
        "Apel dipimpin AKBP Budi Santoso, Kapolres Sanggau, di halaman Mapolres "
        "Sanggau jalan Jenderal Sudirman."
    )
    assert [o.name for o in find_officials(text)] == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an initial glued by its stop to the name it opens: never split there
        ("Kapolsek Tebas Iptu M.Rizky Aditya memimpin apel.", "M. Rizky Aditya"),
        ("Kapolsek Tebas Iptu A.Rahman memimpin apel.", "A. Rahman"),
        # a degree with all its stops glued ends the name
        ("Kapolsek Tebas Iptu Budi Santoso S.Tr.K memimpin apel.", "Budi Santoso"),
        ("Kapolsek Tebas Iptu Budi Santoso S.Sos memimpin apel.", "Budi Santoso"),
    ],
)
def test_a_glued_initial_opens_a_name_a_glued_degree_ends_it(text, name):
    assert [o.name for o in find_officials(text)] == [name]


def test_a_post_repeated_in_brackets_in_lower_case():
    text = (
        "Kepala Kepolisian Daerah Kalimantan Selatan (kapolda Kalsel) Irjen Pol Budi "
        "Santoso memimpin apel."
    )
    assert find_officials(text)[0].position == "Kapolda Kalsel"


def test_an_officer_only_a_photo_caption_names_is_one_of_the_storys():
    from arsip_extract.officials import with_caption_officials

    body = find_officials("Kabid Humas Polda Kalsel Kombes Pol Budi Santoso hadir.")
    captions = [
        "Kapolda Kalsel Irjen Pol Andi Wijaya mengecek kesiapan personel, Senin.",
        "Kombes Pol Budi Santoso saat apel.",  # named in the body already
    ]
    assert [o.name for o in with_caption_officials(body, captions)] == [
        "Budi Santoso",
        "Andi Wijaya",
    ]


# Forms the session-6 held-back pages showed (session 8), each in three invented
# wordings: a name stops at a line break; initials glued to the name; an honorific
# glued to an initial; a rank written out, then "atau" and its short form; a
# Satbrimob commander written long; a Koramil's staff NCO.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pleno berjalan aman, kata Wakapolres Sintang Kompol Budi Hartono\n"
            "Dapil 2 meliputi tiga kecamatan.",
            [Official("Kompol", "Budi Hartono", "Wakapolres Sintang")],
        ),
        (
            "Demikian disampaikan Kapolsek Nanga Pinoh Iptu Rudi Santoso\n"
            "Pelaksanaan pemilu berjalan lancar.",
            [Official("Iptu", "Rudi Santoso", "Kapolsek Nanga Pinoh")],
        ),
        (
            "ujar Kasat Samapta AKP Dedi Kurniawan\nSementara itu Bawaslu menyebut",
            [Official("AKP", "Dedi Kurniawan", "Kasat Samapta")],
        ),
        (
            "Apel dipimpin Dirlantas Polda Kalteng Kombes Pol R.S.Handoyo, S.I.K. di "
            "halaman Mapolda.",
            [Official("Kombes Pol", "R.S. Handoyo", "Dirlantas Polda Kalteng")],
        ),
        (
            "Pengecekan dipimpin Kapolres Sintang AKBP A.B.Santoso, S.I.K. bersama "
            "jajaran.",
            [Official("AKBP", "A.B. Santoso", "Kapolres Sintang")],
        ),
        (
            "Kapolsek Kota Iptu M.A.Rahman memimpin apel.",
            [Official("Iptu", "M.A. Rahman", "Kapolsek Kota")],
        ),
        (
            "Pengamanan dipimpin Kapolres Melawi AKBP Dr.I.Made Wirawan di lokasi.",
            [Official("AKBP", "I. Made Wirawan", "Kapolres Melawi")],
        ),
        (
            "Kapolres Paser Ajun Komisaris Besar Polisi atau AKBP Gani Prasetyo "
            "menegaskan kesiapan personel.",
            [Official("AKBP", "Gani Prasetyo", "Kapolres Paser")],
        ),
        (
            "Kapolsek Sepauk Inspektur Polisi Satu atau Iptu Budi Santoso memimpin "
            "patroli.",
            [Official("Iptu", "Budi Santoso", "Kapolsek Sepauk")],
        ),
        (
            "Hadir pula Kasat Lantas Ajun Komisaris Polisi atau AKP Dewi Lestari.",
            [Official("AKP", "Dewi Lestari", "Kasat Lantas")],
        ),
        (
            "Kombes Pol Andi Wijaya, selaku Komandan Sat Brimob Polda Kalbar, menambahkan "
            "bahwa personel siaga.",
            [Official("Kombes Pol", "Andi Wijaya", "Dansat Brimob Polda Kalbar")],
        ),
        (
            "Komandan Satbrimob Polda Kaltim Kombes Pol Rudi Hartono meninjau lokasi.",
            [Official("Kombes Pol", "Rudi Hartono", "Dansat Brimob Polda Kaltim")],
        ),
        (
            "Dandim diwakili oleh Batuud Koramil Sepauk Peltu Imam Santoso, lalu Kajari.",
            [Official("Peltu", "Imam Santoso", "Batuud Koramil Sepauk")],
        ),
        (
            "Hadir Batiwanwil Koramil Tebas Serma Rudi Hartono.",
            [Official("Serma", "Rudi Hartono", "Batiwanwil Koramil Tebas")],
        ),
    ],
)
def test_forms_the_session_6_held_back_pages_showed(text, expected):
    assert list(find_officials(text)) == expected


# Session 8, found by rewriting the 538 pages' officers name first: a guest list
# written name first gives each guest the post after the name (the post before the
# rank is the previous guest's); a list written post first keeps the post before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apel dihadiri AKBP Budi Santoso, Kapolres Sintang, Kompol Andi Wijaya, "
            "Wakapolres Sintang, dan AKP Rudi Hartono, Kabag Ops Polres Sintang.",
            [
                Official("AKBP", "Budi Santoso", "Kapolres Sintang"),
                Official("Kompol", "Andi Wijaya", "Wakapolres Sintang"),
                Official("AKP", "Rudi Hartono", "Kabag Ops Polres Sintang"),
            ],
        ),
        (
            "Hadir pula Letkol Arh Ragil Setyo, Danyon 007/ABC Bontang, Kapten Inf "
            "Niko Katani, Pasi Ops Kodim 0908/Bontang, dan Ketua KPU.",
            [
                Official("Letkol Arh", "Ragil Setyo", "Danyon 007/ABC Bontang"),
                Official("Kapten Inf", "Niko Katani", "Pasi Ops Kodim 0908/Bontang"),
            ],
        ),
        (
            "Turut hadir Iptu Andi Saputra, S.H., Kapolsek Tebas, Ipda Budi Hartono, "
            "Kanit Reskrim, serta Aipda Rudi, Bhabinkamtibmas.",
            [
                Official("Iptu", "Andi Saputra", "Kapolsek Tebas"),
                Official("Ipda", "Budi Hartono", "Kanit Reskrim"),
                Official("Aipda", "Rudi", "Bhabinkamtibmas"),
            ],
        ),
        (  # post first: the post before each rank is its own
            "termasuk Dandim 1205/Sintang, Letkol Inf Ragil Setyo, Pasi Ops Kodim "
            "1205/Sintang, Kapten Inf Niko Katani, dan Ketua KPU.",
            [
                Official("Letkol Inf", "Ragil Setyo", "Dandim 1205/Sintang"),
                Official("Kapten Inf", "Niko Katani", "Pasi Ops Kodim 1205/Sintang"),
            ],
        ),
        (  # a degree of dotted capitals only ("C.F.E.") before the post after
            "Rapat dipimpin Irjen Pol Endar Santoso, S.H., S.I.K., C.F.E., M.H., "
            "Kapolda Kaltim, didampingi jajaran.",
            [Official("Irjen Pol", "Endar Santoso", "Kapolda Kaltim")],
        ),
    ],
)
def test_a_guest_list_written_name_first(text, expected):
    assert list(find_officials(text)) == expected


# Session 10, from officers inserted into the 617's pages: a post written after the
# name ends its sentence, and the next officer's post, written before his rank,
# opens the next one; that is no guest list (one sentence). A guest's stand-in
# prefix ("Plt.") keeps the list a list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hal itu disampaikan AKP Budi Hartanto, Kasat Lantas Polres Sambas.\n"
            "Kapolres Sukamara, AKBP Joko Susilo, S.I.K. melalui Kasat Samapta "
            "menyampaikan imbauan.",
            [
                Official("AKP", "Budi Hartanto", "Kasat Lantas Polres Sambas"),
                Official("AKBP", "Joko Susilo", "Kapolres Sukamara"),
            ],
        ),
        (
            "Situasi aman, kata Iptu Budi Hartanto, Kapolsek Tebas.\n\nDalam "
            "amanatnya, Wakapolres Sambas, Kompol Joko Susilo mengatakan hal serupa.",
            [
                Official("Iptu", "Budi Hartanto", "Kapolsek Tebas"),
                Official("Kompol", "Joko Susilo", "Wakapolres Sambas"),
            ],
        ),
        (
            "Apel dihadiri AKBP Joko Susilo, Plt. Kapolres Sambas, Kompol Budi "
            "Hartanto, Wakapolres Sambas, dan tamu lain.",
            [
                Official("AKBP", "Joko Susilo", "Plt. Kapolres Sambas"),
                Official("Kompol", "Budi Hartanto", "Wakapolres Sambas"),
            ],
        ),
        (  # a degree typed with spaces between its letters is still a degree
            "Apel dihadiri AKBP Joko Susilo, S. I. K., Kapolres Sambas, Kompol Budi "
            "Hartanto, Wakapolres Sambas, dan tamu lain.",
            [
                Official("AKBP", "Joko Susilo", "Kapolres Sambas"),
                Official("Kompol", "Budi Hartanto", "Wakapolres Sambas"),
            ],
        ),
    ],
)
def test_a_post_after_the_name_ends_its_sentence_no_guest_list(text, expected):
    assert list(find_officials(text)) == expected


@pytest.mark.parametrize(
    ("body", "caption", "post"),
    [
        # Session 8: the body names the officer without a post, the photo caption
        # with one: the caption's post is his.
        (
            "Kepolisian Resor Sekadau, Ajun Komisaris Besar Budi Santoso, mengatakan "
            "pemetaan TPS rawan sudah selesai.",
            "Kapolres Sekadau, AKBP Budi Santoso ketika ditemui di Mapolres.",
            "Kapolres Sekadau",
        ),
        (
            "Menurut AKP Rudi Hartono, patroli digelar setiap malam.",
            "Kasat Samapta Polres Landak AKP Rudi Hartono memimpin patroli.",
            "Kasat Samapta Polres Landak",
        ),
        (
            "Iptu Dewi Lestari memastikan gudang logistik aman.",
            "Kapolsek Tebas Iptu Dewi Lestari mengecek gudang logistik KPU.",
            "Kapolsek Tebas",
        ),
        # A post the body gives stays.
        (
            "Wakapolres Landak Kompol Andi Wijaya memimpin apel.",
            "Kompol Andi Wijaya, Kabag Ops, saat apel.",
            "Wakapolres Landak",
        ),
    ],
)
def test_a_caption_gives_the_post_the_body_leaves_out(body, caption, post):
    from arsip_extract.officials import with_caption_officials

    (official,) = with_caption_officials(find_officials(body), [caption])
    assert official.position == post


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rank mistyped by one letter, before a name: two letters swapped,
        (
            "Hal itu ditegaskan Kapolres Sekadau ABKP Rudi Hartanto di Sekadau.",
            [Official("AKBP", "Rudi Hartanto", "Kapolres Sekadau")],
        ),
        # one dropped (the corps after it),
        (
            "Apel dipimpin Dandim 1204/Sanggau Letko Inf Budi Prasetyo, Senin.",
            [Official("Letkol Inf", "Budi Prasetyo", "Dandim 1204/Sanggau")],
        ),
        # or one typed wrong (the force after it).
        (
            "Dirsamapta Polda Kalbar Kombas Pol Hendra Gunawan meninjau gudang KPU.",
            [Official("Kombes Pol", "Hendra Gunawan", "Dirsamapta Polda Kalbar")],
        ),
        (
            "Menurut Wakapolres Kompil Andi Saputra, personel sudah siap.",
            [Official("Kompol", "Andi Saputra", "Wakapolres")],
        ),
        # A word one letter from a rank is no rank: a name after a rank, a stove.
        (
            "Wakapolres Kompol Letjon Simatupang memimpin apel.",
            [Official("Kompol", "Letjon Simatupang", "Wakapolres")],
        ),
        ("Warga Lupa Matikan Kompor Sebelum Pergi ke TPS", []),
        ("Relawan Aida Fitriani membantu petugas KPPS.", []),
    ],
)
def test_a_rank_mistyped_by_one_letter(text, expected):
    assert list(find_officials(text)) == expected


def test_initials_glued_to_a_later_word_of_the_name():
    text = "Dandim Letkol Kav Markus T.P.Silalahi, M.Han, memeriksa pos pengamanan."
    assert [o.name for o in find_officials(text)] == ["Markus T.P. Silalahi"]
    # a degree's initials glued to the next sentence end the name
    text = "Kapolsek Iptu Bambang Sutrisno S.H.Menurutnya, TPS aman."
    assert [o.name for o in find_officials(text)] == ["Bambang Sutrisno"]


def test_a_post_after_the_name_stays_in_its_sentence():
    # A line ending with a stop ends the sentence: the next line's post is the next
    # officer's.
    text = (
        "Apel dipimpin oleh AKP Budi Santoso, S.H.\n"
        "Kapolres Landak, AKBP Joko Susilo, mengatakan personel siap."
    )
    assert [(o.name, o.position) for o in find_officials(text)] == [
        ("Budi Santoso", None),
        ("Joko Susilo", "Kapolres Landak"),
    ]
    # A line broken inside the sentence reads on.
    text = "Menurut AKP Budi Santoso, S.H.,\nKasat Lantas Polres Landak, jalan aman."
    assert find_officials(text)[0].position == "Kasat Lantas Polres Landak"


# Session 10: a rank written out with its short form in brackets before "Polisi", or
# with "Polisi" left off ("Inspektur Satu (Iptu) X"), as formal releases write it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kapolresta Bulungan, Komisaris Besar (Kombes) Polisi (Pol) Agus Salim, "
            "mengatakan situasi aman.",
            Official("Kombes Pol", "Agus Salim", "Kapolresta Bulungan"),
        ),
        (
            "Kapolres Sambas, Ajun Komisaris Besar (AKBP) Polisi Joko Susilo, "
            "mengatakan situasi aman.",
            Official("AKBP", "Joko Susilo", "Kapolres Sambas"),
        ),
        (
            "Kapolsek Tebas, Inspektur Satu (Iptu) Budi Hartanto, mengatakan aman.",
            Official("Iptu", "Budi Hartanto", "Kapolsek Tebas"),
        ),
        (
            "Kapolsek Tebas, Inspektur Dua (Ipda) Polisi Budi Hartanto, mengatakan aman.",
            Official("Ipda", "Budi Hartanto", "Kapolsek Tebas"),
        ),
        (
            "Wakapolres Sambas, Komisaris (Kompol) Polisi Budi Hartanto, hadir.",
            Official("Kompol", "Budi Hartanto", "Wakapolres Sambas"),
        ),
        (
            "Bhabinkamtibmas Desa Tebas, Brigadir Kepala (Bripka) Budi Hartanto, "
            "berjaga di TPS.",
            Official("Bripka", "Budi Hartanto", "Bhabinkamtibmas Desa Tebas"),
        ),
        (  # the forms read before stay as they were
            "Kapolres Sambas, Ajun Komisaris Besar Polisi (AKBP) Joko Susilo, hadir.",
            Official("AKBP", "Joko Susilo", "Kapolres Sambas"),
        ),
    ],
)
def test_a_rank_written_out_with_its_short_form_in_brackets(text, expected):
    assert list(find_officials(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (  # the headline's verb after the unit is no part of its name
            "Polres Ketapang Amankan Kampanye Akbar\n"
            "Kapolres AKBP Joko Susilo memantau jalannya kampanye di Ketapang.",
            "Kapolres Ketapang",
        ),
        (
            "Polres Ketapang Mengamankan Kampanye Akbar Di Lapangan\n"
            "Kapolres AKBP Joko Susilo memantau jalannya kampanye.",
            "Kapolres Ketapang",
        ),
        (  # in a sentence, the unit's name may end in -kan ("Polres Nunukan")
            "Kapolres AKBP Joko Susilo hadir. Polres Nunukan menurunkan personel.",
            "Kapolres Nunukan",
        ),
    ],
)
def test_a_headline_verb_ends_the_unit_a_bare_post_takes(text, post):
    assert [o.position for o in find_officials(text)] == [post]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (  # the head and its subject each written out with its short form
            "Kepala Satuan (Kasat) Tahanan dan Barang Bukti (Tahti) Polres Melawi, "
            "Inspektur Satu Polisi (Iptu) Joko Susilo mengatakan hal itu.",
            "Kasat Tahti Polres Melawi",
        ),
        (
            "Kepala Satuan (Kasat) Reserse Kriminal (Reskrim) Polres Melawi AKP Joko "
            "Susilo mengatakan hal itu.",
            "Kasat Reskrim Polres Melawi",
        ),
        (
            "Kepala Satuan Tahanan dan Barang Bukti (Kasat Tahti) Polres Melawi, Iptu "
            "Joko Susilo mengatakan hal itu.",
            "Kasat Tahti Polres Melawi",
        ),
    ],
)
def test_a_long_post_with_short_forms_for_head_and_subject(text, post):
    assert [o.position for o in find_officials(text)] == [post]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a guest list after the apposition: the next item is no post of his
            "Rapat dihadiri Kapolres Melawi yang dijabat AKBP Joko Susilo, Ketua KPU "
            "Melawi dan Ketua Bawaslu.",
            [Official("AKBP", "Joko Susilo", "Kapolres Melawi")],
        ),
        (
            "Apel dihadiri Kapolres Melawi yang dijabat AKBP Joko Susilo, Wakapolres "
            "Kompol Budi Hartanto dan para PJU.",
            [
                Official("AKBP", "Joko Susilo", "Kapolres Melawi"),
                Official("Kompol", "Budi Hartanto", "Wakapolres Melawi"),
            ],
        ),
        (  # a role after his name ("selaku ...") does not replace the post
            "Kapolres Melawi yang dijabat AKBP Joko Susilo selaku Kaopsres Mantap "
            "Praja memimpin apel.",
            [Official("AKBP", "Joko Susilo", "Kapolres Melawi")],
        ),
    ],
)
def test_a_post_in_apposition_outranks_the_words_after_the_name(text, expected):
    assert list(find_officials(text)) == expected


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (  # a line broken between the post and the rank
            "Aman sekali.\nDikatakan Kapolres Kayong Utara\nAKBP Joko Susilo, situasi "
            "aman.",
            "Kapolres Kayong Utara",
        ),
        (
            "Aman sekali.\nSementara itu Kabag Ops Polres Melawi\nKompol Joko Susilo "
            "mengatakan aman.",
            "Kabag Ops Polres Melawi",
        ),
        (  # a headline above the officer's line stays no post of his
            "Kapolres Melawi Kerahkan 52 Personel Amankan Pleno\nAKBP Joko Susilo "
            "memimpin apel.",
            None,
        ),
        (  # a post in capitals after words in Title Case
            "Aman sekali.\nDikatakan KAPOLRES KAYONG UTARA AKBP Joko Susilo, aman.",
            "Kapolres Kayong Utara",
        ),
        (  # ... and after a stop glued to the sentence before
            "Semua berjalan baik.KAPOLRES MELAWI AKBP Joko Susilo mengatakan aman.",
            "Kapolres Melawi",
        ),
    ],
)
def test_a_post_broken_from_its_rank_or_written_in_capitals(text, post):
    assert [o.position for o in find_officials(text)] == [post]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Kapolda hadir bersama pangdam XII/Tanjungpura Mayjen TNI Budi Hartanto.",
            "Pangdam XII/Tanjungpura",
        ),
        (
            "Sementara itu, dandim 1205/Sintang Letkol Inf Budi Hartanto mengatakan aman.",
            "Dandim 1205/Sintang",
        ),
        (
            "Hadir pula kasatgas Humas Kombes Pol Budi Hartanto di lokasi.",
            "Kasatgas Humas",
        ),
        (  # a lower-case word of prose before the rank is still no post
            "Rapat itu dihadiri kapal patroli dan AKP Budi Hartanto.",
            None,
        ),
    ],
)
def test_a_post_short_form_typed_in_lower_case(text, post):
    assert [o.position for o in find_officials(text)] == [post]


@pytest.mark.parametrize(
    "text",
    [
        "Kapolres Melawi sendiri, AKBP Joko Susilo menyebut situasi aman.",
        "Kapolres Melawi, dalam hal ini AKBP Joko Susilo menyebut situasi aman.",
        "Kapolres Melawi yang baru, AKBP Joko Susilo menyebut situasi aman.",
        "AKBP Joko Susilo yang baru menjabat sebagai Kapolres Melawi menyebut aman.",
        "AKBP Joko Susilo yang saat ini menjabat Kapolres Melawi menyebut aman.",
        "AKBP Joko Susilo dalam kapasitasnya sebagai Kapolres Melawi menyebut aman.",
    ],
)
def test_a_post_with_a_word_on_it_beside_the_officer(text):
    assert list(find_officials(text)) == [
        Official("AKBP", "Joko Susilo", "Kapolres Melawi")
    ]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Hadir Dir Krimum Polda Kalbar Kombes Pol Joko Susilo.",
            "Dirreskrimum Polda Kalbar",
        ),
        (
            "Hadir Dirkrimsus Polda Kalbar Kombes Pol Joko Susilo.",
            "Dirreskrimsus Polda Kalbar",
        ),
        (
            "Hadir Kapolsek Kecamatan Nanga Pinoh Iptu Joko Susilo.",
            "Kapolsek Nanga Pinoh",
        ),
        ("Apel dipimpin Padal PAM Logistik Iptu Joko Susilo.", "Padal"),
    ],
)
def test_post_short_forms_as_records_write_them(text, post):
    assert [o.position for o in find_officials(text)] == [post]


@pytest.mark.parametrize(
    ("rank", "expected"),
    [
        ("Kopral Dua (Kopda)", "Kopda"),
        ("Sersan Kepala", "Serka"),
        ("Pembantu Letnan Satu", "Peltu"),
        ("Prajurit Satu", "Pratu"),
        ("Brigjend TNI", "Brigjen TNI"),
        ("Mayjend TNI", "Mayjen TNI"),
        ("Brigjend Pol", "Brigjen Pol"),
        ("Mayor Pas", "Mayor Pas"),
        ("Kolonel Marinir", "Kolonel Mar"),
    ],
)
def test_tni_ranks_written_out_or_with_their_d_or_corps(rank, expected):
    text = f"Hadir pula Danramil Nanga Pinoh {rank} Joko Susilo di lokasi."
    assert [(o.rank, o.name) for o in find_officials(text)] == [
        (expected, "Joko Susilo")
    ]


def test_a_command_after_a_rank_is_no_name():
    assert find_officials("Sebanyak 20 Prajurit Satu Kodim hadir di lokasi.") == ()
    assert find_officials("Apel di Jalan Brigjend Katamso Ketapang.") == ()


def test_a_keyword_line_under_the_story_names_no_officer():
    text = (
        "Kapolres Melawi AKBP Joko Susilo memimpin apel di Nanga Pinoh.\n"
        "Polres Melawi, Kapolres Melawi, AKBP Joko Susilo, Polda Kalbar, Kapolda "
        "Kalbar, Irjen Pol Budi Hartanto, Kabupaten Melawi, Pemkab Melawi"
    )
    assert list(find_officials(text)) == [
        Official("AKBP", "Joko Susilo", "Kapolres Melawi")
    ]
    # a guest list is a sentence, not a keyword line
    guests = (
        "Hadir Kapolres Melawi AKBP Joko Susilo, Dandim 1205/Sintang Letkol Inf Budi "
        "Hartanto, Ketua KPU, Ketua Bawaslu, Kajari, Ketua DPRD dan tokoh adat."
    )
    assert len(find_officials(guests)) == 2


@pytest.mark.parametrize(
    ("post", "short"),
    [
        ("Kepala Polisi Resor Melawi", "Kapolres Melawi"),
        ("Kepala Polisi Sektor Nanga Pinoh", "Kapolsek Nanga Pinoh"),
        (
            "Kepala Sub Seksi Penerangan Masyarakat Polres Melawi",
            "Kasubsi Penmas Polres Melawi",
        ),
        (
            "Kepala Urusan Pembinaan Operasional Satreskrim Polres Melawi",
            "Kaur Binops Satreskrim Polres Melawi",
        ),
    ],
)
def test_more_long_posts_written_short(post, short):
    text = f"Hadir pula {post} AKP Joko Susilo di lokasi."
    assert [o.position for o in find_officials(text)] == [short]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Polres Melawi menyiagakan personel. Kapolres melawi, AKBP Joko Susilo, "
            "memimpin apel.",
            "Kapolres Melawi",
        ),
        (
            "Polsek Nanga Pinoh berjaga di TPS. Hadir Kapolsek nanga pinoh Iptu Joko "
            "Susilo di lokasi.",
            "Kapolsek Nanga Pinoh",
        ),
        (
            "Polres Melawi menyiagakan personel. AKP Joko Susilo, kabag ops polres "
            "melawi, memimpin apel.",
            "Kabag Ops Polres Melawi",
        ),
        # "setempat" is no unit's name the page writes capitalised: no "Setempat"
        (
            "Polres Melawi menyiagakan personel. Kapolres setempat, AKBP Joko Susilo, "
            "memimpin apel.",
            None,
        ),
    ],
)
def test_a_unit_typed_in_lower_case_after_its_post(text, position):
    assert [o.position for o in find_officials(text)] == [position]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Kepolisian Resor Melawi menyiagakan personel. Kapolres AKBP Joko Susilo "
            "memimpin apel.",
            "Kapolres Melawi",
        ),
        (
            "Kepolisian Sektor Nanga Pinoh berjaga di TPS. Kapolsek Iptu Joko Susilo "
            "memimpin apel.",
            "Kapolsek Nanga Pinoh",
        ),
        (
            "Kepolisian Daerah Kalimantan Barat menyiagakan personel. Kapolda Irjen Pol "
            "Joko Susilo memimpin apel.",
            "Kapolda Kalbar",
        ),
        # a Resor Kota is no Resor: the bare Kapolres has no unit of its kind
        (
            "Kepolisian Resor Kota Pontianak menyiagakan personel. Kapolres AKBP Joko "
            "Susilo memimpin apel.",
            "Kapolres",
        ),
    ],
)
def test_a_bare_post_takes_the_unit_named_in_full(text, position):
    assert [o.position for o in find_officials(text)] == [position]


@pytest.mark.parametrize(
    ("post", "mended"),
    [
        ("Dandim 1205/Sintnag", "Dandim 1205/Sintnag"),  # a swap is two edits: kept
        ("Dandim 1205/Sintangg", "Dandim 1205/Sintang"),
        ("Dandim 1205 Sintan", "Dandim 1205 Sintang"),
        ("Kasat Samapta Polres Melawii", "Kasat Samapta Polres Melawi"),
        ("Kapolres Ketapnag", "Kapolres Ketapnag"),
        ("Kapolres Kapuas Hullu", "Kapolres Kapuas Hulu"),
        ("Kapolres Simalungun", "Kapolres Simalungun"),  # no Kalimantan name near
        ("Kapolsek Sintangg", "Kapolsek Sintangg"),  # a sector's place: not mended
    ],
)
def test_a_regency_typed_a_letter_wrong_in_a_post(post, mended):
    places = frozenset({"Sintang", "Melawi", "Ketapang", "Kapuas Hulu", "Putussibau"})
    person = Official("AKBP", "Joko Susilo", post)
    assert mend_place_typos((person,), places) == (
        Official("AKBP", "Joko Susilo", mended),
    )


def test_a_later_mention_by_the_first_name_said_short_is_the_same_officer():
    text = (
        "Patroli dipimpin Kanit Binmas Polsek Sintang, Aipda Bernardus Wijaya, bersama "
        'warga. "Aipda Bernard dan warga berdialog soal pemilu," ujarnya.'
    )
    assert find_officials(text) == (
        Official("Aipda", "Bernardus Wijaya", "Kanit Binmas Polsek Sintang"),
    )
    # another rank, or a name that is no shortening of his, is another officer
    other = text.replace("Aipda Bernard ", "Bripka Bernard ")
    assert len(find_officials(other)) == 2
    longer = text.replace("Aipda Bernard ", "Aipda Bern ")
    assert len(find_officials(longer)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We stand ready," said East Kalimantan Police Chief Inspector General '
            "Budi Hartono at the parade. Chief Budi then inspected the troops.",
            Official("Irjen Pol", "Budi Hartono", "Kapolda Kaltim"),
        ),
        (
            "The Kalsel Regional Police Chief, Inspector General Joko Susilo, "
            'visited the warehouse. "All is safe," said Inspector General Joko Susilo.',
            Official("Irjen Pol", "Joko Susilo", "Kapolda Kalsel"),
        ),
        (
            '"Ballots are guarded," said Head of Public Relations of the North '
            "Kalimantan Police, Senior Commissioner Agus Salim in Tanjung Selor.",
            Official("Kombes Pol", "Agus Salim", "Kabid Humas Polda Kaltara"),
        ),
    ],
)
def test_an_english_page_names_ranks_and_the_polda_in_english(text, expected):
    (official,) = find_officials(text)
    assert (official.rank, official.name) == (expected.rank, expected.name)
    # ("Kabidhumas" or "Kabid Humas": one post, as the benchmark reads it)
    squash = str.maketrans("", "", " ")
    assert official.position.translate(squash).lower() == (
        expected.position.translate(squash).lower()
    )


@pytest.mark.parametrize(
    ("post", "office"),
    [
        ("Ketua Tim Dirlantas Polda Kalteng", "Dirlantas Polda Kalteng"),
        ("Kepala Tim Kabag Ops Polres Melawi", "Kabag Ops Polres Melawi"),
        ("Ketua Tim Pengamanan", "Ketua Tim Pengamanan"),  # a team's name: the post
    ],
)
def test_a_team_lead_before_an_office_is_the_office(post, office):
    text = f"Pemeriksaan dipimpin {post} Kombes Pol Agus Salim di gudang."
    assert [o.position for o in find_officials(text)] == [office]


@pytest.mark.parametrize(
    "text",
    [
        "Kapolres Melawi : AKBP Agus Salim membuka rapat koordinasi di aula.",
        "Kapolres Melawi: AKBP Agus Salim, S.I.K. membuka rapat koordinasi di aula.",
    ],
)
def test_a_post_then_a_colon_then_the_officer(text):
    assert find_officials(text) == (Official("AKBP", "Agus Salim", "Kapolres Melawi"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officer opening the sentence stands in for the post: it is not his
        (
            "Mewakili Kapolres Melawi, Kompol Rudi Hartono membuka rapat di aula.",
            [Official("Kompol", "Rudi Hartono", None)],
        ),
        (
            "Atas nama Kapolres Melawi, Kompol Rudi Hartono membuka rapat. Wakapolres "
            "Melawi Kompol Rudi Hartono juga memeriksa gudang.",
            [Official("Kompol", "Rudi Hartono", "Wakapolres Melawi")],
        ),
        (
            "Dalam kesempatan itu, mewakili Kapolres Melawi, Kabag Ops Kompol Rudi "
            "Hartono membuka rapat.",
            [Official("Kompol", "Rudi Hartono", "Kabag Ops")],
        ),
        # an officer who stands in, then the post's own holder set beside it
        (
            "Kabag Ops Kompol Rudi Hartono mewakili Kapolres Melawi, AKBP Agus Salim, "
            "membuka rapat.",
            [
                Official("Kompol", "Rudi Hartono", "Kabag Ops"),
                Official("AKBP", "Agus Salim", "Kapolres Melawi"),
            ],
        ),
        (
            "Kasi Humas Iptu Rudi Hartono mewakili Kapolres AKBP Agus Salim membuka rapat.",
            [
                Official("Iptu", "Rudi Hartono", "Kasi Humas"),
                Official("AKBP", "Agus Salim", "Kapolres"),
            ],
        ),
    ],
)
def test_an_officer_standing_in_for_a_post(text, expected):
    assert list(find_officials(text)) == expected


def test_a_post_followed_by_a_rank_is_the_next_officers():
    text = (
        "Personel pengamanan: Ka Spkt Aipda Rudi Hartono, Ps. Panit Intelkam Bripka "
        "Joko Susilo, S.H., dan warga."
    )
    assert list(find_officials(text)) == [
        Official("Aipda", "Rudi Hartono", "Ka Spkt"),
        Official("Bripka", "Joko Susilo", "Ps. Panit Intelkam"),
    ]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Hadir Bhabinkamtibmas Ds. Nanga Mau Aipda Rudi Hartono di TPS.",
            "Bhabinkamtibmas Desa Nanga Mau",
        ),
        ("Hadir Kapolsek Kec. Tebas Iptu Rudi Hartono di TPS.", "Kapolsek Tebas"),
        (
            "Hadir Babinsa Kel. Sungai Jawi Sertu Rudi Hartono di TPS.",
            "Babinsa Kel. Sungai Jawi",
        ),
    ],
)
def test_a_region_shortened_with_a_stop_inside_a_post(text, position):
    assert [o.position for o in find_officials(text)] == [position]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # the short form in brackets wins, whatever words the long one holds
        (
            "Kepala Kepolisian Resor melawi (Kapolres Melawi) AKBP Rudi Hartono hadir.",
            "Kapolres Melawi",
        ),
        (
            "Kepala Satuan Intelijen dan Keamanan (Kasat Intelkam) Polres Melawi AKP "
            "Rudi Hartono hadir.",
            "Kasat Intelkam Polres Melawi",
        ),
        (
            "Kepala Sentra Pelayanan Kepolisian Terpadu (KSPKT) Polres Melawi Ipda "
            "Rudi Hartono hadir.",
            "KSPKT Polres Melawi",
        ),
        # chiefs of staff and a Kodam's staff
        ("Kepala Staf Angkatan Darat (KSAD) Jenderal TNI Rudi Hartono hadir.", "KSAD"),
        ("Kepala Staf Angkatan Laut Laksda TNI Rudi Hartono hadir.", "KSAL"),
        ("Hadir pula Letkol Inf Rudi Hartono (Asops Kasdam) di TPS.", "Asops Kasdam"),
        ("Hadir pula Kolonel Chb Rudi Hartono (Kahubdam) di TPS.", "Kahubdam"),
    ],
)
def test_long_posts_with_their_short_form_and_more_posts(text, position):
    assert [o.position for o in find_officials(text)] == [position]


def test_a_long_form_before_brackets_is_read_within_its_clause():
    text = (
        "Kepala Desa Nanga Mau, Rudi Hartono (Kades), hadir bersama Kapolsek Tebas "
        "Iptu Joko Susilo."
    )
    assert find_officials(text) == (Official("Iptu", "Joko Susilo", "Kapolsek Tebas"),)


@pytest.mark.parametrize(
    ("written", "rank"),
    [
        ("Bhayangkara Dua", "Bharada"),
        ("Bhayangkara Satu", "Bharatu"),
        ("Bhayangkara Kepala", "Bharaka"),
        ("Ajun Brigadir Polisi Satu", "Abriptu"),
        ("Ajun Brigadir Polisi Dua", "Abripda"),
        ("Ajun Brigadir Polisi", "Abrip"),
        ("Abripda", "Abripda"),
        ("Kol. Inf", "Kolonel Inf"),
        ("Kol.", "Kolonel"),
        ("Marsekal TNI", "Marsekal TNI"),
        ("Marsekal", "Marsekal"),
    ],
)
def test_privates_and_four_star_ranks_written_out_or_short(written, rank):
    text = f"Pengamanan diikuti {written} Rudi Hartono di gudang logistik."
    assert [(o.rank, o.name) for o in find_officials(text)] == [(rank, "Rudi Hartono")]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Pesan Panglim TNI Marsekal Rudi Hartono, Bupati membuka apel.",
            "Panglima TNI",
        ),
        (
            "Apel dipantau Panglma TNI Jenderal TNI Rudi Hartono secara daring.",
            "Panglima TNI",
        ),
        # a given name a letter from a short post is no post
        ("Hadir Dandi Kompol Rudi Hartono di gudang.", None),
    ],
)
def test_a_commanders_post_typed_a_letter_wrong(text, position):
    assert [o.position for o in find_officials(text)] == [position]


@pytest.mark.parametrize(
    ("post", "own"),
    [
        ("Dandim 1205/Sintang Korem 121/ABW Kodam XII/Tpr", "Dandim 1205/Sintang"),
        ("Danramil 1205-01/Sintang Kodim 1205/Sintang", "Danramil 1205-01/Sintang"),
        (
            "Babinsa Koramil 1205-01/Sintang Kodim 1205/Sintang",
            "Babinsa Koramil 1205-01/Sintang",
        ),
        ("Pasi Ops Kodim 1205/Sintang", "Pasi Ops Kodim 1205/Sintang"),
    ],
)
def test_the_commands_above_a_tni_post_are_its_parents(post, own):
    text = f"Logistik dilepas {post} Kapten Inf Rudi Hartono di gudang."
    assert [o.position for o in find_officials(text)] == [own]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kapolsek Tebas Inspektur Satu Rudi Hartono memimpin patroli.",
            Official("Iptu", "Rudi Hartono", "Kapolsek Tebas"),
        ),
        (
            "Kanit Binmas Ajun Inspektur Dua Rudi Hartono memimpin patroli.",
            Official("Aipda", "Rudi Hartono", "Kanit Binmas"),
        ),
        (
            "Bhabinkamtibmas Desa Tebas Brigadir Satu Rudi Hartono memimpin patroli.",
            Official("Briptu", "Rudi Hartono", "Bhabinkamtibmas Desa Tebas"),
        ),
        (
            "Kabag Ops Polres Melawi Komisaris Rudi Hartono memimpin patroli.",
            Official("Kompol", "Rudi Hartono", "Kabag Ops Polres Melawi"),
        ),
        (
            "Kapolda Kalbar Brigadir Jenderal Rudi Hartono memimpin patroli.",
            Official("Brigjen Pol", "Rudi Hartono", "Kapolda Kalbar"),
        ),
        # after the name, the post set off by a dash
        (
            "Patroli dipimpin AKBP Rudi Hartono – Kapolres Melawi – di kota.",
            Official("AKBP", "Rudi Hartono", "Kapolres Melawi"),
        ),
    ],
)
def test_police_ranks_written_out_without_polisi(text, expected):
    assert find_officials(text) == (expected,)


def test_a_companys_komisaris_is_no_officer():
    text = "Komisaris Utama Bank Kalbar Rudi Hartono hadir. Komisaris Joko Susilo dari PT Maju."
    assert find_officials(text) == ()


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # an office with its unit, then the role its holder plays: the office
        (
            "Apel dipimpin Kabag Ops Polres Melawi selaku Karendalops AKP Rudi Hartono.",
            "Kabag Ops Polres Melawi",
        ),
        (
            "Apel dipimpin Wakapolres Melawi selaku Wakaopsres Kompol Rudi Hartono.",
            "Wakapolres Melawi",
        ),
        # a role with its own unit, or a team before it, stays
        (
            "Apel dipimpin Kasat Samapta Polres Melawi selaku Kasatgas Preventif Polres "
            "Melawi AKP Rudi Hartono.",
            "Kasatgas Preventif Polres Melawi",
        ),
        (
            "Rapat dihadiri Tim Pamatwil Polda Kalbar selaku Ketua Tim Dirlantas Polda "
            "Kalbar Kombes Pol Rudi Hartono.",
            "Dirlantas Polda Kalbar",
        ),
        ("Apel dipimpin selaku Karendalops AKP Rudi Hartono.", "Karendalops"),
    ],
)
def test_an_office_before_the_role_its_holder_plays(text, position):
    assert [o.position for o in find_officials(text)] == [position]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Apel dengan Komandan Apel Komandan Batalyon 641/Bru, Letkol Inf Rudi "
            "Hartono, di lapangan.",
            "Danyon 641/Bru",
        ),
        (
            "Bertindak selaku Komandan Upacara Kasat Samapta Polres Melawi AKP Rudi "
            "Hartono.",
            "Kasat Samapta Polres Melawi",
        ),
        (
            "Bertindak sebagai Komandan Apel Iptu Rudi Hartono di lapangan.",
            "Komandan Apel",
        ),
        # the role typed in lower case is the same role
        ("Lalu komandan upacara Ipda Rudi Hartono melapor.", "Komandan Upacara"),
        ("Adapun perwira apel Iptu Rudi Hartono.", "Perwira Apel"),
        # a word before "apel" that names no role gives no post
        ("Selesai apel Iptu Rudi Hartono berkeliling.", None),
    ],
)
def test_a_parades_role_before_a_post_gives_the_post(text, position):
    assert [o.position for o in find_officials(text)] == [position]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Pangdam X/Contoh Mayor Jendral TNI Rudi Hartono meninjau pos.", "Mayjen TNI"),
        ("Letnan Jendral TNI Rudi Hartono datang ke kota itu.", "Letjen TNI"),
        ("Kapolda Kalbar Inspektur Jendral Polisi Rudi Hartono berkata.", "Irjen Pol"),
        ("Brigadir Jendral TNI Rudi Hartono meninjau gudang.", "Brigjen TNI"),
    ],
)
def test_jenderal_spelled_jendral_inside_a_rank(text, rank):
    assert [(o.rank, o.name) for o in find_officials(text)] == [(rank, "Rudi Hartono")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a later mention by a middle name of three or more
        (
            "Kabidhumas Polda Kalbar Kombes Pol Raden Bagus Wijaya berkata. "
            "Menurut Kombes Bagus, semua aman.",
            "Raden Bagus Wijaya",
        ),
        # one word written as its initial
        (
            "Apel dipimpin Kapolres Sintang AKBP Made Surya T dan dihadiri Bupati. "
            "Kapolres Sintang AKBP Made Surya Tanjung berkata.",
            "Made Surya Tanjung",
        ),
    ],
)
def test_a_name_said_in_part_is_the_same_officer(text, name):
    assert [o.name for o in find_officials(text)] == [name]


def test_a_different_officer_sharing_no_middle_name_stays_apart():
    text = "Kompol Agus Budi Santoso hadir. Kompol Hendra menambahkan."
    assert [o.name for o in find_officials(text)] == ["Agus Budi Santoso", "Hendra"]


def test_a_paragraphs_first_word_in_capitals_is_a_post():
    text = "KAPOLRES Melawi, AKBP Rudi Hartono menyampaikan arahan kepada anggota."
    assert [o.position for o in find_officials(text)] == ["Kapolres Melawi"]


def test_a_post_pasted_twice_is_one_post():
    text = "Kapolres Melawi Kapolres Melawi AKBP Rudi Hartono membuka apel."
    assert [o.position for o in find_officials(text)] == ["Kapolres Melawi"]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Hadir Dansub Denpom XII/9 Contoh Kapten Cpm Rudi Hartono.",
            "Dansub Denpom XII/9 Contoh",
        ),
        ("Hadir Wadan Lantamal XX Kolonel Laut (P) Rudi Hartono.", "Wadan Lantamal XX"),
        (
            "Dandim melalui Pasiopsdim 1299/Contoh Letda Inf Rudi Hartono berkata.",
            "Pasiopsdim 1299/Contoh",
        ),
    ],
)
def test_tni_staff_and_deputy_posts(text, position):
    assert [o.position for o in find_officials(text)] == [position]


@pytest.mark.parametrize(
    "role", ["selaku", "sebagai", "yang menjabat", "yang juga menjabat sebagai"]
)
def test_a_post_said_with_its_role_word_is_the_previous_officers(role):
    text = (
        f"Turut hadir AKP Budi Santoso {role} Kapolsek Makmur, Aipda Joko Susilo "
        "dan Bripka Andi Wijaya."
    )
    assert [(o.name, o.position) for o in find_officials(text)] == [
        ("Budi Santoso", "Kapolsek Makmur"),
        ("Joko Susilo", None),
        ("Andi Wijaya", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Head of Contoh Police, AKBP Rudi Hartono, said the vote was calm.",
            ("AKBP", "Rudi Hartono", "Kapolres Contoh"),
        ),
        (
            "North Kalimantan (Kaltara) Police Chief Inspector General Rudi Hartono "
            "led the meeting.",
            ("Irjen Pol", "Rudi Hartono", "Kapolda Kaltara"),
        ),
    ],
)
def test_english_posts_of_a_polres_and_a_polda_with_its_code(text, expected):
    assert [(o.rank, o.name, o.position) for o in find_officials(text)] == [expected]


def test_a_dateline_glued_to_the_post_by_its_dash():
    text = "Situs, SINTANG-Kabid Humas Polda Kalbar, Kombes Pol Rudi Hartono berkata."
    assert [o.position for o in find_officials(text)] == ["Kabidhumas Polda Kalbar"]


def test_brigadir_mobil_is_the_corps_not_an_officer():
    text = "Polres Contoh dibantu Brigadir Mobil (Brimob) Polda Kaltim berpatroli."
    assert find_officials(text) == ()


def test_kabinda_is_a_post():
    text = "Hadir Kabinda Kalbar Brigjen TNI Rudi Hartono di lokasi."
    assert [o.position for o in find_officials(text)] == ["Kabinda Kalbar"]
