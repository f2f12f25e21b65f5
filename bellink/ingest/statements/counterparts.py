"""A counterpart's office: 'Andrei Ravkov met his Russian counterpart ... The Russian minister said' means the Russian
defence minister, Ravkov's office in the other country; 'Хренин встретился с российским коллегой ... Российский
министр заявил' likewise. The office is the one the named person holds on the article's date (knowledge base), and
the counterpart's holder is then found by that office, country and date (offices.py).

Not this: a counterpart of a person with several offices of that head word, or of nobody named in the sentence.

Lexicons: statement_patterns.tsv (counterpart).
"""
from __future__ import annotations

from typing import Optional

from bellink.ingest.statements.words import COUNTERPART

COUNTERPART_LOOKBACK = 2000  # characters before the bare title in which a counterpart is looked for


class Counterparts:
    def counterpart_office(self, head: str, country: Optional[str], pos: int) -> tuple[Optional[str], Optional[str]]:
        """(title, country) of the office a bare title ('the Russian minister') takes up from a counterpart named
        earlier ('his Russian counterpart'), or (None, None)."""
        text = self.text
        for m in reversed(list(COUNTERPART.finditer(text, max(0, pos - COUNTERPART_LOOKBACK), pos))):
            c = self._country_of(m.group("adj") or m.group("adj_ru"))
            if c is None or (country and c != country):
                continue
            sent = self.sentence_of(m.start())
            people = [x for x in self.mentions_in(sent.start, m.start()) if x.type == "person"]
            if not people:
                continue
            roles, pcountries = self._person_roles(people[0].key)
            if c in pcountries:
                continue  # a counterpart is of the other country
            titles = {t for t in (self.office_title(r) for r in roles) if t and head in t.split()}
            if len(titles) == 1:
                return next(iter(titles)), c
            return None, None
        return None, None
