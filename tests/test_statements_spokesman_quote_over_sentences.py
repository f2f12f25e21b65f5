"""'..., a ministry spokesman said. "A. B," he said.': the pronoun takes up the spokesman's institution also when the
quote it closes began a sentence earlier (the distance counts from the quote's first sentence); with sentences of
other matters in between it stays unknown. Sentences written for this test."""
import pytest

from conftest import statements

MOD_BY = "Ministry of Defence of Belarus"


@pytest.mark.parametrize("text,lang,who", [
    ("Two more S-300PS battalions arrived from Russia in April, a Belarusian Defence Ministry spokesman said. "
     "\"We are ready to receive the third one tomorrow. The decision is not ours,\" he said.", "en", MOD_BY),
    ("Два дивизиона С-300ПС прибыли из России в апреле, сообщил представитель Министерства обороны Беларуси. "
     "«Мы готовы принять третий хоть завтра. Решение не за нами», – сказал он.", "ru", MOD_BY),
    ("Two more S-300PS battalions arrived from Russia in April, a Belarusian Defence Ministry spokesman said. "
     "Crews are due to go on duty near Grodno. Officials met on Monday. \"We are ready to receive the third one "
     "tomorrow. The decision is not ours,\" he said.", "en", None),
])
def test_pronoun_after_a_spokesman(text, lang, who):
    got = statements(text, lang, "2010-06-30")
    last = [w for w, _, what in got if what.startswith(("We are ready", "Мы готовы"))]
    assert last == [who], got
