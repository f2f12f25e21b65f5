"""Ingest from the command line: idempotence, replacement, bad input, sources and search."""
import os
import sqlite3

import pytest

from conftest import DATA

SEED_IDS = {"000_c5730690aef84ce7", "001_1e42d33d7abe5dcd", "002_7cf251a7b4443d13", "003_30802583c04b4f2c",
            "004_4fc6d35c2f6ca4a9"}


def snapshot(path):
    conn = sqlite3.connect(path)
    out = {}
    for (name,) in conn.execute("select name from sqlite_master where type = 'table' and name not like 'sentences_fts%'"
                                " and name != 'sqlite_sequence'"):
        cols = [r[1] for r in conn.execute(f"pragma table_info({name})") if r[1] not in ("ingested_at",)]
        out[name] = sorted(map(repr, conn.execute(f"select {', '.join(cols)} from {name}").fetchall()))
    conn.close()
    return out


def test_sources_lists_the_seeds_with_manifest_metadata(seeded):
    rows = {r["id"]: r for r in seeded("sources")}
    assert set(rows) == SEED_IDS
    r = rows["002_7cf251a7b4443d13"]
    assert (r["language"], r["outlet"], r["published"], r["published_precision"], r["published_source"]) == (
        "ru", "Interfax", "2021-06-29", "day", "manifest")
    assert rows["001_1e42d33d7abe5dcd"]["title"] == "Belarus set to buy $1 billion worth of weapons from Russia"
    assert all(r["sentences"] > 5 for r in rows.values())


def test_reingest_is_idempotent(run, run_json, db_path):
    first = run_json("ingest")
    assert {r["status"] for r in first} == {"new"}
    before = snapshot(db_path)
    second = run_json("ingest")
    assert {r["status"] for r in second} == {"unchanged"}
    assert snapshot(db_path) == before


def test_documents_stored_by_older_rules_are_extracted_again(run_json, db_path):
    # after an upgrade whose rules changed, a plain ingest re-reads what the old rules stored (no --force needed)
    from bellink.ingest.store import EXTRACTOR_VERSION

    run_json("ingest")
    conn = sqlite3.connect(db_path)
    conn.execute("update documents set extractor_version = 'older'")
    conn.commit()
    conn.close()
    second = {r["status"] for r in run_json("ingest")}
    assert second and "unchanged" not in second
    conn = sqlite3.connect(db_path)
    assert {v for (v,) in conn.execute("select extractor_version from documents")} == {EXTRACTOR_VERSION}
    conn.close()
    assert {r["status"] for r in run_json("ingest")} == {"unchanged"}


def test_changed_content_replaces_the_document(run_json, tmp_path, db_path):
    f = tmp_path / "note.txt"
    f.write_text("Old title\n\nRussia delivered four Su-30SM fighters to Belarus in 2019.\n", encoding="utf-8")
    assert run_json("ingest", str(f), "--published", "2019-12-01")[0]["status"] == "new"
    f.write_text("New title\n\nBelarus discussed radars with Russia.\n", encoding="utf-8")
    assert run_json("ingest", str(f), "--published", "2019-12-01")[0]["status"] == "updated"
    conn = sqlite3.connect(db_path)
    assert conn.execute("select title from documents").fetchall() == [("New title",)]
    assert conn.execute("select count(*) from sentences where text like '%Su-30SM%'").fetchone()[0] == 0
    assert run_json("ingest", str(f), "--published", "2019-12-01", "--force")[0]["status"] == "updated"


def test_search_finds_both_languages_and_escapes_fts_syntax(seeded):
    hits = seeded("search", "S-400")
    assert hits and all("S-400" in h["sentence"] or "С-400" in h["sentence"] for h in hits)
    ru = seeded("search", "Белоруссии")
    assert any(h["document"] == "002_7cf251a7b4443d13" for h in ru)
    for nasty in ('"unbalanced', "AND OR NOT", "col:umn*", "(", "NEAR("):
        seeded("search", nasty)  # must not raise an FTS syntax error


def _one_line_error(result):
    assert result.exit_code != 0
    err = result.stderr.strip() if hasattr(result, "stderr") else result.output.strip()
    assert err.startswith("Error: "), err
    assert "Traceback" not in result.output
    return err


@pytest.fixture
def populated(run, db_path):
    f = DATA / "articles" / "dateline_ru.txt"
    assert run("ingest", str(f)).exit_code == 0
    return snapshot(db_path)


@pytest.mark.parametrize("make_args", [
    lambda tmp: ["ingest", str(tmp / "missing.txt")],
    lambda tmp: ["ingest", str(_empty_dir(tmp))],
    lambda tmp: ["ingest", str(_file(tmp, "empty.txt", b""))],
    lambda tmp: ["ingest", str(_file(tmp, "blob.txt", b"\x00\x01\x02\x03binary" * 50))],
    lambda tmp: ["ingest", str(_file(tmp, "garbled.txt", bytes(range(128, 256)) * 8))],
    lambda tmp: ["ingest", str(_loop(tmp))],
    lambda tmp: ["ingest", str(DATA / "articles" / "page.html"), "--published", "May 2021"],
    lambda tmp: ["ingest", "--no-such-option"],
    lambda tmp: ["frobnicate"],
])
def test_bad_input_one_line_nonzero_nothing_lost(make_args, populated, run, db_path, tmp_path):
    result = run(*make_args(tmp_path))
    err = _one_line_error(result)
    assert len(err.splitlines()) == 1, err
    assert snapshot(db_path) == populated


def test_db_that_is_not_a_database(run, tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello\n" * 100)
    result = run("--db", str(bogus), "ingest", str(DATA / "articles" / "dateline_ru.txt"))
    err = _one_line_error(result)
    assert "not a SQLite database" in err
    assert bogus.read_text() == "hello\n" * 100
    assert _one_line_error(run("--db", str(bogus), "sources"))


def test_query_before_ingest_says_what_to_do(run):
    err = _one_line_error(run("sources"))
    assert "bellink ingest" in err


def test_good_files_survive_a_bad_one(run_json, run, tmp_path, db_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "good.txt").write_text("Talks\n\nBelarus and Russia held talks in Minsk.\n")
    (tmp_path / "corpus" / "bad.txt").write_bytes(b"\x00\xff" * 100)
    result = run("ingest", str(tmp_path / "corpus"), "--json")
    assert result.exit_code == 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("select id from documents").fetchall() == [("good",)]


def _empty_dir(tmp):
    d = tmp / "emptydir"
    d.mkdir()
    (d / "readme.pdf").write_bytes(b"%PDF")
    return d


def _file(tmp, name, data):
    f = tmp / name
    f.write_bytes(data)
    return f


def _loop(tmp):
    a = tmp / "loop_a.txt"
    b = tmp / "loop_b.txt"
    os.symlink(b, a)
    os.symlink(a, b)
    return a


def test_a_crash_mid_document_leaves_the_database_as_it_was(run, db_path, tmp_path, monkeypatch):
    from bellink.ingest.store import rows

    f = tmp_path / "a.txt"
    f.write_text("Talks\n\nRussia delivered S-400 systems to Belarus in 2022, the ministry said.\n")
    assert run("ingest", str(f), "--published", "2022-12-01").exit_code == 0
    before = snapshot(db_path)
    f.write_text("Talks again\n\nBelarus received Su-30SM fighters from Russia in 2023.\n")
    real_insert = rows._upsert_entity

    def explode(*args, **kwargs):
        real_insert(*args, **kwargs)
        raise RuntimeError("power cut")

    monkeypatch.setattr(rows, "_upsert_entity", explode)
    result = run("ingest", str(f), "--published", "2022-12-01")
    assert result.exit_code == 1 and "internal error" in result.output
    assert snapshot(db_path) == before


def test_replacing_a_document_drops_the_entities_only_it_discovered(run_json, tmp_path, db_path):
    f = tmp_path / "note.txt"
    f.write_text("Radar news\n\nColonel Ivan Zaretsky, commander of the radar regiment, said the Rezonans-NE2 "
                 "station entered service.\n", encoding="utf-8")
    run_json("ingest", str(f), "--published", "2023-03-01")
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from entities where name = 'Ivan Zaretsky'").fetchone()[0] == 1
    f.write_text("Radar news\n\nThe station entered service, the ministry said.\n", encoding="utf-8")
    run_json("ingest", str(f), "--published", "2023-03-01")
    assert conn.execute("select count(*) from entities where name = 'Ivan Zaretsky'").fetchone()[0] == 0
    assert conn.execute("select count(*) from entities where source = 'kb'").fetchone()[0] > 100


@pytest.mark.parametrize("fmt", ["--json", "--nl", "--csv"])
def test_ingest_rows_are_written_as_files_are_stored_and_stay_valid_when_every_file_fails(run, tmp_path, fmt):
    """--json/--nl/--csv write each file's row as it is stored (no per-file list is kept): a run in
    which every file failed still prints its rows, and the output parses."""
    import csv
    import io
    import json

    (tmp_path / "corpus").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "corpus" / name).write_bytes(b"\x00\xff" * 100)
    result = run("ingest", str(tmp_path / "corpus"), fmt)
    assert result.exit_code == 1
    out = result.stdout
    if fmt == "--json":
        rows = json.loads(out)
    elif fmt == "--nl":
        rows = [json.loads(line) for line in out.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(out)))
    assert [(os.path.basename(r["path"]), r["status"]) for r in rows] == [("a.txt", "failed"), ("b.txt", "failed")]
