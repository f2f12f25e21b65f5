"""Offices named by a voice or with the army in the title, sentences written for this test:

- 'Пресс-секретарь президента России заявил', 'The Russian presidential press secretary said', 'Пресс-секретарь
  белорусского лидера заявила': a voice that is an office with one holder (titles.tsv) is that holder on the
  article's date, not an institution left unknown; 'The ministry's spokesman said' stays the ministry's voice;
- 'Начальник Генштаба белорусской армии сообщил': the chief of the general staff of that country."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,date,who", [
    ("Пресс-секретарь президента России заявил, что размещение носит оборонительный характер.", "ru", "2023-05-14",
     "Dmitry Peskov"),
    ("The Russian presidential press secretary said the deployment was defensive.", "en", "2023-05-14",
     "Dmitry Peskov"),
    ("Пресс-секретарь белорусского лидера заявила, что переговоры длились четыре часа.", "ru", "2023-05-14",
     "Natalia Eismont"),
    ("The ministry's spokesman said the deployment was defensive.", "en", "2023-05-14", None),
    ("Начальник Генштаба белорусской армии сообщил, что учения начнутся в сентябре.", "ru", "2020-05-14",
     "Alexander Volfovich"),
    ("Начальник Генерального штаба российской армии сообщил, что учения начнутся в сентябре.", "ru", "2020-05-14",
     "Valery Gerasimov"),
])
def test_the_holder_of_the_office(text, lang, date, who):
    got = statements(text, lang, date)
    assert [w for w, _, _ in got] == [who], got
