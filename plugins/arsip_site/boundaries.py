"""Pelican's side of the content boundaries (the rules are arsip_core.bounds).

Pelican's generators find their files with ``Generator.get_files``, which walks
content/ following every symbolic link: a link to a file outside, to a folder
outside or to a folder above it (a loop) would be read and published. Each
generator's ``get_files`` is replaced here, on the instance, by a walk that follows
no link and notes every refusal in the build's state. (``{static}../..`` links,
which Pelican would copy from outside content/, cannot come from our readers:
markdown-it writes the braces as ``%7B``/``%7D``, and arsip_reader disables
Pelican's other readers.)
"""

from __future__ import annotations

import fnmatch
import logging
import os

from pelican.writers import Writer

from arsip_core.bounds import OutsideFolder, check_output, walk_content
from arsip_core.state import build_state
from arsip_core.warnings import WarningCode, warn

logger = logging.getLogger(__name__)


def bounded_get_files(generator):
    """A ``get_files`` for ``generator`` that never leaves its content folder."""
    base = generator.path
    settings = generator.settings

    def get_files(paths, exclude=None, extensions=None) -> set[str]:
        if isinstance(paths, str):
            paths = [paths]
        excluded: dict[str, set[str]] = {}
        for item in exclude or ():
            parent, name = os.path.split(os.path.join(base, item))
            excluded.setdefault(parent, set()).add(name)
        ignores = settings.get("IGNORE_FILES") or ()

        def skip_dir(dirpath: str, name: str) -> bool:
            return name in excluded.get(dirpath, ()) or any(
                fnmatch.fnmatch(name, pattern) for pattern in ignores
            )

        walk = walk_content(
            base,
            paths,
            skip_dir=skip_dir,
            include=lambda relative: generator._include_path(relative, extensions),
        )
        note_walk(generator, walk)
        return walk.files

    return get_files


def note_walk(generator, walk) -> None:
    """Put a walk's refusals and duplicates in the build's state, logged once."""
    state = build_state(generator.settings)
    if state is None:
        return
    for source, refusal in sorted(walk.refused.items()):
        if source not in state.rejected:
            logger.error(
                "arsip_site: %s ditolak: %s (menunjuk ke %s)",
                source,
                refusal.reason,
                refusal.target or "-",
            )
        state.reject(source, refusal.reason, target=refusal.target)
    for source, refusal in sorted(walk.duplicates.items()):
        if source not in state.ignored:
            logger.warning("arsip_site: %s diabaikan: %s", source, refusal.reason)
        state.ignore(source, refusal.reason, target=refusal.target)


def bound_generator(generator) -> None:
    """generator_init: every generator finds its files inside content/ only."""
    if hasattr(generator, "get_files"):
        generator.get_files = bounded_get_files(generator)


def inside_output(
    output_path: str, name: str | None, real_root: str | None = None
) -> bool:
    """Whether Pelican may write ``name`` under ``output_path``; logged when not.
    ``real_root``: the output folder's real path, when the caller resolved it."""
    if not name:
        # Pelican writes nothing for an empty name (a save_as of ""): not a path.
        return True
    try:
        check_output(output_path, name, real_root)
    except OutsideFolder as err:
        logger.error(
            "arsip_site: %s",
            warn(WarningCode.OUTSIDE_OUTPUT, f"{err}: tidak ditulis"),
        )
        return False
    return True


class BoundedWriter(Writer):
    """Pelican's Writer, writing nothing outside ``output_path``.

    Pelican's own check (``sanitised_join``) compares text prefixes (``output-x/``
    passes) and stops the build with a traceback; this one resolves links and
    skips the file with a coded message. A plugin with its own writer subclasses
    this one (arsip_incremental)."""

    def _real_output(self) -> str:
        """The output folder's real path, resolved once per writer (that is, per
        build: Pelican makes one writer per build)."""
        real = self.__dict__.get("_arsip_real_output")
        if real is None or real[0] != self.output_path:
            real = (self.output_path, os.path.realpath(self.output_path))
            self._arsip_real_output = real
        return real[1]

    def write_file(self, name, *args, **kwargs):
        if not inside_output(self.output_path, name, self._real_output()):
            return None
        return super().write_file(name, *args, **kwargs)

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        if not inside_output(self.output_path, path, self._real_output()):
            return None
        return super().write_feed(elements, context, path, *args, **kwargs)


def bounded_writer(pelican=None):
    """get_writer: the BoundedWriter."""
    return BoundedWriter
