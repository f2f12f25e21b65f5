"""A count before an aside set off by commas is the verb's (issue 12, q+d): an inverted attribution ("Следующие три
вертолета, уточнил генерал, поступят ...", "Three more helicopters, stressed the general, are to be handed over"),
a plan or contract named as the source ("согласно графику", "as agreed"), and a subject count before an aside when
the system is named earlier in the sentence. Not a count of the stage: the subject of a negated verb ("еще три,
уточнил генерал, поставлены не будут"), units that receive ("две бригады, согласно плану, получат их"). Sentences
written for these tests."""
import pytest

from conftest import delivery_rows

BEFORE_RU = "Минобороны заключило с холдингом «Вертолеты России» договор на восемь вертолетов Ми-35М. "
BEFORE_EN = "The defence ministry has a deal with Russian Helicopters for eight Mi-35M gunships. "


def _planned(text):
    return {(r[0], r[4], r[5]) for r in delivery_rows(text, "2015-01-05") if r[1] == "planned"}


@pytest.mark.parametrize("text", [
    BEFORE_RU + "Следующие три вертолета, уточнил генерал, поступят в часть в 2017 году.",
    BEFORE_RU + "Очередные три машины, согласно графику, поступят в Мачулищи в 2017 году.",
    BEFORE_EN + "Three more helicopters, stressed the general, are to be handed over in 2017.",
    BEFORE_EN + "The next three gunships, as agreed, are due in 2017.",
])
def test_a_count_before_an_aside_is_the_rows(text):
    assert _planned(text) == {("Mi-35M", 3.0, "2017")}


def test_a_subject_count_before_an_aside_is_the_rows():
    text = ("Machulishchy is preparing hangars for Russian-built Mi-35M gunships: the first three, according to the "
            "general, will be delivered in 2017.")
    assert _planned(text) == {("Mi-35M", 3.0, "2017")}


@pytest.mark.parametrize("text", [
    # a count of another phrase before a comma stays that phrase's
    BEFORE_RU + "Первые три вертолета уже в Мачулищах, остальные, уточнил генерал, поступят в 2017 году.",
    BEFORE_EN + "The first three are already at the base, and the rest, stressed the general, will follow in 2017.",
])
def test_a_count_of_another_phrase_is_not_the_rows(text):
    assert not any(r[4] == 3.0 for r in delivery_rows(text, "2015-01-05") if r[1] == "planned")


@pytest.mark.parametrize("text", [
    # a negated verb moves nothing: its count goes onto no row
    "Беларусь получила вертолеты Ми-35М; еще три, уточнил генерал, поставлены не будут.",
    "Беларусь получила вертолеты Ми-35М; еще три поставлены не будут.",
    "Беларусь получила вертолеты Ми-35М; остальные три машины, заявил министр, получены не будут.",
    "Belarus received the Mi-35M gunships; three more, the general said, will not be delivered.",
])
def test_a_count_of_a_negated_verb_is_no_rows(text):
    assert not any(r[4] == 3.0 for r in delivery_rows(text, "2015-01-05"))


@pytest.mark.parametrize("text", [
    # the units that receive are no count of what they receive
    "Россия поставит Белоруссии «Тор-М2К»; две бригады, согласно плану, получат их до 2026 года.",
    "Россия поставит Белоруссии «Тор-М2К»; две бригады получат их до 2026 года.",
    "Russia will supply Tor-M2K systems to Belarus; two regiments, the minister said, will get them in 2026.",
])
def test_receiving_units_are_no_count(text):
    assert not any(r[4] == 2.0 for r in delivery_rows(text, "2015-01-05"))
