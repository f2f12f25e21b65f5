"""The shared view of a document the event rules read: tokens, reporting frames, clauses, country references.

Built once per document (``Doc``): every sentence's tokens with their lemma keys (``Tok``), the spans that
attribute it ("..., Ravkov told TASS" -> ``Sent.frames``), its clauses, and the countries it names by
name, adjective, organization, capital or "we" (``Ref``), with the preposition, case and what they
modify. ``Cue`` and ``Draft`` are what the constructions return before ``assemble`` makes events.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
import re
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.names import has_cyrillic
from bellink.ingest.events.lexicons import (
    ACTOR_EN, ACTOR_RU, METONYMS, PRONOUNS_1P, QTY_FILLER_EN, REPORT_EN, REPORT_RU, SENTENCE_LITERALS,
    SUPPLIED_SUFFIX, WEAPON_EN, WEAPON_RU,
)
from bellink.ingest.events.quoted_systems import quoted_systems
from bellink.ingest.events.words import (
    START, country_word, is_adj, is_adjective, is_noun, next_boundary, prev_boundary, word_cases, word_keys,
)
from bellink.ingest.model import DateRef


# what may stand between a reporting verb and "that": "said in a statement last month that"
FRAME_GAP = re.compile(
    r"(?:\s+(?:out|on|in|at|a|an|the|to|statement|interview|briefing|press|conference|reporters|journalists|"
    r"last|this|earlier|also|then|recently|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|журналистам|в|на|также|ранее|[A-Z][a-z]+|\d+|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]|июн\w*|"
    r"июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)){0,6}\s*,?\s*(that|что|чтобы|:)\b",
    re.IGNORECASE)


MEDIA_KINDS = {"media"}


CLAUSE_CUT = re.compile(r";|\.\s+(?=[A-ZА-ЯЁ«\"])|,\s+(?:while|whereas|but|although|а|но|однако|тогда как|"
                        r"в то время как|which|котор\w+)\s|\s+(?:while|whereas)\s")


RELATIVE_CUT = re.compile(r"(?i)which|котор")


COORDINATION = re.compile(r"\s*(?:и|and|,|or|или)\s*(?:the\s+)?")


PREP_GAP_STOP = re.compile(r"[,;:()]")


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
class Ref:
    """A country as the sentence presents it: a name, an adjective, an organization, a capital, 'we'."""
    start: int
    stop: int
    country: Optional[str]
    entity: str
    via: str  # name | adj | org | place | pronoun | person
    tok: int = 0
    prep: Optional[str] = None  # from | to | for | with | by | in | of | None
    cases: frozenset = frozenset()
    actor: bool = False  # stands for a state's army, ministry, customers...
    weapon: bool = False  # modifies a weapon noun or a system: the origin
    supplied: bool = False  # "Russia-supplied", "Russian-made"
    paren: bool = False  # inside parentheses: an aside (the maker, an abbreviation), never a party


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
    toks: list
    mentions: list
    frames: list  # (start, stop) of reporting frames
    clauses: list
    refs: list = field(default_factory=list)
    stops: list = field(default_factory=list)  # token stop offsets, for tok_at
    spans: dict = field(default_factory=dict)  # (lo, hi) -> tokens starting in [lo, hi)


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
            toks = []
            base = s.start
            # a word with Cyrillic letters gets its lemma keys, any other word itself (see _word).
            # A token starts with a letter or digit, and the text between tokens has none, so a token is the
            # first occurrence of its text after the previous token.
            pos = 0
            find = s.text.find
            for j, w in enumerate(TOKEN.findall(s.text)):
                p = find(w, pos)
                pos = p + len(w)
                low, keys, cyr = word_keys(w)
                toks.append(Tok(j, base + p, base + pos, w, low, keys, cyr))
            sent = Sent(s.index, s.start, s.stop, s.text, s.text.lower(), toks,
                        sorted(by_sent.get(s.index, []), key=START), [], [])
            sent.stops = [t.stop for t in toks]
            sent.frames = self._frames(sent)
            sent.clauses = self._clauses(sent)
            self.sents.append(sent)
        for sent in self.sents:
            sent.refs = self._refs(sent)
        self.dyad = self._dyad()
        self.origins = self._doc_origins()
        self.memory: dict = {}  # system family -> (supplier, recipient) stated outright in the document

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
        for m in REPORT_EN.finditer(sent.low):
            cues.append((m.start(), m.end()))
        for t in sent.toks:
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
            if m_that:
                frames.append((sent.start, sent.start + ce + m_that.end()))
                continue
            tail_start = seg_start
            content_before = len(TOKEN.findall(text[:seg_start])) >= 5
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
            got = self.cue_cache[key] = any(w in low for w in SENTENCE_LITERALS.get(rx, ("",))) and \
                rx.search(low) is not None
        return got

    def in_frame(self, sent: Sent, start: int, stop: Optional[int] = None) -> bool:
        if not sent.frames:
            return False
        stop = start + 1 if stop is None else stop
        for fs, fe in sent.frames:
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

    # --- countries in a sentence ----------------------------------------------------------

    def _refs(self, sent: Sent) -> list:
        refs: list[Ref] = []
        covered = []
        for m in sent.mentions:
            c = None
            via = None
            if m.type == "country":
                c, via = m.key, ("adj" if is_adjective(m.text) else "name")
            elif m.type == "organization":
                ent = self.entity(m.key)
                if ent and ent.attrs.get("kind") in MEDIA_KINDS:
                    continue
                c, via = self.country_of(m.key), "org"
            elif m.type == "place" and m.key in METONYMS:
                c, via = METONYMS[m.key], "place"
            elif m.type == "military_unit":
                c, via = self.country_of(m.key), "org"
            if c is None or via is None:
                continue
            refs.append(Ref(m.start, m.stop, c, m.key, via))
            covered.append((m.start, m.stop))
        # hyphenated compounds: "Russia-supplied", "Russian-made", "российско-белорусский"
        for t in sent.toks:
            if not ("-" in t.text or "‑" in t.text or t.low in PRONOUNS_1P):
                continue
            if any(s <= t.start < e for s, e in covered):
                continue
            if "-" in t.text or "‑" in t.text:
                parts = re.split(r"[-‑]", t.text)
                tail = parts[-1].lower()
                head_c = self._country_word(parts[0])
                if head_c and tail in SUPPLIED_SUFFIX:
                    refs.append(Ref(t.start, t.stop, head_c, head_c, "adj", supplied=True, weapon=True))
                    continue
                cs = [self._country_word(p) for p in parts]
                if len(parts) >= 2 and all(cs):
                    for c in dict.fromkeys(cs):
                        refs.append(Ref(t.start, t.stop, c, c, "adj"))
                continue
            if t.low in PRONOUNS_1P:
                c = self._speaker_country(sent, t.start)
                if c:
                    refs.append(Ref(t.start, t.stop, c, c, "pronoun"))
        # "российского производства" / "made in Russia"
        for m in (MADE_IN.finditer(sent.text) if self.made_in else ()):
            for r in refs:
                if r.start - sent.start == m.end():
                    r.supplied = True
        refs.sort(key=START)
        for r in refs:
            r.tok = self.tok_at(sent, r.start)
            before = self.text[sent.start:r.start]
            r.paren = before.count("(") > before.count(")")
            if r.via == "org":
                r.actor = True
            self._syntax(sent, r)
        # coordination shares the first conjunct's role: "министры обороны России и Белоруссии", "to Russia and Belarus"
        for prev, r in zip(refs, refs[1:]):
            if COORDINATION.fullmatch(self.text[prev.stop:r.start]) and r.prep is None \
                    and r.via == prev.via:
                r.prep, r.actor = prev.prep, prev.actor or r.actor
                if prev.cases and self.ru:
                    r.cases = prev.cases
        return refs

    def _country_word(self, word: str) -> Optional[str]:
        return country_word(word)

    def _speaker_country(self, sent: Sent, pos: int) -> Optional[str]:
        for st in map(self.a.statements.__getitem__, self.a.statements_at(pos)):
            if st.speaker:
                c = self.country_of(st.speaker)
                if c:
                    return c
        # the attribution in the sentence (or the next one, for a quote running on)
        for s in (sent, *(x for x in self.sents[sent.index + 1:sent.index + 3])):
            for m in s.mentions:
                if m.type in ("person", "organization") and self.in_frame(s, m.start, m.stop):
                    c = self.country_of(m.key)
                    if c:
                        return c
            if s.frames:
                break
        return None

    def _syntax(self, sent: Sent, r: Ref) -> None:
        """Preposition, case, and what the country modifies."""
        toks = sent.toks
        i = r.tok
        j_end = self.tok_at(sent, r.stop - 1) if r.stop > r.start else i
        nxt = toks[j_end + 1:j_end + 5]
        if r.via == "adj":
            # what the adjective modifies: an actor ("Belarusian armed forces") or a weapon ("Russian S-400")
            for t in nxt:
                if self._is_system_at(sent, t.start):
                    r.weapon = True
                    break
                if self._actor_word(t):
                    r.actor = True
                    break
                if self._weapon_word(t):
                    r.weapon = True
                    break
                if not self._modifier_word(t):
                    break
            if not r.actor and not r.weapon:
                r.actor = True  # "the Belarusian side", "белорусским" + unknown noun: treat as the state
        head = i
        if r.via in ("name", "org", "place") and self.ru:
            # a genitive country after its head noun: "Министерство обороны Белоруссии", "армии России"
            k = i - 1
            steps = 0
            while k >= 0 and steps < 3 and self._ru_genitive_chain(toks[k]):
                if toks[k].keys & ACTOR_RU:
                    head = k
                    r.actor = True
                k -= 1
                steps += 1
        elif r.via in ("name", "org", "adj") and not self.ru:
            # "the armed forces of Belarus", "the troops of the Russian Aerospace Forces": the head noun's role
            k = i - 1
            while k >= 0 and toks[k].low in ("the", "its", "their"):
                k -= 1
            if k >= 1 and toks[k].low == "of" and (r.via != "adj" or r.actor):
                k -= 1
                while k >= 0 and toks[k].low in ("the",):
                    k -= 1
                if k >= 0 and (toks[k].low in ACTOR_EN | {"territory"} or
                               re.fullmatch(r"(?:troops|forces|units|army|crews)", toks[k].low)):
                    head = k
                    r.actor = True
                    while head - 1 >= 0 and (self._modifier_word(toks[head - 1]) or toks[head - 1].low in ACTOR_EN
                                             or toks[head - 1].low.endswith("-technical")):
                        head -= 1
        r.prep, r.cases = self._prep(sent, head if head != i else i, r)
        if r.via == "adj" and self.ru:
            # the case of the head noun decides ("российским заказчикам" is dative)
            for t in nxt:
                if self._actor_word(t) or self._weapon_word(t):
                    r.cases = word_cases(t.text)
                    break

    def _ru_genitive_chain(self, t: Tok) -> bool:
        if not t.cyr:
            return t.text.isupper()  # "ВВС", "ПВО"
        cases = word_cases(t.text)
        return bool(cases & {"gent", "nomn", "accs", "datv", "loct", "ablt"}) and is_noun(t.text)

    def _prep(self, sent: Sent, i: int, r: Ref):
        toks = sent.toks
        k = i - 1
        skipped = 0
        while k >= 0 and skipped < 4:
            t = toks[k]
            gap = sent.text[t.stop - sent.start:toks[k + 1].start - sent.start]
            if PREP_GAP_STOP.search(gap):
                break
            if self.ru or t.cyr:
                w = t.low
                if w in ("из", "от", "у"):
                    return "from", frozenset()
                if w in ("в", "во", "на"):
                    target = toks[i]
                    cases = word_cases(target.text) if target.cyr else frozenset()
                    if "accs" in cases and "loct" not in cases:
                        return "to", cases
                    return "in", cases
                if w in ("для", "к"):
                    return "for", frozenset()
                if w in ("с", "со", "между"):
                    return "with", frozenset()
                if w in ("по", "о", "об", "против"):
                    return "other", frozenset()
                if is_adj(t.text) or t.low in ("и",) or self._country_word(t.text):
                    k -= 1
                    skipped += 1
                    continue
                break
            w = t.low
            if w in ("from",):
                return "from", frozenset()
            if w in ("to", "into", "towards"):
                return "to", frozenset()
            if w == "for":
                return "for", frozenset()
            if w in ("with", "between"):
                return "with", frozenset()
            if w == "by":
                return "by", frozenset()
            if w in ("in", "at", "inside", "within", "on", "across", "near"):
                return "in", frozenset()
            if w in ("of", "against", "about", "over", "on", "like", "than", "toward"):
                return "other", frozenset()
            if w in ("the", "a", "an", "its", "their", "his", "her", "our", "allied", "neighbouring", "neighboring",
                     "fellow", "friendly", "both", "and", "other", "latest", "new", "modern") or \
                    self._country_word(t.text) or (t.text[:1].isupper() and k > 0 and r.via == "adj"):
                k -= 1
                skipped += 1
                continue
            break
        cases = frozenset()
        if toks[i].cyr:
            cases = word_cases(toks[i].text)
        return None, cases

    def _is_system_at(self, sent: Sent, pos: int) -> bool:
        return any(m.type == "weapon_system" and m.start <= pos < m.stop for m in sent.mentions)

    def _actor_word(self, t: Tok) -> bool:
        if t.cyr or t.text.isupper() and self.ru:
            return bool(t.keys & ACTOR_RU) or t.text in ("ВВС", "ВС", "ПВО", "ВКС", "МО")
        return t.low in ACTOR_EN

    def _weapon_word(self, t: Tok) -> bool:
        if t.cyr:
            return bool(t.keys & WEAPON_RU)
        return bool(WEAPON_EN.match(t.low))

    def _modifier_word(self, t: Tok) -> bool:
        if t.cyr:
            return is_adj(t.text)
        return t.low in QTY_FILLER_EN or t.low.endswith(("-range", "-based", "-made", "-built")) or \
            t.low in ("the", "latest", "new", "modern", "advanced", "armed")

    # --- document-level knowledge ----------------------------------------------------------

    def _dyad(self) -> list:
        counts: dict = {}
        for s in self.sents:
            for r in s.refs:
                if r.country:
                    counts[r.country] = counts.get(r.country, 0) + 1
        top = sorted(counts.items(), key=lambda kv: -kv[1])
        return [k for k, _ in top[:2]] if len(top) >= 2 and top[1][1] >= 1 else []

    def _doc_origins(self) -> dict:
        """System family -> country, from adjectives that modify one of its mentions anywhere in the article."""
        out: dict = {}
        for s in self.sents:
            for r in s.refs:
                if not (r.weapon or r.supplied) or self.in_frame(s, r.start):
                    continue
                for m in s.mentions:
                    if m.type == "weapon_system" and 0 <= m.start - r.stop <= 60 and \
                            not re.search(r"[,;.]", self.text[r.stop:m.start]):
                        out.setdefault(self.family(m.key), r.country)
                        out.setdefault(m.key, r.country)
                        break
        return out


MADE_IN = re.compile(r"\b(?:made|produced|manufactured|built) in\s+")


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
