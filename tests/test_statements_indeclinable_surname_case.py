"""A Russian name whose surname does not decline ('Шойгу', 'Лукашенко') is in the case its first name shows: 'во
время встречи с главой Минобороны Сергеем Шойгу заявил' — the instrumental first name is no subject, the speaker is
the one before. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,speaker", [
    ("Александр Лукашенко во время встречи с министром обороны России Сергеем Шойгу заявил, что Беларусь купит "
     "технику, участвовавшую в учениях.", "Alexander Lukashenko"),
    ("Виктор Хренин после переговоров с Сергеем Шойгу сообщил, что поставки продолжатся.", "Viktor Khrenin"),
    ("Встречаясь с Александром Лукашенко, Сергей Шойгу заявил, что поставки продолжатся.", "Sergei Shoigu"),
])
def test_the_first_names_case_decides(text, speaker):
    got = statements(text, "ru", "2021-09-10")
    assert got and got[0][0] == speaker, got
