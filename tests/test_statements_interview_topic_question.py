"""'The question of ...' / 'вопрос о ...' names a topic, not an interview: a paragraph with a question of this kind
and one person in it does not make that person the interviewee of the dash-led questions and answers after it.
Before, 'question'/'вопрос' in any sense counted as an interview word, and a reader's question answered by the
editors went to the minister named beside the topic. 'Answered questions', 'ответил на вопросы' still introduce an
interview. Sentences written for this test."""
import pytest

from conftest import statements

QA_EN = "\n\n- Why is Belarus buying Russian jets?\n\n- Because they cost less than anything else on the market.\n"
QA_RU = "\n\n— Почему Беларусь покупает российские самолеты?\n\n— Потому что они дешевле всех остальных на рынке.\n"


def _answer(text, lang):
    got = statements(text, lang, "2024-03-12")
    return [who for who, _, what in got if what.startswith(("Because", "Потому"))]


@pytest.mark.parametrize("intro,lang", [
    ("The question of new fighters came up at a briefing on Tuesday, where Viktor Khrenin spoke about the budget.", "en"),
    ("Вопрос о новых истребителях обсуждался во вторник на брифинге, где выступал Виктор Хренин.", "ru"),
])
def test_a_topic_question_introduces_no_interviewee(intro, lang):
    answer = _answer(intro + (QA_EN if lang == "en" else QA_RU), lang)
    assert "Viktor Khrenin" not in answer, answer


@pytest.mark.parametrize("intro,lang", [
    ("Viktor Khrenin answered questions from the army newspaper.", "en"),
    ("Виктор Хренин ответил на вопросы армейской газеты.", "ru"),
])
def test_answered_questions_still_introduce_the_interviewee(intro, lang):
    assert _answer(intro + (QA_EN if lang == "en" else QA_RU), lang) == ["Viktor Khrenin"]
