"""One name lookup for every command: scripts, spellings, cases, surnames, designations."""
import pytest
from click.testing import CliRunner

from bellink.cli import cli


@pytest.mark.parametrize("query, expected", [
    ("Ravkov", "Andrei Ravkov"),
    ("Равков", "Andrei Ravkov"),
    ("Andrei Ravkov", "Andrei Ravkov"),
    ("andrey ravkov", "Andrei Ravkov"),
    ("Равкова", "Andrei Ravkov"),
    ("S-400", "S-400"),
    ("С-400", "S-400"),
    ("s400", "S-400"),
    ("Triumf", "S-400"),
    ("С-400 «Триумф»", "S-400"),
    ("Лукашенко", "Lukashenko"),
    ("Alyaksandr Lukashenka", "Lukashenko"),
    ("Белоруссия", "Belarus"),
    ("Республики Беларусь", "Belarus"),
    ("zapad-2021", "Zapad-2021"),
    ("Запад-2021", "Zapad-2021"),
])
def test_show_finds_one_entity_whatever_the_form(seeded, query, expected):
    card = seeded("show", query)[0]
    assert expected.lower() in card["name"].lower()


def test_s300_and_s400_are_different(seeded):
    assert seeded("show", "S-300")[0]["name"] != seeded("show", "S-400")[0]["name"]


def test_family_lists_its_variants(seeded):
    card = seeded("show", "S-300")[0]
    assert "S-300PS" in card.get("variants", [])
    assert seeded("show", "S-300PS")[0]["family"] == card["name"]


def _err(db, *args):
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    return lines[0]


def test_unknown_name_suggests_close_ones(seeded_db):
    err = _err(seeded_db, "show", "Lukashenkko")
    assert "did you mean" in err and "Lukashenko" in err


def test_ambiguous_name_lists_candidates(seeded_db):
    err = _err(seeded_db, "who-said", "Ivanov")
    assert "several" in err and "Sergei Ivanov" in err and "Igor Ivanov" in err


def test_who_said_is_the_same_for_every_spelling(seeded):
    rows = [seeded("who-said", q) for q in ("Ravkov", "Равков", "Andrei Ravkov")]
    assert rows[0] == rows[1] == rows[2]
