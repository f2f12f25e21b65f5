"""A subject set off from its verb by a clause between commas: the speaker is the phrase before the clause.

    "The head of state, who received Shoigu at his residence, noted that ..."
    "Russia's president, who chose Minsk for his first trip, said during the visit that ..."
    "Khrenin, speaking at the range on Friday, said ..."
    "Российский министр обороны, посетивший полигон во вторник, заявил журналистам, что ..."
    "Министр, выступая на брифинге, сказал, что ..."
    "Начальник Генштаба, также участвовавший в переговорах, заявил, что ..."  (an adverb before the participle)
Not an appositive clause: "партия комплексов, полученная по соглашению, сообщило Минобороны" (the participle
agrees with the content's noun, not with the verb: the speaker follows the verb), "the deal, which he said would ..." (the verb stands inside the clause, no comma
closes it), ", по его словам," (a preposition opens it), "..., Lukashenko said" (no clause).

A name or a role inside the clause ('who received Shoigu') is never the speaker: the subject is looked for
before the clause only.

Lexicon: statement_words.tsv (appositive_start: the words that open such a clause in English and Russian;
Russian participles in the nominative and gerunds are found by their part of speech).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.statements.morph import _ru_cases, _ru_pos
from bellink.ingest.statements.values import Cue
from bellink.ingest.statements.words import APPOSITIVE_START
from bellink.names import has_cyrillic

# ', CLAUSE,' right before the verb: no quote marks or stronger stops inside it
# (a short quoted name inside it is one word: 'speaking on the Belarus 1 channel's "Main Air" programme')
CLAUSE_BEFORE_VERB = re.compile(
    r",\s*(?P<first>[\w’'-]+)(?:[^,;:!?\"«»“”„]|\"[^\",;:!?]{1,40}\"|«[^»,;:!?]{1,40}»|“[^”,;:!?]{1,40}”){0,160},\s*$")


class Appositives:
    def appositive_clause(self, cue: Cue, bound: int) -> Optional[int]:
        """Where a clause set off by commas right before the verb opens (its comma), or None."""
        before = self.text[bound:cue.start]
        # the clause holds no comma but the one that opens it and the one that closes it, last in ``before``: a match
        # can only start at the comma before the last one (searched from there, not tried at every comma before it:
        # a sentence cut by length only is thousands of characters long)
        opens = before.rfind(",", 0, before.rfind(","))
        m = CLAUSE_BEFORE_VERB.search(before, opens) if opens >= 0 else None
        if not m or not before[:m.start()].strip():
            return None
        first = m.group("first")
        if first.lower() in APPOSITIVE_START:
            return bound + m.start()
        if has_cyrillic(first):
            pos = _ru_pos(first)
            if pos in ("ADVB", "PRCL"):
                # 'Начальник Генштаба, также участвовавший в переговорах, заявил': an adverb before the participle
                nxt = re.match(r"\s+([\w-]+)", before[m.end("first"):])
                if nxt is None or not has_cyrillic(nxt.group(1)):
                    return None
                first = nxt.group(1)
                pos = _ru_pos(first)
            if pos == "GRND" or (pos == "PRTF" and "nomn" in _ru_cases(first) and _agrees(first, cue.text)):
                return bound + m.start()
        return None


def _agrees(participle: str, verb: str) -> bool:
    """A Russian participle and a past-tense verb of the same subject share gender or number ('посетивший ...,
    заявил'); 'полученная ..., сообщило' belong to two different nouns."""
    from bellink.ingest.statements.morph import _parse

    p = _parse(participle.lower())
    v = _parse(verb.lower())
    if not p or not v:
        return True
    pt, vt = p[0].tag, v[0].tag
    if vt.POS != "VERB" or vt.tense != "past":
        return True  # a present-tense verb ('заявляет') has no gender to compare
    if vt.number == "plur" or pt.number == "plur":
        return vt.number == pt.number
    return pt.gender == vt.gender
