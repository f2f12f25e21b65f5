"""Where analysis runs: in this process, in worker processes, or on a Dask cluster.

Analysis (``pipeline.analyze_many``) is a pure function of the documents, so it can
run anywhere; storing is not, so it stays here. ``Dispatcher`` takes the driver's
items in input order, sends the documents that need analysis to a backend in
chunks (a chunk is also the unit the Russian NER batches over), and writes each
document, in its own transaction, in input order as its chunk comes back. The
database therefore ends up exactly as a single-process ingest leaves it, ids
included, whatever the number of workers.

Memory stays flat: at most ``window`` chunks are out at a time; the driver blocks
on the oldest before it reads more input. A document that another in-flight
document could collide with (same id, same bytes or text) waits until the window
is empty, so "unchanged", "duplicate" and replaced-version answers are the same
as in one process.

Backends:

* ``InProcess``: analysis here, chunk by chunk (``--jobs 1``, and small inputs:
  starting workers costs more than it saves for a handful of documents).
* ``ProcessPool``: ``--jobs N`` worker processes (models loaded once per worker
  by its initializer, inherited from this process where the platform forks).
* ``DaskBackend``: ``--dask ADDRESS``; tasks go to a ``dask.distributed`` cluster
  whose workers have bellink installed. A worker lost mid-run is the scheduler's
  to retry; a chunk it gives up on, or a cluster left with no workers, stops the
  ingest with one message, keeping everything written so far.
"""
from __future__ import annotations

import os
import pickle
import threading
import time
import traceback
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from bellink.ingest import caches

# A task is up to CHUNK documents, fewer when they add up to CHUNK_CHARS of text: on 2 cores
# 16 short articles a task spent 3% less CPU in all than 8 (English; Russian 3-4%, its NER batching
# over more sentences), while a corpus of long documents still travels in small tasks.
CHUNK = 16
CHUNK_CHARS = 100_000
WINDOW_PER_JOB = 3   # chunks out per worker: workers never wait for the writer, memory stays bounded
MIN_FOR_WORKERS = 8  # fewer documents to analyze than this: analyze here, do not start workers


class BackendError(Exception):
    """Analysis cannot go on (a worker process died, the cluster is gone); the message says why."""


@dataclass
class Failure:
    """An exception raised while analyzing one document, in a form that survives pickling."""
    kind: str
    message: str
    trace: str = ""
    original: Optional[BaseException] = field(default=None, compare=False)

    @classmethod
    def of(cls, exc: BaseException, keep: bool = False) -> "Failure":
        return cls(type(exc).__name__, str(exc), "".join(traceback.format_exception(exc)),
                   exc if keep else None)


def warm(russian: bool = False) -> None:
    """Load what every analysis needs (stages, knowledge-base matcher, the morphology's dictionary;
    the Russian NER when asked) once per process. Under fork a --jobs worker inherits it all from
    the parent: loaded on first use instead, the morphology (asked of English documents too) was
    loaded again in each worker, ~0.03 CPU-s and ~5 MB a worker."""
    from bellink.ingest import entities, events, segment, statements  # noqa: F401
    from bellink.ingest.entities import tokens
    from bellink.ingest.time import timex

    entities.matcher()
    tokens.morph()
    timex.warm("en")
    if russian:
        timex.warm("ru")
        entities._batch_infer()


def rehearse(russian: bool = False) -> None:
    """Analyze the bundled seed articles here once, then empty the word caches: before --jobs workers are forked.

    A first analysis builds what the stages make on first use (lexicons read into sets and tries, a rule's words,
    the speech cues' tables) and folds thousands of words once for it. In a forked worker that happened inside its
    first cycle of the word caches' budget: built twice (once a worker, in its private pages), and its one-off
    entries counted against the first cycle's budget, which then ended sooner and lower than every later one (the
    folding of names held ~3,500 more entries after the first 16 documents than after 16 once emptied), so a short
    ingest's peak was below a long one's for no other reason. Done here, it is built once and shared, and each
    worker's caches start empty, as after every emptying. The caches are emptied whatever happens."""
    from bellink.ingest import caches
    from bellink.ingest.pipeline import analyze_many
    from bellink.ingest.load import load_document
    from bellink.resources import resource_dir

    try:
        folder = resource_dir("seeds")
        docs = []
        for path in sorted(folder.glob("*.txt")):
            doc = load_document(path, doc_id=path.stem)
            if doc.lang == "en" or (russian and doc.lang == "ru"):
                docs.append(doc)
        analyze_many(docs)
    except Exception:  # a rehearsal only: the ingest reports its own documents' failures
        pass
    finally:
        caches.clear()


def _worker_start(jobs: int) -> None:
    """A --jobs worker's initializer: its share of the ingest's word-cache budget, then the stages."""
    from bellink.ingest import caches

    caches.share(jobs)
    warm()


def analyze_chunk(docs: list, kb_digest: Optional[str] = None):
    """The task a worker runs: an Analysis or a Failure per document, in order; with
    ``kb_digest`` (the writer's knowledge base), each Analysis packed (see ``pack``) and the
    list pickled (bytes: the writer unpickles it in ``_result``)."""
    from bellink.ingest.pipeline import analyze_many

    out = [Failure.of(r) if isinstance(r, BaseException) else r for r in analyze_many(docs)]
    if kb_digest is None:
        return out
    from bellink.ingest import kb

    base = kb.load()
    same_kb = base.digest == kb_digest
    # pickled here, as one bytes object: see ``_result``
    return pickle.dumps([r if isinstance(r, Failure) else pack(r, base if same_kb else None) for r in out],
                        protocol=pickle.HIGHEST_PROTOCOL)


# --- what travels back from a worker ---------------------------------------------------------
#
# An Analysis pickled as it is was 13 KB a document (English), and pickling it in the worker and
# unpickling it in the writer cost 0.8 ms a document, ~6% of the analysis: the document itself
# (the writer sent it and still has it), a copy of every sentence's, mention's and timex's words
# (slices of the text the writer has), the knowledge base's own entities with all their aliases
# (the writer has the same knowledge base loaded), per-object pickling of small dataclasses, and
# the Analysis's lookup caches. ``pack`` leaves all of that out; ``unpack`` puts it back, so the
# writer stores exactly what it would have stored from the Analysis itself.

_SLICE = 0  # in place of a text that is the document's text between the object's offsets


@lru_cache(maxsize=None)
def _fields(cls) -> tuple:
    import dataclasses

    return tuple(f.name for f in dataclasses.fields(cls))


def _rows(objs: list, names: tuple, text: str) -> list:
    # every packed class has start, stop and text as its first three fields
    rows = []
    for o in objs:
        row = [getattr(o, n) for n in names]
        if text[o.start:o.stop] == row[2]:
            row[2] = _SLICE
        rows.append(tuple(row))
    return rows


def _objects(cls, names: tuple, rows: list, text: str) -> list:
    out = []
    for row in rows:
        o = cls(*row)
        if type(o.text) is int:
            o.text = text[o.start:o.stop]
        out.append(o)
    return out


def pack(a, base=None) -> tuple:
    """A compact, picklable form of an Analysis, without its document (``unpack`` is given it).
    ``base``: the knowledge base the writer has loaded too (same digest); entities that are its
    own, unchanged objects travel as their key alone."""
    from bellink.ingest.model import Mention, Timex

    text = a.document.text
    ents = {}
    for key, ent in a.entities.items():
        ents[key] = None if base is not None and base.entities.get(key) is ent else ent
    return (_PACKED, [(s.index, s.start, s.stop, _SLICE if text[s.start:s.stop] == s.text else s.text, s.paragraph)
                      for s in a.sentences],
            _rows(a.mentions, _fields(Mention), text), ents, _rows(a.timexes, _fields(Timex), text),
            a.statements, a.events, a.roles)


def unpack(packed, doc):
    """The Analysis ``pack`` packed, around the writer's own copy of its document."""
    if not (isinstance(packed, tuple) and packed and packed[0] == _PACKED):
        return packed
    from bellink.ingest import kb
    from bellink.ingest.model import Mention, Sentence, Timex
    from bellink.ingest.pipeline import Analysis

    _, sentences, mentions, ents, timexes, statements, events, roles = packed
    text = doc.text
    base = kb.load() if any(e is None for e in ents.values()) else None
    return Analysis(
        document=doc,
        sentences=[Sentence(i, start, stop, text[start:stop] if type(t) is int else t, par)
                   for i, start, stop, t, par in sentences],
        mentions=_objects(Mention, _fields(Mention), mentions, text),
        entities={k: base.entities[k] if e is None else e for k, e in ents.items()},
        timexes=_objects(Timex, _fields(Timex), timexes, text),
        statements=statements, events=events, roles=roles)


_PACKED = "bellink-analysis-1"


# --- backends ------------------------------------------------------------------------------

class InProcess:
    name = "in-process"

    def __init__(self, first: list = (), helpers: int = 0):
        # helpers: cores the user allowed that no worker uses (a small input analyzed here with
        # --jobs > 1): a huge document may use them for a stage that reads sentences alone
        self.helpers = helpers

    def submit(self, docs: list) -> Future:
        from bellink.ingest.pipeline import analyze_many

        fut: Future = Future()
        outcomes = analyze_many(docs, helpers=self.helpers)
        fut.set_result([Failure.of(r, keep=True) if isinstance(r, BaseException) else r for r in outcomes])
        return fut

    def wait(self, fut):
        return fut.result()

    def close(self) -> None:
        pass


class ProcessPool:
    def __init__(self, jobs: int, first: list = ()):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.name = f"{jobs} worker processes"
        # Forked workers inherit what is loaded here instead of each loading it again (and
        # share its pages): the stages always, the Russian NER (navec + slovnet, ~1.5 s and
        # ~170 MB) when the first documents are Russian. (Starting the workers before anything
        # is loaded, each loading for itself while this process syncs the knowledge base, was
        # tried: no shorter on 2 cores, as the loading stays on the way to the first analysis,
        # and 0.4 CPU-s more in English, 1.5 CPU-s and ~150 MB more in Russian.)
        warm(russian=any(getattr(d, "lang", None) == "ru" for d in first))
        # fork is cheapest, but forking while another thread holds a lock (the progress
        # display's) can hang a child: then forkserver, which preloads the stages once.
        methods = multiprocessing.get_all_start_methods()
        self._frozen = False
        if "fork" in methods and threading.active_count() == 1:
            ctx = multiprocessing.get_context("fork")
        elif "forkserver" in methods:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["bellink.ingest.pipeline", "bellink.ingest.entities"])
        else:
            ctx = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_start,
                                        initargs=(jobs,))
        if ctx.get_start_method() == "fork":  # the workers are forked at the first submit
            rehearse(russian=any(getattr(d, "lang", None) == "ru" for d in first))
            # what they inherit stays shared: no collection, here or there, writes to its pages
            from bellink.ingest import collector

            collector.freeze_for_fork()
            self._frozen = True

    def submit(self, docs: list) -> Future:
        return self.pool.submit(analyze_chunk, docs, _kb_digest())

    def wait(self, fut):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return fut.result()
        except BrokenProcessPool:
            raise BackendError("an analysis worker process died (killed, or out of memory)") from None

    def close(self) -> None:
        try:
            self.pool.shutdown(wait=True, cancel_futures=True)
        finally:
            if self._frozen:
                from bellink.ingest import collector

                self._frozen = False
                collector.thaw()


class DaskBackend:
    CONNECT_TIMEOUT = "5s"
    NO_WORKERS_GRACE = 30.0  # seconds a run waits for a worker to (re)join before giving up

    def __init__(self, address: str):
        try:
            from dask.distributed import Client
        except ImportError:
            raise BackendError("--dask needs dask.distributed: pip install 'bellink[dask]'") from None
        try:
            self.client = Client(address, timeout=self.CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise BackendError(f"cannot reach the Dask scheduler at {address} ({_short(exc)})") from None
        self.name = f"Dask cluster at {address}"

    def slots(self) -> int:
        """Tasks the cluster runs at once (its workers' threads), for the size of the window."""
        try:
            info = self.client.scheduler_info()
            return max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))
        except Exception:
            return 1

    def submit(self, docs: list):
        # pure=False: the same documents sent twice (a re-run) are analyzed again, not served from a cache
        return self.client.submit(analyze_chunk, docs, _kb_digest(), pure=False)

    def wait(self, fut):
        from dask.distributed import TimeoutError as DaskTimeout

        lonely_since = None
        while True:
            try:
                return fut.result(timeout=2)
            except (DaskTimeout, TimeoutError):
                pass
            except Exception as exc:  # KilledWorker, CancelledError, lost scheduler connection
                raise BackendError(f"the Dask cluster stopped a task ({_short(exc)})") from None
            if self.client.status not in ("running", "connecting"):
                raise BackendError("lost the connection to the Dask scheduler")
            try:
                workers = len(self.client.scheduler_info().get("workers", {}))
            except Exception as exc:
                raise BackendError(f"lost the connection to the Dask scheduler ({_short(exc)})") from None
            if workers:
                lonely_since = None
            elif lonely_since is None:
                lonely_since = time.monotonic()
            elif time.monotonic() - lonely_since > self.NO_WORKERS_GRACE:
                raise BackendError(f"the Dask cluster has had no workers for {self.NO_WORKERS_GRACE:.0f} s")

    def close(self) -> None:
        try:
            self.client.close(timeout=5)
        except Exception:
            pass


def _kb_digest() -> str:
    from bellink.ingest import kb

    return kb.load().digest


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --- the dispatcher --------------------------------------------------------------------------

@dataclass
class Pending:
    """A document that needs analysis, with what the writer needs to report it."""
    label: str
    doc: object
    existing: bool
    chunk: Optional["_Chunk"] = None
    pos: int = 0
    keys: tuple = ()  # its id and hashes, claimed while it is in flight
    fingerprint: Optional[str] = None  # store.text_fingerprint of its text, taken at triage


@dataclass
class _Chunk:
    items: list
    future: object = None


class Dispatcher:
    """Ordered, bounded hand-off between the driver, a backend and the single writer.

    ``write(pending, outcome)`` stores one document and returns its FileResult
    (``outcome`` is an Analysis or a Failure); ``emit`` receives every FileResult in
    input order.
    """

    def __init__(self, make_backend: Callable[[list], object], write: Callable, emit: Callable, *,
                 jobs: int = 1, chunk: Optional[int] = None, min_for_workers: int = MIN_FOR_WORKERS):
        self.make_backend = make_backend
        self.write = write
        self.emit = emit
        self.chunk_size = chunk or CHUNK
        self.open_chars = 0             # text in ``open``
        self.window = max(2, jobs * WINDOW_PER_JOB)
        self.jobs = jobs
        self.min_for_workers = min_for_workers
        self.backend = None
        self.queue: deque = deque()     # FileResult | Pending, input order
        self.open: list = []            # Pending not yet sent
        self.out = 0                    # chunks sent and not yet written
        self.held: list = []            # the first documents, until it is clear workers are worth starting
        self.ids: set = set()
        self.hashes: set = set()

    # what the driver calls
    def result(self, r) -> None:
        if self.queue:
            self.queue.append(r)
        else:
            self.emit(r)

    def claimed(self, *keys) -> bool:
        return any(k in self.ids or k in self.hashes for k in keys if k)

    def add(self, p: Pending, hashes: tuple = ()) -> None:
        self.queue.append(p)
        p.keys = (p.doc.id, *(h for h in hashes if h))
        self.ids.add(p.doc.id)
        self.hashes.update(p.keys[1:])
        if self.backend is None and len(self.held) + 1 < self.min_for_workers:
            self.held.append(p)
            return
        if self.backend is None:
            self._start()
        self.open.append(p)
        self.open_chars += len(getattr(p.doc, "text", "") or "")
        if len(self.open) >= self.chunk_size or self.open_chars >= CHUNK_CHARS:
            self._send()
        self._write_ready()
        while self.out > self.window:
            self._write_head()

    def drain(self) -> None:
        while self.queue:
            self._write_head()
        self.ids.clear()
        self.hashes.clear()

    def close(self) -> None:
        if self.backend is not None:
            self.backend.close()

    # inside
    def _start(self) -> None:
        self.backend = self.make_backend([p.doc for p in self.held])
        self.open.extend(self.held)
        self.open_chars += sum(len(getattr(p.doc, "text", "") or "") for p in self.held)
        self.held = []

    def _send(self) -> None:
        if not self.open:
            return
        c = _Chunk(self.open)
        for i, p in enumerate(self.open):
            p.chunk, p.pos = c, i
        self.open = []
        self.open_chars = 0
        c.future = self.backend.submit([p.doc for p in c.items])
        self.out += 1

    def _write_ready(self) -> None:
        while self.queue:
            head = self.queue[0]
            if isinstance(head, Pending) and (head.chunk is None or not head.chunk.future.done()):
                return
            self._write_head()

    def _write_head(self) -> None:
        head = self.queue[0]
        if not isinstance(head, Pending):
            self.emit(self.queue.popleft())
            return
        if head.chunk is None:
            if self.backend is None:  # the whole input was small: analyze it here
                self.backend = InProcess(helpers=self.jobs - 1)
                self.open.extend(self.held)
                self.held = []
            self._send()
        outcomes = head.chunk.items and _result(self.backend, head.chunk)
        self.queue.popleft()
        if head.pos == len(head.chunk.items) - 1:
            self.out -= 1
            head.chunk.outcomes = None  # written: the chunk's analyses need not outlive it
        outcome = unpack(outcomes[head.pos], head.doc)
        outcomes[head.pos] = None
        result = self.write(head, outcome)
        if not isinstance(self.backend, InProcess):  # analyzed elsewhere: this process only stores
            caches.after_stored()
        # stored (or failed): the database answers for it now, not the in-flight claims (they were
        # kept to the end of the run, a few hundred bytes a document)
        self.ids.discard(head.keys[0] if head.keys else None)
        self.hashes.difference_update(head.keys[1:])
        self.emit(result)


def _result(backend, chunk: _Chunk) -> list:
    if not hasattr(chunk, "outcomes"):
        outcomes = backend.wait(chunk.future)
        # A worker's chunk arrives as the bytes ``analyze_chunk`` pickled, and is unpickled here, in the writer's
        # thread, when its turn to be stored comes. Returned as objects, the pool's result thread unpickled them
        # while this thread stored: two threads of this process busy at once, handing the GIL to each other.
        # Waiting chunks are also held as their bytes (~6 KB a document), not as object graphs.
        chunk.outcomes = pickle.loads(outcomes) if isinstance(outcomes, bytes) else outcomes
        chunk.future = _DONE
    return chunk.outcomes


class _Done:
    @staticmethod
    def done() -> bool:
        return True


_DONE = _Done()


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
