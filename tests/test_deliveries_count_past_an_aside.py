"""A count on the generic noun that points back is the row's, also with an aside set off by commas between it and the
verb (issue 12: "Первые шесть машин, по условиям контракта, поступят в войска в 2016 году" gave a planned row with
no count). Sentences written for these tests."""
import pytest

from conftest import delivery_rows

BEFORE_EN = "The ministry signed a contract with Russian Helicopters for twelve Mi-8MTV-5 helicopters. "
BEFORE_RU = "Министерство обороны подписало с холдингом «Вертолеты России» контракт на двенадцать вертолетов Ми-8МТВ-5. "


@pytest.mark.parametrize("text", [
    BEFORE_RU + "Первые шесть машин, по условиям контракта, поступят в войска в 2016 году.",
    BEFORE_RU + "Первые шесть вертолетов, по данным министерства, поступят в войска в 2016 году.",
    BEFORE_EN + "The first six helicopters, under the contract, will arrive in 2016.",
    BEFORE_EN + "The first six helicopters, according to the ministry, will arrive in 2016.",
])
def test_the_count_before_an_aside_is_the_rows(text):
    assert {(r[0], r[4], r[5]) for r in delivery_rows(text, "2014-01-05") if r[1] == "planned"} == \
        {("Mi-8MTV-5", 6.0, "2016")}


@pytest.mark.parametrize("text", [
    # a count of another phrase before a comma stays that phrase's
    BEFORE_RU + "Первые шесть машин уже в строю, остальные поступят в войска в 2016 году.",
])
def test_a_count_of_another_phrase_is_not_the_rows(text):
    assert not any(r[4] == 6.0 for r in delivery_rows(text, "2014-01-05") if r[1] == "planned")
