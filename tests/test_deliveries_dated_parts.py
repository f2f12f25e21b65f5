"""A whole split into parts with their own dates gives the parts, not the whole (bench/gold/RULES.md, deliveries):
"four S-300PS battalions, two in 2005 and two in 2006" -> 2 (2005), 2 (2006). The parts must add up to the whole
("the other two", "другую" take what is left); a list that does not add up, or one part alone, leaves the whole as it
was read. A headline's whole over such a lead is no row beside the parts. Issue 12: quantity and date of the
deliveries found. Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def rows(text, published="2019-06-10"):
    return sorted((r["system"], r["status"], r["quantity"], r["date"]) for r in deliveries(text, published))


@pytest.mark.parametrize("text", [
    "Russia handed over four S-300PS battalions to Belarus, two in 2005 and two in 2006.",
    "Россия передала Белоруссии четыре дивизиона С-300ПС: два в 2005 году и два в 2006 году.",
])
def test_two_dated_parts_of_a_whole(text):
    assert rows(text) == [("S-300PS", "delivered", 2.0, "2005"), ("S-300PS", "delivered", 2.0, "2006")]


@pytest.mark.parametrize("text", [
    "Russia will supply Belarus with three Kasta-2E2 radars: the first in September, the other two in 2020.",
    "Россия поставит Белоруссии три РЛС «Каста-2Е2»: первую в сентябре, остальные две в 2020 году.",
])
def test_the_rest_takes_what_is_left(text):
    assert rows(text) == [("Kasta", "planned", 1.0, "2019-09"), ("Kasta", "planned", 2.0, "2020")]


@pytest.mark.parametrize("text, expected", [
    # one part alone: the whole keeps its count
    ("Russia handed over four S-300PS battalions to Belarus, two of them in 2005.", 4.0),
    ("Россия передала Белоруссии четыре дивизиона С-300ПС, два из них в 2005 году.", 4.0),
])
def test_parts_that_do_not_add_up_leave_the_whole(text, expected):
    assert {q for _, _, q, _ in rows(text)} == {expected}


@pytest.mark.parametrize("text", [
    "Russia to hand Belarus two Pantsir-SM batteries\n\nRussia will transfer two Pantsir-SM batteries to Belarus free of "
    "charge, one in 2019 and one in 2020, the Russian defence minister said on Thursday.\n",
    "Россия передаст Белоруссии две батареи «Панцирь-СМ»\n\nРоссия безвозмездно передаст Белоруссии две батареи "
    "«Панцирь-СМ»: одну в 2019 году, другую в 2020 году, сообщил в четверг министр обороны России.\n",
])
def test_the_headlines_whole_is_no_row_beside_the_parts(text):
    assert rows(text) == [("Pantsir-SM", "planned", 1.0, "2019"), ("Pantsir-SM", "planned", 1.0, "2020")]


@pytest.mark.parametrize("text", [
    "In 2016, Belarus received four Tor-M2 batteries from Russia – two in the spring and two in the autumn.",
    "В 2016 году Белоруссия получила от России четыре батареи «Тор-М2» – две весной и две осенью.",
])
def test_a_parts_bare_season_takes_the_year_the_clause_states(text):
    assert rows(text) == [("Tor-M2", "delivered", 2.0, "2016-FA"), ("Tor-M2", "delivered", 2.0, "2016-SP")]
