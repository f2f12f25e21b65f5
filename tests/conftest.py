import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bellink.cli import cli

DATA = Path(__file__).parent / "data"


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "kb.db"
    monkeypatch.setenv("BELLINK_DB", str(path))
    return path


@pytest.fixture
def run(db_path):
    """Invoke the CLI against the temporary database; returns the click Result."""
    runner = CliRunner()

    def _run(*args, input=None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return _run


@pytest.fixture
def run_json(run):
    def _run(*args):
        result = run(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    return _run


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory):
    """The bundled seeds ingested once for the whole session (ingest is the expensive part)."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "ingest"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def seeded(seeded_db):
    """Run a query command against the seeded database and parse its JSON."""
    runner = CliRunner()

    def _q(*args):
        result = runner.invoke(cli, ["--db", str(seeded_db), *args, "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    return _q
