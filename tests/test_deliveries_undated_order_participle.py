"""An undated order participle on a system still to come or put into service is its own ordered stage, dated as of
the statement (RULES 20; issue 12, sixteenth session): "Як-130, закупленных в России: первые четыре машины прибудут в
первой половине следующего года" -> planned (2025-H1) and ordered (the report's day). Before, an undated participle
added nothing. Not an order row: the participle on an arrival ("a Tor-M2 battery, bought in Russia, arrived in
November": the phrase tells the system's origin, as the gold of every open set reads it), a negated arrival, and a
participle whose stage is the clause's own. Beside a contract the text dates ("signed in 2017 for 12"), the
participle's order is that contract told again: one row, the dated one's count. The order's count is the participle's
own noun's ("the four Yak-130 trainers bought from Russia"), never a first batch's ("первые четыре машины прибудут"),
and a negated participle ("not yet ordered", "ещё не заказанные") orders nothing.
"""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, want", [
    ("На аэродроме Лиды готовятся к приему самолетов Як-130, закупленных в России: первые четыре машины прибудут в "
     "первой половине следующего года.", ("Yak-130", "ordered", "Russia", "Belarus", None, "2024-05")),
    ("Первые четыре ударных вертолета Ми-35М, законтрактованные у России одновременно с бронетранспортерами, "
     "ожидаются в будущем году.", ("Mi-35M", "ordered", "Russia", "Belarus", None, "2024-05")),
    # (a first batch, or a count told apart from the participle's noun, is not the order's size: review2 W6)
    ("The first four Yak-130 trainers bought from Russia will arrive in Belarus next year.",
     ("Yak-130", "ordered", "Russia", "Belarus", None, "2024-05")),
    ("Four Yak-130 trainers purchased from Russia will arrive in Belarus next year.",
     ("Yak-130", "ordered", "Russia", "Belarus", 4.0, "2024-05")),
    ("The four Yak-130 trainers bought from Russia entered service in Belarus in March.",
     ("Yak-130", "ordered", "Russia", "Belarus", 4.0, "2024-05")),
])
def test_an_undated_order_participle_is_an_order_as_of_the_report(text, want):
    got = delivery_rows(text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "A Tor-M2 battery, bought in Russia, arrived at a Belarusian air defence brigade in November.",
    "В ноябре в одну из бригад ПВО Белоруссии прибыла батарея «Тор-М2», закупленная в России.",
    "Four Yak-130 trainers ordered from Russia in 2012 arrived in Belarus in April.",
])
def test_no_undated_order_beside_an_arrival(text):
    got = delivery_rows(text)
    assert not any(r[1] == "ordered" and r[5] == "2024-05" for r in got), got


def test_the_dated_contract_keeps_its_count():
    text = ("Two Su-30SM jets bought from Russia will reach Belarus on November 13. The Defence Ministry of "
            "Belarus signed a contract with Irkut in 2017 for 12 Su-30SM fighters.")
    got = {r for r in delivery_rows(text, "2019-11-12") if r[1] == "ordered"}
    assert got == {("Su-30SM", "ordered", "Russia", "Belarus", 12.0, "2017")}, got


@pytest.mark.parametrize("text", [
    "Belarus hopes that Su-30SM fighters not yet ordered from Russia will arrive next year.",
    "Belarus hopes that Su-30SM fighters never ordered from Russia will arrive next year.",
    "Белоруссия надеется, что ещё не заказанные в России истребители Су-30СМ прибудут в следующем году.",
    "Белоруссия надеется, что не закупленные в России истребители Су-30СМ прибудут в следующем году.",
])
def test_a_negated_order_participle_orders_nothing(text):
    # review2 W4: the text says no order exists; the hope stays a plan
    got = delivery_rows(text)
    assert {r[1] for r in got} == {"planned"}, got


@pytest.mark.parametrize("text", [
    "Belarus hopes that Su-30SM fighters ordered from Russia will arrive next year.",
    "Белоруссия надеется, что заказанные в России истребители Су-30СМ прибудут в следующем году.",
])
def test_an_order_participle_beside_the_same_hope_orders(text):
    assert {r[1] for r in delivery_rows(text)} == {"planned", "ordered"}


def test_an_ordinal_on_another_noun_keeps_the_orders_count():
    # review17 L3: "Второй" is the base's, the twelve are the ordered fighters
    got = delivery_rows("Второй авиабазе предстоит получить 12 истребителей Су-30СМ, заказанных в России, в следующем году.")
    assert ("Su-30SM", "ordered", "Russia", "Belarus", 12.0, "2024-05") in got, got
