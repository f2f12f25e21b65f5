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


LEAD_EN = "Belarus rearms\nThe Belarusian armed forces are being rearmed. "


def counts_any(text):
    lead = LEAD_EN if text.isascii() else LEAD
    return [(e["system"], e["quantity"]) for e in deliveries(lead + text, "2024-10-15")]


@pytest.mark.parametrize("text, expected", [
    # two ordinals joined: two of the system
    ("The fifth and sixth Su-30SM arrived in Baranovichi from Russia on Tuesday.", ("Su-30SM", 2.0)),
    ("Пятый и шестой истребители Су-30СМ прибыли в Барановичи из России во вторник.", ("Su-30SM", 2.0)),
    ("The first and second batteries of Tor-M2K arrived from Russia.", ("Tor-M2K", 2.0)),
    # formations and the pieces they hold: the pieces
    ("Belarus received three Tor-M2K batteries, 12 launchers in all, from Russia in June.", ("Tor-M2K", 12.0)),
    ("Россия поставила в Белоруссию три батареи «Тор-М2К» — всего 12 боевых машин — в июне.", ("Tor-M2K", 12.0)),
    # not pieces: an aside that counts something else
    ("Russia delivered two Tor-M2K batteries, two years after the contract, in June.", ("Tor-M2K", 2.0)),
    ("The fifth Su-30SM arrived in Baranovichi from Russia on Tuesday.", ("Su-30SM", None)),
])
def test_ordinals_and_pieces(text, expected):
    assert expected in counts_any(text)
