"""A bare count points back to the one system named up to four sentences before (issue 12, twelfth session; it was
two): a quote and a comment often stand between the batch and "the remaining six". An aircraft that escorts or carries
the batch ("машины сопровождал военно-транспортный Ил-76", "escorted by an Il-76") is never the referent.
"""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Russia handed over four Mi-8MTV-5 helicopters to Belarus on 22 March. The commander met the "
    "crews on the apron. \"Our transport aviation is entering a new generation,\" he said. The remaining six will arrive before "
    "the end of the year.",
    "Россия передала Белоруссии четыре вертолета Ми-8МТВ-5 22 марта. Командующий встретил экипажи на "
    "стоянке. «Наша транспортная авиация выходит на новый уровень», – сказал он. Оставшиеся шесть машин прибудут до "
    "конца года.",
])
def test_the_remaining_count_three_sentences_on(text):
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
