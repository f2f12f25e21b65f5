"""A name the entity stage did not resolve ('Markin told reporters'): the person the article introduced
earlier with first name and surname, else an unknown speaker with the name kept as written.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from bellink.ingest.entities import TOKEN
from bellink.ingest.statements.morph import _keys, _parse
from bellink.ingest.statements.values import Who
from bellink.names import fold, has_cyrillic


def _is_first_name(word: str) -> bool:
    """Whether the knowledge base knows ``word`` as a first name ('Igor', 'Ihar', 'Игорь')."""
    from bellink.ingest.entities import matcher

    try:
        return fold(word) in matcher().kb.first_names
    except Exception:  # the entity stage's helpers changed shape: no first name known
        return False


class UnknownNames:
    def _named_later(self, surface: str, start: int, stop: int) -> Who:
        """A surname the entity stage did not resolve ('Markin told reporters'): the person is the one the article
        introduced earlier with first name and surname ('with Yevgeny Markin, who heads ...'). Otherwise the
        speaker stays unknown, with the name kept as written."""
        words = TOKEN.findall(surface)
        first = next((i for i, w in enumerate(words[:-1]) if i and _is_first_name(w)), None)
        if first is not None and not _is_first_name(words[0]):
            # 'Staff Igor Korol' (the end of a title before the name): the name begins at its first name
            start = start + surface.index(words[first])
            surface, words = surface[surface.index(words[first]):], words[first:]
        ent = self._full_name_before(words[-1], start) if len(words) == 1 else self._full_name(words)
        if ent is None:
            return Who(None, surface, start, stop, "unknown", confidence=0.5)
        if ent.key not in self.a.entities:
            self.a.entities[ent.key] = ent
        return Who(ent.key, surface, start, stop, "name", None, 0.85)

    def first_name_at_end(self, phrase: str, start: int):
        """The speaker named at the end of an English title phrase by a first name the knowledge base knows and a
        surname ('First Deputy Chief of General Staff of the Armed Forces Igor Korol'), with the title as his role;
        None when the phrase ends otherwise."""
        m = re.search(r"(?:^|\s)([A-Z][a-z’'-]+)\s+([A-Z][a-z’'-]+)$", phrase)
        if m is None or has_cyrillic(phrase) or not _is_first_name(m.group(1)) or m.start(1) == 0:
            return None
        who = self._named_later(phrase[m.start(1):], start + m.start(1), start + len(phrase))
        if who.key is None:
            return None
        who.role = phrase[:m.start(1)].strip(" ,") or None
        return who

    def _full_name(self, words: list):
        """A first name the knowledge base knows and a surname: a person, even one the entity stage missed."""
        from types import SimpleNamespace

        from bellink.ingest.entities import _person_entity, matcher

        try:
            m = matcher()
            if fold(words[0]) not in m.kb.first_names:
                return None
            return _person_entity(SimpleNamespace(m=m), list(words), "ru" if has_cyrillic(words[0]) else "en")
        except Exception:  # the entity stage's helpers changed shape: keep the speaker unknown
            return None

    def _full_name_before(self, surname: str, pos: int):
        """The person named by first name and this surname last before ``pos`` ('Leonid Maltsev ... Maltsev said').

        What a scan of ``text[:pos]`` for 'First Surname' pairs finds (the last pair that fits), from indexes of the
        whole text built once per document: a copy and scan of everything before every unresolved surname grew
        with the square of a long document's size."""
        from types import SimpleNamespace

        from bellink.ingest.entities import NOT_NAMES, _person_entity, matcher, nominative

        if has_cyrillic(surname):
            want = _keys(surname)
            m = self._ru_pair_before(want, pos)
            found = nominative([m.group(1), m.group(2)], prefer=("Name", "Surn")) if m else None
            lang = "ru"
        else:
            m = self._en_pair_before(surname, pos, lambda g: g.lower() not in NOT_NAMES and not self._is_title_word(g)
                                     and not self._country_of(g))
            found = [m.group(1), surname] if m else None
            lang = "en"
        if not found:
            return None
        try:
            return _person_entity(SimpleNamespace(m=matcher()), found, lang)
        except Exception:  # the entity stage's helpers changed shape: keep the speaker unknown
            return None

    def _ru_pair_before(self, want: frozenset, pos: int):
        """The last match of RU_PAIR in ``text[:pos]`` whose second word shares a key with ``want`` and whose first
        word may be a first name.

        RU_PAIR's matches in ``text[:pos]`` are its matches in the whole text that end before ``pos`` (a match
        reads one character past its end, a failed attempt before it no further than the match), then whatever
        a scan of ``text[:pos]`` finds from the last of those on. The whole text's matches are read once, as
        far as asked, and kept by the keys of their second word."""
        idx = self.__dict__.get("_ru_pairs")
        if idx is None:
            idx = self._ru_pairs = {"it": RU_PAIR.finditer(self.text), "next": None, "ms": [], "ends": [],
                                    "by_key": {}, "done": False}
        ms, ends, by_key = idx["ms"], idx["ends"], idx["by_key"]
        while not idx["done"] and (not ends or ends[-1] < pos):
            m = idx["next"] or next(idx["it"], None)
            if m is None:
                idx["done"] = True
                break
            if m.end() >= pos:
                idx["next"] = m  # not before this position; maybe before a later one
                break
            idx["next"] = None
            for k in _keys(m.group(2)):
                by_key.setdefault(k, []).append(len(ms))
            ms.append(m)
            ends.append(m.end())
        n = bisect.bisect_left(ends, pos)  # ms[:n] end before pos
        found = None
        for m in RU_PAIR.finditer(self.text, ends[n - 1] if n else 0, pos):  # as if the text ended at pos
            if _keys(m.group(2)) & want and _may_be_first_name(m.group(1)):
                found = m
        if found is not None:
            return found
        best = -1
        for k in want:
            at = by_key.get(k, ())
            for i in range(bisect.bisect_left(at, n) - 1, -1, -1):
                if at[i] <= best:
                    break
                if _may_be_first_name(ms[at[i]].group(1)):
                    best = at[i]
                    break
        return ms[best] if best >= 0 else None

    def _en_pair_before(self, surname: str, pos: int, fits):
        """The last match of 'First Surname' (EN_PAIR with this surname) in ``text[:pos]`` whose first word ``fits``
        (one predicate of the word for the whole document: its answers are kept).

        Every such match ends in the surname after white space: the surname's places in the text (found once per
        surname) give each match's start, which the pattern then confirms as a scan of ``text[:pos]`` would (as if
        the text ended at ``pos``; a match starting inside the one before it does not count, as in a scan). The
        matches that end before ``pos`` are those of the whole text, so they are read once per surname with the
        last fitting one up to each: a walk over every earlier place per call grew with the square of the
        surname's mentions."""
        idx = self.__dict__.setdefault("_surname_pairs", {}).get(surname)
        if idx is None:
            idx = self._surname_pairs[surname] = self._en_pairs(surname, fits)
        at, rx, ends, best = idx
        n = bisect.bisect_left(ends, pos)  # the scan's matches that end before pos
        found, last_end = (best[n - 1], ends[n - 1]) if n else (None, 0)
        i = pos - len(surname)  # a match ending at pos itself: its look-ahead sees the end of text[:pos]
        j = bisect.bisect_left(at, i)
        if j < len(at) and at[j] == i:
            m = self._en_pair_at(rx, i, pos, pos)
            if m is not None and m.start() >= last_end and fits(m.group(1)):
                found = m
        return found

    def _en_pairs(self, surname: str, fits) -> tuple:
        """The surname's places, its pattern, and the whole text's scan for 'First Surname': the ends of its
        matches and, for each, the last match up to it whose first word fits."""
        at, i = [], self.text.find(surname)
        while i >= 0:
            if i and self.text[i - 1].isspace():  # str.isspace is exactly re's \s
                at.append(i)
            i = self.text.find(surname, i + 1)
        rx = re.compile(EN_PAIR.format(re.escape(surname)))
        ends, best, found, last_end = [], [], None, 0
        for i in at:
            m = self._en_pair_at(rx, i, i + len(surname), len(self.text))
            if m is None or m.start() < last_end:
                continue
            last_end = m.end()
            if fits(m.group(1)):
                found = m
            ends.append(last_end)
            best.append(found)
        return at, rx, ends, best

    def _en_pair_at(self, rx, i: int, stop: int, endpos: int):
        """The match of the surname's pattern ending in the surname at ``i:stop``, in ``text[:endpos]``, or None."""
        k = i
        while k and self.text[k - 1].isspace():
            k -= 1
        for start in _word_starts_before(self.text, k):
            m = rx.match(self.text, start, endpos)
            if m is not None and m.end() == stop:
                return m
        return None


# 'Иван Петров': a capitalized word (maybe a first name) and a surname, maybe double ('Петров-Водкин')
RU_PAIR = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")
# 'Leonid Maltsev', 'Anna-Maria Maltsev': the surname goes in the braces
EN_PAIR = r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{}(?![\w-])"


def _word_starts_before(text: str, k: int) -> list[int]:
    """Where a first name ending at ``k`` may start: the capital before the lower-case letters ending there, and
    the capital of the word before a hyphen there ('Anna-Maria')."""
    j = k
    while j and "a" <= text[j - 1] <= "z":
        j -= 1
    if j == k or not j or not "A" <= text[j - 1] <= "Z":
        return []
    out = [j - 1]
    h = j - 1
    if h and text[h - 1] == "-":
        j = h - 1
        while j and "a" <= text[j - 1] <= "z":
            j -= 1
        if j < h - 1 and j and "A" <= text[j - 1] <= "Z":
            out.insert(0, j - 1)
    return out


@lru_cache(maxsize=20_000)
def _may_be_first_name(word: str) -> bool:
    return any("Name" in p.tag for p in _parse(word.lower())[:3])
