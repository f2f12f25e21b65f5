"""A second predicate that names no system shares the first predicate's subject: a further stage of the same system,
with its own stage and date (bellink/ingest/events/deliveries/shared_subject.py). Sentences written for the test."""
import pytest

from conftest import delivery_rows as _rows


@pytest.mark.parametrize("text, first, second", [
    # an elided subject: the same batch, a later stage
    ("Six Yak-130 trainers arrived from Russia in March and are expected to go on combat duty in July.",
     ("Yak-130", "delivered", "Russia", "Belarus", 6.0, "2024-03"),
     ("Yak-130", "planned", "Russia", "Belarus", 6.0, "2024-07")),
    ("В марте из России прибыли шесть Як-130, и до конца лета они должны заступить на боевое дежурство.",
     ("Yak-130", "delivered", "Russia", "Belarus", 6.0, "2024-03"),
     ("Yak-130", "planned", "Russia", "Belarus", 6.0, "2024-SU")),
    # a pronoun after what a speaker adds
    ("A Tor-M2K battery arrived from Russia on Monday, the ministry said, adding that it would go on combat duty in June.",
     ("Tor-M2K", "delivered", "Russia", "Belarus", 1.0, "2024-05"),
     ("Tor-M2K", "planned", "Russia", "Belarus", 1.0, "2024-06")),
    # an ordinal with the category's noun after a contract
    ("Belarus signed a contract with Russia for eight Mi-35M in February, and the first helicopters are expected in 2026.",
     ("Mi-35M", "ordered", "Russia", "Belarus", 8.0, "2024-02"),
     ("Mi-35M", "planned", "Russia", "Belarus", None, "2026")),
    ("Контракт на восемь Ми-35М подписан с Россией в феврале, первые вертолеты ожидаются в 2026 году.",
     ("Mi-35M", "ordered", "Russia", "Belarus", 8.0, "2024-02"),
     ("Mi-35M", "planned", "Russia", "Belarus", None, "2026")),
])
def test_second_predicate_is_another_stage(text, first, second):
    got = _rows(text)
    assert first in got, got
    assert second in got, got


@pytest.mark.parametrize("text, only", [
    # the same batch at the same stage, told twice
    ("Six Yak-130 trainers arrived from Russia in March and reached the Lida air base in April.",
     ("Yak-130", "delivered")),
    # what a speaker adds names its own subject
    ("Four Su-30SM fighters arrived from Russia in March, the ministry said, adding that the pilots had been trained "
     "in Lipetsk.", ("Su-30SM", "delivered")),
    # another category's noun: not the system named before
    ("Russia delivered four T-72B3 tanks to Belarus in May, and the first helicopters are expected in 2026.",
     ("T-72B3", "delivered")),
    ("В мае Россия передала Белоруссии четыре танка Т-72Б3, первые вертолеты ожидаются в 2026 году.",
     ("T-72B3", "delivered")),
])
def test_no_second_stage(text, only):
    got = _rows(text)
    assert {r[:2] for r in got} == {only}, got
