"""A number that counts something else is no count of the system the sentence points back to, also when an adjective
stands between the number and its noun (issue 12: a general's count of "new samples of military
equipment" received this year, after an air-defence battery's arrival, was stored as that many of the battery's
systems). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, count", [
    ("Батарея ЗРК «Бук-МБ3К» поступила из России в бригаду под Гродно. По словам командира, с начала года в войска "
     "пришло свыше 30 новых образцов бронетехники.", 30.0),
    ("Из России в Витебск доставлен дивизион комплексов «Тор-М2К». Начальник штаба сообщил также, что за лето на "
     "вооружение принято 25 современных образцов авиационной техники.", 25.0),
    ("A Buk-MB3K battery from Russia arrived at a brigade near Grodno. The commander added that more than 30 new "
     "pieces of military equipment had entered service this year.", 30.0),
    ("Belarus received a Tor-M2K battalion from Russia in Vitebsk. Its chief of staff also said that 25 modern units "
     "of armoured equipment had joined the troops over the summer.", 25.0),
])
def test_a_count_of_other_things_behind_an_adjective_is_not_the_systems(text, count):
    rows = delivery_rows(text, "2024-12-10")
    assert rows and not any(q == count for *_, q, _ in rows)


@pytest.mark.parametrize("text, count", [
    ("Первые два Су-30СМ из России прибыли в марте. Еще два новых поступили в мае.", 2.0),
    ("The first two Su-30SM from Russia arrived in March. Two more arrived in May.", 2.0),
])
def test_a_bare_count_of_the_series_still_points_back(text, count):
    assert ("Su-30SM", "2024-05") in {(r[0], r[5]) for r in delivery_rows(text, "2024-12-10") if r[4] == count}
