"""Zero-'that' content after 'said in a statement' / 'said at the time' / 'said on its website' (S23), the subject of
an adverbial clause ('after Khrenin said ...', S14), and unnamed groups in the present tense ('Independent analysts
note that', 'officials concede that', 'Western diplomats say': S18, speaker null). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,who,said", [
    ("The Belarusian Defence Ministry said in a statement the battery was ready for duty.",
     "Ministry of Defence of Belarus", "the battery was ready for duty"),
    ("Khrenin said on Monday the jets would come in May. The Belarusian Defence Ministry said at the time the hangars "
     "had been rebuilt.", "Ministry of Defence of Belarus", "the hangars had been rebuilt"),
    ("The Belarusian Defence Ministry said on its website the crews had trained in Russia.",
     "Ministry of Defence of Belarus", "the crews had trained in Russia"),
    ("The talks stalled after Khrenin said the price was too high.", "Viktor Khrenin", "the price was too high"),
    ("Independent analysts note that Belarus has not bought new fighters since 2022.", None,
     "Belarus has not bought new fighters since 2022"),
    ("Senior officials in Minsk concede that the deal is off.", None, "the deal is off"),
    ("Western diplomats say the deal is off.", None, "the deal is off"),
])
def test_found(text, who, said):
    got = statements(text, "en", "2023-06-14")
    assert (who, said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text", [
    "Khrenin said in a statement on Monday.",  # no clause
    "The deal was signed after talks with Khrenin in Minsk.",  # no verb of speech
])
def test_nothing(text):
    assert statements(text, "en", "2023-06-14") == []
