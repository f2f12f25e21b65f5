"""The events stage's lexicons: every file it reads is registered (so tests/test_lexicons.py checks it),
documented in bellink/kb/README.md, and a cue added as data reaches the rule that reads it."""
import re
from pathlib import Path

import pytest

from bellink.ingest import lexicon
from bellink.ingest.events import lexicons
from bellink.names import fold

KB = Path(lexicons.__file__).resolve().parents[2] / "kb"
EVENT_FILES = sorted(spec.name for spec in vars(lexicons).values() if isinstance(spec, lexicon.Spec))


def test_every_events_lexicon_is_registered_and_documented():
    readme = (KB / "README.md").read_text(encoding="utf-8")
    assert len(EVENT_FILES) >= 15
    for name in EVENT_FILES:
        assert name in lexicon.REGISTRY
        assert f"`{name}`" in readme, f"{name} is not described in bellink/kb/README.md"


def test_no_cue_file_is_left_unread():
    """A *_cues.tsv nobody registers would be knowledge no rule reads."""
    registered = set(lexicon.REGISTRY)
    for path in KB.glob("*_cues.tsv"):
        assert path.name in registered, path.name


@pytest.mark.parametrize("text,stage,side", [
    ("delivered", "delivered", "supply"),
    ("took delivery", "delivered", "receive"),
    ("entered service", "in_service", "receive"),
    ("purchased", "ordered", "receive"),
    ("deliveries", None, "neutral"),
])
def test_english_transfer_cues(text, stage, side):
    hits = [(s, sd) for p, s, sd in lexicons.EN_TRANSFER if re.search(p, text)]
    assert hits and hits[0] == (stage, side)


@pytest.mark.parametrize("lemma,stage,side", [
    ("поставить", "delivered", "supply"),
    ("получить", "delivered", "receive"),
    ("закупить", "ordered", "receive"),
    ("поставка", None, "neutral"),
    ("разместить", None, "station"),
])
def test_russian_transfer_cues(lemma, stage, side):
    assert lexicons.RU_TRANSFER[fold(lemma)] == (stage, side)


def test_lemma_sequences_and_forms():
    assert tuple(fold(w) for w in "принять на вооружение".split()) in lexicons.RU_IN_SERVICE_SEQ
    assert fold("бпла") in lexicons.WEAPON_RU          # an abbreviation, kept as a form
    assert fold("словам") in lexicons.REPORT_RU        # "по словам": a fixed form
    assert lexicons.EN_PLAN.search("we'll deliver")    # "'ll" may start inside a word
    assert lexicons.HYPOTHETICAL.search("Если заявка поступит")
    assert lexicons.UNITS["batteries"] == "batteries" and lexicons.UNITS_RU[fold("шасси")] == "chassis"
    assert lexicons.RU_NUMBERS[fold("полтора")] == 1.5 and lexicons.EN_NUMBERS["dozen"] == 12
