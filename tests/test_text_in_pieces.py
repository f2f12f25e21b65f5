"""Migration 0036: the documents' text as 512-byte pieces of its UTF-8 in `document_text`, behind the
view `documents`; every view that cuts words out of the text cuts them from the pieces."""
import sqlite3

import pytest
from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import TEXT_KEY, TEXT_PIECE, connect, open_db, text_pieces

EVERY_ROW = ("select * from documents order by pk", "select * from sentences order by id",
             "select * from statements order by id", "select * from mentions order by id",
             "select * from timexes order by id", "select * from events order by id",
             "select * from entity_forms order by 1, 2", "select * from entity_counts order by 1")


def _all(conn, sql):
    return [tuple(r) for r in conn.execute(sql)]


def _fts_ok(conn):
    conn.execute("insert into sentences_fts (sentences_fts, rank) values ('integrity-check', 1)")


def _pieces_match_texts(conn):
    for pk, text in conn.execute("select pk, text from documents"):
        rows = conn.execute("select key, piece from document_text where key between ? and ? order by key",
                            (pk * TEXT_KEY, pk * TEXT_KEY + TEXT_KEY - 1)).fetchall()
        assert [(k, bytes(p)) for k, p in rows] == text_pieces(pk, text)
    # no piece of a document that is gone
    assert conn.execute("select count(*) from document_text where key / 4294967296 not in"
                        " (select pk from document_rows)").fetchone()[0] == 0


def test_texts_are_pieces_of_512_bytes_and_every_view_cuts_the_same_words(seeded_db):
    conn = sqlite3.connect(seeded_db)
    assert "text" not in {r[1] for r in conn.execute("pragma table_info(document_rows)")}
    _pieces_match_texts(conn)
    assert conn.execute("select max(length(piece)) from document_text").fetchone()[0] == TEXT_PIECE
    texts = dict(conn.execute("select id, text from documents"))
    assert any(len(t.encode()) > 3 * TEXT_PIECE and len(t.encode()) != len(t) for t in texts.values())  # Russian
    for doc, start, stop, words in conn.execute("select document_id, start, stop, text from sentences"):
        assert words == texts[doc][start:stop]
    for doc, start, stop, words in conn.execute("select document_id, start, stop, text from mentions"):
        assert words == texts[doc][start:stop]
    n = 0
    for doc, start, stop, words, own in conn.execute(
            "select st.document_id, st.start, st.stop, st.text, r.text from statements st"
            " join statement_rows r on r.id = st.id"):
        if own is None:
            assert words == texts[doc][start:stop]
            n += 1
    assert n > 10
    # a sentence is read from its own pieces: a range of keys, no scan
    plan = " ".join(r[3] for r in conn.execute("explain query plan select text from sentences where id = 5"))
    assert "SEARCH tp USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in plan, plan


def test_a_database_from_0035_upgrades_with_every_text_and_row_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0035_mentions_entity_sentence")
    assert "text" in {r[1] for r in sqlite3.connect(old).execute("pragma table_info(documents)")}
    open_db(old).close()
    conn = sqlite3.connect(old)
    for sql in EVERY_ROW:
        assert _all(conn, sql) == _all(sqlite3.connect(seeded_db), sql), sql
    _pieces_match_texts(conn)
    _fts_ok(conn)
    # every row of a fact still belongs to its document, by the same key
    # (a sentence by its document's range of ids since 0046, the others by reference)
    assert {r[2] for r in conn.execute("pragma foreign_key_list(statement_rows)")} >= {"document_rows"}
    assert conn.execute("select count(*) from sentence_spans sp join document_rows d on d.pk = sp.doc"
                        " where sp.id between d.sentence_first and d.sentence_last").fetchone()[0] \
        == conn.execute("select count(*) from sentence_spans").fetchone()[0]
    conn.execute("pragma foreign_keys = on")
    conn.execute("delete from documents where id = (select id from documents order by pk limit 1)")
    _fts_ok(conn)
    _pieces_match_texts(conn)


def test_a_migration_that_fails_leaves_the_documents_and_their_text(failed_migration):
    """0036 runs in one transaction with the row that records it, its Python step too: a failure at
    its end leaves the table `documents` with its text, as it was."""
    failed_migration("0035_mentions_entity_sentence", "0036_text_in_pieces", "document_text",
                     "select * from documents order by pk")


@pytest.mark.parametrize("text", [
    "Minsk got the S-400. " * 60,                                   # ASCII, pieces end between words
    "Москва подтвердила поставку С-400. " * 40,                     # two bytes a letter: a piece ends inside one
    "“Quoted” — said Khrenin; 🚀 " + "Минск ждёт «Искандер». " * 50,  # three- and four-byte characters
])
def test_a_text_written_through_the_view_is_split_indexed_and_replaced(tmp_path, text):
    conn = open_db(tmp_path / "a.db")
    conn.execute("insert into documents (id, sha256, text, ingested_at) values ('d1', 'x', ?, 'now')", (text,))
    pk = conn.execute("select pk from documents where id = 'd1'").fetchone()[0]
    assert conn.execute("select text from documents where id = 'd1'").fetchone()[0] == text
    _pieces_match_texts(conn)
    # two sentences: the first 30 characters and the last 40
    spans = [(0, 30), (len(text) - 40, len(text))]
    for i, (a, b) in enumerate(spans):
        conn.execute("insert into sentence_spans (doc, idx, paragraph, start, stop, byte_start, byte_len)"
                     " values (?, ?, 0, ?, ?, ?, ?)",
                     (pk, i, a, b, len(text[:a].encode()), len(text[a:b].encode())))
    assert [r[0] for r in conn.execute("select text from sentences order by idx")] == [text[a:b] for a, b in spans]
    _fts_ok(conn)
    new = text.replace("S-400", "S-500").replace("С-400", "С-500").replace("Искандер", "Орешник")
    conn.execute("update documents set text = ?, title = 'T' where id = 'd1'", (new,))
    assert tuple(conn.execute("select title, text from documents").fetchone()) == ("T", new)
    _pieces_match_texts(conn)
    _fts_ok(conn)
    assert [r[0] for r in conn.execute("select text from sentences order by idx")] == [new[a:b] for a, b in spans]
    conn.execute("delete from documents where id = 'd1'")
    assert conn.execute("select count(*) from document_text").fetchone()[0] == 0
    assert conn.execute("select count(*) from sentence_spans").fetchone()[0] == 0
    _fts_ok(conn)


def test_replacing_documents_leaves_no_piece_of_the_old_text(tmp_path):
    db = tmp_path / "a.db"
    runner = CliRunner()
    for extra in ([], ["--force"]):
        result = runner.invoke(cli, ["--db", str(db), "ingest", *extra], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    _pieces_match_texts(conn)
    _fts_ok(conn)


def test_pieces_fill_their_pages(tmp_path):
    """Issue 15: 2-3 KB articles each took a 4 KB page of their own as rows of `documents`; as
    pieces they fill their pages (the text's bytes and a little more, not half as much again)."""
    conn = open_db(tmp_path / "a.db")
    texts = [f"Article {i}: " + "Belarus received the S-400 systems from Russia. " * (45 + i % 20) for i in range(120)]
    for i, t in enumerate(texts):
        conn.execute("insert into documents (id, sha256, text, ingested_at) values (?, 'x', ?, 'now')", (f"d{i}", t))
    used = conn.execute("select sum(pgsize) from dbstat where name = 'document_text'").fetchone()[0]
    size = sum(len(t.encode()) for t in texts)
    assert size > 120 * 2100 and used < 1.12 * size
