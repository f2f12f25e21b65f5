"""Several stages in one sentence, each with its own count and date (issue 12: "took the first division in 2016 and
the next one a year later"). Sentences written for these tests.

* "ordered 12 ... in 2017 and received four of them in 2019": the order and the delivery are two stages, each dated
  and counted in its own predicate (never one delivery of 12 in 2017);
* "Two Su-30SM, brought to Baranovichi in April, entered service": the time inside the participial aside dates the
  flight, not the service entry, which takes the statement's date.
"""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def rows(text, published="2020-05-21"):
    return sorted((r["system"], r["status"], r["quantity"], r["date"]) for r in deliveries(text, published))


@pytest.mark.parametrize("text", [
    "Belarus ordered 12 Su-30SM jets from Russia in 2017 and received four of them in 2019.",
    "Белоруссия заказала у России 12 истребителей Су-30СМ в 2017 году и получила четыре из них в 2019 году.",
])
def test_an_order_and_a_later_receipt_joined_by_and_are_two_stages(text):
    assert rows(text) == [("Su-30SM", "delivered", 4.0, "2019"), ("Su-30SM", "ordered", 12.0, "2017")]


@pytest.mark.parametrize("text", [
    "Two Su-30SM fighters from Russia, brought to Baranovichi in April, entered service with the Belarusian air force, "
    "Khrenin said.",
    "Два истребителя Су-30СМ из России, перелетевшие в Барановичи в апреле, поступили на вооружение белорусской армии, "
    "сообщил Хренин.",
])
def test_the_time_of_a_participial_aside_does_not_date_the_service_entry(text):
    assert ("Su-30SM", "in_service", 2.0, "2020-05-21") in rows(text)


@pytest.mark.parametrize("text", [
    "Belarus signed a contract with Russia's Irkut for 12 Su-30SM fighters. The contract was signed in Moscow on "
    "Tuesday, and the first four aircraft are due in 2019, the MoD said.",
    "Белоруссия подписала с российской корпорацией «Иркут» контракт на 12 истребителей Су-30СМ. Контракт подписан в "
    "Москве во вторник, и первые четыре самолета поступят в 2019 году, сообщило Минобороны.",
])
def test_a_signed_contract_and_a_planned_arrival_joined_by_and_are_two_stages(text):
    got = rows(text, "2017-06-23")
    assert ("Su-30SM", "planned", 4.0, "2019") in got
    assert not any(status == "planned" and date != "2019" for _, status, _, date in got)
