"""A quote introduced by its speaker and a colon, with no reporting verb: the speaker opens the sentence.

    "Shoigu was upbeat: “Our armies think and act as one.”"                      constructions:colon_lead
    "The Belarusian defence minister was blunt about priorities: \"Air defence comes first ...\""
    "Минский аналитик Павел Горбунов высказался прямо: «Без белорусских шасси ...»"
Not a statement: "The plan has three parts: «Тор», «Бук» and «Панцирь»" (no speaker opens the sentence, and names
in quotes are no words said), "The question is simple: \"...\"" (no person, role or institution as subject).

The subject is read by speakers.py's one search (``left_subject``) as if the verb stood right after it; the words
between it and the colon must be a short predicate (at most eight words, no comma, no clause of its own).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.values import Cue, Hit

OPEN_MARKS = "\"“«„"
COLON_QUOTE = re.compile(r":\s*[" + OPEN_MARKS + r"]")
MAX_PREDICATE_WORDS = 8
MIN_QUOTE_WORDS = 4


class ColonLead:
    def colon_lead(self, s, accepted: list) -> Optional[Hit]:
        """The statement of a sentence 'SPEAKER PREDICATE: «QUOTE»' that no reporting verb introduced."""
        text = self.text
        m = COLON_QUOTE.search(text, s.start, s.stop)
        if m is None or accepted:
            return None
        colon = m.start()
        q = self.quote_opening_at(m.end() - 1)
        if q is None or q.open != m.end() - 1:
            return None
        cs, ce = self.inner(q)
        if len(TOKEN.findall(text[cs:ce])) < MIN_QUOTE_WORDS:
            return None  # 'three parts: «Тор», «Бук»': names in quotes, no words said
        tail = text[q.close + 1:max(s.stop, q.close + 1)]
        if tail.strip(" \t\u00a0.,;!?…»\"”") and q.close < s.stop:
            return None
        lead = text[s.start:colon]
        if "," in lead or self.in_speech(s.start):
            return None
        toks = list(TOKEN.finditer(text, s.start, colon))
        # where the predicate may begin, the longest subject first: right before the colon ('Пресс-секретарь
        # президента Дмитрий Песков: «...»'), then before each word, right to left
        starts = [colon] + [t.start() for t in reversed(toks[1:])]
        for k, at in enumerate(starts):
            if k > MAX_PREDICATE_WORDS:
                break  # the predicate would be too long
            cue = Cue(at, at, "", "colon", "colon", s.index)
            who = self.left_subject(cue, s, s.start)
            if who is None or isinstance(who, str) or who.kind in ("pronoun", "group", "media"):
                continue
            if text[s.start:who.start].strip(" \t\u00a0\"“«") or text[who.stop:at].strip():
                continue  # the speaker must open the sentence and end where the predicate begins
            if who.key is None and who.kind == "unknown":
                continue
            return self.make(cue, s, who, cs, ce, forward=True, attr_start=who.start, attr_stop=colon + 1,
                             direct=True, rule="constructions:colon_lead")
        return None
