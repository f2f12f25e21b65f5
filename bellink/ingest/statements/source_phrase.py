"""The source phrase after a cue: where the words naming who spoke end.

    "according to the Belarusian defence ministry, the jets ..."      'the Belarusian defence ministry' (at the comma)
    "BelTA learned from the ministry that the jets ..."               'the ministry' (at 'that')
    "..., передает БелТА со ссылкой на пресс-службу (Минобороны) ..."  'пресс-службу' (at the bracket)
One reading for every construction that names its source after the cue ('according to X', 'по словам X', 'learned
from X', 'стало известно в X', 'citing X', 'со ссылкой на X'); each passes the stops its construction needs: a
punctuation mark always ends the phrase (a dot only at the end or before a blank, and never the dot of an abbreviated
rank or title: 'according to Gen. Lt. Ravkov'), 'that' /
'что' ends it where the content may follow without a comma, a bracket or a set-off dash where a citation may be
followed by an aside.

Inside the phrase, only the words before what it is about may name the source (``owner_end``): 'a post by a blogger
about Khrenin's visit', 'according to a blogger who wrote about Khrenin', 'в посте блогера о визите Хренина' name no
speaker, least of all Khrenin.

Lexicons: statement_words.tsv (topic_word, platform_word); statement_patterns.tsv (title_abbreviation).
"""
from __future__ import annotations

import re
from functools import lru_cache

from bellink.ingest.statements.words import RANK_ABBREVIATION_AT_END, words

PUNCTUATION = ",;:!?"
# extra stops a construction may ask for
CLAUSE_OPENER = r"\s(?:that|что)\s"  # 'learned from the ministry that ...'
SET_OFF_DASH = r"\s[-–—]\s"  # 'citing the ministry – which ...'
BRACKETS = "()"


@lru_cache(maxsize=16)
def _end_pattern(marks: str, words: tuple) -> re.Pattern:
    m = re.escape(marks)
    return re.compile("|".join([rf"[{m}.]\s", rf"[{m}]", r"\.$", *words]))


def source_phrase(text: str, p: int, limit: int, *, marks: str = PUNCTUATION, words: tuple = ()) -> tuple[int, str]:
    """(end, words) of the source phrase that begins at ``p``: up to the first of ``marks``, a dot that ends the
    stretch or stands before a blank, or one of the ``words`` patterns (CLAUSE_OPENER, SET_OFF_DASH), and at most
    to ``limit`` (the sentence's end)."""
    stretch = text[p:limit]
    end = limit
    for m in _end_pattern(marks, tuple(words)).finditer(stretch):
        if m.group().startswith(".") and m.end() < len(stretch) and RANK_ABBREVIATION_AT_END.search(stretch, 0, m.start()):
            continue  # 'Gen. Lt. Ravkov': an abbreviation's dot
        end = p + m.start()
        break
    return end, text[p:end].strip()


def _topic_pattern() -> re.Pattern:
    topic = "|".join(re.escape(w) for w in sorted(words("topic_word"), key=len, reverse=True))
    platform = "|".join(re.escape(w) for w in words("platform_word"))
    return re.compile(rf"(?<![\w'’-])(?:{topic}|on(?!\s+(?:[\w'’.-]+\s+){{0,5}}?(?:{platform})(?![\w-])))(?![\w'’-])",
                      re.IGNORECASE)


TOPIC_START = _topic_pattern()


def owner_end(text: str, lo: int, hi: int) -> int:
    """Where the words that may name a source end inside the phrase lo..hi: before the first word that opens what
    the words are about or a clause of their own ('about', 'on Khrenin's visit', 'who', 'о', 'который'), else hi."""
    m = TOPIC_START.search(text, lo, hi)
    return m.start() if m else hi
