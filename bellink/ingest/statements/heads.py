"""The head of an institution the article does not name, as a follow-up: the one who just spoke and heads one.

    "Defence Minister Viktor Khrenin said ... The head of the ministry added that ..."        Khrenin
    "Министр обороны Андрей Равков сообщил ... «...», — заявил руководитель ведомства."      Равков
    "Министр обороны Виктор Хренин заявил ... Глава ведомства добавил, что ..."              Хренин
Not this: a head phrase that names its institution or country ('the head of the Belarusian air force', 'глава
российского военного ведомства': offices.py reads those), nor one after a speaker who heads nothing ('Analyst X said
... The head of the department added': unknown), nor after someone else spoke in between.

Lexicons: statement_titles.tsv (title_synonym: the words that mean 'head'; institution_head, generic_institution).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys, _parse
from bellink.ingest.statements.values import Who
from bellink.ingest.statements.words import (
    GENERIC_INSTITUTION_WORDS, INSTITUTION_HEAD_KEYS_RU, INSTITUTION_HEADS_EN, TITLE_SYNONYMS,
)
from bellink.names import fold, has_cyrillic

# words that may stand in the phrase besides the head and the institution ('the head of the ministry', "the
# ministry's chief")
LINK_WORDS = {"the", "of", "its", "s"}
# the titles of one who heads an institution (folded stems), looked for in the speaker's roles
HEADING_TITLES = ("minister", "ministr", "head", "glava", "director", "direktor", "rukovoditel", "chairman",
                  "predsedatel", "commander", "komanduiushch", "nachalnik", "chief")
FOLLOW_SENTENCES = 3  # how far back the one who spoke may be


def _is_head_word(w: str) -> bool:
    key = fold(_parse(w.lower())[0].normal_form) if has_cyrillic(w) else fold(w.lower())
    return key == "head" or TITLE_SYNONYMS.get(key) == "head"


def _is_institution_word(w: str) -> bool:
    if has_cyrillic(w):
        return bool(_keys(w) & (INSTITUTION_HEAD_KEYS_RU | GENERIC_INSTITUTION_WORDS))
    lw = w.lower()
    return lw in INSTITUTION_HEADS_EN or fold(lw) in GENERIC_INSTITUTION_WORDS


class InstitutionHeads:
    def head_of_last_speaker(self, phrase: str, start: int, stop: int) -> Optional[Who]:
        """The person a bare 'head of the institution' phrase takes up, or None when the phrase is not one or the
        one who spoke last heads nothing."""
        words = [w for w in TOKEN.findall(phrase) if w.lower() not in LINK_WORDS]
        if len(words) != 2 or not any(_is_head_word(w) for w in words) or \
                not any(_is_institution_word(w) for w in words):
            return None
        if any(m.type in ("organization", "country", "person") for m in self.mentions_in(start, stop)):
            return None
        here = self.sentence_of(start).index
        prev = next((h for h in self.hits_back(here - FOLLOW_SENTENCES) if h.cue_start < start and h.st.speaker), None)
        if prev is None or here - prev.cue_sentence > FOLLOW_SENTENCES or not prev.st.speaker.startswith("person:"):
            return None
        key = prev.st.speaker
        roles, _ = self._person_roles(key)
        if not any(any(t in fold(r.lower()) for t in HEADING_TITLES) and not re.search(r"\b(?:deputy|zam)", fold(r.lower()))
                   for r in roles):
            return None  # (a deputy heads nothing)
        return Who(key, phrase, start, stop, "role", self.best_role(key) or phrase, 0.7,
                   found="the head of the institution: the one who spoke just before and heads one")
