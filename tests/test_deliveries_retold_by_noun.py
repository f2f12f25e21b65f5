"""One batch told twice, the second time through a generic noun a few days later, is one entry (RULES: "the arrival and
the ceremony ... is one entry, with the arrival date"; issue 12, sixteenth session): "The first four Mi-35M
arrived at Machulishchy last Friday. The helicopters were formally handed over at a ceremony on Tuesday." Before, the
two day dates made two delivered rows. Not merged: a further batch ("two more helicopters"), a telling more than a
fortnight on, or a count of its own.
"""
import pytest

from conftest import EN_LEAD, RU_LEAD, deliveries

EN_NAMED = "The first four Mi-35M attack helicopters arrived at the Machulishchy air base from Russia on May 3. "


def _delivered(text):
    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    return [(e["supplier"], e["recipient"], e["quantity"], e["date"]) for e in deliveries(lead + text, "2024-05-10")
            if e["system"] == "Mi-35M" and e["status"] == "delivered"]


RU_NAMED = "Первые четыре вертолета Ми-35М прибыли из России на аэродром Мачулищи 3 мая. "


@pytest.mark.parametrize("text", [
    EN_NAMED + "The helicopters were formally handed over to the air base at a ceremony on May 7.",
    RU_NAMED + "Вертолеты были торжественно переданы авиабазе на церемонии 7 мая.",
])
def test_the_ceremony_after_the_arrival_is_the_same_batch(text):
    got = _delivered(text)
    assert got == [(["Russia"], ["Belarus"], 4.0, "2024-05-03")], got


@pytest.mark.parametrize("text", [
    EN_NAMED + "Two more helicopters were handed over to the air base on May 7.",
    EN_NAMED + "The helicopters of the second batch were handed over to the air base on August 20.",
    # review1 T1/L2: a batch of a series inside the fortnight, with or without a ceremony, stays apart
    EN_NAMED + "The helicopters of the second batch were handed over to the air base at a ceremony on May 7.",
    EN_NAMED + "On May 12 the second batch of the helicopters arrived.",
    EN_NAMED + "A week later, on May 10, the next helicopters arrived at Machulishchy.",
    RU_NAMED + "10 мая прибыла вторая партия вертолетов.",
    RU_NAMED + "Еще два вертолета были переданы авиабазе 7 мая.",
])
def test_a_further_batch_stays_apart(text):
    got = _delivered(text)
    assert len(got) == 2, got
