"""Source frames of real coverage (session 12): 'as reported by X' / 'as stated by X' read like 'according to X', and
'по сообщению X' like 'по данным X'; a body's website or page is a document its words come from, with 'на' as
with 'в' ('говорится на сайте X', 'На сайте X сообщается, что ...'). An outlet after 'as reported by' carries the
words (channel), it does not say them. Sentences written for this test."""
import pytest

from conftest import statements
from bellink.ingest.pipeline import analyze_text

SAID_EN = "two more fighters arrived at Baranovichi on Friday"
SAID_RU = "еще два истребителя прибыли в Барановичи в пятницу"
MOD = "Ministry of Defence of Belarus"


@pytest.mark.parametrize("text,lang,said", [
    ("Belarus has new fighters. Two more fighters arrived at Baranovichi on Friday, as reported by the Belarusian "
     "Defence Ministry.", "en", "Two more fighters arrived at Baranovichi on Friday"),
    ("Belarus has new fighters. As stated by the Belarusian Defence Ministry, two more fighters arrived at "
     "Baranovichi on Friday.", "en", SAID_EN),
    ("Белоруссия получила новые истребители. По сообщению Министерства обороны Белоруссии, еще два истребителя "
     "прибыли в Барановичи в пятницу.", "ru", SAID_RU),
    ("Белоруссия получила новые истребители. Еще два истребителя прибыли в Барановичи в пятницу, говорится на сайте "
     "Министерства обороны Белоруссии.", "ru", "Еще два истребителя прибыли в Барановичи в пятницу"),
    ("Белоруссия получила новые истребители. На сайте Министерства обороны Белоруссии сообщается, что еще два "
     "истребителя прибыли в Барановичи в пятницу.", "ru", SAID_RU),
])
def test_source_frames(text, lang, said):
    got = statements(text, lang, "2024-03-15")
    assert (MOD, said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text,lang", [
    ("Belarus has new fighters. As reported by BelTA, two more fighters arrived at Baranovichi on Friday.", "en"),
    ("Белоруссия получила новые истребители. По сообщению БелТА, еще два истребителя прибыли в Барановичи в "
     "пятницу.", "ru"),
])
def test_an_outlet_carries_the_words(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-15")
    assert [(st.speaker, st.channel) for st in a.statements] == [(None, "organization:belta")]
