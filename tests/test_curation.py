"""The curation layer: reject, correct, merge, alias, forget, and sharing corrections."""
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from bellink.cli import cli


@pytest.fixture
def db(seeded_db, tmp_path):
    """A private copy of the seeded database (decisions change it)."""
    path = tmp_path / "k.db"
    shutil.copy(seeded_db, path)
    return path


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def rows(db, *args):
    result = run(db, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def delivery(db, system, status):
    return next(r for r in rows(db, "deliveries", "--system", system) if r["status"] == status)


def count(db, table="curation"):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        conn.close()


def test_a_rejected_fact_leaves_every_listing_and_stays_out_after_force(db):
    fid = delivery(db, "S-300PS", "planned")["fact_id"]
    assert run(db, "reject", fid, "--why", "stationed, not sold").exit_code == 0
    assert fid not in {r["fact_id"] for r in rows(db, "deliveries")}
    assert fid not in {r["fact_id"] for r in rows(db, "timeline", "--system", "S-300")}
    assert run(db, "ingest", "--force").exit_code == 0
    assert fid not in {r["fact_id"] for r in rows(db, "deliveries")}
    (decision,) = rows(db, "corrections")
    assert decision["action"] == "reject" and decision["why"] == "stationed, not sold"
    assert json.loads(decision["original"])["status"] == "planned"


def test_a_correction_shows_with_its_original_and_survives_force(db):
    fid = delivery(db, "S-300PS", "planned")["fact_id"]
    result = run(db, "correct", fid, "--status", "ordered", "--quantity", "5", "--date", "2015-08", "--why", "contract")
    assert result.exit_code == 0, result.output
    for _ in range(2):
        row = next(r for r in rows(db, "deliveries") if r["fact_id"] == fid)
        assert (row["status"], row["quantity"], row["date"], row["corrected"]) == ("ordered", 5, "2015-08", True)
        assert "5 divisions (ordered)" in row["summary"]
        notes = {c["field"]: c for c in row["corrections"]}
        assert notes["status"]["original"] == "planned" and notes["quantity"]["original"] == 4
        assert notes["date"]["original"] == "2015" and notes["status"]["why"] == "contract" and notes["status"]["who"]
        assert run(db, "ingest", "--force").exit_code == 0
    table = CliRunner().invoke(cli, ["--db", str(db), "deliveries", "--system", "S-300PS"], env={"COLUMNS": "160"})
    assert "ordered ✎" in table.output
    assert rows(db, "deliveries", "--status", "ordered", "--system", "S-300PS")[0]["fact_id"] == fid


def test_a_corrected_speaker_is_found_by_who_said(db):
    st = rows(db, "who-said", "Ravkov")[0]
    assert run(db, "correct", st["fact_id"], "--speaker", "Lukashenko").exit_code == 0
    moved = [r for r in rows(db, "who-said", "Lukashenko") if r["fact_id"] == st["fact_id"]]
    assert moved and moved[0]["corrected"] and moved[0]["corrections"][0]["original"] == "person:ravkov_andrei"


@pytest.mark.parametrize("args, message", [
    (["--status", "sold"], "'sold' is not a delivery status"),
    (["--quantity", "-2"], "a quantity cannot be negative"),
    (["--quantity", "many"], "quantity 'many' is not a whole number"),
    (["--date", "June"], "'June' is not a date"),
    (["--speaker", "Ravkov"], "a delivery has no speaker"),
    ([], "nothing to correct"),
])
def test_corrections_the_schema_refuses_change_nothing(db, args, message):
    fid = delivery(db, "S-300PS", "planned")["fact_id"]
    before = rows(db, "deliveries")
    result = run(db, "correct", fid, *args)
    assert result.exit_code == 1 and message in result.output and len(result.output.strip().splitlines()) == 1
    assert count(db) == 0 and rows(db, "deliveries") == before


@pytest.mark.parametrize("args, message", [
    (["reject", "d-000000000000"], "no fact d-000000000000"),
    (["reject", "42"], "'42' is not a fact id"),
    (["merge", "Nosuchthing", "--into", "Iskander"], "Nosuchthing"),
    (["merge", "Lukashenko", "--into", "Iskander"], "cannot merge a person"),
    (["forget", "nosuchdoc"], "no document 'nosuchdoc'"),
    (["alias", "S-400", "!!!"], "an alias needs at least one letter"),
])
def test_bad_decisions_are_one_line_errors(db, args, message):
    result = run(db, *args)
    assert result.exit_code == 1 and message in result.output and len(result.output.strip().splitlines()) == 1
    assert count(db) == 0


def test_merge_moves_facts_and_names_and_outlives_a_kb_sync(db):
    assert run(db, "merge", "Iskander-M", "--into", "Iskander", "--why", "same system here").exit_code == 0
    names = {e["name"] for e in rows(db, "entities", "--type", "weapon_system", "--all")}
    assert "Iskander-M" not in names and "Iskander" in names
    assert rows(db, "show", "Iskander-M")  # the old name now finds the entity it was merged into
    conn = sqlite3.connect(db)
    conn.execute("delete from meta where key = 'kb_digest'")  # the next ingest re-syncs the knowledge base
    conn.commit()
    conn.close()
    assert run(db, "ingest").exit_code == 0
    names = {e["name"] for e in rows(db, "entities", "--type", "weapon_system", "--all")}
    assert "Iskander-M" not in names


def test_alias_finds_the_entity_by_a_new_name_and_survives_force(db):
    assert run(db, "alias", "S-400", "Триумфы").exit_code == 0
    assert run(db, "ingest", "--force").exit_code == 0
    assert {r["system"] for r in rows(db, "deliveries", "--system", "Триумфы")} == {"S-400 Triumf"}


def test_forget_removes_a_document_and_keeps_it_out(db, tmp_path):
    from bellink.resources import resource_dir

    assert run(db, "forget", "004_4fc6d35c2f6ca4a9", "--why", "opinion").exit_code == 0
    assert "004_4fc6d35c2f6ca4a9" not in {r["document"] for r in rows(db, "deliveries")}
    result = run(db, "ingest")
    assert "forgotten by an analyst (opinion)" in result.output
    copy = tmp_path / "renamed.txt"
    shutil.copy(resource_dir("seeds") / "004_4fc6d35c2f6ca4a9.txt", copy)
    assert "forgotten" in run(db, "ingest", str(copy), "--published", "2007-10-10").output
    assert count(db, "documents") == 4


def test_exported_corrections_rebuild_the_same_register_elsewhere(db, tmp_path):
    fid = delivery(db, "S-300PS", "planned")["fact_id"]
    gone = delivery(db, "Pantsir", "discussed")["fact_id"]
    assert run(db, "correct", fid, "--quantity", "5").exit_code == 0
    assert run(db, "reject", gone).exit_code == 0
    assert run(db, "alias", "Iskander", "Искандеры").exit_code == 0
    exported = run(db, "corrections", "export").stdout
    path = tmp_path / "curation.json"
    path.write_text(exported, encoding="utf-8")

    fresh = tmp_path / "fresh.db"
    assert run(fresh, "ingest").exit_code == 0
    result = run(fresh, "corrections", "import", str(path), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == {"items": 3, "added": 3}
    strip = lambda rs: [{k: v for k, v in r.items() if k not in ("id", "statement")} for r in rs]  # noqa: E731
    assert strip(rows(fresh, "deliveries")) == strip(rows(db, "deliveries"))
    assert rows(fresh, "deliveries", "--system", "Искандеры")
    again = run(fresh, "corrections", "import", str(path), "--json")
    assert json.loads(again.stdout)["added"] == 0


@pytest.mark.parametrize("content, message", [
    ("not json", "is not a JSON file"),
    ('{"items": []}', "not a bellink corrections file"),
    ('{"format": "bellink-corrections", "version": 9, "items": []}', "version 9 is not supported"),
    ('{"format": "bellink-corrections", "version": 1, "items": [{"action": "reject", "target": "x"}]}',
     "item 1 is not a decision"),
    ('{"format": "bellink-corrections", "version": 1, "items": [{"action": "correct", "target": "d-000000000000",'
     ' "field": "colour", "who": "a", "at": "b"}]}', "cannot correct 'colour'"),
])
def test_malformed_or_foreign_corrections_files_are_refused_whole(db, tmp_path, content, message):
    path = tmp_path / "c.json"
    path.write_text(content, encoding="utf-8")
    result = run(db, "corrections", "import", str(path))
    assert result.exit_code == 1 and message in result.output and count(db) == 0
    assert "no file" in run(db, "corrections", "import", str(tmp_path / "missing.json")).output
