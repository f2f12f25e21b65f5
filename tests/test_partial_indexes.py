"""Migration 0042: statements_speaker holds speaker_id alone for the statements whose speaker is known,
events_statement only the events that name a statement; the look-ups that need them still use them."""
import sqlite3

import pytest

from bellink.db import open_db

INDEXES = "select name, sql from sqlite_master where name in ('statements_speaker', 'events_statement') order by name"


def _all(conn, sql, args=()):
    return [tuple(r) for r in conn.execute(sql, args)]


def _plan(conn, sql, args=()):
    return " ".join(r[3] for r in conn.execute("explain query plan " + sql, args))


def test_a_fresh_database_has_the_narrower_indexes(seeded_db):
    conn = sqlite3.connect(seeded_db)
    assert _all(conn, INDEXES) == [
        ("events_statement", "CREATE INDEX events_statement ON event_rows(statement_id) WHERE statement_id IS NOT NULL"),
        ("statements_speaker", "CREATE INDEX statements_speaker ON statement_rows(speaker_id) WHERE speaker_id IS NOT NULL"),
    ]
    # each holds exactly the rows with a value
    assert conn.execute("select count(*) from statement_rows indexed by statements_speaker"
                        " where speaker_id is not null").fetchone()[0] == \
        conn.execute("select count(speaker_id) from statement_rows").fetchone()[0] > 0


@pytest.mark.parametrize("sql", [
    "select id from statement_rows where speaker_id = ?",
    "select id from statement_rows where speaker_id in (?, 2)",
    "select s.id from statement_rows s where s.speaker_id in (?) and s.day_lo <= 18628",
])
def test_a_speakers_statements_are_found_through_the_index(seeded_db, sql):
    assert "USING INDEX statements_speaker" in _plan(sqlite3.connect(seeded_db), sql, (1,)) or \
        "USING COVERING INDEX statements_speaker" in _plan(sqlite3.connect(seeded_db), sql, (1,))


def test_a_statements_events_are_found_through_the_index(seeded_db):
    conn = sqlite3.connect(seeded_db)
    assert "events_statement" in _plan(conn, "update event_rows set statement_id = null where statement_id = ?", (1,))
    assert "events_statement" in _plan(conn, "select id from event_rows where statement_id = ?", (1,))


def test_a_database_from_0041_upgrades_with_every_row_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0041_hashes_as_bytes")
    # the views' columns as they were (0043 adds the day numbers after them)
    every = [f"select {', '.join(r[1] for r in _all(sqlite3.connect(old), f'pragma table_info({view})'))}"
             f" from {view} order by id" for view in ("statements", "events")]
    before = [_all(sqlite3.connect(old), q) for q in every]
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert [_all(conn, q) for q in every] == before == [_all(sqlite3.connect(seeded_db), q) for q in every]
    assert _all(conn, INDEXES) == _all(sqlite3.connect(seeded_db), INDEXES)


def test_deleting_a_document_leaves_no_event_pointing_at_its_statements(seeded_db, tmp_path):
    import shutil

    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    pk = conn.execute("select s.doc from event_rows e join statement_rows s on s.id = e.statement_id"
                      " limit 1").fetchone()[0]
    conn.execute("delete from document_rows where pk = ?", (pk,))
    assert conn.execute("select count(*) from event_rows where statement_id is not null and statement_id not in"
                        " (select id from statement_rows)").fetchone()[0] == 0


def test_a_failed_migration_leaves_both_indexes(failed_migration):
    failed_migration("0041_hashes_as_bytes", "0042_partial_indexes", "statement_rows", INDEXES)
