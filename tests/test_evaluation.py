"""The gold-standard evaluation must not drop below the last recorded level (bench/ratchet.json)."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("bellink_evaluate", ROOT / "bench" / "evaluate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def figures():
    return _evaluate_module().run_all()


def test_no_figure_drops_below_the_ratchet(figures):
    ratchet = json.loads((ROOT / "bench" / "ratchet.json").read_text())
    dropped = {k: (figures.get(k), v) for k, v in ratchet.items() if figures.get(k, 0.0) < v - 1e-9}
    assert not dropped, f"extraction got worse (now, recorded): {dropped}"


def test_ratchet_watches_every_figure(figures):
    ratchet = json.loads((ROOT / "bench" / "ratchet.json").read_text())
    assert set(ratchet) == set(figures)


def _gold_folder(folder, stem, published, text, *, statements=(), deliveries=(), not_deliveries=()):
    """A gold folder of one English article written for a test: articles/ with its text and manifest, and its gold."""
    articles = folder / "articles"
    articles.mkdir(parents=True)
    (articles / "manifest.json").write_text(json.dumps(
        {stem: {"outlet": "Test Agency", "published": published, "lang": "en"}}))
    (articles / f"{stem}.txt").write_text(text, encoding="utf-8")
    gold = {"document": stem, "lang": "en", "published": published, "entities": [], "statements": list(statements),
            "deliveries": list(deliveries), "meetings": [], "exercises": [], "deployments": [], "agreements": [],
            "timexes": [], "not_deliveries": list(not_deliveries), "notes": []}
    (folder / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def _small_gold(tmp_path, not_deliveries, phenomena):
    """One article written for this test, with a gold file holding one tagged statement and no delivery."""
    return _gold_folder(
        tmp_path, "900_tagged_en", "2019-05-14",
        "Belarus gets Tor-M2 batteries\n\n"
        "Russia delivered four Tor-M2 air defence systems to Belarus on Monday, the Belarusian Defence "
        "Ministry said. \"The crews are ready,\" Defence Minister Andrei Ravkov told reporters.\n",
        statements=[{"speaker": "Andrei Ravkov", "role": "Defence Minister", "direct": True,
                     "key_phrase": "The crews are ready", "date": "2019-05-14", "date_precision": "day",
                     "channel": None, "phenomena": phenomena}],
        not_deliveries=not_deliveries)


def test_a_spurious_delivery_in_a_not_delivery_passage_counts_as_a_row_that_must_never_exist(tmp_path):
    ev = _evaluate_module()
    passage = "Russia delivered four Tor-M2 air defence systems to Belarus"
    flagged = ev.run(_small_gold(tmp_path / "a", [{"system": None, "reason": "halted", "evidence": passage}], []))
    plain = ev.run(_small_gold(tmp_path / "b", [], []))
    # the gold (on purpose) lists no delivery: the row bellink finds is a false positive either way,
    # and only the one inside a not_deliveries passage is a row that must never exist
    assert plain["counts"]["deliveries_false_positive"] >= 1
    assert flagged["counts"]["deliveries_false_positive"] == plain["counts"]["deliveries_false_positive"]
    assert plain["counts"]["deliveries_never"] == 0
    assert flagged["counts"]["deliveries_never"] >= 1
    assert any("must never exist: halted" in line for line in flagged["false_positives"])


def test_gold_items_are_counted_under_each_phenomenon_tag_and_their_language(tmp_path):
    ev = _evaluate_module()
    result = ev.run(_small_gold(tmp_path, [], ["office_only", "channel"]))
    table = result["phenomena"]["statements"]
    assert set(table) == {"office_only", "channel", "lang:en"}
    for tag in table:
        assert table[tag]["gold"] == 1
        assert table[tag]["found"] == 1  # the quote is found
        assert table[tag]["right"] == 1  # and given to Ravkov


@pytest.mark.parametrize("weights, expected", [
    # gold 0 fits both rows, row 0 better; gold 1 fits only row 0: the most pairs first
    ({(0, 0): 100, (0, 1): 0, (1, 0): 0}, {0: 1, 1: 0}),
    # both gold items fit both rows: each takes the row that is right for it, whatever the order
    ({(0, 0): 0, (0, 1): 111, (1, 0): 111, (1, 1): 0}, {0: 1, 1: 0}),
    ({(0, 0): 111, (0, 1): 0, (1, 0): 0, (1, 1): 111}, {0: 0, 1: 1}),
    # right on the quantity beats right on the date alone
    ({(0, 0): 1, (0, 1): 10}, {0: 1}),
    # no row fits: nothing assigned
    ({}, {}),
])
def test_gold_deliveries_get_the_best_assignment_of_rows(weights, expected):
    ev = _evaluate_module()
    assert ev.best_assignment(2, 2, lambda i, j: weights.get((i, j))) == expected


def test_two_batches_of_one_system_at_two_dates_are_both_scored_right(tmp_path):
    """Gold listing the later batch first must not make both rows look wrong (first-come did)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "manifest.json").write_text(json.dumps(
        {"901_pairs_en": {"outlet": "Test Agency", "published": "2020-06-10", "lang": "en"}}))
    (articles / "901_pairs_en.txt").write_text(
        "Belarus completes Su-30SM order\n\n"
        "Russia delivered two Su-30SM fighters to Belarus in November 2019, the Belarusian Defence Ministry said.\n\n"
        "Russia delivered two more Su-30SM fighters to Belarus in March 2020, the ministry added.\n", encoding="utf-8")

    def batch(date):
        return {"system": "Su-30SM", "supplier": "Russia", "recipient": "Belarus", "status": "delivered",
                "quantity": 2, "date": date, "date_precision": "month", "evidence": "", "phenomena": []}

    gold = {"document": "901_pairs_en", "lang": "en", "published": "2020-06-10", "entities": [], "statements": [],
            "deliveries": [batch("2020-03"), batch("2019-11")], "meetings": [], "exercises": [],
            "deployments": [], "agreements": [], "timexes": [], "not_deliveries": [], "notes": []}
    (tmp_path / "901_pairs_en.json").write_text(json.dumps(gold), encoding="utf-8")
    result = _evaluate_module().run(tmp_path)
    assert result["figures"]["deliveries"]["tp"] == 2
    assert result["figures"]["deliveries_quantity_and_date_of_gold"] == 1.0


@pytest.mark.parametrize("row_date, gold_end, right", [
    ("2023-06", "2023-07", True),   # inside the gold's period (May to July)
    ("2023-06", None, False),       # the gold is May alone
    ("2023-08", "2023-07", False),  # after the period
])
def test_a_delivery_dated_inside_the_gold_period_is_right(row_date, gold_end, right):
    ev = _evaluate_module()
    row = {"quantity": 40.0, "date": row_date, "date_end": None}
    gold = {"quantity": 40, "date": "2023-05", "date_end": gold_end}
    qty_ok, date_ok, within = ev._delivery_scores(None, row, gold)
    assert qty_ok and date_ok is right and within is right


@pytest.mark.parametrize("row_date, row_end, gold_date, right, within", [
    ("2016-05", None, "2016-05", True, True),                # the same month
    ("2016", None, "2016-05", True, True),                  # a year holding the gold's month: coarser, not wrong
    ("2016-05-12", None, "2016-05", True, True),            # a day inside the gold's month
    ("2019-11", "2023-05-19", "2019-11", True, True),       # "since November 2019" to the report: starts with the gold
    ("2014-11", "2015-11", "2014", False, True),            # only overlaps the gold's year: never credited
    ("2022-12-26", "2023-01-01", "2022-12", False, True),   # a week straddling two months: overlap only
    ("2021-09", "2022-09", "2021-09-03", False, True),      # a year-long span holding the gold's day, not from it
    ("2017", None, "2019", False, False),                   # another year
])
def test_a_row_date_that_only_overlaps_the_gold_is_not_right(row_date, row_end, gold_date, right, within):
    ev = _evaluate_module()
    row = {"quantity": None, "date": row_date, "date_end": row_end}
    gold = {"quantity": None, "date": gold_date, "date_end": None}
    qty_ok, date_ok, got_within = ev._delivery_scores(None, row, gold)
    assert date_ok is right and got_within is within


def test_a_gold_system_name_resolves_among_weapon_systems_first(tmp_path):
    """Gold "Ural" is the Ural-4320 truck even when some article's «Урал» made a discovered organization of that name
    (the name alone found the organization, and the truck rows never matched)."""
    import sqlite3

    ev = _evaluate_module()
    _gold_folder(tmp_path, "902_trucks_en", "2023-05-10",
                 "Trucks leave for Russia\n\nBelarus shipped 30 Ural trucks to Russia in April, monitors said.\n",
                 deliveries=[{"system": "Ural", "supplier": "Belarus", "recipient": "Russia", "status": "delivered",
                              "quantity": 30, "date": "2023-04", "date_precision": "month", "evidence": "",
                              "phenomena": []}])
    db = tmp_path / "gold.db"
    ev.ingest_gold(db, tmp_path)
    conn = sqlite3.connect(db)
    with conn:
        cur = conn.execute("insert into entities (key, name, type, source) values "
                           "('organization:ural', 'Ural', 'organization', 'discovered')")
        conn.executemany("insert into aliases (entity_id, alias, norm, source) values (?, ?, ?, 'text')",
                         [(cur.lastrowid, "Ural", "ural"), (cur.lastrowid, "Урал", "ural")])
    conn.close()
    assert ev.evaluate(db, tmp_path)["figures"]["deliveries"]["tp"] == 1


def test_folder_option_scores_a_gold_folder_of_ones_own_and_refuses_what_is_not_one(tmp_path, capsys):
    ev = _evaluate_module()
    folder = _small_gold(tmp_path / "mine", [], ["office_only"])
    assert ev.main(["--folder", str(folder), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)["mine"]
    assert result["figures"]["statements_speaker_span"]["tp"] == 1
    assert result["false_positives"]  # the delivery the gold leaves out is listed: the folder is one's own
    assert ev.main(["--folder", str(folder), "--json", "--figures-only"]) == 0
    assert json.loads(capsys.readouterr().out)["mine"]["false_positives"] == []
    with pytest.raises(SystemExit):
        ev.main(["--folder", str(tmp_path)])
    assert "not a gold folder" in capsys.readouterr().err


def test_the_qd_listing_holds_a_matched_delivery_with_a_wrong_count(tmp_path):
    """``--qd`` lists every matched delivery whose quantity or date differs from the gold, with both sides."""
    ev = _evaluate_module()
    _gold_folder(tmp_path, "903_count_en", "2020-06-10",
                 "Su-30SM for Belarus\n\n"
                 "Russia delivered two Su-30SM fighters to Belarus in March 2020, the Belarusian Defence Ministry said.\n",
                 deliveries=[{"system": "Su-30SM", "supplier": "Russia", "recipient": "Belarus", "status": "delivered",
                              "quantity": 3, "unit": "aircraft", "date": "2020-03", "date_precision": "month",
                              "evidence": "two Su-30SM fighters", "phenomena": []}])
    (entry,) = ev.run(tmp_path)["qd"]
    assert entry["wrong"] == "Q"
    assert (entry["gold"]["quantity"], entry["found"]["quantity"], entry["found"]["date"]) == (3, 2.0, "2020-03")


def test_the_closed_pool_adds_the_sets_counts_before_dividing(tmp_path):
    ev = _evaluate_module()
    # two copies of one small set: pooled precision and recall equal the set's own, and every count doubles
    one = ev.run(_small_gold(tmp_path / "a", [{"system": None, "reason": "halted",
                                               "evidence": "Russia delivered four Tor-M2 air defence systems to Belarus"}], []))
    results = {"x": one, "y": one}
    assert ev.pooled(results, ("x", "y", "z")) is None  # a set missing: no pooled figure
    pool = ev.pooled(results, ("x", "y"))
    for kind in ("statements", "deliveries"):
        assert pool[kind]["precision"] == one["figures"][kind if kind == "deliveries" else "statements_span"]["precision"]
        assert pool[kind]["tp"] == 2 * one["pool"][kind][0]
    assert pool["deliveries_never"] == 2 * one["counts"]["deliveries_never"] >= 2
    assert pool["deliveries_false_positive"] == 2 * one["counts"]["deliveries_false_positive"]


@pytest.mark.parametrize("gold, stored", [
    ("the issue of another batch is being considered,”", "The issue of another batch is being considered"),
    ("«Вопрос о поставках пока не стоит».", "вопрос о поставках пока не стоит"),
    ("“Two more batteries arrived in May…”", "two more batteries arrived in May"),
])
def test_a_key_phrase_copied_with_the_punctuation_that_closed_its_quote_matches_the_stored_statement(gold, stored):
    ev = _evaluate_module()
    assert ev._norm(gold) in ev._norm(stored)
