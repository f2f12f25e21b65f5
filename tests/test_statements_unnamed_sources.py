"""Unnamed sources with what they are close to ('Two sources familiar with the talks told Kommersant', 'A source close
to the ministry said', "According to Meduza's sources in the Russian defence ministry"): a statement with nobody
named (members.py, constructions.py); these gave none. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text", [
    "Two sources familiar with the talks told Kommersant that Minsk had asked for more S-400s.",
    "Sources familiar with the talks told Kommersant that Minsk had asked for more S-400s.",
    "A source familiar with the talks told Kommersant that Minsk had asked for more S-400s.",
    "According to Meduza's sources in the Russian defence ministry, the jets will arrive in June.",
    "According to sources in the Russian defence ministry, the jets will arrive in June.",
])
def test_an_unnamed_source_speaks(text):
    got = statements(text, "en", "2024-03-14")
    assert [w for w, _, _ in got] == [None], got


def test_sources_of_something_are_no_speaker():
    got = statements("The sources of the funding were not disclosed, Khrenin said.", "en", "2024-03-14")
    assert [w for w, _, _ in got] == ["Viktor Khrenin"], got
