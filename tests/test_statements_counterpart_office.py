"""A bare title taken up from a counterpart ('Ravkov met his Russian counterpart ... The Russian minister said', 'Равков
встретился с российским коллегой ... Российский министр заявил'): the counterpart holds the named person's office in
the other country, found by office, country and date (counterparts.py). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,date,who", [
    ("Belarus's defence minister Andrei Ravkov met his Russian counterpart in Moscow. The Russian minister said the "
     "S-300 battalions would be delivered free of charge.", "en", "2016-05-14", "Sergei Shoigu"),
    ("Министр обороны Белоруссии Андрей Равков встретился с российским коллегой в Москве. Российский министр "
     "заявил, что дивизионы С-300 будут переданы безвозмездно.", "ru", "2016-05-14", "Sergei Shoigu"),
    ("Khrenin met his Russian counterpart in Moscow. The Russian minister, for his part, said the supplies would "
     "continue.", "en", "2023-05-14", "Sergei Shoigu"),
    # the office is looked up on the day of the meeting the sentence dates, not on the article's: in 2025 the Russian
    # defence minister is Belousov, in March 2021 it was Shoigu (review of 1ae1364)
    ("In March 2021, Viktor Khrenin met his Russian counterpart in Moscow. The Russian minister said the supplies "
     "would continue.", "en", "2025-03-10", "Sergei Shoigu"),
    ("В марте 2021 года Виктор Хренин встретился с российским коллегой в Москве. Российский министр заявил, что "
     "поставки продолжатся.", "ru", "2025-03-10", "Sergei Shoigu"),
    ("Viktor Khrenin met his Russian counterpart in Moscow on Tuesday. The Russian minister said the supplies would "
     "continue.", "en", "2025-03-10", "Andrei Belousov"),
    # the president's counterpart is no minister: nobody
    ("Lukashenko met his Russian counterpart in Sochi. The Russian minister said the supplies would continue.", "en",
     "2023-05-14", None),
])
def test_the_counterparts_office(text, lang, date, who):
    got = statements(text, lang, date)
    assert [w for w, _, _ in got][-1:] == [who], got
