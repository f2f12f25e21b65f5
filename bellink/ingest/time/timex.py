"""Time expressions in English and Russian news sentences, normalized to ISO.

``find_timexes(text, lang, anchor, offset)`` returns ``Timex`` objects sorted by
start, never overlapping (the longest candidate wins; on a tie, the rule listed
first). Values are ISO strings truncated to what the text says (see
``bellink.ingest.model``): "in March 2017" is "2017-03", never 2017-03-01.

Span convention: a match covers its governing preposition or cue ("in March
2017", "с 1995 года", "by the end of this year", "on Tuesday"), because the cue
is what makes a bare number a year at all and what makes the kind since /
deadline / range. Dates that stand without one ("December 19", "29 июня") are
matched bare. A lone "the" stays out ("the March 2017 talks" -> "March 2017")
except where it changes the meaning ("the last quarter" is Q4).

Kinds: "since" after since/с/начиная с; "deadline" after by/until/up to/
through/до/к/по/не позднее; "range" for two ends ("2014-2015", "10-16
сентября", and "last week", a Monday-Sunday range of days); else "date".

Resolution against the anchor (the publication date, possibly truncated):

- method "explicit" when the expression states its year, "relative" when the
  anchor was needed. A relative expression whose anchor is missing or too
  coarse (a weekday needs a day, "last month" a month, a bare month a year) is
  still returned, with value and precision None: unresolved, never guessed.
- A day+month, bare month, season or quarter without a year takes the year
  that keeps it nearest the anchor consistent with the tense of the clause:
  past -> latest occurrence starting on or before the anchor, future ->
  earliest occurrence ending on or after it, no tense marker -> the nearest.
  The tense is that of the marker nearest the expression (see ``tense``), so
  in "said on 5 February that it will receive jets in October" February is
  past and October future.
- A weekday is the most recent such day on or before the anchor, or in a future
  clause the first on or after it ("также во вторник ... проведет" in a Tuesday
  article is that Tuesday). "last"/"next" exclude the anchor day itself.
- "last November", "last summer": the latest occurrence that ended before the
  anchor; "next ...": the first that starts after it. "last week" is the
  previous Monday-Sunday, returned as a range of days.
- "this winter" is the winter containing or following the anchor; seasons
  and their bounds are described in ``bellink.dates``.
- Known gaps: slash dates (06/17/2015 vs 17/06/2015 cannot be told apart) are
  left alone; "the previous year", "that day" refer to the story, not the
  anchor, and are not matched, while "by the end of the year" in a story
  about another year is still read against the anchor; spelled-out years
  ("две тысячи двадцать первый") and ordinal days without a month ("on the
  5th") are not matched; Russian perfective futures outside the marker list
  ("уедет" is listed, most are not) read as tenseless; a weekday next to a
  date is absorbed into it without checking they agree; "Feb 29" resolves
  only when a leap year is within a year of the anchor.

This module holds the rules of both languages and ``find_timexes``; the word lists and tense are in
``words``, the regex atoms and resolution context in ``atoms``, one handler per kind in ``handlers``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bellink.ingest.model import Timex
from bellink.ingest.time.prefilter import _DIGIT, Starts, fold_text, requirements
from bellink.ingest.time.atoms import (
    _Ctx, _DASH, _EN_CONN, _EN_MON, _EN_PRE, _EN_REL, _EN_SEASON, _EN_WD, _NOT_COUNT, _NUM_START, _R,
    _RU_CONN, _RU_MON, _RU_PRE, _RU_REL_ADJ, _RU_SEASON, _RU_WD, _RU_YEAR_SUFFIX, _RU_YEAR_WORD, _en_day,
    _g, _ru_day, _year, _year2,
)
from bellink.ingest.time.handlers import (
    _h_ago, _h_bare_month, _h_day_of_month, _h_few_ago, _h_recent_days, _h_weekend, _h_week_of_month, _h_cross_day_range, _h_day_month, _h_day_range, _h_decade, _h_full_date,
    _h_month_range, _h_month_rel_year, _h_month_year, _h_quarter_code, _h_quarter_half, _h_rel_day,
    _h_before_last, _h_rel_unit, _h_season_explicit, _h_season_rel, _h_weekday, _h_year, _h_year_end, _h_year_range,
)
from bellink.ingest.time.words import (  # noqa: F401 (month_number, weekday_number, tense: public here)
    _parse_anchor, month_number, tense, weekday_number,
)


# --- rules -----------------------------------------------------------------------------------
#
# A rule is the core of an expression (what must be there) and its handler.
# The optional cue before it ("in", "by the end of", "с") is found afterwards
# by matching _EN_PRE/_RU_PRE leftwards from the core: a pattern that starts
# with optional words cannot be located quickly, one that starts with a digit
# or a month name can. Rules listed first win ties of length.


# ISO day-month-year, the same in both languages: "2021-06-29"
_ISO_DATE = rf"{_NUM_START}(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"


def _en_rules():
    mon = _g("m", _EN_MON)
    yr = _year()
    ord_ = r"first|second|third|fourth|1st|2nd|3rd|4th|last|final"
    return [
        # ISO and numeric day-month-year: "2021-06-29", "17.06.2015".
        (_ISO_DATE, _h_full_date),
        (rf"{_NUM_START}(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)",
         _h_full_date),
        # Ranges before their parts, so that on a tie of length they win.
        (rf"{_g('m1', _EN_MON)}\s+{_en_day('1')}(?:,?\s+{_year('1')})?{_EN_CONN}"
         rf"{_g('m2', _EN_MON)}\s+{_en_day('2', False)}(?:,?\s+{_year('2')})?", _h_cross_day_range),
        (rf"{_en_day('1')}(?:\s+of)?\s+{_g('m1', _EN_MON)}(?:,?\s+{_year('1')})?{_EN_CONN}"
         rf"(?:the\s+)?{_en_day('2', False)}(?:\s+of)?\s+{_g('m2', _EN_MON)}(?:,?\s+{_year('2')})?", _h_cross_day_range),
        (rf"{mon}\s+{_en_day('1')}{_EN_CONN}{_en_day('2', False)}(?:,?\s+{yr})?{_NOT_COUNT}", _h_day_range),
        (rf"{_en_day('1')}{_EN_CONN}(?:the\s+)?{_en_day('2', False)}(?:\s+of)?\s+{mon}(?:,?\s+{yr})?", _h_day_range),
        (rf"{_g('m1', _EN_MON)}(?:,?\s+{_year('1')})?{_EN_CONN}{_g('m2', _EN_MON)}(?:,?\s+{_year('2')})?",
         _h_month_range),
        (rf"{_NUM_START}(?P<y1>(?:19|20)\d\d)(?P<conn>\s*(?:{_DASH}|/)\s*|\s+(?:to|through|till|until|and)\s+)"
         rf"{_year2()}(?!\s*{_DASH}\s*\d){_NOT_COUNT}", _h_year_range),
        # Full dates and months of a year.
        (rf"{mon}\s+{_en_day()}(?:\s*,\s*|\s+){yr}", _h_full_date),
        (rf"{_en_day()}(?:\s+of)?\s+{mon},?\s+{yr}", _h_full_date),
        (rf"{mon}(?:\s*,\s*|\s+of\s+|\s+){yr}{_NOT_COUNT}", _h_month_year),
        # Seasons, halves, quarters.
        (rf"(?P<season>{_EN_SEASON})(?:\s+of)?\s+{yr}(?:\s*(?:{_DASH}|/)\s*{_year2()})?", _h_season_explicit),
        (rf"\b(?P<ord>{ord_})\s+(?P<qh>quarter|half)(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+)?"
         rf"(?:year\s+)?(?:{yr}|(?P<rel>{_EN_REL}|the)\s+year)|\s+{_year('b')})?(?!\s+of\b)", _h_quarter_half),
        (rf"(?<![\w-])(?-i:(?P<qh>[QH]))(?P<qn>[1-4])(?![\w-])(?:\s+(?:of\s+)?{yr})?", _h_quarter_code),
        (rf"\bthe\s+(?:(?P<unit>week|month|year)|(?P<season>{_EN_SEASON}))\s+before\s+last\b", _h_before_last),
        (rf"\b(?:(?P<rel>this\s+past|{_EN_REL}|the\s+upcoming)\s+)?(?P<season>{_EN_SEASON})"
         rf"(?:\s+of\s+(?P<rel2>this|last|next)\s+year)?(?(rel)|(?!\s+of\b)(?!\s+(?:in|on|at|to|from)\b(?!\s+(?-i:[A-Z])(?!(?:pring|ummer|utumn|all|inter)\b)[a-z])))", _h_season_rel),
        # Decades.
        (rf"{_NUM_START}(?P<dec>(?:19|20)\d0)'?s\b", _h_decade),
        (r"['’](?P<dec2>[3-9]0)s\b", _h_decade),
        (r"\b(?P<decw>thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", _h_decade),
        # Day and month without a year.
        (rf"{mon}\s+{_en_day()}{_NOT_COUNT}(?!\s*{_DASH}\s*\d)", _h_day_month),
        (rf"{_en_day()}(?:\s+of)?\s+{mon}", _h_day_month),
        (rf"{mon}(?:\s+of)?\s+(?P<rel>{_EN_REL})\s+year\b", _h_month_rel_year),
        (rf"\b(?:the\s+)?(?P<wk>first|second|third|fourth|last|final)\s+week\s+of\s+{mon}(?!\s*\d)", _h_week_of_month),
        (rf"\b(?:the\s+)?(?P<dd>first|last|final)\s+day\s+of\s+{mon}(?!\s*\d)", _h_day_of_month),
        (rf"\b(?:(?P<rel>this\s+past|last|next|this)\s+)?{mon}(?!\s*(?:\d{{1,2}}(?!\d)|\d{{4}}))", _h_bare_month),
        # Years.
        (rf"{yr}{_NOT_COUNT}", _h_year),
        (rf"\b(?P<yw>year)\s+{yr}{_NOT_COUNT}", _h_year),
        # Relative to the anchor.
        (r"\b(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|"
         r"tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b", _h_rel_day),
        (r"\b(?P<mod>(?:earlier|later)\s+(?:this|in\s+the)|this|last|next|the\s+current|the\s+coming|the)\s+"
         r"(?P<unit>week|month|quarter|year)(?![\w-])", _h_rel_unit),
        (r"\b(?:year[-\s]end|end[-\s]year)\b", _h_year_end),
        (r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d\d?)\s+"
         r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b", _h_ago, False),
        (r"\b(?:a\s+few|several|some)\s+(?P<unit>days|weeks)\s+ago\b", _h_few_ago, False),
        (r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past\s+few|last\s+few)\s+days\b", _h_recent_days, False),
        (r"\b(?:(?:over|at|during|on)\s+the|this\s+past|last)\s+weekend\b", _h_weekend, False),
        (rf"\b(?:(?P<mod>last|this|next|this\s+past|the\s+coming)\s+)?(?P<wd>{_EN_WD})", _h_weekday),
    ]


# what may not follow a Russian month read alone: a year ("в ноябре 2016", read with it by another rule); a count
# may ("в ноябре 120-я бригада получит", "в январе 12 машин ушли": a day never follows the month in Russian)
_RU_NO_YEAR_AFTER = r"(?!\s*(?:\d{4}|\d{1,2}\s*(?:-?го\b|г\.|год)))"


def _ru_rules():
    mon = _g("m", _RU_MON)
    yr = _year()
    yw = rf"{_RU_YEAR_SUFFIX}(?:\s*{_RU_YEAR_WORD})?"
    return [
        (_ISO_DATE, _h_full_date),
        (rf"{_NUM_START}(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)"
         rf"(?:\s*(?:года|г\.))?", _h_full_date),
        (rf"{_ru_day('1')}\s+{_g('m1', _RU_MON)}(?:\s+{_year('1')}{yw})?{_RU_CONN}"
         rf"{_ru_day('2', False)}\s+{_g('m2', _RU_MON)}(?:\s+{_year('2')}{yw})?", _h_cross_day_range),
        (rf"{_ru_day('1')}{_RU_CONN}{_ru_day('2', False)}\s+{mon}(?:\s+{yr}{yw})?", _h_day_range),
        (rf"{_g('m1', _RU_MON)}(?:\s+{_year('1')}{yw})?{_RU_CONN}{_g('m2', _RU_MON)}"
         rf"(?:\s+{_year('2')}{_RU_YEAR_SUFFIX}(?:\s*(?:годов|годах|годы|гг\.|{_RU_YEAR_WORD}))?)?", _h_month_range),
        (rf"{_NUM_START}(?P<y1>(?:19|20)\d\d)(?:\s*{_RU_YEAR_WORD})?"
         rf"(?P<conn>\s*(?:{_DASH}|/)\s*|\s+(?:по|до|и)\s+){_year2()}(?!\s*{_DASH}\s*\d)"
         rf"(?:-?(?:го|х|е))?(?:\s*(?:годах|годы|годов|годам|годами|года|году|год|гг\.|г\.г\.|г\.))?{_NOT_COUNT}",
         _h_year_range),
        (rf"{_ru_day()}\s+{mon}\s+{yr}{yw}", _h_full_date),
        (rf"{mon}\s+{yr}{yw}{_NOT_COUNT}", _h_month_year),
        (rf"(?P<season>{_RU_SEASON})\s+{yr}(?:\s*(?:{_DASH}|/)\s*{_year2()})?"
         rf"{_RU_YEAR_SUFFIX}(?:\s*(?:годов|гг\.|{_RU_YEAR_WORD}))?", _h_season_explicit),
        (r"(?<!\w)(?P<ord>перв\w*|втор\w*|трет\w*|четв[её]рт\w*|последн\w*|IV|I{1,3}|[1-4]-?(?:м|й|го|ом|е|ого))"
         rf"\s+(?P<qh>полугоди[еяию]|квартал[еау]?|половин[еуаы])(?!\w)"
         rf"(?:\s+(?:{yr}{yw}|(?:(?P<rel>{_RU_REL_ADJ})\s+)?(?P<cur>года)(?!\w)))?(?!\s*\d)(?!\s+{_RU_MON})",
         _h_quarter_half),
        (rf"(?<!\w)(?:(?P<rel>{_RU_REL_ADJ})\s+)?(?P<season>{_RU_SEASON})"
         rf"(?:\s+(?P<rel2>{_RU_REL_ADJ})\s+года)?(?!\s*\d)", _h_season_rel),
        (rf"{_NUM_START}(?P<dec>(?:19|20)\d0)-?(?:х|е|ые|ых|ми)(?:\s+(?P<yw>годах|годы|годов|годами|гг\.))?(?!\w)",
         _h_decade),
        (rf"{_NUM_START}(?P<short>(?P<dec2>[3-9]0))-?(?:х|е|ые|ых|ми)(?:\s+(?P<yw>годах|годы|годов|годами|гг\.))?(?!\w)",
         _h_decade),
        (r"(?<!\w)(?P<decw>(?:тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)(?:ые|ых|ыми))"
         r"\s+(?P<yw>годах|годы|годов|годами)(?!\w)", _h_decade),
        (rf"{_ru_day()}\s+{mon}{_RU_NO_YEAR_AFTER}", _h_day_month),
        (rf"{mon}\s+(?P<rel>{_RU_REL_ADJ})\s+года(?!\w)", _h_month_rel_year),
        (rf"(?<!\w)(?P<wk>перв\w*|втор\w*|трет\w*|четв[её]рт\w*|последн\w*)\s+недел[юиье]\s+{mon}(?!\s*\d)",
         _h_week_of_month),
        (rf"(?<!\w)(?P<dd>перв\w*|последн\w*)\s+(?:день|дня|дне)\s+{mon}(?!\s*\d)", _h_day_of_month),
        (rf"{mon}{_RU_NO_YEAR_AFTER}", _h_bare_month),
        (rf"{yr}{_RU_YEAR_SUFFIX}(?:\s*(?P<yw>{_RU_YEAR_WORD}))?(?!\w){_NOT_COUNT}", _h_year),
        (r"(?<!\w)(?P<rd>позавчера|вчера|сегодня|завтра|послезавтра)(?!\w)", _h_rel_day, False),
        (rf"(?<!\w)(?:(?P<mod>{_RU_REL_ADJ})\s+)?(?P<unit>году|года|год|месяце|месяца|месяц|неделе|недели|неделю|"
         r"квартале|квартала|квартал)(?!\w)", _h_rel_unit),
        (r"(?<!\w)(?:(?P<n>\d\d?|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
         r"одиннадцать|двенадцать)\s+)?(?P<unit>день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|"
         r"год|года|лет)\s+(?:тому\s+)?назад(?!\w)", _h_ago, False),
        (r"(?<!\w)несколько\s+(?P<unit>дней|недель)\s+(?:тому\s+)?назад(?!\w)", _h_few_ago, False),
        (r"(?<!\w)(?:в|за)\s+последние\s+(?:несколько\s+)?(?:дни|дней)(?!\w)", _h_recent_days, False),
        (r"(?<!\w)(?:в|на)\s+(?:минувшие\s+|прошедшие\s+|прошлые\s+)?выходные(?!\w)", _h_weekend, False),
        (rf"(?<!\w)(?:(?P<mod>{_RU_REL_ADJ})\s+)?(?P<wd>{_RU_WD})(?!\s+обитания)", _h_weekday),
    ]


class _Rule:
    """One rule: ``core`` finds the expression, ``full`` (the core behind the optional cue
    words, "since", "the end of") reads it with what precedes. ``full`` is compiled on first
    use: most rules never match in most corpora, and compiling every one cost ~0.2 s a run."""
    __slots__ = ("core", "find", "needs", "_full", "_full_source", "handler", "priority")

    def __init__(self, core, full_source, handler, priority):
        self.core, self._full, self._full_source = core, None, full_source
        # what every match holds (a digit, a month word): a sentence without any of them is not searched
        self.needs = tuple(requirements(core))
        # the core's search, tried only where a match can begin when that is a digit or a capital letter
        self.find = Starts(core).search
        self.handler, self.priority = handler, priority

    @property
    def full(self) -> re.Pattern:
        return self._full or self.compile_full()

    def compile_full(self) -> re.Pattern:
        self._full = re.compile(self._full_source, re.I)
        return self._full


def _compile(rules, pre: str) -> list[_Rule]:
    out = []
    for i, (rx, handler, *takes_pre) in enumerate(rules):
        with_pre = not takes_pre or takes_pre[0]
        out.append(_Rule(re.compile(rx, re.I), pre + rx if with_pre else rx, handler, i))
    return out


@lru_cache(maxsize=None)
def _rules(lang: str) -> list[_Rule]:
    """The rules of one language, compiled when that language is first met (an English
    corpus never pays for the Russian rules)."""
    return _compile(_ru_rules(), _RU_PRE) if lang == "ru" else _compile(_en_rules(), _EN_PRE)


@lru_cache(maxsize=None)
def _plan(lang: str) -> tuple[list, list]:
    """([(rule, the numbers of its needs)], [each distinct need once]): a sentence asks each need at most once,
    and remembers the answer by number."""
    needs: list = []
    number: dict = {}
    plan = []
    for rule in _rules(lang):
        ids = []
        for need in rule.needs:
            if need.key not in number:
                number[need.key] = len(needs)
                needs.append(need)
            ids.append(number[need.key])
        plan.append((rule, tuple(ids)))
    return plan, needs


@lru_cache(maxsize=None)
def _pre_end(lang: str) -> re.Pattern:
    return re.compile((_RU_PRE if lang == "ru" else _EN_PRE) + r"\Z", re.I)


def warm(lang: str) -> None:
    """Compile everything one language needs now, e.g. before forking workers that would
    each compile it again."""
    for rule in _rules(lang):
        rule.compile_full()
    _pre_end(lang)
    _plan(lang)


# Rules whose meaning depends on "the": "the last quarter" is Q4, "last quarter" the previous one.
_THE_RULES = (_h_quarter_half, _h_decade)
_PRE_REACH = 64  # longer than any cue: "not later than the very beginning of the early "
# "on Tuesday, December 20": the weekday only repeats the date.
_WEEKDAY_GLUE = re.compile(r",?\s*\Z")


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _matches(rule: _Rule, text: str, ctx: _Ctx):
    pre_end = _pre_end(ctx.lang)
    pos = 0
    while True:
        core = rule.find(text, pos)
        if core is None:
            return
        start = core.start()
        p = pre_end.search(text, max(0, start - _PRE_REACH), start).start()
        m = rule.full.match(text, p) if p < start else None
        if m is None or m.end() != core.end():
            m = rule.full.match(text, start) or core
        elif rule.handler not in _THE_RULES and m.re.groupindex.get("the") and m["the"] \
                and not (m["cue"] or m["part"]):
            # A lone "the" belongs to the noun phrase, not to the date: "the March 2017 talks".
            m2 = rule.full.match(text, _skip_space(text, m.end("the")))
            if m2 is not None and m2.end() == core.end():
                m = m2
        r = rule.handler(m, ctx)
        if r is None:
            pos = start + 1  # a shorter reading may start inside
            continue
        yield m.start(), m.end(), r
        pos = core.end()


# Every rule needs a digit or one of these words; most sentences have neither, and
# one search here saves running ~40 rules on them. (A test checks that the filter
# never hides a match, on every sentence the tests and the gold corpora hold.)
# Written in lowercase: _HINT_FOLDED searches it in the sentence lowercased (see
# prefilter.fold_text: several times faster than under IGNORECASE).
_HINT_SOURCE = (
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|"
    r"today|tomorrow|tonight|yesterday|spring|summer|autumn|fall|winter|quarter|half|decade|\w+ties\b|ago\b|"
    r"янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек|понедельник|вторник|сред|четверг|пятниц|суббот|"
    r"воскресен|год|месяц|недел|сегодня|вчера|позавчера|завтра|послезавтра|весн|лет|осен|зим|квартал|"
    r"полугоди|назад|десятилет|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност|дни\b|дней\b|"
    r"выходные\b)|days?\b"
)
_HINT = re.compile(_HINT_SOURCE, re.IGNORECASE)
_HINT_FOLDED = re.compile(_HINT_SOURCE)


# Skip a rule on a sentence without what every match of it holds (prefilter.requirements);
# off only in the test that proves the results are the same.
_FILTER_RULES = True


# What every hint holds, as plain strings (its words without their word boundaries) or a digit:
# a sentence with a digit is hinted (``\d`` is the hint's first branch), one with none of the
# words is not, and only the others are searched (the search tries ~80 words at every position).
_HINT_NEED = requirements(_HINT_FOLDED)[0]
_HINT_WORDS = _HINT_NEED.words if _HINT_SOURCE.startswith(r"\d|") else None


def _hinted(text: str, folded) -> bool:
    if folded is not None:
        if _HINT_WORDS is None:
            return _HINT_FOLDED.search(folded) is not None
        if _DIGIT.search(folded) is not None:
            return True
        if not any(map(folded.__contains__, _HINT_WORDS)):
            return False
        return _HINT_FOLDED.search(folded) is not None
    return _HINT.search(text) is not None


def find_timexes(text: str, lang: str, anchor=None, offset: int = 0) -> list[Timex]:
    """Time expressions in ``text`` (usually one sentence), normalized against ``anchor``.

    ``anchor`` is the publication date as an ISO string, possibly truncated
    ("2021-06-29", "2021-06", "2021"), or None. ``offset`` is added to start and
    stop so they point into the whole document.
    """
    if not text:
        return []
    folded = fold_text(text)
    if not _hinted(text, folded):
        return []
    ctx = _Ctx(text, "ru" if lang == "ru" else "en", _parse_anchor(anchor))
    found = []
    plan, needs = _plan(ctx.lang)
    present = [None] * len(needs)  # need -> whether the sentence holds it (rules share needs)
    for rule, ids in plan:
        if _FILTER_RULES and ids:
            for i in ids:
                has = present[i]
                if has is None:
                    has = present[i] = needs[i].held_by(text, folded)
                if not has:
                    break
            else:
                has = True
            if not has:
                continue
        for start, stop, r in _matches(rule, text, ctx):
            found.append((start, stop, rule.priority, rule.handler, r))
    # Longest first, then rule order; keep what does not overlap a better one.
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    chosen, taken = [], []
    for f in found:
        if any(f[0] < e and s < f[1] for s, e in taken):
            continue
        taken.append((f[0], f[1]))
        chosen.append(f)
    chosen.sort(key=lambda f: f[0])
    out: list[Timex] = []
    handlers: list = []
    prev_handler, prev_stop = None, None
    for start, stop, _, handler, r in chosen:
        if (prev_handler is _h_weekday and handler in (_h_full_date, _h_day_month)
                and _WEEKDAY_GLUE.match(text, prev_stop, start)):
            w = out.pop()
            start, kind = w.start - offset, (w.kind if r.kind == "date" else r.kind)
            r = _R(r.value, r.precision, r.method, r.end, kind)
        out.append(Timex(start + offset, stop + offset, text[start:stop], r.value, r.precision, r.method,
                         end=r.end, kind=r.kind))
        handlers.append(handler)
        prev_handler, prev_stop = handler, stop
    _share_trailing_year(out, handlers, text, offset)
    if any(t.precision == "month" for t in out):
        _month_list(out, text, ctx.lang, offset)
    return out


# "in May, July and October", "в мае и августе": a bare month joined to a month the text dated is a time of its own
# in that month's year (alone it is no time expression: "May" is a verb, a Russian month needs its preposition)
_LIST_JOIN = {"en": re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:in\s+)?(?P<m>" + _EN_MON + r")"),
              "ru": re.compile(r"(?i)(?:\s*,\s*(?:и\s+)?|\s+и\s+)(?:в\s+|во\s+)?(?P<m>" + _RU_MON + r")")}


def _month_list(out: list, text: str, lang: str, offset: int) -> None:
    rx = _LIST_JOIN["ru" if lang == "ru" else "en"]
    spans = [(t.start, t.stop) for t in out]
    added = []
    for t in out:
        if t.precision != "month" or not t.value or len(t.value) != 7 or t.end or re.search(r"\d", t.text):
            continue  # ("in August 2023, and November's arrivals": a month with its year is no list's head)
        year, last, at = t.value[:4], int(t.value[5:]), t.stop - offset
        while True:
            hit = rx.match(text, at)
            if hit is None or any(s < hit.end("m") + offset and hit.start("m") + offset < e for s, e in spans) or \
                    re.match(r"['’]s\b", text[hit.end("m"):hit.end("m") + 3]):
                break
            mo = month_number(hit.group("m"), lang)
            if not mo or mo <= last:
                break  # ("in November and January": which year the second is, the list does not say)
            added.append(Timex(hit.start("m") + offset, hit.end("m") + offset, hit.group("m"), f"{year}-{mo:02d}",
                               "month", t.method, kind=t.kind))
            last, at = mo, hit.end()
    if added:
        out.extend(added)
        out.sort(key=lambda t: t.start)


# "13 ноября и 17 декабря 2019 года", "on November 13 and December 17, 2019": dates joined by "and" share the year
# written after the last (the first is no date of the report's year)
_JOINED = re.compile(r"(?i)\s*(?:,\s*)?(?:и|and|а\s+также|as\s+well\s+as)\s+(?:on\s+)?$|\s*,\s*$")


def _share_trailing_year(out: list, handlers: list, text: str, offset: int) -> None:
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if handlers[i] is not _h_day_month or b.method != "explicit" or b.precision != "day" or not a.value or \
                not b.value or len(a.value) != 10 or len(b.value) != 10:
            continue
        if not _JOINED.fullmatch(text, a.stop - offset, b.start - offset):
            continue
        year = int(b.value[:4]) - (a.value[5:] > b.value[5:])  # "30 декабря и 2 января 2020 года": the year before
        out[i] = Timex(a.start, a.stop, a.text, f"{year:04d}{a.value[4:]}", a.precision, "explicit", end=a.end,
                       kind=a.kind)
        handlers[i] = _h_full_date
