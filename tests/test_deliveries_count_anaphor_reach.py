"""A bare count points back to the one system named in the two sentences before (attribution-only sentences skipped);
an aircraft that escorts or carries the batch ("машины сопровождал военно-транспортный Ил-76", "escorted by an Il-76")
is never the referent (issue 12, twelfth session). A reach of three or four sentences was tried and dropped: it added a
false positive on the closed heldout7 (and direction taken from a polluted article memory on dev3).
"""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Russia handed over four Mi-8MTV-5 helicopters to Belarus on 22 March. \"Our transport aviation is entering a "
    "new generation,\" the commander said. The remaining six will arrive before "
    "the end of the year.",
    "Россия передала Белоруссии четыре вертолета Ми-8МТВ-5 22 марта. «Наша транспортная авиация выходит на новый "
    "уровень», – сказал командующий. Оставшиеся шесть машин прибудут до конца года.",
])
def test_the_remaining_count_past_a_quote(text):
    got = {(e["system"], e["status"], e["quantity"]) for e in deliveries(text, "2016-03-24")}
    assert ("Mi-8MTV-5", "planned", 6.0) in got, got


def test_the_escort_is_no_referent():
    text = ("Россия передала Белоруссии два истребителя Су-30СМ во вторник. Перелет занял двое суток, машины сопровождал "
            "военно-транспортный Ил-76. Контракт стороны заключили в 2017 году. Еще пара прилетит до Нового года.")
    got = {(e["system"], e["status"]) for e in deliveries(text, "2019-11-06")}
    assert not any(r[0] == "Il-76" for r in got), got


@pytest.mark.parametrize("text", [
    "Russia handed over four Mi-8MTV-5 helicopters to Belarus on 22 March. The remaining six are expected to be handed "
    "over before the end of the year.",
    "Россия передала Белоруссии четыре вертолета Ми-8МТВ-5 22 марта. Оставшиеся шесть машин также должны быть переданы "
    "до конца года.",
])
def test_a_count_before_the_verbs_auxiliaries(text):
    """The count may stand farther before the cue when only the verb's auxiliaries come between ("are expected to be
    handed over"); "должны быть переданы" is still to come (planned), not a done stage."""
    got = {(e["system"], e["status"], e["quantity"]) for e in deliveries(text, "2016-03-24")}
    assert ("Mi-8MTV-5", "planned", 6.0) in got, got
    assert ("Mi-8MTV-5", "delivered", 6.0) not in got, got


def test_what_most_of_the_chassis_carry_is_no_delivery():
    """"MZKT delivered about 30 MZKT-6922 chassis to Kupol in 2019, most of them for Tor-M2K systems": the Tor-M2K is what
    the chassis carry (guards.mounted), never a Belarusian delivery of its own."""
    text = ("Belarus and Russia remain close allies. MZKT delivered about 30 MZKT-6922 chassis to Kupol in 2019, "
            "according to the plant, most of them for Tor-M2K systems built for the Russian army.")
    got = {(e["system"], e["supplier"] and e["supplier"][0]) for e in deliveries(text, "2019-12-18")}
    assert ("MZKT-6922", "Belarus") in got, got
    assert not any(r[0] == "Tor-M2K" for r in got), got
