"""A transcript introduced by 'X told <outlet>' ('told Izvestia on the sidelines of the forum about ...', 'рассказал
«Известиям» о ...') with no word 'interview': the answers are X's, as after 'in an interview'. Without an outlet told,
a dialogue stays nobody's. Sentences written for this test."""
import pytest

from conftest import statements


def _answers(text, lang, published="2020-08-27"):
    return [who for who, _, said in statements(text, lang, published) if said.startswith(("The", "We", "В ", "Мы"))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Dmitry Shugayev, the director of the FSVTS, told Izvestia at the forum about the new contracts.\n\n"
     "— What did Minsk sign this week?\n\n— The helicopters contract was signed on Monday, for four machines.\n\n"
     "— And the armoured vehicles?\n\n— We will start deliveries next year."),
    ("ru", "Директор ФСВТС Дмитрий Шугаев рассказал «Известиям» на форуме о новых контрактах.\n\n"
     "— Что подписал Минск на этой неделе?\n\n— В понедельник подписан контракт на четыре вертолета.\n\n"
     "— А бронетехника?\n\n— Мы начнем поставки в следующем году."),
])
def test_the_answers_after_a_told_outlet_introduction_are_the_interviewees(lang, text):
    got = _answers(text, lang)
    assert len(got) == 2 and all(w == "Dmitry Shugaev" for w in got), got


@pytest.mark.parametrize("lang,text", [
    ("en", "Dmitry Shugayev visited the forum on Monday and looked at the new contracts.\n\n"
     "— What did Minsk sign this week?\n\n— The helicopters contract was signed on Monday, for four machines."),
])
def test_without_an_outlet_told_the_lines_stay_nobodys(lang, text):
    got = _answers(text, lang)
    assert all(w is None for w in got), got
