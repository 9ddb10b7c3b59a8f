"""Indonesian labels and date formatting that several plugins share. Pure functions."""

from __future__ import annotations

from datetime import date, datetime

from arsip_core.model import PEMILU_2024, PILKADA_2024

MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

ACTIVITY_LABELS = {
    "apel": "Apel (siaga, gelar pasukan, pengecekan)",
    "patroli": "Patroli",
    "pengamanan-kampanye": "Pengamanan kampanye",
    "pengamanan-kantor-kpu-bawaslu": "Pengamanan kantor KPU/Bawaslu",
    "pengamanan-gudang-logistik": "Pengamanan gudang logistik",
    "pengawalan-logistik": "Pengawalan logistik",
    "pengamanan-tps": "Pengamanan TPS",
    "pengamanan-rekapitulasi": "Pengamanan rekapitulasi/pleno",
    "simulasi-sispamkota": "Simulasi sispamkota",
    "lainnya": "Kegiatan lain",
}
ELECTION_LABELS = {
    PEMILU_2024: "Pemilu 2024",
    PILKADA_2024: "Pilkada Serentak 2024",
}
PRECISION_LABELS = {"day": "tanggal pasti", "inferred": "disimpulkan dari nama hari"}
# WITA provinces; the rest of Kalimantan is on WIB.
_TZ_NAMES = {"+07:00": "WIB", "+08:00": "WITA", "+09:00": "WIT"}


def tanggal(value: date | datetime | str | None, with_time: bool = False) -> str:
    """``5 Februari 2024`` (and ``, 07.25 WIB`` with the time)."""
    if value is None or value == "":
        return "tidak diketahui"
    if isinstance(value, str):
        value = (
            datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        )
    text = f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"
    if with_time and isinstance(value, datetime):
        offset = value.strftime("%z")
        zone = _TZ_NAMES.get(f"{offset[:3]}:{offset[3:]}", f"UTC{offset[:3]}")
        text += f", {value:%H.%M} {zone}"
    return text


def hari_tanggal(value: date | datetime | str | None) -> str:
    """``Sabtu, 3 Februari 2024``."""
    if not value:
        return "tidak diketahui"
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return f"{WEEKDAY_NAMES[value.weekday()]}, {tanggal(value)}"


def bulan(value: date | datetime | str) -> str:
    """``Februari 2024``."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return f"{MONTH_NAMES[value.month - 1]} {value.year}"


def angka(value: float | None) -> str:
    """Indonesian separators: ``3.294``, ``1.234,5``."""
    if value is None:
        return "–"
    return f"{value:,}".translate(_INDONESIAN_SEPARATORS)


_INDONESIAN_SEPARATORS = str.maketrans(",.", ".,")


def activity_label(value: str) -> str:
    return ACTIVITY_LABELS.get(value, value)


def election_label(value: str | None) -> str:
    return ELECTION_LABELS.get(value or "", "Bukan tentang pemilihan 2024")


FILTERS = {
    "tanggal": tanggal,
    "hari_tanggal": hari_tanggal,
    "bulan": bulan,
    "angka": angka,
    "activity_label": activity_label,
    "election_label": election_label,
}
