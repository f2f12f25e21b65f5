"""A quote opened by a mark of one family and closed by the next mark, of another ('"The crews are ready,” Khrenin
said', '«...,” ...': pages whose typography was mangled on the way) is a quote: quotes.mixed_quotes_as_pairs
gives it a matching pair before the quotes are paired, one character for one (offsets and the words stored keep the
page's own marks). Not this: pairs of one family, nested quotes («... „...“ ...», «... "..." ...»: a straight mark
after a guillemet opens the inner quote) and a quote left open stay as they are. Sentences written for this test.
"""
import pytest

from bellink.ingest.statements.quotes import mixed_quotes_as_pairs
from conftest import speakers

LEAD = "Belarus and Russia remain close allies. "


@pytest.mark.parametrize("text, said", [
    ('"The crews are ready,\u201d Khrenin said.', "The crews are ready"),
    ("\u00abThe crews are ready,\u201d Khrenin said.", "The crews are ready"),
    ('\u201cThe crews are ready," Khrenin said.', "The crews are ready"),
    ('"The crews are ready,\u201d Khrenin said. He added: \u201cWe expect more."', "We expect more."),
    ('"The crews are ready. The battery arrived,\u201d Khrenin said.', "The crews are ready. The battery arrived"),
])
def test_a_quote_of_mixed_marks_is_a_quote(text, said):
    assert ("Viktor Khrenin", said) in speakers(LEAD + text), speakers(LEAD + text)


@pytest.mark.parametrize("text", [
    '"The crews are ready," Khrenin said, "and the battery arrived."',
    "\u00ab\u0420\u0435\u0447\u044c \u0438\u0434\u0435\u0442 \u043e \u201e\u0422\u043e\u0440\u0435\u201c \u0438 \u0421-400\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d.",
    '\u201cThe crews are ready,\u201d Khrenin said.\n"The battery',
    # a straight mark inside a guillemet quote opens the inner quote (Russian)
    '\u00ab\u0414\u043e\u0433\u043e\u0432\u043e\u0440\u0438\u043b\u0438\u0441\u044c. \u041a\u043e\u043c\u043f\u043b\u0435\u043a\u0442 "\u0418\u0441\u043a\u0430\u043d\u0434\u0435\u0440\u043e\u0432" \u043f\u0440\u0438\u0434\u0435\u0442\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d.',
])
def test_pairs_of_one_family_and_nested_quotes_stay(text):
    assert mixed_quotes_as_pairs(text) == text


def test_the_marks_change_one_for_one():
    text = '"A," he said. \u00abB,\u201d she said.'
    out = mixed_quotes_as_pairs(text)
    assert len(out) == len(text) and out == '"A," he said. \u00abB,\u00bb she said.'
