"""A statement is never dated after the article that reports it: a later time in another clause of the attribution's
sentence ('..., a spokesman said, and the crews are due on duty in the autumn') is not the time of speaking; the
publication date is. Sentences written for this test."""
import pytest

from conftest import statements
from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text,lang", [
    ("Two more S-300PS battalions arrived from Russia in April, a Belarusian Defence Ministry spokesman said, and "
     "their crews are due to go on combat duty near Grodno in the autumn.", "en"),
    ("Два дивизиона С-300ПС прибыли из России в апреле, сообщил представитель Минобороны Беларуси, а их расчеты "
     "заступят на дежурство под Гродно осенью.", "ru"),
])
def test_later_time_is_not_the_time_of_speaking(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2010-06-30")
    dates = [st.date.value for st in a.statements if st.date]
    assert dates and all(d == "2010-06-30" for d in dates), dates


def test_earlier_time_still_dates_it():
    a = analyze_text("Two more S-300PS battalions have arrived, a Belarusian Defence Ministry spokesman said on "
                     "Monday.\n", lang="en", published="2010-06-30")
    assert [st.date.value for st in a.statements] == ["2010-06-28"], [st.date for st in a.statements]
