"""Every command documents itself with an example, and the README shows real commands."""
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bellink.cli import cli

COMMANDS = cli.list_commands(None)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert re.search(rf"bellink {command}\b", result.output)


# Commands that write a file or run a server answer --json with what they wrote or serve, and
# commands that show one nested object (a fact, an article with its marks) answer --json with it;
# a CSV of either would mean nothing.
FILE_COMMANDS = {"report": [], "serve": [], "export": ["graph"], "fact": [], "read": [],
                 # decisions answer --json with what was decided
                 "reject": [], "correct": [], "merge": [], "alias": [], "forget": [],
                 # maintenance answers --json with the sizes before and after
                 "compact": []}


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("show", *FILE_COMMANDS)])
def test_every_command_offers_json_and_csv(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert "--json" in result.output and "--csv" in result.output


@pytest.mark.parametrize("path", [[c, *([s] if s else [])] for c, subs in FILE_COMMANDS.items() for s in subs or [None]])
def test_commands_that_write_files_offer_json(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0 and "--json" in result.output


def test_export_subcommands_have_examples():
    for sub in cli.get_command(None, "export").commands:
        result = CliRunner().invoke(cli, ["export", sub, "--help"])
        assert "Example:" in result.output and f"bellink export {sub}" in result.output


def test_readme_quickstart_is_two_commands():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    block = re.search(r"## Quickstart.*?```(?:bash|sh)?\n(.*?)```", readme, re.S).group(1)
    commands = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2
    assert "bellink ingest" in commands[0] and "pytest" in commands[1]
