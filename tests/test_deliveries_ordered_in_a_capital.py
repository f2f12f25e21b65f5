"""Where a purchase participle says the deal was made ("ordered in Minsk at the MILEX fair", "заказанные в Минске на
выставке") names no side: a capital is the venue; a country after it is still the seller ("bought in Russia",
"закупленные в России"). Before, the capital's country became the supplier and the row ran Belarus -> Russia (the
fourteenth session's open defect D8). Sentences written for these tests."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Belarus and Russia remain close allies. The six Mi-8MTV-5 helicopters ordered in Minsk at the MILEX fair will "
    "arrive next year.",
    "Белоруссия и Россия остаются союзниками. Шесть вертолетов Ми-8МТВ-5, заказанных в Минске на выставке MILEX, "
    "прибудут в следующем году.",
])
def test_the_capital_of_the_fair_is_no_supplier(text):
    got = {(e["system"], e["status"], tuple(e["supplier"]), tuple(e["recipient"])) for e in deliveries(text, "2024-03-10")}
    assert ("Mi-8MTV-5", "planned", ("Russia",), ("Belarus",)) in got, got
    assert not any(r[2] == ("Belarus",) for r in got), got


@pytest.mark.parametrize("text", [
    "Belarus and Russia remain close allies. Ten BTR-80 carriers bought in Russia arrived in Minsk last week.",
    "Белоруссия и Россия остаются союзниками. Десять БТР-80, закупленных в России, прибыли в Минск на прошлой неделе.",
])
def test_a_country_of_purchase_still_supplies(text):
    got = {(e["system"], tuple(e["supplier"])) for e in deliveries(text, "2024-03-10")}
    assert ("BTR-80", ("Russia",)) in got, got
