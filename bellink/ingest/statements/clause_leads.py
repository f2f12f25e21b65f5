"""A sentence opened by a participle clause before its subject, and a pronoun subject of coordinated verbs.

    "Asked whether Minsk would buy more Iskanders, Khrenin smiled and said the army had enough."   Khrenin
    "Asked about the jets, he paused and said they would come in May."    'he', resolved as any pronoun
    "Отвечая на вопрос журналистов о новых закупках в следующем году, Хренин улыбнулся и сказал, что ..."
Not a lead clause: an apposition set off by a comma ("Belarus's defence minister watched the drills with his
counterpart, Sergei Shoigu": the name after the comma is no subject), a clause opened by anything but a question
participle or a participle of saying ('Speaking', 'Answering', 'Отвечая').

Lexicons: statement_words.tsv (question_lead, pronoun).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _parse
from bellink.ingest.statements.values import Cue, Who
from bellink.ingest.statements.words import PRONOUNS, QUESTION_LEADS
from bellink.names import has_cyrillic

# the clause runs to the first comma after it (a name in quotation marks may stand inside it)
_LEAD = re.compile(r"\s*(?P<first>[^\W\d_]+)[^,.;:!?]*,\s*")
_PRONOUN_VERB_AND = re.compile(r"(?P<pron>[^\W\d_]+)\s+(?:[^\W\d_]+\s+){1,3}?(?:and|и)\s+(?:also\s+|then\s+|также\s+|затем\s+)?$")


def _participle_lead(word: str) -> bool:
    """'Asked', 'Questioned', 'Speaking', 'Answering'; in Russian a verbal adverb ('Отвечая', 'Комментируя')."""
    low = word.lower()
    if low in QUESTION_LEADS:
        return True
    if has_cyrillic(word):
        return any(p.tag.POS == "GRND" for p in _parse(low)[:1])
    return word[:1].isupper() and low.endswith("ing") and len(low) > 5


class ClauseLeads:
    def lead_clause_end(self, s, hi: int) -> Optional[int]:
        """Where the sentence's subject may start after an opening participle clause ('Asked whether ..., '), or
        None when the sentence opens otherwise."""
        m = _LEAD.match(self.text, s.start, hi)
        if m is None or not _participle_lead(m.group("first")):
            return None
        return m.end()

    def pronoun_subject_of_coordinated(self, cue: Cue, s) -> Optional[Who]:
        """'(Asked ..., ) he smiled and said ...': the pronoun subject of the verb that 'said' is coordinated with,
        resolved as any pronoun (unknown without one antecedent); None when the sentence does not open so."""
        lo = self.lead_clause_end(s, cue.start) or s.start
        m = _PRONOUN_VERB_AND.fullmatch(self.text, lo, cue.start)
        if m is None or m.group("pron").lower() not in PRONOUNS or \
                PRONOUNS[m.group("pron").lower()] not in ("m", "f"):
            return None
        if len(TOKEN.findall(self.text, m.start("pron"), cue.start)) > 5:
            return None
        return self.resolve_pronoun(m.group("pron").lower(), m.start("pron"), m.end("pron"), cue, s)
