"""Words said 'last week' / 'this week' / 'на прошлой неделе' are dated by that week (its Monday), not by the
report: the week is when they were said, as 'on Tuesday' is. A span of days ('from 10 to 16 September') stays
what it is, the time of the content. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _dates(text, lang, published):
    a = analyze_text(text + "\n", lang=lang, published=published)
    return [(st.date.value, st.date.method) for st in a.statements]


@pytest.mark.parametrize("text, lang, published, expected", [
    ("Jets for Minsk\n\nThe air force commander told state television last week that four more trainers would come "
     "in the spring.", "en", "2019-03-14", "2019-03-04"),
    ("Jets for Minsk\n\nThe Belarusian defence minister said this week that the brigade had received its new "
     "launchers.", "en", "2019-03-14", "2019-03-11"),
    ("Новости\n\nКомандующий ВВС на прошлой неделе заявил журналистам, что еще четыре самолета придут весной.",
     "ru", "2019-03-14", "2019-03-04"),
    ("Новости\n\nМинистр обороны на этой неделе сообщил, что бригада получила новые комплексы.",
     "ru", "2019-03-14", "2019-03-11"),
])
def test_words_said_in_a_week_take_its_monday(text, lang, published, expected):
    assert _dates(text, lang, published)[0] == (expected, "relative")


def test_a_span_of_days_in_the_sentence_is_not_the_time_of_saying():
    got = _dates("Drills\n\nThe exercise will run from 10 to 16 September, the defence minister said.",
                 "en", "2019-03-14")
    assert got and got[0][1] == "publication"


@pytest.mark.parametrize("text, lang", [
    ("News\n\nA battery of Pantsir-SM systems arrived in Belarus last week, the defence ministry said, adding that it "
     "would go on combat duty soon.", "en"),
    ("Новости\n\nБатарея «Панцирь-СМ» прибыла в Беларусь на прошлой неделе, сообщило Минобороны, добавив, что скоро "
     "она заступит на боевое дежурство.", "ru"),
])
def test_a_week_in_the_reported_words_does_not_date_the_next_verb(text, lang):
    assert all(method == "publication" for _, method in _dates(text, lang, "2024-10-10"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Новости\n\nВ обратном направлении, как сообщило в понедельник Минобороны Беларуси, из России прибыла "
     "очередная батарея зенитных ракетных комплексов «Тор-М2К».", "ru", "2023-12-11"),
])
def test_a_time_beside_the_verb_dates_the_saying_inside_the_words_span(text, lang, expected):
    a = analyze_text(text + "\n", lang=lang, published="2023-12-13")
    assert [st.date.value for st in a.statements] == [expected]
    assert [e.date.value for e in a.events if e.kind == "delivery"] == [expected]


def test_a_time_of_the_words_is_not_the_saying():
    a = analyze_text("News\n\nThe jets arrived on Monday, the ministry said.\n", lang="en", published="2023-12-13")
    assert [st.date.method for st in a.statements] == ["publication"]
