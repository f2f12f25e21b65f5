"""Counts an English noun phrase gives around the system without a number: an indefinite article on a singular piece
noun is one ("a Mi-8MTV-5 helicopter", "a Protivnik-GE surveillance radar" = 1), but "a Tor-M2 system" or "the S-400
system" may name the type (no count); a collective after the system counts it ("Belarus's first Su-30SM2 pair" = 2,
as "Первая пара Су-30СМ2"). Issue 12: quantities in reporters' words (RULES point 17: a singular noun naming one unit
is 1). Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def counts(text, published="2023-06-10"):
    return [(r["system"], r["quantity"]) for r in deliveries(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("Belarus received a Mi-8MTV-5 helicopter from Russia in May.", [("Mi-8MTV-5", 1.0)]),
    ("A Protivnik-GE surveillance radar has been delivered to Belarus by Russia.", [("Protivnik-GE", 1.0)]),
    ("Belarus's first Su-30SM2 pair arrived from Russia in January 2023.", [("Su-30SM2", 2.0)]),
    ("Первая пара Су-30СМ2 прибыла в Белоруссию из России в январе 2023 года.", [("Su-30SM2", 2.0)]),
])
def test_a_count_without_a_number(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "Belarus received the S-400 system from Russia in May.",
    "Belarus received a Tor-M2 system from Russia in May.",
])
def test_a_system_noun_names_the_type(text):
    assert [q for _, q in counts(text)] == [None]
