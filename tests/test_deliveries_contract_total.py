"""A contract's whole told as what the recipient will receive ("Всего по контракту республика получит 12 машин", "In
all, Belarus will receive 12 ... under the contract") is the order's size: an ordered row with that count, not a plan
of a batch (deliveries/contract_total.py). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published="2016-07-01"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang", [
    ("Всего по контракту Беларусь получит от России 12 истребителей Су-30СМ.", "ru"),
    ("В общей сложности по этому контракту белорусские ВВС получат от России 12 самолетов Су-30СМ.", "ru"),
    ("In all, Belarus will receive 12 Su-30SM fighters from Russia under the contract.", "en"),
    ("Under the deal Minsk is to get a total of 12 Su-30SM fighters from Moscow.", "en"),
])
def test_the_contracts_whole_is_the_order(text, lang):
    assert _rows(text, lang) == {("ordered", 12.0)}


@pytest.mark.parametrize("text, lang, expected", [
    # no word of totality: a batch still to come
    ("По контракту Беларусь получит от России 12 истребителей Су-30СМ.", "ru", {("planned", 12.0)}),
    ("Under the contract Belarus will receive four more Su-30SM fighters from Russia.", "en", {("planned", 4.0)}),
    # "всего" right before the numeral is "only" (review 18 W9)
    ("По контракту Беларусь получит всего два Су-30СМ2 вместо обещанных двенадцати.", "ru", {("planned", 2.0)}),
    # a time of its own: the plan keeps it
    ("Всего по контракту Беларусь получит от России 12 истребителей Су-30СМ до конца 2020 года.", "ru",
     {("planned", 12.0)}),
])
def test_a_batch_or_a_dated_plan_stays_planned(text, lang, expected):
    assert _rows(text, lang) == expected
