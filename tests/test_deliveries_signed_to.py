"""A signed contract whose purpose an infinitive tells (deliveries/signed_to.py): the contract is the order, dated
before the infinitive, and the infinitive the delivery it is for, dated by its own later time. Before, one planned row
took the contract's time. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    ("The Volat plant signed a deal last spring to ship 30 MZKT-7930 chassis to Russia in 2016, the plant said.", "en",
     {("ordered", 30, "2014-SP"), ("planned", 30, "2016")}),
    ("Moscow signed an agreement with Minsk in 2014 to supply four Mi-35M helicopters in 2016.", "en",
     {("ordered", 4, "2014"), ("planned", 4, "2016")}),
    ("Moscow signed an agreement with Minsk in 2014 to supply four Mi-35M helicopters.", "en",
     {("ordered", 4, "2014")}),
    ("Belarus concluded a contract with Irkut in 2014 to purchase eight Yak-130 trainers.", "en",
     {("ordered", 8, "2014")}),
    ("Минобороны Беларуси в 2014 году заключило контракт, чтобы получить из России четыре вертолета Ми-35М в 2016 году.",
     "ru", {("ordered", 4, "2014"), ("planned", 4, "2016")}),
    ("Завод «Волат» прошлой весной подписал контракт, по которому поставит 30 шасси МЗКТ-7930 в Россию в 2016 году.",
     "ru", {("ordered", 30, "2014-SP"), ("planned", 30, "2016")}),
])
def test_the_contract_is_the_order_and_the_infinitive_its_delivery(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a contract still to be signed, or not signed: no order
    ("Moscow will sign an agreement with Minsk next year to supply four Mi-35M helicopters in 2017.", "en"),
    ("Moscow wants to sign an agreement with Minsk to supply four Mi-35M helicopters in 2017.", "en"),
    ("Moscow has not signed an agreement with Minsk to supply four Mi-35M helicopters.", "en"),
    ("Россия хочет подписать контракт, чтобы поставить Беларуси четыре вертолета Ми-35М в 2017 году.", "ru"),
])
def test_no_order_of_a_contract_not_signed(text, lang):
    assert not {r for r in _rows(text, lang) if r[0] == "ordered"}


@pytest.mark.parametrize("text, expected", [
    # the contract whose object the second predicate of "and" tells (review 18 W5)
    ("Minsk signed a contract in 2014 and is expected to receive four Mi-35M helicopters from Russia in 2016.",
     {("ordered", 4, "2014"), ("planned", 4, "2016")}),
    ("Minsk signed a contract in 2014 and will receive four Mi-35M helicopters from Russia.",
     {("ordered", 4, "2014"), ("planned", 4, "2015-02-10")}),
])
def test_a_signed_contract_and_the_plan_it_is_for(text, expected):
    assert _rows(text, "en") == expected


def _rules(text, lang="en", published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {e.details.get("rule") for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text", [
    # a contract still to be signed, or one with an object of its own
    "Minsk will sign a contract in 2015 and will receive four Mi-35M helicopters from Russia in 2016.",
    "Minsk signed a contract for Tor-M2K systems in 2014 and will receive four Mi-35M helicopters from Russia in 2016.",
])
def test_no_order_for_the_second_predicate(text):
    assert "deliveries.signed_to:order" not in _rules(text)
