"""An institution phrase as the speaker: the organization last named or last speaking that fits it.

    "the ministry said"                     the ministry named last
    "ведомство сообщило"                     the organization that spoke last in this stretch
    "the Belarusian Defence Ministry said"   the one organization in the knowledge base with that head,
                                             branch and country, even when the article does not name it
Not resolved: "the press service said" with no organization to tie it to.

Lexicons: statement_titles.tsv (institution_head, qualifier, generic_institution, republic, voice_of_org).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from bellink.ingest.entities import TOKEN, country_of_adjective
from bellink.ingest.statements.morph import _keys, _parse, _ru_pos
from bellink.ingest.statements.values import Cue, Who
from bellink.ingest.statements.words import (
    COUNTRY_ADJ, DETERMINERS, GENERIC_INSTITUTION_WORDS, GROUP_HEADS, INSTITUTION_HEADS_EN, INSTITUTION_HEAD_KEYS_RU,
    PREPOSITIONS_EN, PREPOSITIONS_RU, QUALIFIER_SYNONYMS, REPUBLIC_KEYS, ROLE_HEAD_KEYS_RU, ROLE_MODIFIERS_EN,
    TITLE_SYNONYMS, VOICE_OF_ORG, VOICE_PERSONS,
)
from bellink.names import fold, has_cyrillic

# 'ведомство', 'department', 'agency': a government body, never the armed forces
AGENCY_HEAD_KEYS = {"vedomstvo", "department", "agency"}


# how far back 'the ministry' looks for the bodies and ministers named before it: further than any one article
# runs, but not to the start of a document that joins many (a scan from the document's start for every such
# phrase grew with the square of the document's size: 2.6 -> 7.4 CPU-s for one statements child at 6 MB)
ARTICLE_REACH = 30_000

# 'министерство', 'ведомство', 'the ministry', 'the department': the words for a ministry the article does not name
MINISTRY_HEAD_KEYS = {"ministerstvo", "ministry", "vedomstvo", "department"}

# a minister's portfolio in a knowledge-base role ('Defence Minister of Belarus', 'министр обороны Белоруссии')
MINISTER_PORTFOLIO = re.compile(r"\b(?:(?P<defence>defen[cs]e)|(?P<foreign>foreign))\s+minister\b|"
                                r"\bminister\s+of\s+(?:(?P<defence2>(?:national\s+)?defen[cs]e)|(?P<foreign2>foreign))|"
                                r"министр\s+(?:(?P<defence3>обороны)|(?P<foreign3>иностранных))", re.IGNORECASE)
PORTFOLIO_WORDS = {"defence": r"defen[cs]e", "defence2": r"defen[cs]e", "defence3": r"defen[cs]e",
                   "foreign": r"foreign", "foreign2": r"foreign", "foreign3": r"foreign"}


# 'пресс-служба предприятия', "the plant's press office": a maker's voice; the one maker the sentence names
ENTERPRISE_WORDS = ("предприятие", "завод", "компания", "концерн", "корпорация", "холдинг", "plant", "factory",
                    "company", "enterprise", "manufacturer", "corporation", "concern")


@lru_cache(maxsize=1)
def _enterprise_keys() -> frozenset:
    return frozenset(k for w in ENTERPRISE_WORDS for k in _keys(w))


_KB_ORGS: dict = {}


def _kb_orgs(base) -> list:
    """Organizations of a loaded knowledge base that are not outlets (a loaded base does not change)."""
    got = _KB_ORGS.get(id(base))
    if got is None or got[0] is not base:
        got = _KB_ORGS[id(base)] = (base, [e for e in base.by_type("organization") if e.attrs.get("kind") != "media"])
    return got[1]


@lru_cache(maxsize=20_000)
def _name_keys(names: tuple) -> frozenset:
    """Word keys (through the title synonyms) of an entity's names: what an institution phrase is matched on."""
    keys = set()
    for n in names:
        for w in TOKEN.findall(n or ""):
            keys |= {TITLE_SYNONYMS.get(k, k) for k in _keys(w)}
    return frozenset(keys)



_COUNTRY_NAMES: dict = {}  # id(base) -> (base, {folded name or alias: (place of the first country with it, key)})


def _country_names(base) -> dict:
    got = _COUNTRY_NAMES.get(id(base))
    if got is None or got[0] is not base:
        names: dict = {}
        for i, e in enumerate(base.by_type("country")):
            for n in (e.name, e.name_ru, *e.aliases):
                if n:
                    names.setdefault(fold(n.lower()), (i, e.key))
        got = _COUNTRY_NAMES[id(base)] = (base, names)
    return got[1]


@lru_cache(maxsize=4096)
def _country_named(name: str) -> Optional[str]:
    """The knowledge-base country whose name or alias is ``name`` ('the United States'), or None: the first
    country in the knowledge base's order with that name, looked up among the countries' names folded once (asked
    for every capitalized word a speaker is looked for beside: a walk over every country and name, folding each,
    was 7% of an English ingest)."""
    try:
        from bellink.ingest import kb as kbmod

        names = _country_names(kbmod.load())
        lowered = name.strip().lower()
        hits = [names[k] for k in {fold(lowered), fold(re.sub(r"^the\s+", "", lowered))} if k in names]
        return min(hits)[1] if hits else None
    except Exception:  # a half-written knowledge base must not stop extraction
        return None


@lru_cache(maxsize=4096)
def _country_named_any_case(word: str) -> Optional[str]:
    """The country a capitalized word names in any case ('Ukraine', 'Украины', 'России'), or None."""
    w = re.sub(r"(?:'s|’s|'|’)$", "", word)
    if not w[:1].isupper():
        return None
    got = _country_named(w)
    if got is None and has_cyrillic(w):
        for p in _parse(w.lower())[:3]:
            got = _country_named(p.normal_form)
            if got:
                break
    return got


@lru_cache(maxsize=50_000)
def _word_country(word: str) -> Optional[str]:
    """The country a word names ("Russian", "Belarus's", "белорусского"), or None. Asked for every word of
    every phrase a speaker is looked for in, so remembered per word (a failure of the knowledge base is not
    remembered: the caller falls back without it)."""
    w = re.sub(r"(?:'s|’s|'|’)$", "", word)
    # a country's name in any case counts as much as its adjective: 'Минобороны Украины', "Poland's defence ministry"
    return country_of_adjective(w) or _word_country_fallback(w) or _country_named_any_case(w)


def _word_country_fallback(w: str) -> Optional[str]:
    for k in _keys(w):
        if k in COUNTRY_ADJ:
            return COUNTRY_ADJ[k]
    return None

# voices that name no one office ('spokesperson', 'пресс-секретарь'): the institution the article means speaks
GENERIC_VOICE_TITLES = {"spokesperson"}


class Institutions:
    def resolve_phrase(self, phrase: str, start: int, stop: int, head: str, cue: Cue, s) -> Who:
        """A role ('the Russian diplomat') or an institution ('the ministry', 'пресс-служба X') as speaker."""
        head_l = head.lower()
        head_key = fold(head_l)
        phrase_clean = phrase.strip(" ,")
        head_of = self.head_of_last_speaker(phrase_clean, start, stop)
        if head_of is not None:
            return head_of  # 'The head of the ministry added', 'Глава ведомства добавил': the minister who just spoke
        if self.is_monitor_head(head_l):
            # 'the Belarusian Hajun monitoring group', 'the group', 'проект': a monitoring group (monitors.py)
            named = [m for m in self.mentions_in(start, stop) if m.type == "organization"]
            if named:
                if self.is_monitor(named[-1].key):
                    return Who(named[-1].key, phrase_clean, start, stop, "institution", None, 0.85)
            elif not re.search(r"\b(?:of|из)\b", phrase_clean, re.IGNORECASE):  # 'a group of experts'
                return self.monitor_anaphor(phrase_clean, start, stop)
        plural_ru = has_cyrillic(phrase_clean) and any(
            fold(p.normal_form) == head_key and p.tag.number == "plur" and p.tag.case == "nomn"
            for w in TOKEN.findall(phrase_clean)[:3] for p in _parse(w.lower())[:1])
        if head_l in GROUP_HEADS or head_key in {fold(g) for g in GROUP_HEADS} or \
                (plural_ru and head_key in ROLE_HEAD_KEYS_RU):
            return Who(None, phrase_clean, start, stop, "group", None, 0.5)  # 'Belarusian officials', 'эксперты'
        institution = head_l in INSTITUTION_HEADS_EN or head_key in INSTITUTION_HEAD_KEYS_RU or \
            head_key in VOICE_OF_ORG
        # an organization named inside the phrase ("the press service of the Belarusian Defence Ministry")
        inside = [m for m in self.mentions_in(start, stop) if m.type == "organization"]
        # (not a person's possessive: "Putin's spokesman", "Khrenin's deputy" are someone of his)
        persons = [m for m in self.mentions_in(start, stop) if m.type == "person"
                   and not re.match(r"(?:'s|’s)\s", self.text[m.stop:m.stop + 3])]
        if persons:
            m = persons[-1]
            return self.who_from_mention(m, start)
        named = self.first_name_at_end(phrase_clean, start)
        if named is not None:
            return named  # 'First Deputy Chief of General Staff of the Armed Forces Igor Korol': a name the KB lacks
        if institution and (head_key in VOICE_OF_ORG or head_l in VOICE_PERSONS):
            titled = self._titled_voice(inside[-1], start, stop) if inside else None
            if titled is not None:
                return titled  # 'The Kremlin spokesman': an office with one holder, not the Kremlin
            if re.match(r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:for|of|at|with)\s", phrase_clean, re.IGNORECASE) and \
                    head_l in VOICE_PERSONS:
                # 'A spokeswoman for the Lithuanian foreign ministry said': one of its spokespeople, unnamed
                return Who(None, phrase_clean, start, stop, "unknown", None, 0.5,
                           found="unknown: an unnamed spokesperson of the organization (indefinite), not the organization")
        if institution and not inside and (head_key in VOICE_OF_ORG or head_l in VOICE_PERSONS):
            # 'Пресс-секретарь президента России заявил', 'the presidential press secretary said': a voice that is an
            # office of its own with one holder (titles.tsv), not a voice of an institution the article named
            bare = " ".join(w for w in TOKEN.findall(phrase_clean) if not self._country_of(w))
            title = self.office_title(bare)
            if title and title not in GENERIC_VOICE_TITLES:
                key, conf = self.resolve_role(phrase_clean, start, inside)
                found = self._role_cache.pop(("found", start), None)
                if key:
                    return Who(key, phrase_clean, start, stop, "role", self.best_role(key) or phrase_clean, conf,
                               found=found)
        if institution:
            if inside:
                m = inside[-1]
                if self.is_media(m.key, m.text):
                    return Who(None, phrase_clean, start, stop, "media", confidence=0.5, role=m.key)
                body = self._body_of(m, start, stop)
                if body is not None:
                    return body
                return Who(m.key, phrase_clean, start, stop, "institution", None, 0.85)
            bm = re.search(r"(?<![\w-])([\w-]+)\s+of\s+", phrase_clean)
            if bm and not has_cyrillic(phrase_clean) and \
                    bm.group(1).lower() in INSTITUTION_HEADS_EN and fold(bm.group(1).lower()) not in VOICE_OF_ORG and \
                    bm.group(1).lower() not in VOICE_PERSONS and bm.group(1).lower() != "press" and \
                    any(w.lower() in INSTITUTION_HEADS_EN for w in TOKEN.findall(phrase_clean[bm.end():])):
                # 'the intelligence directorate of Ukraine's defence ministry': a body inside the ministry (N5)
                lo = start + len(phrase) - len(phrase.lstrip(" ,"))
                key = self.org_named(re.sub(r"^(?:the|The)\s+", "", phrase_clean))
                return Who(key, phrase_clean, lo, stop, "institution" if key else "unknown", None, 0.85 if key else 0.5,
                           found=None if key else
                           f"unknown: '{phrase_clean}' is a body inside the organization, not the organization")
            key = self._institution_anaphor(phrase_clean, head_l, start)
            if key and self.is_media(key):
                return Who(None, phrase_clean, start, stop, "media", confidence=0.5, role=key)
            return Who(key, phrase_clean, start, stop, "institution", None, 0.75 if key else 0.5)
        key, conf = self.resolve_role(phrase_clean, start, inside)
        return Who(key, phrase_clean, start, stop, "role", self.best_role(key) or phrase_clean, conf if key else 0.4,
                   found=self._role_cache.pop(("found", start), None))

    def _body_of(self, m, start: int, stop: int) -> Optional[Who]:
        """'The intelligence directorate of Ukraine's defence ministry', 'В Главном управлении разведки Минобороны
        Литвы': an institution noun before the organization names a body inside it (N5). The knowledge base's entity
        for the whole phrase speaks, else nobody we can name; never the organization that contains it. A voice of
        the organization ('the press service of the ministry', 'пресс-служба Минобороны') is not a body."""
        lo = start
        while lo < m.start and not self.text[lo].isalnum():
            lo += 1
        words = TOKEN.findall(self.text, lo, m.start)
        if not words:
            return None
        heads = []
        for w in words:
            lw = w.lower()
            if has_cyrillic(w):
                keys = _keys(w)
                if keys & INSTITUTION_HEAD_KEYS_RU and not keys & VOICE_OF_ORG:
                    heads.append(w)
            elif lw in INSTITUTION_HEADS_EN and fold(lw) not in VOICE_OF_ORG and lw not in VOICE_PERSONS and \
                    lw != "press":
                heads.append(w)
        if not heads:
            return None
        phrase = self.text[lo:m.stop]
        key = self.org_named(re.sub(r"^(?:the|The|[Вв]о?)\s+", "", phrase))
        if key is not None and key != m.key:
            return Who(key, phrase, lo, stop, "institution", None, 0.85)
        return Who(None, phrase, lo, stop, "unknown", None, 0.5,
                   found=f"unknown: '{phrase}' is a body inside the organization, not the organization")

    def _institution_anaphor(self, phrase: str, head: str, pos: int) -> Optional[str]:
        """'the ministry', 'the press service', 'пресс-служба белорусского военного ведомства': the organization
        meant, when the article makes it clear (the organization that spoke last, or the last one named)."""
        words = TOKEN.findall(re.sub(r"(?<=\w)(?:'s|’s)\b", "", phrase))
        if self._own_name_of_body(words, head):
            return None  # 'the 558th Aircraft Repair Plant said': a body named by a name of its own the KB lacks
        # "the ministry's spokesman", "Belarus's Defence Ministry's spokesman": the owner is the last possessive
        # that is not a country's (the country qualifies it)
        owners = [o for o in re.finditer(r"(?:^|\s)([\w-]+)(?:'s|’s)\s", phrase) if not self._country_of(o.group(1))]
        if owners and (owners[-1].start() == 0 or re.match(r"(?:the\s+)?[\w-]+(?:'s|’s)\s", phrase, re.IGNORECASE)):
            head = owners[-1].group(1).lower()
        head_key = fold(head)
        if has_cyrillic(head):
            head_key = fold(_parse(head.lower())[0].normal_form)
        qualifiers = set()
        country = None
        for w in words:
            c = self._country_of(w)
            if c:
                country = c
                continue
            lw = w.lower()
            keys = {TITLE_SYNONYMS.get(k, k) for k in _keys(w)}
            if keys & ({head_key} | VOICE_OF_ORG | INSTITUTION_HEAD_KEYS_RU | GENERIC_INSTITUTION_WORDS | REPUBLIC_KEYS) or \
                    lw in DETERMINERS or lw in ("press", "service", "office", "of", "the") or lw in PREPOSITIONS_RU \
                    or lw in PREPOSITIONS_EN:
                continue
            if has_cyrillic(w) and _ru_pos(lw) in ("PRCL", "ADVB", "CONJ", "INTJ", "NPRO"):
                continue  # 'в ведомстве лишь подчеркнули': a particle before the verb qualifies nothing
            if lw in ROLE_MODIFIERS_EN or has_cyrillic(w):
                # the word's shortest readings, all of them when two are as short (a set's first would be the
                # hash seed's choice): the phrase's organization must carry one of them
                shortest = min(map(len, keys)) if keys else 0
                qualifiers.add(frozenset(k for k in keys if len(k) == shortest) if keys else frozenset({fold(w)}))
        if country is None and any(_keys(w) & REPUBLIC_KEYS for w in words):
            country = self._republic_before(pos)  # 'министерство обороны республики': the republic just named
        generic = head_key in VOICE_OF_ORG or head_key in GENERIC_INSTITUTION_WORDS or \
            any(fold(w) in VOICE_OF_ORG for w in head.split())
        sent = self.sentence_of(pos).index
        # 'пресс-служба российского военного ведомства': the voice of an agency the phrase describes in full
        agency_word = any(_keys(w) & AGENCY_HEAD_KEYS for w in words if has_cyrillic(w) or w.lower() in AGENCY_HEAD_KEYS)
        self._role_cache["agency_phrase"] = head_key in AGENCY_HEAD_KEYS or agency_word
        self._role_cache["enterprise_phrase"] = any(_keys(w) & _enterprise_keys() for w in words)
        try:
            got = self._institution_anaphor_of(phrase, head, head_key, qualifiers, country, generic, sent, pos)
            if got is None and not generic and head_key in _enterprise_keys():
                # 'According to the company': no maker's name says 'company'; the maker that spoke or was named last
                self._role_cache["any_maker"] = True
                for h in self.hits_back(sent - 5):  # the maker that spoke last in this stretch first
                    if h.cue_start >= pos:
                        continue
                    if sent - h.cue_sentence > 5:
                        break
                    k = h.st.speaker
                    if k and k.startswith("organization:") and self._org_matches(k, head_key, qualifiers, country):
                        return k
                got = self._institution_anaphor_of(phrase, head, head_key, qualifiers, country, generic, sent, pos)
            return got
        finally:
            self._role_cache["agency_phrase"] = False
            self._role_cache["any_maker"] = False

    def _own_name_of_body(self, words: list, head: str) -> bool:
        """Whether an English institution phrase is a proper name ('558th Aircraft Repair Plant', 'Minsk Gear Works'):
        its head capitalized after capitalized words that are no modifier a generic phrase takes ('Defence',
        'Foreign', a country's adjective), or after an ordinal. Such a phrase names a body, not 'the plant' the
        article named last."""
        at = next((i for i, w in enumerate(words) if w.lower() == head.lower()), None)
        if at is None or not words[at][:1].isupper() or has_cyrillic(words[at]):
            return False
        own = False
        for w in reversed(words[:at]):
            lw = w.lower()
            if re.fullmatch(r"\d+(?:st|nd|rd|th)", lw):
                return True
            if not w[:1].isupper() or lw in DETERMINERS:
                break
            if lw not in ROLE_MODIFIERS_EN and lw not in INSTITUTION_HEADS_EN and not self._country_of(w) and \
                    not self._is_title_word(w) and fold(lw) not in GENERIC_INSTITUTION_WORDS:
                own = True
        return own

    def _institution_anaphor_of(self, phrase, head, head_key, qualifiers, country, generic, sent, pos):
        if re.match(r"its\s", phrase, re.IGNORECASE) and not (qualifiers or country):
            # 'its press service' belongs to the organization named last, not to whoever spoke last
            latest = [m for m in self._latest_before(pos, "organization") if not self.is_media(m.key, m.text)]
            if not latest or sent - self.sentence_of(latest[0].start).index > 2:
                return None
            # 'Rosoboronexport signed a contract with the Defence Ministry, its press service said': 'its' is
            # the subject's, not the last-named organization's; with two organizations in that sentence, unknown
            last = self.sentence_of(latest[0].start).index
            rivals = {m.key for m in latest if self.sentence_of(m.start).index == last}
            return latest[0].key if len(rivals) == 1 else None
        if not generic:
            # 'the ministry' is the ministry named last
            for m in self._latest_before(pos, "organization"):
                if not self.is_media(m.key, m.text) and \
                        self._org_matches(m.key, head_key, qualifiers, country, m.text):
                    return m.key
        # 'the press service', 'ведомство': the organization that spoke last in this stretch of the article
        for h in self.hits_back(sent - 10):  # (a hit further back stops the scan below)
            if h.cue_start >= pos:
                continue
            k = h.st.speaker
            if sent - h.cue_sentence > 5 and not (
                    generic and sent - h.cue_sentence <= 10 and k and k.startswith("organization:") and
                    not self._other_body_named_since(k, max(h.st.stop, h.attr_stop), pos) and
                    not self._other_org_spoke_since(k, h, pos)):
                # ('сообщили в пресс-службе Минобороны. ... [people speak] ... уточнили в ведомстве': the one body that
                # spoke, further back, while only people spoke since and no other body was named)
                break
            if k and k.startswith("organization:") and \
                    self._org_matches(k, None if generic else head_key, qualifiers, country):
                if generic and self._other_body_named_since(k, max(h.st.stop, h.attr_stop), pos):
                    if self._own_name_word(k, head_key, max(h.st.stop, h.attr_stop), pos):
                        return k  # 'the State Authority ... said. ... the Ministry of Defence ... the authority said'
                    break  # '..., сообщила разведка Украины. В Минобороны ... не комментируют. Ранее в ведомстве ...'
                return k
        # else the last organization named that fits the phrase
        for m in self._latest_before(pos, "organization"):
            if not self.is_media(m.key, m.text) and \
                    self._org_matches(m.key, None if generic else head_key, qualifiers, country, m.text):
                if generic and not (qualifiers or country):
                    if head_key in AGENCY_HEAD_KEYS and not self._government_body(m):
                        continue  # 'ведомство' is no plant: a maker named since does not stand in its way
                    if head_key in AGENCY_HEAD_KEYS and self._sole_body_named(m, sent):
                        # 'Министерство обороны эти данные не комментирует. Ранее в ведомстве называли ...':
                        # 'ведомство' / 'the department' takes up the one government body just named
                        return m.key
                    if self._role_cache.get("enterprise_phrase") and self._sole_maker_in_sentence(sent, pos):
                        # 'Минский завод колесных тягачей подписал ..., сообщила пресс-служба предприятия'
                        return self._sole_maker_in_sentence(sent, pos)
                    return None  # 'the press service' with nothing to tie it to an organization
                return m.key
        # else the one organization in the knowledge base the phrase describes in full (kind, branch, country)
        agency = head_key in AGENCY_HEAD_KEYS or bool(self._role_cache.get("agency_phrase"))
        if (not generic or agency) and qualifiers and country:
            try:
                from bellink.ingest import kb as kbmod

                orgs = _kb_orgs(kbmod.load())
            except Exception:
                return None
            want = None if generic else head_key
            memo = ("kb_orgs_fitting", want, frozenset(qualifiers), country)  # the same phrase kinds recur
            hits = self._role_cache.get(memo)
            if hits is None:
                hits = self._role_cache[memo] = [e for e in orgs if self._org_matches(e.key, want, qualifiers, country,
                                                                                      entity=e)]
            if len(hits) > 1 and agency:
                # 'белорусское военное ведомство' is the set name of the defence ministry: of the bodies the words
                # fit (the ministry, the military-industrial committee) the one ministry
                hits = [e for e in hits if e.attrs.get("kind") == "ministry"]
            if len(hits) == 1:
                self.a.entities.setdefault(hits[0].key, hits[0])
                return hits[0].key
        ministry_word = head_key in MINISTRY_HEAD_KEYS or any(
            {fold(p.normal_form) for p in _parse(w.lower())[:2]} & MINISTRY_HEAD_KEYS if has_cyrillic(w) else
            w.lower() in MINISTRY_HEAD_KEYS for w in TOKEN.findall(phrase))  # 'пресс-служба военного ведомства'
        if ministry_word and not any(
                self._government_body(m) for m in self.mentions_in(max(0, pos - ARTICLE_REACH), pos)
                if m.type == "organization"):
            return self._ministry_of_the_minister(qualifiers, country, pos)
        return None

    def _ministry_of_the_minister(self, qualifiers: set, country, pos: int) -> Optional[str]:
        """'Министр обороны Виктор Хренин посетил авиабазу. ... в министерстве назвали фейком': with no organization
        named before it, 'the ministry' / 'ведомство' is the ministry of the one minister the article names before it
        (his office at the article's date, from the knowledge base), when all such ministers are of one ministry."""
        try:
            from bellink.ingest import kb as kbmod

            orgs = _kb_orgs(kbmod.load())
        except Exception:
            return None
        found = set()
        for m in self.mentions_in(max(0, pos - ARTICLE_REACH), pos):
            if m.type != "person" or not m.key or self.in_speech(m.start):
                continue
            roles, countries = self._person_roles(m.key)
            for role in roles:
                pm = MINISTER_PORTFOLIO.search(role or "")
                if not pm:
                    continue
                word = PORTFOLIO_WORDS[next(k for k, v in pm.groupdict().items() if v)]
                for c in countries:
                    if country and c != country:
                        continue
                    found |= {e.key for e in orgs if e.attrs.get("kind") == "ministry" and
                              (e.attrs.get("country") or "") in (c, c.split(":")[-1]) and
                              re.search(word, e.name or "", re.IGNORECASE)}
        if len(found) != 1:
            return None
        key = next(iter(found))
        ent = kbmod.load().entities[key]
        if qualifiers and not self._org_matches(key, None, qualifiers, country, entity=ent):
            return None
        self.a.entities.setdefault(key, ent)
        return key

    def _own_name_word(self, key: str, head_key: str, lo: int, hi: int) -> bool:
        """Whether the generic noun is a word of the name of ``key`` ('authority' of 'State Authority for Military
        Industry') and of no other organization named between lo and hi: it then names that one."""
        if not head_key or not self._org_matches(key, head_key, set(), None):
            return False
        return not any(x.key != key and x.key and self._org_matches(x.key, head_key, set(), None, x.text)
                       for x in self.mentions_in(lo, hi) if x.type == "organization")

    def _other_org_spoke_since(self, key: str, hit, pos: int) -> bool:
        """Whether an organization other than ``key`` has a hit whose cue lies between ``hit``'s and ``pos``. Such a
        hit's cue sentence is that of its cue's start (every kind of hit is made so), at or after the sentence that
        starts last at or before ``hit``'s cue: the hits from there on (``hits_since``), not every hit of the document
        (a scan from the front: a long document's thousands, and in the statements split's child a scan that met
        the unknown first part and stopped the sentence, read again in the ingesting process)."""
        sents = self.a.sentences
        starts = self.a._cached("sentence_starts", (sents,), lambda: [x.start for x in sents])  # (as sentence_at's)
        k = max(0, bisect.bisect_right(starts, hit.cue_start) - 1)
        return any(h is not hit and h.cue_start < pos and h.cue_start > hit.cue_start and h.st.speaker and
                   h.st.speaker != key and h.st.speaker.startswith("organization:") for h in self.hits_since(k))

    def _other_body_named_since(self, key: str, lo: int, hi: int) -> bool:
        """Whether a government body other than ``key`` (a ministry, an agency, or a body the knowledge base lacks
        whose name says ministry) is named between lo and hi: a generic 'ведомство' then means that one, not the
        organization that spoke before it."""
        return any(x.key != key and self._government_body(x) and not self._bare_name_of(x, key)
                   for x in self.mentions_in(lo, hi) if x.type == "organization")

    def _bare_name_of(self, m, key: str) -> bool:
        """Whether ``m`` is a name the knowledge base does not hold that is ``key``'s name without its country
        ('Минобороны' for the ministry 'Минобороны Беларуси' that spoke): no other body than that one."""
        ent = self.a.entities.get(m.key)
        if ent is not None and ent.source == "kb":
            return False
        try:
            from bellink.ingest import kb as kbmod

            return key in self._shape_candidates(m.text, kbmod.load()).values()
        except Exception:  # a half-written knowledge base must not stop extraction
            return False

    def _government_body(self, m) -> bool:
        ent = self.a.entities.get(m.key)
        if ent is None or self.is_media(m.key, m.text):
            return False
        if ent.attrs.get("kind"):
            return ent.attrs["kind"] in ("ministry", "agency", "government")
        return bool(re.search(r"(?i)минобороны|министерств|ministry|\bмид\b", " ".join(
            filter(None, (m.text, ent.name, ent.name_ru)))))

    def _sole_body_named(self, m, sent: int) -> bool:
        """Whether ``m`` (the last organization named) is a ministry or an agency named in this sentence or the one
        before, with no other organization but outlets named since the sentence before that."""
        if not self._government_body(m):
            return False
        here = self.sentence_of(m.start).index
        if sent - here > 2:
            return False
        lo = self.a.sentences[max(0, here - 1)].start
        # (a plant or a company named since is no rival: 'Минобороны опубликовало кадры. Самолеты перегнали с завода
        # «Яковлев». «...», – говорится в сообщении ведомства')
        return all(x.key == m.key or self.is_media(x.key, x.text) or not self._government_body(x)
                   for x in self.mentions_in(lo, self.a.sentences[sent].start) if x.type == "organization")

    def _sole_maker_in_sentence(self, sent: int, pos: int) -> Optional[str]:
        """The one manufacturer (kind=manufacturer) named in sentence ``sent`` before ``pos``, when it is the only one."""
        s = self.a.sentences[sent]
        makers = set()
        for m in self.mentions_in(s.start, pos):
            ent = self.a.entities.get(m.key) if m.type == "organization" and m.key else None
            if ent is not None and ent.attrs.get("kind") == "manufacturer":
                makers.add(m.key)
        return makers.pop() if len(makers) == 1 else None

    def _republic_before(self, pos: int) -> Optional[str]:
        for m in self._latest_before(pos, "country"):
            if m.key:
                ent = self.a.entities.get(m.key)
                names = [ent.name, ent.name_ru or "", *ent.aliases] if ent else []
                if any(_keys(w) & REPUBLIC_KEYS for n in names for w in TOKEN.findall(n)):
                    return m.key
        return None

    def _org_matches(self, key: str, head_key: Optional[str], qualifiers: set, country, surface: str = "",
                     entity=None) -> bool:
        # remembered per document: an institution phrase is matched against every organization named before it,
        # and a long document asks the same questions again and again. The answer depends on the arguments, the
        # entity the key names (entities are only ever added) and whether the phrase names an agency.
        ent = entity or self.a.entities.get(key)
        memo = ("org_matches", key, head_key, frozenset(qualifiers), country, surface, entity is None, id(ent),
                bool(self._role_cache.get("agency_phrase")), bool(self._role_cache.get("any_maker")))
        got = self._role_cache.get(memo)
        if got is None or got[0] is not ent:
            got = self._role_cache[memo] = (ent, self._org_matches_uncached(key, head_key, qualifiers, country, surface,
                                                                            entity))
        return got[1]

    def _org_matches_uncached(self, key: str, head_key: Optional[str], qualifiers: set, country, surface: str = "",
                              entity=None) -> bool:
        ent = entity or self.a.entities.get(key)
        if ent is not None and ent.attrs.get("kind") == "military" and self._role_cache.get("agency_phrase"):
            return False  # 'военное ведомство', 'the defence department': a government body, never the army
        if entity is not None and country and entity.attrs.get("country"):
            c = entity.attrs["country"]
            if (c if ":" in c else f"country:{c}") != country:
                return False
        names = [surface] + ([ent.name, ent.name_ru or "", *ent.aliases] if ent else [])
        ck = ("orgkeys", key, surface)
        keys = self._role_cache.get(ck)
        if keys is None:
            keys = self._role_cache[ck] = _name_keys(tuple(names))
        if head_key and self._role_cache.get("any_maker") and head_key in _enterprise_keys() and ent is not None and \
                ent.attrs.get("kind") == "manufacturer":
            head_key = None  # 'the company' that no maker's name says: a maker, whatever its name
        if head_key:
            heads = {head_key, TITLE_SYNONYMS.get(head_key, head_key)}
            if head_key in ("ministry", "ministerstvo", "minoboroni"):
                heads |= {"ministry", "ministerstvo", "minoboroni", "mid", "mod", "mo"}
            if not keys & heads and not any(k.startswith(head_key[:6]) for k in keys if len(head_key) >= 6):
                return False
        for q in qualifiers:
            alts = {a for k in ((q,) if isinstance(q, str) else q) for a in QUALIFIER_SYNONYMS.get(k, {k})}
            if not any(a in keys or any(k.startswith(a[:5]) for k in keys if len(a) >= 5) for a in alts):
                return False
        if country:
            ctry = ent.attrs.get("country") if ent else None
            if ctry:
                return (ctry if ":" in ctry else f"country:{ctry}") == country
            return any(self._country_of(w) == country for n in names for w in TOKEN.findall(n or ""))
        return True

    def _country_of(self, word: str) -> Optional[str]:
        try:
            return _word_country(word)
        except Exception:  # the knowledge base may be mid-edit; the fallback table still answers
            return _word_country_fallback(re.sub(r"(?:'s|’s|'|’)$", "", word))
