"""Handlers: one per kind of expression (explicit dates, ranges, months, seasons and quarters,
relative expressions), each turning a match into a normalized value against the anchor."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Optional

from bellink.ingest.time.atoms import _R, _conn_ok, _cue, _kind, _last_next, _month_of, _pick, _rel_delta
from bellink.ingest.time.words import (
    EN_DECADE_WORDS, EN_MONTH_ABBREVS, EN_NUMBERS, EN_ORDINALS, EN_SEASONS, RU_DECADE_STEMS, RU_NUMBERS,
    RU_SEASONS, RU_SEASON_ADVERBS, RU_WEEKDAYS_ACCUSATIVE, _Anchor, _norm, _shift_month, _valid, _ym,
    month_number, weekday_number,
)



# --- handlers: explicit dates ----------------------------------------------------------


def _h_full_date(m, ctx):
    y, mo, d = int(m["y"]), _month_of(m["m"], ctx.lang), int(m["d"])
    if not mo or not _valid(y, mo, d):
        return None
    return _R(f"{y:04d}-{mo:02d}-{d:02d}", "day", "explicit", kind=_kind(m))


def _h_day_month(m, ctx):
    mo, d = _month_of(m["m"], ctx.lang), int(m["d"])
    if not mo or d > (29 if mo == 2 else 30 if mo in (4, 6, 9, 11) else 31):
        return None
    value, _ = _pick(lambda y: (f"{y:04d}-{mo:02d}-{d:02d}", None) if _valid(y, mo, d) else None,
                     ctx.anchor, ctx.tense(m))
    return _R(value, "day", "relative", kind=_kind(m))


def _h_month_year(m, ctx):
    mo = month_number(m["m"], ctx.lang)
    if not mo:
        return None
    return _R(_ym(int(m["y"]), mo), "month", "explicit", kind=_kind(m))


def _h_year(m, ctx):
    cue, part = _cue(m), m["part"]
    # "the year 2015", "2015 год", "на 2019-й" (an ordinal ending makes the number a year's name, never an amount)
    marked = m.groupdict().get("yw") or ctx.lang == "ru" and _RU_YEAR_ENDING.search(m.group(0))
    if not (cue or part or m.groupdict().get("qual") or marked):
        return None  # a bare number is a year only in a year context
    if ctx.lang == "ru":
        if cue and not (part or marked) and cue not in (
            "в", "во", "с", "со", "до", "к", "ко", "после", "начиная с", "начиная со",
            "вплоть до", "не позднее", "не позже", "в течение"):
            return None  # "на 2020", "за 2020" are amounts unless "год" follows
    else:
        if cue in ("on", "at") and not part:
            return None
        if cue == "of" and not part and _COUNT_OF.search(ctx.text, 0, m.start()):
            return None  # "a total of 2000"
    return _R(m["y"], "year", "explicit", kind=_kind(m))


_RU_YEAR_ENDING = re.compile(r"\d-(?:го|м|й|ом)$")
_COUNT_OF = re.compile(r"\b(?:total|number|sum|maximum|minimum|amount|average|out)\s*$", re.I)


def _h_decade(m, ctx):
    gd = m.groupdict()
    if gd.get("dec"):
        dec = int(gd["dec"]) // 10
    elif gd.get("dec2"):
        dec = 190 + int(gd["dec2"]) // 10
    elif gd.get("decw"):
        if ctx.lang == "en" and not gd.get("the"):
            return None  # "in his nineties" is an age
        w = gd["decw"].lower()
        dec = EN_DECADE_WORDS.get(w) or next((v for k, v in RU_DECADE_STEMS.items() if w.startswith(k)), None)
    else:
        return None
    if gd.get("short") and not (_cue(m) or m["part"] or gd.get("yw")):
        return None  # "90-х" needs "в" or "годов" to be a decade
    return _R(str(dec), "decade", "explicit", kind=_kind(m))


# --- handlers: ranges -------------------------------------------------------------------


def _h_day_range(m, ctx):
    """10-16 сентября, September 10-16, from 10 to 16 September (2021)."""
    if not _conn_ok(m):
        return None
    mo, d1, d2 = month_number(m["m"], ctx.lang), int(m["d1"]), int(m["d2"])
    if not mo or d1 >= d2:
        return None

    def make(y):
        if _valid(y, mo, d1) and _valid(y, mo, d2):
            return f"{y:04d}-{mo:02d}-{d1:02d}", f"{y:04d}-{mo:02d}-{d2:02d}"
        return None

    if m["y"]:
        value, end = make(int(m["y"])) or (None, None)
        return _R(value, "day", "explicit", end, "range") if value else None
    value, end = _pick(make, ctx.anchor, ctx.tense(m))
    return _R(value, "day", "relative", end, "range")


def _cross_range(m, ctx, unit: str):
    """28 September - 3 October, March-May 2017, с марта 2017 по май 2018 года."""
    if not _conn_ok(m):
        return None
    gd = m.groupdict()
    m1, m2 = month_number(gd["m1"], ctx.lang), month_number(gd["m2"], ctx.lang)
    d1, d2 = (int(gd["d1"]), int(gd["d2"])) if unit == "day" else (1, 1)
    if not (m1 and m2):
        return None
    y1, y2 = gd.get("y1") and int(gd["y1"]), gd.get("y2") and int(gd["y2"])
    wraps = (m1, d1) >= (m2, d2)  # December 28 - January 3 crosses the new year

    def fmt(y, mo, d):
        return f"{y:04d}-{mo:02d}-{d:02d}" if unit == "day" else _ym(y, mo)

    def make(y):
        ye = y + 1 if wraps else y
        if _valid(y, m1, d1) and _valid(ye, m2, d2):
            return fmt(y, m1, d1), fmt(ye, m2, d2)
        return None

    if y1 or y2:
        if y1 and y2:
            if (y1, m1, d1) >= (y2, m2, d2) or not (_valid(y1, m1, d1) and _valid(y2, m2, d2)):
                return None
            value, end = fmt(y1, m1, d1), fmt(y2, m2, d2)
        elif y2:
            value, end = make(y2 - 1 if wraps else y2) or (None, None)
        else:
            value, end = make(y1) or (None, None)
        return _R(value, unit, "explicit", end, "range") if value else None
    if unit == "month" and m1 == m2:
        return None
    if not (_cue(m) or m["part"] or unit == "day"):
        return None  # "March-May" alone at a sentence start could be a title
    value, end = _pick(make, ctx.anchor, ctx.tense(m))
    return _R(value, unit, "relative", end, "range")


def _h_cross_day_range(m, ctx):
    return _cross_range(m, ctx, "day")


def _h_month_range(m, ctx):
    return _cross_range(m, ctx, "month")


def _h_year_range(m, ctx):
    if not _conn_ok(m):
        return None
    y1, raw = int(m["y1"]), m["y2"]
    y2 = (y1 // 100) * 100 + int(raw) if len(raw) == 2 else int(raw)
    if len(raw) == 2 and m["conn"].strip() not in ("-", "‐", "‑", "‒", "–", "—", "/"):
        return None  # "from 2014 to 15" is not a range of years
    if not y1 < y2 <= y1 + 100:
        return None
    return _R(str(y1), "year", "explicit", str(y2), "range")


# --- handlers: months, seasons, quarters -----------------------------------------------

# "May" is a month only next to a day or year, or after one of these.
_MAY_CUES = ("in", "since", "during", "from", "ever since", "through", "throughout")
_EN_BARE_MONTH_CUES = (
    "in", "since", "ever since", "by", "until", "till", "from", "during", "through", "throughout",
    "before", "after", "for", "up to", "no later than", "not later than", "between",
)


_WEEK_ORD = {"first": 0, "перв": 0, "second": 1, "втор": 1, "third": 2, "трет": 2, "fourth": 3, "четв": 3}


def _h_week_of_month(m, ctx):
    """"the last week of April", "за последнюю неделю апреля": a Monday-to-Sunday week of the month (a week belongs to
    the month that holds its Thursday, as in ISO weeks), as a day range like "last week"."""
    from calendar import monthrange
    from datetime import date

    mo = month_number(m["m"], ctx.lang)
    if not mo:
        return None
    wk = m["wk"].lower()
    n = next((v for k, v in _WEEK_ORD.items() if wk.startswith(k)), None)

    def make(y):
        day = date(y, mo, monthrange(y, mo)[1] if n is None else 1)
        monday = day - timedelta(days=day.weekday())
        if (monday + timedelta(days=3)).month != mo:
            monday += timedelta(days=-7 if n is None else 7)  # the week has most of its days in the next (last) month
        monday += timedelta(days=7 * (n or 0))
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()

    value, end = _pick(make, ctx.anchor, ctx.tense(m))
    # "за последнюю неделю апреля ушло 12 МТ-ЛБ, как уточнили в проекте": what happened over the week, never when it
    # was said (statements take only "date" expressions)
    kind = "period" if _cue(m) in ("за", "over", "during", "в течение", "throughout") else _kind(m)
    return _R(value, "day", "relative", end=end, kind=kind)


def _h_day_of_month(m, ctx):
    """"on the last day of January", "в последний день января", "the first day of May": that day."""
    from calendar import monthrange
    from datetime import date

    mo = month_number(m["m"], ctx.lang)
    if not mo:
        return None
    first = m["dd"].lower().startswith(("first", "перв"))

    def make(y):
        return date(y, mo, 1 if first else monthrange(y, mo)[1]).isoformat(), None

    value, _ = _pick(make, ctx.anchor, ctx.tense(m))
    return _R(value, "day", "relative", kind=_kind(m))


# a month standing alone at the head of a sentence, closed by a full stop, colon or dash: a chronology's heading
_HEADING = re.compile(r"\s*")
_HEADING_END = re.compile(r"\s*(?:[.:]|[–—-]\s)")


def _h_bare_month(m, ctx):
    word = m["m"]
    mo = month_number(word, ctx.lang)
    if not mo:
        return None
    cue, part, rel = _cue(m), m["part"], m.groupdict().get("rel")
    if not (cue or part or rel) and _HEADING.fullmatch(ctx.text, 0, m.start()) and \
            _HEADING_END.match(ctx.text, m.end()) and _norm(word) not in EN_MONTH_ABBREVS:
        # "Март. В бригаду поступила третья батарея", "October: the contract was signed": a chronology's heading
        # dates its paragraph, in the past of the report unless its words look ahead
        value, _ = _pick(lambda y: (_ym(y, mo), None), ctx.anchor, ctx.tense(m) or "past")
        return _R(value, "month", "relative", kind=_kind(m))
    if ctx.lang == "en":
        if _norm(word) in EN_MONTH_ABBREVS:
            return None  # "by Jan Kowalski": abbreviations only inside dates
        if not (part or rel or m["qual"] or cue in _EN_BARE_MONTH_CUES):
            return None
        if mo == 5 and not (part or rel or m["qual"] or cue in _MAY_CUES):
            return None
    elif not (cue or part):
        return None

    def make(y):
        return _ym(y, mo), None

    delta = _rel_delta(rel)
    if delta in (-1, 1):
        value, _ = _last_next(make, ctx.anchor, delta)
    elif delta == 0:
        value = _ym(ctx.anchor.y, mo) if ctx.anchor else None
    else:
        value, _ = _pick(make, ctx.anchor, ctx.tense(m))
    return _R(value, "month", "relative", kind=_kind(m))


def _h_month_rel_year(m, ctx):
    """"in August last year", "в августе прошлого года"."""
    mo = month_number(m["m"], ctx.lang)
    if not mo:
        return None
    a = ctx.anchor
    value = _ym(a.y + _rel_delta(m["rel"]), mo) if a else None
    return _R(value, "month", "relative", kind=_kind(m))


def _season_value(y: int, code: str) -> str:
    return f"{y:04d}-{code}"


def _h_season_explicit(m, ctx):
    code = _season_code(m["season"])
    y = int(m["y"])
    if m.groupdict().get("y2"):
        raw = m["y2"]
        y2 = (y // 100) * 100 + int(raw) if len(raw) == 2 else int(raw)
        if not (code == "WI" and y2 == y + 1):
            return None  # "зимой 2021-2022": only a winter spans two years
    return _R(_season_value(y, code), "season", "explicit", kind=_kind(m))


def _season_code(word: str) -> Optional[str]:
    w = word.lower()
    return EN_SEASONS.get(w) or RU_SEASONS.get(w)


_EN_SEASON_CUES = (
    "in", "during", "by", "until", "till", "through", "throughout", "since", "ever since", "for",
    "from", "before", "after", "up to", "no later than", "not later than",
)


def _h_season_rel(m, ctx):
    word = m["season"]
    code = _season_code(word)
    if not code:
        return None
    gd = m.groupdict()
    cue, part, rel, rel2 = _cue(m), gd.get("part"), gd.get("rel"), gd.get("rel2")
    if ctx.lang == "en":
        if word.lower() == "fall" and not (rel or rel2 or cue in ("in", "during", "by", "until", "till")):
            return None  # "since the fall of Communism", "the fall in prices"
        if not (rel or rel2 or part or gd.get("qual") or cue in _EN_SEASON_CUES):
            return None
    elif not (rel or rel2 or cue or part or word.lower() in RU_SEASON_ADVERBS):
        return None
    a = ctx.anchor

    def make(y):
        return _season_value(y, code), None

    if rel2:
        value = _season_value(a.y + _rel_delta(rel2), code) if a else None
    elif rel:
        delta = _rel_delta(rel)
        if delta:
            value, _ = _last_next(make, a, delta)
        elif a is None or (code == "WI" and a.m is None):
            value = None  # "this winter" straddles two years: needs the month
        else:
            value = _season_value(a.y - (code == "WI" and a.m <= 2), code)
    else:
        value, _ = _pick(make, a, ctx.tense(m))
    return _R(value, "season", "relative", kind=_kind(m))


_RU_ORD = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "последн": -1, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def _ordinal(word: str) -> Optional[int]:
    w = word.lower().replace("ё", "е")
    if w in EN_ORDINALS:
        return EN_ORDINALS[w]
    if w[0].isdigit():
        return int(w[0])
    if w in _RU_ORD:
        return _RU_ORD[w]
    return next((v for k, v in _RU_ORD.items() if len(k) > 3 and w.startswith(k)), None)


def _h_quarter_half(m, ctx):
    gd = m.groupdict()
    unit = gd["qh"].lower()
    half = unit.startswith(("half", "полугод", "половин", "h"))
    code, top = ("H", 2) if half else ("Q", 4)
    n = int(gd["qn"]) if gd.get("qn") else _ordinal(gd["ord"])
    if n is None:
        return None
    bare_last = n == -1 and not gd.get("the") and not (gd.get("y") or gd.get("yb") or gd.get("rel"))
    if n == -1:
        n = top
    if not 1 <= n <= top:
        return None
    y = gd.get("y") or gd.get("yb")
    if y:
        return _R(f"{y}-{code}{n}", "half" if half else "quarter", "explicit", kind=_kind(m))
    a = ctx.anchor
    precision = "half" if half else "quarter"
    rel = gd.get("rel")
    if rel is not None or gd.get("cur"):
        value = f"{a.y + (_rel_delta(rel) or 0):04d}-{code}{n}" if a else None
        return _R(value, precision, "relative", kind=_kind(m))
    if bare_last and not half:
        # "last quarter": the quarter before the anchor's
        if a is None or a.m is None:
            return _R(None, None, "relative", kind=_kind(m))
        y2, q = divmod((a.y * 4 + (a.m - 1) // 3) - 1, 4)
        return _R(f"{y2:04d}-Q{q + 1}", precision, "relative", kind=_kind(m))
    value, _ = _pick(lambda yy: (f"{yy:04d}-{code}{n}", None), a, ctx.tense(m))
    return _R(value, precision, "relative", kind=_kind(m))


def _h_quarter_code(m, ctx):
    """"Q3 2021", "H1": same as the words, but "the" is not part of it."""
    return _h_quarter_half(m, ctx)


# --- handlers: relative --------------------------------------------------------------------

_REL_DAYS = {
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "last night": -1, "tomorrow": 1,
    "the day after tomorrow": 2, "позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1,
    "послезавтра": 2,
}


def _h_rel_day(m, ctx):
    a = ctx.anchor
    delta = _REL_DAYS[" ".join(m["rd"].lower().split())]
    if a and not a.day and a.m and delta == 0:
        # "today" on a page dated to the month only ("date 2022-06"): that month, no finer (never the ingest day)
        return _R(_ym(a.y, a.m), "month", "relative", kind=_kind(m))
    value = (a.day + timedelta(days=delta)).isoformat() if a and a.day else None
    return _R(value, "day", "relative", kind=_kind(m))


def _unit_of(word: str) -> str:
    w = word.lower()
    for key, unit in (("week", "week"), ("недел", "week"), ("month", "month"), ("месяц", "month"),
                      ("quarter", "quarter"), ("квартал", "quarter"), ("year", "year"), ("год", "year"),
                      ("лет", "year"), ("day", "day"), ("дн", "day"), ("ден", "day")):
        if w.startswith(key):
            return unit
    raise KeyError(word)


def _shifted(a: Optional[_Anchor], unit: str, delta: int, kind: str, method: str = "relative") -> _R:
    """The anchor's week / month / quarter / year moved by delta units."""
    if unit == "year":
        return _R(f"{a.y + delta:04d}" if a else None, "year", method, kind=kind)
    if unit == "month":
        if not a or not a.m:
            return _R(None, None, method, kind=kind)
        return _R(_ym(*_shift_month(a.y, a.m, delta)), "month", method, kind=kind)
    if unit == "quarter":
        if not a or not a.m:
            return _R(None, None, method, kind=kind)
        y, q = divmod(a.y * 4 + (a.m - 1) // 3 + delta, 4)
        return _R(f"{y:04d}-Q{q + 1}", "quarter", method, kind=kind)
    if unit == "week":
        if not a or not a.day:
            return _R(None, None, method, kind=kind)
        monday = a.day - timedelta(days=a.day.isoweekday() - 1) + timedelta(weeks=delta)
        return _R(monday.isoformat(), "day", method, (monday + timedelta(days=6)).isoformat(),
                  "range" if kind == "date" else kind)
    if unit == "day":
        if not a or not a.day:
            return _R(None, None, method, kind=kind)
        return _R((a.day + timedelta(days=delta)).isoformat(), "day", method, kind=kind)
    raise KeyError(unit)


def _h_rel_unit(m, ctx):
    """this year, last month, next week, earlier this month, до конца года, в прошлом году."""
    gd = m.groupdict()
    mod = " ".join((gd.get("mod") or "").lower().split())
    if ctx.lang == "en":
        if mod in ("the", "") and not gd.get("part") and not mod.startswith(("earlier", "later")):
            return None  # "the year" alone is the story's year, not the anchor's
        if mod in ("last", "next") and _THE_BEFORE.search(ctx.text, 0, m.start("mod")):
            return None  # "over the last year" is a duration, "the next year" the story's
        delta = 0 if mod.startswith(("earlier", "later")) or mod == "the" else _rel_delta(mod)
    else:
        if not mod:
            unit_word = gd["unit"].lower()
            if not gd.get("part") or unit_word not in ("года", "месяца", "недели", "квартала"):
                return None  # "в течение года" is a duration
        delta = _rel_delta(mod) or 0
    return _shifted(ctx.anchor, _unit_of(gd["unit"]), delta, _kind(m))


def _h_before_last(m, ctx):
    """"the year before last", "the autumn before last": the one before the last (as "позапрошлый")."""
    if m["unit"]:
        return _shifted(ctx.anchor, _unit_of(m["unit"]), -2, _kind(m))
    code = _season_code(m["season"])
    if not code:
        return None
    value, _ = _last_next(lambda y: (_season_value(y, code), None), ctx.anchor, -2)
    return _R(value, "season", "relative", kind=_kind(m))


_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)


def _h_year_end(m, ctx):
    a = ctx.anchor
    return _R(f"{a.y:04d}" if a else None, "year", "relative", kind=_kind(m))


def _h_few_ago(m, ctx):
    """"a few days ago", "несколько дней назад": the week before the report; "a few weeks ago": the five weeks before
    that week (a range, never the report's day)."""
    a = ctx.anchor
    if a is None or a.day is None:
        return _R(None, None, "relative", kind="range")
    weeks = m["unit"].lower().startswith(("week", "недел"))
    lo, hi = (a.day - timedelta(days=42), a.day - timedelta(days=7)) if weeks else \
        (a.day - timedelta(days=7), a.day - timedelta(days=1))
    return _R(lo.isoformat(), "day", "relative", hi.isoformat(), "range")


def _h_recent_days(m, ctx):
    """"in recent days", "в последние дни": the week up to the report."""
    a = ctx.anchor
    if a is None or a.day is None:
        return _R(None, None, "relative", kind="range")
    return _R((a.day - timedelta(days=7)).isoformat(), "day", "relative", a.day.isoformat(), "range")


def _h_weekend(m, ctx):
    """"over the weekend", "в выходные": Saturday and Sunday, the last ones on or before the report (the next ones in
    a future clause)."""
    a = ctx.anchor
    if a is None or a.day is None:
        return _R(None, None, "relative", kind="range")
    wd = a.day.isoweekday()  # Monday 1 .. Sunday 7
    if ctx.tense(m) == "future" and wd < 6:
        sat = a.day + timedelta(days=6 - wd)
    else:
        sat = a.day - timedelta(days=(wd - 6) % 7)
    return _R(sat.isoformat(), "day", "relative", (sat + timedelta(days=1)).isoformat(), "range")


def _h_ago(m, ctx):
    gd = m.groupdict()
    n_word, unit_word = gd.get("n"), gd["unit"].lower()
    if n_word:
        w = n_word.lower()
        n = int(w) if w.isdigit() else EN_NUMBERS.get(w) or RU_NUMBERS.get(w)
    elif unit_word in ("день", "неделю", "месяц", "год"):
        n = 1  # "неделю назад" = one week ago
    else:
        return None
    if not n:
        return None
    unit = _unit_of(unit_word)
    if unit == "week":
        unit, n = "day", n * 7
    return _shifted(ctx.anchor, unit, -n, "date")


_CAPITAL_AFTER = re.compile(r"\s+(?-i:[A-Z])")
_CAPITAL_BEFORE = re.compile(r"\w\s+(?-i:[A-Z])\w*\s+\Z")


def _h_weekday(m, ctx):
    gd = m.groupdict()
    wd = weekday_number(gd["wd"], ctx.lang)
    mod = gd.get("mod")
    if ctx.lang == "ru":
        cue = _cue(m)
        if not (mod or cue):
            return None  # "среда" is also "environment"; a weekday takes a preposition
        if cue in ("в", "во", "на") and _norm(gd["wd"]) not in RU_WEEKDAYS_ACCUSATIVE:
            return None  # "в среде военных" is "among the military"
    elif not (mod or _cue(m)) and (_CAPITAL_AFTER.match(ctx.text, m.end()) or _CAPITAL_BEFORE.search(ctx.text, 0, m.start())):
        return None  # a bare weekday inside a name: "the Sunday Times", "Black Friday"
    a = ctx.anchor
    if a is None or a.day is None:
        return _R(None, None, "relative", kind=_kind(m))
    today = a.day.isoweekday()
    delta = _rel_delta(mod)
    if delta == -1:
        shift = -((today - wd) % 7 or 7)
    elif delta == 1:
        shift = (wd - today) % 7 or 7
    elif ctx.tense(m) == "future":
        shift = (wd - today) % 7
    else:
        shift = -((today - wd) % 7)
    return _R((a.day + timedelta(days=shift)).isoformat(), "day", "relative", kind=_kind(m))
