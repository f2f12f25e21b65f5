"""What an army holds is no transfer: "Belarus has several Russian-made S-300 battalions on combat duty", "У Белоруссии
есть несколько дивизионов С-300 на боевом дежурстве" (a possession verb takes the system, with only adverbs, a count and
its adjectives between them, and the clause gives the state it is held in) is a count of what the army has (RULES point
9), and a talk verb later in the sentence ("... and is negotiating the purchase of S-400") is about another system. A
verb between ("has put", "has received") tells a stage. Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return sorted((e["system"], e["status"]) for e in deliveries(text, "2024-05-10"))


@pytest.mark.parametrize("text, expected", [
    ("Belarus has several Russian-made S-300 air defence battalions on combat duty and has long been negotiating the "
     "purchase of S-400 systems from Russia.", [("S-400 Triumf", "discussed")]),
    ("Belarus has four S-300 battalions on combat duty and is negotiating the purchase of S-400 systems from Russia.",
     [("S-400 Triumf", "discussed")]),
    ("Belarus already has two Tor-M2 batteries from Russia on combat duty near Minsk, the minister said.", []),
    ("У Белоруссии есть несколько дивизионов С-300 на боевом дежурстве, сообщил министр.", []),
    ("У Белоруссии уже есть два дивизиона российских С-300 на боевом дежурстве, а также ведутся переговоры о покупке "
     "С-400 у России.", [("S-400 Triumf", "discussed")]),
])
def test_what_an_army_holds_is_no_transfer(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Belarus has put two Tor-M2 batteries from Russia on combat duty near Minsk, the minister said.",
     [("Tor-M2", "in_service")]),
    ("Belarus has received two Tor-M2 batteries from Russia, the minister said.", [("Tor-M2", "delivered")]),
    ("Белоруссия поставила на боевое дежурство два дивизиона С-300, полученных от России.",
     [("S-300", "delivered"), ("S-300", "in_service")]),
])
def test_a_stage_told_by_a_verb_keeps_its_row(text, expected):
    assert rows(text) == expected
