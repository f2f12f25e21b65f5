"""The word lists of both languages (months, weekdays, seasons, numbers, cues, tense markers),
the helpers that read them (month_number, weekday_number), the anchor date, and tense."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from bellink.dates import bounds
from bellink.ingest.time.prefilter import Folded, fold_text



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
    r"expects?|expecting|(?:is|are)\s+set\s+to|upcoming|forthcoming|to\s+be\s+held|aims?\s+to|"
    r"(?:is|are)\s+to|postponed|delayed|rescheduled|deferred|awaits?|awaiting|"
    # a modal of expectation looks ahead ("The third should follow by the summer, the ministry said"), unless a
    # perfect turns it back ("should have arrived in May")
    r"should(?!\s+(?:not\s+)?have\b)|must(?!\s+(?:not\s+)?have\b)"
)
# Irregular past forms; regular ones are recognized by their -ed ending.
EN_PAST_MARKERS = (
    r"was|were|had|did|has\s+been|have\s+been|said|told|held|met|began|begun|went|came|took|"
    r"gave|made|saw|sent|put|won|spoke|wrote|led|kept|left|brought|built|bought|became|chose|"
    r"drew|drove|fell|felt|fought|found|flew|got|grew|heard|hid|knew|laid|lost|meant|paid|rose|"
    r"ran|sold|shot|sought|stood|struck|taught|thought|threw|understood|withdrew|undertook|"
    r"oversaw|caught|fled|broke|spent|stole|swore|woke|wore|arose|ago|yesterday|"
    # the transfer verbs of arms news, followed by their object ("delivered T-72A tanks in March"): the
    # regular -ed pattern below needs a function word after the verb, so as not to take "armoured
    # vehicles" for a verb; these are verbs in a report, hardly ever adjectives before a noun
    r"delivered|supplied|transferred|shipped|handed|purchased|acquired|received|signed|ordered"
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
    r"перен[её]с\w*|перенес\w*|отлож\w*|продл\w*|поступ(?:ит|ят)|прид[её]т|придут|заступ(?:ит|ят)|"
    r"войд[её]т|войдут|достав(?:ит|ят)|отгруз(?:ит|ят)|привез[её]т|привезут|"
    # waiting and counting on look ahead: "мы ждем к маю" (said in March: this May)
    r"жд[её]м|жд[её]т|ждут|ожидаем|рассчитыва(?:ем|ет|ют)"
)
# Short passive participles of the verbs news uses for what was done (the -л pattern below misses them)
RU_DONE_PARTICIPLES = (
    r"подписан|заключ[её]н|передан|поставлен|получен|доставлен|выполнен|закуплен|куплен|приобрет[её]н|"
    r"отправлен|отгружен|размещ[её]н|принят|заверш[её]н|утвержд[её]н|согласован|объявлен|сдан|вруч[её]н|"
    r"разв[её]рнут|перебро[шс]ен|законтрактован|заказан"
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
# (never the end of a compound adjective: "Russian-made", "Soviet-built", "Russia-supplied" say who made it, not when)
_EN_PAST = re.compile(
    rf"\b(?<!-)(?<!\bbe )(?<!being )(?:(?:{EN_PAST_MARKERS})\b|[a-z]{{2,}}ed(?=\s*[,.;:!?»\"”)]|\s+(?:on|in|at|that|the|a|an|to|"
    r"with|by|its|his|her|their|off|up|out|down|from|for|over|about|as|it|this|these|those|what|"
    r"how|him|them|us|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|"
    r"another|both|more)\b))",
    re.I,
)
_RU_FUTURE = re.compile(rf"(?<!\w)(?:{RU_FUTURE_MARKERS})(?!\w)", re.I)
# Past tense is -л after a vowel (сообщил, заявила, прошли); stems ending in a
# consonant drop the -л in the masculine (рос, мог) and keep it elsewhere (росли).
_RU_PAST = re.compile(
    r"(?<!\w)(?:\w{2,}(?:[аеиоуыяюё]л|шл)(?:а|о|и|ся|ась|ось|ись)?|\w{2,}[сзгк]л(?:а|о|и|ся|ась|ось|ись)"
    r"|(?:с|по|вы|воз|до|при|у|)(?:мог|рос|вез|нес|стиг)|был[аои]?"
    # a short passive participle says what was done ("контракт подписан в мае", said in December: last May),
    # unless "будет"/"быть" puts it ahead in its clause (``_ahead``)
    rf"|(?P<done>(?:{RU_DONE_PARTICIPLES})(?:а|о|ы)?))(?!\w)",
    re.I,
)
# an active past participle dates the time in its own phrase after it ("пара Су-30СМ2, прилетевшая в Барановичи 27 мая",
# "прибывшие 2 июня"), nothing across a comma or before it ("бывший министр", "former", is no past act)
# Never a participle of expecting, planning, promising or delaying: 'партия, ожидавшаяся 1 июля', 'вертолеты,
# задержавшиеся на заводе до 15 декабря' (the awaited or delayed date may still be ahead)
RU_NOT_PAST_PARTICIPLE_STEMS = (
    "ожида", "планирова", "запланирова", "намеча", "наметивш", "предполага", "рассчитыва", "прогнозирова", "обеща",
    "собира", "готови", "задержа", "задержива", "откладыва", "отложи", "перенес", "переноси", "продлива", "продли",
    "затянувш", "затягива", "остава", "остававш", "продолжа", "ждавш", "дожида",
)
_RU_PAST_PARTICIPLE = re.compile(r"(?<!\w)(?!бывш|" + "|".join(RU_NOT_PAST_PARTICIPLE_STEMS) + r")\w{2,}(?:вш|шедш)(?:ий|ая|ее|ие|его|ей|их|им|ую|ими|ем|ого|ему)(?:ся)?"
                                 r"(?!\w)", re.I)
# a full passive past participle of a done act does the same ("по контракту, подписанному в январе, прибудет в мае": the
# January before the report, though the clause's verb looks ahead; "комплексы, полученные в декабре, заступят ...")
_RU_DONE_PARTICIPLE = re.compile(rf"(?<!\w)(?:{RU_DONE_PARTICIPLES})н?(?:ый|ая|ое|ые|ого|ому|ой|ую|ым|ыми|ых|ом)(?!\w)", re.I)
# "будет официально подписан в мае", "должен быть окончательно согласован": the auxiliary of a short participle
# stands anywhere before it in its clause, with adverbs between
_RU_AHEAD = re.compile(r"(?i)(?<!\w)(?:буд(?:у|ет|ем|ете|ешь|ут)|быть)(?!\w)[^,;:()«»\"“”.!?–—]*$")

_EN_FUTURE_F, _EN_PAST_F, _RU_FUTURE_F, _RU_PAST_F = map(Folded, (_EN_FUTURE, _EN_PAST, _RU_FUTURE, _RU_PAST))

def _ahead(text: str, start: int) -> bool:
    """Whether a future auxiliary ('будет', 'быть') governs the short participle at ``start`` (same clause)."""
    return _RU_AHEAD.search(text, max(0, start - 80), start) is not None


def _markers(text: str, lang: str) -> list[tuple[int, int, str]]:
    # (the marker alternations run by their case-folded twins in the text lowercased: prefilter.Folded)
    future_rx, past_rx = (_RU_FUTURE_F, _RU_PAST_F) if lang == "ru" else (_EN_FUTURE_F, _EN_PAST_F)
    low = fold_text(text)
    found = [(m.start(), m.end(), "future") for m in future_rx.finditer(text, low=low)]
    taken = {i for s, e, _ in found for i in range(s, e)}
    for m in past_rx.finditer(text, low=low):
        if m.start() in taken:  # "planned" is about the future even though it ends in -ed
            continue
        if lang == "ru" and m.group(0).lower() in RU_PAST_STOPWORDS:
            continue
        if lang == "ru" and m.group("done") and _ahead(text, m.start()):
            continue  # "будет официально подписан": the auxiliary's tense, not the participle's
        found.append((m.start(), m.end(), "past"))
    if lang == "ru":
        found.extend((m.start(), m.end(), "past_phrase") for m in _RU_PAST_PARTICIPLE.finditer(text))
        found.extend((m.start(), m.end(), "past_phrase") for m in _RU_DONE_PARTICIPLE.finditer(text)
                     if not _ahead(text, m.start()))
    found.sort()
    return found


_CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”]|\s[-–—]\s|\b(?:that|что|which|котор\w+)\b")
# quotation marks around a name ("«Алмаз-Антей»", "the “Volga” radar") close no clause
_NAME_QUOTE = re.compile(r"[«\"“][^«»\"“”,;:.!?]{1,40}[»\"”]")


_EN_AFTER = 40


def _breaks(text: str, start: int, stop: int) -> int:
    return len(_CLAUSE_BREAK.findall(text, start, stop)) - 2 * len(_NAME_QUOTE.findall(text, start, stop))


def _tense_near(text: str, markers, start: int, stop: int, lang: str = "") -> Optional[str]:
    """The tense of the marker nearest to text[start:stop], None when there is none.

    Distance is in characters, plus a penalty per comma or dash crossed, so
    that in "прибыл, а в пятницу он уедет" Friday goes with its own clause; "that"/"что" opens
    a clause too, and quotation marks around a name («Алмаз-Антей») close none. In English a time
    phrase follows the verb it dates, so a marker after it counts a little less.
    """
    best, best_d = None, None
    for s, e, kind in markers:
        if kind == "past_phrase":
            if e > start or _breaks(text, e, start):
                continue  # (a participle dates only the time after it in its own phrase)
            kind = "past"
        if e <= start:
            d = start - e + 100 * _breaks(text, e, start)
        elif s >= stop:
            # an English time phrase follows the verb it dates: "signed in June would arrive" is June past
            d = s - stop + 100 * _breaks(text, stop, s) + (_EN_AFTER if lang == "en" else 0)
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
    return _tense_near(text, markers, at, at, lang) or "past"
