"""A list of what someone said, introduced by a line that names it as such ('Key points from the news conference:',
'Highlights of the interview:', 'Главное из пресс-конференции:', 'Основные заявления министра:'): each item is a
statement, reported, by the one speaker the paragraph before the list quotes.

    ... will be on combat duty next month, Major General Igor Golub said at a news conference on Wednesday.
    Key points from the news conference:
    - The four Su-30SMs that landed this month are the first of 12.       -> Golub
Not statements: a list after a line that does not say it lists someone's words ('Deliveries so far:'), a list whose
speaker the paragraph before does not make clear (two speakers there, or none named).
"""
from __future__ import annotations

import re
from dataclasses import replace

from bellink.ingest.docgate import may
from bellink.ingest.model import Statement
from bellink.ingest.statements.values import Hit
from bellink.ingest.time import dating

# the line before the list says it lists someone's words
LIST_LEAD = re.compile(r"\b(?:key|main)\s+(?:points|quotes|statements|takeaways)\b|\bhighlights\b|"
                       r"(?<![\w-])(?:главное|основные\s+(?:заявления|тезисы|моменты)|ключевые\s+(?:заявления|тезисы))"
                       r"(?![\w-])", re.IGNORECASE)
ITEM = re.compile(r"[-–—•*]\s")


class KeyPoints:
    def key_point_items(self) -> None:
        text = self.text
        if ":" not in text or not may(LIST_LEAD, text) or not LIST_LEAD.search(text):
            return
        pars: dict = {}
        for s in self.a.sentences:
            pars.setdefault(s.paragraph, []).append(s)
        order = sorted(pars)
        for k, p in enumerate(order):
            lead = pars[p]
            lo, hi = lead[0].start, lead[-1].stop
            if not text[lo:hi].rstrip().endswith(":") or not LIST_LEAD.search(text, lo, hi) or \
                    len(text[lo:hi]) > 160 or k == 0:
                continue
            before = pars[order[k - 1]]
            hits = [h for h in self.hits if before[0].start <= h.cue_start < hi and h.st.speaker]
            if len({h.st.speaker for h in hits}) != 1 or \
                    any(h.st.speaker is None for h in self.hits if before[0].start <= h.cue_start < hi):
                continue  # two speakers before the list, or one we could not name: whose words are these?
            base = hits[-1]
            claimed = [(h.st.start, h.st.stop) for h in self.hits]
            for q in order[k + 1:]:
                first = pars[q][0]
                line = text.rfind("\n", 0, first.start) + 1
                m = ITEM.match(text, line)
                if m is None or text[line:first.start].strip(" -–—•*\t"):
                    break
                cs, ce = m.end(), pars[q][-1].stop  # (an item is a sentence of its own: its stop kept)
                while ce > cs and text[ce - 1].isspace():
                    ce -= 1
                if ce - cs < 12 or any(a < ce and cs < b for a, b in claimed):
                    continue
                st = base.st
                date = replace(st.date) if st.date is not None else dating.publication_date(self.a)
                new = Statement(speaker=st.speaker, speaker_text=st.speaker_text, role=st.role, text=text[cs:ce],
                                direct=False, start=cs, stop=ce, sentence=self.sentence_of(cs).index, cue=None,
                                channel=st.channel, date=date, confidence=0.7,
                                details={"rule": "keypoints:item", "speaker_from": "previous",
                                         "speaker_found": "the one speaker the paragraph before the list quotes"})
                index = self.sentence_of(cs).index
                self.hits.append(Hit(new, cs, cs, cs, cs, index, False, "previous"))
