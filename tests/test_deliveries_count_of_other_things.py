"""A number that counts something else is no count of the system the sentence points back to, also when an adjective
stands between the number and its noun (issue 12: "в этом году на вооружение поступило более 40 новых образцов военной
техники" after a Tor-M2 battery's arrival was stored as 40 Tor-M2 systems). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text", [
    "В Минск прибыла батарея ЗРК «Тор-М2» из России. Министр также указал, что в этом году на вооружение поступило "
    "более 40 новых образцов военной техники.",
    "В Минск прибыла батарея ЗРК «Тор-М2» из России. Министр также указал, что в этом году в войска поступило 40 "
    "современных образцов вооружения.",
])
def test_a_count_of_other_things_behind_an_adjective_is_not_the_systems(text):
    assert not any(q == 40.0 for *_, q, _ in delivery_rows(text, "2024-12-10"))


@pytest.mark.parametrize("text, count", [
    ("Первые два Су-30СМ из России прибыли в марте. Еще два новых поступили в мае.", 2.0),
    ("The first two Su-30SM from Russia arrived in March. Two more arrived in May.", 2.0),
])
def test_a_bare_count_of_the_series_still_points_back(text, count):
    assert ("Su-30SM", "2024-05") in {(r[0], r[5]) for r in delivery_rows(text, "2024-12-10") if r[4] == count}
