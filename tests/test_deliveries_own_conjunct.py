"""Two predicates of one subject joined by "and" + an auxiliary: each keeps its own stage words ("Russia plans to complete
an ammunition depot on 1 June and has already handed over an Iskander complex to Belarus": the plan is the
first predicate's, the hand-over is done). A real page's "has already handed over" used to come out planned. A
conjunct with a transfer word of its own stays read together with the cue's (coordination). English: the Russian
"и" + finite verb is not cut here. Sentences written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text, expected", [
    ("Russia plans to complete an ammunition depot on 1 June and has already handed over an Iskander complex to "
     "Belarus.", [("Iskander", "delivered")]),
    ("Moscow intends to expand the joint training centre next year and has already delivered two Tor-M2K batteries "
     "to Belarus.", [("Tor-M2K", "delivered")]),
])
def test_the_other_predicates_plan_is_not_the_transfers(text, expected):
    assert [(e["system"], e["status"]) for e in deliveries(text, "2023-06-09")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Belarus signed a contract for S-400 systems with Russia in May and will receive the first battalion next year.",
     ("S-400 Triumf", "ordered")),
])
def test_a_transfer_keeps_its_own_stage(text, expected):
    assert expected in [(e["system"], e["status"]) for e in deliveries(text, "2023-06-09")]
