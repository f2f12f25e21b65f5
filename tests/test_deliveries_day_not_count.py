"""A number inside a time expression is never a count (review 17 W7): the day of a date that opens the sentence
("On March 5 Belarus bought ...") was read back from the system's noun phrase, across the buyer and the verb, as the
number of systems. Sentences written for this test."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, system, stage", [
    ("On April 9 Belarus bought Pantsir-S1 systems from Russia.", "Pantsir-S1", "ordered"),
    ("On 14 June Minsk purchased Mi-35M helicopters from Moscow.", "Mi-35M", "ordered"),
    ("In 2021 Belarus ordered Yak-130 trainers from Russia.", "Yak-130", "ordered"),
])
def test_the_day_of_a_date_is_no_count(text, system, stage):
    rows = delivery_rows(text)
    assert any(r[0] == system and r[1] == stage for r in rows), rows  # the row stays
    assert all(r[4] is None for r in rows if r[0] == system), rows


@pytest.mark.parametrize("text, system, count", [
    ("On April 9 Belarus bought four Pantsir-S1 systems from Russia.", "Pantsir-S1", 4.0),
    ("On 14 June Minsk purchased 6 Mi-35M helicopters from Moscow.", "Mi-35M", 6.0),
    ("9 апреля Белоруссия купила у России четыре комплекса «Панцирь-С1».", "Pantsir-S1", 4.0),
])
def test_a_count_after_the_date_still_counts(text, system, count):
    assert any(r[0] == system and r[4] == count for r in delivery_rows(text)), delivery_rows(text)
