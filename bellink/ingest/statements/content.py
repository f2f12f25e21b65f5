"""What was said: forward after the cue or backward before the attribution, trimmed to a clause.

    forward:  "said (on Tuesday) that ..." / "заявил, что ..." (that), "said: «...»" (colon), "said: " and
              the quote in the next sentence (colon_next), "сообщил о ..." (about), "said Russia would ..."
              (zero_that), "denied media reports that ..." (object: the verb is part of the content)
    backward: "«...», — заявил X" (quote), "..., X said" (clause), "The deal, X said, will ..." (parenthetical)
Not content: "said in May" or "said goodbye" (no clause), "As an example" (not a clause), words after
a relative pronoun between the verb and "that".

Lexicons: statement_words.tsv (adjunct_start, audience, gap_blocker, not_clause_start, not_object_start,
to_content_verb), statement_patterns.tsv (aux_en, clause_start_en), speech_verbs.tsv (about).
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _parse, _ru_cases, _ru_pos, s_words
from bellink.ingest.statements.values import Cue
from bellink.ingest.statements.verbs import EN_ABOUT, RU_ABOUT, RU_ON, verbs
from bellink.ingest.statements.words import (
    ADDRESSEE_LINKS, ADDRESSEE_WORD, ADJUNCT_START_EN, AUDIENCE_EN, NOT_ADDRESSEE_EN, AUX_EN, CLAUSE_START_EN, CLOSE_MARKS, DASHES, DATELINE, DENIAL_VERBS, GAP_BLOCKERS_EN,
    GAP_BLOCKERS_RU, INFINITIVE_CUES_RU, LEADING_CONNECTORS, NAMING_VERBS, NOT_CLAUSE_START_EN, QUESTION_LEADS, NOT_OBJECT_START, NOUN_OBJECT_VERBS, SPEECH_CONTENT_NOUNS, PREPOSITIONS_EN, PREPOSITIONS_RU,
    TO_CONTENT_VERBS,
)
from bellink.names import has_cyrillic


# an auxiliary of the perfect and the adverbs between it and the verb ('has in the past', 'had repeatedly')
# 'spoke about two hours with the troops', 'talked about an hour': 'about' before an amount means approximately
ABOUT_AMOUNT_EN = re.compile(r"(?i)(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                             r"twenty|thirty|forty|fifty|sixty|ninety|a\s+hundred|hundred|half|a\s+dozen|dozen|several|"
                             r"a\s+few|a\s+couple)\b(?:\s+(?:and\s+a\s+half|more|\w+))?\s*(?:-\s*)?(?:hours?|minutes?|"
                             r"days?|weeks?|months?|years?|times|an?\s+hour|kilometres?|kilometers?|km|miles|people|"
                             r"soldiers|servicemen|troops|officers|pilots|of\b)|\d)")
PERFECT_BEFORE_EN = re.compile(r"\b(?:has|have|had)\s+(?:(?:previously|repeatedly|already|also|long|consistently|"
                               r"often|again|earlier|twice|in\s+the\s+past|more\s+than\s+once)\s+){0,3}$")


# 'said crews were already training', 'said new deliveries would follow': a clause whose subject is a bare plural
# noun (with one word before it), known by the auxiliary or modal straight after it
# 'said crews were ...', 'said four Tor-M2 batteries would ...', 'said six new Russian helicopters would ...': a plural
# subject with up to three premodifiers (the first lowercase or a number; designations and nationalities after it)
BARE_PLURAL_EN = re.compile(r"(?:(?:[a-z][\w-]*|\d[\d,]*)\s+(?:[A-Za-z][\w-]*\s+){0,2})?[a-z][\w-]*[a-z]s\s+"
                            # up to two prepositional phrases ('talks with Russia on Mi-28NE helicopters had ...')
                            r"(?:(?:(?:with|of|from|for|on|to|in)\s+(?:the\s+)?(?:[\w-]+(?:\s+|(?=,))){1,2}?){1,2}"
                            # 'crews trained at a Russian range would ...': a participle and its place or agent
                            r"|[a-z]+ed\s+(?:at|in|by|on|from|with|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){1,3}?)?"
                            # and a participle set off by commas ('talks ..., started in 2019, had been put on hold')
                            r"(?:(?<=\w),\s*[a-z]+ed\s+(?:[\w-]+\s+){0,4}?[\w-]+,\s+)?")



# where the words after a reporting verb stop being its clause: a colon, a participle or conjunction after a comma
# ('after the ceremony, adding that ...'), a quote opened after a comma
ZERO_THAT_CLAUSE_END = re.compile(r":|,\s*(?:[a-z]+ing|and|but|while)\b|,\s*[«\"“„]")


# the subject and its auxiliary in one match, so a longer modifier is tried when a shorter one leaves no auxiliary next
# (the predicate may open a quote: 'talks with Irkut "are at an advanced stage"')
BARE_PLURAL_AUX_EN = re.compile(BARE_PLURAL_EN.pattern + "[\"“]?(?i:" + AUX_EN.pattern + ")")
# 'said work on the agreement would be completed', 'said production of the chassis will double': a bare noun, up to two
# of-/on-phrases, and a modal or auxiliary straight after them open a clause with no 'that'
BARE_NOUN_MODAL_EN = re.compile(r"[a-z][a-z-]+(?:\s+(?:on|of|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}[\w-]+){0,2}\s+"
                                r"(?:would|will|could|can|should|must|might|may|had|has|was|were|is|are)\s+[a-z]")


# 'urged Moscow to sell', 'called on the Russian side to speed up': an addressee of up to four words and a to-infinitive
APPEAL_VERBS_EN = {"urge", "call on"}
APPEAL_TO_EN = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}?to\s+[a-z]{2,}")


# where the words were said, between the verb and a clause with no 'that' (construction S23)
SAID_IN_A_STATEMENT = re.compile(
    r"(?:in|on|at)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|website|post|briefing|"
    r"release|message|communiqu[eé]|time)\s+(?=[a-z]|[A-Z][a-z])")


def _reads_as(word: str, parts: tuple) -> bool:
    """Whether one of a Russian word's first three readings is one of these parts of speech ('прибыли' reads
    first as a noun, then as a past verb)."""
    return any(p.tag.POS in parts for p in _parse(word.lower())[:3])


# 'reported <noun>' whose clause goes on to cite its sources: an outlet's report (review N1 of session 19)
CITING_AFTER_OBJECT_EN = re.compile(r",\s+(?:citing|quoting|with\s+reference\s+to)\b")


class Content:
    def _timex_dots_blank(self, lo: int, hi: int) -> str:
        """The text from lo to hi with the dots inside time expressions ('Oct. 8', 'Sept. 21') made spaces."""
        s = self.text[lo:hi]
        if "." not in s:
            return s
        chars = list(s)
        for i, c in enumerate(chars):
            if c == "." and self.in_timex(lo + i):
                chars[i] = " "
        return "".join(chars)

    def forward(self, cue: Cue, s) -> Optional[tuple[int, int]]:
        """Content after the cue: a that/что-clause, a colon or comma before a quote, or a bare clause."""
        text = self.text
        self._fwd_kind = None
        self._fwd_rule = None  # which content construction matched, for the statement's rule
        p = cue.stop
        rest = text[p:s.stop]
        ru = has_cyrillic(cue.text)
        cs = None
        if ru:
            m = re.match(r"(?P<gap>[^,.;:!?]{0,120}?)\s*(?:,\s*(?:что|будто|чтобы)\b|\s*о\s+том\s*,\s*что\b)", rest)
            if m and self._gap_ok_ru(m.group("gap")):
                cs, self._fwd_rule = p + m.end(), "that"
            if cs is None:
                m = re.match(r"(?P<gap>[^,.;:!?]{0,80}?)\s*:\s*", rest)
                if m and self._gap_ok_ru(m.group("gap")):
                    cs, self._fwd_rule = p + m.end(), "colon"
                    if cs >= s.stop:
                        self._fwd_rule = "colon_next"
                        return self._colon_next(s)
            if cs is None and (cue.lemma in RU_ABOUT or cue.lemma in RU_ON):
                prep = r"(?:о|об|обо)\s" if cue.lemma in RU_ABOUT else r"(?<![\w-])на\s+(?!то\b|этом?\b)(?=\w)"
                m = re.match(r"(?P<gap>[^,.;:!?]{0,60}?)\s*(?=" + prep + ")", rest)
                if m and self._gap_ok_ru(m.group("gap")) and len(TOKEN.findall(rest[m.end():])) >= 3:
                    cs, self._fwd_rule = p + m.end(), "about"
            if cs is None and cue.lemma in INFINITIVE_CUES_RU and self._ru_infinitive_next(rest):
                # 'попросил Москву ускорить поставку': the request, the verb included
                cs = self._verb_group_start(cue)
                self._fwd_kind = self._fwd_rule = "object"
        else:
            # the dot of an abbreviated month in a date between the verb and 'that' ('said on Oct. 8 that') ends nothing
            scan = self._timex_dots_blank(p, s.stop)
            m = re.match(r"(?P<gap>[^.;:!?\"«»“”„]{0,160}?)\bthat\b", scan)
            if m and (self._gap_ok_en(m.group("gap"), cue) or self._gap_is_time(p, p + m.end("gap"))):
                cs, self._fwd_rule = p + m.end(), "that"
            if cs is None:
                m = re.match(r"(?P<gap>[^.;:!?\"«»“”„]{0,80}?)\s*(?P<mark>:|,(?=\s*[«\"“„]))\s*", scan)
                if m and self._gap_ok_en(m.group("gap"), cue):
                    cs, self._fwd_rule = p + m.end(), "colon"
                    if m.group("mark") == ",":
                        self._fwd_kind = self._fwd_rule = "comma_quote"
                    if cs >= s.stop:
                        self._fwd_rule = "colon_next"
                        return self._colon_next(s)
            if cs is None and cue.lemma in EN_ABOUT:
                # 'Saharuk spoke about the re-equipment of the army': the topic is what was said (RULES point 1)
                m = re.match(r"(?P<gap>[^,.;:!?\"«»“”„]{0,60}?)\s*(?<![\w-])about\s+(?=\S)", scan)
                if m and self._gap_ok_en(m.group("gap"), cue) and len(TOKEN.findall(rest[m.end():])) >= 3 and \
                        not ABOUT_AMOUNT_EN.match(rest, m.end()):
                    cs, self._fwd_rule = p + m.end(), "about"
            if cs is None and cue.lemma in APPEAL_VERBS_EN and APPEAL_TO_EN.match(rest):
                # 'urged Moscow to speed up deliveries': the appeal, the verb included
                cs = self._verb_group_start(cue)
                self._fwd_kind = self._fwd_rule = "object"
            if cs is None and cue.klass in ("say", "tell", "add"):
                cs = self._zero_that(cue, rest, p)
                self._fwd_rule = "zero_that"
        if cs is None and cue.klass == "object":
            cs = self._object_content(cue, rest, p)
            if cs is not None:
                # 'refuted media reports that ...': the verb is part of what was said
                self._fwd_kind = self._fwd_rule = "object"
                cs = self._verb_group_start(cue)
        if cs is None:
            return None
        if cue.lemma in NAMING_VERBS and self._fwd_rule == "that":
            # 'назвал «инсинуациями» сообщения о том, что ...': the clause belongs to the object the verb labels
            self._fwd_kind = self._fwd_rule = "object"
            cs = self._verb_group_start(cue)
        if cue.lemma in DENIAL_VERBS and self._fwd_rule in ("that", "zero_that", "object"):
            # 'denied that any equipment had been handed over': the denial, not what it denies
            self._fwd_kind = self._fwd_rule = "object"
            cs = self._verb_group_start(cue)
        while cs < len(text) and text[cs] in " \t\u00a0":
            cs += 1
        return self.content_to_sentence_end(cs, s, min_tokens=2)

    def _ru_infinitive_next(self, rest: str) -> bool:
        """An infinitive right after the verb, or after its addressee of up to three words ('попросил Москву
        ускорить', 'пообещал белорусским коллегам рассмотреть'), with no punctuation before it."""
        toks = list(TOKEN.finditer(rest))[:5]
        for i, t in enumerate(toks[:4]):
            w = t.group()
            if _ru_pos(w) == "INFN":
                return len(toks) > i + 1 and not re.search(r"[,.;:!?«»\"]", rest[:t.start()])
            if _ru_pos(w) not in ("NOUN", "NPRO", "ADJF", "PRTF") or i == 3:
                return False
        return False

    def _verb_group_start(self, cue: Cue) -> int:
        """Where a verb that is part of the content begins with its auxiliary and adverbs: 'has previously
        dismissed such reports', 'has in the past dismissed', 'has repeatedly denied'."""
        if has_cyrillic(cue.text):
            # 'ранее отрицал', 'неоднократно называли': the adverbs right before the Russian verb
            start = cue.start
            for _ in range(3):
                m = re.search(r"([\w-]+)\s+$", self.text[max(0, start - 30):start])
                if not m or _ru_pos(m.group(1).lower()) != "ADVB" or self.in_timex(start - len(m.group())):
                    break
                start -= len(m.group())
            return start
        m = PERFECT_BEFORE_EN.search(self.text, max(0, cue.start - 60), cue.start)
        return m.start() if m else cue.start

    def content_to_sentence_end(self, cs: int, s, min_tokens: int) -> Optional[tuple[int, int]]:
        """Content from ``cs`` to the end of the sentence, or of a quote opened at ``cs`` that runs past it."""
        ce = s.stop
        q = self.quote_opening_at(cs)
        if q is not None and q.close >= ce:
            ce = q.close + 1
        cs, ce = self.trim(cs, ce)
        if len(TOKEN.findall(self.text[cs:ce])) < min_tokens:
            return None
        return cs, ce

    def _object_content(self, cue: Cue, rest: str, p: int) -> Optional[int]:
        """'denied media reports that ...', 'he noted the deliveries of ...', 'pledged to continue ...'."""
        m = re.match(r"\s+", rest)
        if not m:
            return None
        if cue.lemma == "report" and CITING_AFTER_OBJECT_EN.search(rest):
            return None  # 'Reuters reported the deal on Monday, citing two sources': the sources' words, not a noun phrase
        when = self._timex_from(p + m.end())
        if when is not None:
            # 'confirmed on Friday the plans to ...', 'подтвердило в понедельник прибытие ...': the day the words were
            # said stands before their object
            after = re.match(r",?\s+", self.text[when:p + len(rest)])
            if after is None:
                return None
            m = re.match(r".*", self.text[p:when + after.end()], re.S)
            rest = self.text[p:p + len(rest)]
        body = rest[m.end():]
        first = re.match(r"[\w’'-]+", body)
        # 'подтвердило прибытие самолетов': a Russian accusative noun and its genitive are object enough
        # ('denied any transfers', 'отверг эти сообщения': a denial's object is content enough in two words)
        short_ok = cue.lemma in NAMING_VERBS or cue.lemma in DENIAL_VERBS or (
            first is not None and has_cyrillic(first.group()) and _ru_pos(first.group().lower()) == "NOUN" and
            "accs" in _ru_cases(first.group()))
        if not first or len(TOKEN.findall(body)) < (2 if short_ok else 3):
            return None
        fw = first.group().lower()
        if fw == "to" and cue.lemma in TO_CONTENT_VERBS:
            return p + m.end()
        if fw in PREPOSITIONS_EN or fw in PREPOSITIONS_RU or fw in NOT_OBJECT_START:
            return None
        if has_cyrillic(body[:1]) and _ru_pos(fw) in ("VERB", "CONJ", "PRCL", "ADVB", "GRND", "INFN"):
            return None
        if cue.lemma in NOUN_OBJECT_VERBS and not self._speech_content_head(body):
            return None  # 'отметил 30-летие ...', 'отметил лучших военнослужащих наградами': celebrated, awarded
        return p + m.end()

    @staticmethod
    def _speech_content_head(body: str) -> bool:
        """Whether the noun phrase at the start of ``body`` has a head noun that names what is said ('важность',
        'стратегическое партнерство'), past up to three adjectives, participles, pronouns or numerals."""
        for t in list(TOKEN.finditer(body))[:4]:
            w = t.group().lower()
            if not has_cyrillic(w):
                return False
            parses = _parse(w)
            if not parses:
                return False
            pos = str(parses[0].tag.POS)
            if pos == "NOUN":
                return parses[0].normal_form.replace("ё", "е") in SPEECH_CONTENT_NOUNS
            if pos not in ("ADJF", "PRTF", "NPRO", "NUMR", "ADVB"):
                return False
        return False

    def _timex_from(self, pos: int) -> Optional[int]:
        """The end of a time expression that begins at ``pos`` ('on Friday', 'on 17 December'), or None."""
        import bisect

        k = bisect.bisect_left(self.t_starts, pos)
        if k < len(self.timexes) and self.t_starts[k] <= pos + 3 and \
                re.fullmatch(r"(?:on|in|at)?\s*", self.text[pos:self.t_starts[k]]):
            return self.timexes[k].stop
        return None

    def _colon_next(self, s) -> Optional[tuple[int, int]]:
        """'The minister said:' and the quote opens the next sentence or paragraph."""
        if s.index + 1 >= len(self.a.sentences):
            return None
        nxt = self.a.sentences[s.index + 1]
        q = self.quote_opening_at(nxt.start)
        if q is None:
            return None
        return q.open, q.close + 1

    def _gap_is_time(self, lo: int, hi: int) -> bool:
        """Whether the words between a verb and 'that' are one time expression ('said Wednesday that')."""
        gap = self.text[lo:hi]
        return bool(gap.strip()) and len(gap) <= 40 and not self.blank_timexes(lo, hi).strip(" ,")

    def _gap_ok_en(self, gap: str, cue: Cue) -> bool:
        words = gap.replace(",", " ").split()
        if not words:
            return True
        if len(words) > 14:
            return False
        lows = [w.lower() for w in words]
        if any(w in GAP_BLOCKERS_EN for w in lows):
            return False
        if verbs().en_regex.search(gap):
            return False
        if re.search(r",\s*(?!speaking\b)[a-z]+ing\b", gap):
            return False  # 'told journalists, brushing aside a plan that ...': the participle's own clause
        if lows[0] in ADJUNCT_START_EN:
            return True
        if cue.klass == "tell" or cue.lemma in ("quote", "tell"):
            return True  # 'told TASS that', 'telling workers that'
        return False

    def _gap_ok_ru(self, gap: str) -> bool:
        words = TOKEN.findall(gap)
        if len(words) > 8:
            return False
        for w in words:
            lw = w.lower()
            if lw in GAP_BLOCKERS_RU:
                return False
            if has_cyrillic(w) and _ru_pos(lw) == "VERB":
                return False
        return True

    def _zero_that(self, cue: Cue, rest: str, p: int) -> Optional[int]:
        """'He said Russia would continue ...': a clause straight after the verb (and its addressee)."""
        m = re.match(r"\s+", rest)
        if not m:
            return None
        body = rest[m.end():]
        if cue.klass == "tell" or cue.lemma == "quote":
            om = re.match(r"(?:(?:the\s+)?[\w’'-]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+", body)
            if cue.lemma == "quote":
                om = None
            if om is None and cue.klass == "tell":
                return None
            if om is not None:
                obj = om.group().strip()
                got = None
                if obj.lower() in AUDIENCE_EN or obj[:1].isupper():
                    got = self._zero_that_clause(cue, rest, p, body[om.end():])
                if got is None and cue.klass == "tell":
                    # 'told a rally the army would ...', 'told state television crews were ...': a longer addressee
                    for np_end in self._addressee_ends(body):
                        got = self._zero_that_clause(cue, rest, p, body[np_end:].lstrip())
                        if got is not None:
                            break
                return got
        return self._zero_that_clause(cue, rest, p, body)

    @staticmethod
    def _addressee_ends(body: str) -> list:
        """Where an addressee of 'told' of two to five words may end in ``body`` ('a rally', 'state television',
        'the state news agency', 'a rally in Minsk'): never over an auxiliary, a subject pronoun or 'that', and
        never on a determiner or a preposition."""
        out = []
        for k, w in enumerate(list(ADDRESSEE_WORD.finditer(body, 0, 80))[:5]):
            lw = w.group().lower()
            if lw in NOT_ADDRESSEE_EN or AUX_EN.fullmatch(lw):
                break
            if k and lw not in ADDRESSEE_LINKS:
                out.append(w.end())
        return out

    def _zero_that_clause(self, cue: Cue, rest: str, p: int, body: str) -> Optional[int]:
        adv = SAID_IN_A_STATEMENT.match(body)
        if adv:
            body = body[adv.end():]  # 'said in a statement it had ...', 'said at the time the aircraft had ...'
        lo = p + len(rest) - len(body)
        tx = None  # the first (in start order) starting within 12 characters and ending within 40
        for k in range(bisect.bisect_left(self.t_starts, lo), bisect.bisect_right(self.t_starts, lo + 12)):
            if self.timexes[k].stop <= lo + 40:
                tx = self.timexes[k]
                break
        if tx is not None and re.fullmatch(r"(?:(?:on|in|at|during|by)\s+)?", self.text[lo:tx.start]):
            # a time expression the timex stage read between the verb and the clause ('said on Tuesday the
            # systems would ...', 'said in mid-May crews were ...'); never one followed by a comma: 'said on
            # Thursday, the second day of the fair' is an apposition
            after = re.sub(r"^\s+", "", self.text[tx.stop:lo + len(body)])
            if after != self.text[tx.stop:lo + len(body)] and (CLAUSE_START_EN.match(after) or
                                                                self._bare_plural(after, 0)):
                body = after
            else:
                # 'said Thursday after talks with ...': a time expression is no clause's subject
                return None
        first = re.match(r"[\w’'.-]+", body)
        if not first or not (CLAUSE_START_EN.match(body) or self._bare_plural(body, 0)):
            return None
        fw = first.group().lower()
        if fw in NOT_CLAUSE_START_EN:
            return None
        # the clause's own words: an auxiliary after a colon or a quote mark belongs to other words ('told reporters
        # after the ceremony, adding: "The crews will ..."' has no clause after 'reporters')
        head = " ".join(ZERO_THAT_CLAUSE_END.split(body, maxsplit=1)[0].split()[:12])
        if not AUX_EN.search(head) and not (cue.lemma == "say" and re.search(r"\b\w+(?:ed|s)\b", " ".join(body.split()[1:8]))):
            return None
        if len(body.split()) < 3:
            return None
        return p + len(rest) - len(body)

    @staticmethod
    def _bare_plural(body: str, pos: int) -> bool:
        return BARE_PLURAL_AUX_EN.match(body, pos) is not None or BARE_NOUN_MODAL_EN.match(body, pos) is not None

    def backward(self, cue: Cue, s, attr_start: int, bound: int, accepted: list) -> Optional[tuple[int, int]]:
        """Content before the attribution: '..., X said', '«...», — заявил X', '"...," he added'."""
        text = self.text
        self._bwd_rule = "clause"  # which content construction matched, for the statement's rule
        k = attr_start
        while k > bound and text[k - 1] in " \t\u00a0,-–—":
            k -= 1
        seps = text[k:attr_start]
        q = self.quote_closing_at(k - 1) if k > bound else None
        if q is None and k <= s.start and s.index > 0 and not accepted:
            # '“Why would we need them?” Khrenin asked.': the segmenter cut after the quote's own question mark
            prev = self.a.sentences[s.index - 1]
            j = attr_start
            while j > prev.start and text[j - 1] in " \t\u00a0,-–—":
                j -= 1
            pq = self.quote_closing_at(j - 1)
            if prev.paragraph == s.paragraph and pq is not None and text[pq.close - 1:pq.close] in "?!…." \
                    and not any(h.st.start <= pq.open < h.st.stop for h in self.hits):
                self._intro = None
                self._bwd_rule = "quote"
                return self.inner(pq)
        if q is None:
            q = self.quote_closing_at(k - 1) if k > 0 and text[k - 1] in CLOSE_MARKS else None
        if q is None and "," not in seps and not any(d in seps for d in DASHES):
            return None
        if q is not None:
            start = min(bound, q.open) if q.open < bound else bound
            intro = text[start:q.open]
            if LEADING_CONNECTORS.sub("", intro).strip() == "" or q.open < bound or self._only_dateline(intro):
                # the whole clause is the quote: a direct statement
                self._cut_previous(accepted, q.open)
                self._bwd_rule = "quote"
                return self.inner(q)
            if self._adverbial_intro(intro) and not (accepted and accepted[-1].st.stop > start):
                # 'In 2014-2015, «around 50 contracts were signed ...,» Ravkov reminded': a verbatim quote
                self._intro = (start, q.open)
                self._bwd_rule = "quote"
                return self.inner(q)
            if accepted and accepted[-1].forward and accepted[-1].st.start <= q.open < accepted[-1].st.stop:
                self.cut(accepted[-1], q.open)
                self._bwd_rule = "quote"
                return self.inner(q)
            cs, ce = start, q.close + 1
        else:
            cs, ce = bound, k
            if accepted and accepted[-1].forward and accepted[-1].st.stop > cs:
                return None
        cs = self._skip_dateline(cs, ce)
        if q is None:
            cs = self._after_missed_boundary(cs, ce)
        lead = LEADING_CONNECTORS.match(text, cs)
        if lead and lead.end() <= ce:
            cs = lead.end()
        cs, ce = self.trim(cs, ce)
        if not self._clause_like(cs, ce):
            return None
        first = TOKEN.match(text, cs)
        if q is None and first and first.group().lower() in QUESTION_LEADS:
            return None  # 'Asked about the fighters, he said ...': the question put to him, not his words
        if cue.lemma in NAMING_VERBS and text[cue.stop:s.stop].strip(" .!?\n\"”»"):
            # 'Сообщения о том, что ..., министр назвал «фантазиями»': the object before, the label after; what
            # was said is the whole sentence, not the report it labels
            ce = self.trim(cs, s.stop)[1]
        return cs, ce

    def _after_missed_boundary(self, cs: int, ce: int) -> int:
        """A sentence end the segmenter missed ('... Су-30СМ. Белоруссия планирует ...'): start after it."""
        last = cs
        for m in re.finditer(r"(?<=[\w)»\"”])[.!?]\s+(?=[A-ZА-ЯЁ«\"“])", self.text[cs:ce]):
            pos = cs + m.start()
            word = re.search(r"([\w-]+)$", self.text[cs:pos])
            if self.in_quote(pos) or not word:
                continue
            w = word.group(1)
            if (len(w) <= 3 and not re.search(r"\d", w)) or w.lower() in {"gen", "col", "maj", "capt", "adm", "sgt"}:
                continue  # an abbreviation or an initial
            last = cs + m.end()
        return last

    def _clause_like(self, cs: int, ce: int) -> bool:
        """Reported content must read as a clause, not a stray phrase ('As an example')."""
        words = TOKEN.findall(self.text[cs:ce])
        if len(words) == 2 and has_cyrillic(self.text[cs:ce]):
            # 'бригада готова', 'проверка завершена': a subject and its predicate
            return any(_ru_pos(w) in ("NOUN", "NPRO") for w in words) and \
                any(_ru_pos(w) in ("VERB", "PRTS", "ADJS", "PRED") for w in words)
        if len(words) < 3:
            return False
        if len(words) >= 6:
            return True
        seg = self.text[cs:ce]
        if has_cyrillic(seg):
            # 'новые комплексы уже прибыли': a past plural verb whose first reading is a noun ('прибыли') counts
            return any(_ru_pos(w) in ("VERB", "PRTS", "ADJS", "PRED", "INFN") for w in words) or \
                (len(words) >= 4 and any(_reads_as(w, ("VERB",)) for i, w in enumerate(words) if i and has_cyrillic(w)
                                         and words[i - 1].lower() not in PREPOSITIONS_RU))
        return bool(AUX_EN.search(seg) or re.search(r"\b\w{3,}(?:ed|es)\b", seg))

    def parenthetical(self, s, bound: int, attr_start: int, attr_stop: int, accepted: list, words_of: bool = False):
        """'The deal, Lukashenko said, will be signed in May': the attribution set off inside the clause.
        The content is the whole clause, the attribution with it, since it must be one stretch of text."""
        text = self.text
        if accepted or not re.search(r",\s*$", text[bound:attr_start]):
            return None
        if not re.match(r"\s*(?:on\s+\w+day\s*|в\s+\w+\s*)?,\s*[\w«\"“]", text[attr_stop:s.stop]):
            return None
        cs = self._skip_dateline(bound, s.stop)
        lead = LEADING_CONNECTORS.match(text, cs)
        if lead and lead.end() < attr_start:
            cs = lead.end()
        cs, ce = self.trim(cs, s.stop)
        if len(TOKEN.findall(text[cs:attr_start])) < 1 or not (self._clause_like(attr_stop, ce) or
                                                               (words_of and self._ru_predicate_tail(attr_stop, ce))):
            return None
        return cs, ce

    def _ru_predicate_tail(self, cs: int, ce: int) -> bool:
        """'Новые комплексы, по словам Хренина, уже прибыли': the subject stands before the insertion, so a short
        rest is a clause when it holds a verb or a short adjective in any of its first readings ('прибыли' is read
        as a noun first)."""
        words = TOKEN.findall(self.text[cs:ce])
        if not words or len(words) > 5 or not has_cyrillic(self.text[cs:ce]):
            return False
        return any(_reads_as(w, ("VERB", "PRTS", "ADJS")) for w in words)

    def _adverbial_intro(self, intro: str) -> bool:
        """A short lead-in with no verb before a quote ('In 2014-2015, ', 'По его словам, ')."""
        intro = intro.strip()
        if not intro.endswith(",") or re.search(r"[«»\"“”„]", intro):
            return False
        words = TOKEN.findall(intro)
        if not words or len(words) > 6:
            return False
        if has_cyrillic(intro):
            return not any(_ru_pos(w) in ("VERB", "INFN", "PRTS") for w in words)
        return not AUX_EN.search(intro) and not verbs().en_regex.search(intro)

    def _cut_previous(self, accepted: list, at: int) -> None:
        if accepted and accepted[-1].forward and accepted[-1].st.start < at < accepted[-1].st.stop:
            self.cut(accepted[-1], at)

    def _only_dateline(self, intro: str) -> bool:
        return bool(DATELINE.match(intro)) and DATELINE.match(intro).end() >= len(intro.rstrip())

    def _skip_dateline(self, cs: int, ce: int) -> int:
        m = DATELINE.match(self.text, cs, ce)
        if m and s_words(self.text[m.end():ce]) >= 3:
            return m.end()
        return cs
