"""Counts in reporters' words (eleventh session): a formation noun in the genitive singular governed by the noun
before it is one formation ("контракт на поставку батареи ЗРК «Тор-М2»", "о передаче ... батареи «Панцирь-СМ»"),
though "батареи" alone reads first as a plural; after a verb it says nothing of the count ("передала батареи",
"Прибыли батареи"). Sentences written for this test."""
import pytest

from conftest import deliveries

LEAD = "Белоруссия перевооружается\nВооруженные силы Белоруссии перевооружаются. "


def counts(text):
    return [(e["system"], e["quantity"]) for e in deliveries(LEAD + text, "2024-10-15")]


@pytest.mark.parametrize("text, expected", [
    ("До конца года Минск подпишет контракт на поставку батареи ЗРК «Тор-М2» из России.", ("Tor-M2", 1.0)),
    ("Министры договорились о безвозмездной передаче белорусской армии батареи «Панцирь-СМ».", ("Pantsir-SM", 1.0)),
    ("Россия завершила поставку дивизиона С-400.", ("S-400 Triumf", 1.0)),
    ("Россия передала батареи «Тор-М2».", ("Tor-M2", None)),
    ("Прибыли батареи «Тор-М2» из России.", ("Tor-M2", None)),
    ("Россия поставила две батареи «Тор-М2».", ("Tor-M2", 2.0)),
])
def test_genitive_formation_counts_one(text, expected):
    assert expected in counts(text)
