"""The count of the noun an order's participle qualifies is the order's (issue 12, q+d): "the last four of the twelve
ordered in 2017", "the first half of a dozen ordered in 2015", "Из двенадцати машин, законтрактованных в 2016 году",
"The four aircraft, ordered in December 2012, ..." each give the ordered row its count. Not a count: a year ("of 2016
ordered"), one ("the first of them ordered"). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


def _ordered(text, published="2019-05-14"):
    return {(r[0], r[4], r[5]) for r in delivery_rows(text, published) if r[1] == "ordered"}


@pytest.mark.parametrize("text, expected", [
    ("Belarus took delivery of four Mi-35M attack helicopters on Monday. They are the last four of the twelve ordered "
     "in 2016.", {("Mi-35M", 12.0, "2016")}),
    ("Four Mi-8MTV-5 helicopters were handed over to the air base on Monday. They are the second third of a dozen "
     "ordered from Russian Helicopters under a contract signed in March 2017.", {("Mi-8MTV-5", 12.0, "2017-03")}),
    ("The first Yak-130 trainers landed at Lida on Tuesday. The six aircraft, ordered in November 2017, will be handed "
     "over to the air base in June.", {("Yak-130", 6.0, "2017-11")}),
    ("Четыре вертолета Ми-35М прибыли в понедельник на авиабазу. Из десяти машин, законтрактованных в 2016 году, "
     "армия получила уже восемь.", {("Mi-35M", 10.0, "2016")}),
    ("Четыре самолета Як-130 приземлились во вторник в Лиде. Из двенадцати машин, заказанных в 2017 году у "
     "корпорации «Иркут», ВВС получили уже восемь.", {("Yak-130", 12.0, "2017")}),
    # not a count of the order: a number of something else
    ("Four Su-30SM fighters arrived on Tuesday. The contract was one of two countries ordered in 2017.",
     {("Su-30SM", 4.0, "2017")}),
])
def test_the_participles_noun_counts_the_order(text, expected):
    assert _ordered(text) == expected
