"""FSVTS spelled 'Federal Service for Military and Technical Cooperation' (the knowledge base holds that spelling) is
FSVTS, not 'the Russian military' read from its one word 'Military'; an agency the knowledge base does not know is
not the armed forces either. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia will upgrade another batch of T-72 tanks for Belarus, Russia's Federal Agency for Military and "
     "Technical Affairs told TASS on Wednesday."),
    ("en", "Russia will upgrade another batch of T-72 tanks for Belarus, the Federal Board of Military Planning said "
     "on Wednesday."),
])
def test_one_word_inside_a_longer_name_is_no_institution(lang, text):
    got = statements(text, lang, "2019-05-15")
    assert all(w != "Armed Forces of Russia" for w, _, _ in got), got


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Russia will upgrade another batch of T-72 tanks for Belarus, Russia's Federal Service for Military and "
     "Technical Cooperation told TASS on Wednesday.", "Federal Service for Military-Technical Cooperation"),
    ("ru", "Россия модернизирует еще одну партию танков Т-72 для Беларуси, сообщили ТАСС в Федеральной службе по "
     "военно-техническому сотрудничеству.", "Federal Service for Military-Technical Cooperation"),
])
def test_the_service_is_read_in_either_spelling(lang, text, speaker):
    got = statements(text, lang, "2019-05-15")
    assert got and got[0][0] == speaker, got
