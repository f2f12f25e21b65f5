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


# --- drop_retold: a retelling used to scan every named telling of its family -----------------------------------------

class _Ev:
    """An event whose sentence counts how often it is read."""
    reads = 0

    def __init__(self, sentence, rule, value=None, date_from=None, quantity=None, family="tor"):
        self._sentence = sentence
        self.kind, self.status, self.quantity = "delivery", "delivered", quantity
        self.roles = {"system": [family]}
        self.details = {"rule": rule, **({"date_from": date_from} if date_from else {})}
        self.date = SimpleNamespace(value=value) if value else None

    @property
    def sentence(self):
        _Ev.reads += 1
        return self._sentence


def _retold_doc():
    return SimpleNamespace(family=lambda key: key, a=SimpleNamespace(document=SimpleNamespace(published="2020-06-01")))


def _drop_retold_by_scanning(d, events):
    """The rule as it read before (every named telling of the family scanned per retelling): the reference."""
    from bellink.ingest.events.deliveries.anaphora import RETELLING
    from bellink.ingest.events.merge import _strong_date

    named: dict = {}
    for ev in events:
        if ev.kind == "delivery" and ev.details.get("rule") not in RETELLING and not ev.details.get("system_from_context"):
            named.setdefault((d.family(ev.roles["system"][0]), ev.status), []).append(ev)
    out = []
    for ev in events:
        if ev.kind == "delivery" and ev.details.get("rule") in RETELLING:
            earlier = [n for n in named.get((d.family(ev.roles["system"][0]), ev.status), ()) if n.sentence < ev.sentence]
            own_count = ev.quantity is not None and ev.details.get("quantity_from") != "antecedent"
            if earlier and not own_count:
                if not _strong_date(d, ev):
                    continue
                if ev.details.get("rule") == "deliveries.read:implicit_object" and \
                        any(_strong_date(d, n) and n.date.value != ev.date.value for n in earlier):
                    continue
        out.append(ev)
    return out


def test_drop_retold_reads_each_telling_a_bounded_number_of_times():
    from bellink.ingest.events.deliveries.anaphora import drop_retold

    # "Belarus received Tor-M2 in May 2019. ... The transfer took place on 3 June." n times over
    n = 300
    events = []
    for k in range(n):
        events.append(_Ev(2 * k, "deliveries.read:named", value=f"{2000 + k % 20}-05"))
        events.append(_Ev(2 * k + 1, "deliveries.read:implicit_object", value="2019-06-03"))
    _Ev.reads = 0
    kept = drop_retold(_retold_doc(), events)
    assert kept == events[::2]  # each a detail of the dated stage just told
    assert _Ev.reads <= 4 * len(events)  # a scan of every named telling per retelling read n * n / 2 = 45,000


def test_drop_retold_keeps_what_the_scan_kept():
    import random

    from bellink.ingest.events.deliveries.anaphora import drop_retold

    rules = ["deliveries.read:named", "deliveries.read:named", "deliveries.read:implicit_object",
             "deliveries.read:pronoun", "deliveries.read:generic_noun"]
    values = [None, "2019-05", "2019-06-03", "2020", "2020-06-01"]
    for seed in range(300):
        rnd = random.Random(seed)
        events = [_Ev(rnd.randrange(12), rnd.choice(rules), value=rnd.choice(values),
                      date_from=rnd.choice([None, None, "statement", "own"]), quantity=rnd.choice([None, None, 4]),
                      family=rnd.choice(["tor", "s400"])) for _ in range(rnd.randrange(1, 14))]
        d = _retold_doc()
        assert [id(e) for e in drop_retold(d, events)] == [id(e) for e in _drop_retold_by_scanning(d, events)], seed
