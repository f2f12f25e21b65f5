"""A contract phrase starts at a contract noun of contract_words.tsv (review 19 L10): "order" is one as "contract" is,
so "the order for three batteries that Belarus signed in January" is its own ordered fact with its own count and date
beside the clause's stage, as "the contract for three batteries" always was. Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, expected", [
    ("The first Tor-M2K battery under the order for three batteries that Belarus signed with Russia in January will "
     "arrive in May.",
     {("Tor-M2K", "planned", "Russia", "Belarus", 1.0, "2026-05"), ("Tor-M2K", "ordered", "Russia", "Belarus", 3.0,
                                                                   "2026-01")}),
    # the same with "contract": unchanged
    ("The first Tor-M2K battery under the contract for three batteries that Belarus signed with Russia in January "
     "will arrive in May.",
     {("Tor-M2K", "planned", "Russia", "Belarus", 1.0, "2026-05"), ("Tor-M2K", "ordered", "Russia", "Belarus", 3.0,
                                                                   "2026-01")}),
])
def test_an_order_noun_is_a_contract_phrase(text, expected):
    assert delivery_rows(text, "2026-02-10") == expected
