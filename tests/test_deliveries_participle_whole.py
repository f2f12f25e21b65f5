"""The count of the noun an order's participle qualifies is the order's (issue 12, q+d): "the last four of the twelve
ordered in 2016", "the first pair of the eight purchased under a deal signed in 2017", "замыкают поставку десяти
вертолетов, законтрактованных у холдинга в 2016 году", "The ten jets, purchased in November 2017, ..." each give the
ordered row its count. Not the order's count: the system's own count after the whole ("Из 30 машин, заказанных в 2017
году, 12 – истребители Су-30СМ"), a whole of several systems ("eight Mi-8MTV-5 and four Yak-130"). Sentences written
for these tests."""
import pytest

from conftest import delivery_rows


def _ordered(text, published="2019-05-14"):
    return {(r[0], r[4], r[5]) for r in delivery_rows(text, published) if r[1] == "ordered"}


@pytest.mark.parametrize("text, expected", [
    ("Belarus took delivery of four Mi-35M attack helicopters on Monday. They are the last four of the twelve ordered "
     "in 2016.", {("Mi-35M", 12.0, "2016")}),
    ("Two Su-30SM2 fighters landed at Baranovichi on Friday. They are the first pair of the eight purchased under a "
     "deal signed in March 2017.", {("Su-30SM2", 8.0, "2017-03")}),
    ("Russia handed Belarus its first Yak-130 trainers on Tuesday. The ten jets, purchased in November 2017, will all "
     "be at Lida by June.", {("Yak-130", 10.0, "2017-11")}),
    ("Два вертолета Ми-8МТВ-5 прибыли в среду в Мачулищи. Они замыкают поставку десяти вертолетов, законтрактованных "
     "у холдинга в 2016 году.", {("Mi-8MTV-5", 10.0, "2016")}),
])
def test_the_participles_noun_counts_the_order(text, expected):
    assert _ordered(text) == expected


@pytest.mark.parametrize("text, whole", [
    ("Из 30 машин, заказанных Белоруссией в 2017 году, 12 – истребители Су-30СМ.", 30.0),
    ("Из двенадцати машин, заказанных в 2016 году, восемь Ми-8МТВ-5 и четыре Як-130 уже поступили в Белоруссию.", 12.0),
    ("Of the twelve aircraft ordered in 2016, eight Mi-8MTV-5 and four Yak-130 have already arrived in Belarus.", 12.0),
])
def test_a_whole_of_other_counts_is_not_the_systems(text, whole):
    assert not any(q == whole for _, q, _ in _ordered(text))
