"""End-anchored searches of a pattern whose match holds none of a set of stop characters, from the last of them.

A pattern anchored at the end of the words before a verb (``...$``: 'the ministry's statement said', 'one of the
project's administrators told') is tried by ``re`` at every position of the string; before a cue in a sentence cut by
length only (a document without full stops) that string is thousands of characters long, for every cue. Where no
match can hold any of ``stops`` (the pattern's character classes exclude them all), a match can only start after the
last of them in the string, and searching from there (``pos``: a look-behind still sees the character before it,
``^`` matches only at the string's real start) gives the same match as searching the whole string.
"""
from __future__ import annotations


def search_after_stops(rx, text: str, stops: str):
    """``rx.search(text)`` for a pattern none of whose matches holds a character of ``stops``."""
    return rx.search(text, 1 + max(text.rfind(c) for c in stops))
