"""'..., according to X' after a closing quote: English sets the comma inside the quote ('The crews will "take up
combat duty in May," according to the ministry'), so the source's comma is no longer the last mark before it. The
source speaks for the clause before it, as after a bare comma. Russian sets the comma outside ('«...», по словам X'),
as before. Not a statement of the source's own: a quote that is another speaker's words already read in the sentence
('X called the deal "a gift," according to the Kremlin': the source of X's statement, construction N7), and a source
too vague to be a speaker ('according to media reports'). Sentences written for this test.
"""
import pytest

from conftest import speakers

LEAD = {"en": "Belarus and Russia remain close allies. ", "ru": "Белоруссия и Россия остаются союзниками. "}


@pytest.mark.parametrize("lang, text, said, who", [
    ("en", "The crews will “take up combat duty in May,” according to the Belarusian Defence Ministry.",
     "The crews will “take up combat duty in May,”", "Ministry of Defence of Belarus"),
    ("en", "“The two battalions will train together until June,” according to Viktor Khrenin.",
     "The two battalions will train together until June", "Viktor Khrenin"),
    ("en", "The brigade will \"move to Brest by the end of the week,\" according to Andrei Ravkov.",
     "The brigade will \"move to Brest by the end of the week,\"", "Andrei Ravkov"),
    ("ru", "Экипажи «заступят на дежурство в мае», по словам Виктора Хренина.",
     "Экипажи «заступят на дежурство в мае»", "Viktor Khrenin"),
])
def test_a_source_after_a_closing_quote_speaks_for_the_clause(lang, text, said, who):
    got = speakers(LEAD[lang] + text, lang)
    assert (who, said) in got, got


@pytest.mark.parametrize("text, who", [
    # another speaker's words, read already: one statement, his
    ("Lukashenko called the deal “a gift from Moscow,” according to the Kremlin.", "Alexander Lukashenko"),
    ("“The systems are ready,” Khrenin said, according to his press service.", "Viktor Khrenin"),
])
def test_a_source_after_anothers_quote_is_where_it_came_from(text, who):
    got = speakers(LEAD["en"] + text, "en")
    assert [w for w, _ in got] == [who], got


def test_a_vague_source_after_a_quote_is_no_speaker():
    assert speakers(LEAD["en"] + "The new batteries are “fully manned,” according to media reports.", "en") == []
