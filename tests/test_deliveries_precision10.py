"""Precision (issue 12, tenth session): stages no text asserts and rows that must never exist. Each table holds
sentences written for this test, in English and Russian where the construction exists in both, and beside them a
sentence of the same shape that keeps its row."""
import pytest

from conftest import deliveries

LEAD_EN = "Belarus and Russia: arms news\nRussia delivered four Su-30SM to Belarus in 2023. "
LEAD_RU = "Беларусь и Россия: оружие\nРоссия передала Беларуси четыре Су-30СМ в 2023 году. "


def others(text, published="2024-06-14"):
    return [(e["system"], e["status"], e["quantity"]) for e in deliveries(LEAD_EN + text if text.isascii()
                                                                          else LEAD_RU + text, published)
            if e["system"] != "Su-30SM"]


# --- a contract still to be signed is a plan, never an order ----------------------------------------------------------

@pytest.mark.parametrize("text, system", [
    # a signing that may come
    ("A contract for the supply of a Tor-M2 battery from Russia may be signed before the end of the year.", "Tor-M2"),
    ("Контракт на поставку Белоруссии батареи «Тор-М2» может быть подписан до конца года.", "Tor-M2"),
    # the buyer hopes to sign
    ("Belarus hopes to sign a contract with Russia for Mi-35M helicopters before the summer.", "Mi-35M"),
    ("Минск надеется подписать с Россией контракт на вертолеты Ми-35М до лета.", "Mi-35M"),
    # the contract noun's predicate resumes after a relative clause
    ("The contract for four Yak-130 trainers from Russia, which Minsk had hoped to sign this year, will now be signed "
     "in 2025.", "Yak-130"),
    ("Контракт на поставку из России четырех Як-130, который Минск надеялся подписать в этом году, будет подписан в "
     "2025 году.", "Yak-130"),
])
def test_a_signing_ahead_is_planned(text, system):
    got = [(s, st) for s, st, _ in others(text)]
    assert (system, "planned") in got and (system, "ordered") not in got


@pytest.mark.parametrize("text, system", [
    ("A contract for the supply of a Tor-M2 battery from Russia was signed in May.", "Tor-M2"),
    ("Контракт на поставку Белоруссии из России батареи «Тор-М2» подписан в мае.", "Tor-M2"),
    ("The contract for four Yak-130 trainers from Russia, which Minsk signed this year, will be fulfilled in 2025.",
     "Yak-130"),
    ("Контракт на поставку из России четырех Як-130, который Минск подписал в мае, будет выполнен в 2025 году.",
     "Yak-130"),
])
def test_a_signed_contract_stays_ordered(text, system):
    assert (system, "ordered") in [(s, st) for s, st, _ in others(text)]


# --- rows that must never exist ------------------------------------------------------------------------------------

NEVER = [
    # the recipient's tally from a year before the report, with or without "in all"
    "Belarus has received 28 Mi-8 helicopters of various types from Russia since 2016, the holding said.",
    "In all, the Belarusian air force has taken delivery of 14 Yak-130 trainers from Russia since December 2019.",
    "С 2019 года ВВС Белоруссии получили от России 20 самолетов Як-130.",
    # a report or rumour the sentence dismisses or leaves unconfirmed
    "Reports that Belarus would sell part of its MiG-29 fleet to Russia were dismissed by the ministry as speculation.",
    "The ministry did not confirm reports that Minsk is in talks with Moscow on buying Mi-35M helicopters.",
    "Сообщения о том, что часть белорусских истребителей МиГ-29 будет продана России, в ведомстве назвали домыслами.",
    "Информацию о том, что Минск ведет переговоры с Москвой о закупке вертолетов Ми-35М, в Минобороны не подтвердили.",
    # talks whose own predicate, after a relative clause, is negated
    "Talks on buying Iskander systems from Russia, which Minsk had held since 2008, are no longer under way, the "
    "minister said.",
    "Переговоры о приобретении у России комплексов «Искандер», которые Минск вел с 2008 года, сейчас не ведутся, "
    "признал министр.",
    # a repair plant hands its own country's forces what it worked on
    "The 558th Aircraft Repair Plant in Baranovichi has handed the air force four more MiG-29 fighters upgraded this "
    "year.",
    "Тем временем 140-й ремонтный завод в Борисове модернизирует для белорусской армии танки Т-72Б. Первые "
    "модернизированные машины поступили в войска в прошлом году.",
]


@pytest.mark.parametrize("text", NEVER)
def test_never_a_delivery(text):
    assert others(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Belarus has received four Yak-130 trainers from Russia since January.", ("Yak-130", "delivered")),
    ("С января ВВС Белоруссии получили от России четыре самолета Як-130.", ("Yak-130", "delivered")),
    ("The ministry confirmed reports that Minsk is in talks with Moscow on buying Mi-35M helicopters.",
     ("Mi-35M", "discussed")),
    ("Talks on buying Iskander systems from Russia, which Minsk began in 2008, are continuing, the minister said.",
     ("Iskander", "discussed")),
    ("Переговоры о приобретении у России комплексов «Искандер», которые Минск ведет с 2008 года, продолжаются.",
     ("Iskander", "discussed")),
    ("Russia delivered four S-300 divisions to Belarus in 2016; they were overhauled at the 140th repair plant in "
     "Barysaw before delivery.", ("S-300", "delivered")),
])
def test_the_same_shape_that_is_a_delivery_stays(text, expected):
    assert expected in [(s, st) for s, st, _ in others(text)]


# --- a headline's loose stages for a system the body tells -----------------------------------------------------------

@pytest.mark.parametrize("text, published, system, gone, kept", [
    ("Belarus orders Mi-8 helicopters, Moscow open to Su-35 talk\n\nMINSK, May 19 - Belarus has signed a contract with "
     "Russia for eight Mi-8 helicopters, the ministry said on Thursday. Russia is ready to consider supplying Su-35 "
     "fighters if Minsk asks, an official said.", "2023-05-19", "Mi-8", "discussed", "ordered"),
    ("Новая пара Су-30СМ2 на дежурстве\n\nВ Барановичи в понедельник прибыла из России новая пара истребителей "
     "Су-30СМ2, сообщило Минобороны Белоруссии.", "2024-12-20", "Su-30SM2", "in_service", "delivered"),
])
def test_a_headline_retelling_the_body_adds_no_loose_stage(text, published, system, gone, kept):
    got = [(e["system"], e["status"]) for e in deliveries(text, published)]
    assert (system, kept) in got and (system, gone) not in got


def test_a_system_only_the_headline_names_keeps_its_row():
    text = ("Belarus asks Russia for Su-35 fighters\n\nMINSK, May 19 - Belarus has signed a contract with Russia for eight "
            "Mi-8 helicopters, the ministry said on Thursday.")
    assert ("Su-35", "discussed") in [(e["system"], e["status"]) for e in deliveries(text, "2023-05-19")]


# --- the supplier's own forces, and efforts that came to nothing ------------------------------------------------------

@pytest.mark.parametrize("text", [
    # worked by the supplier's own crews
    "Oreshnik missiles arrived in Belarus and will be operated by Russian crews.",
    "The Iskander-M launchers that reached Belarus last week are manned by Russian troops.",
    "Комплексы «Искандер-М», прибывшие в Белоруссию, эксплуатируют российские военные.",
    # a formation of the supplier's forces moved into the country
    "A Russian S-400 regiment deployed to Belarus in 2022 went on combat duty near Gomel.",
    "Российский зенитный ракетный полк С-400, переброшенный в Белоруссию, заступил на боевое дежурство.",
    # an effort that came to nothing, a request turned down
    "Attempts to obtain the S-400 from Russia have come to nothing.",
    "Попытки купить у России С-400 успехом не увенчались.",
    "Minsk has asked for Iskanders repeatedly, but Moscow has turned down every request.",
])
def test_never_a_delivery_either(text):
    assert others(text, "2025-06-14") == []


@pytest.mark.parametrize("text, expected", [
    # (not the Oreshnik: kb abroad=stationed, every gold set lists it as stationed whoever operates it)
    ("Iskander-M launchers arrived in Belarus from Russia, and Belarusian crews will operate them.",
     ("Iskander-M", "delivered")),
    ("Belarus received an S-400 battalion from Russia, now deployed near Grodno.", ("S-400 Triumf", "delivered")),
    ("Минск ведет с Москвой переговоры о покупке С-400.", ("S-400 Triumf", "discussed")),
])
def test_the_same_shape_that_is_a_delivery_stays_too(text, expected):
    assert expected in [(s, st) for s, st, _ in others(text, "2025-06-14")]
