""""potential" / "потенциальный" makes a transfer "discussed" when it qualifies the deal ("potential supplies",
"поставки носят потенциальный характер"), not when it describes what the system is ("one Iskander complex, potential
carriers of nuclear weapons", "«Искандер» – потенциального носителя ядерного оружия"): a real page's confirmed
transfer used to come out as talks. Sentences written for this test."""
import pytest

from conftest import deliveries


def stages(text):
    return [(e["system"], e["status"]) for e in deliveries(text, "2023-03-25")]


@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin confirmed the transfer of one Iskander complex to Belarus, potential carriers of nuclear weapons.",
     [("Iskander", "delivered")]),
    ("Russia has handed Belarus two Iskander launchers, potential carriers of tactical nuclear warheads.",
     [("Iskander", "delivered")]),
])
def test_potential_describing_the_system_keeps_the_stage(text, expected):
    assert stages(text) == expected


@pytest.mark.parametrize("text", [
    "Путин подтвердил передачу Белоруссии комплекса «Искандер» – потенциального носителя ядерного оружия.",
])
def test_potential_describing_the_system_is_no_talks(text):
    assert ("Iskander", "discussed") not in stages(text)


@pytest.mark.parametrize("text, expected", [
    ("Russia and Belarus discussed potential supplies of Iskander complexes.", [("Iskander", "discussed")]),
    ("Supplies of Su-35 fighters to Belarus from Russia remain potential.", [("Su-35", "discussed")]),
    ("Поставки Су-35 в Белоруссию из России пока носят потенциальный характер.", [("Su-35", "discussed")]),
])
def test_potential_deal_is_talks(text, expected):
    assert stages(text) == expected
