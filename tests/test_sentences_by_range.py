"""Migration 0046: a document's sentences as the range of ids its row keeps (sentence_first,
sentence_last), in place of sentence_spans' UNIQUE (doc, idx) index; a deleted document's sentences
go by that range (documents_sentences_ad), not by ON DELETE CASCADE."""
import re
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import open_db

SENTENCES = "select id, document_id, idx, paragraph, start, stop, text from sentences order by id"
RANGES = "select id, sentence_first, sentence_last from document_rows order by pk"
# what the ranges must say: the smallest and largest id of each document's sentences
RECOUNT = ("select d.id, min(sp.id), max(sp.id) from document_rows d left join sentence_spans sp on sp.doc = d.pk"
           " group by d.pk order by d.pk")


def _all(conn, sql, args=()):
    return [tuple(r) for r in conn.execute(sql, args)]


def _plan(conn, sql):
    return " ".join(r[3] for r in conn.execute("explain query plan " + sql))


def _fts_ok(conn):
    conn.execute("insert into sentences_fts (sentences_fts, rank) values ('integrity-check', 1)")


def _seeds():
    return sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def test_sentences_have_no_second_index_and_are_found_by_their_documents_range(seeded_db):
    conn = sqlite3.connect(seeded_db)
    assert _all(conn, "select name from sqlite_master where tbl_name = 'sentence_spans' and type = 'index'") == []
    assert conn.execute("pragma foreign_key_list(sentence_spans)").fetchall() == []
    assert _all(conn, RANGES) == _all(conn, RECOUNT)
    # the writer numbers a document's sentences in their order: idx is the id past the first
    assert conn.execute("select count(*) from sentence_spans sp join document_rows d on d.pk = sp.doc"
                        " where sp.idx <> sp.id - d.sentence_first").fetchone()[0] == 0
    plan = _plan(conn, "select sp.id from document_rows d join sentence_spans sp on sp.id between d.sentence_first"
                       " and d.sentence_last and sp.doc = d.pk where d.id = 'x'")
    assert "USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in plan, plan


def test_a_database_from_0045_upgrades_with_every_sentence_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0045_mentions_by_entity")
    before = sqlite3.connect(old)
    assert "sentence_first" not in {r[1] for r in before.execute("pragma table_info(document_rows)")}
    sentences = _all(before, SENTENCES)
    before.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert _all(conn, SENTENCES) == sentences == _all(sqlite3.connect(seeded_db), SENTENCES)
    assert _all(conn, RANGES) == _all(conn, RECOUNT) == _all(sqlite3.connect(seeded_db), RANGES)
    _fts_ok(conn)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_failed_migration_leaves_every_sentence(failed_migration):
    failed_migration("0045_mentions_by_entity", "0046_sentences_by_range", "sentence_spans",
                     "select * from sentence_spans order by id")


def test_a_replaced_and_a_deleted_document_take_their_sentences_and_index_entries(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    result = CliRunner().invoke(cli, ["--db", str(path), "ingest", "--force", "--jobs", "1", *map(str, _seeds()[:2])],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = open_db(path)
    # the replaced documents' sentences under new ids, the same words; no sentence without its document
    same = "select document_id, idx, start, stop, text from sentences order by 1, 2"
    assert _all(conn, same) == _all(sqlite3.connect(seeded_db), same)
    assert _all(conn, RANGES) == _all(conn, RECOUNT)
    assert conn.execute("select count(*) from sentence_spans where doc not in (select pk from document_rows)"
                        ).fetchone()[0] == 0
    _fts_ok(conn)
    doc, pk, n = conn.execute("select d.id, d.pk, count(*) from document_rows d join sentence_spans sp on sp.doc = d.pk"
                              " group by d.pk order by d.pk limit 1").fetchone()
    total = conn.execute("select count(*) from sentence_spans").fetchone()[0]
    with conn:
        conn.execute("delete from documents where id = ?", (doc,))
    assert conn.execute("select count(*) from sentence_spans where doc = ?", (pk,)).fetchone()[0] == 0
    assert conn.execute("select count(*) from sentence_spans").fetchone()[0] == total - n
    _fts_ok(conn)
    # a search for a word of the deleted document finds what the others say only
    assert conn.execute("select count(*) from sentences_fts f where sentences_fts match 'belarus'"
                        " and rowid not in (select id from sentence_spans)").fetchone()[0] == 0


def test_a_sentence_written_by_hand_widens_its_documents_range_and_is_read(seeded_db, tmp_path):
    """Rows written by another program, in any order of ids: the range takes them in, and the
    listings that count or read a document's sentences find them."""
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    pk, doc, last, stop = conn.execute(
        "select d.pk, d.id, d.sentence_last, (select max(stop) from sentence_spans where doc = d.pk)"
        " from document_rows d order by d.pk limit 1").fetchone()
    far = conn.execute("select max(id) + 100 from sentence_spans").fetchone()[0]
    n = conn.execute("select count(*) from sentence_spans where doc = ?", (pk,)).fetchone()[0]
    with conn:
        conn.execute("insert into sentence_spans (id, doc, idx, paragraph, start, stop, byte_start, byte_len)"
                     " select ?, doc, ?, paragraph, start, stop, byte_start, byte_len from sentence_spans where id = ?",
                     (far, n, last))
    assert conn.execute("select sentence_last from document_rows where pk = ?", (pk,)).fetchone()[0] == far
    _fts_ok(conn)
    runner = CliRunner()
    import json

    out = json.loads(runner.invoke(cli, ["--db", str(path), "sources", "--json"], catch_exceptions=False).output)
    assert [r["sentences"] for r in out if r["id"] == doc] == [n + 1]
    with conn:
        conn.execute("delete from documents where id = ?", (doc,))
    assert conn.execute("select count(*) from sentence_spans where doc = ?", (pk,)).fetchone()[0] == 0
    _fts_ok(conn)


def test_a_documents_new_text_reindexes_its_sentences(seeded_db, tmp_path):
    """documents_iu (the view's UPDATE) takes the old words out of the full-text index and puts the
    new ones in, for the sentences of the document's range."""
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    doc, text = conn.execute("select id, text from documents order by pk limit 1").fetchone()
    new = re.sub(r"\bBelarus\b", "Belarvs", text)
    assert new != text
    with conn:
        conn.execute("update documents set text = ? where id = ?", (new, doc))
    _fts_ok(conn)
    hits = conn.execute("select count(*) from sentences_fts where sentences_fts match 'belarvs'").fetchone()[0]
    assert hits == sum(1 for (t,) in conn.execute("select text from sentences where document_id = ?", (doc,))
                       if re.search(r"\bBelarvs\b", t)) > 0
