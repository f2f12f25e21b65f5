import pytest

from bellink.dates import bounds, overlaps, parse_user_date


@pytest.mark.parametrize("s, expected", [
    ("2021", ("2021", "year")),
    ("2021-06", ("2021-06", "month")),
    ("2021-06-01", ("2021-06-01", "day")),
    ("2020-02-29", ("2020-02-29", "day")),
    (" 2021-06 ", ("2021-06", "month")),
])
def test_parse_user_date(s, expected):
    assert parse_user_date(s) == expected


@pytest.mark.parametrize("s", [
    "2021-13", "June 2021", "21-06-01", "2021-02-30", "2019-02-29", "", "2021-6", "2021/06",
    "2021-06-01T00:00", "0000", "2021-00", "202", "2021-Q1", "yesterday", None, 2021,
])
def test_parse_user_date_rejects(s):
    with pytest.raises(ValueError) as e:
        parse_user_date(s)
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in str(e.value)


@pytest.mark.parametrize("value, end, lo, hi", [
    ("2021", None, "2021-01-01", "2021-12-31"),
    ("2021-02", None, "2021-02-01", "2021-02-28"),
    ("2020-02", None, "2020-02-01", "2020-02-29"),
    ("2021-12", None, "2021-12-01", "2021-12-31"),
    ("2021-06-24", None, "2021-06-24", "2021-06-24"),
    ("2021-Q1", None, "2021-01-01", "2021-03-31"),
    ("2021-Q3", None, "2021-07-01", "2021-09-30"),
    ("2021-Q4", None, "2021-10-01", "2021-12-31"),
    ("2021-H1", None, "2021-01-01", "2021-06-30"),
    ("2021-H2", None, "2021-07-01", "2021-12-31"),
    ("2021-SP", None, "2021-03-01", "2021-05-31"),
    ("2021-SU", None, "2021-06-01", "2021-08-31"),
    ("2021-FA", None, "2021-09-01", "2021-11-30"),
    ("2021-WI", None, "2021-12-01", "2022-02-28"),  # winter belongs to the year it begins in
    ("2023-WI", None, "2023-12-01", "2024-02-29"),
    ("199", None, "1990-01-01", "1999-12-31"),
    ("200", None, "2000-01-01", "2009-12-31"),
    ("2014", "2015", "2014-01-01", "2015-12-31"),
    ("2021-09-10", "2021-09-16", "2021-09-10", "2021-09-16"),
    ("2017-03", "2017-05", "2017-03-01", "2017-05-31"),
    ("2021-06-21", "2021-06", "2021-06-21", "2021-06-30"),
    ("2015", "2014", "2014-01-01", "2015-12-31"),  # reversed range still covers both
    (None, None, None, None),
    (None, "2021", None, None),
])
def test_bounds(value, end, lo, hi):
    assert bounds(value, end) == (lo, hi)


@pytest.mark.parametrize("value", [
    "2021-13", "2021-00", "2021-Q5", "2021-Q0", "2021-H3", "2021-XX", "2021-wi", "21", "2021-02-30",
    "abc", "", "2021-06-1", "--06-29", "19901", 2021,
])
def test_bounds_rejects_malformed(value):
    with pytest.raises(ValueError):
        bounds(value)


def test_bounds_rejects_malformed_end():
    with pytest.raises(ValueError):
        bounds("2021", "2021-13")


@pytest.mark.parametrize("value, end, since, until, expected", [
    ("2021", None, "2021-06", None, True),  # the fact may have happened in June or later
    ("2021", None, None, "2021-06", True),
    ("2020", None, "2021-06", None, False),
    ("2022", None, None, "2021-12-31", False),
    ("2021-06-30", None, "2021-06-30", None, True),  # inclusive at the edge
    ("2021-06-29", None, "2021-06-30", None, False),
    ("2021-07-01", None, None, "2021-06", False),
    ("2021-WI", None, "2022-02", "2022-02", True),
    ("2021-WI", None, "2022-03", None, False),
    ("2014", "2015", None, "2014-06", True),
    ("2014", "2015", "2015-12-31", None, True),
    ("2016", None, None, "2015", False),
    ("199", None, "1995-05-05", "1995-05-05", True),
    ("199", None, "2000", None, False),
    ("2021-Q3", None, "2021-06", "2021-06", False),
    ("2021-Q3", None, "2021-09-30", None, True),
    (None, None, None, None, True),  # no filter: everything passes
    ("2021", None, None, None, True),
    (None, None, "2021", None, False),  # an undated fact cannot be placed in a window
])
def test_overlaps(value, end, since, until, expected):
    assert overlaps(value, end, since, until) is expected
