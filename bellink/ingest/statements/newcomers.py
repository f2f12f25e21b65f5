"""Newcomers: someone other than the last speaker comes on stage before a pronoun, outside subject position.

A pronoun ('he said', 'по его словам') goes back to the last speaker only when nobody else can be meant. A
person the text brings in between as an object, a passive agent or an inverted subject is a second candidate,
named or not:

    "Khrenin said ... . Reporters were met by the base commander, who showed them the jets. He said ..."
    "Хренин заявил ... . Российскую делегацию возглавлял заместитель директора ФСВТС. По его словам, ..."
    "Хренин заявил ... . Корреспондент поговорил с полковником Андреем Лупиковым. «...», – сказал он."
Not a newcomer: the speaker himself under his title ('The minister then toured the hangar'), a title of a named
person's, people in the plural ('the crews', 'офицеры'), words inside quotes, a sentence whose subject is the
speaker or a pronoun of his ('Khrenin then met the colonel. He said ...', 'Затем он встретился с Борисом
Грызловым. Он сказал ...': the subject keeps the floor), or a generic head
('the head of the delegation', 'глава ведомства', which may be the speaker himself).

Lexicons: statement_titles.tsv (role_head, newcomer_excluded), statement_words.tsv (determiner).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys, _parse, _ru_cases
from bellink.ingest.statements.words import (
    DETERMINERS, GROUP_HEADS, NEWCOMER_SUBORDINATORS, PASSIVE_AUX, MONITOR_HEAD_KEYS, MONITOR_HEADS_EN, NEWCOMER_EXCLUDED, NEWCOMER_NOT_AFTER, PRONOUNS,
    ROLE_HEADS_EN, ROLE_HEAD_KEYS_RU,
)
from bellink.names import fold, has_cyrillic


def _rank_family(key: str) -> Optional[str]:
    from bellink.ingest.statements.offices import _rank_family as family  # (offices imports nothing of this module)

    return family(key)



# words between a title and the name it introduces ('commander of the brigade Colonel Andrei Lupikov')
TITLE_REACH = 6
# sentences back to the holder's last words within which another holder named counts (as far as a pronoun reaches)
RIVAL_REACH = 12
RIVAL_CHARS = 4000
_BREAK = re.compile(r"[,;:.!?()«»\"“”–—]")
_EN_SINGULAR_HEADS = frozenset(w for w in ROLE_HEADS_EN if " " not in w and fold(w) not in NEWCOMER_EXCLUDED
                               and not (w.endswith("s") and w[:-1] in ROLE_HEADS_EN) and w not in ("spokesmen",))


class Newcomers:
    def newcomer_between(self, key: str, first: int, pos: int, s, gender: Optional[str], cue=None) -> bool:
        """Whether a person other than ``key`` came on stage, outside subject position, in the sentences from
        ``first`` up to the one the pronoun's words began in, outside quoted words (in the pronoun's own sentence
        'Asked by a deputy whether ..., he replied': whoever asks is not who answers)."""
        if gender not in ("m", "f"):
            return False
        own = self._own_title_keys(key)
        for idx in range(max(first, 0), self._said_from(pos, s, cue)):
            sent = self.a.sentences[idx]
            hi = min(sent.stop, pos)
            if hi <= sent.start:
                break
            if key in self._subjects(idx, hi) or key in self._office_subjects(idx, hi) or \
                    self._pronoun_subject(sent.start, hi, gender) or self._own_title_subject(sent.start, hi, own):
                continue  # 'Khrenin then met the colonel', 'Затем он (министр) встретился с ...': the subject keeps the floor
            if self._named_newcomer(key, sent.start, hi, gender) or self._unnamed_newcomer(sent.start, hi, own):
                return True
        return False

    def _pronoun_subject(self, lo: int, hi: int, gender: str) -> bool:
        """Whether a personal pronoun of ``gender`` in the nominative ('he', 'он') comes before any person or title in
        the sentence as the subject of its main clause and of an active verb: the speaker taken up again. Not after a
        subordinating word ('Когда он прибыл, его встретил командир', 'As he arrived, ...') nor before a passive
        ('he was greeted by the base commander': the agent is the newcomer)."""
        toks = list(TOKEN.finditer(self.text, lo, hi))
        for i, t in enumerate(toks):
            low = t.group().lower()
            if low in NEWCOMER_SUBORDINATORS:
                return False
            if PRONOUNS.get(low) == gender:
                nxt = [x.group().lower() for x in toks[i + 1:i + 3]]
                if nxt and nxt[0] in PASSIVE_AUX:
                    return False
                return not self.in_speech(t.start())
            if any(m.type == "person" for m in self.mentions_in(t.start(), t.end())):
                return False
        return False

    def _own_title_subject(self, lo: int, hi: int, own: frozenset) -> bool:
        """Whether the sentence opens (within five words, before any name) with the speaker's own title or a generic
        head in the nominative as its subject: 'Затем министр осмотрел ангар вместе с командиром', 'После этого глава
        военного ведомства осмотрел ...', 'The minister then toured the hangar with the base commander'."""
        for t in list(TOKEN.finditer(self.text, lo, hi))[:5]:
            w = t.group()
            low = w.lower()
            if any(m.type == "person" for m in self.mentions_in(t.start(), t.end())):
                return False
            if has_cyrillic(w):
                keys = _keys(low) | {fold(_parse(low)[0].normal_form)}
                if keys & ROLE_HEAD_KEYS_RU and self._ru_singular_noun(low) and "nomn" in _ru_cases(low):
                    return bool(keys & (own | NEWCOMER_EXCLUDED))  # ('После' parses as 'посол' too: a noun only)
            elif low in ROLE_HEADS_EN:
                return bool((_keys(low) | {fold(low)}) & (own | NEWCOMER_EXCLUDED))
        return False

    def _named_newcomer(self, key: str, lo: int, hi: int, gender: Optional[str]) -> bool:
        for m in self.mentions_in(lo, hi):
            if m.type != "person" or not m.key or m.key == key or self.in_speech(m.start):
                continue
            if self._compatible(m.key, gender):
                return True
        return False

    def _unnamed_newcomer(self, lo: int, hi: int, own: frozenset) -> bool:
        toks = list(TOKEN.finditer(self.text, lo, hi))
        for i, t in enumerate(toks):
            w = t.group()
            low = w.lower()
            if has_cyrillic(w):
                keys = _keys(low)
                if not keys & ROLE_HEAD_KEYS_RU or keys & NEWCOMER_EXCLUDED or not self._ru_singular_noun(low):
                    continue
            else:
                if low not in _EN_SINGULAR_HEADS:
                    continue
                before = [x.group().lower() for x in toks[max(0, i - 3):i]]
                if not set(before) & DETERMINERS:
                    continue  # 'will head the talks', 'in general': no noun phrase of a person
                nxt = toks[i + 1].group() if i + 1 < len(toks) and \
                    not _BREAK.search(self.text[t.end():toks[i + 1].start()]) else ""
                if nxt[:1].isupper() or nxt.lower() in NEWCOMER_NOT_AFTER:
                    continue  # 'the General Staff', 'the general staff', 'the commander Colonel ...' (a title of a name)
                keys = _keys(low) | {fold(low)}
            if keys & own or self.in_speech(t.start()):
                continue  # the speaker under his own title ('The minister then toured the hangar')
            if self._titles_a_name(t.end(), hi):
                continue
            return True
        return False

    def _titles_a_name(self, at: int, hi: int) -> bool:
        """'командир бригады полковник Андрей Лупиков': the title of the person named right after it."""
        for m in self.mentions_in(at, min(hi + 200, self.a.sentences[-1].stop)):
            if m.type != "person":
                continue
            gap = self.text[at:m.start]
            return len(TOKEN.findall(gap)) <= TITLE_REACH and not _BREAK.search(gap)
        return False

    @staticmethod
    def _ru_singular_noun(word: str) -> bool:
        p = _parse(word)
        return bool(p) and p[0].tag.POS == "NOUN" and p[0].tag.number == "sing"

    def _own_title_keys(self, key: str) -> frozenset:
        """The word keys of every title the article or the knowledge base gives the speaker."""
        got = self._role_cache.get(("own_titles", key))
        if got is None:
            roles = list(self._article_roles(key)) + [self.best_role(key) or ""]
            out = set()
            for r in roles:
                for w in TOKEN.findall(r):
                    out |= _keys(w.lower()) | {fold(w.lower())}
            got = self._role_cache[("own_titles", key)] = frozenset(out)
        return got

    def holder_named_since(self, prev, strong: list, pos: int) -> bool:
        """Whether another holder of the title (of ``strong``) than ``prev``'s speaker was named after ``prev``'s
        words and before ``pos``, outside quotes, in any position: 'Golub said ... . Reporters spoke to Major General
        Oleg Dvigalev. The general said ...' may be either general (not in his own sentence: 'said after talks with
        his counterpart, X' names whom he spoke with)."""
        lo = max(prev.attr_stop, prev.st.stop, self.a.sentences[prev.cue_sentence].stop)  # (his own sentence's
        # people are those he spoke with: 'said after talks with his counterpart, X')
        return any(m.type == "person" and m.key in strong and m.key != prev.st.speaker and not self.in_speech(m.start)
                   for m in self.mentions_in(lo, pos))

    def holder_rival_since(self, key: str, need: list, pos: int, country: Optional[str] = None) -> bool:
        """Whether, since ``key`` last spoke, another person was named with the title the role noun at ``pos`` names
        (in the words before his name or among his titles), outside quotes: 'Голуб заявил ... . Корреспондент
        побеседовал с генерал-майором Олегом Двигалевым. Генерал сообщил ...' may be either general. With the country
        the phrase names ('The Russian minister'), a person of another country is no rival. The people named nearby
        are looked at first, the speaker's words only when one of them holds the title (a look at earlier hits keeps
        a huge document's statements child from taking the sentence: split.py)."""
        if not need:
            return False
        here = self.sentence_of(pos).index
        # (and no further back than RIVAL_CHARS: a document without punctuation is one sentence, and every role
        # noun in it looked at every person named since its start)
        lo = max(self.a.sentences[max(0, here - RIVAL_REACH)].start, pos - RIVAL_CHARS)
        rivals = [m for m in self.mentions_in(lo, pos) if m.type == "person" and m.key and m.key != key and
                  not self.in_speech(m.start) and self._holds_title(m, need[-1], country)]
        if not rivals:
            return False
        last = next((h for h in reversed(self.hits_of(key)) if h.cue_start < pos), None)
        if last is None:
            return False
        after = max(last.attr_stop, last.st.stop, self.a.sentences[last.cue_sentence].stop)
        return any(m.start >= after for m in rivals)

    def _holds_title(self, m, head: str, country: Optional[str]) -> bool:
        roles, countries = self._person_roles(m.key)
        if country is not None and countries and country not in countries:
            return False
        family = _rank_family(head)
        before = self._word_keys(("title_keys_at", m.start),
                                 lambda: TOKEN.findall(self.text, max(0, m.start - 60), m.start)[-3:])
        titles = self._word_keys(("title_keys_of", m.key), lambda: [w for r in roles for w in TOKEN.findall(r)])
        return head in before[0] or head in titles[0] or family is not None and (
            family in self._families(before) or family in self._families(titles))

    def _word_keys(self, memo: tuple, words) -> list:
        """The keys of the words ``words()`` gives (each word's, its fold, a Russian word's lemma's), memoized under ``memo``: the words
        before a mention, by its start, and a person's titles, by his key (``roles`` is ``_person_roles``' memo, made
        once per person). Every look back of ``holder_rival_since`` over its twelve sentences made them again for
        each person in them (a document without punctuation, whose sentences are cut by length only: 30,170 times
        for 13,177 look-backs at 2 MB, a quarter of the statements' CPU)."""
        got = self._role_cache.get(memo)
        if got is None:
            keys = set()
            for w in words():
                low = w.lower()
                keys |= _keys(low) | {fold(low)}
                if has_cyrillic(low):
                    keys.add(fold(_parse(low)[0].normal_form))
            got = self._role_cache[memo] = [frozenset(keys), None]
        return got

    @staticmethod
    def _families(got: list) -> frozenset:
        """The rank families of a ``_word_keys`` entry's keys, made on first need."""
        if got[1] is None:
            got[1] = frozenset(f for f in map(_rank_family, got[0]) if f)
        return got[1]

    def group_newcomer_since(self, prev, pos: int) -> bool:
        """Whether, after ``prev``'s words and before the plural pronoun at ``pos`` ('they said', 'по их словам'),
        another organization or a group of people ('officials', 'monitors', 'военные', 'мониторщики') came on stage
        outside quotes: 'The ministry said ... . Monitors of the Hajun project counted two trains. They said ...'."""
        lo = max(prev.attr_stop, prev.st.stop)
        if any(m.type == "organization" and m.key and m.key != prev.st.speaker and not self.in_speech(m.start)
               for m in self.mentions_in(lo, pos)):
            return True
        for t in TOKEN.finditer(self.text, lo, pos):
            low = t.group().lower()
            if self.in_speech(t.start()):
                continue
            if low in GROUP_HEADS or low in MONITOR_HEADS_EN or (
                    has_cyrillic(low) and _keys(low) & MONITOR_HEAD_KEYS and not self._ru_singular_noun(low)):
                return True
        return False
