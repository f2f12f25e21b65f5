"""An order is placed as a contract is signed, and its count may stand bare after "for" or joined to its unit in front
of the noun: "completing an eight-aircraft order placed in 2014", "completing a 2014 order for 12", "a contract for
12 signed in 2014", "a 12-aircraft contract", "the two-battery order signed in January" are ordered facts with the
order's count and date beside the batch that arrived. Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, expected", [
    ("The second pair of Yak-130 arrived from Russia on Monday, completing an eight-aircraft order placed in 2014.",
     {("Yak-130", "delivered", "Russia", "Belarus", 2.0, "2016-03"), ("Yak-130", "ordered", "Russia", "Belarus", 8.0,
                                                                     "2014")}),
    ("Two more Su-30SM arrived from Russia on Monday, completing a 2014 order for 12.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 2.0, "2016-03"), ("Su-30SM", "ordered", "Russia", "Belarus", 12.0,
                                                                     "2014")}),
    ("Two more Su-30SM arrived from Russia on Monday, completing a contract for 12 signed in 2014.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 2.0, "2016-03"), ("Su-30SM", "ordered", "Russia", "Belarus", 12.0,
                                                                     "2014")}),
    ("Two more Su-30SM arrived from Russia on Monday, completing a 12-aircraft contract signed in 2014.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 2.0, "2016-03"), ("Su-30SM", "ordered", "Russia", "Belarus", 12.0,
                                                                     "2014")}),
    ("Belarus took delivery of its second Tor-M2K battery from Russia last month, completing the two-battery order "
     "signed in January.",
     {("Tor-M2K", "delivered", "Russia", "Belarus", 1.0, "2016-02"), ("Tor-M2K", "ordered", "Russia", "Belarus", 2.0,
                                                                     "2016-01")}),
    # the Russian contract phrase, as before
    ("Еще два Су-30СМ прибыли из России в понедельник, завершив выполнение контракта на 12 самолетов, подписанного в "
     "2014 году.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 2.0, "2016-03"), ("Su-30SM", "ordered", "Russia", "Belarus", 12.0,
                                                                     "2014")}),
])
def test_an_order_placed_with_its_count(text, expected):
    assert delivery_rows(text, "2016-03-10") == expected


# review R12: "placed" signs an order only; placing systems on duty or at a base is no signing
# review R13: a number word joined to a unit counts only a contract; "two four-launcher batteries" are two batteries
@pytest.mark.parametrize("text, expected", [
    ("Belarus received four Su-30SM fighters from Russia in 2014 under a contract and placed them on combat duty in "
     "2015.", {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "2014"),
               ("Su-30SM", "in_service", "Russia", "Belarus", 4.0, "2015")}),
    ("Russia delivered four Su-30SM fighters under a contract and placed them at Baranovichi in 2015.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "2015")}),
    ("Russia handed over two four-launcher Tor-M2K batteries to Belarus in 2015.",
     {("Tor-M2K", "delivered", "Russia", "Belarus", 2.0, "2015")}),
    ("Belarus received three two-battalion S-400 regiments from Russia in 2015.",
     {("S-400 Triumf", "delivered", "Russia", "Belarus", 3.0, "2015")}),
])
def test_placed_and_compounds_only_for_orders(text, expected):
    assert delivery_rows(text, "2016-03-10") == expected


# review R15: a phrase dated only by the year before its noun ("under the 2019 order") holds no time of its own: the
# clause keeps the time after it
@pytest.mark.parametrize("text, expected", [
    ("Russia delivered the last four Su-30SM fighters under the 2014 order in January.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 4.0, "2016-01"), ("Su-30SM", "ordered", "Russia", "Belarus", None,
                                                                     "2014")}),
    ("Russia will deliver the remaining four Su-30SM fighters under the 2014 contract by December.",
     {("Su-30SM", "planned", "Russia", "Belarus", 4.0, "2016-12"), ("Su-30SM", "ordered", "Russia", "Belarus", None,
                                                                   "2014")}),
])
def test_a_year_dated_contract_leaves_the_clause_its_time(text, expected):
    assert delivery_rows(text, "2016-03-10") == expected
