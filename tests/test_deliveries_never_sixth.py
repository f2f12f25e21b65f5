"""Rows that must never exist (constructions D20b, D25, D26): a request the main clause says never came, talks put
off, a repair contract, the supplier's export policy, the supplier's aircraft arriving to serve in its own unit, a
placement asked for, the recipient's running total over years. Beside each, a sentence of the same shape that is a
delivery and stays one. Sentences written for this test."""
import pytest

from conftest import deliveries

LEAD_EN = "Belarus and Russia: arms news\nRussia delivered four Su-30SM to Belarus in 2023. "
LEAD_RU = "Беларусь и Россия: оружие\nРоссия передала Беларуси четыре Су-30СМ в 2023 году. "


def others(text):
    return [(e["system"], e["status"], e["quantity"]) for e in deliveries(LEAD_EN + text if text.isascii()
                                                                          else LEAD_RU + text, "2024-06-14")
            if e["system"] != "Su-30SM"]


@pytest.mark.parametrize("text", [
    # asked for in a relative clause, never supplied in the main clause
    "The Tor-M2 system, which President Alexander Lukashenko requested in 2009, has also not been supplied.",
    "Комплексы «Бук-М3», о которых Минск просил еще в 2019 году, так и не поставлены.",
    # talks put off
    "Переговоры о закупке еще одной партии Ми-35М пришлось отложить.",
    # repaired for its owner under a contract
    "Belarus's 558th Aircraft Repair Plant continues to overhaul Su-25 jets for the Russian military under a "
    "contract signed in 2009.",
    "Завод ремонтирует российские Ми-8 по контракту 2020 года.",
    # the supplier's export policy
    "The head of Rosoboronexport said in March that deliveries of the Su-35 to foreign customers would begin only "
    "after Russia's own regiments had received what they needed.",
    # the supplier's own aircraft arriving to serve in its own unit; a placement asked for
    "Six Russian MiG-31 interceptors arrived at Machulishchy air base earlier this month to form a duty group that "
    "will guard Belarusian airspace.",
    "Lukashenko said Belarus had asked for the Pantsir-S1 to be stationed near its northern border and that Moscow "
    "had agreed.",
    # the recipient's running total over years
    "In all, Belarus has received 12 Su-30SM2 since 2019.",
    "«Всего за три года мы получили десять Як-130», – добавил министр.",
    "В общей сложности с 2019 года армия получила 18 Ми-35М.",
])
def test_never_a_delivery(text):
    assert others(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Tor-M2 system, which Belarus ordered in 2009, arrived in 2011.", ("Tor-M2", None)),
    ("Комплексы «Бук-М3», о которых Минск просил еще в 2019 году, поставлены в бригаду.", ("Buk-M3", None)),
    ("Переговоры о закупке еще одной партии Ми-35М продолжаются.", ("Mi-35M", "discussed")),
    ("The plant shipped 12 Su-25 jets to Belarus under a contract signed in 2009.", ("Su-25", "delivered")),
    ("Six MiG-31 interceptors bought from Russia arrived at Machulishchy air base earlier this month.",
     ("MiG-31", "delivered")),
    ("Belarus has received 12 Su-30SM2 from Russia this year.", ("Su-30SM2", "delivered")),
    ("В этом году армия получила от России 18 Ми-35М.", ("Mi-35M", "delivered")),
])
def test_the_same_shape_that_is_a_delivery_stays(text, expected):
    # (None: the guard keeps the system's rows; which stages the sentence gives is another construction's, D7)
    assert expected in [(s, st if expected[1] else None) for s, st, _ in others(text)]
