"""'Об этом он заявил во вторник на совещании с руководством военного ведомства': the pronoun before the verb is the
subject (the speaker of the sentence before), never a body named in an adverbial after the verb (it made the
ministry the speaker: a wrong speaker). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,who", [
    ("Президент Белоруссии Александр Лукашенко обратился к Москве с просьбой продать Беларуси комплексы «Тор-М2К». "
     "Об этом он заявил во вторник на совещании с руководством военного ведомства.", "Alexander Lukashenko"),
    ("Министр обороны Белоруссии Виктор Хренин сообщил о прибытии батареи. Об этом она стала известна всем.", None),
])
def test_the_pronoun_speaks(text, who):
    got = statements(text, "ru", "2024-03-14")
    assert who in [w for w, _, _ in got] or who is None, got
    assert "Ministry of Defence of Belarus" not in [w for w, _, _ in got], got
