"""Activities said in the words reporters and police press officers commonly use.

Each case is an invented sentence in one common wording of an activity (a verb in
another affix or voice, the activity's noun after a verb of doing, an object written
out), with a near miss that must stay out.
"""

from __future__ import annotations

import pytest

from arsip_extract.activities import find_activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The vote at the polling stations by its names, guarded in any verb.
        (
            "Personel Polsek Lembah Hijau mengawal proses pemungutan suara di "
            "Kecamatan Lembah Hijau, Rabu (14/2/2024).",
            ("pengamanan-tps",),
        ),
        (
            "Anggota Polres Tanjung Pelangi menjaga jalannya pencoblosan di desa "
            "terpencil, Rabu (14/2/2024).",
            ("pengamanan-tps",),
        ),
        (
            "Personel Polres Tanjung Pelangi mengamankan tahapan pungut hitung di "
            "seluruh wilayah hukum, Rabu (14/2/2024).",
            ("pengamanan-tps",),
        ),
        (
            "Polres Tanjung Pelangi mengamankan proses pemungutan dan penghitungan "
            "suara di 12 kecamatan, Rabu (14/2/2024).",
            ("pengamanan-tps",),
        ),
        (
            "Sejak pagi personel melaksanakan pengamanan pemungutan suara di "
            "wilayah Lembah Hijau, Rabu (14/2/2024).",
            ("pengamanan-tps",),
        ),
        (
            "Kapolres Tanjung Pelangi melakukan kunjungan kerja ke sejumlah TPS, "
            "Rabu (14/2/2024).",
            ("pengamanan-tps",),
        ),
        (
            "Kapolsek bersama Danramil sambang TPS di Desa Sungai Bening, Rabu "
            "(14/2/2024).",
            ("pengamanan-tps",),
        ),
        # (a purpose of working together is not the guard: "untuk mengawal")
        (
            "Polres Tanjung Pelangi bekerja sama dengan Satpol PP untuk mengawal "
            "proses pemungutan suara.",
            ("lainnya",),
        ),
    ],
)
def test_the_vote_guarded_in_its_common_wordings(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # Escorted in the other verb of the road, "mengiringi / diiringi" by police.
        (
            "Pendistribusian logistik pemilu ke kecamatan diiringi personel Polres "
            "Tanjung Pelangi, Senin (12/2/2024).",
            ("pengawalan-logistik",),
        ),
        (
            "Dua anggota Polsek mengiringi truk pengangkut surat suara menuju PPK "
            "Lembah Hijau, Senin (12/2/2024).",
            ("pengawalan-logistik",),
        ),
        # (a bare "diiringi" is any accompaniment)
        (
            "Pendistribusian logistik ke desa diiringi hujan deras sejak pagi.",
            ("lainnya",),
        ),
        # Watched on its way by the police, "diawasi oleh personel / jajaran Polsek"
        # (as the warehouse is); watched by the watchdog alone it is no escort.
        (
            "Seluruh proses distribusi logistik ke desa diawasi oleh jajaran Polsek "
            "Lembah Hijau, Selasa (13/2/2024).",
            ("pengawalan-logistik",),
        ),
        (
            "Pergeseran kotak suara ke kecamatan diawasi Panwascam Lembah Hijau.",
            ("lainnya",),
        ),
        # The delivery by its passive, "diantar / diantarkan", under guard (to the
        # warehouse it is the road's guard, not the store's).
        (
            "Surat suara diantarkan ke gudang KPU Tanjung Pelangi dengan pengamanan "
            "ketat aparat kepolisian, Sabtu (26/10/2024).",
            ("pengawalan-logistik",),
        ),
        # The result forms by their names.
        (
            "Personel Polsek mengawal C1 plano dari PPK Lembah Hijau ke KPU "
            "kabupaten, Senin (19/2/2024).",
            ("pengawalan-logistik",),
        ),
    ],
)
def test_logistics_escorted_in_its_common_wordings(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The watchdog's office written out in full.
        (
            "Personel Polres melakukan pengamanan di kantor Badan Pengawas Pemilihan "
            "Umum (Bawaslu) Kabupaten Tanjung Pelangi, Senin (12/2/2024).",
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A legislative vote's registration at the KPU office.
        (
            "Polres Tanjung Pelangi mengamankan pendaftaran bacaleg di kantor KPU "
            "Tanjung Pelangi, Senin (1/5/2023).",
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # The store by its rooms, and watched by the police.
        (
            "Ruang penyimpanan logistik di aula kecamatan dijaga personel Polsek "
            "siang dan malam.",
            ("pengamanan-gudang-logistik",),
        ),
        (
            "Gudang logistik KPU Tanjung Pelangi diawasi personel kepolisian selama "
            "24 jam.",
            ("pengamanan-gudang-logistik",),
        ),
        # (watched by the election watchdog it is not the police's guard)
        ("Gudang logistik KPU Tanjung Pelangi diawasi Bawaslu.", ("lainnya",)),
        # The voting day guarded, and the vote's colloquial name.
        (
            "Ratusan personel mengamankan hari pencoblosan di Lembah Hijau, Rabu "
            "(14/2/2024).",
            ("pengamanan-tps",),
        ),
        (
            "Polsek Lembah Hijau menjaga jalannya coblosan di desa-desa, Rabu "
            "(14/2/2024).",
            ("pengamanan-tps",),
        ),
    ],
)
def test_offices_stores_and_the_voting_day_in_common_wordings(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # A security drill by its other word, "latihan", and a riot-control drill.
        (
            "Polres Tanjung Pelangi menggelar latihan pengamanan TPS di halaman "
            "Mapolres, Kamis (1/2/2024).",
            ("simulasi-sispamkota",),
        ),
        (
            "Polres Tanjung Pelangi menggelar latihan dalmas menghadapi unjuk rasa "
            "Pemilu 2024, Kamis (1/2/2024).",
            ("simulasi-sispamkota",),
        ),
        (
            "Satu peleton Sabhara mengikuti latihan pengendalian massa di lapangan "
            "Mapolres, Kamis (1/2/2024).",
            ("simulasi-sispamkota",),
        ),
        # (a meeting named for the drill is no drill held)
        (
            "Di ruang vicon Polres telah dilaksanakan kegiatan Zoom Meeting Latihan "
            "Pengamanan TPS menghadapi Pemilu 2024.",
            ("lainnya",),
        ),
        # (nor is a physical training: "pelatihan fisik")
        (
            "Polres Tanjung Pelangi menggelar pelatihan fisik bagi personel.",
            ("lainnya",),
        ),
    ],
)
def test_drills_in_their_common_wordings(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The small campaign meeting the law names, "pertemuan terbatas".
        (
            "Personel Polres mengamankan kegiatan pertemuan terbatas calon "
            "legislatif di Desa Sungai Bening, Senin (12/2/2024).",
            ("pengamanan-kampanye",),
        ),
        # The commission written out as the place guarded.
        (
            "Satu peleton disiagakan di Komisi Pemilihan Umum Kabupaten Tanjung "
            "Pelangi selama masa pendaftaran.",
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # A send-off ceremony of the deployment is an apel, whatever its name.
        (
            "Polres Tanjung Pelangi menggelar upacara pergeseran pasukan pengamanan "
            "TPS, Selasa (13/2/2024).",
            ("apel",),
        ),
    ],
)
def test_campaigns_offices_and_ceremonies_in_common_wordings(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # The commission written out where a rule named only its letters: a pleno
        # in its own hall is at its office, not elsewhere.
        (
            (
                "Polres Tanjung Pelangi mengamankan rapat pleno rekapitulasi suara di "
                "Aula Demokrasi Komisi Pemilihan Umum Tanjung Pelangi, Senin "
                "(4/3/2024).",
                "Personel juga berjaga di kantor Komisi Pemilihan Umum sejak pagi.",
            ),
            ("pengamanan-rekapitulasi",),
        ),
        # (its members are another doer: their visit to the TPS is no police guard)
        (
            (
                "Anggota Komisi Pemilihan Umum RI meninjau langsung persiapan di TPS "
                "04 Desa Sungai Bening, Jumat (21/3/2025).",
            ),
            ("lainnya",),
        ),
    ],
)
def test_the_commission_written_out(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The drill's verb in its forms, and the drill named by both its words.
        (
            "Usai apel, Polres Tanjung Pelangi mensimulasikan penanganan kericuhan di "
            "halaman kantor camat, Kamis (5/10/2023).",
            ("apel", "simulasi-sispamkota"),
        ),
        (
            "Personel Polsek Lembah Hijau menyimulasikan pengamanan kotak suara di "
            "lapangan desa, Kamis (5/10/2023).",
            ("simulasi-sispamkota",),
        ),
        (
            "Selama dua hari personel Polres melakukan latihan simulasi jika terjadi "
            "keributan di depan gedung dewan.",
            ("simulasi-sispamkota",),
        ),
        # (the verb taking a "bahwa" clause says what something shows)
        (
            "Ramainya warga di pasar itu mensimulasikan bahwa suasana desa tetap "
            "tenang, kata Kapolsek.",
            ("lainnya",),
        ),
        # A candidate's visit guarded or escorted is a campaign's.
        (
            "Kedatangan calon gubernur nomor urut 2 ke Desa Sungai Bening mendapat "
            "pengawalan personel Polres Tanjung Pelangi, Sabtu (12/10/2024).",
            ("pengamanan-kampanye",),
        ),
        (
            "Satu regu Polsek Lembah Hijau mengawal kunjungan cawapres ke pasar "
            "terapung, Sabtu (13/1/2024).",
            ("pengamanan-kampanye",),
        ),
        # (a visit named, not guarded, is no guard)
        (
            "Kunjungan paslon bupati ke Desa Sungai Bening disambut warga, Sabtu "
            "(12/10/2024).",
            ("lainnya",),
        ),
        # What supports a guard names it as its use.
        (
            "Apel dilanjutkan dengan pengecekan kendaraan dan alat pendukung "
            "pengamanan kampanye di halaman Polres, Senin (23/9/2024).",
            ("apel",),
        ),
        # A guard tightened before a stage held at the office is not yet its guard
        # (never across "jelang").
        (
            "Penjagaan mulai ditambah, jelang masa pendaftaran bakal calon bupati di "
            "Kantor KPU Tanjung Pelangi.",
            ("lainnya",),
        ),
    ],
)
def test_drills_visits_and_what_a_guard_is_for(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # What a sentence denies is not done: "bukan / tidak X, melainkan Y".
        (
            "Minggu pagi personel Satpolairud berkumpul di dermaga, tidak sekadar untuk "
            "patroli rutin, melainkan untuk bercengkerama dengan para nelayan.",
            ("lainnya",),
        ),
        # ("melainkan juga" adds Y to X: X is done)
        (
            "Personel Polsek tidak hanya berpatroli di pasar, melainkan juga menyapa "
            "para pedagang, Minggu (3/11/2024).",
            ("patroli",),
        ),
        # nor is what an activity is compared with
        (
            "Kunjungan ke kampung nelayan itu menjadi lebih dari sekadar patroli "
            "keamanan, ujar Kapolsek.",
            ("lainnya",),
        ),
        # A check at the PPK's office of its readiness guards nothing.
        (
            "Kapolsek Lembah Hijau bersama Ketua PPK melakukan pengecekan di Kantor "
            "PPK Lembah Hijau, Kamis (18/1/2024).",
            ("lainnya",),
        ),
    ],
)
def test_denials_comparisons_and_checks(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The logistics a force is sent or spread to escort are its purpose.
        (
            "Korem juga mengerahkan sejumlah truk untuk mendukung pengamanan dan "
            "membantu proses distribusi logistik ke desa terpencil.",
            ("lainnya",),
        ),
        (
            "Personel gabungan itu disebar di setiap TPS saat hari pencoblosan, serta "
            "untuk mengawal pendistribusian logistik pilkada.",
            ("lainnya",),
        ),
        # (an escort done stays one)
        (
            "Personel Polsek Lembah Hijau mengawal distribusi logistik pilkada ke "
            "kantor PPK, Senin (25/11/2024).",
            ("pengawalan-logistik",),
        ),
    ],
)
def test_a_deployments_purpose_is_no_escort(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # A send-off of the force is an apel, also when the force is named by its
        # duty ("personel pengamanan TPS"), which alone names a role, not a deed.
        (
            "Kapolres Tanjung Pelangi melepas 150 personel pengamanan TPS di "
            "halaman Mapolres, Selasa (13/2/2024).",
            ("apel",),
        ),
        (
            "Sebanyak 150 personel pengamanan TPS Polres Tanjung Pelangi bersiap.",
            ("lainnya",),
        ),
        # The logistics and the force sent off together; the logistics alone are no
        # apel.
        (
            "Bupati dan Dandim melepas pendistribusian logistik Pilkada (Pilbup) dan "
            "pergeseran pasukan pengamanan ke kecamatan, Selasa (26/11/2024).",
            ("apel",),
        ),
        (
            "Kapolres melepas pendistribusian surat suara dari gudang KPU ke "
            "kecamatan, Selasa (26/11/2024).",
            ("lainnya",),
        ),
    ],
)
def test_send_offs_of_the_force(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The guard's short form in brackets after its noun ("pengamanan (pam)")
        # leaves its object in reach.
        (
            "Personel Polsek Lembah Hijau melakukan pengamanan (pam) kampanye calon "
            "bupati di Lapangan Merdeka, Jumat (8/11/2024).",
            ("pengamanan-kampanye",),
        ),
        # A need is no deed: "butuh / memerlukan pengawalan" says what is wanted.
        (
            "Menurut Kapolres, pengiriman ke desa terpencil butuh pengawalan personel "
            "agar logistik sampai dengan selamat.",
            ("lainnya",),
        ),
        (
            "Kapolres mengatakan kotak suara memerlukan pengawalan ketat sampai ke "
            "kantor PPK.",
            ("lainnya",),
        ),
        # What a step is taken for is its aim, not a report that it went safely ...
        (
            "Koordinasi lintas instansi dilakukan untuk memastikan setiap tahapan PSU "
            "berjalan aman dan tertib.",
            ("lainnya",),
        ),
        # ... unless a guard done before it is what aims at it.
        (
            "Personel sudah melakukan sterilisasi di gedung pertemuan guna memastikan "
            "pelaksanaan debat tersebut berjalan aman.",
            ("pengamanan-kampanye",),
        ),
        # Ensured by whoever, with no guard before it, the event's going well is
        # vouched for or aimed at, however far the verb stands from the event ...
        (
            "Polres Lembah Hijau memastikan penyelenggaraan debat terbuka para calon "
            "bupati berjalan aman.",
            ("lainnya",),
        ),
        (
            "Kapolres menuturkan pihaknya telah berkoordinasi dengan penyelenggara "
            "untuk memastikan semua rangkaian acara kampanye akbar berjalan tertib.",
            ("lainnya",),
        ),
        # ... and a guard told with it is still reported.
        (
            "Personel berjaga di sekitar lapangan dan memastikan kampanye akbar "
            "berjalan tertib.",
            ("pengamanan-kampanye",),
        ),
    ],
)
def test_short_forms_needs_and_aims(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The vote watched by the police, said in the noun, is its guard; watched by
        # the election's own watchdog alone it is not.
        (
            "Pelaksanaan PSU di Sungai Jernih mendapat pengawasan ketat dari "
            "Panwascam dan Polsek Lembah Hijau.",
            ("pengamanan-tps",),
        ),
        (
            "Pelaksanaan PSU di Sungai Jernih mendapat pengawasan ketat dari "
            "Panwascam setempat.",
            ("lainnya",),
        ),
        # The election bodies' offices named by the kecamatan's bodies are no KPU or
        # Bawaslu office.
        (
            "Personel Polsek Lembah Hijau melakukan patroli di kantor penyelenggara "
            "pemilu seperti PPK dan Panwascam, Jumat (1/12/2023).",
            ("patroli",),
        ),
        (
            "Personel Polsek Lembah Hijau berjaga di kantor penyelenggara pemilu, "
            "Jumat (1/12/2023).",
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
    ],
)
def test_a_vote_watched_and_the_kecamatan_bodies(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # A guard's span ends at "hingga / sampai": the office reached there is where
        # the boxes go, not a place guarded.
        (
            "Kapolres mengatakan personel tetap memantau hingga semua kotak suara "
            "sampai di KPU Kabupaten Tanjung Pelangi.",
            ("lainnya",),
        ),
        (
            "Personel Polres Tanjung Pelangi berjaga di KPU Kabupaten Tanjung "
            "Pelangi hingga larut malam, Kamis (15/2/2024).",
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
    ],
)
def test_a_guards_span_ends_before_the_office(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # An English edition's force put at the commission, or its office and its
        # warehouse said to be guarded.
        (
            "Apart from patrolling the town, personnel were also alerted at the "
            "General Election Commission (KPU) of Tanjung Pelangi Regency.",
            ("patroli", "pengamanan-kantor-kpu-bawaslu"),
        ),
        (
            "Such as the KPU warehouse which is closely guarded, including the KPU "
            "office, the chairman said.",
            ("pengamanan-kantor-kpu-bawaslu", "pengamanan-gudang-logistik"),
        ),
        (
            "The ballots arrived at the KPU warehouse on Monday.",
            ("lainnya",),
        ),
    ],
)
def test_an_english_editions_office_and_warehouse(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # Every election story names the polling stations: a TPS guard told only
        # after a lead that reports another deed is that story's context (the voting
        # day's guard, an earlier day), not a second activity.
        (
            "Polisi Kawal Kotak Suara ke PPK Sungai Lirih",
            (
                "Personel Polsek Sungai Lirih mengawal kotak suara dari desa menuju "
                "PPK Sungai Lirih, Jumat (16/2/2024).",
                "Rombongan berangkat siang hari melewati jalan berlumpur.",
                "Sehari sebelumnya, 40 personel Polsek Sungai Lirih mengamankan "
                "pemungutan suara di TPS se-kecamatan.",
            ),
            ("pengawalan-logistik",),
        ),
        # (told in the lead beside the other deed, under no headline, it is
        # reported)
        (
            None,
            (
                "Personel Polsek Sungai Lirih mengawal kotak suara dari desa menuju "
                "PPK Sungai Lirih, sementara yang lain mengamankan TPS di desa itu.",
            ),
            ("pengawalan-logistik", "pengamanan-tps"),
        ),
        # (nor is it a second deed when a headline that reports another leaves it
        # out, even told early: the patrol's stops, its aim)
        (
            "Patroli Gabungan TNI-Polri Susuri Kota Sungai Lirih",
            (
                "Personel gabungan TNI-Polri menggelar patroli malam di Kota Sungai "
                "Lirih, Selasa (26/11/2024).",
                "Patroli juga memantau kesiapan personel yang berjaga di TPS "
                "menjelang pencoblosan.",
            ),
            ("patroli",),
        ),
        # (and when nothing else leads the story, the late TPS guard is its deed)
        (
            "Kapolres Tanjung Pelangi Ajak Warga Datang ke TPS",
            (
                "Kapolres Tanjung Pelangi mengajak warga menggunakan hak pilihnya.",
                "Warga diminta datang ke TPS sejak pagi.",
                "Sebanyak 120 personel Polres Tanjung Pelangi mengamankan TPS di "
                "seluruh kecamatan, Rabu (14/2/2024).",
            ),
            ("pengamanan-tps",),
        ),
    ],
)
def test_a_tps_guard_told_after_another_lead_is_context(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # A photo caption signed with its photographer's credit adds no activity,
        # even when the reader took it for the headline (rule 4).
        (
            "Kapolres Tanjung Pelangi saat apel siaga di Mapolres, Senin (5/2). "
            "ANTARA/Budi Santoso. |",
            (
                "Polres Tanjung Pelangi telah menyiapkan 200 personel untuk pemilu "
                "bulan depan.",
            ),
            ("lainnya",),
        ),
        (
            None,
            (
                "Polres Tanjung Pelangi telah menyiapkan 200 personel untuk pemilu.",
                "Suasana apel siaga di halaman Mapolres. (ANTARA FOTO/Sari Dewi)",
            ),
            ("lainnya",),
        ),
        # (an apel the story itself reports still counts)
        (
            "Kapolres Tanjung Pelangi saat apel siaga. ANTARA/Budi Santoso. |",
            (
                "Polres Tanjung Pelangi menggelar apel siaga pemilu di halaman "
                "Mapolres, Senin (5/2/2024).",
            ),
            ("apel",),
        ),
    ],
)
def test_a_credited_photo_caption_adds_no_activity(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # "pasukan pengamanan" names the guards, as "personel pengamanan" does: their
        # own shift to the villages escorts no logistics.
        (
            "Pasukan pengamanan Pilkades mulai melakukan pergeseran dari Mapolres ke "
            "desa-desa, Rabu (7/12/2022).",
            ("lainnya",),
        ),
        (
            "Personel Polres Tanjung Pelangi melakukan pengamanan pergeseran kotak "
            "suara ke PPK, Rabu (7/2/2024).",
            ("pengawalan-logistik",),
        ),
    ],
)
def test_the_guard_force_by_its_role_noun(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The guard's noun given by the police, after another body's watch.
        (
            "Selama penyortiran surat suara di aula kecamatan, kegiatan itu mendapat "
            "pemantauan dari Bawaslu serta pengamanan dari personel Polsek Lembah "
            "Hijau, Senin (5/2/2024).",
            ("pengamanan-gudang-logistik",),
        ),
        # The storing of the logistics itself, watched by the police.
        (
            "Hingga hari pemungutan, penyimpanan kotak suara tetap di gedung olahraga "
            "desa yang diawasi sejumlah aparat keamanan, Senin (5/2/2024).",
            ("pengamanan-gudang-logistik",),
        ),
        # Already assigned and at their post now (a duty only assigned stays out).
        (
            "Saat ini anggota Polres Tanjung Pelangi sudah ditugaskan untuk pengamanan "
            "di gudang logistik, KPU dan Bawaslu setempat.",
            ("pengamanan-kantor-kpu-bawaslu", "pengamanan-gudang-logistik"),
        ),
        (
            "Anggota Polres Tanjung Pelangi ditugaskan untuk pengamanan di gudang "
            "logistik milik KPU setempat.",
            ("lainnya",),
        ),
    ],
)
def test_stores_and_offices_guarded_in_noun_and_list_forms(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # Moved, then the escort's passive further on; the ballots' use ahead ("yang
        # akan digunakan") is no plan of the escort.
        (
            "Sebanyak 90 dus surat suara yang akan digunakan untuk PSU diangkut dengan "
            "mobil bak terbuka lalu dipindahkan ke gudang KPU, yang dikawal rapat oleh "
            "kepolisian, Jumat (11/4/2025).",
            ("pengawalan-logistik",),
        ),
        (
            "Sebanyak 90 dus surat suara akan diangkut ke gudang KPU dan dikawal oleh "
            "kepolisian.",
            ("lainnya",),
        ),
    ],
)
def test_logistics_moved_then_escorted(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("title", "paragraphs", "activities"),
    [
        # A drill held and named bare, beside the apel.
        (
            "Satuan Samapta Gelar Simulasi dan Cek Personel",
            (
                "Satuan Samapta Polres Tanjung Pelangi menggelar apel kesiapan di "
                "lapangan Mapolres, Kamis (8/2/2024).",
            ),
            ("apel", "simulasi-sispamkota"),
        ),
        # (the KPU's rehearsal of the vote stays no police drill)
        (
            "KPU Gelar Simulasi Pemungutan Suara",
            (
                "KPU Tanjung Pelangi menggelar simulasi pemungutan suara di balai desa, "
                "Kamis (8/2/2024).",
            ),
            ("lainnya",),
        ),
        # The drill's noun misspelt as it is typed.
        (
            None,
            (
                "Kami telah melakukan simulasi pengamanam kota di alun-alun, kata "
                "Kapolres Tanjung Pelangi saat apel gelar pasukan, Selasa (17/10).",
            ),
            ("apel", "simulasi-sispamkota"),
        ),
    ],
)
def test_drills_held_bare_or_misspelt(title, paragraphs, activities):
    assert find_activities(title, paragraphs) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The vote's security checked at the polling stations.
        (
            "Kapolres Tanjung Pelangi bersama Forkopimda melakukan pengecekan keamanan "
            "pemungutan suara di sejumlah TPS, Rabu (14/2/2024).",
            ("pengamanan-tps",),
        ),
        # The PPK visited while the count sits there.
        (
            "Kapolres Tanjung Pelangi mengunjungi sejumlah lokasi PPK yang menggelar "
            "rapat pleno rekapitulasi suara, Jumat (29/11/2024).",
            ("pengamanan-rekapitulasi",),
        ),
    ],
)
def test_the_polls_and_the_count_visited(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # "Kegiatan ini" said guarded is the event the sentence before names.
        (
            (
                "Pemungutan suara ulang di Desa Sukamaju dibuka pukul tujuh pagi, "
                "Sabtu (24/2/2024).",
                "Kegiatan ini dijaga ketat oleh personel Polsek Lembah Hijau.",
            ),
            ("pengamanan-tps",),
        ),
        # (an event named nowhere before gives nothing to guard)
        (
            (
                "Warga Desa Sukamaju makan bersama di balai desa, Sabtu (24/2/2024).",
                "Kegiatan ini dijaga oleh personel Polsek Lembah Hijau.",
            ),
            ("lainnya",),
        ),
    ],
)
def test_an_event_referred_back_and_guarded(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # The efforts of the past weeks summed up ("termasuk") are background.
        (
            "Dalam beberapa pekan ini Polres Lembah Hijau telah mengambil sejumlah "
            "langkah pencegahan, termasuk patroli malam dan sambang desa.",
            ("lainnya",),
        ),
    ],
)
def test_summed_up_efforts(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities


@pytest.mark.parametrize(
    ("paragraphs", "activities"),
    [
        # A patrol at the very place of a guarded event is that guard's rounds (the
        # lead's rule of session 8), as at a guarded office or warehouse ...
        (
            (
                "Personel Polsek Lembah Hijau melaksanakan pengamanan kampanye akbar "
                "di lapangan kota, Sabtu (9/11/2024).",
                "Personel juga berpatroli dan mengatur lalu lintas di lokasi kampanye.",
            ),
            ("pengamanan-kampanye",),
        ),
        # ... and a patrol of its own where no such guard is reported.
        (
            (
                "Personel Polsek Lembah Hijau berpatroli di lokasi rawan di "
                "Kecamatan Sungai Jernih, Sabtu (9/11/2024).",
            ),
            ("patroli",),
        ),
    ],
)
def test_patrol_at_a_guarded_events_place(paragraphs, activities):
    assert find_activities(None, paragraphs) == activities


@pytest.mark.parametrize(
    ("paragraph", "activities"),
    [
        # A guard put first as the purpose of an apel or a drill is what it readies
        # the force for, not a guard reported ...
        (
            "Dalam rangka pengamanan pengundian nomor urut pasangan calon, Polres "
            "Lembah Hijau menggelar apel kesiapan di halaman kantor KPU, Senin "
            "(23/9/2024).",
            ("apel",),
        ),
        (
            "Untuk mengamankan rapat pleno rekapitulasi di kantor KPU, Polres Lembah "
            "Hijau menggelar apel gelar pasukan, Senin (4/3/2024).",
            ("apel",),
        ),
        # ... while a force stationed for it there guards it.
        (
            "Dalam rangka pengamanan pengundian nomor urut pasangan calon, Polres "
            "Lembah Hijau menyiagakan 80 personel di kantor KPU, Senin (23/9/2024).",
            ("pengamanan-kantor-kpu-bawaslu",),
        ),
        # An addition put first ("Selain ...") takes the main clause's mood: a plan
        # there is a plan for both ...
        (
            "Selain menjaga lokasi debat kandidat, Polres Lembah Hijau juga akan "
            "memantau media sosial.",
            ("lainnya",),
        ),
        # ... and a deed there leaves the addition a deed.
        (
            "Selain berjaga di lokasi debat kandidat, personel Polres Lembah Hijau "
            "juga memantau media sosial, Sabtu (9/11/2024).",
            ("pengamanan-kampanye",),
        ),
    ],
)
def test_a_clause_put_first_takes_the_main_clauses_part(paragraph, activities):
    assert find_activities(None, (paragraph,)) == activities
