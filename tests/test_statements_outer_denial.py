"""A denial closing a sentence ('..., the ministry denied') does not report the sentence before it: no statement of the
denier whose words are the first speaker's (review F11). A reporting verb there still does ('..., the press service
said'). Sentences written for this test."""
import pytest

from conftest import statements


def _speakers(text, lang):
    return [(who, as_written) for who, as_written, _ in statements(text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lukashenko said the Su-30SM2 had arrived, the ministry denied."),
    ("en", "Alexander Lukashenko said the jets had arrived in May, the Russian defence ministry denied."),
])
def test_a_closing_denial_is_no_report_of_the_sentence(lang, text):
    got = _speakers(text, lang)
    assert [s for s, _ in got] == ["Alexander Lukashenko"], got


def test_a_closing_reporting_verb_still_reports_it():
    got = _speakers("Putin assured Lukashenko that supplies would continue, the Belarusian presidential press "
                    "service said.", "en")
    assert len(got) == 2 and ("Vladimir Putin", "Putin") in got
