"""Titles in front of and beside names ('Belarusian Defense Minister Gen. Lt. Andrey Ravkov',
', chief of the radio-technical troops,'): where the title begins, its text, ranks apart.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys, _ru_cases, _ru_pos, _ru_role_nominative
from bellink.ingest.statements.words import (
    RANKS_AT_END,
    INSTITUTION_HEAD_KEYS_RU, PREPOSITIONS_RU, RELATIVE_ROLE, ROLE_HEADS_EN, ROLE_HEAD_KEYS_RU, ROLE_MODIFIERS_EN,
    DETERMINERS, TITLE_IGNORED,
)
from bellink.names import has_cyrillic



@lru_cache(maxsize=50_000)
def _title_word(w: str) -> bool:
    """A role or institution head word ("minister", "министр", "ведомство"); asked for every word of the
    article an office may end on, so remembered per word."""
    lw = w.lower()
    if lw in ROLE_HEADS_EN or lw.rstrip("s") in ROLE_HEADS_EN:
        return True
    return bool(_keys(w) & _HEAD_KEYS_RU)


_HEAD_KEYS_RU = ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU

class Titles:
    def _rank_only(self, role: str) -> bool:
        """'Colonel', 'Gen. Lt.', 'полковник': a rank, not the job the article gives."""
        from bellink.ingest.entities import RANK_WORDS_EN, RANK_WORDS_RU

        words = [w.lower() for w in TOKEN.findall(role)]
        return bool(words) and all(w in RANK_WORDS_EN or w in RANK_WORDS_RU for w in words)

    def best_role(self, key: Optional[str]) -> Optional[str]:
        """The most specific job title the article gives a person anywhere (ranks only as a last resort)."""
        if not key:
            return None
        roles = [r for r in self._article_roles(key) if not self._rank_only(r) and not RELATIVE_ROLE.search(r)]
        return max(roles, key=lambda r: len(TOKEN.findall(r))) if roles else None

    def _prefix_start(self, m, bound: int) -> int:
        """Where the title in front of a name begins ('Belarusian Defense Minister Gen. Lt. Andrey Ravkov')."""
        key = self._memo_key("prefix", m, bound)
        got = self._prefix_memo.get(key)
        if got is None:
            got = self._prefix_memo[key] = self._prefix_start_uncached(m, bound)
        return got

    def _prefix_start_uncached(self, m, bound: int) -> int:
        text = self.text
        pos = m.start
        toks = list(TOKEN.finditer(text, bound, m.start))
        start = m.start
        commas = 0
        possessive = False
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.group() == "s" and t.start() > 0 and text[t.start() - 1] in "'’":
                possessive = True  # "the plant's director general": the owner word comes next
                pos = t.start() - 1
                continue
            between = text[t.end():pos]
            if possessive:
                possessive = False
                if between == "":
                    start = pos = t.start()
                    continue
            if between.strip(" .\"«»„“”") != "":
                if between.strip() == "," and commas == 0 and self._is_title_word(t.group()):
                    commas += 1
                else:
                    break
            if self.in_timex(t.start()):
                break
            w = t.group()
            lw = w.lower()
            inside = self.mention_at(t.start())
            if inside is not None and inside is not m and (inside.type == "person" or self.is_media(inside.key, inside.text)):
                break  # another name, or the outlet: 'рассказал агентству БелТА генеральный директор'
            if has_cyrillic(w):
                if lw == "и" and start < m.start and "gent" in _ru_cases(self.text[start:m.start].split()[0]):
                    start = t.start()
                    pos = t.start()
                    continue  # 'начальник войск ВВС и войск ПВО'
                if lw in PREPOSITIONS_RU or _ru_pos(lw) in ("VERB", "CONJ", "PREP", "PRCL", "ADVB", "GRND", "INFN"):
                    break
                cases = _ru_cases(w)
                if w.islower() and cases and not cases & {"nomn", "gent", "fixd"}:
                    break
            else:
                if lw in ("the", "of", "for") and self._title_chain_goes_on(toks, k, start):
                    pos = t.start()  # 'Deputy Commander of the Special Operations Forces for Armament Colonel X'
                    continue
                if not (w[:1].isupper() or lw in ROLE_MODIFIERS_EN or lw.rstrip("s") in ROLE_HEADS_EN
                        or lw in ROLE_HEADS_EN or (lw in TITLE_IGNORED and lw not in DETERMINERS)):
                    break  # ('longtime President X', 'self-proclaimed president X': words on the office, not of it)
                if lw in ("the", "a", "an", "its", "his", "her", "their"):
                    start = t.start()  # the determiner opens the phrase: 'the Belarusian Defence Ministry'
                    break
                if lw in ("of", "and") and not w[:1].isupper():
                    break
            start = t.start()
            pos = t.start()
        return start

    def _title_chain_goes_on(self, toks: list, k: int, start: int) -> bool:
        """Whether 'of'/'for'/'the' at ``toks[k]`` joins two capitalized parts of one title ('Deputy Commander of the
        Special Operations Forces', 'Chief of Armament'): a capitalized word follows it (already in the title) and,
        through 'the', 'of' or 'for', a capitalized title word precedes it."""
        text = self.text
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.group().lower() == "the" and toks[k].group().lower() != "the":
            nxt = toks[k + 2] if k + 2 < len(toks) else None
        if nxt is None or nxt.start() > start or not nxt.group()[:1].isupper():
            return False
        j = k - 1
        if toks[k].group().lower() == "the":
            if j < 0 or toks[j].group().lower() not in ("of", "for"):
                return False
            j -= 1
        if j < 0 or text[toks[j].end():toks[j + 1].start()].strip():
            return False
        w = toks[j].group()
        return w[:1].isupper() and (self._is_title_word(w) or w.lower() in ROLE_MODIFIERS_EN or
                                    self._title_word_before(toks, j))

    def _title_word_before(self, toks: list, j: int) -> bool:
        """Whether the capitalized run ending at ``toks[j]`` ('Armament Department') opens on a title word ('Chief
        of the Armament Department of the Armed Forces'), with only 'of'/'the'/'for' and capitals on the way."""
        text = self.text
        while j >= 0:
            w = toks[j].group()
            if self._is_title_word(w) and w[:1].isupper():
                return True
            if not (w[:1].isupper() or w.lower() in ("of", "the", "for")):
                return False
            if j and text[toks[j - 1].end():toks[j].start()].strip():
                return False
            j -= 1
        return False

    def _is_title_word(self, w: str) -> bool:
        return _title_word(w)

    def _role_prefix_text(self, m, bound: int, allow_comma: bool = False) -> Optional[str]:
        key = self._memo_key(("role", allow_comma), m, bound)
        if key not in self._prefix_memo:
            self._prefix_memo[key] = self._role_prefix_text_uncached(m, bound)
        return self._prefix_memo[key]

    def _role_prefix_text_uncached(self, m, bound: int) -> Optional[str]:
        start = self._prefix_start(m, bound)
        # the title begins at its first title word, with the adjectives right before it
        toks = list(TOKEN.finditer(self.text, start, m.start))
        first = next((i for i, t in enumerate(toks) if self._is_title_word(t.group())), None)
        if first is None:
            return None
        i = first
        while i > 0 and self.text[toks[i - 1].end():toks[i].start()].strip(" '’") == "":
            w = toks[i - 1].group()
            if has_cyrillic(w):
                if _ru_pos(w) not in ("ADJF", "PRTF", "NUMR") and not w[:1].isupper():
                    break
            elif not (w[:1].isupper() or w.lower() in ROLE_MODIFIERS_EN) or w.lower() in ("the", "a", "an"):
                break
            i -= 1
        start = toks[i].start()
        role = self.text[start:m.start].strip(" ,")
        if not role:
            return None
        # drop ranks at the end ("Gen. Lt.") to keep the job title
        role = RANKS_AT_END.sub("", role).strip(" ,")
        from bellink.ingest.entities import RANK_WORDS_RU

        words = role.split()
        while len(words) > 1 and words[-1].lower() in RANK_WORDS_RU:
            words.pop()  # 'командир бригады полковник' -> the job, not the rank
        role = _ru_role_nominative(" ".join(words)) if has_cyrillic(role) else " ".join(words)
        return role or None

    def _appositive_role(self, gap: str) -> Optional[str]:
        """', chief of the radio-technical troops of ...,' between a name and its verb."""
        mm = re.match(r"^\s*,\s*([^,]{3,180}?),", gap)
        if not mm:
            return None
        words = TOKEN.findall(mm.group(1))
        if not words or words[0].lower() in ("who", "which", "that", "whose", "который", "которая", "которые"):
            return None
        if any(has_cyrillic(w) and _ru_pos(w) in ("VERB", "PRTF", "PRTS", "GRND") for w in words):
            return None  # a participle clause ('наблюдавший за ...'), not a title
        if any(self._is_title_word(w) for w in words[:4]):
            return mm.group(1).strip()
        return None

    def _people(self) -> list[str]:
        if "people" not in self._role_cache:
            self._role_cache["people"] = list(dict.fromkeys(m.key for m in self.mentions
                                                            if m.type == "person" and m.key))
        return list(self._role_cache["people"])

    def _article_roles(self, key: str) -> list[str]:
        """Titles the article itself gives a person, in order of appearance."""
        if ("article", key) in self._role_cache:
            return self._role_cache[("article", key)]
        roles = []
        if "person_mentions" not in self._role_cache:
            by_key: dict = {}
            for m in self.mentions:
                if m.type == "person":
                    by_key.setdefault(m.key, []).append(m)
            self._role_cache["person_mentions"] = by_key
        for m in self._role_cache["person_mentions"].get(key, ()):
            if m.role:
                roles.append(m.role)
            s = self.sentence_of(m.start)
            r = self._role_prefix_text(m, s.start, allow_comma=True)
            if r:
                roles.append(r)
            r = self._appositive_role(self.text[m.stop:s.stop])
            if r:
                roles.append(r)
        if "roles_by_key" not in self._role_cache:  # the entity stage's roles, by person (a scan per person grew
            by_person: dict = {}                      # with the square of a long document's size)
            for k, r in self.a.roles:
                by_person.setdefault(k, []).append(r)
            self._role_cache["roles_by_key"] = by_person
        roles += self._role_cache["roles_by_key"].get(key, [])
        roles = list(dict.fromkeys(roles))
        self._role_cache[("article", key)] = roles
        return roles
