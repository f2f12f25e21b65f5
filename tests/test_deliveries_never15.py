"""Rows that must never exist (fifteenth session): what an army holds told as "all the ... are on duty", no orders at
all ("заказов ... нет"), the supplier's own unit moving with its crews or coming for the joint grouping, a buyer the
text leaves unnamed, and a chassis built "под" another system. Beside each table, the same shape that keeps its row.
Sentences written for this test, in English and Russian."""
import pytest

from conftest import delivery_rows


def brief(text):
    return sorted((r[0], r[1]) for r in delivery_rows(text))


# --- all of what the army got, on duty now: holdings, no stage (bench/gold/RULES.md point 9) -----------------------

@pytest.mark.parametrize("text", [
    "All the Pantsir-S1 batteries the army took from Russia in 2022 are now on combat duty near Vitebsk.",
    "All of our Mi-35M helicopters delivered by Russia remain in service with the 181st base.",
    "Все три батареи «Панцирь-С1», полученные от России, несут боевое дежурство под Витебском.",
    "Все восемь вертолетов Ми-35М, поставленных Россией, находятся на вооружении 181-й базы.",
])
def test_all_of_a_system_in_service_now_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    # a counted batch that went on duty at a time: its stages stay
    ("Two Pantsir-S1 batteries received from Russia in 2022 went on combat duty near Vitebsk in March.",
     [("Pantsir-S1", "delivered"), ("Pantsir-S1", "in_service")]),
    # "all" on an arrival is the whole of one batch arriving
    ("All three Pantsir-S1 batteries arrived from Russia in May.", [("Pantsir-S1", "delivered")]),
    ("Все три батареи «Панцирь-С1» прибыли из России в мае.", [("Pantsir-S1", "delivered")]),
])
def test_a_batch_with_all_keeps_its_row(text, expected):
    assert brief(text) == expected


# --- there are no orders: the cue noun is what there is none of ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Новых заказов на Ми-35М от белорусской стороны пока нет.",
    "Контрактов на поставку Су-30СМ2 сейчас нет, сообщил источник.",
])
def test_no_orders_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Новых заказов на Ми-35М от белорусской стороны в этом году стало больше.", [("Mi-35M", "ordered")]),
    ("Контракт на поставку Су-30СМ2 сейчас есть, сообщил источник.", [("Su-30SM2", "ordered")]),
])
def test_orders_that_exist_keep_the_row(text, expected):
    assert brief(text) == expected


# --- the supplier's own unit moving with its people, or coming for the joint grouping --------------------------------

@pytest.mark.parametrize("text", [
    "На аэродром Лида прибыли шесть российских истребителей Су-30СМ с летным и техническим составом.",
    "Six Russian Su-30SM fighters arrived at Lida together with their flight and ground crews.",
    "В апреле прибыли три эшелона с российской техникой для региональной группировки войск, в том числе комплексы «Бук-М2».",
    "Three trains of Russian hardware for the regional grouping of forces arrived in April, including Buk-M2 systems.",
])
def test_the_suppliers_unit_moved_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    # new aircraft, no owner's adjective: the recipient's delivery, however they came
    ("Шесть истребителей Су-30СМ прибыли из России на аэродром Лида.", [("Su-30SM", "delivered")]),
    ("Six Su-30SM fighters arrived at Lida from Russia.", [("Su-30SM", "delivered")]),
])
def test_new_aircraft_arriving_keep_the_row(text, expected):
    assert brief(text) == expected


# --- a buyer left unnamed: another state's export, not Russia's or Belarus's -----------------------------------------

@pytest.mark.parametrize("text", [
    "В прошлом году комплексы «Тор-М2К» на белорусских шасси были поставлены в одну из стран Африки.",
    "Last year Tor-M2K systems on Belarusian chassis were shipped to one of the countries of Africa.",
    "Last year Osa-AKM systems upgraded in Belarus were shipped to an unnamed Asian customer.",
])
def test_an_unnamed_buyer_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    ("В прошлом году комплексы «Тор-М2К» были поставлены из России в Белоруссию.", [("Tor-M2K", "delivered")]),
])
def test_a_named_buyer_keeps_the_row(text, expected):
    assert brief(text) == expected


# --- a chassis built for another system ("под береговые комплексы") -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Завод отгрузил Минобороны России 30 шасси МЗКТ-7930 – главным образом под береговые ракетные комплексы «Бастион».",
     [("MZKT-7930 Astrolog", "delivered")]),
    ("Завод отгрузил Минобороны России 30 шасси МЗКТ-7930 под Брестом.", [("MZKT-7930 Astrolog", "delivered")]),
])
def test_the_system_a_chassis_is_for_is_not_delivered(text, expected):
    assert brief(text) == expected
