"""A wish or request that the supplier 'refused to sell' / 'отказалась продать' is no delivery at any stage (the
review's F4: the new 'waiting for' cue turned a long wait into a plan). Sentences written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Belarus has been waiting for the Su-35 for years, but Russia has refused to sell them.",
    "Minsk wanted to buy more S-400 systems, but Moscow refused to sell them.",
    "Belarus asked for Su-35 fighters in 2019. Russia declined to supply them.",
    "Минск давно ждет Су-35, но Москва отказалась их продать.",
    "Беларусь просила комплексы С-400, однако Россия отказалась их поставить.",
])
def test_a_refused_sale_is_no_delivery(text):
    assert deliveries(text) == ()


def test_a_refusal_to_a_third_country_leaves_the_request():
    got = deliveries("Belarus asked for Su-35 fighters in 2019. Russia refused to sell Iskanders to Armenia.")
    assert [(e["system"], e["status"]) for e in got] == [("Su-35", "discussed")]
