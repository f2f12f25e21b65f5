"""Whose count is it: a contract's ("under a 2017 contract for 12 aircraft", "по контракту 2015 года на двенадцать
Ми-8МТВ-5") or the transfer verb's ("the last six helicopters arrived", "последние шесть машин поступили")?
A contract known by its year is a signed one, dated to that year, with only the count its own words give;
the delivery beside it keeps its own count (issue 12: quantities bound to the right stage). Sentences written
for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def rows(text, published="2021-05-04"):
    return sorted((r["system"], r["status"], r["quantity"], r["date"]) for r in deliveries(text, published))


@pytest.mark.parametrize("text,expected", [
    # the contract's own count and year; the delivery keeps the batch it counted before
    ("Belarus has received two more Su-30SM fighters from Russia. The jets were handed over under a 2017 contract "
     "with the Irkut corporation for 12 aircraft.",
     [("Su-30SM", "delivered", 2.0, "2021-05-04"), ("Su-30SM", "ordered", 12.0, "2017")]),
    # (a bare past 'получила' with no date of its own is undated, as 'Belarus received' is: the sentence ends at
    # 'Су-30СМ.', so the present 'переданы' of the next one no longer dates it)
    ("Белоруссия получила от России еще два истребителя Су-30СМ. Самолеты переданы по контракту 2017 года с "
     "корпорацией «Иркут» на 12 машин.",
     [("Su-30SM", "delivered", 2.0, None), ("Su-30SM", "ordered", 12.0, "2017")]),
    # the system named inside the contract phrase: its count is the contract's, the verb counts its own noun
    ("Белоруссия покупала вертолеты у России по контракту 2015 года на двенадцать Ми-8МТВ-5: последние шесть "
     "машин поступили в Мачулищи в сентябре.",
     [("Mi-8MTV-5", "delivered", 6.0, "2020-09"), ("Mi-8MTV-5", "ordered", 12.0, "2015")]),
    ("Belarus bought helicopters from Russia under a 2015 contract for twelve Mi-8MTV-5: the last six helicopters "
     "arrived at Machulishchy in September.",
     [("Mi-8MTV-5", "delivered", 6.0, "2020-09"), ("Mi-8MTV-5", "ordered", 12.0, "2015")]),
    # a part before a contract known only by its year is no count of the contract
    ("Белоруссия получила по контракту 2017 года первые четыре истребителя Су-30СМ из России.",
     [("Su-30SM", "delivered", 4.0, None), ("Su-30SM", "ordered", None, "2017")]),
    ("Belarus received under a 2017 contract the first four Su-30SM fighters from Russia.",
     [("Su-30SM", "delivered", 4.0, None), ("Su-30SM", "ordered", None, "2017")]),
])
def test_a_dated_contract_keeps_its_own_count(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Belarus signed a contract for 12 Su-30SM fighters with Russia in 2017.",
    "Белоруссия подписала с Россией контракт на 12 истребителей Су-30СМ в 2017 году.",
])
def test_a_contract_that_is_the_clause_own_stage_stays_one_row(text):
    assert rows(text) == [("Su-30SM", "ordered", 12.0, "2017")]
