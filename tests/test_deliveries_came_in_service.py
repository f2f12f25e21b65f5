""""came in service" (a form for "came into service" in English written by non-native reporters) is a service entry
like "came into service" (transfer_cues.tsv); "in service of/to/for" is whose service, no entry. Sentences written
for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text):
    a = analyze_text("News\n\n" + text + "\n", lang="en", published="2015-02-10")
    return {(e.status, e.quantity) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, expected", [
    ("Belarus has received a battery of Buk-MB3K systems from Russia, which came in service with the 56th brigade.",
     {("delivered", 1), ("in_service", 1)}),
    ("The Buk-MB3K battery from Russia went in service with the Belarusian army in May.", {("in_service", 1)}),
    # the standard form, as before
    ("The Buk-MB3K battery from Russia came into service with the Belarusian army in May.", {("in_service", 1)}),
])
def test_came_in_service(text, expected):
    assert _rows(text) == expected
