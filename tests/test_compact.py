"""bellink compact: the full-text index merged and the file vacuumed; nothing stored changes."""
import json
import shutil
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
    shutil.copyfile(seeded_db, path)
    runner = CliRunner()
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
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
