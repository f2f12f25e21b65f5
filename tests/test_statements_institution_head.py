"""'The head of the ministry', 'Глава ведомства', 'руководитель ведомства' as a follow-up take up the one who just spoke
when he heads an institution (the minister); never after a speaker who heads nothing or a deputy, never a phrase that
names its institution (heads.py). 'замдиректора' / 'замминистра' are deputy titles. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who", [
    ("Belarusian Defence Minister Viktor Khrenin said deliveries would continue. The head of the ministry added that "
     "two more fighters would arrive in spring.", "en", "Viktor Khrenin"),
    ("\"Deliveries will continue,\" said Viktor Khrenin, Belarus's defence minister. The ministry's head added that two "
     "more fighters would arrive in spring.", "en", "Viktor Khrenin"),
    ("Министр обороны Белоруссии Виктор Хренин заявил, что поставки продолжатся. Глава ведомства добавил, что еще два "
     "истребителя прибудут весной.", "ru", "Viktor Khrenin"),
    ("«Поставки продолжатся», — заявил министр обороны Белоруссии Виктор Хренин. Руководитель ведомства добавил, что "
     "еще два истребителя прибудут весной.", "ru", "Viktor Khrenin"),
])
def test_the_head_who_just_spoke(text, lang, who):
    assert [w for w, _, _ in statements(text, lang, "2024-03-15")][-1:] == [who]


@pytest.mark.parametrize("text,lang", [
    ("Analyst Ivan Petrov said deliveries would continue. The head of the department added that two more fighters "
     "would arrive in spring.", "en"),
    ("Аналитик Иван Петров заявил, что поставки продолжатся. Глава ведомства добавил, что еще два истребителя "
     "прибудут весной.", "ru"),
])
def test_nobody_when_the_last_speaker_heads_nothing(text, lang):
    assert [w for w, _, _ in statements(text, lang, "2024-03-15")][-1:] == [None]
