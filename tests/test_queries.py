"""Query commands: shared output options, date filters, ordering, speed-relevant imports."""
import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bellink.cli import cli

LISTINGS = [["statements"], ["who-said", "Lukashenko"], ["deliveries"], ["timeline", "--system", "S-400"],
            ["sources"], ["entities"], ["search", "Belarus"]]


@pytest.mark.parametrize("args", LISTINGS)
def test_json_csv_and_table_carry_the_same_rows(seeded_db, args):
    runner = CliRunner()
    as_json = json.loads(runner.invoke(cli, ["--db", str(seeded_db), *args, "--json"]).output)
    as_csv = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["--db", str(seeded_db), *args, "--csv"]).output)))
    assert len(as_json) == len(as_csv)
    if as_json:
        assert list(as_json[0].keys()) == list(as_csv[0].keys())
    table = runner.invoke(cli, ["--db", str(seeded_db), *args])
    assert table.exit_code == 0


@pytest.mark.parametrize("command", [["statements"], ["deliveries"], ["timeline", "--system", "S-400"],
                                     ["who-said", "Ravkov"]])
@pytest.mark.parametrize("bad", ["2021-13", "June 2021", "21-06-01", "2021/06"])
def test_malformed_dates_are_usage_errors(seeded_db, command, bad):
    result = CliRunner().invoke(cli, ["--db", str(seeded_db), *command, "--since", bad])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "YYYY, YYYY-MM or YYYY-MM-DD" in lines[0]


def test_json_is_utf8_not_escaped(seeded_db):
    out = CliRunner().invoke(cli, ["--db", str(seeded_db), "sources", "--json"]).output
    assert "Лукашенко" in out and "\\u041b" not in out


def test_timeline_is_chronological_with_undated_last(seeded):
    rows = seeded("timeline", "--entity", "Belarus")
    dated = [r["date"] for r in rows if r["date"]]
    from bellink.dates import bounds
    assert [bounds(d)[0] for d in dated] == sorted(bounds(d)[0] for d in dated)
    seen_undated = False
    for r in rows:
        if r["date"] is None:
            seen_undated = True
        else:
            assert not seen_undated, "a dated fact after an undated one"


def test_since_until_filter_by_overlap(seeded):
    everything = seeded("timeline", "--entity", "Belarus")
    only = seeded("timeline", "--entity", "Belarus", "--since", "2021", "--until", "2021-12")
    assert 0 < len(only) < len(everything)
    from bellink.dates import bounds
    for r in only:
        lo, hi = bounds(r["date"], r.get("date_end"))
        assert hi >= "2021-01-01" and lo <= "2021-12-31"


def test_query_commands_do_not_import_the_ingest_stack(seeded_db):
    code = (
        "import sys; from bellink.cli import cli\n"
        "try:\n"
        f"    cli(['--db', {str(seeded_db)!r}, 'who-said', 'Ravkov', '--json'])\n"
        "except SystemExit: pass\n"
        "heavy = [m for m in ('natasha', 'slovnet', 'navec', 'numpy', 'pymorphy3', 'razdel', 'sqlite_utils', 'rich',"
        " 'dateutil', 'bellink.ingest.entities') if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in result.stderr, result.stderr


@pytest.mark.parametrize("args", [["statements"], ["who-said", "Ravkov"], ["deliveries"],
                                  ["timeline", "--entity", "Belarus"]])
def test_limit_keeps_the_first_rows(seeded, args):
    everything = seeded(*args)
    assert len(everything) > 3
    assert seeded(*args, "--limit", "3") == everything[:3]
