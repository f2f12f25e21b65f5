"""A count before an aside set off by commas is the verb's (issue 12, q+d): an inverted attribution ("Ещё шесть таких
машин, отметил он, должны прибыть", "the last four jets, said the commander, will follow"), a contract or plan named
as the source ("согласно контракту", "as agreed"), and a subject count before an aside when
the system is named earlier in the sentence ("Як-130, закупленных в России: первые четыре машины, по словам
командования, прибудут"). Sentences written for these tests."""
import pytest

from conftest import delivery_rows

BEFORE_EN = "The air force signed a contract with the Irkut corporation for ten Yak-130 combat trainers. "
BEFORE_RU = "ВВС подписали с корпорацией «Иркут» контракт на десять учебно-боевых самолетов Як-130. "


@pytest.mark.parametrize("text", [
    BEFORE_RU + "Еще пять таких машин, отметил он, должны прибыть на авиабазу в 2017 году.",
    BEFORE_RU + "Первые пять самолетов, сообщил командующий, прибудут на авиабазу в 2017 году.",
    BEFORE_RU + "Первые пять машин, согласно контракту, прибудут на авиабазу в 2017 году.",
    BEFORE_RU + "Первые пять машин, согласно графику поставок, прибудут на авиабазу в 2017 году.",
    BEFORE_EN + "The first five aircraft, said the commander, will arrive at the air base in 2017.",
    BEFORE_EN + "The first five jets, as agreed, will arrive in 2017.",
    BEFORE_EN + "The first five aircraft, the commander said, will arrive at the air base in 2017.",
])
def test_a_count_before_an_aside_is_the_rows(text):
    assert {(r[0], r[4], r[5]) for r in delivery_rows(text, "2015-01-05") if r[1] == "planned"} == \
        {("Yak-130", 5.0, "2017")}


@pytest.mark.parametrize("text", [
    "Авиабаза в Лиде готовится к приему самолетов Як-130, закупленных в России: первые пять машин, по словам "
    "командования, прибудут в 2017 году.",
    "Авиабаза в Лиде готовится к приему самолетов Як-130, закупленных в России: первые пять машин, согласно "
    "контракту, прибудут в 2017 году.",
    "The Lida air base is getting ready for Yak-130 trainers bought from Russia: the first five jets, according to "
    "the command, will arrive in 2017.",
])
def test_a_subject_count_before_an_aside_is_the_rows(text):
    assert {(r[0], r[4], r[5]) for r in delivery_rows(text, "2015-01-05") if r[1] == "planned"} == \
        {("Yak-130", 5.0, "2017")}


@pytest.mark.parametrize("text", [
    # a count of another phrase before a comma stays that phrase's
    BEFORE_RU + "Первые пять машин уже на авиабазе, остальные, отметил он, прибудут в 2017 году.",
    BEFORE_EN + "The first five are already at the base, and the rest, said the commander, will arrive in 2017.",
])
def test_a_count_of_another_phrase_is_not_the_rows(text):
    assert not any(r[4] == 5.0 for r in delivery_rows(text, "2015-01-05") if r[1] == "planned")
