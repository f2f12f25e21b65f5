"""Migration 0025: a fact's date is stored once. `statement_rows.date`/`event_rows.date` are NULL
when they are the first day (`date_lo`) cut to their precision, and a time expression's
`date_lo`/`date_hi` when they are the first and last day of its value; the views give back what
was there, for a database upgraded from 0024 and for one the writer filled."""
import sqlite3

import pytest

from bellink.dates import bounds, day_number
from bellink.db import open_db
from bellink.ingest.model import DateRef
from bellink.ingest.store.rows import _date_cols, _timex_bounds

VIEWS = ("statements", "events", "timexes", "deliveries")


def _rows(path, view):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"select * from {view} order by id").fetchall()
    finally:
        conn.close()


def test_a_database_from_0024_upgrades_with_every_date_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0024_writer_indexes_text_once")
    conn = sqlite3.connect(old)
    stored_before = conn.execute("select count(date) from statement_rows").fetchone()[0]
    timex_bounds_before = conn.execute("select count(date_lo) from timex_spans").fetchone()[0]
    conn.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    stored_after, total = conn.execute("select count(date), count(*) from statement_rows").fetchone()
    timex_bounds_after = conn.execute("select count(date_lo) from timex_spans").fetchone()[0]
    events_after, events_dated = conn.execute("select count(date), count(day_lo) from event_rows").fetchone()
    conn.close()
    # the seeds' facts are mostly dated to a day: those dates are no longer stored twice
    assert stored_before > 20 and stored_after < stored_before / 2
    assert timex_bounds_after < timex_bounds_before / 2
    assert events_after < events_dated
    for view in VIEWS:
        assert _rows(old, view) == _rows(seeded_db, view), view


@pytest.mark.parametrize("value, precision, end", [
    ("2023-05-12", "day", None),
    ("2023-05", "month", None),
    ("2024-02", "month", None),          # a leap year's February ends on the 29th
    ("2023-02", "month", None),
    ("2023", "year", None),
    ("2023-SU", "season", None),         # no expression gives a season back: stored as it is
    ("2023-Q2", "quarter", None),
    ("2023-05-12", "day", "2023-05-15"),  # a range: its last day is not the value's
    ("2021", "year", "2023"),
])
def test_the_views_give_back_every_stored_date(tmp_path, value, precision, end):
    conn = open_db(tmp_path / "kb.db")
    conn.execute("insert into documents (id, sha256, text, ingested_at) values ('d1', 'x', 'Some text.', 'now')")
    pk = conn.execute("select pk from documents").fetchone()[0]
    conn.execute("insert into sentence_spans (id, doc, idx, paragraph, start, stop, byte_start, byte_len)"
                  " values (1, ?, 0, 0, 0, 10, 0, 10)", (pk,))
    cols = _date_cols(DateRef(value, precision, "explicit", "then", end))
    cols = (*cols[:5], day_number(cols[5]), day_number(cols[6]))  # the tables' day numbers (0043)
    conn.execute("insert into statement_rows (doc, sentence_id, start, stop, direct, date, date_end,"
                 " date_precision, date_method, date_text, day_lo, day_hi, confidence)"
                 " values (?, 1, 0, 10, 0, ?, ?, ?, ?, ?, ?, ?, 0.9)", (pk, *cols))
    conn.execute("insert into event_rows (doc, sentence_id, kind, date, date_end, date_precision, date_method,"
                 " date_text, day_lo, day_hi, summary, start, stop, confidence)"
                 " values (?, 1, 'meeting', ?, ?, ?, ?, ?, ?, ?, 'a meeting', 0, 10, 0.9)", (pk, *cols))
    lo, hi = _timex_bounds(value, end, precision)
    conn.execute("insert into timex_spans (id, doc, sentence_id, start, stop, text, value, value_end, precision,"
                 " method, kind, date_lo, date_hi) values (1, ?, 1, 0, 4, 'then', ?, ?, ?, 'explicit', 'date', ?, ?)",
                 (pk, value, end, precision, lo, hi))
    want_lo, want_hi = bounds(value, end)
    for view in ("statements", "events"):
        got = conn.execute(f"select date, date_end, date_precision, date_lo, date_hi from {view}").fetchone()
        assert tuple(got) == (value, end, precision, want_lo, want_hi), view
    got = conn.execute("select value, value_end, date_lo, date_hi from timexes").fetchone()
    assert tuple(got) == (value, end, want_lo, want_hi)
    # what is left out is what the views derive, and only that
    day_month_year = precision in ("day", "month", "year")
    assert (cols[0] is None) == day_month_year
    assert (lo is None) == (day_month_year and end is None)
