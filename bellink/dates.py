"""Day ranges of normalized date values, and the dates a user may type.

Imported by the fast query commands, so it stays pure stdlib and cheap to load.

A normalized value (see ``bellink.ingest.model``) is an ISO string truncated to
what is known: "2021-06-24" day, "2017-03" month, "2015" year, "2021-Q3"
quarter, "2021-H1" half, "2021-SP|SU|FA|WI" season, "199" decade (1990-1999).
Queries compare facts by the days they may cover, so every form maps to the
first and last day it covers; ISO day strings then compare correctly as text.

Seasons are meteorological, whole months, because an article never says which
solstice it means: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter
Dec-Feb. A winter belongs to the year in which it begins: "2021-WI" runs from
2021-12-01 to 2022-02-28. That keeps a winter one contiguous range, and
"this winter" said in December and in the following January names the same
value.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

USER_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"

_USER_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
_VALUE = re.compile(
    r"(?P<decade>\d{3})\Z"
    r"|(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?\Z"
)

# First and last month of each season; winter's last month is in the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# How a fact's date was found, stored as a code in statement_rows and event_rows (migration 0031; 0 and 1
# take no bytes in a record). The writer codes with it, the timeline decodes with it; the views of
# migration 0031 hold the same table in SQL.
METHOD_CODES = {"publication": 0, "relative": 1, "explicit": 2, "reported": 3, "user": 4}

# A time expression's method, kind and precision, stored as one code in timex_spans (migration 0033):
# method + 2 * kind + 8 * precision, each its position below (below 64: one byte in a record). A value
# not listed keeps all three as words. The view `timexes` holds the same table in SQL.
TIMEX_METHODS = ("relative", "explicit")
TIMEX_KINDS = ("date", "deadline", "range", "since")
TIMEX_PRECISIONS = ("day", "month", "year", "season", "quarter", "decade", "half")


# A fact's first and last day as statement_rows and event_rows keep them (migration 0043): days since
# 1970-01-01, which sort as the ISO dates do; SQL gives the ISO date back with DAY_ISO_SQL
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
DAY_ISO_SQL = "date(2440587.5 + {})"


def day_number(day: Optional[str]) -> Optional[int]:
    """An ISO day (``2021-03-15``) as stored in day_lo/day_hi; None stays None."""
    return None if day is None else date.fromisoformat(day).toordinal() - EPOCH_ORDINAL


def timex_code(method, kind, precision):
    """The code of migration 0033, or None when one of the three has none."""
    if method in TIMEX_METHODS and kind in TIMEX_KINDS and precision in TIMEX_PRECISIONS:
        return TIMEX_METHODS.index(method) + 2 * TIMEX_KINDS.index(kind) + 8 * TIMEX_PRECISIONS.index(precision)
    return None


def _last_day(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _span(value: str) -> tuple[date, date]:
    if not isinstance(value, str):
        raise ValueError(f"not a date value: {value!r}")
    m = _VALUE.match(value)
    if not m:
        raise ValueError(f"not a normalized date value: {value!r}")
    try:
        if m["decade"]:
            first = int(m["decade"]) * 10
            return date(first, 1, 1), date(first + 9, 12, 31)
        y = int(m["y"])
        if m["d"]:
            day = date(y, int(m["m"]), int(m["d"]))
            return day, day
        if m["m"]:
            mo = int(m["m"])
            return date(y, mo, 1), _last_day(y, mo)
        if m["q"]:
            q = int(m["q"])
            return date(y, 3 * q - 2, 1), _last_day(y, 3 * q)
        if m["h"]:
            h = int(m["h"])
            return date(y, 6 * h - 5, 1), _last_day(y, 6 * h)
        if m["s"]:
            first, last = SEASON_MONTHS[m["s"]]
            return date(y, first, 1), _last_day(y + (last < first), last)
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:  # month 13, day 31 of a 30-day month, year 0
        raise ValueError(f"not a valid date value: {value!r}") from None


def bounds(value: Optional[str], end: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """First and last ISO day that ``value`` (through ``end``, when given) may cover.

    (None, None) when value is None. A range whose end precedes its start is
    taken as covering both, rather than as an empty range that matches nothing.
    Raises ValueError on a malformed value.
    """
    if value is None:
        return None, None
    lo, hi = _span(value)
    if end is not None:
        end_lo, end_hi = _span(end)
        lo, hi = (lo, end_hi) if end_hi >= lo else (end_lo, hi)
    return lo.isoformat(), hi.isoformat()


def parse_user_date(s: str) -> tuple[str, str]:
    """A date typed by a user: YYYY, YYYY-MM or YYYY-MM-DD -> (value, precision)."""
    m = _USER_DATE.match(s.strip()) if isinstance(s, str) else None
    if m:
        y, mo, d = m.groups()
        try:
            date(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            m = None
    if not m:
        raise ValueError(f"invalid date {s!r}: expected {USER_FORMS}")
    value = m.group(0)
    return value, ("day" if d else "month" if mo else "year")


def overlaps(value: Optional[str], end: Optional[str], since: Optional[str], until: Optional[str]) -> bool:
    """Whether a fact dated ``value``..``end`` may fall within since..until.

    Overlap, not containment: a fact dated "2021" is inside --since 2021-06,
    because it may have happened then. Without since and until everything
    passes; with either, an undated fact does not (it cannot be placed).
    """
    if since is None and until is None:
        return True
    if value is None:
        return False
    lo, hi = bounds(value, end)
    if since is not None and hi < bounds(since)[0]:
        return False
    if until is not None and lo > bounds(until)[1]:
        return False
    return True


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
HALVES = {"1": "first half", "2": "second half"}


def iso(value: Optional[str]) -> Optional[str]:
    """A normalized value as ISO 8601 at its natural grain: a season, quarter or half as
    its first month ("2021-FA" -> "2021-09"), a decade as its first year ("199" -> "1990").
    Anything else (ISO already, or unparsable) is returned unchanged."""
    if not value:
        return value
    m = _VALUE.match(value)
    if not m:
        return value
    if m["decade"]:
        return m["decade"] + "0"
    if m["q"] or m["h"] or m["s"]:
        return _span(value)[0].isoformat()[:7]
    return value


def _label_one(value: str) -> str:
    m = _VALUE.match(value)
    if not m:
        return value
    if m["decade"]:
        return m["decade"] + "0s"
    y = m["y"]
    if m["d"]:
        return f"{int(m['d'])} {MONTHS[int(m['m']) - 1]} {y}"
    if m["m"]:
        return f"{MONTHS[int(m['m']) - 1]} {y}"
    if m["q"]:
        return f"Q{m['q']} {y}"
    if m["h"]:
        return f"{HALVES[m['h']]} of {y}"
    if m["s"]:
        if m["s"] == "WI":
            return f"winter {y}/{str(int(y) + 1)[-2:]}"
        return f"{SEASONS[m['s']]} {y}"
    return y


def label(value: Optional[str], end: Optional[str] = None) -> Optional[str]:
    """A normalized value in words: "24 June 2021", "June 2021", "autumn 2021", "Q3 2021",
    "first half of 2021", "1990s"; a range as "A – B"."""
    if not value:
        return None
    text = _label_one(value)
    if end and end != value:
        text += " – " + _label_one(end)
    return text
