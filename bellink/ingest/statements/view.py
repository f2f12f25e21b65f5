"""The shared view of one analyzed document that every step reads: text, quotes, mentions in offset
order, time expressions, skipped sentences (headlines, subheadings, questions), and span helpers.
"""
from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from typing import Optional

from bellink.ingest.segment.page import chrome_of
from bellink.ingest.statements.morph import _last_word
from bellink.ingest.statements.quotes import (
    dash_speech_as_quotes, find_quotes, mixed_quotes_as_pairs, single_quotes_as_double,
)
from bellink.ingest.statements.split import (
    UNKNOWN, Poisoned, blind_back, blind_of, blind_range, blind_since, blind_starting,
)
from bellink.ingest.statements.values import Hit
from bellink.ingest.statements.words import CLOSE_MARKS, LINK_CHROME, TRAILING_CONNECTORS, TRAILING_CONNECTOR_END
from bellink.names import has_cyrillic

_NEWLINE = re.compile("\n")
# a page cut off in mid-sentence: its last paragraph is at least this long and goes on after a comma (_cut_off_end)
CUT_OFF_WORDS = 8
CLAUSE_AFTER_COMMA = re.compile(r",\s+[a-zа-яё«“\"]")


class TextView:
    def __init__(self, a):
        self.a = a
        # single quotation marks read as double ones (same length, same offsets; see quotes.py)
        # (a pair of mixed marks made one family first: mixed_quotes_as_pairs)
        self.text = dash_speech_as_quotes(single_quotes_as_double(mixed_quotes_as_pairs(a.document.text)))
        self.lang = a.document.lang or ("ru" if has_cyrillic(self.text[:2000]) else "en")
        self.quotes = find_quotes(self.text)
        self.q_opens = [q.open for q in self.quotes]
        self.mentions = sorted(a.mentions, key=lambda m: m.start)
        self.m_starts = [m.start for m in self.mentions]
        self.timexes = sorted(a.timexes, key=lambda t: t.start)
        # lookups by position go through sorted starts (a scan per call was quadratic in document size)
        self.t_starts = [t.start for t in self.timexes]
        self.t_longest = max((t.stop - t.start for t in self.timexes), default=0)
        # where each line starts: a paragraph's start by bisection, not by searching back from each position (a
        # document without line breaks is one paragraph, and a search back per hit grew with its square)
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        self.q_by_close: dict = {}
        for q in self.quotes:
            self.q_by_close.setdefault(q.close, q)
        self.hits: list[Hit] = []
        self._hits_seen = 0  # how many of ``hits`` the indexes below hold (hits are only ever appended)
        self._hits_by_cue_sentence: dict = {}  # sentence index -> positions in ``hits``
        self._hits_by_start_sentence: dict = {}  # sentence of the statement's start -> positions in ``hits``
        self._hits_by_speaker: dict = {}  # speaker key -> (positions in ``hits``, sorted cue starts)
        # the keys of ``_hits_by_speaker`` in its order, appended as speakers come; rebuilt from it (``_speaker_keys``)
        # when a speaker leaves it (a sentence rolled back in a split's child: ``speakers_left``)
        self._speaker_order: list = []
        self._speakers_epoch = 0
        self._holders_of: dict = {}  # office (``need``) -> [epoch, speakers judged, those of them holding it]
        self._hits_last_sentence = -1  # the latest cue sentence of any hit
        # whether every hit so far came after the hits of earlier cue sentences (the loop over the sentences appends
        # them so; the steps after it add hits of any sentence): ``hits_back``
        self._hits_ordered = True
        self._blind: Optional[dict] = None  # in a child reading the second part of a huge document (split.py)
        self.skip = self._skipped_sentences()
        self._role_cache: dict = {}
        self._name_quote: dict = {}  # quote opening -> is_name_quote
        self._prefix_memo: dict = {}
        self._intro: Optional[tuple] = None  # words before a quote that belong to the quoted clause
        self._fwd_kind: Optional[str] = None
        self._fwd_rule: Optional[str] = None  # the content construction forward() and backward() matched last
        self._bwd_rule: Optional[str] = None

    def mentions_in(self, lo: int, hi: int) -> list:
        i = bisect.bisect_left(self.m_starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            if self.mentions[i].stop <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    def line_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts: ``text.rfind("\\n", 0, pos) + 1``, by bisection."""
        return self.line_starts[bisect.bisect_right(self.line_starts, pos) - 1]

    def first_mention(self, key) -> float:
        """Where the first mention of ``key`` starts (infinity when it has none)."""
        first = self._role_cache.get("first_mention")
        if first is None:
            first = self._role_cache["first_mention"] = {}
            for m in self.mentions:
                first.setdefault(m.key, m.start)
        return first.get(key, float("inf"))

    def mention_at(self, pos: int):
        i = bisect.bisect_right(self.m_starts, pos) - 1
        while i >= 0 and self.mentions[i].start > pos - 200:
            m = self.mentions[i]
            if m.start <= pos < m.stop:
                return m
            i -= 1
        return None

    def _index_hits(self) -> None:
        """Bring the hit indexes up to date. Steps look up earlier hits by sentence or speaker for every new
        cue; a scan of all hits each time grew with the square of a document's statements. ``hits`` only
        grows, and a hit's speaker, cue and start never change once it is there."""
        for i in range(self._hits_seen, len(self.hits)):
            h = self.hits[i]
            if h is UNKNOWN:
                self._blind["unknown_pos"].append(i)
                continue
            self._hits_by_cue_sentence.setdefault(h.cue_sentence, []).append(i)
            if h.cue_sentence < self._hits_last_sentence:
                self._hits_ordered = False
            self._hits_last_sentence = max(self._hits_last_sentence, h.cue_sentence)
            self._hits_by_start_sentence.setdefault(self.a._sentence_index_at(h.st.start), []).append(i)
            if h.st.speaker:
                got = self._hits_by_speaker.get(h.st.speaker)
                if got is None:
                    got = self._hits_by_speaker[h.st.speaker] = ([], [])
                    if self._speaker_order is not None:
                        self._speaker_order.append(h.st.speaker)
                where, cues = got
                where.append(i)
                bisect.insort(cues, h.cue_start)
        self._hits_seen = len(self.hits)

    def hits_in_sentence(self, index: int, starting: bool = False) -> list:
        """The hits whose cue is in sentence ``index`` (with ``starting``: also those whose statement starts
        there), in ``hits`` order."""
        if self._blind is not None:
            (blind_starting if starting else blind_range)(self, index)
        self._index_hits()
        where = self._hits_by_cue_sentence.get(index, [])
        if starting:
            where = sorted(set(where) | set(self._hits_by_start_sentence.get(index, ())))
        return [self.hits[i] for i in where]

    def hits_since(self, index: int) -> list:
        """The hits whose cue is in sentence ``index`` or later, in ``hits`` order."""
        if self._blind is not None:
            blind_since(self, index)
        self._index_hits()
        where = sorted(i for k in range(max(index, 0), self._hits_last_sentence + 1)
                       for i in self._hits_by_cue_sentence.get(k, ()))
        return [self.hits[i] for i in where]

    def hits_back(self, lo: int):
        """``reversed(self.hits)`` for a backward scan that a hit whose cue lies in a sentence before ``lo`` can only stop
        or be passed over by, never answer (each caller says why): the hits from the last back to the first such one,
        left out, when the hits are in the order of their cues' sentences (``_hits_ordered``: every hit after it in the
        scan is one too); else every hit. A long document's scans that found nothing near walked every hit of it, and
        in a statements split's child into the unknown first part (``split.UNKNOWN``), stopping the sentence, which was
        then read again on the critical path (574 sentences at 20 MB of articles)."""
        self._index_hits()
        if not self._hits_ordered or lo <= 0:
            return reversed(self.hits)
        if self._blind is not None:
            return blind_back(self, lo)
        return self._hits_back(lo)

    def _hits_back(self, lo: int):
        hits = self.hits
        for i in range(len(hits) - 1, -1, -1):
            h = hits[i]
            if h.cue_sentence < lo:
                return
            yield h

    def hits_of(self, speaker: str) -> list:
        """The hits of one speaker, in ``hits`` order."""
        self._index_hits()
        where = self._hits_by_speaker.get(speaker, ((), ()))[0]
        return [self.hits[i] for i in (where if self._blind is None else blind_of(self, where, speaker))]

    def speakers_among_before(self, pos: int, keys) -> set:
        """Which of ``keys`` have a hit with its cue before ``pos`` (``set(speakers_before(pos)) & keys``)."""
        if self._blind is not None:
            self._blind["speakers"].update(keys)  # (split.py)
        self._index_hits()
        out = set()
        for key in keys:
            got = self._hits_by_speaker.get(key)
            if got is not None and bisect.bisect_left(got[1], pos):
                out.add(key)
            elif self._blind is not None:
                raise Poisoned("speakers among")  # the first part, or a sentence left unknown, may hold one
        return out

    def other_speakers_before(self, pos: int, named: set) -> list:
        """The people speaking before ``pos`` that ``named`` leaves out (found by office, not named), in the order
        they first spoke."""
        self._index_hits()
        by = self._hits_by_speaker
        # (a digest of many articles has thousands of speakers: filter before bisecting)
        return [k for k in by if k not in named and k.startswith("person:") and bisect.bisect_left(by[k][1], pos)]

    def speakers_left(self) -> None:
        """``_hits_by_speaker`` was made anew: the order kept beside it is rebuilt when next read."""
        self._speakers_epoch += 1
        self._speaker_order = None

    def speaker_left(self, key: str) -> None:
        """``key`` left ``_hits_by_speaker`` (its hits rolled back in a split's child, split._unindex): out of the order
        kept beside it and of the holders found so far (those speakers are the latest, at the end of the order)."""
        order = self._speaker_order
        if order is None:
            return
        at = len(order) - 1
        while at >= 0 and order[at] != key:
            at -= 1
        if at < 0:
            self.speakers_left()
            return
        del order[at]
        for state in self._holders_of.values():
            if state[0] == self._speakers_epoch and at < state[1]:
                state[1] -= 1
                if key in state[2]:
                    state[2].remove(key)

    def _speaker_keys(self) -> list:
        if self._speaker_order is None:
            self._speaker_order = list(self._hits_by_speaker)
        return self._speaker_order

    def office_people(self, pos: int, named: set, need: list) -> list:
        """The people who hold the office ``need``: the article's, then those found by office before ``pos``
        (``offices._people_for``). In the child reading a huge document's second part (split.py) only its own hits
        are known: the answer is logged, and the parent asks it again, knowing the whole document so far, before
        taking the sentence (a digest of many articles has dozens of people found by office before the child's
        part, none holding the office asked about: the speakers alone would differ).

        With the article's people as ``named`` (every caller's), the speakers found by office who hold ``need`` are
        kept per office as speakers come, each judged once: every office phrase of a long digest judged every
        speaker so far (``other_speakers_before``: 20 MB of articles, thousands of speakers), which grew with the
        square of its size. The same people, in the same order."""
        if named is self._people_set():
            self._index_hits()
            keys = self._speaker_keys()
            state = self._holders_of.get(tuple(need))
            if state is None or state[0] != self._speakers_epoch:
                state = self._holders_of[tuple(need)] = [self._speakers_epoch, 0, []]
            if state[1] < len(keys):
                holders = state[2]
                for k in keys[state[1]:]:
                    if k.startswith("person:") and k not in named and self._holds(need, k):
                        holders.append(k)
                state[1] = len(keys)
            by = self._hits_by_speaker
            extras = [k for k in state[2] if bisect.bisect_left(by[k][1], pos)]
            fit = self._people_for(need, [])
            out = fit + extras if extras else fit
        else:
            out = self._people_for(need, self.other_speakers_before(pos, named))
        if self._blind is not None:
            self._blind["log"].append((pos, len(self.hits), out, need))
        return out

    def speakers_before(self, pos: int) -> dict:
        """Speaker key -> how many hits of theirs have their cue before ``pos``, for every such speaker."""
        if self._blind is not None:
            import sys

            raise Poisoned("speakers " + sys._getframe(1).f_code.co_name)
        self._index_hits()
        out = {}
        for key, (_, cues) in self._hits_by_speaker.items():
            n = bisect.bisect_left(cues, pos)
            if n:
                out[key] = n
        return out

    def blank_timexes(self, lo: int, hi: int) -> str:
        s = self.text[lo:hi]
        for t in self.timexes[bisect.bisect_left(self.t_starts, lo):bisect.bisect_left(self.t_starts, hi)]:
            if t.stop <= hi:
                s = s[: t.start - lo] + " " * (t.stop - t.start) + s[t.stop - lo:]
        return s

    def in_timex(self, pos: int) -> bool:
        k = bisect.bisect_right(self.t_starts, pos) - 1
        while k >= 0 and self.t_starts[k] > pos - self.t_longest:
            if pos < self.timexes[k].stop:
                return True
            k -= 1
        return False

    def word_before(self, pos: int, lo: int) -> str:
        w = _last_word(self.text[max(lo, pos - 80):pos])
        return w.lower() if w else ""

    def sentence_of(self, pos: int):
        return self.a.sentence_at(pos)

    def _skipped_sentences(self) -> set:
        """Headlines, subheadings and questions: never statements."""
        out = set()
        by_par: dict = {}
        for s in self.a.sentences:
            by_par.setdefault(s.paragraph, []).append(s)
        title = (self.a.document.title or "").strip()
        last_par = max(by_par) if by_par else 0
        for par, sents in by_par.items():
            # ends like a sentence as read (single marks as double ones) or as written (a dash-set speech paragraph
            # whose closing full stop was read as a quote mark)
            terminal = False
            for txt in ((self.a.document.text, self.text) if self.text is not self.a.document.text else (self.text,)):
                body = txt[sents[0].start:sents[-1].stop].strip()
                last = body.rstrip(CLOSE_MARKS + " ")[-1:] if body.rstrip(CLOSE_MARKS + " ") else ""
                closing = body[-1:] in CLOSE_MARKS and len(body) > 1 and body[-2] in ".!?…"
                terminal = terminal or last in ".!?…:" or closing
            headline = (len(sents) == 1 and not terminal and not self._cut_off_end(par, body, last_par)) or \
                bool(LINK_CHROME.match(body))
            if par == 0 and title and body.startswith(title[:40]) and len(by_par) > 1:
                headline = headline or body.endswith("?") or not terminal
            if headline:
                out.update(s.index for s in sents)
        for s in self.a.sentences:
            body = s.text.rstrip()
            if body.endswith("?") and not self.in_quote(s.start + len(body) - 1):
                out.add(s.index)
        # a saved page's lists of other stories' titles (segment/page.py, as the events stage skips them)
        out |= chrome_of(self.a)
        return out

    @staticmethod
    def _cut_off_end(par: int, body: str, last_par: int) -> bool:
        """Whether a paragraph that does not end as a sentence does is the page cut off in mid-sentence (a saved
        preview or paywall: '... Он также отметил, что армия усилила группировку своей'), not a headline: the last
        paragraph of a page whose body came before it, long as a sentence is, with a clause going on after a comma
        (', что ...', ', as noted ...'; a title's comma is followed by a name: 'Putin says ..., Lukashenko agrees')."""
        return 0 < par == last_par and len(body.split()) >= CUT_OFF_WORDS and CLAUSE_AFTER_COMMA.search(body) is not None

    def _memo_key(self, what, m, bound: int) -> tuple:
        # entities are only ever added during a run (is_media reads them): their count stands for their state
        return what, id(m), m.start, bound, len(self.a.entities)

    def _latest_before(self, pos: int, type_: str) -> list:
        """What a backward scan of ``mentions_in(0, pos)`` meets of one type, keeping only the first (latest)
        mention of each (key, surface), latest first: the callers' tests depend on nothing else.

        The statements stage asks at positions that mostly rise: a sweep keeps each (key, surface) with its latest
        mention so far, in the order of those mentions (an ordered dict, a pair moved to its end when it is named
        again), and an answer is a copy of its values, latest first, made without a Python loop. Asked before where the
        sweep stands, or where two mentions of the type overlap or one is empty (the sweep's order would not be the
        mentions'), the (key, surface) groups answer
        (``_latest_groups``). Those alone, for every call, looped over every name the document used so far: 0.03
        CPU-s in the calls of a 1 MB document of distinct articles, 0.23 at 2 MB, growing with the square of
        the size."""
        sweep = self._role_cache.get(("latest sweep", type_))
        if sweep is None:
            idx = [i for i, m in enumerate(self.mentions) if m.type == type_]
            ms = [self.mentions[i] for i in idx]
            apart = all(ms[j].stop <= ms[j + 1].start for j in range(len(ms) - 1)) and all(m.start < m.stop for m in ms)
            sweep = self._role_cache[("latest sweep", type_)] = {
                "mentions": ms if apart else None, "next": 0, "pos": -1, "latest": OrderedDict()}
        ms = sweep["mentions"]
        if ms is None or pos < sweep["pos"]:
            mentions = self.mentions
            return [mentions[i] for i in self._latest_groups(pos, type_)]
        latest, j, n = sweep["latest"], sweep["next"], len(ms)
        while j < n and ms[j].stop <= pos:
            m = ms[j]
            pair = (m.key, m.text)
            if pair in latest:
                latest.move_to_end(pair)
            latest[pair] = m
            j += 1
        sweep["next"], sweep["pos"] = j, pos
        return list(reversed(latest.values()))  # (each ends at or before pos, so starts before it: none is empty)

    def _latest_groups(self, pos: int, type_: str) -> list:
        """``_latest_before``'s indexes in ``mentions`` (descending), from the (key, surface) groups."""
        groups = self._role_cache.get(("latest", type_))
        if groups is None:
            by_pair: dict = {}
            for i, m in enumerate(self.mentions):
                if m.type == type_:
                    by_pair.setdefault((m.key, m.text), []).append(i)
            groups = self._role_cache[("latest", type_)] = [
                (idx, [self.mentions[i].stop for i in idx]) for idx in by_pair.values()]
        found = []
        for idx, stops in groups:
            k = bisect.bisect_right(stops, pos) - 1  # mentions never overlap: stops rise with starts
            if k >= 0 and self.mentions[idx[k]].start < pos:
                found.append(idx[k])
        return sorted(found, reverse=True)

    def trim(self, cs: int, ce: int) -> tuple[int, int]:
        text = self.text
        while cs < ce and text[cs] in " \t\n\u00a0":
            cs += 1
        for _ in range(3):
            while ce > cs and text[ce - 1] in " \t\n\u00a0":
                ce -= 1
            m = TRAILING_CONNECTORS.search(text, cs, ce) if ce > cs and TRAILING_CONNECTOR_END.match(text, ce - 1) \
                else None
            if m and m.start() > cs and m.end() == ce:
                ce = m.start()
            if ce > cs and text[ce - 1] in ".;," and not self.in_quote(ce - 1):
                ce -= 1
        while ce > cs and text[ce - 1] in " \t\n\u00a0":
            ce -= 1
        return cs, ce
