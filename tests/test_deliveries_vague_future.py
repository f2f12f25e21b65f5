"""A vague future ("in the coming months", "в ближайшее время", "soon") is no time of its own: the planned stage takes
the month of the statement that asserts it (the gold dates such a stage by its statement: RULES.md, vague expressions
are not timexes), never a range from the report to a year on (issue 12: a hand-over "in the coming months" said in
June 2022 was stored as June 2022 - June 2023). A count of months or years ("within two
years") is still a period; the same plan told again with a time of its own ("until the end of the year it will
take up duty") stays one plan. Sentences written for these tests."""
import pytest

from conftest import delivery_rows


def planned(text, published):
    from conftest import deliveries, EN_LEAD, RU_LEAD

    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    return [(e["system"], e["date"]) for e in deliveries(lead + text, published) if e["status"] == "planned"]


@pytest.mark.parametrize("text", [
    "Belarus will get Buk-MB3K air defence systems from Russia in the coming months, a defence official said.",
    "Belarus will get Buk-MB3K air defence systems from Russia in the near future, a defence official said.",
    "Белоруссия получит от России комплексы ПВО «Бук-МБ3К» в ближайшие месяцы, сообщил представитель Минобороны.",
    "В ближайшее время Белоруссия получит от России комплексы ПВО «Бук-МБ3К», сообщил представитель Минобороны.",
])
def test_a_vague_future_keeps_the_statement_date(text):
    assert planned(text, "2023-09-14") == [("Buk-MB3K", "2023-09")]


@pytest.mark.parametrize("text", [
    "Air Force commander Igor Golub said the brigade would soon receive the third Buk-MB3K battalion from Russia. "
    "\"The battalion has passed its acceptance trials. It will go on combat duty before the end of the year,\" the "
    "commander added.",
    "Командующий ВВС Игорь Голуб сообщил, что в ближайшее время бригада получит из России очередную, пятую батарею "
    "«Тор-М2К». «Батарея уже прошла приемочные испытания. До конца года она заступит на боевое дежурство», – добавил "
    "командующий.",
])
def test_the_plan_told_again_with_its_own_time_is_one_plan(text):
    assert len(planned(text, "2014-03-12")) == 1


@pytest.mark.parametrize("text", [
    "Russia will deliver twelve more Su-30SM fighters to Belarus within two years, the minister said.",
    "Россия поставит Белоруссии еще двенадцать истребителей Су-30СМ в течение двух лет, сообщил министр.",
])
def test_a_counted_period_is_still_a_period(text):
    rows = [r for r in delivery_rows(text, "2020-05-05") if r[1] == "planned"]
    assert [(r[0], r[5]) for r in rows] == [("Su-30SM", "2020")]
