"""Look-ups over the whole of one document, answered from an index or a sweep, give what the scans they replaced gave
(issue 10: a scan per call grew with the square of a huge document's size)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bellink.ingest import entities, pipeline, segment
from bellink.ingest.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed_docs() -> list:
    out = []
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        lang = "ru" if any("а" <= c <= "я" for c in text[:400]) else "en"
        out.append(Document(id=f.stem, text=text, lang=lang, published="2021-09-13", published_precision="day"))
    return out


@pytest.mark.parametrize("doc", _seed_docs(), ids=lambda d: d.id)
def test_the_mentions_overlapping_a_span_are_those_a_scan_finds(doc):
    a = pipeline.Analysis(document=doc)
    a.sentences = segment.split_sentences(doc.text)
    b = entities.annotate_begin(a).b
    assert b.mentions
    spans = {(m.start, m.stop) for m in b.mentions}
    for m in b.mentions:  # around, inside, across and between mentions
        for lo, hi in ((m.start - 5, m.stop + 5), (m.start + 1, m.stop), (m.start, m.start + 1), (m.stop, m.stop + 3),
                       (m.start - 30, m.start), (m.start - 1, m.stop - 1)):
            spans.add((max(0, lo), max(max(0, lo) + 1, hi)))
    for start, stop in sorted(spans):
        scan = [x for x in b.mentions if x.start < stop and x.stop > start]
        assert sorted(map(id, b.overlapping(start, stop))) == sorted(map(id, scan)), (start, stop)


def _latest_by_scan(ex, pos: int, type_: str) -> list:
    """The definition: a backward scan of the mentions before ``pos``, the first (latest) of each (key, surface)."""
    seen, out = set(), []
    for m in reversed(ex.mentions_in(0, pos)):
        if m.type == type_ and (m.key, m.text) not in seen:
            seen.add((m.key, m.text))
            out.append(m)
    return out


@pytest.mark.parametrize("doc", _seed_docs(), ids=lambda d: d.id)
def test_the_latest_mentions_before_a_position_are_those_a_backward_scan_meets(doc):
    from bellink.ingest.statements.extractor import _Extractor

    a = pipeline.analyze(doc)
    ex = _Extractor(a)
    positions = sorted({0, len(doc.text)} | {p for m in a.mentions for p in (m.start, m.stop, m.start + 1)})
    for type_ in ("organization", "country", "person"):
        # rising, as the stage asks (the sweep), then falling (the groups), then rising again
        for order in (positions, positions[::-1], positions[::3]):
            for pos in order:
                assert ex._latest_before(pos, type_) == _latest_by_scan(ex, pos, type_), (type_, pos)


@pytest.mark.parametrize("doc", _seed_docs(), ids=lambda d: d.id)
def test_whether_another_organization_spoke_since_a_hit_is_what_a_scan_of_every_hit_says(doc):
    from bellink.ingest.statements.extractor import _Extractor

    a = pipeline.analyze(doc)
    ex = _Extractor(a)
    ex.run()
    assert ex.hits
    ends = sorted({h.cue_start for h in ex.hits} | {s.start for s in a.sentences} | {len(doc.text)})
    keys = {h.st.speaker for h in ex.hits if h.st.speaker} | {"organization:nobody"}
    for hit in ex.hits:
        for key in keys:
            for pos in ends:
                scan = any(h is not hit and hit.cue_start < h.cue_start < pos and h.st.speaker and h.st.speaker != key
                           and h.st.speaker.startswith("organization:") for h in ex.hits)
                assert ex._other_org_spoke_since(key, hit, pos) == scan, (key, hit.cue_start, pos)


@pytest.mark.parametrize("doc", _seed_docs(), ids=lambda d: d.id)
def test_backward_scans_of_the_recent_hits_read_what_scans_of_every_hit_read(doc, monkeypatch):
    """``TextView.hits_back``: a scan that a hit too far back can only stop or be passed over by ends before the
    first such hit; its callers' answers are those of a scan of every hit."""
    from bellink.ingest.statements.view import TextView

    bounded = pipeline.analyze(doc)
    asked = []

    def every(self, lo):
        asked.append(lo)
        return reversed(self.hits)

    monkeypatch.setattr(TextView, "hits_back", every)
    whole = pipeline.analyze(doc)
    assert [repr(s) for s in bounded.statements] == [repr(s) for s in whole.statements]
    assert [repr(e) for e in bounded.events] == [repr(e) for e in whole.events]
    assert bounded.statements


def test_the_recent_hits_are_every_hit_once_the_hits_are_out_of_order():
    """Hits added after the loop over the sentences (answers of an interview, a list's items) may be of any sentence:
    then every hit is scanned."""
    from bellink.ingest.statements.extractor import _Extractor

    doc = _seed_docs()[0]
    a = pipeline.analyze(doc)
    ex = _Extractor(a)
    ex.run()
    hits = list(ex.hits)
    assert len({h.cue_sentence for h in hits}) > 2
    ex.hits, ex._hits_seen, ex._hits_last_sentence, ex._hits_ordered = [], 0, -1, True
    ex._hits_by_cue_sentence, ex._hits_by_start_sentence, ex._hits_by_speaker = {}, {}, {}
    ordered = sorted(hits, key=lambda h: h.cue_sentence)
    ex.hits.extend(ordered)
    lo = ordered[-1].cue_sentence
    assert list(ex.hits_back(lo)) == [h for h in reversed(ordered) if h.cue_sentence >= lo]
    ex.hits.append(ordered[0])  # a hit of the first sentence after those of later ones
    assert list(ex.hits_back(lo)) == list(reversed(ex.hits))
