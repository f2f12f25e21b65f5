"""What moves that is no equipment (issue 12, twelfth session): the words are a lexicon (movement_cues.tsv, kind
not_goods), read after a sending verb ("MZKT sent engineers to Russia") as before, and now also as the subject right
before a movement verb ("the money went to the Sukhois"), so a cancelled option's count is not read as a shipment.
Equipment still moves: "At least 40 T-72A tanks went to Russia from Belarusian storage bases in May".
"""
import pytest

from conftest import deliveries

LEAD = "Belarus and Russia remain close allies. "


def _rows(text):
    return {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0])
            for e in deliveries(LEAD + text, "2024-05-10")}


@pytest.mark.parametrize("text", [
    "An option for four more Yak-130 combat trainers was cancelled in March because the money went to the Sukhois.",
    "An option for four more Yak-130 trainers was cancelled, and the funds went to Russia's Irkut for spare parts.",
])
def test_money_moving_is_no_shipment(text):
    got = _rows(text)
    assert not any(r[2] == "Belarus" for r in got), got


def test_equipment_still_moves():
    got = _rows("At least 40 T-72A tanks went to Russia from Belarusian storage bases in May, the monitors said.")
    assert ("T-72A", "delivered", "Belarus", "Russia") in got, got
