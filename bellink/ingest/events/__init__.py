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
from bellink.ingest.events.deliveries.anaphora import batch_size_next, inherit_counts
from bellink.ingest.events.deliveries.inference import article_memory, finish_delivery
from bellink.ingest.events.deliveries.outflow import outflows, reconcile
from bellink.ingest.events.deliveries.read import read_deliveries
from bellink.ingest.events.deliveries.redating import redate_from_next
from bellink.ingest.events.deliveries.service import service_entries
from bellink.ingest.events.deployments import find_deployments
from bellink.ingest.events.document import Doc
from bellink.ingest.events.exercises import find_exercises
from bellink.ingest.events.meetings import find_meetings
from bellink.ingest.events.merge import dedupe
from bellink.ingest.model import Event

if TYPE_CHECKING:
    from bellink.ingest.events.document import Draft


def extract(a) -> list[Event]:
    """Events of one analyzed document (see the module docstring)."""
    if not a.sentences:
        return []
    d = Doc(a)
    drafts: list[Draft] = []
    taken_service: set = set()
    moved: list[Draft] = []
    moving: dict = {}
    for sent in d.sents:
        moved.extend(outflows(d, sent, moving))
    d.denials = []  # negated stages read_deliveries sets aside (deliveries/read.py: _denial)
    raw = [dr for sent in d.sents for dr in read_deliveries(d, sent)]
    d.memory = article_memory(raw, d)
    for dr in raw:
        done = finish_delivery(d, dr)
        if done is not None:
            drafts.append(done)
            for m in dr.sent.mentions:
                if m.key in done.roles.get("system", []):
                    taken_service.add((m.start, m.key))
    drafts = reconcile(drafts, moved)
    inherit_counts(d, drafts)  # "... and expects them to arrive next spring": the batch just counted
    batch_size_next(d, drafts)  # "Прибыла партия БТР-82А. В нее вошли шесть машин."
    taken_service |= {(m.start, m.key) for dr in moved for m in dr.sent.mentions if m.key in dr.roles["system"]}
    for sent in d.sents:
        drafts.extend(service_entries(d, sent, taken_service))
        drafts.extend(find_deployments(d, sent, taken_service))
        drafts.extend(find_meetings(d, sent))
        drafts.extend(find_agreements(d, sent))
    drafts.extend(find_exercises(d))
    drafts.extend(d.denials)
    events = [to_event(d, dr) for dr in drafts]
    redate_from_next(d, events)  # "..., the ministry said on Tuesday. The systems were handed over on Monday."
    events = dedupe(d, events)
    for ev in events:
        # every key an event uses is an entity of the analysis (a country named only by an adjective too)
        for keys in ev.roles.values():
            for k in keys:
                if k not in a.entities and d.entity(k) is not None:
                    a.entities[k] = d.entity(k)
    events.sort(key=lambda e: (e.start, e.kind))
    return events
