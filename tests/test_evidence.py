"""Stable fact ids, `bellink fact` and `bellink read`."""
import json
import sqlite3

import pytest
from click.testing import CliRunner

from bellink.cli import cli
from bellink.facts import assign, fact_id, kind_of


def invoke(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def _ids(db):
    conn = sqlite3.connect(db)
    try:
        return (sorted(r[0] for r in conn.execute("select fact_id from statements")),
                sorted(r[0] for r in conn.execute("select fact_id from events")))
    finally:
        conn.close()


@pytest.mark.parametrize("kind, prefix", [("statement", "s-"), ("delivery", "d-"), ("meeting", "m-"),
                                          ("deployment", "p-")])
def test_fact_ids_name_their_kind(kind, prefix):
    fid = fact_id("doc", kind, 10, 20)
    assert fid.startswith(prefix) and len(fid) == 14 and kind_of(fid) == kind


def test_facts_sharing_a_span_get_distinct_ids():
    ids = assign("doc", [("deployment", 5, 50), ("deployment", 5, 50), ("delivery", 5, 50)])
    assert len(set(ids)) == 3
    assert ids == assign("doc", [("deployment", 5, 50), ("deployment", 5, 50), ("delivery", 5, 50)])


@pytest.mark.parametrize("bad", ["d-123", "q-3f9a2c1b7d4e", "3f9a2c1b7d4e", "d-3F9A2C1B7D4Z", ""])
def test_what_is_not_a_fact_id(bad):
    assert kind_of(bad) is None


def test_fact_ids_survive_a_forced_reingest(tmp_path):
    db = tmp_path / "k.db"
    assert invoke(db, "ingest").exit_code == 0
    before = _ids(db)
    assert all(before) and len(set(before[1])) == len(before[1])
    assert invoke(db, "ingest", "--force").exit_code == 0
    assert _ids(db) == before


def test_migration_backfills_the_same_ids_the_store_writes(tmp_path, old_database):
    from bellink.db import migrate, open_db

    new = tmp_path / "k.db"
    assert invoke(new, "ingest").exit_code == 0
    db = tmp_path / "old.db"
    old_database(new, db, "0008_statement_details")  # before fact ids
    conn = open_db(db)
    assert conn.execute("select count(*) from bellink_migrations where name like '0010_%'").fetchone()[0] == 1
    conn.close()
    assert _ids(db) == _ids(new)


def test_fact_shows_fields_rule_sentence_paragraph_and_document(seeded_db):
    conn = sqlite3.connect(seeded_db)
    fid, = conn.execute("select e.fact_id from events e join event_entities ee on ee.event_id = e.id"
                        " join entities x on x.id = ee.entity_id where e.kind = 'delivery'"
                        " and e.status = 'delivered' and x.name = 'Iskander'").fetchone()
    text, = conn.execute("select text from documents where id = '003_30802583c04b4f2c'").fetchone()
    conn.close()
    result = invoke(seeded_db, "fact", fid, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "delivery" and data["status"] == "delivered" and "rule" in data
    assert data["entities"]["system"] == ["Iskander"] and data["entities"]["recipient"] == ["Belarus"]
    ev = data["evidence"]
    assert ev["span"] == text[ev["start"]:ev["stop"]] and ev["span"] in ev["sentence"] and ev["sentence"] in ev["paragraph"]
    assert data["document"]["outlet"] == "Al Mayadeen English" and data["document"]["published"] == "2022-12-24"
    table = invoke(seeded_db, "fact", fid)
    assert table.exit_code == 0 and "Mayadeen" in table.output and "\x1b[" not in table.output


def test_statement_fact_names_its_speaker(seeded_db):
    conn = sqlite3.connect(seeded_db)
    fid, = conn.execute("select st.fact_id from statements st join entities e on e.id = st.speaker_id"
                        " where e.name = 'Andrei Ravkov' limit 1").fetchone()
    conn.close()
    data = json.loads(invoke(seeded_db, "fact", fid, "--json").output)
    assert data["kind"] == "statement" and data["speaker"] == "Andrei Ravkov" and isinstance(data["direct"], bool)


@pytest.mark.parametrize("ref, message", [
    ("d-000000000000", "no fact d-000000000000"),
    ("17", "'17' is not a fact id"),
])
def test_fact_refusals(seeded_db, ref, message):
    result = invoke(seeded_db, "fact", ref)
    assert result.exit_code == 1 and message in result.output and len(result.output.strip().splitlines()) == 1


def test_read_marks_quotes_systems_dates_and_lists_facts(seeded_db):
    data = json.loads(invoke(seeded_db, "read", "003", "--json").output)
    assert data["document"]["id"] == "003_30802583c04b4f2c"
    text = data["text"]
    kinds = {k for k, _, _ in data["marks"]}
    assert {"quote", "system", "date", "event", "speaker"} <= kinds
    systems = {text[a:b] for k, a, b in data["marks"] if k == "system"}
    assert "S-400" in systems and "Iskander" in systems
    assert any(text[a:b] == "Galuzin" for k, a, b in data["marks"] if k == "speaker")
    conn = sqlite3.connect(seeded_db)
    n = sum(conn.execute(f"select count(*) from {t} where document_id = '003_30802583c04b4f2c'").fetchone()[0]
            for t in ("statements", "events"))
    conn.close()
    assert len(data["facts"]) == n and all(kind_of(f["id"]) for f in data["facts"])


def test_read_is_plain_text_when_piped(seeded_db):
    result = invoke(seeded_db, "read", "003_30802583c04b4f2c")
    assert result.exit_code == 0
    assert "\x1b[" not in result.output and "Legend" not in result.output
    assert "Galuzin told Sputnik" in result.output and "Facts (" in result.output


def test_read_refuses_unknown_and_ambiguous_documents(seeded_db):
    assert "no document matches 'nosuch'" in invoke(seeded_db, "read", "nosuch").output
    result = invoke(seeded_db, "read", "00")
    assert result.exit_code == 1 and "matches several documents" in result.output


def test_evidence_column_highlights_the_words_of_the_fact(seeded_db):
    rows = json.loads(invoke(seeded_db, "deliveries", "--system", "Iskander", "--json").stdout)
    table = invoke(seeded_db, "deliveries", "--system", "Iskander", "--evidence").stdout
    assert "evidence" in table.splitlines()[0]
    for r in rows:
        # an event span may begin in the sentence before (an anaphor): the part inside is highlighted
        span = r["sentence"][max(0, r["start"] - r["sentence_start"]):r["stop"] - r["sentence_start"]]
        assert span and f"[{span[:60]}" in table     # bracketed when piped (bold on a terminal)


def test_statement_evidence_and_lifecycle_sentences(seeded_db):
    table = invoke(seeded_db, "who-said", "Galuzin", "--evidence").stdout
    assert "[Russian S-400 air defense systems and Iskander missile systems supplied to Belarus" in table
    life = invoke(seeded_db, "deliveries", "--system", "S-400", "--lifecycle", "--evidence").stdout
    assert "delivered 24 December 2022 (003_30802583c04b4f2c): Russian Deputy Foreign Minister" in life
