"""'ведомство' takes up the one government body named just before, also when a plant or a company was named since
('Минобороны опубликовало кадры. Самолеты перегнали с завода. «...», – говорится в сообщении ведомства'): a
maker is no 'ведомство'. Another government body named since still leaves it unknown. Sentences written for this
test."""
from conftest import speakers

LEAD = ("Министерство обороны Белоруссии во вторник опубликовало кадры посадки двух истребителей Су-30СМ2. "
        "{middle}\n\n«Новые самолеты усиливают возможности авиабазы», – говорится в сообщении ведомства.")
SAID = "Новые самолеты усиливают возможности авиабазы"


def test_a_plant_named_since_is_no_rival():
    text = LEAD.format(middle="Самолеты перегнали с Иркутского авиационного завода российские экипажи.")
    assert ("Ministry of Defence of Belarus", SAID) in speakers(text, "ru", "2026-01-30")


def test_another_ministry_named_since_is():
    text = LEAD.format(middle="Контракт заключало Министерство обороны России.")
    assert (None, SAID) in speakers(text, "ru", "2026-01-30")
