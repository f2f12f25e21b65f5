"""Counts written as words or with thousands separators (issue 12, quantity words): "about 1,500 trucks" is 1500,
not the 500 after the comma; "1 500 грузовиков" likewise; "half a dozen" is six, not a dozen; "полсотни" 50,
"полдюжины" 6, "около сотни" 100 (but "сотни танков", hundreds, is no number); the teens and tens the lexicon lacked.
Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def counts(text, published="2025-06-10"):
    return [(r["system"], r["quantity"]) for r in deliveries(text, published)]


@pytest.mark.parametrize("text, system, quantity", [
    ("Belarusian plants delivered about 1,500 Volat trucks to Russia in 2025.", "Volat", 1500.0),
    ("Россия поставила Белоруссии 1 500 грузовиков «Урал» в мае.", "Ural-4320", 1500.0),
    ("Russia delivered half a dozen Mi-8MTV-5 helicopters to Belarus in May.", "Mi-8MTV-5", 6.0),
    ("Россия поставила Белоруссии полдюжины вертолетов Ми-8МТВ-5 в мае.", "Mi-8MTV-5", 6.0),
    ("Россия поставила Белоруссии полсотни бронетранспортеров БТР-82А в мае.", "BTR-82A", 50.0),
    ("Минский завод отгрузил в Россию около сотни шасси МЗКТ-7930 в мае.", "MZKT-7930 Astrolog", 100.0),
    ("Russia delivered seventeen Mi-8MTV-5 helicopters to Belarus in May.", "Mi-8MTV-5", 17.0),
    ("Россия поставила Белоруссии семнадцать вертолетов Ми-8МТВ-5 в мае.", "Mi-8MTV-5", 17.0),
])
def test_a_count_in_words_or_with_a_separator(text, system, quantity):
    assert counts(text) == [(system, quantity)]


@pytest.mark.parametrize("text, system, quantity", [
    ("In 2019, 500 Volat trucks were shipped by Belarus to Russia.", "Volat", 500.0),  # a year's comma is no separator
    ("Минский завод отгрузил в Россию сотни шасси МЗКТ-7930 в мае.", "MZKT-7930 Astrolog", None),  # hundreds
])
def test_no_separator_and_no_vague_hundreds(text, system, quantity):
    assert counts(text) == [(system, quantity)]
