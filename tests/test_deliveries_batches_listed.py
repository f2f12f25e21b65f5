"""Batches told as the verb's object with their months listed after it ("received two batches of Su-30SM2, in May and
August"): one delivery per batch, each dated (deliveries/spread.py ``_object_batches``); and a bare month joined to a
dated month ("in May, July and October", "в мае и августе") is a time of its own in that year (time/timex.py
``_month_list``). Before, the second month was no time expression and one row took the first. Sentences written
for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text
from bellink.ingest.time.timex import find_timexes


def _rows(text, lang, published="2015-10-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return sorted((e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery")


@pytest.mark.parametrize("text, lang, expected", [
    ("The jets arrived in May, July and October.", "en", ["05", "07", "10"]),
    ("The jets arrived in March and June.", "en", ["03", "06"]),
    ("Самолеты прибыли в мае и августе.", "ru", ["05", "08"]),
    ("Самолеты прибыли в феврале, апреле и июне.", "ru", ["02", "04", "06"]),
    # no list: a month out of order (which year?), a month with its own preposition stays one time
    ("The jets arrived in November and January.", "en", ["11"]),
    ("The jets arrived in May and in August.", "en", ["05", "08"]),
])
def test_a_month_list(text, lang, expected):
    assert [t.value[5:] for t in find_timexes(text, lang, "2015-10-10")] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("This year Belarus has already received two batches of Yak-130 trainers from Russia, in May and August.", "en",
     [("delivered", None, "2015-05"), ("delivered", None, "2015-08")]),
    ("Russia delivered two pairs of Yak-130 trainers to Belarus in March and in June.", "en",
     [("delivered", 2, "2015-03"), ("delivered", 2, "2015-06")]),
    ("В этом году Беларусь уже получила из России две партии самолетов Як-130 – в мае и августе.", "ru",
     [("delivered", None, "2015-05"), ("delivered", None, "2015-08")]),
    ("Россия передала Беларуси две пары самолетов Як-130 в марте и в июне.", "ru",
     [("delivered", 2, "2015-03"), ("delivered", 2, "2015-06")]),
])
def test_batches_listed_after_the_object(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # as many times as batches is what makes them the batches'; a time of another year before them is the whole's
    ("Russia delivered two batches of Yak-130 trainers to Belarus in May.", "en", [("delivered", None, "2015-05")]),
    ("In 2013 Russia delivered two batches of Yak-130 trainers to Belarus, in May and August.", "en",
     [("delivered", None, "2013")]),
])
def test_not_batches_listed(text, lang, expected):
    assert _rows(text, lang) == expected
