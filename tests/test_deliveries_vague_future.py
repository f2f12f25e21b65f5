"""A vague future ("in the coming months", "в ближайшее время", "soon") is no time of its own: the planned stage takes
the month of the statement that asserts it (the gold dates such a stage by its statement: RULES.md, vague expressions
are not timexes), never a range from the report to a year on (issue 12: "Russia would hand the systems to its ally in
the coming months" said in June 2022 was stored as June 2022 - June 2023). A count of months or years ("within two
years") is still a period; the same plan told again with a time of its own ("до конца года она встанет на
дежурство") stays one plan. Sentences written for these tests."""
import pytest

from conftest import delivery_rows


def planned(text, published):
    from conftest import deliveries, EN_LEAD, RU_LEAD

    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    return [(e["system"], e["date"]) for e in deliveries(lead + text, published) if e["status"] == "planned"]


@pytest.mark.parametrize("text", [
    "Russia will hand Belarus Iskander-M missile systems in the coming months, the minister said.",
    "Russia will hand Belarus Iskander-M missile systems in the near future, the minister said.",
    "Россия передаст Белоруссии комплексы «Искандер-М» в ближайшие месяцы, сообщил министр.",
    "В ближайшее время Россия передаст Белоруссии комплексы «Искандер-М», сообщил министр.",
])
def test_a_vague_future_keeps_the_statement_date(text):
    assert planned(text, "2022-06-27") == [("Iskander-M", "2022-06")]


@pytest.mark.parametrize("text", [
    "Minister Zhadobin said the troops would soon receive the fourth Tor-M2 battery from Russia. \"The battery has "
    "passed its factory tests. It will go on combat duty before the end of the year,\" the minister said.",
    "Министр Жадобин сообщил, что в ближайшее время войска получат из России очередную, четвертую батарею Тор-М2. "
    "«Батарея уже прошла заводские испытания. До конца года она встанет на боевое дежурство», – уточнил министр.",
])
def test_the_plan_told_again_with_its_own_time_is_one_plan(text):
    assert [system for system, _ in planned(text, "2014-11-12")] == ["Tor-M2"]


@pytest.mark.parametrize("text", [
    "Russia will deliver twelve more Su-30SM fighters to Belarus within two years, the minister said.",
    "Россия поставит Белоруссии еще двенадцать истребителей Су-30СМ в течение двух лет, сообщил министр.",
])
def test_a_counted_period_is_still_a_period(text):
    rows = [r for r in delivery_rows(text, "2020-05-05") if r[1] == "planned"]
    assert [(r[0], r[5]) for r in rows] == [("Su-30SM", "2020")]
