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
    ("По его словам, пара Су-30СМ2, прилетевшая в Барановичи 27 мая, уже включена в план, а еще два самолета ВВС "
     "рассчитывают получить в августе.", ["2025-05-27", "2025-08"]),
    ("Батарея, прибывшая в Минск 2 июня, заступит на дежурство в июле.", ["2025-06-02", "2025-07"]),
])
def test_a_past_participle_dates_its_phrase_in_the_past(text, expected):
    assert values(text, "2025-06-05") == expected


# a compound adjective's "-made", "-built" says who made it, not when: no past marker for the time beside it
@pytest.mark.parametrize("text, expected", [
    ("Belarus hopes to sign a contract for Russian-made Su-30SM fighters before the summer, the minister said.",
     ["2017-SU"]),
    ("Belarus plans to buy more Russian-built Tor-M2 batteries in the autumn.", ["2017-FA"]),
])
def test_a_compound_made_or_built_is_no_past(text, expected):
    assert values(text, "2017-03-30") == expected
