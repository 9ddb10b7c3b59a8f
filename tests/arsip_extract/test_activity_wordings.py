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
