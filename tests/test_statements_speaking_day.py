"""A sentence of its own that tells when a speaker spoke dates his undated words around it (issue 12, q+d: the
statements stayed at the report's date, and the stages asserted in them with it): "Khrenin was speaking at a board
meeting in Minsk on Tuesday.", "Хренин выступал на коллегии министерства во вторник." Not his day: a day of another
clause in that sentence ("He spoke after talks with Ravkov, who was appointed on Tuesday"), words of another speaker.
Sentences written for these tests."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _dates(text, lang):
    a = analyze_text(text, lang=lang, published="2024-03-14")
    return {(a.entities[st.speaker].name if st.speaker else None, st.date.value if st.date else None)
            for st in a.statements}


@pytest.mark.parametrize("text, lang, expected", [
    ("Belarus will get two more Su-30SM2 fighters this year, Defence Minister Viktor Khrenin has said.\n\n"
     "Khrenin was speaking at a board meeting of the ministry in Minsk on Tuesday.\n\n"
     "\"The crews are ready,\" Khrenin said.", "en", {("Viktor Khrenin", "2024-03-12")}),
    ("Министр обороны Виктор Хренин заявил, что до конца года армия получит еще два истребителя Су-30СМ2.\n\n"
     "Хренин выступал на коллегии министерства во вторник.\n\n"
     "«Экипажи готовы», – сказал Хренин.", "ru", {("Viktor Khrenin", "2024-03-12")}),
])
def test_words_take_the_day_their_speaker_spoke(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Belarus will get two more Su-30SM2 fighters this year, Defence Minister Viktor Khrenin has said.\n\n"
     "He spoke after talks with the commander, who was appointed on Tuesday.", "en"),
])
def test_a_day_of_another_clause_is_not_his(text, lang):
    assert all(day == "2024-03-14" for _, day in _dates(text, lang))
