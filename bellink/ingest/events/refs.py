"""Countries in a sentence as the event rules see them (``Ref``): named, as an adjective, through an
organization, a capital or "we", with the preposition before them, their case and what they modify.

    "Russia delivered S-400 systems to Belarus"    Russia (name, bare), Belarus (name, "to")
    "the Belarusian armed forces received ..."      Belarus (adjective on an actor noun: the state acts)
    "Russian S-400", "российские РЛС"               Russia (adjective on a weapon: the origin)
    "Министерство обороны Белоруссии"               Belarus (genitive after an actor noun)
Not a reference: a media organization ("TASS reported"), a country inside a word that is not a compound.

Read once per document by ``document.Doc``; ``dyad`` (the article's two main countries) and
``doc_origins`` (a system's origin anywhere in the article) are what later rules fall back on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.entities.tokens import token_keys
from bellink.ingest.events.lexicons import (
    ACTOR_EN, ACTOR_RU, CHASSIS_EN, CHASSIS_RU, METONYMS, PRONOUNS_1P, QTY_FILLER_EN, SUPPLIED_SUFFIX, WEAPON_EN, WEAPON_RU,
)
from bellink.ingest.events.words import START, country_word, is_adj, is_adjective, is_noun, word_cases
from bellink.ingest.time.words import month_number
from bellink.names import fold

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent, Tok

MEDIA_KINDS = {"media", "monitoring"}  # sources of reports, never a party to a transfer
COORDINATION = re.compile(r"\s*(?:и|and|,|or|или)\s*(?:the\s+)?")
PREP_GAP_STOP = re.compile(r"[,;:()]")
MADE_IN = re.compile(r"\b(?:made|produced|manufactured|built) in\s+")
# the tokens (TOKEN) with a hyphen: at the first letter of such a token this matches it whole, and nowhere else.
# Spelled so that a word without a hyphen costs little: no match is tried from inside a word (the lookbehind; the
# leftmost match starts at the token's first letter anyway), and the first part is a run of letters then a hyphen,
# not a repeated group: the same matches as "[^\W_]+(?:[-‑][^\W_]+)+" (tests/test_hyphenated.py), at ~40% of the cost
HYPHENATED = re.compile(r"(?<![^\W_])[^\W_]+[-‑](?:[^\W_]+[-‑])*[^\W_]+")
# a first-person pronoun as a whole token (letters or digits on neither side): a sentence without one has no
# token in PRONOUNS_1P
PRONOUN_1P_WORD = re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(PRONOUNS_1P, key=lambda w: (-len(w), w))) + r")(?![^\W_])")


# a capitalised plural in -ians/-ans: "Russians", "Belarusians", "Ukrainians" (the country from its adjective)
DEMONYM_EN = re.compile(r"(?<![\w-])[A-Z][a-z]+an(?=s(?![\w-]))s")


@lru_cache(maxsize=1)
def _people_ru() -> tuple:
    """(folded lemma -> country, a pattern of the words that may have one of those lemmas) of kb countries ``people_ru``."""
    from bellink.ingest import kb as kbmod

    lemmas = {w.strip(): ent.key for ent in kbmod.load().by_type("country")
              for w in (ent.attrs.get("people_ru") or "").split(",") if w.strip()}
    if not lemmas:
        return {}, None
    # (the stem without a singular suffix "-ин", and never the adjective's "-ск-": "белорусский" is read as an adjective)
    stems = sorted({w[:-2] if w.endswith("ин") else w for w in lemmas}, key=len, reverse=True)
    return {fold(w): c for w, c in lemmas.items()}, re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, stems)) + r")(?!ск)\w*")


# what sets people apart from their state: "Belarusians fighting on Ukraine's side", "Belarusians serving in the Russian
# army", "белорусы, служащие в российской армии", "россияне, которые ...", "Belarusians who ...", "Belarusians in Poland"
PEOPLE_APART_EN = re.compile(r"\s*,?\s*(?:who|that|which|[a-z]+ing|in|from|of|abroad|living|based)\b")
PEOPLE_APART_RU = re.compile(r"(?i)\s*,?\s*(?:которы\w+|[а-яё]+(?:ущ|ющ|ащ|ящ|вш)(?:ие|их|им|ими|ий|ая|ее)|в|во|из|за)(?!\w)")


def _people_apart(d: Doc, sent: Sent, stop: int) -> bool:
    """A participle, a relative clause or a place right after a people's name: those people, not their state (see
    above). "in" and "from" only before a country or capital name ("the Belarusians handed ... to the Russians in March"
    keeps its side)."""
    got = (PEOPLE_APART_RU if d.ru else PEOPLE_APART_EN).match(d.text, stop, sent.stop)
    if got is None:
        return False
    word = got.group().strip(" ,").lower()
    if word in ("in", "from", "of", "в", "во", "из", "за"):
        nxt = re.match(r"\s*(?:the\s+)?([\w-]+)", d.text[got.end():sent.stop])
        return nxt is not None and (country_word(nxt.group(1)) is not None or nxt.group(1)[:1].isupper() and
                                   month_number(nxt.group(1).lower()) is None)
    return True




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


def find_refs(d: Doc, sent: Sent) -> list:
    """The country references of ``sent``, each with its preposition, case and what it modifies."""
    return finish_refs(d, sent, named_refs(d, sent))


DATELINE_AFTER = re.compile(r"\s*[,.]\s*[^.\n]{0,40}?(?:\)|/|[—–-])\s")


def named_refs(d: Doc, sent: Sent) -> list:
    """The country references of ``sent`` with their country, in text order; ``finish_refs`` reads the rest.
    (``dyad`` needs only the countries, of every sentence; the rest is read where a rule asks.)"""
    refs: list[Ref] = []
    covered = []
    for m in sent.mentions:
        c = None
        via = None
        if m.type == "country":
            c, via = m.key, ("adj" if is_adjective(m.text) else "name")
        elif m.type == "organization":
            ent = d.entity(m.key)
            if ent and ent.attrs.get("kind") in MEDIA_KINDS:
                continue
            c, via = d.country_of(m.key), "org"
        elif m.type == "place" and m.key in METONYMS:
            if not d.text[sent.start:m.start].strip() and DATELINE_AFTER.match(d.text, m.stop, m.stop + 60):
                continue  # "MINSK, May 17 (Interfax) -": where the report was filed, never a party
            c, via = METONYMS[m.key], "place"
        elif m.type == "military_unit":
            c, via = d.country_of(m.key), "org"
        if c is None or via is None:
            continue
        refs.append(Ref(m.start, m.stop, c, m.key, via))
        covered.append((m.start, m.stop))
    # hyphenated compounds: "Russia-supplied", "Russian-made", "российско-белорусский"
    # (a sentence without a hyphen or a first-person pronoun anywhere has none in a token: not tokenized here)
    # (the words are read off the text: the sentence's tokens are made only for a rule that reads them)
    # (a sentence with a hyphen but no such pronoun reads its hyphenated tokens alone: "S-400" puts a hyphen in most
    # sentences of this domain)
    pronoun = PRONOUN_1P_WORD.search(sent.low) is not None
    words = TOKEN.finditer(sent.text) if pronoun else \
        HYPHENATED.finditer(sent.text) if "-" in sent.text or "‑" in sent.text else ()
    for w in words:
        text = w.group()
        hyphen = "-" in text or "‑" in text
        if not (hyphen or text.lower() in PRONOUNS_1P):
            continue
        start, stop = sent.start + w.start(), sent.start + w.end()
        if any(s <= start < e for s, e in covered):
            continue
        if hyphen:
            parts = re.split(r"[-‑]", text)
            tail = parts[-1].lower()
            head_c = country_word(parts[0])
            if head_c and tail in SUPPLIED_SUFFIX:
                refs.append(Ref(start, stop, head_c, head_c, "adj", supplied=True, weapon=True))
                continue
            cs = [country_word(p) for p in parts]
            if len(parts) >= 2 and all(cs):
                for c in dict.fromkeys(cs):
                    refs.append(Ref(start, stop, c, c, "adj"))
            continue
        if re.search(r"\bat\s+$", d.text[max(sent.start, start - 4):start], re.IGNORECASE):
            continue  # 'overhauled at our plants': where work was done, not a party to the transfer
        c = _speaker_country(d, sent, start)
        if c:
            refs.append(Ref(start, stop, c, c, "pronoun"))
    # "the Russians received the tanks at a depot in Belarus", "handed the vehicles to the Belarusians", "белорусы
    # передали россиянам": a people's name stands for its state, as the name does (English: the plural of its
    # country's adjective, kb countries ``adj``; Russian: the noun's lemma, kb countries ``people_ru``)
    people, stems = _people_ru() if d.ru else ({}, None)
    for w in (stems.finditer(sent.text) if stems is not None else
              DEMONYM_EN.finditer(sent.text) if not d.ru and "ns" in sent.text else ()):
        start, stop = sent.start + w.start(), sent.start + w.end()
        if any(s <= start < e for s, e in covered):
            continue  # ("Белоруссия" is a name read above)
        c = next((people[k] for k in token_keys(w.group()) if k in people), None) if d.ru else \
            country_word(w.group()[:-1])
        if c and not _people_apart(d, sent, stop):
            refs.append(Ref(start, stop, c, c, "name"))
    # "российского производства" / "made in Russia"
    for m in (MADE_IN.finditer(sent.text) if d.made_in else ()):
        for r in refs:
            if r.start - sent.start == m.end():
                r.supplied = True
    refs.sort(key=START)
    return refs


# "in a step Warsaw described as a further escalation", "что Варшава назвала эскалацией": a third state that only
# judges the news is an aside, never a party to the transfer (as a parenthesis is)
JUDGES_AFTER = re.compile(r"(?i)['’]?s?\s+(?:has\s+|had\s+|have\s+)?(?:described|called|condemned|critici[sz]ed|denounced|"
                          r"branded|labell?ed|slammed|decried)\b|"
                          r"\s+(?:назвал\w*|осудил\w*|раскритиковал\w*|расценил\w*|охарактеризовал\w*)(?!\w)")


def finish_refs(d: Doc, sent: Sent, refs: list) -> list:
    """Token, parentheses, preposition, case and role of each of ``refs`` (``named_refs``), in place."""
    for r in refs:
        r.tok = d.tok_at(sent, r.start)
        before = d.text[sent.start:r.start]
        r.paren = before.count("(") > before.count(")") or (
            r.via in ("name", "place") and JUDGES_AFTER.match(d.text, r.stop, sent.stop) is not None)
        if r.via == "org":
            r.actor = True
        _syntax(d, sent, r)
    # coordination shares the first conjunct's role: "министры обороны России и Белоруссии", "to Russia and Belarus"
    for prev, r in zip(refs, refs[1:]):
        if COORDINATION.fullmatch(d.text[prev.stop:r.start]) and r.prep is None \
                and r.via == prev.via and d.in_frame(sent, prev.start, prev.stop) == d.in_frame(sent, r.start, r.stop):
            # (never across the end of a source frame: 'По данным ГУР Минобороны Украины, Минский завод ...')
            r.prep, r.actor = prev.prep, prev.actor or r.actor
            if prev.cases and d.ru:
                r.cases = prev.cases
    return refs


def _speaker_country(d: Doc, sent: Sent, pos: int) -> Optional[str]:
    for st in map(d.a.statements.__getitem__, d.a.statements_at(pos)):
        if st.speaker:
            c = d.country_of(st.speaker)
            if c:
                return c
    # the attribution in the sentence (or the next one, for a quote running on)
    for s in (sent, *(x for x in d.sents[sent.index + 1:sent.index + 3])):
        for m in s.mentions:
            if m.type in ("person", "organization") and d.in_frame(s, m.start, m.stop):
                c = d.country_of(m.key)
                if c:
                    return c
        if s.frames:
            break
    return None


def _syntax(d: Doc, sent: Sent, r: Ref) -> None:
    """Preposition, case, and what the country modifies."""
    toks = sent.toks
    i = r.tok
    j_end = d.tok_at(sent, r.stop - 1) if r.stop > r.start else i
    nxt = toks[j_end + 1:j_end + 5]
    if r.via == "adj":
        # what the adjective modifies: an actor ("Belarusian armed forces") or a weapon ("Russian S-400")
        for t in nxt:
            if _is_system_at(d, sent, t.start):
                r.weapon = True
                break
            if _actor_word(d, t):
                r.actor = True
                break
            if _weapon_word(d, t):
                r.weapon = True
                if (t.keys & CHASSIS_RU if t.cyr else t.low in CHASSIS_EN) and _on_system(d, sent, r):
                    # "«Тор-М2К» на белорусском шасси", "Tor-M2K on a Belarusian chassis": the chassis's make, an aside
                    # on the system named before it; neither the system's origin nor a party
                    r.weapon, r.paren = False, True
                break
            if not modifier_word(d, t):
                break
        if not r.actor and not r.weapon and not r.paren:
            r.actor = True  # "the Belarusian side", "белорусским" + unknown noun: treat as the state
    head = i
    if r.via in ("name", "org", "place") and d.ru:
        # a genitive country after its head noun: "Министерство обороны Белоруссии", "армии России"
        k = i - 1
        steps = 0
        while k >= 0 and steps < 3 and _ru_genitive_chain(d, toks[k]):
            if toks[k].keys & ACTOR_RU:
                head = k
                r.actor = True
            k -= 1
            steps += 1
    elif r.via in ("name", "org", "adj") and not d.ru:
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
                while head - 1 >= 0 and (modifier_word(d, toks[head - 1]) or toks[head - 1].low in ACTOR_EN
                                         or toks[head - 1].low.endswith("-technical")):
                    head -= 1
    r.prep, r.cases = _prep(d, sent, head if head != i else i, r)
    if r.via == "adj" and d.ru:
        # the case of the head noun decides ("российским заказчикам" is dative)
        for t in nxt:
            if _actor_word(d, t) or _weapon_word(d, t):
                r.cases = word_cases(t.text)
                break


# "on a", "на": the preposition that hangs a chassis on the system before it
ON_BEFORE = re.compile(r"(?i)(?:\bon(?:\s+(?:a|an|the))?|(?<!\w)на)\s+$")


def _on_system(d: Doc, sent: Sent, r: Ref) -> bool:
    """The adjective follows "on (a)" / "на" right after a system's mention ("Tor-M2K on a", "«Тор-М2К» на")."""
    on = ON_BEFORE.search(d.text, max(sent.start, r.start - 12), r.start)
    return on is not None and any(m.type == "weapon_system" and 0 <= on.start() - m.stop <= 40 and
                                  not re.search(r"[,;.]", d.text[m.stop:on.start()]) for m in sent.mentions)


def _ru_genitive_chain(d: Doc, t: Tok) -> bool:
    if not t.cyr:
        return t.text.isupper()  # "ВВС", "ПВО"
    cases = word_cases(t.text)
    return bool(cases & {"gent", "nomn", "accs", "datv", "loct", "ablt"}) and is_noun(t.text)


# "from Minsk's closest ally", "to Moscow's partners": the preposition is the other state's, the one named is its
# possessor
ANOTHER_STATE_AFTER = re.compile(r"(?i)['’]s\s+(?:[\w-]+\s+){0,2}?(?:ally|allies|partners?|neighbou?rs?|friends?|"
                                 r"patrons?|rivals?|adversar(?:y|ies))\b")


def _prep(d: Doc, sent: Sent, i: int, r: Ref):
    toks = sent.toks
    if not d.ru and ANOTHER_STATE_AFTER.match(d.text, r.stop, min(sent.stop, r.stop + 40)):
        return "other", frozenset()
    k = i - 1
    skipped = 0
    while k >= 0 and skipped < 4:
        t = toks[k]
        gap = sent.text[t.stop - sent.start:toks[k + 1].start - sent.start]
        if PREP_GAP_STOP.search(gap):
            break
        if d.ru or t.cyr:
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
            if is_adj(t.text) or t.low in ("и",) or country_word(t.text):
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
                country_word(t.text) or (t.text[:1].isupper() and k > 0 and r.via == "adj"):
            k -= 1
            skipped += 1
            continue
        break
    cases = frozenset()
    if toks[i].cyr:
        cases = word_cases(toks[i].text)
    return None, cases


def _is_system_at(d: Doc, sent: Sent, pos: int) -> bool:
    return any(m.type == "weapon_system" and m.start <= pos < m.stop for m in sent.mentions)


def _actor_word(d: Doc, t: Tok) -> bool:
    if t.cyr or t.text.isupper() and d.ru:
        return bool(t.keys & ACTOR_RU) or t.text in ("ВВС", "ВС", "ПВО", "ВКС", "МО")
    return t.low in ACTOR_EN


def _weapon_word(d: Doc, t: Tok) -> bool:
    if t.cyr:
        return bool(t.keys & WEAPON_RU)
    return bool(WEAPON_EN.match(t.low))


def modifier_word(d: Doc, t: Tok) -> bool:
    if t.cyr:
        return is_adj(t.text)
    return t.low in QTY_FILLER_EN or t.low.endswith(("-range", "-based", "-made", "-built")) or \
        t.low in ("the", "latest", "new", "modern", "advanced", "armed")


def dyad(d: Doc) -> list:
    counts: dict = {}
    for s in d.sents:
        for r in s.named_refs:
            if r.country:
                counts[r.country] = counts.get(r.country, 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])
    return [k for k, _ in top[:2]] if len(top) >= 2 and top[1][1] >= 1 else []


_ORIGIN_GAP_STOP = re.compile(r"[,;.]")


def doc_origins(d: Doc) -> dict:
    """System family -> country, from adjectives that modify one of its mentions anywhere in the article."""
    out: dict = {}
    for s in d.sents:
        for key, country in sentence_origins(d, s):
            out.setdefault(key, country)
    return out


def sentence_origins(d: Doc, s) -> list:
    """What one sentence gives ``doc_origins``, in its order: (system family or system, country) pairs (the first
    pair of a key in the article's order stands). One sentence's alone, so one huge document's are read in two
    processes (``events._countries_read``)."""
    systems = [m for m in s.mentions if m.type == "weapon_system"]
    if not systems:
        return []  # no system for an origin to qualify (and its references need not be read in full)
    if not any(0 <= m.start - r.stop <= 60 and _ORIGIN_GAP_STOP.search(d.text, r.stop, m.start) is None
               for r in s.named_refs for m in systems):
        return []  # no reference a system follows closely: nothing below can match, none read in full
    out = []
    for r in s.refs:
        if not (r.weapon or r.supplied) or d.in_frame(s, r.start):
            continue
        for m in s.mentions:
            if m.type == "weapon_system" and 0 <= m.start - r.stop <= 60 and \
                    not re.search(r"[,;.]", d.text[r.stop:m.start]):
                out.append((d.family(m.key), r.country))
                out.append((m.key, r.country))
                break
    return out
