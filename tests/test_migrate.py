"""The schema comes only from migrations; blank, re-opened and old databases."""
import sqlite3

import pytest
import sqlite_utils

from bellink.db import DatabaseError, list_migrations, migrate, open_db, connect


def test_blank_database_gets_every_table_with_exact_columns(tmp_path):
    conn = open_db(tmp_path / "a.db")
    db = sqlite_utils.Database(conn)
    assert list(db["documents"].columns_dict) == [
        "id", "path", "sha256", "title", "lang", "lang_source", "outlet", "outlet_source", "published",
        "published_precision", "published_source", "encoding", "text", "boilerplate", "extractor_version",
        "ingested_at", "pk",
    ]
    # the table behind `documents` keeps the rest of the row; the text is in pieces (0036)
    assert "documents" in db.view_names()
    assert "text" not in db["document_rows"].columns_dict and "pk" in db["document_rows"].columns_dict
    assert list(db["document_text"].columns_dict) == ["key", "piece"]
    assert list(db["sentence_spans"].columns_dict) == ["id", "doc", "idx", "paragraph", "start", "stop", "byte_start", "byte_len"]
    # the view gives back each sentence's text (and a rowid for Datasette's search)
    assert list(db["sentences"].columns_dict) == [
        "id", "document_id", "idx", "paragraph", "start", "stop", "text", "rowid"]
    assert list(db["mentions"].columns_dict) == [
        "id", "document_id", "sentence_id", "entity_id", "start", "stop", "text", "method", "confidence"]
    assert list(db["event_entities"].columns_dict) == ["event_id", "role", "entity_id"]
    # each document's entities, listed once: its look-ups of mention_spans (0047)
    assert list(db["document_entities"].columns_dict) == ["doc", "entity_id"]
    for table in ("entities", "aliases", "roles", "timexes", "statements", "events", "languages",
                  "precisions", "value_sources", "entity_types", "event_kinds", "statuses", "meta"):
        assert db[table].exists(), table
    assert "sentences_fts" in db.table_names()
    assert "deliveries" in db.view_names()
    # the rows behind the views (0017) carry the document's integer key
    for view, table in (("mentions", "mention_spans"), ("timexes", "timex_spans"), ("statements", "statement_rows"),
                        ("events", "event_rows")):
        assert view in db.view_names() and "document_id" in db[view].columns_dict
        assert "doc" in db[table].columns_dict and "document_id" not in db[table].columns_dict
    # foreign keys are declared, so datasette can link rows
    fks = {(fk.column, fk.other_table) for fk in db["statement_rows"].foreign_keys}
    assert ("speaker_id", "entities") in fks and ("doc", "document_rows") in fks
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert conn.execute("pragma foreign_keys").fetchone()[0] == 1


def test_reopen_changes_nothing(tmp_path):
    path = tmp_path / "a.db"
    open_db(path).close()
    conn = connect(path)
    before = conn.execute("select name, sql from sqlite_master order by name").fetchall()
    assert migrate(conn) == []
    after = conn.execute("select name, sql from sqlite_master order by name").fetchall()
    assert before == after


def test_old_database_upgrades_in_place(tmp_path):
    path = tmp_path / "old.db"
    first = list_migrations()[0][0]
    conn = connect(path)
    migrate(conn, upto=first)
    conn.execute("insert into documents (id, sha256, text, ingested_at) values ('x', 'h', 'kept text', 'now')")
    conn.close()
    conn = open_db(path)
    names = [r[0] for r in conn.execute("select name from bellink_migrations order by name")]
    assert names == [name for name, _ in list_migrations()]
    assert conn.execute("select text from documents where id = 'x'").fetchone()[0] == "kept text"
    assert conn.execute("select count(*) from entities").fetchone()[0] == 0


def test_failed_migration_leaves_previous_state(tmp_path, monkeypatch):
    import bellink.db as dbmod

    bad = tmp_path / "migrations"
    bad.mkdir()
    good = list_migrations()[0][1]
    (bad / good.name).write_text(good.read_text())
    (bad / "9999_broken.sql").write_text("create table ok_table (x);\ncreate table broken (;\n")
    monkeypatch.setattr(dbmod, "list_migrations", lambda: [(f.stem, f) for f in sorted(bad.glob("*.sql"))])
    conn = connect(tmp_path / "b.db")
    with pytest.raises(sqlite3.DatabaseError):
        migrate(conn)
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    assert "documents" in tables and "ok_table" not in tables
    assert [r[0] for r in conn.execute("select name from bellink_migrations")] == [good.stem]


def test_not_a_database_is_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"just some text, not sqlite\n" * 10)
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        open_db(path)
    assert path.read_bytes() == b"just some text, not sqlite\n" * 10


def test_foreign_sqlite_database_is_not_upgraded(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table cats (name text)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a bellink one"):
        open_db(path)
    assert path.read_bytes() == before
