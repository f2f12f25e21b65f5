"""Leaving the process at once when a command's work is done (issue 10: a huge document's ingest).

When Python exits, it frees every object it still holds, one at a time, and the cyclic collector walks them first:
after a 20 MB document's ingest that is seconds of CPU spent on memory the system takes back whole an instant later
(4 MB of articles: 0.5 CPU-s between the ingest's last step and the end of the process; none with ``os._exit``). A
command whose work is done and whose files are closed says so (``done``); the console's entry point then leaves with
``os._exit`` after what a normal exit does that anyone can see: the functions registered with ``atexit`` (the
regular-expression caches written to disk, multiprocessing's children joined) and the standard streams flushed.
Not when another thread is still running (it would be stopped where it stands), not when bellink was called from
Python (``BellinkGroup.main`` with its arguments given: click's test runner, a script), not under a profiler or a
tracer (``python -m cProfile -o FILE -m bellink``, as ``bench/linearity.py`` runs it, writes FILE when Python exits),
and not when a stream cannot be flushed (the usual exit then reports it as it always did)."""
from __future__ import annotations

import os
import sys
import threading
from typing import NoReturn

_done = False


def done() -> None:
    """The running command has written everything it writes to files and closed them: only output to the standard
    streams and the exit are left."""
    global _done
    _done = True


def exit_now(code: int, entry: bool) -> NoReturn:
    """``sys.exit(code)``; from the console's entry point (``entry``) after ``done``, ``os._exit(code)`` once the
    ``atexit`` functions ran and the standard streams are flushed (module docstring)."""
    # (a profiler or a tracer, cProfile's or coverage's, writes what it gathered when the interpreter exits)
    if entry and _done and threading.active_count() == 1 and sys.getprofile() is None and sys.gettrace() is None:
        import atexit

        run = getattr(atexit, "_run_exitfuncs", None)
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            sys.exit(code)  # (a closed pipe: reported by the usual exit)
        if run is not None:
            run()  # (they are removed once run: an exit after this one would not run them again)
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except BaseException:
                sys.exit(code)
            os._exit(code)
    sys.exit(code)
