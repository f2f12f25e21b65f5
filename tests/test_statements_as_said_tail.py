"""'..., as X said/confirmed on Friday.' at a sentence's end: X's words are the clause before the comma (the English
of 'как отметил X' at the end, which Russian read already). Read only when 'as' follows a comma, only the speaker's
title, name or determiner stand between 'as' and the name, and only a time or a place follows the verb. Not this: an
outlet ('as TASS reported': the news' provenance, RULES point 23), a clause of its own after the verb ('as Khrenin
said they would, until May'), someone of the person's ('as an aide to Khrenin said'), an earlier promise ('as Khrenin
had promised'). Sentences written for this test.
"""
import pytest

from conftest import speakers

LEAD = "Belarus and Russia remain close allies. "


@pytest.mark.parametrize("text, who, said", [
    ("Four repair crews will stay at the range until July, as the Russian Defence Ministry confirmed on Monday.",
     "Ministry of Defence of Russia", "Four repair crews will stay at the range until July"),
    ("Four repair crews will stay at the range until July, as Defence Minister Viktor Khrenin said in Grodno.",
     "Viktor Khrenin", "Four repair crews will stay at the range until July"),
])
def test_as_x_said_at_the_end(text, who, said):
    assert (who, said) in speakers(LEAD + text), speakers(LEAD + text)


@pytest.mark.parametrize("text", [
    "Khrenin visited the brigade, as TASS reported.",
    "The drills went on, as Khrenin said they would, until May.",
    "The crews trained in Russia, as an aide to Khrenin said.",
    "The battery arrived, as Khrenin had promised in May.",
])
def test_not_as_x_said(text):
    assert not any(w == "Viktor Khrenin" for w, _ in speakers(LEAD + text)), speakers(LEAD + text)
