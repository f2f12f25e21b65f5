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
     "The Russian minister said the two sides had discussed a possible sale of Buk-M3 air defence systems to Belarus.",
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
     "Buk-M3 deliveries to Minsk may be discussed later, an official at the manufacturer told Interfax.",
     {("Buk-M3", "2019-06-26")}),
    # talks named only in what was said
    ("Хренин заявил, что Минск обсудит с Москвой поставку комплексов «Бук-М3» на переговорах, которые начались во "
     "вторник.", {("Buk-M3", "2019-06-26")}),
])
def test_other_words_keep_the_reports_day(text, expected):
    assert _discussed(text, "2019-06-26") == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting of one side on another matter is no talks of the two ("совещание", "session" of the narrator's)
    ("Лукашенко в понедельник провел совещание по уборочной кампании. Минск и Москва обсуждают поставку С-400.",
     {("S-400 Triumf", "2019-06-26")}),
    ("The Belarusian parliament held a session on the budget on Monday. Minsk and Moscow are discussing deliveries of "
     "S-400 systems.", {("S-400 Triumf", "2019-06-26")}),
    ("Хренин во вторник провел совещание по подготовке призывников. Белоруссия и Россия обсудили поставку комплексов "
     "«Бук-М3».", {("Buk-M3", None)}),
    ("Khrenin chaired a meeting on conscription on Tuesday. Belarus and Russia discussed a supply of Buk-M3 systems.",
     {("Buk-M3", None)}),
])
def test_a_meeting_that_is_not_the_sides_talks_gives_no_day(text, expected):
    assert _discussed(text, "2019-06-26") == expected
