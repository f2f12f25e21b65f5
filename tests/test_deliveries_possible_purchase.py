"""A purchase the text gives as possible ("Belarus may buy two more S-400 from Russia", "Белоруссия может приобрести
у России еще две системы С-400") is a potential supply: discussed (RULES, Status: supplies that are "potential"),
planned when it has a target time, as "может получить ... в следующем году" already was (issue 12 recall: the
purchase verb under "may" gave nothing). A condition or "бы" keeps it hypothetical; a negation gives nothing.
Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, status, count", [
    ("The president added that Belarus may buy two more S-400 systems from Russia.", "discussed", 2.0),
    ("Президент добавил, что Белоруссия может приобрести у России еще две системы С-400.", "discussed", 2.0),
    ("Belarus may buy Yak-130 trainers from Russia next year.", "planned", None),
    ("Белоруссия может закупить у России учебные самолеты Як-130 в следующем году.", "planned", None),
])
def test_a_possible_purchase_is_a_potential_supply(text, status, count):
    rows = delivery_rows(text, "2022-02-17")
    assert any(r[1] == status and r[2] == "Russia" and r[3] == "Belarus" and r[4] == count for r in rows), rows


@pytest.mark.parametrize("text", [
    "Belarus could buy two more S-400 systems from Russia if the price fell, the president said.",
    "Белоруссия могла бы купить у России еще две системы С-400, если бы нашлись деньги.",
    "Если Россия снизит цену, Белоруссия может приобрести у нее еще две системы С-400.",
    "Белоруссия не может приобрести у России системы С-400.",
    "Belarus may not buy S-400 systems from Russia.",
])
def test_a_conditional_or_denied_purchase_gives_nothing(text):
    assert not delivery_rows(text, "2022-02-17")
