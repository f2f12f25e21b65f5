"""The period a transfer is reported over, when its clause has no date of its own: a range, never a day.

    "During the month, at least 30 T-72A tanks left Belarus for Russia."  -> the month the story just named,
                                                                             else the month up to the report
    "За месяц из Беларуси в Россию вывезли 30 танков"                     -> the month before the report
    "Over the past two years Russia delivered 24 Su-30SM to Belarus."     -> two years up to the report
    "Russia will deliver 12 more within two years"                        -> from the report on, two years
    "Belarus has transferred dozens of T-72A tanks to Russia since October."  -> October through the report
Not a period: "in the month before the talks" (a month the text dates by something else), "the past two years
of talks" (what was discussed, not when the transfer happened), a vague future ("Россия передаст «Искандер-М» в
ближайшие месяцы", "in the near future", "soon": the statement's date, as the gold reads it, RULES.md Timexes).

``period_date`` gives the DateRef (value, end at the precision the phrase allows); ``since_end`` closes a
"since <date>" transfer at the report's date. A stage "in service since October" is a state that began then: it
keeps its start alone.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.model import DateRef

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "twelve": 12, "один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
        "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "двенадцать": 12,
        "полтора": 1, "несколько": 3, "several": 3, "few": 3, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4,
        "четырёх": 4, "пяти": 5, "шести": 6, "полутора": 1, "нескольких": 3}


def _en_n(g: str = "n") -> str:
    return rf"(?:(?P<{g}>\d\d?|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)\s+)"


_RU_N = r"(?:(?P<n>\d\d?|один|одну|два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|восемь|" \
        r"девять|десять|двенадцать|полтора|полутора|несколько|нескольких)\s+)"

PAST_EN = re.compile(
    rf"(?i)\b(?:during|over|in|throughout|within)\s+the\s+(?:(?P<past>past|last|previous)\s+)?{_en_n()}?"
    r"(?P<unit>weeks?|months?|years?)\b(?!\s+(?:of|before|after|when|since|ahead)\b)"
    rf"|\b(?:over|within)\s+{_en_n('n2')}(?P<unit2>weeks?|months?|years?)\b(?!\s+(?:of|before|after|ago)\b)")
PAST_RU = re.compile(
    rf"(?i)(?<!\w)(?:за|в\s+течение)\s+(?:(?P<past>последн\w+|прошедш\w+|минувш\w+)\s+)?{_RU_N}?"
    r"(?P<unit>месяц|месяца|месяцев|недел[юиь]|недель|год|года|лет)(?!\w)(?!\s+до\b)")
COMING_EN = re.compile(
    r"(?i)\b(?:in|over|within|during)\s+the\s+(?:coming|next|following)\s+(?:few\s+|several\s+)?"
    r"(?P<unit>weeks|months|years)\b|\b(?P<soon>soon|shortly|in\s+the\s+near\s+future)\b")
COMING_RU = re.compile(
    r"(?i)(?<!\w)(?:(?:в|в\s+течение)\s+ближайш\w+\s+(?:нескольк\w+\s+)?(?P<unit>недел\w*|месяц\w*|год\w*|лет)"
    r"|(?P<soon>в\s+ближайшее\s+время|в\s+скором\s+времени|в\s+обозримом\s+будущем|вскоре|скоро))(?!\w)")
SINCE = re.compile(r"(?i)^(?:ever\s+since|since|с|со|начиная\s+с|начиная\s+со)\s")


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith(("week", "недел")):
        return "week"
    if w.startswith(("month", "месяц")):
        return "month"
    return "year"


def _ym(y: int, m: int, shift: int) -> str:
    k = y * 12 + m - 1 + shift
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def period_date(d: Doc, sent: Sent, clause: Clause, report: Optional[DateRef], ahead_stage: bool) -> Optional[tuple]:
    """(DateRef, phrase) of a period phrase in the clause outside a reporting frame; None when there is none or
    the report's date is too coarse to count from. ``ahead_stage``: the stage looks ahead (planned,
    discussed), so "within two years" runs from the report on."""
    if report is None or not report.value or len(report.value) < 7 or not report.value[:4].isdigit():
        return None
    y, m = int(report.value[:4]), int(report.value[5:7]) if report.value[5:7].isdigit() else 0
    if not m:
        return None
    text = d.text
    past, coming = (PAST_RU, COMING_RU) if d.ru else (PAST_EN, COMING_EN)
    for rx, ahead in ((coming, True), (past, False)):
        for hit in rx.finditer(text, clause.start, clause.stop):
            if d.in_frame(sent, hit.start()):
                continue
            g = hit.groupdict()
            phrase = hit.group(0)
            word = g.get("unit") or g.get("unit2") or ""
            unit = _unit(word) if word else "month"
            n_word = (g.get("n") or g.get("n2") or "").lower()
            n = int(n_word) if n_word.isdigit() else _NUM.get(n_word, 1)
            if ahead and (g.get("soon") or not n_word):
                # "in the coming months", "в ближайшее время", "soon": no time of its own (a vague expression, as
                # "recently" is): the month of the report that asserts the stage, never a year-long range from it (the
                # phrase's own date, no finer than the month, so the same plan told again with a time is one plan)
                return DateRef(_ym(y, m, 0), "month", "relative", phrase), phrase
            if ahead or (ahead_stage and not g.get("past")):
                if unit == "year":
                    return DateRef(f"{y:04d}", "year", "relative", phrase, f"{y + n:04d}"), phrase
                months = n if unit == "month" else max(1, round(n / 4))
                return DateRef(_ym(y, m, 0), "month", "relative", phrase, _ym(y, m, months)), phrase
            if ahead_stage:
                continue  # "plans to buy what it lacked over the past year": the period is not the plan's
            anaphoric = not d.ru and not g.get("past") and not g.get("unit2") and not n_word \
                and not word.lower().endswith("s")
            if anaphoric:
                # "during the month": the month the story named just before, else the one the report closes
                story = _story_month(d, sent, hit.start()) if unit == "month" else None
                if story:
                    return DateRef(story, "month", "relative", phrase), phrase
                if unit == "year":
                    return DateRef(f"{y:04d}", "year", "relative", phrase), phrase
            if unit == "year" and d.ru and not n_word and not g.get("past") and (m >= 10 or m <= 2):
                # "за год отгрузило около 200 прицелов", "в течение года отгрузил 40 шасси" in a year's-end review: the
                # calendar year the report closes (in January or February, the one just ended)
                year = y if m >= 10 else y - 1
                return DateRef(f"{year:04d}", "year", "relative", phrase), phrase
            if unit == "year":
                return DateRef(f"{y - n:04d}", "year", "relative", phrase, f"{y:04d}"), phrase
            months = n if unit == "month" else max(1, round(n / 4))
            return DateRef(_ym(y, m, -months), "month", "relative", phrase, _ym(y, m, 0)), phrase
    return None


def _story_month(d: Doc, sent: Sent, pos: int) -> Optional[str]:
    """The month a time expression named last before ``pos``, in its sentence or the two before it."""
    lo = d.sents[max(0, sent.index - 2)].start
    best = None
    for i in range(max(0, sent.index - 2), sent.index + 1):
        for t in d.a.timexes_in(i):
            if lo <= t.start < pos and t.value and t.precision == "month" and not t.end:
                best = t.value
    return best


# "have been on combat duty since October": the "since" dates the service, not the transfer
SERVICE = re.compile(r"(?i)\b(?:duty|service|operat\w+|дежурств\w*|вооружени\w*|эксплуат\w*|служб\w*)\b")


def since_end(date: DateRef, report: Optional[DateRef], clause_text: str = "") -> Optional[DateRef]:
    """"since October": October through the report's date (None when the date is no "since" or cannot close)."""
    if not date or not date.value or date.end or not date.text or not SINCE.match(date.text):
        return None
    if SERVICE.search(clause_text):
        return None
    if report is None or not report.value or report.value <= date.value:
        return None
    return DateRef(date.value, date.precision, date.method, date.text, report.value)
