"""A quote introduced by its speaker and a colon, with no reporting verb: the speaker opens the sentence.

    "Shoigu was upbeat: “Our armies think and act as one.”"                      constructions:colon_lead
    "The Belarusian defence minister was blunt about priorities: \"Air defence comes first ...\""
    "Минский аналитик Павел Горбунов высказался прямо: «Без белорусских шасси ...»"
Not a statement: "The plan has three parts: «Тор», «Бук» and «Панцирь»" (no speaker opens the sentence, and names
in quotes are no words said), "The question is simple: \"...\"" (no person, role or institution as subject).

The subject is read by speakers.py's one search (``left_subject``) as if the verb stood right after it; the words
between it and the colon must be a short predicate (at most eight words, no comma, no clause of its own) that says
how the speaker was or spoke, or what about: a linking or manner verb ('was blunt', 'sounded confident', 'put it
bluntly', 'был настроен оптимистично', 'высказался прямо'), a Russian short adjective ('уверен') or a topic
('Шойгу о поставках:'). Any other verb acts on something, and the quote is that thing's words, not the subject's:
"Lukashenko read out the letter from Putin: \"...\"", "Шойгу привел слова Лукашенко: «...»", "signed a decree with a
clear title: \"...\"" are no statements of the subject.

Lexicons: statement_words.tsv (colon_link, colon_topic, colon_adverb).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _parse, _ru_pos
from bellink.ingest.statements.values import Cue, Hit
from bellink.ingest.statements.words import (
    COLON_ADVERBS, COLON_LINKS, COLON_TOPICS, COLON_VIEW_VERBS, COLON_VIEWS, ROLE_MODIFIERS_EN,
)
from bellink.names import fold, has_cyrillic

OPEN_MARKS = "\"“«„"
# a lead-in before the speaker, set off by one comma: a question put to him or the topic ('Asked about the base,',
# 'On the S-400,', 'Отвечая на вопрос о базе,', 'О поставках С-400,')
INTRO_BEFORE_COMMA = re.compile(
    r"\s*(?:(?:When\s+)?[Aa]sked|[Ss]peaking|[Cc]ommenting|[Tt]urning\s+to|[Oo]n|[Aa]s\s+for|[Rr]egarding|"
    r"[Оо]твечая|[Кк]омментируя|[Гг]оворя|[Оо]|[Пп]о\s+поводу|[Чч]то\s+касается)\s[^,]{2,100},")
COLON_QUOTE = re.compile(r":\s*[" + OPEN_MARKS + r"]")
# a colon before words that are not quoted ('sees a different reason: Russia's own air force ...')
VIEW_COLON = re.compile(r":\s+(?=[\w])")
MAX_VIEW_PREDICATE_WORDS = 5
MAX_PREDICATE_WORDS = 8
MIN_QUOTE_WORDS = 4


def _adverb(w: str) -> bool:
    if has_cyrillic(w):
        return _ru_pos(w) in ("ADVB", "PRCL")
    return w in COLON_ADVERBS or (w.endswith("ly") and len(w) > 4)


def _verb_ru(w: str) -> bool:
    return has_cyrillic(w) and _ru_pos(w) in ("VERB", "INFN", "GRND", "PRTF")


def predicate_says_how(words: list[str]) -> bool:
    """Whether the words between a speaker and a colon say how the speaker was or spoke, or what about (not what the
    speaker did to something: 'read out the letter', 'процитировал лозунг')."""
    w = [x.lower() for x in words]
    if not w or w[0] in COLON_TOPICS:
        return True  # 'Песков: «...»', 'Шойгу о поставках: «...»'
    i = 0
    while i < len(w) - 1 and _adverb(w[i]):
        i += 1
    rest = w[i:]
    for link in COLON_LINKS:
        if tuple(rest[:len(link)]) == link:
            after = rest[len(link):]
            if after and not has_cyrillic(after[0]) and after[0].endswith("ing"):
                return False  # 'was reading out a letter:', 'was holding a poster:'
            return not any(_verb_ru(x) for x in after)
    if has_cyrillic(rest[0]) and _ru_pos(rest[0]) in ("ADJS", "PRTS"):
        return not any(_verb_ru(x) for x in rest[1:])  # 'уверен', 'был настроен' without a copula
    return False


def _view_noun(w: str) -> bool:
    """'reason', 'explanation', 'причину', 'объяснение' (statement_words.tsv colon_view), by lemma in Russian."""
    w = w.lower()
    if has_cyrillic(w):
        return fold(_parse(w)[0].normal_form) in COLON_VIEWS if _parse(w) else False
    return w in COLON_VIEWS or (w.endswith("s") and w[:-1] in COLON_VIEWS)


def _predicate_names_a_view(words: list[str]) -> bool:
    """'sees a different reason', 'offers a simpler explanation', 'видит другую причину спешки': a short predicate
    whose object is a noun of explanation (the last word, or the one before a genitive in Russian)."""
    if not 2 <= len(words) <= MAX_VIEW_PREDICATE_WORDS:
        return False
    if any(w.lower() in ("not", "no", "не", "нет") for w in words):
        return False  # 'sees no reason:' has no view to give
    verb = next((w for w in words if not _adverb(w.lower())), "")
    if has_cyrillic(verb):
        parses = _parse(verb.lower())
        if not parses or fold(parses[0].normal_form) not in COLON_VIEW_VERBS:
            return False
    elif verb.lower() not in COLON_VIEW_VERBS:
        return False  # 'has a simple reason:', 'knows the reason:', 'discussed the reasons:': no view given
    tail = words[-2:] if has_cyrillic(words[-1]) else words[-1:]
    return any(_view_noun(w) for w in tail)


class ColonLead:
    def colon_lead(self, s, accepted: list) -> Optional[Hit]:
        """The statement of a sentence 'SPEAKER PREDICATE: «QUOTE»' that no reporting verb introduced."""
        text = self.text
        if accepted:
            return None
        m = COLON_QUOTE.search(text, s.start, s.stop)
        if m is None:
            return self.colon_view(s)
        colon = m.start()
        q = self.quote_opening_at(m.end() - 1)
        if q is None or q.open != m.end() - 1:
            return None
        cs, ce = self.inner(q)
        if len(TOKEN.findall(text[cs:ce])) < MIN_QUOTE_WORDS:
            return None  # 'three parts: «Тор», «Бук»': names in quotes, no words said
        tail = text[q.close + 1:max(s.stop, q.close + 1)]
        if tail.strip(" \t\u00a0.,;!?…»\"”") and q.close < s.stop:
            return None
        lead = text[s.start:colon]
        lo = s.start
        if lead.count(",") == 1 and INTRO_BEFORE_COMMA.match(lead):
            lo = s.start + lead.index(",") + 1  # 'Asked about the base, Khrenin was firm: «...»': the speaker opens after it
        elif "," in lead:
            return None
        if self.in_speech(s.start):
            return None
        found = self._colon_subject(s, lo, colon, predicate_says_how)
        if found is None:
            return None  # no speaker opens the sentence, or the subject acted on something: not its own words
        who, cue = found
        return self.make(cue, s, who, cs, ce, forward=True, attr_start=who.start, attr_stop=colon + 1,
                         direct=True, rule="constructions:colon_lead")

    def colon_view(self, s) -> Optional[Hit]:
        """'Military analyst Yuras Bialiak sees a different reason: Russia's own air force takes all the jets.',
        'Обозреватель Зыгмунт Блажевич видит другую причину: Минск торопится закрыть контракты.': the speaker's
        view, named by a noun of explanation right before the colon, is the words after it (not quoted)."""
        text = self.text
        m = VIEW_COLON.search(text, s.start, s.stop)
        if m is None or self.in_speech(m.start()):
            return None
        colon = m.start()
        cs, ce = self.trim(m.end(), s.stop)
        if len(TOKEN.findall(text, cs, ce)) < MIN_QUOTE_WORDS or re.search(r"[:" + OPEN_MARKS + r"]", text[cs:ce]):
            return None
        lead = text[s.start:colon]
        if "," in lead or self.in_speech(s.start):
            return None
        words = TOKEN.findall(lead)
        if any(w.lower() in ("and", "и", "или", "or") for w in words):
            return None  # 'Shoigu and Khrenin discussed the reasons:': two subjects, no one's view
        if not words or not any(map(_view_noun, words[-2:] if has_cyrillic(words[-1]) else words[-1:])):
            return None
        found = self._colon_subject(s, s.start, colon, _predicate_names_a_view)
        if found is None or found[0].key is None:
            return None  # (a view with no one to hold it is no one's statement: words without quotes need a speaker)
        who, cue = found
        return self.make(cue, s, who, cs, ce, forward=True, attr_start=who.start, attr_stop=colon + 1,
                         direct=False, rule="constructions:colon_view")

    def _title_only(self, lo: int, hi: int) -> bool:
        """Whether the words between ``lo`` and ``hi`` are a title in English ('Military analyst'), its modifiers and
        one title word at least."""
        words = TOKEN.findall(self.text, lo, hi)
        return bool(words) and not any(map(has_cyrillic, words)) and \
            any(self._is_title_word(w) for w in words) and \
            all(self._is_title_word(w) or w.lower() in ROLE_MODIFIERS_EN for w in words)

    def _colon_subject(self, s, lo: int, colon: int, predicate_ok) -> Optional[tuple]:
        """(speaker, cue) of 'SPEAKER PREDICATE:' opening the sentence at ``lo``, the predicate accepted by
        ``predicate_ok``; None when no speaker opens it or the predicate is refused."""
        text = self.text
        toks = list(TOKEN.finditer(text, lo, colon))
        # where the predicate may begin, the longest subject first: right before the colon ('Пресс-секретарь
        # президента Дмитрий Песков: «...»'), then before each word, right to left
        starts = [colon] + [t.start() for t in reversed(toks[1:])]
        named = None  # a name right before the predicate that a role we did not join to it opens the sentence with
        for k, at in enumerate(starts):
            if k > MAX_PREDICATE_WORDS:
                break  # the predicate would be too long
            cue = Cue(at, at, "", "colon", "colon", s.index)
            who = self.left_subject(cue, s, lo)
            if who is None or isinstance(who, str) or who.kind in ("pronoun", "group", "media"):
                continue
            if text[who.stop:at].strip():
                continue  # the speaker must end where the predicate begins
            if text[lo:who.start].strip(" \t\u00a0\"“«"):
                if named is None and who.kind == "name" and who.key is not None and \
                        re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", who.text) and self._title_only(lo, who.start):
                    # 'Military analyst Yuras Bialiak sees ...': a title the name does not take in opens it
                    if not predicate_ok(TOKEN.findall(text, at, colon)):
                        return None
                    return replace(who, start=lo, role=who.role or text[lo:who.start].strip()), cue
                if named is None and who.key is not None and who.kind == "name":
                    named = (who, at)
                continue  # ... and open the sentence
            if who.key is None and who.kind == "unknown":
                continue
            if named is not None and who.kind == "role" and \
                    TOKEN.findall(text, who.stop, named[1]) == TOKEN.findall(named[0].text):
                # 'Эксперт по вопросам безопасности Сергей Лапицкий уверен: «...»': the role, then the name
                who, at = replace(named[0], start=who.start, role=named[0].role or who.role), named[1]
            if not predicate_ok(TOKEN.findall(text, at, colon)):
                return None
            return who, cue
        return None
