"""An ordinal on the singular noun that points back to a system counts one piece, whatever the unit ("the third
station is due", "третья станция поступит" = 1 station), not the batch counted before it; a plural ordinal counts
nothing ("первые машины поступят"). Issue 12: quantities in reporters' words. Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def planned(text, published="2025-05-29"):
    return [(r["system"], r["quantity"], r["date"]) for r in deliveries(text, published) if r["status"] == "planned"]


@pytest.mark.parametrize("text", [
    "Russia delivered two Rezonans-NE2 radar stations to Belarus in May. The third station is due by the end of the "
    "year.",
    "Россия передала Белоруссии две РЛС «Резонанс-НЕ2» в мае. Третья станция поступит до конца года.",
])
def test_an_ordinal_on_the_noun_that_points_back_is_one(text):
    assert planned(text) == [("Rezonans-NE2", 1.0, "2025")]


def test_a_plural_ordinal_counts_nothing():
    text = "Россия передала Белоруссии РЛС «Резонанс-НЕ2» в мае. Первые станции поступят в войска до конца года."
    assert all(q is None for _, q, _ in planned(text))
