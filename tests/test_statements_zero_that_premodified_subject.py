"""Zero-'that' reported speech whose subject has two or three premodifiers (construction S19 b): 'said four
Tor-M2 batteries would arrive', 'said six new Russian helicopters would arrive', 'said fewer Polish observers
would be invited'. A plural subject followed by an auxiliary; without one there is no clause ('said goodbye to his
troops'). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,speaker,said", [
    ("Defence Minister Viktor Khrenin said four Tor-M2 batteries would arrive this year.", "Viktor Khrenin",
     "four Tor-M2 batteries would arrive this year"),
    ("Lukashenko said six new Russian helicopters would arrive by May.", "Alexander Lukashenko",
     "six new Russian helicopters would arrive by May"),
    ("Khrenin said fewer Polish observers would be invited.", "Viktor Khrenin", "fewer Polish observers would be invited"),
    ("Volfovich said 12 more Su-30SM2 fighters were expected next year.", "Alexander Volfovich",
     "12 more Su-30SM2 fighters were expected next year"),
    ("Khrenin said three more Pantsir battalions would arrive in May.", "Viktor Khrenin",
     "three more Pantsir battalions would arrive in May"),
])
def test_a_premodified_plural_subject_opens_the_clause(text, speaker, said):
    assert [(w, s) for w, _, s in statements(text, "en", "2024-06-14")] == [(speaker, said)]


@pytest.mark.parametrize("text", [
    "Khrenin said goodbye to his troops in Brest on Monday.",
])
def test_no_auxiliary_no_clause(text):
    assert statements(text, "en", "2024-06-14") == []
