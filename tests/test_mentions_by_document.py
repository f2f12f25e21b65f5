"""Migration 0032: mention_spans clustered on (doc, start, id), WITHOUT ROWID, with no second index
on the document; ids are given by the writer and the view, and stay unique."""
import shutil
import sqlite3

from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import list_migrations, open_db, connect

EVERY_MENTION = "select * from mentions order by id"
STORED_FORMS = "select entity_id, text, mentions from entity_forms order by 1, 2"
STORED_COUNTS = "select * from entity_counts order by 1"


def _all(conn, sql):
    return [tuple(r) for r in conn.execute(sql)]


def _indexes(conn):
    return {r[0] for r in conn.execute("select name from sqlite_master where type = 'index'"
                                       " and tbl_name = 'mention_spans'")}


def test_mentions_are_clustered_by_document_with_one_index(seeded_db):
    conn = sqlite3.connect(seeded_db)
    sql = conn.execute("select sql from sqlite_master where name = 'mention_spans'").fetchone()[0]
    assert "WITHOUT ROWID" in sql and "PRIMARY KEY (entity_id, doc, start)" in sql  # by entity since 0045
    assert _indexes(conn) == set()  # a document's entities listed in document_entities since 0047
    total, distinct = conn.execute("select count(*), count(distinct (doc << 32) + start) from mention_spans").fetchone()
    assert total > 100 and total == distinct
    # a document's mentions are read off mentions_document, an entity's off the table's own key (0045)
    for sql, uses in (("select * from mentions where document_id = 'x'", "SEARCH de USING PRIMARY KEY (doc=?)"),
                      ("select doc, count(*) from mention_spans where entity_id = 1 group by doc",
                       "PRIMARY KEY (entity_id=?)"),
                     # search's arm for an entity: the sentences that mention it, off the key alone
                     ("select sentence_id as id from mentions where entity_id in (1, 2)",
                      "PRIMARY KEY (entity_id=?)")):
        plan = " ".join(r[3] for r in conn.execute("explain query plan " + sql))
        assert uses in plan, plan


def test_a_database_from_0031_upgrades_with_every_mention_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0031_date_method_codes")
    conn = sqlite3.connect(old)
    assert "mentions_document" in _indexes(conn)
    conn.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert _indexes(conn) == set()  # since 0047
    for sql in (EVERY_MENTION, STORED_FORMS, STORED_COUNTS):
        assert _all(conn, sql) == _all(sqlite3.connect(seeded_db), sql), sql


def test_a_migration_that_fails_leaves_the_rowid_table_and_its_rows(failed_migration):
    """0032 rebuilds the table in one transaction with the row that records it: if anything fails
    before the commit (here a statement added at its end), the database is as it was."""
    failed_migration("0031_date_method_codes", "0032_mentions_by_document", "mention_spans", EVERY_MENTION)


def test_ids_stay_unique_through_new_replaced_and_view_inserted_mentions(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    seeds = sorted((__import__("pathlib").Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    runner = CliRunner()
    # every seed again with --force: each document's mentions are deleted and written anew
    result = runner.invoke(cli, ["--db", str(path), "ingest", "--force", "--jobs", "1", *map(str, seeds[:2])],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = open_db(path)
    total, distinct = conn.execute("select count(*), count(distinct id) from mentions").fetchone()
    assert total == distinct
    # a mention given through the view is keyed by its document and start (0040), and counted
    doc, sid, ent = conn.execute("select document_id, sentence_id, entity_id from mentions order by id limit 1").fetchone()
    with conn:
        conn.execute("insert into mentions (document_id, sentence_id, entity_id, start, stop, text, method,"
                     " confidence) values (?, ?, ?, 1000000, 1000001, 'X', 'kb', 0.5)", (doc, sid, ent))
    new = conn.execute("select id from mentions where text = 'X'").fetchone()[0]
    pk = conn.execute("select pk from document_rows where id = ?", (doc,)).fetchone()[0]
    assert new == (pk << 32) + 1000000
    assert tuple(conn.execute("select count(*), count(distinct id) from mentions").fetchone()) == (total + 1, total + 1)
    # and finds it again by its key to change or delete it
    with conn:
        conn.execute("update mentions set confidence = 0.25 where id = ?", (new,))
    assert conn.execute("select confidence from mentions where id = ?", (new,)).fetchone()[0] == 0.25
    with conn:
        conn.execute("delete from mentions where id = ?", (new,))
    assert conn.execute("select count(*) from mention_spans").fetchone()[0] == total
    assert _all(conn, STORED_FORMS) == _all(conn, "select entity_id, text, count(*) from mentions"
                                                  " group by entity_id, text order by 1, 2")
