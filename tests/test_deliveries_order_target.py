"""An order that says when its delivery is due gives the order and the planned delivery, each dated by its own
time (issue 12, session 15: an order "for the supply of eight trainers in 2021-2022" gave the order alone, the
delivery's time lost or taken for the order's). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text", [
    "Belarus's air force and the Irkut corporation concluded a deal in 2019 for the supply of eight Yak-130 trainers in "
    "2021-2022.",
    "Минобороны Белоруссии в 2019 году заключило с «Иркутом» договор о поставке восьми Як-130 в 2021–2022 годах.",
])
def test_an_order_and_its_delivery_time(text):
    got = {(r[0], r[1], r[4], r[5][:4]) for r in delivery_rows(text, "2020-12-10")}
    assert ("Yak-130", "ordered", 8.0, "2019") in got, got
    assert ("Yak-130", "planned", 8.0, "2021") in got, got


@pytest.mark.parametrize("text", [
    "Minsk has bought six Mi-35M helicopters from Russia for delivery in the second half of next year.",
    "Минск купил у России шесть вертолетов Ми-35М с поставкой во втором полугодии следующего года.",
])
def test_an_order_for_delivery_next_year(text):
    got = {(r[0], r[1], r[5][:4]) for r in delivery_rows(text, "2020-12-10")}
    assert ("Mi-35M", "planned", "2021") in got, got
    assert ("Mi-35M", "ordered", "2020") in got, got


@pytest.mark.parametrize("text", [
    # the time is the signing's, not the delivery's
    "The contract for the supply of eight Yak-130 trainers, signed with Irkut in 2019, is on schedule.",
    "Договор о поставке восьми Як-130, заключенный в 2019 году, выполняется по графику.",
    # no later than the order's own time: one order
    "In 2019 the air force concluded a deal for the supply of eight Yak-130 trainers in 2019.",
    # already past at the report, and no order date to be later than: no plan is told
    "Belarus bought eight Yak-130 trainers from Russia for delivery in 2016.",
])
def test_no_planned_row_without_a_later_target(text):
    got = {(r[0], r[1]) for r in delivery_rows(text, "2020-12-10")}
    assert ("Yak-130", "ordered") in got, got
    assert ("Yak-130", "planned") not in got, got


@pytest.mark.parametrize("text, system", [
    ("Минобороны России заключило с МЗКТ контракт на поставку тягачей МЗКТ-6001 на 2026 год.", "MZKT-6001"),
    ("Belarus has signed a contract with Russia for the supply of twelve Yak-130 trainers for 2026.", "Yak-130"),
])
def test_the_contracts_period_is_no_target(text, system):
    got = {(r[0], r[1]) for r in delivery_rows(text, "2025-02-07")}
    assert (system, "ordered") in got, got
    assert (system, "planned") not in got, got
