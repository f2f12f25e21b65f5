"""Aircraft that land or fly in, named with their maker ("Су-30СМ российской постройки", "Як-130 российского
производства", "Russian-built Yak-130"): the country names the maker, not the owner, so the arrival is the
recipient's new aircraft; the owner's own aircraft landing ("Su-27 ВВС России", "Russian Su-30SM fighters") stay
no delivery. Sentences written for this test; numbers, places and dates are invented."""
import pytest

from conftest import deliveries

LEAD_RU = "Заголовок\n\nБелоруссия получает российские истребители. "
LEAD_EN = "Headline\n\nBelarus is getting Russian aircraft. "


def rows(text, published="2025-11-26"):
    return [(e["supplier"], e["recipient"], e["system"], e["status"], e["quantity"], e["date"])
            for e in deliveries(text, published)]


@pytest.mark.parametrize("text, expected", [
    (LEAD_RU + "В январе в Барановичи прилетели еще два истребителя Су-30СМ российской постройки.",
     [(["Russia"], ["Belarus"], "Su-30SM", "delivered", 2.0, "2025-01")]),
    (LEAD_RU + "Четыре учебно-боевых самолета Як-130 российского производства в минувшую пятницу приземлились на "
     "аэродроме в Лиде, сообщили в пресс-службе Министерства обороны.",
     [(["Russia"], ["Belarus"], "Yak-130", "delivered", 4.0, "2025-11-21")]),
    (LEAD_EN + "Four Russian-built Yak-130 trainers landed at the air base in Lida on Friday, the defence ministry said.",
     [(["Russia"], ["Belarus"], "Yak-130", "delivered", 4.0, "2025-11-21")]),
])
def test_an_arrival_named_with_its_maker_is_a_delivery(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    # the owner's own aircraft move; they do not change hands
    LEAD_EN + "Four Russian Su-30SM fighters landed at Baranovichi on Friday, the defence ministry said.",
    LEAD_RU + "Шесть истребителей Су-27 ВВС России в среду приземлились на аэродроме в Бобруйске.",
    LEAD_RU + "Четыре российских истребителя Су-35С приземлились в Барановичах для совместной тренировки.",
])
def test_the_owner_s_aircraft_landing_stay_no_delivery(text):
    assert rows(text) == []
