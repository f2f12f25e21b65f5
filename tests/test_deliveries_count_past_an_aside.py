"""A count on the generic noun that points back is the row's, also with an aside set off by commas between it and the
verb (issue 12: "the first N vehicles, under the contract's terms, will reach the troops in <year>" gave a planned row
with no count). Sentences written for these tests."""
import pytest

from conftest import delivery_rows

BEFORE_EN = "The air force signed a contract with the Irkut corporation for ten Yak-130 combat trainers. "
BEFORE_RU = "ВВС подписали с корпорацией «Иркут» контракт на десять учебно-боевых самолетов Як-130. "


@pytest.mark.parametrize("text", [
    BEFORE_RU + "Первые пять машин, по условиям соглашения, прибудут на авиабазу в 2017 году.",
    BEFORE_RU + "Первые пять самолетов, как сообщили в ВВС, прибудут на авиабазу в 2017 году.",
    BEFORE_EN + "The first five aircraft, under the deal, will arrive at the air base in 2017.",
    BEFORE_EN + "The first five jets, according to the air force, will arrive in 2017.",
])
def test_the_count_before_an_aside_is_the_rows(text):
    assert {(r[0], r[4], r[5]) for r in delivery_rows(text, "2015-01-05") if r[1] == "planned"} == \
        {("Yak-130", 5.0, "2017")}


@pytest.mark.parametrize("text", [
    # a count of another phrase before a comma stays that phrase's
    BEFORE_RU + "Первые пять машин уже на авиабазе, остальные прибудут в 2017 году.",
])
def test_a_count_of_another_phrase_is_not_the_rows(text):
    assert not any(r[4] == 5.0 for r in delivery_rows(text, "2015-01-05") if r[1] == "planned")
