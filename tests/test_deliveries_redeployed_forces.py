"""'Россия перебросила в Беларусь два дивизиона С-400': forces redeployed, a deployment, never a delivery (issue 12:
Russian forces stationed in Belarus are no transfer), as 'Russia moved two S-400 divisions to Belarus' already is not.
A redeployment verb moves equipment only out of storage or in a report of movements ('перебросили со складов
хранения в Россию 30 танков', a monitor's report). Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return [(e["supplier"], e["recipient"], e["system"], e["status"]) for e in deliveries(text, "2024-05-06")]


@pytest.mark.parametrize("text", [
    "Россия перебросила в Беларусь два дивизиона С-400 для совместного дежурства.",
    "Россия перебросила в Беларусь комплексы «Искандер-М».",
    "Russia moved two S-400 divisions to Belarus for joint air defence duty.",
])
def test_forces_redeployed_are_no_delivery(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "Со складов хранения Беларусь перебросила в Россию 30 танков Т-72А.",
    "Беларусь отправила в Россию 30 танков Т-72А в марте.",
])
def test_equipment_moved_out_of_storage_still_moves(text):
    assert (["Belarus"], ["Russia"], "T-72A", "delivered") in rows(text)
