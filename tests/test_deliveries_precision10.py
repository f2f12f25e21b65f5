"""Precision (issue 12, tenth session): stages no text asserts and rows that must never exist. Each table holds
sentences written for this test, in English and Russian where the construction exists in both, and beside them a
sentence of the same shape that keeps its row."""
import pytest

from conftest import deliveries

LEAD_EN = "Belarus and Russia: arms news\nRussia delivered four Su-30SM to Belarus in 2023. "
LEAD_RU = "Беларусь и Россия: оружие\nРоссия передала Беларуси четыре Су-30СМ в 2023 году. "


def others(text, published="2024-06-14"):
    return [(e["system"], e["status"], e["quantity"]) for e in deliveries(LEAD_EN + text if text.isascii()
                                                                          else LEAD_RU + text, published)
            if e["system"] != "Su-30SM"]


# --- a contract still to be signed is a plan, never an order ----------------------------------------------------------

@pytest.mark.parametrize("text, system", [
    # a signing that may come
    ("A contract for the supply of a Tor-M2 battery from Russia may be signed before the end of the year.", "Tor-M2"),
    ("Контракт на поставку Белоруссии батареи «Тор-М2» может быть подписан до конца года.", "Tor-M2"),
    # the buyer hopes to sign
    ("Belarus hopes to sign a contract with Russia for Mi-35M helicopters before the summer.", "Mi-35M"),
    ("Минск надеется подписать с Россией контракт на вертолеты Ми-35М до лета.", "Mi-35M"),
    # the contract noun's predicate resumes after a relative clause
    ("The contract for four Yak-130 trainers from Russia, which Minsk had hoped to sign this year, will now be signed "
     "in 2025.", "Yak-130"),
    ("Контракт на поставку из России четырех Як-130, который Минск надеялся подписать в этом году, будет подписан в "
     "2025 году.", "Yak-130"),
])
def test_a_signing_ahead_is_planned(text, system):
    got = [(s, st) for s, st, _ in others(text)]
    assert (system, "planned") in got and (system, "ordered") not in got


@pytest.mark.parametrize("text, system", [
    ("A contract for the supply of a Tor-M2 battery from Russia was signed in May.", "Tor-M2"),
    ("Контракт на поставку Белоруссии из России батареи «Тор-М2» подписан в мае.", "Tor-M2"),
    ("The contract for four Yak-130 trainers from Russia, which Minsk signed this year, will be fulfilled in 2025.",
     "Yak-130"),
    ("Контракт на поставку из России четырех Як-130, который Минск подписал в мае, будет выполнен в 2025 году.",
     "Yak-130"),
])
def test_a_signed_contract_stays_ordered(text, system):
    assert (system, "ordered") in [(s, st) for s, st, _ in others(text)]
