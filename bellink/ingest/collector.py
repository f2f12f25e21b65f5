"""Python's cyclic garbage collector, paused while one batch of documents is analyzed or stored.

Analysis allocates millions of small objects (tokens, mentions, spans) that live until the document
is stored, and makes almost no cyclic garbage (a 2 MB document: a few hundred objects in cycles).
The collector cannot know that: every 700 allocations it traverses the young objects, and its full
collections traverse everything alive, so its cost grows with the document: about a tenth of the
analysis of a 2 MB document, and more at 20 MB. Paused, memory is still freed by reference counting
as usual; only objects in reference cycles wait for the collector, which runs again as soon as the
block is left (normally or through an exception)."""
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
            gc.enable()
