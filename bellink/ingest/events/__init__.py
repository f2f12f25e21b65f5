"""Dated events: arms deliveries, service entries, meetings, exercises, deployments, agreements.

Takes an ``Analysis`` that has been through entities, time expressions and statements (sentences,
mentions, timexes, statements); gives ``Event`` objects, each with its span, roles (entity keys),
status, quantity, date and details. ``extract(a)`` is the stage; it may add entities and mentions to
``a`` (quoted system names, countries named only by an adjective).

Each sentence is read once into a shared view (``document.Doc``: tokens with lemma keys, reporting
frames, clauses, country references with their prepositions and cases); the constructions run over it:

    deliveries/     transfers of weapon systems and their stages (its docstring says how one is read)
    deployments     forces or systems of one country placed in another
    meetings        encounters and visits of named people or institutions
    agreements      accords and contracts concluded
    exercises       named and unnamed exercises and their scale

``assemble`` turns their drafts into events (date, summary) and ``merge`` keeps one event per fact in a
document. Shared helpers: ``words`` (cached word analyses), ``numbers`` (counts and units), ``negation``
(negation, denial, modality, conditions), ``dates`` (which time an event takes). Cue words, lemma sets
and stage tables are data in ``bellink/kb/`` (see ``lexicons``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bellink.ingest.events.agreements import find_agreements
from bellink.ingest.events.assemble import to_event
from bellink.ingest.events.deliveries.anaphora import batch_size_next, drop_retold, inherit_counts
from bellink.ingest.events.deliveries.size_stated import size_stated
from bellink.ingest.events.deliveries import learned
from bellink.ingest.events.deliveries.inference import article_memory, finish_delivery, moves_in_memory, party
from bellink.ingest.events.deliveries.outflow import outflows, reconcile
from bellink.ingest.events.deliveries.read import read_deliveries
from bellink.ingest.events.deliveries.postponed import redate_postponed
from bellink.ingest.events.deliveries.quantities import destination_formations, order_wholes, units_by_kind
from bellink.ingest.events.deliveries.redating import redate_from_next
from bellink.ingest.events.deliveries.talks_day import redate_at_talks
from bellink.ingest.events.deliveries.service import service_entries
from bellink.ingest.events.refs import sentence_origins
from bellink.ingest.events.deployments import find_deployments
from bellink.ingest.events.document import Doc
from bellink.ingest.events.exercises import find_exercises
from bellink.ingest.events.meetings import find_meetings
from bellink.ingest.events.merge import dedupe, drop_headline_retold
from bellink.ingest import overlap
from bellink.ingest.trace import span
from bellink.ingest.segment.page import chrome_of
from bellink.ingest.model import Event

if TYPE_CHECKING:
    from bellink.ingest.events.document import Draft


def extract(a) -> list[Event]:
    """Events of one analyzed document (see the module docstring)."""
    if not a.sentences:
        return []
    with span("events: Doc"):
        d = Doc(a)
    try:
        return _read(a, d)
    finally:
        # each sentence points back at its Doc, and the Doc at the Analysis: left in place, that cycle kept the
        # whole analysis (its mentions, sentences, statements) alive after it was stored, until the cyclic
        # collector traversed and freed it; without it, reference counting frees an analysis once it is written
        d.release()


def _read(a, d: Doc) -> list[Event]:
    # the sentence loops below read one sentence each against what is made before them: for one huge
    # document each runs its second part in a forked child beside the first (``overlap.halves``; the
    # same drafts, in the same order, as one loop here)
    if overlap.splitting.on_now():
        with span("events: countries+dyad"):
            _countries_read(d)
    # (this process also reads every sentence's outflows: 20 MB of distinct articles at 0.5 gave 14.5 CPU-s here against
    # the child's 12.5 and 0.14 of unpickling; at 0.46 14.67 against 14.60, but without punctuation 18.38 against 21.96.
    # The child starts where this process would end on the document that costs it the least; this process then takes
    # the back half of the sentences the child has not come to: ``halves_items``)
    cut = overlap.cut_at(d.sents, 0.4)

    def delivery_of(i: int):
        saved, d.denials = getattr(d, "denials", None), []  # negated stages read_deliveries sets aside (read.py: _denial)
        try:
            return read_deliveries(d, d.sents[i]), d.denials
        finally:
            d.denials = saved

    def outflows_and_deliveries_before():
        moved: list[Draft] = []
        moving: dict = {}
        for sent in d.sents:
            moved.extend(outflows(d, sent, moving))
        d.denials = []
        return moved, [dr for sent in d.sents[:cut] for dr in read_deliveries(d, sent)], d.denials

    known = set(d.cue_cache)
    (moved, raw, denials), after, cues = overlap.halves_items(
        outflows_and_deliveries_before, delivery_of, cut, len(d.sents), _roots(a, d), "events: deliveries",
        last=lambda: _new_cues(d, known))
    for k, v in (cues or {}).items():
        d.cue_cache.setdefault(k, v)  # the first part's own reading of a key stands, as it would have
    for drafts_of, denials_of in after:
        raw += drafts_of
        denials += denials_of
    d.denials = denials
    # "six MZKT tractors left for the Emirates": a movement to a third country is outside the base (RULES 27, as the
    # general reading's export is), but what follows it ("Another four followed in May") is told of the same
    # shipments: the movements' sides are kept for the deliveries told after them (inference.moves_in_memory), the
    # rows only for the parties'
    exported_moves = [mv for mv in moved if any(not party(d, c) for c in mv.roles.get("recipient") or ())]
    if exported_moves:
        out_ids = {id(mv) for mv in exported_moves}  # (by identity: linear in the movements of a huge document)
        moved = [mv for mv in moved if id(mv) not in out_ids]
    with span("events: memory"):
        d.memory = article_memory(raw, d)
        moves_in_memory(d, moved + exported_moves)
    drafts: list[Draft] = []
    taken_service: set = set()
    with span("events: finish_delivery"):
        for dr in raw:
            done = finish_delivery(d, dr)
            if done is not None or dr.details.get("third_country"):
                # (a third country's delivery is outside the base: its system is not read again as a service entry)
                if done is not None:
                    drafts.append(done)
                for m in dr.sent.mentions:
                    if m.key in dr.roles.get("system", []):
                        taken_service.add((m.start, m.key))
    with span("events: reconcile"):
        drafts = reconcile(drafts, moved)
    with span("events: inherit_counts"):
        inherit_counts(d, drafts)  # "... and expects them to arrive next spring": the batch just counted
    with span("events: batch_size_next"):
        batch_size_next(d, drafts)  # "Прибыла партия БТР-82А. В нее вошли шесть машин."
        size_stated(d, drafts)  # "... обсуждаем закупку Ми-8МТВ-5. Речь идет о полудюжине машин.", "The deal covers 12 aircraft"
        order_wholes(d, drafts)  # "the last four of the twelve ordered in 2016": the order is of the twelve
        destination_formations(d, drafts)  # "доставлены в одну из бригад": a brigade the systems go to counts nothing
        units_by_kind(d, drafts)  # "четыре машины Су-30СМ": aircraft, not vehicles
    taken_service |= {(m.start, m.key) for dr in moved for m in dr.sent.mentions if m.key in dr.roles["system"]}
    # (service entries and deployments add to taken_service only the mentions of their own sentence)

    def others(sents) -> list:
        out: list = []
        for sent in sents:
            out.extend(service_entries(d, sent, taken_service))
            out.extend(find_deployments(d, sent, taken_service))
            out.extend(find_meetings(d, sent))
            out.extend(find_agreements(d, sent))
        return out

    # the named and unnamed exercises (a pass over the whole document, reading only the sentences and their mentions)
    # are found here after this process's first part; the child reads the other kinds from ``cut`` on, and this
    # process takes the back half of what it has not come to (``halves_items``: at a fixed 0.55, with the exercises in
    # the child, the child was the longer, 20 MB of articles 5.06 CPU-s against 4.65 here, without punctuation 9.23
    # against 6.02; at 0.35, with the exercises here, this process was the longer and took nothing of the child's:
    # articles 4.72 against 3.96, without punctuation 7.48 against 5.64)
    cut = overlap.cut_at(d.sents, 0.2)

    def others_before():
        events = [to_event(d, dr) for dr in drafts + others(d.sents[:cut])]
        return events, [to_event(d, dr) for dr in find_exercises(d)]

    (events, exercises), after, _ = overlap.halves_items(
        others_before, lambda i: [to_event(d, dr) for dr in others(d.sents[i:i + 1])], cut, len(d.sents), _roots(a, d),
        "events: other kinds, exercises")
    events_after = [ev for evs in after for ev in evs]
    # (in the one-process order: every delivery's event, the other kinds' sentence by sentence, the exercises', the
    # negated stages')
    with span("events: denials"):
        events += events_after + exercises + [to_event(d, dr) for dr in d.denials]
    with span("events: learned"):
        events += learned.propose(d, events)  # what the rules missed, where a learned scorer is sure enough
    with span("events: redate"):
        redate_from_next(d, events)  # "..., the ministry said on Tuesday. The systems were handed over on Monday."
        redate_at_talks(d, events)  # "Стороны также обсудили поставку Як-130" after talks held on Tuesday: that Tuesday
        redate_postponed(d, events)  # "..., which Minsk had hoped to sign this year, will now be signed in 2012"
    with span("events: drop_retold"):
        events = drop_retold(d, events)  # "The systems were handed over ...": the delivery just told, told again
    with span("events: dedupe"):
        events = dedupe(d, events)
    with span("events: headline"):
        events = drop_headline_retold(d, events)  # "Belarus signs for 12 Mi-35M" above the body that tells the signing
    with span("events: redate"):
        redate_at_talks(d, events, discussed=False)  # "Россия согласилась передать батарею", said at Tuesday's talks
    with span("events: chrome"):
        chrome = chrome_of(d.a)  # "Latest / Russia to hand over S-400 to Belarus / ...": other stories (read once)
    if chrome:
        events = [ev for ev in events if ev.sentence not in chrome]
    with span("events: entities, sort"):
        for ev in events:
            # every key an event uses is an entity of the analysis (a country named only by an adjective too)
            for keys in ev.roles.values():
                for k in keys:
                    if k not in a.entities and d.entity(k) is not None:
                        a.entities[k] = d.entity(k)
        events.sort(key=lambda e: (e.start, e.kind))
    return events


def _roots(a, d) -> dict:
    """What a split loop's results may point at that exists before it (``overlap._Sharing``)."""
    from bellink.ingest import kb as kbmod

    return {"sents": d.sents, "clauses": [c for s in d.sents for c in s.clauses], "sent_mentions": [s.mentions for s in d.sents],
            "mentions": a.mentions, "timexes": a.timexes, "statements": a.statements, "entities": a.entities,
            "kb": kbmod.load().entities, "one": [a, d, a.document, d.text, d.memory],
            "cues": [c for v in d.cue_cache.values() if type(v) is list for c in v]}


def _new_cues(d, known: set) -> dict:
    return {k: v for k, v in d.cue_cache.items() if k not in known}


def _countries_read(d) -> None:
    """Every sentence's country references read before a split (``Doc.dyad`` counts them in every sentence,
    ``Doc.origins`` reads them in full in every sentence naming a system; otherwise both processes would), and what
    each sentence gives ``Doc.origins`` (``refs.sentence_origins``: with its frames, which it may read): the second
    half's in a child. They depend on the sentence, the mentions and the statements only. (``Doc.origins`` was read
    here after the split: 20 MB without punctuation, long sentences naming many systems, ~4.8 CPU-s with the other
    core idle, the frames of every sentence naming a system made on the way.)"""
    def read(i: int) -> tuple:
        s = d.sents[i]
        refs = s.refs if any(m.type == "weapon_system" for m in s.mentions) else None
        return s.named_refs, refs, sentence_origins(d, s), s._frames

    # (the child pickles what it read; this process takes the back half of what it has not come to, ``halves_items``:
    # cut at a fixed 0.6, this process was the longer, 20 MB of articles 4.85 CPU-s against the child's 4.13, without
    # punctuation 7.67 against 6.15)
    cut = overlap.cut_at(d.sents, 0.4)
    before, after, _ = overlap.halves_items(lambda: [read(i) for i in range(cut)], read, cut, len(d.sents),
                                            {"sents": d.sents, "mentions": d.a.mentions, "one": [d, d.a, d.text]},
                                            "events: countries")
    for s, (named, refs, _, frames) in zip(d.sents[cut:], after):
        if s._named is None:
            s._named = named
        if refs is not None and s._refs is None:
            s._refs = refs
        if frames is not None and s._frames is None:
            s._frames = frames
    if "origins" not in d.__dict__:  # (``Doc.origins``'s cached value: ``refs.doc_origins``, in the same order)
        origins: dict = {}
        for _, _, found, _ in before + after:
            for key, country in found:
                origins.setdefault(key, country)
        d.__dict__["origins"] = origins
    d.dyad  # noqa: B018 (made here, once, from what was just read)
