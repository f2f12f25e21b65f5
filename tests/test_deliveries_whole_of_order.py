"""The order counts the whole the parts belong to: "Первые два из двенадцати истребителей Су-30СМ, заказанных
Белоруссией" -> ordered 12 (the landing 2); "Як-130 – первый из четырех, закупленных Белоруссией" -> ordered 4; "the
first of eight under a contract signed in 2020" -> ordered 8. Issue 12: quantities of the deliveries found.
Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def ordered(text, published="2021-01-10"):
    return [(r["system"], r["quantity"]) for r in deliveries(text, published) if r["status"] == "ordered"]


@pytest.mark.parametrize("text, expected", [
    ("Первые два из двенадцати многоцелевых истребителей Су-30СМ, заказанных Белоруссией у корпорации «Иркут», во "
     "вторник совершили посадку в Барановичах.", [("Su-30SM", 12.0)]),
    ("В грузовом отсеке находился учебно-боевой самолет Як-130 – первый из четырех, закупленных Белоруссией у России.",
     [("Yak-130", 4.0)]),
    ("A Mi-35M helicopter, the first of eight under a contract signed in 2020, arrived in Belarus from Russia on "
     "Tuesday.", [("Mi-35M", 8.0)]),
    ("Вертолет Ми-35М, первый из восьми по контракту 2020 года, прибыл в Белоруссию из России во вторник.",
     [("Mi-35M", 8.0)]),
])
def test_the_order_counts_the_whole(text, expected):
    assert ordered(text) == expected
