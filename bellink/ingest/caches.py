"""Word caches: functions of one word or phrase memoized with ``functools.lru_cache``.

They make analysis fast (a news corpus repeats its words), but a corpus's vocabulary keeps
growing: left alone, each cache fills to its bound over a long ingest, and a 100,000-document
run would end tens or hundreds of MB above a 1,000-document one. ``after_documents`` empties
them every ``CLEAR_EVERY`` documents a process has analyzed, so they never hold more than a
1,000-document ingest fills them with. That budget is the ingest's, not each process's: with
``--jobs N`` each worker empties its caches every ``CLEAR_EVERY / N`` documents it analyzes (``share``),
so the N workers together hold what one process would (each worker's own count of 1,000 let
2 workers hold twice a 1,000-document ingest's words, and a 100,000-document run peaked 30 MB a
worker above a 1,000-document one, whose workers never reached their first emptying). The writer of
such an ingest, which analyzes nothing, empties its own (the folding of the mentions it stores)
every ``CLEAR_EVERY`` documents it stores (``after_stored``). The budget holds in entries as well: once one
word cache or word map holds ``ENTRIES // N`` of them, every cache is emptied, whatever the count, so that
each cycle ends at the same size (see ``ENTRIES``). Only bounded caches are emptied: an unbounded one
(``maxsize=None``) holds a resource loaded once (a lexicon, compiled rules), not words. Every
cached function is pure, so emptying a cache changes no result, only the time of the next call.

A map of answers per word kept by hand (a ``WordMap``: the matcher's ``may_open``, the Russian NER's
word ids) is a word cache too and is emptied with them. Such maps had only their own bound (50,000 or
200,000 words), which a 1,000-document ingest never reaches and a long one does: with memgrow's corpus a
``--jobs 2`` worker's ``may_open`` grew by ~21,000 words every 500 documents until it hit 50,000, the
workers' step of ~5 MB each between the 1,000th and the 5,000th document of issue 15's measure.
"""
from __future__ import annotations

import sys
import weakref

CLEAR_EVERY = 1000  # documents analyzed by the ingest (all its processes) between two emptyings
MIN_BOUND = 1000  # smaller caches are bounded tightly enough already
# Entries one word cache or word map may hold across the ingest's processes (each of N: ENTRIES // N) before every
# cache is emptied, whatever the documents counted so far. A cache's dict doubles its table when it passes two
# thirds of it (21,845 entries of 32,768 slots, 43,690 of 65,536): at CLEAR_EVERY documents alone, how many words a
# cycle brought decided whether the caches ended just below or just above such a step, and a long ingest met the
# cycle that passed it sooner or later (memgrow's corpus, --jobs 2: seven caches at 21,000-22,100 entries in most
# cycles of a worker, 22,000-22,900 in one of four, whose tables doubled: +4-5 MB at that worker's top, which a
# 1,000-document ingest, one cycle, never reached). Kept under such a step (40,000 // N for N = 1, 2, 4 is 8-9%
# below one), every cycle ends at the same table size, and the budget holds in entries for any vocabulary.
ENTRIES = 40_000

_analyzed = 0
_since = 0  # documents counted by ``after_documents`` since it last emptied the caches
_stored = 0
_processes = 1  # processes that analyze one ingest's documents side by side (``share``)


class WordMap(dict):
    """A dict of answers that depend on a word alone, emptied by ``clear`` with the word caches."""
    __slots__ = ("__weakref__",)

    def __init__(self):
        super().__init__()
        _maps.append(weakref.ref(self))


_maps: list = []  # weak references to every WordMap (a dict compares by content: no WeakSet)


def word_caches() -> list:
    """Every bounded lru_cache of at least MIN_BOUND entries in bellink's loaded modules (module
    functions, and methods defined in their classes)."""
    found, seen = [], set()
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "bellink" or name.startswith("bellink.")):
            continue
        candidates = list(vars(module).values())
        for obj in list(candidates):
            if isinstance(obj, type) and obj.__module__ == name:
                candidates.extend(vars(obj).values())
        for obj in candidates:
            info = getattr(obj, "cache_info", None)
            if info is None or not callable(getattr(obj, "cache_clear", None)) or id(obj) in seen:
                continue
            maxsize = info().maxsize
            if maxsize is not None and maxsize >= MIN_BOUND:
                seen.add(id(obj))
                found.append(obj)
    return found


def clear() -> int:
    """Empty every word cache and word map; returns how many entries were dropped."""
    dropped = 0
    for fn in word_caches():
        dropped += fn.cache_info().currsize
        fn.cache_clear()
    alive = [r for r in _maps if r() is not None]
    _maps[:] = alive
    for r in alive:
        m = r()
        if m is not None:
            dropped += len(m)
            m.clear()
    give_back()
    return dropped


_trim = []  # [glibc's malloc_trim] once looked up; [None] where there is none


def give_back() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``; elsewhere nothing).

    Emptying the caches frees their dicts' tables (a megabyte and more each): glibc serves such a block
    with mmap, and on freeing it raises its threshold above the block's size, so the tables that grow
    again are carved out of the heap instead, beside blocks that stay, and the heap's high-water mark
    rises with each emptying. Trimmed, the pages freed in it no longer count: one worker's RSS before
    each emptying (memgrow's corpus, in process) 116.7, 119.1, 119.1 MB without, 116.6, 116.2, 116.2
    with; a trim is a walk of the heap, once per emptying."""
    if not _trim:
        fn = None
        try:
            import ctypes

            # the process's own symbols (dlopen of none): glibc's where it is the C library; musl has no malloc_trim
            fn = getattr(ctypes.CDLL(None), "malloc_trim", None) if sys.platform.startswith("linux") else None
            if fn is not None:
                fn.argtypes, fn.restype = [ctypes.c_size_t], ctypes.c_int
        except (OSError, ImportError, AttributeError):
            fn = None
        _trim.append(fn)
    if _trim[0] is not None:
        _trim[0](0)


def share(processes: int) -> None:
    """This process is one of ``processes`` that analyze the same ingest (a ``--jobs`` worker):
    it empties its caches ``processes`` times as often."""
    global _processes
    _processes = max(1, processes)


_found: list = [None, -1]  # word_caches() and the number of modules loaded when it was asked


def _watched() -> list:
    """``word_caches()``, found again only when a module was loaded since (a walk of every module's names)."""
    if _found[1] != len(sys.modules):
        _found[:] = [word_caches(), len(sys.modules)]
    return _found[0]


def full() -> bool:
    """Whether a word cache or word map holds this process's share of ENTRIES."""
    limit = max(1, ENTRIES // _processes)
    for fn in _watched():
        if fn.cache_info().currsize >= limit:
            return True
    for r in _maps:
        m = r()
        if m is not None and len(m) >= limit:
            return True
    return False


def after_documents(n: int) -> None:
    """Count ``n`` more analyzed documents (about to be analyzed: a chunk's); empty the word caches once this
    process's share of CLEAR_EVERY have passed since they were last emptied here, or when one of them holds its
    share of ENTRIES."""
    global _analyzed, _since
    every = max(1, CLEAR_EVERY // _processes)
    _analyzed += n
    _since += n
    if _since >= every or full():
        _since = 0
        clear()


def after_stored(n: int = 1) -> None:
    """Count ``n`` more documents stored by a writer whose documents are analyzed elsewhere (worker
    processes, a cluster); empty its word caches each time CLEAR_EVERY more have passed."""
    global _stored
    before, _stored = _stored, _stored + n
    if before // CLEAR_EVERY != _stored // CLEAR_EVERY:
        clear()
