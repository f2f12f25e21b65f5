"""Migration 0033: timex_spans clustered on (doc, start, id) without its document index, and a time
expression's method, kind and precision as one code that the view `timexes` turns back into words."""
import sqlite3

import pytest

from bellink.dates import TIMEX_KINDS, TIMEX_METHODS, TIMEX_PRECISIONS, timex_code
from bellink.db import open_db

EVERY_TIMEX = "select * from timexes order by id"


def test_a_database_from_0032_upgrades_with_every_time_expression_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0032_mentions_by_document")
    conn = sqlite3.connect(old)
    assert conn.execute("select count(*) from sqlite_master where name = 'timexes_document'").fetchone()[0] == 1
    conn.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert conn.execute("select count(*) from sqlite_master where type = 'index' and tbl_name = 'timex_spans'"
                        ).fetchone()[0] == 0
    assert conn.execute(EVERY_TIMEX).fetchall() == sqlite3.connect(seeded_db).execute(EVERY_TIMEX).fetchall()
    coded, total = conn.execute("select count(code), count(*) from timex_spans").fetchone()
    assert total > 10 and coded == total
    assert conn.execute("select count(*) from timex_spans where code is not null and"
                        " coalesce(method, kind, precision) is not null").fetchone()[0] == 0


def test_the_codes_are_distinct_small_and_the_view_decodes_each(tmp_path):
    combos = [(m, k, p) for m in TIMEX_METHODS for k in TIMEX_KINDS for p in TIMEX_PRECISIONS]
    codes = [timex_code(*c) for c in combos]
    assert len(set(codes)) == len(combos) and max(codes) < 64
    conn = open_db(tmp_path / "kb.db")
    conn.execute("insert into documents (id, sha256, text, ingested_at) values ('d1', 'x', 'Some text.', 'now')")
    conn.execute("insert into sentence_spans (id, doc, idx, paragraph, start, stop, byte_start, byte_len)"
                 " values (1, 1, 0, 0, 0, 10, 0, 10)")
    # through the view: what has a code is coded (as the writer codes it), anything else stays words
    rows = combos + [("manifest", "date", "day"), ("explicit", "period", "year"), ("relative", "date", None)]
    with conn:
        for i, (m, k, p) in enumerate(rows):
            conn.execute("insert into timexes (document_id, sentence_id, start, stop, text, value, precision, method,"
                         " kind) values ('d1', 1, ?, ?, 'Some', '2020', ?, ?, ?)", (i, i + 4, p, m, k))
    got = [tuple(r) for r in conn.execute("select method, kind, precision from timexes order by start")]
    assert got == rows
    stored = [tuple(r) for r in conn.execute("select code, method from timex_spans order by start")]
    assert stored == [(timex_code(*r), None if timex_code(*r) is not None else r[0]) for r in rows]
    ids = [r[0] for r in conn.execute("select id from timexes order by start")]
    assert ids == list(range(1, len(rows) + 1))
    # an update through the view codes again; a delete finds the row by its key
    with conn:
        conn.execute("update timexes set method = 'manifest' where id = 1")
        conn.execute("delete from timexes where id = 2")
    assert tuple(conn.execute("select code, method, kind, precision from timex_spans where id = 1").fetchone()) \
        == (None, "manifest", "date", "day")
    assert conn.execute("select count(*) from timexes").fetchone()[0] == len(rows) - 1


def test_a_time_expression_needs_a_method_and_a_kind_or_a_code(tmp_path):
    conn = open_db(tmp_path / "kb.db")
    conn.execute("insert into documents (id, sha256, text, ingested_at) values ('d1', 'x', 'Some text.', 'now')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("insert into timex_spans (id, doc, sentence_id, start, stop, text, value)"
                     " values (1, 1, 1, 0, 4, 'Some', '2020')")
