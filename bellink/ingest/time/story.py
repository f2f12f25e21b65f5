"""Time expressions read against the story, not the report: a date the text gave just before.

    "The first battalion came in 2019 and the second a year later."           -> 2020
    "The contract was signed on 12 May 2016. The first four arrived the following year."  -> 2017
    "Первые машины пришли в 2018 году, остальные – через два года."           -> 2020
    "Контракт подписали в марте 2015 года, а годом позже прибыла первая пара." -> 2016
    "Накануне Минобороны сообщило ..." (no date before it in the paragraph)   -> the day before the report
    "... в декабре прошлого года; тогда же на дежурство заступили и С-400"    -> December of last year
    "В 2024 году завод поставил 40 шасси. Холдинг за тот же год поставил 150 прицелов." -> 2024 (the year, not
    the month, when the year was named with a month)
Not story-relative: "в следующем году", "next year" (the report's, found by ``timex``); "накануне визита" (the eve
of an event the text names, not a date).

``timex.find_timexes`` reads one sentence against the publication date; these expressions need the date the
story reached last, so they are found afterwards over the whole text (``add``): the anchor is the nearest
time expression with a value before the expression, in its sentence or the two before it, never across a
paragraph. The value is never more precise than both the anchor and the expression allow: "a year later"
after "in May 2019" is 2020 (a year), "a month later" needs the anchor's month, "the next day" its day. With
no anchor the expression is left out (nothing is guessed), except "накануне" / "the day before", which a
news report reads against its own date.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from itertools import accumulate
from typing import Optional

from bellink.ingest.model import Timex
from bellink.ingest.time.prefilter import Folded, Gate, fold_text

_EN_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_RU_N = {"один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
         "восемь": 8, "девять": 9, "десять": 10, "полтора": 1.5, "пол": 0.5}
_EN_NUM = r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d\d?)"


def _ru_num(g: str) -> str:
    return rf"(?:(?P<{g}>\d\d?|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора)\s+)?"


def _ru_unit(g: str) -> str:
    return rf"(?P<{g}>год(?:а)?|лет|месяц(?:а|ев)?|недел[юиь]|дн(?:я|ей)|день|полгода)"


EN = re.compile(
    rf"\b(?:{_EN_NUM}\s+(?P<unit>day|week|month|year)s?\s+(?:(?P<dir>later|afterwards|earlier)\b"
    r"|(?P<dir2>after|before)\b(?!\s+(?:of|that|when|it|the|its|his|her|their|this|a|an)\b|\s*\w))"
    r"|the\s+(?P<rel>following|next|previous|preceding)\s+(?P<unit2>day|week|month|year)\b"
    r"|the\s+(?P<same>same|very\s+same)\s+(?P<unit3>day|week|month|year|period)\b"
    r"|(?P<then>(?:around|at\s+about|at\s+roughly)\s+the\s+same\s+time)\b"
    r"|(?P<eve>the\s+day\s+before|the\s+previous\s+day)\b(?!\s*\w))", re.I)
RU = re.compile(
    rf"(?<!\w)(?:(?P<dir>спустя|через)\s+{_ru_num('n')}{_ru_unit('unit')}"
    rf"|{_ru_num('n2')}{_ru_unit('unit2')}\s+(?P<dir2>спустя|позже|позднее|раньше|ранее)"
    r"|(?P<unit3>годом|месяцем|неделей|днем|днём)\s+(?P<dir3>позже|позднее|ранее|раньше)"
    r"|на\s+(?P<rel>следующ(?:ий|ую|ее))\s+(?P<unit4>день|неделю|год|утро)"
    r"|в\s+(?:тот\s+же|этот\s+же)\s+(?P<same>день)|в\s+(?:том\s+же|этом\s+же)\s+(?P<same2>году|месяце)"
    r"|(?:за|в)\s+(?:тот\s+же|этот\s+же)\s+(?P<whole>год|месяц|период)"
    r"|(?P<then>тогда\s+же)"
    r"|(?P<eve>накануне)(?!\s+(?-i:[а-яё]+(?:ов|ей|ий|ия|ии|а|я|ы|и)|Дня|Нового|Рождества|[А-ЯЁ]\w+(?:а|я|ов))(?!\w)))"
    r"(?!\w)", re.I)
HINT = re.compile(r"(?i)later|afterward|earlier|before|following|next|previous|preceding|same|спустя|через|позже|"
                  r"позднее|раньше|ранее|следующ|тот же|этот же|том же|этом же|накануне|that year|того же|этого же|тогда же")

SENTENCES_BACK = 2

# "in March that year", "в марте того же года": the month of the year the story named just before (replaces the
# bare month the sentence reading gave against the report)
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
           r"январ[еья]|феврал[еья]|март[еа]?|апрел[еья]|ма[еяй]|июн[еья]|июл[еья]|август[еа]?|сентябр[еья]|"
           r"октябр[еья]|ноябр[еья]|декабр[еья]")
THAT_YEAR = re.compile(rf"(?i)(?<!\w)(?:in\s+|в\s+)?(?P<m>{_MONTHS})(?:\s+of)?\s+(?:that\s+(?:same\s+)?year|"
                       r"(?:того|этого)\s+же\s+года)(?!\w)")
# read against the report: "in the new year" said in December is the next one; "the last decade"
NEW_YEAR = re.compile(r"(?i)(?<!\w)(?:in\s+the\s+new\s+year|в\s+(?:новом|наступающем)\s+году)(?!\w)")
LAST_DECADE = re.compile(r"(?i)(?<!\w)(?:in\s+the\s+(?:last|previous|past)\s+decade|"
                         r"в\s+(?:прошлом|предыдущем|минувшем)\s+десятилетии)(?!\w)")


# Each pattern behind the words every match of it holds, looked for in the text lowercased once: these are searched
# over the whole document, and re tries an IGNORECASE alternation at every position (the six searches cost ~1 ms
# per news article; most articles hold none of them).
_GATES = {rx: Gate(rx) for rx in (EN, RU, HINT, THAT_YEAR, NEW_YEAR, LAST_DECADE)}


# by id: hashing a compiled pattern hashes its whole compiled code again at every look-up
_GATE_OF = {id(rx): gate for rx, gate in _GATES.items()}
_FOLDED = {id(rx): Folded(rx) for rx in _GATES}


def _may(rx: re.Pattern, text: str, folded) -> bool:
    return _GATE_OF[id(rx)].may_match(text, folded)


# In a long text (one huge document) these patterns are not run over all of it: re tries their IGNORECASE
# alternations at every position (a 20 MB document: about 2.5 CPU-s for the six, though it holds none of them). No
# match holds a BARRIER character (the patterns are words, digits and spaces: tests/test_story_dates.py checks each),
# and every match holds one of the words of a part the gate requires (``prefilter.requirements``, sound by
# construction): so every match lies inside a run of the text between two barriers that holds such a word, and only
# those runs are searched, each as ``finditer(text, start, stop)`` (a lookbehind reads the text before the run, and
# the lookaheads and word boundaries read a run's end as they read the barrier after it: none of them can match
# a barrier). The same matches, in the same order.
BARRIER = '.,;:!?()«»"“”„'
_BARRIER = re.compile("[" + re.escape(BARRIER) + "]")
_LAST_BARRIER = re.compile("(?s).*[" + re.escape(BARRIER) + "]")
LONG_TEXT = 200_000  # characters: below it the whole text is searched (an article: runs would cost more)


def _finditer(rx: re.Pattern, text: str, folded):
    """``rx.finditer(text)``: in a long text, only the runs between barriers that hold a required word. (Searched by
    the pattern's case-folded twin in ``folded``, the text lowercased: ``prefilter.Folded``, the same matches.)"""
    low = folded if isinstance(folded, str) else None
    found = _FOLDED[id(rx)].finditer
    need = None
    if len(text) >= LONG_TEXT and isinstance(folded, str):
        spots = [_spots(n.words, folded) for n in _GATE_OF[id(rx)].needs if n.words is not None and not n.digit]
        need = min(spots, key=len) if spots else None
    if need is None:
        yield from found(text, low=low)
        return
    stop = -1
    for at in need:
        if at < stop:
            continue  # in the run just searched
        start = _run_start(text, at)
        m = _BARRIER.search(text, at)
        stop = m.start() if m else len(text)
        yield from found(text, start, stop, low=low)


def _spots(words: tuple, folded: str) -> list:
    """Where the words stand in the lowercased text, in order."""
    out = []
    for w in words:
        i = folded.find(w)
        while i >= 0:
            out.append(i)
            i = folded.find(w, i + 1)
    out.sort()
    return out


def _run_start(text: str, at: int) -> int:
    """Where the run of characters without a barrier that holds ``at`` begins."""
    back = 256
    while True:
        lo = max(0, at - back)
        m = _LAST_BARRIER.match(text, lo, at)
        if m:
            return m.end()
        if lo == 0:
            return 0
        back *= 4


def _search(rx: re.Pattern, text: str, folded):
    return next(_finditer(rx, text, folded), None)


def add(timexes: list, sentences: list, text: str, lang: str, published: Optional[str]) -> list:
    """``timexes`` (sorted by start) with the story-relative expressions of ``text`` added where they resolve."""
    folded = fold_text(text)
    timexes = _report_relative(timexes, text, published, folded)
    timexes = _month_after_dated(timexes, sentences, [s.start for s in sentences], text, lang)
    if not _may(HINT, text, folded):  # HINT is only its words: the gate is the search (a test holds them equal)
        return timexes
    rx = RU if lang == "ru" else EN
    starts = [s.start for s in sentences]
    new = []
    if _may(THAT_YEAR, text, folded) and _search(THAT_YEAR, text, folded):
        timexes = _that_year(timexes, sentences, starts, text, lang, folded)
    index = _Index(timexes)
    for m in (_finditer(rx, text, folded) if _may(rx, text, folded) else ()):
        if index.overlaps(m.start(), m.end()):
            continue
        si = _sentence_of(starts, m.start())
        if si is None:
            continue
        # "the same year", "за тот же год" point back explicitly: a paragraph break (news paragraphs are often one
        # sentence) does not part them from the year the sentence before named
        g = m.groupdict()
        word = g.get("unit3") or g.get("same") or g.get("same2") or g.get("whole") or ""
        same = bool(g.get("same") or g.get("same2") or g.get("whole") or g.get("then"))
        # ... and a year or a period is the story's, not the day the report was made ("said on Wednesday")
        coarse = same and not word.lower().startswith(("day", "день", "дн"))
        value, precision = _resolve(m, lang, _anchor(timexes, sentences, text, si, m.start(), same, coarse,
                                                     index.starts), published)
        if value is None:
            continue
        new.append(Timex(m.start(), m.end(), m.group(0), value, precision, "relative", kind="date"))
    if not new:
        return timexes
    return sorted(timexes + new, key=lambda t: t.start)


def _sentence_of(starts: list, pos: int) -> Optional[int]:
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 else None


def _anchor(timexes: list, sentences: list, text: str, si: int, pos: int, across_paragraph: bool = False,
            no_weekday: bool = False, starts: Optional[list] = None):
    """The nearest time expression with a value before ``pos``: in its sentence or the two before, same paragraph
    (or the paragraph before, for an expression that points back explicitly); with ``no_weekday``, not a day the
    text names by its weekday or as "yesterday" (the report's days). ``timexes`` are sorted by start; ``starts``
    are their starts (given by a caller that asks many times: found by bisection, not by a walk from the
    document's start, which grew with the square of a long document's size)."""
    lo = sentences[max(0, si - SENTENCES_BACK)].start
    if not across_paragraph:
        para = text.rfind("\n", 0, pos)
        lo = max(lo, para + 1)
    if starts is None:
        starts = [t.start for t in timexes]
    i = bisect.bisect_left(starts, pos) - 1
    while i >= 0 and timexes[i].start >= lo:  # the last one before pos that qualifies
        t = timexes[i]
        if t.value and t.precision not in (None, "decade") and not (
                no_weekday and t.precision == "day" and t.method == "relative"):
            return t
        i -= 1
    return None


class _Index:
    """Time expressions sorted by start, with their starts and the running maximum of their stops: whether a span
    overlaps one of them is two look-ups, not a walk over all of them for every match of a long document."""

    def __init__(self, timexes: list):
        self.starts = [t.start for t in timexes]
        self.reach = list(accumulate((t.stop for t in timexes), max))

    def overlaps(self, start: int, stop: int) -> bool:
        j = bisect.bisect_left(self.starts, stop)  # those that start before ``stop``
        return j > 0 and self.reach[j - 1] > start


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith(("полгод",)):
        return "half"
    for key, unit in (("day", "day"), ("дн", "day"), ("ден", "day"), ("week", "week"), ("недел", "week"),
                      ("month", "month"), ("месяц", "month"), ("year", "year"), ("год", "year"), ("лет", "year")):
        if w.startswith(key):
            return unit
    return "day"


def _resolve(m, lang: str, anchor, published: Optional[str]) -> tuple:
    g = m.groupdict()
    if g.get("eve"):
        base = anchor if anchor is not None and anchor.precision == "day" else None
        day = _day(base.value) if base is not None else _day(published or "")
        return (day - timedelta(days=1)).isoformat() if day else None, "day"
    if anchor is None:
        return None, None
    if g.get("then"):
        return anchor.value, anchor.precision  # "тогда же", "around the same time": when the story just said
    if (g.get("unit3") or g.get("whole") or "").lower().startswith(("period", "период")):
        return anchor.value, anchor.precision  # "over the same period", "за тот же период": the period named before
    if g.get("same") or g.get("same2") or g.get("whole") or (g.get("unit3") and lang == "en"):
        unit = _unit(g.get("unit3") or g.get("same") or g.get("same2") or g.get("whole") or "day")
        return _shift(anchor, unit, 0)
    if g.get("rel"):
        unit = _unit(g.get("unit2") or g.get("unit4") or "day")
        if g.get("unit4", "") and g["unit4"].lower() == "утро":
            unit = "day"
        sign = -1 if g["rel"].lower() in ("previous", "preceding") else 1
        return _shift(anchor, unit, sign)
    word = (g.get("dir") or g.get("dir2") or g.get("dir3") or "").lower()
    sign = -1 if word in ("earlier", "before", "раньше", "ранее") else 1
    unit = _unit(g.get("unit") or g.get("unit2") or g.get("unit3") or "")
    n_word = (g.get("n") or g.get("n2") or "").lower()
    n = int(n_word) if n_word.isdigit() else (_EN_N if lang == "en" else _RU_N).get(n_word, 1)
    if unit == "half":
        unit, n = "month", 6
    if n != int(n):
        unit, n = "month", int(n * 12)
    return _shift(anchor, unit, sign * int(n))


def _day(value: str) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _shift(anchor, unit: str, n: int) -> tuple:
    """The anchor moved by ``n`` units, at the precision both allow (None when the anchor is too coarse)."""
    value = anchor.end if n > 0 and anchor.end else anchor.value
    if not value or not value[:4].isdigit():
        return None, None
    y = int(value[:4])
    if unit == "year":
        if n == 0:
            return f"{y:04d}", "year"  # "the same year" after "in May 2016": 2016, the month is not said again
        return f"{y + n:04d}", "year"
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else None
    if unit == "month":
        if month is None:
            return None, None
        k = y * 12 + month - 1 + n
        return f"{k // 12:04d}-{k % 12 + 1:02d}", "month"
    day = _day(value)
    if day is None:
        return None, None
    return (day + timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"


def _report_relative(timexes: list, text: str, published: Optional[str], folded=False) -> list:
    """"in the new year" (the next one when said in November or December, else this one) and "the last decade"."""
    if not published or not published[:4].isdigit() or not (
            _may(NEW_YEAR, text, folded) and _search(NEW_YEAR, text, folded) or
            _may(LAST_DECADE, text, folded) and _search(LAST_DECADE, text, folded)):
        return timexes
    y = int(published[:4])
    m = int(published[5:7]) if len(published) >= 7 and published[5:7].isdigit() else None
    new = []
    for hit in _finditer(NEW_YEAR, text, folded):
        if m is not None:
            new.append(Timex(hit.start(), hit.end(), hit.group(0), f"{y + (m >= 11):04d}", "year", "relative"))
    for hit in _finditer(LAST_DECADE, text, folded):
        new.append(Timex(hit.start(), hit.end(), hit.group(0), str(y // 10 - 1), "decade", "relative"))
    index = _Index(timexes)
    new = [t for t in new if not index.overlaps(t.start, t.stop)]
    return sorted(timexes + new, key=lambda t: t.start) if new else timexes


def _that_year(timexes: list, sentences: list, starts: list, text: str, lang: str, folded=None) -> list:
    from bellink.ingest.time.words import month_number

    out = list(timexes)
    for hit in _finditer(THAT_YEAR, text, folded):
        si = _sentence_of(starts, hit.start())
        if si is None:
            continue
        anchor = _anchor([t for t in out if not (t.start < hit.end() and hit.start() < t.stop)], sentences, text,
                         si, hit.start())
        mo = month_number(hit.group("m"), lang)
        if anchor is None or not mo or not anchor.value[:4].isdigit():
            continue
        out = [t for t in out if not (t.start < hit.end() and hit.start() < t.stop)]
        out.append(Timex(hit.start(), hit.end(), hit.group(0), f"{anchor.value[:4]}-{mo:02d}", "month", "relative"))
    return sorted(out, key=lambda t: t.start)


# "received them in November 2021 and put them into service in December", "получила в ноябре 2021-го, а в декабре они
# были приняты на вооружение": a bare month after a month its sentence dated with a year is that story's month (the
# same year, or the next when the month comes round again), not the one before the report. Not after a future verb
# ("... and will put them on duty in March"), not a month the text gives its own year word ("last December").
BARE_MONTH = re.compile(r"(?i)(?:(?:in|by|since|until|from|в|во|к|до|с|со|на)\s+)?(?P<m>[^\W\d_]+)")


def _month_after_dated(timexes: list, sentences: list, starts: list, text: str, lang: str) -> list:
    from bellink.ingest.time.words import month_number, tense

    out = None
    for i, t in enumerate(timexes):
        if t.method != "relative" or t.precision != "month" or not t.value or len(t.value) != 7:
            continue
        hit = BARE_MONTH.fullmatch(t.text.strip())
        mo = month_number(hit.group("m"), lang) if hit else None
        if not mo:
            continue
        si = _sentence_of(starts, t.start)
        if si is None:
            continue
        sent = sentences[si]
        prev = None
        for j in range(i - 1, -1, -1):  # (back through this sentence only: a long document stays linear)
            p = timexes[j]
            if p.start < sent.start:
                break
            if p.value and p.method == "explicit" and len(p.value) >= 7 and p.value[:4].isdigit() and \
                    p.value[5:7].isdigit():
                prev = p
                break
        if prev is None or re.search(r"[.;:]", text[prev.stop:t.start]):
            continue
        if tense(text[sent.start:sent.stop], lang, t.start - sent.start) == "future":
            continue
        y = int(prev.value[:4]) + (1 if mo < int(prev.value[5:7]) else 0)
        value = f"{y:04d}-{mo:02d}"
        if value != t.value:
            out = out if out is not None else list(timexes)
            out[i] = Timex(t.start, t.stop, t.text, value, "month", "relative", end=t.end, kind=t.kind)
    return out if out is not None else timexes
