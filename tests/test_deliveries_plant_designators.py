"""Belarusian plants supplying Russia, named by designators the knowledge base does not list (issue 12, twelfth
session): a designator with four or five digits ("MAZ-6317", "МЗКТ-65158", "KamAZ-63968") is a system when the sentence
names a weapon or a vehicle ("army trucks", "tank transporters", "грузовиков"); one that opens with a manufacturer's
name takes it as its maker ("MAZ-6317": MAZ, Belarus), so the plant's country supplies. Years stay out ("Zapad-2017").
Not deliveries: the maker's own army getting them ("Для белорусской армии завод собрал восемь тягачей МЗКТ-74135, которые
получили части": neither side is named, so the article's other country is not taken as the buyer), and an order not
yet placed ("the Russian side has not yet placed a new order").
"""
import pytest

from conftest import deliveries

EN_LEAD = "Belarus and Russia remain close allies. "
RU_LEAD = "Белоруссия и Россия остаются союзниками. "


def _rows(text, published="2024-05-10"):
    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    return {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0],
             e["quantity"]) for e in deliveries(lead + text, published)}


@pytest.mark.parametrize("text, want", [
    ("Officials said the MAZ plant supplied some 300 MAZ-6317 army trucks to Russia's Defence Ministry in 2013.",
     ("MAZ-6317", "delivered", "Belarus", "Russia", 300.0)),
    ("The Minsk Wheel Tractor Plant shipped 24 MZKT-65158 tank transporters to Russia's armed forces in May.",
     ("MZKT-65158", "delivered", "Belarus", "Russia", 24.0)),
    ("Минский автомобильный завод в феврале отгрузил российскому Минобороны 120 армейских грузовиков МАЗ-6317.",
     ("MAZ-6317", "delivered", "Belarus", "Russia", 120.0)),
    ("Belarus received 20 KamAZ-63968 armoured vehicles from Russia in March.",
     ("KamAZ-63968", "delivered", "Russia", "Belarus", 20.0)),
])
def test_a_plant_designator_is_a_system_of_its_maker(text, want):
    got = _rows(text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Для белорусской армии завод в этом году собрал восемь тягачей МЗКТ-74135, которые получили части обеспечения.",
    "Belarus hosted the Zapad-2017 exercise with Russia.",
])
def test_no_transfer_abroad(text):
    got = _rows(text)
    assert not got, got


def test_an_order_not_yet_placed():
    got = _rows("The MAZ plant supplied some 300 MAZ-6317 army trucks to Russia's Defence Ministry in 2013. For this "
                "year, however, the Russian side has not yet placed a new order.")
    assert ("MAZ-6317", "delivered", "Belarus", "Russia", 300.0) in got, got
    assert not any(r[1] == "ordered" for r in got), got
