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
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable, Optional

from bellink.dates import bounds
from bellink.ingest.model import Timex

# --- word lists ----------------------------------------------------------------

EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
EN_MONTH_ABBREVS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Russian months in every case form; the soft-stem months decline alike.
RU_MONTHS = {
    **{stem + end: n
       for stem, n in (("январ", 1), ("феврал", 2), ("апрел", 4), ("июн", 6), ("июл", 7),
                       ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12))
       for end in ("ь", "я", "е", "ю", "ём", "ем")},
    **{stem + end: n for stem, n in (("март", 3), ("август", 8)) for end in ("", "а", "е", "у", "ом")},
    **{w: 5 for w in ("май", "мая", "мае", "маю", "маем")},
}
RU_MONTH_ABBREVS = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}
# ISO weekday numbers, Monday = 1, as date.isoweekday().
EN_WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
EN_WEEKDAY_ABBREVS = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "weds": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
RU_WEEKDAYS = {
    **{stem + end: n
       for stem, n, ends in (("понедельник", 1, ("", "а", "у", "ом", "е")),
                             ("вторник", 2, ("", "а", "у", "ом", "е")),
                             ("сред", 3, ("а", "ы", "е", "у", "ой", "ою")),
                             ("четверг", 4, ("", "а", "у", "ом", "е")),
                             ("пятниц", 5, ("а", "ы", "е", "у", "ей")),
                             ("суббот", 6, ("а", "ы", "е", "у", "ой")),
                             ("воскресень", 7, ("е", "я", "ю", "ем")))
       for end in ends},
}
# "в среду", "во вторник": after в/во/на only the accusative names a day.
RU_WEEKDAYS_ACCUSATIVE = frozenset(("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"))
RU_WEEKDAY_ABBREVS = {"пн": 1, "вт": 2, "ср": 3, "чт": 4, "пт": 5, "сб": 6, "вс": 7}

EN_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
RU_SEASONS = {
    **{w: "SP" for w in ("весна", "весной", "весною", "весну", "весны", "весне")},
    **{w: "SU" for w in ("лето", "летом", "лета", "лету", "лете")},
    **{w: "FA" for w in ("осень", "осенью", "осени")},
    **{w: "WI" for w in ("зима", "зимой", "зимою", "зиму", "зимы", "зиме")},
}
# Instrumental forms work as adverbs ("летом" = in summer) and need no preposition.
RU_SEASON_ADVERBS = ("весной", "весною", "летом", "осенью", "зимой", "зимою")

EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
RU_NUMBERS = {
    "один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
}
EN_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": -1, "final": -1,
}
EN_DECADE_WORDS = {
    "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196,
    "seventies": 197, "eighties": 198, "nineties": 199,
}
RU_DECADE_STEMS = {
    "тридцат": 193, "сороков": 194, "пятидесят": 195, "шестидесят": 196,
    "семидесят": 197, "восьмидесят": 198, "девяност": 199,
}

# Cues that change what a date means; every other preposition just locates it.
SINCE_CUES = {"since", "ever since", "с", "со", "начиная с", "начиная со"}
DEADLINE_CUES = {
    "by", "until", "till", "up to", "through", "no later than", "not later than",
    "до", "к", "ко", "по", "вплоть до", "не позднее", "не позже",
}

# A number followed by one of these counts things; "in 2000 troops" is no year.
COUNT_WORDS = (
    "troops", "soldiers", "servicemen", "personnel", "people", "men", "tanks", "units",
    "vehicles", "aircraft", "planes", "jets", "helicopters", "missiles", "rockets", "warships",
    "ships", "drones", "km", "kilometers", "kilometres", "miles", "meters", "metres", "tons",
    "tonnes", "dollars", "euros", "rubles", "roubles", "pieces", "times", "percent", "hectares",
    "человек", "военнослужащих", "солдат", "единиц", "единицы", "танков", "км", "километров",
    "метров", "тонн", "рублей", "долларов", "евро", "штук", "самолетов", "самолётов",
    "вертолетов", "вертолётов", "ракет", "раз", "процентов", "гектаров",
)

# Tense markers. Perfective Russian verbs look present but mean future, and
# there are too many to list, so these are the ones news about plans uses.
# Rescheduling verbs count as future whatever their tense: "postponed to
# March" points at a March still to come.
EN_FUTURE_MARKERS = (
    r"will|shall|won't|wo\s*n't|would|(?:is|are|am|was|were)\s+going\s+to|plans?\s+to|planned|"
    r"planning|intends?\s+to|intended|intending|scheduled|(?:is|are)\s+due|due\s+to|expected|"
    r"expects?\s+to|(?:is|are)\s+set\s+to|upcoming|forthcoming|to\s+be\s+held|aims?\s+to|"
    r"(?:is|are)\s+to|postponed|delayed|rescheduled|deferred"
)
# Irregular past forms; regular ones are recognized by their -ed ending.
EN_PAST_MARKERS = (
    r"was|were|had|did|has\s+been|have\s+been|said|told|held|met|began|begun|went|came|took|"
    r"gave|made|saw|sent|put|won|spoke|wrote|led|kept|left|brought|built|bought|became|chose|"
    r"drew|drove|fell|felt|fought|found|flew|got|grew|heard|hid|knew|laid|lost|meant|paid|rose|"
    r"ran|sold|shot|sought|stood|struck|taught|thought|threw|understood|withdrew|undertook|"
    r"oversaw|caught|fled|broke|spent|stole|swore|woke|wore|arose|ago|yesterday"
)
RU_FUTURE_MARKERS = (
    r"буд(?:у|ет|ем|ете|ешь|ут)|стан(?:ет|ут)|провед[её]т|проведут|пройд[её]т|пройдут|"
    r"состо(?:ится|ятся)|планиру\w*|запланирован\w*|намечен\w*|намеча\w+ся|намерен\w*|"
    r"собира(?:ет|ют|юсь|емся)ся|предполага(?:ет|ют|ется|ются)|ожида(?:ет|ют|ется|ются)|"
    r"предстоящ\w*|предстоит|должн(?:ы|а|о)?|должен|готов(?:ит|ят)ся|получ(?:ит|ат)|"
    r"постав(?:ит|ят)|начн[её]тся|начнутся|заверш(?:ит|ат)ся|подпиш(?:ет|ут)|посет(?:ит|ят)|"
    r"прим(?:ет|ут)|прибуд(?:ет|ут)|направ(?:ит|ят)|размест(?:ит|ят)|встрет(?:ит|ят)ся|"
    r"обсуд(?:ит|ят)|откро(?:ет|ют)ся|поед(?:ет|ут)|прилет(?:ит|ят)|уед(?:ет|ут)|верн(?:ет|ут)ся|"
    r"выступ(?:ит|ят)|объяв(?:ит|ят)|представ(?:ит|ят)|рассмотр(?:ит|ят)|смо(?:жет|гут)|"
    r"отправ(?:ит|ят)ся|пере(?:даст|дадут)|прод(?:аст|адут)|выраст(?:ет|ут)|увелич(?:ит|ат)ся|"
    r"сократ(?:ит|ят)ся|состав(?:ит|ят)|закуп(?:ит|ят)|приобрет(?:ет|ут)|развернет|развернут|"
    r"перен[её]с\w*|перенес\w*|отлож\w*|продл\w*"
)
# Nouns and names shaped like past-tense verbs (-ал, -ел, -ила, -оли ...).
RU_PAST_STOPWORDS = frozenset((
    "около", "цели", "модели", "дела", "дело", "тела", "тело", "села", "село", "сила", "школа",
    "генерал", "генерала", "маршал", "маршала", "адмирал", "адмирала", "потенциал", "потенциала",
    "персонал", "персонала", "арсенал", "арсенала", "материал", "материала", "канал", "канала",
    "сигнал", "сигнала", "капитал", "журнал", "журнала", "финал", "трибунал", "вокзал", "зал",
    "зала", "начало", "начала", "мало", "немало", "стол", "стола", "посол", "отдел", "отдела",
    "раздел", "раздела", "предел", "предела", "интервал", "идеал", "минерал", "терминал",
    "михаил", "михаила", "павел", "даниил", "роли", "воли", "доли", "квартал", "квартала",
    "протокол", "протокола", "караул", "караула", "прицел", "прицела", "правила", "правило",
    "правил", "формула", "детали", "недели", "панели", "капитала", "терминала", "вокзала",
    "интервала", "урал", "урала", "байкал", "орел", "орёл", "мысли", "масла", "числа", "весла",
    "смысла", "после", "посла", "угла", "узла", "стекла", "мусла",
))

# --- small helpers ---------------------------------------------------------------


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е").rstrip(".")


def _word_number(word: str, lang: Optional[str], en_tables: tuple, ru_tables: tuple) -> Optional[int]:
    """Look a word up in the English tables, then (unless lang says English) the Russian ones."""
    w = _norm(word)
    if lang != "ru":
        n = next((t[w] for t in en_tables if w in t), None)
        if n or lang == "en":
            return n
    return next((t[w] for t in ru_tables if w in t), None)


def month_number(word: str, lang: Optional[str] = None) -> Optional[int]:
    """1-12 for an English month name or abbreviation, or a Russian one in any case."""
    return _word_number(word, lang, (EN_MONTHS, EN_MONTH_ABBREVS), (_RU_MONTHS_E, RU_MONTH_ABBREVS))


def weekday_number(word: str, lang: Optional[str] = None) -> Optional[int]:
    """ISO weekday, Monday = 1 ... Sunday = 7, for an English or Russian weekday word."""
    return _word_number(word, lang, (EN_WEEKDAYS, EN_WEEKDAY_ABBREVS), (RU_WEEKDAYS, RU_WEEKDAY_ABBREVS))


_RU_MONTHS_E = {k.replace("ё", "е"): v for k, v in RU_MONTHS.items()}


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _span(value: str, end: Optional[str] = None) -> tuple[date, date]:
    lo, hi = bounds(value, end)
    return date.fromisoformat(lo), date.fromisoformat(hi)


class _Anchor:
    """The publication date, at whatever precision it is known."""

    __slots__ = ("y", "m", "d", "lo", "hi", "day")

    def __init__(self, y: int, m: Optional[int], d: Optional[int]):
        self.y, self.m, self.d = y, m, d
        self.day = date(y, m, d) if d else None
        value = f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")
        self.lo, self.hi = _span(value)


_ANCHOR = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse_anchor(anchor) -> Optional[_Anchor]:
    if anchor is None:
        return None
    if isinstance(anchor, date):
        return _Anchor(anchor.year, anchor.month, anchor.day)
    m = _ANCHOR.match(str(anchor))
    if not m:
        return None  # "--06-29" and the like: no year, nothing can be resolved
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if mo and not 1 <= mo <= 12:
        return None
    if d and not _valid(y, mo, d):
        d = None
    return _Anchor(y, mo or None, d or None)


# --- tense -------------------------------------------------------------------------

_EN_FUTURE = re.compile(rf"\b(?:{EN_FUTURE_MARKERS})\b|(?<=\w)'ll\b", re.I)
# A bare -ed word is a verb only when an object, a preposition or punctuation
# follows: "armed forces", "so-called programs", "United States" are not. After
# "be" it is a participle and the auxiliary tells the tense: "will be delivered".
_EN_PAST = re.compile(
    rf"\b(?<!\bbe )(?<!being )(?:(?:{EN_PAST_MARKERS})\b|[a-z]{{2,}}ed(?=\s*[,.;:!?»\"”)]|\s+(?:on|in|at|that|the|a|an|to|"
    r"with|by|its|his|her|their|off|up|out|down|from|for|over|about|as|it|this|these|those|what|"
    r"how|him|them|us|\d+)\b))",
    re.I,
)
_RU_FUTURE = re.compile(rf"(?<!\w)(?:{RU_FUTURE_MARKERS})(?!\w)", re.I)
# Past tense is -л after a vowel (сообщил, заявила, прошли); stems ending in a
# consonant drop the -л in the masculine (рос, мог) and keep it elsewhere (росли).
_RU_PAST = re.compile(
    r"(?<!\w)(?:\w{2,}(?:[аеиоуыяюё]л|шл)(?:а|о|и|ся|ась|ось|ись)?|\w{2,}[сзгк]л(?:а|о|и|ся|ась|ось|ись)"
    r"|(?:с|по|вы|воз|до|при|у|)(?:мог|рос|вез|нес|стиг))(?!\w)",
    re.I,
)


def _markers(text: str, lang: str) -> list[tuple[int, int, str]]:
    future_rx, past_rx = (_RU_FUTURE, _RU_PAST) if lang == "ru" else (_EN_FUTURE, _EN_PAST)
    found = [(m.start(), m.end(), "future") for m in future_rx.finditer(text)]
    taken = {i for s, e, _ in found for i in range(s, e)}
    for m in past_rx.finditer(text):
        if m.start() in taken:  # "planned" is about the future even though it ends in -ed
            continue
        if lang == "ru" and m.group(0).lower() in RU_PAST_STOPWORDS:
            continue
        found.append((m.start(), m.end(), "past"))
    found.sort()
    return found


_CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”]|\s[-–—]\s")


def _tense_near(text: str, markers, start: int, stop: int) -> Optional[str]:
    """The tense of the marker nearest to text[start:stop], None when there is none.

    Distance is in characters, plus a penalty per comma or dash crossed, so
    that in "прибыл, а в пятницу он уедет" Friday goes with its own clause.
    """
    best, best_d = None, None
    for s, e, kind in markers:
        if e <= start:
            d = start - e + 100 * len(_CLAUSE_BREAK.findall(text, e, start))
        elif s >= stop:
            d = s - stop + 100 * len(_CLAUSE_BREAK.findall(text, stop, s))
        else:
            d = 0
        if best_d is None or d < best_d:
            best, best_d = kind, d
    return best


def tense(text: str, lang: str, at: Optional[int] = None) -> str:
    """"past" or "future" for a sentence, or for the clause around position ``at``.

    Without ``at``, any future marker makes the sentence future. With it, the
    nearest marker decides, so in "said on Monday that it will deliver on
    Friday" Monday is past and Friday future. News reports in the past, so
    a sentence without markers is "past".
    """
    markers = _markers(text, lang)
    if at is None:
        return "future" if any(k == "future" for _, _, k in markers) else "past"
    return _tense_near(text, markers, at, at) or "past"


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
    r"прошл(?:ом|ый|ого|ой|ую|ым)|минувш(?:ем|ий|его|ей|ую|им)|прошедш(?:ем|ий|его|ей|ую|им)|"
    r"следующ(?:ем|ий|его|ей|ую|им)|будущ(?:ем|ий|его|ей|ую|им)|наступающ(?:ем|ий|его|ей|ую|им)|"
    r"предстоящ(?:ем|ий|его|ей|ую|им)|ближайш(?:ем|ий|его|ей|ую|им))(?!\w)"
)


def _rel_delta(word: Optional[str]) -> Optional[int]:
    """-1 / 0 / +1 for last / this / next, in either language."""
    if not word:
        return None
    w = " ".join(word.lower().split())
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
        return _tense_near(self.text, self._markers, m.start(), m.end())


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
    """Latest occurrence ended before the anchor (delta -1) or first started after it (+1)."""
    if anchor is None or anchor.m is None:
        return None, None
    cands = []
    for y in range(anchor.y - 2, anchor.y + 3):
        r = make(y)
        if r is not None:
            lo, hi = _span(*r)
            cands.append((lo, hi, r))
    if delta < 0:
        cands = [c for c in cands if c[1] < anchor.lo]
        return max(cands, key=lambda c: c[0])[2] if cands else (None, None)
    cands = [c for c in cands if c[0] > anchor.hi]
    return min(cands, key=lambda c: c[0])[2] if cands else (None, None)


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
    marked = m.groupdict().get("yw")  # "the year 2015", "2015 год"
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


def _h_bare_month(m, ctx):
    word = m["m"]
    mo = month_number(word, ctx.lang)
    if not mo:
        return None
    cue, part, rel = _cue(m), m["part"], m.groupdict().get("rel")
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


_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)


def _h_year_end(m, ctx):
    a = ctx.anchor
    return _R(f"{a.y:04d}" if a else None, "year", "relative", kind=_kind(m))


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


# --- rules -----------------------------------------------------------------------------------
#
# A rule is the core of an expression (what must be there) and its handler.
# The optional cue before it ("in", "by the end of", "с") is found afterwards
# by matching _EN_PRE/_RU_PRE leftwards from the core: a pattern that starts
# with optional words cannot be located quickly, one that starts with a digit
# or a month name can. Rules listed first win ties of length.


def _en_rules():
    mon = _g("m", _EN_MON)
    yr = _year()
    ord_ = r"first|second|third|fourth|1st|2nd|3rd|4th|last|final"
    return [
        # ISO and numeric day-month-year: "2021-06-29", "17.06.2015".
        (rf"{_NUM_START}(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])", _h_full_date),
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
        (rf"\b(?:(?P<rel>this\s+past|{_EN_REL}|the\s+upcoming)\s+)?(?P<season>{_EN_SEASON})"
         rf"(?:\s+of\s+(?P<rel2>this|last|next)\s+year)?(?!\s+(?:of|in|on|at|to|from)\b)", _h_season_rel),
        # Decades.
        (rf"{_NUM_START}(?P<dec>(?:19|20)\d0)'?s\b", _h_decade),
        (r"['’](?P<dec2>[3-9]0)s\b", _h_decade),
        (r"\b(?P<decw>thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", _h_decade),
        # Day and month without a year.
        (rf"{mon}\s+{_en_day()}{_NOT_COUNT}(?!\s*{_DASH}\s*\d)", _h_day_month),
        (rf"{_en_day()}(?:\s+of)?\s+{mon}", _h_day_month),
        (rf"{mon}(?:\s+of)?\s+(?P<rel>{_EN_REL})\s+year\b", _h_month_rel_year),
        (rf"\b(?:(?P<rel>this\s+past|last|next|this)\s+)?{mon}(?!\s*\d)", _h_bare_month),
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
        (rf"\b(?:(?P<mod>last|this|next|this\s+past|the\s+coming)\s+)?(?P<wd>{_EN_WD})", _h_weekday),
    ]


def _ru_rules():
    mon = _g("m", _RU_MON)
    yr = _year()
    yw = rf"{_RU_YEAR_SUFFIX}(?:\s*{_RU_YEAR_WORD})?"
    return [
        (rf"{_NUM_START}(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])", _h_full_date),
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
        (rf"{_ru_day()}\s+{mon}(?!\s*\d)", _h_day_month),
        (rf"{mon}\s+(?P<rel>{_RU_REL_ADJ})\s+года(?!\w)", _h_month_rel_year),
        (rf"{mon}(?!\s*\d)", _h_bare_month),
        (rf"{yr}{_RU_YEAR_SUFFIX}(?:\s*(?P<yw>{_RU_YEAR_WORD}))?(?!\w){_NOT_COUNT}", _h_year),
        (r"(?<!\w)(?P<rd>позавчера|вчера|сегодня|завтра|послезавтра)(?!\w)", _h_rel_day, False),
        (rf"(?<!\w)(?:(?P<mod>{_RU_REL_ADJ})\s+)?(?P<unit>году|года|год|месяце|месяца|месяц|неделе|недели|неделю|"
         r"квартале|квартала|квартал)(?!\w)", _h_rel_unit),
        (r"(?<!\w)(?:(?P<n>\d\d?|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
         r"одиннадцать|двенадцать)\s+)?(?P<unit>день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|"
         r"год|года|лет)\s+(?:тому\s+)?назад(?!\w)", _h_ago, False),
        (rf"(?<!\w)(?:(?P<mod>{_RU_REL_ADJ})\s+)?(?P<wd>{_RU_WD})(?!\s+обитания)", _h_weekday),
    ]


class _Rule:
    __slots__ = ("core", "full", "handler", "priority")

    def __init__(self, core, full, handler, priority):
        self.core, self.full, self.handler, self.priority = core, full, handler, priority


def _compile(rules, pre: str) -> list[_Rule]:
    out = []
    for i, (rx, handler, *takes_pre) in enumerate(rules):
        with_pre = not takes_pre or takes_pre[0]
        out.append(_Rule(re.compile(rx, re.I), re.compile(pre + rx if with_pre else rx, re.I), handler, i))
    return out


_RULES = {"en": _compile(_en_rules(), _EN_PRE), "ru": _compile(_ru_rules(), _RU_PRE)}
_PRE_END = {"en": re.compile(_EN_PRE + r"\Z", re.I), "ru": re.compile(_RU_PRE + r"\Z", re.I)}
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
    pre_end = _PRE_END[ctx.lang]
    pos = 0
    while True:
        core = rule.core.search(text, pos)
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
_HINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|"
    r"today|tomorrow|tonight|yesterday|spring|summer|autumn|fall|winter|quarter|half|decade|\w+ties\b|ago\b|"
    r"янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек|понедельник|вторник|сред|четверг|пятниц|суббот|"
    r"воскресен|год|месяц|недел|сегодня|вчера|позавчера|завтра|послезавтра|весн|лет|осен|зим|квартал|"
    r"полугоди|назад|десятилет|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)|day\b",
    re.IGNORECASE,
)


def find_timexes(text: str, lang: str, anchor=None, offset: int = 0) -> list[Timex]:
    """Time expressions in ``text`` (usually one sentence), normalized against ``anchor``.

    ``anchor`` is the publication date as an ISO string, possibly truncated
    ("2021-06-29", "2021-06", "2021"), or None. ``offset`` is added to start and
    stop so they point into the whole document.
    """
    if not text or not _HINT.search(text):
        return []
    ctx = _Ctx(text, "ru" if lang == "ru" else "en", _parse_anchor(anchor))
    found = []
    for rule in _RULES[ctx.lang]:
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
    prev_handler, prev_stop = None, None
    for start, stop, _, handler, r in chosen:
        if (prev_handler is _h_weekday and handler in (_h_full_date, _h_day_month)
                and _WEEKDAY_GLUE.match(text, prev_stop, start)):
            w = out.pop()
            start, kind = w.start - offset, (w.kind if r.kind == "date" else r.kind)
            r = _R(r.value, r.precision, r.method, r.end, kind)
        out.append(Timex(start + offset, stop + offset, text[start:stop], r.value, r.precision, r.method,
                         end=r.end, kind=r.kind))
        prev_handler, prev_stop = handler, stop
    return out
