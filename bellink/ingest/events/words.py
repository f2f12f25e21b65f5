"""Cached analyses of single words: lemma keys, cases, parts of speech, countries named by one word."""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Optional

from bellink.ingest.entities import country_of_adjective, morph, token_keys
from bellink.names import fold, has_cyrillic

if TYPE_CHECKING:
    from bellink.ingest.events.document import Sent


try:  # pymorphy3 parses cached across the pipeline: the entity stage already parsed every word of the document
    from bellink.ingest.entities import parse as _parse
except ImportError:  # pragma: no cover - the entity stage's helpers changed shape
    @lru_cache(maxsize=200_000)
    def _parse(word: str):
        return morph().parse(word)


START = attrgetter("start")


PREV_BOUNDARY = re.compile(r"[,;:«»“”\"]\s*[-–—]?\s*|\s[-–—]\s")


COUNTRY_NAME_ITSELF = re.compile(r"(?i)^(?:russia|belarus|беларусь|россия)$")


@lru_cache(maxsize=1)
def _country_names() -> dict:
    from bellink.ingest import kb as kbmod

    out = {}
    for ent in kbmod.load().by_type("country"):
        for n in (ent.name, ent.name_ru or ""):
            if n:
                out.setdefault(fold(n), ent.key)
    return out


@lru_cache(maxsize=20_000)
def country_word(word: str) -> Optional[str]:
    """A country from one word: an adjective ("Russian", "белорусский") or a name ("Russia", "России")."""
    if not word or not (word[:1].isupper() or has_cyrillic(word)):
        return country_of_adjective(word) if word else None
    c = country_of_adjective(word)
    if c:
        return c
    if has_cyrillic(word) and word.lower().endswith("о") and len(word) > 5:
        # the combining form of a compound: "белорусско-российский", "российско-белорусский"
        c = country_of_adjective(word[:-1] + "ий")
        if c:
            return c
    names = _country_names()
    if fold(word) in names:
        return names[fold(word)]
    if has_cyrillic(word):
        for k in token_keys(word):
            if k in names:
                return names[k]
    return None


@lru_cache(maxsize=200_000)
def word_keys(w: str) -> tuple:
    """(lowercase, keys, Cyrillic?) of a token: a Cyrillic word's keys are its lemmas (token_keys), any other
    word's its lowercase form. (Remembered per word form: every sentence's tokens ask, and a corpus repeats
    its words.)"""
    low = w.lower()
    if has_cyrillic(w):
        return low, token_keys(w), True
    return low, frozenset((low,)), False


@lru_cache(maxsize=200_000)
def keys_of(w: str) -> frozenset:
    """word_keys(w)[1], for a map over a sentence's words without a generator frame per word."""
    return word_keys(w)[1]


@lru_cache(maxsize=100_000)
def parses(word: str):
    return _parse(word.lower())[:4]


@lru_cache(maxsize=100_000)
def word_cases(word: str) -> frozenset:
    out = set()
    for p in parses(word):
        if p.tag.case:
            out.add(p.tag.case)
    return frozenset(out)


@lru_cache(maxsize=100_000)
def is_adj(word: str) -> bool:
    if not has_cyrillic(word):
        return False
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS in ("ADJF", "PRTF", "NUMR", "ADJS")


@lru_cache(maxsize=100_000)
def is_noun(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS == "NOUN"


@lru_cache(maxsize=100_000)
def verb_info(word: str) -> tuple:
    """(POS, tense, voice-ish) of a Russian word's likeliest verbal reading."""
    for p in parses(word):
        if p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
            return _s(p.tag.POS), _s(p.tag.tense), _s(p.tag.voice)
    ps = parses(word)
    return (_s(ps[0].tag.POS) if ps else None), None, None


def _s(x) -> Optional[str]:
    return str(x) if x is not None else None


@lru_cache(maxsize=20_000)
def is_adjective(text: str) -> bool:
    w = text.split()[0] if text.split() else text
    return bool(country_of_adjective(w)) and not COUNTRY_NAME_ITSELF.match(w) and not _country_name_form(w)


@lru_cache(maxsize=20_000)
def _country_name_form(word: str) -> bool:
    """An inflected country name ("Беларуси", "Беларусью"): a name, never an adjective, however its stem
    looks."""
    if not has_cyrillic(word):
        return False
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS == "NOUN" and fold(ps[0].normal_form) in _country_names()


def next_boundary(text: str, pos: int) -> int:
    m = re.search(r"[,;:](?!\d)", text[pos:])
    return pos + m.start() if m else len(text)


def prev_boundary(text: str, pos: int) -> int:
    best = 0
    for m in PREV_BOUNDARY.finditer(text[:pos]):
        best = m.end()
    return best


def window(sent: Sent, i: int, n: int) -> list:
    return sent.toks[max(0, i - n):i]


def uniq(xs) -> list:
    return [x for x in dict.fromkeys(xs) if x]


def within(a_: int, b_: int, n: int) -> bool:
    return abs(a_ - b_) <= n
