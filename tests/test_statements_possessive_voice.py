""""The Kremlin's spokesman said" is the office 'the Kremlin spokesman' (one holder at the article's date), as the
form without the possessive is; it was given to the Kremlin. 'A Kremlin spokesman' is one of its spokespeople and
'the ministry's spokesman' no office with one holder: both as before. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,speaker", [
    ("The Kremlin's spokesman said on Wednesday that the Russian warheads moved to Belarus remain under Russian "
     "control.", "Dmitry Peskov"),
    ("The Kremlin’s press secretary told reporters that the drills would go ahead as planned.", "Dmitry Peskov"),
    ("The Kremlin spokesman said on Wednesday that the Russian warheads moved to Belarus remain under Russian "
     "control.", "Dmitry Peskov"),
])
def test_the_possessive_voice_is_the_office(text, speaker):
    got = [w for w, _, _ in statements(text, "en", "2024-06-07")]
    assert got == [speaker], got


def test_the_ministrys_spokesman_is_no_office_holder():
    got = [w for w, _, _ in statements("The ministry's spokesman said on Wednesday that the warheads remain under "
                                       "Russian control.", "en", "2024-06-07")]
    assert got == [None], got
