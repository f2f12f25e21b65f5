"""People introduced by a title or rank ("Belarusian Defense Minister Gen. Lt. Andrey Ravkov",
"Colonel X"), NER spans brought to the nominative, English organizations, and a bare surname
resolved to the person already named in the same article."""
from __future__ import annotations


import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from bellink.ingest.model import Entity
from bellink.ingest.time.prefilter import Gate
from bellink.names import fold, has_cyrillic, transliterate
from bellink.ingest.entities.matcher import LEAF, Matcher, _first_canonical, country_of_adjective
from bellink.ingest.entities.tokens import (
    CYR_NAME, LATIN_NAME, NOT_NAMES, RANK_WORDS_RU, RANKS_EN, REPORTING_EN, TOKEN, Token, nominative, parse,
    token_keys,
)

if TYPE_CHECKING:
    from bellink.ingest.entities.mentions import _Builder


# --- people --------------------------------------------------------------------------------

def _person_entity(b: _Builder, parts: list[str], lang: str) -> Entity:
    """A person the knowledge base may not know: key by surname and canonical first name."""
    m = b.m
    sur_key = fold(parts[-1])  # Russian parts arrive in the nominative already
    first_key = _first_canonical(m.kb, parts[0]) if len(parts) > 1 else ""
    known = m.persons_by_name.get((sur_key, first_key))
    if known:
        return m.kb.entities[known]
    if has_cyrillic(parts[0]):
        name_ru = " ".join(parts)
        first_en = m.kb.first_names.get(fold(parts[0])) or transliterate(parts[0])
        name_en = " ".join([first_en, *[transliterate(p) for p in parts[1:]]])
    else:
        name_ru, name_en = None, " ".join(parts)
    return Entity(key=f"person:{sur_key}_{first_key}" if first_key else f"person:{sur_key}", name=name_en,
                  type="person", name_ru=name_ru, aliases={" ".join(parts)}, source="discovered")


# A rank (or a Russian rank word) at the end of the words before a name.
_RANK = rf"(?:{RANKS_EN}|{'|'.join(sorted(RANK_WORDS_RU))})"
RANK_AT_END = re.compile(rf"{_RANK}[ .,]*$", re.IGNORECASE)
# The longest text the rank part matches: a match ends at the end (after a run of " .,"), so it starts at most
# this far before that run, and the search starts there (~40x cheaper than trying the ranks at every position
# of the 120 characters before a name).
try:
    from re import _parser as _sre_parse
    _RANK_WIDTH = _sre_parse.parse(_RANK, re.IGNORECASE).getwidth()[1]
except ImportError:  # Python 3.10: sre_parse; every position is tried
    _RANK_WIDTH = None


def _rank_at_end(text: str):
    """``RANK_AT_END.search(text)``, searched only where a match can start."""
    if _RANK_WIDTH is None or text.endswith("\n"):
        return RANK_AT_END.search(text)  # ``$`` also matches before a final newline
    trail = len(text) - len(text.rstrip(" .,"))
    return RANK_AT_END.search(text, max(0, len(text) - trail - _RANK_WIDTH))


def _title_before(b: _Builder, start: int, lang: str) -> Optional[str]:
    """The job title (with its country adjective) right before a name, as written."""
    window = b.text[max(0, b.a.sentence_at(start).start, start - 120):start]
    # strip ranks and a comma between title and name
    stripped = window.rstrip(" ,")
    while True:
        mm = _rank_at_end(stripped)
        if not mm or mm.start() == len(stripped):
            break
        stripped = stripped[: mm.start()].rstrip(" ,")
    low = stripped.lower()
    best = None
    if lang == "ru":
        best = _ru_title_suffix(stripped, b.m)
    else:
        # the longest title form ``low`` ends with that starts a word: try the word starts from
        # the furthest a form can reach, the first that is a form wins
        forms, longest = b.m.en_title_form_set
        for at in range(max(0, len(low) - longest), len(low) + 1):
            if (at == 0 or not low[at - 1].isalnum()) and low[at:] in forms:
                best = len(stripped) - (len(low) - at)
                break
    if best is None:
        return None
    # extend left over country adjectives and organization words of the title ("Belarusian", "Kremlin")
    head = stripped[:best]
    ext = re.search(r"((?:[A-ZА-ЯЁ][\w'’-]+\s+){1,2})$", head)
    if ext and lang == "en":
        words = ext.group(1).split()
        keep = [w for w in words if country_of_adjective(w.strip("'’")) or fold(w) in {"kremlin", "opposition", "russian", "belarusian", "us", "nato"}]
        if keep and keep == words[-len(keep):]:
            best -= len(" ".join(keep)) + 1
    role = stripped[best:].strip(" ,")
    return role or None


def _ru_title_suffix(stripped: str, m: Matcher) -> Optional[int]:
    """Start of a Russian title at the end of ``stripped``: any case, possibly before a genitive
    complement of names ("министр обороны Белоруссии")."""
    toks = list(TOKEN.finditer(stripped))[-10:]
    for extra in range(0, 4):
        end = len(toks) - extra
        if end <= 0:
            break
        if extra and not all(t.group()[:1].isupper() for t in toks[end:]):
            continue
        best = None
        for k in token_keys(toks[end - 1].group()):
            for words in m.ru_titles_by_last.get(k, ()):
                begin = end - len(words)
                if begin >= 0 and all(w in token_keys(toks[begin + x].group()) for x, w in enumerate(words)):
                    pos = toks[begin].start()
                    best = pos if best is None else min(best, pos)
        if best is not None:
            return best
    return None


RANK_BEFORE = re.compile(rf"(?:{RANKS_EN})[ .]*$")
TITLED_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:commander|head|chief|director|minister|"
    r"spokes\w+|secretary|ambassador|chairman|chairwoman|president|officer|deputy|leader|"
    r"general designer|adviser|advisor)\b", re.IGNORECASE)
REPORTING_AFTER = re.compile(rf"\s+(?:{'|'.join(REPORTING_EN)})\b")


def _titled_people(b: _Builder, tokens: list[Token], lang: str) -> None:
    """English people named after a title, a rank or before a reporting verb; roles for everyone titled."""
    text = b.text
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        # (a Latin name is capitalized, so a token that is not is passed over without a search)
        if lang != "en" or not t.cap or has_cyrillic(t.text) or not LATIN_NAME.match(t.text):
            i += 1
            continue
        # a run of 2-3 name-like tokens separated by single spaces
        j = i
        while j + 1 < n and j - i < 2 and LATIN_NAME.match(tokens[j + 1].text) and \
                text[tokens[j].stop:tokens[j + 1].start] == " " and tokens[j + 1].text.lower() not in NOT_NAMES:
            j += 1
        if j == i or t.text.lower() in NOT_NAMES:
            i += 1
            continue
        start, stop = t.start, tokens[j].stop
        parts = [tokens[x].text for x in range(i, j + 1)]
        if b.is_reserved(start, stop) and \
                fold(parts[0]) not in b.m.kb.first_names:
            i = j + 1
            continue
        if not b.free(start, stop):
            # already a knowledge-base person: attach the title as the article's role for them
            existing = b.person_at(start)
            if existing and existing.role is None:
                role = _title_before(b, existing.start, lang)
                if role:
                    existing.role = role
                    b.a.roles.append((existing.key, role))
            i = j + 1
            continue
        roots = b.m.trie.keys()
        if any(not roots.isdisjoint(tokens[x].keys) and _is_kb_nonperson(b, tokens[x]) for x in range(i, j + 1)):
            i = j + 1
            continue
        role = _title_before(b, start, lang)
        before = text[max(0, start - 40):start]
        after = text[stop:stop + 40]
        ranked = RANK_BEFORE.search(before)
        titled_after = TITLED_AFTER.match(after)
        reporting = REPORTING_AFTER.match(after)
        if role or ranked or titled_after:
            conf = 0.95 if role else 0.85
        elif reporting and (fold(parts[0]) in b.m.kb.first_names or not _sentence_initial(b, start)):
            conf = 0.7
        elif fold(parts[0]) in b.m.kb.first_names and len(parts) >= 2:
            conf = 0.8  # a known first name and a capitalized surname: "with Yevgeny Markin, who heads ..."
        else:
            i = j + 1
            continue
        ent = _person_entity(b, parts, lang)
        b.add(start, stop, "person", ent.key, "pattern", conf, role=role, entity=ent)
        i = j + 1


def _sentence_initial(b: _Builder, start: int) -> bool:
    # walk back over opening marks only: slicing from the sentence start cost a sentence per call
    lo = b.a.sentence_at(start).start
    k = start
    while k > lo and b.text[k - 1] in " «\"“„'(":
        k -= 1
    return k <= lo


def _is_kb_nonperson(b: _Builder, tok: Token) -> bool:
    for k in tok.keys:
        node = b.m.trie.get(k)
        if node and LEAF in node and any(not ek.startswith("person:") for ek, _, _ in node[LEAF]):
            return True
    return False


PROPER_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad")


def _needs_ner(b: _Builder, sentence) -> bool:
    """Only sentences with a capitalized word no knowledge-base match explains go through NER:
    the network is the slowest stage of Russian ingest and has nothing to add elsewhere."""
    first = True
    for mt in TOKEN.finditer(sentence.text):
        w = mt.group()
        start = sentence.start + mt.start()
        if w[:1].isupper() and has_cyrillic(w) and b.free(start, start + len(w)):
            if not first or _proper(w.lower()):
                return True
        first = False
    return False


@lru_cache(maxsize=100_000)
def _proper(word: str) -> bool:
    """Whether pymorphy3 reads a (lowercased) word as a name, place, organization or abbreviation."""
    return any(t in p.tag for p in parse(word)[:2] for t in PROPER_TAGS)


_FIRST_DECLENSION = (  # (case of the masculine first name, surname ending in that case, ending in the nominative)
    ("gent", "ы", "а"), ("gent", "и", "я"), ("ablt", "ой", "а"), ("ablt", "ей", "я"), ("datv", "е", "а"),
)
_HUSHING = tuple("кгхжшчщц")


def _first_declension_surname(words: list[str], parts: list[str]) -> list[str]:
    """'Николая Мазуры', 'с Олегом Кулешой', 'Игорю Кузе': a man's surname in -а/-я declines like a noun in -а, so
    after a masculine first name in an oblique case its ending gives the nominative ('Мазура', 'Кулеша', 'Кузя'),
    where a surname ending in a consonant would end in -а, -ом, -у. Left alone when the first name says nothing."""
    if len(words) < 2 or len(parts) != len(words):
        return parts
    first, last = words[0].lower(), words[-1]
    if parts[-1].lower() != last.lower() and not last.lower().endswith(("ы", "и")):
        return parts  # the surname was brought to the nominative already
    cases = {c for p in parse(first)[:3] if "Name" in p.tag and p.tag.gender == "masc"
             for c in ("gent", "ablt", "datv") if c in p.tag}
    low = last.lower()
    for case, ending, nominative_ending in _FIRST_DECLENSION:
        if case not in cases or not low.endswith(ending) or len(low) <= len(ending) + 2:
            continue
        stem = last[:-len(ending)]
        if nominative_ending == "я" and stem[-1:].lower() in _HUSHING:
            nominative_ending = "а"  # 'Кулеши', 'Кулешей' -> 'Кулеша'
        return parts[:-1] + [stem[:1].upper() + stem[1:] + nominative_ending]
    return parts


def _apply_ner(b: _Builder, spans: list) -> None:
    for start, stop, label in spans:
        surface = b.text[start:stop]
        if not b.free(start, stop):
            if label == "PER":
                existing = b.person_at(start)
                if existing and existing.role is None:
                    role = _title_before(b, existing.start, "ru")
                    if role:
                        existing.role = role
                        b.a.roles.append((existing.key, role))
            continue
        words = surface.split()
        if label == "PER":
            if not all(CYR_NAME.match(w) for w in words):
                continue
            parts = _first_declension_surname(words, nominative(words, prefer=("Name", "Surn", "Patr")))
            if len(parts) == 1:
                continue  # a bare surname: resolved against named people by _surname_coref, never invented
            if len(parts) == 3:
                parts = [parts[0], parts[2]]  # Имя Отчество Фамилия: key on first name and surname
            ent = _person_entity(b, parts, "ru")
            ent.aliases.add(surface)
            role = _title_before(b, start, "ru")
            b.add(start, stop, "person", ent.key, "ner", 0.85, role=role, entity=ent)
        elif label == "LOC":
            parts = nominative(words, prefer=("Geox",))
            name_ru = " ".join(parts)
            ent = Entity(key=f"place:{fold(name_ru)}", name=transliterate(name_ru), type="place", name_ru=name_ru,
                         aliases={surface}, source="discovered")
            b.add(start, stop, "place", ent.key, "ner", 0.7, entity=ent)
        elif label == "ORG":
            if len(surface) < 3 or surface.isupper() and len(surface) < 4:
                continue
            head = parse(words[0].lower())[0]
            if fold(head.normal_form) in TITLE_HEADS:
                continue  # "Министры обороны": people by title, not an organization
            parts = _nominative_head(words)
            name_ru = " ".join(parts)
            ent = Entity(key=f"organization:{fold(name_ru)}", name=transliterate(name_ru), type="organization",
                         name_ru=name_ru, aliases={surface}, source="discovered")
            b.add(start, stop, "organization", ent.key, "ner", 0.7, entity=ent)


TITLE_HEADS = {fold(w) for w in (
    "министр", "замминистра", "заместитель", "глава", "президент", "премьер", "секретарь", "госсекретарь",
    "командующий", "начальник", "директор", "председатель", "посол", "пресс-секретарь", "представитель",
    "руководитель", "генерал", "спикер", "лидер", "советник", "командир")}


def _nominative_head(words: list[str]) -> list[str]:
    """An organization name in the nominative: inflect up to its head noun, keep the complements."""
    out = []
    for x, w in enumerate(words):
        p = parse(w.lower())[0]
        if "NOUN" in p.tag or "ADJF" in p.tag:
            number = "plur" if "plur" in p.tag else "sing"
            inflected = p.inflect({"nomn", number}) or p
            word = inflected.word
            out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
            if "NOUN" in p.tag:
                return out + words[x + 1:]
        else:
            out.append(w)
    return out


ORG_EN = re.compile(
    r"\b(?P<o>(?:[A-Z][\w-]+\s){1,4}(?:Ministry|Corporation|Concern|Holding|Plant|Works|Bureau|Agency|Committee|"
    r"Institute|Company|Enterprise|Factory|Authority|Service)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})?)"
)


# an article naming none of the head words has no such organization: not scanned (~0.2 ms an article)
_ORG_EN = Gate(ORG_EN)


def _english_orgs(b: _Builder) -> None:
    if (b.a.document.lang or "en") != "en" or not _ORG_EN.may_match(b.text):
        return
    for mt in ORG_EN.finditer(b.text):
        start, stop = mt.span("o")
        words = mt.group("o").split()
        while words and words[0].lower() in NOT_NAMES - {"state", "security", "defense", "defence", "foreign", "air"}:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or not b.free(start, stop):
            continue
        name = " ".join(words)
        ent = Entity(key=f"organization:{fold(name)}", name=name, type="organization", aliases={name},
                     source="discovered")
        b.add(start, stop, "organization", ent.key, "pattern", 0.75, entity=ent)


@lru_cache(maxsize=1)
def _monitor_name() -> Optional[re.Pattern]:
    """A monitoring group's own English name: one to three capitalized words ending in a head word of
    statement_titles.tsv's class monitor_name_head ('Rail Watch', 'Defence Monitor'), and a country's name after it."""
    from bellink.ingest import lexicon

    try:
        heads = [r["word"] for r in lexicon.rows("statement_titles.tsv")
                 if r["class"] == "monitor_name_head" and r["lang"] == "en"]
    except Exception:  # a half-written lexicon must not stop extraction
        return None
    if not heads:
        return None
    alt = "|".join(sorted((re.escape(h.capitalize()) for h in heads), key=len, reverse=True))
    return re.compile(rf"\b(?P<o>(?P<n>(?:[A-Z][\w-]+ ){{1,3}}(?:{alt}))(?: (?P<c>[A-Z][\w-]+))?)\b")


class _LazyGate:
    """``Gate`` of the monitoring-name pattern, made on first use (the lexicon is read then)."""
    gate = None

    def may_match(self, text: str) -> bool:
        if self.gate is None:
            self.gate = Gate(_monitor_name())
        return self.gate.may_match(text)


_MONITOR_GATE = _LazyGate()


def _monitor_groups(b: _Builder, lang: str) -> None:
    """'Rail Watch Belarus said', 'according to the Belarusian Defence Monitor': a monitoring group the knowledge base
    does not list, named by its own words, is an organization (kind monitoring, so it speaks for its counts), never a
    person; its name without the country ('Rail Watch') names it again later in the article."""
    pat = _monitor_name()  # (a Latin name, in an English or a Russian text)
    if pat is None or not _MONITOR_GATE.may_match(b.text):
        return
    found: dict = {}
    for mt in pat.finditer(b.text):
        start, stop = mt.span("o")
        words = mt.group("n").split()
        while words and words[0].lower() in NOT_NAMES | {"the", "a", "an"} and \
                not country_of_adjective(words[0]):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2:
            continue
        short = " ".join(words)
        country = mt.group("c")
        if country and not country_of_adjective(country):
            stop = mt.end("n")  # 'Rail Watch Tuesday': no country after the name
            country = None
        inside = b.overlapping(start, stop)
        if any(x.type != "country" for x in inside):
            continue  # a knowledge-base name is in it: not ours to rename
        for x in inside:
            b.drop(x)
        name = b.text[start:stop]
        ent = found.get(fold(short))
        if ent is None:
            ent = Entity(key=f"organization:{fold(name)}", name=name, type="organization", aliases={name, short},
                         attrs={"kind": "monitoring"}, source="discovered")
            found[fold(short)] = ent
        b.add(start, stop, "organization", ent.key, "pattern", 0.8, entity=ent)
    # the name alone, wherever the article repeats it without its head word's pattern matching anew
    for ent in found.values():
        for short in ent.aliases:
            for mt in re.finditer(rf"\b{re.escape(short)}\b", b.text):
                if b.free(*mt.span()):
                    b.add(mt.start(), mt.end(), "organization", ent.key, "pattern", 0.8)


def _surname_coref(b: _Builder, tokens: list[Token]) -> None:
    """A capitalized word that is the surname of a person named earlier in the article is that person."""
    people = {}
    surname_keys: dict = {}  # person key -> the keys of the surnames of its names (read once, not at each mention)
    for mm in sorted(b.mentions, key=lambda x: x.start):
        if mm.type != "person":
            continue
        keys = surname_keys.get(mm.key)
        if keys is None:
            ent = b.a.entities.get(mm.key)
            keys = surname_keys[mm.key] = [k for n in {ent.name, ent.name_ru or "", *ent.aliases}
                                           for parts in (TOKEN.findall(n),) if len(parts) >= 2
                                           for k in token_keys(parts[-1])] if ent else []
        for k in keys:
            people.setdefault(k, {}).setdefault(mm.key, mm.start)  # the first mention: 'named earlier' is from there on
    for t in tokens:
        if not t.cap or not b.free(t.start, t.stop) or t.text.lower() in NOT_NAMES:
            continue
        if not (LATIN_NAME.match(t.text) or CYR_NAME.match(t.text)):
            continue
        hits: dict = {}
        for k in t.keys:
            for key, pos in people.get(k, {}).items():
                if pos < t.start:
                    hits[key] = pos
        if len(hits) == 1:
            key = next(iter(hits))
            b.add(t.start, t.stop, "person", key, "coref", 0.9)
    _surname_of_the_named(b, people)


def _surname_of_the_named(b: _Builder, people: dict) -> None:
    """'По словам Голубы' after 'Петр Голуба' was named: a bare surname the knowledge base read as another person
    ('Голуб', never named in full here) is the person the article named, when he is the only one whose surname
    it can be. A speaker taken for someone the article never mentions is the worst error statements can make."""
    full = {mm.key for mm in b.mentions if mm.type == "person" and len(TOKEN.findall(mm.text)) >= 2}
    for mm in b.mentions:
        if mm.type != "person" or mm.method != "kb" or mm.key in full or len(TOKEN.findall(mm.text)) != 1:
            continue
        hits = {key for k in token_keys(mm.text) for key, pos in people.get(k, {}).items()
                if pos < mm.start and key != mm.key}
        if len(hits) == 1:
            mm.key = next(iter(hits))
            mm.method, mm.confidence = "coref", 0.9
