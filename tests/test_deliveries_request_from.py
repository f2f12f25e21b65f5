"""A request names who asks after 'from'/'от': 'a request from Belarus for S-400', 'получила от Минска просьбу',
'the request ... came from Minsk', 'просьба ... поступила от Минска'. The one asking would receive, and the one who
receives the request ('Russia received a request', 'Москва получила просьбу') would supply. Before, 'from X' made
X the supplier: the direction came out swapped. Sentences written for this test."""
import pytest

from conftest import deliveries


def sides(text):
    return sorted((e["supplier"][0] if e["supplier"] else None, e["recipient"][0] if e["recipient"] else None,
                   e["status"]) for e in deliveries(text, "2024-05-06"))


@pytest.mark.parametrize("text", [
    "The request for Iskander-M systems came from Minsk in 2021, the Kremlin said.",
    "Russia received a request from Belarus for S-400 systems in 2021.",
    "Москва получила от Минска просьбу о поставке «Искандеров».",
    "Просьба о поставке комплексов С-400 поступила от Минска в 2021 году.",
])
def test_the_one_who_asks_receives(text):
    got = sides(text)
    assert got and all(s == ("Russia", "Belarus", "discussed") for s in got), got


@pytest.mark.parametrize("text, expected", [
    # 'from' without a request still names the supplier
    ("Belarus received four Su-30SM fighters from Russia in 2021.", ("Russia", "Belarus", "delivered")),
    ("Беларусь получила от России четыре Су-30СМ в 2021 году.", ("Russia", "Belarus", "delivered")),
    ("Belarus asked Russia for S-400 systems in 2021.", ("Russia", "Belarus", "discussed")),
])
def test_from_still_names_the_supplier_elsewhere(text, expected):
    assert expected in sides(text)
