"""A lower-case word of the reporter's on the office before a titled name ('longtime President Alexander Lukashenko
told the crews', 'self-proclaimed president ...', 'self-styled leader ...'): the speaker phrase opens there, so the
words before the comma are the statement (statement_words.tsv title_ignored). Before, the phrase opened at the title
and the judgement word was read as the end of the content, which then was no clause: no statement. Not this: a
determiner ('the') is no such word, and a word of another kind before the title still ends the phrase ('Two more radar
stations are due, Lukashenko's aide said' is the aide's). Sentences written for this test.
"""
import pytest

from conftest import speakers

LEAD = "Belarus and Russia remain close allies. "


@pytest.mark.parametrize("text", [
    "Two more radar stations are due in the spring, Belarusian self-proclaimed president Alexander Lukashenko said "
    "at a plant in Brest.",
    "Two more radar stations are due in the spring, longtime President Alexander Lukashenko told the crews.",
    "Two more radar stations are due in the spring, self-styled leader Alexander Lukashenko said.",
])
def test_a_judged_title_opens_the_speaker(text):
    assert ("Alexander Lukashenko", "Two more radar stations are due in the spring") in speakers(LEAD + text), \
        speakers(LEAD + text)


def test_a_possessive_before_the_title_is_someone_else():
    got = speakers(LEAD + "Two more radar stations are due in the spring, Lukashenko's aide said.")
    assert not any(w == "Alexander Lukashenko" for w, _ in got), got
