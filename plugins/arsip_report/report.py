"""The build report: every input file, published, published with warnings, or rejected.

Pure: no Pelican import.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from arsip_core.warnings import WarningCode, code_of, count_codes, field_of
from arsip_data.export import json_lines_document

PUBLISHED = "terbit"
WITH_WARNINGS = "terbit-dengan-peringatan"
REJECTED = "ditolak"
IGNORED = "diabaikan"
DRAFT = "draf"
STATUSES = (PUBLISHED, WITH_WARNINGS, REJECTED, DRAFT, IGNORED)

STATUS_LABELS = {
    PUBLISHED: "terbit",
    WITH_WARNINGS: "terbit dengan peringatan",
    REJECTED: "ditolak",
    DRAFT: "draf (tidak diterbitkan)",
    IGNORED: "diabaikan",
}


@dataclass
class FileEntry:
    source: str
    status: str
    reasons: list[str] = field(default_factory=list)
    url: str | None = None
    line: int | None = None
    # Record field -> where its value came from ("metadata-halaman", "teks",
    # "pengelola"); articles only.
    field_sources: dict[str, str] = field(default_factory=dict)
    # How much of the text the site shows: "full", "excerpt" or "record"; articles.
    text_policy: str | None = None
    # Where a refused or duplicate link points (arsip_core.bounds).
    target: str | None = None
    # A sidecar's article.
    sidecar_of: str | None = None
    # Record field -> why its value is a guess ("tebakan" warnings); articles only.
    # Doubts are no fault: a file with doubts only is still "terbit".
    doubts: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        data = {"source": self.source, "status": self.status, "reasons": self.reasons}
        if self.url is not None:
            data["url"] = self.url
        if self.line is not None:
            data["line"] = self.line
        if self.field_sources:
            data["field_sources"] = self.field_sources
        if self.text_policy is not None:
            data["text_policy"] = self.text_policy
        if self.target is not None:
            data["target"] = self.target
        if self.sidecar_of is not None:
            data["sidecar_of"] = self.sidecar_of
        if self.doubts:
            data["tebakan"] = self.doubts
        return data


@dataclass
class BuildReport:
    """Outcomes keyed by source path (relative to the content folder)."""

    entries: dict[str, FileEntry] = field(default_factory=dict)

    def reject(
        self,
        source: str,
        reason: str,
        line: int | None = None,
        target: str | None = None,
    ) -> None:
        previous = self.entries.get(source)
        self.entries[source] = FileEntry(
            source,
            REJECTED,
            [reason],
            line=line,
            target=target,
            sidecar_of=previous.sidecar_of if previous is not None else None,
        )

    def publish(
        self, source: str, url: str, warnings: list[str] | tuple[str, ...]
    ) -> None:
        reasons = [w for w in warnings if code_of(w) is not WarningCode.GUESS]
        doubts = {f: str(w) for w in warnings if (f := field_of(w))}
        status = WITH_WARNINGS if reasons else PUBLISHED
        self.entries[source] = FileEntry(
            source, status, reasons, url=url, doubts=doubts
        )

    def note(
        self, source: str, status: str, reason: str, target: str | None = None
    ) -> None:
        self.entries.setdefault(
            source, FileEntry(source, status, [reason], target=target)
        )

    def sidecar(
        self,
        source: str,
        article: FileEntry,
        reason: str | None = None,
        line: int | None = None,
    ) -> None:
        """A sidecar read with ``article``: its status, or rejected with ``reason``
        (the article is then published with the extracted values)."""
        if reason is not None:
            self.entries[source] = FileEntry(
                source, REJECTED, [reason], line=line, sidecar_of=article.source
            )
            return
        status = PUBLISHED if article.status == WITH_WARNINGS else article.status
        self.entries[source] = FileEntry(
            source, status, [], url=article.url, sidecar_of=article.source
        )

    def add_warning(self, source: str, reason: str) -> None:
        entry = self.entries.get(source)
        if entry is None:
            return
        entry.reasons.append(reason)
        if entry.status == PUBLISHED:
            entry.status = WITH_WARNINGS

    def counts(self) -> Counter:
        return Counter(e.status for e in self.entries.values())

    def warning_counts(self) -> Counter:
        """Warnings of published files, all of them, counted by code; the doubts
        (``tebakan``) of every published file among them."""
        counts = count_codes(
            reason
            for e in self.entries.values()
            if e.status == WITH_WARNINGS
            for reason in e.reasons
        )
        doubts = sum(len(e.doubts) for e in self.entries.values())
        if doubts:
            counts[WarningCode.GUESS.value] = doubts
        return counts

    def doubt_counts(self) -> Counter:
        """How many published files doubt each record field."""
        return Counter(f for e in self.entries.values() for f in e.doubts)

    @property
    def rejected(self) -> list[FileEntry]:
        return [e for e in self.sorted() if e.status == REJECTED]

    def sorted(self) -> list[FileEntry]:
        return [self.entries[k] for k in sorted(self.entries)]

    def to_dict(self) -> dict:
        counts = self.counts()
        doubts = self.doubt_counts()
        return {
            "summary": {status: counts.get(status, 0) for status in STATUSES}
            | {"total": len(self.entries)}
            | ({"tebakan": dict(sorted(doubts.items()))} if doubts else {}),
            "files": [e.to_dict() for e in self.sorted()],
        }

    def write_json(self, path: Path) -> None:
        """Deterministic: no times here (they go to laporan-waktu.json).

        One file per line, as the open data writes its records: still greppable and
        diffable, and under half the size of indenting every field (issue 19).
        """
        data = self.to_dict()
        files = data.pop("files")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json_lines_document(data, "files", files), encoding="utf-8")

    def summary_lines(self) -> list[str]:
        counts = self.counts()
        head = ", ".join(
            f"{counts.get(s, 0)} {STATUS_LABELS[s]}" for s in STATUSES if counts.get(s)
        )
        lines = [
            f"arsip_report: {len(self.entries)} berkas masukan: {head or 'tidak ada'}"
        ]
        doubts = self.doubt_counts()
        if doubts:
            lines.append(
                f"arsip_report: {sum(doubts.values())} isian tebakan, periksa: "
                + ", ".join(f"{f} {n}" for f, n in doubts.most_common())
            )
        for entry in self.sorted():
            if entry.status in (REJECTED, WITH_WARNINGS, IGNORED):
                where = f":{entry.line}" if entry.line else ""
                for reason in entry.reasons:
                    label = STATUS_LABELS[entry.status]
                    lines.append(f"  {label}: {entry.source}{where}: {reason}")
        return lines
