"""A counterpart's office: 'Andrei Ravkov met his Russian counterpart ... The Russian minister said' means the Russian
defence minister, Ravkov's office in the other country; 'Хренин встретился с российским коллегой ... Российский
министр заявил' likewise. The office is the one the named person held on the day of the meeting (the date the
sentence naming the counterpart gives, else the article's), and the counterpart's holder is found by that office,
country and date (offices.py): 'In March 2021 Khrenin met his Russian counterpart' in a 2025 article is Shoigu, not
the minister of 2025.

Not this: a counterpart of a person with several offices of that head word, or of nobody named in the sentence.

Lexicons: statement_patterns.tsv (counterpart).
"""
from __future__ import annotations

from typing import Optional

from bellink.ingest.statements.words import COUNTERPART
from bellink.ingest.time import dating

COUNTERPART_LOOKBACK = 2000  # characters before the bare title in which a counterpart is looked for


class Counterparts:
    def counterpart_office(self, head: str, country: Optional[str],
                           pos: int) -> tuple[Optional[str], Optional[str], Optional[str]]:
        """(title, country, date) of the office a bare title ('the Russian minister') takes up from a counterpart
        named earlier ('his Russian counterpart'), with the date of that meeting when its sentence gives one (None:
        the article's), or (None, None, None)."""
        text = self.text
        for m in reversed(list(COUNTERPART.finditer(text, max(0, pos - COUNTERPART_LOOKBACK), pos))):
            c = self._country_of(m.group("adj") or m.group("adj_ru"))
            if c is None or (country and c != country):
                continue
            sent = self.sentence_of(m.start())
            people = [x for x in self.mentions_in(sent.start, m.start()) if x.type == "person"]
            if not people:
                continue
            on = self._meeting_date(sent, m.start())
            roles, pcountries = self._person_roles(people[0].key, on)
            if c in pcountries:
                continue  # a counterpart is of the other country
            titles = {t for t in (self.office_title(r) for r in roles) if t and head in t.split()}
            if len(titles) == 1:
                return next(iter(titles)), c, on
            return None, None, None
        return None, None, None

    def _meeting_date(self, sent, at: int) -> Optional[str]:
        """The date the sentence naming a counterpart gives its meeting (nearest the counterpart), if any and not
        after the article."""
        t = dating.governing_timex(self.a, sent.index, at, kinds=("date", "range"))
        published = self.a.document.published
        if t is None or not t.value or (published and t.value[:len(published)] > published):
            return None
        return t.value
