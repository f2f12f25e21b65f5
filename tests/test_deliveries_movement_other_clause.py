"""A movement of equipment out of one country (deliveries/outflow.py) gives its sides only to the systems of its own
clauses: a system in another clause with a transfer verb of its own goes the way that verb says ('Belarus shipped
30 T-72A tanks to Russia in March, but Russia handed two Tor-M2 batteries to Belarus in May': the Tor-M2 went to
Belarus, in May). Before, every system of the sentence took the movement's direction and date. A system listed in
the movement's own run ('а также 12 БМП-2') still moves with it. Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return sorted((e["supplier"][0] if e["supplier"] else None, e["recipient"][0] if e["recipient"] else None,
                   e["system"], e["date"]) for e in deliveries(text, "2024-06-10"))


@pytest.mark.parametrize("text", [
    "Belarus shipped 30 T-72A tanks to Russia in March, but Russia handed two Tor-M2 batteries to Belarus in May.",
    "Belarus sent 30 T-72A tanks from storage to Russia in March, while Russia handed two Tor-M2 batteries to "
    "Belarus in May.",
    "Беларусь отправила в Россию 30 танков Т-72А в марте, а Россия передала Беларуси две батареи Тор-М2 в мае.",
    "В марте из Беларуси в Россию ушли 30 танков Т-72А, а в мае Россия передала Беларуси две батареи Тор-М2.",
])
def test_a_system_with_its_own_transfer_verb_keeps_its_own_sides(text):
    got = rows(text)
    assert ("Belarus", "Russia", "T-72A", "2024-03") in got, got
    assert ("Russia", "Belarus", "Tor-M2", "2024-05") in got and not [r for r in got if r[2] == "Tor-M2" and
                                                                   r[:2] == ("Belarus", "Russia")], got


@pytest.mark.parametrize("text", [
    "Belarus shipped 30 T-72A tanks and 12 BMP-2 vehicles to Russia in March.",
    "Беларусь отправила в Россию 30 танков Т-72А, а также 12 БМП-2 в марте.",
])
def test_the_systems_of_the_movement_itself_still_move(text):
    got = rows(text)
    assert {r[2] for r in got if r[:2] == ("Belarus", "Russia")} >= {"T-72A", "BMP-2"}, got
