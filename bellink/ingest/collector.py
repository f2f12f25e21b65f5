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
    (someone else's ``gc.freeze()`` before a fork stays theirs)."""
    if gc.get_count()[0] > AGE_ABOVE and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
