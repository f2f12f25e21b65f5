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


# --- the supplier's forces named after the system as its owner ("of the Russian Air Force", "российских ВКС") -----------

@pytest.mark.parametrize("text", [
    "Six MiG-31 interceptors of the Russian Air Force arrived at Machulishchy in March.",
    "Four Su-30SM fighters of the Russian Aerospace Forces took up combat duty at Lida.",
    "Iskander-M launchers of Russia's Southern Military District were moved to Belarus in January.",
    "Шесть МиГ-31 российских ВКС прибыли в Мачулищи в марте.",
    "Четыре Су-30СМ ВКС России заступили на боевое дежурство в Лиде.",
])
def test_the_suppliers_forces_own_hardware_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    # handed over from the supplier's forces: a transfer
    ("Russia handed over four Su-30SM of the Russian Aerospace Forces to Belarus in May.", [("Su-30SM", "delivered")]),
    ("Белоруссия получила четыре Су-30СМ из состава ВКС России.", [("Su-30SM", "delivered")]),
    # a nominative after the system is the next predicate's subject, not an owner
    ("Первые четыре Як-130 белорусские ВВС получили от России в апреле.", [("Yak-130", "delivered")]),
])
def test_a_transfer_from_the_suppliers_forces_keeps_its_row(text, expected):
    assert brief(text) == expected


# --- what did not happen: "would have bought", "was to have received" ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Had Moscow offered credit, Belarus would have bought Su-35 fighters in 2016.",
    "Had the talks on credit succeeded, Russia would have sold Belarus two S-400 battalions in 2013.",
    "Belarus was to have received the first Mi-28NE helicopters in 2021, but the date slipped again and again.",
])
def test_an_unreal_past_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Putin said Russia would hand over Iskander-M systems to Belarus within months.", [("Iskander-M", "planned")]),
    ("Belarus has received the first Mi-28NE helicopters from Russia.", [("Mi-28NE", "delivered")]),
])
def test_a_plan_or_a_done_transfer_keeps_its_row(text, expected):
    assert brief(text) == expected


# --- the effort stops: no money, a pause, no talks planned; no plans to sell ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Belarus would like to buy Pantsir-SM systems from Russia but cannot afford them.",
    "Белоруссия хотела бы купить у России «Панцирь-СМ», но не может себе этого позволить.",
    "Поставки Су-30СМ2 в прошлом году поставлены на паузу из-за нехватки двигателей.",
    "Deliveries of Su-30SM2 fighters were paused last year for lack of engines.",
    "Belarus hopes to get Su-57 fighters one day, but no talks are planned.",
    "Планов продавать Белоруссии комплексы «Бастион» нет, заявили в Москве.",
])
def test_an_effort_that_stops_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Belarus wants to buy Pantsir-SM systems from Russia and can afford them.", [("Pantsir-SM", "planned")]),
    ("Планов продавать Белоруссии «Искандер-М» в Москве не скрывают.", [("Iskander-M", "planned")]),
])
def test_an_effort_that_goes_on_keeps_its_row(text, expected):
    assert brief(text) == expected


# --- a plant's work for an army's own units: a domestic supply, whoever the article's other country is -------------------

@pytest.mark.parametrize("text", [
    "Модернизированные на заводе в Борисове комплексы «Оса-1Т» летом поступили в 56-ю зенитную бригаду.",
    "The Tetraedr company handed over two more Osa-1T battalions to the 29th brigade after modernisation in June.",
    "Армия в 2025 году закупит для своих частей шесть шасси МЗКТ-7930, рассказали на предприятии.",
])
def test_a_plants_work_for_the_armys_units_is_no_delivery(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    # a maker's mark says nothing of whose units they are: the supplier's delivery to the article's army
    ("Ещё один дивизион «Тор-М2К» российской сборки войска получат в мае.", [("Tor-M2K", "planned")]),
    # a plant's product to a unit, without work on it at home: may be the foreign maker's delivery
    ("The plant delivered two Su-30SM2 fighters to the 61st air base in Baranovichi.", [("Su-30SM2", "delivered")]),
])
def test_a_foreign_product_for_the_armys_units_keeps_its_row(text, expected):
    assert brief(text) == expected


# --- troops leaving with their own hardware ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian troops left Belarus in April. Their T-90 tanks and Tornado-G rocket launchers went back to Russia with them.",
    "Российские военные ушли из Белоруссии в апреле, забрав с собой танки Т-90 и РСЗО «Торнадо-Г».",
])
def test_hardware_taken_along_by_leaving_troops_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    ("In March 40 T-72A tanks left Belarusian storage bases for Russia.", [("T-72A", "delivered")]),
    ("В марте в Россию с белорусских баз хранения ушли 40 танков Т-72А.", [("T-72A", "delivered")]),
])
def test_tanks_leaving_storage_keep_their_row(text, expected):
    assert brief(text) == expected


# --- an export to a third country: outside the base (kb countries party=yes) -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Belarus exported eight Su-25 attack aircraft to Sudan in 2009, all from surplus stocks.",
    "Белоруссия продала Судану восемь штурмовиков Су-25 в 2009 году.",
    "Russia has supplied S-400 systems to China and Turkey.",
    "Россия поставила комплексы С-400 в Китай и Турцию.",
])
def test_an_export_to_a_third_country_is_no_row(text):
    assert brief(text) == []


@pytest.mark.parametrize("text, expected", [
    # what a party buys abroad stays
    ("Belarus and Kazakhstan agreed on a delivery of four Yak-130 trainers to Belarus.", [("Yak-130", "ordered")]),
    # a party beside a third country keeps the row as its own
    ("Russia delivered Tor-M2 systems to Belarus and Venezuela.", [("Tor-M2", "delivered")]),
])
def test_a_partys_own_purchase_keeps_its_row(text, expected):
    assert brief(text) == expected
