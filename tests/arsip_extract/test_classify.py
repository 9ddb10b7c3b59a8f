"""Election, operation, activities and province of an article."""

from __future__ import annotations

from datetime import date

import pytest

from arsip_core.gazetteer import load_gazetteer
from arsip_extract.activities import before_the_polls, find_activities
from arsip_extract.elections import find_election, find_operation
from arsip_extract.places import build_places
from arsip_extract.province import find_province
from arsip_extract.units import find_units

GAZ = load_gazetteer()


@pytest.mark.parametrize(
    ("text", "when", "election"),
    [
        ("Pengamanan Pemilu 2024 di Sambas berjalan lancar.", None, "pemilu-2024"),
        ("Polisi mengawal kampanye caleg di Sintang.", None, "pemilu-2024"),
        ("Apel pengamanan Pilkada Serentak 2024 digelar.", None, "pilkada-2024"),
        ("Pemilukada 2024 di Kota Madinatul Iman aman.", None, "pilkada-2024"),
        (
            "Pemilihan Umum Kepala Daerah (Pemilukada) 2024 berjalan tertib.",
            None,
            "pilkada-2024",
        ),
        ("Personel OMP Telabang 2024 menjaga kantor KPU.", None, "pilkada-2024"),
        ("Satgas OMB mengawal logistik Pemilu.", None, "pemilu-2024"),
        (
            "Pengamanan PSU Pilkada Barito Utara 2025 berjalan aman.",
            None,
            "pilkada-2024",
        ),
        # A bare re-vote: the calendar decides.
        ("Polisi mengamankan PSU di dua TPS.", date(2024, 2, 24), "pemilu-2024"),
        ("Polisi mengamankan PSU di dua TPS.", date(2025, 4, 19), "pilkada-2024"),
        ("Pengamanan TPS berjalan lancar.", date(2024, 11, 27), "pilkada-2024"),
        (
            "Patroli masa tenang menyasar politik uang.",
            date(2024, 2, 12),
            "pemilu-2024",
        ),
        # Not about the 2024 elections.
        ("Operasi Ketupat Kapuas 2024 mengamankan arus mudik.", date(2024, 4, 5), None),
        ("Polisi menggerebek gudang narkoba di Sampit.", date(2024, 2, 14), None),
        ("Evaluasi Pemilu 2019 dibahas dalam seminar.", date(2024, 2, 1), None),
        # Issue 11: "Pemilu" said of the regional vote of 27 November 2024.
        (
            "Polres Sekadau siaga jelang Pemilu 2024 pada 27 November mendatang.",
            None,
            "pilkada-2024",
        ),
        (
            "Pengamanan Pemilu di Katingan: Pemilu kali ini memilih bupati.",
            None,
            "pilkada-2024",
        ),
        (
            "Personel berjaga di gudang logistik Pemilu 2024.",
            date(2024, 11, 20),
            "pilkada-2024",
        ),
        (
            "Personel berjaga di gudang logistik Pemilu.",
            date(2024, 2, 10),
            "pemilu-2024",
        ),
        # A national office keeps the Pemilu even in autumn (a late re-vote).
        (
            "Sidang sengketa caleg DPR RI dalam Pemilu 2024 usai.",
            date(2024, 10, 2),
            "pemilu-2024",
        ),
        # Older elections, with the region between the word and the year.
        ("Pilkada Kalteng 2020 berlangsung aman di Katingan.", None, None),
        ("Pengamanan Pemilu di Sambas tahun 2019 dikenang warga.", None, None),
        ("Kapolres mengawal kampanye Pilkada kala itu.", date(2020, 11, 2), None),
        # A re-vote of the Pilkada held in 2025.
        (
            "PSU Pemilihan Bupati Kutai Kartanegara 2025 dijaga 500 personel.",
            None,
            "pilkada-2024",
        ),
        # Another kind of operation that only mentions the election.
        (
            "Operasi Ketupat Kapuas 2024 dimulai. Arus mudik aman usai Pemilu 2024.",
            date(2024, 4, 4),
            None,
        ),
        (
            "Ops Lilin Mahakam 2024 digelar; Pilkada Serentak sudah lewat.",
            date(2024, 12, 23),
            None,
        ),
        (
            "Usai Operasi Ketupat, personel OMP Telabang 2024 bersiaga di TPS.",
            None,
            "pilkada-2024",
        ),
        # Session 3: the KPU's full name is an office, not a vote; "pasangan calon
        # (paslon) Bupati" is the regional vote.
        (
            "Pasangan calon (paslon) Bupati Ketapang mendaftar di Kantor Komisi "
            "Pemilihan Umum (KPU).",
            date(2024, 8, 30),
            "pilkada-2024",
        ),
    ],
)
def test_election(text, when, election):
    assert find_election(text, when, GAZ) == election


@pytest.mark.parametrize(
    ("text", "election", "operation"),
    [
        (
            "Personel Operasi Mantap Brata Kapuas 2024 siaga.",
            "pemilu-2024",
            "Operasi Mantap Brata Kapuas 2024",
        ),
        (
            "Rangkaian OMP Telabang 2024 berlanjut.",
            "pilkada-2024",
            "Operasi Mantap Praja Telabang 2024",
        ),
        (
            "Satgas OMB Kapuas 2024 bergerak.",
            "pemilu-2024",
            "Operasi Mantap Brata Kapuas 2024",
        ),
        (
            "Kasatgas Humas Operasi Mantap Praja (OMP) Manuntung Polresta Balikpapan hadir.",
            "pilkada-2024",
            "Operasi Mantap Praja Manuntung",
        ),
        (
            "Pejabat Operasi Mantap Brata hadir dalam apel.",
            "pemilu-2024",
            "Operasi Mantap Brata",
        ),
        (
            "Operasi Mantap Brata Mahakam 2023-2024 resmi digelar.",
            "pemilu-2024",
            "Operasi Mantap Brata Mahakam 2023-2024",
        ),
        (
            "Operasi Mantap Praja Intan Tahun 2024 dimulai.",
            "pilkada-2024",
            "Operasi Mantap Praja Intan 2024",
        ),
        # Title Case headlines: the word after the code is not a region.
        (
            "Personel OMB Dalam Pengamanan Kampanye",
            "pemilu-2024",
            "Operasi Mantap Brata",
        ),
        (
            "Polwan Dan Kasatgas Humas OMP Jaga Kamtibmas",
            "pilkada-2024",
            "Operasi Mantap Praja",
        ),
        # The election operation wins over one mentioned in passing.
        (
            "Usai Operasi Ketupat, personel OMP Telabang 2024 bersiaga.",
            "pilkada-2024",
            "Operasi Mantap Praja Telabang 2024",
        ),
        (
            "Operasi Lilin Kapuas 2024 digelar jelang Natal.",
            None,
            "Operasi Lilin Kapuas 2024",
        ),
        (
            "Bagian dari Operasi Mantap Praja Lancang Kuning 2024.",
            "pilkada-2024",
            "Operasi Mantap Praja Lancang Kuning 2024",
        ),
        (
            "Operasi Mantap Praja Telabang-2024 dimulai.",
            "pilkada-2024",
            "Operasi Mantap Praja Telabang 2024",
        ),
        # Issue 11: "Ops", a code with a slash, years over two years, other kinds.
        (
            "Personel Ops Mantap Brata Kapuas 2023-2024 bersiaga.",
            "pemilu-2024",
            "Operasi Mantap Brata Kapuas 2023-2024",
        ),
        (
            "Satgas Ops. Mantap Brata Mahakam 2023 – 2024 berjaga.",
            "pemilu-2024",
            "Operasi Mantap Brata Mahakam 2023-2024",
        ),
        (
            "Kasatgas OMB/OMP Telabang memimpin apel.",
            "pilkada-2024",
            "Operasi Mantap Praja Telabang",
        ),
        (
            "Operasi Liong Kapuas 2024 mengamankan perayaan Imlek.",
            None,
            "Operasi Liong Kapuas 2024",
        ),
        (
            "Operasi Ketupat Mahakam digelar menjelang Lebaran.",
            None,
            "Operasi Ketupat Mahakam",
        ),
        (
            "APEL GELAR PASUKAN OPERASI MANTAP PRAJA TELABANG 2024",
            "pilkada-2024",
            "Operasi Mantap Praja Telabang 2024",
        ),
        # Written without "Operasi", after its kind, or with a rank next.
        (
            "Tujuan apel mantap praja Kapuas 2024 adalah menjaga kondusivitas.",
            "pilkada-2024",
            "Operasi Mantap Praja Kapuas 2024",
        ),
        (
            "Dalam operasi Mantap Praja Kapuas (OMP) 2024, Polres Sanggau siaga.",
            "pilkada-2024",
            "Operasi Mantap Praja Kapuas 2024",
        ),
        (
            "Apel Operasi Kepolisian Terpusat “Lilin Kapuas – 2024” digelar.",
            None,
            "Operasi Lilin Kapuas 2024",
        ),
        (
            "Kaopsda OMB Telabang Irjen Pol Budi memberi arahan.",
            "pemilu-2024",
            "Operasi Mantap Brata Telabang",
        ),
        # A name without a year keeps none.
        (
            "Satgas Operasi Mantap Brata Kapuas berjaga di TPS.",
            "pemilu-2024",
            "Operasi Mantap Brata Kapuas",
        ),
        ("Tidak ada operasi yang disebut.", None, None),
        # Session 3: "tahun" in lower case; any other operation named with its year.
        (
            "Dimulainya Operasi Ketupat Intan tahun 2025 ditandai apel pasukan.",
            None,
            "Operasi Ketupat Intan 2025",
        ),
        (
            "Apel dalam rangka Operasi Petinggi Mahakam 2019 digelar di Tenggarong.",
            None,
            "Operasi Petinggi Mahakam 2019",
        ),
        ("Operasi pasar murah 2024 digelar pemerintah kota.", None, None),
        ("Polisi menggelar Operasi Senyap di perbatasan.", None, None),
        (
            "Operasi Mantap Praja Kapuas 2024 dan Operasi Petinggi Sambas 2024.",
            "pilkada-2024",
            "Operasi Mantap Praja Kapuas 2024",
        ),
    ],
)
def test_operation(text, election, operation):
    assert find_operation(text, election) == operation


@pytest.mark.parametrize(
    ("text", "captions", "operation"),
    [
        # Session 6: "Mantab" is "Mantap" misspelt; a region in lower case before
        # its year; a caption lends the region and year of the operation named.
        (
            "Personel yang terlibat Operasi Mantab Praja 2024 mengamankan kampanye.",
            (),
            "Operasi Mantap Praja 2024",
        ),
        (
            "Petugas dalam operasi mantap praja mahakam 2020 ditempatkan di hotel.",
            (),
            "Operasi Mantap Praja Mahakam 2020",
        ),
        (
            "Kapolda berbicara saat apel Operasi Mantab Brata untuk Pemilu 2024.",
            ("Apel Operasi Mantap Brata Intan 2023-2024 di lapangan. Foto: Humas",),
            "Operasi Mantap Brata Intan 2023-2024",
        ),
        # A caption names no operation of its own.
        ("Polres menggelar apel pagi.", ("Apel Operasi Lilin Kapuas 2024.",), None),
    ],
)
def test_operation_misspelt_lower_case_and_from_a_caption(text, captions, operation):
    assert find_operation(text, None, captions) == operation


@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        (None, ("Wakapolda memimpin apel siaga di lapangan.",), ("apel",)),
        (None, ("Polres menggelar gelar pasukan Operasi Mantap Praja.",), ("apel",)),
        (
            None,
            ("Personel Sat Samapta berpatroli di sekitar gudang logistik.",),
            ("patroli",),
        ),
        (
            "Pengamanan Kampanye Tatap Muka",
            ("Personel mengamankan kampanye di 40 titik.",),
            ("pengamanan-kampanye",),
        ),
        (
            None,
            ("Polisi berjaga 24 jam di Kantor KPU Kabupaten Sambas.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            ("Personel menjaga kantor Bawaslu Kalteng.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            ("Dua personel ditempatkan di setiap TPS untuk pengamanan.",),
            ("pengamanan-tps",),
        ),
        (
            None,
            ("Polisi mengawal rapat pleno rekapitulasi suara tingkat kabupaten.",),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            ("Polres Kukar menggelar simulasi Sispamkota di alun-alun.",),
            ("simulasi-sispamkota",),
        ),
        (
            None,
            (
                "Apel digelar pagi hari.",
                "Setelah itu personel berpatroli ke TPS dan mengamankan TPS.",
            ),
            ("apel", "patroli", "pengamanan-tps"),
        ),
        (None, ("Kapolda menerima kunjungan tokoh agama.",), ("lainnya",)),
        # Offices listed under one noun ("Kantor PPK, KPU dan Bawaslu"); after the
        # vote the PPK keeps the count, away from the KPU office, whose guard stays.
        (
            None,
            (
                "Usai pemungutan suara, Polres Lambung Hilir memperketat pengamanan di "
                "beberapa titik, termasuk Kantor Panitia Pemilihan Kecamatan (PPK), "
                "Komisi Pemilihan Umum (KPU) dan Bawaslu.",
            ),
            ("pengamanan-kantor-kpu-bawaslu", "pengamanan-rekapitulasi"),
        ),
        (
            None,
            ("Personel berjaga di kantor PPS dan KPU Kabupaten Lambung Hilir.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A campaign named by its kind is held, not yet guarded; given security, it is.
        (
            None,
            (
                "Pasangan calon menggelar kampanye tatap muka di balai desa Sungai Limau.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Setiap kampanye terbuka di lapangan kecamatan diberikan pengamanan.",),
            ("pengamanan-kampanye",),
        ),
        (
            None,
            ("Kotak suara yang tiba di gudang diberi penjagaan oleh personel Polsek.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            ("Personel mengawal distribusi logistik Pilkada ke 12 kecamatan.",),
            ("pengawalan-logistik",),
        ),
        (
            None,
            (
                "Polres menggelar apel kesiapan.",
                "Personel lalu mengawal kotak suara ke PPK.",
            ),
            ("apel", "pengawalan-logistik"),
        ),
        # Issue 11: logistics, warehouses and drills have ids of their own.
        (
            "Polres Katingan Jaga Gudang Logistik KPU",
            ("Empat personel berjaga bergantian di gudang logistik KPU Katingan.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            ("Gudang penyimpanan surat suara di Nanga Pinoh dijaga 24 jam.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            ("Kotak suara dari PPK Sepauk dikawal ketat menuju KPU Sintang.",),
            ("pengawalan-logistik",),
        ),
        (
            None,
            ("Polisi mengamankan pendistribusian logistik ke pulau-pulau kecil.",),
            ("pengawalan-logistik",),
        ),
        (
            None,
            ("Polres Paser menggelar simulasi pengamanan Pilkada di alun-alun.",),
            ("simulasi-sispamkota",),
        ),
        # TPS duty as the purpose of an apel or a shift is no TPS security yet.
        (
            None,
            (
                "Kapolda memimpin apel pergeseran pasukan BKO guna mendukung Polres "
                "jajaran dalam pengamanan TPS.",
            ),
            ("apel",),
        ),
        (
            None,
            ("Sebanyak 720 personel digeser untuk memperkuat pengamanan TPS.",),
            ("lainnya",),
        ),
        # Securing the vote itself is securing the polling stations.
        (
            None,
            ("Personel mengamankan pemungutan suara di 738 TPS, Rabu.",),
            ("pengamanan-tps",),
        ),
        # An office guarded, a few words apart; one only passed on patrol is not.
        (
            None,
            (
                "Polres melaksanakan pengamanan tahap pengundian nomor urut di Kantor KPU.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            ("Tim melaksanakan patroli ke kantor penyelenggara pemilu di kota.",),
            ("patroli",),
        ),
        (
            None,
            ("Personel berjaga di ruang rapat pleno rekapitulasi tingkat kecamatan.",),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            ("Polda menurunkan 250 personel mengamankan debat publik paslon.",),
            ("pengamanan-kampanye",),
        ),
        # Orders and things readied are not deeds.
        (
            None,
            ("Anggota yang bertugas di TPS wajib tiba sebelum pukul 07.00.",),
            ("lainnya",),
        ),
        (None, ("Kapal patroli Polairud dipakai mengangkut logistik.",), ("lainnya",)),
        (
            None,
            (
                "Polisi berjaga di TPS.",
                "Ia berpesan agar anggota mengawal kotak suara.",
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            ("Polisi memberangkatkan personel pengamanan TPS ke desa.",),
            ("lainnya",),
        ),
        # Plans are not deeds; the apel itself is.
        (
            None,
            (
                "Kabid Humas memimpin apel siaga.",
                "Strategi yang akan diterapkan meliputi beberapa hal. Patroli di TPS - TPS.",
            ),
            ("apel",),
        ),
        (None, ("Personel akan mengamankan rekapitulasi pekan depan.",), ("lainnya",)),
    ],
)
def test_activities(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


# Session 3 of issue 11: invented sentences, one rule each.
@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # What is guarded stands before "jelang": the vote after it is ahead.
        (
            "Polsek Sokan Amankan Pawai Budaya Jelang Pemungutan Suara Ulang",
            (),
            ("lainnya",),
        ),
        # "pam" is the force's own word for guarding.
        (
            None,
            ("Tugas pam di kantor KPU Kota dilakukan bergantian siang dan malam.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A send-off of the troops is an apel.
        (
            None,
            ("Kapolda melepas pergeseran personel ke sembilan Polres jajaran.",),
            ("apel",),
        ),
        (
            None,
            ("Upacara pelepasan 500 personel digelar di lapangan Mapolda.",),
            ("apel",),
        ),
        # Guarding the warehouse's logistics is no escort.
        (
            None,
            ("Kapolsek memastikan pengamanan di gudang logistik KPU berjalan baik.",),
            ("pengamanan-gudang-logistik",),
        ),
        # A role in a training's syllabus is not a deed (either spelling).
        (
            None,
            ("Materi latihan meliputi kewajiban personil pengamanan di lokasi TPS.",),
            ("lainnya",),
        ),
        # Later days, and a "bakal calon" who is no plan.
        (
            None,
            ("Pengawalan distribusi logistik dilanjutkan pada 26 November mendatang.",),
            ("lainnya",),
        ),
        (
            None,
            ("Polisi berjaga di Kantor KPU saat pendaftaran bakal calon bupati.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # An apel or a drill that is itself planned is not held yet.
        (
            None,
            ("Satpol PP akan melaksanakan apel kesiapan bersama Linmas pekan depan.",),
            ("lainnya",),
        ),
        (
            None,
            ("Simulasi sispamkota direncanakan berlangsung pada Sabtu pagi.",),
            ("lainnya",),
        ),
        # A photo caption is not the story's deed.
        (
            None,
            (
                "Personel Polres Seruyan berjaga di kantor KPU.",
                "FOTO: Apel pengamanan tahap pendaftaran di halaman Mapolres.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A sispamkota drill plays its scenario: patrols, the KPU office, the TPS.
        (
            None,
            (
                "Polres Lamandau menggelar simulasi sispamkota di alun-alun.",
                "Simulasi diawali patroli, lalu pengamanan kantor KPU dan TPS.",
            ),
            ("simulasi-sispamkota",),
        ),
        # Drills: a Tactical Floor Game, a TPS drill named in an apel, riot control.
        (
            None,
            ("Kapolres memimpin Tactical Floor Game (TFG) pengamanan pencoblosan.",),
            ("simulasi-sispamkota",),
        ),
        (
            None,
            ("Kapolres berbicara pada apel dan simulasi pengamanan TPS di Mako.",),
            ("apel", "simulasi-sispamkota"),
        ),
        (
            None,
            ("Polda menggelar simulasi penanganan unjuk rasa di depan balai kota.",),
            ("simulasi-sispamkota",),
        ),
        # A police check of the warehouse, and its guard post.
        (
            None,
            ("Kapolres berbicara di sela kunjungannya di gudang logistik KPU Landak.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            ("Sejak Senin, Polres Sekadau mendirikan pospam gudang KPU.",),
            ("pengamanan-gudang-logistik",),
        ),
        # One list, guarded together.
        (
            None,
            ("Pengamanan Satgas di Kantor KPU, Gudang Logistik KPU dan Bawaslu.",),
            ("pengamanan-kantor-kpu-bawaslu", "pengamanan-gudang-logistik"),
        ),
        # Booths arriving and result forms are logistics too.
        (
            None,
            ("Personel mengawal ketat kedatangan 5.000 bilik suara di pelabuhan.",),
            ("pengawalan-logistik",),
        ),
        (
            None,
            ("Polsek mengawal pengiriman formulir hasil penghitungan ke KPU.",),
            ("pengawalan-logistik",),
        ),
        # A pleno already held, or its result, is not the pleno guarded.
        (
            None,
            ("Polres meningkatkan pengamanan di kantor KPU pasca rapat pleno.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            ("Polisi mengawal dokumen hasil rapat pleno ke KPU provinsi.",),
            ("pengawalan-logistik",),
        ),
        # The next task is a plan; a vehicle is not a patrol.
        (
            None,
            (
                "Tugas berikutnya mengamankan rapat pleno rekapitulasi tingkat provinsi.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Kapolda menaiki kendaraan bermotor roda dua patroli Satlantas.",),
            ("lainnya",),
        ),
        # Ballot boxes at the TPS are the polling station's, not an escort.
        (
            None,
            # (personnel shifted "untuk" it would be a deployment: rule 2 of the
            # real-set guideline)
            ("Personel Polres Melawi melakukan pengamanan TPS dan kotak suara.",),
            ("pengamanan-tps",),
        ),
        # A quoted command is an order.
        (
            None,
            ('"Lakukan pengawalan logistik dari PPK ke TPS," tegas Kapolres.',),
            ("lainnya",),
        ),
        # A readiness check on a visit is no apel.
        (
            None,
            ("Kapolda melakukan pengecekan kesiapan personel dan kendaraan dinas.",),
            ("lainnya",),
        ),
        # The KPU's grounds, and a long stage name before the office.
        (
            None,
            ("Petugas menjaga keamanan di seluruh area KPU Kota siang dan malam.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            (
                "Polres melaksanakan pengamanan tahap pengundian nomor urut pasangan "
                "calon bupati dan wakil bupati Seruyan di Kantor KPU.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # "TPS ... telah kami jaga" reports it done.
        (
            None,
            ('"Sebanyak 900 TPS di Melawi telah kami jaga bersama TNI," ujarnya.',),
            ("pengamanan-tps",),
        ),
        # Directions given to the office's guards are an order.
        (
            None,
            ("Kabag Ops memberi arahan kepada personel yang bertugas di kantor KPU.",),
            ("lainnya",),
        ),
        # Logistics sent "dengan pengawalan ketat" are escorted.
        (
            None,
            ("Logistik Pilkada telah dikirim ke desa dengan pengawalan ketat polisi.",),
            ("pengawalan-logistik",),
        ),
        # Ballot boxes kept at the kecamatan wait for the recount.
        (
            None,
            (
                "Personel masih bersiaga di kantor camat, tempat penyimpanan kotak "
                "suara tingkat kecamatan.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # The duties described are not a deed reported.
        (
            None,
            ("Tugasnya mengamankan penghitungan sampai rekapitulasi di PPK.",),
            ("lainnya",),
        ),
        # A deployment apel named late in the story still makes TPS duty its plan.
        (
            None,
            (
                "Personel disiagakan untuk pengamanan Pilkades di 120 TPS.",
                "Setiap desa mendapat dua personel.",
                "Hal itu disampaikan Kapolres usai Apel Pergeseran Pasukan di Mapolres.",
            ),
            ("apel",),
        ),
        # The peace declaration opens the campaign; keeping the vote calm is a goal.
        (
            None,
            ("Polres Lamandau mengamankan deklarasi Pilkada damai di alun-alun.",),
            ("pengamanan-kampanye",),
        ),
        (
            None,
            ("Semua pihak diajak menjaga kondusifitas pelaksanaan PSU.",),
            ("lainnya",),
        ),
        # From "Sebelumnya diberitakan" on, an earlier report is retold.
        (
            None,
            (
                "Kapolres Sintang mengimbau pendukung paslon tidak berkonvoi.",
                "Sebelumnya diberitakan, Polres Sintang memberangkatkan personel.",
                "Kapolres berbicara usai apel pergeseran pasukan di Mapolres.",
            ),
            ("lainnya",),
        ),
    ],
)
def test_activities_session_3(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


# Session 4 of issue 11: the mood of a mention, where it stands, what it names.
# Invented sentences, one rule each.
@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # The marker nearest before a mention decides, a contrast starts afresh.
        (
            None,
            (
                "Sebagian anggota melakukan pengamanan di TPS, sebagian lagi akan "
                "bersiaga di markas.",
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            ("Polres Sekadau akan bersiaga, sedangkan Polsek menjaga kantor KPU.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A marker inside the mention counts.
        (
            None,
            ("Pengamanan akan difokuskan di kantor KPU dan Bawaslu kabupaten.",),
            ("lainnya",),
        ),
        # "harus" orders the verb right after it, not one further on...
        (
            None,
            (
                "Jalan berlumpur harus ditempuh aparat yang mengawal distribusi "
                "logistik ke desa hulu.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            None,
            ("Personel harus mengawal kotak suara sampai ke PPK.",),
            ("lainnya",),
        ),
        # ... and keeps its mood over "sudah".
        (
            None,
            ("Anggota harus sudah melakukan pengawalan logistik sejak dari gudang.",),
            ("lainnya",),
        ),
        # Later in the mention's own clause.
        (
            None,
            ("Patroli skala besar di perbatasan dijadwalkan pekan depan.",),
            ("lainnya",),
        ),
        # An apel is planned by a word right before it or its own predicate, not by
        # a plan elsewhere in the sentence.
        (
            None,
            (
                "Polres Melawi akan melibatkan banyak instansi, ditandai apel gelar "
                "pasukan di Mapolres, Senin.",
            ),
            ("apel",),
        ),
        (
            None,
            (
                "Kapolres bicara dalam apel kesiapan pengamanan Pilkada yang akan "
                "digelar bulan depan.",
            ),
            ("apel",),
        ),
        # A purpose put first takes the main clause's mood.
        (
            None,
            (
                "Untuk mengamankan pergeseran logistik ke desa, Polres Sintang "
                "menyiapkan 200 personel.",
            ),
            ("lainnya",),
        ),
        # A plan put first frames the sentence; a continuation keeps its mood, even
        # in the next paragraph.
        (
            None,
            (
                "Rencananya besok personel sudah mengawal distribusi logistik ke TPS.",
                "Dilanjutkan pengawalan kotak suara dari TPS ke PPK.",
            ),
            ("lainnya",),
        ),
        # Before the reported day, or a habit: not the story's deed ("sejak ...
        # lalu" counts up to now).
        (
            None,
            (
                "Personel sudah dilatih lewat simulasi sispamkota pada pekan lalu.",
                "Hari ini personel berjaga di kantor KPU Kabupaten Landak.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            ("Sejak Oktober lalu personel menjaga gudang logistik KPU Sanggau.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            ("Kadang personel juga mengawal logistik ke kabupaten tetangga.",),
            ("lainnya",),
        ),
        # A deed done "kemarin" is reported news (the lead's rule of session 5); a
        # drill held then plays out none of the story's own deeds.
        (
            None,
            (
                "Personel berjaga di kantor KPU Kabupaten Kapuas Hulu.",
                "Kapolres menyebut pendaftaran berlangsung tertib.",
                '"Kemarin kami sudah menggelar simulasi pengamanan," katanya.',
            ),
            ("pengamanan-kantor-kpu-bawaslu", "simulasi-sispamkota"),
        ),
        # What is deployed per TPS, or at least, is the scheme; a total is not.
        (
            None,
            ("Di daerah aman, satu personel mengamankan tiga TPS.",),
            ("lainnya",),
        ),
        (
            None,
            ("Minimal 30 personel mengamankan area kantor KPU provinsi.",),
            ("lainnya",),
        ),
        (
            None,
            ("Sebanyak 364 personel ditempatkan di 685 TPS, Rabu.",),
            ("pengamanan-tps",),
        ),
        # A summary of efforts made so far is background.
        (
            None,
            (
                "Berbagai upaya telah dilakukan, mulai dari patroli malam hingga "
                "sosialisasi ke sekolah.",
            ),
            ("lainnya",),
        ),
        # A patrol of Satpol PP is theirs; one with the police is a police patrol.
        (
            None,
            ("Satuan Polisi Pamong Praja mengutus lima anggota untuk berpatroli.",),
            ("lainnya",),
        ),
        (
            None,
            ("Polisi dan Satpol PP berpatroli bersama di pasar malam.",),
            ("patroli",),
        ),
        # A patrol named in passing in a quote further down is no deed; one the quote
        # says was done is.
        (
            None,
            (
                "Polres Sambas menggelar apel siaga di halaman Mapolres.",
                "Kapolres memimpin langsung apel tersebut.",
                '"Patroli tentu terus kami tingkatkan," katanya.',
            ),
            ("apel",),
        ),
        (
            None,
            (
                "Polres Sambas menggelar apel siaga di halaman Mapolres.",
                "Kapolres memimpin langsung apel tersebut.",
                '"Malam tadi kami juga melaksanakan patroli ke desa-desa," katanya.',
            ),
            ("apel", "patroli"),
        ),
        # An event reported as passed off safely was secured; a wish is not.
        (
            None,
            (
                "Rapat pleno rekapitulasi tingkat kabupaten berlangsung aman dan tertib.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            ("Kapolres berharap pemungutan suara berjalan aman dan lancar.",),
            ("lainnya",),
        ),
        # Any debate secured is the campaign's.
        (
            None,
            ("Polresta mengamankan debat kedua calon wali kota di sebuah hotel.",),
            ("pengamanan-kampanye",),
        ),
        # A KPU stage secured is the office's when the story names the office.
        (
            None,
            (
                "Personel gabungan mengamankan pengundian nomor urut paslon bupati.",
                "Pendukung kedua paslon hadir di Kantor KPU Kabupaten.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            ("Personel mengamankan pengundian nomor urut paslon di gedung serbaguna.",),
            ("lainnya",),
        ),
        # Candidates register at the KPU office: a guarded registration is the
        # office's guard though the story does not name the office.
        (
            None,
            (
                "Puluhan personel Polres mengamankan pendaftaran bakal pasangan calon "
                "bupati dan wakil bupati pada hari kedua.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            (
                "Personel Polsek menjaga jalannya pendaftaran paslon hingga malam.",
                "Massa pendukung berkumpul di depan gedung.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # Personnel stationed at the office guard it.
        (
            None,
            (
                "Personel berpakaian preman berada di lingkungan kantor KPU selama "
                "masa pendaftaran.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # Logistics kept in store are the warehouse's, not an escort.
        (
            None,
            ("Polres mengamankan logistik Pilkada yang kini disimpan di gudang KPU.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            "Pengamanan Ketat Logistik Pilkada di Sekadau",
            ("Logistik itu tersimpan di gudang KPU sejak pekan ini.",),
            ("lainnya",),
        ),
        (
            None,
            ("Kapolda memastikan prosedur pengamanan dan penyimpanan kotak suara.",),
            ("pengamanan-gudang-logistik",),
        ),
        # Logistics on the move under guard are escorted.
        (
            None,
            ("Polisi menjaga ketat pemindahan 300 kotak suara dari PPK ke KPU.",),
            ("pengawalan-logistik",),
        ),
        (
            None,
            ("Kotak suara diangkut dari gudang kabupaten dengan pengamanan ketat.",),
            ("pengawalan-logistik",),
        ),
        (
            None,
            ("Aparat gabungan membawa surat suara dari TPS ke kantor PPK.",),
            ("pengawalan-logistik",),
        ),
        (
            None,
            (
                "Logistik Pilkada digeser dari PPK ke desa-desa, Selasa pagi.",
                "Pengawalan dilakukan oleh personel Polsek dan Koramil.",
            ),
            ("pengawalan-logistik",),
        ),
        # Any security drill is a sispamkota drill.
        (
            None,
            ("Polres menggelar simulasi dan latihan pengamanan TPS di Mapolres.",),
            ("simulasi-sispamkota",),
        ),
        (
            None,
            ("Simulasi pengamanan kota dilakukan untuk menghadapi kerusuhan.",),
            ("simulasi-sispamkota",),
        ),
        # A pleno named as a stage is not guarded.
        (
            None,
            ("Tahapan berikutnya adalah pleno di tingkat kecamatan.",),
            ("lainnya",),
        ),
        # "serpas" is the deployment apel; an apel named after its purpose is no
        # deed of that purpose.
        (
            None,
            ("Setelah serpas, personel bergeser ke wilayah tugas masing-masing.",),
            ("apel",),
        ),
        (
            None,
            ("Apel pengamanan tahap kampanye digelar di Mapolres Sanggau.",),
            ("apel",),
        ),
        # An office guarded a few words apart, or further when it is where the
        # guarding happens; one only near the guarded place is not.
        (
            None,
            (
                "Pengamanan tahap pencabutan nomor urut pasangan calon bupati dan wakil "
                "bupati berlangsung di Kantor KPU Katingan.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            (
                "Personel mengamankan jalannya kampanye di lapangan yang letaknya tidak "
                "jauh dari kantor KPU.",
            ),
            ("pengamanan-kampanye",),
        ),
        # The warehouse listed with an office in a later sentence still counts when
        # the headline named the office alone.
        (
            "Polres Paser Tempatkan Personel Amankan Kantor KPU",
            (
                "Polres Paser menempatkan personel untuk mengamankan Kantor KPU dan "
                "Gudang Logistik KPU, Senin.",
            ),
            ("pengamanan-kantor-kpu-bawaslu", "pengamanan-gudang-logistik"),
        ),
        # Securing logistics in a story about the warehouse is guarding the store.
        (
            None,
            (
                "Kapolres memantau pos pengamanan di gudang logistik KPU Sekadau.",
                "Karena kita mengamankan logistiknya, personel berjaga bergantian.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # What the force can do is no deed.
        (
            None,
            ("Personel yang ada masih cukup untuk mengcover pengamanan di TPS.",),
            ("lainnya",),
        ),
    ],
)
def test_activities_session_4(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


PILKADA = GAZ.election("pilkada-2024")


@pytest.mark.parametrize(
    ("activities", "when", "expected"),
    [
        # Days before the vote: TPS security is what the apel prepares.
        (("apel", "pengamanan-tps"), date(2024, 11, 25), ("apel",)),
        (("pengamanan-tps",), date(2024, 11, 20), ("lainnya",)),
        # The day before (personnel move to their TPS), the day, and after.
        (("apel", "pengamanan-tps"), date(2024, 11, 26), ("apel", "pengamanan-tps")),
        (("pengamanan-tps",), date(2024, 11, 27), ("pengamanan-tps",)),
        # A re-vote of 2025 is its own voting day.
        (("pengamanan-tps",), date(2025, 4, 19), ("pengamanan-tps",)),
        (("pengamanan-tps",), None, ("pengamanan-tps",)),
        # Beside an apel, the TPS are its posts unless the day is the vote's or its
        # eve: undated, or in the re-votes' season, the apel alone is the deed.
        (("apel", "pengamanan-tps"), None, ("apel",)),
        (("apel", "pengamanan-tps"), date(2025, 4, 18), ("apel",)),
        (("apel", "patroli", "pengamanan-tps"), None, ("apel", "patroli")),
    ],
)
def test_tps_security_waits_for_the_polls(activities, when, expected):
    assert before_the_polls(activities, when, PILKADA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Undated: the text says the vote is ahead...
        (
            "Polres Landak menyiagakan 400 personel mengamankan TPS jelang "
            "pencoblosan.",
            ("lainnya",),
        ),
        (
            "Personel menjaga TPS pada pemungutan suara 27 November mendatang.",
            ("lainnya",),
        ),
        # ... or that it is over, or nothing.
        (
            "Usai pemungutan suara, personel yang menjaga TPS jelang pencoblosan "
            "kembali ke markas.",
            ("pengamanan-tps",),
        ),
        ("Personel menjaga TPS di Kecamatan Ngabang.", ("pengamanan-tps",)),
    ],
)
def test_undated_tps_security_waits_for_a_vote_the_text_says_is_ahead(text, expected):
    assert before_the_polls(("pengamanan-tps",), None, None, text) == expected


@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        # After the voting day, a re-vote the text says is ahead is not guarded yet.
        (
            date(2025, 6, 25),
            "Polda mengerahkan personel mengamankan PSU yang akan digelar pada "
            "6 Agustus 2025.",
            ("lainnya",),
        ),
        # (the day written after a comma, "besok" after the day)
        (
            date(2025, 6, 25),
            "Ratusan polisi dikerahkan mengawal PSU Desa Sungai Bening, pada Kamis "
            "(26/6/2025) besok.",
            ("lainnya",),
        ),
        (
            date(2025, 4, 19),
            "Personel menjaga TPS saat PSU di Banjarbaru.",
            ("pengamanan-tps",),
        ),
        (
            date(2025, 6, 27),
            "Personel menjaga TPS saat PSU Desa Sungai Bening, Kamis (26/6/2025) "
            "kemarin.",
            ("pengamanan-tps",),
        ),
        # A clause earlier said the re-vote would come: not the story's tense.
        (
            date(2025, 3, 22),
            "Sesuai putusan MK atas Pilkada 2024 di Barito Utara, dua desa akan "
            "dilaksanakan PSU. Personel menjaga TPS di Muara Teweh.",
            ("pengamanan-tps",),
        ),
    ],
)
def test_tps_security_in_the_re_vote_season_follows_the_text(when, text, expected):
    assert before_the_polls(("pengamanan-tps",), when, PILKADA, text) == expected


@pytest.mark.parametrize(
    ("activities", "when", "text", "expected"),
    [
        # Ballot boxes kept at the PPK wait for the recount after the vote...
        (
            ("pengamanan-gudang-logistik",),
            date(2024, 11, 29),
            "Kapolres meninjau kotak suara yang disimpan di kantor kecamatan.",
            ("pengamanan-rekapitulasi",),
        ),
        # ... unless the KPU's own warehouse is guarded too,
        (
            ("pengamanan-gudang-logistik",),
            date(2024, 11, 29),
            "Kotak suara disimpan di PPK, lalu digeser ke gudang KPU yang dijaga.",
            ("pengamanan-gudang-logistik",),
        ),
        # ... and are in store before it.
        (
            ("pengamanan-rekapitulasi",),
            date(2024, 11, 20),
            "Personel berjaga di tempat penyimpanan kotak suara di PPK Sepauk.",
            ("pengamanan-gudang-logistik",),
        ),
        # (the committee written out is the PPK)
        (
            ("pengamanan-gudang-logistik",),
            date(2024, 11, 29),
            "Kotak suara disimpan di gudang Panitia Pemilihan Kecamatan Meliau dan "
            "dijaga dua personel.",
            ("pengamanan-rekapitulasi",),
        ),
        (
            ("pengamanan-rekapitulasi",),
            date(2024, 11, 20),
            "Anggota Polsek berjaga di tempat penyimpanan kotak suara di Panitia "
            "Pemilihan Kecamatan Toba.",
            ("pengamanan-gudang-logistik",),
        ),
    ],
)
def test_storage_at_the_ppk_follows_the_vote(activities, when, text, expected):
    assert before_the_polls(activities, when, PILKADA, text) == expected


@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        # No calendar day (an older election): the text says the vote is ahead...
        (
            date(2021, 6, 3),
            "Tujuh hari jelang pemungutan suara ulang, personel mengamankan TPS.",
            ("lainnya",),
        ),
        # ... or writes its day after the story's.
        (
            date(2020, 12, 6),
            "Polres mengerahkan personel mengawal 500 TPS pada 9 Desember 2020.",
            ("lainnya",),
        ),
        (
            date(2020, 12, 9),
            "Polres mengerahkan personel mengawal 500 TPS pada 9 Desember 2020.",
            ("pengamanan-tps",),
        ),
        # Undated: the vote draws near, the force says it is ready for it.
        (
            None,
            "Semakin dekatnya tahap pemungutan suara, personel menjaga TPS.",
            ("lainnya",),
        ),
        (
            None,
            "Ribuan personel siap bertugas mengamankan 2.000 tempat pemungutan suara.",
            ("lainnya",),
        ),
    ],
)
def test_tps_security_without_a_calendar_day_follows_the_text(when, text, expected):
    assert before_the_polls(("pengamanan-tps",), when, None, text) == expected


def _province(text: str, dateline: str | None = None) -> str | None:
    units = find_units(text, GAZ)
    places = build_places(text, GAZ, dateline, units)
    home = build_places("", GAZ, dateline, [])
    return find_province(
        text,
        GAZ,
        units,
        [p.province for p in places],
        home[0].province if home else None,
        dateline,
    )


@pytest.mark.parametrize(
    ("text", "dateline", "province"),
    [
        ("Personel Polda Kalbar berjaga.", None, "Kalimantan Barat"),
        ("Pilkada di Kalimantan Tengah berlangsung aman.", None, "Kalimantan Tengah"),
        ("Polres Kotim menggelar patroli.", None, "Kalimantan Tengah"),
        ("Polisi berjaga di kantor KPU.", "Balikpapan", "Kalimantan Timur"),
        ("Kapolresta Banjarmasin memimpin apel.", None, "Kalimantan Selatan"),
        (
            "Polda Kaltara dan KPU Kalimantan Utara berkoordinasi.",
            "Tarakan",
            "Kalimantan Utara",
        ),
        # Outside Kalimantan: its own province, never a Kalimantan one.
        ("Polda Jabar mengamankan kampanye di Bandung.", None, "Jawa Barat"),
        ("Kapolda Sulsel meninjau TPS di Makassar.", None, "Sulawesi Selatan"),
        ("Polda Metro Jaya menyiagakan personel.", None, "DKI Jakarta"),
        ("Polres Karawang menjaga gudang logistik KPU.", None, "luar Kalimantan"),
        ("Polres Banyuwangi berjaga di Ketapang.", None, "luar Kalimantan"),
        ("Polres Banyuwangi Polda Jatim berjaga di Ketapang.", None, "Jawa Timur"),
        # Kota Banjar of West Java: its Polda says where "Polres Banjar" is.
        (
            "Polres Banjar, Polda Jabar, menjaga TPS. Kapolres Banjar hadir di Banjar.",
            None,
            "Jawa Barat",
        ),
        ("Polisi berjaga di TPS.", None, None),
        # A Polsek alone says nothing; its Polres does.
        (
            "Polsek Sungai Kakap, Polres Kubu Raya, berpatroli.",
            None,
            "Kalimantan Barat",
        ),
        # A Kalimantan story that mentions Jakarta stays in Kalimantan.
        (
            "Polda Kalsel menerima arahan Mabes Polri dari Jakarta.",
            "Banjarbaru",
            "Kalimantan Selatan",
        ),
    ],
)
def test_province(text, dateline, province):
    assert _province(text, dateline) == province


@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # A security system of ballot boxes is no city drill; a system described is
        # the scheme, not a deed.
        (
            None,
            ("Sistem pengamanan kotak suara dijalankan dari gudang sampai TPS.",),
            ("lainnya",),
        ),
        # The parade ground is a place; the side of security a topic.
        (
            None,
            ("Kapolres menemui wartawan di Lapangan Apel Mapolres Paser, Senin.",),
            ("lainnya",),
        ),
        (
            None,
            ("Kunjungan itu menilai kesiapan dari sisi pengamanan maupun logistik.",),
            ("lainnya",),
        ),
        # Ballots counted at a pleno are no logistics on the move.
        (
            None,
            (
                "Ratusan personel mengamankan jalannya rapat pleno penghitungan surat "
                "suara di Muara Teweh.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # The narration after a quote has a mood of its own.
        (
            None,
            (
                '"Kami akan menambah personel di setiap PPK," kata Kapolres saat '
                "memantau jalannya rapat pleno di Long Ikis, Jumat.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            (
                '"Besok kami gelar patroli lagi," ujarnya usai memimpin apel siaga di '
                "Mapolres.",
            ),
            ("apel",),
        ),
        # A time clause takes the mood of the main clause after it.
        (
            None,
            (
                "Ia menambahkan, ketika mengamankan TPS, personel akan membawa senjata "
                "lengkap.",
            ),
            ("lainnya",),
        ),
        # Readiness as the predicate after the mention.
        (
            None,
            ("Pengawalan dari gudang logistik ke PPK sudah menyiapkan 30 personel.",),
            ("lainnya",),
        ),
        (
            None,
            ("Polisi mengamankan 40 TPS yang disiapkan KPU di Long Kali.",),
            ("pengamanan-tps",),
        ),
        # Guarding at the warehouse, a few words from the verb.
        (
            None,
            (
                "Polisi menjaga keamanan secara ketat siang malam di gudang logistik "
                "KPU.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # Securing logistics with no movement, the lead saying who guards them.
        (
            "Pengamanan Logistik Pemilu di Gedung Serbaguna Dijaga Polres",
            (
                "Penjagaan dilakukan bergantian dengan TNI, pagi dan malam.",
                "Tinta dan segel sudah ada di gudang sementara itu.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # Logistics received into the warehouse: its guard, not an escort ...
        (
            "Polres Jaga Ketat Kedatangan Surat Suara di Gudang KPU",
            (
                "Personel mengawal ketat kedatangan surat suara di gudang KPU "
                "Sekadau, Minggu.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # ... unless they are escorted from where they set out.
        (
            None,
            (
                "Bilik itu dikawal ketat petugas Polres dari pelabuhan sampai ke "
                "Sungai Raya.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            None,
            (
                "Truk pembawa surat suara tiba pukul 21.30 di Martapura di bawah "
                "pengawalan polisi.",
            ),
            ("pengawalan-logistik",),
        ),
        # Receiving reinforcements is an apel.
        (
            None,
            (
                "Kapolres memimpin upacara penyambutan 60 personel BKO di Mapolres "
                "Lamandau.",
            ),
            ("apel",),
        ),
        # A drill named by its verb, a rehearsal of the security system.
        (
            None,
            ('"Kerusuhan di TPS sudah kami simulasikan pagi ini," kata Kapolresta.',),
            ("simulasi-sispamkota",),
        ),
        (
            None,
            ("Polresta menggelar gladi sistem pengamanan di halaman balai kota.",),
            ("simulasi-sispamkota",),
        ),
        # A check of the vote at its polling stations.
        (
            None,
            (
                "Kapolda mengecek secara langsung pelaksanaan pencoblosan di beberapa "
                "TPS, Rabu.",
            ),
            ("pengamanan-tps",),
        ),
        (
            "Kapolres Cek Langsung TPS di Nunukan",
            (),
            ("pengamanan-tps",),
        ),
        # The office listed with the other places guarded, or seen guarded.
        (
            None,
            (
                "Pengamanan dilakukan polisi di semua lokasi TPS maupun kantor KPU "
                "Tarakan.",
            ),
            ("pengamanan-kantor-kpu-bawaslu", "pengamanan-tps"),
        ),
        (
            None,
            (
                "Kantor KPU yang berada di Jalan Merdeka itu terlihat dijaga ketat "
                "petugas.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # The campaign period secured; an event secured so that it passes off well;
        # the event named before its guard.
        (
            None,
            ("Dalam pengamanan masa kampanye, Polda mengerahkan 900 personel.",),
            ("pengamanan-kampanye",),
        ),
        (
            None,
            (
                "Polres melakukan pengamanan penuh untuk memastikan deklarasi berjalan "
                "tertib.",
            ),
            ("pengamanan-kampanye",),
        ),
        (
            None,
            (
                "Calon gubernur itu menggelar kampanye di Tanjung Selor hari ini, dan "
                "polisi memberikan pengamanan di lokasi.",
            ),
            ("pengamanan-kampanye",),
        ),
        (
            None,
            ("Selama masa kampanye, polisi akan melakukan pengamanan di tiap lokasi.",),
            ("lainnya",),
        ),
        # A pleno of a KPU stage is no recount.
        (
            None,
            (
                "Polres memberikan pengamanan ketat pada rapat pleno terbuka pengundian "
                "nomor urut pasangan calon di kantor KPU Bontang.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A list a plan announces keeps its mood.
        (
            None,
            (
                "Strategi yang akan diterapkan mencakup beberapa aspek penting. Patroli "
                "di setiap TPS.",
            ),
            ("lainnya",),
        ),
        # On standby to secure, and where the guard is aimed, are no deeds.
        ("Polres Siaga Amankan PSU di Banjarbaru", (), ("lainnya",)),
        (
            None,
            ("Pengamanan difokuskan pada TPS rawan dan menyasar kantor KPU.",),
            ("lainnya",),
        ),
        # A patrol told as the means or the rounds of a standing guard is part of it.
        (
            None,
            (
                "Personel Polres berjaga di kantor KPU Kota sepanjang hari, dengan "
                "anggota yang berpatroli di sekitar halaman kantor.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            (
                "Polres mengamankan gudang logistik KPU di Nunukan.",
                "Keamanan gudang dijaga dengan menempatkan patroli bergiliran.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            (
                "Polres mengamankan gudang logistik KPU di Nunukan.",
                "Selain itu, patroli rutin digelar di sekitar lokasi setiap malam.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # The office a patrol goes to is the patrol's; a patrol held there guards it.
        (
            None,
            (
                "Dalam pengamanan itu Polres mengerahkan anggota untuk melakukan patroli "
                "dialogis di pasar, terminal dan kantor penyelenggara pemilu.",
            ),
            ("patroli",),
        ),
        (
            "Pengamanan dan Patroli Personel di Kantor KPU Kota",
            (),
            ("patroli", "pengamanan-kantor-kpu-bawaslu"),
        ),
        # The area's order going safely is no guarded vote.
        (
            None,
            (
                "Kapolres menyebut menjelang pemungutan suara di TPS situasi keamanan "
                "di kota berjalan kondusif.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Pemungutan suara di seluruh TPS kota berjalan aman dan lancar.",),
            ("pengamanan-tps",),
        ),
        # The count at the kecamatan, its other name in brackets, is the recount's.
        (
            None,
            (
                "Anggota Polsek juga mengawal proses penghitungan suara (rapat pleno) "
                "di tingkat kecamatan.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # A patrol that is the means of the guard, named with a hope, is part of it.
        (
            None,
            (
                "Anggota Polsek juga mengawal proses penghitungan suara (rapat pleno) "
                "di tingkat kecamatan.",
                "Dengan penjagaan yang ketat dan patroli yang terus dilakukan, "
                "diharapkan pleno berjalan lancar.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # The force readied for an event the story says is still ahead guards nothing
        # yet; an event that goes on tomorrow was held today.
        (
            None,
            (
                "Polres menurunkan 200 personel guna mengamankan debat publik calon "
                "bupati.",
                '"Kami harap debat nanti malam tertib," kata Kapolres.',
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Polresta menyiagakan personel untuk mengamankan rapat pleno PPK.",
                "Pleno PPK di kota itu digelar besok di tiap kecamatan.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Polres mengamankan rapat pleno rekapitulasi di Kantor KPU, Jumat.",
                "Pleno akan dilanjutkan besok pagi.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            (
                "Polres menurunkan personel guna pengamanan kampanye akbar paslon.",
                "Polres belum menerima jadwal pelaksanaan kampanye akbar itu.",
            ),
            ("lainnya",),
        ),
        # Personnel's placing at the office guards it; a beret ceremony is an apel.
        (
            None,
            (
                "Penempatan anggota di beberapa lokasi, termasuk kantor Bawaslu, sudah "
                "dilakukan sejak pekan lalu.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            None,
            ("Polres menggelar upacara pembaretan bagi 80 personel Sabhara, Senin.",),
            ("apel",),
        ),
        # An escort's span starting at the store is no warehouse guard.
        (
            None,
            (
                "Polres mengerahkan personel guna mengawal logistik pemilu sejak "
                "penyimpanan hingga pendistribusian ke TPS.",
            ),
            ("pengawalan-logistik",),
        ),
        # Who attended, named by their duties, did no deed there.
        (
            None,
            (
                "Polres menggelar apel kesiapan di halaman mapolres, Senin.",
                "Turut hadir dalam apel itu personel yang bertugas mengawal distribusi "
                "logistik ke kecamatan.",
            ),
            ("apel",),
        ),
        (
            None,
            (
                "Polda memberikan pengamanan rapat pleno KPU provinsi dengan tiga ring.",
                "Gedung tempat akan digelar rapat pleno itu sudah disterilkan kemarin.",
            ),
            ("lainnya",),
        ),
        # A drill shown within the apel is part of the apel; without one it is a drill.
        (
            None,
            (
                "Polres menggelar apel gelar pasukan pengamanan pilkada, Rabu.",
                "Dalam apel itu, simulasi pengamanan TPS diperagakan personel Samapta.",
            ),
            ("apel",),
        ),
        (
            None,
            (
                "Polres mengundang warga ke lapangan kota, Rabu.",
                "Pada kegiatan tersebut simulasi pengamanan TPS diperagakan personel.",
            ),
            ("simulasi-sispamkota",),
        ),
        # Without a guarded site, the patrol is the deed.
        (
            None,
            ("Personel Polsek melakukan patroli di sekitar permukiman warga.",),
            ("patroli",),
        ),
        (
            None,
            ("Polsek menjaga keamanan desa dengan menggelar patroli malam.",),
            ("patroli",),
        ),
    ],
)
def test_activities_session_5(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # A subheading names a topic; the paragraphs under it tell what was done.
        (
            (
                "Polda mengirim 300 personel ke lokasi rapat pleno malam ini.",
                "Anjing Pelacak dan Patroli",
                "Personel akan melakukan sterilisasi dan patroli di sekitar hotel.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Polres menggelar patroli skala besar di Kota Tarakan, Senin malam.",
                "Patroli Skala Besar",
            ),
            ("patroli",),
        ),
        # Guarding at the pleno and, after a contrast, at the warehouse too.
        (
            (
                "Pengamanan tidak hanya dilakukan saat pleno, tetapi juga di gudang "
                "logistik KPU Sintang.",
            ),
            ("pengamanan-gudang-logistik", "pengamanan-rekapitulasi"),
        ),
    ],
)
def test_activities_subheadings_and_contrasts(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


def test_reinforcements_received_wait_for_their_posts():
    """An apel receiving BKO troops sends them on: the TPS they guard is the plan."""
    found = find_activities(
        None,
        (
            "Apel penerimaan berlangsung di halaman Mapolres, Kamis.",
            "Sebanyak 800 personel juga dikerahkan untuk mengamankan 400 TPS.",
        ),
    )
    assert found == ("apel",)


@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # A number's dots stop no clause.
        (
            ("Pemungutan suara di 1.200 TPS di Ketapang berlangsung aman dan tertib.",),
            ("pengamanan-tps",),
        ),
        # On standby at the TPS is guarding it; escorted from the TPS is not.
        (
            ("Bhabinkamtibmas bersiaga di TPS sejak pagi hingga penghitungan usai.",),
            ("pengamanan-tps",),
        ),
        (
            ("Kotak suara dari TPS dikawal polisi menuju kantor PPK.",),
            ("pengawalan-logistik",),
        ),
        # Folding and sorting watched, and logistics kept under guard, in the store.
        (
            ("Polisi mengawasi pelipatan surat suara di gudang KPU Singkawang.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            (
                "Polisi menjaga ketat proses sortir dan lipat surat suara di gudang KPU.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            ("Surat suara kini disimpan di gudang KPU di bawah penjagaan polisi.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            ("Kotak suara diangkut dari gudang KPU dengan pengamanan ketat polisi.",),
            ("pengawalan-logistik",),
        ),
        # A pleno settling the voters' list is no recount.
        (
            (
                "Polres melaksanakan pengamanan rapat pleno terbuka penetapan DPT di "
                "kantor KPU.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A campaign event said to be guarded.
        (
            (
                "Debat kandidat calon wali kota Banjarbaru di Hotel Rattan Inn dijaga 200 "
                "personel.",
            ),
            ("pengamanan-kampanye",),
        ),
    ],
)
def test_activities_forms_of_the_deed(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # Personnel sent out to guard the TPS: the guarding is the deployment's
        # purpose, not yet a deed (rule 2 of the real-set guideline).
        (
            ("Sebanyak 40 personel gabungan diterjunkan untuk mengamankan 70 TPS.",),
            ("lainnya",),
        ),
        (
            ('"Kami sudah menurunkan personel untuk menjaga TPS di Km 57," ujarnya.',),
            ("lainnya",),
        ),
        # A role, not a deed.
        (
            ("Selain petugas yang ditunjuk sebagai pengamanan TPS, ada tim cadangan.",),
            ("lainnya",),
        ),
        # Guarding the TPS reported as done stays.
        (
            ("Personel yang diterjunkan berjaga di TPS hingga penghitungan selesai.",),
            ("pengamanan-tps",),
        ),
    ],
)
def test_activities_deployment_is_not_yet_the_guard(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


def test_a_guard_per_tps_is_the_scheme():
    """'setiap TPS dijaga satu personel' describes the scheme, not a deed."""
    found = find_activities(
        None, ("Untuk TPS rawan, setiap TPS dijaga oleh satu personel dan dua Linmas.",)
    )
    assert found == ("lainnya",)


@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # "Balon" is the short form of "bakal calon": its registration is a KPU stage.
        (
            "Polres Kawal Pendaftaran Balon Wali Kota",
            ("Pendaftaran berlangsung di kantor KPU kota pada Senin.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A pleno counting the voters' list is no vote count.
        (
            None,
            (
                "Personel Polsek mengawal jalannya rapat pleno rekapitulasi daftar "
                "pemilih di aula kecamatan, Rabu.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Polisi menjaga pleno DPHP tingkat kecamatan.",),
            ("lainnya",),
        ),
        # Boxes moved with an escort.
        (
            None,
            (
                "Ratusan kotak suara yang sebelumnya tersebar di seluruh TPS di tiga "
                "belas kelurahan, sekitar pukul enam sore, mulai digeser ke kantor "
                "KPU kabupaten dengan pengawalan personel Polsek.",
            ),
            ("pengawalan-logistik",),
        ),
        # An inspection of the warehouse checks its guard.
        (
            None,
            ("Kapolres melakukan inspeksi ke gudang logistik KPU, Sabtu.",),
            ("pengamanan-gudang-logistik",),
        ),
        # The place put first, the guard after it.
        (
            None,
            (
                "Kotak suara kini aman. Selama berada di gudang, kami lakukan "
                "penjagaan siang dan malam.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # An apel named after the escort it readies is the apel.
        (
            None,
            ("Polres menggelar apel pergeseran pasukan dan pengawalan logistik.",),
            ("apel",),
        ),
        # "Dalam pengamanan X, ... akan ...": the frame takes the main clause's mood.
        (
            None,
            (
                "Dalam pengamanan rekapitulasi di tingkat kecamatan, Kapolres akan "
                "mengerahkan dua pleton.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Dalam pengamanan rekapitulasi di tingkat kecamatan, Kapolres "
                "mengerahkan dua pleton.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # Standing guard and patrolling around the venue are one guard.
        (
            None,
            (
                "Personel mengamankan sidang pleno di hotel kota. Mereka melakukan "
                "penjagaan dan berpatroli di sekitar lokasi sidang.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # A patrol as a ring of the guard's layout is part of it.
        (
            None,
            (
                "Sejumlah personel ditempatkan di dalam lokasi rapat pleno.",
                "Ring tiga meliputi pintu masuk dan patroli mobil oleh Polsek.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # Alone, the patrol stays the deed.
        (
            None,
            ("Polsek melakukan penjagaan dan patroli di pasar malam.",),
            ("patroli",),
        ),
        # A span of the process's stages says how far the work reaches.
        (
            None,
            (
                "Polres mengawal distribusi logistik ke kecamatan, Senin.",
                "Polres juga dibantu Brimob terkait pengamanan baik dari pendistribusian "
                "hingga pengamanan di TPS.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            None,
            (
                "Personel mengamankan rapat pleno kabupaten di gedung serbaguna.",
                "Seluruh tahapan dari awal hingga pemungutan suara berlangsung aman.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # The event still ahead: "selama 60 hari ke depan", "dijadwalkan berlangsung".
        (
            None,
            (
                "Polres menyiagakan 150 personel untuk mengamankan tahapan kampanye "
                "selama 50 hari ke depan.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Sebanyak 300 personel dikerahkan untuk mengamankan rapat pleno "
                "provinsi malam ini.",
                "Rapat pleno dijadwalkan dimulai pukul 20.00 di hotel kota.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Sekitar 300 personel disiagakan di lokasi rapat pleno provinsi.",
                "Rapat pleno dijadwalkan berlangsung hingga Sabtu dini hari.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # Logistics guarded at the KPU office are guarded in store.
        (
            None,
            (
                "Personel gabungan menjaga kotak suara hasil pemungutan di kantor KPU "
                "kabupaten, Sabtu malam.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            (
                "Selain mengawal kotak suara, pengamanan juga dilakukan di kantor KPU "
                "dan Bawaslu.",
            ),
            ("pengamanan-kantor-kpu-bawaslu", "pengawalan-logistik"),
        ),
        # Around the office on a patrol: the patrol's place, not a guard of it.
        (
            "Polres Gelar Patroli ke Kantor Bawaslu",
            (
                "Selain pengamanan fisik, patroli juga menyapa warga yang berada di "
                "sekitar kantor Bawaslu kabupaten.",
            ),
            ("patroli",),
        ),
        # What an activity aims at is not done by it.
        (
            None,
            (
                "Sat Samapta menggelar patroli malam. Kegiatan ini bertujuan untuk "
                "menjaga keamanan kantor KPU kabupaten.",
            ),
            ("patroli",),
        ),
        # Personnel sent or assigned to guard the logistics: the purpose, not the
        # escort (rule 2 beyond the TPS).
        (
            None,
            (
                "Polres menerjunkan 20 personel untuk pengamanan surat suara dan kotak "
                "suara menjelang hari pemungutan.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Kapolres telah menugaskan 6 personel khusus untuk pengawalan kotak "
                "suara.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Personel Polsek mengawal distribusi logistik ke lima desa, Selasa.",),
            ("pengawalan-logistik",),
        ),
        # Sent out on the voting day itself, the personnel guard the TPS.
        (
            None,
            (
                "Proses pencoblosan di Pilkada kabupaten Rabu ini, Polres menurunkan "
                "300 personel untuk mengamankan penjagaan di setiap TPS.",
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            (
                "Polres menurunkan 300 personel untuk mengamankan penjagaan di setiap "
                "TPS.",
            ),
            ("lainnya",),
        ),
        # Papers secured that the story never moves anywhere: no escort.
        (
            None,
            (
                "Sasaran pengamanan kami orang, pengamanan dokumen, dan pengamanan "
                "komisioner selama pendaftaran.",
            ),
            ("lainnya",),
        ),
        # A patrol to the warehouse checks its security: the warehouse's.
        (
            "Kapolres Patroli Gudang KPU Jelang Hitung Ulang",
            ("Kapolres meninjau kesiapan logistik bersama Ketua KPU, Sabtu.",),
            ("pengamanan-gudang-logistik",),
        ),
        # The road named first, the escort after it.
        (
            None,
            (
                "Dari PPK menuju KPU kabupaten, pengamanan dan pengawalan dilakukan "
                "oleh personel Polsek.",
            ),
            ("pengawalan-logistik",),
        ),
        # An arrival watched, with no road named and no escort, is a check.
        (
            None,
            (
                "Kapolres memantau kedatangan kontainer berisi kotak suara di pelabuhan "
                "kota. Dua kontainer itu lalu disimpan di gudang KPU dan dijaga ketat.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # "Pengamanan dari sisi pendistribusian": a topic.
        (
            None,
            (
                "Ia menambahkan, pengamanan dari sisi pendistribusian tetap menjadi "
                "perhatian Polres.",
            ),
            ("lainnya",),
        ),
        # A pleno held at a hotel: the office guarded besides it is guarded too.
        (
            None,
            (
                "KPU menggelar rapat pleno rekapitulasi di Hotel Mutiara, Rabu.",
                "Personel mengamankan jalannya rapat pleno itu.",
                "Kami juga melakukan penebalan pengamanan di kantor serta gudang KPU "
                "dan Bawaslu.",
            ),
            (
                "pengamanan-kantor-kpu-bawaslu",
                "pengamanan-gudang-logistik",
                "pengamanan-rekapitulasi",
            ),
        ),
        # At the KPU's own hall, the office is the pleno's.
        (
            None,
            (
                "Personel mengamankan rapat pleno rekapitulasi di Aula Demokrasi KPU "
                "kabupaten.",
                "Penjagaan juga dilakukan di kantor KPU.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # A check's object carries no mood: checking the readiness is a check done.
        (
            None,
            ("Kapolres mengecek kesiapan pengamanan gudang logistik KPU, Kamis.",),
            ("pengamanan-gudang-logistik",),
        ),
        # The pleno as the time frame of a guard.
        (
            None,
            (
                "Selama pelaksanaan pleno, personel berjaga di dalam dan di luar gedung.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            (
                "Selama masa rekapitulasi, Polda melakukan pengamanan dengan "
                "menerjunkan Polwan untuk patroli di permukiman.",
            ),
            ("patroli",),
        ),
        # Members of the force carry the boxes.
        (
            None,
            (
                "Anggota Polsek membantu mengangkut kotak suara dari TPS ke kantor desa.",
            ),
            ("pengawalan-logistik",),
        ),
        # Another sitting still to come leaves a guard reported as done alone.
        (
            None,
            (
                "Polres mengamankan kampanye terbuka pasangan calon nomor urut 1 di "
                "lapangan kota, Senin.",
                "Pengamanan masa kampanye 20 hari ke depan tetap memakai pola yang sama.",
            ),
            ("pengamanan-kampanye",),
        ),
        (
            None,
            (
                "Personel mengamankan rapat pleno rekapitulasi tingkat kabupaten, Kamis.",
                "Rapat pleno tingkat provinsi direncanakan dimulai pekan depan.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # An earlier election put first frames the sentence: background.
        (
            None,
            (
                "Pada Pemilu 2019 lalu, Polres juga mengamankan rapat pleno di aula KPU.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Pada Rabu (27/11), Polres mengamankan rapat pleno di aula KPU.",),
            ("pengamanan-rekapitulasi",),
        ),
        # On duty on the day: done.
        (
            None,
            ("Sebanyak 400 personel bertugas untuk mengamankan 200 TPS hari ini.",),
            ("pengamanan-tps",),
        ),
        # The count at the PPK named first, then guarded.
        (
            None,
            ("Penghitungan suara di tingkat PPK dijaga ketat aparat kepolisian.",),
            ("pengamanan-rekapitulasi",),
        ),
        # A duty assigned is not yet done.
        (
            None,
            (
                "Para personel ditugaskan untuk melakukan sterilisasi ruangan dan "
                "patroli di sekitar gedung.",
            ),
            ("lainnya",),
        ),
    ],
)
def test_activities_session_6(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


# Session 7 (issue 11): general forms of a deed and of a mention, every sentence
# invented. Each case names the form it stands for.
@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # Denied or still missing right before the activity: no deed.
        (
            None,
            (
                "Sampai Selasa siang belum ada pengawalan logistik karena surat suara "
                "masih tertahan di percetakan.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Kapolsek menyebut tidak ada patroli khusus selama masa tenang.",),
            ("lainnya",),
        ),
        # "tidak hanya" does it.
        (
            None,
            (
                "Personel tidak hanya menjaga TPS, tetapi juga berpatroli ke permukiman "
                "warga pada hari pemungutan suara.",
            ),
            ("patroli", "pengamanan-tps"),
        ),
        # Someone else's deed: another body as the doer, no police named.
        (
            None,
            ("Anggota Satpol PP dan Linmas menjaga TPS di Kelurahan Sungai Tiung.",),
            ("lainnya",),
        ),
        (
            None,
            ("Panwascam mengawasi jalannya rekapitulasi di aula kecamatan.",),
            ("lainnya",),
        ),
        # ... a body named as a place is no doer, and a joint force is the police's.
        (
            None,
            (
                "Petugas keamanan dan pengawas pemilu memantau jalannya pleno hingga "
                "selesai.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # A meeting about a guard is not the guard.
        (
            None,
            (
                "Polres Tapin menggelar rapat koordinasi pengamanan kampanye bersama "
                "KPU dan Bawaslu.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Rakor lintas sektor itu membahas pengamanan pleno tingkat kabupaten.",),
            ("lainnya",),
        ),
        # A duty stated in general, and the stages a whole guard covers by example.
        (
            None,
            (
                "Selama tahapan pemilu, Polri bertanggung jawab mengamankan kampanye, "
                "pengawalan logistik, hingga pengamanan TPS.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Operasi itu digelar 120 hari untuk mengamankan seluruh tahapan, "
                "termasuk kampanye dan pemungutan suara.",
            ),
            ("lainnya",),
        ),
        # A hope is no deed.
        (
            None,
            (
                "Ia mengharapkan personel dapat mengamankan jalannya rapat pleno hingga "
                "selesai.",
            ),
            ("lainnya",),
        ),
        # PAM done is a guard.
        (
            None,
            ("Polsek Teluk Batang laksanakan PAM di tiga titik kampanye, Sabtu.",),
            ("pengamanan-kampanye",),
        ),
        # Around the warehouse, and one place in another at the office.
        (
            None,
            (
                "Personel terus bersiaga untuk memastikan situasi di sekitar gudang "
                "logistik tetap kondusif.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            ("Mereka berjaga di dalam maupun di luar halaman kantor KPU Paser.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # The office named first, the force after it.
        (
            None,
            (
                "Kantor KPU Kalbar kini dikelilingi petugas yang berjaga siang dan "
                "malam.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # The body's name as the place guarded.
        (
            None,
            ("Satu peleton ditempatkan di KPU dan satu peleton lagi di Bawaslu.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A police check at the office, as at the warehouse.
        (
            "Kapolsek Cek Kesiapan Personel Pengamanan di Kantor KPU",
            (),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # "keamanan dan ketertiban" is what a guard keeps.
        (
            None,
            (
                "Personel turut menjaga keamanan dan ketertiban dalam pelaksanaan rapat "
                "pleno, Senin.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # The count and its level further apart.
        (
            None,
            (
                "Polres melakukan penjagaan ketat terhadap proses penghitungan suara "
                "hasil pemungutan suara 2024 di tingkat kecamatan.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # A registration that passed off safely, in a police story, was guarded (at
        # the office, by law).
        (
            None,
            (
                "Kapolres menyebut pendaftaran bakal pasangan calon bupati sejak hari "
                "pertama berlangsung kondusif.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # Logistics guarded at the KPU on their way out are the escort's.
        (
            None,
            ("Saat ini pengamanan ada pada distribusi logistik di kantor KPU.",),
            ("pengawalan-logistik",),
        ),
        # The object named first, guarded after it, for every place and event alike.
        (
            None,
            (
                "Rapat pleno tingkat kabupaten itu mendapat penjagaan ketat dari Polres "
                "Sukamara.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            (
                "Gudang penyimpanan surat suara di Jalan Pangeran Antasari terus dijaga "
                "personel selama 24 jam.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            (
                "Pengiriman kotak suara ke desa-desa di hulu sungai dikawal ketat aparat "
                "kepolisian.",
            ),
            ("pengawalan-logistik",),
        ),
        # ... not where the logistics set out from.
        (
            None,
            (
                "Distribusi logistik dari gudang KPU menuju TPS juga dikawal ketat "
                "aparat gabungan.",
            ),
            ("pengawalan-logistik",),
        ),
        # Standing by, or there now, at the polling station.
        ("Personel Polsek Standby di TPS Sejak Subuh", (), ("pengamanan-tps",)),
        (
            None,
            (
                "Sejak pagi, anggota Bhabinkamtibmas sudah berada di lokasi TPS untuk "
                "mengamankan jalannya pencoblosan.",
            ),
            ("pengamanan-tps",),
        ),
        # A guard's worth is no report of one.
        (
            None,
            ("Menurutnya, pengamanan TPS menjadi kunci suksesnya pemilu.",),
            ("lainnya",),
        ),
        (
            None,
            ("Kapolres menegaskan pentingnya pengamanan di setiap TPS.",),
            ("lainnya",),
        ),
        # Two sentences glued at their stop keep their own moods.
        (
            None,
            (
                "Kapolres meminta personel tetap waspada.Puluhan personel berjaga di "
                "kantor KPU sejak pagi.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A manner word between the verb and its object.
        (
            None,
            (
                "Polisi menjaga secara ketat keamanan di lokasi rapat pleno tingkat "
                "kabupaten.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # "penjagaan" is "pengamanan".
        (
            "Polres Gelar Simulasi Penjagaan Pemilu di Alun-Alun",
            (),
            ("simulasi-sispamkota",),
        ),
        (
            None,
            (
                "Kotak suara diangkut dari gudang kecamatan dengan penjagaan ketat "
                "personel Polsek.",
            ),
            ("pengawalan-logistik",),
        ),
        # "masing-masing TPS" is where the guard is; where an escort arrives is not.
        (
            None,
            (
                "Aparat kepolisian melakukan pengamanan secara melekat dan terbuka di "
                "masing-masing TPS.",
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            ("Polisi mengawal logistik hingga tiba di TPS.",),
            ("pengawalan-logistik",),
        ),
        # Another body's check; a police duty officer ("perwira pengawas") is ours.
        (
            None,
            (
                "Komisioner KPU bersama Bawaslu melakukan pengecekan gudang logistik di "
                "Jalan Tjilik Riwut.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Piket perwira pengawas juga rutin melakukan pengecekan ke gudang "
                "logistik KPU.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # The venue named by what is held there.
        (
            None,
            (
                "Personel Polsek berjaga di kantor kecamatan tempat PPK menggelar "
                "rekapitulasi suara.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # Placed at the polling stations.
        (
            None,
            (
                "Pada hari pemungutan suara, 40 personel disebar ke seluruh TPS di "
                "Kecamatan Tanah Grogot.",
            ),
            ("pengamanan-tps",),
        ),
        # A training or briefing for a guard is not the guard.
        (
            None,
            (
                "Polres Balangan menggelar pembekalan pengamanan rapat pleno bagi 60 "
                "personel, Kamis.",
            ),
            ("lainnya",),
        ),
        # A force readied or placed for the TPS is a deployment (guideline rule 2),
        # except on the voting day itself.
        (
            None,
            ("Polres Kapuas menyiagakan 300 personel untuk mengamankan 400 TPS.",),
            ("lainnya",),
        ),
        (
            None,
            (
                "Proses pencoblosan berlangsung hari ini, Polres menyiagakan 300 "
                "personel untuk mengamankan 400 TPS.",
            ),
            ("pengamanan-tps",),
        ),
    ],
)
def test_activities_session_7(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


# Session 8 of issue 11: general forms behind dev misses (every sentence invented).
@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # Ballots folded and sorted are in the warehouse: that work guarded or
        # watched, named first or after the verb, is the warehouse's, no escort.
        (
            None,
            (
                "Pelipatan surat suara di aula kecamatan diawasi ketat oleh personel "
                "Polsek Sebuku.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            (
                "Polres Paser mengawal proses penyortiran dan pelipatan surat suara "
                "pemilu, Senin.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            "Kapolres Awasi Pelipatan Surat Suara di Sampit",
            ("Kegiatan berlangsung sejak pagi.",),
            ("pengamanan-gudang-logistik",),
        ),
        # The office as a second object guarded with the logistics.
        (
            None,
            (
                "Sebanyak 20 personel mengamankan kotak suara serta kantor KPU di "
                "Tanjung Redeb.",
            ),
            ("pengamanan-kantor-kpu-bawaslu", "pengamanan-gudang-logistik"),
        ),
        # A sentence listing where the one before placed the personnel.
        (
            None,
            (
                "Sebagian personel telah ditempatkan di titik pengamanan. Di antaranya "
                "di Kantor KPU dan Kantor Bawaslu.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A guard at the PPK: the recount's once the vote is over, the warehouse's
        # while the logistics wait there to go out to the villages; where an escort
        # sets out is no guard of the PPK.
        (
            None,
            (
                "Polsek Loa Kulu memperketat pengamanan kotak suara di kantor PPK "
                "setelah pemungutan suara.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            (
                "Logistik tiba di kantor PPK Kecamatan Batu Ampar dan langsung "
                "mendapatkan penjagaan dari personel Polsek.",
                "Besok logistik didistribusikan ke desa-desa.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            ("Kotak suara dari PPK Tabang dikawal ketat menuju KPU Kutai Barat.",),
            ("pengawalan-logistik",),
        ),
        # A means put first takes the main clause's mood.
        (
            None,
            (
                "Dengan pengawalan ketat atas distribusi logistik, warga diharapkan "
                "tetap tenang.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Dengan pengawalan ketat, personel Polsek mengantar kotak suara ke PPK.",),
            ("pengawalan-logistik",),
        ),
        # A drill the story refers to as held is a drill, unless the story is about
        # the KPU's rehearsal of the vote; one that must still be readied is not.
        (
            None,
            (
                "Kericuhan di depan kantor bupati itu hanyalah simulasi yang dilakukan "
                "Polres Sanggau.",
            ),
            ("simulasi-sispamkota",),
        ),
        (
            None,
            (
                "KPU Kapuas menggelar simulasi pemungutan suara di aula kantor camat.",
                "Simulasi ini diikuti seluruh petugas KPPS.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "“Simulasi pengamanan harus kita siapkan sebelum hari pemungutan,” "
                "kata Kapolres.",
            ),
            ("lainnya",),
        ),
        # A patrol going to the office is the patrol (the lead's ruling of session
        # 8); one held there guards it (seed record 004).
        (
            None,
            ("Tim patroli Samapta juga menyapa petugas yang berjaga di Kantor KPU.",),
            ("patroli",),
        ),
        (
            None,
            ("Patroli Polwan Samapta Jaga Kamtibmas di Kantor KPU Kapuas",),
            ("patroli",),
        ),
        (
            None,
            ("Satgas OMP menggelar patroli di kantor Bawaslu Kapuas.",),
            ("patroli", "pengamanan-kantor-kpu-bawaslu"),
        ),
        # A police check of the logistics is the warehouse's, unless the paragraph
        # is at the polling station.
        (
            None,
            ("Kapolres melakukan pengecekan logistik pemilu di KPU Katingan.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            (
                "Kapolda meninjau TPS 05 di Kelurahan Baru. Kapolda juga memeriksa "
                "kesiapan logistik di sana.",
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            ("Tim melaksanakan pengecekan di berbagai TPS di Kecamatan Long Apari.",),
            ("pengamanan-tps",),
        ),
        # A stage of the re-vote, a strategy for it, and the KPU's own visit are
        # no TPS guard.
        (
            None,
            ("Polres tetap mengawal tahapan awal PSU dengan sepertiga kekuatannya.",),
            ("lainnya",),
        ),
        (
            None,
            (
                "Langkah ini bagian dari strategi penguatan pengamanan PSU di wilayah "
                "perbatasan.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Komisi Pemilihan Umum (KPU) Provinsi meninjau langsung persiapan di "
                "setiap TPS.",
            ),
            ("lainnya",),
        ),
        # A patrol of social media is no patrol on the ground.
        (
            None,
            (
                "Untuk pengamanan di media sosial, Polres sudah melaksanakan patroli "
                "terhadap akun penyebar hoaks.",
            ),
            ("lainnya",),
        ),
        # An earlier day told first is background.
        (
            None,
            (
                "Sebelumnya, Senin (2/10) siang, massa bentrok dengan Brimob yang "
                "menjaga Kantor Bawaslu.",
            ),
            ("lainnya",),
        ),
        # An escort at the polling station takes the boxes back: no TPS guard; nor
        # is a headline cut short read apart from the lead it repeats.
        (
            None,
            (
                "Personel Polsek melakukan pengawalan di TPS untuk pengembalian kotak "
                "suara ke PPK.",
            ),
            ("lainnya",),
        ),
        (
            "Pencoblosan sudah usai, namun pengawalan personel di TPS terus berlanjut…",
            (
                "Pencoblosan sudah usai, namun pengawalan personel di TPS terus "
                "berlanjut untuk pengembalian kotak suara ke PPK.",
            ),
            ("lainnya",),
        ),
        # A force sent to a pleno that will guard it on arrival (guideline rule 5).
        (
            None,
            (
                "Polda telah memberangkatkan dua peleton ke Kecamatan Kubu untuk "
                "mengamankan sidang pleno.",
                "Setibanya di sana, pasukan akan melaksanakan tugas pengamanan "
                "terhadap rapat pleno.",
            ),
            ("lainnya",),
        ),
        # The PPK's guard needs the boxes kept or counted there, not only delivered
        # (the lead's ruling of session 8).
        (
            None,
            ("Personel berjaga di kantor PPK Kecamatan Tabang.",),
            ("lainnya",),
        ),
        (
            None,
            (
                "Personel Polsek mengamankan kotak suara di PPK Marangkayu.",
                "Kotak suara dikawal dari desa hingga tiba di PPK.",
            ),
            ("pengawalan-logistik",),
        ),
        # A routine patrol said in a quote past the lead is the story's, unless the
        # story reports an apel (the speaker's talk of routine after it).
        (
            None,
            (
                "Polres Paser menggelar apel gelar pasukan di halaman Mapolres, Senin.",
                "Kapolres mengatakan apel ini untuk mengecek kesiapan personel.",
                "“Kami juga terus melakukan patroli rutin untuk menjaga situasi tetap "
                "kondusif,” ujarnya.",
            ),
            ("apel",),
        ),
        (
            None,
            (
                "Polres Paser menjaga situasi tetap kondusif jelang pilkada.",
                "Kapolres mengatakan personel disiagakan di kantor camat.",
                "“Kami juga terus melakukan patroli rutin di permukiman,” ujarnya.",
            ),
            ("patroli",),
        ),
        # A purpose said first has its own mood; the main clause reports the deed
        # (and its readiness still makes it none).
        (
            None,
            (
                "Untuk menjamin keamanan selama pemungutan suara ulang, Satbrimob "
                "menggelar patroli skala besar di Long Apari.",
            ),
            ("patroli",),
        ),
        (
            None,
            ("Untuk mengamankan pergeseran logistik, Polres menyiapkan 465 personel.",),
            ("lainnya",),
        ),
        # A patrol team's named round held at the warehouse checks its security and
        # is a patrol of its own; the guards' rounds there are part of the guard.
        (
            "Satsamapta Polres Lanjutkan Patroli Dialogis Presisi di Gudang Logistik KPU",
            ("Personel memeriksa akses keluar masuk.",),
            ("patroli", "pengamanan-gudang-logistik"),
        ),
        (
            None,
            (
                "Personel yang berjaga juga berpatroli di gudang logistik KPU setiap "
                "malam.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
    ],
)
def test_activities_session_8(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


def test_readiness_for_the_vote_puts_it_ahead():
    """Undated, "siap ditugaskan menjaga keamanan dan kelancaran PSU" is ahead."""
    text = (
        "Seluruh jajaran TNI dan Polri siap ditugaskan menjaga keamanan dan "
        "kelancaran PSU yang digelar Sabtu."
    )
    assert before_the_polls(("pengamanan-tps",), None, None, text) == ("lainnya",)


@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # The passive prefix written apart from its verb is the same passive.
        (
            None,
            (
                "Pengiriman kotak suara ke setiap kelurahan tetap di kawal personel "
                "Polsek Tanah Grogot.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            "Gudang Logistik KPU Sekadau Di Jaga Ketat Polisi",
            ("Penjagaan berlangsung siang dan malam.",),
            ("pengamanan-gudang-logistik",),
        ),
        # ("di" before a place stays a place: nothing guarded here)
        (
            None,
            ("Warga berkumpul di kawasan pasar untuk menonton hiburan rakyat.",),
            ("lainnya",),
        ),
        # The bare verb of a doer put first places the force.
        (
            None,
            (
                "Kami tempatkan personel pengamanan di gudang logistik dan kantor KPU "
                "sejak Senin.",
            ),
            ("pengamanan-kantor-kpu-bawaslu", "pengamanan-gudang-logistik"),
        ),
        # "Cek" checks the warehouse as "mengecek" does.
        (
            "Kapolsek Cek Keamanan Gudang Logistik KPU Malinau",
            ("Pengecekan dilakukan bersama anggota piket.",),
            ("pengamanan-gudang-logistik",),
        ),
        # An event said to come later that day, its day or hour before "nanti": the
        # force sent for it guards nothing yet (rule 5).
        (
            "Polres Kerahkan 200 Personel Amankan Debat Kandidat",
            (
                "Debat kedua calon bupati dan wakil bupati di gedung serbaguna "
                "Kabupaten Kapuas akan digelar pada Jumat malam nanti.",
            ),
            ("lainnya",),
        ),
        # The vote itself secured, said as done; a polling station named as the one
        # visited; a visit to make sure the vote at a TPS runs well; a TPS seen safe;
        # personnel added at the TPS (its long name misspelt, its abbreviation after).
        (
            None,
            (
                '"Terima kasih kepada TNI dan Polri yang telah membantu keamanan '
                'jalannya Pilkada di desa kami," kata kepala desa.',
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            (
                "Kapolres dan Dandim memantau pemungutan suara di Kecamatan Sepaku. "
                "TPS yang dikunjungi adalah TPS 04 dan TPS 11.",
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            (
                "Wakapolres mengunjungi lapas guna memastikan kelancaran pencoblosan "
                "di TPS khusus.",
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            ("Hingga siang, TPS di pulau terluar terpantau aman dan kondusif.",),
            ("pengamanan-tps",),
        ),
        (
            None,
            (
                "Polsek Muara Teweh menambah personel di Tempat Pemilihan Suara (TPS) "
                "08 yang menggelar pemungutan suara ulang.",
            ),
            ("pengamanan-tps",),
        ),
        # ... but a visit to make sure the TPS are ready is no guard yet, nor is a
        # purpose of the vote's security.
        (
            None,
            (
                "Kapolres mengunjungi kecamatan terluar guna memastikan kesiapan "
                "petugas di seluruh TPS.",
            ),
            ("lainnya",),
        ),
        (
            None,
            ("Rapat digelar untuk mengamankan jalannya Pilkada di Kabupaten Paser.",),
            ("lainnya",),
        ),
        # The police's own visiting words check a TPS or the warehouse as "mengecek"
        # does.
        (
            None,
            (
                "Kapolsek menyambangi TPS 03 di Desa Sungai Ayak saat pencoblosan "
                "berlangsung.",
            ),
            ("pengamanan-tps",),
        ),
        (
            None,
            ("Kapolsek mendatangi gudang logistik KPU Sintang pada Sabtu malam.",),
            ("pengamanan-gudang-logistik",),
        ),
        # Accompanying the distribution escorts it; the vote or the place of storage
        # guarded, said in the passive.
        (
            None,
            ("Anggota Polsek Kapuas Murung mendampingi distribusi logistik ke desa.",),
            ("pengawalan-logistik",),
        ),
        ("Pencoblosan di Rutan Sampit Dijaga Ketat Polisi", (), ("pengamanan-tps",)),
        (
            None,
            (
                "Aula kecamatan yang menjadi tempat penyimpanan kotak suara dijaga polisi.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # A talk about a guard, its topic, a body or a document named for it: no deed
        # ("menjelaskan bahwa ..." still reports one).
        (
            None,
            ("Konferensi pers digelar untuk menjelaskan pengamanan kampanye akbar.",),
            ("lainnya",),
        ),
        (
            None,
            ("Kapolres menjadi narasumber dialog tentang pengamanan TPS di radio.",),
            ("lainnya",),
        ),
        (
            None,
            (
                "Polres Barito Timur membentuk satgas pengamanan TPS dan menerbitkan "
                "maklumat pengamanan kampanye.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Kapolsek menjelaskan bahwa pengawalan kotak suara ke PPK dilakukan "
                "oleh enam personel.",
            ),
            ("pengawalan-logistik",),
        ),
        # A round of the TPS, and the people met at one, check it; what is allowed or
        # forbidden on the duty is no report of it.
        (
            None,
            ("Kapolsek bersama anggota berkeliling ke sejumlah TPS di Desa Bahaur.",),
            ("pengamanan-tps",),
        ),
        (
            None,
            ("Wakapolres menyambangi petugas KPPS di TPS 12 Desa Bahaur.",),
            ("pengamanan-tps",),
        ),
        (
            None,
            (
                "Personel tidak diperkenankan berfoto dengan peserta pemilu selama "
                "pelaksanaan pengamanan TPS.",
            ),
            ("lainnya",),
        ),
        # Boxes holding the result kept at the PPK wait for the recount; the
        # warehouse an escort takes the boxes back to is its end, not guarded.
        (
            None,
            ("Polisi menjaga kotak suara hasil pemungutan suara di kantor PPK Selat.",),
            ("pengamanan-rekapitulasi",),
        ),
        (
            None,
            ("Polisi turut mengawal pengembalian kotak suara ke gudang KPU Kapuas.",),
            ("pengawalan-logistik",),
        ),
        # A force sent out later the same day for the event guards nothing yet
        # (rule 5); a force sent to an event going on does.
        (
            None,
            (
                "Polres Katingan sore ini menerjunkan 150 personel untuk mengamankan "
                "debat calon bupati di aula kabupaten.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Debat calon bupati berlangsung di aula kabupaten. Sebanyak 150 "
                "personel diterjunkan untuk mengamankan debat tersebut.",
            ),
            ("pengamanan-kampanye",),
        ),
        # "standby" as it is often written; logistics on their way from the PPS to
        # the TPS go out, they do not come back for the count.
        (
            None,
            (
                "Dua personel stand bay di kantor PPK Sungai Raya sambil menunggu "
                "logistik didistribusikan ke desa.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            None,
            (
                "Personel berjaga di kantor PPK Selat. Besok logistik didistribusikan "
                "dari PPS langsung ke TPS.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # A headline drops the body's "akan": an activity the body tells only as a
        # plan is that plan; told as done in the body too, it stays.
        (
            "Dikawal Aparat, Kotak Suara Menuju Kecamatan",
            (
                "Pengiriman kotak suara ke kecamatan akan mendapat pengawalan ketat "
                "dari personel Polres Kapuas.",
            ),
            ("lainnya",),
        ),
        (
            "Dikawal Aparat, Kotak Suara Menuju Kecamatan",
            (
                "Pengiriman kotak suara ke kecamatan akan mendapat pengawalan ketat "
                "dari personel Polres Kapuas. Pagi tadi personel telah mengawal kotak "
                "suara ke PPK Selat.",
            ),
            ("pengawalan-logistik",),
        ),
        # An English edition: the readiness parade is the apel, security in front of
        # the KPU office guards it.
        (
            "Police Hold Readiness Parade for Regional Elections",
            ("Hundreds of officers attended the parade in the city square.",),
            ("apel",),
        ),
        (
            None,
            (
                "Officers carried out security in front of the Paser Regency KPU "
                "office during the registration.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
    ],
)
def test_activities_session_9(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


def test_a_check_before_the_re_vote_puts_it_ahead():
    """Undated, "menjelang pelaksanaan PSU" says the re-vote is still ahead."""
    text = (
        "Kapolda meninjau dua TPS menjelang pelaksanaan PSU di Kabupaten Mahakam Ulu."
    )
    assert before_the_polls(("pengamanan-tps",), None, None, text) == ("lainnya",)


# The rule between a deed and `lainnya`, in invented sentences (session 9): an activity
# is the story's when officers are reported doing it, done or under way. A page that
# only meets about it, talks about it, names a body, a document or a role for it,
# plans it or readies a force for it, orders, asks or hopes for it is `lainnya`; a
# sentence that marks it done still reports it.
_DEED_OR_LAINNYA = (
    (
        "Polres Kotim menggelar rapat koordinasi pengamanan TPS bersama KPU dan Bawaslu.",
        "lainnya",
    ),
    (
        "Dalam rakor tersebut dibahas pengamanan kampanye dan distribusi logistik.",
        "lainnya",
    ),
    ("Kapolres menyatakan siap mengamankan seluruh TPS di Kotim.", "lainnya"),
    ("Polres Kotim menyiapkan 300 personel untuk mengamankan Pilkada.", "lainnya"),
    (
        "Kapolres mengimbau masyarakat menjaga keamanan selama pemungutan suara.",
        "lainnya",
    ),
    ("Personel akan ditempatkan di setiap TPS pada hari pemungutan suara.", "lainnya"),
    (
        "Kapolres memberikan arahan kepada personel yang akan mengamankan TPS.",
        "lainnya",
    ),
    (
        "Polres Kotim melakukan audiensi ke kantor KPU membahas pengamanan tahapan Pilkada.",
        "lainnya",
    ),
    ("Kapolres bersilaturahmi ke kantor Bawaslu Kotim.", "lainnya"),
    ("Polres Kotim memetakan TPS rawan jelang pemungutan suara.", "lainnya"),
    ("Sosialisasi pengamanan TPS digelar di aula Polres.", "lainnya"),
    (
        "Kapolres memaparkan rencana pengamanan TPS dalam rapat bersama Forkopimda.",
        "lainnya",
    ),
    (
        "Polres Kotim meminta seluruh personel menjaga netralitas saat bertugas mengamankan TPS.",
        "lainnya",
    ),
    ("Pengamanan TPS nantinya melibatkan 400 personel gabungan.", "lainnya"),
    (
        "Kapolres mengecek kesiapan personel yang akan diterjunkan mengamankan TPS.",
        "lainnya",
    ),
    ("Konferensi pers digelar untuk menjelaskan pengamanan kampanye akbar.", "lainnya"),
    ("Polres Kotim menggelar pembekalan bagi personel pengamanan TPS.", "lainnya"),
    ("Bawaslu mengawasi jalannya kampanye di Lapangan Kota.", "lainnya"),
    ("Panitia KPPS menjaga kotak suara hingga penghitungan selesai.", "lainnya"),
    (
        "Polres Kotim dan KPU menandatangani nota kesepahaman pengamanan Pilkada.",
        "lainnya",
    ),
    ("Kapolres berharap pemungutan suara berjalan aman dan lancar.", "lainnya"),
    ("Polri menjamin keamanan seluruh TPS di Kotim.", "lainnya"),
    ("Kapolres menyampaikan bahwa pengamanan TPS akan dibagi tiga pola.", "lainnya"),
    ("Personel Polres mengikuti pelatihan pengamanan TPS.", "lainnya"),
    ("Kapolres memimpin anev pengamanan kampanye.", "lainnya"),
    (
        "Polres Kotim menggelar rapat evaluasi pengamanan TPS usai pemungutan suara.",
        "lainnya",
    ),
    ("Kapolres menerangkan pengamanan kampanye dibagi dalam tiga ring.", "lainnya"),
    # (a layout is no deed by the layout rule, whatever the speaker's verb)
    ("Wakapolres mengatakan penjagaan kampanye terbagi menjadi dua lapis.", "lainnya"),
    ("Kabag Ops menuturkan pengamanan TPS dibagi tiga pola.", "lainnya"),
    # (a speaker who explains a guard reports it, as "mengatakan" does)
    ("Kapolres menjelaskan personel menjaga TPS selama pencoblosan.", "pengamanan-tps"),
    (
        "Kasat Samapta menerangkan anggota mengawal surat suara dari gudang ke PPK.",
        "pengawalan-logistik",
    ),
    # ("guna" right before the guard reads as "untuk": sent on the voting day itself,
    # the force guards the TPS; "guna memperkuat" stays a purpose)
    (
        "Pada hari pencoblosan ini, Polres mengerahkan 160 personel guna melakukan "
        "pengamanan di 80 TPS.",
        "pengamanan-tps",
    ),
    ("Sebanyak 200 personel digeser guna memperkuat pengamanan TPS.", "lainnya"),
    ("Polres menurunkan 400 personel guna mengamankan TPS.", "lainnya"),
    # ("kertas suara" is "surat suara")
    (
        "Kertas suara tiba di kantor PPK pukul 21.00 di bawah pengawalan aparat.",
        "pengawalan-logistik",
    ),
    (
        "KPU menyalurkan kertas suara ke sembilan PPK dengan pengawalan polisi.",
        "pengawalan-logistik",
    ),
    # ("rekap" named as the stage, or by its level, is the count of the votes)
    (
        "Polres mengamankan tahap rekap tingkat kabupaten di aula hotel.",
        "pengamanan-rekapitulasi",
    ),
    ("Anggota Polsek menjaga proses rekap di kantor camat.", "pengamanan-rekapitulasi"),
    ("Warga membaca rekap berita di media.", "lainnya"),
    # ("tempat pemungutan suara" written out is "TPS" in every rule)
    (
        "Polres mengawal tahapan pilkada, mulai dari pendistribusian hingga "
        "pengamanan di tempat pemungutan suara.",
        "lainnya",
    ),
    ("Setiap tempat pemungutan suara dijaga dua personel Polri.", "lainnya"),
    # ("esok" is "besok", "yang akan datang" is "mendatang")
    ("Esok, personel Polres mengawal surat suara ke PPK.", "lainnya"),
    ("Pengawalan logistik ke PPK dilaksanakan esok hari.", "lainnya"),
    (
        "Pengamanan TPS dalam pemilu yang akan datang melibatkan 300 personel Polres.",
        "lainnya",
    ),
    # ("personil" is "personel": a send-off of the force is an apel)
    ("Kapolres melepas seluruh personil ke 18 kecamatan di halaman Mako.", "apel"),
    ("Kapolres melepas seluruh personel ke 18 kecamatan di halaman Mako.", "apel"),
    # ("hendak" puts the deed ahead, as "akan" and "bakal" do)
    ("Personel Polres hendak mengamankan kotak suara di gudang KPU.", "lainnya"),
    ("Dua regu Sabhara hendak berpatroli ke TPS di pedalaman.", "lainnya"),
    (
        "Jelang pencoblosan, Polres Kotim cek kesiapan personel pengamanan TPS.",
        "lainnya",
    ),
    ("Kapolda berpesan agar personel menjaga TPS dengan humanis.", "lainnya"),
    ("Polres Kotim membentuk satgas pengamanan TPS.", "lainnya"),
    ("Polres Kotim menerbitkan maklumat pengamanan kampanye.", "lainnya"),
    (
        "Kapolres menjadi narasumber dialog interaktif tentang pengamanan TPS.",
        "lainnya",
    ),
    (
        "Kapolres menginstruksikan jajaran untuk mengawal distribusi logistik.",
        "lainnya",
    ),
    ("Polres Kotim siap mengamankan kampanye akbar pekan depan.", "lainnya"),
    (
        "Sebanyak 400 personel disiapkan untuk pengamanan debat kandidat yang akan digelar Sabtu.",
        "lainnya",
    ),
    ("Kapolres: Kami Siap Amankan Pleno Rekapitulasi", "lainnya"),
    (
        "Ratusan personel akan diterjunkan untuk mengamankan pemungutan suara.",
        "lainnya",
    ),
    ("Untuk pengamanan kampanye, Polres menyiapkan 300 personel.", "lainnya"),
    (
        "Dalam rakor itu, Kapolres menyampaikan personel mengamankan gudang logistik selama 24 jam.",
        "lainnya",
    ),
    ("Kapolres meminta jajaran meningkatkan patroli di wilayah rawan.", "lainnya"),
    ("Polres Kotim terus berkomitmen menjaga keamanan TPS.", "lainnya"),
    ("Personel akan mengawal logistik hingga ke TPS.", "lainnya"),
    ("Kapolres: Pengamanan TPS Harus Humanis", "lainnya"),
    ("Polres Kotim Bahas Pengamanan Pleno bersama KPU", "lainnya"),
    ("KPU dan Polres Kotim Koordinasi Pengamanan Distribusi Logistik", "lainnya"),
    ("Polres Kotim Terima Audiensi KPU soal Pengamanan Pleno", "lainnya"),
    (
        "Dalam rakor itu, Kapolres menyampaikan personel telah mengamankan gudang logistik selama 24 jam.",
        "pengamanan-gudang-logistik",
    ),
    ("Bhabinkamtibmas Desa Sungai Ayak memantau situasi di TPS 05.", "pengamanan-tps"),
    (
        "Kapolres didampingi pejabat utama mengunjungi TPS-TPS di Kecamatan Sebangau.",
        "pengamanan-tps",
    ),
    (
        "Kapolres melaksanakan monitoring TPS di wilayah Kecamatan Sebangau.",
        "pengamanan-tps",
    ),
    ("Personel Polri dan TNI terlihat berjaga di TPS 4 sejak pagi.", "pengamanan-tps"),
    ("Personel jaga gudang logistik KPU selama 24 jam.", "pengamanan-gudang-logistik"),
    (
        "Logistik pemilu tiba di PPK dengan pengawalan ketat personel Polsek.",
        "pengawalan-logistik",
    ),
    (
        "Personel Polres mengawal kegiatan kampanye calon gubernur di Sampit.",
        "pengamanan-kampanye",
    ),
    (
        "Polisi bersenjata lengkap menjaga kantor Bawaslu Kotim.",
        "pengamanan-kantor-kpu-bawaslu",
    ),
    (
        "Pleno PPK Kecamatan Baamang dijaga ketat personel Polsek.",
        "pengamanan-rekapitulasi",
    ),
    ("Patroli gabungan TNI-Polri menyisir wilayah Kecamatan Baamang.", "patroli"),
    ("Polres Kotim melaksanakan apel kesiapsiagaan personel.", "apel"),
    (
        "Polres Kotim menggelar latihan sispamkota di halaman mapolres.",
        "simulasi-sispamkota",
    ),
)


@pytest.mark.parametrize(("sentence", "activity"), _DEED_OR_LAINNYA)
def test_a_deed_or_lainnya(sentence, activity):
    assert find_activities(None, (sentence,)) == (activity,)


# Session 10 (issue 11): general forms found by inserting invented sentences into the
# right pages of the tuning set; every sentence invented.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # A list of duties names what the force is there for, not what it did.
        (
            (
                "“Tugas personel antara lain pengawalan logistik, pengamanan gudang KPU "
                "dan patroli di wilayah rawan,” ujarnya.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Dalam arahannya, Kapolres menyebutkan tugas yang harus dilaksanakan "
                "yakni pengamanan gudang logistik, pengawalan distribusi logistik, "
                "serta patroli.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Personel Polsek mengawal kotak suara dari kantor PPS ke kantor PPK. "
                "Tugas pengamanan meliputi penjagaan gudang dan patroli malam.",
            ),
            ("pengawalan-logistik",),
        ),
        # Duties told as done are deeds.
        (
            (
                "Tugas yang telah dilaksanakan personel antara lain pengawalan "
                "logistik ke kantor PPK dan patroli ke desa-desa.",
            ),
            ("patroli", "pengawalan-logistik"),
        ),
        # A patrol around the guarded site is that guard's rounds, whether it is
        # "patroli" or "berpatroli"; one that goes beyond it is a patrol.
        (
            (
                "Personel berjaga di gudang logistik KPU selama 24 jam. Personel piket "
                "juga berpatroli di sekitar gudang setiap dua jam.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            (
                "Polisi bersenjata lengkap menjaga kantor KPU. Anggota berpatroli di "
                "seputar kantor pada malam hari.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            (
                "Personel berjaga di gudang logistik KPU selama 24 jam. Personel juga "
                "berpatroli ke desa-desa di kecamatan itu.",
            ),
            ("patroli", "pengamanan-gudang-logistik"),
        ),
        # The KPU named as the owner of a guarded place is no doer of what follows.
        (
            (
                "Kegiatan pengamanan berupa penjagaan di gudang logistik KPU dan "
                "patroli ke desa-desa.",
            ),
            ("patroli", "pengamanan-gudang-logistik"),
        ),
        (("Satpol PP dan Linmas melakukan patroli ke desa-desa.",), ("lainnya",)),
        # A next step is no means of the guard: "dilanjutkan dengan patroli".
        (
            (
                "Usai pengamanan di kantor KPU, kegiatan dilanjutkan dengan patroli ke "
                "permukiman warga.",
            ),
            ("patroli", "pengamanan-kantor-kpu-bawaslu"),
        ),
        (
            (
                "Penjagaan gudang logistik KPU dilakukan dengan patroli rutin setiap "
                "dua jam oleh personel piket.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        # How the force is split, then listed, is its layout; concerns listed are aims.
        (
            (
                "Personel dibagi menjadi beberapa tim, yakni tim pengawalan logistik, "
                "tim penjagaan gudang dan tim patroli.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Ia menyebutkan ada tiga hal yang menjadi perhatian, yakni pengawalan "
                "logistik, penjagaan gudang dan patroli wilayah.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Personel yang dibagi dalam tiga shift berjaga di gudang logistik KPU "
                "selama 24 jam.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            (
                "Personel dibagi dua, sebagian berjaga di gudang logistik KPU, "
                "sebagian lagi mengawal distribusi logistik ke PPK.",
            ),
            ("pengamanan-gudang-logistik", "pengawalan-logistik"),
        ),
        # An earlier time put first frames the sentence, as in the mention's clause.
        (("Tahun lalu, personel juga menjaga gudang logistik KPU.",), ("lainnya",)),
        (
            ("Personel telah menjaga gudang logistik KPU sejak November lalu.",),
            ("pengamanan-gudang-logistik",),
        ),
        # What an activity is in general is no report of one.
        (
            (
                "Pengawalan logistik ke daerah terpencil menjadi tantangan tersendiri "
                "bagi personel.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Pengamanan gudang logistik KPU merupakan salah satu tugas penting "
                "Polri dalam pemilu.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Pengawalan logistik yang dilakukan personel hari ini menjadi "
                "tantangan tersendiri karena hujan.",
            ),
            ("pengawalan-logistik",),
        ),
        # The speaker's tag inside a clause does not end it.
        (
            (
                "Pengawalan logistik ke PPK, lanjutnya, akan dilakukan setelah "
                "pelipatan surat suara selesai.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Pengawalan logistik ke PPK, kata Kapolres, sudah dilakukan sejak pagi "
                "tadi.",
            ),
            ("pengawalan-logistik",),
        ),
        # Personnel readied at a place now guard it, in the active voice as in the
        # passive ("personel disiagakan di gudang").
        (
            ("Selain itu, Polres juga menyiagakan personel di gudang logistik KPU.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            ("Polres menyiagakan 20 personel di kantor KPU.",),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (("Polres akan menyiagakan personel di kantor KPU.",), ("lainnya",)),
        # The move of the logistics guarded, in the passive, is their escort; the
        # logistics guarded in store are the warehouse's.
        (
            ("Distribusi logistik pemilu ke kecamatan dijaga ketat personel Polres.",),
            ("pengawalan-logistik",),
        ),
        (
            (
                "Pergeseran logistik dari PPK ke PPS mendapat pengamanan dari personel "
                "Polsek.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            ("Logistik pemilu di gudang KPU dijaga ketat personel.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            ("Distribusi logistik ke kecamatan akan dijaga ketat personel Polres.",),
            ("lainnya",),
        ),
        # A sweep of the place secures it; a pleno watched by the police is guarded,
        # by Bawaslu and the witnesses it is not.
        (
            (
                "Sebelum pleno dimulai, personel melakukan sterilisasi ruang rapat "
                "pleno.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        (
            ("Personel melakukan sterilisasi gudang logistik KPU.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            ("Personel akan melakukan sterilisasi gudang logistik KPU.",),
            ("lainnya",),
        ),
        (
            ("Jalannya rapat pleno rekapitulasi dipantau langsung oleh Kapolres.",),
            ("pengamanan-rekapitulasi",),
        ),
        (
            ("Rapat pleno rekapitulasi dipantau oleh Bawaslu dan para saksi.",),
            ("lainnya",),
        ),
        # The loan word in a patrol's name is a patrol.
        (
            ("Personel Sat Samapta melaksanakan Blue Light Patrol di pusat kota.",),
            ("patroli",),
        ),
        (
            ("Kapolres meminta personel menggelar Blue Light Patrol setiap malam.",),
            ("lainnya",),
        ),
        # "memonitor" as "memantau"; "lokasi pemungutan suara" as "tempat ...".
        (
            ("Kapolsek memonitor jalannya penghitungan suara di TPS 02.",),
            ("pengamanan-tps",),
        ),
        (
            ("Polisi berjaga di lokasi pemungutan suara sejak pukul 07.00.",),
            ("pengamanan-tps",),
        ),
        (("Kapolres memonitor situasi kamtibmas melalui CCTV.",), ("lainnya",)),
        # Items set as paragraphs of their own take the mood of the sentence that
        # announced them: a meeting's or a plan's list is its content.
        (
            (
                "Rapat itu juga membahas skema pengamanan secara menyeluruh:",
                "- Pengawalan distribusi logistik pemilu",
                "- Penjagaan ketat di seluruh TPS",
            ),
            ("lainnya",),
        ),
        (
            (
                "Kapolres memberikan arahan sebagai berikut:",
                "1. Kawal logistik hingga ke PPK",
                "2. Jaga gudang logistik KPU selama 24 jam",
            ),
            ("lainnya",),
        ),
        (
            (
                "Kegiatan yang telah dilaksanakan personel antara lain:",
                "- Pengawalan distribusi logistik ke PPK",
                "- Patroli ke desa-desa rawan",
            ),
            ("patroli", "pengawalan-logistik"),
        ),
        (
            (
                "Rapat itu membahas skema pengamanan:",
                "- Pengawalan distribusi logistik",
                "Usai rapat, personel mengawal logistik ke kantor PPK.",
            ),
            ("pengawalan-logistik",),
        ),
        # The end of a span is no object of the guard.
        (
            ("Polres masih menjaga gudang logistik KPU hingga pleno selesai.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            ("Personel mengamankan jalannya rapat pleno hingga selesai.",),
            ("pengamanan-rekapitulasi",),
        ),
    ],
)
def test_activities_session_10(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# Session 12: the forms of one root and the names of one object, as families.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # The passive of each guarding root, with its manner or doer.
        (
            ("Kotak suara di Desa Sungai Lintang terkawal dengan baik oleh polisi.",),
            ("pengawalan-logistik",),
        ),
        (
            (
                "Tempat pemungutan suara 03 tetap dalam penjagaan ketat Polsek Teluk Air.",
            ),
            ("pengamanan-tps",),
        ),
        (
            ("Rapat pleno PPK Sejangkung berada dalam pengawalan personel Polres.",),
            ("pengamanan-rekapitulasi",),
        ),
        (
            ("Debat publik calon bupati memperoleh pengamanan dari Polres Landak.",),
            ("pengamanan-kampanye",),
        ),
        # A part taken in a guard is said of the doer, not of the object.
        (
            ("Masa kampanye ini kesempatan kita dalam pengawalan tahapan berikutnya.",),
            ("lainnya",),
        ),
        # A polling station by its other names.
        (
            ("Bhabinkamtibmas Desa Sepuk berjaga di lokasi pencoblosan sejak pagi.",),
            ("pengamanan-tps",),
        ),
        (
            ("Dua personel Polsek mengamankan tempat pencoblosan di Dusun Kayu Ara.",),
            ("pengamanan-tps",),
        ),
        # The count by its short name.
        (
            ("Polsek Sekayam mengamankan rekap suara tingkat kecamatan di aula PPK.",),
            ("pengamanan-rekapitulasi",),
        ),
        # The election's equipment is logistics; the personnel's gear is not.
        (
            (
                "Personel mengawal perlengkapan pemungutan suara menuju Kecamatan Entikong.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            ("Perlengkapan pemungutan suara ke PPS dikawal ketat polisi.",),
            ("pengawalan-logistik",),
        ),
        # The jaga root guards logistics on the move as the aman root does.
        (
            (
                "Anggota Polsek menjaga logistik Pilkada yang dikirim ke Kecamatan Seluas.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            ("Anggota Polsek menjaga logistik Pilkada yang disimpan di gudang.",),
            ("pengamanan-gudang-logistik",),
        ),
        # Logistics named on their way, guarded in any form.
        (
            ("Surat suara menuju PPK Ledo dijaga ketat personel gabungan.",),
            ("pengawalan-logistik",),
        ),
        (
            ("Kotak suara dari TPS ke PPK mendapat pengamanan dari Polsek Sajad.",),
            ("pengawalan-logistik",),
        ),
    ],
)
def test_activities_root_and_object_families(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# A passive said of a subject with a clause on who moves or holds it, and the move
# told by the KPU that makes it.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Pendistribusian logistik ke kecamatan yang dilakukan KPU Kabupaten "
                "Melawi dikawal ketat aparat kepolisian.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            (
                "Rekapitulasi suara yang digelar PPK Nanga Pinoh di aula kecamatan "
                "dijaga personel Polsek.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        (
            (
                "KPU Kabupaten Sekadau mendistribusikan logistik Pilkada ke 7 PPK "
                "dengan pengawalan personel Polres.",
            ),
            ("pengawalan-logistik",),
        ),
        (
            (
                "KPU setempat menyalurkan surat suara ke desa-desa terpencil, dikawal "
                "anggota Polsek dan Babinsa.",
            ),
            ("pengawalan-logistik",),
        ),
        # A person taken away under guard is no logistics.
        (
            ("Pelaku dibawa ke Mapolsek untuk diperiksa lebih lanjut.",),
            ("lainnya",),
        ),
    ],
)
def test_activities_passive_subject_clauses_and_the_kpu_as_mover(
    paragraphs, activities
):
    assert find_activities(None, paragraphs) == activities


# The campaign's rally by its own name, guarded (named alone it is no guard).
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            ("Polres Kapuas Hulu mengamankan rapat umum paslon nomor urut 1.",),
            ("pengamanan-kampanye",),
        ),
        (
            ("Rapat umum calon gubernur di Lapangan Merdeka dijaga 300 personel.",),
            ("pengamanan-kampanye",),
        ),
        (
            ("Paslon nomor urut 2 menggelar rapat umum di Lapangan Merdeka.",),
            ("lainnya",),
        ),
    ],
)
def test_activities_the_rally_is_a_campaign(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# Precision on unseen wording (session 12): the readings that kept older code from
# finding an activity, said in other words.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # a purpose after who says it takes the main clause's mood
        (
            (
                "Wakapolres, Kompol Andi Saputra, menjelaskan untuk mengawal kotak "
                "suara dari gudang ke kecamatan, Polres telah menyiapkan 40 anggota.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Kapolsek menuturkan bahwa guna mengawal kotak suara ke kecamatan, "
                "anggotanya sudah berangkat sejak subuh.",
            ),
            ("pengawalan-logistik",),
        ),
        # a force named for the logistics it will guard is assigned, not yet at work
        (
            (
                "Kasat Samapta menyebut pihaknya sudah menunjuk 6 personel khusus guna "
                "mengawal surat suara ke desa-desa.",
            ),
            ("lainnya",),
        ),
        # the layout by its patterns, then listed, is no deed
        (
            (
                "Pengamanan Polres menerapkan dua pola: penjagaan tetap di TPS dan "
                "patroli keliling antardesa.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Penjagaan diatur dengan tiga ring, yaitu ring dalam di TPS, ring "
                "kedua di desa dan patroli di jalan raya.",
            ),
            ("lainnya",),
        ),
        # (a site kept by standing and patrolling, however the patrol is said, is one
        # guard)
        (
            (
                "Personel menjaga rapat pleno di aula kecamatan. Mereka melakukan "
                "penjagaan dan melakukan patroli di sekitar lokasi rapat.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # (a count of rings said of a guard held stays that guard)
        (
            (
                "Personel Polres menjaga rapat pleno rekapitulasi di aula kecamatan "
                "dengan tiga ring pengamanan.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # a plan's list announced by "sejumlah langkah" holds its content
        (
            (
                "Rencana pengamanan yang bakal dijalankan Polres memuat sejumlah "
                "langkah. Patroli ke TPS di pelosok.",
            ),
            ("lainnya",),
        ),
        # where the guard is aimed
        (
            (
                "Penjagaan dipusatkan di TPS yang jauh dari jalan utama dan di kantor "
                "Bawaslu.",
            ),
            ("lainnya",),
        ),
        (
            ("Pengamanan diprioritaskan di TPS daerah perbatasan.",),
            ("lainnya",),
        ),
        # the order of the area, or its run-up, went safely: no event guarded
        (
            (
                "Hingga mendekati pencoblosan di TPS, keadaan kamtibmas di desa "
                "berjalan tertib.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Menjelang pemungutan suara di TPS, suasana di kabupaten berjalan "
                "kondusif.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Menjelang pemungutan suara, penjagaan TPS di kabupaten berjalan lancar.",
            ),
            ("pengamanan-tps",),
        ),
        (
            ("Pemungutan suara di TPS berjalan aman berkat penjagaan personel.",),
            ("pengamanan-tps",),
        ),
        # a drill that must still be readied
        (
            (
                "Kapolres menyebut simulasi pengamanan kota perlu kita persiapkan "
                "sebelum hari pemungutan suara.",
            ),
            ("lainnya",),
        ),
    ],
)
def test_activities_precision_in_other_words(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


def test_a_patrol_through_which_a_store_is_watched_is_its_guard():
    paragraphs = (
        "Personel Polres menjaga gudang logistik KPU selama 24 jam.",
        "Pengawasan gudang juga diperketat melalui patroli malam yang intensif.",
    )
    assert find_activities(None, paragraphs) == ("pengamanan-gudang-logistik",)


def test_a_force_sent_to_a_pleno_set_for_later_guards_nothing_yet():
    paragraphs = (
        "Polda mengirimkan dua peleton Brimob ke kecamatan guna menjaga rapat pleno "
        "rekapitulasi.",
        "Rapat pleno itu dijadwalkan digelar pekan depan.",
    )
    assert find_activities(None, paragraphs) == ("lainnya",)


# The same readings by the other words for a word: "bakal" for "akan", "penjagaan"
# for "pengamanan", "anggota" for "personel", "guna" for "untuk".
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Polres mengirim satu kompi ke kecamatan untuk menjaga rapat pleno.",
                "Rapat pleno itu dijadwalkan bakal digelar Senin.",
            ),
            ("lainnya",),
        ),
        (
            ("Polres menggelar apel penjagaan tahap kampanye di halaman Mapolres.",),
            ("apel",),
        ),
        (
            (
                "Wilayah yang dijaga luas, mulai dari pendistribusian hingga penjagaan "
                "di TPS.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Polda mengirim personel Brimob untuk memperkuat penjagaan PSU di "
                "kabupaten.",
            ),
            ("lainnya",),
        ),
        (
            ("Para anggota ditugaskan guna berpatroli dan menjaga ruang pleno.",),
            ("lainnya",),
        ),
        (
            ("Anggota penjagaan TPS tiba di Mapolsek pukul enam pagi.",),
            ("lainnya",),
        ),
        (
            (
                "Polres menggelar jumpa pers untuk menjelaskan pengamanan kampanye "
                "paslon.",
            ),
            ("lainnya",),
        ),
    ],
)
def test_activities_the_other_word_for_a_word(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# Logistics kept in store and moved nowhere are guarded there, whatever the guard's
# word: "dikawal" or "pengawalan" of a store is no escort on the road.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            ("Kotak suara itu disimpan di gudang kecamatan yang dikawal dua regu.",),
            ("pengamanan-gudang-logistik",),
        ),
        (
            (
                "Untuk sementara logistik pilkada disimpan di aula kantor lurah "
                "dengan pengawalan ketat polisi.",
            ),
            ("pengamanan-gudang-logistik",),
        ),
        (
            (
                "Logistik yang tersimpan di kantor camat dikawal polisi menuju PPK "
                "pagi ini.",
            ),
            ("pengawalan-logistik",),
        ),
    ],
)
def test_an_escort_of_logistics_kept_in_store_guards_the_store(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# Personnel named by the part they take in a guard are a role, as "personel
# pengamanan" is: the guard is told elsewhere or not at all.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Seluruh personel yang terlibat dalam pengamanan debat paslon hadir "
                "mendengar arahan Wakapolres.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Polsek menggelar apel dengan anggota yang bertugas pada penjagaan TPS "
                "di desa itu.",
            ),
            ("apel",),
        ),
        (
            ("Dua peleton personel mengamankan debat paslon di gedung serbaguna.",),
            ("pengamanan-kampanye",),
        ),
    ],
)
def test_personnel_named_by_their_part_in_a_guard_are_a_role(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# A headline drops the "untuk" of a purpose: the guard's bare verb beside an event
# held is what the event is for; joined by a conjunction it is a deed of its own.
@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        (
            "Amankan Distribusi Logistik Pilkada, Polres Gelar Rakor Bersama Camat",
            ("Polres menggelar rapat koordinasi bersama para camat di aula.",),
            ("lainnya",),
        ),
        (
            "Polsek Gelar Patroli Malam Amankan Pengiriman Logistik Pilkada",
            ("Polsek menggelar patroli malam keliling desa.",),
            ("patroli",),
        ),
        (
            "Polsek Gelar Patroli dan Kawal Distribusi Logistik ke PPS",
            ("Polsek menggelar patroli keliling desa.",),
            ("patroli", "pengawalan-logistik"),
        ),
    ],
)
def test_a_headline_guard_beside_an_event_held_is_its_purpose(
    title, paragraphs, activities
):
    assert find_activities(title, paragraphs) == activities


# A force assigned to the TPS is sent for them, as one deployed or readied is; the
# stages a guard covers, "tahapan demi tahapan" as "setiap tahapan", are its reach.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Polda menugaskan sebanyak 900 personel untuk pengamanan TPS di "
                "enam kabupaten.",
            ),
            ("lainnya",),
        ),
        (
            ("Sebanyak 90 personel ditugaskan untuk mengamankan TPS di kecamatan.",),
            ("lainnya",),
        ),
        (
            (
                "Polisi ditugaskan mengawal tahapan demi tahapan pilkada, seperti "
                "pengamanan surat suara dan kampanye.",
            ),
            ("lainnya",),
        ),
    ],
)
def test_a_force_assigned_and_the_stages_it_covers_are_no_deed(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# A sentence that opens "Mulai dari ..." lists on what the one before it said, in its
# mood: the plan's stages are still the plan.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Ratusan personel itu nantinya akan mengawal seluruh tahapan pilkada "
                "di kabupaten.",
                "Mulai dari pendistribusian dan pengamanan logistik ke kecamatan.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Polres telah mengawal tahapan pilkada di kabupaten sejak pagi.",
                "Mulai dari pendistribusian dan pengawalan logistik ke kecamatan.",
            ),
            ("pengawalan-logistik",),
        ),
    ],
)
def test_a_list_opening_mulai_dari_keeps_the_mood_before_it(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# A force readied "untuk" another verb's purpose at the TPS is readied for it; a
# guard's own verb after "untuk" is still read at the TPS.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Satu kompi itu disiagakan untuk mengantisipasi kerusuhan yang mungkin "
                "muncul di seluruh TPS.",
            ),
            ("lainnya",),
        ),
        (
            ("Dua personel disiagakan saat pencoblosan di setiap TPS desa itu.",),
            ("pengamanan-tps",),
        ),
    ],
)
def test_a_purpose_between_the_guard_and_the_tps_is_not_the_guard(
    paragraphs, activities
):
    assert find_activities(None, paragraphs) == activities


# Session 15: a table-top drill (the Tactical Floor Game, or the Tactical Wall Game at a
# wall map) rehearses a guard the story may report besides: it plays out none of it.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            ("Kabag Ops memimpin Tactical Wall Game (TWG) di aula Mapolres Selasa.",),
            ("simulasi-sispamkota",),
        ),
        (
            (
                "Pagi tadi personel mengikuti Tactical Floor Game di aula Mapolres.",
                "Malamnya ratusan personel mengamankan debat kandidat di gedung DPRD.",
            ),
            ("pengamanan-kampanye", "simulasi-sispamkota"),
        ),
        (
            (
                "Polres menggelar simulasi sispamkota di alun-alun kota.",
                "Dalam simulasi itu personel mengamankan kampanye yang ricuh.",
            ),
            ("simulasi-sispamkota",),
        ),
    ],
)
def test_a_table_top_drill_plays_out_no_deed_of_the_story(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# A patrol kept around the guarded office, however far its words put the place ("untuk
# menjaga keamanan di sekitar kantor", "disekitaran", "pada kawasan kantor"), is that
# guard's rounds; one to the villages is a patrol of its own.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Personel Polres berjaga bergiliran di Kantor Bawaslu selama 24 jam.",
                "Patroli juga ditingkatkan siang dan malam untuk menjaga keamanan di "
                "sekitar kantor itu.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            (
                "Polisi menjaga kantor KPU dan melakukan patroli disekitaran kantor "
                "tersebut secara bergantian.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            (
                "Anggota Polsek berjaga di kantor KPU kota itu.",
                "Mereka juga berpatroli pada kawasan kantor penyelenggara.",
            ),
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        (
            (
                "Polisi menjaga kantor KPU sejak Senin.",
                "Patroli juga digelar ke desa-desa di kecamatan itu.",
            ),
            ("patroli", "pengamanan-kantor-kpu-bawaslu"),
        ),
    ],
)
def test_a_patrol_around_the_guarded_office_is_its_rounds(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# An event later the same day, the part of the day first ("debat malam nanti"), or a
# force readied for tonight ("disiagakan malam nanti"), is still ahead (rule 5).
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Polda mengerahkan 300 personel untuk mengamankan debat calon bupati "
                "di gedung serbaguna.",
                "Personel dilibatkan agar debat kandidat malam nanti berjalan tertib.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Polres mengerahkan 200 personel untuk pengamanan debat paslon di hotel "
                "kota itu.",
                "Sebanyak 200 personel itu disiagakan sore nanti, kata Kabag Ops.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Polres mengerahkan 200 personel untuk pengamanan debat paslon di hotel "
                "kota itu, Rabu malam.",
            ),
            ("pengamanan-kampanye",),
        ),
    ],
)
def test_an_event_later_the_same_day_is_still_ahead(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


# A patrol named by its noun as the means of something else is how the force works,
# no deed; done by a verb ("dengan menggelar patroli"), it stays the story's patrol.
@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        (
            (
                "Kapolsek mengumpulkan para ketua RT di balai desa untuk membahas "
                "ketertiban menjelang pilkada.",
                "Suasana kampung dijaga bersama dengan penguatan patroli keliling.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Polres dan tokoh adat menandatangani komitmen pemilu damai di aula.",
                "Sinergi itu dibuktikan dengan kegiatan patroli bersama warga kampung.",
            ),
            ("lainnya",),
        ),
        (
            (
                "Polsek menenangkan warga kampung seberang dengan menggelar patroli "
                "sepeda, Selasa malam.",
            ),
            ("patroli",),
        ),
        (
            ("Polsek menjaga keamanan pasar dengan berpatroli hingga subuh.",),
            ("patroli",),
        ),
    ],
)
def test_a_patrol_named_as_a_means_is_no_deed_unless_a_verb_does_it(
    paragraphs, activities
):
    assert find_activities(None, paragraphs) == activities
