"""A contract with a count of its own framing a batch that arrived (deliveries/contracts.py ``_fulfilled``): a contract
being fulfilled is an order (RULES: "a contract signed or being fulfilled"), with its count and the statement's date,
and the batch keeps its own count or none. Before, the batch took the contract's count ("Under the contract for eight
Mi-35M, Belarus has received four" -> delivered 8) and no order was written. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    # (review 19 T1: "received six from Russia" counts six, as "получила ... шесть самолетов" does)
    ("Under the contract for ten Yak-130 trainers, Belarus has already received six from Russia.", "en",
     {("delivered", 6, "2015-02-10"), ("ordered", 10, "2015-02-10")}),
    ("The jets that touched down at Lida are the third lot under the contract for the supply of ten Yak-130 trainers "
     "from Russia to Belarus.", "en", {("delivered", None, "2015-02-10"), ("ordered", 10, "2015-02-10")}),
    ("По контракту о поставке десяти самолетов Як-130 Беларусь уже получила из России шесть самолетов.", "ru",
     {("delivered", 6, "2015-02-10"), ("ordered", 10, "2015-02-10")}),
    ("Самолеты, прибывшие в Беларусь из России, стали второй партией по контракту на поставку десяти Як-130.", "ru",
     {("delivered", None, "2015-02-10"), ("ordered", 10, "2015-02-10")}),
])
def test_a_contract_being_fulfilled_is_an_order(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a batch still to come under it: the contract's existence is not told by a fulfilment (no order)
    ("Belarus will receive six Yak-130 trainers from Russia under the contract for ten aircraft next year.", "en",
     {("planned", 6, "2016")}),
    # a contract with no count of its own frames the batch, as before
    ("Under the contract Belarus has received six Yak-130 trainers from Russia.", "en",
     {("delivered", 6, "2015-02-10")}),
    ("По контракту Беларусь получила из России шесть самолетов Як-130.", "ru", {("delivered", 6, "2015-02-10")}),
])
def test_no_order_from_a_frame_alone(text, lang, expected):
    assert _rows(text, lang) == expected


def _orders(text, lang, published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return [e for e in a.events if e.kind == "delivery" and e.status == "ordered"]


@pytest.mark.parametrize("text, lang", [
    # work on systems is no supply: an upgrade or repair contract orders nothing
    ("Under a contract for the modernisation of 20 MiG-29 fighters, Belarus received four Yak-130 trainers.", "en"),
    ("Under the contract for the overhaul of 12 Mi-8 helicopters, Belarus has received two Mi-35M from Russia.", "en"),
    ("По контракту на модернизацию 20 МиГ-29 Беларусь получила четыре учебно-боевых Як-130.", "ru"),
    ("По контракту на ремонт восьми Ми-24 Беларусь уже получила из России два Ми-35М.", "ru"),
    # the contract counts another system than the batch that arrived
    ("Under the contract for 12 Su-30SM fighters, Belarus has already received four Yak-130 trainers.", "en"),
    ("По контракту на поставку 12 Су-30СМ Беларусь уже получила четыре Як-130.", "ru"),
])
def test_a_contract_for_other_work_or_another_system_orders_nothing(text, lang):
    """Review 19 W7: the count inside the contract's phrase was taken whatever it counted and whatever the contract was
    for, and the order then took the batch's system (ordered 20 Yak-130)."""
    assert _orders(text, lang) == []
