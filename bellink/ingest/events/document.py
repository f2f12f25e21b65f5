"""The shared view of a document the event rules read: tokens, reporting frames, clauses, country references.

Built once per document (``Doc``): every sentence's tokens with their lemma keys (``Tok``), the spans that
attribute it ("..., Ravkov told TASS" -> ``Sent.frames``), its clauses, and the countries it names
(``Sent.refs``, read by ``refs.py``). The Doc also answers knowledge-base questions about an entity
(name, country, system family, category, maker's country). ``Cue`` and ``Draft`` are what the
constructions return before ``assemble`` makes events.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from bellink.ingest.docgate import may
from bellink.ingest.entities import TOKEN
from bellink.ingest.events.lexicons import METONYMS, REPORT_EN, REPORT_RU, SENTENCE_LITERALS
from bellink.ingest.events.quoted_systems import quoted_systems
from bellink.ingest.events.refs import doc_origins, dyad, finish_refs, named_refs
from bellink.ingest.events.words import START, keys_of, next_boundary, prev_boundary, word_keys
from bellink.ingest.model import DateRef
from bellink.names import has_cyrillic


# what may stand between a reporting verb and "that": "said in a statement last month that"
FRAME_GAP = re.compile(
    r"(?:\s+(?:out|on|in|at|a|an|the|to|statement|interview|briefing|press|conference|reporters|journalists|"
    r"last|this|earlier|also|then|recently|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|журналистам|в|на|также|ранее|[A-Z][a-z]+|\d+|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]|июн\w*|"
    r"июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)){0,6}\s*,?\s*(that|что|чтобы|:)\b",
    re.IGNORECASE)


# (", and that ..." / ", и что ...": a second reported clause of its own, "said Belarus would receive the next pair in
# October, and that talks on Mi-28NE were continuing")
CLAUSE_CUT = re.compile(r";|\.\s+(?=[A-ZА-ЯЁ«\"])|,\s+(?:while|whereas|but|although|а|но|однако|тогда как|"
                        r"в то время как|which|котор\w+|and\s+that|и\s+что)\s|\s+(?:while|whereas)\s")


RELATIVE_CUT = re.compile(r"(?i)which|котор")
# the second half of a correlative "не только ..., но и ...", "not only ..., but also ...": no clause of its own
NOT_ONLY_BUT = re.compile(r"(?i),\s+(?:но\s+и|but\s+also)\s")
NOT_ONLY = re.compile(r"(?i)(?<!\w)(?:не\s+только|not\s+only)(?!\w)")
# what follows a reporting verb when it opens the content, not a tail attribution: a subject and a finite verb
# ("said Belarus had also signed ...", "said the first four would arrive ..."), more words than a speaker's name
# where the speaker's own clause begins: ", and Defence Minister Viktor Khrenin said crews had ..."
LAST_CONJUNCT = re.compile(r"(?i),\s+(?:and|but|while|а|но|и)\s+|;\s*")
# "according to Hajun, which said their equipment had been brought in": a relative clause on a source named before
RELATIVE_SPEAKER = re.compile(r"(?i)\b(?:which|who|that|который|которая|которые)\s+(?:also\s+|later\s+)?$")
CONTENT_AFTER = re.compile(r"\s+(?:that\s+)?(?!(?:in|on|at|during|after|before|when|while|as|to|in|from|by|with|for|"
                           r"last|this|next|earlier|later|today|yesterday|told)\b)"
                           # a relative word among the words before the finite verb makes them the speaker's own clause
                           # ('..., said the general who had commanded the base'), not the content
                           r"(?:(?!(?:who|whom|whose|which)\b)[\w'’-]+\s+){1,7}?"
                           r"(?:had|has|have|was|were|would|will|is|are|could|"
                           r"should|planned|expected|received|signed|ordered|delivered)\s+(?:[\w'’-]+\s*){2,}")


# SENTENCE_LITERALS by the pattern's id: a compiled pattern's hash is computed afresh from its whole compiled
# code at every look-up (up to ~10 µs for the long cue alternations), and sentence_has asks for every clause.
# A pattern not found here is searched without the literals first, which finds the same.
_LITERALS_BY_ID = {id(rx): lits for rx, lits in SENTENCE_LITERALS.items()}


def _quote_ends_here(head: str) -> bool:
    """``head`` ends with a closing quote (and a comma or dash) of a quote opened before the sentence: no opening
    quote in it, or an odd number of straight double quotes."""
    if not re.search(r"[»”\"][\s,—–-]*[,—–-]\s*$", head):
        return False
    if "»" in head or "”" in head:
        return "«" not in head and "“" not in head
    return head.count('"') % 2 == 1


# a tail attribution's words before its verb: none, or a speaker of a few words (and at most five after it)
TAIL_OPENING = re.compile(r"^\s*(?:[\w.-]+\s+){0,4}$")


@dataclass(slots=True)
class Tok:
    i: int
    start: int
    stop: int
    text: str
    low: str
    keys: frozenset
    cyr: bool = False


@dataclass
class Clause:
    start: int
    stop: int


@dataclass
class Sent:
    index: int
    start: int
    stop: int
    text: str
    low: str
    mentions: list
    clauses: list
    doc: Optional["Doc"] = field(default=None, repr=False)
    spans: dict = field(default_factory=dict)  # (lo, hi) -> tokens starting in [lo, hi)
    _toks: Optional[list] = field(default=None, repr=False)
    _stops: Optional[list] = field(default=None, repr=False)
    _frames: Optional[list] = field(default=None, repr=False)
    _named: Optional[list] = field(default=None, repr=False)
    _refs: Optional[list] = field(default=None, repr=False)
    _keyset: Optional[frozenset] = field(default=None, repr=False)
    _words: Optional[list] = field(default=None, repr=False)  # the words ``keyset`` read, until ``_tokenize`` takes them

    # Frames and country references are read only where a rule found something to read them for; most
    # sentences of an article never are, so each is made on first use (a pure function of the sentence,
    # the mentions and the statements, none of which change while events are read).

    @property
    def keyset(self) -> frozenset:
        """Every key of every token of the sentence (lemma keys of Cyrillic words, any other word itself),
        read off the words without making the tokens. A rule that looks for a lexicon's words token by token
        asks first whether the sentence has any (most Russian sentences have none of most lexicons)."""
        if self._keyset is None:
            if self._toks is not None:
                self._keyset = frozenset().union(*(t.keys for t in self._toks))
            else:
                # (the words kept: a Russian sentence asked for its keys is most often tokenized next, from the same
                # words: 7,082 of 9,134 in 300 generated documents)
                self._words = TOKEN.findall(self.text)
                self._keyset = frozenset().union(*map(keys_of, self._words))
        return self._keyset

    @property
    def frames(self) -> list:
        """(start, stop) of the spans that attribute the sentence (``Doc._frames``)."""
        if self._frames is None:
            self._frames = self.doc._frames(self)
        return self._frames

    @property
    def named_refs(self) -> list:
        """The sentence's country references with only their country known (``refs.named_refs``): what
        ``dyad`` counts."""
        if self._named is None:
            self._named = named_refs(self.doc, self)
        return self._named

    @property
    def refs(self) -> list:
        """The sentence's country references, read in full (``refs.find_refs``)."""
        if self._refs is None:
            self._refs = finish_refs(self.doc, self, self.named_refs)
        return self._refs

    @property
    def toks(self) -> list:
        """The sentence's tokens (``Tok``), made on first use: most sentences of a long document are never
        read token by token."""
        if self._toks is None:
            self._tokenize()
        return self._toks

    @property
    def stops(self) -> list:
        """Token stop offsets, for tok_at."""
        if self._stops is None:
            self._tokenize()
        return self._stops

    def _tokenize(self) -> None:
        # a word with Cyrillic letters gets its lemma keys, any other word itself (see _word).
        # A token starts with a letter or digit, and the text between tokens has none, so a token is the
        # first occurrence of its text after the previous token.
        toks = []
        base = self.start
        pos = 0
        find = self.text.find
        words, self._words = self._words, None
        for j, w in enumerate(TOKEN.findall(self.text) if words is None else words):
            p = find(w, pos)
            pos = p + len(w)
            low, keys, cyr = word_keys(w)
            toks.append(Tok(j, base + p, base + pos, w, low, keys, cyr))
        self._toks = toks
        self._stops = [t.stop for t in toks]


class Doc:
    def __init__(self, a):
        self.a = a
        self.text = a.document.text
        self.lang = a.document.lang or ("ru" if has_cyrillic(self.text[:2000]) else "en")
        self.ru = self.lang == "ru"
        quoted_systems(a, self.text)
        self.cue_cache: dict = {}
        self.made_in = any(w in self.text for w in ("made in", "produced in", "manufactured in", "built in"))
        by_sent: dict = {}
        for m in a.mentions:
            if m.key:
                by_sent.setdefault(m.sentence, []).append(m)
        self.sents: list[Sent] = []
        for s in a.sentences:
            sent = Sent(s.index, s.start, s.stop, s.text, s.text.lower(),
                        sorted(by_sent.get(s.index, []), key=START), [], self)
            sent.clauses = self._clauses(sent)
            self.sents.append(sent)
        self.memory: dict = {}  # system family -> (supplier, recipient) stated outright in the document
        self.arrived: dict = {}  # system family -> the first sentence that tells it delivered
        self.handed: set = set()
        self.handed_before_service: set = set()  # ... at a stage before service  # system families handed over in words of handing over (not only placed, on duty)

    def release(self) -> None:
        """Cut the sentences' links back to this Doc (once events are read: nothing reads them after)."""
        for sent in self.sents:
            sent.doc = None

    @cached_property
    def dyad(self) -> list:
        """The article's two main countries (``refs.dyad``), read when a rule falls back on them."""
        return dyad(self)

    @cached_property
    def origins(self) -> dict:
        """System (and family) -> the country an adjective anywhere in the article gives as its origin."""
        return doc_origins(self)

    # --- entities ----------------------------------------------------------------------

    def entity(self, key):
        ent = self.a.entities.get(key)
        if ent is None:
            from bellink.ingest import kb as kbmod

            ent = kbmod.load().entities.get(key)
        return ent

    def name(self, key) -> str:
        ent = self.entity(key)
        return ent.name if ent else key.split(":", 1)[-1]

    def short(self, key) -> str:
        """Surname for people, name otherwise."""
        n = self.name(key)
        return n.split()[-1] if key.startswith("person:") and " " in n else n

    def country_of(self, key) -> Optional[str]:
        if key.startswith("country:"):
            return key
        if key in METONYMS:
            return METONYMS[key]
        ent = self.entity(key)
        c = ent.attrs.get("country") if ent else None
        return f"country:{c}" if c and ":" not in c else c

    def family(self, key) -> str:
        ent = self.entity(key)
        fam = ent.attrs.get("family") if ent else None
        return f"weapon_system:{fam}" if fam else key

    def category(self, key) -> Optional[str]:
        ent = self.entity(key)
        if not ent:
            return None
        if ent.attrs.get("category"):
            return ent.attrs["category"]
        fam = self.entity(self.family(key))
        return fam.attrs.get("category") if fam else None

    def maker_country(self, key) -> Optional[str]:
        """The country of the system's maker in the knowledge base (the family's when the variant has none)."""
        for k in (key, self.family(key)):
            ent = self.entity(k)
            if not ent:
                continue
            if ent.attrs.get("country"):
                return f"country:{ent.attrs['country']}"
            maker = ent.attrs.get("maker")
            if maker:
                c = self.country_of(f"organization:{maker}")
                if c:
                    return c
        return None

    # --- sentence structure -------------------------------------------------------------

    def _frames(self, sent: Sent) -> list:
        """Spans of the sentence that attribute it ("..., Ravkov said"; "Голуб сообщил, что")."""
        text = sent.text
        cues = []
        for m in (REPORT_EN.finditer(sent.low) if may(REPORT_EN, self.text) else ()):
            cues.append((m.start(), m.end()))
        # (no Cyrillic letter, no Cyrillic token; no reporting lemma in the sentence, none in a token)
        for t in (sent.toks if has_cyrillic(text) and not sent.keyset.isdisjoint(REPORT_RU) else ()):
            if t.cyr and t.keys & REPORT_RU:
                cues.append((t.start - sent.start, t.stop - sent.start))
        frames = []
        for cs, ce in cues:
            word = text[cs:ce].lower()
            # "по словам X," / "according to X," / "по данным X,": the frame runs to the next comma
            if word in ("according to", "словам", "данным", "согласно", "as quoted by") or \
                    text[max(0, cs - 3):cs].lower().strip() == "по":
                end = next_boundary(text, ce)
                frames.append((sent.start + max(0, cs - 3), sent.start + end))
                continue
            m_that = FRAME_GAP.match(text[ce:ce + 80])
            seg_start = prev_boundary(text, cs)
            before = text[seg_start:cs]
            # "..., Khrenin said on Thursday, days after Lukashenko said (that) Minsk would buy ...": a frame before this
            # one ends where this one's speaker begins; the content it attributes is never this frame's
            done = max((fe - sent.start for _, fe in frames if fe - sent.start <= cs), default=0)
            if m_that:
                frames.append((sent.start + done, sent.start + ce + m_that.end()))
                continue
            tail_start = seg_start
            # "Эти планы заморожены, заявил министр", "The talks have stalled, he said": a short content before the
            # comma or dash is content all the same (a frame that swallowed it would hide its halt word); a short quote
            # ("«Мы договорились о главном», – добавил он") stays inside, as before, unless the quote opened in a sentence
            # before ("«Мы получим еще два Су-30СМ. Самолеты прибудут в ноябре», – заявил он": the quote's last sentence)
            content_before = len(TOKEN.findall(text[:seg_start])) >= (
                2 if seg_start and TAIL_OPENING.match(before) and (
                    re.search(r"[^\"»”\s,—–-][\s,—–-]*[,—–-]\s*$", text[:seg_start])
                    and len(TOKEN.findall(text[ce:next_boundary(text, ce)])) <= 5 or _quote_ends_here(text[:seg_start]))
                else 5)
            lead = [m.end() for m in LAST_CONJUNCT.finditer(text, 0, cs)]
            if content_before and CONTENT_AFTER.match(text, ce, next_boundary(text, ce)) and \
                    not RELATIVE_SPEAKER.search(text, 0, cs):
                # "Zhadobin, speaking at the ceremony, said Belarus had signed a contract for four Yak-130": the speaker
                # and an aside before the verb, the content after it (a tail attribution names only who and when)
                frames.append((sent.start + max(lead[-1] if lead else 0, done), sent.start + ce))
                continue
            # a tail attribution: after a comma, a dash or a closing quote, running to the sentence end
            if content_before and len(TOKEN.findall(before)) <= 8 and not re.search(r"[,;:]", text[ce:]):
                frames.append((sent.start + tail_start, sent.stop))
            elif content_before and len(TOKEN.findall(before)) <= 8:
                frames.append((sent.start + tail_start, sent.start + next_boundary(text, ce)))
            elif len(TOKEN.findall(text[:cs])) <= 10:
                # "Russia's Deputy FM says the Belarusian armed forces received ..."
                frames.append((sent.start, sent.start + ce))
        return frames

    def _clauses(self, sent: Sent) -> list:
        text = sent.text
        cuts = [0]
        for m in CLAUSE_CUT.finditer(text):
            if NOT_ONLY_BUT.match(text, m.start()) and NOT_ONLY.search(text, 0, m.start()):
                continue  # "поставила не только Су-30СМ, но и Ми-35М": one predicate, two objects
            cuts.append(m.start() + (1 if text[m.start()] in ";." else 0))
            if RELATIVE_CUT.search(m.group()):
                # a non-restrictive relative clause ends at its closing comma
                close = text.find(",", m.end())
                if close > 0:
                    cuts.append(close)
        cuts = sorted(set(cuts))
        cuts.append(len(text))
        out = []
        for a_, b_ in zip(cuts, cuts[1:]):
            if b_ > a_:
                out.append(Clause(sent.start + a_, sent.start + b_))
        return out or [Clause(sent.start, sent.stop)]

    def sentence_has(self, sent: Sent, rx: re.Pattern) -> bool:
        """Does ``rx`` match the lowercased sentence? Clauses are stretches of their sentence cut at punctuation
        or spaces, so for a pattern with no lookaround a clause can match only where its sentence does."""
        key = (rx.pattern, sent.index)
        got = self.cue_cache.get(key)
        if got is None:
            low = sent.low
            got = self.cue_cache[key] = any(map(low.__contains__, _LITERALS_BY_ID.get(id(rx), ("",)))) and \
                rx.search(low) is not None
        return got

    def in_frame(self, sent: Sent, start: int, stop: Optional[int] = None) -> bool:
        # (asked for every cue, candidate and token a rule weighs: the frames once read are taken as they are, not
        # through the property at each look)
        frames = sent._frames
        if frames is None:
            frames = sent.frames
        if not frames:
            return False
        stop = start + 1 if stop is None else stop
        for fs, fe in frames:
            if fs <= start and stop <= fe:
                return True
        return False

    def clause_of(self, sent: Sent, pos: int) -> Clause:
        for c in sent.clauses:
            if c.start <= pos < c.stop:
                return c
        return sent.clauses[-1]

    def tok_at(self, sent: Sent, pos: int) -> int:
        """The token at ``pos``, else the first one after it, else the last one."""
        # tokens do not overlap, so that is the first token ending after pos
        i = bisect_right(sent.stops, pos)
        return i if i < len(sent.toks) else len(sent.toks) - 1

    def toks_in(self, sent: Sent, lo: int, hi: int) -> list:
        """Tokens of ``sent`` that start in [lo, hi), in order."""
        key = (lo, hi)
        got = sent.spans.get(key)
        if got is None:
            toks = sent.toks
            i = bisect_right(sent.stops, lo)
            j = i
            while j < len(toks) and toks[j].start < hi:
                j += 1
            while i < j and toks[i].start < lo:
                i += 1
            got = sent.spans[key] = toks[i:j]
        return got


@dataclass
class Cue:
    start: int
    stop: int
    text: str
    stage: Optional[str]
    side: str
    tok: int


@dataclass
class Draft:
    kind: str
    sent: Sent
    clause: Clause
    cue: Cue
    roles: dict
    status: Optional[str] = None
    quantity: Optional[float] = None
    approx: bool = False
    unit: Optional[str] = None
    details: dict = field(default_factory=dict)
    confidence: float = 0.9
    span: tuple = (0, 0)
    date: Optional[DateRef] = None
    rule: str = ""  # the construction that made it (module:variant), stored as details['rule']
