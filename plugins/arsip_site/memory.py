"""The Pelican process's garbage collector during a build: what is read stays.

Once the articles are read, their records, Articles and contexts live until the build
ends. CPython's collector still walks every one of them in each full collection, and
it starts one each time the objects that outlived two collections grow by a quarter:
in a 1k cold build 0.24 of the Pelican process's 7.0 CPU-s went to 4 full
collections (GC in all 0.36), more as N grows, and in a forked writer they would
also copy every memory page they walk. ``gc.freeze`` moves everything alive at that
moment out of the collector's sight; reference counting still frees what is no
longer used, only cyclic garbage waits (the garbage left at the end of a 1k build is
the same with and without: about 15,500 objects). The build's ``finalized`` gives
it back, so repeated builds in one process (autoreload, the tests) collect again;
a build that fails is given back by the next one's end. Not a BuildState cleanup:
that would keep every failed build's state among the open ones. No Pelican import.
"""

from __future__ import annotations

import atexit
import gc


def keep_alive_objects(*_sender, **_values) -> None:
    """Leave the objects alive now out of every later collection of this build
    (connected where reading starts, where it ends and before writing)."""
    gc.freeze()


# Articles read between two freezes while the articles are read.
READ_BATCH = 500


def keep_read_articles(read: int) -> None:
    """``read`` articles read so far: every READ_BATCH of them, what is alive is
    left out of later collections too.

    The records, metadata and Articles made while reading all live to the build's
    end, but until reading ends they are in the collector's sight: each time they
    grew by a quarter a full collection walked all of them again (a 10k cold build:
    five during reading, each larger, 0.58 of the Pelican process's CPU-s).
    Frozen in batches, a full collection walks one batch at most."""
    if read % READ_BATCH == 0:
        gc.freeze()


def pause_collection(*_sender, **_values) -> None:
    """get_generators: no collection while Pelican unpickles the content cache.

    Loading the cache makes a record, metadata and text for every cached article:
    each quarter more of them started a full collection walking all of them again,
    two thirds of the load's CPU (3,000 articles: 0.10 s without, 0.30 s with)."""
    gc.disable()


def resume_collection(*_sender, **_values) -> None:
    """article_generator_init (its reader cache is loaded): what the cache holds
    stays for the whole build; the collector runs again for what comes after."""
    gc.freeze()
    gc.enable()


def give_back(*_sender, **_values) -> None:
    """At the build's end (the last `finalized` receivers): everything is collected
    again (and the collector runs, should a failed build have left it paused); at
    the process's exit, nothing (``leave_to_exit``).

    After the other `finalized` receivers, not before them: given back first, the
    sitemap's walk of output/ started a full collection of everything the build
    had made (a 10k cold build: 0.51 CPU-s, at the build's serial end)."""
    gc.enable()
    gc.unfreeze()
    # Registered once, and last: atexit runs the newest first.
    atexit.unregister(leave_to_exit)
    atexit.register(leave_to_exit)


def leave_to_exit() -> None:
    """atexit, after a build: what is alive then is left to the process's end.

    The interpreter's last full collection, after the atexit functions, walked
    every object the build left and freed its cycles one by one: 0.43-0.48 CPU-s
    after a 1k cold build had returned (2.7-3.0 s of wall at load 13), all of it
    serial. Frozen, they are skipped and the system takes the memory back at
    once (0.06 CPU-s). Python never promises ``__del__`` for what is alive at
    exit; what the build writes is closed by its ``with`` blocks, and logging's
    own atexit function still flushes its handlers."""
    gc.freeze()
