"""An outlet that learned something from a source: the source speaks, the outlet carried it (the channel).

    "BelTA learned from the State Authority for Military Industry that the chassis would ..."   the authority
    "Belarus will receive a second battery this year, BelTA learned from the defence ministry."  the ministry
    "Как стало известно БелТА в Госкомвоенпроме, шасси будут отправлены в Россию в мае."          Госкомвоенпром
    "... . Об этом БелТА стало известно в Министерстве обороны."                                 the ministry
Not a speaker: a vague source ('learned from sources', 'стало известно из открытых источников').

Lexicons: statement_patterns.tsv (learned_en, learned_ru); the source phrase is read as 'according to X' is
(constructions.py: ``_according_speaker``), after ``source_phrase`` found where it ends.
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.source_phrase import CLAUSE_OPENER, source_phrase
from bellink.ingest.statements.values import Cue, Hit
from bellink.ingest.statements.words import LEADING_CONNECTORS, OB_ETOM_RU


# an occasion after the source closes the sentence ('during a press conference', 'on Tuesday', 'в ходе брифинга')
TRAILING_ADJUNCT = re.compile(r"(?:during|at|on|in|after|before|ahead\s+of|в\s+ходе|на|в|во|после|накануне)(?![\w-])")


class LearnedFrom:
    def learned_from(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        text = self.text
        p = cue.stop
        x_end, phrase = source_phrase(text, p, s.stop, words=(CLAUSE_OPENER,))
        phrase_end = x_end  # where the source phrase with its occasion ends: a fronted 'that' clause starts there
        named = [m for m in self.mentions_in(p, x_end) if m.type in ("person", "organization")]
        if named and re.match(r"\s+" + TRAILING_ADJUNCT.pattern + r"\s", text[named[-1].stop:x_end]):
            # '... learned from Ambassador ... Alexander Surikov during a press conference': the source ends with the
            # name; the occasion after it is not part of it
            x_end = named[-1].stop
            phrase = text[p:x_end].strip()
        if not phrase or len(TOKEN.findall(phrase)) > 14:
            return None
        who = self._according_speaker(cue, s, p, x_end, phrase)
        if who is None or who.kind == "media":
            return None
        lead = re.match(r"[Aa]s\s|[Кк]ак\s", cue.text) is not None
        pre = text[bound:cue.start]
        rule = "learned:"
        if OB_ETOM_RU.search(pre):
            return self.ob_etom(cue, s, who)  # 'Об этом БелТА стало известно в X': the sentence before
        if LEADING_CONNECTORS.sub("", pre).strip() == "" or self._only_dateline(pre):
            # 'Как стало известно БелТА в X, CONTENT', 'BelTA learned from X that CONTENT'
            cs = phrase_end  # 'BelTA learned from X during a press conference on Tuesday that CONTENT'
            sep = re.match(r"\s*(?:,\s*|that\s+|что\s+)", text[cs:s.stop])
            if sep is None or (not lead and not re.search(r"that|что", sep.group())):
                return None
            span = self.content_to_sentence_end(cs + sep.end(), s, min_tokens=2)
            if span is None or not self._clause_like(*span):
                return None
            return self.make(cue, s, who, span[0], span[1], forward=True, attr_start=cue.start, attr_stop=x_end,
                             rule=rule + "lead")
        rest = text[x_end:s.stop].strip(" .!?\"”»")
        if rest and (not TRAILING_ADJUNCT.match(rest) or re.search(r"(?<![\w-])(?:that|что)(?![\w-])", rest)):
            return None  # ('..., BelTA learned from X during a press conference on Tuesday': the occasion only)
        if lead or not re.search(r",\s*$", pre):
            return None
        # 'CONTENT, BelTA learned from X.', 'CONTENT, стало известно БелТА в X.'
        bwd = self.backward(cue, s, cue.start, bound, accepted)
        if bwd is None:
            return None
        return self.make(cue, s, who, bwd[0], bwd[1], forward=False, attr_start=cue.start, attr_stop=x_end,
                         rule=rule + "tail")
