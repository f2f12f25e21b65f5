"""Any stage told at the talks an article reports, and dated only by its statement, takes the talks' day (q+d: "Russia
agreed to hand over a battery free of charge, the release said" after "held talks on Tuesday" was dated to the day of
the report; the annotators date what was said there by the day it was said). The discussed stage did so before; the
other stages are re-dated after the document's rows are merged, so that the talks' day never parts two tellings of one
stage. A stage with a time of its own, words told to an outlet and a report with no talks keep their date.
Sentences written for these tests."""
import pytest

from conftest import deliveries

TALKS_RU = "Министры обороны России и Белоруссии во вторник провели в Минске переговоры о военном сотрудничестве.\n\n"
TALKS_EN = "The defence ministers of Russia and Belarus held talks in Minsk on Tuesday on military cooperation.\n\n"


def _rows(text, published="2019-06-26"):
    return {(e["system"], e["status"], e["date"]) for e in deliveries(text, published)}


@pytest.mark.parametrize("text, expected", [
    (TALKS_RU + "Как говорится в сообщении ведомства, Россия согласилась безвозмездно передать белорусской армии "
     "батарею комплексов «Тор-М2К».", ("Tor-M2K", "ordered", "2019-06-25")),
    (TALKS_EN + "According to the release, Moscow agreed to hand a battery of Tor-M2K systems to the Belarusian army "
     "free of charge.", ("Tor-M2K", "ordered", "2019-06-25")),
    (TALKS_RU + "Контракт на поставку шести вертолетов Ми-8МТВ-5, напомнил белорусский министр, уже заключен с "
     "российской стороной.", ("Mi-8MTV-5", "ordered", "2019-06-25")),
])
def test_a_stage_told_at_the_talks_takes_their_day(text, expected):
    got = _rows(text)
    assert expected in got
    assert (expected[0], expected[1], "2019-06-26") not in got


FILLER_EN = ("The ministers also spoke about joint exercises. They laid wreaths at a memorial. Officers of both armies "
             "attended a concert. The delegation visited an air base. A joint board is planned for the autumn. "
             "Training plans were approved. ")


def test_a_discussion_later_in_a_long_report_of_the_talks_takes_their_day():
    got = _rows(TALKS_EN + FILLER_EN + "\n\nAccording to the Belarusian minister, Minsk has also asked Moscow for a "
                "price offer for a battalion of Buk-M3 systems.")
    assert ("Buk-M3", "discussed", "2019-06-25") in got


@pytest.mark.parametrize("text, expected", [
    # a time of its own
    (TALKS_EN + "Moscow agreed in May to hand a battery of Tor-M2K systems to the Belarusian army free of charge, the "
     "release said.", ("Tor-M2K", "ordered", "2019-05")),
    # words told to an outlet
    (TALKS_EN + "Russia has agreed to sell Belarus a battery of Tor-M2K systems, a source at the manufacturer told "
     "Interfax.", ("Tor-M2K", "ordered", "2019-06-26")),
    # no talks: a narrator's session of one side
    ("The Belarusian parliament held a session on the budget on Monday.\n\nRussia has agreed to sell Belarus a "
     "battery of Tor-M2K systems, the ministry said.", ("Tor-M2K", "ordered", "2019-06-26")),
])
def test_other_stages_keep_their_date(text, expected):
    assert expected in _rows(text)
