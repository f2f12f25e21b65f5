"""A title joined to a suffix by a hyphen ('the president-elect', 'the minister-designate') is another office than the
title, and no speaker after a verb: '..., Ivan Petrov, said the president-elect would ...' is Petrov's clause, not the
sitting president's words before the verb (it was read as '..., said the president' and gave the sitting president
the clause before the verb). Surnames with a capital inside ('McDonough', 'MacArthur') are names, as 'O'Brien' was.
English only: Russian sets these titles as two words ('избранный президент'). Sentences written for this test."""
import pytest

from conftest import statements

LEAD = "Belarus waits for more Su-30SM2 fighters. "


@pytest.mark.parametrize("text", [
    LEAD + "After the vote, one of his aides, Robert McAllister, said the president-elect would keep the sanctions.",
    LEAD + "After the vote, one of the party's lawyers, an economist, said the president-elect would keep the sanctions.",
    LEAD + "A week later, one of the party's lawyers, an economist, said the minister-designate would visit Minsk.",
])
def test_a_hyphened_title_after_the_verb_is_no_speaker(text):
    got = statements(text, "en", "2024-03-15")
    assert not any("After the vote" in said or "A week later" in said for _, _, said in got), got
    assert not any(who in ("Vladimir Putin", "Alexander Lukashenko", "Viktor Khrenin") for who, _, _ in got), got


@pytest.mark.parametrize("text, speaker", [
    (LEAD + "On Monday, Robert McAllister said Minsk would get the fighters in June.", "Robert McAllister"),
    (LEAD + "On Monday, Douglas MacKinnon told reporters that Minsk would get the fighters in June.",
     "Douglas MacKinnon"),
])
def test_a_gaelic_surname_is_a_name(text, speaker):
    got = statements(text, "en", "2024-03-15")
    assert [(who, said) for who, _, said in got] == [(speaker, "Minsk would get the fighters in June")], got


@pytest.mark.parametrize("text, speaker", [
    # the title alone after the verb stays a speaker; 'Mac' inside a word is no name ('Macedonia', 'machine')
    (LEAD + "The fighters will reach Baranovichi in June, said the president.", None),
    (LEAD + "The fighters will reach Baranovichi in June, said the defence minister.", None),
])
def test_the_title_alone_after_the_verb_still_speaks(text, speaker):
    got = statements(text, "en", "2024-03-15")
    assert [said for _, _, said in got] == ["The fighters will reach Baranovichi in June"], got
