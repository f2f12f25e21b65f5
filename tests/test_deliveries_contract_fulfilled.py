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
    ("Under the contract for ten Yak-130 trainers, Belarus has already received six from Russia.", "en",
     {("delivered", None, "2015-02-10"), ("ordered", 10, "2015-02-10")}),
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
