"""A saved web page's chrome: the lines that are not the article's body (``chrome_sentences``).

A page saved as plain text keeps, beside the article, lists of other stories' titles: "Latest", "Most read",
"Related Articles", "Популярное", "Все новости" and the titles under them, a ticker line of titles joined by bullets.
Those titles read like news ("Russia to hand over S-400 battalion to Belarus", "Белоруссия получила новые Ми-35М")
but belong to other stories, and a fact read from one is a wrong row (``bench/gold/RULES.md``: site chrome is not
annotated).

What marks them is the page's shape, not their words:

    a title line    a line of at most 16 words that does not end as a sentence does (no closing stop, quote or
                    bracket; a clock time or a date closing the line is set aside first)
    the body        begins at the first line of at least 8 words that ends as a sentence does
    chrome          after the body has begun, every title line next to another title line (blank lines between
                    them do not count): a list of titles; but the last of them when text follows it, which is the
                    headline of what follows (a digest's next article under its section label); and, anywhere, a
                    line that joins three or more titles with bullets ("... • ... • ...")

Not chrome: the headline and what stands above the body (a title line before the body's first sentence: the
headline, a section name, a byline); a single title line inside or after the body (a subheading, a page cut off in
mid-sentence: "the department said that the"), which the rules read as they would any line.
"""
from __future__ import annotations

import re

# a line that ends as a sentence does: a stop, a colon or semicolon (a label over a quote), a closing quote or bracket
SENTENCE_END = re.compile(r"[.!?…:;»\"”“'’)\]]\s*$")
# a clock time or a date a title list prints after each title ("... Belarus 12:45", "... 14.08.2025, 12:46")
STAMP = re.compile(r"\s*(?:\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s*\d{1,2}:\d{2})?)\s*$")
BULLET = "•"
TITLE_WORDS = 16
BODY_WORDS = 8


# the characters SENTENCE_END finds at a line's end
SENTENCE_END_CHARS = frozenset(".!?…:;»\"”“'’)]")


def _title_line(line: str) -> bool:
    # (both patterns are tried at every character of the line; what they look for is at its end: a stamp ends in a
    # digit, and the line, stripped, ends in no space, with or without its stamp)
    s = line.strip()
    if s[-1:].isdigit():
        s = STAMP.sub("", s)
    return bool(s) and s[-1] not in SENTENCE_END_CHARS and len(s.split()) <= TITLE_WORDS


def _body_line(line: str) -> bool:
    s = line.strip()
    return len(s.split()) >= BODY_WORDS and re.search(r"[.!?»\"”]\s*$", s) is not None


def chrome_spans(text: str) -> list:
    """(start, stop) of each chrome line of ``text`` (see the module docstring), in order."""
    lines = []  # (start, stop, is a title line, the body has begun before it) of each non-blank line
    pos = 0
    started = False
    spans = []
    for raw in text.split("\n"):
        start, stop = pos, pos + len(raw)
        pos = stop + 1
        if not raw.strip():
            continue
        if raw.count(BULLET) >= 2:
            spans.append((start, stop))
            lines.append((start, stop, False, started))
            continue
        lines.append((start, stop, _title_line(raw), started))
        if not started and _body_line(raw):
            started = True
    def listed(j):
        return 0 <= j < len(lines) and lines[j][2] and lines[j][3]

    for i, (start, stop, title, after_body) in enumerate(lines):
        if not (title and after_body) or not (listed(i - 1) or listed(i + 1)):
            continue
        if not listed(i + 1) and i + 1 < len(lines):
            continue  # the last title line before text goes on is that text's headline (a digest's next article)
        spans.append((start, stop))
    spans.sort()
    return spans


def chrome_sentences(text: str, sentences) -> set:
    """The indexes of the sentences (objects with ``index``, ``start``, ``stop``, in text order) that lie inside a
    chrome line of ``text``."""
    spans = chrome_spans(text) if "\n" in text else []
    out: set = set()
    k = 0
    for s in sentences:
        while k < len(spans) and spans[k][1] <= s.start:
            k += 1
        if k < len(spans) and spans[k][0] <= s.start and s.stop <= spans[k][1] + 1:
            out.add(s.index)
    return out


def chrome_of(a) -> set:
    """``chrome_sentences`` of an analyzed document (``a.document.text``, ``a.sentences``), read once for the stages
    that skip chrome lines (statements, then events) and kept on the analysis."""
    got = getattr(a, "_chrome_sentences", None)
    if got is None:
        got = chrome_sentences(a.document.text, a.sentences)
        a._chrome_sentences = got
    return got
