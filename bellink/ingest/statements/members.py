"""One unnamed person of a group or body as the speaker: never the body, never anyone the article names.

    "The plant shipped 20 chassis, one of the project's administrators told Nasha Niva."   unknown, channel Nasha Niva
    '"The bases are empty," an administrator of the Hajun project told the Kyiv Independent.'   unknown
    "«Склады пустеют», — рассказал «Зеркалу» один из администраторов проекта."               unknown
Not this: a named member ('one of its founders, Anton Motolko, said': the name speaks).

Lexicons: statement_words.tsv (member_noun).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.statements.morph import _parse
from bellink.ingest.statements.tails import search_after_stops
from bellink.ingest.statements.values import Who
from bellink.ingest.statements.words import words

_MEMBERS = "|".join(sorted((re.escape(w) for w in words("member_noun")), key=lambda w: (-len(w), w)))
# 'one of the project's administrators', 'one of its founders', 'an administrator of the Hajun project'
MEMBER_EN = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<np>[Oo]ne\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+(?:'s|’s)\s+)?"
    r"(?:[\w-]+\s+){0,2}?[a-z-]+s|[Aa]n?\s+(?:[\w-]+\s+){0,2}?(?:" + _MEMBERS + r")\s+(?:of|at|with|for)\s+"
    r"(?:the\s+)?[^,;:.!?\"“”«»]{2,60}?)\s*$")
# 'two sources familiar with the talks', 'a source close to the ministry', 'sources in the defence industry'
SOURCE_EN = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<np>(?:(?:an?|one|two|three|four|several|some|other|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[Ss]ources?\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on|involved\s+in)|"
    r"[Ss]ources\s+(?:in|at|within|on))\s+[^,;:.!?\"“”«»]{2,80}?)\s*$")
# what MEMBER_EN's and SOURCE_EN's matches never hold (tails.py)
_MEMBER_STOPS = ",;:.!?\"“”«»"
assert not any(c in _MEMBERS for c in _MEMBER_STOPS)
# 'один из администраторов проекта', 'одна из основательниц канала' (after the verb, to the clause's end)
MEMBER_RU = re.compile(r"\s*(?P<np>(?:[Оо]дин|[Оо]дна)\s+из\s+(?P<head>[\w-]+)(?:\s+[\w«»\"-]+){0,3})\s*$")


class Members:
    def member_left(self, stripped: str, bound: int) -> Optional[Who]:
        """An unnamed member as the subject before an English verb (``stripped``: the words from ``bound``)."""
        m = search_after_stops(MEMBER_EN, stripped, _MEMBER_STOPS) or search_after_stops(SOURCE_EN, stripped, _MEMBER_STOPS)
        if m is None or any(x.type == "person" for x in self.mentions_in(bound + m.start("np"), bound + m.end("np"))):
            return None
        lo, hi = bound + m.start("np"), bound + m.end("np")
        return Who(None, self.text[lo:hi], lo, hi, "unknown", None, 0.5,
                   found="unknown: one unnamed person of the group or body")

    def member_right_ru(self, region: str, p: int) -> Optional[Who]:
        """'рассказал «Зеркалу» один из администраторов проекта': an unnamed member after a Russian verb."""
        m = MEMBER_RU.search(region)
        if m is None or not any(x.tag.case == "gent" and x.tag.number == "plur" and x.tag.POS == "NOUN"
                                for x in _parse(m.group("head").lower())[:3]):
            return None
        if any(x.type == "person" for x in self.mentions_in(p + m.start("np"), p + m.end("np"))):
            return None
        lo, hi = p + m.start("np"), p + m.end("np")
        return Who(None, self.text[lo:hi], lo, hi, "unknown", None, 0.5,
                   found="unknown: one unnamed person of the group or body")
