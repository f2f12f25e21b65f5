"""The learned delivery scorer (deliveries/learned.py): off without its weights file, and what it does when on.

The package ships no weights (bellink/kb/delivery_scorer.tsv): session 12 measured the scorer and it added a wrong row
on heldout6 (learned.py's docstring). These tests pin the off state, the scorer's mechanics under a weights table
written for the test (every candidate scores "delivered": only the structure decides which get a row), and that
training is reproducible (bench/train_deliveries.py, from the repository).
"""
import importlib.util
import sys
from pathlib import Path

import pytest

from bellink.ingest.events.deliveries import learned
from bellink.ingest.pipeline import analyze_text

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / "bench" / "train_deliveries.py"
PUBLISHED = "2024-05-14"

# every candidate "delivered" with p ~ 0.9999; the direction model unsure (0.5 / 0.5)
DELIVERED = {"bias": [0.0, 0.0, 0.0, 0.0, 10.0, 0.0, 0.0, 0.0]}


def _deliveries(text, lang, table=None, monkeypatch=None):
    if table is not None:
        monkeypatch.setattr(learned, "weights", lambda: (0.8, table))
    a = analyze_text(text, lang=lang, published=PUBLISHED)
    return [e for e in a.events if e.kind == "delivery"]


def test_no_weights_are_shipped_so_the_scorer_is_off():
    assert learned.weights() == (None, {})
    rows = _deliveries("MINSK, May 14 - Belarus took four more Mi-35M attack helicopters from Russia on Tuesday.", "en")
    assert not [e for e in rows if e.details.get("rule") == "deliveries.learned"]


# sentences the rules miss ("took ... from", "взяла у" are no transfer cues), which the scorer turns into a row with the
# rules' sides, count and date
FOUND = [
    ("MINSK, May 14 - Belarus took four more Mi-35M attack helicopters from Russia on Tuesday, the ministry said.",
     "en", "weapon_system:mi35m", 4.0),
    ("МИНСК, 14 мая. Белоруссия взяла у России еще четыре ударных вертолета Ми-35М, сообщило Минобороны.",
     "ru", "weapon_system:mi35m", 4.0),
]


@pytest.mark.parametrize("text,lang,system,quantity", FOUND)
def test_a_missed_system_becomes_a_learned_row(text, lang, system, quantity, monkeypatch):
    assert not _deliveries(text, lang)  # the rules alone make nothing
    rows = _deliveries(text, lang, DELIVERED, monkeypatch)
    assert len(rows) == 1
    row = rows[0]
    assert row.details["rule"] == "deliveries.learned" and row.details["learned_p"] >= 0.99
    assert row.status == "delivered" and row.roles["system"] == [system] and row.quantity == quantity
    assert row.roles["supplier"] == ["country:russia"] and row.roles["recipient"] == ["country:belarus"]
    assert row.confidence <= learned.MAX_CONFIDENCE
    assert row.date is not None and row.date.value.startswith("2024-05")


# where the scorer, however sure, leaves the text alone: an exercise, a transfer word the rules linked and declined
# (a halted deal), a row the rules made, a passage naming neither side while the direction model is unsure
LEFT_ALONE = [
    ("Russian Iskander-M launchers took part in the Zapad exercise in Belarus in September.", "en"),
    ("Российские комплексы «Искандер-М» приняли участие в учениях «Запад» в Белоруссии в сентябре.", "ru"),
    ("Russia has halted the delivery of S-400 systems to Belarus, a source said.", "en"),
    ("Россия приостановила поставку комплексов С-400 в Белоруссию, сообщил источник.", "ru"),
    ("Monitors counted three more trains with T-72B tanks on Monday.", "en"),
    ("Мониторы насчитали в понедельник еще три эшелона с танками Т-72Б.", "ru"),
]


@pytest.mark.parametrize("text,lang", LEFT_ALONE)
def test_the_scorer_leaves_alone(text, lang, monkeypatch):
    before = [e.summary for e in _deliveries(text, lang)]
    after = _deliveries(text, lang, DELIVERED, monkeypatch)
    assert [e.summary for e in after] == before
    assert not [e for e in after if e.details.get("rule") == "deliveries.learned"]


def test_a_system_the_rules_read_gets_no_second_row(monkeypatch):
    text = "Russia delivered four Su-30SM fighters to Belarus on Monday."
    before = _deliveries(text, "en")
    assert [e.status for e in before] == ["delivered"]
    after = _deliveries(text, "en", DELIVERED, monkeypatch)
    assert [(e.summary, e.details.get("rule")) for e in after] == [(e.summary, e.details.get("rule")) for e in before]


def test_probabilities_are_a_deterministic_softmax():
    table = {"a": [1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0, 1.0], "b": [0.5, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]}
    p = learned.probabilities(["a", "b", "unknown"], table)
    assert p == learned.probabilities(["b", "unknown", "a"], table)
    assert abs(sum(p) - 1.0) < 1e-12 and max(range(6), key=p.__getitem__) == 1
    way = learned.probabilities(["a"], table, direction=True)
    assert len(way) == 2 and way[0] > way[1]


def _trainer():
    if not TRAINER.exists():
        pytest.skip("bench/ is not beside the tests")
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bellink_train_deliveries", TRAINER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_training_is_reproducible_and_its_file_loads(tmp_path):
    trainer = _trainer()
    first = trainer.collect("gold", trainer.ev.GOLD)
    second = trainer.collect("gold", trainer.ev.GOLD)
    assert first == second  # the same candidates, features and labels from two ingests
    assert any(r["label"] != "none" for r in first) and any(r["label"] == "none" for r in first)
    table = trainer.fit(first)
    assert table == trainer.fit(second)
    path = tmp_path / learned.WEIGHTS_FILE
    trainer.write(table, 0.8, path)
    threshold, loaded = learned.load_weights(path)
    assert threshold == 0.8 and loaded == table
    assert all(len(w) == len(learned.CLASSES) + len(learned.DIRECTIONS) for w in loaded.values())


def _recorded(text, lang):
    """The scorer's candidates of one text, with their features (as the trainer records them)."""
    learned.RECORD = []
    try:
        analyze_text(text, lang=lang, published=PUBLISHED)
        return list(learned.RECORD)
    finally:
        learned.RECORD = None


# the features meant to reach wording nobody here wrote: the tense of the clause's verbs, the lexicon class of its
# words, and the stages of the rows the rules made elsewhere in the document for the same system
GENERAL = [
    ("Belarus will receive more S-400 systems from Russia next year.", "en", 0, {"tense:future", "doc:planned"}),
    ("Россия будет поставлять Белоруссии комплексы С-400.", "ru", 0, {"tense:future", "doc:planned"}),
    ("A train with T-72B tanks left Baranovichi for Russia on Monday.", "en", 0, {"vc:move", "vc:train"}),
    ("Эшелон с танками Т-72Б отправился из Барановичей в Россию в понедельник.", "ru", 0,
     {"vc:move", "vc:train", "tense:past"}),
    ("Russia delivered four Su-30SM fighters to Belarus on Monday. The Su-30SM fighters are now based at Baranovichi.",
     "en", 1, {"doc:delivered", "vc:deploy", "sys:clause_start", "tense:present"}),
    ("Россия передала Белоруссии четыре истребителя Су-30СМ в понедельник. Истребители Су-30СМ базируются в "
     "Барановичах.", "ru", 1, {"doc:delivered", "vc:deploy", "sys:clause_start", "tense:present"}),
]


@pytest.mark.parametrize("text,lang,index,expected", GENERAL)
def test_general_features(text, lang, index, expected):
    got = [r for r in _recorded(text, lang) if r["index"] == index]
    assert got and expected <= set(got[0]["features"])
    if index:
        assert not got[0]["taken"] and "tense:past" not in got[0]["features"]


def test_extra_open_sets_are_named_by_their_folder(tmp_path):
    trainer = _trainer()
    folder = tmp_path / "realpages"
    (folder / "articles").mkdir(parents=True)
    (folder / "1.json").write_text("{}", encoding="utf-8")
    sets = trainer.open_sets([folder])
    assert sets["realpages"] == folder and set(trainer.open_sets()) == set(sets) - {"realpages"}
    with pytest.raises(SystemExit):
        trainer.open_sets([tmp_path / "no_gold"])


def test_real_weight_counts_an_extra_set_more():
    trainer = _trainer()
    ours = [{"set": "news_dev", "document": n, "features": ["bias", "x"], "label": "none", "direction": None}
            for n in range(6)]
    real = [{"set": "realpages", "document": n, "features": ["bias", "x"], "label": "delivered",
             "direction": "to_belarus"} for n in range(2)]
    delivered = learned.CLASSES.index("delivered")
    once = trainer.fit(ours + real, 1.0)
    assert once == trainer.fit(ours + real)  # 1: the default, every candidate counts the same
    thrice = trainer.fit(ours + real, 3.0)
    assert learned.probabilities(["bias", "x"], thrice)[delivered] > \
        learned.probabilities(["bias", "x"], once)[delivered] + 0.1
