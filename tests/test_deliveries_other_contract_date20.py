"""The signing of another contract the clause names after its verb, set off by commas ("once the current contract,
signed in 2017, is fulfilled", "после выполнения текущего контракта, подписанного в 2017 году"), is not the time of the
clause's own stage (review R3: "Belarus will order four more Su-30SM ... once the current contract, signed in 2017, is
fulfilled" was a plan dated 2017). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text", [
    "Belarus will order four more Su-30SM fighters from Russia once the current contract, signed in 2017, is fulfilled.",
    "Белоруссия закажет у России еще четыре Су-30СМ после выполнения текущего контракта, подписанного в 2017 году.",
])
def test_another_contracts_signing_is_not_the_plans_time(text):
    rows = delivery_rows(text, "2026-02-10")
    assert rows and all(not date.startswith("2017") for (_, status, _, _, _, date) in rows if status == "planned")
