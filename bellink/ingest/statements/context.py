"""The country the context names, for a speaker phrase that names none: 'Минобороны сообщило', 'the head
of state said', 'the ministry's press service'. Reporters leave the country out when the article makes it
plain; bellink takes it only when the article makes it plain too, and otherwise says it could not.

Reads, strongest first:

1. a country in the phrase itself ('белорусского военного ведомства', "Russia's defence minister") or
   'республики' after a republic just named ('Министерство обороны республики');
2. an institution of the same kind the article already tied to a country (earlier 'Минобороны Беларуси'
   makes a later bare 'Минобороны' the same ministry), when exactly one;
3. the dateline city ('МИНСК, 4 марта (БелТА) –', 'MOSCOW, March 4 (Reuters) -'): a bare ministry in a
   report filed from a capital is that capital's;
4. for an institution, the country the sentence and the article talk about, when one clearly dominates
   (three times the next).

It must not guess: 'the ministry' in a report from Warsaw about Russia and Belarus with both named equally
gets no country, and the speaker stays unknown with the reason in the statement's details.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Optional

from bellink.ingest import lexicon
from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys
from bellink.ingest.statements.words import DATELINE, REPUBLIC_KEYS

DATELINE_SPAN = 60  # characters from a paragraph's start in which a dateline's city stands


def _capitals() -> dict:
    try:
        return {f"place:{r['place']}": f"country:{r['country']}" for r in lexicon.rows("capitals.tsv")}
    except Exception:  # a half-written lexicon must not stop extraction
        return {}


class CountryContext:
    def phrase_country(self, phrase: str, start: int) -> Optional[str]:
        """A country the phrase names ('белорусского', "Russia's"), or the republic just named for 'республики'."""
        for w in TOKEN.findall(phrase):
            c = self._country_of(w)
            if c:
                return c
        for m in self.mentions_in(start, start + len(phrase)):
            if m.type == "country" and m.key:
                return m.key
        if any(_keys(w) & REPUBLIC_KEYS for w in TOKEN.findall(phrase)):
            return self._republic_before(start)
        return None

    def in_dateline(self, pos: int) -> bool:
        """Whether ``pos`` lies in a paragraph's dateline lead ('BREST, 4 March (Agency) – '): the city there is
        where the report was filed, never the subject of the sentence."""
        par = self.text.rfind("\n", 0, pos) + 1
        m = DATELINE.match(self.text, par)
        return bool(m) and pos < m.end()

    def dateline_country(self) -> Optional[str]:
        """The country of the capital a dateline lead names ('MINSK, Sept 21 (Reuters) -')."""
        if "dateline_country" in self._role_cache:
            return self._role_cache["dateline_country"]
        found = None
        caps = _capitals()
        for s in self.a.sentences[:4]:
            for m in self.mentions_in(s.start, s.start + DATELINE_SPAN):
                if m.type != "place" or m.key not in caps:
                    continue
                before = self.text[max(0, self.text.rfind("\n", 0, m.start) + 1):m.start]
                after = self.text[m.stop:m.stop + 3]
                if before.strip() == "" and re.match(r"\s*[,.]", after):
                    found = caps[m.key]
                    break
            if found:
                break
        self._role_cache["dateline_country"] = found
        return found

    def dominant_country(self, pos: int, among: Optional[set] = None) -> Optional[str]:
        """The country the article talks about around ``pos``: the sentence counts double; one country must
        have at least three times the weight of the next."""
        here = self.sentence_of(pos)
        totals = self._role_cache.get("country_mentions")
        if totals is None:  # each country's mentions in the article, in the order it is first named
            totals = self._role_cache["country_mentions"] = Counter(
                m.key for m in self.mentions if m.type == "country" and m.key)
        weight: Counter = Counter()
        for key, n in totals.items():
            if among is None or key in among:
                weight[key] = n
        i = bisect.bisect_left(self.m_starts, here.start)
        while i < len(self.mentions) and self.mentions[i].start < here.stop:  # the sentence's count double
            m = self.mentions[i]
            if m.type == "country" and m.key in weight:
                weight[m.key] += 2
            i += 1
        if not weight:
            return None
        ranked = weight.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]:
            return ranked[0][0]
        return None
