"""Migration 0037: a knowledge-base mention stores its method as '' and the view `mentions` gives
'kb' back; the other methods are stored as they are."""
import sqlite3

import pytest

from bellink.db import open_db

EVERY_MENTION = "select * from mentions order by document_id, start, id"


def _all(conn, sql):
    return conn.execute(sql).fetchall()


def test_a_fresh_database_keeps_no_kb_word_and_the_view_gives_it_back(seeded_db):
    conn = sqlite3.connect(seeded_db)
    stored = dict(_all(conn, "select method, count(*) from mention_spans group by method"))
    assert "kb" not in stored and stored[""] > 0
    shown = dict(_all(conn, "select method, count(*) from mentions group by method"))
    assert "" not in shown and shown["kb"] == stored[""]
    assert {m: n for m, n in shown.items() if m != "kb"} == {m: n for m, n in stored.items() if m != ""}


def test_a_database_from_0036_upgrades_with_every_mention_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0036_text_in_pieces")
    conn = sqlite3.connect(old)
    with conn:  # as 0036's writer stored them
        conn.execute("update mention_spans set method = 'kb' where method = ''")
    assert _all(conn, "select count(*) from mention_spans where method = 'kb'")[0][0] > 0
    conn.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert _all(conn, "select count(*) from mention_spans where method = 'kb'")[0][0] == 0
    assert _all(conn, EVERY_MENTION) == _all(sqlite3.connect(seeded_db), EVERY_MENTION)


def test_a_failed_migration_leaves_the_words(failed_migration):
    failed_migration("0036_text_in_pieces", "0037_mention_method_once", "mention_spans",
                     "select * from mention_spans order by doc, start, id",
                     prepare=lambda conn: conn.execute("update mention_spans set method = 'kb' where method = ''"))


@pytest.mark.parametrize("method, stored", [("kb", ""), ("pattern", "pattern"), ("coref", "coref")])
def test_the_view_takes_a_method_and_gives_it_back(seeded_db, tmp_path, method, stored):
    path = tmp_path / "kb.db"
    path.write_bytes(seeded_db.read_bytes())
    conn = open_db(path)
    doc, sid, ent = conn.execute("select document_id, sentence_id, entity_id from mentions order by id limit 1").fetchone()
    with conn:
        conn.execute("insert into mentions (document_id, sentence_id, entity_id, start, stop, text, method,"
                     " confidence) values (?, ?, ?, 1000000, 1000001, 'X', ?, 0.5)", (doc, sid, ent, method))
    new = conn.execute("select id from mentions where text = 'X'").fetchone()[0]
    assert conn.execute("select method from mentions where id = ?", (new,)).fetchone()[0] == method
    assert conn.execute("select method from mention_spans where text = 'X'").fetchone()[0] == stored
    with conn:
        conn.execute("update mentions set method = 'kb' where id = ?", (new,))
    assert conn.execute("select method from mention_spans where text = 'X'").fetchone()[0] == ""
    assert conn.execute("select method from mentions where id = ?", (new,)).fetchone()[0] == "kb"
