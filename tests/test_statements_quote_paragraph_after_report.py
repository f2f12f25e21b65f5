"""A paragraph that is nothing but a quote, right after a paragraph whose last words a named speaker reported ('Khrenin
said on Tuesday that ... \\n\\n "The crews are ready. ..."'), is that speaker's (quotes.py: orphans); it stayed
unknown unless the paragraph before was itself a quote. Sentences written for this test."""
import pytest

from conftest import statements

EN = ("Belarusian Defence Minister Viktor Khrenin said on Tuesday that the second battery had arrived.\n\n"
      "\"The crews are ready. They trained for six months.\"\n\n"
      "\"We will put the battery on duty in April,\" he added.")
RU = ("Министр обороны Белоруссии Виктор Хренин во вторник сообщил, что вторая батарея прибыла.\n\n"
      "«Расчеты готовы. Они полгода учились в России».\n\n"
      "«Батарею поставим на дежурство в апреле», — добавил он.")
# a quote inside a paragraph of the reporter's own words is no continuation
MIXED = ("Belarusian Defence Minister Viktor Khrenin said on Tuesday that the second battery had arrived.\n\n"
         "Crews trained in Russia. \"The crews are ready and trained for six months.\" The battery is near Grodno.")


@pytest.mark.parametrize("text,lang", [(EN, "en"), (RU, "ru")])
def test_the_quote_paragraph_is_the_speakers(text, lang):
    got = statements(text, lang, "2024-03-14")
    assert [w for w, _, _ in got] == ["Viktor Khrenin"] * 3, got


def test_a_quote_inside_other_words_stays_unknown():
    got = statements(MIXED, "en", "2024-03-14")
    assert [w for w, _, t in got if t.startswith("The crews")] in ([None], []), got
