"""The hostile corpus: committed fixtures plus the large cases generated at run time."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.conftest import FIXTURES, build_site

HOSTILE = FIXTURES / "hostile"
# Not inputs: documentation and git settings of the fixture folder.
NOT_INPUTS = {"README.md", ".gitattributes"}
TEN_MB = 10 * 1024 * 1024


def ten_megabytes() -> bytes:
    """A 10 MB article (over ARSIP_READER_MAX_BYTES), with a script on every line."""
    line = (
        "Pontianak - Polda Kalbar <script>alert('besar')</script> mengamankan "
        "Pemilu 2024 di Kalimantan Barat.\n"
    )
    text = "Berkas Sepuluh Megabita\n\n" + line * (TEN_MB // len(line) + 1)
    return text.encode("utf-8")[:TEN_MB]


def ten_thousand_paragraphs() -> bytes:
    """10,000 paragraphs (under the size limit): published, in one piece."""
    paragraph = (
        "Polresta Pontianak mengamankan TPS nomor {} di Pontianak, Kalimantan Barat, "
        "bersama TNI <img src=x onerror=alert('paragraf-{}')>."
    )
    body = "\n\n".join(paragraph.format(i, i) for i in range(10_000))
    return f"Pengamanan Sepuluh Ribu TPS di Pontianak\n\n{body}\n".encode()


GENERATED: dict[str, Callable[[], bytes]] = {
    "sepuluh-megabita.txt": ten_megabytes,
    "sepuluh-ribu-paragraf.txt": ten_thousand_paragraphs,
}


def three_megabyte_sidecar() -> bytes:
    """A 3 MB sidecar: valid YAML, far over any correction's size."""
    line = "# catatan pengelola yang sangat panjang tentang berita ini\n"
    head = "province: Kalimantan Selatan\ntitle: Judul dari Pendamping Raksasa\n"
    return (head + line * (3_000_000 // len(line) + 1)).encode()


GENERATED["sidecar-tiga-mb.yaml"] = three_megabyte_sidecar

# Planted outside content/, next to it: no output file may ever contain it.
OUTSIDE_MARKER = "RAHASIA-DI-LUAR-CONTENT-7f3a91"
OUTSIDE = "luar"
# Files planted in the folder beside content/ (read through a link, they would be
# published: each is a valid article or sidecar).
OUTSIDE_FILES = {
    "rahasia.txt": f"Rahasia {OUTSIDE_MARKER}\n\nPontianak - {OUTSIDE_MARKER} "
    "Polda Kalbar mengamankan Pemilu 2024.\n",
    "rahasia.yaml": f"title: Judul {OUTSIDE_MARKER}\nprovince: Kalimantan Utara\n",
    "folder/berita-luar.txt": f"Berita {OUTSIDE_MARKER}\n\nSambas - "
    f"{OUTSIDE_MARKER} Polres Sambas mengamankan TPS.\n",
}
# Link name in content/ -> where it points (relative to content/ unless absolute).
LINKS = {
    "tautan-luar.txt": f"../{OUTSIDE}/rahasia.txt",
    "tautan-folder-luar": f"../{OUTSIDE}/folder",
    "tautan-putar": ".",
    "tautan-nol.txt": "/dev/zero",
    "tautan-dalam.txt": "crlf.txt",
    "tautan-rusak.txt": "tidak-ada.txt",
    "sidecar-tautan.yaml": f"../{OUTSIDE}/rahasia.yaml",
}
# A named pipe: reading it would wait for ever.
FIFO = "pipa.txt"


def plant_boundary_cases(content: Path) -> list[str]:
    """The outside folder, links out of content/ and inside it, and a pipe; return
    the names of the entries in content/ (a folder link's name ends in ``/``)."""
    outside = content.parent / OUTSIDE
    for name, text in OUTSIDE_FILES.items():
        (outside / name).parent.mkdir(parents=True, exist_ok=True)
        (outside / name).write_text(text, encoding="utf-8")
    names = []
    for name, target in LINKS.items():
        os.symlink(target, content / name)
        is_dir = (content / name).is_dir() or name == "tautan-putar"
        names.append(name + ("/" if is_dir else ""))
    os.mkfifo(content / FIFO)
    names.append(FIFO)
    return names


def make_corpus(content: Path) -> list[str]:
    """Write every hostile input into ``content``; return their names."""
    (content / "pages").mkdir(parents=True, exist_ok=True)
    names = []
    for path in sorted(HOSTILE.iterdir()):
        if path.name in NOT_INPUTS:
            continue
        shutil.copyfile(path, content / path.name)
        names.append(path.name)
    for name, make in GENERATED.items():
        (content / name).write_bytes(make())
        names.append(name)
    names += plant_boundary_cases(content)
    return sorted(names)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def build_hostile(root: Path, **settings) -> tuple[Path, list[str], list[str]]:
    """Build the corpus; return (output, input names, log lines as formatted)."""
    content, output = root / "content", root / "output"
    names = make_corpus(content)
    collect = _Collect()
    # Pelican drops a log message identical to one logged before in this process
    # (pelican.log.LimitFilter, class-wide): an earlier build of the same corpus
    # would hide this build's messages.
    from pelican.log import LimitFilter

    for state in ("_ignore", "_raised_messages", "_group_count"):
        getattr(LimitFilter, state, set()).clear()
    logger = logging.getLogger()
    level = logger.level
    logger.addHandler(collect)
    # The build report's per-file summary is logged at INFO.
    logger.setLevel(logging.INFO)
    try:
        build_site(content, output, **settings)
    finally:
        logger.removeHandler(collect)
        logger.setLevel(level)
    lines = []
    for record in collect.records:
        try:
            lines.append(f"{record.levelname}: {record.getMessage()}")
        except (TypeError, ValueError):
            lines.append(f"{record.levelname}: {record.msg}")
    return output, names, lines
