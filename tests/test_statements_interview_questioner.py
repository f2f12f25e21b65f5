"""The person who asks an interview's questions is not its interviewee: a journalist named by a noun before the
name ('корреспондент БелТА Иван Петров', 'reporter Ivan Petrov') or as the subject of an asking verb ('Иван Петров
задал вопросы', 'Ivan Petrov asked ...') is passed over; the interviewee is the one person left, or unknown. Before,
the one person the introduction named took every answer even when he asked the questions. Sentences written for
this test."""
import pytest

from conftest import statements

Q_RU = "\n\n— Когда прибудут новые самолеты Су-30СМ?\n\n— Первые машины уже в пути и прибудут до конца года.\n"
Q_EN = ("\n\n- When will the new Su-30SM fighters arrive?\n\n"
        "- The first aircraft are already on their way and will arrive by the end of the year.\n")


def _answer(text, lang):
    got = statements(text, lang, "2024-03-12")
    return [who for who, _, what in got if what.startswith(("Первые машины", "The first aircraft"))]


@pytest.mark.parametrize("intro,lang", [
    ("Корреспондент БелТА Иван Петров задал несколько вопросов министру обороны Виктору Хренину.", "ru"),
    ("Министр обороны Виктор Хренин ответил на вопросы журналиста Ивана Петрова.", "ru"),
    ("BelTA correspondent Ivan Petrov asked Defence Minister Viktor Khrenin several questions.", "en"),
    ("Ivan Petrov of BelTA asked Viktor Khrenin a few questions.", "en"),
    # a journalist unnamed: the one person named answers
    ("Корреспондент БелТА задал несколько вопросов министру обороны Виктору Хренину.", "ru"),
    ("A BelTA correspondent asked Viktor Khrenin a few questions.", "en"),
])
def test_the_questioner_named_beside_the_interviewee_is_passed_over(intro, lang):
    assert _answer(intro + (Q_RU if lang == "ru" else Q_EN), lang) == ["Viktor Khrenin"]


@pytest.mark.parametrize("intro,lang", [
    ("Корреспондент «Белорусской военной газеты» Иван Петров задал несколько вопросов министру обороны.", "ru"),
    ("Иван Петров задал министру обороны несколько вопросов.", "ru"),
    ("Ivan Petrov asked the defence minister a few questions.", "en"),
    ("Reporter Ivan Petrov put several questions to the defence minister.", "en"),
])
def test_an_answer_is_never_the_questioners(intro, lang):
    answer = _answer(intro + (Q_RU if lang == "ru" else Q_EN), lang)
    assert answer and not any(who and "Petrov" in who for who in answer), answer
