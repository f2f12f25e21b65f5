"""bellink compact: the full-text index merged and the file vacuumed; nothing stored changes."""
import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from bellink.cli import cli

TABLES = ("documents", "sentences", "mentions", "timexes", "statements", "events", "event_entities",
          "entities", "aliases", "entity_forms", "entity_counts")


def _rows(path):
    conn = sqlite3.connect(path)
    return {t: conn.execute(f"select * from {t} order by 1, 2, 3").fetchall() for t in TABLES}


def test_compact_after_a_reingest_gives_back_space_and_keeps_every_row_and_answer(seeded_db, tmp_path):
    path = tmp_path / "kb.db"
    # SQLite's own copy, not the file's: the shared seeded database is in WAL mode, and while another test holds it
    # open its last transactions sit in the -wal file, which a file copy leaves behind (this test then failed now
    # and then: the copy was an older state that the reingest did not grow)
    src, dst = sqlite3.connect(seeded_db), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    runner = CliRunner()
    # the very files the seeded database read (the installed package's copy when bellink is not installed editable):
    # the repository's copies are other paths with the same bytes, which ingest skips as duplicates even with --force
    from bellink.resources import resource_dir

    seeds = sorted(Path(resource_dir("seeds")).glob("*.txt"))
    result = runner.invoke(cli, ["--db", str(path), "ingest", "--force", "--jobs", "1", *map(str, seeds)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = _rows(path)
    search = runner.invoke(cli, ["--db", str(path), "search", "S-400", "--json"], catch_exceptions=False).output
    result = runner.invoke(cli, ["--db", str(path), "compact", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    sizes = json.loads(result.output)
    assert sizes["bytes_after"] < sizes["bytes_before"]
    assert sqlite3.connect(path).execute("pragma freelist_count").fetchone()[0] == 0
    assert _rows(path) == rows
    assert runner.invoke(cli, ["--db", str(path), "search", "S-400", "--json"]).output == search


def test_compact_of_a_missing_database_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "compact"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_ingest_that_writes_most_of_the_file_leaves_it_compacted(tmp_path, monkeypatch):
    """Issue 15: a new database (or a run that at least doubles one) is compacted at the end of the
    ingest; a run that adds a little to a larger database is not."""
    import bellink.db as dbmod

    calls = []
    real = dbmod.compact
    monkeypatch.setattr(dbmod, "compact", lambda conn: calls.append(1) or real(conn))
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    path = tmp_path / "kb.db"
    runner = CliRunner()

    def ingest(*files):
        result = runner.invoke(cli, ["--db", str(path), "ingest", "--jobs", "1", *map(str, files)],
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output

    ingest(*seeds[:-1])
    assert calls == [1]
    conn = sqlite3.connect(path)
    assert conn.execute("pragma freelist_count").fetchone()[0] == 0
    conn.execute("vacuum into ?", (str(tmp_path / "copy.db"),))
    assert (tmp_path / "copy.db").stat().st_size == path.stat().st_size  # nothing left to give back
    ingest(seeds[-1])  # one more article: the file grows by far less than it was
    assert calls == [1]


def test_an_ingest_leaves_the_file_as_it_is_when_it_cannot_be_compacted(tmp_path, monkeypatch):
    import bellink.db as dbmod

    def busy(conn):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(dbmod, "compact", busy)
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    path = tmp_path / "kb.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "ingest", "--jobs", "1", str(seeds[0])],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 1


def test_an_ingest_leaves_a_large_file_to_bellink_compact(tmp_path, monkeypatch):
    """Another ingest's writer waits at most a minute for the write lock that VACUUM holds."""
    import bellink.db as dbmod

    calls = []
    monkeypatch.setattr(dbmod, "compact", lambda conn: calls.append(1))
    monkeypatch.setattr(dbmod, "AUTO_COMPACT_MAX_BYTES", 100_000)
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "kb.db"), "ingest", "--jobs", "1", str(seeds[0])],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert calls == []
