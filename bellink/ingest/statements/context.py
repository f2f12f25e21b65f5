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
   (three times the next);
5. for an office of 'the country' ("the country's defence minister", "глава МИД страны"): the country the
   article's lead is about, when the dateline does not name another and the sentence (or the one before it)
   does not turn to a third country first; 'республики' / "the republic's": the republic named last. The lead
   names its country by a country, a place of it, or one of its state bodies ('For the Belarusian military, 2013
   was ...' is about Belarus; among its first words only); a later sentence turns to another country only by a country or a place (a state body
   there is often a party: 'brought in by aircraft of the Russian Aerospace Forces').

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
from bellink.names import has_cyrillic
from bellink.ingest.statements.morph import _keys, _parse
from bellink.ingest.statements.words import COUNTRY_ANAPHORS_EN, COUNTRY_ANAPHORS_RU, DATELINE, REPUBLIC_KEYS

_ANAPHOR_STEMS_RU = {w[:4] for w in COUNTRY_ANAPHORS_RU}
LEAD_LOOKBACK = 5  # sentences an office of 'the country' looks back for the country the story talks about
DATELINE_SPAN = 60  # characters from a paragraph's start in which a dateline's city stands
# the kinds of knowledge-base organization that are a state's own bodies (outlets and makers are not)
STATE_BODY_KINDS = {"military", "ministry", "government"}
# a state body names the lead's country only among its first words, where the topic stands ('For the Belarusian
# military, 2013 was', 'Белорусские ВВС получили'), not as a party after the verb ('МЗКТ отгрузил Минобороны России')
LEAD_BODY_WORDS = 4


def _capitals() -> dict:
    try:
        return {f"place:{r['place']}": f"country:{r['country']}" for r in lexicon.rows("capitals.tsv")}
    except Exception:  # a half-written lexicon must not stop extraction
        return {}


# 'российского производства', 'Russian-made', 'Russian-built': where a thing was made
MAKER_ORIGIN = re.compile(r"\s+производства\b|-(?:made|built)\b|\s+(?:made|built)\s+[a-z]", re.IGNORECASE)

class CountryContext:
    def phrase_country(self, phrase: str, start: int) -> Optional[str]:
        """A country the phrase names ('белорусского', "Russia's"), or the republic just named for 'республики'."""
        for w in TOKEN.findall(phrase):
            c = self._country_of(w)
            if c:
                return c
        caps = None
        for m in self.mentions_in(start, start + len(phrase)):
            if m.type == "country" and m.key:
                return m.key
            if m.type == "place" and (re.search(r"\b(?:in|в|во)\s+$", self.text[max(start, m.start - 4):m.start]) or
                                      re.match(r"(?:'s|’s)\s", self.text[m.stop:m.stop + 3])):
                caps = _capitals() if caps is None else caps
                if m.key in caps:
                    return caps[m.key]  # 'the Defence Ministry in Minsk', "Minsk's military": the capital's state
        if any(_keys(w) & REPUBLIC_KEYS for w in TOKEN.findall(phrase)):
            return self._republic_before(start)
        return None

    def in_dateline(self, pos: int) -> bool:
        """Whether ``pos`` lies in a paragraph's dateline lead ('BREST, 4 March (Agency) – '): the city there is
        where the report was filed, never the subject of the sentence."""
        par = self.line_start(pos)
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
            # (a town, base or range of a known country counts for it: an article on the Brest garrison is about
            # Belarus however often it says 'российский'; capitals stand for their states in 'Moscow supplies' and
            # do not)
            totals = self._role_cache["country_mentions"] = Counter(
                c for c in (self._country_of_mention(m) for m in self.mentions) if c)
        weight: Counter = Counter()
        for key, n in totals.items():
            if among is None or key in among:
                weight[key] = n
        i = bisect.bisect_left(self.m_starts, here.start)
        while i < len(self.mentions) and self.mentions[i].start < here.stop:  # the sentence's count double
            c = self._country_of_mention(self.mentions[i])
            if c in weight:
                weight[c] += 2
            i += 1
        if not weight:
            return None
        ranked = weight.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]:
            return ranked[0][0]
        return None

    def _state_body_country(self, m) -> Optional[str]:
        """The country of a state body the knowledge base knows ('Belarusian army', 'Минобороны России'), or None
        (outlets, makers, alliances and bodies the reading discovered say nothing of the article's country)."""
        ent = self.a.entities.get(m.key)
        if ent is None or ent.source != "kb" or ent.attrs.get("kind") not in STATE_BODY_KINDS:
            return None
        c = ent.attrs.get("country")
        return (c if ":" in c else f"country:{c}") if c else None

    def _country_of_mention(self, m) -> Optional[str]:
        """The country a mention places the article in: a country (not a maker's origin), or a known non-capital place
        of that country."""
        if m.type == "country":
            return m.key if m.key and not self._maker_origin(m) else None
        if m.type != "place" or not m.key or m.key in _capitals():
            return None
        ent = self.a.entities.get(m.key)
        c = ent.attrs.get("country") if ent is not None else None
        return (c if ":" in c else f"country:{c}") if c else None

    def _maker_origin(self, m) -> bool:
        """Whether a country mention only says where something was made ('Як-130 российского производства',
        'Russian-made', 'Russian-built trainers'): the maker's country, not the one the article is about."""
        return bool(MAKER_ORIGIN.match(self.text, m.stop))

    def is_country_anaphor(self, word: str) -> bool:
        """Whether a word of an office phrase stands for a country it does not name: "the country's", 'страны',
        'республики' (singular only: 'the two countries' ministers' are two people)."""
        lw = word.lower()
        if not has_cyrillic(lw):
            return lw in COUNTRY_ANAPHORS_EN
        if lw[:4] not in _ANAPHOR_STEMS_RU:
            return False
        p = _parse(lw)[0]
        return p.normal_form in COUNTRY_ANAPHORS_RU and p.tag.number == "sing" and p.tag.case == "gent"

    def country_anaphor(self, word: str, pos: int) -> tuple[Optional[str], Optional[str]]:
        """The country "the country's" / 'страны' / 'республики' in an office phrase at ``pos`` stands for, and how
        it was found; (None, None) when the article does not make it plain."""
        if _keys(word) & REPUBLIC_KEYS:
            got = self._republic_before(pos)
            if got:
                return got, "the republic the article named last"
        return self.lead_country_at(pos)

    def lead_country_at(self, pos: int) -> tuple[Optional[str], Optional[str]]:
        """The country the article's lead is about, for an office at ``pos`` that names no country, unless the
        sentence (before ``pos``), or else the one before it, names another country first."""
        subject = self.subject_country()
        if subject is None:
            return None, None
        here = self.sentence_of(pos)
        first = self._first_country_in(here.start, pos)
        # else the nearest sentence before that names a country ('Lithuania protested. Officials met on Saturday.
        # The country's foreign minister said': Lithuania two sentences back), up to the lead, which names the subject
        back = here.index - 1
        while first is None and back >= 0 and here.index - back <= LEAD_LOOKBACK:
            prev = self.a.sentences[back]
            first = self._first_country_in(prev.start, prev.stop)
            back -= 1
        if first is not None and first != subject:
            return None, None  # 'Lithuania protested. The country's foreign minister said': not the lead's country
        return subject, "the country the article's lead is about"

    def subject_country(self) -> Optional[str]:
        """The country the lead (the first sentence that is not a headline, or the second when the first names no
        country nor place) names first, itself or by a place in it; None when the dateline's capital is another
        country's."""
        if "subject_country" in self._role_cache:
            return self._role_cache["subject_country"]
        found = None
        # the lead is the first sentence with words after its dateline ('MINSK, April 17 (Reuters) -' may be one)
        for lead in [s for s in self.a.sentences[:8] if s.index not in self.skip][:2]:
            start = lead.start
            dm = DATELINE.match(self.text, start)
            if dm:
                start = dm.end()
            if not TOKEN.search(self.text, start, lead.stop):
                continue
            found = self._first_country_in(start, lead.stop, bodies=True)
            if found is not None and self._two_countries_alike(start, lead.stop):
                found = None  # 'Russia and Belarus held talks', 'Беларусь и Россия провели переговоры': about both
            dateline = self.dateline_country()
            if found is not None and dateline is not None and dateline != found:
                found = None
                break
            if found is not None or any(m.type in ("country", "place") for m in self.mentions_in(start, lead.stop)):
                break
            # (a first sentence that names no country nor place, 'The previous batch arrived in May.', leaves the
            # lead to the next one)
        self._role_cache["subject_country"] = found
        return found

    def _two_countries_alike(self, lo: int, hi: int) -> bool:
        """Whether the first country named in [lo, hi) is joined to another by 'and' / 'и' / a comma."""
        named = [m for m in self.mentions_in(lo, hi) if m.type == "country" and m.key]
        return len(named) > 1 and named[1].key != named[0].key and \
            re.fullmatch(r"\s*(?:,|and|и|&)\s*", self.text[named[0].stop:named[1].start], re.I) is not None

    def _first_country_in(self, lo: int, hi: int, bodies: bool = False) -> Optional[str]:
        """The country of the first country, capital, place of a known country or state body of a country ('the
        Belarusian military', 'белорусские ВВС': the knowledge base's armed forces, ministries, government bodies)
        named in [lo, hi) (state bodies only with ``bodies``)."""
        caps = _capitals()
        for m in self.mentions_in(lo, hi):
            if m.type == "country" and m.key and not self._maker_origin(m):
                return m.key
            if bodies and m.type == "organization" and m.key and \
                    len(TOKEN.findall(self.text, lo, m.start)) <= LEAD_BODY_WORDS:
                c = self._state_body_country(m)
                if c:
                    return c
            if m.type == "place" and m.key:
                c = caps.get(m.key)
                if c is None:
                    ent = self.a.entities.get(m.key)
                    c = ent.attrs.get("country") if ent is not None else None
                    c = (c if ":" in c else f"country:{c}") if c else None
                if c:
                    return c
        return None
