"""Migration 0047: a document's entities listed once in document_entities (doc, entity_id), instead of
mention_spans' index by document, mentions_document (doc, start); the rows, the view `mentions`, the
entity counts and everything a document's look-ups gave are as they were."""
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import open_db

MENTIONS = ("select id, document_id, sentence_id, entity_id, start, stop, text, method, confidence from mentions"
            " order by id")
PAIRS = "select doc, entity_id from document_entities order by 1, 2"
DISTINCT = "select distinct doc, entity_id from mention_spans order by 1, 2"
COUNTS = ("select * from entity_counts order by 1", "select * from entity_forms order by 1, 2")
RECOUNT = "select entity_id, count(*), count(distinct document_id) from mentions group by entity_id order by 1"
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _all(conn, sql, args=()):
    return [tuple(r) for r in conn.execute(sql, args)]


def _plan(conn, sql):
    return " ".join(r[3] for r in conn.execute("explain query plan " + sql))


def test_the_writer_lists_each_documents_entities_once_and_mentions_have_no_index(seeded_db):
    conn = sqlite3.connect(seeded_db)
    assert conn.execute("select count(*) from sqlite_master where type = 'index' and tbl_name = 'mention_spans'"
                        ).fetchone()[0] == 0
    assert "document_rows" not in {r[2] for r in conn.execute("pragma foreign_key_list(mention_spans)")}
    pairs = _all(conn, PAIRS)
    assert len(pairs) > 50 and pairs == _all(conn, DISTINCT)
    assert len(pairs) < conn.execute("select count(*) from mention_spans").fetchone()[0]
    # a document's mentions through the view: its entities, then each one's rows by the table's key
    plan = _plan(conn, "select * from mentions where document_id = 'x'")
    assert "SEARCH de USING PRIMARY KEY (doc=?)" in plan and "SEARCH m USING PRIMARY KEY (entity_id=? AND doc=?)" in plan
    # an entity's: the table's key, then the row's pair by the list's whole key
    plan = _plan(conn, "select * from mentions where entity_id = 1")
    assert "SEARCH m USING PRIMARY KEY (entity_id=?)" in plan and "(doc=? AND entity_id=?)" in plan, plan
    # a deleted document's rows: no scan of mention_spans
    for sql in ("delete from document_rows where pk = 1",):
        assert "SCAN" not in _plan(conn, sql)


def test_a_database_from_0046_upgrades_with_every_mention_as_it_was(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0046_sentences_by_range")
    before = sqlite3.connect(old)
    assert {r[0] for r in before.execute("select name from sqlite_master where tbl_name = 'mention_spans'"
                                         " and type = 'index'")} == {"mentions_document"}
    mentions, counts = _all(before, MENTIONS), [_all(before, sql) for sql in COUNTS]
    pairs = _all(before, DISTINCT)
    before.close()
    open_db(old).close()
    conn = sqlite3.connect(old)
    assert _all(conn, MENTIONS) == mentions == _all(sqlite3.connect(seeded_db), MENTIONS)
    assert _all(conn, PAIRS) == pairs == _all(sqlite3.connect(seeded_db), PAIRS)
    assert [_all(conn, sql) for sql in COUNTS] == counts
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    # the same look-ups answered: a search's highlights and a document's reading
    for args in (["search", "Lukashenko", "--json"], ["search", "S-400", "--json"], ["search", "Лукашенко", "--json"]):
        new = CliRunner().invoke(cli, ["--db", str(old), *args], catch_exceptions=False).output
        assert new == CliRunner().invoke(cli, ["--db", str(seeded_db), *args], catch_exceptions=False).output


def test_a_failed_migration_leaves_every_mention(failed_migration):
    failed_migration("0046_sentences_by_range", "0047_document_entities", "mention_spans",
                     "select * from mention_spans order by entity_id, doc, start")


def test_the_list_follows_rows_written_by_any_program(seeded_db, tmp_path):
    """Rows written through the view or the table, moved to another entity or document, or deleted,
    keep the list equal to the distinct pairs of mention_spans; a deleted document takes its rows and
    its list; a replaced one (the writer's path) lists its entities again; the counts equal a recount."""
    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    result = CliRunner().invoke(cli, ["--db", str(path), "ingest", "--force", "--jobs", "1", *map(str, SEEDS[:2])],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = open_db(path)
    assert _all(conn, PAIRS) == _all(conn, DISTINCT)
    by_name = ("select d.id, e.key from document_entities l join document_rows d on d.pk = l.doc"
               " join entities e on e.id = l.entity_id order by 1, 2")
    assert _all(conn, by_name) == _all(sqlite3.connect(seeded_db), by_name)  # the replaced ones listed again
    doc, other_doc = [r[0] for r in conn.execute("select id from documents order by pk limit 2")]
    pk = conn.execute("select pk from document_rows where id = ?", (doc,)).fetchone()[0]
    named = {r[0] for r in conn.execute("select entity_id from document_entities where doc = ?", (pk,))}
    new_entity = conn.execute("select id from entities where id not in (select entity_id from document_entities"
                              " where doc = ?) and type = 'country' limit 1", (pk,)).fetchone()[0]
    sentence = conn.execute("select id from sentences where document_id = ? order by idx limit 1", (doc,)).fetchone()[0]
    with conn:  # a mention inserted through the view lists its entity
        conn.execute("insert into mentions (document_id, sentence_id, entity_id, start, stop, text, method, confidence)"
                     " values (?, ?, ?, 999999, 1000000, 'x', 'pattern', 0.5)", (doc, sentence, new_entity))
    assert (pk, new_entity) in _all(conn, PAIRS)
    assert _all(conn, PAIRS) == _all(conn, DISTINCT)
    with conn:  # moved to another entity through the view: the old pair goes (its only row), the new one comes
        conn.execute("update mentions set entity_id = ? where document_id = ? and start = 999999 and entity_id = ?",
                     (min(named), doc, new_entity))
    assert (pk, new_entity) not in _all(conn, PAIRS)
    assert _all(conn, PAIRS) == _all(conn, DISTINCT)
    with conn:  # an entity's every row of the document moved to another document (its words with it)
        ent = max(named)
        other_pk = conn.execute("select pk from document_rows where id = ?", (other_doc,)).fetchone()[0]
        conn.execute("update mentions set document_id = ?, start = start + 1000000, stop = stop + 1000000"
                     " where document_id = ? and entity_id = ?", (other_doc, doc, ent))
    assert (pk, ent) not in _all(conn, PAIRS) and (other_pk, ent) in _all(conn, PAIRS)
    assert _all(conn, PAIRS) == _all(conn, DISTINCT)
    with conn:  # deleted through the view, one by one
        for start, e in _all(conn, "select start, entity_id from mentions where document_id = ? and entity_id = ?",
                             (doc, min(named))):
            conn.execute("delete from mentions where document_id = ? and start = ? and entity_id = ?", (doc, start, e))
    assert (pk, min(named)) not in _all(conn, PAIRS)
    assert _all(conn, PAIRS) == _all(conn, DISTINCT)
    forms = "select entity_id, text, count(*) from mentions group by entity_id, text order by 1, 2"
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    assert _all(conn, COUNTS[1]) == _all(conn, forms)
    with conn:  # a deleted document takes its rows and its list
        conn.execute("delete from documents where id = ?", (doc,))
    assert conn.execute("select count(*) from mention_spans where doc = ?", (pk,)).fetchone()[0] == 0
    assert conn.execute("select count(*) from document_entities where doc = ?", (pk,)).fetchone()[0] == 0
    assert _all(conn, PAIRS) == _all(conn, DISTINCT)
    assert _all(conn, COUNTS[0]) == _all(conn, RECOUNT)
    assert _all(conn, COUNTS[1]) == _all(conn, forms)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
