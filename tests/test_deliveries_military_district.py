"""Units that come "from the Eastern Military District" / "из Восточного военного округа" are the owner's own forces
moving (to drills, a readiness test, a deployment): a train that "delivered a battalion of Pantsir-S" from a military
district to an unloading station hands nothing over. Real pages tell the Union State's readiness tests this way.
Beside it, a supplier state named as such keeps its row. Sentences written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Another train delivered a battalion of Pantsir-S missile systems from the Eastern Military District to the "
    "unloading station in Belarus.",
    "Еще один эшелон доставил на станцию выгрузки в Белоруссии дивизион ЗРПК «Панцирь-С» из Восточного военного округа.",
])
def test_units_from_a_military_district_are_no_delivery(text):
    assert deliveries(text, "2022-01-29") == ()


@pytest.mark.parametrize("text, expected", [
    ("Russia delivered a battalion of Pantsir-S missile systems to Belarus in May.", ("Pantsir", "delivered")),
    ("Россия поставила Белоруссии дивизион ЗРПК «Панцирь-С» в мае.", ("Pantsir", "delivered")),
])
def test_a_supplier_state_keeps_its_row(text, expected):
    assert expected in [(e["system"], e["status"]) for e in deliveries(text, "2022-01-29")]
