"""The driver: sentence by sentence, find cues and attribute each; then orphan quotes; then the
speaker's other words share the occasion (outlet, date). One statement per span.
"""
from __future__ import annotations

from bellink.ingest.model import Statement
from bellink.ingest.statements.words import REPEAT_VERBS
from bellink.ingest.statements.appositives import Appositives
from bellink.ingest.statements.channels import Channels
from bellink.ingest.statements.citing import Citing
from bellink.ingest.statements.clause_leads import ClauseLeads
from bellink.ingest.statements.colon_lead import ColonLead
from bellink.ingest.statements.constructions import Constructions
from bellink.ingest.statements.content import Content
from bellink.ingest.statements.context import CountryContext
from bellink.ingest.statements.counterparts import Counterparts
from bellink.ingest.statements.cues import CueFinding
from bellink.ingest.statements.dating import Dating
from bellink.ingest.statements.documents import Documents
from bellink.ingest.statements.frames import Frames
from bellink.ingest.statements.grounding import Grounding
from bellink.ingest.statements.heads import InstitutionHeads
from bellink.ingest.statements.impersonal import ImpersonalReports
from bellink.ingest.statements.inner_quotes import InnerQuotes
from bellink.ingest.statements.institutions import Institutions
from bellink.ingest.statements.interviews import Interviews
from bellink.ingest.statements.issued import IssuedDocuments
from bellink.ingest.statements.keypoints import KeyPoints
from bellink.ingest.statements.learned import LearnedFrom
from bellink.ingest.statements.members import Members
from bellink.ingest.statements.monitors import Monitors
from bellink.ingest.statements.names import UnknownNames
from bellink.ingest.statements.newcomers import Newcomers
from bellink.ingest.statements.occasions import Occasions
from bellink.ingest.statements.office_titles import OfficeTitles
from bellink.ingest.statements.offices import Offices
from bellink.ingest.statements.pronouns import Pronouns
from bellink.ingest.statements.press_services import PressServices
from bellink.ingest.statements.quotes import QuoteReading
from bellink.ingest.statements.reported_this import ReportedThis
from bellink.ingest.statements.retractions import Retractions
from bellink.ingest.statements.roles import Titles
from bellink.ingest.statements.speakers import Speakers
from bellink.ingest.statements.values import Hit
from bellink.ingest.statements.view import TextView


def extract(a, cues=None) -> list[Statement]:
    """Statements of one analyzed document, in text order (see the package docstring). ``cues``: each
    sentence's cues, found already (by a helper process beside the entities: ``overlap.cues_of``), None for a
    sentence whose cues are to be found here."""
    if not a.sentences or not a.document.text:
        return []
    return _Extractor(a).run(cues if cues is not None and len(cues) == len(a.sentences) else None)


class _Extractor(QuoteReading, InnerQuotes, CueFinding, Frames, Speakers, UnknownNames, Pronouns, Titles, Offices, OfficeTitles,
                 Institutions, Monitors, Grounding, CountryContext, Appositives, Content, Constructions, ColonLead, Channels, Citing,
                 PressServices, Documents, LearnedFrom, Counterparts, InstitutionHeads, IssuedDocuments, ImpersonalReports, Members, Dating, Occasions, Interviews, KeyPoints, Retractions, Newcomers, ClauseLeads, ReportedThis,
                 TextView):
    """One document's reading. Each step is a class of its own module over the shared TextView; this class
    only puts them together (no two steps define the same method)."""

    def run(self, cues=None) -> list[Statement]:
        from bellink.ingest.statements.split import run_loop

        from bellink.ingest.trace import span

        with span("statements: loop"):
            run_loop(self, cues)  # one huge document's second part in a forked child (split.py)
        self.orphans()
        self.interview_answers()  # '- When ...? - The contract ...': the interviewee's answers (interviews.py)
        self.key_point_items()  # 'Key points from the news conference:' and a list (keypoints.py)
        self.same_occasion()
        out: dict = {}
        for h in sorted(self.hits, key=lambda h: (h.st.start, -h.st.confidence)):
            st = h.st
            if st.stop <= st.start or (st.start, st.stop) in out:
                continue
            out[(st.start, st.stop)] = st
        out = _without_repeats(out)
        out = self.without_retracted(out)  # 'but X later denied saying it' (retractions.py)
        raw = self.a.document.text
        if raw is not self.text:  # single quotation marks were read as double ones: the words as written
            for st in out.values():
                st.text = raw[st.start:st.stop]
        return list(out.values())

    def _sentence(self, pos: int, s, cues) -> None:
        """Find and attribute one sentence's cues (``cues``: every sentence's, found already or None, or None)."""
        if s.index in self.skip:
            return
        accepted: list[Hit] = []
        found = None if cues is None else cues[pos]
        for cue in (self.cues(s) if found is None else found):
            hit = self.attribute(cue, s, accepted)
            if hit is not None:
                accepted.append(hit)
                self.hits.append(hit)
        if not accepted and ":" in self.text[s.start:s.stop]:
            hit = self.colon_lead(s, accepted)  # 'Shoigu was upbeat: «...»' (colon_lead.py)
            if hit is not None:
                self.hits.append(hit)


REPEAT_WITHIN = 3000  # characters: a page's own copy is near; a digest that reprints a story far on is another report


def _without_repeats(out: dict) -> dict:
    """A page that prints the same words twice close together (a quote repeated under a photo, a block of the page
    copied): one statement, the copy with a speaker, else the first; different speakers keep theirs."""
    by_text: dict = {}
    for span, st in out.items():
        by_text.setdefault(" ".join(st.text.split()), []).append(span)
    drop = set()
    for spans in by_text.values():
        if len(spans) < 2 or len(out[spans[0]].text.split()) < 6:
            continue  # ('Нет.' answered twice in an interview: two answers)
        if spans[-1][0] - spans[0][0] > REPEAT_WITHIN:
            continue
        told = {out[sp].date.value for sp in spans if out[sp].date is not None and out[sp].date.text}
        if len(told) > 1 or \
                any((out[sp].cue or "").lower() in REPEAT_VERBS for sp in spans):
            continue  # 'said on Monday: "..." On Friday he repeated: "..."': the same words on two occasions
        speakers = {out[sp].speaker for sp in spans}
        named = speakers - {None}
        if len(named) > 1:
            continue
        keep = next((sp for sp in spans if out[sp].speaker is not None), spans[0])
        drop.update(sp for sp in spans if sp != keep)
    return {sp: st for sp, st in out.items() if sp not in drop} if drop else out
