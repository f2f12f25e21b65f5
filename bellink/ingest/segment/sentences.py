"""Split cleaned text into sentences with character offsets.

razdel (from the natasha stack) splits both languages well at quotes and
ellipses; it does not know English military ranks and titles ("Gen. Lt.
Andrey Ravkov"), so a sentence that ends in a known abbreviation or an initial
is joined to the next one. Sentences never cross paragraphs (lines).

A "sentence" longer than MAX_SENTENCE characters (a page of text without a
full stop: a table dump, a transcript, hostile input) is cut at the last space
before the limit. The longest real sentence in the seeds and test articles is
435 characters; the stages after segmentation look around a position within
its sentence, so an unbounded sentence made their cost grow with the square
of the document.
"""
from __future__ import annotations

import re

from bellink.ingest.model import Sentence

ABBREVIATIONS = {
    # English ranks, titles, months and company forms
    "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "brig", "cmdr", "cdr", "gov", "sen",
    "rep", "dr", "mr", "mrs", "ms", "prof", "st", "mt", "no", "nos", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corp", "inc", "ltd", "co", "vs",
    "etc", "approx", "est", "dept", "gen-lt", "lt-gen", "maj-gen", "u.s", "u.k", "u.n", "e.g", "i.e",
    # Russian
    "г", "гг", "ген", "полк", "подп", "ст", "им", "тыс", "млн", "млрд", "руб", "ул", "св", "т.е",
    "т.д", "т.п", "др", "пр", "проф", "акад", "зам", "нач", "обл", "р-н", "англ",
}
ENDS_WITH_ABBREV = re.compile(r"(?:^|[\s(«\"“])([A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё.\-]{0,7})\.\s*$")
ENDS_WITH_INITIAL = re.compile(r"(?:^|\s)[A-ZА-ЯЁ]\.\s*$")
MAX_SENTENCE = 2000
# a full stop after a designation that ends in capitals ('Су-30СМ. Об этом сообщил ...', 'Ми-35М. Они ...'): razdel
# reads the last capital as an initial and runs on into the next sentence; a letter after a digit is no initial
# (read where a full stop meets a capital, then the few characters before it: one search per sentence, not per letter)
STOP_BEFORE_CAPITAL = re.compile(r"\.\s+(?=[A-ZА-ЯЁ«\"“])")
DESIGNATION_END = re.compile(r"(?:(?<![\s.])\d[A-ZА-ЯЁ]|\d[A-ZА-ЯЁ]{2,3})$")
# how much of a sentence's end _joins_next needs: a space or bracket, 8 letters, the full stop and spaces
TAIL = 64


def _tail(text: str, start: int, stop: int) -> str:
    """The end of text[start:stop], enough for ENDS_WITH_*; a NUL stands for the cut-off part so that
    ``^`` cannot match where the sentence does not begin."""
    if stop - start <= TAIL:
        return text[start:stop]
    return "\0" + text[stop - TAIL:stop]


def _capped(start: int, stop: int, text: str):
    while stop - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        yield start, cut
        start = cut
        while start < stop and text[start] == " ":
            start += 1
    if stop > start:
        yield start, stop


def _joins_next(sentence_text: str) -> bool:
    if ENDS_WITH_INITIAL.search(sentence_text):
        return True
    m = ENDS_WITH_ABBREV.search(sentence_text)
    return bool(m and m.group(1).lower() in ABBREVIATIONS)


# a dateline ends at its dash ("MINSK, 3 March 2020 (BelTA) - ", "МИНСК, 29 мая /ТАСС/ – "); what follows
# is the lead's own sentence, whose subject the stages after segmentation look for at the sentence's start
DATELINE_LINES = 8
MIN_LEAD = 12


def _dateline_end(text: str, start: int, stop: int) -> tuple[int, int]:
    """(end of the dateline, start of the lead) for a dateline opening text[start:stop]; (0, 0) when none."""
    from bellink.ingest.load.document import DATELINE_PATTERNS, _month

    line = text[start:stop]
    for pat in DATELINE_PATTERNS:
        m = pat.match(line)
        if not m or not _month(m.group("month")) or not line[m.end() - 1:m.end()] in "—–-":
            continue
        end = m.end()
        while end < len(line) and line[end] == " ":
            end += 1
        if len(line) - end >= MIN_LEAD:
            return start + m.end(), start + end
    return 0, 0


def split_sentences(text: str) -> list[Sentence]:
    from bellink.ingest import overlap

    # lines are read one by one: one huge document's second half of lines is read in a forked child beside
    # the first (``overlap.halves``), with the same sentences as one reading
    cut = text.find("\n", len(text) // 2) + 1 if overlap.splitting.on_now() and len(text) >= overlap.MIN_SPLIT else 0
    if cut > 0:
        head, tail = overlap.halves(lambda: _spans(text, 0, cut, 0), lambda: _spans(text, cut, len(text), None), {},
                                    "sentences")
        spans = head + tail
    else:
        spans = _spans(text, 0, len(text), 0)
    return [Sentence(index=i, start=start, stop=stop, text=text[start:stop], paragraph=par)
            for i, (start, stop, par) in enumerate(spans)]


# razdel's segmenter costs grow with the square of a line that has no place to split (a page of text without a
# full stop: hostile input, a dump): a line longer than LINE_PIECE is handed to it in pieces, each cut after the
# last full stop and space before the limit (else the last space). Real paragraphs are far shorter, so the cut
# falls where razdel would have split anyway, and MAX_SENTENCE cuts what is longer still.
LINE_PIECE = 50_000
PIECE_END = re.compile(r"[.!?…»\"”)]\s")


def _pieces(line: str, line_start: int):
    """(offset in the text, piece) of ``line``, in pieces of at most about LINE_PIECE characters."""
    if len(line) <= LINE_PIECE:
        yield line_start, line
        return
    start = 0
    while len(line) - start > LINE_PIECE:
        window = line[start + LINE_PIECE // 2:start + LINE_PIECE]
        ends = [m.end() for m in PIECE_END.finditer(window)]
        cut = start + LINE_PIECE // 2 + ends[-1] if ends else line.rfind(" ", start + 1, start + LINE_PIECE) + 1
        if cut <= start:
            cut = start + LINE_PIECE
        yield line_start + start, line[start:cut]
        start = cut
    yield line_start + start, line[start:]


def _at_designation_stops(text: str, start: int, stop: int) -> list:
    """[start, stop] cut after each full stop that closes a designation ending in capitals (DESIGNATION_END)."""
    parts = []
    for m in STOP_BEFORE_CAPITAL.finditer(text, start, stop):
        if m.end() < stop and DESIGNATION_END.search(text, max(start, m.start() - 6), m.start()):
            parts.append([start, m.start() + 1])
            start = m.end()
    parts.append([start, stop])
    return parts


def _spans(text: str, lo: int, hi: int, paragraph) -> list[tuple[int, int, int]]:
    """(start, stop, paragraph) of the sentences of the lines of ``text[lo:hi]`` (``lo`` starts a line);
    ``paragraph``: the number of non-empty lines before ``lo`` (None: counted here)."""
    from razdel import sentenize

    if paragraph is None:
        paragraph = sum(1 for line in text[:lo].split("\n") if line.strip())
    out: list[tuple[int, int, int]] = []
    pos = lo
    for line in text[lo:hi].split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        spans = [(s.start + start, s.stop + start) for start, piece in _pieces(line, line_start)
                 for s in sentenize(piece)]
        merged: list[list[int]] = []
        for start, stop in spans:
            if merged and _joins_next(_tail(text, merged[-1][0], merged[-1][1])):
                merged[-1][1] = stop
            else:
                merged.append([start, stop])
        if merged and paragraph < DATELINE_LINES:
            dash, lead = _dateline_end(text, merged[0][0], merged[0][1])
            if lead:
                merged[0:1] = [[merged[0][0], dash], [lead, merged[0][1]]]
        merged = [part for whole in merged for part in _at_designation_stops(text, *whole)]
        for start, stop in (span for whole in merged for span in _capped(*whole, text)):
            out.append((start, stop, paragraph))
        paragraph += 1
    return out
