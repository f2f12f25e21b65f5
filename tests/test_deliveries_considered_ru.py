"""A purchase "being considered" is discussed: the Russian passive "рассматривается закупка ..." reads as the English
"is being considered" already did (issue 12: "в перспективе рассматривается закупка еще четырех таких самолетов" was a
plan, from "в перспективе"; without it, nothing). Negated, nothing. Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text", [
    "Рассматривается закупка у России еще четырех самолетов Як-130.",
    "В апреле из России прибыли четыре самолета Як-130. В перспективе рассматривается закупка еще четырех таких "
    "самолетов, однако решения пока нет.",
    "The purchase of four more Yak-130 trainers from Russia is being considered.",
])
def test_a_purchase_being_considered_is_discussed(text):
    rows = delivery_rows(text, "2015-04-17")
    assert ("Yak-130", "discussed", 4.0) in {(r[0], r[1], r[4]) for r in rows}, rows
    assert not any(r[1] == "planned" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Вопрос о закупке у России самолетов Як-130 не рассматривается.",
    "The purchase of Yak-130 trainers from Russia is not being considered.",
])
def test_a_purchase_not_considered_gives_nothing(text):
    assert not delivery_rows(text, "2015-04-17")
