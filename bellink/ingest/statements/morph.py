"""Word-level helpers: pymorphy3 parses shared with the entity stage, Russian case and part of speech,
folded word keys, the last word of a stretch, a Russian title put in the nominative.
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from typing import Optional

from bellink.ingest.entities import TOKEN, morph, token_keys
from bellink.ingest.statements.words import FILLER_LAST_WORD
from bellink.names import has_cyrillic


try:  # pymorphy3 parses cached across the pipeline: the entity stage already parsed every word of the document
    from bellink.ingest.entities import parse as _parse
except ImportError:  # pragma: no cover - the entity stage's helpers changed shape
    @lru_cache(maxsize=200_000)
    def _parse(word: str):
        return morph().parse(word)


_START = attrgetter("start")


@lru_cache(maxsize=50_000)
def _ru_cases(word: str) -> frozenset:
    """Grammatical cases a Russian word can be in; 'fixd' for indeclinables and acronyms."""
    if not has_cyrillic(word) or word.isupper():
        return frozenset({"fixd"})
    out = set()
    for p in _parse(word.lower())[:4]:
        if "Fixd" in p.tag:
            out.add("fixd")
        if p.tag.case:
            out.add(p.tag.case)
    return frozenset(out) or frozenset({"fixd"})


@lru_cache(maxsize=10_000)
def _ru_plural(word: str) -> bool:
    return any(p.tag.POS == "VERB" and p.tag.number == "plur" for p in _parse(word.lower())[:2])


@lru_cache(maxsize=50_000)
def _ru_pos(word: str) -> str:
    parses = _parse(word.lower())
    return str(parses[0].tag.POS) if parses else ""


def _keys(word: str) -> frozenset:
    return token_keys(word)


WORDISH = "'’-"


def _may_end_with_filler(s: str) -> bool:
    """False when FILLERS_AT_END cannot match ``s``: it needs a filler's last word right before the trailing
    spaces and commas."""
    k = len(s)
    while k and (s[k - 1].isspace() or s[k - 1] == ","):  # str.isspace is exactly re's \s
        k -= 1
    # the 20 characters before k read backwards: a filler's last word, reversed, at their start
    return _FILLER_REVERSED.match(s[max(0, k - 20):k][::-1]) is not None


def _reversed(rx):
    """An alternation of words ending in \\Z, each word spelled backwards, with the same flags: ``rx`` matches
    ``s`` between ``lo`` and ``k`` exactly where this matches ``s[lo:k]`` reversed at its start (re's case folding
    maps one character to one, so a word matches as many characters as it has, each on its own). One anchored
    try instead of a scan that tried every word at every position (~30 µs a call)."""
    words = rx.pattern[len("(?:"):-len(r")\Z")].split("|")
    assert rx.pattern == "(?:" + "|".join(words) + r")\Z" and all(re.fullmatch(r"[^\W\d_]+", w) for w in words)
    return re.compile("|".join(w[::-1] for w in words), rx.flags)


_FILLER_REVERSED = _reversed(FILLER_LAST_WORD)


def _last_word(s: str) -> Optional[str]:
    """What ``([\\w'’-]+)[^\\w]*$`` captures in ``s``: the run of word characters, apostrophes and hyphens
    around the last word character; with no word character, the first run of apostrophes and hyphens."""
    k = len(s) - 1
    while k >= 0 and not (s[k].isalnum() or s[k] == "_"):  # str.isalnum and '_' are exactly re's \w
        k -= 1
    if k < 0:
        i = next((i for i, c in enumerate(s) if c in WORDISH), None)
        if i is None:
            return None
        j = i
        while j < len(s) and s[j] in WORDISH:
            j += 1
        return s[i:j]
    r0 = k
    while r0 > 0 and (s[r0 - 1].isalnum() or s[r0 - 1] == "_" or s[r0 - 1] in WORDISH):
        r0 -= 1
    r1 = k + 1
    while r1 < len(s) and s[r1] in WORDISH:
        r1 += 1
    return s[r0:r1]


def s_words(s: str) -> int:
    return len(TOKEN.findall(s))


@lru_cache(maxsize=4096)
def _ru_role_nominative(role: str) -> str:
    """'заместителя директора ФСВТС России' -> 'заместитель директора ФСВТС России': the head of a Russian title
    (and the adjectives before it) in the nominative, the genitive complement as written."""
    toks = list(TOKEN.finditer(role))
    out = role
    shift = 0
    for t in toks:
        w = t.group()
        parses = _parse(w.lower())
        p = next((x for x in parses[:3] if x.tag.POS in ("NOUN", "ADJF")), None)
        if p is None:
            break
        if p.tag.case in ("nomn", None) or "Fixd" in p.tag:
            if p.tag.POS == "NOUN":
                break
            continue
        grammemes = {"nomn"} | ({p.tag.number} if p.tag.number else set())
        if p.tag.POS == "ADJF" and p.tag.gender:
            grammemes.add(p.tag.gender)
        new = p.inflect(grammemes)
        if new is None:
            break
        word = new.word if not w[:1].isupper() else new.word[:1].upper() + new.word[1:]
        out = out[: t.start() + shift] + word + out[t.end() + shift:]
        shift += len(word) - len(w)
        if p.tag.POS == "NOUN":
            break
    return out
