"""A purchase the text gives as possible ("Minsk may buy four more Mi-35M from Moscow", "Минск может приобрести у
Москвы еще четыре Ми-35М") is a potential supply: discussed (RULES, Status: supplies that are "potential"),
planned when it has a target time, as "может получить ... в следующем году" already was (issue 12 recall: the
purchase verb under "may" gave nothing). A condition or "бы" keeps it hypothetical; a negation gives nothing.
Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, status, count", [
    ("Minsk may buy four more Mi-35M helicopters from Moscow, the minister said.", "discussed", 4.0),
    ("Минск может приобрести у Москвы еще четыре вертолета Ми-35М, сказал министр.", "discussed", 4.0),
    ("Belarus may buy Yak-130 trainers from Russia next year.", "planned", None),
    ("Белоруссия может закупить у России учебные самолеты Як-130 в следующем году.", "planned", None),
])
def test_a_possible_purchase_is_a_potential_supply(text, status, count):
    rows = delivery_rows(text, "2022-02-17")
    assert any(r[1] == status and r[2] == "Russia" and r[3] == "Belarus" and r[4] == count for r in rows), rows


@pytest.mark.parametrize("text", [
    "Belarus could buy two more S-400 systems from Russia if the price fell, the president said.",
    "Минск мог бы купить у Москвы ещё три дивизиона «Тор-М2», если бы нашлись деньги.",
    "Если Россия снизит цену, Белоруссия может приобрести у нее еще две системы С-400.",
    "Белоруссия не может приобрести у России системы С-400.",
    "Belarus may not buy S-400 systems from Russia.",
])
def test_a_conditional_or_denied_purchase_gives_nothing(text):
    assert not delivery_rows(text, "2022-02-17")


@pytest.mark.parametrize("text, status", [
    # review 17 W6: the month "May" is no modal
    ("On May 12, Belarus bought Pantsir-S1 systems from Russia.", "ordered"),
    ("In May Minsk purchased two Pantsir-S1 batteries from Moscow.", "ordered"),
    ("In May Minsk received two Pantsir-S1 batteries from Moscow.", "delivered"),
])
def test_the_month_may_is_no_modal(text, status):
    rows = delivery_rows(text, "2024-06-10")
    assert any(r[1] == status and r[5] == "2024-05" for r in rows), rows


def test_may_have_bought_is_a_guess_not_a_potential_supply():
    assert not delivery_rows("Minsk may have bought Pantsir-S1 systems from Moscow, the report said.", "2024-06-10")
