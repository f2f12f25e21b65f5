"""Rows that must never exist (nineteenth session): the forms a report uses to deny, doubt or condition a transfer, each
beside the positive twin that keeps its row. Sentences written for this test, in English and Russian."""
import pytest

from conftest import delivery_rows


def rows(text):
    return sorted((r[0], r[1]) for r in delivery_rows(text))


# --- denials, doubts and unreal necessities: no row at all --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a subject of none before a passive (stages.NONE_PASSIVE_EN)
    "No Pantsir-SM batteries have been handed over to Belarus so far.",
    "No more Tor-M2K launchers were delivered to Belarus last year.",
    "Neither the Pantsir-SM nor the Tor-M2K has been delivered to Belarus.",
    "Neither Su-30SM2 fighters nor Mi-35M helicopters were shipped to Belarus in 2023.",
    # no sign, evidence or confirmation of the transfer (kb negation_cues denial)
    "There is no sign that Russia has handed Pantsir-SM batteries to Belarus.",
    "Analysts found no evidence of Su-30SM2 fighters delivered to Belarus this spring.",
    "So far there has been no confirmation that Moscow shipped Tor-M2K launchers to Minsk.",
    "Nothing suggests that Russia has supplied Pantsir-SM batteries to Belarus.",
    # a doubt is no plan (kb negation_cues modal: unlikely, doubtful, вряд)
    "Moscow is unlikely to deliver Pantsir-SM batteries to Minsk before 2026.",
    "It is doubtful that Russia will hand Su-30SM2 fighters to Belarus this year.",
    "Россия вряд ли передаст Белоруссии батареи «Панцирь-СМ» в этом году.",
    "Вряд ли Минск получит истребители Су-30СМ2 до конца года.",
    # a necessity that is not a decision (kb negation_cues unreal)
    "Minsk would have to buy Pantsir-SM batteries from Moscow at market prices.",
    "Belarus would need to purchase Su-30SM2 fighters from Russia to replace its old jets.",
    # a plan the text says did not happen (kb negation_cues fruitless: "but did not", "but never did")
    "Moscow was to ship Tor-M2K launchers to Minsk last autumn, but did not.",
    "Russia was meant to hand over two Mi-35M helicopters to Belarus in 2023 but never did.",
])
def test_a_denied_doubted_or_unreal_transfer_gives_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Two Pantsir-SM batteries have been handed over to Belarus so far.", [("Pantsir-SM", "delivered")]),
    ("No fewer than four Tor-M2K launchers were delivered to Belarus last year.", [("Tor-M2K", "delivered")]),
    ("There is clear evidence that Russia has handed Pantsir-SM batteries to Belarus.", [("Pantsir-SM", "delivered")]),
    ("Analysts found signs of Su-30SM2 fighters delivered to Belarus this spring.", [("Su-30SM2", "delivered")]),
    ("Russia handed two Pantsir-SM batteries to Belarus in March, and no Tor-M2K launchers have been delivered since.",
     [("Pantsir-SM", "delivered")]),
    ("Moscow is likely to deliver Pantsir-SM batteries to Minsk before 2026.", [("Pantsir-SM", "planned")]),
    ("Россия, скорее всего, передаст Белоруссии батареи «Панцирь-СМ» в этом году.", [("Pantsir-SM", "planned")]),
    ("Russia would deliver Pantsir-SM batteries to Belarus in 2025, the minister said.", [("Pantsir-SM", "planned")]),
    ("Russia shipped Tor-M2K launchers to Belarus in March, but did not say how many.", [("Tor-M2K", "delivered")]),
])
def test_the_positive_twin_keeps_its_row(text, expected):
    assert rows(text) == expected
