"""Reported speech without 'that' whose clause opens with a bare plural noun or a time adverbial.

'Khrenin said crews were already training' and 'Khrenin said on Tuesday the systems would arrive' are as common in
agency copy as 'Khrenin said the systems would arrive', and were not read at all: a zero-'that' clause had to open
with a determiner, a pronoun, a capital or a digit. A bare plural subject is now known by the auxiliary or modal
right after it; a time adverbial between the verb and such a clause is skipped. The sentences were written for
this test, with officials the knowledge base knows.
"""
import pytest

from conftest import statements

LEAD = "Defence Minister Viktor Khrenin met reporters in Minsk.\n\n"


def _said(text):
    return [(who, said) for who, _, said in statements(LEAD + text, "en", "2024-03-14", after=len(LEAD))]


@pytest.mark.parametrize("text,speaker,said", [
    ("Khrenin said crews were already training in Russia.", "Viktor Khrenin",
     "crews were already training in Russia"),
    ("Khrenin also said new deliveries would follow in the autumn.", "Viktor Khrenin",
     "new deliveries would follow in the autumn"),
    ("Khrenin said on Tuesday the systems would arrive in June.", "Viktor Khrenin",
     "the systems would arrive in June"),
    ("Khrenin said last week Belarusian pilots had finished their training.", "Viktor Khrenin",
     "Belarusian pilots had finished their training"),
    ("Alexander Lukashenko said talks with Moscow were going well.", "Alexander Lukashenko",
     "talks with Moscow were going well"),
    ("Sergei Shoigu told reporters in March additional batteries could be sent.", "Sergei Shoigu",
     "additional batteries could be sent"),
])
def test_bare_plural_and_time_adverbial_clauses(text, speaker, said):
    assert _said(text) == [(speaker, said)]


@pytest.mark.parametrize("text", [
    "Khrenin said goodbye to the crews at the airfield.",      # an object, no clause
    "Khrenin said years ago he would step down.",               # 'years ago': no auxiliary after the plural
    "Khrenin said thanks to the engineers on Tuesday.",
    "Khrenin said in June.",
])
def test_what_is_no_such_clause(text):
    assert _said(text) == []


def test_an_apposition_after_the_day_is_no_clause():
    text = ("Belarus has ordered eight Mi-8 helicopters, the defence ministry said on Thursday, the opening day "
            "of the arms fair in Minsk.")
    assert all("opening day" not in said for _, said in _said(text))


@pytest.mark.parametrize("between", [
    "The helicopters will get new sights at the plant, Head of the Air Force Armament Directorate of Belarus "
    "Colonel Igor Golub told Belarus 1.",
    "The crews will train in Russia, Deputy Chief of the General Staff for Armament Major General Igor Golub said.",
])
def test_a_pronoun_after_someone_else_took_the_floor_is_not_the_earlier_speaker(between):
    """A person a reporting verb follows is a rival for 'he' even when his own statement was not read."""
    text = ("The contract was signed on Tuesday, Defence Minister Viktor Khrenin said.\n\n" + between +
            " He said pilots would start training in the spring.")
    said = dict((t, s) for s, t in _said(text))
    assert said.get("pilots would start training in the spring", "missing") != "Viktor Khrenin"
