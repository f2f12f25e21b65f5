"""Waiting for something other than the system ("ждет оплату за поставленные ...", "awaiting payment for the ...
delivered"): the waiting word is neither a transfer cue nor a plan of the system's delivery (guards.py). Sentences
written for the test (review, issue 12)."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Россия ждет от Беларуси оплату за поставленные в 2019 году Су-30СМ.",
    "Москва до сих пор ждет денег за переданные Минску в прошлом году комплексы Тор-М2.",
    "Russia is awaiting payment for the Su-30SM fighters delivered to Belarus in 2019.",
    "Moscow is still waiting for money for the Tor-M2 systems shipped to Minsk last year.",
    "A decision on Su-35 fighters for Belarus is expected in the autumn.",
    "Решение по Су-35 для Беларуси ожидается осенью.",
    "Russia delivered S-400 systems to India. In Minsk, a decision about the Su-35 is expected in autumn.",
])
def test_waiting_for_payment_is_no_planned_delivery(text):
    assert not [e for e in deliveries(text) if e["status"] == "planned"]


@pytest.mark.parametrize("text, system, year", [
    ("Москва до сих пор ждет денег за переданные Минску в прошлом году комплексы Тор-М2.", "Tor-M2", "2020"),
    ("Moscow is still waiting for money for the Tor-M2 systems shipped to Minsk last year.", "Tor-M2", "2020"),
])
def test_what_was_delivered_stays_delivered(text, system, year):
    got = [e for e in deliveries(text) if e["status"] == "delivered" and e["system"] == system]
    assert got and got[0]["supplier"] == ["Russia"] and got[0]["recipient"] == ["Belarus"]
    assert (got[0]["date"] or "").startswith(year)


@pytest.mark.parametrize("text, system", [
    ("Belarus received two S-400 battalions from Russia. The third is expected next year.", "S-400 Triumf"),
    ("Россия передала Беларуси первую батарею Тор-М2К в 2021 году. Вторая ожидается осенью.", "Tor-M2K"),
])
def test_waiting_for_the_system_itself_stays_planned(text, system):
    assert [e for e in deliveries(text) if e["status"] == "planned" and e["system"] == system]


# (review8) what is awaited is an act of the systems or a clause of its own, not their coming: no delivery
@pytest.mark.parametrize("text", [
    "Belarus expects two Su-30SM fighters to fly over Minsk during the parade, Khrenin said on Friday.",
    "The defence ministry expects four Su-30SM fighters to take part in the parade in Minsk on July 3.",
    "В Минобороны Беларуси ожидают, что истребители Су-30СМ примут участие в параде 3 июля.",
])
def test_awaiting_an_act_of_the_systems_is_no_delivery(text):
    assert deliveries(text, "2025-06-20") == ()


# (review8) when the awaited act is the transfer itself, it is still to come: planned, never delivered
@pytest.mark.parametrize("text, quantity", [
    ("Belarus expects two more Su-30SM fighters to arrive by December, Khrenin said on Friday.", 2.0),
    ("Belarus expects four more Su-30SM fighters to be handed over by December.", 4.0),
    ("Belarus expects another pair of Su-30SM fighters this year, Khrenin said on Friday.", 2.0),
    ("Беларусь ожидает еще два Су-30СМ до конца года, сообщил Хренин.", 2.0),
    ("Ожидается, что Россия передаст Беларуси два Су-30СМ в декабре.", 2.0),
])
def test_awaiting_the_transfer_stays_planned(text, quantity):
    got = deliveries(text, "2025-06-20")
    assert [(e["status"], e["system"], e["quantity"]) for e in got] == [("planned", "Su-30SM", quantity)], got


# waiting for systems an order participle dates: the plan is the order restated, the order is its own stage
@pytest.mark.parametrize("text", [
    "Белорусские ВВС ждут первые многоцелевые истребители Су-30СМ, законтрактованные еще в 2018 году у «Иркута».",
    "The Belarusian air force is still waiting for its first Su-30SM fighters, ordered from Irkut in 2018.",
])
def test_what_is_waited_for_keeps_its_dated_order(text):
    got = deliveries(text, "2019-06-20")
    assert [(e["supplier"], e["recipient"], e["system"], e["status"], e["date"]) for e in got] == \
        [(["Russia"], ["Belarus"], "Su-30SM", "ordered", "2018")]
