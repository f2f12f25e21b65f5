"""A count delivered in equal batches whose days the clause lists (deliveries/spread.py): one stage per batch, each
with its share and its day. Before, the whole took the first day and the other batches were lost. Sentences written
for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published="2019-11-01"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return sorted((e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery")


@pytest.mark.parametrize("text, lang, expected", [
    ("The first four Su-30SM fighters arrived in Belarus from Russia in two pairs, on May 10 and June 20.", "en",
     [("delivered", 2.0, "2019-05-10"), ("delivered", 2.0, "2019-06-20")]),
    ("Russia will deliver four Yak-130 trainers to Belarus in two batches, in March and in June.", "en",
     [("planned", None, "2020-03"), ("planned", None, "2020-06")]),
    ("Первые четыре истребителя Су-30СМ прибыли из России в Беларусь двумя парами – 10 мая и 20 июня 2019 года.", "ru",
     [("delivered", 2.0, "2019-05-10"), ("delivered", 2.0, "2019-06-20")]),
    # only a pair fixes a batch's size: other batches' shares are untold (review 18 W8)
    ("Четыре Як-130 Россия передала Беларуси двумя партиями, в мае и в июле.", "ru",
     [("delivered", None, "2019-05"), ("delivered", None, "2019-07")]),
    ("Россия передала Беларуси пять Як-130 двумя партиями, в мае и в июле.", "ru",
     [("delivered", None, "2019-05"), ("delivered", None, "2019-07")]),
])
def test_each_batch_is_a_stage_of_its_own(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # one time for the batches: the whole, dated once
    ("Russia delivered four Yak-130 trainers to Belarus in two pairs in 2019.", "en", [("delivered", 4.0, "2019")]),
    ("В 2019 году Россия передала Беларуси четыре Як-130 двумя партиями.", "ru", [("delivered", 4.0, "2019")]),
])
def test_batches_without_a_day_each_stay_one_stage(text, lang, expected):
    assert _rows(text, lang) == expected


def test_shares_the_text_gives_are_never_made_equal():
    got = _rows("Россия передала Беларуси шесть Як-130 двумя партиями: в мае - четыре, в сентябре - два.", "ru")
    assert not any(q == 3.0 for _, q, _ in got)


def test_batch_days_out_of_order_keep_the_dated_whole():
    # "в мае и в июле" in a May report: May of this year, July of the last; no batch before the one it follows
    got = _rows("Россия передала Беларуси шесть Як-130 двумя партиями, в мае и в июле.", "ru", published="2024-05-10")
    assert got == [("delivered", 6.0, "2024-05")]
