"""``events.refs.HYPHENATED`` spelled to fail fast finds the hyphenated tokens the plain spelling finds."""
import re
from pathlib import Path

import pytest

from bellink.ingest.events.refs import HYPHENATED

PLAIN = re.compile(r"[^\W_]+(?:[-‑][^\W_]+)+")


@pytest.mark.parametrize("text", [
    "Belarus received four Su-30SM2 fighters and two Mi-35M helicopters.", "the S-400 and the Tor-M2K systems",
    "Белоруссия получила Су-30СМ2 и «Тор-М2К».", "a-b-c, a--b, -a-, a-_b-c, x_y-z, 12-15 May, end-", "no hyphen here", "",
])
def test_the_same_tokens_as_the_plain_spelling(text):
    assert [m.span() for m in HYPHENATED.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_the_same_tokens_in_the_test_articles():
    found = 0
    for p in sorted((Path(__file__).parent / "data").rglob("*.txt")):
        text = p.read_text(encoding="utf-8")
        got = [m.span() for m in HYPHENATED.finditer(text)]
        assert got == [m.span() for m in PLAIN.finditer(text)], p.name
        found += len(got)
    assert found > 100
