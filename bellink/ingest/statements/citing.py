"""Citing: an outlet that reports what a source told it names the source, and the source is the speaker.

    "The first jets will arrive in June, TASS reported, citing the Belarusian Defence Ministry."   speaker the ministry
    "Citing a source in the defence industry, Interfax said the contract had been signed."          unknown, channel Interfax
    "Комплексы прибыли в бригаду, передает БелТА со ссылкой на пресс-службу Минобороны."          speaker the ministry
    "ТАСС со ссылкой на источник сообщает, что ..."                                                unknown, channel TASS
Not the source: a 'citing' inside the words reported ('Khrenin said, citing the contract, that ...' is his).
The outlet stays the statement's channel, never its speaker.

Lexicons: statement_patterns.tsv (citing); the source phrase is read as 'according to X' is
(constructions.py: ``_according_speaker``), after ``source_phrase`` found where it ends.
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.statements.source_phrase import BRACKETS, CLAUSE_OPENER, PUNCTUATION, SET_OFF_DASH, source_phrase
from bellink.ingest.statements.values import Cue, Who
from bellink.ingest.statements.words import CHANNEL_BEFORE, CITING, GAP_OK, words

# 'BelTA, citing the ministry, reported': the citing phrase set off between the outlet and its verb
CITING_AFTER = re.compile(r"^\s*,\s*" + CITING.pattern + r"[^,;:.!?«»\"“”„]{1,120},", re.IGNORECASE)


# 'the state news agency BelTA', 'the independent outlet Zerkalo': the words that present an outlet before its name
OUTLET_DESCRIPTOR_EN = re.compile(
    r"(?:\b[Tt]he\s+|\b[Aa]n?\s+)?(?:[\w-]+\s+){0,3}?(?:" + "|".join(w for w in words("outlet_head") if w.isascii())
    + r")\s+$")


class Citing:
    def cited_source(self, cue: Cue, s, who: Who, cs: int, ce: int) -> Optional[Who]:
        """The source an outlet speaker (``who.kind == 'media'``) cites in the sentence outside the words it
        reports (cs, ce), or None when it cites none or none that can be read. The outlet's key is kept in
        ``role`` of an unknown source, as for the outlet itself, so that it stays the channel."""
        text = self.text
        found = [m for m in CITING.finditer(text, s.start, s.stop)
                 if not cs <= m.start() < ce and not self.in_quote(m.start())]
        if len(found) != 1:
            return None
        p = found[0].end()
        stop = cs if cs > p else s.stop
        x_end, phrase = self.name_set_off_after_role(p, *source_phrase(text, p, stop, marks=PUNCTUATION + BRACKETS,
                                                                       words=(CLAUSE_OPENER, SET_OFF_DASH)), stop)
        if not phrase or len(phrase) > 120:
            return None
        src = self._according_speaker(cue, s, p, x_end, phrase)
        if src is None or src.kind == "media":
            return None
        src.confidence = min(src.confidence, 0.85)
        src.found = f"cited by {who.text}" + (f"; {src.found}" if src.found else "")
        return src

    def citing_outlet(self, m, cue: Cue, s, bound: int) -> Optional[Who]:
        """An outlet that is the subject of a reporting verb in a sentence that says whom it cites ('..., TASS
        reported, citing a source', 'BelTA, citing the ministry, reported that'), as a media speaker whose source
        ``cited_source`` reads; None for an outlet told ('told TASS'), one not next to the verb, or no citing."""
        if not self.is_media(m.key, m.text) or CHANNEL_BEFORE.search(self.text, max(bound, m.start - 40), m.start):
            return None
        if not CITING.search(self.text, s.start, s.stop):
            return None
        gap = self.blank_timexes(m.stop, cue.start)
        gap = CITING_AFTER.sub("", gap)
        if not GAP_OK.match(gap):
            return None
        desc = OUTLET_DESCRIPTOR_EN.search(self.text, max(bound, m.start - 60), m.start)
        start = desc.start() if desc else m.start
        return Who(None, self.text[start:m.stop], start, m.stop, "media", confidence=0.5, role=m.key)
