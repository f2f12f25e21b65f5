"""Whose words an outlet carries, named after it: '«...», – передает РИА Новости его слова' (the pronoun taken up
like any), '– передает БелТА слова министра', '– цитирует белорусского лидера информагентство X' (the role ends
before the outlet's noun), and in English after a quote with no 'as saying': '"...," RIA Novosti quotes Pavel
Lyutko, head of ...'. A name after 'quotes' that is not a person's ('quotes Kommersant') makes no statement.
Sentences written for this test."""
import pytest

from conftest import speakers


@pytest.mark.parametrize("lang, text, who, said", [
    ("ru", "Белоруссия получила комплекс «Искандер-М». Об этом сообщил глава Минобороны России Сергей Шойгу. "
     "«Комплекс передан. Он может использовать ракеты», – передает РИА Новости его слова.", "Sergei Shoigu",
     "Комплекс передан. Он может использовать ракеты"),
    ("ru", "Министр обороны Виктор Хренин посетил бригаду. «Комплекс передан», – передает БелТА слова министра.",
     "Viktor Khrenin", "Комплекс передан"),
    ("ru", "Президент Александр Лукашенко провел совещание. «Мы его обслужили и вернули», – цитирует белорусского "
     "лидера госагентство БелТА.", "Alexander Lukashenko", "Мы его обслужили и вернули"),
    ("en", "\"We are talking only about the transfer of the launchers to Belarus,\" Russian agency RIA Novosti "
     "quotes Pavel Lyutko, head of the department at the ministry.", "Pavel Lyutko",
     "We are talking only about the transfer of the launchers to Belarus"),
    ("en", "\"The battalion is ready,\" the agency quoted Colonel Oleg Sushkevich.", "Oleg Sushkevich",
     "The battalion is ready"),
])
def test_the_one_whose_words_the_outlet_carries(lang, text, who, said):
    assert (who, said) in speakers(text, lang, "2023-04-04")


def test_an_outlet_quoting_an_outlet_is_no_statement():
    assert speakers("The newspaper quotes Kommersant, a daily. Prices rose.", "en", "2023-04-04") == []
