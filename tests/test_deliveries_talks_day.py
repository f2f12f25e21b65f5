"""A stage discussed at the talks the article reports takes the talks' day, not the report's (issue 12, q+d: "the
sides also discussed ...", "Moscow is ready to consider ..., the minister said" after "held talks on Tuesday" were
dated to the day of the report). Sentences written for these tests."""
import pytest

from conftest import deliveries


def _discussed(text, published):
    return {(e["system"], e["date"]) for e in deliveries(text, published) if e["status"] == "discussed"}


@pytest.mark.parametrize("text, expected", [
    ("Министры обороны России и Белоруссии во вторник провели в Минске переговоры о военном сотрудничестве.\n\n"
     "Стороны также обсудили возможную поставку Белоруссии зенитных ракетных комплексов «Бук-М3».",
     {("Buk-M3", "2019-06-25")}),
    ("The defence ministers of Russia and Belarus held talks in Minsk on Tuesday on military cooperation.\n\n"
     "The Russian minister said Moscow was ready to consider Minsk's request for Buk-M3 air defence systems.",
     {("Buk-M3", "2019-06-25")}),
    ("Khrenin met Shoigu in Moscow. The talks took place on Tuesday.\n\n"
     "Shoigu said the sides had discussed the supply of Buk-M3 air defence systems to Belarus.",
     {("Buk-M3", "2019-06-25")}),
])
def test_a_stage_discussed_at_the_talks_takes_their_day(text, expected):
    assert _discussed(text, "2019-06-26") == expected


@pytest.mark.parametrize("text, expected", [
    # words told to an outlet are not the talks'
    ("The defence ministers of Russia and Belarus held talks in Minsk on Tuesday on military cooperation.\n\n"
     "Almaz-Antey is ready to consider a request from Minsk for Buk-M3 systems, a source in the holding told RIA "
     "Novosti.", {("Buk-M3", "2019-06-26")}),
    # talks named only in what was said
    ("Министр обороны Белоруссии заявил, что переговоры о поставке комплексов «Бук-М3» находятся на начальной стадии.",
     {("Buk-M3", "2019-06-26")}),
])
def test_other_words_keep_the_reports_day(text, expected):
    assert not any(day == "2019-06-25" for _, day in _discussed(text, "2019-06-26"))
