"""Migration 0040: a mention keeps no id of its own; mention_spans is keyed by (doc, start, entity_id)
and the view `mentions` gives an id computed from the key, in the order the stored ids had."""
import shutil
import sqlite3

import pytest

from bellink.db import open_db

MENTIONS = ("select document_id, sentence_id, entity_id, start, stop, text, method, confidence from mentions"
            " order by id")
COUNTS = ("select * from entity_counts order by 1", "select * from entity_forms order by 1, 2")
RECOUNT = ("select entity_id, count(*), count(distinct document_id) from mentions group by entity_id order by 1")


def _all(conn, sql, args=()):
    return [tuple(r) for r in conn.execute(sql, args)]


def test_a_fresh_database_keys_mentions_by_document_and_start(seeded_db):
    conn = sqlite3.connect(seeded_db)
    cols = [r[1] for r in conn.execute("pragma table_info(mention_spans)")]
    assert "id" not in cols
    total, keys = conn.execute("select count(*), count(distinct (doc << 32) + start) from mention_spans").fetchone()
    assert total > 100 and total == keys  # mentions never overlap: one per start
    # an entity's sentences off the table's key (entity_id, doc, start) since 0045
    plan = " ".join(r[3] for r in conn.execute(
        "explain query plan select sentence_id as id from mentions where entity_id in (1, 2)"))
    assert "PRIMARY KEY (entity_id=?)" in plan, plan


def test_a_database_from_0039_upgrades_with_every_mention_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0039_fact_keys")
    before = sqlite3.connect(old)
    assert "id" in [r[1] for r in before.execute("pragma table_info(mention_spans)")]
    mentions, counts = _all(before, MENTIONS), [_all(before, sql) for sql in COUNTS]
    before.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert _all(conn, MENTIONS) == mentions == _all(sqlite3.connect(seeded_db), MENTIONS)
    assert [_all(conn, sql) for sql in COUNTS] == counts
    assert conn.execute("pragma foreign_key_check").fetchall() == []


def test_a_mention_stored_twice_before_0040_is_kept_once(seeded_db, tmp_path, old_database):
    """Up to 0039 a program could insert a copy of a mention through the view; the new key
    (document, start, entity) refuses it, so the migration keeps the first row, as the writer
    does, and counts the entity's mentions again, instead of failing on every later command."""
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0039_fact_keys")
    conn = sqlite3.connect(old)
    fields = "document_id, sentence_id, entity_id, start, stop, text, method, confidence"
    row = conn.execute(f"select {fields} from mentions order by id limit 1").fetchone()
    mentions = _all(conn, MENTIONS)
    with conn:
        conn.execute(f"insert into mentions ({fields}) values ({', '.join('?' * len(row))})", row)
    assert len(_all(conn, MENTIONS)) == len(mentions) + 1
    conn.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert _all(conn, MENTIONS) == mentions
    assert _all(conn, "select * from entity_counts order by 1") == _all(conn, RECOUNT)


def test_a_failed_migration_leaves_every_mention(failed_migration):
    failed_migration("0039_fact_keys", "0040_mentions_keyed_by_start", "mention_spans",
                     "select * from mention_spans order by doc, start")


def test_the_view_finds_a_mention_by_its_id_to_move_or_delete_it(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    first, ent, doc = conn.execute("select id, entity_id, document_id from mentions order by id limit 1").fetchone()
    other = conn.execute("select id from entities where id <> ? and type = 'country' limit 1", (ent,)).fetchone()[0]
    with conn:
        conn.execute("update mentions set entity_id = ? where id = ?", (other, first))
    assert conn.execute("select entity_id from mentions where id = ?", (first,)).fetchone()[0] == other
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    # the same entity found again elsewhere in the document: its document counted once
    with conn:
        conn.execute("update mentions set entity_id = ? where id = (select min(id) from mentions where id > ?"
                     " and document_id = ?)", (other, first, doc))
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    with conn:
        conn.execute("delete from mentions where id = ?", (first,))
    assert conn.execute("select count(*) from mentions where id = ?", (first,)).fetchone()[0] == 0
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
