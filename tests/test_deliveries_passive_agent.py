"""The agent of a passive receive verb is the recipient (issue 12, sixteenth session): "Four Su-30SM2 were received by
the Belarusian Air Force from Russia", "were acquired / purchased / bought by Belarus". Before, "by" after a passive
verb was always the supplier, so the clause had two suppliers and no recipient and gave nothing. A supply verb's agent
stays the supplier ("were delivered to Belarus by Russia"), and a request's receiver is asked to supply ("The request
for S-400 was received by Russia from Belarus": Russia -> Belarus, not the reverse). The Russian instrumental agent
("были получены Белоруссией от России") was read before and is kept here as the table's other half.
"""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, want", [
    ("Four Su-30SM2 fighters were received by the Belarusian Air Force from Russia in March.",
     ("Su-30SM2", "delivered", "Russia", "Belarus", 4.0, "2024-03")),
    ("Four Yak-130 trainers have been received by Belarus from Russia.",
     ("Yak-130", "delivered", "Russia", "Belarus", 4.0, "2024-05")),
    ("Two Tor-M2 batteries were acquired by Belarus from Russia in April.",
     ("Tor-M2", "ordered", "Russia", "Belarus", 2.0, "2024-04")),
    ("Six Mi-35M helicopters were purchased by the Belarusian Defence Ministry from Russia in 2023.",
     ("Mi-35M", "ordered", "Russia", "Belarus", 6.0, "2023")),
    ("Четыре самолета Як-130 были получены Белоруссией от России в апреле.",
     ("Yak-130", "delivered", "Russia", "Belarus", 4.0, "2024-04")),
    ("Две батареи «Тор-М2» были закуплены Белоруссией у России в 2023 году.",
     ("Tor-M2", "ordered", "Russia", "Belarus", 2.0, "2023")),
])
def test_the_agent_of_a_passive_receive_verb_receives(text, want):
    got = delivery_rows(text)
    assert want in got, got


@pytest.mark.parametrize("text, want", [
    # a supply verb's agent supplies
    ("Four Yak-130 trainers were delivered to Belarus by Russia in April.",
     ("Yak-130", "delivered", "Russia", "Belarus", 4.0, "2024-04")),
    # the receiver of a request is the one asked to supply, its sender the one who would receive
    ("The request for S-400 systems was received by Russia from Belarus in March.",
     ("S-400 Triumf", "discussed", "Russia", "Belarus", None, "2024-03")),
    ("A request for S-400 was received by Moscow from Minsk.",
     ("S-400 Triumf", "discussed", "Russia", "Belarus", None, "")),
])
def test_supply_agents_and_requests_keep_their_sides(text, want):
    got = delivery_rows(text)
    assert want in got, got
    assert not any(r[2] == "Belarus" for r in got), got


@pytest.mark.parametrize("text", [
    "Four Su-30SM fighters were received by the Russian Air Force from Irkut in March.",
    "The first S-400 regiments were received by the Russian Aerospace Forces in 2007.",
])
def test_a_makers_own_army_receiving_is_no_delivery(text):
    got = delivery_rows(text)
    assert not got, got


@pytest.mark.parametrize("text, want", [
    # review1 L1: a maker's "by" before the receive verb is the maker, not a second recipient
    ("Four Su-30SM2 fighters, built by Irkut, were received by the Belarusian Air Force in March.",
     ("Su-30SM2", "delivered", "Russia", "Belarus", 4.0, "2024-03")),
    ("Four Su-30SM2 fighters built by Irkut were received by Belarus in March.",
     ("Su-30SM2", "delivered", "Russia", "Belarus", 4.0, "2024-03")),
    ("Four Yak-130 trainers made by Irkut were bought by Belarus in 2023.",
     ("Yak-130", "ordered", "Russia", "Belarus", 4.0, "2023")),
])
def test_a_makers_by_stays_the_maker(text, want):
    got = delivery_rows(text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    # review1 W3: a request in an adjunct is not the subject of "received": never Belarus -> Russia
    "At Minsk's request four Su-30SM2 fighters were received by Belarus from Russia in March.",
    "Under a deal signed at the Belarusian request two S-400 battalions were received by Belarus from Russia.",
    "In response to the request two S-400 battalions were received by the Belarusian army from Russia in April.",
])
def test_a_request_adjunct_never_reverses_the_sides(text):
    got = delivery_rows(text)
    assert not any(r[2] == "Belarus" for r in got), got
