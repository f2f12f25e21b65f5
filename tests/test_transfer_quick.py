"""The transfer literals' quick test (``events.lexicons.EN_TRANSFER_QUICK``) spelled as a tree of first letters finds
what the plain alternation of the literals finds."""
import re
from pathlib import Path

import pytest

from bellink.ingest.events import lexicons as L


def _plain() -> re.Pattern:
    lits = sorted({k for ks in L.EN_TRANSFER_KEYS for k in ks})
    return re.compile("|".join(re.escape(k) for k in lits if not any(o != k and o in k for o in lits)))


@pytest.mark.parametrize("text", [
    "belarus took delivery of four su-30sm fighters", "the contract for 12 yak-130 was signed in march",
    "more are to come next year", "the crews are on combat duty", "the minister met his counterpart",
    "no cue in this sentence at all", "",
])
def test_the_tree_matches_where_the_alternation_does(text):
    plain = _plain()
    assert [(m.span(), m.group()) for m in L.EN_TRANSFER_QUICK.finditer(text)] == \
        [(m.span(), m.group()) for m in plain.finditer(text)]


def test_the_tree_matches_where_the_alternation_does_in_the_test_articles():
    plain = _plain()
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted((Path(__file__).parent / "data").rglob("*.txt"))]
    found = 0
    for text in texts:
        got = [(m.span(), m.group()) for m in L.EN_TRANSFER_QUICK.finditer(text)]
        assert got == [(m.span(), m.group()) for m in plain.finditer(text)]
        found += len(got)
    assert found > 100
