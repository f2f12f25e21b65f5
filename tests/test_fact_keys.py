"""Migration 0039: a fact's id is stored as the integer of its 12 hex digits (`fact_key`, minus 2^47)
where its text took 14 bytes; the views `statements` and `events` give the id back as it was, their
triggers take either form, and a fact is found by its id through the index on `fact_key`."""
import sqlite3

import pytest

from bellink import facts
from bellink.db import open_db

EVERY = ("select * from statements order by id", "select * from events order by id",
         "select * from deliveries order by id")


def _all(conn, sql, args=()):
    return conn.execute(sql, args).fetchall()


@pytest.mark.parametrize("table", ["statement_rows", "event_rows"])
def test_a_fresh_database_keeps_every_id_as_its_key(seeded_db, table):
    conn = sqlite3.connect(seeded_db)
    assert _all(conn, f"select count(*) from {table} where fact_id is not null or fact_key is null")[0][0] == 0
    view = "statements" if table == "statement_rows" else "events"
    ids = [r[0] for r in _all(conn, f"select fact_id from {view}")]
    assert ids and all(facts.kind_of(i) for i in ids) and len(set(ids)) == len(ids)


@pytest.mark.parametrize("fid, kind, key", [
    ("s-000000000000", "statement", -(1 << 47)),
    ("s-800000000000", "statement", 0),
    ("d-ffffffffffff", "delivery", (1 << 47) - 1),
    ("d-ffffffffffff", "meeting", None),      # not its kind's letter: kept as text
    ("s-FFFFFFFFFFFF", "statement", None),    # not as the writer makes them
    ("s-12345", "statement", None),
    ("note-1", "statement", None),
])
def test_a_key_is_the_digits_in_six_bytes_or_nothing(fid, kind, key):
    assert facts.stored_key(fid, kind) == key
    if key is not None:
        assert -(1 << 47) <= key < (1 << 47)  # SQLite's 6-byte integers


def test_a_database_from_0038_upgrades_with_every_fact_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0038_date_hi_once")
    before = {sql: _all(sqlite3.connect(old), sql) for sql in EVERY}
    # the views' columns as they were (0043 adds the day numbers after them)
    columns = {sql: [r[1] for r in _all(sqlite3.connect(old), f"pragma table_info({sql.split()[3]})")] for sql in EVERY}
    every = [sql.replace("*", ", ".join(columns[sql])) for sql in EVERY]
    before = dict(zip(every, before.values()))
    open_db(old).close()
    conn = sqlite3.connect(old)
    for table in ("statement_rows", "event_rows"):
        assert _all(conn, f"select count(*) from {table} where fact_id is not null or fact_key is null")[0][0] == 0
    fresh = sqlite3.connect(seeded_db)
    for sql in every:
        assert _all(conn, sql) == before[sql] == _all(fresh, sql), sql


def test_a_failed_migration_leaves_every_id(failed_migration):
    failed_migration("0038_date_hi_once", "0039_fact_keys", "statement_rows",
                     "select id, fact_id from statement_rows order by id")


@pytest.mark.parametrize("view", ["statements", "events"])
def test_the_views_take_an_id_in_either_form_and_give_it_back(seeded_db, tmp_path, view):
    path = tmp_path / "kb.db"
    path.write_bytes(seeded_db.read_bytes())
    conn = open_db(path)
    table = "statement_rows" if view == "statements" else "event_rows"
    row_id, fid = conn.execute(f"select id, fact_id from {view} order by id limit 1").fetchone()
    letter = fid[:2]
    for new, stored_as_text in ((letter + "0123456789ab", False), ("my-own-id", True), (fid, False)):
        with conn:
            conn.execute(f"update {view} set fact_id = ? where id = ?", (new, row_id))
        assert conn.execute(f"select fact_id from {view} where id = ?", (row_id,)).fetchone()[0] == new
        text, key = conn.execute(f"select fact_id, fact_key from {table} where id = ?", (row_id,)).fetchone()
        assert (text, key is None) == ((new, True) if stored_as_text else (None, False))
    # a row inserted through the view keeps its id as the writer would
    cols = [r[1] for r in conn.execute(f"pragma table_info({view})") if r[1] not in ("id", "fact_id")]
    with conn:
        conn.execute(f"insert into {view} ({', '.join(cols)}, fact_id) select {', '.join(cols)}, ? from {view}"
                     " where id = ?", (letter + "abcdefabcdef", row_id))
    copy = conn.execute(f"select id from {view} where fact_id = ?", (letter + "abcdefabcdef",)).fetchone()[0]
    assert tuple(conn.execute(f"select fact_id, fact_key from {table} where id = ?", (copy,)).fetchone()) == \
        (None, 0xabcdefabcdef - (1 << 47))
    assert facts.locate(conn, letter + "abcdefabcdef") == (view, copy)
    assert facts.locate(conn, fid) == (view, row_id)
    assert facts.locate(conn, letter + "0123456789ab") is None


def test_curation_finds_a_fact_by_its_key(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    path.write_bytes(seeded_db.read_bytes())
    conn = open_db(path)
    fid = conn.execute("select fact_id from events where kind = 'delivery' order by id limit 1").fetchone()[0]
    plan = " | ".join(r[3] for r in conn.execute(
        "explain query plan select id from event_rows where fact_key = ? and kind = ?",
        (facts.stored_key(fid, "delivery"), "delivery")))
    assert "events_fact_key" in plan, plan
    view, row_id = facts.locate(conn, fid)
    assert view == "events" and conn.execute("select fact_id from events where id = ?", (row_id,)).fetchone()[0] == fid
