"""A lower-case word of the reporter's on the office before a titled name ('longtime President Alexander Lukashenko
told reporters', 'self-proclaimed president ...', 'self-styled leader ...'): the speaker phrase opens there, so the
words before the comma are the statement (statement_words.tsv title_ignored). Before, the phrase opened at the title
and the judgement word was read as the end of the content, which then was no clause: no statement. Not this: a
determiner ('the') is no such word, and a word of another kind before the title still ends the phrase ('Russia will
supply weapons, Lukashenko's aide said' is the aide's). Sentences written for this test.
"""
import pytest

from conftest import speakers

LEAD = "Belarus and Russia remain close allies. "


@pytest.mark.parametrize("text", [
    "Russia will soon supply Belarus with weapons, Belarusian self-proclaimed president Alexander Lukashenko told "
    "reporters in Minsk.",
    "Russia will soon supply Belarus with weapons, longtime President Alexander Lukashenko told reporters.",
    "Russia will soon supply Belarus with weapons, self-styled leader Alexander Lukashenko said.",
])
def test_a_judged_title_opens_the_speaker(text):
    assert ("Alexander Lukashenko", "Russia will soon supply Belarus with weapons") in speakers(LEAD + text), \
        speakers(LEAD + text)


def test_a_possessive_before_the_title_is_someone_else():
    got = speakers(LEAD + "Russia will soon supply Belarus with weapons, Lukashenko's aide said.")
    assert not any(w == "Alexander Lukashenko" for w, _ in got), got
