"""Storage layout (migration 0006): each article's text once, sentences as offsets into it,
the full-text index as external content over the `sentences` view."""
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import connect, list_migrations, migrate, open_db
from bellink.resources import resource_dir

BEFORE_0006 = max(name for name, _ in list_migrations() if name < "0006")


def _ingest(db, *paths):
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", *map(str, paths), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _fts_ok(conn):
    # FTS5 compares the index with its content (read through the view) and raises on any difference
    conn.execute("insert into sentences_fts (sentences_fts) values ('integrity-check')")


def test_sentence_text_is_a_slice_of_the_document(seeded_db):
    conn = connect(seeded_db)
    rows = conn.execute(
        "select s.text, d.text as doc, s.start, s.stop from sentences s join documents d on d.id = s.document_id"
    ).fetchall()
    assert len(rows) > 50
    assert all(r["text"] == r["doc"][r["start"]:r["stop"]] for r in rows)
    assert any("Беларусь" in r["text"] for r in rows) and any("Belarus" in r["text"] for r in rows)
    # no table but documents holds the text
    cols = {r[1] for r in conn.execute("pragma table_info(sentence_spans)")}
    assert "text" not in cols
    _fts_ok(conn)


def test_search_and_snippets_read_through_the_view(seeded):
    rows = seeded("search", "Lukashenko")
    # search goes through the entity lookup (issue 14): the Russian spelling is a hit too
    assert rows and all("Lukashenko" in r["sentence"] or "Лукашенко" in r["sentence"] for r in rows)


def test_replacing_and_deleting_documents_keeps_the_index_exact(tmp_path):
    db = tmp_path / "a.db"
    _ingest(db)
    _ingest(db, "--force")  # every document replaced: delete + insert through the triggers
    conn = connect(db)
    _fts_ok(conn)
    n = conn.execute("select count(*) from sentences_fts where sentences_fts match 'Belarus'").fetchone()[0]
    doc = conn.execute("select document_id from sentences where id in"
                       " (select rowid from sentences_fts where sentences_fts match 'Belarus') limit 1").fetchone()[0]
    in_doc = conn.execute("select count(*) from sentences_fts f join sentences s on s.id = f.rowid"
                          " where sentences_fts match 'Belarus' and s.document_id = ?", (doc,)).fetchone()[0]
    conn.execute("delete from documents where id = ?", (doc,))
    _fts_ok(conn)
    assert conn.execute("select count(*) from sentences_fts where sentences_fts match 'Belarus'").fetchone()[0] == n - in_doc
    assert conn.execute("select count(*) from sentences where document_id = ?", (doc,)).fetchone()[0] == 0
    assert conn.execute("select count(*) from sentence_spans where doc not in (select pk from documents)").fetchone()[0] == 0
    # a sentence removed on its own leaves the index too
    sid = conn.execute("select id from sentence_spans limit 1").fetchone()[0]
    conn.execute("delete from mentions where sentence_id = ?", (sid,))
    for t in ("timexes", "events", "statements"):
        conn.execute(f"delete from {t} where sentence_id = ?", (sid,))
    conn.execute("delete from sentence_spans where id = ?", (sid,))
    _fts_ok(conn)


def test_datasette_finds_the_index_and_its_search_filter_works(seeded_db):
    conn = connect(seeded_db)
    # the SQL datasette.utils.detect_fts runs for a table or view named "sentences"
    found = conn.execute(
        """select name from sqlite_master where rootpage = 0 and (
               sql like '%VIRTUAL TABLE%USING FTS%content="sentences"%'
               or sql like '%VIRTUAL TABLE%USING FTS%content=[sentences]%'
               or (tbl_name = 'sentences' and sql like '%VIRTUAL TABLE%USING FTS%'))"""
    ).fetchall()
    assert [r[0] for r in found] == ["sentences_fts"]
    # the where clause Datasette's ?_search= adds (fts_pk defaults to rowid)
    rows = conn.execute("select text from sentences where rowid in"
                        " (select rowid from sentences_fts where sentences_fts match 'Belarus')").fetchall()
    assert rows and all("Belarus" in r[0] for r in rows)


def _old_database(tmp_path):
    """A database as bellink wrote it before 0006: sentences with their own text column."""
    path = tmp_path / "old.db"
    conn = connect(path)
    migrate(conn, upto=BEFORE_0006)
    conn.execute("insert into documents (id, sha256, text, ingested_at) values"
                 " ('d1', 'h1', 'Minsk got the S-400. Москва подтвердила поставку.', 'now')")
    conn.execute("insert into sentences (document_id, idx, paragraph, start, stop, text) values"
                 " ('d1', 0, 0, 0, 20, 'Minsk got the S-400.'), ('d1', 1, 0, 21, 49, 'Москва подтвердила поставку.')")
    conn.execute("insert into entities (key, name, type, source) values ('place:minsk', 'Minsk', 'place', 'kb')")
    conn.execute("insert into mentions (document_id, sentence_id, entity_id, start, stop, text, method, confidence)"
                 " values ('d1', 1, 1, 0, 5, 'Minsk', 'kb', 1.0)")
    return path, conn


def test_existing_database_migrates_with_its_rows(tmp_path):
    path, conn = _old_database(tmp_path)
    conn.close()
    conn = open_db(path)
    assert [tuple(r) for r in conn.execute("select id, text from sentences order by idx")] == [
        (1, "Minsk got the S-400."), (2, "Москва подтвердила поставку.")]
    assert conn.execute("select rowid from sentences_fts where sentences_fts match 'поставку'").fetchone()[0] == 2
    _fts_ok(conn)
    # mentions (behind their view) belong to their document by its key, and a deleted document still
    # takes everything with it
    # (since 0047 through the document's list of its entities, document_entities, not a reference)
    fks = {r["table"] for r in conn.execute("pragma foreign_key_list(mention_spans)")}
    assert "document_rows" not in fks and "sentences" not in fks
    assert conn.execute("select count(*) from mention_spans").fetchone()[0] > 0
    conn.execute("delete from documents where id = 'd1'")
    assert conn.execute("select count(*) from mentions").fetchone()[0] == 0
    assert conn.execute("select count(*) from mention_spans").fetchone()[0] == 0
    assert conn.execute("select count(*) from document_entities").fetchone()[0] == 0
    _fts_ok(conn)


def test_a_sentence_that_is_not_a_slice_of_its_document_stops_the_migration(tmp_path):
    path, conn = _old_database(tmp_path)
    conn.execute("update sentences set text = 'something else' where idx = 1")
    with pytest.raises(sqlite3.IntegrityError):
        migrate(conn)
    # rolled back: the old table and its text are still there
    assert conn.execute("select text from sentences where idx = 1").fetchone()[0] == "something else"
    assert BEFORE_0006 == conn.execute("select max(name) from bellink_migrations").fetchone()[0]


def test_sentences_with_characters_of_every_width_come_back_whole(tmp_path):
    # 1-, 2-, 3- and 4-byte UTF-8 characters before and inside sentences: the view cuts by bytes
    art = tmp_path / "widths.txt"
    art.write_text("Café talks in Minsk — «Искандер» 🚀 arrives.\n\nЛукашенко said: “The S-400 𝔘 is here.” "
                   "Then Moscow confirmed it.\n", encoding="utf-8")
    db = tmp_path / "w.db"
    _ingest(db, art)
    conn = connect(db)
    rows = conn.execute("select s.text, d.text as doc, s.start, s.stop from sentences s"
                        " join documents d on d.id = s.document_id").fetchall()
    assert len(rows) >= 3 and all(r["text"] == r["doc"][r["start"]:r["stop"]] for r in rows)
    assert any("🚀" in r["text"] for r in rows) and any("𝔘" in r["text"] for r in rows)
    _fts_ok(conn)


def test_the_writer_indexes_each_sentence_once_and_other_writers_as_before(tmp_path):
    # migration 0024: the writer's own sentences skip the per-row index triggers (it indexes them
    # with the text); a text or a sentence written by anything else is indexed by the triggers
    db = tmp_path / "a.db"
    _ingest(db)
    conn = connect(db)
    assert conn.execute("select count(*) from store_counting").fetchone()[0] == 0
    n = conn.execute("select count(*) from sentence_spans").fetchone()[0]
    assert conn.execute("select count(*) from sentences_fts_docsize").fetchone()[0] == n
    _fts_ok(conn)
    pk, text = conn.execute("select pk, text from documents where text like '%Belarus%' limit 1").fetchone()
    with conn:  # an analyst's fix of a word, same length: offsets stay valid
        conn.execute("update documents set text = ? where pk = ?", (text.replace("Belarus", "Belarux"), pk))
    _fts_ok(conn)
    assert conn.execute("select count(*) from sentences_fts f join sentence_spans sp on sp.id = f.rowid"
                        " where sentences_fts match 'Belarux' and sp.doc = ?", (pk,)).fetchone()[0] > 0
    last = conn.execute("select id, doc, idx, paragraph, start, stop, byte_start, byte_len from sentence_spans"
                        " order by id desc limit 1").fetchone()
    with conn:  # a sentence added on its own goes into the index too
        conn.execute("insert into sentence_spans (doc, idx, paragraph, start, stop, byte_start, byte_len)"
                     " values (?, ?, ?, ?, ?, ?, ?)", (last[1], last[2] + 1, *last[3:]))
    _fts_ok(conn)
    assert conn.execute("select count(*) from sentences_fts_docsize").fetchone()[0] == n + 1
