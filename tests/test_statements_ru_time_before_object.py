"""A time between a Russian object verb and its object: 'Минобороны подтвердило в понедельник прибытие ...'.

English object verbs already skipped the day the words were said ('confirmed on Friday the plans to ...'); the
Russian word order puts the time there as often ('опроверг во вторник сообщения о ...'), and such sentences were no
statement at all, because the object had to follow the verb at once. The verb with a time and no object, or with an
object that names no words (a celebration), stays nothing. The sentences were written for this test.
"""
import pytest

from conftest import speakers


@pytest.mark.parametrize("text,speaker,said", [
    ("Министерство обороны Беларуси подтвердило в понедельник прибытие четырех вертолетов Ми-35М.",
     "Ministry of Defence of Belarus", "подтвердило в понедельник прибытие четырех вертолетов Ми-35М"),
    ("Министр обороны Виктор Хренин опроверг во вторник сообщения о передаче танков России.",
     "Viktor Khrenin", "опроверг во вторник сообщения о передаче танков России"),
    ("Министр обороны Виктор Хренин подтвердил 12 апреля планы закупки еще двух дивизионов С-400.",
     "Viktor Khrenin", "подтвердил 12 апреля планы закупки еще двух дивизионов С-400"),
])
def test_time_between_verb_and_object(text, speaker, said):
    assert speakers(text, "ru", "2024-04-17") == [(speaker, said)]


@pytest.mark.parametrize("text", [
    "Министр обороны Виктор Хренин подтвердил в понедельник.",
    "Министр обороны Виктор Хренин отметил в понедельник 30-летие бригады.",
])
def test_no_words_after_the_time(text):
    assert speakers(text, "ru", "2024-04-17") == []
