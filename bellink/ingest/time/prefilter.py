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

``requirements`` gives every such part of the top-level sequence (a day-and-month rule needs a
digit and a month word: a sentence with a year alone is not searched for it), and each comes
with a case-folded twin: the same literals lowercased, searched without IGNORECASE in the
sentence lowercased once (``fold_text``). Python's ``re`` cannot skip ahead to a cased literal
under IGNORECASE, so the folded search is several times faster; it finds the part wherever the
IGNORECASE search would (lowercase equal is what IGNORECASE compares) except where the text holds
a character IGNORECASE also equates with a letter ("ı" with "i", "ſ" with "s", "ᲀ" with "в") or
that lowercases to two ("İ"): ``fold_text`` returns None for those and the original searches run.
"""
from __future__ import annotations

import re
from functools import lru_cache
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


class Need:
    """One part every match holds: ``rx`` searched in the text as it is, ``folded`` (None when the
    part cannot be folded) in the text ``fold_text`` gives; ``words``, when the folded part is a
    few plain strings and perhaps a digit ("(?:spring|summer|autumn|fall|winter)", "(?:3\\d|\\d)"),
    those strings, looked for with ``in`` (and ``digit``: any digit will do): Python's ``re``
    tries an alternation at every position of the text, ``in`` skips ahead (a part like
    "(?:thirties|forties|...)" cost ~45 µs a sentence as a search)."""
    __slots__ = ("rx", "folded", "key", "words", "digit")

    def __init__(self, source: str, folded: Optional[str], flags: int):
        self.rx = re.compile(source, flags)
        self.folded = re.compile(folded) if folded is not None else None
        self.key = (source, flags)
        self.words, self.digit = literal_strings(folded) if folded is not None else (None, False)

    def held_by(self, text: str, folded_text: Optional[str]) -> bool:
        if folded_text is not None and self.folded is not None:
            if self.words is not None:
                return any(map(folded_text.__contains__, self.words)) or \
                    (self.digit and _DIGIT.search(folded_text) is not None)
            return self.folded.search(folded_text) is not None
        return self.rx.search(text) is not None


_DIGIT = re.compile(DIGIT)
MAX_WORDS = 128
_ANY_DIGIT = "\0"  # stands for \d while the strings are spelled out


def literal_strings(source: str) -> tuple[Optional[tuple], bool]:
    """``_literal_strings`` (below), kept on disk (``keep_on_disk``)."""
    return _kept("literal", source, 0, lambda: _literal_strings(source))


def _literal_strings(source: str) -> tuple[Optional[tuple], bool]:
    """(strings, digit) such that a pattern made only of literals, digit classes (\\d),
    non-capturing groups without flags and alternations matches a text exactly where one of
    the strings stands in it, or (when ``digit``) a digit does; the strings another contains
    are left out (a text holding the longer holds the shorter). (None, False) for any other
    pattern, more than MAX_WORDS strings, or a digit that is part of a longer string."""
    if P is None:
        return None, False
    try:
        found = _strings(P.parse(source, 0))
    except Exception:  # an unexpected parse shape: searched as a pattern
        return None, False
    if not found or "" in found:
        return None, False
    kept = sorted(set(found), key=lambda w: (len(w), w))  # (one order in every process: the answers are kept on disk)
    kept = [w for i, w in enumerate(kept) if not any(v in w for v in kept[:i])]
    digit = _ANY_DIGIT in kept
    words = tuple(w for w in kept if w != _ANY_DIGIT)
    if any(_ANY_DIGIT in w for w in words):
        return None, False
    return words, digit


def _strings(items) -> Optional[list]:
    out = [""]
    for op, av in items:
        if op is C.LITERAL and av:
            alts = [chr(av)]
        elif op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            alts = [_ANY_DIGIT]
        elif op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            alts = _strings(av[3])
        elif op is C.BRANCH:
            alts = []
            for branch in av[1]:
                got = _strings(branch)
                if got is None:
                    return None
                alts += got
        else:
            return None
        if alts is None or len(out) * len(alts) > MAX_WORDS:
            return None
        out = [a + b for a in out for b in alts]
    return out


@lru_cache(maxsize=256)
def _parse(source: str, flags: int):
    """The parse of a pattern, read by ``requirements`` and ``starts`` alike (neither changes it): a time
    rule's parse costs more than its compilation."""
    return P.parse(source, flags)


def requirements(pattern: re.Pattern) -> list[Need]:
    """Every part the top-level sequence of ``pattern`` requires (each one is held by every match),
    the most selective first; empty when none is found (no filter)."""
    found = parts_of(pattern)
    if not found:
        return []
    seen, out = set(), []
    for source, score, folded in sorted(found, key=lambda f: -f[1]):
        if source not in seen:
            seen.add(source)
            out.append(Need(source, folded, pattern.flags))
    return out


def parts_of(pattern: re.Pattern, keep_parse: bool = True) -> Optional[tuple]:
    """Every part (source, score, folded source or None) the top-level sequence of ``pattern`` requires
    (``_sequence``); None when the parse has a shape this module does not read. ``keep_parse``: the parse is
    kept for ``starts`` (the time rules ask both of a pattern)."""
    if P is None:
        return None

    def read():
        try:
            tree = _parse(pattern.pattern, pattern.flags) if keep_parse else P.parse(pattern.pattern, pattern.flags)
            return tuple(_sequence(tree, every=True))
        except Exception:  # an unexpected parse shape
            return None
    return _kept("parts", pattern.pattern, pattern.flags, read)


def _is_plain_letter(c: str) -> bool:
    return c.isascii() or "а" <= c <= "я" or c == "ё"


def _odd_characters() -> Optional[frozenset]:
    """Characters IGNORECASE equates with another that lowercasing does not map them to: all
    those in Python's table of extra case equivalences outside ASCII and the Russian alphabet
    (an ASCII or Russian letter's extra equivalents all lie outside, so once the text has none of
    them, lowercase equality is IGNORECASE's equality for those letters), and the combining dot
    "İ" lowercases to beside its "i"."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:
        return None
    odd = {chr(c) for k, vs in _EXTRA_CASES.items() for c in (k, *vs)}
    odd = {c for c in odd if not _is_plain_letter(c)}
    for k, vs in _EXTRA_CASES.items():
        if _is_plain_letter(chr(k)) and any(_is_plain_letter(chr(v)) for v in vs):
            return None  # the table changed in a way this reasoning does not cover: never fold
    return frozenset(odd | {"\u0307"})


_ODD = _odd_characters()
_ODD_RX = re.compile("[" + "".join(re.escape(c) for c in sorted(_ODD)) + "]") if _ODD is not None else None


def fold_text(text: str) -> Optional[str]:
    """``text`` lowercased for the folded searches; None when it holds a character they cannot
    stand for (then the IGNORECASE searches run)."""
    if _ODD_RX is None:
        return None
    low = text.lower()
    if not low.isascii() and _ODD_RX.search(low):
        return None
    return low


def _fold_literal(c: str) -> Optional[str]:
    low = c.lower()
    if len(low) != 1 or not _is_plain_letter(low) and (_ODD is None or low in _ODD):
        return None
    return re.escape(low)


# Each part below is (source, score, folded source or None): the score is the shortest text the
# part matches, a digit counting more than a letter (it is rarer); the filter keeps the
# highest-scoring part.

def _sequence(items, every: bool = False):
    """The best requirement among the parts of a sequence, all of which every match passes:
    runs of plain parts (literals and alternations of them) taken whole, else one part's.
    With ``every``, all of them (a list)."""
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
    if every:
        return found
    return max(found, key=lambda f: f[1], default=None)


def _join_folded(parts, sep: str = "") -> Optional[str]:
    folded = [f for _, _, f in parts]
    return None if any(f is None for f in folded) else sep.join(folded)


def _concat(parts):
    return "".join(src for src, _, _ in parts), sum(score for _, score, _ in parts), _join_folded(parts)


def _alternation(needs):
    unique = list({src: (src, score, f) for src, score, f in needs}.values())
    folded = _join_folded(unique, "|")
    return ("(?:" + "|".join(src for src, _, _ in unique) + ")", min(score for _, score, _ in needs),
            None if folded is None else "(?:" + folded + ")")


def _plain(op, av):
    """The part itself, when it is a literal, a digit class or an alternation of such sequences."""
    if op is C.LITERAL:
        return re.escape(chr(av)), 1.0, _fold_literal(chr(av))
    if op is C.IN and av and all(_is_digit_item(o, a) for o, a in av):
        return DIGIT, 1.5, DIGIT
    if op is C.SUBPATTERN and not av[1] and not av[2]:
        return _plain_sequence(av[3])
    if op is C.BRANCH:
        branches = [_plain_sequence(b) for b in av[1]]
        return _alternation(branches) if all(b is not None for b in branches) else None
    return None


def _plain_sequence(items):
    parts = [_plain(op, av) for op, av in items]
    return _concat(parts) if parts and all(p is not None for p in parts) else None


def _node(op, av):
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
        # folded, the scope goes: lowercase equal holds wherever the scoped match does
        return f"(?{on}{'-' + off if off else ''}:{need[0]})", need[1], \
            None if need[2] is None else f"(?:{need[2]})"
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


class Gate:
    """``rx`` behind the parts every match of it holds (``requirements``): ``search`` gives what
    ``rx.search`` gives, but a text holding none of a required part's words (looked for with ``in``
    in the text lowercased) is not searched. For the rules' long alternations of cue phrases, which
    ``re`` tries at every position of the text and which most texts do not hold (a search of ~200
    characters cost 30-100 µs). The text a match lies in is ``text[pos:endpos]`` (a lookbehind may
    read before ``pos``, but no required part comes from a lookaround), so that slice is what is
    tested."""
    __slots__ = ("rx", "needs")

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.needs = tuple(requirements(rx))

    def may_match(self, text: str, folded=False) -> bool:
        """False when ``rx`` cannot match anywhere in ``text``. ``folded``: ``fold_text(text)`` when the caller
        has it (a document tested against several gates is folded once)."""
        if not self.needs:
            return True
        if folded is False:
            folded = fold_text(text)
        for need in self.needs:
            if not need.held_by(text, folded):
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        end = len(text) if endpos is None else endpos
        if not self.may_match(text[pos:end] if pos or end < len(text) else text):
            return None
        return self.rx.search(text, pos, end)


# --- where a match can begin ------------------------------------------------------------------
#
# A pattern that opens with a lookbehind ("(?<![\w.,:/$€£+-])\d...", "(?<!\w)(?-i:January|...)") gives
# ``re`` no first character to skip ahead to: the search runs the lookbehind and the first part at every
# position of the text. When every match must begin with a digit (a day, a year) or a capital letter (an
# English month under "(?-i:...)"), a search for that one character finds the few places a match can
# begin, and the pattern is tried there alone (``Starts.search``).

_CATEGORY_CLASS = {}
if C is not None:
    _CATEGORY_CLASS = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                       C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}


class _NoStart(Exception):
    """The parse holds a part whose first characters are not read off here."""


def _first(items, ignore: bool, out: list) -> bool:
    """Adds to ``out`` (item, whether case is ignored there) for each character-class item a match of the
    sequence ``items`` may begin with; True when the sequence may match the empty string (then what
    follows it may begin the match too)."""
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the match begins with what follows
        if op is C.LITERAL:
            out.append(((op, av), ignore))
            return False
        if op is C.IN:
            for o, a in av:
                if o not in (C.LITERAL, C.RANGE, C.CATEGORY) or (o is C.CATEGORY and a not in _CATEGORY_CLASS):
                    raise _NoStart  # NEGATE, ...
                out.append(((o, a), ignore))
            return False
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~re.I:  # a change of \w's meaning, verbose parts, ...
                raise _NoStart
            inner = (ignore or bool(add_flags & re.I)) and not del_flags & re.I
            if not _first(sub, inner, out):
                return False
            continue
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _first(branch, ignore, out) or empty
            if not empty:
                return False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, _, sub = av
            if not _first(sub, ignore, out) and low >= 1:
                return False
            continue
        if op is getattr(C, "ATOMIC_GROUP", None):
            if not _first(av, ignore, out):
                return False
            continue
        raise _NoStart  # ANY, NOT_LITERAL, a back reference, ...
    return True


def _rare(c: int, ignore: bool) -> bool:
    """Is the character one that begins few places of a text: not a letter, or a capital letter matched
    with its case?"""
    ch = chr(c)
    if not ch.isalpha() and ch.lower() == ch.upper():
        return True
    return not ignore and ch.isupper() and not ch.islower()


def starts(pattern: re.Pattern) -> Optional[re.Pattern]:
    """A one-character class every match of ``pattern`` begins with, when that class holds no lowercase
    letter (under IGNORECASE, no letter at all); None otherwise (a class of lowercase letters begins most
    words and would find no fewer places than the search itself tries). Where ``pattern`` ignores case, so
    does the class, with the pattern's own folding."""
    if P is None or pattern.flags & (re.X | re.L) or not isinstance(pattern.pattern, str):
        return None
    got = _kept("starts", pattern.pattern, pattern.flags, lambda: _starts(pattern))
    return None if got is None else re.compile(*got)


def _starts(pattern: re.Pattern) -> Optional[tuple]:
    """``starts``' class as (source, flags), or None."""
    try:
        items: list = []
        if _first(_parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.I), items):
            return None  # the pattern may match the empty string anywhere
    except _NoStart:
        return None
    except Exception:  # an unexpected parse shape
        return None
    if not items:
        return None
    for (op, av), ignore in items:
        if op is C.LITERAL and not _rare(av, ignore) or \
                op is C.RANGE and not all(_rare(c, ignore) for c in range(av[0], av[1] + 1)) or \
                op is C.CATEGORY and av is not C.CATEGORY_DIGIT:
            return None
    ignore = any(i for _, i in items)  # case folded for all when for any: more places, never fewer
    parts = []
    for (op, av), _ in items:
        if op is C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is C.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        else:
            parts.append(_CATEGORY_CLASS[av])
    return "[" + "".join(dict.fromkeys(parts)) + "]", (re.I if ignore else 0) | pattern.flags & re.A


class Starts:
    """``rx.search`` tried only where a match can begin (``starts``): the first place at or after ``pos``
    where ``rx.match`` succeeds is where ``rx.search`` finds its match, with the same groups (``match`` at
    a position reads the text before it, lookbehinds too, as the search does there)."""
    __slots__ = ("rx", "first", "search")

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.first = starts(rx)
        self.search = self._search if self.first is not None else rx.search

    def _search(self, text: str, pos: int = 0):
        find, match = self.first.search, self.rx.match
        while True:
            f = find(text, pos)
            if f is None:
                return None
            p = f.start()
            m = match(text, p)
            if m is not None:
                return m
            pos = p + 1


# --- what the functions above read off a pattern, kept between ingests -------------------------------------
#
# Reading the parts off a pattern (its parse, then the walk above) cost ~0.12 CPU-s at the start of every ingest
# process (the time rules, the gates and the document gates: ~70 patterns, 0.05 of it docgate's 30), for answers
# that depend only on the pattern's text and flags, this module's code and Python's own parser. ``keep_on_disk``
# (``bellink ingest`` only, with the regular-expression cache) keeps them in a JSON file beside the compiled
# patterns, named by the Python version and a digest of this module's source: an edit of the walk never reads
# what the old walk gave. Read as the regular-expression cache is (``regexcache.read_private``: plain JSON of
# strings, numbers, lists and null, from a file of this user's that nobody else may write), each entry checked
# field by field; anything else is read again from the pattern.

_disk: dict = {"on": False, "path": None, "known": {}, "used": set(), "new": 0, "pid": None}
MAX_KEPT = 2000  # entries written: this process's first (as regexcache's MAX_ENTRIES)


def _kept(kind: str, source: str, flags: int, read):
    if not _disk["on"] or type(source) is not str or not _utf8(source):  # (a file of UTF-8 JSON holds it)
        return read()
    key = (kind, source, flags)
    known = _disk["known"]
    if key in known:
        _disk["used"].add(key)
        return known[key]
    got = known[key] = read()
    _disk["used"].add(key)
    _disk["new"] += 1
    return got


def _utf8(source: str) -> bool:
    if source.isascii():
        return True
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _checked(kind: str, value):
    """The entry's value in the form the functions above give, or ValueError."""
    if kind == "parts":
        if value is None:
            return None
        out = []
        for part in value:
            src, score, folded = part
            if type(src) is not str or type(score) not in (int, float) or not (folded is None or type(folded) is str):
                raise ValueError
            out.append((src, float(score), folded))
        return tuple(out)
    if kind == "literal":
        words, digit = value
        if type(digit) is not bool or not (words is None or type(words) is list and all(type(w) is str for w in words)):
            raise ValueError
        return (None if words is None else tuple(words)), digit
    if kind == "starts":
        if value is None:
            return None
        src, flags = value
        if type(src) is not str or type(flags) is not int:
            raise ValueError
        return src, flags
    raise ValueError


def disk_path() -> Optional[str]:
    import hashlib
    import os
    import sys

    from bellink.ingest.regexcache import cache_path

    try:
        with open(__file__, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()[:16]
    except OSError:
        return None
    version = "".join(map(str, sys.version_info[:3]))
    return os.path.join(os.path.dirname(cache_path()), f"parts-{sys.implementation.name}{version}-{digest}.json")


def keep_on_disk() -> None:
    """Read the kept answers, and write what this process read anew at its exit."""
    import atexit
    import os

    from bellink.ingest.regexcache import read_private

    if _disk["on"] or P is None or os.environ.get("BELLINK_REGEX_CACHE") == "0":
        return
    path = disk_path()
    if path is None:
        return
    known = {}
    entries = read_private(path)
    for e in entries if isinstance(entries, list) else ():
        try:
            kind, source, flags, value = e
            if type(kind) is not str or type(source) is not str or type(flags) is not int:
                continue
            known[(kind, source, flags)] = _checked(kind, value)
        except (ValueError, TypeError):
            continue
    _disk.update(on=True, path=path, known=known, used=set(), new=0, pid=os.getpid())
    atexit.register(save)


def save() -> None:
    import json
    import os

    from bellink.ingest.regexcache import write_private

    if not _disk["new"] or _disk["pid"] != os.getpid() or not _disk["path"]:
        return
    known, used = _disk["known"], _disk["used"]
    keys = [k for k in known if k in used]
    keys += [k for k in known if k not in used][:max(0, MAX_KEPT - len(keys))]
    try:
        write_private(_disk["path"], json.dumps([[*k, known[k]] for k in keys], ensure_ascii=False,
                                                separators=(",", ":")))
        _disk["new"] = 0
    except (OSError, TypeError, ValueError, OverflowError):
        pass


# --- a whole pattern searched in the lowercased text ---------------------------------------------------------------
#
# Python's ``re`` runs an IGNORECASE alternation slowly: a branch that opens with a cased letter is entered at every
# position of the text (a case-sensitive branch whose first letter differs from the text's is skipped without being
# entered), and no position is skipped ahead of a search. ``twin(rx)`` is ``rx`` without IGNORECASE, every cased letter
# of it (a literal, a letter of a class, the letters of a range) replaced by its lowercase: in the text ``fold_text``
# gives, it matches exactly where ``rx`` matches in the text, with the same groups (lowercase equal is what
# IGNORECASE compares, the argument of ``Need``'s folded parts above), at a third to a half of the cost on a long cue
# alternation. ``Folded`` searches with the twin and hands back ``rx``'s own match at the place found (``rx.match`` at
# a position reads the text before it, lookbehinds and word boundaries too, as its search does there), so its
# matches are ``rx``'s: group texts in the text's own case.

_TWINS: dict = {}  # id(rx) -> (rx, twin or None): the pattern kept, so its id is never another's
_RANGE_MAX = 512  # a range of cased letters is spelled out letter by letter up to this size


def twin(rx: re.Pattern) -> Optional[re.Pattern]:
    """``rx`` for the text ``fold_text`` gives (see above), or None when ``rx`` is not an IGNORECASE pattern this
    can fold exactly: a scoped flag that turns case folding on or off, ASCII or LOCALE folding, a letter whose
    lowercase is two characters or one ``fold_text`` refuses, a long range of cased letters."""
    got = _TWINS.get(id(rx))
    if got is None:
        got = _TWINS[id(rx)] = (rx, _make_twin(rx))
    return got[1]


class _NoTwin(Exception):
    pass


def _make_twin(rx: re.Pattern) -> Optional[re.Pattern]:
    if P is None or _ODD is None or not isinstance(rx.pattern, str) or not rx.flags & re.I or \
            rx.flags & (re.A | re.L):
        return None
    try:
        from re import _compiler

        parsed = P.parse(rx.pattern, rx.flags)
        if parsed.state.flags & (re.A | re.L):
            return None
        parsed.data = _fold_items(parsed.data)
        parsed.state.flags &= ~re.I
        return _compiler.compile(parsed, rx.flags & ~re.I)
    except _NoTwin:
        return None
    except Exception:  # an unexpected parse shape: the pattern's own search
        return None


def _fold_code(c: int) -> int:
    ch = chr(c)
    low = ch.lower()
    if low == ch and ch not in _ODD:
        return c
    if len(low) != 1 or ch in _ODD or low in _ODD:
        raise _NoTwin
    return ord(low)


def _fold_class(items: list) -> list:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append((op, _fold_code(av)))
        elif op is C.RANGE:
            lo, hi = av
            if all(chr(x).lower() == chr(x) and chr(x) not in _ODD for x in range(lo, min(hi, lo + _RANGE_MAX) + 1)) \
                    and hi - lo <= _RANGE_MAX:
                out.append((op, av))
            elif hi - lo <= _RANGE_MAX:
                out.extend((C.LITERAL, _fold_code(x)) for x in range(lo, hi + 1))
            else:
                raise _NoTwin
        elif op in (C.NEGATE, C.CATEGORY):
            out.append((op, av))
        else:
            raise _NoTwin
    return out


def _fold_items(items: list) -> list:
    out = []
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            out.append((op, _fold_code(av)))
        elif op is C.IN:
            out.append((op, _fold_class(av)))
        elif op in (C.ANY, C.AT, C.GROUPREF, C.CATEGORY, C.FAILURE):
            out.append((op, av))
        elif op is C.BRANCH:
            out.append((op, (av[0], [_folded_sub(b) for b in av[1]])))
        elif op is C.SUBPATTERN:
            group, add_flags, del_flags, p = av
            if (add_flags | del_flags) & (re.I | re.A | re.L):
                raise _NoTwin
            out.append((op, (group, add_flags, del_flags, _folded_sub(p))))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            out.append((op, (av[0], av[1], _folded_sub(av[2]))))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out.append((op, _folded_sub(av)))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            out.append((op, (av[0], _folded_sub(av[1]))))
        elif op is C.GROUPREF_EXISTS:
            out.append((op, (av[0], _folded_sub(av[1]), _folded_sub(av[2]) if av[2] is not None else None)))
        else:
            raise _NoTwin
    return out


def _folded_sub(sub):
    """A SubPattern's copy with its items folded (the parser's own object, so the compiler reads it as usual)."""
    if sub is None:
        return None
    new = P.SubPattern(sub.state, _fold_items(sub.data))
    if getattr(sub, "width", None) is not None:
        new.width = sub.width
    return new


class Folded:
    """``rx``'s ``search`` and ``finditer`` run by its twin (``twin``) in the text lowercased, given as ``low``
    (``fold_text``'s answer for the whole ``text``: offsets are the same); with ``low`` None (a text ``fold_text``
    refused, or one not folded) or no twin, ``rx``'s own."""
    __slots__ = ("rx", "_twin", "_made")

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self._twin = None
        self._made = False

    @property
    def folded(self) -> Optional[re.Pattern]:
        if not self._made:  # (made at the first search: a pattern's parse costs up to a few ms)
            self._twin, self._made = twin(self.rx), True
        return self._twin

    def search(self, text: str, pos: int = 0, endpos: int = 2 ** 62, low: Optional[str] = None):
        tw = self.folded if low is not None else None
        if tw is None:
            return self.rx.search(text, pos, endpos)
        m = tw.search(low, pos, endpos)
        return None if m is None else self.rx.match(text, m.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2 ** 62, low: Optional[str] = None):
        tw = self.folded if low is not None else None
        if tw is None:
            yield from self.rx.finditer(text, pos, endpos)
            return
        match = self.rx.match
        for m in tw.finditer(low, pos, endpos):
            yield match(text, m.start(), endpos)


def folds(low: str) -> bool:
    """Whether a text already lowercased is one ``fold_text`` would give (no character it refuses)."""
    return _ODD_RX is not None and (low.isascii() or _ODD_RX.search(low) is None)
