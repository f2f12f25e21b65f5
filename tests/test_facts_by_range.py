"""Migration 0047: a document's statements and events as the ranges of ids its row keeps
(statement_first/statement_last, event_first/event_last), in place of the indexes by document on
statement_rows and event_rows; a deleted document's facts go by those ranges (documents_facts_ad),
not by ON DELETE CASCADE; the views `statements` and `events` join a row to its document by its key
and the range."""
import json
import shutil
import sqlite3

from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import open_db

STATEMENTS = "select * from statements order by id"
EVENTS = "select * from events order by id"
RANGES = "select id, statement_first, statement_last, event_first, event_last from document_rows order by pk"
RECOUNT = ("select d.id, (select min(id) from statement_rows where doc = d.pk), (select max(id) from statement_rows"
           " where doc = d.pk), (select min(id) from event_rows where doc = d.pk), (select max(id) from event_rows"
           " where doc = d.pk) from document_rows d order by d.pk")


def _all(conn, sql, args=()):
    return [tuple(r) for r in conn.execute(sql, args)]


def _plan(conn, sql):
    return " ".join(r[3] for r in conn.execute("explain query plan " + sql))


def test_facts_have_no_index_by_document_and_are_found_by_its_ranges(seeded_db):
    conn = sqlite3.connect(seeded_db)
    names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'index'")}
    assert not {"statements_document", "events_document"} & names
    for table in ("statement_rows", "event_rows"):
        assert "document_rows" not in {r[2] for r in conn.execute(f"pragma foreign_key_list({table})")}
    assert _all(conn, RANGES) == _all(conn, RECOUNT)
    for view in ("statements", "events"):
        plan = _plan(conn, f"select id from {view} where document_id = 'x'")
        assert "USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in plan, plan
    # an entity's statements (--about, the timeline's arm): a mention's document's range
    from bellink.queries import _MENTIONING

    plan = _plan(conn, _MENTIONING.format("1, 2"))
    assert "SEARCH st2 USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in plan, plan


def test_a_database_from_0046_upgrades_with_every_fact_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0046_sentences_by_range")
    before = sqlite3.connect(old)
    assert "statement_first" not in {r[1] for r in before.execute("pragma table_info(document_rows)")}
    statements, events = _all(before, STATEMENTS), _all(before, EVENTS)
    before.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    seeds = sqlite3.connect(seeded_db)
    assert _all(conn, STATEMENTS) == statements == _all(seeds, STATEMENTS)
    assert _all(conn, EVENTS) == events == _all(seeds, EVENTS)
    assert _all(conn, RANGES) == _all(conn, RECOUNT) == _all(seeds, RANGES)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_failed_migration_leaves_every_fact(failed_migration):
    failed_migration("0046_sentences_by_range", "0047_facts_by_range", "statement_rows",
                     "select * from statement_rows order by id")


def test_a_deleted_document_takes_its_facts_and_a_replaced_one_gets_new_ranges(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    seeds = sorted((__import__("pathlib").Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    result = CliRunner().invoke(cli, ["--db", str(path), "ingest", "--force", "--jobs", "1", *map(str, seeds[:2])],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = open_db(path)
    same = "select document_id, start, stop, text, speaker_id, date from statements order by 1, 2, 3"
    assert _all(conn, same) == _all(sqlite3.connect(seeded_db), same)
    same = "select document_id, kind, status, start, stop, date from events order by 1, 4, 2"
    assert _all(conn, same) == _all(sqlite3.connect(seeded_db), same)
    assert _all(conn, RANGES) == _all(conn, RECOUNT)
    for table in ("statement_rows", "event_rows"):
        assert conn.execute(f"select count(*) from {table} where doc not in (select pk from document_rows)"
                            ).fetchone()[0] == 0
    doc, pk = conn.execute("select d.id, d.pk from document_rows d where statement_first is not null"
                           " and event_first is not null order by pk limit 1").fetchone()
    with conn:
        conn.execute("delete from documents where id = ?", (doc,))
    for table in ("statement_rows", "event_rows"):
        assert conn.execute(f"select count(*) from {table} where doc = ?", (pk,)).fetchone()[0] == 0
    assert conn.execute("select count(*) from event_entity_rows where event_id not in (select id from event_rows)"
                        ).fetchone()[0] == 0
    assert conn.execute("pragma foreign_key_check").fetchall() == []


def test_a_fact_written_through_the_views_widens_its_documents_range_and_is_listed(seeded_db, tmp_path):
    """A statement added by another program (the view's INSERT) gets the next id, past other
    documents' statements: the range takes it in, the document's listings find it, and a move to
    another document (the view's UPDATE) widens that one's."""
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    first, second = [r[0] for r in conn.execute("select id from documents order by pk limit 2")]
    n = conn.execute("select count(*) from statements where document_id = ?", (first,)).fetchone()[0]
    new = conn.execute("select max(id) + 1 from statement_rows").fetchone()[0]
    with conn:
        conn.execute("insert into statements (id, document_id, sentence_id, text, start, stop, direct, confidence)"
                     " select ?, document_id, sentence_id, 'Words written by hand.', start, stop, 0, 0.5"
                     " from statements where document_id = ? order by id limit 1", (new, first))
    assert conn.execute("select statement_last from document_rows where id = ?", (first,)).fetchone()[0] == new
    assert conn.execute("select count(*) from statements where document_id = ?", (first,)).fetchone()[0] == n + 1
    out = json.loads(CliRunner().invoke(cli, ["--db", str(path), "sources", "--json"], catch_exceptions=False).output)
    assert [r["statements"] for r in out if r["id"] == first] == [n + 1]
    with conn:
        conn.execute("update statements set document_id = ? where id = ?", (second, new))
    assert conn.execute("select count(*) from statements where document_id = ? and id = ?",
                        (second, new)).fetchone()[0] == 1
    assert _all(conn, "select count(*) from statements") == _all(conn, "select count(*) from statement_rows")
    with conn:
        conn.execute("delete from documents where id = ?", (second,))
    assert conn.execute("select count(*) from statement_rows where id = ?", (new,)).fetchone()[0] == 0
