"""When each stage of an ingest starts and ends, in every process: ``BELLINK_TRACE=FILE`` (``bench/timeline.py``).

One huge document is analyzed by the ingesting process, a helper process (time expressions, cues) and children
forked for the second part of some sentence loops (``overlap``). Its wall clock is short only when both cores are
busy most of the run, and a profile of one process does not show where the other core idles. With the variable
set, each process appends one line per span to FILE: its pid, the span's label, and the wall clock (``time.time``,
the same in every process) and the process's CPU clock at both ends; ``bench/timeline.py`` lines them up.

Off (the variable unset) a span costs one test of a module constant: the stages call it a few dozen times a
document, never per sentence.
"""
from __future__ import annotations

import json
import os
import time

ENV = "BELLINK_TRACE"
_path = os.environ.get(ENV) or None


def on() -> bool:
    return _path is not None


class _Off:
    """The span when not tracing: nothing made, nothing measured (an ordinary ingest opens ~30 a document)."""

    __slots__ = ()

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


_OFF = _Off()


class _Span:
    __slots__ = ("label", "t0", "c0")

    def __init__(self, label: str):
        self.label = label

    def __enter__(self):
        self.t0, self.c0 = time.time(), time.process_time()
        return None

    def __exit__(self, *exc):
        _write(self.label, self.t0, self.c0)
        return False


def span(label: str):
    """``with span(label):`` records the block as one span of this process (when tracing)."""
    return _OFF if _path is None else _Span(label)


def mark(label: str, t0: float, c0: float) -> None:
    """Record a span that began at ``t0`` (wall) / ``c0`` (this process's CPU) and ends now."""
    if _path is not None:
        _write(label, t0, c0)


def _write(label: str, t0: float, c0: float) -> None:
    line = json.dumps({"pid": os.getpid(), "ppid": os.getppid(), "label": label, "t0": round(t0, 4),
                       "t1": round(time.time(), 4), "cpu": round(time.process_time() - c0, 4)}) + "\n"
    try:
        # one write of a short line with O_APPEND: the processes' lines do not interleave
        fd = os.open(_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode())
        finally:
            os.close(fd)
    except OSError:
        pass
