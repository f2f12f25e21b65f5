"""After an arrival, the recipient's army passes the systems on to its own units ("The vehicles will be delivered to
the military units of the special operations forces", "Машины будут переданы в воинские части"): no state hands
anything to another, so the named-back systems get no second (planned) row. Real ministry releases end this way.
Beside them, units as the goal of a first transfer ("До конца года в войска поступят четыре Як-130") keep their row.
Articles written for this test."""
import pytest

from conftest import deliveries


def stages(text):
    return sorted((e["system"], e["status"]) for e in deliveries(text, "2023-01-05"))


@pytest.mark.parametrize("text, expected", [
    ("Belarus gets new armored vehicles from Russia\n\nMINSK - Belarus's military received a batch of BTR-82A armored "
     "personnel carriers from Russia, the Ministry of Defense said on Thursday. \"In the coming days, the vehicles will "
     "be delivered to the military units of the special operations forces,\" the ministry said.\n",
     [("BTR-82A", "delivered")]),
    ("Belarus takes another air defence batch\n\nMINSK - Another batch of Tor-M2K systems arrived in Belarus from "
     "Russia on Thursday, the ministry said. These systems will be provided to the designated military units in the "
     "coming days, an officer added.\n",
     [("Tor-M2K", "delivered")]),
    ("Белоруссия получила новые БТР-82А\n\nМИНСК. Белорусская армия получила из России партию бронетранспортеров "
     "БТР-82А, сообщило в четверг Минобороны. «В ближайшие дни машины будут переданы в воинские части сил специальных "
     "операций», — отметили в ведомстве.\n",
     [("BTR-82A", "delivered")]),
])
def test_onward_to_own_units_is_no_second_transfer(text, expected):
    assert stages(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Равков: до конца года в войска поступят четыре Як-130 из России\n\nМИНСК. До конца года в войска поступят четыре "
     "учебно-боевых самолета Як-130 из России, сообщил министр обороны.\n",
     ("Yak-130", "planned")),
])
def test_first_transfer_to_the_troops_keeps_its_row(text, expected):
    assert expected in stages(text)
