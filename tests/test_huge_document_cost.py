"""Steps of one document's analysis that once grew with the square of its size (issue 10: a 20 MB document in
under a minute): each is asked how much work it does for many items, never how long it takes."""
from __future__ import annotations

from types import SimpleNamespace

from bellink.ingest.events.deliveries.anaphora import inherit_counts


class _Doc:
    """What inherit_counts reads of the events' document view, counting the family look-ups."""

    def __init__(self, text: str):
        self.text = text
        self.asked = 0

    def family(self, key: str) -> str:
        self.asked += 1
        return key

    def toks_in(self, sent, lo: int, hi: int) -> list:
        return []  # (no ordinal formation noun before the cue: "The systems arrived.")


def _draft(sent, start, quantity, from_context=False):
    return SimpleNamespace(kind="delivery", quantity=quantity, approx=False, unit="unit" if quantity else None,
                           roles={"system": ["weapon_system:tor_m2"]}, sent=sent, span=(start, start + 5),
                           cue=SimpleNamespace(start=start),
                           clause=SimpleNamespace(start=sent.start, stop=sent.stop),
                           details={"system_from_context": True} if from_context else {})


def test_inherit_counts_looks_only_at_the_nearby_counted_batches():
    # sentence 2k counts a batch, sentence 2k+1 names it again through a generic noun; one paragraph each pair
    n = 400
    text = "".join(f"Batch {k}. The systems arrived.\n" for k in range(n))
    sents, drafts, pos = [], [], 0
    for k in range(n):
        first, second = f"Batch {k}.", "The systems arrived."
        s1 = SimpleNamespace(index=2 * k, start=pos, stop=pos + len(first))
        s2 = SimpleNamespace(index=2 * k + 1, start=s1.stop + 1, stop=s1.stop + 1 + len(second))
        pos = s2.stop + 1
        drafts += [_draft(s1, s1.start, k + 1), _draft(s2, s2.start, None, from_context=True)]
    d = _Doc(text)
    inherit_counts(d, drafts)
    # each generic mention takes the count of its own paragraph's batch, not a later or an earlier one
    assert [dr.quantity for dr in drafts[1::2]] == list(range(1, n + 1))
    assert all(dr.details["quantity_from"] == "antecedent" for dr in drafts[1::2])
    # a handful of look-ups per uncounted delivery (a scan of every counted one asked n * n = 160,000)
    assert d.asked <= 4 * n
