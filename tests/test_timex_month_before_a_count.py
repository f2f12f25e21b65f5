"""A month read alone may be followed by a count: "в ноябре 120-я бригада получит", "в январе 12 машин ушли",
"In November 120 vehicles arrived" (a Russian day never follows its month; an English one has one or two digits).
A year after the month is still read with it. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("sentence, lang, expected", [
    ("По словам командующего, в ноябре 120-я бригада получит четвертую батарею.", "ru", [("в ноябре", "2016-11")]),
    ("В январе 12 машин ушли в Россию.", "ru", [("В январе", "2016-01")]),
    ("С 10 мая 12 машин ушли в Россию.", "ru", [("С 10 мая", "2016-05-10")]),
    ("В ноябре 2015 года бригада получила батарею.", "ru", [("В ноябре 2015 года", "2015-11")]),
    ("In January 120 vehicles left for Russia.", "en", [("In January", "2016-01")]),
    ("On January 12 the jets arrived.", "en", [("On January 12", "2016-01-12")]),
])
def test_a_count_after_a_month(sentence, lang, expected):
    a = analyze_text("News\n\n" + sentence + "\n", lang=lang, published="2016-06-09")
    assert [(t.text, t.value) for t in a.timexes] == expected
