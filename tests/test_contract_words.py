"""One lexicon of contract words (bellink/kb/contract_words.tsv) that every contract rule asks: a contract's own date
(events/dates.py), the deal's size (deliveries/size_stated.py), a signed contract's purpose (deliveries/signed_to.py)
and a contract's whole (deliveries/contract_total.py). Before, each rule had its own list and they differed ("order"
in one, "agreement" in another, "сделка" in none of the signing rules). Sentences written for this test."""
import pytest

from bellink.ingest.events.lexicons import CONTRACT_NOUN, CONTRACT_TOTAL
from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text", [
    "the contract", "two deals", "an agreement", "the accord", "the order covers", "по контракту", "контрактом",
    "договору", "соглашения", "сделку", "сделок", "заказа",
])
def test_contract_nouns(text):
    assert CONTRACT_NOUN.search(text)


@pytest.mark.parametrize("text", [
    # a purpose, a verb, an adjective, a person: no contract noun
    "in order to replace", "договорились", "заказал", "контрактник", "контрактная служба", "the contractor",
])
def test_not_contract_nouns(text):
    assert not CONTRACT_NOUN.search(text)


def test_total_words_are_one_alternation():
    import re

    rx = re.compile(r"(?i)(?<!\w)(?:" + CONTRACT_TOTAL + r")(?!\w)")
    assert all(rx.search(t) for t in ("In all", "a total of", "всего", "в общей сложности", "итого"))
    assert not rx.search("всегда")


def _rows(text, lang, published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    # the whole of an agreement (contract_total knew only "contract" and "deal")
    ("Altogether, Belarus will get 12 Su-30SM fighters under the agreement.", "en",
     {("ordered", 12, "2015-02-10")}),
    ("Всего по соглашению Россия передаст Беларуси 12 истребителей Су-30СМ.", "ru",
     {("ordered", 12, "2015-02-10")}),
    # a signed deal ("сделка") or order whose purpose an infinitive or "по которой" tells (signed_to knew neither)
    ("Минобороны Беларуси в 2013 году заключило сделку, по которой получит из России шесть вертолетов Ми-8МТВ-5 в "
     "2016 году.", "ru", {("ordered", 6, "2013"), ("planned", 6, "2016")}),
    ("Moscow signed an order with Minsk in 2013 to supply six Mi-8MTV-5 helicopters in 2016.", "en",
     {("ordered", 6, "2013"), ("planned", 6, "2016")}),
])
def test_every_contract_rule_knows_every_contract_noun(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a verb of agreeing is no contract; a purpose "in order to" is no order; a deal not concluded is none
    ("Минобороны Беларуси в 2013 году договорилось с Россией, чтобы получить шесть вертолетов Ми-8МТВ-5 в 2016 году.",
     "ru"),
    ("Altogether, Belarus will get 12 Su-30SM fighters in order to replace its MiG-29 jets.", "en"),
    ("Минобороны Беларуси не заключило сделку, по которой получит из России шесть вертолетов Ми-8МТВ-5.", "ru"),
])
def test_no_order_without_a_contract(text, lang):
    assert not {r for r in _rows(text, lang) if r[0] == "ordered"}
