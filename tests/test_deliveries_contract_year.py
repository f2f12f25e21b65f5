"""A contract known by its year (issue 12; review R11, R14). English puts the year before the noun ("the 2015
contract"), which is no time expression of its own: the contract's ordered row is still of that year, as the
Russian "контракт 2015 года" is. A future transfer under such a contract ("will supply ... under a 2017 contract")
is the plan, and the contract beside it an ordered row of its year, as after a past verb. Sentences written for
these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def rows(text, published="2024-05-06"):
    return sorted((r["system"], r["status"], r["quantity"], r["date"]) for r in deliveries(text, published))


@pytest.mark.parametrize("text,expected", [
    ("Belarus wants to revise the 2015 contract for Yak-130 trainers, the ministry said.",
     [("Yak-130", "ordered", None, "2015")]),
    ("Belarus is unhappy with the 2019 contract for Tor-M2 systems, the ministry said.",
     [("Tor-M2", "ordered", None, "2019")]),
    ("Минск хочет пересмотреть контракт 2015 года на поставку Як-130.",
     [("Yak-130", "ordered", None, "2015")]),
])
def test_a_contract_known_by_its_year_is_of_that_year(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia will supply Belarus with 12 Su-30SM fighters under a 2017 contract.",
     [("Su-30SM", "ordered", None, "2017"), ("Su-30SM", "planned", 12.0, "2024-05-06")]),
    ("Russia is to supply Belarus with four Mi-35M helicopters under a 2020 contract.",
     [("Mi-35M", "ordered", None, "2020"), ("Mi-35M", "planned", 4.0, "2024-05-06")]),
    ("Russia delivered four Su-30SM fighters to Belarus under a 2017 contract.",
     [("Su-30SM", "delivered", 4.0, "2024-05-06"), ("Su-30SM", "ordered", None, "2017")]),
])
def test_a_future_transfer_under_a_dated_contract_keeps_the_order(text, expected):
    got = rows(text)
    assert [r for r in got if r[1] == "ordered"] == [r for r in expected if r[1] == "ordered"]
    assert [r[:3] for r in got if r[1] != "ordered"] == [r[:3] for r in expected if r[1] != "ordered"]


@pytest.mark.parametrize("text", [
    "Russia will supply Belarus with 12 Su-30SM fighters under a contract to be signed next year.",
    "Russia will supply Belarus with 12 Su-30SM fighters under a future contract.",
    "Россия поставит Беларуси 12 истребителей Су-30СМ по контракту, который будет подписан в следующем году.",
])
def test_no_order_without_a_signed_contract(text):
    assert all(r[1] != "ordered" for r in rows(text))
