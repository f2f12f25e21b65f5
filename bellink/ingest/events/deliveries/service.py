"""Service entries: a system put into service with an army and no transfer in sight.

    "Новые Су-57 поступили на вооружение ВКС России"   service_entry (Russia)
Not one: "Belarus put the Russian-made S-400 into service" (a transfer; the delivery rules own it).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bellink.ingest.events.deliveries.cues import transfer_cues
from bellink.ingest.events.deliveries.stages import asserted_stage
from bellink.ingest.events.deliveries.systems import systems_in
from bellink.ingest.events.document import Clause, Draft
from bellink.ingest.events.negation import hyp_spans

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent


def service_entries(d: Doc, sent: Sent, taken: set) -> list:
    """A system put into service with an army and no transfer in sight (often its maker's own)."""
    out = []
    for clause in sent.clauses:
        cues = [c for c in transfer_cues(d, sent, clause) if c.stage == "in_service" and not d.in_frame(sent, c.start)]
        if not cues:
            continue
        systems = systems_in(d, sent, clause)
        if not systems:
            # "which were adopted in April": the systems named in the sentence before
            systems = systems_in(d, sent, Clause(sent.start, sent.stop))
        for cue in cues:
            hyp = hyp_spans(d, sent, clause)
            stage, notes = asserted_stage(d, sent, clause, cue, cues, hyp)
            if stage not in ("in_service", "planned"):
                continue
            armies = [r.country for r in sent.refs if clause.start <= r.start < clause.stop and r.actor and
                      r.country and not d.in_frame(sent, r.start)]
            for m in systems:
                if (m.start, m.key) in taken:
                    continue
                origin = d.origins.get(m.key) or d.origins.get(d.family(m.key)) or d.maker_country(m.key)
                country = armies[-1] if armies else origin
                if not country:
                    continue
                if origin and country != origin:
                    continue  # a transfer; the delivery rules own it
                notes = {k: v for k, v in notes.items() if k not in ("supplier_org", "recipient_org", "location")}
                dr = Draft("service_entry", sent, clause, cue, {"system": [m.key], "country": [country]},
                           status="planned" if stage == "planned" else "in_service", details=notes,
                           rule="deliveries.service:army")
                dr.span = (min(cue.start, m.start), max(cue.stop, m.stop))
                out.append(dr)
                taken.add((m.start, m.key))
    return out
