"""An interview printed as questions and answers: each answer is a direct statement by the interviewee.

    Министр обороны Леонид Мальцев ответил на несколько вопросов «БДГ».
    — Когда расчеты начнут осваивать С-300ПС?
    — Первые расчеты уже прошли подготовку.            -> Мальцев (the one person the intro names)
    Khrenin said in an interview with Belarus 1 ... Parts of the interview were broadcast as questions and answers.
    - When will the new fighters arrive?
    - The contract was signed in December.             -> Khrenin (the one speaker quoted 'in an interview')
Not answers: lines no interview word comes before (a dialogue), a dash-led line that follows no question ('- 12 Su-30SM;' in a list), an answer whose interviewee
the article does not make clear (left unknown: the words are still someone's answer, but a guess would be worse).
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from bellink.ingest import lexicon
from bellink.ingest.model import Statement
from bellink.ingest.statements.values import Hit
from bellink.ingest.statements.words import WORDS
from bellink.ingest.time import dating

# a paragraph of a transcript opens on a dash and a space
DASH_LINE = re.compile(r"[-–—]\s")
# or on a label that says who speaks: the question's ('Q:', 'Question:', 'В:', 'Вопрос:') or the answer's ('A:',
# 'Answer:', 'О:', 'Ответ:'); labelled lines need no question mark to be told apart, and the labels alone say an
# interview is printed
QA_LABEL = re.compile(r"(?:[-–—]\s*)?(?:(?P<q>Q|Question|В|Вопрос)|(?P<a>A|Answer|О|Ответ))\s*:\s")
# the words that tell a reader the article quotes an interview; never a question as a topic, one singular question
# 'of', 'whether' or 'о' something ('the question of new fighters came up', 'вопрос о поставках обсуждался')
# (and the correspondent the interviewee told: 'О планах корреспонденту рассказал директор X', 'told a BelTA
# correspondent')
INTERVIEW_WORDS = re.compile(r"interview|questions\b|question\b(?!\s+(?:of|whether)\b)|Q&A|интервью|"
                             r"вопрос(?:ы|ов|ам|ами|ах)|вопрос(?:а|у|ом|е)?(?!\w)(?!\s+(?:о|об|обо)\b)|"
                             r"корреспондент(?:у|ам)(?!\w)|correspondents?\b", re.I)


def _word_alternatives(klass: str) -> str:
    # English words whole (plural too), Russian ones stems with any ending
    return "|".join(re.escape(r["word"]) + (r"s?\b" if r["lang"] == "en" else r"\w*")
                    for r in lexicon.rows(WORDS.name) if r["class"] == klass)


# the one who asks: a journalist's noun right before the name (an outlet between, quoted or capitalized: 'корреспондент
# «Белорусской военной газеты» Иван Петров', 'BelTA correspondent Ivan Petrov'), or an asking verb after it, at
# most two words on ('Ivan Petrov of BelTA asked')
QUESTIONER_BEFORE = re.compile(r"\b(?i:%s)\s+(?:«[^»\n]{1,60}»\s+|\"[^\"\n]{1,60}\"\s+|(?:[A-ZА-ЯЁ][\w.-]*\s+){1,3})?$"
                               % _word_alternatives("interviewer"))
QUESTIONER_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:%s)" % _word_alternatives("asking_verb"), re.I)


class Claimed:
    """The spans statements already hold, asked whether one overlaps [start, stop) in log time: sorted by start, with
    the furthest stop reached so far (a scan of every hit for every answer grew with the square of a long
    transcript's length: issue 10)."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))
        self.last = None

    def overlaps(self, start: int, stop: int) -> bool:
        k = bisect.bisect_left(self.starts, stop)  # the spans that start before ``stop``
        if k and self.reach[k - 1] > start:
            return True
        return self.last is not None and self.last[0] < stop and start < self.last[1]


class Interviews:
    def interview_answers(self) -> None:
        text = self.text
        if "- " not in text and "– " not in text and "— " not in text and ": " not in text:
            return
        pars: dict = {}
        for s in self.a.sentences:
            pars.setdefault(s.paragraph, []).append(s)
        order = sorted(pars)
        dash = {}
        labels = {}  # a labelled line's paragraph -> 'q' or 'a', and where its words begin
        for p in order:
            first = pars[p][0]
            line = text.rfind("\n", 0, first.start) + 1
            lm = QA_LABEL.match(text, line)
            if lm and lm.end() <= first.stop:
                dash[p] = (line, pars[p][-1].stop)
                labels[p] = ("q" if lm.group("q") else "a", lm.end())
            elif DASH_LINE.match(text, line) and not text[line:first.start].strip(" -–—\t"):
                body_end = pars[p][-1].stop
                dash[p] = (line, body_end)
        if len(dash) < 2:
            return
        claimed = Claimed((h.st.start, h.st.stop) for h in self.hits)
        block = {}  # each transcript line's first line: the run of dash-led paragraphs it belongs to (its position)
        for k, p in enumerate(order):
            if p in dash:
                block[p] = block[order[k - 1]] if k and order[k - 1] in dash else k
        # a transcript whose questions all stand at one parity of its lines ('- ...? - ... - ...? - ...') alternates: a
        # line at that parity asks even without its question mark ('- There is talk of the S-400. - Not at this stage.')
        pos: dict = {}
        for k, p in enumerate(order):
            if p in dash:
                pos[p] = pos[order[k - 1]] + 1 if k and order[k - 1] in dash else 0
        asks: dict = {}
        for p in dash:
            if p not in labels and text[dash[p][0]:dash[p][1]].rstrip().endswith("?"):
                asks.setdefault(block[p], set()).add(pos[p] % 2)
        parity = {b: next(iter(ps)) for b, ps in asks.items()
                  if len(ps) == 1 and sum(1 for p in dash if block[p] == b and p not in labels and
                                          text[dash[p][0]:dash[p][1]].rstrip().endswith("?")) >= 2}
        who = None  # the interviewee, looked for once (most documents have no transcript)
        for i, p in enumerate(order[1:], 1):
            q = order[i - 1]
            if p not in dash or q not in dash:
                continue
            if q in labels and p in labels:
                if (labels[q][0], labels[p][0]) != ("q", "a"):
                    continue  # 'Q: ... A: ...': the labels say which line answers, question mark or not
            elif block[q] in parity:
                if pos[q] % 2 != parity[block[q]] or text[dash[p][0]:dash[p][1]].rstrip().endswith("?"):
                    continue
            elif not text[dash[q][0]:dash[q][1]].rstrip().endswith("?") or \
                    text[dash[p][0]:dash[p][1]].rstrip().endswith("?"):
                continue
            if who is None:
                who, who_block = self._interviewee(pars, order, dash, block[q], labelled=q in labels), block[q]
            if who is False:
                return  # nothing before the lines says an interview is printed: dialogue or a list, not answers
            if block[q] != who_block:
                # a later transcript: a new introduction beside an interview word names its own interviewee (or
                # none clearly); without one the lines go on the interview before
                who_block = block[q]
                who = self._intro_person(pars, order, block[q]) or who
            line, end = dash[p]
            cs, ce = self.trim(labels[p][1] if p in labels else DASH_LINE.match(text, line).end(), end)
            if ce - cs < 12 or claimed.overlaps(cs, ce):
                continue
            hit = who[1] if who[0] is not None else None
            base = hit.st if hit is not None else None
            date = replace(base.date) if base is not None and base.date is not None else dating.publication_date(self.a)
            found = "the one person the interview's introduction names" if hit is None and who[0] \
                else "the one speaker the article quotes in an interview" if who[0] else "no one clearly interviewed"
            st = Statement(speaker=who[0], speaker_text=who[2], role=base.role if base else None, text=text[cs:ce],
                           direct=True, start=cs, stop=ce, sentence=self.sentence_of(cs).index, cue=None,
                           channel=base.channel if base else who[3], date=date, confidence=0.75 if who[0] else 0.4,
                           details={"rule": "interviews:answer",
                                    "speaker_from": "interviewee" if who[0] else "unknown",
                                    "speaker_found": found})
            s_index = self.sentence_of(cs).index
            self.hits.append(Hit(st, cs, cs, cs, cs, s_index, False, "interviewee" if who[0] else "unknown"))
            claimed.last = (cs, ce)  # (an answer lies before every later paragraph: only the last can reach on)

    def _asks(self, m) -> bool:
        """The person mentioned at ``m`` asks the questions (a journalist's noun before, an asking verb after)."""
        s = self.sentence_of(m.start)
        return bool(QUESTIONER_BEFORE.search(self.text, max(s.start, m.start - 100), m.start)
                    or QUESTIONER_AFTER.match(self.text, m.stop, s.stop))

    def _tells_outlet(self, intro: list) -> bool:
        """Whether a sentence of the paragraph says someone told an outlet ('X told Izvestia on the sidelines of the
        forum about ...', 'X рассказал «Известиям» о ...'): an introduction to the outlet's questions as much as
        the word 'interview' is."""
        for s in intro:
            key, how = self.channel_in(s.start, s.stop)
            if key and how == "interview" and (self.is_media(key) or self.kb_outlet(key)):
                return True
        return False

    def _intro_person(self, pars: dict, order: list, k: int, labelled: bool = False):
        """The one person (not the one asking) the paragraph before the transcript starting at ``order[k]`` names
        beside an interview word, as ``_interviewee`` gives it; (None, None, None, None) when that paragraph has an
        interview word but not one such person; None when it has none."""
        if k == 0:
            return None
        intro = pars[order[k - 1]]
        lo, hi = intro[0].start, intro[-1].stop
        if not labelled and not INTERVIEW_WORDS.search(self.text, lo, hi) and not self._tells_outlet(intro):
            return None  # (a labelled transcript, 'Q: ... A: ...', is an interview by its labels)
        people = {m.key for m in self.mentions_in(lo, hi) if m.type == "person" and m.key}
        people -= {m.key for m in self.mentions_in(lo, hi) if m.key in people and self._asks(m)}
        if len(people) != 1:
            return None, None, None, None
        key = people.pop()
        m = next(m for m in self.mentions_in(lo, hi) if m.key == key)
        outlet = next((o.key for o in self.mentions_in(lo, hi) if o.key and self.is_media(o.key, o.text)), None)
        return key, None, m.text, outlet

    def _interviewee(self, pars: dict, order: list, dash: dict, k: int, labelled: bool = False):
        """(speaker key or None, the hit that quoted them in an interview or None, their words, outlet key): the one
        person the paragraph before the transcript starting at ``order[k]`` names beside an interview word, else
        the one speaker the article quotes beside one before it; False when no interview word comes before the
        transcript at all."""
        text = self.text
        start = dash[order[k]][0]
        if not labelled and not INTERVIEW_WORDS.search(text, 0, start) and \
                not (k and self._tells_outlet(pars[order[k - 1]])):
            return False
        named = self._intro_person(pars, order, k, labelled)
        if named is not None and named[0] is not None:
            return named
        # each interview word outside quoted words belongs to the nearest cue of its sentence ('X said in an
        # interview ..., a day after the Kremlin confirmed ...': X's, not the Kremlin's)
        quoted = []
        by_sentence: dict = {}
        for h in self.hits:
            if h.cue_start < start and h.kind != "unknown":
                by_sentence.setdefault(h.cue_sentence, []).append(h)
        for index, hs in by_sentence.items():
            s = self.a.sentences[index]
            for w in INTERVIEW_WORDS.finditer(text, s.start, s.stop):
                if any(h.st.start <= w.start() < h.st.stop for h in hs):
                    continue
                near = min(hs, key=lambda h: min(abs(w.start() - h.cue_start), abs(w.start() - h.cue_stop)))
                if near.st.speaker:
                    quoted.append(near)
        if len({h.st.speaker for h in quoted}) == 1:
            h = quoted[0]
            return h.st.speaker, h, h.st.speaker_text, None
        return None, None, None, None
