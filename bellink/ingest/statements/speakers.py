"""The speaker phrase next to a cue, on the left or on the right of the verb.

    "Belarusian Defence Minister Viktor Khrenin said"     a name, with the title before it as the role
    "Пресс-служба Минобороны сообщила"                      an institution (the organization after a voice noun)
    "..., said the Russian diplomat" / "..., подчеркнул белорусский лидер"   a role phrase (offices.py)
    "сообщили в ФСВТС"                                      an impersonal plural verb: the institution
Not a speaker: an outlet ("told TASS", "сообщили «Интерфаксу»": channels.py), a name after a preposition
("talks with Shoigu"), a country ("Belarus has rejected"), someone inside an institution ("сказал источник
в Минобороны" is not the ministry).

Lexicons: statement_titles.tsv (role_head, institution_head, voice_of_org, role_modifier, group_head),
statement_words.tsv (preposition, relative, outlet_noun), statement_patterns.tsv (filler, channel_before,
channel_adjunct, title_abbreviation).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.entities.tokens import RANKS_EN
from bellink.ingest.statements.morph import _keys, _may_end_with_filler, _parse, _ru_cases, _ru_plural, _ru_pos
from bellink.ingest.statements.tails import search_after_stops
from bellink.ingest.statements.values import Cue, Who
from bellink.ingest.statements.words import (
    AUX_EN, PRONOUN_AFTER_VERB, PRONOUN_AT_END, VOICE_OF_BEFORE_EN, VOICE_PERSONS,
    CHANNEL_ADJUNCT, CHANNEL_BEFORE, COUNTRY_ADJ, EN_HEAD_AT_END, FILLERS_AT_END, GAP_OK, GENERIC_SOURCE_KEYS,
    GROUP_HEADS, INSTITUTION_HEAD_KEYS_RU, INSTITUTION_HEADS_EN, NP_AFTER_VERB_EN, OUTLET_NOUN_KEYS, PLATFORM_WORDS, RANK_NOUN_WORDS,
    PREPOSITIONS_EN,
    PREPOSITIONS_RU, RANK_ABBREVIATION_AT_END, RELATIVE, RELATIVE_ROLE, RELATIVE_SUBJECT_GAP, ROLE_HEAD_KEYS_RU,
    ROLE_HEADS_EN,
    ROLE_MODIFIERS_EN, SPEAKER_TYPES, SUBORDINATE_KEYS, TITLE_IGNORED, VOICE_OF_ORG,
)
from bellink.names import fold, has_cyrillic


# ranks right before a name set off by commas ('..., Major General Sergei Kovalyov, said'); English rank words
_RANKS_BEFORE_NAME = re.compile(rf"(?<=,)(?:\s*(?:{RANKS_EN})\b\.?)+\s*$")
# 'As Lukashenko said, ...': a comma within 30 characters after the verb, matched in place (not on a copy of the rest of
# the document)
AS_CLAUSE_COMMA = re.compile(r"[^,.;:!?]{0,30},")
# '..., as the Russian Defence Ministry confirmed on Friday.': 'as' after a comma, and only a time or a place after the
# verb to the sentence's end (the words are the clause before the comma)
AS_TAIL_BEFORE = re.compile(r",\s+as\s+(?:[\w.'’-]+\s+){0,6}?$", re.IGNORECASE)
AS_TAIL_AFTER = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier|later|yesterday|today)\b[^,;:«»\"“”()]{0,40})?\s*[.!?]?\s*")
ABBREVIATION_AT_END = re.compile(r"\s*\((?:[A-ZА-ЯЁ][\w.-]{1,11})\)$")
# '"... has not changed that," Zhuk said': the words before the name end in a closing quote mark
_QUOTE_BEFORE = re.compile(r"[,!?…][»\"”][\s\u00a0]*$|[»\"”][\s\u00a0]*[,–—-]+[\s\u00a0]*$")


def _quote_tail(text: str, lo: int, hi: int) -> int:
    """Where a match of _QUOTE_BEFORE in ``text[lo:hi]`` can start: one before the last character that is no space,
    comma or dash (its quote mark), not at every position of a sentence cut by length only."""
    k = hi
    while k > lo and (text[k - 1].isspace() or text[k - 1] in ",–—-"):  # (str.isspace is re's \s)
        k -= 1
    return max(lo, k - 2)


# conjunctions that open an adverbial clause whose subject is the name after them ('after Khrenin said ...', 'as
# Lukashenko told reporters that ...'): in English they are also prepositions, but a name followed by its verb is a
# clause's subject
SUBORDINATORS_EN = {"after", "before", "since", "until", "as", "while", "when", "because", "although", "though", "once"}


# words that make the words between a name and its verb more than adverbials ('Putin met Lukashenko in Minsk and
# said': Lukashenko is an object)
EN_GAP_STOPS = {"and", "or", "but", "who", "which", "that", "whom", "whose"}

# 'посол России в Белоруссии', 'постоянный представитель России при ООН': the country an envoy is posted to
RU_HOST_AFTER_ROLE = re.compile(r"\s+(?:в|во|при)\s+[А-ЯЁA-Z][\w-]+(?:\s+[А-ЯЁA-Z][\w-]+)?\s*")


# "Khrenin's deputy said", "Lukashenko’s press secretary said": the gap after the possessor opens with "'s" and the
# subordinate's noun
SUBORDINATE_AFTER_EN = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s*$")
# "a spokesman for Lukashenko", "an aide to Khrenin", "the deputy of Ravkov"
SUBORDINATE_FOR_EN = re.compile(r"(?i)\b(?P<noun>[\w-]+)\s+(?:for|to|of)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,2}?$")


def _is_subordinate(word: str) -> bool:
    w = fold(word.lower())
    return any(w.startswith(k) for k in SUBORDINATE_KEYS if len(k) >= 4) or w in SUBORDINATE_KEYS


def _rank_word(word: str) -> bool:
    """A word of a rank before a name: an English capitalized word ('Colonel', 'Gen') or a rank noun in any case
    ('полковник', 'подполковника', 'генерал-майор')."""
    if re.fullmatch(r"[A-Z][\w’'-]*", word):
        return True
    lw = word.lower()
    return any(r in lw for r in RANK_NOUN_WORDS)



# characters back in which a first name and patronymic looks for the person named in full
FULL_NAME_REACH = 20_000
# sentence connectors that open a clause with a capital and are no part of a name before a possessive
SENTENCE_CONNECTORS_EN = frozenset({"But", "And", "Yet", "So", "Then", "Meanwhile", "However", "Still", "Also", "Now"})

class Speakers:
    def left_subject(self, cue: Cue, s, bound: int):
        cut = self.appositive_clause(cue, bound)
        if cut is not None:
            # 'The head of state, who received Shoigu ..., noted': the subject stands before the clause
            who = self.left_subject(replace(cue, start=cut), s, bound)
            if who is not None:
                return who
        vs = cue.start
        ru = has_cyrillic(cue.text) or self.lang == "ru"
        for m in reversed(self.mentions_in(bound, vs)):
            if m.type not in SPEAKER_TYPES + ("place",) or self.in_speech(m.start):
                continue
            if m.type == "person" and not ru and re.match(r"(?:'s|’s)\s+[a-z]", self.text[m.stop:m.stop + 5]):
                continue  # "Putin's spokesman told reporters": someone of his speaks, not Putin
            if m.type in ("place", "country") and self.in_dateline(m.start):
                continue  # 'МИНСК, 4 марта (БелТА) – ..., сообщило X': where the report was filed
            if ru and m.type == "country" and self._ru_country_governed(m, bound):
                continue  # 'Министр обороны Латвии заявил': the office's country, not the subject
            if m.type == "organization" and PLATFORM_WORDS.search(m.text) and \
                    not (self.is_media(m.key, m.text) or self.kb_outlet(m.key)):
                continue  # 'Минобороны в своем Telegram-канале сообщило': where the words were posted, not who
            if m.type == "organization" and (self.is_media(m.key, m.text) or self.kb_outlet(m.key) or
                                             CHANNEL_BEFORE.search(self.text, max(bound, m.start - 40), m.start)):
                outlet = self.citing_outlet(m, cue, s, bound)
                if outlet is not None:
                    return outlet  # 'X, TASS reported, citing the ministry': the source speaks (citing.py)
                continue  # 'в интервью телеканалу «Беларусь 1» заявил', 'in an interview with TASS, X said'
            gap = self.blank_timexes(m.stop, vs)
            gap = CHANNEL_ADJUNCT.sub("", gap)
            gap = self.strip_descriptor(m, gap)  # 'the Belarusian Hajun monitoring group said'
            gap = re.sub(r"^[»\"”“]+", "", gap)  # the closing mark of a quoted name
            sub = self._subordinate_of(m, bound, gap, ru)
            if sub is not None:
                return sub  # "Khrenin's deputy said", "a spokesman for Lukashenko said", "Заместитель Хренина сообщил"
            rel = RELATIVE_SUBJECT_GAP.fullmatch(gap) if m.type == "person" else None
            if rel is not None and self.relative_agrees(rel.group("rel"), m.key):
                # '..., said commander Oleg X, who also announced that ...', '..., – сказал Хренин, который также
                # сообщил, что ...': the relative pronoun right after the name is its subject
                return self.who_from_mention(m, bound, gap)
            gap_ok = bool(GAP_OK.match(gap)) or bool(re.fullmatch(r"\s*,\s*", gap) and self._titled_comma(m, bound))
            if not gap_ok and m.type == "person" and self._name_opens_subject(m, bound, ru) and (
                    (ru and self._ru_adverbial_gap(gap) and self._ru_nominative(m)) or
                    (not ru and self._en_adverbial_gap(gap))):
                gap_ok = True  # 'Дмитрий Пантус на коллегии ведомства в понедельник сообщил': the name is the subject
            if not gap_ok:
                if re.match(r"^\s*,", gap) or self.word_before(m.start, bound) in PREPOSITIONS_EN | PREPOSITIONS_RU \
                        or m.type != "person":
                    continue  # inside an appositive or a title ("Russia's foreign minister"); look further left
                if ru and not self._ru_nominative(m):
                    continue
                break
            if m.type == "organization":
                office = self._office_of_organization(m, bound, cue, s)
                if office is not None:
                    return office  # 'Директор ФСВТС заявил': the office holder speaks, not the service
                if ru and self._ru_org_governed(m, bound):
                    continue  # 'Начальник штаба ВВС Белоруссии': the air force is not the subject
                body = self._ru_body_of_org(m, bound) if ru else None
                if body is not None:
                    return body  # 'Штаб ВВС сообщил': a body of the organization, not the organization
                titled = self._titled_voice(m, bound, vs)
                if titled is not None:
                    return titled  # 'The Kremlin spokesman said': the one holder of that office
            prev_word = self.word_before(m.start, bound)
            if _QUOTE_BEFORE.search(self.text, _quote_tail(self.text, bound, m.start), m.start):
                prev_word = ""  # '"... has not changed that," Zhuk said': the word before is the quote's own
            if prev_word == "as" and re.fullmatch(r"\s*[Aa]s\s+(?:[\w.'’-]+\s+){0,6}?", self.text[bound:m.start]) \
                    and AS_CLAUSE_COMMA.match(self.text, cue.stop):
                who = self.who_from_mention(m, bound, gap)
                who.as_clause = True  # 'As Lukashenko said, ...': the content follows the comma
                return who
            comma = self.text.rfind(",", bound, m.start)  # (AS_TAIL_BEFORE holds one comma, its first character)
            tail = None if ru or comma < 0 else AS_TAIL_BEFORE.search(self.text[bound:m.start], comma - bound)
            if tail is not None and gap_ok and AS_TAIL_AFTER.fullmatch(self.text, cue.stop, s.stop) and \
                    not re.search(r"\b(?:had|has|have|would|will)\b", self.text[m.stop:cue.start]) and all(
                    w[:1].isupper() or w.lower() in ("the",) or w.lower() in ROLE_MODIFIERS_EN or self._is_title_word(w)
                    for w in TOKEN.findall(tail.group())[1:]):
                who = self.who_from_mention(m, bound, gap)
                who.as_clause = "tail"  # '..., as the ministry confirmed on Friday.': the content precedes 'as'
                return who
            if ru and prev_word in ("в", "во") and m.type == "organization" and _ru_plural(cue.text) and \
                    not self.is_media(m.key, m.text) and gap_ok and not self._ru_subject_before(bound, m.start) and \
                    re.search(r"(?:^|\s)[Вв]о?\s+$", self.text[bound:m.start]):
                # 'В Госдепартаменте США заявили, что ...': the impersonal plural of the institution itself
                return Who(m.key, self.text[m.start - len(prev_word) - 1:m.stop], m.start, m.stop, "institution",
                           confidence=0.85)
            if prev_word in RELATIVE and prev_word != "как" and not self._role_prefix_text(m, bound):
                return "relative"
            if prev_word in SUBORDINATORS_EN and m.type == "person" and gap_ok and not ru:
                return self.who_from_mention(m, bound, gap)  # 'The talks stalled after Khrenin said ...' (S14)
            if prev_word in PREPOSITIONS_EN or prev_word in PREPOSITIONS_RU:
                continue
            if prev_word in ("the", "a", "an") and self.word_before(m.start - 4, bound) in PREPOSITIONS_EN:
                continue  # 'the spokesman for the Belarusian defence ministry, Vladimir Makarov, said'
            if m.type != "person" and re.match(r"\s*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){1,2}\s*,", gap):
                continue  # 'the ministry's spokesman, Vladimir Makarov, said': the name set off after it speaks
            if ru and has_cyrillic(m.text) and not self._ru_nominative(m):
                inst = self._ru_voice_before(m, bound)
                if inst is not None:
                    return inst
                continue
            if m.type in ("country", "place"):
                return "collective"  # 'Belarus has rejected', 'Moscow said': a state, not a speaker
            return self.who_from_mention(m, bound, gap)
        # no name next to the verb: a pronoun, an unknown name, a role or an institution
        left = self.blank_timexes(bound, vs)
        left = left.rstrip()
        # an abbreviation in brackets after the office or institution ('the director of the Federal Service
        # for Military-Technical Cooperation (FSVTS) told'): the phrase ends before it
        if left.endswith(")"):  # (the only place it can match: not tried at every position of a long sentence)
            left = ABBREVIATION_AT_END.sub(lambda x: " " * len(x.group()), left).rstrip()
        stripped = (FILLERS_AT_END.sub("", left) if _may_end_with_filler(left) else left).rstrip()
        named = re.search(r"(?:^|\s)((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+),$", stripped)
        if named and re.search(r",\s*$", stripped[:named.start(1)]):
            # an appositive name: 'The spokesman for the ministry, Vladimir Makarov, said'
            who = self._named_later(named.group(1), bound + named.start(1), bound + named.end(1))
            if who.key is not None:
                head = stripped[:named.start(1)].rstrip(" ,")
                hm = re.search(r"(?:^|,\s*)((?:the|The)\s+[^,]{3,80})$", head)
                if hm and any(self._is_title_word(w) for w in TOKEN.findall(hm.group(1))):
                    who.role = hm.group(1)
                return who
        stripped = stripped.rstrip(",").rstrip()
        base = bound
        pm = PRONOUN_AT_END.search(stripped)
        if pm:
            before = self.word_before(base + pm.start(1), bound)
            if before in RELATIVE and before not in ("как",):
                return "relative"  # 'the deal, as he said, ...', 'which they say ...'
            return self.resolve_pronoun(pm.group(1).lower(), base + pm.start(1), base + pm.end(1), cue, s)
        if ru:
            who = self._ru_np_left(cue, s, bound, stripped)
        else:
            who = self.document_subject(cue, s, bound, stripped)  # 'The ministry's statement said' (documents.py)
            if who is None:
                who = self.member_left(stripped, bound)  # 'one of the project's administrators told' (members.py)
            if who is None:
                who = self._en_np_left(cue, s, bound, stripped)
        return who

    def _name_opens_subject(self, m, bound: int, ru: bool) -> bool:
        """Whether a name followed by adverbials can be the subject of the verb after them: it opens its clause, or
        (English) a title stands right before it ('Defence Minister Khrenin at a meeting ... said'), or (Russian) it
        is a first name and surname ('Председатель Госкомвоенпрома Дмитрий Пантус на коллегии ... сообщил'). Never
        the object of a word before it: 'Reporters who met Putin in Moscow said', 'a witness near Khrenin at the
        parade said', 'Помощник Шойгу на брифинге сообщил' (an indeclinable or genitive surname after a noun)."""
        before = self.text[max(bound, m.start - 80):m.start]
        words = list(TOKEN.finditer(before))
        if not words or re.search(r"[,;:(—–]", before[words[-1].end():]):
            return True
        w = words[-1].group()
        if ru:
            names = TOKEN.findall(m.text)
            return len(names) > 1 and bool(_ru_cases(names[0]) & {"nomn"}) and w.lower() not in PREPOSITIONS_RU
        return w[:1].isupper() or self._is_title_word(w)

    @staticmethod
    def _ru_adverbial_gap(gap: str) -> bool:
        """Whether the words between a name and its verb are adverbials only: a prepositional phrase or two with
        no verb, comma or quote ('на коллегии ведомства', 'на встрече с Шойгу в Минске'); a quoted name stands as one
        word ('в эфире программы «Главный эфир» на телеканале «Беларусь 1»')."""
        gap = re.sub(r"«[^«»,]{1,40}»", "Х", gap)
        if re.search(r"[,;:!?«»\"“”„()—–]", gap):
            return False
        toks = TOKEN.findall(gap)
        if not toks or len(toks) > 11 or toks[0].lower() not in PREPOSITIONS_RU:
            return False
        return not any(_ru_pos(t.lower()) in ("VERB", "INFN", "GRND", "PRTS", "PRTF", "CONJ") for t in toks)

    @staticmethod
    def _en_adverbial_gap(gap: str) -> bool:
        """'Khrenin at a meeting in Minsk on Monday said': prepositional phrases only between the name and the verb."""
        if re.search(r"[,;:!?«»\"“”„()—–]", gap):
            return False
        toks = [t.lower() for t in TOKEN.findall(gap)]
        if not toks or len(toks) > 8 or toks[0] not in PREPOSITIONS_EN:
            return False
        return not any(t in EN_GAP_STOPS or AUX_EN.fullmatch(t) for t in toks)

    def _office_of_organization(self, m, lo: int, cue: Cue, s) -> Optional[Who]:
        """An organization governed by a role noun right before it ('директор ФСВТС', 'заместитель директора
        ФСВТС', 'the head of the FSVTS'): the speaker is the office holder, resolved as a role phrase (one holder
        in the knowledge base at the article's date, else unknown with the reason), never the organization.
        A voice of the organization ('пресс-служба', 'spokesman', 'представитель') is left to the organization."""
        text = self.text
        before = text[lo:m.start]
        if has_cyrillic(text[m.start:m.stop]) or has_cyrillic(before[-40:]):
            toks = list(TOKEN.finditer(text, lo, m.start))
            if not toks or text[toks[-1].end():m.start].strip(" \"«"):
                return None
            i = len(toks) - 1
            head = None
            while i >= 0:
                w = toks[i].group()
                keys = _keys(w)
                if not keys & ROLE_HEAD_KEYS_RU or keys & VOICE_OF_ORG:
                    break
                head, start = toks[i], toks[i].start()
                if "gent" not in _ru_cases(w) or i == 0 or text[toks[i - 1].end():toks[i].start()].strip():
                    break
                i -= 1  # 'заместитель директора ФСВТС': the genitive role noun is governed by the one before
            if head is None or "nomn" not in _ru_cases(head.group()):
                return None
            start = self._ru_adjectives_before(toks, start)  # 'первый заместитель директора'
            role_head = fold(_parse(head.group().lower())[0].normal_form)
        else:
            # (the search tries every word of ``before``, ~0.3 ms a call: only where its "of" stands)
            hm = re.search(r"(?:\b(?:the|its|a)\s+)?((?:[\w-]+\s+){0,3}?)([\w-]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+(?:'s|’s)\s+)?$", before,
                           re.IGNORECASE) if "of" in before.lower() else None
            if not hm:
                return None
            role_head = hm.group(2).lower()
            if role_head not in ROLE_HEADS_EN and role_head.rstrip("s") not in ROLE_HEADS_EN or \
                    role_head in INSTITUTION_HEADS_EN or fold(role_head) in VOICE_OF_ORG:
                return None
            if any(w.lower() not in ROLE_MODIFIERS_EN and not w[:1].isupper() and w.lower() not in ROLE_HEADS_EN
                   for w in hm.group(1).split()):
                start = lo + hm.start(2)
            else:
                start = lo + hm.start()
        stop = m.stop
        if has_cyrillic(text[m.start:m.stop]):
            # 'командующий Военно-воздушными силами и войсками ПВО Белоруссии': the rest of the office's name
            after = list(TOKEN.finditer(text, m.stop, min(len(text), m.stop + 120)))
            stop = self._ru_governed_end(after[:7], m.stop) if after and text[m.stop:after[0].start()].strip() in \
                ("", "и") else m.stop
        close = re.match(r"[»\"”]+", text[stop:stop + 2])
        if close and re.search(r"[«\"“„]", text[start:m.start + 1]):
            stop += close.end()  # 'глава «Рособоронэкспорта»': the closing mark of the quoted name
        return self.resolve_phrase(text[start:stop], start, stop, role_head, cue, s)

    def _titled_comma(self, m, bound: int) -> bool:
        """'Russian Deputy Foreign Minister, Mikhail Galuzin, pointed out': a name set off by commas after a title."""
        # a rank may stand between the comma and the name: 'The air force's chief of staff, Major General X, told'
        before = _RANKS_BEFORE_NAME.sub("", self.text[bound:m.start])
        return bool(re.search(r"\b[\w-]+,\s*$", before)) and self._role_prefix_text(m, bound, allow_comma=True) is not None

    def _subordinate_of(self, m, bound: int, gap: str, ru: bool) -> Optional[Who]:
        """The person is the one a deputy, aide or spokesman serves, not the speaker: "Khrenin's deputy said", "a
        spokesman for Lukashenko said", "Заместитель Хренина сообщил" (the name in an oblique case after the
        subordinate's noun). Unknown, with the reason; None when the name itself speaks ("Пресс-секретарь Эйсмонт
        сообщила", "Lukashenko's spokeswoman Natalia Eismont said": the nearest name is hers)."""
        if m.type != "person":
            return None
        lo = None
        if not ru:
            after = SUBORDINATE_AFTER_EN.match(gap)
            before = SUBORDINATE_FOR_EN.search(self.text, max(bound, m.start - 60), m.start)
            if after is not None and _is_subordinate(after.group("noun")):
                lo = m.start
            elif before is not None and _is_subordinate(before.group("noun")):
                lo = before.start()
        else:
            prev = re.search(r"([\w-]+)\s+$", self.text[max(bound, m.start - 30):m.start])
            if prev is not None and _is_subordinate(prev.group(1)) and not self._ru_nominative_by_kb(m):
                lo = m.start - len(prev.group(0))
        if lo is None:
            return None
        return Who(None, self.text[lo:m.stop + len(gap.rstrip())].strip(), lo, m.stop, "unknown", None, 0.5,
                   found=f"unknown: a subordinate of {m.text} speaks, not {m.text}")

    def _ru_nominative_by_kb(self, m) -> bool:
        """The person's surface words are the nominative the knowledge base or NER stored ('Эйсмонт'), not an oblique
        case ('Хренина' of 'Хренин')."""
        ent = self.a.entities.get(m.key)
        if ent is None:
            return True
        canon = {w.lower() for n in (ent.name_ru or "", *ent.aliases) for w in TOKEN.findall(n)}
        words = TOKEN.findall(m.text)
        return bool(words) and words[-1].lower() in canon

    def _ru_nominative(self, m) -> bool:
        words = TOKEN.findall(m.text)
        if not words:
            return False
        if m.type == "person":
            # the knowledge base and NER store names in the nominative: a surface word found there is one
            ent = self.a.entities.get(m.key)
            if ent is not None:
                canon = {w.lower() for n in (ent.name_ru or "", *ent.aliases) for w in TOKEN.findall(n)}
                if len(words) > 1 and words[0].lower() not in canon and has_cyrillic(words[0]) and \
                        not _ru_cases(words[0]) & {"nomn", "fixd"}:
                    return False  # 'с главой Минобороны Сергеем Шойгу': an indeclinable surname, the first name's case
                if words[-1].lower() in canon or (len(words) > 1 and words[0].lower() in canon):
                    return True
            probe = words[0] if len(words) > 1 else words[-1]
            return bool(_ru_cases(probe) & {"nomn", "fixd"})
        return bool(_ru_cases(words[0]) & {"nomn", "fixd"}) or self._kb_form(m)

    def _kb_form(self, m) -> bool:
        """Whether an organization's surface words are its knowledge-base name or an alias as written there (in
        the nominative): 'Гаюн' reads to the morphology as a genitive plural of a first name, but the project's
        name stands as written."""
        ent = self.a.entities.get(m.key) if m.type == "organization" else None
        if ent is None:
            return False
        surface = m.text.strip(" «»\"“”„").lower()
        return any(n and n.lower() == surface for n in (ent.name_ru, ent.name, *ent.aliases))

    def _ru_voice_before(self, m, bound: int) -> Optional[Who]:
        """'пресс-служба Минобороны сообщила': the genitive organization after a voice noun speaks."""
        if m.type != "organization":
            return None
        before = self.text[bound:m.start]
        hm = re.search(r"([\w-]+)[\s\"«]*$", before)
        if not hm:
            return None
        keys = _keys(hm.group(1))
        if keys & VOICE_OF_ORG or keys & INSTITUTION_HEAD_KEYS_RU:
            start = bound + hm.start(1)
            if self.is_media(m.key, m.text):
                return Who(None, self.text[start:m.stop], start, m.stop, "media", confidence=0.5)
            # 'Пресс-служба Кремля' is an institution of its own in the knowledge base (a leader's press service)
            key = self.org_named(self.text[start:m.stop]) or m.key
            return Who(key, self.text[start:m.stop], start, m.stop, "institution", confidence=0.85)
        return None

    def org_named(self, surface: str) -> Optional[str]:
        """The knowledge-base organization whose name or alias is exactly ``surface`` (case aside), or None."""
        index = self._role_cache.get("org_names")
        if index is None:
            index = {}
            try:
                from bellink.ingest import kb as kbmod

                for e in kbmod.load().by_type("organization"):
                    for n in (e.name, e.name_ru, *e.aliases):
                        if n:
                            index.setdefault(fold(n.lower()), e)
            except Exception:  # a half-written knowledge base must not stop extraction
                pass
            self._role_cache["org_names"] = index
        ent = index.get(fold(re.sub(r"\s+", " ", surface.strip()).lower()))
        if ent is None:
            return None
        self.a.entities.setdefault(ent.key, ent)
        return ent.key

    def who_from_mention(self, m, bound: int, gap: str = "") -> Who:
        start = self._prefix_start(m, bound)
        if m.type == "person":
            service = self.press_service_of(m, bound)
            if service is not None:
                return service  # 'the press service of President X said': the service, never X (press_services.py)
            if self._name_and_patronymic_only(m):
                full = self._full_name_with_patronymic(m)
                if full is not None:
                    # 'Директор гимназии Валентина Петровна Сидоренко ... – говорит Валентина Петровна': the person
                    # the article named in full (review R17)
                    return Who(full, m.text, start, m.stop, "name", None, 0.85)
                # '«...», – говорит Валентина Петровна, живущая у забора базы': a resident by first name and
                # patronymic is no one the reader can tell apart (bench/news gold: speaker null)
                return Who(None, m.text, start, m.stop, "unknown", None, 0.5,
                           found="unknown: a first name and patronymic, no surname")
            here = [self._appositive_role(gap), self._role_prefix_text(m, bound, allow_comma=True), m.role]
            here = [r for r in here if r and not RELATIVE_ROLE.search(r)]
            role = next((r for r in here if not self._rank_only(r)), None) or self.best_role(m.key) or \
                next(iter(here), None) or \
                next((r for r in self._article_roles(m.key) if not RELATIVE_ROLE.search(r)), None)
            conf = 0.95 if m.confidence >= 0.85 else 0.85
            if m.method == "coref":
                conf = 0.9
            return Who(m.key, m.text, start, m.stop, "name", role, conf)
        if m.type == "organization" and self.is_media(m.key, m.text):
            return Who(None, m.text, start, m.stop, "media", confidence=0.5, role=m.key)
        surface = m.text
        described = self.descriptor_start(m, bound)
        if described < start:
            # 'the monitoring group Hajun said': the descriptor opens the speaker phrase
            return Who(m.key, self.text[described:m.stop], described, m.stop, "institution", None, 0.9)
        voice = re.search(r"([\w-]+)[\s\"«]*$", self.text[start:m.start])
        if voice and (_keys(voice.group(1)) & (VOICE_OF_ORG | INSTITUTION_HEAD_KEYS_RU) or
                      VOICE_OF_BEFORE_EN.search(self.text[start:m.start])):
            surface = self.text[start:m.stop]
        return Who(m.key, surface, start, m.stop, "institution", None, 0.9 if m.type == "organization" else 0.75)

    def _name_and_patronymic_only(self, m) -> bool:
        """Whether a person the knowledge base does not hold is named by a first name and a feminine patronymic only
        ('Валентина Петровна', 'Галина Ивановна'). A masculine one ('Иван Петрович') is left alone: '-ович' and
        '-евич' end Belarusian surnames too ('Андрей Лукьянович')."""
        ent = self.a.entities.get(m.key) if m.key else None
        if ent is None or ent.source == "kb":
            return False
        words = TOKEN.findall(m.text)
        if len(words) != 2 or not has_cyrillic(m.text) or not re.search(r"(?:овн|евн|ичн)(?:а|ы|е|у|ой)$", words[1]):
            return False
        first = _parse(words[0].lower())
        second = _parse(words[1].lower())
        return bool(first) and "Name" in first[0].tag and bool(second) and "Patr" in second[0].tag

    def _full_name_with_patronymic(self, m) -> Optional[str]:
        """The one person named before ``m`` by the same first name and patronymic and a surname ('Валентина Петровна
        Сидоренко'), compared by their first four letters (the words inflect); None when none or several."""
        words = [w.lower()[:4] for w in TOKEN.findall(m.text)]
        lo = max(0, m.start - FULL_NAME_REACH)  # (a bounded look-back: the cost stays linear in a huge document)
        keys = set()
        for x in self.mentions_in(lo, m.start):
            if x.type != "person" or not x.key or x.key == m.key:
                continue
            xw = [w.lower()[:4] for w in TOKEN.findall(x.text)]
            if len(xw) == 3 and xw[:2] == words:
                keys.add(x.key)
        if len(keys) == 1:
            return next(iter(keys))
        # the full name may be read as one mention of the first name and surname only ('Валентина ... Сидоренко'):
        # the three words in a row in the text before
        rx = re.compile(r"(?<![\w-])" + r"\w*\s+".join(map(re.escape, TOKEN.findall(m.text))) + r"\w*\s+([А-ЯЁ][а-яё-]+)")
        found = {mm.group(1)[:4].lower() for mm in rx.finditer(self.text, lo, m.start)}
        if len(found) != 1:
            return None
        cands = {x.key for x in self.mentions_in(lo, m.start) if x.type == "person" and x.key and x.key != m.key and
                 any(w.lower()[:4] in found for w in TOKEN.findall(x.text))}
        return next(iter(cands)) if len(cands) == 1 else None

    def _en_np_left(self, cue: Cue, s, bound: int, stripped: str) -> Optional[Who]:
        hm = search_after_stops(EN_HEAD_AT_END, stripped, ",;:.()")  # (none of them in its matches: tails.py)
        if hm:
            np_start = hm.start("head")
            has_det = False
            body_start = None  # where a name ending in a possessive begins, when no mention holds it
            for w in reversed(list(re.finditer(r"\S+", stripped[:np_start]))):
                word = w.group()
                lw = word.lower()
                if word.endswith(","):
                    break
                if lw in ("the", "a", "an", "its", "his", "her", "their", "our"):
                    np_start, has_det = w.start(), True
                    break
                if re.search(r"(?:'s|’s|s'|s’)$", word) and word[:1].isupper():
                    np_start, has_det = w.start(), True
                    if not self._country_of(re.sub(r"(?:'s|’s|'|’)$", "", word)) and \
                            re.search(r"(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){0,3}$", stripped[:w.start()]):
                        continue  # "Belarus's Defence Ministry's spokesman": the owner has its country before it
                    owner = next((x for x in self.mentions_in(max(bound, bound + w.start() - 80), bound + w.end())
                                  if x.type == "organization" and x.start < bound + w.start() < x.stop), None)
                    if owner is not None:
                        # "The Belarusian Defence Ministry's press service": the possessive ends a name that began
                        # before it, and the phrase begins with that name (its article included)
                        np_start = owner.start - bound
                        det = re.search(r"(?:^|\s)([Tt]he)\s+$", stripped[:np_start])
                        if det:
                            np_start = det.start(1)
                    elif not self._country_of(re.sub(r"(?:'s|’s|'|’)$", "", word)):
                        # "The Security Council's state secretary": a name the knowledge base does not hold alone
                        # (no country) still begins at its first capital, its article included
                        name = re.search(r"(?:^|\s)((?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){1,3})$", stripped[:np_start])
                        if name and not any(x.type in ("person", "country", "place") for x in
                                            self.mentions_in(bound + name.start(1), bound + np_start)) and \
                                not any(w in SENTENCE_CONNECTORS_EN for w in name.group(1).split()):
                            body_start = name.start(1)
                    break
                if word[:1].isupper() or lw in ROLE_MODIFIERS_EN or self._is_title_word(word) or \
                        re.search(r"(?:'s|’s)$", lw) or fold(lw) in TITLE_IGNORED or \
                        (lw in INSTITUTION_HEADS_EN and lw != hm.group("head").lower()):
                    # 'Russia's veteran foreign minister', "Ukraine's military intelligence agency"
                    np_start = w.start()
                    continue
                break
            head = hm.group("head")
            if body_start is not None:
                # only when the office the whole name gives has a holder: else the phrase reads as before
                who = self.resolve_phrase(stripped[body_start:], bound + body_start, bound + len(stripped),
                                          head.lower(), cue, s)
                if who is not None and who.key is not None:
                    return who
            phrase = stripped[np_start:]
            if has_det or phrase != head or head[:1].isupper() or head.lower() in GROUP_HEADS:
                start = bound + np_start
                return self.resolve_phrase(phrase, start, bound + len(stripped), head.lower(), cue, s)
        # an unknown name: "Smith said", no mention for it
        nm = re.search(r"(?:^|[\s(])((?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+)$", stripped)
        if nm:
            words = nm.group(1).split()
            from bellink.ingest.entities import NOT_NAMES

            start = bound + nm.start(1)
            if any(x.type not in ("person", "organization") for x in self.mentions_in(start, bound + nm.end(1))):
                return None  # 'The crews trained at Kapustin Yar, said Lukyanovich': a place is no unknown speaker
            if not any(w.lower() in NOT_NAMES or self._is_title_word(w) or fold(w) in COUNTRY_ADJ for w in words):
                return self._named_later(nm.group(1), start, bound + nm.end(1))
        return None

    def _ru_np_left(self, cue: Cue, s, bound: int, stripped: str) -> Optional[Who]:
        text = self.text
        toks = list(TOKEN.finditer(text, bound, bound + len(stripped)))
        if not toks:
            return None
        one = re.search(r"(?:^|[\s,])([Оо]дин|[Оо]дна)\s+из\s+(?:[\w-]+\s+)?(?P<head>[\w-]+)(?:\s+[\w-]+){0,4}$", stripped)
        if one is not None and _keys(one.group("head")) & ROLE_HEAD_KEYS_RU and \
                "gent" in _ru_cases(one.group("head")) and not re.search(r"[,;:«»\"]", stripped[one.start(1):]):
            # 'Один из заместителей министра обороны сообщил': one of several, whom the article does not name
            start = bound + one.start(1)
            return Who(None, text[start:bound + len(stripped)], start, bound + len(stripped), "unknown", None, 0.5,
                       found="unknown: one of several holders of the title, not named")
        # an unknown surname right before the verb ("Патрушев сказал")
        last = toks[-1]
        w = last.group()
        if w[:1].isupper() and has_cyrillic(w) and text[last.end():bound + len(stripped)].strip() == "" and \
                not any(m.type in ("place", "country") and m.stop >= last.end()
                        for m in self.mentions_in(max(bound, last.start() - 40), last.end())):
            # ('приземлились на аэродроме Лида, сообщили ...': a place the knowledge base knows is no surname)
            parses = _parse(w.lower())
            if parses and any(("Surn" in p.tag or "Name" in p.tag) and p.tag.case == "nomn" for p in parses[:3]):
                start = last.start()
                if len(toks) >= 2 and toks[-2].group()[:1].isupper() and text[toks[-2].end():last.start()] == " ":
                    start = toks[-2].start()
                return self._named_later(text[start:last.end()], start, last.end())
        # a role or institution phrase in the nominative within the last few words
        for t in reversed(toks[-8:]):
            between = text[t.end():bound + len(stripped)]
            if re.search(r"[,;:]", between):
                break
            keys = _keys(t.group())
            locative = self.word_before(self._ru_adjectives_before(toks, t.start()), bound) in ("в", "во") and \
                _ru_plural(cue.text) and \
                bool(keys & INSTITUTION_HEAD_KEYS_RU)  # 'в ведомстве сообщили'
            if keys & INSTITUTION_HEAD_KEYS_RU and not keys & ROLE_HEAD_KEYS_RU and self._ru_governed_at(t.start(), bound):
                continue  # 'управлении разведки Минобороны Литвы': the ministry is the genitive of a body inside it
            cases = _ru_cases(t.group())
            if keys & INSTITUTION_HEAD_KEYS_RU and cases == {"fixd"} and not any(
                    _ru_pos(x.group().lower()) == "NOUN" for x in toks if x.end() <= t.start() and
                    not text[x.end():t.start()].strip()):
                # 'Российский МИД заявил': an abbreviation read in lower case; not 'Глава МИД заявил' (a genitive)
                cases = _ru_cases(t.group().lower())
            if keys & (ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU) and ("nomn" in cases or locative):
                start = self._ru_adjectives_before(toks, t.start())
                # 'Глава военного ведомства', 'Начальник пресс-службы министерства': the noun found last is a
                # genitive; the head is the nominative role or institution noun that governs it
                while "gent" in _ru_cases(t.group()):
                    gov = next((x for x in reversed(toks) if x.end() <= start), None)
                    if gov is None or text[gov.end():start].strip() or \
                            not _keys(gov.group()) & (ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU) or \
                            "nomn" not in _ru_cases(gov.group()):
                        break
                    t = gov
                    start = self._ru_adjectives_before(toks, t.start())
                inner = self._ru_governed_by(toks, start, bound, locative)
                if inner is not None:
                    return inner  # 'Источник в Минобороны сообщил': someone in the ministry, not the ministry
                end = bound + len(stripped)
                adj = CHANNEL_ADJUNCT.search(text, start, end)
                if adj and adj.start() > t.end():
                    end = adj.start()  # 'Посол России в Белоруссии в интервью агентству X заявил': the outlet is no office
                governed = self._ru_governed_end(list(TOKEN.finditer(text, t.end(), end)), t.end())
                # (only when the words after it name someone or some country: 'Эксперт по вопросам безопасности'
                # is one title)
                # 'Эксперт по вопросам безопасности Сергей Лапицкий': a name in the nominative after the phrase is
                # the office's holder (never one after a preposition or in another case: 'с Лавровым')
                named = any(x.type == "person" and self.word_before(x.start, governed) not in PREPOSITIONS_RU and
                            self._ru_nominative(x) for x in self.mentions_in(governed, end))
                other = any(x.type in ("person", "country", "organization") for x in self.mentions_in(governed, end)) \
                    or any(self._country_of(w) for w in TOKEN.findall(text[governed:end]))
                if other and not named and not RU_HOST_AFTER_ROLE.fullmatch(text, governed, end):
                    # 'Российский министр обороны в ходе видеосвязи с белорусским коллегой заверил', 'министр после
                    # переговоров с Лавровым заявил': the words after the office are an adverbial, and a person or
                    # country in it is not the speaker's
                    end = governed
                phrase = text[start:end].strip()
                head = fold(_parse(t.group().lower())[0].normal_form)
                return self.resolve_phrase(phrase, start, start + len(text[start:end].rstrip()), head, cue, s)
            if _ru_pos(t.group()) == "VERB":
                break
        return None

    def _ru_subject_before(self, lo: int, hi: int) -> bool:
        """Whether a noun in the nominative stands between lo and hi outside time expressions: 'Депутаты в Госдуме
        заявили' has a subject of its own, 'Ранее в Минобороны заявили' has none."""
        for t in TOKEN.finditer(self.text, lo, hi):
            w = t.group()
            if has_cyrillic(w) and not self.in_timex(t.start()) and _ru_pos(w) in ("NOUN", "NPRO") and \
                    "nomn" in _ru_cases(w) and w.lower() not in PREPOSITIONS_RU:
                prev = self.word_before(t.start(), lo)
                if prev not in PREPOSITIONS_RU:
                    return True
        return False

    def _ru_body_of_org(self, m, bound: int) -> Optional[Who]:
        """'Генштаб ВСУ сообщил', 'Штаб ВВС заявил': an institution noun in the nominative right before an
        organization names a body of it. The knowledge base's entity for the whole phrase speaks, else nobody we
        can name (never the organization it belongs to). A voice ('пресс-служба X') is left to the organization."""
        toks = list(TOKEN.finditer(self.text, max(bound, m.start - 40), m.start))
        if not toks or self.text[toks[-1].end():m.start].strip(" \"«"):
            return None
        t = toks[-1]
        w = t.group()
        if not has_cyrillic(w) or self.in_timex(t.start()) or _ru_pos(w) != "NOUN":
            return None
        keys = _keys(w)
        if not keys & INSTITUTION_HEAD_KEYS_RU or keys & VOICE_OF_ORG or "nomn" not in _ru_cases(w):
            return None
        start = self._ru_adjectives_before(toks, t.start())
        if self.is_monitor(m.key) and self.is_monitor_head(w):
            # 'проект «Гаюн» сообщил': the monitoring group named after its descriptor, not a body of it
            return Who(m.key, self.text[start:m.stop], start, m.stop, "institution", None, 0.85)
        phrase = self.text[start:m.stop]
        key = self.org_named(phrase) or self.org_named(self.text[t.start():m.stop])
        if key is not None:
            return Who(key, phrase, start, m.stop, "institution", None, 0.85)
        return Who(None, phrase, start, m.stop, "unknown", None, 0.5,
                   found=f"unknown: '{phrase}' is a body of the organization the knowledge base does not hold")

    def _ru_country_governed(self, m, bound: int) -> bool:
        """Whether a Russian country name that may be a genitive ('Латвии' also reads as a plural nominative) hangs
        on the noun right before it ('министр обороны Латвии', 'президент Литвы'): part of the subject's phrase."""
        words = TOKEN.findall(m.text)
        if not words or "gent" not in _ru_cases(words[0]):
            return False
        toks = list(TOKEN.finditer(self.text, max(bound, m.start - 40), m.start))
        if not toks or self.text[toks[-1].end():m.start].strip():
            return False
        w = toks[-1].group()
        return has_cyrillic(w) and _ru_pos(w) == "NOUN" and w.lower() not in PREPOSITIONS_RU and \
            not self.in_timex(toks[-1].start())

    def _ru_org_governed(self, m, bound: int) -> bool:
        """Whether a Russian organization mention is the genitive of an institution noun before it ('штаба ВВС',
        'управления Минобороны', 'Генштаба ВС'), so part of a longer subject, not the subject. A voice of the
        organization ('пресс-службы Минобороны') leaves the organization speaking."""
        return self._ru_governed_at(m.start, bound)

    def _ru_governed_at(self, pos: int, bound: int) -> bool:
        toks = list(TOKEN.finditer(self.text, max(bound, pos - 40), pos))
        if not toks or self.text[toks[-1].end():pos].strip(" \"«"):
            return False
        w = toks[-1].group()
        if not has_cyrillic(w) or self.in_timex(toks[-1].start()):
            return False
        keys = _keys(w)
        if bool(keys & INSTITUTION_HEAD_KEYS_RU) and not keys & VOICE_OF_ORG and "gent" in _ru_cases(w) and \
                _ru_pos(w) == "NOUN":
            return True
        # 'Главном управлении разведки Минобороны': a genitive noun that itself hangs on an institution noun
        if _ru_pos(w) != "NOUN" or "gent" not in _ru_cases(w) or keys & VOICE_OF_ORG or len(toks) < 2 or \
                self.text[toks[-2].end():toks[-1].start()].strip():
            return False
        prev = toks[-2].group()
        pk = _keys(prev)
        return has_cyrillic(prev) and bool(pk & INSTITUTION_HEAD_KEYS_RU) and not pk & VOICE_OF_ORG and \
            _ru_pos(prev) == "NOUN"

    def _ru_governed_by(self, toks: list, start: int, bound: int, locative: bool = False) -> Optional[Who]:
        """A role or institution phrase that is not the subject but hangs on a word before it: after a preposition
        ('источник в Минобороны', 'представитель при штабе'), or a genitive governed by a noun that is neither a
        role nor a voice of the institution ('сотрудник управления Минобороны'). The subject is that word, a person
        we cannot name: unknown, with the reason, never the institution."""
        text = self.text
        prev = next((x for x in reversed(toks) if x.end() <= start), None)
        if prev is None or text[prev.end():start].strip(" \"«»"):
            return None
        w = prev.group()
        lw = w.lower()
        if lw in ("в", "во") and locative:
            return None  # 'в ведомстве сообщили': the impersonal plural of the institution itself
        if lw in PREPOSITIONS_RU:
            gov = next((x for x in reversed(toks) if x.end() <= prev.start()), None)
            # 'Собеседник «Коммерсанта» в Минобороны', 'источник агентства в ведомстве': over the genitive of an
            # outlet to the noun that governs the preposition
            steps = 0
            while gov is not None and steps < 2 and not text[gov.end():prev.start()].strip(" \"«»") and \
                    (re.search(r"[«\"]\s*$", text[max(0, gov.start() - 2):gov.start()]) or
                     ("nomn" not in _ru_cases(gov.group()) and "gent" in _ru_cases(gov.group()))):
                nxt = next((x for x in reversed(toks) if x.end() <= gov.start()), None)
                if nxt is None or text[nxt.end():gov.start()].strip(" \"«»"):
                    break
                gov, steps = nxt, steps + 1
            if gov is None or (not steps and text[gov.end():prev.start()].strip(" \"«»")) or \
                    _ru_pos(gov.group()) != "NOUN" or "nomn" not in _ru_cases(gov.group()):
                return None
            lo = self._ru_adjectives_before(toks, gov.start())
            stop = bound + len(text[bound:toks[-1].end()])
            return Who(None, text[lo:stop], lo, stop, "unknown", None, 0.5,
                       found=f"unknown: '{text[lo:stop]}' is someone inside the institution, not the institution")
        return None

    def _ru_adjectives_before(self, toks: list, start: int) -> int:
        """Where a Russian noun's adjectives in front of it begin ('белорусское военное ведомство')."""
        for p in reversed([x for x in toks if x.start() < start]):
            if self.text[p.end():start].strip() or _ru_pos(p.group()) not in ("ADJF", "PRTF"):
                break
            start = p.start()
        return start

    def _ru_governed_end(self, toks: list, stop: int) -> int:
        """Where the genitive (or instrumental) words a Russian role noun governs end: 'глава военного ведомства
        Белоруссии', 'командующий ВВС и войсками ПВО Белоруссии' (one office of two forces)."""
        text = self.text
        for k, n in enumerate(toks):
            if n.group().lower() == "и" and k + 1 < len(toks) and \
                    _ru_cases(toks[k + 1].group()) & {"gent", "ablt"}:
                continue
            if n.group().lower() in PREPOSITIONS_RU or self.in_timex(n.start()) or \
                    re.sub(r"^\s+и\s+", " ", text[stop:n.start()]).strip(" \"«»"):
                break
            if not (_ru_cases(n.group()) & {"gent", "fixd", "ablt"}) and not n.group()[:1].isupper():
                break
            if _ru_pos(n.group()) in ("VERB", "INFN", "GRND", "PRTS", "ADVB", "CONJ", "PRCL", "PREP"):
                break  # 'Директор ФСВТС заявил': a verb has no case, and ends the phrase
            if "ablt" in _ru_cases(n.group()) and not _ru_cases(n.group()) & {"gent", "fixd"} and \
                    _ru_pos(n.group()) not in ("NOUN", "ADJF"):
                break  # only words the role governs ('командующий войсками'), not a manner word
            if _keys(n.group()) & GENERIC_SOURCE_KEYS:
                break  # 'опровергли в министерстве ... сообщения СМИ': the object, not the speaker
            stop = n.end()
        return stop

    def relative_agrees(self, rel: str, key: Optional[str]) -> bool:
        """Whether the relative pronoun ``rel`` can stand for the one person ``key`` (review W10): 'который' for a man,
        'которая' for a woman, 'которые' for no one person ('с делегацией во главе с X, которая заявила': the
        delegation spoke); 'who' for anyone."""
        rel = rel.lower()
        if rel == "которые":
            return False
        if rel in ("который", "которая"):
            gender = self.gender(key) if key else None
            return gender == "f" if rel == "которая" else gender != "f"
        return True

    def right_subject(self, cue: Cue, s) -> Optional[Who]:
        """The speaker after the verb: '..., said Lukashenko', '..., заявил Патрушев', 'сообщили в ФСВТС'."""
        text = self.text
        p = cue.stop
        region_end = self._right_region_end(p, s.stop)
        region = text[p:region_end]
        ru = has_cyrillic(cue.text)
        pm = PRONOUN_AFTER_VERB.match(region)
        if pm:
            return self.resolve_pronoun(pm.group(1).lower(), p + pm.start(1), p + pm.end(1), cue, s)
        mentions = [m for m in self.mentions_in(p, region_end) if m.type in SPEAKER_TYPES and not self.in_speech(m.start)]
        who = self._right_person(mentions, p, ru) or self._right_organization(mentions, cue, p, ru, s)
        if who is not None:
            return who
        if not self.mentions_in(p, region_end) and not (ru and _ru_plural(cue.text)):
            who = self._right_unknown_name(region, p, ru)
            if who is not None:
                return who  # '"...," said Alesin', '«...», — сказал Алесин': a name the entity stage did not read
        if ru:
            member = self.member_right_ru(region, p)  # 'рассказал «Зеркалу» один из администраторов проекта'
            if member is not None:
                return member
            who = self._right_role_ru(cue, s, p, region_end)
            if who is not None and who.key is None and who.kind == "role":
                named = self._name_set_off_after(region_end, s)
                if named is not None:
                    return named
            return who
        mm = NP_AFTER_VERB_EN.match(region)
        if mm:
            who = self.resolve_phrase(mm.group("np"), p + mm.start("np"), p + mm.end("np"),
                                      mm.group("head").lower(), cue, s)
            if who is not None and who.key is None and who.kind == "role":
                named = self._name_set_off_after(region_end, s)
                if named is not None:
                    return named  # 'said the deputy commander of the air force for aviation, Colonel X Y.'
            return who
        return None

    def _name_set_off_after(self, pos: int, s) -> Optional[Who]:
        """The person a comma at ``pos`` sets off after a role phrase the verb's speaker slot ends on, when the name
        (after at most three words of rank: 'Colonel', 'Major General', 'Lt. Gen.', 'полковник', 'генерал-майор')
        closes the sentence or the phrase: '..., said the deputy commander of the air force, Colonel Leonid
        Davidovich.', '..., – сказал заместитель командующего ВВС по авиации, полковник Леонид Давидович.' A role
        no one can be resolved from is then the name it is given."""
        if not re.match(r",\s", self.text[pos:pos + 2]):
            return None
        for m in self.mentions_in(pos, s.stop):
            if m.type != "person" or not m.key:
                continue
            between = TOKEN.findall(self.text, pos, m.start)
            if len(between) > 3 or not all(_rank_word(w) for w in between):
                return None
            if not re.match(r"\s*(?:[.,;:!?]|$)", self.text[m.stop:s.stop]):
                return None
            return self.who_from_mention(m, pos)
        return None

    def _right_unknown_name(self, region: str, p: int, ru: bool) -> Optional[Who]:
        """A name alone after the verb that no mention covers ('said Alesin', 'сказал Алесин'): the person the
        article named earlier with first name and surname, else unknown with the name as written."""
        from bellink.ingest.entities import NOT_NAMES

        if ru:
            nm = re.match(r"\s*((?:[А-ЯЁ][а-яё-]+\s+){0,1}[А-ЯЁ][а-яё-]+)\s*$", region)
            if nm is None:
                return None
            last = nm.group(1).split()[-1]
            if not any(("Surn" in x.tag or "Name" in x.tag) and x.tag.case == "nomn" for x in _parse(last.lower())[:3]):
                return None
        else:
            nm = re.match(r"\s*((?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+)\s*$", region)
            if nm is None:
                return None
        words = nm.group(1).split()
        if any(w.lower() in NOT_NAMES or self._is_title_word(w) or fold(w) in COUNTRY_ADJ or self._country_of(w)
               for w in words):
            return None
        return self._named_later(nm.group(1), p + nm.start(1), p + nm.end(1))

    def _right_region_end(self, p: int, end: int) -> int:
        """The stretch after a verb where its speaker may stand: up to the next punctuation, over the dots of
        an abbreviated rank ('said Gen. Lt. Ravkov')."""
        text = self.text
        m_end = re.search(r"[,;:.!?]\s|[,;:!?]|\.$", text[p:end])
        region_end = p + m_end.start() if m_end else end
        # (over each dot of 'Maj. Gen.' in turn: ``region_end`` is where the last match stopped)
        while m_end and text[region_end] == "." and RANK_ABBREVIATION_AT_END.search(text[p:region_end]):
            nxt = re.search(r"[,;:.!?]\s|[,;:!?]|\.$", text[region_end + 1:end])
            region_end = region_end + 1 + nxt.start() if nxt else end
            m_end = nxt
        return region_end

    def _right_person(self, mentions: list, p: int, ru: bool) -> Optional[Who]:
        """A person named after the verb, in the nominative, not the object of a preposition."""
        for m in mentions:
            if m.type != "person":
                continue
            prev_word = self.word_before(m.start, p)
            if prev_word in PREPOSITIONS_EN or prev_word in PREPOSITIONS_RU:
                continue
            if ru and has_cyrillic(m.text) and not self._ru_nominative(m):
                continue
            who = self.who_from_mention(m, p)
            who.start = max(who.start, p)
            return who
        return None

    def _right_organization(self, mentions: list, cue: Cue, p: int, ru: bool, s=None) -> Optional[Who]:
        """An organization after the verb: 'сообщили в ФСВТС', 'сообщила пресс-служба X', 'said the ministry';
        an outlet there is the channel ('сообщили "Интерфаксу"')."""
        text = self.text
        told = None  # 'сообщили «Оборонному вестнику» / БелТА в пресс-службе Минобороны': the outlet told, passed over
        for m in mentions:
            if m.type != "organization":
                continue
            if _keys(m.text) & VOICE_OF_ORG or fold(m.text.lower()) in VOICE_OF_ORG or \
                    re.match(r"-(?:канал|channel)", text[m.stop:m.stop + 8], re.IGNORECASE):
                continue  # 'Telegram-канал Министерства обороны' read as a name: the channel's owner speaks
            office = self._office_of_organization(m, p, cue, s)
            if office is not None:
                return office  # 'заявил директор ФСВТС', 'said the head of the FSVTS': the office holder
            titled = self._titled_voice(m, p, s.stop if s is not None else len(text))
            if titled is not None:
                return titled  # 'said the Kremlin spokesman', 'подчеркнул официальный представитель Кремля'
            inner = self._org_inside_subject(m, p, ru)
            if inner is not None:
                return inner  # 'said a source in the ministry', 'заявил начальник штаба ВВС': not the organization
            prev_word = self.word_before(m.start, p)
            words_before = TOKEN.findall(text[p:m.start])
            if prev_word in ("в", "во") and ru:
                # 'сообщили в ФСВТС', 'сообщили в пресс-службе Минобороны': only an impersonal plural verb;
                # 'сказал источник в Минобороны' is someone inside it, not the ministry
                if self.is_media(m.key, m.text) or not _ru_plural(cue.text):
                    continue
                return Who(m.key, text[m.start - len(prev_word) - 1:m.stop], m.start, m.stop, "institution",
                           confidence=0.85)
            if ru and words_before and _keys(words_before[-1]) & VOICE_OF_ORG and prev_word not in PREPOSITIONS_RU:
                vm = re.search(r"([\w-]+)[\s\"«]*$", text[p:m.start])
                start = p + vm.start(1) if vm else m.start
                if self.is_media(m.key, m.text):
                    return Who(None, text[start:m.stop], start, m.stop, "media", confidence=0.5, role=m.key)
                return Who(m.key, text[start:m.stop], start, m.stop, "institution", confidence=0.85)
            if prev_word in PREPOSITIONS_EN or prev_word in PREPOSITIONS_RU:
                continue
            if ru and has_cyrillic(m.text):
                own = _ru_cases(TOKEN.findall(m.text)[0])
                if "datv" in own and "nomn" not in own and not (own & {"fixd"}):
                    continue  # 'сообщили «Оборонному вестнику»': the outlet told, even when the form is listed
                cases = own | ({"nomn"} if self._kb_form(m) else set())
                if "datv" in cases and "nomn" not in cases:
                    continue  # 'сообщили "Интерфаксу"': the outlet told, a channel
                if prev_word and _keys(prev_word) & OUTLET_NOUN_KEYS:
                    continue
                if not (cases & {"nomn", "fixd"}):
                    continue
            elif not ru and self.word_before(m.start, p) in ("told",):
                continue
            if self.is_media(m.key, m.text):
                start = m.start
                if ru and told is None and _ru_plural(cue.text):
                    told = Who(None, m.text, start, m.stop, "media", confidence=0.5, role=m.key)
                    continue  # 'сообщили БелТА в пресс-службе Минобороны': the ministry spoke, if it follows
                return Who(None, m.text, start, m.stop, "media", confidence=0.5, role=m.key)
            return Who(m.key, m.text, m.start, m.stop, "institution", confidence=0.85)
        return told

    def _titled_voice(self, m, lo: int, hi: int) -> Optional[Who]:
        """A voice of an organization that is an office with one holder ('the Kremlin spokesman', 'официальный
        представитель Кремля', 'пресс-секретарь Кремля': titles.tsv): the holder at the article's date, else
        unknown with the reason, never the organization. 'The ministry's spokesman' is no such office and stays
        the ministry's voice."""
        if m.type != "organization" or self.is_media(m.key, m.text):
            return None
        text = self.text
        phrase = start = stop = None
        after = re.match(r"(?:'s|’s)?\s+(spokes(?:man|woman|person)|press secretary)\b", text[m.stop:hi])
        if after:
            det_lo = min(lo, max(0, m.start - 4))  # (a phrase read from its head may begin after 'The ')
            det = re.search(r"\b(?:the|The)\s+$", text[det_lo:m.start])
            if det is None:
                return None  # 'A Kremlin spokeswoman': one of its spokespeople, not the office
            start, stop = det_lo + det.start(), m.stop + after.end()
        else:
            before = re.search(r"((?:[\w-]+\s+)?(?:пресс-секретар[\w]*|представител[\w]*))\s+$", text[lo:m.start],
                               re.IGNORECASE)
            if before:
                start, stop = lo + before.start(1), m.stop
        if start is None:
            return None
        phrase = text[start:stop]
        # "the Kremlin's spokesman" is the office 'the Kremlin spokesman'
        title = self.office_title(re.sub(r"(?<=\w)(?:'s|’s)(?=\s)", "", phrase))
        if title is None:
            return None
        key, conf = self.resolve_role(phrase, start, [m])
        found = self._role_cache.pop(("found", start), None)
        if key is None:
            return None  # no holder known at that date: the organization's voice, as any spokesman's
        said = "f" if re.search(r"spokeswoman|пресс-секретарша", phrase, re.IGNORECASE) else None
        if said and self.gender(key) not in (None, said):
            return None  # 'the Kremlin spokeswoman' is not the man who holds the post
        return Who(key, phrase, start, stop, "role", self.best_role(key) or phrase, conf, found=found)

    def _org_inside_subject(self, m, p: int, ru: bool) -> Optional[Who]:
        """The subject after a verb that only contains the organization: 'said a source in the Russian defence
        ministry', 'said the chief of staff of the Belarusian air force', 'заявил начальник штаба ВВС Белоруссии'.
        A noun other than a voice of the organization (a spokesman, a press service: they speak for it) heads
        the phrase: someone we cannot name, unknown with the reason, never the organization."""
        text = self.text
        toks = [t for t in TOKEN.finditer(text, p, m.start) if not self.in_timex(t.start())]
        if not toks:
            return None
        head = None
        for t in toks:
            w = t.group()
            lw = w.lower()
            if lw in ("the", "a", "an", "its", "his", "her") or w[:1].isupper() and not has_cyrillic(w):
                continue
            if self.mention_at(t.start()) is not None:
                continue  # 'сообщили "Интерфаксу" в ФСВТС': the outlet told, not a head
            if has_cyrillic(w):
                if _ru_pos(w) != "NOUN" or lw in PREPOSITIONS_RU:
                    continue
                if "nomn" not in _ru_cases(w) or not w.islower():
                    return None  # only a subject in the nominative heads the phrase
            elif lw in PREPOSITIONS_EN or not lw.isalpha():
                continue
            head = t
            break
        if head is None:
            return None
        keys = _keys(head.group()) | {fold(head.group().lower())}
        if keys & VOICE_OF_ORG or head.group().lower() in VOICE_PERSONS or VOICE_OF_BEFORE_EN.search(
                text[head.start():m.start]):
            return None  # 'said a spokesman for the ministry', 'сообщил представитель Минобороны'
        if self.is_media(m.key, m.text):
            return None  # 'заявил глава ведомства в интервью телеканалу «Звезда»': the outlet is a channel
        if ru:
            if not has_cyrillic(head.group()):
                return None
            between = [t.group() for t in toks if head.start() < t.start()]
            if not any(w.lower() in PREPOSITIONS_RU or (_ru_pos(w) == "NOUN" and "gent" in _ru_cases(w))
                       for w in between):
                return None  # 'сообщил мониторинговый проект «Гаюн»': the organization itself, by its kind
        if not ru and not any(w.lower() in PREPOSITIONS_EN for w in TOKEN.findall(text[head.end():m.start])) and \
                "'" not in text[head.end():m.start] and "’" not in text[head.end():m.start]:
            return None  # an English head word must govern the organization through a preposition
        stop = m.stop
        return Who(None, text[head.start():stop], head.start(), stop, "unknown", None, 0.5,
                   found=f"unknown: '{text[head.start():stop]}' names someone of the organization, not the organization")

    def _right_role_ru(self, cue: Cue, s, p: int, region_end: int) -> Optional[Who]:
        """A Russian role or institution phrase after the verb: 'подчеркнул белорусский лидер',
        'сообщили в министерстве обороны'."""
        text = self.text
        toks = list(TOKEN.finditer(text, p, region_end))
        for i, t in enumerate(toks):
            keys = _keys(t.group())
            prev_word = toks[i - 1].group().lower() if i else ""
            if keys & (ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU):
                if prev_word not in ("в", "во") and _ru_plural(cue.text):
                    # 'сообщили в белорусском военном ведомстве': adjectives between the preposition and the head
                    j = i
                    while j > 1 and _ru_pos(toks[j - 1].group()) == "ADJF" and "loct" in _ru_cases(toks[j - 1].group()):
                        j -= 1
                    if j < i and toks[j - 1].group().lower() in ("в", "во"):
                        # (with the genitive after the head: 'в военном ведомстве Украины' names its country)
                        stop = self._ru_governed_end(toks[i + 1:i + 8], t.end())
                        phrase = text[toks[j - 1].start():stop]
                        return self.resolve_phrase(phrase, toks[j - 1].start(), stop,
                                                   fold(_parse(t.group().lower())[0].normal_form), cue, s)
                if (prev_word in ("в", "во") and _ru_plural(cue.text)) or "nomn" in _ru_cases(t.group()):
                    start = toks[i - 1].start() if prev_word in ("в", "во") else t.start()
                    j = i
                    cases = _ru_cases(t.group())
                    while prev_word not in ("в", "во") and j > 0 and _ru_pos(toks[j - 1].group()) == "ADJF" \
                            and _ru_cases(toks[j - 1].group()) & cases:
                        j -= 1
                        start = toks[j].start()  # 'подчеркнул белорусский лидер
                    stop = self._ru_governed_end(toks[i + 1:i + 8], t.end())
                    phrase = text[start:stop]
                    head = fold(_parse(t.group().lower())[0].normal_form)
                    return self.resolve_phrase(phrase, start, stop, head, cue, s)
        return None
