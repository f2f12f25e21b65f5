"""Two plans told in two sentences, one's date inside the other's, are one plan told twice ('получат до конца лета
очередную пару. Вторая пара придет в августе'), unless the sentences number them as two batches ('the first pair
... in the summer. The second pair will arrive in August'): then each stays its own row with its own date. Before,
the first pair's plan was folded into the second's. Sentences written for this test."""
import pytest

from conftest import deliveries


def plans(text):
    return sorted((e["quantity"], e["date"]) for e in deliveries(text, "2024-05-06") if e["status"] == "planned")


@pytest.mark.parametrize("text", [
    "Russia will deliver the first pair of Su-30SM fighters to Belarus in the summer. The second pair will arrive "
    "in August.",
    "Россия передаст Беларуси первую пару Су-30СМ летом. Вторая пара придет в августе.",
])
def test_batches_numbered_apart_stay_two_plans(text):
    assert plans(text) == [(2.0, "2024-08"), (2.0, "2024-SU")]


@pytest.mark.parametrize("text", [
    "Россия передаст Беларуси очередную пару Су-30СМ до конца лета. Вторая пара придет в августе.",
])
def test_one_plan_told_twice_is_still_one(text):
    assert len(plans(text)) == 1
