"""Each system of a list its own time when the recipient follows the list (review R9): "MT-LB tractors in March and
T-72A tanks in the summer to Belarus". A season followed by a place phrase ("in the summer to Belarus", "in the
winter from Moscow") is a time expression, as "in the summer" alone is; "from summer to winter", "the summer of
Love" stay none. Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)
from bellink.ingest.time import timex


def rows(text, published="2024-10-06"):
    return sorted((r["system"], r["status"], r["date"]) for r in deliveries(text, published))


@pytest.mark.parametrize("text,expected", [
    ("Russia delivered MT-LB tractors in March 2024 and T-72A tanks in the summer to Belarus.",
     [("MT-LB", "delivered", "2024-03"), ("T-72A", "delivered", "2024-SU")]),
    ("Russia shipped Tigr vehicles in the spring and BTR-82A carriers in the autumn to Belarus.",
     [("BTR-82A", "delivered", "2024-FA"), ("Tigr", "delivered", "2024-SP")]),
    ("Россия поставила тягачи МТ-ЛБ в марте и танки Т-72А летом в Беларусь.",
     [("MT-LB", "delivered", "2024-03"), ("T-72A", "delivered", "2024-SU")]),
])
def test_each_system_its_time_before_the_recipient(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text,found", [
    ("Russia delivered the tanks in the summer to Belarus.", ["in the summer"]),
    ("Russia sent the systems in winter from Moscow.", ["in winter"]),
    ("Prices went from summer to winter.", []),
    ("They called it the summer of Love.", []),
    ("He came in summer to see us.", []),
])
def test_a_season_before_a_place_phrase(text, found):
    assert [t.text for t in timex.find_timexes(text, "en", "2024-10-06")] == found
