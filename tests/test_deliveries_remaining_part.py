"""An elided part named as "the remaining N" and a part still to come (issue 12, elided stages; tenth session).
Sentences written for the test, in English and Russian.

- "Russia will deliver two S-300PS battalions to Belarus in 2011 and the remaining two a year later": two planned
  parts, 2011 and 2012 ("remaining" / "оставшиеся" say what the bare count is, as "more" / "another" do);
- a part dated after the report is a plan whatever the whole's stage: "the sides had agreed on the transfer of four
  S-300PS, two of them in 2011 and the remaining two a year later" (told in 2010), "Belarus ordered four Yak-130 in
  2010, and four more in 2012";
Not changed: "received four Yak-130 in April 2010, and four more in November 2010" (both parts done by the report).
"""
import pytest

from conftest import deliveries


def _rows(text, published="2010-11-25"):
    return {(e["system"], e["status"], e["quantity"], (e["date"] or "")[:7]) for e in deliveries(text, published)}


@pytest.mark.parametrize("text, want", [
    ("Russia will deliver two S-300PS battalions to Belarus in 2011 and the remaining two a year later.",
     {("S-300PS", "planned", 2.0, "2011"), ("S-300PS", "planned", 2.0, "2012")}),
    ("Россия передаст Белоруссии два дивизиона С-300ПС в 2011 году, а оставшиеся два – годом позже.",
     {("S-300PS", "planned", 2.0, "2011"), ("S-300PS", "planned", 2.0, "2012")}),
    ("The first four Mi-35M attack helicopters for Belarus would be handed over by Russia next spring and the "
     "remaining eight in 2012.",
     {("Mi-35M", "planned", 4.0, "2011-SP"), ("Mi-35M", "planned", 8.0, "2012")}),
    ("Belarus ordered four Yak-130 trainers from Russia in 2010, and four more in 2012.",
     {("Yak-130", "ordered", 4.0, "2010"), ("Yak-130", "planned", 4.0, "2012")}),
    ("Belarus received four Yak-130 trainers from Russia in April 2010, and four more in November 2010.",
     {("Yak-130", "delivered", 4.0, "2010-04"), ("Yak-130", "delivered", 4.0, "2010-11")}),
])
def test_remaining_and_later_parts(text, want):
    got = _rows(text)
    assert want <= got, got


def test_a_later_part_of_an_agreed_transfer_is_planned():
    got = _rows("The minister said the sides had agreed on the transfer of four S-300PS battalions from Russian "
                "stocks to Belarus, two of them in 2011 and the remaining two a year later.")
    assert ("S-300PS", "planned", 2.0, "2012") in got, got
