"""Reporting cues in a sentence: English verb forms ("said", "told", "made clear"), "quoted ... as saying",
"according to", Russian verbs by lemma (заявил, заявила, заявляет all reach заявить) and the Russian frames
(по словам, по данным, согласно сообщению).

    "Khrenin said on Tuesday that ..."       cue "said" (class say)
    "..., — заявила Захарова."                cue "заявила" (lemma заявить)
    "По его словам, ..."                      cue "По его словам" (according, pronoun его)
Not a cue: a verb inside quoted words ("«Мы заявили, что...»" is what was said), after a negation ("не
заявил"), an auxiliary or a modal ("was said", "would say"), or a capitalized "Says" mid-sentence.

Lexicons: speech_verbs.tsv; statement_patterns.tsv (quoted_as_saying, quoted_active, according_en,
according_ru); statement_words.tsv (negation, passive_aux, determiner, modal).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from bellink.ingest.docgate import may
from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _START, _parse, _ru_cases
from bellink.ingest.statements.values import Cue
from bellink.ingest.statements.impersonal import impersonal_en
from bellink.ingest.statements.verbs import WORD_EN, _en_first_words, _ru_phrase_verb, _ru_verb_token, ru_phrase_cue, verbs
from bellink.ingest.statements.words import (
    ACCORDING_EN, ACCORDING_RU, LEARNED_EN, LEARNED_RU, THIS_WAS_BY_EN, DETERMINERS, MODALS, NEGATED_CUES, NEGATED_DENIALS, NEGATION, PASSIVE_AUX, QUOTED_ACTIVE, QUOTED_AS_SAYING, QUOTED_NAMED,
    QUOTED_WORDS_RU, REQUIRED_LITERALS,
)
from bellink.names import has_cyrillic


@lru_cache(maxsize=200_000)
def _may_cue_ru(w: str) -> bool:
    """Whether the Russian cue loop below can do anything for the token ``w``: a reporting verb, a verb of a fixed
    phrase of saying ('обратил внимание'), or 'исключ...' (read after a negation)."""
    return bool(_ru_verb_token(w)) or w.lower().startswith("исключ") or \
        (has_cyrillic(w) and bool(_ru_phrase_verb(w.lower())))


def _genitive_then_comma(seg: str, at: int) -> bool:
    """'По заявлению министра обороны Виктора Хренина, ...': only a genitive name phrase, closed by a comma, follows
    the cue (as after 'по словам'); a predicate or a preposition before the comma ('По заявлениям Хренина о
    поставках судить сложно, ...', 'По заявлению X возбуждено дело') makes it no speaker's words."""
    comma = seg.find(",", at)
    if comma < 0 or comma - at > 80:
        return False
    words = TOKEN.findall(seg, at, comma)
    return bool(words) and all(w[:1].isupper() or _ru_cases(w) & {"gent", "fixd"} for w in words)


class CueFinding:
    def _en_matches(self, rx, s) -> list:
        """Matches of ``rx`` over the whole text, computed once, for sentence ``s``."""
        key = ("rx", id(rx))
        if key not in self._role_cache:
            need = REQUIRED_LITERALS.get(rx, ())
            found = list(rx.finditer(self.text)) if all(any(w in self.text for w in alts) for alts in need) else []
            self._role_cache[key] = (rx, found, [m.start() for m in found])
        _, found, starts = self._role_cache[key]
        i = bisect.bisect_left(starts, s.start)
        out = []
        while i < len(found) and found[i].start() < s.stop:
            if found[i].end() <= s.stop:
                out.append(found[i])
            i += 1
        return out

    def _en_verbs(self, s) -> list:
        """Spans of English reporting-verb forms in sentence ``s`` (a word lookup, not a regex alternation)."""
        if "en_verbs" not in self._role_cache:
            first = _en_first_words()
            spans = []
            text = self.text
            for m in WORD_EN.finditer(text):
                forms = first.get(m.group().lower())
                if not forms:
                    continue
                for form in forms:  # longest first: 'made it clear' before 'made clear'
                    rest = form[1:]
                    pos, ok = m.end(), True
                    for w in rest:
                        mm = WORD_EN.match(text, pos + 1) if text[pos:pos + 1] == " " else None
                        if mm is None or mm.group().lower() != w:
                            ok = False
                            break
                        pos = mm.end()
                    if ok:
                        if text[pos:pos + 1] not in ("-",) and text[m.start() - 1:m.start()] not in ("-", "'", "’"):
                            spans.append((m.start(), pos))
                        break
            self._role_cache["en_verbs"] = (spans, [a for a, _ in spans])
        spans, starts = self._role_cache["en_verbs"]
        i = bisect.bisect_left(starts, s.start)
        out = []
        while i < len(spans) and spans[i][0] < s.stop:
            out.append(spans[i])
            i += 1
        return out

    def cues(self, s) -> list[Cue]:
        text = self.text
        found: list[Cue] = []
        seg = text[s.start:s.stop]
        if self.lang == "en" or not has_cyrillic(seg):
            v = verbs()
            for m in self._en_matches(QUOTED_AS_SAYING, s):
                start, stop = m.start(), m.end()
                if not self.in_speech(start):
                    found.append(Cue(start, stop, m.group(), "say", "quote", s.index, channel_text=m.group("ch")))
            for m in self._en_matches(QUOTED_ACTIVE, s):
                start, stop = m.start(), m.end()
                if not self.in_speech(start) and not any(c.start <= start < c.stop for c in found):
                    found.append(Cue(start, stop, m.group(), "quoted_active", "quote", s.index,
                                     channel_text=m.group("who")))
            for m in self._en_matches(QUOTED_NAMED, s):
                start, stop = m.start(), m.end()
                if not self.in_speech(start) and not any(c.start <= start < c.stop for c in found):
                    found.append(Cue(start, stop, m.group(), "quoted_active", "quote", s.index,
                                     channel_text=m.group("who")))
            for m in (LEARNED_EN.finditer(text, s.start, s.stop) if may(LEARNED_EN, text) else ()):
                if not self.in_speech(m.start()):  # 'BelTA learned from X that ...' (learned.py)
                    found.append(Cue(m.start(), m.end(), m.group(), "learned", "learn", s.index))
            for m in self._en_matches(THIS_WAS_BY_EN, s):
                if not self.in_speech(m.start()):  # 'This was stated by X' (constructions.this_was_by)
                    found.append(Cue(m.start(), m.end(), m.group(), "this_was", "this was by", s.index))
            for start, stop in self._en_verbs(s):
                word = text[start:stop]
                if any(c.start <= start < c.stop for c in found):
                    continue
                if self.in_speech(start):
                    if self.is_inner_cue(start):  # '“The crews are ready — said the minister. — ...”'
                        klass, lemma = v.en_forms[re.sub(r"\s+", " ", word.lower())]
                        found.append(Cue(start, stop, word, "inner", lemma, s.index))
                    continue
                if word[:1].isupper() and text[s.start:start].strip():
                    continue  # a capitalized "Says" mid-sentence is a name or a title
                klass, lemma = v.en_forms[re.sub(r"\s+", " ", word.lower())]
                before = self.word_before(start, s.start)
                if (before in PASSIVE_AUX or before in DETERMINERS - {"then"} or before in NEGATION or before in MODALS) \
                        and re.search(r"\w\s*$", text[max(s.start, start - 20):start]) and \
                        not (before in PASSIVE_AUX and impersonal_en(text, s.start, start, stop)):
                    continue  # 'was said', 'did not say'; not '“... there is no,” said' (the quote's last word)
                found.append(Cue(start, stop, word, klass, lemma, s.index))
            for m in self._en_matches(ACCORDING_EN, s):
                start = m.start()
                if not self.in_speech(start):
                    found.append(Cue(start, m.end(), m.group(), "according", "according to", s.index,
                                     pron=m.groupdict().get("pron")))  # 'In his view, ...'
        if self.lang == "ru" or has_cyrillic(seg):
            quoted = []
            for m in (QUOTED_WORDS_RU.finditer(seg) if may(QUOTED_WORDS_RU, text) else ()):
                # '«...», – приводятся в сообщении слова X': the speaker after 'слова' (constructions.py)
                start = s.start + m.start()
                if not self.in_speech(start):
                    quoted.append(Cue(start, s.start + m.end(), m.group(), "quoted_active", "quote", s.index,
                                      channel_text=m.group("who")))
            found.extend(quoted)
            # (a sentence none of whose words is a reporting verb or begins with "исключ" gives nothing below)
            for m in (TOKEN.finditer(seg) if any(map(_may_cue_ru, TOKEN.findall(seg))) else ()):
                w = m.group()
                hit = _ru_verb_token(w)
                start, stop = s.start + m.start(), s.start + m.end()
                if not hit and _may_cue_ru(w):
                    phrase = ru_phrase_cue(text, start, stop)  # 'высоко оценил', 'обратил внимание' (speech_verbs 'with')
                    if phrase is not None:
                        hit, (start, stop) = phrase[:2], phrase[2:]
                        w = text[start:stop]
                if not hit and w.lower().startswith("исключ") and \
                        self.word_before(s.start + m.start(), s.start) in NEGATION and \
                        _parse(w.lower())[0].normal_form in NEGATED_CUES:
                    if not self.in_speech(s.start + m.start()):  # 'не исключил, что ...'
                        neg = text.rfind("не", s.start, s.start + m.start())
                        found.append(Cue(neg, s.start + m.end(), text[neg:s.start + m.end()], "that",
                                         "не " + _parse(w.lower())[0].normal_form, s.index))
                    continue
                if not hit or (w[:1].isupper() and start > s.start):
                    continue
                if any(c.start <= start < c.stop for c in quoted):
                    continue
                if self.in_speech(start):
                    if self.is_inner_cue(start):  # '«..., – сказал посол. – ...»' (inner_quotes.py)
                        found.append(Cue(start, stop, w, "inner", hit[1], s.index))
                    continue
                if hit[0] == "add" and not re.search(r",\s*$", text[s.start:start]):
                    continue  # 'Отметив, что ..., министр заявил': a gerund reports speech only after a comma
                before = self.word_before(start, s.start)
                if before in NEGATION and re.search(r"\w\s*$", text[max(s.start, start - 20):start]):
                    if hit[1] in NEGATED_DENIALS and before == "не":
                        # 'в Минобороны не подтвердили': a denial of what it takes as object
                        neg = text.rfind("не", s.start, start)
                        found.append(Cue(neg, stop, text[neg:stop], "object", "не " + hit[1], s.index))
                    continue  # 'не сказал'; not '«... нет», – сказал' (the quote's last word)
                found.append(Cue(start, stop, w, hit[0], hit[1], s.index))
            for m in (LEARNED_RU.finditer(seg) if may(LEARNED_RU, text) else ()):
                if not self.in_speech(s.start + m.start()):  # 'Как стало известно БелТА в X, ...' (learned.py)
                    found.append(Cue(s.start + m.start(), s.start + m.end(), m.group(), "learned", "стать известно",
                                     s.index))
            for m in ACCORDING_RU.finditer(seg):
                start = s.start + m.start()
                if not self.in_speech(start):
                    if m.group("what") in ("заявлению", "заявлениям") and not _genitive_then_comma(seg, m.end()):
                        continue  # 'По заявлениям Хренина о поставках судить сложно, ...': not 'по словам X,'
                    kind = "according" if m.group("what") in ("словам", "мнению", "заявлению", "заявлениям") else "according_data"
                    found.append(Cue(start, s.start + m.end(), m.group(), kind, m.group("what") or m.group("doc") or m.group("src"),
                                     s.index, pron=m.group("pron")))
        found.sort(key=_START)
        return found
