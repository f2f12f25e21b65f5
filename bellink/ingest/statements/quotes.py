"""Quotation marks, and the quotes nobody's cue claimed.

``find_quotes`` pairs marks over the whole text: «» and „“ / “” nested to any depth, straight quotes
paired inside a paragraph, and a quote that runs on into the next paragraph when that paragraph opens
with a quote mark. ``orphans`` gives the quotes no cue claimed a speaker:

    "“A,” Khrenin said. “B.”"          one statement from A to B (the attribution is inside it)
    a quote right after an attributed one, same or next paragraph   quotes:continuation
    any other whole-sentence quote     quotes:unknown_speaker
Not a statement: a quoted name («Рособоронэкспорт», "Zapad-2021"), a quote of fewer than five words.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from bellink.ingest.time import dating
from bellink.ingest.entities import TOKEN
from bellink.ingest.model import Statement
from bellink.ingest.statements.values import Hit, Quote
from bellink.ingest.statements.words import CAN_CLOSE_BEFORE, CAN_OPEN_AFTER, OPEN_MARKS, QUOTE_CHAR


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations over the whole document (see the module docstring)."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    quotes: list[Quote] = []
    carry = None  # (offset, mark) of a quote running on past its paragraph
    for i, (ps, pe) in enumerate(paragraphs):
        stack: list = []
        begin = ps
        if carry is not None:
            lead = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
            if lead < pe and text[lead] in OPEN_MARKS and _same_family(carry[1], text[lead]):
                stack = [carry]
                begin = lead + 1
            carry = None
        ignore: set = set()
        for _ in range(4):
            found, left = _scan(text, begin, pe, list(stack), ignore)
            if not left:
                quotes.extend(found)
                break
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            bottom = left[0]
            if nxt is not None:
                lead = nxt[0] + len(text[nxt[0]:nxt[1]]) - len(text[nxt[0]:nxt[1]].lstrip())
                if text[lead] in OPEN_MARKS and _same_family(bottom[1], text[lead]):
                    quotes.extend(found)
                    carry = bottom
                    break
            if stack and bottom is stack[0]:
                stack = []  # the carried quote never closes: drop it
            else:
                ignore.add(bottom[0])
        else:
            quotes.extend(found)
    quotes.sort(key=lambda q: q.open)
    return quotes


# British usage: single marks around what was said ('‘We are ready,’ he said.', "'We are ready,' he said.").
# A single mark is an apostrophe far more often than a quote, so a pair is taken only in the shapes speech has:
# an opening mark after a space, a bracket or a dash (or at the paragraph's start) before a letter or digit, and
# its closing mark in the same paragraph after a letter or punctuation, before a space, punctuation or the end;
# a straight mark must open before a capital or a digit, and "the soldiers' barracks" (an s before the mark and a
# lowercase word after it) never closes.
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))(?:‘(?=[\w«“\"])|'(?=[A-ZА-ЯЁ0-9]))", re.M)
_SINGLE_CLOSE = {"‘": re.compile(r"(?<=[\w.,!?…)])’(?=[\s.,;:!?)—–-]|$)", re.M),
                 "'": re.compile(r"(?<=[\w.,!?…)])'(?=[\s.,;:!?)—–-]|$)", re.M)}
_POSSESSIVE = re.compile(r"s[’'] [a-zа-яё]")


# Russian direct speech set off by dashes, with no quotation marks: a paragraph '– Батареи готовы, – сказал Хренин. –
# Расчеты примут их в июле.' The paragraph is read as '«Батареи готовы, – сказал Хренин. – Расчеты ... июле»' (its
# opening dash and space become a space and «, its closing full stop »), but only when the attribution between
# dashes is there: a dash-led line of an interview ('– Когда прибудут батареи?') stays as it is.
_DASH_SPEECH = re.compile(r"^[–—] (?=[А-ЯЁ«])(?P<body>[^\n]*?[,!?…] [–—] [а-яё]+[^\n–—]*?[.,] [–—] [^\n]*?)\.$", re.M)
_DASH_LINE = re.compile(r"^[–—-] ", re.M)  # where a match of _DASH_SPEECH may start
# The attribution closing a paragraph of several sentences ('– Батареи готовы. Расчеты примут их в июле, – сказал
# Хренин.'; a page may set the dashes as hyphens): the paragraph's words up to the last dash are the quote, read as
# '«Батареи готовы. Расчеты примут их в июле,»– сказал Хренин.' (the opening dash and space become a space and «, the
# space before the closing dash »), when the word after that dash is a reporting verb. One sentence needs none of it.
_TAIL_DASH = re.compile(r"[,!?…] ([–—-]) ([а-яё]+)[^\n–—]*\.$")
_SENTENCE_BREAK = re.compile(r"[.!?…] [А-ЯЁ«]")


def _tail_attribution(text: str, start: int, end: int):
    """The offset of the space before the closing dash of a dash-led paragraph text[start:end] of several sentences
    whose last dash introduces a reporting verb ('..., – заявил министр.'), else None."""
    at = max(text.rfind(" – ", start, end), text.rfind(" — ", start, end), text.rfind(" - ", start, end))
    if at <= start + 2:
        return None
    m = _TAIL_DASH.match(text, at - 1, end)
    if m is None or text[start] != m.group(1) and m.group(1) == "-" or \
            _SENTENCE_BREAK.search(text, start + 2, at) is None:
        return None
    from bellink.ingest.statements.verbs import _ru_verb_token, ru_phrase_cue

    hit = _ru_verb_token(m.group(2)) or ru_phrase_cue(text, m.start(2), m.end(2))  # 'привел подробности'
    return at if hit and hit[0] not in ("add", "doc") else None


def dash_speech_as_quotes(text: str) -> str:
    """``text`` with dash-set direct speech paragraphs marked as quotes, one character for one (see above)."""
    if "– " not in text and "— " not in text and "\n- " not in text and not text.startswith("- "):
        return text
    out, last = [], 0
    for line in _DASH_LINE.finditer(text):
        # only a line that ends in a full stop can match (``\.$``): on any other, the lazy parts of the pattern
        # tried every split of the line (a 38 KB dash-led line without one took 4 CPU-s)
        end = text.find("\n", line.start())
        end = len(text) if end < 0 else end
        if text[end - 1] != ".":
            continue
        m = _DASH_SPEECH.match(text, line.start(), end) if text[line.start()] != "-" else None
        if m is None:
            at = _tail_attribution(text, line.start(), end)
            if at is not None:
                out += [text[last:line.start()], " «", text[line.start() + 2:at], "»"]
                last = at + 1
            continue
        out += [text[last:m.start()], " «", m.group("body"), "»"]
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# every double quotation mark, and what each closes: a mark of one family opened, the next mark closing another
_DOUBLE_MARK = re.compile('["\u201c\u201d\u00ab\u00bb\u201e\\n]')
_CLOSER_OF = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}


def mixed_quotes_as_pairs(text: str) -> str:
    """``text`` with a quote opened by a mark of one family and closed by the next mark, of another (a straight mark
    or a guillemet closed by a curly one: pages whose typography was mangled on the way) given a matching pair, one character for one, so every offset stays. Only when the very next mark in the
    paragraph is a closing mark of another family; a mark that opens inside an open quote (nested quotes) or a quote
    left open changes nothing. One pass over the marks of the text."""
    if "\u201d" not in text and '"' not in text and "\u00bb" not in text:
        return text
    fixes: list = []  # (offset, new mark)
    open_at = None  # (offset, mark) of the quote open in this paragraph
    for m in _DOUBLE_MARK.finditer(text):
        ch, at = m.group(), m.start()
        if ch == "\n":
            open_at = None
            continue
        if open_at is None:
            if ch in ('"', "\u201c", "\u00ab", "\u201e"):
                open_at = (at, ch)
            continue
        o_at, o_ch = open_at
        open_at = None
        if ch == _CLOSER_OF[o_ch] or (o_ch == "\u201e" and ch == "\u201d"):
            continue  # a pair of one family
        if o_ch == '"' and ch == "\u201d":
            fixes.append((o_at, "\u201c"))  # straight open, curly close: the curly family
        elif o_ch == "\u00ab" and ch == "\u201d":
            fixes.append((at, "\u00bb"))  # a guillemet closed by a curly mark
        elif o_ch == "\u201c" and ch == '"':
            fixes.append((at, "\u201d"))  # a curly opening closed by a straight mark (review N1: 'He added: “... ."')
        # (not a straight mark after '«': in Russian it opens the quote inside, «... "Искандер" ...»)
        elif ch in ('"', "\u201c", "\u00ab", "\u201e"):
            open_at = None  # a mark opening inside an open quote: nested, left as it is
    if not fixes:
        return text
    out, last = [], 0
    for at, mark in fixes:
        out += [text[last:at], mark]
        last = at + 1
    out.append(text[last:])
    return "".join(out)


def single_quotes_as_double(text: str) -> str:
    """``text`` with single quotation marks that pair as speech turned into “ ”, one character for one, so every
    offset stays (the statements are sliced from the document's own text afterwards). Text with no single
    opening mark comes back as it is."""
    if "‘" not in text and "'" not in text:
        return text
    marks: list = []  # (offset, new mark), in text order
    closes: dict = {}  # an opening mark -> the offsets of the closing marks that may pair with it, in order
    pos = 0
    pe = -1  # the end of the last opening mark's paragraph (its first line break after it, or the text's end)
    while True:
        om = _SINGLE_OPEN.search(text, pos)  # one scan of the text for opening marks
        if om is None:
            break
        if pe < om.end():
            pe = text.find("\n", om.end())
            pe = len(text) if pe < 0 else pe
        mark = text[om.start()]
        found = closes.get(mark)
        if found is None:
            # every closing mark of the text, found once ('the soldiers’ barracks': an apostrophe, never a close):
            # a search of the paragraph for each opening mark took 25 CPU-s for a 100 KB paragraph
            found = closes[mark] = [cm.start() for cm in _SINGLE_CLOSE[mark].finditer(text)
                                    if not _POSSESSIVE.match(text, cm.start() - 1)]
        i = bisect.bisect_left(found, om.end())
        close = found[i] if i < len(found) and found[i] < pe else None
        if close is None or close - om.start() < 3:
            pos = om.end()
            continue
        marks += [(om.start(), "“"), (close, "”")]
        pos = close + 1
    if not marks:
        return text
    out, last = [], 0
    for at, mark in marks:  # slices, not a list of every character (a document may be 20 MB)
        out += [text[last:at], mark]
        last = at + 1
    out.append(text[last:])
    return "".join(out)


def _same_family(a: str, b: str) -> bool:
    fam = {"«": "«", "„": "“", "“": "“", '"': '"'}
    return fam.get(a) == fam.get(b) or {a, b} <= {"“", "„"}


def _scan(text: str, begin: int, end: int, stack: list, ignore: set):
    found = []
    for qm in QUOTE_CHAR.finditer(text, begin, end):
        pos = qm.start()
        ch = text[pos]
        if pos in ignore:
            continue
        prev = text[pos - 1] if pos > 0 else " "
        nxt = text[pos + 1] if pos + 1 < end else " "
        can_open = (prev in CAN_OPEN_AFTER or pos == begin) and nxt not in " \t\n\u00a0"
        can_close = prev not in " \t\n\u00a0" and (nxt in CAN_CLOSE_BEFORE or pos + 1 >= end)
        closed = None
        if ch == "«":
            stack.append((pos, ch))
        elif ch == "»":
            idx = _last(stack, "«")
            if idx is not None:
                closed = idx
        elif ch == "„":
            stack.append((pos, ch))
        elif ch == "“":
            if stack and stack[-1][1] == "„":
                closed = len(stack) - 1
            elif can_open:
                stack.append((pos, ch))
            elif stack and stack[-1][1] == "“":
                closed = len(stack) - 1
        elif ch == "”":
            idx = _last(stack, "“„")
            if idx is not None:
                closed = idx
        elif ch == '"':
            if stack and stack[-1][1] == '"' and can_close:
                closed = len(stack) - 1
            elif can_open:
                stack.append((pos, ch))
            elif stack and stack[-1][1] == '"':
                closed = len(stack) - 1
        if closed is not None:
            opener = stack[closed]
            del stack[closed:]
            if closed == 0:
                found.append(Quote(opener[0], pos))
    return found, stack


def _last(stack: list, marks: str):
    for i in range(len(stack) - 1, -1, -1):
        if stack[i][1] in marks:
            return i
    return None


class QuoteReading:
    def quote_at(self, pos: int) -> Optional[Quote]:
        """The top-level quote whose marks enclose ``pos`` (marks excluded)."""
        i = bisect.bisect_right(self.q_opens, pos) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.open < pos < q.close:
                return q
        return None

    def in_quote(self, pos: int) -> bool:
        return self.quote_at(pos) is not None

    def in_speech(self, pos: int) -> bool:
        """Inside quoted words, not inside a quoted name ("Интерфакс", «Рособоронэкспорт»)."""
        q = self.quote_at(pos)
        return q is not None and not self.is_name_quote(q)

    def is_name_quote(self, q: Quote) -> bool:
        got = self._name_quote.get(q.open)
        if got is None:
            words = TOKEN.findall(self.text[q.open + 1:q.close])
            got = self._name_quote[q.open] = len(words) <= 4 and bool(words) and words[0][:1].isupper() and \
                not re.search(r"[.!?…,]\s*$", self.text[q.open + 1:q.close])
        return got

    def quote_closing_at(self, pos: int) -> Optional[Quote]:
        return self.q_by_close.get(pos)

    def quote_opening_at(self, pos: int) -> Optional[Quote]:
        i = bisect.bisect_left(self.q_opens, pos)
        if i < len(self.quotes) and self.quotes[i].open == pos:
            return self.quotes[i]
        return None

    def _quote_before(self, pos: int, bound: int) -> Optional[Quote]:
        """The quote that closes right before ``pos`` (only commas, dashes and spaces between)."""
        k = pos
        while k > bound and self.text[k - 1] in " \t\u00a0,-–—":
            k -= 1
        return self.quote_closing_at(k - 1) if k > bound else None

    def inner(self, q: Quote) -> tuple[int, int]:
        cs, ce = q.open + 1, q.close
        while cs < ce and self.text[cs] in " \t\n\u00a0":
            cs += 1
        while ce > cs and self.text[ce - 1] in " \t\n\u00a0,":
            ce -= 1
        return cs, ce

    def orphans(self) -> None:
        text = self.text
        claimed = sorted((h.st.start, h.st.stop) for h in self.hits)
        longest = [max((b - a for a, b in claimed), default=0)]

        def claim(a: int, b: int) -> None:
            bisect.insort(claimed, (a, b))
            longest[0] = max(longest[0], b - a)

        def overlaps_claimed(cs: int, ce: int) -> bool:
            # a claimed span that meets [cs, ce] starts at or before ce and no earlier than cs - longest
            k = bisect.bisect_right(claimed, (ce, float("inf"))) - 1
            while k >= 0 and claimed[k][0] >= cs - longest[0]:
                a, b = claimed[k]
                if a <= cs < b or a < ce <= b or (cs <= a and b <= ce):
                    return True
                k -= 1
            return False

        self._hits_by_cue = sorted((h.cue_start, i) for i, h in enumerate(self.hits))
        for q in self.quotes:
            cs, ce = self.inner(q)
            if ce <= cs:
                continue
            if overlaps_claimed(cs, ce):
                continue
            s_open = self.sentence_of(q.open)
            s_close = self.sentence_of(q.close)
            if s_open.index in self.skip or s_close.index in self.skip:
                continue
            nwords = len(TOKEN.findall(text[cs:ce]))
            prev = self._hit_before(q.open)
            lead = text[s_open.start:q.open]
            trail = text[q.close + 1:s_close.stop]
            split = prev is not None and prev.st.direct and re.fullmatch(r"\s*[,:]?\s*[-–—]?\s*", text[prev.attr_stop:q.open] if prev.attr_stop <= q.open else "x")
            whole = lead.strip(" \t\u00a0-–—") == "" and trail.strip(" \t\u00a0.,;!?…") == ""
            if not (whole or split) or nwords < 3:
                continue
            who = None
            kind = "continuation"
            if prev is not None and (prev.st.speaker or prev.st.speaker_text):
                last_s = max(self.sentence_of(max(prev.st.stop - 1, prev.st.start)).index, prev.cue_sentence)
                same_par = self.a.sentences[last_s].paragraph == s_open.paragraph
                next_par = self.a.sentences[last_s].paragraph + 1 == s_open.paragraph
                adjacent = s_open.index <= last_s + 1
                if split or (adjacent and (same_par or (next_par and prev.st.direct))):
                    who = prev
                elif adjacent and next_par and whole and prev.st.speaker and self._paragraph_is_quote(q, s_close):
                    # 'Khrenin said the battery had arrived.' then a paragraph that is nothing but a quote: his
                    # words, reported and then quoted (nobody else was given the floor in between)
                    who = prev
            if who is None and nwords < 5:
                continue
            if who is not None and who.st.direct:
                # one attribution, one statement: '“A,” he said. “B.”' runs from A to B, attribution included
                # (also when B is the next paragraph: nobody else was given the floor in between)
                p = who.st
                p.stop = ce
                p.text = text[p.start:ce]
                claim(p.start, ce)
                continue
            if who is not None:
                p = who.st
                conf = min(p.confidence, 0.85 if split or self.a.sentences[s_open.index].paragraph ==
                           self.sentence_of(p.start).paragraph else 0.75)
                st = Statement(speaker=p.speaker, speaker_text=p.speaker_text, role=p.role, text=text[cs:ce],
                               direct=True, start=cs, stop=ce, sentence=self.sentence_of(cs).index,
                               cue=p.cue, channel=p.channel, date=p.date, confidence=round(conf, 2),
                               details={"rule": "quotes:split_continuation" if split else "quotes:continuation",
                                        "speaker_from": "continuation"})
                hit = Hit(st, who.cue_start, who.cue_stop, who.attr_start, who.attr_stop, who.cue_sentence, False, kind)
            else:
                st = Statement(speaker=None, speaker_text=None, role=None, text=text[cs:ce], direct=True, start=cs,
                               stop=ce, sentence=self.sentence_of(cs).index, cue=None, channel=None,
                               date=dating.publication_date(self.a), confidence=0.4,
                               details={"rule": "quotes:unknown_speaker", "speaker_from": "unknown"})
                hit = Hit(st, q.open, q.open, q.open, q.open, s_open.index, False, "unknown")
            bisect.insort(self._hits_by_cue, (hit.cue_start, len(self.hits)))
            self.hits.append(hit)
            claim(cs, ce)

    def _paragraph_is_quote(self, q, s_close) -> bool:
        """Whether the quote fills its paragraph (it opens the paragraph and closes its last sentence)."""
        s_open = self.sentence_of(q.open)
        first = s_open.index == 0 or self.a.sentences[s_open.index - 1].paragraph != s_open.paragraph
        last = s_close.index + 1 >= len(self.a.sentences) or \
            self.a.sentences[s_close.index + 1].paragraph != s_close.paragraph
        return first and last

    # How far back _hit_before looks for the attribution a quote may continue: a continuation needs that
    # attribution in the quote's sentence or the one before, never tens of thousands of characters back.
    HIT_BEFORE_REACH = 50_000

    def _hit_before(self, pos: int) -> Optional[Hit]:
        # the hit that reaches furthest; of those reaching as far, the first in ``hits`` order (no sort of the
        # window: it holds a few hundred hits on a long document, and this is asked for every orphan quote)
        best, best_reach, best_i = None, -1, -1
        hits = self.hits
        lo = bisect.bisect_left(self._hits_by_cue, (pos - self.HIT_BEFORE_REACH, -1))
        hi = bisect.bisect_left(self._hits_by_cue, (pos, -1))
        for _, i in self._hits_by_cue[lo:hi]:
            h = hits[i]
            stop = h.st.stop
            if stop <= pos + 1 and h.cue_start < pos:
                reach = stop if stop > h.attr_stop else h.attr_stop
                if best is None or reach > best_reach or (reach == best_reach and i < best_i):
                    best, best_reach, best_i = h, reach, i
        return best
