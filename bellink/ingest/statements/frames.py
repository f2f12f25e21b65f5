"""Attribution of one cue: the speaker on one side of the verb and the content on the other.

    "Viktor Khrenin told TASS on Tuesday that the S-400 systems would arrive"   frames:that
    "The systems will arrive in May, Khrenin said."                             frames:backward_clause
    "«Системы прибудут в мае», — заявил Хренин."                                 frames:backward_quote
    "“The crews are ready,” he said, “and the aircraft ...”"                   frames:split_quote
    "As Lukashenko said, ..."                                                    frames:as_said
Not a statement: "the deal, which he said would ..." (a relative clause), "Belarus has rejected ..." (a
state, not a speaker), a second verb inside someone else's reported words.

``attribute`` dispatches a cue to its construction (constructions.py) or reads it here: ``_speaker``
(subject before the verb, inherited by a coordinated verb, or after it), then ``_forward_hit`` or
``_backward_hit``; ``make`` builds the Statement with its rule.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.model import Statement
from bellink.ingest.statements.morph import _ru_cases, _ru_plural, _ru_pos, _ru_role_nominative
from bellink.ingest.statements.values import Cue, Hit, Who
from bellink.ingest.statements.verbs import CONVICTION_LEMMAS, verbs
from bellink.ingest.statements.words import (
    AS_FRAME_RU, AUX_EN, CLOSE_MARKS, COLON_ONLY_VERBS, COORDINATED_BEFORE, DENIAL_VERBS, NAMING_VERBS, OB_ETOM_RU,
    PREPOSITIONS_RU, RELATIVE_SUBJECT_GAP,
)
from bellink.names import has_cyrillic


# 'Об этом <subject> сообщил': 'Об этом' opens the sentence and a subject stands before the verb
OB_ETOM_SUBJECT_RU = re.compile(r"\s*(?:[Оо]б\s+этом|[Оо]\s+том\s+же)\s+(?:(?:же|также|ранее)\s+)?(?=[А-ЯЁA-Zа-яё])")


# a comma right after a position, matched in place: a search of ``text[pos:]`` copied the rest of the document each time
# (a 20 MB document: up to 40 MB a call, in every sentence with an appositive title before a name)
COMMA_NEXT = re.compile(r"\s*,")
# 'Там (же / также / еще) напомнили': 'there', the institution the sentence before quoted impersonally
THERE_RU = re.compile(r"\s*Там\s+(?:(?:же|также|тоже|еще|ещё|дополнительно)\s+)*")


# a sentence that opens on a conjunction and goes straight to its verb ('И добавил:', 'А затем уточнил, что',
# 'And added that'): the verb shares the previous sentence's subject
SENTENCE_OPENS_COORDINATED = re.compile(
    r"\s*(?:И|А|Но|And|But)\s+(?:(?:also|then|later|также|затем|потом|еще|ещё|тут\s+же|сразу)\s+)?")


class Frames:
    def attribute(self, cue: Cue, s, accepted: list) -> Optional[Hit]:
        """The statement one cue introduces: a construction of its own ('according to X', 'как сообщил X',
        'передаёт ТАСС'), or a reporting verb with its speaker and its content on one side."""
        bound = self._bound(cue, s, accepted)
        if cue.klass in ("according", "according_data"):
            return self.according(cue, s, bound, accepted)
        if cue.klass == "learned":
            return self.learned_from(cue, s, bound, accepted)
        if cue.klass == "this_was":
            return self.this_was_by(cue, s)
        if cue.klass == "inner":
            return self.inner_attribution(cue, s)
        if cue.klass == "quoted_active":
            return self.quoted_active(cue, s, bound, accepted)
        issued = self.issued_document(cue, s, bound)
        if issued is not None:
            return issued  # 'The ministry issued a statement saying ...', '..., в котором говорится, что' (issued.py)
        outer = self._outer_report(cue, s, accepted)
        if outer is not None:
            return outer  # 'Putin assured Lukashenko that ..., the press service said': the report of a report
        before = self.text[bound:cue.start]
        if self.lang == "ru" or has_cyrillic(cue.text):
            if AS_FRAME_RU.search(before):
                return self.as_frame(cue, s, accepted)
            ob = OB_ETOM_SUBJECT_RU.match(before)
            if OB_ETOM_RU.search(before) or self._ob_etom_with_adjuncts(before):
                hit = self.ob_etom(cue, s)
                if hit is not None or ob is None or self.right_subject(cue, s) is not None:
                    return hit
            if ob:
                # 'Об этом Хренин сообщил в интервью ...': the subject between 'Об этом' and the verb
                who = self.left_subject(cue, s, bound + ob.end())
                if isinstance(who, Who) and who.start >= bound + ob.end():
                    return self.ob_etom(cue, s, who)
            if cue.klass == "doc":
                return self.doc_frame(cue, s, bound, accepted)
        elif cue.klass in ("that", "object", "say") and re.match(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s*)?[Ii]t\s", before):
            hit = self.impersonal_report(cue, s, bound)  # 'It is noted that ...' (impersonal.py)
            if hit is not None:
                return hit
        elif cue.klass in ("that", "object", "say"):
            hit = self.reported_this(cue, s, bound, accepted)  # 'The portal reported this, citing ...' (reported_this.py)
            if hit is not None:
                return hit
        if cue.klass == "channel":
            return self.channel_verb(cue, s, bound, accepted)
        if self._carried_by_outlet(cue, s, accepted):
            return None  # 'X ruled out ... "in any foreseeable period", Interfax reported': X's words, Interfax's report
        found = self._speaker(cue, s, bound, accepted)
        if found is None:
            return None
        who, order, coordinated = found
        if who.as_clause == "tail":
            # '..., as the Russian Defence Ministry confirmed on Friday.': the clause before the comma
            comma = self.text.rfind(",", s.start, who.start)
            cs, ce = self.trim(self._skip_dateline(bound, comma), comma)
            if comma < 0 or len(TOKEN.findall(self.text, cs, ce)) < 3 or not self._clause_like(cs, ce):
                return None
            return self.make(cue, s, who, cs, ce, forward=False, attr_start=comma + 1, attr_stop=cue.stop,
                             rule="frames:as_said_tail")
        if who.as_clause:
            # 'As Lukashenko said, ...': the content follows the comma
            cs, ce = self.trim(self.text.index(",", cue.stop) + 1, s.stop)
            if not self._clause_like(cs, ce):
                return None
            return self.make(cue, s, who, cs, ce, forward=True, attr_start=who.start, attr_stop=cue.stop,
                             rule="frames:as_said")
        fwd = self.forward(cue, s) if order == "SV" else None
        if cue.lemma in COLON_ONLY_VERBS and (fwd is None or self._fwd_rule not in ("colon", "colon_next", "about")):
            return None  # 'Khrenin spoke to the troops': no words reported
        if fwd is not None and cue.lemma in CONVICTION_LEMMAS and self._fwd_rule != "that":
            return None  # 'Хренин уверен: «...»' is a colon lead (colon_lead.py); a conviction cue takes a что-clause
        if fwd is None and order == "SV" and not coordinated:
            hit = self._object_before(cue, s, who, bound)
            if hit is not None:
                return hit  # 'Сообщения о том, что ..., в ведомстве назвали «домыслами»'
        if fwd is not None:
            return self._forward_hit(cue, s, who, fwd, bound, accepted, coordinated)
        if coordinated:
            return None
        return self._backward_hit(cue, s, who, order, bound, accepted)

    def _carried_by_outlet(self, cue: Cue, s, accepted: list) -> bool:
        """'Fomin ruled out Iskanders for Belarus "in any foreseeable period", Interfax reported on Monday.': an outlet
        whose verb stands, after a comma, inside the words of a statement already read in the sentence carries that
        statement (its channel, and the date it gives when the statement had none of its own); the words end at the
        comma, quoted fragment included. The outlet's own statement is no other one."""
        if not accepted or cue.klass not in ("say", "that", "object") or has_cyrillic(cue.text):
            return False
        prev = accepted[-1]
        if not prev.forward or not prev.st.start < cue.start < prev.st.stop or prev.st.speaker is None:
            return False
        c = self.text.rfind(",", prev.st.start, cue.start)
        if c < 0 or self.in_quote(c):
            return False
        outlets = [m for m in self.mentions_in(c + 1, cue.start) if m.type == "organization"]
        if len(outlets) != 1 or not (self.is_media(outlets[0].key, outlets[0].text) or self.kb_outlet(outlets[0].key)):
            return False
        o = outlets[0]
        if not re.fullmatch(r"\s*(?:(?:the|The)\s+)?(?:[\w-]+\s+){0,3}?", self.text[c + 1:o.start]) or \
                not re.fullmatch(r"\s*(?:has\s+|had\s+|also\s+)?", self.text[o.stop:cue.start]):
            return False  # only 'CONTENT, (the agency) Interfax reported'
        if re.search(r"\b(?:that|что)\b|[:«\"“]", self.text[cue.stop:s.stop]):
            return False  # the outlet reports words of its own after its verb
        cs, ce = self.trim(prev.st.start, c)
        if ce - cs < 3:
            return False
        self.set_span(prev, cs, ce)
        if prev.st.channel is None:
            prev.st.channel, prev.channel_kind = o.key, "citation"
        if prev.st.date is not None and prev.st.date.method == "publication":
            d = self.date(cue, cs, ce)
            if d is not None and d.method != "publication":
                prev.st.date = d
        return True

    def _object_before(self, cue: Cue, s, who: Who, bound: int) -> Optional[Hit]:
        """A Russian verb that takes what it names, denies or does not confirm as its object, with that object
        BEFORE it: 'Сообщения о том, что ..., в ведомстве назвали «домыслами»', 'В Минобороны информацию о пусках
        назвали «провокацией»', 'Минобороны факт передачи техники отрицает', 'Информацию о ... в Минобороны не
        подтвердили'. The statement is the whole sentence: what was called, denied or not confirmed, and how.
        Not: 'Минобороны назвало эти сообщения «фейком»' (the object after the verb: _forward_hit)."""
        if cue.klass != "object" or not has_cyrillic(cue.text) or who.kind == "inherited" or \
                (who.key is None and who.kind not in ("institution", "role")):
            return None
        if self.text[cue.stop:s.stop].strip(" .!…"):
            after = TOKEN.findall(self.text[cue.stop:s.stop])
            if len(after) > 4 or not re.match(r"\s*(?:[«\"“„]|[\w-]+\s*[.!…]?\s*$)", self.text[cue.stop:s.stop]):
                return None  # only the name given may follow the verb ('назвали «провокацией»', 'назвали фейком')
        spans = [(bound, who.start), (who.stop, cue.start)]
        if not any(self._ru_object_noun(lo, hi) for lo, hi in spans if hi > lo):
            return None
        cs, ce = self.trim(self._skip_dateline(bound, s.stop), s.stop)
        if len(TOKEN.findall(self.text[cs:ce])) < 5:
            return None
        return self.make(cue, s, who, cs, ce, forward=False, attr_start=who.start,
                         attr_stop=max(cue.stop, who.stop), rule="frames:object_before")

    def _ru_object_noun(self, lo: int, hi: int) -> bool:
        """Whether a noun that can be an accusative object opens a noun phrase between lo and hi, outside a
        prepositional phrase and a time expression ('Сообщения о том', 'информацию о пусках', 'факт передачи')."""
        for t in TOKEN.finditer(self.text, lo, hi):
            w = t.group()
            if not has_cyrillic(w) or self.in_timex(t.start()) or w[:1].isupper() and t.start() > lo + 1:
                continue
            if _ru_pos(w.lower()) != "NOUN" or "accs" not in _ru_cases(w):
                continue
            prev = re.search(r"([\w-]+)\s*$", self.text[max(lo, t.start() - 30):t.start()])
            if prev and prev.group(1).lower() in PREPOSITIONS_RU:
                continue
            return True
        return False

    def _bound(self, cue: Cue, s, accepted: list) -> int:
        """Where this cue's attribution may begin: after the statements already taken in the sentence."""
        lo = s.start
        q = self.quote_at(s.start)
        if q is not None and q.open < s.start:
            lo = q.open  # the sentence began inside a quote that opened earlier
        bound = lo
        for h in accepted:
            bound = max(bound, h.attr_stop)
            if h.st.stop <= cue.start:
                bound = max(bound, h.st.stop)
        return bound

    def _outer_report(self, cue: Cue, s, accepted: list) -> Optional[Hit]:
        """'Putin assured Lukashenko by phone that supplies would continue, the Belarusian presidential press service
        said.' / '..., что поставки продолжатся, сообщила пресс-служба': a verb closing the sentence after a
        statement already read in it reports that whole sentence. Two statements: the outer one (the press service,
        the sentence up to the comma) and the inner one, which now ends at that comma."""
        if cue.lemma in DENIAL_VERBS:
            return None  # 'Lukashenko said the jets had arrived, the ministry denied': a denial, not a report of it
        text = self.text
        inner = next((h for h in reversed(accepted) if h.forward and h.st.start < cue.start < h.st.stop), None)
        if inner is None or inner.st.direct:
            return None
        after = text[cue.stop:s.stop]
        if len(TOKEN.findall(after)) > 6 or re.search(r"[,;:«»\"“”]", after) or \
                re.search(r"\b(?:that|что)\b", after):
            return None  # the verb must close the sentence ('..., the ministry said on Monday.')
        c = text.rfind(",", inner.st.start, cue.start)
        end = c  # where the reported sentence ends
        fragment = self.quote_at(c) if c >= 0 else None
        closed_before = self.quote_closing_at(c - 1) if c > 0 else None
        if fragment is not None and fragment.close == self._skip_blanks(c + 1) and \
                self._fragment_in_clause(fragment, inner.st.start):
            # '... supplies would continue "regardless of the economic situation," the press service said': the quote
            # is a fragment of the inner words, and its comma closes the sentence the verb reports
            end = fragment.close + 1
        elif closed_before is not None and self._fragment_in_clause(closed_before, inner.st.start) and \
                not re.search(r"[«»\"“”„]", text[inner.st.start:closed_before.open]):
            pass  # '..., что поставки продолжатся «независимо от ситуации», сообщила пресс-служба'
        elif re.search(r"[«»\"“”„]", text[inner.st.start:cue.start]):
            return None  # quoted words keep their own reading
        if c < 0 or len(TOKEN.findall(text[c + 1:cue.start])) > 10 or (self.in_quote(c) and end == c):
            return None
        who = self.left_subject(cue, s, c + 1) if not has_cyrillic(cue.text) else self.right_subject(cue, s)
        if who is None or isinstance(who, str) or (who.key is None and who.kind not in ("institution", "role")):
            return None
        if not has_cyrillic(cue.text) and who.start < c + 1:
            return None
        if end != c and who.key is not None and who.key == inner.st.speaker:
            return None  # the one who spoke closes his own words: a quote of his, no report of a report
        cs, ce = self.trim(self._skip_dateline(s.start, s.stop), end)
        if ce - cs < 10 or cs > inner.cue_start:
            return None
        ice = self.trim(inner.st.start, end)[1]
        inner.st.stop, inner.st.text = ice, text[inner.st.start:ice]
        return self.make(cue, s, who, cs, ce, forward=False, attr_start=end + 1, attr_stop=max(cue.stop, who.stop),
                         rule="frames:outer_report")

    def _skip_blanks(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] in " \t\u00a0":
            pos += 1
        return pos

    def _fragment_in_clause(self, q, start: int) -> bool:
        """Whether quote ``q`` is a fragment inside a running clause that began at ``start``: words of the clause
        stand right before its opening mark ('would continue "regardless ..."', 'останется «надежным союзником»'),
        not a colon, a comma or a dash that would introduce a quote of its own."""
        before = self.text[start:q.open].rstrip(" \t\u00a0")
        if re.search(r",\s*(?:and|but|и|а|но)$", before, re.IGNORECASE):
            return False  # 'stressed that ..., and «Russia is the main partner», Ravkov said': a quote of its own
        return len(TOKEN.findall(before)) >= 2 and bool(re.search(r"\w$", before))

    def _ob_etom_with_adjuncts(self, before: str) -> bool:
        """'Об этом в интервью газете «Во славу Родины», опубликованном в среду, рассказал министр': the sentence
        opens with 'Об этом' and only adjuncts (to whom, when, where; no verb of their own but participles) stand
        before the verb."""
        m = re.match(r"\s*[Оо]б\s+этом\s+(.*)$", before, re.S)
        if not m or len(before) > 160:
            return False
        words = TOKEN.findall(m.group(1))
        if any(w.lower() in ("он", "она", "оно", "они") for w in words):
            return False  # 'Об этом он заявил во вторник': the subject stands before the verb (attribute: ``ob``)
        return len(words) <= 14 and not any(_ru_pos(w) in ("VERB", "INFN") for w in words) and \
            not re.search(r"(?<![\w-])(?:что|который|которая|которые)(?![\w-])", m.group(1))

    def _speaker(self, cue: Cue, s, bound: int, accepted: list) -> Optional[tuple]:
        """(who, order, coordinated): the subject before the verb (SV), the previous speaker of a coordinated
        verb ('..., adding that', 'visited Moscow and said'), or the speaker after the verb (VS)."""
        coordinated = cue.klass == "add" or \
            bool(COORDINATED_BEFORE.search(self.text[max(bound, cue.start - 30):cue.start]))
        who = None
        order = "SV"
        if cue.klass != "add":
            who = self.left_subject(cue, s, bound)
            if who in ("relative", "collective"):
                return None
            if isinstance(who, Who) and who.kind != "name" and who.start >= bound and \
                    re.fullmatch(r"\s*,\s*", self.text[who.stop:cue.start]):
                # '... as part of a joint group of troops, said Valery Revenko': a phrase set off by a comma before
                # the verb ends the content; the name after the verb is the subject
                right = self.right_subject(cue, s)
                if right is not None and right.kind == "name" and right.start >= cue.stop:
                    return right, "VS", False
        if who is None and coordinated:
            prev = accepted[-1] if accepted else None
            # 'saying', 'telling', 'arguing' (not 'adding', 'добавив': those add a statement of their own)
            participle = cue.klass == "add" and cue.lemma not in ("add", "добавить")
            if prev is not None and participle:
                return None  # 'said ..., saying ...': the participle elaborates the statement already made
            if prev is not None:
                who = self.inherit(prev)
            else:
                # 'Khrenin visited Moscow and said ...': the subject of the sentence
                subj = self._subjects(s.index, cue.start)
                if not subj and participle:
                    who = self._office_subject_who(s, cue)  # 'The secretary of X went further, telling ...'
                    return (who, "SV", True) if who is not None else None
                if not subj:
                    # 'Asked about the Iskanders, he smiled and said ...': a pronoun subject of the first verb
                    who = self.pronoun_subject_of_coordinated(cue, s)
                    return (who, "SV", True) if who is not None else None
                if len(subj) != 1:
                    return None
                m = next(x for x in self.mentions_in(s.start, cue.start) if x.key == subj[0])
                who = self.who_from_mention(m, s.start)
                who.kind, who.confidence = "inherited", min(who.confidence, 0.85)
                who.start, who.stop = cue.start, cue.start
        elif who is None and SENTENCE_OPENS_COORDINATED.fullmatch(self.text, bound, cue.start):
            # '«...», — сказал Хренин. И добавил: «...»', 'He said ... . And added that ...': a verb with no subject
            # of its own, coordinated with the last sentence's attribution, continues its speaker
            prev = next((h for h in reversed(self.hits_in_sentence(s.index - 1)) if h.st.speaker), None)
            if prev is None:
                return None
            who = self.inherit(prev)
            who.start, who.stop = cue.start, cue.start
            order, coordinated = "SV", False
        elif who is None and THERE_RU.fullmatch(self.text, bound, cue.start) and _ru_plural(cue.text):
            # 'Четыре дивизиона заступили на дежурство, уточнили в ведомстве. Там также напомнили, что ...': 'там'
            # is the institution the sentence before quoted impersonally
            prev = next((h for h in reversed(self.hits_in_sentence(s.index - 1))
                         if h.st.speaker and h.st.speaker.startswith("organization:")), None)
            if prev is None:
                return None
            who = self.inherit(prev)
            who.start, who.stop = bound, cue.start
            order, coordinated = "SV", False
        elif who is None and accepted and accepted[-1].attr_stop == bound and \
                (accepted[-1].st.speaker or "").startswith("person:") and \
                (rel := RELATIVE_SUBJECT_GAP.fullmatch(self.text, bound, cue.start)) and \
                self.relative_agrees(rel.group("rel"), accepted[-1].st.speaker):
            # '..., said commander Oleg X, who also announced that ...': the relative clause after the name that
            # closed the last attribution gives him a second statement
            who = self.inherit(accepted[-1])
            who.start, who.stop = cue.start, cue.start
            order, coordinated = "SV", False
        elif who is None:
            who = self.right_subject(cue, s)
            order = "VS"
            coordinated = False
        else:
            coordinated = False
        if who is None:
            return None
        return who, order, coordinated

    def _forward_hit(self, cue: Cue, s, who: Who, fwd: tuple, bound: int, accepted: list,
                     coordinated: bool) -> Optional[Hit]:
        """'X said (that) CONTENT', 'X заявил: «...»'; '"A," he said, "B."' around a split quote."""
        cs, ce = fwd
        first = self._quote_before(who.start, bound) if self._fwd_kind == "comma_quote" else None
        if first is not None:
            # '"A," he said, "B."': one attribution around a split quote is one statement
            second = self.quote_opening_at(cs)
            if second is not None:
                ce = self.inner(second)[1]
            cs = self.inner(first)[0]
            return self.make(cue, s, who, cs, ce, forward=False, attr_start=who.start,
                             attr_stop=max(cue.stop, who.stop), direct=True, rule="frames:split_quote")
        kind = self._fwd_kind
        rule = f"frames:{self._fwd_rule}"
        if accepted:
            prev = accepted[-1]
            if prev.forward and prev.st.start <= cue.start < prev.st.stop and self._nested_in_source(prev, who):
                # 'Как рассказал источник, министр Шойгу пообещал ускорить поставки': the source reports the clause,
                # the one named in it promised; both statements, the source's left whole
                hit = self.make(cue, s, who, cs, ce, forward=True, attr_start=who.start,
                                attr_stop=max(cue.stop, who.stop), rule="frames:nested_in_source")
                hit.content_kind = kind
                return hit
            if prev.forward and prev.st.start <= cue.start < prev.st.stop:
                if not coordinated or (prev.content_kind == "object" and cue.klass != "add" and not self._names(prev)):
                    # words reported inside someone else's statement, or a second verb of the same
                    # proposition ('rejected the results and claimed fraud'); a participle after a comma
                    # ('dismissed reports ..., saying that ...') is a new attribution (RULES: 'adding that')
                    return None
                self.cut(prev, who.start if who.kind != "inherited" else cue.start)
        hit = self.make(cue, s, who, cs, ce, forward=True,
                        attr_start=who.start if who.kind != "inherited" else cue.start,
                        attr_stop=max(cue.stop, who.stop) if who.kind != "inherited" else cue.stop, rule=rule)
        hit.content_kind = kind
        return hit

    @staticmethod
    def _names(prev: Hit) -> bool:
        """Whether an earlier statement's verb names what its object is ('described the deal as "a gift"', 'назвал
        поставки подарком'): a verb coordinated after it ('... and said Minsk would buy more') says something new."""
        from bellink.ingest.statements.verbs import _ru_verb_token

        cue = (prev.st.cue or "").strip()
        hit = verbs().en_forms.get(cue.lower()) or _ru_verb_token(cue)
        return bool(hit) and hit[1] in NAMING_VERBS

    @staticmethod
    def _nested_in_source(prev: Hit, who: Who) -> bool:
        """Whether a verb inside ``prev``'s words has a speaker of its own to report: ``prev`` is an unnamed
        source's lead ('Как сообщил источник, ...', 'According to a source, ...') and the verb's subject is a person
        named or found by office inside those words. A named speaker's words ('Хренин сообщил, что Шойгу пообещал
        ...') stay his alone."""
        return prev.st.speaker is None and \
            (prev.st.details or {}).get("rule") in ("constructions:as_reported_ru", "constructions:according_lead") and \
            who.key is not None and who.key.startswith("person:") and who.kind in ("name", "role") and \
            prev.st.start <= who.start < prev.st.stop

    def _backward_hit(self, cue: Cue, s, who: Who, order: str, bound: int, accepted: list) -> Optional[Hit]:
        """'CONTENT, X said', '«...», — заявил X', 'The deal, Lukashenko said, will be signed'."""
        text = self.text
        attr_start = who.start if order == "SV" else cue.start
        bwd = self.backward(cue, s, attr_start, bound, accepted)
        rule = f"frames:backward_{self._bwd_rule}"
        if bwd is not None and self._bwd_rule == "clause" and has_cyrillic(self.text[bwd[0]:bwd[1]]) and \
                not any(_ru_pos(w) in ("VERB", "PRTS", "ADJS", "INFN") for w in TOKEN.findall(self.text, *bwd)):
            # 'Последней крупной поставкой, напомнил глава ФСВТС, стали четыре дивизиона': no predicate before the
            # attribution, so it stands inside the clause, and the statement is the whole sentence
            inside = self.parenthetical(s, bound, attr_start, max(cue.stop, who.stop), accepted)
            if inside is not None:
                bwd, rule = inside, "frames:parenthetical"
        if bwd is None:
            bwd = self.parenthetical(s, bound, attr_start, max(cue.stop, who.stop), accepted)
            rule = "frames:parenthetical"
        if bwd is None:
            return None
        cs, ce = bwd
        if order == "SV" and rule == "frames:backward_clause" and self._own_appositive(cs, ce, who):
            return None  # 'The director of the FSVTS, Dmitry Shugayev, told Izvestia about ...': his title, no words
        if order == "VS":
            after = re.match(r"([^,.;:]{0,40}?)(?:\bthat\b|,\s*что\b)", text[who.stop:s.stop])
            if after and not any(_ru_pos(w) == "VERB" or verbs().en_regex.fullmatch(w)
                                 for w in TOKEN.findall(after.group(1))):
                return None  # 'сказал журналистам Патрушев, что ...': the content follows, not precedes
        return self.make(cue, s, who, cs, ce, forward=False, attr_start=attr_start,
                         attr_stop=max(cue.stop, who.stop), rule=rule)

    def _own_appositive(self, cs: int, ce: int, who: Who) -> bool:
        """Whether the words before 'X, verb' are the speaker's own title set off by commas ('The director of the
        FSVTS, Dmitry Shugayev, told ...', 'Командир бригады, полковник Петров, рассказал ...'): a title noun, no
        verb, and only a comma between them and the name."""
        if not re.fullmatch(r"\s*,\s*", self.text[ce:who.start]) or not COMMA_NEXT.match(self.text, who.stop):
            return False
        words = TOKEN.findall(self.text, cs, ce)
        if not words or len(words) > 14 or not any(self._is_title_word(w) for w in words):
            return False
        if has_cyrillic(self.text[cs:ce]):
            return not any(_ru_pos(w) in ("VERB", "PRTS", "INFN", "ADJS") for w in words)
        return not any(AUX_EN.fullmatch(w.lower()) or verbs().en_regex.fullmatch(w) for w in words)

    def inherit(self, prev: Hit) -> Who:
        st = prev.st
        return Who(st.speaker, st.speaker_text or "", prev.attr_start, prev.attr_stop, "inherited", st.role,
                   st.confidence, None)

    def cut(self, prev: Hit, at: int) -> None:
        """End an earlier forward statement where a later attribution in its sentence begins."""
        cs = prev.st.start
        ce = min(prev.st.stop, at)
        cs, ce = self.trim(cs, ce)
        if ce - cs < 3:
            return
        self.set_span(prev, cs, ce)

    def set_span(self, hit: Hit, cs: int, ce: int) -> None:
        text = self.text
        direct = False
        q = self.quote_opening_at(cs)
        if q is not None and ce >= q.close and not text[q.close + 1:ce].strip(" ,.;:" + CLOSE_MARKS):
            cs, ce = self.inner(q)
            direct = True
        hit.st.start, hit.st.stop, hit.st.text, hit.st.direct = cs, ce, text[cs:ce], direct
        hit.st.sentence = self.sentence_of(cs).index

    @staticmethod
    def _details(rule: Optional[str], who: Who) -> dict:
        """What the statement says about itself: the construction that made it and how its speaker was found
        (name, pronoun, role, institution, media, inherited from a coordinated verb, previous, unknown...)."""
        out = {"rule": rule} if rule else {}
        out["speaker_from"] = who.kind
        if who.found:
            out["speaker_found"] = who.found  # 'office ... held by one person on <date>', or why it stayed unknown
        return out

    def make(self, cue: Cue, s, who: Who, cs: int, ce: int, *, forward: bool, attr_start: int,
             attr_stop: int, direct: bool = False, rule: Optional[str] = None) -> Hit:
        text = self.text
        q = self.quote_opening_at(cs - 1) if cs > 0 else None
        if direct:
            pass
        elif q is not None and q.open == cs - 1 and ce <= q.close:
            direct = True
        else:
            q = self.quote_opening_at(cs)
            if q is not None and ce >= q.close and not text[q.close + 1:ce].strip(" ,.;:" + CLOSE_MARKS):
                cs, ce = self.inner(q)
                direct = True
        who = self.ground_institution(who)
        cited_by = None
        if who.kind == "media":
            src = self.cited_source(cue, s, who, cs, ce)  # 'TASS reported, citing the ministry' (citing.py)
            if src is not None:
                cited_by, who = who.role, src
        speaker = who.key
        channel = who.role if who.kind == "media" else cited_by
        channel_kind = "citation" if channel else None
        speaker_text = who.text.strip() or None
        # the attribution's own stretch of text, where an outlet would be named
        if forward:
            region = (attr_start, cs)
            tail = (ce, s.stop) if ce < s.stop else (0, 0)
        else:
            region = (attr_start, s.stop if s.stop > attr_start else self.sentence_of(attr_start).stop)
            tail = (0, 0)
        if channel is None:
            channel, channel_kind = self.channel_in(region[0], region[1], exclude=speaker, content=(cs, ce))
        if channel is None and cue.channel_text:
            channel, channel_kind = self.channel_in(cue.start, cue.stop, exclude=speaker)
        if channel is None and tail[1] > tail[0]:
            channel, channel_kind = self.channel_in(tail[0], tail[1], exclude=speaker, content=(cs, ce))
        if speaker is not None and speaker == channel:
            speaker = None
        role = who.role if who.kind != "media" else None
        if role and has_cyrillic(role):
            role = _ru_role_nominative(role)
        conf = who.confidence
        if speaker is None:
            conf = min(conf, 0.5)
        date = self.date(cue, cs, ce)
        if speaker is not None and (who.found or "").startswith("office") and not self.held_when(speaker, date):
            # 'Belarus's defence minister said in 2019' in 2024: the holder found on the publication day was not
            # in office then (offices.py: held_when)
            who = replace(who, found=f"unknown: {who.found}, but the words are dated {date.value}")
            speaker, conf = None, min(conf, 0.5)
        self._intro = None
        st = Statement(speaker=speaker, speaker_text=speaker_text, role=role, text=text[cs:ce], direct=direct,
                       start=cs, stop=ce, sentence=self.sentence_of(cs).index, cue=cue.text, channel=channel,
                       date=date, confidence=round(conf, 2), details=self._details(rule, who))
        return Hit(st, cue.start, cue.stop, min(attr_start, cue.start), max(attr_stop, cue.stop), cue.sentence,
                   forward, who.kind, channel_kind)
