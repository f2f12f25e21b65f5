"""Two Russian forms, sentences written for this test:

- a two-word object after a verb that takes one ('Минобороны Белоруссии подтвердило прибытие самолетов'): an
  accusative noun and its genitive are the content (three words were needed);
- 'Это заявил X' opening the sentence after the words, as 'Об этом заявил X' does."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,who,said", [
    ("Минобороны Белоруссии подтвердило прибытие самолетов.", "Ministry of Defence of Belarus",
     "подтвердило прибытие самолетов"),
    ("Самолеты прибудут в июне. Это заявил министр обороны Белоруссии Виктор Хренин.", "Viktor Khrenin",
     "Самолеты прибудут в июне"),
    ("Самолеты прибудут в июне. Это в понедельник сообщил Хренин.", "Viktor Khrenin", "Самолеты прибудут в июне"),
])
def test_the_statement(text, who, said):
    got = statements(text, "ru", "2024-03-14")
    assert [(w, t) for w, _, t in got] == [(who, said)], got


@pytest.mark.parametrize("text", [
    "Самолеты прибудут в июне. Это решение Хренин объявил в понедельник.",
    "Хренин объявил решение.",
])
def test_no_statement(text):
    assert statements(text, "ru", "2024-03-14") == []
