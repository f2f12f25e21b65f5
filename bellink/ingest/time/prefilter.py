"""A cheap necessary condition for a regular expression: a small pattern that every match of
it contains, read off the expression's parse (the way grep engines pick a literal to scan for).

The time rules each search every sentence that mentions a date word or a digit, and most of
those searches fail. ``required`` finds, for instance, that "(?<!\\w)\\d{1,2}\\s+(?:jan(?:uary)?|
feb(?:ruary)?)" needs "jan" or "feb", or that "(?:last|next)?\\s*(?:week|month)" needs "week" or
"month"; a sentence without it is not searched for that rule at all.

Sound by construction: a literal is taken only from parts every match must pass through
(a sequence, every branch of an alternation, a repeat of at least one), never from a
lookaround or an optional part; anything else gives None (no filter). The filter is compiled
with the expression's own flags, and a part under inline flags ("(?-i:May)") keeps them, so
case folding is the expression's. It reads the parse through ``re._parser`` (Python's own, stable since 3.11);
where that is not there, nothing is filtered.
"""
from __future__ import annotations

import re
from typing import Optional

try:
    from re import _constants as C, _parser as P
except ImportError:  # Python 3.10: sre_parse; no filter rather than a second code path
    P = C = None

DIGIT = r"\d"
_SCOPED = {re.I: "i", re.M: "m", re.S: "s", re.X: "x"}  # flags an inline (?flags-flags:...) may set


def required(pattern: re.Pattern) -> Optional[re.Pattern]:
    """A pattern every match of ``pattern`` contains a match of; None when none is found."""
    if P is None:
        return None
    try:
        need = _sequence(P.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unexpected parse shape: no filter
        return None
    return re.compile(need[0], pattern.flags) if need else None


# Each part below is (source, score): the score is the shortest text the part matches, a digit
# counting more than a letter (it is rarer); the filter keeps the highest-scoring part.

def _sequence(items) -> Optional[tuple[str, float]]:
    """The best requirement among the parts of a sequence, all of which every match passes:
    runs of plain parts (literals and alternations of them) taken whole, else one part's."""
    found, run = [], []
    for op, av in items:
        part = _plain(op, av)
        if part is not None:
            run.append(part)
            continue
        if run:
            found.append(_concat(run))
            run = []
        need = _node(op, av)
        if need is not None:
            found.append(need)
    if run:
        found.append(_concat(run))
    return max(found, key=lambda f: f[1], default=None)


def _concat(parts) -> tuple[str, float]:
    return "".join(src for src, _ in parts), sum(score for _, score in parts)


def _alternation(needs) -> tuple[str, float]:
    sources = list(dict.fromkeys(src for src, _ in needs))
    return "(?:" + "|".join(sources) + ")", min(score for _, score in needs)


def _plain(op, av) -> Optional[tuple[str, float]]:
    """The part itself, when it is a literal, a digit class or an alternation of such sequences."""
    if op is C.LITERAL:
        return re.escape(chr(av)), 1.0
    if op is C.IN and av and all(_is_digit_item(o, a) for o, a in av):
        return DIGIT, 1.5
    if op is C.SUBPATTERN and not av[1] and not av[2]:
        return _plain_sequence(av[3])
    if op is C.BRANCH:
        branches = [_plain_sequence(b) for b in av[1]]
        return _alternation(branches) if all(b is not None for b in branches) else None
    return None


def _plain_sequence(items) -> Optional[tuple[str, float]]:
    parts = [_plain(op, av) for op, av in items]
    return _concat(parts) if parts and all(p is not None for p in parts) else None


def _node(op, av) -> Optional[tuple[str, float]]:
    """What a part that is not plain requires, when it requires anything."""
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, items = av
        need = _sequence(items)
        if need is None or not (add_flags or del_flags):
            return need
        if (add_flags | del_flags) & ~sum(_SCOPED):
            return None
        on = "".join(c for f, c in _SCOPED.items() if add_flags & f)
        off = "".join(c for f, c in _SCOPED.items() if del_flags & f)
        return f"(?{on}{'-' + off if off else ''}:{need[0]})", need[1]
    if op is C.BRANCH:
        needs = [_sequence(branch) for branch in av[1]]
        return _alternation(needs) if all(n is not None for n in needs) else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _, items = av
        return _sequence(items) if low >= 1 else None
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av)
    return None


def _is_digit_item(op, av) -> bool:
    if op is C.CATEGORY:
        return av is C.CATEGORY_DIGIT
    if op is C.LITERAL:
        return re.fullmatch(DIGIT, chr(av)) is not None
    if op is C.RANGE:
        return all(re.fullmatch(DIGIT, chr(x)) for x in range(av[0], av[1] + 1))
    return False
