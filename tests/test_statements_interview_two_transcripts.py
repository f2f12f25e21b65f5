"""Two interviews printed as questions and answers in one article: each transcript's answers are its own
interviewee's, the one person its own introduction names beside an interview word (before, the first
transcript's interviewee took every answer of the document). A transcript broken by a paragraph that introduces
no one goes on with the same interviewee. Sentences written for this test."""
import pytest

from conftest import statements

TWO_RU = ("Министр обороны Виктор Хренин ответил на вопросы газеты «Ваяр».\n\n"
          "— Когда прибудут новые самолеты?\n\n— Первые машины уже в пути и прибудут до конца года.\n\n"
          "Командующий ВВС Игорь Голуб также ответил на вопросы газеты.\n\n"
          "— Готовы ли летчики?\n\n— Летчики прошли переучивание в Липецке.\n")
TWO_EN = ("Defence Minister Viktor Khrenin answered questions from the army newspaper.\n\n"
          "- When will the new fighters arrive?\n\n- The first aircraft are already on their way.\n\n"
          "Air force commander Igor Golub also answered the newspaper's questions.\n\n"
          "- Are the pilots ready?\n\n- The pilots have retrained at Lipetsk.\n")
BROKEN_EN = ("Defence Minister Viktor Khrenin answered questions from the army newspaper.\n\n"
             "- When will the new fighters arrive?\n\n- The first aircraft are already on their way.\n\n"
             "The ministry later published the rest of the conversation.\n\n"
             "- Are the pilots ready?\n\n- The pilots have retrained at Lipetsk.\n")
BROKEN_RU = ("Министр обороны Виктор Хренин ответил на вопросы газеты «Ваяр».\n\n"
             "— Когда прибудут новые самолеты?\n\n— Первые машины уже в пути и прибудут до конца года.\n\n"
             "Позже министерство опубликовало окончание беседы.\n\n"
             "— Готовы ли летчики?\n\n— Летчики прошли переучивание в Липецке.\n")


def _answers(text, lang):
    got = statements(text, lang, "2024-03-12")
    return {what: who for who, _, what in got if what.startswith(("Первые", "Летчики", "The first", "The pilots"))}


@pytest.mark.parametrize("text,lang,first,second", [
    (TWO_RU, "ru", "Viktor Khrenin", "Igor Golub"),
    (TWO_EN, "en", "Viktor Khrenin", "Igor Golub"),
    (BROKEN_RU, "ru", "Viktor Khrenin", "Viktor Khrenin"),
    (BROKEN_EN, "en", "Viktor Khrenin", "Viktor Khrenin"),
])
def test_each_transcript_answers_for_its_own_interviewee(text, lang, first, second):
    got = _answers(text, lang)
    assert len(got) == 2, got
    (a, who_a), (b, who_b) = sorted(got.items(), key=lambda kv: text.index(kv[0]))
    assert (who_a, who_b) == (first, second), got
