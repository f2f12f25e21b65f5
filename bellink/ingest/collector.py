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
alive, and freed by reference counting once stored). So the objects alive when the block ends join
the oldest generation directly (``gc.freeze()`` then ``gc.unfreeze()``: two list splices, no
traversal, the young count reset), where only a full collection looks at them; cyclic garbage the
block left is found there by the next full collection, as before by the next young one."""
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


def _age_survivors() -> None:
    """Move every object the collector tracks into its oldest generation without traversing them. Only when
    nothing is frozen already (someone else's ``gc.freeze()`` before a fork stays theirs)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
