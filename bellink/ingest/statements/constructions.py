"""Constructions beyond 'X said'.

    "According to Viktor Khrenin, the systems ..."          constructions:according_lead
    "..., according to the ministry" / "..., по его словам"  constructions:according_tail
    "Russia's TASS news agency quoted Khrenin as saying ..." constructions:quoted_active
    "«...», – приводятся в сообщении слова X" / "\"...,\" the statement quoted X as saying"  constructions:quoted_after_quote
    "Как сообщил Виктор Хренин, ..."                         constructions:as_reported_ru
    "... Об этом сообщило Министерство обороны Белоруссии."  constructions:ob_etom_ru
    "..., говорится в сообщении Министерства обороны"        constructions:document_tail
    "..., передаёт ТАСС"                                     constructions:channel_verb (speaker unknown)
Not a statement: "according to media reports", "по данным СМИ" (a source too vague to be a speaker).

Lexicons: statement_words.tsv (generic_source, doc_word, doc_case_ru), statement_patterns.tsv
(doc_noun_ru, as_frame_ru, ob_etom_ru, according_*).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys, _parse, _ru_pos
from bellink.ingest.statements.documents import DOCUMENT_REACH
from bellink.ingest.statements.split import blind_change
from bellink.ingest.statements.source_phrase import owner_end, source_phrase
from bellink.ingest.statements.values import Cue, Hit, Who
from bellink.ingest.statements.verbs import verbs
from bellink.ingest.statements.words import (
    AUX_EN, CITING, DOC_CASE_RU, RELATIVE_BEFORE_SOURCE, DOC_NOUNS_RU, DOC_WORDS, GENERIC_SOURCES, GENERIC_SOURCE_KEYS, GROUP_HEADS, HEAD_WORD_EN,
    INSTITUTION_HEAD_KEYS_RU, INSTITUTION_HEADS_EN, LEADING_CONNECTORS, OUTLET_HEAD_KEYS, QUOTED_ACTIVE, QUOTED_NAMED, QUOTED_WORDS_RU,
    PLATFORM_WORDS, ROLE_HEAD_KEYS_RU, SPEAKER_TYPES, VOICE_OF_ORG,
)
from bellink.names import fold, has_cyrillic


# 'according to the statement': a document of the previous speaker. Compiled once, its words in one order: joined
# from the set in its own order, the pattern's text changed with every process's hash seed, so each ingest compiled
# it anew and wrote the regular-expression cache again (ingest/regexcache.py) with one more entry
BARE_DOC_EN = re.compile(
    r"(?:the|this|that|its)\s+(?:" + "|".join(sorted(DOC_WORDS, key=lambda w: (-len(w), w))) + ")", re.IGNORECASE)
# the authors of a report or of a monitoring project: 'его авторов', 'авторов отчета', 'авторов проекта'
REPORT_AUTHORS_RU = re.compile(r"(?:(?:его|их)\s+авторов|авторов\s+(?:отч[её]та|доклада|обзора|проекта|канала|подсч[её]тов))",
                               re.IGNORECASE)


class Constructions:
    def according(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """'according to X, ...', '..., according to X', 'по словам X, ...', '..., по его словам'."""
        text = self.text
        p = cue.stop
        x_end, phrase = self.name_set_off_after_role(p, *source_phrase(text, p, s.stop), s.stop)
        if self._source_of_previous(cue, s, accepted):
            return None
        who = self._according_speaker(cue, s, p, x_end, phrase)
        if who is None:
            return None
        conf_scale = 1.0 if cue.klass == "according" else 0.9
        who.confidence = round(who.confidence * conf_scale, 2)
        pre = text[bound:cue.start]
        if LEADING_CONNECTORS.sub("", pre).strip() == "" or self._only_dateline(pre):
            # 'According to X, CONTENT'
            cs = x_end
            while cs < s.stop and text[cs] in " ,\t":
                cs += 1
            span = self.content_to_sentence_end(cs, s, min_tokens=2)
            if span is None or not self._clause_like(*span):
                return None  # two words only with a predicate ('По словам X, бригада готова')
            cs, ce = span
            return self.make(cue, s, who, cs, ce, forward=True, attr_start=cue.start, attr_stop=x_end,
                             rule=f"constructions:{cue.klass}_lead")
        if re.search(r",\s*(?:однако|но|а|but|however|yet)(?:\s+(?:дальше|далее|затем|потом|впоследствии|then|later))?"
                     r"\s*,?\s*$", pre, re.IGNORECASE) or \
                (has_cyrillic(cue.text) and re.search(r"\w[»\"”]?\s+[–—]\s*$", pre)):
            # ('Прибыл эшелон с «Тор-М2К» – по оценке «Гаюна», это уже третья батарея': after a dash the source's
            # own judgement follows; the clause before the dash is the reporter's)
            # 'Поставки шли по графику, однако, по словам директора, весной возникли задержки': after the contrast
            # the words are his, the clause before it is the reporter's
            cs = x_end
            while cs < s.stop and text[cs] in " ,\t":
                cs += 1
            span = self.content_to_sentence_end(cs, s, min_tokens=2)
            if span is not None and self._clause_like(*span):
                contrast = re.search(r",\s*(?:однако|но|а|but|however|yet)\b[^,]*,?\s*$", pre, re.IGNORECASE)
                prev = accepted[-1] if accepted else None
                if contrast and prev is not None and prev.forward and prev.st.start < cue.start < prev.st.stop:
                    self.cut(prev, bound + contrast.start())  # 'Как сообщало X, A, а дальше, по словам Y, B': A is X's
                return self.make(cue, s, who, span[0], span[1], forward=True, attr_start=cue.start, attr_stop=x_end,
                                 rule=f"constructions:{cue.klass}_after_contrast")
            if not re.search(r"[–—]\s*$", pre):
                return None  # (after a dash with no clause after the source, the clause before it is the content)
        if not re.search(r"[,(—–-]\s*$", pre):
            if not re.search(r",[\"”’']\s*$", pre) or any(h.cue_sentence == s.index for h in accepted):
                # 'X, по его словам, ...' inside the sentence: the content is the sentence around it. English sets
                # the comma inside a closing quote ('The crews will "take up duty in May," according to X'), unless
                # the quote is another's words read already ('X called it "a gift," according to the Kremlin': the
                # source of X's statement, construction N7)
                return None
        rel = RELATIVE_BEFORE_SOURCE.search(pre)
        if rel is not None:
            # 'Жадобин высоко оценил итоги учения, в котором, по данным ведомства, участвовали ...': the source speaks
            # for the relative clause it stands in, not for the main clause (whose subject is someone else)
            span = self.content_to_sentence_end(x_end, s, min_tokens=2)
            if span is None or not self._clause_like(*span):
                return None
            return self.make(cue, s, who, bound + rel.start("rel"), span[1], forward=True, attr_start=cue.start,
                             attr_stop=x_end, rule=f"constructions:{cue.klass}_relative")
        if self._adverbial_only(pre) and has_cyrillic(cue.text):
            # 'За три месяца из Беларуси в Россию, по подсчетам наблюдателей, отправили 36 БМП-1': the words before
            # the source are an adverbial of the clause after it; the statement is the whole sentence
            cs, ce = self.trim(self._skip_dateline(bound, s.stop), s.stop)
            after = self.text[x_end:ce]
            if len(TOKEN.findall(after)) >= 2 and self._clause_like(x_end, ce):
                return self.make(cue, s, who, cs, ce, forward=True, attr_start=cue.start, attr_stop=x_end,
                                 rule=f"constructions:{cue.klass}_around")
        bwd = self.backward(cue, s, cue.start, bound, accepted) or \
            self.parenthetical(s, bound, cue.start, x_end, accepted, words_of=cue.klass == "according")
        if bwd is None:
            return None
        cs, ce = bwd
        return self.make(cue, s, who, cs, ce, forward=False, attr_start=cue.start, attr_stop=x_end,
                         rule=f"constructions:{cue.klass}_tail")

    def _adverbial_only(self, pre: str) -> bool:
        """Whether the words before a mid-sentence source are an adverbial with no verb of their own ('С позиций под
        Мозырем,', 'В обратную сторону,', 'За три месяца из Беларуси в Россию,')."""
        body = LEADING_CONNECTORS.sub("", pre).strip().rstrip(",").strip()
        words = TOKEN.findall(body)
        if not words or len(words) > 12 or re.search(r"[«»\"“”„:;()—–]", body):
            return False
        return not any(_ru_pos(w.lower()) in ("VERB", "INFN", "PRTS", "GRND") for w in words if has_cyrillic(w))

    def _source_of_previous(self, cue: Cue, s, accepted: list) -> bool:
        """'"...," Lukashenko told a meeting with the air force command in Minsk, according to his press service.':
        a trailing 'according to X' after an attribution already read in the sentence names where that statement
        came from; the words between (an addressee, a place) are no content of their own (construction N7)."""
        if not accepted or accepted[-1].cue_sentence != s.index or not cue.text[:1].islower():
            return False
        prev = accepted[-1]
        if prev.forward and prev.st.start < cue.start < prev.st.stop:
            return False  # 'Как сообщало X, A, а дальше, по словам Y, ...': a source inside X's words, of words of its own
        between = self.text[max(prev.attr_stop, prev.cue_stop):cue.start]
        if not re.fullmatch(r"[^.;:!?«»\"“”„]*,\s*", between) or len(TOKEN.findall(between)) > 12:
            return False
        words = TOKEN.findall(between)
        return not any(AUX_EN.fullmatch(w.lower()) or verbs().en_regex.fullmatch(w) or _ru_pos(w) == "VERB"
                       for w in words)

    def _according_speaker(self, cue: Cue, s, p: int, x_end: int, phrase: str) -> Optional[Who]:
        """Who 'according to X' names: a document of the previous speaker ('according to the statement'), a
        pronoun ('по его словам'), a person, an organization, or a role or institution phrase. None for a
        vague source ('according to media reports')."""
        text = self.text
        who = None
        bare_doc = (not phrase and cue.lemma in DOC_CASE_RU and cue.text[:1] in "Сс") or \
            BARE_DOC_EN.fullmatch(phrase)
        if bare_doc:
            prev = self._previous_hit(cue.start, s)
            if prev is None or prev.st.speaker is None or s.index - prev.cue_sentence > 2:
                owner = self.introduced_document_owner(cue.start, s) if not has_cyrillic(cue.text) else None
                if owner is None:
                    return None
                # 'citing a statement posted in the Hajun channel. ... According to the statement, ...' (documents.py)
                return Who(owner, text[cue.start:x_end].strip(), cue.start, x_end, "institution", None, 0.7,
                           found="institution: the owner of the document the article introduced")
            who = self.inherit(prev)
            who.kind, who.start, who.stop = "previous", cue.start, x_end
            who.text = text[cue.start:x_end].strip()
            who.confidence = min(prev.st.confidence, 0.75)
        elif not phrase and not cue.pron:
            return None
        if cue.pron:
            pm = re.search(r"(его|её|ее|их|his|her|their)", cue.text, re.IGNORECASE)
            who = self.resolve_pronoun({"его": "he", "её": "she", "ее": "she", "их": "they", "his": "he", "her": "she",
                                        "their": "they"}[cue.pron.lower()],
                                       cue.start + pm.start(), cue.start + pm.end(), cue, s)
        else:
            pm = re.match(r"\s*(him|her|them)\b", text[p:x_end], re.IGNORECASE)
            if pm:
                pron = {"him": "he", "her": "she", "them": "they"}[pm.group(1).lower()]
                who = self.resolve_pronoun(pron, p + pm.start(1), p + pm.end(1), cue, s)
        if who is None and not bare_doc:
            first = TOKEN.findall(phrase)
            if not first:
                return None
            if re.match(r"\s*(?:(?:a|an|one)\s+)?(?:источник\w*|собеседник\w*|source)\b", text[p:x_end], re.IGNORECASE) or \
                    re.match(r"\s*(?:(?:two|three|several|some|other)\s+|[A-Z][\w.-]*(?:'s|’s)\s+)?sources\s+"
                             r"(?:in|at|within|close\s+to|familiar\s+with)\s", text[p:x_end], re.IGNORECASE) or \
                    re.match(r"\s*[A-Z][\w.-]*(?:'s|’s)\s+sources?\b", text[p:x_end]):
                # 'По словам источника «Известий» в Минобороны', 'according to a source in the ministry': one
                # unnamed person spoke, the words are a statement with nobody we can name
                lo = p + len(text[p:x_end]) - len(text[p:x_end].lstrip())
                return Who(None, text[lo:x_end].strip(), lo, x_end, "unknown", None, 0.5,
                           found="unknown: an unnamed source")
            if any(_keys(w) & GENERIC_SOURCE_KEYS or w.lower() in GENERIC_SOURCES for w in first[:3]):
                return None
            if not has_cyrillic(phrase) and first[-1].lower() in GROUP_HEADS:
                # 'according to plant officials', 'according to Defence Ministry officials': unnamed people of the body,
                # never the body the words before them name
                lo = p + len(text[p:x_end]) - len(text[p:x_end].lstrip())
                return Who(None, text[lo:x_end].strip(), lo, x_end, "group", None, 0.5,
                           found="unknown: unnamed people of the body")
            # 'according to a blogger who wrote about Khrenin's visit': nobody named after what the source is about
            cut = owner_end(text, p, x_end)
            ms = [m for m in self.mentions_in(p, cut) if m.type in ("person", "organization")]
            people = [m for m in ms if m.type == "person"]
            if people:
                who = self.who_from_mention(people[-1], p)
                who.start = max(who.start, p)
            elif ms:
                m = ms[0]
                vm = re.match(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}$", text[p:m.start]) or \
                    (re.match(r"\s*[«\"“„]$", text[p:m.start]) if self.is_monitor(m.key) else None)
                # 'По данным «Гаюна»': a quoted name is taken only for a monitoring group of the knowledge base
                # (an outlet NER found in quotes, 'По сведениям «Известий»', may not be known as one)
                if self.is_media(m.key, m.text):
                    who = Who(None, m.text, m.start, m.stop, "media", confidence=0.5, role=m.key)
                elif vm is not None:
                    who = Who(m.key, phrase, p, x_end, "institution", None, 0.85)
                elif self.is_monitor(m.key) and re.match(r"\s*([\w-]+)\s+[«\"“„]?$", text[p:m.start]) and \
                        not self.is_monitor_head(fold(_parse(re.match(r"\s*([\w-]+)", text[p:m.start]).group(1).lower())[0]
                                                      .normal_form)):
                    # 'По оценке аналитиков «Гаюна»', 'according to Hajun's analysts': people of the group, unnamed
                    lo = p + len(text[p:x_end]) - len(text[p:x_end].lstrip())
                    return Who(None, text[lo:x_end].strip(), lo, x_end, "group", None, 0.5,
                               found="unknown: unnamed people of the monitoring group")
            if who is None:
                hm = HEAD_WORD_EN.search(phrase)
                if hm and not has_cyrillic(phrase):
                    who = self.resolve_phrase(phrase, p + (len(text[p:x_end]) - len(text[p:x_end].lstrip())),
                                              x_end, hm.group("head").lower(), cue, s)
                elif has_cyrillic(phrase) and REPORT_AUTHORS_RU.fullmatch(phrase):
                    # 'По подсчетам его авторов', 'по словам авторов отчета': the monitoring group whose report it is
                    lo = p + (len(text[p:x_end]) - len(text[p:x_end].lstrip()))
                    who = self.monitor_anaphor(phrase, lo, x_end)
                    if who.key is None:
                        return None
                elif has_cyrillic(phrase):
                    toks = TOKEN.findall(phrase)
                    head = next((t for t in toks if _keys(t) & (ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU)), None)
                    if head and _keys(head) & ROLE_HEAD_KEYS_RU and head == toks[0] and \
                            all(p.tag.number == "plur" for p in _parse(head.lower())[:2]):
                        # 'По словам министров', 'по данным экспертов': several people, none of them named
                        lo = p + (len(text[p:x_end]) - len(text[p:x_end].lstrip()))
                        return Who(None, phrase, lo, x_end, "group", None, 0.5,
                                   found="unknown: several people speak together")
                    if head:
                        hk = fold(_parse(head.lower())[0].normal_form)
                        # the phrase starts after the blank that follows 'По словам' (a country noun at its end
                        # must lie inside it: 'министра обороны России')
                        who = self.resolve_phrase(phrase, p + (len(text[p:x_end]) - len(text[p:x_end].lstrip())),
                                                  x_end, hk, cue, s)
        return who

    def quoted_active(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """'Russia's TASS news agency quoted Khrenin as saying (that) ...': speaker inside, outlet before.
        After a quote: '"...," the statement quoted Khrenin as saying.', '«...», – приводятся в сообщении слова
        Хренина' (the quote is the content; only a quote closing right before the attribution is taken)."""
        text = self.text
        ru = has_cyrillic(cue.text)
        m = (QUOTED_WORDS_RU if ru else QUOTED_ACTIVE).match(text, cue.start)
        named = m is None and not ru
        if named:
            m = QUOTED_NAMED.match(text, cue.start)
        if m is None:
            return None
        lo, hi = m.start("who"), m.end("who")
        fwd_possible = bool(text[m.end():s.stop].strip(" .!?\n\"”»"))
        people = [x for x in self.mentions_in(lo, hi) if x.type == "person"]
        if named and not people:
            return None  # 'quotes Kommersant', 'cited sources': only a person named after the verb speaks
        if people:
            who = self.who_from_mention(people[-1], lo)
        else:
            orgs = [x for x in self.mentions_in(lo, hi) if x.type == "organization" and not self.is_media(x.key, x.text)]
            quoted = None if orgs or fwd_possible else self._quoted_role(cue, s, lo, hi)
            if quoted is not None:
                # '«...», – приводит слова министра агентство БелТА', '"...," the agency quoted the minister as
                # saying': the role noun takes up the speaker named before; the outlet after it is the channel
                channel = next((x.key for x in self.mentions_in(quoted.stop, hi) if x.type == "organization"
                                and self.is_media(x.key, x.text)), None)
                channel = channel or next((x.key for x in reversed(self.mentions_in(bound, cue.start))
                                           if x.type == "organization"), None)
                return self._quoted_after_quote(cue, s, quoted, bound, accepted, channel)
            if not orgs:
                if ru or not fwd_possible:
                    # '«...», – приводятся слова помощника министра': a role alone names nobody for sure
                    unknown = Who(None, m.group("who").strip(), lo, hi, "unknown", None, 0.5,
                                  found="quoted by role only, not resolved to a person")
                    return self._quoted_after_quote(cue, s, unknown, bound, accepted, None)
                # 'Interfax quoted a source in the defence industry as saying that ...', 'TASS quoted the minister as
                # saying that ...': the role resolved like any role, else someone unnamed; the words follow
                who = self._quoted_role(cue, s, lo, hi) or Who(
                    None, m.group("who").strip(), lo, hi, "unknown", None, 0.5,
                    found="quoted by role or as a source only, not resolved to a person")
            else:
                who = Who(orgs[-1].key, orgs[-1].text, orgs[-1].start, orgs[-1].stop, "institution", None, 0.85)
        who.start = max(who.start, lo)
        channel = next((x.key for x in reversed(self.mentions_in(bound, cue.start)) if x.type == "organization"), None)
        if named:
            # only after a quote: 'quotes Markin, deputy head of ...' is no verb of saying with words after it
            return self._quoted_after_quote(cue, s, who, bound, accepted, channel)
        fwd = None if ru else self.forward(replace(cue, klass="say", lemma="say"), s)
        if fwd is None:
            hit = self._quoted_after_quote(cue, s, who, bound, accepted, channel)
            if hit is None and not fwd_possible:
                hit = self._quoted_after_clause(cue, s, who, bound, accepted)
            return hit
        hit = self.make(cue, s, who, *fwd, forward=True, attr_start=cue.start, attr_stop=cue.stop,
                        rule="constructions:quoted_active")
        if channel and hit.st.channel is None:
            hit.st.channel, hit.channel_kind = channel, "citation"
        return hit

    def _quoted_after_clause(self, cue: Cue, s, who: Who, bound: int, accepted: list) -> Optional[Hit]:
        """'Two more jets will arrive in May, RIA Novosti quoted Khrenin as saying.', '..., the ministry quoted Khrenin as
        saying.', '..., приводит БелТА слова Хренина.': the clause before the comma is the content; the outlet or document between the comma and the verb
        (a name or at most four words) quotes it, an outlet as the channel, and the one named inside says it."""
        text = self.text
        c = text.rfind(",", bound, cue.start)
        if c < 0 or self.in_quote(c):
            return None
        quoter = text[c + 1:cue.start]
        if len(TOKEN.findall(quoter)) > 5:
            return None
        # the outlet before the verb ('RIA Novosti quoted'), or inside the Russian frame ('приводит БелТА слова X')
        outlets = [x for x in self.mentions_in(c + 1, max(cue.start, who.start)) if x.type == "organization"]
        if any(x.type == "person" for x in self.mentions_in(c + 1, cue.start)):
            return None
        if not outlets and not re.fullmatch(r"\s*(?:(?:the|its|a|an)\s+(?:[\w'’-]+\s+){0,3})?", quoter, re.IGNORECASE):
            return None
        bwd = self.backward(cue, s, c + 1, bound, accepted)
        if bwd is None:
            return None
        hit = self.make(cue, s, who, bwd[0], bwd[1], forward=False, attr_start=c + 1, attr_stop=cue.stop,
                        rule="constructions:quoted_active_after")
        o = outlets[-1] if outlets else None
        if hit.st.channel is None and o is not None and (self.is_media(o.key, o.text) or self.kb_outlet(o.key)):
            hit.st.channel, hit.channel_kind = o.key, "citation"
        return hit

    def _quoted_after_quote(self, cue: Cue, s, who: Who, bound: int, accepted: list,
                            channel: Optional[str]) -> Optional[Hit]:
        """'"...," the statement quoted X as saying.' / '«...», – приводятся в сообщении слова X.': the content
        is the quote before; the words between it and the verb ('the statement', 'the ministry') are the
        document or outlet, never the speaker. Nothing but a closed quote there: no statement."""
        text = self.text
        q = self.quote_closing_at(self._quote_end_before(bound, cue.start))
        if q is None:
            return None
        between = text[q.close + 1:cue.start]
        if not re.fullmatch(r"\s*[,–—-]?\s*[–—-]?\s*(?:(?:the|its|a)\s+)?[\w\s'’-]{0,40}?\s*", between) or \
                len(TOKEN.findall(between)) > 4:
            return None
        cs, ce = self.inner(q)
        hit = self.make(cue, s, who, cs, ce, forward=False, attr_start=q.close + 1, attr_stop=cue.stop, direct=True,
                        rule="constructions:quoted_after_quote")
        if channel and hit.st.channel is None:
            hit.st.channel, hit.channel_kind = channel, "citation"
        in_document = re.search(rf"(?<![\w-])(?:в|во)\s+{DOC_NOUNS_RU}(?![\w-])", cue.text, re.IGNORECASE) or \
            any(w.lower() in DOC_WORDS for w in TOKEN.findall(between))
        if in_document and hit.st.date is not None and hit.st.date.method == "publication":
            # 'в сообщении', 'the statement': the document reported in the sentence before, and its date
            prev = [h for h in self.hits_in_sentence(s.index - 1) if h.st.date is not None
                    and h.st.date.method != "publication"]
            if prev:
                hit.st.date = replace(prev[-1].st.date)
        return hit

    def _quote_end_before(self, bound: int, at: int) -> int:
        """The offset of the last closing quote mark between bound and at (or -1)."""
        for k in range(at - 1, bound - 1, -1):
            if self.text[k] in "»”\"":
                return k
        return -1

    def as_frame(self, cue: Cue, s, accepted: list) -> Optional[Hit]:
        """'Как сообщил X, ...': the speaker after the verb, the content after the comma."""
        text = self.text
        if cue.klass == "doc":
            return self._as_doc_frame(cue, s)
        who = self.right_subject(cue, s)
        if who is None:
            return None
        after = who.stop
        outlet = None
        if who.kind == "media":
            gap = re.match(r"[»\"”\s]*", text[who.stop:s.stop])
            cited = CITING.match(text, who.stop + gap.end())
            told = None if cited else self.right_subject(replace(cue, stop=who.stop + gap.end()), s)
            if told is not None and told.kind != "media" and told.start < who.stop + gap.end() + 3:
                # 'Как сообщил БелаПАН источник в военном ведомстве, ...': the outlet told, the one after it speaks
                outlet, who = who.role, told
            elif cited is None:
                return None  # 'Как сообщал "Интерфакс"': the publisher citing its own reporting
            else:
                after = cited.end()  # 'Как сообщает ТАСС со ссылкой на пресс-службу X, ...': X speaks (citing.py)
        if outlet is not None:
            after = who.stop
        mm = re.search(r",", text[after:s.stop])
        if not mm:
            # '..., как отметил министр обороны России.': the words stand before the frame
            lead = re.search(r",\s*(?:[\w-]+\s+){0,3}?$", text[s.start:cue.start], re.IGNORECASE)
            if lead is None or who.kind == "media" or text[who.stop:s.stop].strip(" \t\u00a0.!?»\"”"):
                return None
            cs, ce = self.trim(self._skip_dateline(s.start, s.stop), s.start + lead.start())
            if len(TOKEN.findall(text[cs:ce])) < 3:
                return None
            return self.make(cue, s, who, cs, ce, forward=False, attr_start=s.start + lead.start(), attr_stop=who.stop,
                             rule="constructions:as_reported_ru_tail")
        cs = after + mm.end()
        cs, ce = self.trim(cs, s.stop)
        subject = re.match(r"\s*(?P<x>[^,;:«»\"]+?),\s*[Кк]ак\s", text[s.start:cue.start])
        if subject is not None and subject.end() >= len(text[s.start:cue.start].rstrip()) - 30 and \
                not any(_ru_pos(w) in ("VERB", "PRTS", "ADJS", "INFN", "GRND") for w in TOKEN.findall(subject.group("x"))):
            # 'Речь, как пояснил министр, идет о четырех дивизионах': the words before the frame are the clause's
            # subject, the statement the whole sentence
            cs = self.trim(self._skip_dateline(s.start, s.stop), s.stop)[0]
            return self.make(cue, s, who, cs, ce, forward=False, attr_start=cue.start, attr_stop=who.stop,
                             rule="constructions:as_reported_ru_inside")
        words = TOKEN.findall(text[cs:ce])
        if len(words) < 2 or len(words) == 2 and not any(_ru_pos(w) in ("VERB", "PRTS", "ADJS") for w in words):
            return None  # two words are a clause only with a predicate ('проверка завершена')
        hit = self.make(cue, s, who, cs, ce, forward=True, attr_start=cue.start, attr_stop=who.stop,
                        rule="constructions:as_reported_ru")
        if outlet is not None and hit.st.channel is None:
            hit.st.channel, hit.channel_kind = outlet, "interview"
        return hit

    def _as_doc_frame(self, cue: Cue, s) -> Optional[Hit]:
        """'Как отмечается в сообщении ведомства, ...', 'Как говорится в заявлении, ...': the document's source
        speaks, the content after the comma."""
        text = self.text
        after = re.match(rf"\s+(?:в|во|на)\s+{DOC_NOUNS_RU}(?![\w-])", text[cue.stop:s.stop], re.IGNORECASE)
        if after is None:
            return self.impersonal_report(cue, s, s.start)  # 'Как отмечается, ...' (impersonal.py)
        lo = cue.stop + after.end()
        mm = re.search(r",", text[lo:s.stop])
        if mm is None:
            return None
        hi = lo + mm.start()
        who = self._doc_source(cue.stop + after.start(), lo, hi)
        cs, ce = self.trim(hi + 1, s.stop)
        if len(TOKEN.findall(text[cs:ce])) < 3:
            return None
        return self.make(cue, s, who, cs, ce, forward=True, attr_start=cue.start, attr_stop=hi,
                         rule="constructions:as_document_ru")

    def this_was_by(self, cue: Cue, s) -> Optional[Hit]:
        """'The batteries are ready. This was stated by Defence Minister Viktor Khrenin on Monday.': the English of
        'Об этом заявил X' (translated agency copy); the speaker after 'by', the words the previous sentence."""
        p = cue.stop
        mm = re.search(r"[,;:.!?]\s|[,;:!?]|\.$|\s(?:on|in|at|during|after|while|when)\s", self.text[p:s.stop])
        x_end = p + mm.start() if mm else s.stop
        phrase = self.text[p:x_end].strip()
        who = self._according_speaker(cue, s, p, x_end, phrase) if phrase else None
        if who is None or who.kind == "media":
            return None
        return self.ob_etom(cue, s, who)

    def ob_etom(self, cue: Cue, s, who: Optional[Who] = None) -> Optional[Hit]:
        """'Об этом сообщило агентство БелТА' / 'Об этом Хренин сообщил в интервью ...': the source of what the
        previous sentence said."""
        text = self.text
        who = who or self.right_subject(cue, s) or self._ob_etom_subject_past_comma(cue, s)
        if who is None or s.index == 0:
            return None
        prev_s = self.a.sentences[s.index - 1]
        if prev_s.paragraph != s.paragraph and prev_s.index in self.skip:
            return None
        channel = who.role if who.kind == "media" else None
        if channel is None:
            channel = self.channel_in(cue.stop, s.stop, exclude=who.key)[0]
        earlier = self.hits_in_sentence(prev_s.index, starting=True)
        if earlier:
            if channel:
                if self._blind is not None:  # in a huge document's child (split.py)
                    blind_change(self, [h for h in earlier if h.st.channel is None])
                for h in earlier:
                    if h.st.channel is None:
                        h.st.channel = channel
            return None
        if prev_s.index in self.skip:
            return None
        cs, ce = self.trim(self._skip_dateline(prev_s.start, prev_s.stop), prev_s.stop)
        if len(TOKEN.findall(text[cs:ce])) < 3:
            return None
        hit = self.make(cue, s, who, cs, ce, forward=False, attr_start=cue.start, attr_stop=who.stop,
                        rule="constructions:ob_etom_ru")
        hit.st.confidence = round(min(hit.st.confidence, 0.8), 2)
        return hit

    def name_set_off_after_role(self, p: int, x_end: int, phrase: str, stop: int) -> tuple:
        """(end, phrase) of a source phrase read from ``p`` to ``x_end``, over the name set off after it when the
        phrase is a role: 'according to its chief designer, Dzmitry Savich', 'citing Irkut's chief executive, Oleg
        Demchenko' (the name is the speaker, not the role's organization)."""
        text = self.text
        app = re.match(r",\s*", text[x_end:stop])
        if app and (HEAD_WORD_EN.search(phrase) or any(_keys(w) & ROLE_HEAD_KEYS_RU for w in TOKEN.findall(phrase))):
            named = next((m for m in self.mentions_in(x_end, stop) if m.type == "person"), None)
            if named is not None and named.start == x_end + app.end() and \
                    re.match(r"\s*(?:[,.;!?)]|$)", text[named.stop:stop]):
                return named.stop, text[p:named.stop].strip()
        return x_end, phrase

    def _ob_etom_subject_past_comma(self, cue: Cue, s) -> Optional[Who]:
        """'Об этом доложил во вторник Верховному главнокомандующему, президенту РФ Владимиру Путину министр обороны
        Сергей Шойгу': the addressee's apposition sets off a comma before the subject. A person named in the
        nominative later in the sentence, with no verb, 'что' or quote before him, is the one who spoke."""
        text = self.text
        if not has_cyrillic(cue.text):
            return None
        stop = min(s.stop, cue.stop + 200)
        for m in self.mentions_in(cue.stop, stop):
            if m.type != "person":
                continue
            gap = text[cue.stop:m.start]
            if re.search(r"[«»\"“”„;:()—–]|(?<![\w-])(?:что|который|которая|которые|как)(?![\w-])", gap) or \
                    any(_ru_pos(w) in ("VERB", "INFN", "GRND") for w in TOKEN.findall(gap)):
                return None
            found = self._right_person([m], cue.stop, True)
            if found is not None:
                return found
        return None

    def _in_quoted_name(self, m, start: int) -> bool:
        """A country inside a quoted name ('в отчете «Сообщества железнодорожников Беларуси»', "in a report by the
        'Friends of Belarus' group"): a word of an organization's name the knowledge base lacks, not the source."""
        if m.type != "country":
            return False
        before = self.text[start:m.start]
        return before.count("«") > before.count("»") or before.count("“") > before.count("”") or \
            before.count('"') % 2 == 1

    def doc_frame(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """'..., говорится в отчёте комитета' / 'В сообщении X говорится, что ...'."""
        text = self.text
        after = re.match(rf"\s+(?:в|во|на)\s+{DOC_NOUNS_RU}\b", text[cue.stop:s.stop], re.IGNORECASE)
        before = re.search(rf"(?:^|\s)(?:[Вв]о?|[Нн]а)\s+{DOC_NOUNS_RU}\b(?P<x>[^,.;]*?)\s*$", text[bound:cue.start])
        if after:
            lo, hi = cue.stop + after.end(), s.stop
            mm = re.search(r"[,;:.!?]\s|[,;:!?]|\.$", text[lo:hi])
            hi = lo + mm.start() if mm else hi
            bwd = self.backward(cue, s, cue.start, bound, accepted)
            if bwd is None:
                return None
            # (the document's statement 'the sentence before' reports precedes the words, which may run over
            # sentences: '«... . ...», — говорится в сообщении')
            who = self._doc_source(cue.stop + after.start(), lo, hi, words_start=bwd[0])
            return self.make(cue, s, who, *bwd, forward=False, attr_start=cue.start, attr_stop=hi,
                             rule="constructions:document_tail")
        if before:
            lo = bound + before.start()
            who = self._doc_source(lo, bound + before.start("x"), cue.start)
            fwd = self.forward(cue, s)
            if fwd is None:
                return None
            return self.make(cue, s, who, *fwd, forward=True, attr_start=lo, attr_stop=cue.stop,
                             rule="constructions:document_lead")
        return self.impersonal_report(cue, s, bound)  # 'Сообщается, что ...' with no document named (impersonal.py)

    def _doc_source(self, start: int, lo: int, hi: int, words_start: Optional[int] = None) -> Who:
        # 'в посте блогера о визите Хренина': the source stands before what the document is about
        cut = owner_end(self.text, lo, hi)
        ms = [m for m in self.mentions_in(lo, cut) if m.type in SPEAKER_TYPES and not self._in_quoted_name(m, start)]
        phrase = self.text[start:hi].strip()
        owner_words = self.text[start:cut]
        if ms:
            m = ms[0]
            if m.type == "person":
                who = self.who_from_mention(m, lo)
                who.confidence = 0.85
                return who
            if self.is_media(m.key, m.text) or self.kb_outlet(m.key):
                return Who(None, phrase, start, hi, "media", confidence=0.5, role=m.key)
            return Who(m.key, phrase, start, hi, "institution", None, 0.85)
        # 'говорится в сообщении ведомства', 'the ministry's statement said': the institution the article means
        head = next((w for w in TOKEN.findall(owner_words) if _keys(w) & INSTITUTION_HEAD_KEYS_RU
                     or w.lower() in INSTITUTION_HEADS_EN), None)
        if head and self.is_monitor_head(fold(_parse(head.lower())[0].normal_form) if has_cyrillic(head) else head):
            return self.monitor_anaphor(phrase, start, hi)  # 'в сообщении проекта'
        key = self._institution_anaphor(head, head, start) if head else None
        if key and not self.is_media(key):
            return Who(key, phrase, start, hi, "institution", None, 0.75,
                       found="institution: the one the article last named or quoted")
        if head is None and re.fullmatch(rf"(?:(?:[Вв]о?|[Нн]а)\s+)?{DOC_NOUNS_RU}", phrase, re.IGNORECASE):
            # 'Об этом сообщила пресс-служба X. Как отмечается в сообщении, ...': the statement that institution
            # just made, when it spoke in this sentence or the one before
            here = self.sentence_of(start).index
            first = self.sentence_of(words_start).index if words_start is not None else here
            prev = next((h for idx in range(here, max(-1, min(here, first) - 2), -1)
                         for h in reversed(self.hits_in_sentence(idx)) if h.cue_start < start), None)
            if prev is not None and (prev.st.speaker or "").startswith("organization:") and \
                    not self.is_media(prev.st.speaker):
                return Who(prev.st.speaker, phrase, start, hi, "institution", None, 0.75,
                           found="institution: the one whose statement the sentence before reports")
            if prev is None:
                # '... пишет агентство, ссылаясь на пресс-службу Минобороны. [narrative] «...», — говорится в
                # сообщении': the institution whose statement came last, further back, while no other body was named
                # since (documents.DOCUMENT_REACH sentences)
                back = max(-1, min(here, first) - 2 - DOCUMENT_REACH)
                prev = next((h for idx in range(min(here, first) - 2, back, -1)
                             for h in reversed(self.hits_in_sentence(idx))), None)
                key = prev.st.speaker if prev is not None else None
                if key and key.startswith("organization:") and not self.is_media(key) and not any(
                        m.type in ("organization", "person") and m.key != key and not self.in_speech(m.start)
                        for m in self.mentions_in(max(prev.st.stop, prev.attr_stop), start)):
                    return Who(key, phrase, start, hi, "institution", None, 0.7,
                               found="institution: the one whose statement came last, no other body named since")
        return Who(None, phrase, start, hi, "institution", None, 0.5)

    def channel_verb(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """'..., передаёт ТАСС': an outlet carrying the sentence's statement (or reporting on its own)."""
        ms = [m for m in self.mentions_in(cue.stop, s.stop) if m.type == "organization"]
        if not ms:
            return self._quoted_by_outlet_noun(cue, s, bound, accepted)
        ch = ms[0].key
        own_platform = not (self.is_media(ch, ms[0].text) or self.kb_outlet(ch)) and \
            bool(PLATFORM_WORDS.search(self.text, cue.stop, ms[0].start))
        if accepted:
            prev = accepted[-1]
            if prev.st.channel is None and not own_platform:
                prev.st.channel = ch
            c = self.text.rfind(",", prev.st.start, cue.start)
            if prev.forward and prev.st.start < cue.start < prev.st.stop and c > prev.st.start and \
                    not self.in_quote(c) and not self.text[c + 1:cue.start].strip(" –—-"):
                self.cut(prev, c)  # 'X заявил, что ..., передает ТАСС': the words end before the outlet's verb
            return None
        who = Who(None, ms[0].text, ms[0].start, ms[0].stop, "media", confidence=0.5, role=ch)
        if own_platform:
            # '..., передаёт официальный сайт Минобороны': the body's own platform carries its words; the body
            # speaks and no outlet is the channel
            who = Who(ch, ms[0].text, ms[0].start, ms[0].stop, "institution", confidence=0.8)
            ch = None
        if re.match(r"\s*[Оо]б\s+этом\s", self.text[s.start:cue.start]):
            # 'Об этом он сказал на совещании, передает БелТА': the outlet carries what the sentence before reports
            return self.ob_etom(cue, s, who)
        quoted = self._quoted_object(cue, s, cue.stop, ms[0].start)
        if quoted is None:
            quoted = self._words_after_outlet(cue, s, ms[0].stop)
        if quoted is None and cue.lemma.startswith("цитир"):
            # '«...», – цитирует БелТА Виктора Хренина': the one quoted after the outlet, in the accusative
            after = self._sentence_tail(ms[0].stop, s)
            quoted = self._quoted_object(cue, s, ms[0].stop, after) if after else None
        if quoted is not None:
            who = quoted  # '«...», – цитирует министра БелТА': the minister speaks, the agency carries it
        bwd = self.backward(cue, s, cue.start, bound, accepted)
        if bwd is None:
            return None
        hit = self.make(cue, s, who, *bwd, forward=False, attr_start=cue.start, attr_stop=ms[0].stop,
                        rule="constructions:quoted_object" if quoted is not None else "constructions:channel_verb")
        if quoted is not None and hit.st.channel is None:
            hit.st.channel, hit.channel_kind = ch, "citation"
        return hit

    def _words_after_outlet(self, cue: Cue, s, lo: int) -> Optional[Who]:
        """'«...», – передает РИА Новости его слова', '– передает ТАСС слова министра': whose words the outlet carries,
        named after it as the owner of 'слова' (a pronoun taken up like any, a name or a role resolved like any);
        None without 'слова' there or when the owner names no one."""
        m = re.match(r"\s+(?:(?P<pron>его|её|ее)\s+)?слова\b", self.text[lo:s.stop])
        if m is None:
            return None
        if m.group("pron"):
            p = lo + m.start("pron")
            who = self.resolve_pronoun(m.group("pron").lower(), p, p + len(m.group("pron")), cue, s)
            return who if who.key else None
        hi = self._sentence_tail(lo + m.end(), s)
        return self._quoted_object(cue, s, lo + m.end(), hi) if hi else None

    def _quoted_by_outlet_noun(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """'«...», – цитирует министра пресс-служба' / '– цитирует министра агентство': an outlet the article does
        not name carries the words of a role noun's speaker (the one named before); nothing when no one is named."""
        if not has_cyrillic(cue.text) or accepted:
            return None
        toks = list(TOKEN.finditer(self.text, cue.stop, s.stop))
        outlet = next((t for t in toks[1:6] if _keys(t.group()) & (OUTLET_HEAD_KEYS | VOICE_OF_ORG)), None)
        if outlet is None:
            return None
        quoted = self._quoted_object(cue, s, cue.stop, outlet.start())
        if quoted is None:
            return None
        bwd = self.backward(cue, s, cue.start, bound, accepted)
        if bwd is None:
            return None
        return self.make(cue, s, quoted, *bwd, forward=False, attr_start=cue.start, attr_stop=outlet.end(),
                         rule="constructions:quoted_object")

    def _quoted_role(self, cue: Cue, s, lo: int, hi: int) -> Optional[Who]:
        """The role noun an outlet quotes after 'слова' or in 'quoted the minister as saying', resolved like any
        role (the speaker named before); None when it names no one we know."""
        if has_cyrillic(cue.text):
            stop = next((x.start for x in self.mentions_in(lo, hi) if x.type == "organization"), hi)
            toks = list(TOKEN.finditer(self.text, lo, stop))
            cut = next((t.start() for t in toks[1:] if _keys(t.group()) & (OUTLET_HEAD_KEYS | VOICE_OF_ORG)), None)
            return self._quoted_object(cue, s, lo, cut or stop)
        phrase = self.text[lo:hi].strip()
        hm = HEAD_WORD_EN.search(phrase)
        if hm is None or not re.match(r"(?:the|its|their)\s", phrase, re.IGNORECASE):
            return None
        start = lo + (len(self.text[lo:hi]) - len(self.text[lo:hi].lstrip()))
        who = self.resolve_phrase(phrase, start, start + len(phrase), hm.group("head").lower(), cue, s)
        return who if who.key and who.kind == "role" else None

    def _sentence_tail(self, lo: int, s) -> int:
        """The end of the words right after ``lo`` up to the sentence's end or its next punctuation mark (0 if none)."""
        m = re.search(r"[,;:.!?«»\"“”(]", self.text[lo:s.stop])
        hi = lo + m.start() if m else s.stop
        return hi if self.text[lo:hi].strip() else 0

    def _quoted_object(self, cue: Cue, s, lo: int, hi: int) -> Optional[Who]:
        """The person an outlet quotes, named between its verb and the outlet ('цитирует министра БелТА', 'цитирует
        Хренина агентство'): a name, or a role phrase resolved like any role."""
        if not has_cyrillic(cue.text) or hi <= lo:
            return None
        people = [m for m in self.mentions_in(lo, hi) if m.type == "person"]
        if people:
            who = self.who_from_mention(people[0], lo)
            who.start = max(who.start, lo)
            return who
        toks = list(TOKEN.finditer(self.text, lo, hi))
        # '– цитирует белорусского президента госагентство БелТА': the role ends before the outlet's noun
        toks = toks[:next((i for i, t in enumerate(toks) if i and _keys(t.group()) & OUTLET_HEAD_KEYS), len(toks))]
        for i, t in enumerate(toks):
            if _keys(t.group()) & ROLE_HEAD_KEYS_RU:
                start = toks[i - 1].start() if i and _parse(toks[i - 1].group().lower())[0].tag.POS == "ADJF" else t.start()
                stop = toks[-1].end()
                head = fold(_parse(t.group().lower())[0].normal_form)
                who = self.resolve_phrase(self.text[start:stop], start, stop, head, cue, s)
                return who if who.key else None
        if len(toks) == 1:
            # '«...», – цитирует политика агентство': one animate noun names the one who just spoke, as 'его' would
            p = next((p for p in _parse(toks[0].group().lower())[:2] if p.tag.POS == "NOUN" and "anim" in p.tag
                      and p.tag.case in ("accs", "gent") and p.tag.number == "sing"), None)
            if p is None:
                return None
            gender = "f" if p.tag.gender == "femn" else "m"
            key, conf = self._antecedent(gender, toks[0].start(), s, cue)
            if key and key.startswith("person:"):
                return Who(key, toks[0].group(), toks[0].start(), toks[0].end(), "pronoun", self.best_role(key),
                           min(conf, 0.75), found=f"'{toks[0].group()}': the one person who spoke just before")
        return None
