"""Migration 0045: mention_spans clustered by entity, keyed (entity_id, doc, start), with one second
index by document, mentions_document (doc, start); the rows, the view `mentions` and the entity
counts are as they were."""
import shutil
import sqlite3

from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import open_db

MENTIONS = ("select id, document_id, sentence_id, entity_id, start, stop, text, method, confidence from mentions"
            " order by id")
COUNTS = ("select * from entity_counts order by 1", "select * from entity_forms order by 1, 2")
RECOUNT = "select entity_id, count(*), count(distinct document_id) from mentions group by entity_id order by 1"


def _all(conn, sql, args=()):
    return [tuple(r) for r in conn.execute(sql, args)]


def _indexes(conn):
    return {r[0] for r in conn.execute("select name from sqlite_master where type = 'index'"
                                       " and tbl_name = 'mention_spans'")}


def _plan(conn, sql):
    return " ".join(r[3] for r in conn.execute("explain query plan " + sql))


def test_mentions_are_clustered_by_entity_with_one_index_by_document(seeded_db):
    conn = sqlite3.connect(seeded_db)
    sql = conn.execute("select sql from sqlite_master where name = 'mention_spans'").fetchone()[0]
    assert "WITHOUT ROWID" in sql and "PRIMARY KEY (entity_id, doc, start)" in sql
    assert _indexes(conn) == set()  # since 0047 a document's entities are listed in document_entities
    # an entity's mentions off the table's own key: search's arm, show's documents, --about
    for query in ("select sentence_id as id from mentions where entity_id in (1, 2)",
                  "select sentence_id as id from mention_spans where entity_id in (1, 2)",
                  "select doc, count(*) from mention_spans where entity_id = 1 group by doc",
                  "select 1 from mention_spans where entity_id = 1 limit 1"):
        assert "USING PRIMARY KEY (entity_id=?" in _plan(conn, query), query
    # a sentence's mentions of the entities searched for: those of its document's list, then each
    # one's rows from the sentence's start to its stop (0047)
    from bellink.search import SENTENCE_MENTIONS

    plan = _plan(conn, SENTENCE_MENTIONS.format(ids="1, 2").replace("?1", "1"))
    assert "SEARCH l USING PRIMARY KEY (doc=? AND entity_id=?)" in plan, plan
    assert "PRIMARY KEY (entity_id=? AND doc=? AND start>? AND start<?)" in plan, plan


def test_a_database_from_0044_upgrades_with_every_mention_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0044_view_days_checked")
    before = sqlite3.connect(old)
    assert _indexes(before) == {"mentions_entity"}
    mentions, counts = _all(before, MENTIONS), [_all(before, sql) for sql in COUNTS]
    before.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert _indexes(conn) == set()  # since 0047
    assert _all(conn, MENTIONS) == mentions == _all(sqlite3.connect(seeded_db), MENTIONS)
    assert [_all(conn, sql) for sql in COUNTS] == counts
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_failed_migration_leaves_every_mention(failed_migration):
    failed_migration("0044_view_days_checked", "0045_mentions_by_entity", "mention_spans",
                     "select * from mention_spans order by doc, start")


def test_a_replaced_and_a_deleted_document_leave_counts_as_a_recount(seeded_db, tmp_path):
    """The writer's paths that read a document's mentions (a replaced version's, through
    mentions_document) and the row triggers (a mention moved or deleted through the view) keep
    entity_counts and entity_forms equal to a count of the rows."""
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    seeds = sorted((__import__("pathlib").Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    result = CliRunner().invoke(cli, ["--db", str(path), "ingest", "--force", "--jobs", "1", *map(str, seeds[:2])],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = open_db(path)
    same = "select document_id, start, stop, entity_id, text, method, confidence from mentions order by 1, 2"
    assert _all(conn, same) == _all(sqlite3.connect(seeded_db), same)  # the replaced ones as they were
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    forms = "select entity_id, text, count(*) from mentions group by entity_id, text order by 1, 2"
    assert _all(conn, COUNTS[1]) == _all(conn, forms)
    first, ent, doc = conn.execute("select id, entity_id, document_id from mentions order by id limit 1").fetchone()
    other = conn.execute("select id from entities where id <> ? and type = 'country' limit 1", (ent,)).fetchone()[0]
    with conn:
        conn.execute("update mentions set entity_id = ? where id = ?", (other, first))
    assert conn.execute("select entity_id from mentions where id = ?", (first,)).fetchone()[0] == other
    with conn:
        conn.execute("delete from mentions where id = ?", (first,))
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    assert _all(conn, COUNTS[1]) == _all(conn, forms)
    with conn:
        conn.execute("delete from documents where id = ?", (doc,))
    assert conn.execute("select count(*) from mention_spans m join document_rows d on d.pk = m.doc"
                        " where d.id = ?", (doc,)).fetchone()[0] == 0
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    assert _all(conn, COUNTS[1]) == _all(conn, forms)
