"""A bare count right after the transfer verb, followed by the other side or the time and no noun of its own, counts
what the verb moved: "has received six from Russia", "received eight so far", "получила шесть от России" (review 19
T1: the count was left out when a preposition followed it). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, expected", [
    ("Under the contract for ten Yak-130 trainers, Belarus has already received six from Russia.",
     {("Yak-130", "ordered", "Russia", "Belarus", 10.0, ""), ("Yak-130", "delivered", "Russia", "Belarus", 6.0,
                                                               "2015-02")}),
    ("По контракту на десять Як-130 Белоруссия уже получила шесть от России.",
     {("Yak-130", "ordered", "Russia", "Belarus", 10.0, ""), ("Yak-130", "delivered", "Russia", "Belarus", 6.0, "")}),
    # the part of a whole named before: the verb's count, not the whole
    ("Of the 12 Su-30SM it ordered from Russia, Belarus has received eight so far.",
     {("Su-30SM", "delivered", "Russia", "Belarus", 8.0, "2015-02")}),
])
def test_a_bare_count_before_the_other_side_or_time(text, expected):
    assert delivery_rows(text, "2015-02-10") == expected


# review R5: "два с половиной года назад", "2 с лишним года назад" are times, no count
@pytest.mark.parametrize("text", [
    "По контракту на 12 Су-30СМ Белоруссия получила два с половиной года назад первые самолеты.",
    "По контракту на десять Як-130 Белоруссия получила 2 с лишним года назад первые машины.",
    "Under the contract for ten Yak-130 trainers, Belarus received 2 years ago the first aircraft.",
])
def test_a_number_of_years_is_no_count(text):
    assert {q for (_, status, _, _, q, _) in delivery_rows(text, "2015-02-10") if status == "delivered"} == {None}
