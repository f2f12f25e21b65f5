"""Migration 0038: a statement or event dated to one day stores date_hi NULL (it is date_lo); the
views `statements` and `events` give it back, and the date order still reads its index. Since 0043 the
tables keep both as day numbers (day_lo, day_hi)."""
import sqlite3

import pytest

from bellink.dates import day_number
from bellink.db import open_db

EVERY = ("select * from statements order by id", "select * from events order by id",
         "select * from deliveries order by id")


def _all(conn, sql):
    return conn.execute(sql).fetchall()


def _plan(conn, sql):
    return " | ".join(r[3] for r in conn.execute("explain query plan " + sql))


@pytest.mark.parametrize("table", ["statement_rows", "event_rows"])
def test_a_fresh_database_stores_a_day_once(seeded_db, table):
    conn = sqlite3.connect(seeded_db)
    assert _all(conn, f"select count(*) from {table} where day_hi = day_lo")[0][0] == 0
    assert _all(conn, f"select count(*) from {table} where day_hi is null and day_lo is not null")[0][0] > 0
    view = "statements" if table == "statement_rows" else "events"
    assert _all(conn, f"select count(*) from {view} where date_hi is null and date_lo is not null")[0][0] == 0
    # a range keeps its last day
    assert _all(conn, f"select count(*) from {view} v join {table} r on r.id = v.id"
                      " where r.day_hi is not null and v.day_hi = r.day_hi and v.date_hi > v.date_lo")[0][0] > 0


def test_a_database_from_0037_upgrades_with_every_fact_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0037_mention_method_once")
    conn = sqlite3.connect(old)
    assert _all(conn, "select count(*) from statement_rows where date_hi = date_lo")[0][0] > 0
    conn.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    for table in ("statement_rows", "event_rows"):
        assert _all(conn, f"select count(*) from {table} where day_hi = day_lo")[0][0] == 0
    for sql in EVERY:
        assert _all(conn, sql) == _all(sqlite3.connect(seeded_db), sql), sql


def test_a_failed_migration_leaves_every_date(failed_migration):
    failed_migration("0037_mention_method_once", "0038_date_hi_once", "statement_rows",
                     "select id, date_lo, date_hi from statement_rows order by id")


# the views' day numbers (0043): their ISO date_lo/date_hi are computed, and no index orders by those
@pytest.mark.parametrize("sql, index", [
    ("select * from statements order by day_lo is null, day_lo, day_hi, id limit 5", "statements_date_order"),
    ("select * from statements order by day_lo is null desc, day_lo desc, day_hi desc, id desc limit 5",
     "statements_date_order"),
    ("select * from events order by day_lo is null, day_lo, day_hi, id limit 5", "events_date_order"),
    ("select * from events where kind = 'delivery' order by day_lo is null, day_lo, day_hi, id limit 5",
     "events_kind"),
])
def test_the_date_order_reads_its_index_and_sorts_nothing(seeded_db, sql, index):
    plan = _plan(sqlite3.connect(seeded_db), sql)
    assert index in plan and "TEMP" not in plan, plan


@pytest.mark.parametrize("view", ["statements", "events"])
def test_the_views_take_a_day_or_a_range_and_give_it_back(seeded_db, tmp_path, view):
    path = tmp_path / "kb.db"
    path.write_bytes(seeded_db.read_bytes())
    conn = open_db(path)
    table = "statement_rows" if view == "statements" else "event_rows"
    fid = conn.execute(f"select fact_id from {view} order by id limit 1").fetchone()[0]
    for lo, hi, stored in (("2021-03-01", "2021-03-31", day_number("2021-03-31")), ("2021-03-05", "2021-03-05", None)):
        with conn:
            conn.execute(f"update {view} set date_lo = ?, date_hi = ? where fact_id = ?", (lo, hi, fid))
        assert tuple(conn.execute(f"select date_lo, date_hi from {view} where fact_id = ?", (fid,)).fetchone()) == (lo, hi)
        # the table keeps the id's digits as fact_key (0039): the row found by its id
        assert conn.execute(f"select day_hi from {table} where id = (select id from {view} where fact_id = ?)",
                            (fid,)).fetchone()[0] == stored
