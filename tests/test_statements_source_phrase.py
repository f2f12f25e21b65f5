"""One reading of the source phrase after a cue ('according to X', 'learned from X', 'citing X' and their Russian
forms), each construction passing the stops it needs (source_phrase.py). Phrases written for this test."""
import pytest

from bellink.ingest.statements.source_phrase import (
    BRACKETS, CLAUSE_OPENER, PUNCTUATION, SET_OFF_DASH, source_phrase,
)

ACCORDING = {}
LEARNED = {"words": (CLAUSE_OPENER,)}
CITING = {"marks": PUNCTUATION + BRACKETS, "words": (CLAUSE_OPENER, SET_OFF_DASH)}


@pytest.mark.parametrize("after,stops,phrase", [
    (" the Belarusian defence ministry, two jets landed.", ACCORDING, "the Belarusian defence ministry"),
    (" Gen. Lt. Andrei Ravkov, two jets landed.", ACCORDING, "Gen. Lt. Andrei Ravkov"),
    (" министра обороны Виктора Хренина, самолеты прибыли.", ACCORDING, "министра обороны Виктора Хренина"),
    (" the Belarusian defence ministry.", ACCORDING, "the Belarusian defence ministry"),
    (" the ministry that two jets had landed.", LEARNED, "the ministry"),
    (" Госкомвоенпроме, что шасси отправлены.", LEARNED, "Госкомвоенпроме"),
    (" the ministry that two jets had landed.", ACCORDING, "the ministry that two jets had landed"),
    (" the ministry (its press office) that two jets had landed.", CITING, "the ministry"),
    (" пресс-службу Минобороны – самолеты прибыли.", CITING, "пресс-службу Минобороны"),
    (" пресс-службу Минобороны – самолеты прибыли.", LEARNED, "пресс-службу Минобороны – самолеты прибыли"),
])
def test_source_phrase_ends_at_the_constructions_stops(after, stops, phrase):
    text = "X" + after
    end, got = source_phrase(text, 1, len(text), **stops)
    assert got == phrase and text[1:end].strip() == phrase
