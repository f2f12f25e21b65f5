"""Every listing, every format: the same rows, parsable, with the same fields; and the bugs of issue 14."""
import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bellink.cli import cli

LISTINGS = [
    ["statements"], ["who-said", "Lukashenko"], ["deliveries"], ["deliveries", "--lifecycle"],
    ["timeline", "--system", "S-400"], ["timeline"], ["sources"], ["entities"], ["search", "Belarus"],
    ["search", "Искандер"],
]
FORMATS = ["--json", "--nl", "--csv", "--tsv", "--table"]


def invoke(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


def ok(db, *args) -> str:
    result = invoke(db, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_every_format_carries_the_same_rows(seeded_db, args):
    as_json = json.loads(ok(seeded_db, *args, "--json"))
    assert isinstance(as_json, list) and as_json, "an array of objects"
    fields = list(as_json[0])
    assert all(list(r) == fields for r in as_json), "every object has the same fields in the same order"

    nl = ok(seeded_db, *args, "--nl").splitlines()
    assert [json.loads(line) for line in nl] == as_json
    assert all(": " in line and "\n" not in line for line in nl)

    for fmt, delim in (("--csv", ","), ("--tsv", "\t")):
        rows = list(csv.reader(io.StringIO(ok(seeded_db, *args, fmt)), delimiter=delim))
        assert rows[0] == fields, "header present and equal to the JSON fields"
        assert len(rows) - 1 == len(as_json)
        for row, obj in zip(rows[1:], as_json):
            for value, field in zip(row, fields):
                expected = obj[field]
                if isinstance(expected, (list, dict)):
                    assert json.loads(value) == expected, f"{field} is a JSON cell"
                elif isinstance(expected, bool):
                    assert value == ("true" if expected else "false")
                else:
                    assert value == ("" if expected is None else str(expected))

    # Piped, the table is plain text: a header, a rule, then one line per row (first page).
    table = ok(seeded_db, *args, "--table").splitlines()
    assert table[1].startswith("--")
    body = table[2:]
    assert len(body) == min(50, len(as_json))
    first_col = {"statements": None}.get(args[0])
    if args[0] in ("sources",):
        assert [line.split()[0] for line in body] == [r["id"] for r in as_json[:50]]
    if args[0] == "search":
        assert [line.split()[0] for line in body] == [r["document"] for r in as_json[:50]]
    del first_col


@pytest.mark.parametrize("fmt", FORMATS)
def test_show_means_the_same_in_every_format(seeded_db, fmt):
    out = ok(seeded_db, "show", "S-400", fmt)
    if fmt == "--json":
        data = json.loads(out)
        assert isinstance(data, list) and len(data) == 1 and data[0]["name"].startswith("S-400")
    elif fmt == "--nl":
        assert len(out.splitlines()) == 1 and json.loads(out)["name"].startswith("S-400")
    elif fmt in ("--csv", "--tsv"):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "--csv" else "\t"))
        parts = {r["part"] for r in rows}
        assert {"alias", "document", "delivery", "timeline"} <= parts
        assert all(r["entity"].startswith("S-400") for r in rows)
    else:
        assert out.startswith("S-400")


@pytest.mark.parametrize("args", [["statements", "--since", "2030"], ["sources", "--since", "2030"],
                                  ["deliveries", "--since", "2030"], ["timeline", "--since", "2030"],
                                  ["search", "zzzzqqq"], ["entities", "--search", "zzzzqqq"]], ids=" ".join)
def test_an_empty_answer_keeps_its_header(seeded_db, args):
    header = ok(seeded_db, *args, "--csv").splitlines()
    assert len(header) == 1 and "," in header[0]
    assert json.loads(ok(seeded_db, *args, "--json")) == []
    assert ok(seeded_db, *args, "--nl") == ""
    assert ok(seeded_db, *args, "--csv", "--no-headers") == ""


def test_no_match_is_not_an_empty_database(seeded_db, tmp_path):
    result = invoke(seeded_db, "sources", "--since", "2023")
    assert result.exit_code == 0 and "No documents match" in result.output and "ingest" not in result.output
    empty = tmp_path / "empty.db"
    from bellink.db import open_db
    open_db(empty).close()
    result = invoke(empty, "sources")
    assert result.exit_code == 0 and "no documents yet" in result.output


def test_formats_are_mutually_exclusive(seeded_db):
    result = invoke(seeded_db, "sources", "--json", "--csv")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "--json" in result.output and "--csv" in result.output
    assert invoke(seeded_db, "show", "S-400", "--nl", "--tsv").exit_code == 2
    assert invoke(seeded_db, "sources", "--json", "--no-headers").exit_code == 2


def test_since_after_until_is_an_error(seeded_db):
    for command in (["sources"], ["statements"], ["timeline"], ["deliveries"], ["search", "S-400"]):
        result = invoke(seeded_db, *command, "--since", "2023", "--until", "2021")
        assert result.exit_code == 2 and "after --until" in result.output, command


def test_db_is_accepted_on_the_group_and_on_the_command(seeded_db, tmp_path, monkeypatch):
    monkeypatch.setenv("BELLINK_DB", str(tmp_path / "missing.db"))
    runner = CliRunner()
    after = runner.invoke(cli, ["deliveries", "--db", str(seeded_db), "--json"])
    before = runner.invoke(cli, ["--db", str(seeded_db), "deliveries", "--json"])
    assert after.exit_code == 0 and json.loads(after.stdout) == json.loads(before.stdout)
    # the command's --db wins over the group's and over BELLINK_DB
    both = runner.invoke(cli, ["--db", str(tmp_path / "nope.db"), "sources", "--db", str(seeded_db), "--json"])
    assert both.exit_code == 0 and len(json.loads(both.stdout)) == 5
    monkeypatch.setenv("BELLINK_DB", str(seeded_db))
    assert runner.invoke(cli, ["sources", "--json"]).exit_code == 0


@pytest.mark.parametrize("args", [["statements"], ["deliveries"], ["timeline"], ["sources"], ["entities"],
                                  ["who-said", "Lukashenko"]], ids=" ".join)
def test_limit_offset_order_desc(seeded_db, args):
    everything = json.loads(ok(seeded_db, *args, "--json"))
    assert len(everything) > 4
    assert json.loads(ok(seeded_db, *args, "--limit", "2", "--json")) == everything[:2]
    assert json.loads(ok(seeded_db, *args, "--offset", "2", "--limit", "2", "--json")) == everything[2:4]
    assert json.loads(ok(seeded_db, *args, "--offset", "2", "--json")) == everything[2:]
    reversed_ = json.loads(ok(seeded_db, *args, "--desc", "--json"))
    assert len(reversed_) == len(everything) and reversed_ != everything


def test_latest_n_by_date(seeded_db):
    latest = json.loads(ok(seeded_db, "statements", "--order", "date", "--desc", "--limit", "3", "--json"))
    from bellink.dates import bounds
    everything = json.loads(ok(seeded_db, "statements", "--json"))
    dated = sorted((bounds(r["date"])[0] for r in everything if r["date"]), reverse=True)
    assert [bounds(r["date"])[0] for r in latest] == dated[:3]
    by_speaker = json.loads(ok(seeded_db, "statements", "--order", "speaker", "--json"))
    names = [r["speaker"] for r in by_speaker if r["speaker"]]
    assert names == sorted(names)
    assert invoke(seeded_db, "statements", "--order", "nonsense").exit_code == 2


def test_the_table_shows_a_page_and_says_how_many_remain(seeded_db):
    total = len(json.loads(ok(seeded_db, "timeline", "--json")))
    assert total > 50
    result = invoke(seeded_db, "timeline")
    lines = result.stdout.splitlines()
    assert len(lines) == 2 + 50
    assert f"of {total}" in result.stderr and f"({total - 50} more)" in result.stderr
    assert "--offset 50" in result.stderr
    page2 = invoke(seeded_db, "timeline", "--offset", "50").stdout.splitlines()
    assert len(page2) == 2 + total - 50


def test_timeline_keeps_kind_and_status_apart(seeded_db):
    rows = json.loads(ok(seeded_db, "timeline", "--system", "S-400", "--json"))
    kinds = {r["kind"] for r in rows}
    assert "delivery" in kinds and not any("(" in k for k in kinds)
    assert {r["status"] for r in rows if r["kind"] == "delivery"} <= {"discussed", "planned", "ordered",
                                                                        "delivered", "in_service"}
    assert all(r["status"] is None for r in rows if r["kind"] == "statement")


def test_dates_are_iso_with_precision_and_label(seeded_db):
    for args in (["timeline"], ["statements"], ["deliveries"]):
        for r in json.loads(ok(seeded_db, *args, "--json")):
            if r["date"]:
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["date"]), r["date"]
                assert r["date_precision"] and r["date_label"]


@pytest.mark.parametrize("value, iso, label", [
    ("2021-FA", "2021-09", "autumn 2021"), ("2021-WI", "2021-12", "winter 2021/22"),
    ("2021-Q3", "2021-07", "Q3 2021"), ("2021-H1", "2021-01", "first half of 2021"), ("199", "1990", "1990s"),
    ("2021-06-24", "2021-06-24", "24 June 2021"), ("2017-03", "2017-03", "March 2017"), ("2015", "2015", "2015"),
])
def test_seasons_and_other_grains_are_iso_with_a_label(value, iso, label):
    from bellink import dates
    assert dates.iso(value) == iso and dates.label(value) == label


def test_a_season_is_never_shown_as_a_code(seeded_db, tmp_path):
    import shutil
    db = tmp_path / "season.db"
    shutil.copyfile(seeded_db, db)
    conn = sqlite3.connect(db)
    conn.execute("update events set date = '2021-FA', date_precision = 'season' where id = "
                 "(select min(id) from events where kind = 'delivery')")
    conn.commit()
    conn.close()
    for fmt in ("--json", "--csv", "--table"):
        out = ok(db, "timeline", fmt) + ok(db, "deliveries", fmt)
        assert "2021-FA" not in out
        assert "autumn 2021" in out


def test_one_of_a_unit_is_singular():
    from bellink.commands.listings import _qty
    assert _qty({"quantity": 1, "unit": "batteries"}) == "1 battery"
    assert _qty({"quantity": 1, "unit": "divisions"}) == "1 division"
    assert _qty({"quantity": 4, "unit": "divisions"}) == "4 divisions"
    assert _qty({"quantity": 1, "unit": "aircraft"}) == "1 aircraft"
    assert _qty({"quantity": 2.5, "unit": "systems", "quantity_approx": True}) == "~2.5 systems"


def test_quantities_are_integers_in_json_and_in_the_view(seeded_db):
    rows = json.loads(ok(seeded_db, "deliveries", "--json"))
    quantities = [r["quantity"] for r in rows if r["quantity"] is not None]
    assert quantities and all(isinstance(q, int) for q in quantities)
    conn = sqlite3.connect(seeded_db)
    view = [r[0] for r in conn.execute("select quantity from deliveries where quantity is not null")]
    assert view and all(isinstance(q, int) for q in view)


def test_lifecycle_csv_stages_are_a_json_cell(seeded_db):
    rows = list(csv.DictReader(io.StringIO(ok(seeded_db, "deliveries", "--lifecycle", "--csv"))))
    stages = json.loads(rows[0]["stages"])
    assert isinstance(stages, list) and {"status", "date", "document"} <= set(stages[0])


def _run_with_env(db, args, **env):
    full = {**os.environ, **env}
    return subprocess.run([sys.executable, "-m", "bellink", "--db", str(db), *args], capture_output=True,
                          env=full)


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "cp1252"},
                                 {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}])
@pytest.mark.parametrize("fmt", ["--json", "--csv", "--table"])
def test_output_is_utf8_whatever_the_locale(seeded_db, env, fmt):
    result = _run_with_env(seeded_db, ["who-said", "Boytsov", fmt], **env)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Бойцов" in result.stdout.decode("utf-8") or "Россия" in result.stdout.decode("utf-8")


def test_terminal_tables_fit_and_never_split_a_word(seeded_db, capsys):
    from bellink import queries
    from bellink.commands.listings import STATEMENT_COLUMNS, DELIVERY_COLUMNS, TIMELINE_COLUMNS
    from bellink.db import open_db
    from bellink.render import _plain, emit_table

    conn = open_db(seeded_db)
    for rows, columns in ((queries.statements(conn), STATEMENT_COLUMNS),
                          (queries.deliveries(conn), DELIVERY_COLUMNS),
                          (queries.timeline(conn, limit=40), TIMELINE_COLUMNS)):
        words = set()
        for r in rows:
            for c in columns:
                words.update(_plain(c[0](r) if callable(c[0]) else r.get(c[0])).split())
            words.update(c[1] for c in columns)
        words.update(w for c in columns for w in c[1].split())
        emit_table(rows, columns, plain=False, width=60)
        out = capsys.readouterr().out
        lines = out.splitlines()
        assert lines and all(len(line) <= 60 for line in lines)
        for line in lines:
            for cell in re.split(r"[\u2500-\u257f]+", line):  # box-drawing characters
                for w in cell.split():
                    assert w in words, f"{w!r} is not a whole word: {line}"


def test_query_start_imports_nothing_heavy(seeded_db):
    code = (
        "import sys; from bellink.cli import cli\n"
        "try:\n"
        f"    cli(['--db', {str(seeded_db)!r}, 'who-said', 'Nobody', '--json'])\n"
        "except SystemExit: pass\n"
        "print('HEAVY', [m for m in ('rich', 'rapidfuzz', 'snowballstemmer') if m in sys.modules], file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    # a miss may load the fuzzy matcher; nothing else
    assert "'rich'" not in result.stderr and "snowballstemmer" not in result.stderr, result.stderr


# --- did you mean ---------------------------------------------------------------------------

def _error(db, *args) -> str:
    result = invoke(db, *args)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    return lines[0]


def test_did_you_mean_offers_only_close_names_of_the_asked_type(seeded_db):
    assert "did you mean" not in _error(seeded_db, "who-said", "Nobody")  # not "Nebo", a radar
    assert "Alexander Lukashenko" in _error(seeded_db, "who-said", "Lukashenkko")
    assert "Andrei Ravkov" in _error(seeded_db, "who-said", "Ravkof")
    err = _error(seeded_db, "timeline", "--system", "Iskandr")
    assert "Iskander" in err
    err = _error(seeded_db, "deliveries", "--recipient", "Belarussia")
    assert "Belarus" in err and "Lukashenko" not in err


def test_did_you_mean_judges_other_scripts_and_romanizations_by_sound(seeded_db):
    # "Равкофф" folds to ravkoff: 77 against ravkov as spelled, the same as it sounds
    assert "Andrei Ravkov" in _error(seeded_db, "who-said", "Равкофф")
    assert "Andrei Ravkov" in _error(seeded_db, "who-said", "Ravkow")
    assert "Alexander Lukashenko" in _error(seeded_db, "who-said", "Lukashenkoff")
    # sound-alike forms must be nearer than spellings: nothing unrelated comes in with them
    assert "did you mean" not in _error(seeded_db, "who-said", "Nobodi")
    err = _error(seeded_db, "deliveries", "--recipient", "Belarussia")
    assert "Belarus" in err and "State Security Committee" not in err


def test_a_found_name_does_not_load_the_fuzzy_matcher(seeded_db):
    code = (
        "import sys; from bellink.cli import cli\n"
        "try:\n"
        f"    cli(['--db', {str(seeded_db)!r}, 'who-said', 'Ravkov', '--json'])\n"
        "except SystemExit: pass\n"
        "print('LOADED', [m for m in ('rapidfuzz', 'rich', 'snowballstemmer') if m in sys.modules], file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "LOADED []" in result.stderr, result.stderr


# --- search -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def khrenin_db(tmp_path_factory):
    """Articles naming Khrenin in English and Хренин in Russian."""
    from conftest import DATA  # pytest puts tests/ on the path (tests/ is not a package)

    db = tmp_path_factory.mktemp("khrenin") / "kb.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(DATA / "statements" / "en.txt"),
                                      str(DATA / "statements" / "ru.txt"), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


def _search(db, *args):
    return json.loads(ok(db, "search", *args, "--json"))


def test_search_by_name_finds_either_script(seeded_db, khrenin_db):
    ru = _search(seeded_db, "Искандер")
    assert any("Iskander" in r["sentence"] for r in ru)
    en = _search(khrenin_db, "Khrenin")
    assert any("Хренин" in r["sentence"] for r in en) and any("Khrenin" in r["sentence"] for r in en)
    assert {r["sentence"] for r in _search(khrenin_db, "Хренин")} == {r["sentence"] for r in en}


def test_search_words_match_by_stem(seeded_db):
    hits = _search(seeded_db, "deliver")
    words = " ".join(r["sentence"] for r in hits).lower()
    assert "delivering" in words and "deliveries" in words
    ru = _search(seeded_db, "поставка")
    assert any("поставк" in r["sentence"].lower() and "поставка" not in r["sentence"].lower() for r in ru)


def test_search_or_not_and_phrase(seeded_db):
    s400 = {(r["document"], r["sentence_index"]) for r in _search(seeded_db, "S-400")}
    isk = {(r["document"], r["sentence_index"]) for r in _search(seeded_db, "Iskander")}
    assert s400 and isk and s400 != isk
    either = {(r["document"], r["sentence_index"]) for r in _search(seeded_db, "S-400 OR Iskander")}
    assert either == s400 | isk
    both = {(r["document"], r["sentence_index"]) for r in _search(seeded_db, "S-400 Iskander")}
    assert both == s400 & isk
    without = {(r["document"], r["sentence_index"]) for r in _search(seeded_db, "S-400 NOT Iskander")}
    assert without == s400 - isk
    assert {(r["document"], r["sentence_index"]) for r in _search(seeded_db, "S-400 -Iskander")} == without
    phrase = _search(seeded_db, '"air defense systems"')
    assert phrase and all("air defense system" in r["sentence"].lower() for r in phrase)


def test_search_filters_like_other_listings(seeded_db):
    everything = _search(seeded_db, "S-400")
    en = _search(seeded_db, "S-400", "--lang", "en")
    assert en and len(en) < len(everything) and all(r["language"] == "en" for r in en)
    recent = _search(seeded_db, "S-400", "--since", "2021")
    assert recent and all(r["published"] >= "2021" for r in recent) and len(recent) < len(everything)
    old = _search(seeded_db, "S-400", "--until", "2020")
    assert old and all(r["published"] < "2021" for r in old)
    assert len(_search(seeded_db, "S-400", "--limit", "2")) == 2


@pytest.mark.parametrize("filters", [{"entity": "Belarus"}, {"system": "S-400"}, {"entity": "Lukashenko", "kind": "statement"}],
                         ids=str)
@pytest.mark.parametrize("desc", [False, True])
def test_a_selective_timeline_counts_in_the_same_statement_as_its_page(seeded_db, filters, desc):
    """Facts about one entity: the page and the footer's total come from one statement; both must
    equal what the page query and the count say on their own."""
    from bellink import queries
    from bellink.db import open_db

    listing = queries.timeline_listing(open_db(str(seeded_db), must_exist=True), **filters)
    everything = list(listing.rows())
    assert len(everything) > 4
    for limit, offset in ((3, 0), (4, 2), (50, 0)):
        rows, total = listing.page_with_total(limit, offset, None, desc)
        assert rows == list(listing.rows(limit=limit, offset=offset, desc=desc))
        assert total == len(everything) == listing.count()
    assert listing.page_with_total(3, len(everything) + 5, None, desc) is None  # past the end
    assert listing.page_with_total(3, 0, "kind", desc) is None  # other orders page and count apart
    result = invoke(seeded_db, "timeline", *[f"--{k}={v}" for k, v in filters.items()], "--limit", "2")
    assert f"of {len(everything)} ({len(everything) - 2} more)" in result.stderr


def _on_a_terminal(db, args, **env):
    """Run a command with stdout on a pseudo-terminal; return (what it drew, its stderr)."""
    import pty

    code = (
        "import sys; from bellink.cli import cli\n"
        "try:\n"
        f"    cli(['--db', {str(db)!r}, *{list(args)!r}])\n"
        "except SystemExit: pass\n"
        "print('LOADED', [m for m in ('rich',) if m in sys.modules], file=sys.stderr)\n"
    )
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=slave, stderr=subprocess.PIPE,
                            env={**os.environ, "COLUMNS": "90", **env})
    os.close(slave)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    err = proc.communicate()[1].decode("utf-8")
    os.close(master)
    return drawn.decode("utf-8"), err


def test_a_terminal_table_is_boxed_fitted_and_highlighted_without_rich(seeded_db):
    drawn, err = _on_a_terminal(seeded_db, ["search", "Iskander", "--limit", "3"])
    assert "LOADED []" in err, err
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", ln) for ln in drawn.splitlines()]
    assert lines[0].startswith("┏") and lines[-1].startswith("└")
    assert all(len(ln) == len(lines[0]) <= 90 for ln in lines)
    assert "\x1b[1;33mIskander\x1b[0m" in drawn, "a hit is bold yellow"
    assert "\x1b[1mdocument\x1b[0m" in drawn, "headers are bold"
    plain, _ = _on_a_terminal(seeded_db, ["search", "Iskander", "--limit", "3"], NO_COLOR="1")
    assert "\x1b[" not in plain and "Iskander" in plain
    empty, _ = _on_a_terminal(seeded_db, ["search", "Iskander", "--limit", "3"], NO_COLOR="")
    assert "\x1b[1;33mIskander\x1b[0m" in empty, "an empty NO_COLOR leaves colour on (no-color.org)"


def test_a_cell_wraps_at_spaces_and_folds_only_a_word_wider_than_its_column():
    from bellink.render import _wrap

    text = "We will buy more S-400 systems"
    assert [text[a:b] for a, b in _wrap(text, 10)] == ["We will", "buy more", "S-400", "systems"]
    assert [text[a:b] for a, b in _wrap(text, 40)] == [text]
    word = "Iskander-M x"
    assert [word[a:b] for a, b in _wrap(word, 4)] == ["Iska", "nder", "-M x"]


def test_search_order_rank_puts_the_best_matches_first(seeded_db):
    newest = json.loads(ok(seeded_db, "search", "air defense", "--json"))
    ranked = json.loads(ok(seeded_db, "search", "air defense", "--order", "rank", "--json"))
    key = lambda r: (r["document"], r["sentence_index"])  # noqa: E731
    assert sorted(map(key, ranked)) == sorted(map(key, newest)) and len(ranked) > 3
    assert ranked != newest
    # BM25 favours a short sentence with both words over a long one that has them once
    assert len(ranked[0]["sentence"]) < max(len(r["sentence"]) for r in ranked)
    assert "air defense" in ranked[0]["sentence"].lower()
    least_first = json.loads(ok(seeded_db, "search", "air defense", "--order", "rank", "--desc", "--json"))
    assert least_first == ranked[::-1]
    assert json.loads(ok(seeded_db, "search", "air defense", "--order", "rank", "--offset", "1", "--limit", "2",
                         "--json")) == ranked[1:3]


@pytest.mark.parametrize("filters", [{}, {"status": "delivered"}, {"recipient": "Belarus"}, {"since": "2019"}], ids=str)
def test_the_deliveries_register_reads_its_page_off_an_index_and_counts_without_joins(seeded_db, filters):
    from bellink import queries
    from bellink.db import open_db

    conn = open_db(str(seeded_db), must_exist=True)
    listing = queries.deliveries_listing(conn, **filters)
    everything = list(listing.rows())
    assert everything and listing.count() == len(everything)
    assert list(listing.rows(limit=2, offset=1)) == everything[1:3]
    if not filters:  # the default view: no sort of every delivery (events_kind, migration 0020)
        sql = listing.select + listing.body + listing.order_sql(None, False) + " limit 51"
        plan = " | ".join(r[3] for r in conn.execute("explain query plan " + sql, listing.args))
        assert "events_kind" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("name", ["S-400", "Belarus", "Russia", "Lukashenko"])
@pytest.mark.parametrize("desc", [False, True])
def test_a_cards_deliveries_start_from_the_entity_and_count_in_the_same_statement_as_the_page(seeded_db, name, desc):
    """Deliveries involving one entity (a card's section): page and total from one statement, equal to
    what the page query and the count say on their own; the plan starts from the entity's events,
    not from every delivery in date order."""
    from bellink import lookup, queries
    from bellink.db import open_db

    conn = open_db(str(seeded_db), must_exist=True)
    ids = lookup.expand_family(conn, lookup.resolve(conn, name)["id"])
    listing = queries.deliveries_listing(conn, entity_ids=ids)
    everything = list(listing.rows())
    involved = {r[0] for r in conn.execute(
        f"select ev.id from events ev join event_entities ee on ee.event_id = ev.id"
        f" where ev.kind = 'delivery' and ee.entity_id in ({','.join('?' * len(ids))})", ids)}
    assert {r["id"] for r in everything} == involved and (everything or name == "Lukashenko")
    assert len(everything) == len(involved) == listing.count()
    for limit, offset in ((3, 0), (4, 2), (50, 0)):
        got = listing.page_with_total(limit, offset, None, desc)
        page = list(listing.rows(limit=limit, offset=offset, desc=desc))
        assert got == ((page, len(everything)) if page else None)
    assert listing.page_with_total(3, 0, "quantity", desc) is None  # other orders page and count apart
    for sql in (listing.select + listing.body + listing.order_sql(None, desc) + " limit 51",
                f"select count(*) from (select 1 {listing.count_body})"):
        plan = " | ".join(r[3] for r in conn.execute("explain query plan " + sql, listing.args))
        assert "event_entities_entity" in plan and "events_kind" not in plan, plan


@pytest.mark.parametrize("filters", [{"speaker": "Lukashenko"}, {"speaker": "Lukashenko", "about": "Russia"},
                                     {"speaker": "Lukashenko", "lang": "en", "since": "2020"}], ids=str)
@pytest.mark.parametrize("desc", [False, True])
def test_one_speakers_statements_count_in_the_same_statement_as_their_page(seeded_db, filters, desc):
    from bellink import queries
    from bellink.db import open_db

    conn = open_db(str(seeded_db), must_exist=True)
    listing = queries.statements_listing(conn, **filters)
    everything = list(listing.rows())
    assert everything and listing.count() == len(everything)
    for limit, offset in ((2, 0), (3, 1), (50, 0)):
        got = listing.page_with_total(limit, offset, None, desc)
        page = list(listing.rows(limit=limit, offset=offset, desc=desc))
        assert got == ((page, len(everything)) if page else None)
    assert listing.page_with_total(2, 0, "confidence", desc) is None
    assert queries.statements_listing(conn).page_with_total(2, 0) is None  # the register pages off an index


@pytest.mark.parametrize("name", ["Belarus", "S-400", "Lukashenko", "Putin"])
def test_statements_about_an_entity_over_the_tables_are_those_the_views_give(seeded_db, name):
    """The statements whose span holds a mention, read off mention_spans/statement_rows, are the ones
    the mentions and statements views give; and `statements --about` lists exactly those."""
    from bellink import lookup, queries
    from bellink.db import open_db

    conn = open_db(str(seeded_db), must_exist=True)
    ids = lookup.expand_family(conn, lookup.resolve(conn, name)["id"])
    marks = ",".join("?" * len(ids))
    by_views = {r[0] for r in conn.execute(
        "select st.id from mentions m join statements st on st.document_id = m.document_id"
        f" and st.start <= m.start and st.stop >= m.stop where m.entity_id in ({marks})", ids)}
    by_tables = {r[0] for r in conn.execute(queries._MENTIONING.format(marks), ids)}
    assert by_tables == by_views and by_views
    about = {r["id"] for r in json.loads(ok(seeded_db, "statements", "--about", name, "--json"))}
    assert about == by_views


@pytest.mark.parametrize("filters", [{}, {"system": "S-400"}, {"recipient": "Belarus"}, {"status": "delivered"}], ids=str)
def test_lifecycle_grouped_in_sql_gives_the_deals_grouping_every_delivery_gave(seeded_db, filters):
    from bellink import queries
    from bellink.db import open_db

    conn = open_db(str(seeded_db), must_exist=True)
    expected = queries.lifecycle(queries.deliveries_listing(conn, **filters).rows(), queries.denials_by_deal(conn))
    listing = queries.lifecycle_listing(conn, **filters)
    assert list(listing.rows()) == expected and listing.count() == len(expected)
    assert list(listing.rows(limit=2, offset=1)) == expected[1:3]
    by_first = sorted([g for g in expected if g["first"]], key=lambda g: g["first"], reverse=True)
    assert [g["first"] for g in listing.rows(order="first", desc=True)][:len(by_first)] == [g["first"] for g in by_first]


def test_a_lifecycle_table_shows_a_deals_first_stages_and_counts_the_rest(seeded_db, monkeypatch):
    from bellink import queries

    monkeypatch.setattr(queries.LifecycleListing, "TABLE_STAGES", 1)
    full = json.loads(ok(seeded_db, "deliveries", "--lifecycle", "--json"))
    many = [g for g in full if len(g["stages"]) > 1]
    assert many
    table = ok(seeded_db, "deliveries", "--lifecycle")
    assert f"… {len(many[0]['stages']) - 1:,} more (all with --json)" in table


@pytest.mark.parametrize("name", ["Lukashenko", "S-400", "Belarus"])
def test_a_cards_table_reads_each_section_s_first_page_and_counts_the_rest(seeded_db, name):
    from bellink import queries
    from bellink.db import open_db

    conn = open_db(str(seeded_db), must_exist=True)
    full = queries.entity_card(conn, name)
    page = queries.entity_card(conn, name, limit=2)
    for key in ("documents", "statements", "deliveries", "timeline"):
        assert page[key] == full[key][:2], key
        assert page["counts"][key] == len(full[key]), key
    assert "counts" not in full


def test_every_lazy_command_resolves_to_itself_and_a_query_loads_only_its_own(seeded_db):
    from bellink.cli import LAZY_COMMANDS

    for name in LAZY_COMMANDS:
        cmd = cli.get_command(None, name)
        assert cmd is not None and cmd.name == name, name
    assert sorted(LAZY_COMMANDS) == cli.list_commands(None)
    code = (
        "import sys; from bellink.cli import cli\n"
        "try:\n"
        f"    cli(['--db', {str(seeded_db)!r}, 'timeline', '--json'])\n"
        "except SystemExit: pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith(('bellink.commands.', 'bellink.workbench',"
        " 'bellink.ingest', 'bellink.curation', 'rich', 'tempfile', 'subprocess'))), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "LOADED ['bellink.commands.listings']" in result.stderr, result.stderr
