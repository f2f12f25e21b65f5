"""Systems the knowledge base does not list, named by a designator without a digit (issue 12, twelfth session):
"Pantsir-SMD", "Osa-AK" (a known family's name and a capital-letter suffix), "комплексы Хризантема-С" (a weapon noun
right before it). Designators with a digit ("Tor-M2DT", "BTR-82AM", "Су-30СМ2", "Ми-35М") were found before and are
kept here as the table's other half. Not systems: "Rolls-Royce", "Coca-Cola", "Interfax-AVN", "Belarus-EU",
"COVID-19", "the F-1 form", "Article 5".
"""
import pytest

from conftest import deliveries

EN_LEAD = "Belarus and Russia remain close allies. "
RU_LEAD = "Белоруссия и Россия остаются союзниками. "


def _rows(text, published="2024-05-10"):
    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    return {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0])
            for e in deliveries(lead + text, published)}


@pytest.mark.parametrize("text, want", [
    ("Russia will supply Belarus with Pantsir-SMD systems next year.", ("Pantsir-SMD", "planned", "Russia", "Belarus")),
    ("Russia delivered Osa-AK systems to Belarus in 2010.", ("Osa-AK", "delivered", "Russia", "Belarus")),
    ("Россия передала Белоруссии противотанковые комплексы Хризантема-С в марте.",
     ("Khrizantema-S", "delivered", "Russia", "Belarus")),
    ("Belarus received four Tor-M2DT systems from Russia in March.", ("Tor-M2DT", "delivered", "Russia", "Belarus")),
    ("Russia delivered 20 BTR-82AM armoured personnel carriers to Belarus.",
     ("BTR-82AM", "delivered", "Russia", "Belarus")),
    ("Россия передала Белоруссии четыре истребителя Су-30СМ2 в марте.", ("Su-30SM2", "delivered", "Russia", "Belarus")),
    ("Белоруссия получила от России шесть вертолетов Ми-35М.", ("Mi-35M", "delivered", "Russia", "Belarus")),
])
def test_an_unlisted_designator_is_a_system(text, want):
    got = _rows(text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Belarus bought Rolls-Royce engines and Coca-Cola from Russia last year.",
    "Russia delivered the Belarus-EU report to Minsk, Interfax-AVN said.",
    "Belarus received COVID-19 vaccines from Russia in March.",
    "Belarus submitted the F-1 form to Russia in March.",
    "Russia delivered Article 5 guarantees to Belarus.",
])
def test_not_a_system(text):
    got = _rows(text)
    assert not got, got
