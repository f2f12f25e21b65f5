"""Regex atoms the rules are built from (years, days, months, cues before an expression, connectors
of a range) and the resolution context a handler receives."""
from __future__ import annotations

import re
from typing import Callable, Optional

from bellink.ingest.time.words import (
    COUNT_WORDS, DEADLINE_CUES, EN_MONTHS, EN_MONTH_ABBREVS, EN_WEEKDAYS, RU_MONTHS, RU_MONTH_ABBREVS,
    RU_SEASONS, RU_WEEKDAYS, SINCE_CUES, _Anchor, _breaks, _markers, _span, _tense_near, month_number,
)



# --- regex atoms -------------------------------------------------------------------


def _trie(words) -> str:
    """One regex for a word list, factored by common prefix.

    A flat alternation of sixty Russian month forms under IGNORECASE is tried
    branch by branch at every position and costs ~100 us per sentence; the
    factored form fails on the first character.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return (body if len(alts) > 1 else "(?:" + body + ")") + "?"
        return body

    return "(?:" + build(root) + ")"


_DASH = r"[-‐‑‒–—]"
# English month and weekday names count only when capitalized: "march" and
# "may" are verbs. Only abbreviations may carry a dot ("Sept."), so that a
# sentence-final period is not taken into "in January."
_EN_MON = (
    r"(?<!\w)(?-i:"
    + _trie([w.title() for w in EN_MONTHS] + [w.upper() for w in EN_MONTHS])
    + "|" + _trie([w.title() for w in EN_MONTH_ABBREVS] + [w.upper() for w in EN_MONTH_ABBREVS]) + r"\.?"
    + r")(?!\w)"
)
_EN_WD = "(?-i:" + _trie([w.title() for w in EN_WEEKDAYS] + [w.upper() for w in EN_WEEKDAYS]) + r")(?!\w)"
_RU_MON = r"(?<!\w)(?:" + _trie(RU_MONTHS) + "|" + _trie(RU_MONTH_ABBREVS) + r"\.)(?!\w)"
_RU_WD = _trie(RU_WEEKDAYS) + r"(?!\w)"
_EN_SEASON = r"(?:spring|summer|autumn|fall|winter)(?!\w)"
_RU_SEASON = _trie(RU_SEASONS) + r"(?!\w)"
_NOT_COUNT = r"(?!\s*(?:%|" + _trie(COUNT_WORDS) + r"(?!\w)))"
# Digits glued to a letter, a hyphen, a currency sign or another number are
# model names, ids and amounts: "Zapad-2021", "$2015", "1,2015". "mid-2021"
# is the one hyphenated year.
_NUM_START = r"(?:(?<=mid-)|(?<![\w.,:/$€£+‐‑‒–—-]))"


def _year(s: str = "") -> str:
    return rf"{_NUM_START}(?P<y{s}>(?:19|20)\d\d|2100)(?![\d])(?![.,]\d)"


def _year2() -> str:
    # Second year of a range, right after the dash: "2014-2015", "2014-15".
    return r"(?P<y2>(?:19|20)\d\d|2100|\d\d)(?![\d])"


def _en_day(s: str = "", guard: bool = True) -> str:
    return rf"{_NUM_START if guard else ''}(?P<d{s}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])"


def _ru_day(s: str = "", guard: bool = True) -> str:
    return rf"{_NUM_START if guard else ''}(?P<d{s}>3[01]|[12]\d|0?[1-9])(?:-?(?:го|е|ое))?(?![\d])"


def _g(name: str, rx: str) -> str:
    return f"(?P<{name}>{rx})"


# What may stand before a time expression and belongs to it. Matched leftwards
# from the core of an expression (see find_timexes), never on its own.
_EN_CUE = (
    r"ever\s+since|since|by|until|till|up\s+to|through(?:out)?|no\s+later\s+than|not\s+later\s+than|"
    r"before|after|from|during|between|in|on|at|of|for"
)
_EN_PRE = (
    rf"(?:\b(?P<cue>{_EN_CUE})\s+)?"
    r"(?:\b(?P<part>(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|rest|remainder|(?:first|second|latter)\s+half)\s+of)\s+)?"
    r"(?:\b(?P<the>the)\s+)?"
    r"(?:\b(?P<qual>early|mid|late)(?:-|\s+))?"
)
_RU_CUE = (
    r"начиная\s+со?|вплоть\s+до|не\s+позднее|не\s+позже|в\s+течение|в|во|со|с|до|к|ко|по|за|на|от|"
    r"после|перед|около|между|накануне"
)
_RU_PRE = (
    rf"(?:(?<!\w)(?P<cue>{_RU_CUE})\s+)?"
    r"(?:(?<!\w)(?P<part>начал[ае]|конц[ае]|концу|середин[еыу]|(?:первой|второй)\s+половин[еы])\s+)?"
)
_EN_CONN = rf"(?P<conn>\s*{_DASH}\s*|\s+(?:to|through|till|until|and)\s+)"
_RU_CONN = rf"(?P<conn>\s*{_DASH}\s*|\s+(?:по|до|и)\s+)"
_RU_YEAR_WORD = r"(?:году|года|годом|год|гг?\.)"
_RU_YEAR_SUFFIX = r"(?:-?(?:го|м|й|ом))?"
_EN_REL = r"this|last|next|the\s+current|the\s+coming"
_RU_REL_ADJ = (
    r"(?:эт(?:ом|от|ого|у|ой|им)|текущ(?:ем|ий|его|ей|ую|им)|нынешн(?:ем|ий|его|ей|юю|им)|"
    r"(?:поза)?прошл(?:ом|ый|ого|ой|ую|ым)|минувш(?:ем|ий|его|ей|ую|им)|прошедш(?:ем|ий|его|ей|ую|им)|"
    r"следующ(?:ем|ий|его|ей|ую|им)|будущ(?:ем|ий|его|ей|ую|им)|наступающ(?:ем|ий|его|ей|ую|им)|"
    r"предстоящ(?:ем|ий|его|ей|ую|им)|ближайш(?:ем|ий|его|ей|ую|им))(?!\w)"
)


def _rel_delta(word: Optional[str]) -> Optional[int]:
    """-1 / 0 / +1 for last / this / next, in either language; -2 for the one before last."""
    if not word:
        return None
    w = " ".join(word.lower().split())
    if w.startswith("позапрошл"):
        return -2  # "позапрошлой осенью", "в позапрошлом году": the one before last
    if w.startswith(("last", "прошл", "минувш", "прошедш", "this past")):
        return -1
    if w.startswith(("next", "the coming", "the upcoming", "следующ", "будущ", "наступающ", "предстоящ", "ближайш")):
        return 1
    return 0


# --- resolution context ---------------------------------------------------------------


class _Ctx:
    __slots__ = ("text", "lang", "anchor", "_markers")

    def __init__(self, text: str, lang: str, anchor: Optional[_Anchor]):
        self.text, self.lang, self.anchor = text, lang, anchor
        self._markers = None

    def tense(self, m: re.Match) -> Optional[str]:
        if self._markers is None:
            self._markers = _markers(self.text, self.lang)
        got = _tense_near(self.text, self._markers, m.start(), m.end(), self.lang)
        cue = _cue(m)
        if cue in ("since", "ever since") or (got is None and cue in SINCE_CUES):
            # "since October", "С октября ... вывезено": the point a period started from lies behind the report
            # ("с января будут получать" keeps its future marker)
            return "past"
        if cue in DEADLINE_CUES or cue == "before":
            # "hopes to sign a contract before the summer", "до лета": a deadline no verb puts behind the report is ahead;
            # the reporting verb after it across a comma ("before the summer, the minister said") is not its verb
            own = [x for x in self._markers if x[1] <= m.start() or x[0] >= m.end() and
                   not _breaks(self.text, m.end(), x[0])]
            return _tense_near(self.text, own, m.start(), m.end(), self.lang) or "future"
        return got


class _R:
    """What a rule found: the normalized fields of a Timex, without the span."""

    __slots__ = ("value", "precision", "method", "end", "kind")

    def __init__(self, value, precision, method, end=None, kind="date"):
        if value is None:
            precision, end = None, None
        self.value, self.precision, self.method, self.end, self.kind = value, precision, method, end, kind


def _cue(m: re.Match) -> Optional[str]:
    c = m.groupdict().get("cue")
    return " ".join(c.lower().split()) if c else None


def _kind(m: re.Match, default: str = "date") -> str:
    c = _cue(m)
    if c in SINCE_CUES:
        return "since"
    if c in DEADLINE_CUES:
        return "deadline"
    return default


def _pick(make: Callable[[int], Optional[tuple]], anchor: Optional[_Anchor], tense_: Optional[str]):
    """(value, end) for the year nearest the anchor that agrees with the tense."""
    if anchor is None:
        return None, None
    cands = []
    for y in (anchor.y - 1, anchor.y, anchor.y + 1):
        r = make(y)
        if r is not None:
            lo, hi = _span(*r)
            cands.append((lo, hi, r))
    if tense_ == "past":
        cands = [c for c in cands if c[0] <= anchor.hi]
        return max(cands, key=lambda c: c[0])[2] if cands else (None, None)
    if tense_ == "future":
        cands = [c for c in cands if c[1] >= anchor.lo]
        return min(cands, key=lambda c: c[0])[2] if cands else (None, None)
    if not cands:
        return None, None

    def distance(c):
        return max(0, (c[0] - anchor.hi).days, (anchor.lo - c[1]).days), c[0]

    return min(cands, key=distance)[2]


def _last_next(make: Callable[[int], Optional[tuple]], anchor: Optional[_Anchor], delta: int):
    """Latest occurrence ended before the anchor (delta -1; -2 the one before it) or first started after it (+1)."""
    if anchor is None or anchor.m is None:
        return None, None
    cands = []
    for y in range(anchor.y - 3, anchor.y + 4):
        r = make(y)
        if r is not None:
            lo, hi = _span(*r)
            cands.append((lo, hi, r))
    if delta < 0:
        # (-2: the one before the latest, "позапрошлой осенью")
        cands = sorted((c for c in cands if c[1] < anchor.lo), key=lambda c: c[0], reverse=True)
    else:
        cands = sorted((c for c in cands if c[0] > anchor.hi), key=lambda c: c[0])
    return cands[abs(delta) - 1][2] if len(cands) >= abs(delta) else (None, None)


def _month_of(word: str, lang: str) -> Optional[int]:
    return int(word) if word.isdigit() else month_number(word, lang)


def _conn_ok(m: re.Match) -> bool:
    """"and"/"и" join a range only after between/между; "по"/"до" only after с/от."""
    conn = m["conn"].strip().lower()
    cue = _cue(m)
    if conn in ("and", "и"):
        return cue in ("between", "между")
    if conn in ("по", "до"):
        return cue in ("с", "со", "от", "начиная с", "начиная со")
    return True
