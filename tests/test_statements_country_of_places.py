"""The country an article is about counts its towns, bases and ranges, not only the countries it names: a report on the
Brest garrison that says 'российский' three times of what it received is about Belarus, so its bare 'Минобороны' /
'the defence ministry' is Belarus's (found on news_dev2 637: the Russian ministry, a wrong speaker). Capitals do not
count ('Moscow supplies' names a state, not where the story is). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text,lang", [
    ("Новый год начался для военных Бреста с пополнения. В бригаду под Брестом поступили российские бронетранспортеры, "
     "выпущенные для российской армии по контракту с российской стороной. По информации Минобороны, контракт "
     "выполнен полностью.", "ru"),
    ("The new year began with new vehicles for the Brest garrison. The brigade near Brest received Russian armoured "
     "carriers built for the Russian army under a contract with the Russian side. According to the defence ministry, "
     "the contract has been fulfilled in full.", "en"),
])
def test_the_garrison_towns_country(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2026-02-17")
    assert [st.speaker for st in a.statements] == ["organization:mod_belarus"]
