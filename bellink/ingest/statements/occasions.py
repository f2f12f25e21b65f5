"""The occasion words were said at, when their own sentence gives no time: the date the article gives that occasion.

    "Russia's defence minister said at the talks that ..." + "Talks were held in Moscow on Tuesday"   -> Tuesday
    "«...», – сказал на церемонии командующий." + "Самолеты в понедельник переданы на церемонии"     -> Monday
    "Шойгу, в свою очередь, отметил, что ..." after "Хренин во вторник заявил ..."                     -> Tuesday
    "Лукашенко попросил ... Об этом он сообщил в среду."                                             -> Wednesday
    "«...», said Lukashenko" near "Lukashenko was speaking during his meeting with Putin on Dec. 19."  -> 19 December
Not moved: words with a time of their own, an occasion the article never dates ("told reporters after the meeting"
with no day for the meeting), a day after the report, words of another occasion ("told Interfax", an expert's view):
those keep the report's date, marked as publication.

A meeting, talks, a board, a ceremony or a visit named in the attribution ("after the talks", "по итогам
переговоров", "who attended the session") is dated by a sentence that names the same kind of occasion with a day;
"for his part" / "в свою очередь" answers the words just before, so it shares their occasion; a sentence opening
"Об этом ..." / "He made the remarks ..." dates the words of the sentence before it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional

from bellink.ingest.time import dating

# occasion kinds: the nouns that name them (a stem group each)
# (talks are held at a meeting, and a board meets in session: "провели переговоры в понедельник", then "заявил в
# начале встречи")
OCCASIONS = {
    "talks": r"talks|negotiations|meeting|summit|переговор\w*|встреч\w*|саммит\w*",
    "board": r"board|collegium|session|коллеги(?:я|и|ю|ей|ях)|заседани\w*|совещани\w*",
    "ceremony": r"ceremony|церемони\w*",
}
_NOUN = "|".join(f"(?P<{k}>{v})" for k, v in OCCASIONS.items())
# the attribution places the words at an occasion: "said at the talks", "told the board", "who attended the session",
# "сказал на церемонии", "по итогам переговоров", "в начале встречи"
AT_OCCASION = re.compile(
    r"(?i)(?:\b(?:at|after|during|following|before|on\s+the\s+sidelines\s+of)\s+(?:the|a|this|that|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?|\btold\s+the\s+(?:[\w-]+\s+){0,2}?|\bwho\s+(?:attended|took\s+part\s+in)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?|(?<!\w)(?:по\s+итогам|после|в\s+начале|в\s+конце|в\s+ходе|во\s+время|на|по\s+окончании)\s+"
    r"(?:[\w-]+\s+){0,2}?)(?:" + _NOUN + r")\b")
# the words answer the words just before them
IN_TURN = re.compile(r"(?i)\b(?:for\s+(?:his|her|its|their)\s+part|in\s+(?:his|her|its|their\s+)?turn)\b|"
                     r"(?<!\w)в\s+свою\s+очередь(?!\w)")
# "Об этом он сказал во вторник", "He made the remarks on Tuesday": the time of the words of the sentence before
THIS_WAS_SAID = re.compile(r"(?i)\s*(?:[Оо]б\s+этом\b|(?:He|She|They)\s+made\s+(?:the|these|his|her|their)\s+"
                           r"(?:remarks|comments)\b)")


# "Lukashenko was speaking during his meeting with Putin in Minsk on Dec. 19.", "He spoke at the forum on Tuesday.",
# "Хренин выступал на коллегии министерства во вторник.":
# a sentence of its own that tells when the speaker spoke dates his undated words around it
# ("spoke to Putin", "spoke on the phone" are a conversation, not words to the public: no occasion of his words)
SPEAKING = re.compile(r"\s*(?P<who>(?:[A-ZА-ЯЁ][\w-]+\s+){0,2}?[A-ZА-ЯЁ][\w-]+|He|She)\s+(?:(?:was|had\s+been)\s+"
                      r"(?:speaking|addressing)|spoke\s+(?:at|during|after|before|on(?!\s+(?:the\s+)?(?:tele)?phone\b))|"
                      r"выступал[аи]?\s+(?:на|во\s+время|в\s+ходе|перед|после))(?!\w)")
SPEAKING_REACH = 3  # sentences before and after such a sentence whose words it dates
# not a speech the words were said at: a call or a conversation ("spoke to Putin by phone on Monday"), an occasion the
# sentence sets against now ("выступал ... в прошлом году, а сейчас говорит иначе", "but now")
NOT_SPEAKING = re.compile(r"(?i)\b(?:by\s+(?:tele)?phone|(?:tele)?phone\s+(?:call|conversation|talks)|but\s+now|now\s+says)\b|"
                          r"(?<!\w)(?:по\s+телефону|телефонн\w*|а\s+(?:сейчас|теперь|ныне))(?!\w)")
# the words name an occasion of their own ("Addressing parliament, he said", "In a speech to the troops", "в интервью",
# "выступая перед депутатами", "said at the talks"): not dated by another sentence's speaking
OWN_OCCASION = re.compile(r"(?i)\b(?:addressing|in\s+(?:a|an|his|her)\s+(?:speech|address|interview|statement)|"
                          r"speaking\s+(?:at|to|in|on|during)|in\s+parliament)\b|(?<!\w)(?:выступая|обращаясь|"
                          r"в\s+(?:своем\s+|своём\s+)?(?:интервью|обращении|выступлении|послании))(?!\w)")


TO_OUTLET = re.compile(r"(?i)\b(?:interview|agency|news\s+agency|newspaper|channel|television|radio)\b|"
                       r"(?<!\w)(?:интервью|агентств\w*|газет\w*|телеканал\w*|радио)(?!\w)")


MARKS = re.compile(r"[«»“”\"]|\s[–—]\s")


class Occasions:
    def _day_before_report(self, t) -> bool:
        pub = self.a.document.published
        return t.kind == "date" and t.precision == "day" and bool(t.value) and (not pub or t.value <= pub)

    def _frame_text(self, h) -> tuple:
        s = self.a.sentences[h.cue_sentence]
        st = h.st
        if st.start <= h.cue_start < st.stop:
            # a quote split by its attribution ('«...», – сказал на церемонии командующий. – «...»', '«..., – сказал
            # на церемонии командующий. – ...»'): the attribution between the marks around the cue
            lo = max([s.start] + [m.end() for m in MARKS.finditer(self.text, s.start, h.cue_start)])
            m = MARKS.search(self.text, h.cue_stop, s.stop)
            return s.start, s.stop, self.text[lo:m.start() if m else s.stop]
        return s.start, s.stop, self.text[s.start:max(s.start, min(st.start, s.stop))] + " " + \
            self.text[min(max(st.stop, s.start), s.stop):s.stop]

    def _occasion_day(self, kind: str, near: int):
        """The day the article gives an occasion of ``kind``: in the nearest sentence naming one with a day (the
        earlier of two as near)."""
        index, days = self._occasion_days(kind)
        i = bisect.bisect_right(index, near)  # the sentences up to ``near`` before i, the later ones from i
        if i == 0:
            return days[0] if days else None
        if i < len(index) and index[i] - near < near - index[i - 1]:
            return days[i]
        return days[i - 1]  # (as near: the earlier one)

    def _occasion_days(self, kind: str) -> tuple:
        """(sentence index, its first day) of every sentence naming an occasion of ``kind`` with a day before the
        report, in order: found once per document and kind (a scan of all sentences per statement grew with the
        square of a document's size)."""
        cache = self.__dict__.get("_occasion_index")
        if cache is None:
            cache = self.__dict__["_occasion_index"] = {}
        if kind not in cache:
            rx = re.compile(r"(?i)(?<!\w)(?:" + OCCASIONS[kind] + r")(?!\w)")
            found = []
            for s in self.a.sentences:
                if not rx.search(self.text, s.start, s.stop):
                    continue
                days = [t for t in dating.timexes_in(self.a, s.index) if self._day_before_report(t)
                        and not dating._inside_quotes(self.text, s.start, t.start)]
                if days:
                    found.append((s.index, days[0]))
            cache[kind] = ([i for i, _ in found], [d for _, d in found])
        return cache[kind]

    def _said_after(self, h):
        """The day of an 'Об этом ... сказал во вторник' sentence right after the words' sentence."""
        i = h.cue_sentence + 1
        st_last = self.a.sentence_at(h.st.stop - 1).index if h.st.stop > h.st.start else h.cue_sentence
        i = max(i, st_last + 1)
        if i >= len(self.a.sentences):
            return None
        s = self.a.sentences[i]
        if not THIS_WAS_SAID.match(self.text, s.start, s.stop):
            return None
        return next((t for t in dating.timexes_in(self.a, s.index) if self._day_before_report(t)
                     and not dating._inside_quotes(self.text, s.start, t.start)), None)

    def _speaking_days(self, hits: list) -> None:
        """Words left at the report's date by a speaker whom a sentence of its own dates ("Lukashenko was speaking
        during his meeting with Putin on Dec. 19.") take that day, within SPEAKING_REACH sentences of it."""
        text = self.text
        at = [h.cue_sentence for h in hits]  # (hits in text order: their sentences ascend)
        for s in self.a.sentences:
            m = SPEAKING.match(text, s.start, s.stop)
            if m is None:
                continue
            # the speaking verb's own day: before any comma after it ("He spoke after talks with Ravkov, who was
            # appointed on Tuesday": Tuesday is the appointment's)
            comma = text.find(",", m.end(), s.stop)
            stop = s.stop if comma < 0 else comma
            day = next((t for t in dating.timexes_in(self.a, s.index) if self._day_before_report(t)
                        and m.end() <= t.start < stop), None)
            if day is None or NOT_SPEAKING.search(text, s.start, s.stop):
                continue
            people = {x.key for x in self.mentions_in(m.start("who"), m.end("who"))
                      if x.type == "person"}
            lo, hi = bisect.bisect_left(at, s.index - SPEAKING_REACH), bisect.bisect_right(at, s.index + SPEAKING_REACH)
            mid = bisect.bisect_left(at, s.index)
            if not people and m.group("who") in ("He", "She", "Он", "Она"):
                before = [h for h in hits[lo:mid] if h.st.speaker]
                people = {before[-1].st.speaker} if before else set()
                if people and s.index > 0:
                    # "Lukashenko also met Putin. He spoke at the summit": another person in the sentence before, so
                    # "He" is no longer surely the last speaker
                    prev = self.a.sentences[s.index - 1]
                    if any(x.type == "person" and x.key not in people for x in self.mentions_in(prev.start, prev.stop)):
                        people = set()
            # outward from the speaking sentence, up to words that name an occasion of their own (those and any
            # beyond them were said elsewhere)
            for side in (hits[mid:hi], hits[lo:mid][::-1]):
                for h in side:
                    st = h.st
                    if st.speaker not in people:
                        continue
                    if OWN_OCCASION.search(self._frame_text(h)[2]) or AT_OCCASION.search(self._frame_text(h)[2]):
                        break
                    if st.date is not None and st.date.method == "publication" and st.channel is None:
                        st.date = dating.to_dateref(day)
                        st.details["date_from"] = "occasion"

    def occasion_dates(self, hits: list) -> None:
        """Date words left at the report's date by the occasion the article gives them (see the module docstring)."""
        if "speaking" in self.text or "spoke" in self.text or "выступал" in self.text:
            self._speaking_days(hits)
        prev = None
        for h in hits:
            st = h.st
            if st.date is not None and st.date.method == "publication":
                got = self._said_after(h)
                if got is None and st.channel is None and not TO_OUTLET.search(self._frame_text(h)[2]):
                    # (words told to an outlet, 'a source at the meeting told Belsat', 'посол заявил агентству', are
                    # that interview's, not the occasion's)
                    _, _, frame = self._frame_text(h)
                    m = AT_OCCASION.search(frame)
                    if m is not None:
                        got = self._occasion_day(m.lastgroup, h.cue_sentence)
                    elif prev is not None and IN_TURN.search(frame) and prev.st.speaker != st.speaker and \
                            prev.st.date is not None and prev.st.date.method != "publication" and \
                            h.cue_sentence - prev.cue_sentence <= 3:
                        st.date = replace(prev.st.date)
                        st.details["date_from"] = "occasion"
                if got is not None:
                    st.date = dating.to_dateref(got)
                    st.details["date_from"] = "occasion"
            prev = h
