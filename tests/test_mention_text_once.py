"""Migration 0027: a mention's words are the document's text between its offsets, so the row leaves
them out ('') and the view `mentions` cuts them from the text; entity_forms still counts each form."""
import shutil
import sqlite3

from bellink.db import open_db

FORMS = "select entity_id, text, count(*) from mentions group by entity_id, text order by 1, 2"
STORED_FORMS = "select entity_id, text, mentions from entity_forms order by 1, 2"


def test_the_words_come_from_the_text_and_are_stored_nowhere_else(seeded_db):
    conn = sqlite3.connect(seeded_db)
    left_out, total = conn.execute("select sum(text = ''), count(*) from mention_spans").fetchone()
    assert total > 100 and left_out > total * 0.9
    rows = conn.execute("select m.text, substr(d.text, m.start + 1, m.stop - m.start) from mentions m"
                        " join documents d on d.id = m.document_id").fetchall()
    assert all(words == cut and words for words, cut in rows)


def test_a_database_from_0026_upgrades_with_every_mention_and_form_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0026_confidence_hundredths")
    conn = sqlite3.connect(old)
    assert conn.execute("select count(*) from mention_spans where text = ''").fetchone()[0] == 0
    conn.close()
    open_db(old).close()
    for sql in ("select * from mentions order by id", STORED_FORMS):
        want = sqlite3.connect(seeded_db).execute(sql).fetchall()
        assert sqlite3.connect(old).execute(sql).fetchall() == want, sql
    assert sqlite3.connect(old).execute("select count(*) from mention_spans where text = ''").fetchone()[0] > 100


def _all(conn, sql):
    return [tuple(r) for r in conn.execute(sql)]


def test_forms_follow_a_mention_deleted_or_moved_and_a_document_forgotten(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    assert _all(conn, STORED_FORMS) == _all(conn, FORMS)
    one = conn.execute("select (doc << 32) + start from mention_spans where text = '' order by doc, start"
                       " limit 1").fetchone()[0]  # the view's id (0040)
    with conn:
        conn.execute("delete from mentions where id = ?", (one,))
    assert _all(conn, STORED_FORMS) == _all(conn, FORMS)
    # straight in the table: another entity, the words still left out
    m = conn.execute("select start, entity_id, doc from mention_spans where text = '' order by doc desc, start desc"
                     " limit 1").fetchone()
    other = conn.execute("select id from entities where id <> ? and type = 'country' limit 1", (m[1],)).fetchone()[0]
    with conn:
        conn.execute("update mention_spans set entity_id = ? where doc = ? and start = ?", (other, m[2], m[0]))
    assert _all(conn, STORED_FORMS) == _all(conn, FORMS)
    doc = conn.execute("select id from documents order by id limit 1").fetchone()[0]
    with conn:
        conn.execute("delete from documents where id = ?", (doc,))
    assert _all(conn, STORED_FORMS) == _all(conn, FORMS)


def test_a_time_expression_s_words_come_from_the_text_too(seeded_db, tmp_path, old_database):
    # migration 0028: the same for time expressions
    conn = sqlite3.connect(seeded_db)
    left_out, total = conn.execute("select sum(text = ''), count(*) from timex_spans").fetchone()
    assert total > 20 and left_out > total * 0.9
    rows = conn.execute("select t.text, substr(d.text, t.start + 1, t.stop - t.start) from timexes t"
                        " join documents d on d.id = t.document_id").fetchall()
    assert all(words == cut and words for words, cut in rows)
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0027_mention_text_once")
    assert sqlite3.connect(old).execute("select count(*) from timex_spans where text = ''").fetchone()[0] == 0
    open_db(old).close()
    want = conn.execute("select * from timexes order by id").fetchall()
    assert sqlite3.connect(old).execute("select * from timexes order by id").fetchall() == want
    assert sqlite3.connect(old).execute("select count(*) from timex_spans where text = ''").fetchone()[0] > 20
