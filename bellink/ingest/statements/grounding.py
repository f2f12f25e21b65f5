"""Institutions the article names without their country, grounded in the knowledge base: 'Минобороны
сообщило', 'сообщили в Министерстве обороны республики', 'пресс-служба Минобороны', 'the ministry's press
service said'. The phrase is read as the shape of a knowledge-base name with the country left out
('Минобороны' is 'Минобороны Беларуси' without 'Беларуси'); the country comes from ``context``.

  "..., сообщило Министерство обороны республики."        -> Ministry of Defence of Belarus (republic named)
  "MINSK (Agency) - ..., the defence ministry said."      -> Ministry of Defence of Belarus (dateline)
  "..., said the ministry" with Russia and Belarus named alike, no dateline -> unknown, reason in details

A transliterated entity the NER made of the bare words ('Ministerstvo oborony') is never the speaker when
the knowledge base has the institution: either the one the context names, or nobody.
"""
from __future__ import annotations

import re

from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys
from bellink.ingest.statements.values import Who
from bellink.ingest.statements.words import DETERMINERS, PREPOSITIONS_EN, PREPOSITIONS_RU, VOICE_OF_ORG

# how many sentences back a minister who spoke makes a bare name of his ministry his
MINISTER_REACH = 12

MAX_PHRASE_WORDS = 8

_SHAPES: dict = {}
_FUNCTION_WORDS = PREPOSITIONS_RU | PREPOSITIONS_EN | DETERMINERS


def _word_keys(word: str) -> frozenset:
    return frozenset(_keys(word)) or frozenset({word.lower()})


def _country_words(base) -> frozenset:
    """Word keys of the knowledge base's one-word country names in every case ('России', 'Belarus')."""
    got = _SHAPES.get(("countries", id(base)))
    if got is not None and got[0] is base:
        return got[1]
    out = set()
    for e in base.by_type("country"):
        for name in {e.name, e.name_ru or "", *e.aliases}:
            words = TOKEN.findall(name)
            if len(words) == 1:
                out |= _word_keys(words[0])
    _SHAPES[("countries", id(base))] = (base, frozenset(out))
    return frozenset(out)


def _shapes(base, country_of) -> list:
    """(word key sets of a name with its country words left out, organization key, its country) for every
    institution of the knowledge base that has a country."""
    got = _SHAPES.get(id(base))
    if got is not None and got[0] is base:
        return got[1]
    out = []
    countries = _country_words(base)
    for e in base.by_type("organization"):
        c = e.attrs.get("country")
        if not c or e.attrs.get("kind") == "media":
            continue
        country = c if ":" in c else f"country:{c}"
        for name in {e.name, e.name_ru or "", *e.aliases}:
            words = [w for w in TOKEN.findall(name) if not (country_of(w) or _word_keys(w) & countries)
                     and w.lower() not in _FUNCTION_WORDS]
            if not words or len(words) == len(TOKEN.findall(name)):
                continue  # only a name that carried a country can lose it
            out.append((tuple(_word_keys(w) for w in words), e.key, country))
    _SHAPES[id(base)] = (base, out)
    return out


def _shape_index(base, country_of) -> dict:
    """(number of words, a key of the first word) -> positions in ``_shapes`` of the shapes that fit: a
    phrase is compared only with the names that can match it."""
    got = _SHAPES.get(("index", id(base)))
    if got is not None and got[0] is base:
        return got[1]
    index: dict = {}
    for i, (shape, _, _) in enumerate(_shapes(base, country_of)):
        for k in shape[0]:
            index.setdefault((len(shape), k), []).append(i)
    _SHAPES[("index", id(base))] = (base, index)
    return index


class Grounding:
    def ground_institution(self, who: Who) -> Who:
        """``who`` with an institution that names no country tied to the knowledge base's institution of the
        country the context names; unknown (reason in ``who.found``) when the context names none."""
        if who.kind != "institution":
            return who
        ent = self.a.entities.get(who.key) if who.key else None
        if ent is not None and ent.source == "kb":
            return who
        try:
            from bellink.ingest import kb as kbmod

            base = kbmod.load()
        except Exception:
            return who
        names = [who.text]
        if ent is not None:
            names += [ent.name_ru or "", ent.name]
        cands: dict = {}
        for name in names:
            cands = self._shape_candidates(name, base)
            if cands:
                break
        if not cands:
            return who
        if who.key is None and len(set(cands.values())) == 1 and ent is None:
            pass  # one institution of that name anywhere: the country still has to come from the context
        country, how = self._institution_country(who, cands)
        if country is None or country not in cands:
            return Who(None, who.text, who.start, who.stop, "institution", who.role, 0.5,
                       found="unknown: the institution's country is not clear from the context")
        key = cands[country]
        self.a.entities.setdefault(key, base.entities[key])
        return Who(key, who.text, who.start, who.stop, "institution", who.role, min(who.confidence, 0.8),
                   found=f"institution+country ({how})")

    def _shape_candidates(self, name: str, base) -> dict:
        """Country -> institution for the longest stretch of ``name`` that is a knowledge-base name without its
        country ('пресс-служба Минобороны' -> the ministries called 'Минобороны <country>')."""
        countries = _country_words(base)
        words = [w for w in TOKEN.findall(name)
                 if not (self._country_of(w) or _word_keys(w) & countries) and w.lower() not in _FUNCTION_WORDS]
        words = words[:MAX_PHRASE_WORDS]
        keys = [_word_keys(w) for w in words]
        shapes = _shapes(base, self._country_of)
        index = _shape_index(base, self._country_of)
        for n in range(len(keys), 0, -1):
            for i in range(0, len(keys) - n + 1):
                span = keys[i:i + n]
                if n == 1 and span[0] & VOICE_OF_ORG:
                    continue
                found: dict = {}
                for j in sorted({j for k in span[0] for j in index.get((n, k), ())}):
                    shape, key, country = shapes[j]
                    if all(a & b for a, b in zip(shape, span)):
                        found.setdefault(country, set()).add(key)
                if found:
                    return {c: next(iter(ks)) for c, ks in found.items() if len(ks) == 1}
        return {}

    def _mentions_of(self, key: str) -> list:
        """The mentions of ``key`` in text order."""
        by_key = self._role_cache.get("mentions_by_key")
        if by_key is None:  # (a walk over every mention before ``who`` grew with the square of a long document's size)
            by_key = self._role_cache["mentions_by_key"] = {}
            for m in self.mentions:
                by_key.setdefault(m.key, []).append(m)
        return by_key.get(key, ())

    def _countries_before_mentions(self, who: Who) -> set:
        """The countries written right before the earlier mentions of the institution ``who`` stands for, when the
        knowledge base does not know its name ("Belarus's Defense Ministry did not respond. ... its press
        service called ...": the mention 'Defense Ministry' names no country, the words before it do)."""
        if not who.key or who.key.startswith("person:"):
            return set()
        found = set()
        for m in self._mentions_of(who.key):
            if m.start >= who.start:
                break
            before = re.search(r"((?:[\w-]+(?:'s|’s)?\s+){1,2})$", self.text[max(0, m.start - 40):m.start])
            c = self.phrase_country(before.group(1), m.start - len(before.group(1))) if before else None
            if c:
                found.add(c)
        return found

    def foreign_to_bare(self, key: str, pos: int) -> bool:
        """Whether a bare institution name at ``pos`` ('the Ministry of Defence', 'Минобороны') cannot take up the
        institution ``key``: one of another country than the lead's, named only with its country, never as a
        speaker before ``pos`` and not within two sentences before it."""
        subject = self.subject_country()
        ent = self.a.entities.get(key)
        country = ent.attrs.get("country") if ent is not None else None
        if subject is None or not country or (country if ":" in country else f"country:{country}") == subject:
            return False
        return not self.speakers_among_before(pos, {key}) and self._named_only_with_its_country(key, pos)

    def _named_only_with_its_country(self, key: str, pos: int) -> bool:
        """Whether every mention of the institution ``key`` names its country ('Министерству обороны России',
        'the Russian Defence Ministry') and none is within two sentences before ``pos`` (where a bare name takes
        it up: 'The Russian Defence Ministry published a video. The ministry said ...')."""
        ent = self.a.entities.get(key)
        country = ent.attrs.get("country") if ent is not None else None
        if not country:
            return False
        country = country if ":" in country else f"country:{country}"
        here = self.sentence_of(pos).index
        seen = False
        for m in self._mentions_of(key):
            seen = True
            if m.start < pos and here - self.sentence_of(m.start).index <= 2:
                return False
            if not self._names_country(m.text, country):
                return False
        return seen

    def _names_country(self, text: str, country: str) -> bool:
        """Whether ``text`` names ``country`` by an adjective ('Russian', 'российского') or by its name in any case
        ('России', "Russia's")."""
        words = TOKEN.findall(text)
        if any(self._country_of(w) == country for w in words):
            return True
        try:
            from bellink.ingest import kb as kbmod

            ent = kbmod.load().entities.get(country)
        except Exception:
            return False
        if ent is None:
            return False
        names = set()
        for name in {ent.name, ent.name_ru or "", *ent.aliases}:
            parts = TOKEN.findall(name)
            if len(parts) == 1:
                names |= _word_keys(parts[0])
        return any(_word_keys(w) & names for w in words)

    def _ministers_country(self, pos: int, cands: dict) -> Optional[str]:
        """'Министр обороны Андрей Равков признал ... . Кроме того, по информации Минобороны, ...': a ministry named
        without its country, in an article where a minister of that portfolio spoke before it (in the last
        MINISTER_REACH sentences), is his ministry, when the ministers who spoke are of one country. None otherwise."""
        from bellink.ingest import kb as kbmod
        from bellink.ingest.statements.institutions import MINISTER_PORTFOLIO, PORTFOLIO_WORDS

        here = self.sentence_of(pos).index
        found = set()
        for idx in range(max(0, here - MINISTER_REACH), here + 1):
            for h in self.hits_in_sentence(idx):
                key = h.st.speaker
                if h.cue_start >= pos or not key or not key.startswith("person:"):
                    continue
                roles, countries = self._person_roles(key)
                for role in roles:
                    pm = MINISTER_PORTFOLIO.search(role or "")
                    if pm is None:
                        continue
                    word = PORTFOLIO_WORDS[next(k for k, v in pm.groupdict().items() if v)]
                    for c, org in cands.items():
                        ent = self.a.entities.get(org) or kbmod.load().entities.get(org)
                        if c in countries and ent is not None and re.search(word, ent.name or "", re.IGNORECASE):
                            found.add(c)
        return found.pop() if len(found) == 1 else None

    def _institution_country(self, who: Who, cands: dict) -> tuple[Optional[str], str]:
        c = self.phrase_country(who.text, who.start)
        if c:
            return c, "named in the phrase"
        from bellink.ingest.statements.institutions import _country_named_any_case

        named = {c for w in TOKEN.findall(who.text) for c in (_country_named_any_case(w),) if c}
        if named:
            # "разведки Минобороны Украины", "the intelligence arm of Ukraine's Defence Ministry": the phrase names its
            # country with a noun in any case; never another country's institution
            return (next(iter(named)), "named in the phrase") if len(named) == 1 else (None, "")
        for w in TOKEN.findall(re.sub(r"(?<=\w)(?:'s|’s)\b", "", who.text)):
            if self.is_country_anaphor(w):
                # "the country's Ministry of Defence", 'Министерство обороны страны': the country an office of 'the
                # country' stands for (context.py, 5), or none when the article does not make it plain
                c, how = self.country_anaphor(w, who.start)
                return (c, how) if c in cands else (None, "")
        named_with = self._countries_before_mentions(who)
        c = next(iter(named_with)) if len(named_with) == 1 else None
        if c in cands:
            return c, "the institution named earlier with its country"
        keys = set(cands.values())
        spoke = self.speakers_among_before(who.start, keys)
        # an institution of another country than the lead's that the article names only with its country and never
        # as a speaker before ('отгрузил Министерству обороны России'), unless just before, is not what a bare name
        # takes up: the bare name is the lead country's, the one the writer did not need to qualify
        subject = self.subject_country()
        foreign = {k for k in keys - spoke if self.foreign_to_bare(k, who.start)} if subject in cands else set()
        earlier = {k for k in keys - foreign if self.first_mention(k) < who.start}
        earlier |= spoke
        if len(earlier) == 1:
            key = next(iter(earlier))
            return next(c for c, k in cands.items() if k == key), "named earlier in the article"
        if earlier:
            return None, ""
        c = self._ministers_country(who.start, cands)
        if c:
            return c, "the country of the minister who spoke before it (the ministry he heads)"
        c = self.dateline_country()
        if c in cands:
            return c, "dateline"
        if foreign:
            return subject, "the country of the article's lead (it names the other country's institution with its country)"
        if len(named_with) > 1:
            return None, ""  # "Russia's Defense Ministry and Belarus's Defense Ministry ... its press service"
        c, how = self.lead_country_at(who.start)
        if c in cands:
            return c, how
        c = self.dominant_country(who.start, among=set(cands))
        if c:
            return c, "the country the article is about"
        return None, ""
