"""The hostile corpus: committed fixtures plus the large cases generated at run time."""

from __future__ import annotations

import logging
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
