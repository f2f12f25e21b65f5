"""'spoke about' takes its topic as what was said (RULES point 1), but 'about' before an amount means approximately:
'spoke about two hours with the troops' says nothing (review S2 of 0528893). Sentences written for these tests."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text", [
    "Volfovich spoke about an hour with the crews of the S-400 battalion near Grodno.",
    "The commander spoke about forty minutes with the young pilots of the Lida air base.",
    "The minister spoke about half an hour with the graduates of the military academy.",
    "Khrenin spoke about 90 minutes with the servicemen at the Obuz-Lesnovsky range.",
])
def test_about_an_amount_is_no_topic(text):
    assert statements(text) == []


@pytest.mark.parametrize("text, words", [
    ("The minister spoke about a new contract for Russian Yak-130 trainers.", "a new contract"),
    ("Khrenin spoke about two new contracts for Russian Tor-M2K systems.", "two new contracts"),
])
def test_about_a_topic_is_still_content(text, words):
    assert any(said.startswith(words) for *_, said in statements(text))
