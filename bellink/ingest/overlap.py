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

import json
import os
import pickle
import threading
import time
from typing import Optional

from bellink.ingest import trace

MIN_CHARS = 500_000  # about 0.4 CPU-s of time expressions: far more than a helper process's start


def timexes_of(spans: list, lang: str, published: Optional[str]) -> list:
    """The time expressions of (sentence text, its start offset) pairs, in order: the stage itself."""
    from bellink.ingest.time import timex
    from bellink.ingest.trace import span

    out: list = []
    with span("timexes"):
        for text, start in spans:
            out.extend(timex.find_timexes(text, lang, published, offset=start))
    return out


def cues_of(text: str, lang: Optional[str], title, sentences: list) -> list:
    """The statements stage's reporting cues of every sentence (``CueFinding.cues``), in order. A cue is
    read off the text alone (the words, the quotation marks, the sentence), never off the mentions or
    the time expressions, so the helper finds them beside the entities too."""
    return _cues(text, lang, title, _sentences(text, sentences))


def _sentences(text: str, sentences: list) -> list:
    from bellink.ingest.model import Sentence

    return [Sentence(i, start, stop, text[start:stop], par) for i, start, stop, par in sentences]


def _cues(text: str, lang: Optional[str], title, sents: list, upto: Optional[int] = None) -> list:
    """The cues of the first ``upto`` sentences (all by default); the extractor still reads the whole document
    (its quotes, its skipped sentences), as the statements stage's own does."""
    from bellink.ingest.model import Document
    from bellink.ingest.pipeline import Analysis
    from bellink.ingest.statements.extractor import _Extractor
    from bellink.ingest.trace import span

    with span("cues"):
        a = Analysis(document=Document(id="cues", text=text, lang=lang, title=title), sentences=sents)
        ex = _Extractor(a)
        out = []
        enough = _enough
        for k, s in enumerate(a.sentences[:upto]):
            if enough is not None and not k % HURRY_EVERY and enough.value:
                break  # (the process that waits for them finds the rest where it reads them)
            out.append(ex.cues(s))
        return out


HURRY_EVERY = 32  # sentences between two looks at ``_enough`` (one is ~0.1 ms of cues)
SETTLE = 0.2  # seconds ``Beside.cues_while_busy`` waits for the helper before it finds cues itself
_enough = None  # in a helper (``Beside``): the shared byte its caller sets when it wants the answer now


def _hold(flag) -> None:
    """A helper's initializer: where ``_cues`` looks whether its caller wants its answer now (``Beside.hurry``)."""
    global _enough
    _enough = flag


def timexes_and_cues(spans: list, lang: str, published: Optional[str], text: str, doc_lang: Optional[str], title,
                     sentences: list, upto: Optional[int] = None) -> tuple:
    """The time expressions with the story-relative ones added (``time.story.add``: it reads the time expressions,
    the sentences' starts and the text, nothing the entities make), and the cues of the first ``upto`` sentences."""
    from bellink.ingest.time import story
    from bellink.ingest.trace import span

    sents = _sentences(text, sentences)
    found = timexes_of(spans, lang, published)
    with span("story"):
        found = story.add(found, sents, text, lang, published)
    return found, _cues(text, doc_lang, title, sents, upto)


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
    """``timexes_of`` of one document's sentences, running in a helper process; with ``document``, the
    story-relative expressions added to them and the statements' cues of its sentences (``cues_of``) too,
    found there after the time expressions (``timexes_and_cues``).

    ``cues_upto``: the cues of the sentences before this one only. When the statements stage's cue loop is cut in
    two (``statements/split.py``), the child finds the cues of its own part, beside this process's part: the helper
    finding them all kept this process waiting for it after the entities (20 MB of articles, load 12: the helper's
    time expressions, story and cues 18.2 CPU-s against the entities' 15.7 here, 54 s of 1,222 waited).

    ``hurry``: this process is ready for the answer. The helper finds no further cue, and answers with those it has
    (its cues list is then shorter); this process finds the others where it reads their sentences, in the statements'
    first part, which is the shorter of the two parts as often as not, rather than wait with a core idle while the
    helper finds them (20 MB of articles, load 9: the helper 16.0 CPU-s against the entities' 15.7, 14.4 s waited)."""

    def __init__(self, sentences: list, lang: str, published: Optional[str], document=None,
                 cues_upto: Optional[int] = None):
        from concurrent.futures import ProcessPoolExecutor

        self.args = ([(s.text, s.start) for s in sentences], lang, published)
        self.cue_args = None if document is None else (
            document.text, document.lang, document.title, [(s.index, s.start, s.stop, s.paragraph) for s in sentences],
            cues_upto)
        self.pool = None
        self.future = None
        self.cues: Optional[list] = None  # the helper's cues (of the first ``cues_upto`` sentences), when it found them
        self.storied = False  # whether result() has the story-relative expressions added (``time.story.add``)
        self.enough = None  # the byte shared with the helper that ``hurry`` sets
        try:
            ctx = _context()
            self.enough = ctx.Value("b", 0, lock=False)
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_hold, initargs=(self.enough,))
            if self.cue_args is None:
                self.future = self.pool.submit(timexes_of, *self.args)
            else:
                self.future = self.pool.submit(timexes_and_cues, *self.args, *self.cue_args)
        except Exception:  # no process could be started: the stage runs here (result())
            self.close()

    def hurry(self) -> None:
        """This process wants the answer now: the helper stops finding cues (class docstring)."""
        if self.enough is not None:
            self.enough.value = 1

    def cues_while_busy(self, settle: float = SETTLE) -> dict:
        """Called after ``hurry``: while the helper is still busy (its time expressions or their story: it finds no
        cue after ``hurry``), the cues of the sentences of its range found here, from the last down, until it answers;
        sentence index -> cues. The statements stage takes them as the helper's (``cues_of``: the same function of the
        same text), and reads them there no more. Nothing when the helper answers within ``settle`` seconds (the
        extractor made here for the cues costs more than such a wait) or finds no cues. 20 MB without punctuation
        (main, load 20): this process waited 38 s wall, 2 CPU-s of its critical path, for the helper's time expressions
        after its entities, the cues of its part then found in the statements' first part."""
        if self.cue_args is None or self.future is None:
            return {}
        import concurrent.futures

        concurrent.futures.wait([self.future], timeout=settle)
        if self.future.done():
            return {}
        from bellink.ingest.model import Document
        from bellink.ingest.pipeline import Analysis
        from bellink.ingest.statements.extractor import _Extractor

        text, lang, title, spans, upto = self.cue_args
        sents = _sentences(text, spans)
        ex = _Extractor(Analysis(document=Document(id="cues", text=text, lang=lang, title=title), sentences=sents))
        out: dict = {}
        for k in range((len(sents) if upto is None else upto) - 1, -1, -1):
            if not len(out) % HURRY_EVERY and self.future.done():
                break
            out[k] = ex.cues(sents[k])
        return out

    def result(self) -> list:
        """The helper's list; the same list computed here when the helper failed (then no cues). With
        ``document``, the helper's list has the story-relative expressions too (``storied``)."""
        try:
            if self.future is not None:
                got = self.future.result()
                if self.cue_args is None:
                    return got
                self.cues = got[1]
                self.storied = True
                return got[0]
        except Exception as exc:  # counted with its reason, as a forked half's (``halves``), then done here
            kind = f"helper: {type(exc).__name__}"
            failures[kind] = failures.get(kind, 0) + 1
            _write_stats()
        finally:
            self.close()
        return timexes_of(*self.args)

    def close(self) -> None:
        """Stop the helper; one still working (this process's analysis failed) is terminated."""
        if self.pool is not None:
            done = self.future is None or self.future.done()
            if not done:
                for proc in list((getattr(self.pool, "_processes", None) or {}).values()):
                    proc.terminate()
            # with its answer in, the pool's manager thread is joined (it ends at once): a split forked after this
            # (``halves``) must find no other thread alive here
            self.pool.shutdown(wait=done, cancel_futures=True)
            self.pool = None


# --- one stage's sentence loops in two processes ------------------------------------------------------
#
# Most of the events stage is loops that read one sentence at a time against read-only document-level
# inputs (the sentences' views, the mentions, the statements): ``read_deliveries`` alone is more than half
# of it. For one huge document such a loop is cut in two at a sentence: the second part runs in a child
# forked from this process (fork shares everything already made: nothing is sent to it) while this
# process runs the first part, and only the child's results come back, pickled. Objects that existed
# before the fork (sentences, mentions, clauses, statements, entities...) travel by reference: the child
# names them by their id, which is the same in both processes, and this process puts its own object in
# their place, so a result points at the very objects the one-process run's would. What the child
# caches on them (tokens, frames) stays in the child: a cache is a pure function of what it is made
# from, and this process makes it again where it is needed. A child that fails, is killed or does not
# answer is replaced by the same loop run here, after the first part: the order of the one-process run.

MIN_SPLIT = 2_000_000  # characters: below this a fork and the results' pickling cost more than they save
_split_on = False  # set (``splitting``) while this process may fork for the document it analyzes
# splits run in a child; those whose child's results were used; those whose child failed (its part redone here, the
# reason in ``failures``); those run here without a fork because another thread was alive in this process
counts = {"forked": 0, "answered": 0, "failed": 0, "threads": 0}
failures: dict = {}  # why a child's part was redone here ("raise TypeError", "silent", "exit 1"...) -> how often
children: list = []  # per forked split: its label, the child's CPU-s and memory (``_child_stats``), answered or why not
STATS_ENV = "BELLINK_OVERLAP_STATS"  # a file to write counts, failures and children to after each split (bench/docsize.py)


class splitting:
    """``with splitting(on):`` lets ``halves`` fork while the block analyzes one huge document."""

    def __init__(self, on: bool):
        self.on = on

    @staticmethod
    def on_now() -> bool:
        """May ``halves`` fork now?"""
        return _split_on and hasattr(os, "fork")

    def __enter__(self):
        global _split_on
        self.was, _split_on = _split_on, bool(self.on)
        return self

    def __exit__(self, *exc):
        global _split_on
        _split_on = self.was
        return False


def cut_at(sents: list, share: float = 0.5) -> int:
    """The index of the sentence holding the point where the first ``share`` of the sentences' characters
    ends: the first part is the sentences before it, the second that sentence and those after it."""
    if not sents:
        return 0
    lo, hi = sents[0].start, sents[-1].stop
    goal = lo + (hi - lo) * share
    import bisect

    return max(0, bisect.bisect_right([s.start for s in sents], goal) - 1)


class _Sharing:
    """Pickling that names objects made before the fork by where they are: (root, index) in ``roots``, a
    dict of lists and dicts that both processes hold and only ever add to while a split runs. The child
    finds each object's place (the cost is the child's); this process only looks the places up."""

    def __init__(self, roots: dict):
        self.roots = roots

    def dumps(self, obj) -> bytes:
        import io

        buf = io.BytesIO()
        self.pickler(buf).dump(obj)
        return buf.getvalue()

    def pickler(self, buf) -> "_Pickler":
        """A pickler onto ``buf`` naming the objects the roots hold now by their places (its ``dump`` may be called
        again and again: one memo, so an object sent twice is one object on arrival, as with one ``dump``)."""
        known: dict = {}
        for name, root in self.roots.items():
            for key, o in (root.items() if isinstance(root, dict) else enumerate(root)):
                known.setdefault(id(o), (name, key))
        return _Pickler(buf, known, _grammeme_types())

    def sizes(self) -> tuple:
        """How many objects each root holds (they only ever grow while a split runs)."""
        return tuple(len(root) for root in self.roots.values())

    def loads(self, data: bytes):
        import io

        return _Unpickler(io.BytesIO(data), self.roots).load()

    def loads_all(self, data: bytes) -> list:
        """Every object a ``pickler``'s successive dumps wrote into ``data``, in order (one memo, as they were made)."""
        import io

        buf = io.BytesIO(data)
        got, loader = [], _Unpickler(buf, self.roots)
        while buf.tell() < len(data):
            got.append(loader.load())
        return got


class _Streamed:
    """A ``halves_items`` child's items pickled as it read them (``_Sharing.pickler``), chunk by chunk, and what its
    ``last`` made, as the bytes to unpickle with ``_Sharing.loads_all``."""

    def __init__(self, data: bytes):
        self.data = data


class _Pickler(pickle.Pickler):
    """``_Sharing.dumps``'s: objects in ``known`` by their place, pymorphy's typed grammemes by their descriptor."""

    def __init__(self, file, known: dict, grammemes: dict):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.known, self.grammemes = known, grammemes

    def persistent_id(self, o):
        return self.known.get(id(o))

    def reducer_override(self, o):
        got = self.grammemes.get(type(o))
        return (_grammeme, (*got, str(o))) if got else NotImplemented


class _Unpickler(pickle.Unpickler):
    """``_Sharing.loads``'s. A module-level class: one made inside ``loads`` around its ``roots`` was a reference cycle
    (every class is one) that held the roots, the whole analysis of the huge document, until the cyclic collector ran;
    paused during the analysis (``collector``), it ran only when the interpreter exited, after the document was stored,
    which then freed it in the ingesting process alone (5 MB of articles: 1.26 million objects alive when the command
    ended, and 1.47 CPU-s spent after it; now 0.24 million and 0.77 CPU-s)."""

    def __init__(self, file, roots: dict):
        super().__init__(file)
        self.roots = roots

    def persistent_load(self, pid):
        return self.roots[pid[0]][pid[1]]


def _grammeme_types() -> dict:
    """pymorphy's typed grammemes ('gent' as a Tag's case: a str that refuses comparison with a word that is
    no grammeme of its kind) are classes made inside the Tag class's descriptors, which pickle cannot name:
    each is sent as (Tag class, attribute, value) and made again from the same descriptor."""
    import sys

    tagset = sys.modules.get("pymorphy3.tagset")
    if tagset is None:
        return {}
    out = {}
    for klass in (tagset.OpencorporaTag, *tagset.OpencorporaTag.__subclasses__()):
        for name, v in vars(klass).items():
            if isinstance(v, tagset._select_grammeme_from):
                out[v.TypedGrammeme] = (klass, name)
    return out


def _grammeme(klass, name: str, value: str):
    return vars(klass)[name].TypedGrammeme(value)


WAIT_FACTOR = 3.0  # a child still silent this many times the first part's time (and MIN_WAIT) is given up
MIN_WAIT = 60.0


def halves(head, tail, roots: dict, label: str = ""):
    """``(head(), tail())``: ``tail`` in a forked child while ``head`` runs here, when ``splitting`` allows;
    else (and when the child fails) one after the other here. ``tail`` must not depend on what ``head``
    does (only on the state both start from), and must return picklable results; ``roots`` holds the
    objects made before the call that its results may point at (kept by reference, see ``_Sharing``).

    Never forks while another thread is alive here: the child would inherit whatever lock that thread
    holds at that moment, held forever (``counts["threads"]``). A child's failure is recorded with its
    reason (``counts["failed"]``, ``failures``), so a regression that throws the second core's work away
    shows (``bench/docsize.py``) instead of only costing time."""
    if not _split_on or not hasattr(os, "fork"):
        first = head()
        return first, tail()
    if threading.active_count() > 1:
        counts["threads"] += 1
        _write_stats()
        first = head()
        return first, tail()
    sharing = _Sharing(roots)
    try:
        r, w = os.pipe()
    except OSError:
        first = head()
        return first, tail()
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        first = head()
        return first, tail()
    if pid == 0:  # the child: compute, send, leave without running anything of the parent's
        code = 1
        try:
            _die_with(parent)
            os.close(r)
            t0, c0 = time.time(), time.process_time()
            try:
                got = tail()
                # (a _Streamed result is pickled already: sent as it is, no names of the roots' objects taken again)
                tag, data = (b"S", got.data) if isinstance(got, _Streamed) else (b"R", sharing.dumps(got))
            except BaseException as exc:  # sent as the reason, so the parent can count it
                tag, data = b"E", f"{type(exc).__name__}: {exc}"[:300].encode("utf-8", "replace")
            trace.mark(f"child: {label}", t0, c0)
            meta = json.dumps(_child_stats()).encode()
            lead = len(meta).to_bytes(4, "little") + meta + tag
            view = memoryview(b"".join(((len(lead) + len(data)).to_bytes(8, "little"), lead, data)))
            while view:
                view = view[os.write(w, view):]
            code = 0 if tag in (b"R", b"S") else 2
        except BaseException:
            pass
        finally:
            os._exit(code)
    os.close(w)
    counts["forked"] += 1
    record = {"label": label or getattr(tail, "__qualname__", "tail")}
    children.append(record)
    got, silent = None, False
    try:
        t0 = time.monotonic()
        with trace.span(f"head: {label}"):
            first = head()
        with trace.span(f"wait: {label}"):
            got, silent = _receive(r, pid, max(MIN_WAIT, WAIT_FACTOR * (time.monotonic() - t0)))
    finally:
        os.close(r)
        status = _reap(pid, got is None)
    why = None
    if got is None:
        why = "silent" if silent else _exit_reason(status)
    else:
        try:
            n = int.from_bytes(got[:4], "little")
            record.update(json.loads(got[4:4 + n]))
            tag, data = got[4 + n:5 + n], got[5 + n:]
        except Exception as exc:
            tag, data, why = b"", b"", f"garbled {type(exc).__name__}"
        if tag == b"E":
            why = "raise " + data.decode("utf-8", "replace")
        elif tag in (b"R", b"S"):
            try:
                with trace.span(f"unpickle: {label}"):
                    second = sharing.loads(data) if tag == b"R" else _Streamed(data)
                counts["answered"] += 1
                record["answered"] = True
                _write_stats()
                return first, second
            except Exception as exc:
                why = f"unpickle {type(exc).__name__}: {exc}"[:300]
    _failed(record, why or "garbled")
    with trace.span(f"redo: {label}"):
        return first, tail()


ITEMS_CHUNK = 8  # items a child claims at a time (a claim takes a lock shared with this process: 1-10 µs)
STEAL_WAIT = 5.0  # seconds this process waits for that lock (a child killed holding it: then it takes nothing)


def halves_items(head, each, lo: int, hi: int, roots: dict, label: str = "", last=None):
    """``(head(), [each(i) for i in range(lo, hi)], last())``: the items read in a forked child from ``lo`` up while
    ``head`` runs here, when ``splitting`` allows (else all here, ``last`` then None). Once ``head`` is done, this
    process takes the back half of the items the child has not claimed yet and reads them itself, while the child
    reads on up to them: the two end together whatever the document (a cut fixed by characters suits one kind of
    document and leaves the other's two processes waiting: 20 MB of articles and 20 MB without punctuation wanted the
    deliveries' cut at 0.46 and ~0.5). ``each`` must depend only on the state both processes start from (as
    ``halves``' ``tail``: an item read here is the item the child would have read) and return a picklable result;
    ``last``, when given, runs in the child after its items (what it made for this process, found once more here
    when the child failed). A child that fails is replaced as in ``halves``: its items read here."""
    if not _split_on or not hasattr(os, "fork") or hi <= lo:
        first = head()
        return first, [each(i) for i in range(lo, hi)], None
    import multiprocessing

    try:
        ctx = multiprocessing.get_context("fork")
        lock = ctx.Lock()
        claim = ctx.RawArray("q", [lo, hi])  # the next item the child will claim, the item it stops before
    except (OSError, ValueError, ImportError):  # no shared semaphore here (no /dev/shm): one process
        first = head()
        return first, [each(i) for i in range(lo, hi)], None
    parent = os.getpid()
    stolen: list = []

    def mine():
        first = head()
        with trace.span(f"steal: {label}"):
            if lock.acquire(timeout=STEAL_WAIT):
                try:
                    at, stop = claim[0], claim[1]
                    cut = at + (stop - at + 1) // 2 if at < stop else stop
                    claim[1] = cut
                finally:
                    lock.release()
                stolen.extend(each(i) for i in range(cut, stop))
                stolen.append(cut)  # (where this process's items start: the last entry)
        return first

    def child():
        if os.getpid() == parent:  # the child failed (or none was forked): every item not read here
            stop = stolen[-1] if stolen else hi
            return [each(i) for i in range(lo, stop)], None
        # each chunk's results pickled as soon as they are read, so what is left to pickle after the last item (when
        # this process may be done and waiting) is one chunk's: pickled at the end, the items of 20 MB of articles
        # kept this process waiting ~1-2 CPU-s per loop (4 MB: the names of the roots' objects 0.03-0.07 CPU-s and the
        # dump 0.02-0.16 per loop). Only while the roots stay as they were at the start (their names are taken then;
        # they only ever grow): else they are pickled at the end as before
        import io

        sharing = _Sharing(roots)
        sizes, buf = sharing.sizes(), io.BytesIO()
        pickler = sharing.pickler(buf)
        out = []
        while True:
            with lock:
                at, stop = claim[0], claim[1]
                if at >= stop:
                    break
                claim[0] = upto = min(at + ITEMS_CHUNK, stop)
            got = [each(i) for i in range(at, upto)]
            out.extend(got)
            if pickler is not None:
                pickler.dump(got)
                if sharing.sizes() != sizes:
                    pickler = None
        made = last() if last is not None else None
        if pickler is None or sharing.sizes() != sizes:
            return out, made
        pickler.dump(("last", made))
        return _Streamed(buf.getvalue())

    got = halves(mine, child, roots, label)
    first, sent = got
    if isinstance(sent, _Streamed):
        try:
            with trace.span(f"unpickle: {label}"):
                chunks = _Sharing(roots).loads_all(sent.data)
            theirs, tail = [r for chunk in chunks[:-1] for r in chunk], chunks[-1][1]
        except Exception as exc:  # as halves does with a result it cannot unpickle: the child's items read here
            counts["answered"] -= 1
            _failed(children[-1], f"unpickle {type(exc).__name__}: {exc}"[:300])
            with trace.span(f"redo: {label}"):
                theirs, tail = child()
    else:
        theirs, tail = sent
    ours = stolen[:-1]
    if len(theirs) + len(ours) != hi - lo:
        raise RuntimeError(f"{label}: {len(theirs)} + {len(ours)} items of {hi - lo}")
    return first, theirs + ours, tail


def _failed(record: dict, why: str) -> None:
    counts["failed"] += 1
    kind = " ".join(why.split(":", 1)[0].split()[:2])  # "raise TypeError", "exit 1", "signal 9", "silent"
    failures[kind] = failures.get(kind, 0) + 1
    record["answered"] = False
    record["failed"] = why
    _write_stats()


def _exit_reason(status: Optional[int]) -> str:
    if status is None:
        return "lost"
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit {os.WEXITSTATUS(status)}" if os.WIFEXITED(status) else f"status {status}"


def _child_stats() -> dict:
    """In a forked child, after its work: its CPU-s, its peak RSS (the parent's pages it shares count in it)
    and what it holds alone (Private_Clean + Private_Dirty of ``/proc/self/smaps_rollup``: the pages it copied
    on writing, reference counts included, and what it made), in MB."""
    import resource

    use = resource.getrusage(resource.RUSAGE_SELF)
    out = {"cpu_s": round(use.ru_utime + use.ru_stime, 2), "peak_rss_mb": round(use.ru_maxrss / 1024)}
    try:
        with open("/proc/self/smaps_rollup") as f:
            kb = {k: int(v.split()[0]) for k, v in (line.split(":", 1) for line in f if ":" in line and "kB" in line)}
        out["private_mb"] = round((kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)) / 1024)
        out["pss_mb"] = round(kb.get("Pss", 0) / 1024)
    except (OSError, ValueError):
        pass
    return out


def _write_stats() -> None:
    path = os.environ.get(STATS_ENV)
    if not path:
        return
    try:
        with open(path, "w") as f:
            json.dump({"counts": counts, "failures": failures, "children": children}, f)
    except OSError:
        pass


def _die_with(parent: int) -> None:
    """In a forked child: be killed when the parent dies (Linux ``PR_SET_PDEATHSIG``), so a parent killed outright
    (an OOM kill, kill -9) leaves no child computing a half for nobody; leave at once if it is gone already."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        return
    if os.getppid() != parent:
        os._exit(1)


def _receive(r: int, pid: int, wait: float) -> tuple:
    """(the child's whole message, or None when it died or sent something short; whether it stayed silent for
    ``wait`` s)."""
    import select

    chunks, need, have = [], None, 0
    deadline = time.monotonic() + wait
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None, True
        ready, _, _ = select.select([r], [], [], left)
        if not ready:
            return None, True
        chunk = os.read(r, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        have += len(chunk)
        if need is None and have >= 8:
            head = b"".join(chunks)
            need, chunks = int.from_bytes(head[:8], "little"), [head[8:]]
            have -= 8
        if need is not None and have >= need:
            break
    if need is None or have != need:
        return None, False
    return b"".join(chunks), False


def _reap(pid: int, kill: bool) -> Optional[int]:
    """Wait for the child (killed first with ``kill``); its wait status (None if there is none to wait for)."""
    import signal

    if kill:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    try:
        return os.waitpid(pid, 0)[1]
    except OSError:
        return None
