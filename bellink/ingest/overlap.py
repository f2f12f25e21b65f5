"""One huge document's time expressions, found in a helper process while this one finds its entities.

A document is analyzed in one pass, in one process, stage after stage: its statements need its
entities and time expressions, its events its statements. But the time-expression stage reads each
sentence alone (``timex.find_timexes`` takes the sentence's text, the language and the publication
date, nothing another stage made), and it costs about as much as the entity stage that comes before
it (a 5 MB document: 4.1 and 4.3 CPU-s). So when the user lets ingest use more than one core
(``--jobs``, by default the machine's cores) and the input is one large document, the sentences go
to one helper process as soon as they are cut, and the two stages run side by side. The helper
returns exactly the list this process would have built (the same function over the same sentences,
in order); if it fails for any reason (killed, out of memory) the stage runs here instead, so the
facts never depend on it.

Below ``MIN_CHARS`` starting a process costs more than it saves; the ordinary many-document ingest
keeps every core busy with whole documents (``workers.ProcessPool``) and never asks for a helper.
"""
from __future__ import annotations

import threading
from typing import Optional

MIN_CHARS = 500_000  # about 0.4 CPU-s of time expressions: far more than a helper process's start


def timexes_of(spans: list, lang: str, published: Optional[str]) -> list:
    """The time expressions of (sentence text, its start offset) pairs, in order: the stage itself."""
    from bellink.ingest.time import timex

    out: list = []
    for text, start in spans:
        out.extend(timex.find_timexes(text, lang, published, offset=start))
    return out


def _context():
    import multiprocessing

    # as workers.ProcessPool: fork shares what is loaded here; with another thread running (the
    # progress display) a forked child could inherit a lock held forever, so then forkserver
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["bellink.ingest.time.timex"])
        return ctx
    return multiprocessing.get_context("spawn")


class Beside:
    """``timexes_of`` of one document's sentences, running in a helper process."""

    def __init__(self, sentences: list, lang: str, published: Optional[str]):
        from concurrent.futures import ProcessPoolExecutor

        self.args = ([(s.text, s.start) for s in sentences], lang, published)
        self.pool = None
        self.future = None
        try:
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=_context())
            self.future = self.pool.submit(timexes_of, *self.args)
        except Exception:  # no process could be started: the stage runs here (result())
            self.close()

    def result(self) -> list:
        """The helper's list; the same list computed here when the helper failed."""
        try:
            if self.future is not None:
                return self.future.result()
        except Exception:
            pass
        finally:
            self.close()
        return timexes_of(*self.args)

    def close(self) -> None:
        """Stop the helper; one still working (this process's analysis failed) is terminated."""
        if self.pool is not None:
            if self.future is not None and not self.future.done():
                for proc in list((getattr(self.pool, "_processes", None) or {}).values()):
                    proc.terminate()
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
