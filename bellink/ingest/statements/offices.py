"""A role noun as the speaker: the one person who holds that office.

    "The Russian defence minister said ..." (2024-03-14)   Sergei Shoigu: roles.tsv says he held it then
    "the Belarusian leader said"                            the one person in the article with that title
Not resolved: "an official said" (no particular office), "the defence minister" when two people in the
article fit, a deputy for a minister ("the defence minister" is not the deputy defence minister).

Lexicons: statement_titles.tsv (title_synonym, subordinate, leader, diplomat, generic_role),
statement_words.tsv (title_ignored); people's offices in roles.tsv.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.context import _capitals
from bellink.ingest.statements.institutions import _country_named, _country_named_any_case
from bellink.ingest.statements.morph import _keys, _parse
from bellink.ingest.statements.words import (
    COMMENTATOR_KEYS, DETERMINERS, DIPLOMAT_KEYS, INSTITUTION_HEADS_EN, INSTITUTION_HEAD_KEYS_RU, ROLE_HEADS_EN, ROLE_HEAD_KEYS_RU, GENERIC_ROLE_KEYS, GENERIC_SOURCE_KEYS, LEADER_KEYS, PREPOSITIONS_RU,
    MILITARY_ROLE_KEYS, RANK_NOUN_KEYS, ROLE_MODIFIERS_EN, SUBORDINATE_KEYS, TITLE_IGNORED, TITLE_SYNONYMS,
)
from bellink.names import fold, has_cyrillic

# the offices a report means by its own country's head when it names no country ('the head of state said')
HEAD_OF_STATE_TITLES = {"president", "head of state"}

# an office held before: 'the former minister', 'ex-minister', 'бывший министр', 'экс-министр'
FORMER = re.compile(r"(?i)\b(?:former|ex-|бывш\w*|экс-)")


@lru_cache(maxsize=4096)
def _plural_role(phrase: str) -> Optional[str]:
    """The role noun of the phrase when it is plural only ("ministers", "министров", "министры"), else None (a form
    that can also be singular, "главы", is not taken for plural)."""
    for w in TOKEN.findall(phrase):
        lw = w.lower()
        if not has_cyrillic(w):
            if lw.endswith("s") and lw not in ROLE_HEADS_EN and lw[:-1] in ROLE_HEADS_EN:
                return w
            continue
        if not _keys(w) & ROLE_HEAD_KEYS_RU:
            continue
        parses = [p for p in _parse(lw) if _keys(p.normal_form) & ROLE_HEAD_KEYS_RU]
        if parses and all("plur" in p.tag for p in parses):
            return w
    return None


@lru_cache(maxsize=4096)
def _role_head(role: str) -> Optional[str]:
    """The word a title is about: 'Minister' in 'Deputy Defence Minister of Russia', 'глава' in 'глава
    Администрации президента'. Folded, through the title synonyms."""
    words = TOKEN.findall(role)
    if not words:
        return None
    if has_cyrillic(role):
        for w in words:
            p = _parse(w.lower())[0]
            if p.tag.POS == "NOUN":
                k = fold(p.normal_form)
                return TITLE_SYNONYMS.get(k, k).split()[-1]
        return None
    before = re.split(r"\s+(?:of|for|at|in)\s+", role, maxsplit=1)[0]
    last = TOKEN.findall(before)
    if not last:
        return None
    k = fold(last[-1])
    return TITLE_SYNONYMS.get(k, k).split()[-1]


@lru_cache(maxsize=65536)
def _role_shape(role: str) -> tuple:
    """A title's keys (synonyms resolved) and its head: read once per title, however many offices it is held
    against (an article of many people asks every office about every title)."""
    keys = set()
    for w in TOKEN.findall(role):
        for k in _keys(w):
            k = TITLE_SYNONYMS.get(k, k)
            keys |= set(k.split())
    return frozenset(keys), (_role_head(role) if keys else None)


@lru_cache(maxsize=65536)
def _role_fits(need: tuple, role: str) -> bool:
    """Whether a title the article or the knowledge base gives someone is the office ``need`` names."""
    keys, head = _role_shape(role)
    if not keys:
        return False
    need_set = set(need)
    generic = need_set & (GENERIC_ROLE_KEYS | {"diplomat"})
    if (keys & SUBORDINATE_KEYS) - need_set and not generic:
        return False  # 'the defence minister' is not the deputy defence minister nor the minister's spokesman
    if head and not generic:
        if "leader" in need_set:
            if head not in LEADER_KEYS:
                return False
        elif head not in need_set and not any(head.startswith(k) or k.startswith(head)
                                              for k in need_set if len(k) >= 5 and len(head) >= 5):
            return False  # 'the president' is not the head of the presidential administration
    for k in need:
        if k == "leader":
            if not keys & LEADER_KEYS:
                return False
            continue
        if k == "diplomat":
            if not keys & DIPLOMAT_KEYS:
                return False
            continue
        if k in GENERIC_ROLE_KEYS:
            continue
        if k == "minister" and "ministr" in keys:
            continue
        if k in keys or any(x.startswith(k) or k.startswith(x) for x in keys if len(x) >= 5 and len(k) >= 5):
            continue
        return False
    return True


@lru_cache(maxsize=65536)
def _subordinate_keys(role: str) -> frozenset:
    keys = set()
    for w in TOKEN.findall(role):
        for k in _keys(w):
            keys |= set(TITLE_SYNONYMS.get(k, k).split())
    return frozenset(keys & SUBORDINATE_KEYS)


def _subordinate_only(role: str, need) -> bool:
    """Whether a title names a subordinate office (deputy, spokesman) the words asked about do not."""
    return bool(_subordinate_keys(role) - set(need))


_KB_ROLES: dict = {}


def _kb_roles(base) -> tuple[dict, dict]:
    """The knowledge base's roles by person and by country (``country:x``), each in file order; built once for
    a loaded base (a loaded base does not change). A scan of every role for every person and title asked
    about was most of the cost of an office speaker."""
    got = _KB_ROLES.get(id(base))
    if got is None or got[0] is not base:
        by_person: dict = {}
        by_country: dict = {}
        for key, role in base.roles:
            by_person.setdefault(key, []).append(role)
            c = role.get("country") or ""
            by_country.setdefault(c if ":" in c else f"country:{c}", []).append((key, role))
        got = _KB_ROLES[id(base)] = (base, by_person, by_country)
    return got[1], got[2]


class Offices:
    def _commentator_anaphor(self, phrase: str, pos: int) -> Optional[str]:
        """'"...," the analyst told Euroradio', '«...», – сказал эксперт «Белсату»': a commentator's noun alone (the
        definite article in English; a singular noun and at most a quoted outlet in Russian) takes up the one person
        named in this sentence or the two before with a commentator's title ('Analyst X points to something else:
        ...', 'Военный эксперт X указывает на главное: ...'); none when two are named or none."""
        words = TOKEN.findall(re.sub(r"[«\"“„][^»\"”]*[»\"”]", " ", phrase))
        if has_cyrillic(phrase):
            if len(words) != 1:
                return None
            p = _parse(words[0].lower())[0]
            if fold(p.normal_form) not in COMMENTATOR_KEYS or p.tag.number != "sing" or p.tag.case != "nomn":
                return None
        elif len(words) != 2 or words[0].lower() != "the" or fold(words[1].lower()) not in COMMENTATOR_KEYS:
            return None
        here = self.sentence_of(pos).index
        lo = self.a.sentences[max(0, here - 2)].start
        found = set()
        for m in self.mentions_in(lo, pos):
            if m.type != "person" or not m.key:
                continue
            # the title the article gives him, or the words right before his name ('Военный обозреватель X')
            before = TOKEN.findall(self.text, max(lo, m.start - 40), m.start)[-3:]
            if any(fold(_parse(w.lower())[0].normal_form if has_cyrillic(w) else w.lower()) in COMMENTATOR_KEYS
                   for w in [*before, *(x for r in self._article_roles(m.key) for x in TOKEN.findall(r))]):
                found.add(m.key)
        # and no other commentator in the window, named or not ('analyst X and analyst Y disagree': Y may be no
        # mention at all)
        nouns = [w for w in TOKEN.findall(self.text, lo, pos)
                 if fold(_parse(w.lower())[0].normal_form if has_cyrillic(w) else w.lower().rstrip("s")) in COMMENTATOR_KEYS]
        if len(found) != 1 or len(nouns) != 1:
            return None
        key = found.pop()
        self._role_cache[("found", pos)] = f"commentator noun '{phrase.strip()}': the one commentator named just before"
        return key

    def resolve_role(self, phrase: str, pos: int, inside: list) -> tuple[Optional[str], float]:
        """The one person in this article who holds the role the phrase names."""
        plural = _plural_role(phrase)
        if plural:
            # "по словам министров", "according to the ministers": several holders speak at once, never one of them
            self._role_cache[("found", pos)] = f"unknown: '{plural}' names several people"
            return None, 0.4
        if FORMER.search(phrase):
            # 'the former defence minister', 'бывший министр': someone who held the office before; the holder on
            # the publication date is the one person it is not, and which earlier holder is meant is not said
            return None, 0.4
        country = None
        need: list[str] = []
        bare = re.sub(r"(?<=\w)(?:'s|’s|'|’)(?=\s|$)", "", phrase)
        # 'глава оборонного ведомства республики' is the office of 'глава белорусского оборонного ведомства'
        # and of 'многолетний глава российского МИД': descriptive words say nothing of the office
        title = self.office_title(" ".join(w for w in bare.split() if not self.is_country_anaphor(w.strip(",."))
                                           and fold(w.lower()) not in TITLE_IGNORED))
        if title is None:
            title = self.office_title(bare)  # 'top diplomat', 'top general': the descriptive word is the title's
        # blanked, not cut: offsets into the phrase must stay those of the text ("Russia's ambassador in Minsk": the
        # host's mention is looked up by position)
        phrase = re.sub(r"(?<=\w)(?:'s|’s|'|’)(?=\s|$)", lambda m: " " * len(m.group()), phrase)
        # a country named by its noun ('президент России', 'the President of Russia'), not only by an adjective
        named = {w.lower(): m.key for m in self.mentions_in(pos, pos + len(phrase)) if m.type == "country" and m.key
                 for w in TOKEN.findall(m.text)}
        # the country an envoy is posted to ("Russia's ambassador in Minsk", "посол России в Белоруссии"): the host,
        # not the office's own country
        host, phrase = self._host_of_phrase(phrase, pos)
        how_anaphor = None
        anaphor = None  # "the country's defence minister", "глава МИД республики": the country is not named
        for w in TOKEN.findall(phrase):
            lw = w.lower()
            c = self._country_of(w) or named.get(lw)
            if c:
                country = c
                continue
            if anaphor is None and self.is_country_anaphor(w):
                anaphor = w
                continue
            if lw in DETERMINERS or lw in ("of", "at", "for", "a", "an", "its", "top") or lw in PREPOSITIONS_RU:
                if lw == "top":
                    need.append("diplomat") if "diplomat" in phrase.lower() else None
                continue
            if w[:1].isupper() and not self._is_title_word(w) and lw not in ROLE_MODIFIERS_EN and not has_cyrillic(w):
                need.append(fold(w))  # an organization named in the role ("head of Rosoboronexport")
                continue
            keys = sorted(_keys(w), key=len)
            k = keys[0] if keys else fold(w)
            if has_cyrillic(w):
                k = fold(_parse(lw)[0].normal_form)
            k = TITLE_SYNONYMS.get(k, k)
            if k in TITLE_IGNORED:
                continue
            need.extend(k.split())
        if anaphor is not None and country is None:
            country, how_anaphor = self.country_anaphor(anaphor, pos)
            if country is None:
                last = self._last_speaker_holding(need, pos) if need else None
                if last is not None:
                    # '«...», – заявил лидер страны' right after the president spoke, with another country named
                    # between (in his own words): the role noun takes up the last speaker when he holds the office
                    self._role_cache[("found", pos)] = f"'{anaphor}': the last speaker, who holds the office"
                    return last, 0.7
                self._role_cache[("found", pos)] = f"unknown: '{anaphor}' with no one country the article is about"
                return None, 0.4
        if not need:
            return None, 0.4
        rank = self._rank_anaphor(phrase, pos)
        if rank is not None:
            return rank
        if country is None:
            commentator = self._commentator_anaphor(phrase, pos)
            if commentator is not None:
                return commentator, 0.75
        if any(k in GENERIC_SOURCE_KEYS for k in need) and not (title and country):
            return None, 0.4  # 'a diplomat said'; not "Russia's top diplomat", an office of a named country
        strong, weak = [], []
        # someone found by office earlier is in the article too ('the minister went on')
        # (once: a speaker quoted twice is still one candidate)
        named = self._people_set()
        for key in self.office_people(pos, named, need):
            roles, pcountries = self._person_roles(key)
            if country and pcountries and country not in pcountries:
                continue
            (strong if (not country or pcountries) else weak).append(key)
        if len(strong) == 1 and country is None and self._far_and_foreign(strong[0], pos):
            # 'President Vladimir Putin announced ...' paragraphs earlier, then, in a story about Belarus, 'the
            # president said the country would not give up ...': not clearly Putin any more
            self._role_cache[("found", pos)] = "unknown: the one holder named is far back and of another country " \
                                               "than the story's"
            return None, 0.4
        if len(strong) == 1 and self._unnamed_same_title_since(strong[0], need, pos):
            # 'Khrenin said ... A Russian deputy minister said ... The minister added': either minister may speak
            self._role_cache[("found", pos)] = "unknown: a speaker with that title we could not name spoke since"
            return None, 0.4
        if len(strong) == 1 and self.holder_rival_since(strong[0], need, pos, country):
            # 'Голуб заявил ... побеседовал с генерал-майором Олегом Двигалевым. Генерал сообщил': either (newcomers.py)
            self._role_cache[("found", pos)] = "unknown: another person with that title was named since"
            return None, 0.4
        if len(strong) == 1:
            if country is None and len(need) == 1:
                # 'The minister said' where the article named Shoigu but also spelled out "Belarus's defence
                # minister" without a name: two ministers in view, so nobody
                _, pc = self._person_roles(strong[0])
                if any(c not in pc for _, c in self.earlier_offices(need[0], pos)):
                    self._role_cache[("found", pos)] = "unknown: another office of that kind named earlier"
                    return None, 0.4
            return strong[0], 0.75
        if len(strong) > 1:
            here = self.sentence_of(pos).index
            prev = next((h for h in self.hits_back(here - 4) if h.cue_start < pos), None)  # (one further back is no use)
            if prev and prev.st.speaker in strong and here - prev.cue_sentence <= 4:
                if not self._other_holder_since(prev, strong, pos):
                    if self.holder_named_since(prev, strong, pos):
                        # 'Golub said ... Reporters spoke to Major General Oleg Dvigalev. The general said': the
                        # other holder came on stage as an object; either may speak (newcomers.py)
                        self._role_cache[("found", pos)] = "unknown: another holder of the title was named since"
                        return None, 0.4
                    return prev.st.speaker, 0.7
                # 'Khrenin said ... Belousov visited the brigade. The minister said': the other holder took the stage
                # after the last speaker; the title names him only as the subject right before it (below)
            on_stage = self._holder_on_stage(strong, pos)
            if on_stage is not None:
                self._role_cache[("found", pos)] = "of the holders named, the one who spoke or was the subject last"
                return on_stage, 0.7
            return None, 0.4
        if len(weak) == 1:
            return weak[0], 0.6
        if not strong and not weak and country is None:
            titled = self._titled_just_before(phrase, pos)
            if titled is not None:
                self._role_cache[("found", pos)] = "the speaker just before, introduced with these title words"
                return titled, 0.7
        how = "named in the phrase" if anaphor is None or how_anaphor is None else how_anaphor
        on = None  # the date the office is looked up on: the publication's, or a counterpart's meeting's
        if not strong and not weak and not title and len(need) == 1:
            # 'The Russian minister said' after "Russia's defence minister held talks": that office again
            earlier, c = self.earlier_office(need[0], country, pos)
            if earlier:
                title, country, how = earlier, c, "the office the article named earlier"
            else:
                # 'Ravkov met his Russian counterpart ... The Russian minister said': Ravkov's office, Russia's
                earlier, c, on = self.counterpart_office(need[0], country, pos)
                if earlier:
                    title, country, how = earlier, c, "the counterpart the article named earlier"
        holders: list = []  # the article's people who hold the office the periphrasis names
        if not strong and not weak and title:
            # 'глава государства' right after 'президент России' was quoted: the one person in the article who
            # holds the office the periphrasis names (of the phrase's country, when it names one)
            tneed = [k for w in TOKEN.findall(title) for k in TITLE_SYNONYMS.get(fold(w), fold(w)).split()]
            holders = []
            for key in self.office_people(pos, named, tneed):
                roles, pcountries = self._person_roles(key)
                if country and country not in pcountries:
                    continue
                if key not in holders:
                    holders.append(key)
            if len(holders) == 1:
                self._role_cache[("found", pos)] = f"office '{title}' held by the one person the article names for it"
                return holders[0], 0.7
        if not strong and not weak and country is None and title:
            # 'the head of state said' in a report filed from Minsk: the country the context names
            # (only the dateline: how often a country is named says little about whose head of state speaks)
            country, how = self._office_institution_country(phrase, pos), "the institution the article named"
            if country is None and self._office_of_a_stateless_body(phrase, pos):
                # 'the NATO secretary general': an alliance's office, held by no country's official
                country, how = "country:", "the alliance named in the phrase"
            if country is None:
                country, how = self.dateline_country(), "dateline"
            if country is None and title in HEAD_OF_STATE_TITLES and not holders:
                # 'Belarus has no need for a base, the head of state said' in a report without a dateline (only the
                # head of state: 'the defence minister' of a report on two countries' talks may be either's; and
                # never when the article names heads of state: 'Putin met Lukashenko. The head of state said')
                country, how = self.lead_country_at(pos)
            if country is None and not holders:
                country = self._sole_country_with_office(title, host, pos)
                how = "the one country of the article with that office"
        if not strong and not weak and country and (title or not set(need) & (GENERIC_ROLE_KEYS | {"diplomat"})):
            if title:
                # 'глава белорусского военного ведомства' is the Belarusian defence minister
                need = [k for w in TOKEN.findall(title) for k in TITLE_SYNONYMS.get(fold(w), fold(w)).split()]
            key, conf = self._kb_holder(need, country, host, pos, on=on)
            self._role_cache[("found", pos)] = (
                f"office '{title or ' '.join(need)}' of {country.split(':')[-1] or 'no country'} ({how}"
                f"{self._role_cache.pop('host_note', '')}) held by one person on "
                f"{on or self.a.document.published} (knowledge base)" if key else
                f"unknown: no single holder of '{title or ' '.join(need)}' of {country.split(':')[-1]} on "
                f"{on or self.a.document.published} in the knowledge base")
            return key, conf
        if not strong and not weak and title:
            self._role_cache[("found", pos)] = f"unknown: '{title}' without a country the context names"
        return None, 0.4

    def _holder_on_stage(self, strong: list, pos: int) -> Optional[str]:
        """'Шойгу и Жадобин ... Жадобин высоко оценил итоги учения ... Министр отметил': of two holders of the office,
        the one who spoke or was the subject of the nearest sentence (this one or up to three back) that had one
        of them; None when that sentence had both, or none of them did."""
        here = self.sentence_of(pos).index
        for idx in range(here, max(here - 3, 0) - 1, -1):
            seen = list(dict.fromkeys(k for k in self._subjects(idx, pos) if k in strong))
            if seen and self._off_stage(idx):
                return None  # 'Shoigu did not comment. The minister noted': not Shoigu, and not surely the other
            if seen:
                if len(seen) != 1:
                    return None
                sent = self.a.sentences[idx]
                if any(m.type == "person" and m.key in strong and m.key != seen[0] and not self.in_speech(m.start)
                       for m in self.mentions_in(sent.start, min(sent.stop, pos))):
                    # 'Khrenin held talks with Belousov. The minister said': both holders in view, the subject and the
                    # one he met; the title may stand for either, so it names nobody
                    return None
                return seen[0]
        return None

    def _last_speaker_holding(self, need: list, pos: int) -> Optional[str]:
        """The person who spoke last, in this sentence or the four before (not counting his quoted words), when he holds the office ``need`` and no one
        else was the subject of a sentence since (RULES: a role noun refers to the subject of the previous
        statement); else None."""
        here = self.sentence_of(pos).index
        # (an outlet's report of the words names no speaker of its own: 'Об этом передает БелТА')
        # (a hit more than 12 sentences back is too far, below: the scan stops there, review P1)
        prev = next((h for h in self.hits_back(here - 12) if h.cue_start < pos and
                     (h.st.speaker or not h.st.channel)), None)
        if prev is None or not (prev.st.speaker or "").startswith("person:") or here - prev.cue_sentence > 12:
            return None
        # (the sentences of the words the role noun closes are no distance: '– A. B. C, – заявил лидер страны')
        if sum(not self._opens_in_speech(i) for i in range(prev.cue_sentence + 1, here)) > 3:
            return None
        key = prev.st.speaker
        if not self._holds(need, key):
            return None
        for idx in range(prev.cue_sentence + 1, here + 1):
            if any(k != key for k in self._subjects(idx, pos)) or self._office_subjects(idx, pos):
                return None
        return key

    def _opens_in_speech(self, idx: int) -> bool:
        """Whether the first word of sentence ``idx`` is inside quoted words."""
        sent = self.a.sentences[idx]
        w = TOKEN.search(self.text, sent.start, sent.stop)
        return w is not None and self.in_speech(w.start())

    def _other_holder_since(self, prev, strong: list, pos: int) -> bool:
        """Whether another holder of the title than ``prev``'s speaker was the subject of a sentence after ``prev``'s
        attribution and before ``pos`` (he took the stage since)."""
        here = self.sentence_of(pos).index
        for idx in range(prev.cue_sentence + 1, here + 1):
            if any(k in strong and k != prev.st.speaker for k in self._subjects(idx, pos)):
                return True
        return False

    def _unnamed_same_title_since(self, key: str, need: list, pos: int) -> bool:
        """Whether, in this sentence or the one before and after ``key`` last spoke there, a speaker we could not
        name spoke whose words name the title's head ('A Russian deputy minister said', 'Заместитель министра обороны
        России сообщил'): a role noun right after him may stand for either, so it names nobody. (Two sentences
        only, looked up by sentence: split.py's child holds only its own part of the hits.)"""
        if not need:
            return False
        head = need[-1]
        here = self.sentence_of(pos).index
        near = [h for idx in (here - 1, here) if idx >= 0 for h in self.hits_in_sentence(idx) if h.cue_start < pos]
        for h in sorted(near, key=lambda h: h.cue_start, reverse=True):
            if h.st.speaker == key:
                return False
            if h.st.speaker is not None or not h.st.speaker_text:
                continue
            words = TOKEN.findall(h.st.speaker_text)
            keys = {TITLE_SYNONYMS.get(k, k) for w in words
                    for k in ({fold(_parse(w.lower())[0].normal_form)} if has_cyrillic(w) else {fold(w.lower())})}
            if head in keys:
                return True
        return False

    def _sole_country_with_office(self, title: str, host, pos: int) -> Optional[str]:
        """'The state secretary of the Security Council said' in an article on Belarus and Russia: of the countries
        the article names, the one where the knowledge base has a holder of that exact office on the publication
        date (Russia's council has a secretary, not a state secretary); None when two or none have one, and None
        unless another country named lists that office one word apart: only such a country shows that the title
        tells the countries apart. 'Poland and Belarus traded accusations. The chief of the General Staff said' is
        no Belarusian's: Poland has a chief of the General Staff too, however few Polish offices the knowledge base
        lists."""
        need = [k for w in TOKEN.findall(title) for k in TITLE_SYNONYMS.get(fold(w), fold(w)).split()]
        countries = list(dict.fromkeys(m.key for m in self.mentions if m.type == "country" and m.key))[:6]
        found = set()
        apart = False  # another named country lists the office one word apart
        for c in countries:
            key, _ = self._kb_holder(need, c, host, pos)
            self._role_cache.pop("host_note", None)
            if key:
                found.add(c)
                if len(found) > 1:
                    return None
            elif not apart:
                apart = self._office_kind_listed(need, c)
        return next(iter(found)) if found and apart else None

    def _office_kind_listed(self, need: list[str], country: str) -> bool:
        """Whether the knowledge base lists, for ``country`` and at any date, an office that differs from ``need``
        by one word at most ('Secretary of the Security Council' beside 'state secretary of the Security
        Council')."""
        try:
            from bellink.ingest import kb as kbmod

            roles = _kb_roles(kbmod.load())[1].get(country, ())
        except Exception:
            return False
        variants = [need] + [need[:i] + need[i + 1:] for i in range(len(need))] if len(need) > 1 else [need]
        return any(self._role_matches(v, r) for _, role in roles for r in (role.get("role"), role.get("role_ru")) if r
                   for v in variants)

    def _rank_anaphor(self, phrase: str, pos: int) -> Optional[tuple[str, float]]:
        """'"...," the general said', '– сказал генерал': a bare rank noun takes up the last speaker, as a pronoun
        would, when he serves in the forces (an office or title of the military: the chief of the General Staff
        found by office alone, 'Major General X'); otherwise None and the role is read as any other."""
        words = [w for w in TOKEN.findall(phrase) if w.lower() not in DETERMINERS and w.lower() not in ("a", "an")]
        if len(words) == 2 and words[1].lower() == "армии":
            words = words[:1]  # 'по словам генерала армии': the rank 'генерал армии' is a general's
        if len(words) != 1:
            return None
        w = words[0].lower()
        lemma = fold(_parse(w)[0].normal_form) if has_cyrillic(w) else fold(w)
        if lemma not in RANK_NOUN_KEYS:
            return None
        key, conf = self._antecedent("m", pos, self.sentence_of(pos))
        if not key or not key.startswith("person:"):
            return None
        last = next((h for h in reversed(self.hits_of(key)) if h.cue_start < pos), None)
        if last is not None and any(m.type == "person" and m.key != key
                                    for m in self.mentions_in(last.attr_stop, pos)):
            return None  # 'The troops left under General Ivan Petrov. "...," the general said': another officer
        roles, _ = self._person_roles(key)
        if not any(_keys(t) & MILITARY_ROLE_KEYS or fold(t.lower()) in MILITARY_ROLE_KEYS
                   for r in roles for t in TOKEN.findall(r)):
            return None
        # "Colonel Ivan Petrov ... '...,' the general said": a rank the roles give is the one the noun names
        held = {_rank_family(k) for r in roles for t in TOKEN.findall(r) for k in _keys(t) | {fold(t.lower())}
                if _rank_family(k)}
        if held and _rank_family(lemma) is not None and _rank_family(lemma) not in held:
            return None
        self._role_cache[("found", pos)] = f"rank noun '{words[0]}': the last speaker, who serves in the forces"
        return key, min(conf, 0.7)

    def _office_of_a_stateless_body(self, phrase: str, pos: int) -> bool:
        """Whether the phrase names an organization of no country (an alliance: NATO, the CSTO)."""
        for men in self.mentions_in(pos, pos + len(phrase)):
            if men.type != "organization" or self.is_media(men.key, men.text):
                continue
            ent = self.a.entities.get(men.key)
            if ent is not None and not ent.attrs.get("country") and ent.source != "discovered":
                return True
        return False

    def _office_institution_country(self, phrase: str, pos: int) -> Optional[str]:
        """'глава военного ведомства' after 'пресс-служба Министерства обороны Беларуси': the country of the
        institution the office's phrase takes up, when the article makes clear which one it is."""
        # the institution named in the phrase itself ('the director of the Federal Service for Military-Technical
        # Cooperation'): its country
        for men in self.mentions_in(pos, pos + len(phrase)):
            ent = self.a.entities.get(men.key) if men.type == "organization" and not self.is_media(men.key, men.text) \
                else None
            c = ent.attrs.get("country") if ent is not None else None
            if c:
                return c if ":" in c else f"country:{c}"
        words = TOKEN.findall(phrase)
        # the institution's own words, without the office's ('Глава', 'head of')
        own = " ".join(w for w in words if not (_keys(w) & ROLE_HEAD_KEYS_RU or w.lower() in ROLE_HEADS_EN
                                                 or w.lower() in ("of", "the")))
        for w in words:
            if not (_keys(w) & INSTITUTION_HEAD_KEYS_RU or w.lower() in INSTITUTION_HEADS_EN):
                continue
            key = self._institution_anaphor(own, w, pos)
            ent = self.a.entities.get(key) if key else None
            c = ent.attrs.get("country") if ent is not None else None
            if c:
                return c if ":" in c else f"country:{c}"
        return None

    def _host_of_phrase(self, phrase: str, pos: int) -> tuple[Optional[str], str]:
        """The country a role phrase posts its holder to ('ambassador in Minsk', 'envoy to Belarus', 'посол России
        в Белоруссии'), and the phrase without it (blanked, so offsets stay)."""
        hm = re.search(r"\s(?:in|to|в|при)\s+(?:the\s+)?([A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?)\s*$", phrase)
        if not hm:
            return None, phrase
        host = None
        for m in self.mentions_in(pos + hm.start(1), pos + hm.end(1)):
            if m.type == "country" and m.key:
                host = m.key
            elif m.type == "place" and m.key:
                host = _capitals().get(m.key)
        if host is None:
            host = next((c for c in map(self._country_of, TOKEN.findall(hm.group(1))) if c), None)
        if host is None:
            return None, phrase
        return host, phrase[:hm.start()] + " " * (len(phrase) - hm.start())

    def _countries_in_view(self) -> set:
        """Every country the article names, itself or through a place in it ('Brest' names Belarus)."""
        out = set()
        for m in self.mentions:
            if m.type == "country" and m.key:
                out.add(m.key)
            elif m.type == "place" and m.key:
                ent = self.a.entities.get(m.key)
                c = ent.attrs.get("country") if ent is not None else None
                if c:
                    out.add(c if ":" in c else f"country:{c}")
        return out

    def _role_host(self, role: dict) -> Optional[str]:
        """The country a knowledge-base office posts its holder to ('Ambassador of Russia to Belarus')."""
        hm = re.search(r"\bto\s+(.+)$", role.get("role") or "")
        if not hm:
            return None
        return _country_named(hm.group(1)) or next((c for c in map(self._country_of, TOKEN.findall(hm.group(1)))
                                                   if c), None)

    def _kb_holder(self, need: list[str], country: str, host: Optional[str] = None,
                   pos: Optional[int] = None, on: Optional[str] = None) -> tuple[Optional[str], float]:
        """A title the article names no one for ('the Russian defence minister said'): the one person the
        knowledge base says held it in that country on the publication date, or on ``on`` (the date of the
        occasion the office was taken up from: a counterpart met in 2021). Two envoys of that country
        ('the Russian ambassador': to Belarus and to the United States) are told apart by the host the phrase
        names, else by the one host the article names at all."""
        published = on or self.a.document.published
        if not published:
            return None, 0.4
        try:
            from bellink.ingest import kb as kbmod

            base = kbmod.load()
        except Exception:
            return None, 0.4
        holders = set()
        hosts: dict = {}
        tenures: dict = {}  # holder -> (start, end) of the matching roles: when the words may have been theirs
        for key, role in _kb_roles(base)[1].get(country, ()):
            if role.get("start") and role["start"] > published:
                continue
            if role.get("end") and role["end"] < published[: len(role["end"])]:
                continue
            if not role.get("start") and not role.get("end"):
                continue  # an undated role cannot say who held it then
            if any(self._role_matches(need, r) for r in (role.get("role"), role.get("role_ru")) if r):
                holders.add(key)
                hosts.setdefault(key, set()).add(self._role_host(role))
                tenures.setdefault(key, []).append((role.get("start"), role.get("end")))
        if host is not None or len(holders) == 1:
            # an envoy posted elsewhere is not the one the article means: 'посол России в Белоруссии' is never the
            # ambassador to the United States, nor is 'the Russian ambassador' in an article that never names the
            # United States
            view = {host} if host is not None else self._countries_in_view()
            holders = {k for k in holders if None in hosts[k] or hosts[k] & view}
        if len(holders) > 1 and all(None not in h for h in hosts.values()):
            if host is not None:
                holders = {k for k in holders if host in hosts[k]}
                self._role_cache["host_note"] = f", posted to {host.split(':')[-1]} (named in the phrase)"
            else:
                named = self._countries_in_view() - {country}
                fits = {k for k in holders if hosts[k] & named}
                if len(named) == 1 and len(fits) == 1:
                    holders = fits  # 'the Russian ambassador' in an article naming Belarus alone besides Russia
                    self._role_cache["host_note"] = \
                        f", posted to {next(iter(named)).split(':')[-1]} (the one other country the article names)"
        if len(holders) != 1:
            return None, 0.4
        key = next(iter(holders))
        ent = base.entities.get(key)
        if ent is None:
            return None, 0.4
        self.a.entities.setdefault(key, ent)
        self._role_cache.setdefault(("tenure", key), []).extend(tenures.get(key, ()))
        return key, 0.7

    def held_when(self, key: str, date) -> bool:
        """Whether the holder ``_kb_holder`` found on the publication date held the office through the whole of the
        words' own date ('said in 2019': a minister appointed in 2020 did not say it); True when nothing says."""
        tenure = self._role_cache.get(("tenure", key))
        if not tenure or date is None or not date.value or date.method == "publication":
            return True
        from bellink.dates import bounds

        try:
            lo, hi = bounds(date.value, date.end)
            return any((not start or bounds(start)[0] <= lo) and (not end or hi <= bounds(end)[1])
                       for start, end in tenure)
        except ValueError:
            return True

    def _far_and_foreign(self, key: str, pos: int) -> bool:
        """Whether the one person of the article who holds a bare office ('the president') was last named more than
        three sentences back, did not speak last, and is of another country than the one the article's lead is
        about: then the bare office may as well be the story's own country's."""
        subject = self.subject_country()
        if subject is None:
            return False
        _, pcountries = self._person_roles(key)
        if not pcountries or subject in pcountries:
            return False
        here = self.sentence_of(pos).index
        last = next((m for m in self._latest_before(pos, "person") if m.key == key), None)
        if last is not None and here - self.sentence_of(last.start).index <= 3:
            return False
        prev = next((h for h in reversed(self.hits) if h.cue_start < pos), None)
        return not (prev is not None and prev.st.speaker == key)

    def _people_set(self) -> set:
        if "people_set" not in self._role_cache:
            self._role_cache["people_set"] = set(self._people())
        return self._role_cache["people_set"]

    def _titled_just_before(self, phrase: str, pos: int) -> Optional[str]:
        """'Об этом сообщил заместитель командующего ВВС генерал-майор X. «...», – сказал заместитель командующего':
        the person who spoke last (within two sentences) when the words right before his name in that sentence hold
        every title word of the phrase (in any case); None when another person spoke since."""
        here = self.sentence_of(pos).index
        prev = next((h for h in self.hits_back(here - 2) if h.cue_start < pos and h.st.speaker), None)
        if prev is None or here - prev.cue_sentence > 2 or not prev.st.speaker.startswith("person:"):
            return None
        words = [w for w in TOKEN.findall(phrase) if self._is_title_word(w)]
        if not words:
            return None
        want = [frozenset(_keys(w)) or frozenset({fold(w.lower())}) for w in words]
        # the sentence he last spoke in, or an earlier one that introduced him ('Об этом сообщил заместитель
        # командующего X. «...», – сказал заместитель командующего. X отметил ... «...», – добавил заместитель
        # командующего': the speaker just before is he, named without the title this time; the last few of his
        # mentions only, so that a long article does not cost a walk over all of them)
        self._article_roles(prev.st.speaker)  # builds the person's mention index
        mine = self._role_cache["person_mentions"].get(prev.st.speaker, ())
        starts = self._role_cache.setdefault("person_starts", {}).get(prev.st.speaker)
        if starts is None:
            starts = [m.start for m in mine]
            # (mentions come in text order; were they not, the filter below keeps the list's own order)
            starts = self._role_cache["person_starts"][prev.st.speaker] = starts if starts == sorted(starts) else False
        if starts is False:
            mentions = [m for m in mine if m.start < pos][-4:]
        else:
            # his mentions before pos found by bisection: a walk over all of them per role noun grew with the square of a
            # long document (review P1)
            k = bisect_left(starts, pos)
            mentions = mine[max(0, k - 4):k]
        for m in reversed(mentions):
            s = self.sentence_of(m.start)
            have = set()
            for w in TOKEN.findall(self.text, max(s.start, m.start - 120), m.start):
                have |= set(_keys(w)) | {fold(w.lower())}
            if all(k & have for k in want):
                return m.key
        return None

    def _people_for(self, need: list[str], extras: list[str]) -> list[str]:
        """The article's people (``_people``) and then ``extras``, in order, who hold a role that is the office ``need``
        names. Whether one person's roles fit one office is worked out once per document (a person's roles do not
        change while statements are read): every office phrase asked it of every person, which grew with the
        square of a long document's size."""
        key = ("people_for", tuple(need))
        fit = self._role_cache.get(key)
        if fit is None:
            # each distinct title is judged once per office, not once per person who bears it (an article of
            # many people, a long digest, gives the same few titles to hundreds of them)
            holders = set()
            for role, people in self._people_by_role().items():
                if self._role_matches(need, role):
                    holders |= people
            fit = self._role_cache[key] = [k for k in self._people() if k in holders]
        return fit + [k for k in extras if self._holds(need, k)] if extras else fit

    def _people_by_role(self) -> dict:
        """Every title of the article's people (``_person_roles``) -> the set of those who bear it."""
        by_role = self._role_cache.get("people_by_role")
        if by_role is None:
            by_role = self._role_cache["people_by_role"] = {}
            for k in self._people():
                for r in self._person_roles(k)[0]:
                    by_role.setdefault(r, set()).add(k)
        return by_role

    def _holds(self, need: list[str], key: str) -> bool:
        memo = ("holds", tuple(need), key)
        if memo not in self._role_cache:
            roles, _ = self._person_roles(key)
            self._role_cache[memo] = any(self._role_matches(need, r) for r in roles)
        return self._role_cache[memo]

    def _role_matches(self, need: list[str], role: str) -> bool:
        if _role_fits(tuple(need), role):
            return True
        # the knowledge base spells the office out ('Director of the Federal Service for Military-Technical
        # Cooperation') where the article abbreviates it ('the FSVTS director'): compare the titles they name
        # (office_title is memoized per phrase: every office phrase asks about every person's roles)
        title = self.office_title(role)
        if title and _subordinate_only(role, need):
            return False  # 'First Deputy State Secretary of the Security Council' is not the state secretary
        return bool(title) and _role_fits(tuple(need), title)

    def _person_roles(self, key: str, on: Optional[str] = None) -> tuple[list[str], set]:
        """The titles the article gives a person and the knowledge base's offices he held on the publication date
        (or on ``on``), with the countries they are of."""
        memo = key if on is None else ("roles_on", key, on)
        if memo in self._role_cache:
            return self._role_cache[memo]
        roles = list(self._article_roles(key))
        countries = set()
        published = on or self.a.document.published
        try:
            from bellink.ingest import kb as kbmod

            for role in _kb_roles(kbmod.load())[0].get(key, ()):
                if published and role.get("start") and role["start"] > published:
                    continue
                if published and role.get("end") and role["end"] < published[: len(role["end"])]:
                    continue
                roles += [r for r in (role.get("role"), role.get("role_ru")) if r]
                if role.get("country"):
                    countries.add(role["country"] if ":" in role["country"] else f"country:{role['country']}")
        except Exception:  # a half-written knowledge base must not stop extraction
            pass
        if not countries:
            # the knowledge base's dated offices say whose official a person is; without them, the titles the
            # article gives him, each naming one country ('Министры обороны России и Белоруссии Шойгу и Хренин'
            # names two countries for two people, and says nothing of either)
            # and the words in front of his name ("Lithuania's foreign minister Gabrielius Landsbergis")
            fronts = [self.text[self._prefix_start(m, self.sentence_of(m.start).start):m.start]
                      for m in self._role_cache.get("person_mentions", {}).get(key, ())]
            for r in roles + fronts:
                cs = {c for w in TOKEN.findall(r) for c in (self._country_of(w) or _country_named_any_case(w),) if c}
                if len(cs) == 1:
                    countries |= cs
        ent = self.a.entities.get(key)
        if ent is not None and ent.attrs.get("country") and not countries:
            c = ent.attrs["country"]
            countries.add(c if ":" in c else f"country:{c}")
        self._role_cache[memo] = (roles, countries)
        return roles, countries


# a rank word's family, by folded key: "генерал-майор" (generalmaior), "генерал-полковник" (generalpolkovnik),
# "lieutenant-general" and "general" are one rank noun's ("the general said"); the first family found wins
RANK_FAMILIES = (("general", ("general",)), ("admiral", ("admiral",)), ("colonel", ("colonel", "polkovnik")))


def _rank_family(key: str) -> Optional[str]:
    # a loop, not next() over a generator with any() over another on the same line: the two generators' code objects
    # shared one (file, line, name) key in a profile, which kept either one's count by chance, and bench/linearity.py
    # read the swap as calls growing 12x faster than the document
    for fam, stems in RANK_FAMILIES:
        if any(s in key for s in stems):
            return fam
    return None
