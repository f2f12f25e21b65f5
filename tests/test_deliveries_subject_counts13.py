"""A count that opens the sentence as the verb's subject counts what the verb moves, when its noun only stands for the
system named before ("The first six machines will be delivered in 2016" = 6, as "Первые шесть машин будут переданы"
already was); an ordinal before a maker's or origin's adjective still counts one formation ("the second Russian-built
Tor-M2 battery" = 1 battery, as "вторую батарею российских ЗРК «Тор-М2»"). A count of another noun at the sentence's
start counts nothing ("Two countries ..."). Issue 12: quantities in reporters' words. Sentences written for these
tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def rows(text, status, published="2015-06-10"):
    return [(r["system"], r["quantity"], r["date"]) for r in deliveries(text, published) if r["status"] == status]


@pytest.mark.parametrize("text", [
    "Russia delivered two Su-30SM2 fighters to Belarus in 2015. The first six machines will be delivered in 2016, "
    "the ministry said.",
    "Russia delivered two Su-30SM2 fighters to Belarus in 2015. The first six machines will arrive in 2016.",
    "Россия поставила Белоруссии два Су-30СМ2 в 2015 году. Первые шесть машин будут переданы в 2016 году.",
])
def test_a_count_opening_the_sentence_is_the_subjects(text):
    assert rows(text, "planned") == [("Su-30SM2", 6.0, "2016")]


@pytest.mark.parametrize("text, status, date", [
    ("Belarus received the second Russian-built Tor-M2 battery in late 2012, the ministry said on Monday.",
     "delivered", "2012"),
    ("Belarus will receive a third Russian-made Tor-M2 battery in 2013, the ministry said on Monday.", "planned", "2013"),
    ("Белоруссия получила вторую батарею российских ЗРК «Тор-М2» в конце 2012 года.", "delivered", "2012"),
])
def test_an_ordinal_before_an_origin_adjective_is_one_formation(text, status, date):
    assert rows(text, status, "2013-05-10") == [("Tor-M2", 1.0, date)]
