"""Migration 0043: a statement's or event's first and last day are day numbers (days since 1970-01-01,
`day_lo`/`day_hi`) in statement_rows, event_rows and their date-order indexes, where ISO text took ten
bytes each time; the views `statements` and `events` give date_lo/date_hi back as ISO dates, and the
listings order and filter by the day numbers through the indexes."""
import json
import sqlite3

import pytest
from click.testing import CliRunner

from bellink.cli import cli
from bellink.dates import day_number, overlaps
from bellink.db import open_db

VIEWS = ("statements", "events", "deliveries")


def _all(conn, sql, args=()):
    return [tuple(r) for r in conn.execute(sql, args)]


def _columns(conn, view):
    return [r[1] for r in conn.execute(f"pragma table_info({view})")]


@pytest.mark.parametrize("day", ["1970-01-01", "2021-03-15", "2024-02-29", "1941-06-22", "1969-12-31",
                                 "0199-07-01", "9999-12-31"])
def test_a_day_number_gives_its_day_back_in_python_and_in_sql(day):
    conn = sqlite3.connect(":memory:")
    n = day_number(day)
    assert conn.execute("select date(2440587.5 + ?), CAST(julianday(?) - 2440587.5 AS INTEGER)",
                        (n, day)).fetchone() == (day, n)
    assert day_number(None) is None


def test_day_numbers_sort_as_the_days_do():
    days = ["0199-07-01", "1941-06-22", "1969-12-31", "1970-01-01", "2021-03-15", "2021-12-01", "2024-02-29"]
    assert sorted(days, key=day_number) == sorted(days)


@pytest.mark.parametrize("table, view", [("statement_rows", "statements"), ("event_rows", "events")])
def test_a_fresh_database_keeps_days_as_numbers_and_the_views_give_iso_back(seeded_db, table, view):
    conn = sqlite3.connect(seeded_db)
    cols = _columns(conn, table)
    assert "date_lo" not in cols and "date_hi" not in cols and {"day_lo", "day_hi"} <= set(cols)
    assert _all(conn, f"select distinct typeof(day_lo) from {table} where day_lo is not null") == [("integer",)]
    rows = _all(conn, f"select v.date_lo, v.date_hi, r.day_lo, coalesce(r.day_hi, r.day_lo), v.day_lo, v.day_hi"
                      f" from {view} v join {table} r on r.id = v.id")
    assert sum(1 for r in rows if r[0] is not None) > 10
    for date_lo, date_hi, lo, hi, view_lo, view_hi in rows:
        assert (day_number(date_lo), day_number(date_hi)) == (lo, hi) == (view_lo, view_hi)


def test_a_database_from_0042_upgrades_with_every_fact_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0042_partial_indexes")
    conn = sqlite3.connect(old)
    assert _all(conn, "select count(*) from statement_rows where date_lo like '____-__-__'")[0][0] > 10
    every = [f"select {', '.join(_columns(conn, v))} from {v} order by id" for v in VIEWS]
    before = [_all(conn, sql) for sql in every]
    conn.close()
    open_db(old).close()
    conn, fresh = sqlite3.connect(old), sqlite3.connect(seeded_db)
    assert [_all(conn, sql) for sql in every] == before == [_all(fresh, sql) for sql in every]
    for table in ("statement_rows", "event_rows"):
        days = f"select id, day_lo, day_hi from {table} order by id"
        assert _all(conn, days) == _all(fresh, days)
    schema = "select name, sql from sqlite_master where type in ('index', 'view', 'trigger') order by name"
    assert _all(conn, schema) == _all(fresh, schema)


def test_a_failed_migration_leaves_every_date(failed_migration):
    failed_migration("0042_partial_indexes", "0043_dates_as_days", "statement_rows",
                     "select id, date_lo, date_hi from statement_rows order by id")


@pytest.mark.parametrize("view", ["statements", "events"])
def test_the_views_take_iso_days_and_store_day_numbers(seeded_db, tmp_path, view):
    path = tmp_path / "kb.db"
    path.write_bytes(seeded_db.read_bytes())
    conn = open_db(path)
    table = "statement_rows" if view == "statements" else "event_rows"
    row_id = conn.execute(f"select id from {view} order by id limit 1").fetchone()[0]
    with conn:
        conn.execute(f"update {view} set date_lo = '1999-12-31', date_hi = '2000-02-29' where id = ?", (row_id,))
    assert _all(conn, f"select day_lo, day_hi from {table} where id = ?", (row_id,)) == \
        [(day_number("1999-12-31"), day_number("2000-02-29"))]
    assert _all(conn, f"select date_lo, date_hi from {view} where id = ?", (row_id,)) == [("1999-12-31", "2000-02-29")]


@pytest.mark.parametrize("sql, index", [
    ("select id from statement_rows order by day_lo is null, day_lo, coalesce(day_hi, day_lo), id limit 5",
     "statements_date_order"),
    ("select id from event_rows where kind = 'delivery' and coalesce(day_hi, day_lo) >= 18000 and day_lo <= 19000"
     " order by day_lo is null, day_lo, coalesce(day_hi, day_lo), id limit 5", "events_kind"),
])
def test_the_date_order_and_the_date_filters_read_the_indexes(seeded_db, sql, index):
    plan = " | ".join(r[3] for r in sqlite3.connect(seeded_db).execute("explain query plan " + sql))
    assert index in plan and "TEMP" not in plan, plan


@pytest.mark.parametrize("command", [["statements"], ["deliveries"], ["timeline"]])
def test_since_and_until_keep_the_facts_whose_days_overlap(seeded_db, command):
    def listed(*args):
        result = CliRunner().invoke(cli, ["--db", str(seeded_db), *command, *args, "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    every = listed()
    got = listed("--since", "2015-06", "--until", "2017")
    want = [r for r in every if r["date"] is not None and overlaps(r["date"], r.get("date_end"), "2015-06", "2017")]
    assert got == want and 0 < len(got) < len(every)


# migration 0044: what julianday() would read as another day (or none) is refused, not stored
@pytest.mark.parametrize("view", ["statements", "events"])
@pytest.mark.parametrize("lo, hi", [("2021", "2021"), ("2021-03", "2021-03-31"), ("2021-02-30", "2021-03-01"),
                                    ("2021-03-01", "2021"), ("15.03.2021", None), ("2021-3-1", None)])
def test_the_views_refuse_a_date_that_is_not_an_iso_day(seeded_db, tmp_path, view, lo, hi):
    path = tmp_path / "kb.db"
    path.write_bytes(seeded_db.read_bytes())
    conn = open_db(path)
    table = "statement_rows" if view == "statements" else "event_rows"
    row_id = conn.execute(f"select id from {view} where date_lo is not null order by id limit 1").fetchone()[0]
    before = _all(conn, f"select * from {table} where id = ?", (row_id,))
    with pytest.raises(sqlite3.IntegrityError, match="ISO days"):
        with conn:
            conn.execute(f"update {view} set date_lo = ?, date_hi = ? where id = ?", (lo, hi, row_id))
    assert _all(conn, f"select * from {table} where id = ?", (row_id,)) == before
    columns = [c for c in _columns(conn, view) if c not in ("id", "fact_id", "day_lo", "day_hi")]
    row = dict(zip(columns, conn.execute(f"select {', '.join(columns)} from {view} where id = ?", (row_id,)).fetchone()))
    row.update(date_lo=lo, date_hi=hi)
    with pytest.raises(sqlite3.IntegrityError, match="ISO days"):
        with conn:
            conn.execute(f"insert into {view} ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values()))


def test_a_failed_0044_leaves_the_triggers(failed_migration):
    failed_migration("0043_dates_as_days", "0044_view_days_checked", "statement_rows",
                     "select id, day_lo, day_hi from statement_rows order by id")
