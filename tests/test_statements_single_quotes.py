"""Single quotation marks around speech (British usage, curly or straight): whole quotes, split quotes and quotes
after a colon read as with double marks; apostrophes ('Russia’s', "the soldiers' barracks") stay apostrophes, and
the statement's words are the document's own (the marks as written). Sentences written for this test."""
import pytest

from conftest import statements

KHRENIN = "Viktor Khrenin"


@pytest.mark.parametrize("text,first,last", [
    ("‘The batteries are ready,’ Khrenin said. ‘The crews will take them over next week.’",
     "The batteries are ready", "over next week."),
    ("'The batteries are ready,' Khrenin said. 'The crews will take them over next week.'",
     "The batteries are ready", "over next week."),
    ("‘The batteries are ready’, Khrenin told reporters. ‘The crews will take them over next week’.",
     "The batteries are ready", "over next week"),
    ("Khrenin was blunt. ‘The batteries are ready,’ he said. ‘We do not need any more of them.’",
     "The batteries are ready", "any more of them."),
    ("‘The batteries,’ Khrenin said, ‘are ready for combat duty.’", "The batteries", "ready for combat duty."),
])
def test_split_quote_in_single_marks(text, first, last):
    got = statements(text, "en", "2023-06-14")
    assert len(got) == 1, got
    who, _, said = got[0]
    assert who == KHRENIN and said.startswith(first) and said.endswith(last), got


def test_colon_before_single_marks_keeps_apostrophes():
    text = "Khrenin told the cadets: ‘We defend the soldiers’ lives and nobody else’s land.’"
    got = statements(text, "en", "2023-06-14")
    assert [(w, s) for w, _, s in got] == [(KHRENIN, "We defend the soldiers’ lives and nobody else’s land.")], got


def test_apostrophes_alone_are_no_quotes():
    text = "Khrenin said Russia's crews and the soldiers' families would move to Lida in May."
    got = statements(text, "en", "2023-06-14")
    assert [(w, s) for w, _, s in got] == [(KHRENIN, "Russia's crews and the soldiers' families would move to Lida in May")], got
