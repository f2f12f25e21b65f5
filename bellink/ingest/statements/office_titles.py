"""An office named by a periphrasis or a plain title, read as a title of the knowledge base
(``bellink/kb/titles.tsv``): the words of the phrase, country words and determiners left out, compared
lemma by lemma with each form of each title.

  "глава белорусского военного ведомства"   -> defence minister (+ Belarus)
  "Russia's defence chief", "the head of state" -> defence minister (+ Russia), president (+ the context's)
  "глава российского военного ведомства"    -> defence minister (+ Russia)

It must not read a title into a phrase that only contains one: "the head of state's spokesman" is not the
head of state (the phrase must be the form, with at most a prepositional phrase after it: 'глава государства
на совещании с военными').
"""
from __future__ import annotations

import bisect
import re
from array import array
from collections import deque
from functools import lru_cache
from typing import Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.institutions import _word_country, _word_country_fallback
from bellink.ingest.statements.morph import _keys
from bellink.ingest.statements.words import DETERMINERS, PREPOSITIONS_EN, PREPOSITIONS_RU, TITLE_SYNONYMS
from bellink.names import fold, has_cyrillic

_FORMS: dict = {}
_SKIP = DETERMINERS | {"the", "a", "an", "its", "s"}


def _word_keys(word: str) -> frozenset:
    return frozenset(_keys(word)) or frozenset({word.lower()})


def _forms(base) -> list:
    got = _FORMS.get(id(base))
    if got is not None and got[0] is base:
        return got[1]
    out = []
    for role, forms in base.titles:
        for form in forms:
            words = [w for w in TOKEN.findall(form) if w.lower() not in _SKIP]
            if words:
                out.append((tuple(_word_keys(w) for w in words), role))
    _FORMS[id(base)] = (base, out)
    return out


def _form_index(base) -> dict:
    """(number of words, a key of the first word) -> the (shape, role) forms that fit."""
    got = _FORMS.get(("index", id(base)))
    if got is not None and got[0] is base:
        return got[1]
    index: dict = {}
    for shape, role in _forms(base):
        for k in shape[0]:
            index.setdefault((len(shape), k), []).append((shape, role))
    _FORMS[("index", id(base))] = (base, index)
    return index


class _ByIdentity:
    """The knowledge base as a cache key: the same object, not an equal one (a reloaded base is a new key)."""
    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other) -> bool:
        return isinstance(other, _ByIdentity) and other.obj is self.obj


def _country_of(word: str) -> Optional[str]:
    try:
        return _word_country(word)
    except Exception:  # the knowledge base may be mid-edit; the fallback table still answers
        return _word_country_fallback(re.sub(r"(?:'s|’s|'|’)$", "", word))


@lru_cache(maxsize=1)
def _country_nouns() -> frozenset:
    """Folded one-word names of the knowledge base's countries ('russia', 'rossiia', 'belarus')."""
    try:
        from bellink.ingest import kb as kbmod

        names = {n for e in kbmod.load().by_type("country") for n in (e.name, e.name_ru, *e.aliases)
                 if n and len(TOKEN.findall(n)) == 1}
    except Exception:  # a half-written knowledge base must not stop extraction
        return frozenset()
    return frozenset(fold(n.lower()) for n in names)


@lru_cache(maxsize=50_000)
def _country_noun(word: str) -> bool:
    """Whether a word is a country's name in any case ('Russia', 'России', 'Беларуси'): the office's country,
    not a word of its title ('начальник Генерального штаба ВС России')."""
    w = re.sub(r"(?:'s|’s|'|’)$", "", word)
    if not w[:1].isupper():
        return False
    nouns = _country_nouns()
    if fold(w.lower()) in nouns:
        return True
    if has_cyrillic(w):
        from bellink.ingest.statements.morph import _parse

        return any(fold(p.normal_form) in nouns for p in _parse(w.lower())[:3])
    return False


@lru_cache(maxsize=100_000)  # bounded: caches.clear() empties it with the other word caches
def _office_title(phrase: str, ref: _ByIdentity) -> Optional[str]:
    """The title of titles.tsv the whole phrase names in the base ``ref`` holds, or None (a function of the phrase and
    the base only)."""
    base = ref.obj
    words = [w for w in TOKEN.findall(phrase.replace("’", "'"))
             if w.lower() not in _SKIP and not _country_of(w) and not _country_noun(w)]
    if not words or len(words) > 8:
        return None
    keys = [_word_keys(w) for w in words]
    index = _form_index(base)
    # the whole phrase, else the phrase up to a preposition ('глава государства на совещании с военными')
    cuts = [len(words)] + [i for i in range(len(words) - 1, 0, -1)
                           if words[i].lower() in PREPOSITIONS_RU | PREPOSITIONS_EN]
    for n in cuts:
        roles = {role for k in keys[0] for shape, role in index.get((n, k), ())
                 if all(a & b for a, b in zip(shape, keys[:n]))}
        if roles:
            return next(iter(roles)) if len(roles) == 1 else None
    return None


_UNASKED = object()
_BREAK = re.compile(r"[\n,.;:!?]")  # an office is spelled out within a clause
READ_AHEAD = 20_000  # characters of tokens read past the position asked about


class OfficeTitles:
    def office_title(self, phrase: str) -> Optional[str]:
        """The knowledge-base title (role_en of titles.tsv) the whole phrase names, or None."""
        # the same phrases are asked about again and again (every window of every office-like stretch, every
        # title of every candidate): the answer depends on the phrase and the base only, and is kept per document
        # too (130,000 questions in a 2 MB digest: the base's look-up and the shared cache's key cost more than
        # the answer)
        memo = self.__dict__.get("_office_titles")
        if memo is None:
            try:
                from bellink.ingest import kb as kbmod

                base = kbmod.load()
            except Exception:
                return None
            memo = self._office_titles = {None: _ByIdentity(base)}
        title = memo.get(phrase, _UNASKED)
        if title is _UNASKED:
            title = memo[phrase] = _office_title(phrase, memo[None])
        return title

    def earlier_office(self, head: str, country: Optional[str], pos: int) -> tuple[Optional[str], Optional[str]]:
        """A bare role noun taken up again ('The Russian minister said' after "Russia's defence minister held
        talks", 'министр' after 'глава российского военного ведомства'): the one office, with its country, that
        the article spelled out earlier with this head word and a compatible country. (None, None) when there
        is none or more than one."""
        found = self._offices_found(head, country, pos)
        if len(found) != 1:
            return None, None
        return next(iter(found))

    def earlier_offices(self, head: str, pos: int) -> set:
        """(title, country) of every office the article spells out before ``pos`` with this head word."""
        return self._offices_found(head, None, pos)

    def _offices_found(self, head: str, country: Optional[str], pos: int) -> set:
        # The article's tokens are read once per document, as far as asked (``_office_tokens``); each (head,
        # country) then looks only at the tokens whose word may end such an office, each word judged once (a
        # reading of the whole article per (head, country) grew with the number of kinds of office a long
        # document names times its size). A token cut by ``pos`` is read on its own, as a reading of
        # ``text[:pos]`` would see it.
        idx = self._office_tokens(pos)
        starts, ends, words = idx["starts"], idx["ends"], idx["words"]
        text = self.text
        n = bisect.bisect_right(ends, pos)  # the tokens that end at or before pos
        state = self._role_cache.setdefault(("earlier_office", head, country),
                                            {"upto": 0, "found": set(), "got": [], "fits": bytearray()})
        if n >= state["upto"]:
            fits = state["fits"]  # per word of the vocabulary: 0 not judged yet, 1 ends no such office, 2 may
            if len(fits) < len(idx["vocab"]):
                fits.extend(bytes(len(idx["vocab"]) - len(fits)))
            for i in range(state["upto"], n):
                f = fits[words[i]]
                if not f:
                    word = text[starts[i]:ends[i]]
                    f = fits[words[i]] = 2 if head in _head_keys(word) or self._is_title_word(word) else 1
                if f == 2:
                    got = self._office_ending(starts[max(0, i - 5):i], starts[i], ends[i], head, country)
                    if got:
                        state["found"].add(got)
                        state["got"].append((ends[i], got))
            state["upto"] = n
            found = set(state["found"])
        else:  # asked about a place already read past
            found = {got for end, got in state["got"] if end <= pos}
        if n < len(starts) and starts[n] < pos:
            cut = TOKEN.match(text, starts[n], pos)
            got = cut and self._office_ending(starts[max(0, n - 5):n], cut.start(), cut.end(), head, country)
            if got:
                found.add(got)
        return found

    def _office_tokens(self, pos: int) -> dict:
        """The article's tokens (starts, ends, and the number of each one's word in ``vocab``), read as far as the
        first token that ends after ``pos``."""
        idx = self._role_cache.get("office_tokens")
        if idx is None:
            idx = self._role_cache["office_tokens"] = {"starts": array("l"), "ends": array("l"), "words": array("l"),
                                                       "vocab": {}, "done": False}
        ends = idx["ends"]
        if not idx["done"] and (not ends or ends[-1] <= pos):
            # read in pieces of READ_AHEAD characters past pos, each by one comprehension (a loop of three appends
            # per token cost a third of a second per MB); a token the piece's end may cut is read with the next
            starts, words, vocab = idx["starts"], idx["words"], idx["vocab"]
            text, at, ahead = self.text, ends[-1] if ends else 0, READ_AHEAD
            while True:
                stop = min(len(text), max(pos, at) + ahead)
                spans = [m.span() for m in TOKEN.finditer(text, at, stop)]
                nxt = stop
                if stop < len(text) and spans and spans[-1][1] == stop:
                    nxt = spans.pop()[0]
                starts.extend([a for a, _ in spans])
                ends.extend([b for _, b in spans])
                words.extend([vocab.setdefault(text[a:b], len(vocab)) for a, b in spans])
                if stop >= len(text):
                    idx["done"] = True
                    break
                if ends and ends[-1] > pos:
                    break
                ahead = ahead * 2 if nxt == at else READ_AHEAD  # one token longer than the piece
                at = nxt
        return idx

    def _offices_before(self, head: str, country: Optional[str], pos: int) -> set:
        found = set()
        window: deque = deque(maxlen=5)
        for t in TOKEN.finditer(self.text, 0, pos):
            got = self._office_ending(window, t.start(), t.end(), head, country)
            if got:
                found.add(got)
            window.append(t.start())
        return found

    def _office_ending(self, window, start: int, end: int, head: str, country: Optional[str]) -> Optional[tuple]:
        """(title, country) of the office spelled out by up to five words before the token at [start, end) and
        that token, the longest first; ``window`` holds the starts of the tokens before it."""
        word = self.text[start:end]
        if head not in _head_keys(word) and not self._is_title_word(word):
            return None  # an office ends on its head or on a title word ('глава военного ведомства')
        for lo in window:
            phrase = self.text[lo:end]
            if _BREAK.search(phrase):
                continue
            title = self.office_title(phrase)
            if title is None:
                continue
            words, heads = _title_heads(title)
            if words < 2:
                continue  # a bare 'minister' is no office
            if head not in heads:
                continue  # 'the Russian minister' takes up a minister's office, not the head of state's
            c = self.phrase_country(phrase, lo)
            if c is None or (country is not None and c != country):
                continue
            return title, c
        return None


@lru_cache(maxsize=4096)
def _title_heads(title: str) -> tuple[int, frozenset]:
    """A knowledge-base title's number of words and the head keys of all of them."""
    words = TOKEN.findall(title)
    return len(words), frozenset(k for w in words for k in _head_keys(w))


@lru_cache(maxsize=50_000)
def _head_keys(word: str) -> frozenset:
    """The word's keys and their title synonyms (remembered: asked for every word of the article)."""
    return frozenset(_head_keys_uncached(word))


def _head_keys_uncached(word: str) -> set:
    keys = set(_word_keys(word))
    if has_cyrillic(word):
        from bellink.ingest.statements.morph import _parse

        keys.add(fold(_parse(word.lower())[0].normal_form))
    return {TITLE_SYNONYMS.get(k, k) for k in keys} | keys
