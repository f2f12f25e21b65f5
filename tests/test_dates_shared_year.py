"""Dates joined by "and" share the year written after the last (issue 12, a chronology: "прибыли двумя парами – 13
ноября и 17 декабря 2019 года" in a 2026 article read the first as 13 November 2025). Sentences written for these
tests."""
import pytest


def values(text, published="2026-01-30"):
    from bellink.ingest.pipeline import analyze_text

    return [t.value for t in analyze_text(text, published=published, doc_id="t").timexes]


@pytest.mark.parametrize("text, expected", [
    ("Первые самолеты прибыли двумя парами – 13 ноября и 17 декабря 2019 года.", ["2019-11-13", "2019-12-17"]),
    ("The first jets arrived in two pairs, on November 13 and December 17, 2019.", ["2019-11-13", "2019-12-17"]),
    ("The first jets arrived in two pairs, on 13 November and 17 December 2019.", ["2019-11-13", "2019-12-17"]),
    # across the new year: the first date is in the year before
    ("Эшелоны ушли 30 декабря и 2 января 2020 года.", ["2019-12-30", "2020-01-02"]),
])
def test_joined_dates_share_the_trailing_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # not joined: each date has its own reading
    ("Первая пара прибыла 13 ноября, а контракт подписан 17 декабря 2019 года.", ["2025-11-13", "2019-12-17"]),
    ("The first pair landed on November 13. The contract dates from December 17, 2019.", ["2025-11-13", "2019-12-17"]),
])
def test_dates_not_joined_keep_their_own_year(text, expected):
    assert values(text) == expected


# an active past participle dates its own phrase in the past, whatever the rest of the sentence plans
@pytest.mark.parametrize("text, expected", [
    ("По словам командира, звено Як-130, приземлившееся в Лиде 28 мая, уже включено в график полетов, а еще три "
     "машины ВВС планируют получить в сентябре.", ["2025-05-28", "2025-09"]),
    ("Батарея, прибывшая в Минск 2 июня, заступит на дежурство в июле.", ["2025-06-02", "2025-07"]),
])
def test_a_past_participle_dates_its_phrase_in_the_past(text, expected):
    assert values(text, "2025-06-05") == expected


# a participle of expecting, planning or delaying is no past act: the awaited or delayed day may still be ahead
@pytest.mark.parametrize("text, expected", [
    ("Эскадрилья Як-130, ожидавшаяся в Лиде 10 августа, прилетит только осенью.", ["2025-08-10", "2025-FA"]),
    ("Комплексы, планировавшиеся к отправке 20 июля, отправят в сентябре.", ["2025-07-20", "2025-09"]),
    ("Два Ми-35М, задержавшиеся на ремонте до 12 октября, вернутся в часть в ноябре.", ["2025-10-12", "2025-11"]),
])
def test_an_expectation_participle_does_not_mark_the_past(text, expected):
    assert values(text, "2025-06-05") == expected


# a compound adjective's "-made", "-built" says who made it, not when: no past marker for the time beside it
@pytest.mark.parametrize("text, expected", [
    ("Minsk expects to conclude a deal for Russian-made Yak-130 trainers before the autumn, a defence ministry "
     "official said.", ["2017-FA"]),
    ("Минск рассчитывает заключить контракт на российские учебные Як-130 до осени, сообщил замминистра.", ["2017-FA"]),
    ("Belarus plans to buy more Russian-built Tor-M2 batteries in the autumn.", ["2017-FA"]),
])
def test_a_compound_made_or_built_is_no_past(text, expected):
    assert values(text, "2017-03-30") == expected
