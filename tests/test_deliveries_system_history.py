"""A system's own history ("Development of the S-400 started in the 1990s, and it entered service for the first time in
2007", "Разработка комплекса С-400 началась в 1990-х годах, впервые он поступил на вооружение в 2007 году") is its first
adoption in its maker's army: with no party in the clause and no hand-over of that system told in the article, no
in_service row (a real page's background paragraph used to give one, Russia -> Belarus, dated 2007). Beside it, a
service entry after a told transfer keeps its row. Articles written for this test."""
import pytest

from conftest import deliveries

HISTORY = [
    ("Russia moves air defence units west\n\nMOSCOW - Russia and Belarus will hold joint drills next month, the Russian "
     "Defence Ministry said on Friday.\n\nDevelopment of the S-400 system started in the 1990s, and it entered service "
     "for the first time in 2007.\n"),
    ("Россия перебрасывает ПВО на запад\n\nМОСКВА. Россия и Белоруссия проведут совместные учения в следующем месяце, "
     "сообщило в пятницу Минобороны России.\n\nРазработка комплекса С-400 началась в 1990-х годах, впервые он поступил "
     "на вооружение в 2007 году.\n"),
]


@pytest.mark.parametrize("text", HISTORY)
def test_first_adoption_is_no_service_entry_of_a_transfer(text):
    assert [e for e in deliveries(text, "2022-01-22") if e["status"] == "in_service"] == []


@pytest.mark.parametrize("text", [
    "Belarus received an S-400 battalion from Russia in 2021. The S-400 battalion entered service for the first time in "
    "2022.",
])
def test_service_after_a_told_transfer_stays(text):
    assert ("S-400 Triumf", "in_service") in [(e["system"], e["status"]) for e in deliveries(text, "2022-01-22")]
