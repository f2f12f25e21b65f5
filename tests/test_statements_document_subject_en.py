"""An English document or account of a body as the subject of a reporting verb ('The ministry's statement added
that', 'A statement on the Belarusian defence ministry's website said', 'The Belarusian defence ministry's Telegram
channel said', 'The statement said' after the body is named) gives the body as the speaker (documents.py); and a
place before ', said X' is no unknown speaker. Sentences written for this test."""
import pytest

from conftest import statements

MOD_BY = "Ministry of Defence of Belarus"


@pytest.mark.parametrize("text,said", [
    ("A statement on the Belarusian defence ministry's website said the jets had landed at Baranovichi.",
     "the jets had landed at Baranovichi"),
    ("The Belarusian defence ministry's Telegram channel said the pilots had trained in Russia.",
     "the pilots had trained in Russia"),
    ("The Belarusian defence ministry published a statement on Tuesday. The statement said the jets had landed at "
     "Baranovichi.", "the jets had landed at Baranovichi"),
    ("Belarus's defence ministry said in a Telegram post that the jets had landed. The post said the pilots had "
     "trained in Russia.", "the pilots had trained in Russia"),
    ("The Belarusian defence ministry confirmed the landing. The ministry's statement added that the pilots had "
     "trained in Russia.", "the pilots had trained in Russia"),
])
def test_the_body_of_the_document_speaks(text, said):
    got = statements(text, "en", "2024-03-14")
    assert (MOD_BY, said) in [(w, t) for w, _, t in got], got


@pytest.mark.parametrize("text", [
    "A report said the jets had landed at Baranovichi.",
    "Minsk and Moscow argued for months. The statement said the jets had landed at Baranovichi.",
])
def test_a_document_of_nobody_named_has_no_speaker(text):
    assert all(w is None for w, _, _ in statements(text, "en", "2024-03-14"))


@pytest.mark.parametrize("text,who", [
    ("The crews trained for six months at Kapustin Yar, said Major General Andrei Lukyanovich, commander of the air "
     "force.", "Andrei Lukyanovich"),
    ("The crews trained for six months at Kapustin Yar, said Andrei Lukyanovich.", "Andrei Lukyanovich"),
])
def test_a_place_before_the_verb_is_no_speaker(text, who):
    got = statements(text, "en", "2024-03-14")
    assert [w for w, _, _ in got] == [who], got
