"""Migration 0017 (integer document keys, statements cut from the stored text, WITHOUT ROWID link
tables): a database written before it upgrades in place with every row and every answer unchanged."""
import json
import sqlite3

from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import open_db

VIEWS = ("documents", "sentences", "mentions", "timexes", "statements", "events", "event_entities", "entities",
         "aliases", "roles", "entity_counts", "entity_forms", "deliveries")
QUERIES = (["statements"], ["deliveries"], ["timeline"], ["entities"], ["sources"], ["deliveries", "--lifecycle"],
           ["who-said", "Lukashenko"], ["search", "Belarus"], ["search", "поставки"])


def _rows(path, table):
    conn = sqlite3.connect(path)
    try:
        cols = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if r[1] not in ("pk",)]
        return sorted(conn.execute(f"select {', '.join(cols)} from [{table}]").fetchall(), key=repr)
    finally:
        conn.close()


def _answers(path):
    runner = CliRunner()
    out = {}
    for q in QUERIES:
        result = runner.invoke(cli, ["--db", str(path), *q, "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out[" ".join(q)] = json.loads(result.output)
    return out


def test_a_database_from_before_0017_upgrades_with_the_same_rows_and_answers(seeded_db, tmp_path, old_database):
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0016_denials")
    conn = sqlite3.connect(old)
    assert conn.execute("select count(*) from statements where text is not null").fetchone()[0] > 20
    assert conn.execute("select type from sqlite_master where name = 'statements'").fetchone()[0] == "table"
    conn.close()
    upgraded = open_db(old)
    assert upgraded.execute("select type from sqlite_master where name = 'statements'").fetchone()[0] == "view"
    # the words of (almost) every statement are read out of the document now, not stored twice
    stored, total = upgraded.execute("select count(text), count(*) from statement_rows").fetchone()
    assert total > 20 and stored < total / 4
    assert upgraded.execute("pragma foreign_key_check").fetchall() == []
    assert upgraded.execute("pragma foreign_keys").fetchone()[0] == 1
    upgraded.execute("insert into sentences_fts (sentences_fts) values ('integrity-check')")
    upgraded.close()
    for table in VIEWS:
        assert _rows(old, table) == _rows(seeded_db, table), table
    assert _answers(old) == _answers(seeded_db)


def test_rows_written_through_the_views_land_in_the_tables_behind_them(seeded_db, tmp_path):
    import shutil

    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    st = conn.execute("select id, document_id, text from statements limit 1").fetchone()
    with conn:
        conn.execute("update statements set role = 'tester' where id = ?", (st["id"],))
    # the text was not touched, so it is still cut from the document (not stored)
    assert tuple(conn.execute("select (select text from fact_phrases where id = role_id), text is null"
                              " from statement_rows where id = ?", (st["id"],)).fetchone()) == ("tester", 1)
    assert conn.execute("select text from statements where id = ?", (st["id"],)).fetchone()[0] == st["text"]
    with conn:
        conn.execute("update statements set text = 'other words' where id = ?", (st["id"],))
    assert conn.execute("select text from statements where id = ?", (st["id"],)).fetchone()[0] == "other words"
    ev = conn.execute("select id, document_id from events limit 1").fetchone()
    with conn:
        conn.execute("delete from events where id = ?", (ev["id"],))
    assert conn.execute("select count(*) from event_rows where id = ?", (ev["id"],)).fetchone()[0] == 0
    assert conn.execute("select count(*) from event_entities where event_id = ?", (ev["id"],)).fetchone()[0] == 0


def _analysis(text, doc_id):
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text(text, lang="en", published="2024-05-06", doc_id=doc_id)
    a.document.sha256 = doc_id + text  # a new version of the same document is new bytes
    return a


NAMED = "Belarusian Defence Minister Viktor Khrenin met Colonel Pavel Muravyeika-Zaslonov in Minsk on Monday."
UNNAMED = "Belarusian Defence Minister Viktor Khrenin visited a base near Minsk on Monday."


def test_the_writer_does_not_reuse_an_entity_that_went_away(tmp_path):
    """store() remembers the entities it wrote; an entity deleted since (by the replaced version of a
    document, or by another connection) must be written again, not pointed at."""
    from bellink.ingest.pipeline import store, sync_kb

    conn = open_db(tmp_path / "kb.db")
    sync_kb(conn)
    key = "person:muravieikazaslonov_pavel"
    store(conn, _analysis(NAMED, "a"))
    assert conn.execute("select source from entities where key = ?", (key,)).fetchone()[0] == "discovered"
    store(conn, _analysis(UNNAMED, "a"), force=True)  # the only document naming him no longer does
    assert conn.execute("select 1 from entities where key = ?", (key,)).fetchone() is None
    store(conn, _analysis(NAMED, "b"))  # named again: a new row, and the mentions point at it
    assert conn.execute("select count(*) from mentions m join entities e on e.id = m.entity_id"
                        " where e.key = ? and m.document_id = 'b'", (key,)).fetchone()[0] >= 1
    # another connection takes him away again (as 'bellink forget' would): this one must notice
    other = open_db(tmp_path / "kb.db")
    with other:
        other.execute("delete from documents where id = 'b'")
        other.execute("delete from entities where key = ?", (key,))
    other.close()
    store(conn, _analysis(NAMED, "c"))
    assert conn.execute("select count(*) from mentions m join entities e on e.id = m.entity_id"
                        " where e.key = ? and m.document_id = 'c'", (key,)).fetchone()[0] >= 1
    assert conn.execute("pragma foreign_key_check").fetchall() == []


def test_a_database_from_before_0021_keeps_each_details_object_once(seeded_db, tmp_path, old_database):
    """Migration 0021: statements' and events' details move to fact_details, one row per distinct
    JSON object; every view, every answer and every fact card reads as before."""
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0020_events_kind_order")
    conn = sqlite3.connect(old)
    assert "details" in [r[1] for r in conn.execute("pragma table_info(statement_rows)")]
    with_details = conn.execute("select count(*) from statement_rows where details is not null").fetchone()[0] + \
        conn.execute("select count(*) from event_rows where details is not null").fetchone()[0]
    fid = conn.execute("select fact_id from events where details is not null limit 1").fetchone()[0]
    conn.close()
    upgraded = open_db(old)
    assert "details" not in [r[1] for r in upgraded.execute("pragma table_info(statement_rows)")]
    assert "details" not in [r[1] for r in upgraded.execute("pragma table_info(event_rows)")]
    distinct = upgraded.execute("select count(*) from fact_details").fetchone()[0]
    assert with_details > 30 and distinct < with_details  # shared objects are stored once
    assert upgraded.execute("pragma foreign_key_check").fetchall() == []
    # no listing needs the index on statements' dates alone
    assert upgraded.execute("select count(*) from sqlite_master where name = 'statements_date'").fetchone()[0] == 0
    upgraded.close()
    for table in VIEWS:
        assert _rows(old, table) == _rows(seeded_db, table), table
    assert _answers(old) == _answers(seeded_db)
    runner = CliRunner()
    cards = [runner.invoke(cli, ["--db", str(db), "fact", fid, "--json"], catch_exceptions=False).output
             for db in (old, seeded_db)]
    assert cards[0] == cards[1] and json.loads(cards[0])["rule"]


def test_details_written_through_the_views_are_stored_once(seeded_db, tmp_path):
    import shutil

    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    a, b = [r[0] for r in conn.execute("select id from statements order by id limit 2")]
    before = conn.execute("select count(*) from fact_details").fetchone()[0]
    details = json.dumps({"rule": "an analyst's own", "cues": ["said"]}, ensure_ascii=False)
    with conn:
        conn.execute("update statements set details = ? where id in (?, ?)", (details, a, b))
    assert conn.execute("select count(*) from fact_details").fetchone()[0] == before + 1
    assert [r[0] for r in conn.execute("select details from statements where id in (?, ?)", (a, b))] == [details] * 2
    with conn:
        conn.execute("update statements set role = 'tester' where id = ?", (a,))  # details untouched
    assert conn.execute("select details from statements where id = ?", (a,)).fetchone()[0] == details
    ev = dict(conn.execute("select * from events limit 1").fetchone())
    ev.update(id=None, fact_id="d-000000000000", details=details)
    with conn:
        conn.execute(f"insert into events ({', '.join(ev)}) values ({', '.join('?' * len(ev))})", list(ev.values()))
    assert conn.execute("select details from events where fact_id = 'd-000000000000'").fetchone()[0] == details
    assert conn.execute("select count(*) from fact_details").fetchone()[0] == before + 1


def test_a_database_from_before_0022_upgrades_with_the_same_rows_and_answers(seeded_db, tmp_path, old_database):
    """Migration 0022: no index on mentions' sentence ids, the hashes indexed by their first 16
    digits, fingerprints WITHOUT ROWID; every view and answer (search's marked entities too) as before."""
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0021_details_once")
    conn = sqlite3.connect(old)
    assert conn.execute("select count(*) from sqlite_master where name = 'mentions_sentence'").fetchone()[0] == 1
    conn.close()
    upgraded = open_db(old)
    names = {r[0] for r in upgraded.execute("select name from sqlite_master")}
    assert "mentions_sentence" not in names and "documents_sha256" not in names
    assert {"documents_sha256_prefix", "document_fingerprints_prefix"} <= names
    assert upgraded.execute("pragma foreign_key_check").fetchall() == []
    upgraded.close()
    for table in VIEWS + ("document_fingerprints",):
        assert _rows(old, table) == _rows(seeded_db, table), table
    assert _answers(old) == _answers(seeded_db)


def test_search_marks_the_entities_of_each_hit_sentence(seeded):
    """The entity asked for is marked in every hit (read through mentions_document since 0022),
    the words too; nothing from a neighbouring sentence of the same document."""
    hits = seeded("search", "Lukashenko")
    assert len(hits) > 3
    for hit in hits:
        marked = [m for m in hit["snippet"].split("**")[1::2]]
        assert marked, hit
        for m in marked:
            assert m in hit["sentence"]
    ru = seeded("search", "Лукашенко")
    assert any("**" in h["snippet"] for h in ru)


def test_a_mention_outside_every_sentence_is_still_marked(tmp_path):
    """A mention the writer gave the document's last sentence (it lies in no sentence) is read with
    that sentence, as before 0022."""
    from bellink import search
    from bellink.ingest.pipeline import analyze_text, store, sync_kb

    conn = open_db(tmp_path / "m.db")
    sync_kb(conn)
    store(conn, analyze_text("Lukashenko met Putin in Minsk. Belarus received S-400 systems.", lang="en",
                             doc_id="gap"))
    last = dict(conn.execute("select id, start from sentence_spans order by idx desc limit 1").fetchone())
    assert last["start"] > 0
    ent = conn.execute("select entity_id from mention_spans order by start limit 1").fetchone()[0]
    with conn:  # as the writer stores a mention found outside every sentence: the last one's
        conn.execute("update mention_spans set sentence_id = ? where start = 0", (last["id"],))
    first = conn.execute("select id from sentence_spans where idx = 0").fetchone()[0]
    for asked in ({ent}, {ent, *range(-40, 0)}):  # a few entities asked for, and many (another plan)
        got = {(r["start"], r["entity_id"]) for r in search._mentions_of(conn, last["id"], asked)}
        assert (0, ent) in got
        assert (0, ent) not in {(r["start"], r["entity_id"]) for r in search._mentions_of(conn, first, asked)}


def test_details_are_interned_once_without_the_unique_index(seeded_db, tmp_path, old_database):
    """Migration 0029: fact_details loses its UNIQUE index (a second copy of every JSON text) for an
    index on the text's length and last characters; an upgraded database keeps every id and answer,
    and the writer's and the views' look-ups still find an object instead of storing it again."""
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0028_timex_text_once")
    conn = sqlite3.connect(old)
    before = conn.execute("select id, json from fact_details order by id").fetchall()
    conn.close()
    upgraded = open_db(old)
    assert [tuple(r) for r in upgraded.execute("select id, json from fact_details order by id")] == before
    assert upgraded.execute("select count(*) from sqlite_master where tbl_name = 'fact_details'"
                            " and name like 'sqlite_autoindex%'").fetchone()[0] == 0
    assert upgraded.execute("pragma foreign_key_check").fetchall() == []
    plan = upgraded.execute("explain query plan select id from fact_details where length(json) = length(?1)"
                            " and substr(json, -16) = substr(?1, -16) and +json = ?1", ("{}",)).fetchall()
    assert "fact_details_key" in plan[0][3]
    upgraded.close()
    for table in ("statements", "events", "deliveries"):
        assert _rows(old, table) == _rows(seeded_db, table), table


def test_phrases_are_stored_once_and_an_upgraded_database_answers_the_same(seeded_db, tmp_path, old_database):
    """Migration 0030: a statement's speaker_text, role and cue and an event's summary are ids into
    fact_phrases, each distinct phrase stored once; an upgraded database keeps every row and answer."""
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0029_details_key")
    conn = sqlite3.connect(old)
    speakers = conn.execute("select count(*), count(distinct speaker_text) from statement_rows"
                            " where speaker_text is not null").fetchone()
    assert speakers[0] > speakers[1] > 1  # phrases that repeat
    conn.close()
    upgraded = open_db(old)
    assert upgraded.execute("select count(*) from statement_rows where speaker_text is not null or role is not null"
                            " or cue is not null").fetchone()[0] == 0
    assert upgraded.execute("select count(*) from event_rows where summary != ''").fetchone()[0] == 0
    assert upgraded.execute("select count(*) from fact_phrases").fetchone()[0] == upgraded.execute(
        "select count(distinct text) from fact_phrases").fetchone()[0]
    assert upgraded.execute("pragma foreign_key_check").fetchall() == []
    upgraded.close()
    for table in ("statements", "events", "deliveries"):
        assert _rows(old, table) == _rows(seeded_db, table), table
    assert _answers(old) == _answers(seeded_db)
    # a fresh ingest writes the ids itself
    fresh = sqlite3.connect(seeded_db)
    assert fresh.execute("select count(*) from statement_rows where speaker_text_id is not null").fetchone()[0] > 0
    assert fresh.execute("select count(*) from event_rows where summary_id is null").fetchone()[0] == 0
    fresh.close()


def test_phrases_written_through_the_views_are_interned(seeded_db, tmp_path):
    import shutil

    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    a, b = [r[0] for r in conn.execute("select id from statements order by id limit 2")]
    before = conn.execute("select count(*) from fact_phrases").fetchone()[0]
    with conn:
        conn.execute("update statements set role = 'an analyst''s role', cue = null where id in (?, ?)", (a, b))
    assert conn.execute("select count(*) from fact_phrases").fetchone()[0] == before + 1
    assert [tuple(r) for r in conn.execute("select role, cue from statements where id in (?, ?)", (a, b))] == \
        [("an analyst's role", None)] * 2
    ev = dict(conn.execute("select * from events limit 1").fetchone())
    ev.update(id=None, fact_id="d-000000000001", summary="A → B: a summary never seen")
    with conn:
        conn.execute(f"insert into events ({', '.join(ev)}) values ({', '.join('?' * len(ev))})", list(ev.values()))
    assert conn.execute("select summary from events where fact_id = 'd-000000000001'").fetchone()[0] == \
        "A → B: a summary never seen"
    with conn:
        conn.execute("update events set summary = 'A → B: changed' where fact_id = 'd-000000000001'")
    assert conn.execute("select summary from events where fact_id = 'd-000000000001'").fetchone()[0] == \
        "A → B: changed"
    ev.update(fact_id="d-000000000002", summary=None)  # a summary is still required
    try:
        with conn:
            conn.execute(f"insert into events ({', '.join(ev)}) values ({', '.join('?' * len(ev))})",
                         list(ev.values()))
        raise AssertionError("an event without a summary was stored")
    except sqlite3.IntegrityError:
        pass


def test_date_methods_are_codes_and_an_upgraded_database_answers_the_same(seeded_db, tmp_path, old_database):
    """Migration 0031: the usual five date methods are stored as a code (publication and relative
    take no bytes); the views, the timeline and writes through the views give and take the words."""
    old = tmp_path / "old.db"
    old_database(seeded_db, old, "0030_phrases_once")
    upgraded = open_db(old)
    assert upgraded.execute("select count(*) from statement_rows where date_method is not null").fetchone()[0] == 0
    assert upgraded.execute("select count(*) from statement_rows where date_method_code is not null").fetchone()[0] > 0
    upgraded.close()
    for table in ("statements", "events", "deliveries"):
        assert _rows(old, table) == _rows(seeded_db, table), table
    assert _answers(old) == _answers(seeded_db)
    fresh = sqlite3.connect(seeded_db)
    assert fresh.execute("select count(*) from event_rows where date_method is not null").fetchone()[0] == 0
    assert fresh.execute("select count(*) from event_rows where date_method_code is not null").fetchone()[0] > 0
    fresh.close()
    import shutil

    path = tmp_path / "kb.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    a, b = [r[0] for r in conn.execute("select id from statements order by id limit 2")]
    with conn:
        conn.execute("update statements set date_method = 'user' where id = ?", (a,))
        conn.execute("update statements set date_method = 'manifest' where id = ?", (b,))  # no code: kept as words
    assert [tuple(r) for r in conn.execute("select date_method, date_method_code from statement_rows"
                                           " where id in (?, ?) order by id", (a, b))] == [(None, 4), ("manifest", None)]
    assert [r[0] for r in conn.execute("select date_method from statements where id in (?, ?) order by id",
                                       (a, b))] == ["user", "manifest"]


def test_the_views_and_the_python_code_table_agree(seeded_db, tmp_path):
    """The writer and the timeline code date methods with ``bellink.dates.METHOD_CODES``; the views of migration 0031
    hold the same table in SQL: every method written through a view is stored as the code the writer would give it,
    and read back as its words by the view and by the timeline's column."""
    import shutil

    from bellink.dates import METHOD_CODES
    from bellink.queries import STORED_METHOD

    path = tmp_path / "codes.db"
    shutil.copyfile(seeded_db, path)
    conn = open_db(path)
    ids = [r[0] for r in conn.execute("select id from statements order by id limit ?", (len(METHOD_CODES),))]
    with conn:
        for sid, method in zip(ids, METHOD_CODES):
            conn.execute("update statements set date_method = ? where id = ?", (method, sid))
    for sid, (method, code) in zip(ids, METHOD_CODES.items()):
        stored = conn.execute("select date_method, date_method_code, " + STORED_METHOD.format(a="statement_rows")
                              + " from statement_rows where id = ?", (sid,)).fetchone()
        assert tuple(stored) == (None, code, method)
        assert conn.execute("select date_method from statements where id = ?", (sid,)).fetchone()[0] == method
