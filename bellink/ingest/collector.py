"""Python's cyclic garbage collector, paused while one batch of documents is analyzed or stored.

Analysis allocates millions of small objects (tokens, mentions, spans) that live until the document
is stored, and makes almost no cyclic garbage (a 2 MB document: a few hundred objects in cycles).
The collector cannot know that: every 700 allocations it traverses the young objects, and its full
collections traverse everything alive, so its cost grows with the document: about a tenth of the
analysis of a 2 MB document, and more at 20 MB. Paused, memory is still freed by reference counting
as usual; only objects in reference cycles wait for the collector, which runs again as soon as the
block is left (normally or through an exception).

Leaving the block must not cost a traversal of what it made either. The collector counts allocations
while paused too, so the first allocation after ``gc.enable()`` starts a young collection that walks
every object the block made and that is still alive: the whole analysis of a document that is about
to be stored (a 20 MB document: about 3 CPU-s of the ingesting process, for nothing: that analysis is
alive, and freed by reference counting once stored). So when a block made more than ``AGE_ABOVE``
objects, those alive when it ends join the oldest generation directly (``gc.freeze()`` then ``gc.unfreeze()``: two list splices, no
traversal, the young count reset), where only a full collection looks at them; cyclic garbage the
block left is found there by the next full collection. A smaller block's objects go through the
young collections as any others, which free its cycles."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """Run the block with the cyclic collector disabled; it is enabled again afterwards, exactly
    when it was enabled before (nested blocks, or a caller that disabled it itself, keep theirs)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            _age_survivors()
            gc.enable()


# Objects the block made (the young count) above which they are aged without a traversal. Below it the next young
# collection walks them as usual (at most ~0.1 CPU-s) and frees the cycles among them: aged into the oldest
# generation, every document's cycles waited for a full collection, which the interpreter runs only once the
# objects it saw survive young collections reach a quarter of the oldest generation, and aged objects never count.
# An ingest of small documents then grew without bound (review9: 600 news articles analyzed in one process left
# 365,000 objects in cycles, +17 MB a pass of 151, no full collection).
AGE_ABOVE = 1_000_000


def _age_survivors() -> None:
    """Move every object the collector tracks into its oldest generation without traversing them, when the block
    made more than ``AGE_ABOVE`` of them (a huge document's analysis). Only when nothing is frozen already
    (someone else's ``gc.freeze()`` before a fork stays theirs); while this process shares frozen objects with
    forked workers (``freeze_for_fork``), the survivors join them instead, frozen too: unfreezing would hand the
    shared objects to the next full collection."""
    if gc.get_count()[0] > AGE_ABOVE:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        elif _sharing[0]:
            gc.freeze()


# Whether the objects frozen in this process are the ones shared with forked --jobs workers (set in the parent by
# ``freeze_for_fork``, inherited by the workers with the rest of its memory).
_sharing = [False]


def freeze_for_fork() -> None:
    """Before forking --jobs workers: every object alive now (the loaded stages, the knowledge base, the lexicons)
    goes to the collector's permanent generation, which no collection traverses, here or in the workers.

    A forked worker shares the parent's pages until either process writes to one. A full collection writes into the
    header of every object it traverses, so the first full collection in a worker (the word caches' entries, which
    survive young collections, bring one on after a few hundred documents) copied every page of the inherited heap
    that holds a tracked object, and so did the parent's own: the tree grew by that copy over the first thousands of
    documents of a long ingest (memgrow's corpus, ``--jobs 2``: workers' PSS 70 -> 75 MB each from 1,000 to 5,000
    documents while their RSS stayed level). This is Python's own advice for a fork without exec (the ``gc`` docs).
    Frozen objects are still freed by reference counting; only cycles among them wait for ``thaw``."""
    gc.freeze()
    _sharing[0] = True


def thaw() -> None:
    """The workers are gone: the frozen objects go back to the oldest generation (``gc.unfreeze``)."""
    if _sharing[0]:
        _sharing[0] = False
        gc.unfreeze()
