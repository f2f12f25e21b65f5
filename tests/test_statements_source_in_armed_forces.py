"""'A source in the Belarusian Land Forces told TASS': 'Land Forces' is a body, never a person called Forces, and
an unnamed source speaks for nobody we can name. Sentences written for this test."""
import pytest

from conftest import speakers


@pytest.mark.parametrize("text, said", [
    ("A source in the Belarusian Land Forces told TASS that twelve T-72B tanks had been upgraded.",
     "twelve T-72B tanks had been upgraded"),
    ("A source in the Russian Airborne Troops told Interfax that the battalion would stay until May.",
     "the battalion would stay until May"),
])
def test_a_source_in_an_armed_body_is_unnamed(text, said):
    assert (None, said) in speakers(text, "en", "2019-05-15")
