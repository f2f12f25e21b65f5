"""A modal before "reach" is the modal of the clause, not part of the cue (transfer_cues.tsv): "should reach Belarus
on March 3" is a plan dated March 3, as "should arrive" is. Before, the cue's text began with the modal, the tense
reading saw no modal before it and the row was delivered, dated by the report. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang="en", published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, expected", [
    ("Two Yak-130 trainers from Russia should reach Belarus on March 3, the ministry said.",
     {("planned", 2, "2015-03-03")}),
    ("Two Yak-130 trainers from Russia are to reach Belarus on March 3.", {("planned", 2, "2015-03-03")}),
    ("Two Yak-130 trainers from Russia will reach Belarus on March 3.", {("planned", 2, "2015-03-03")}),
    # the past is a delivery, as before
    ("Two Yak-130 trainers from Russia reached Belarus on February 3.", {("delivered", 2, "2015-02-03")}),
])
def test_a_modal_before_reach_is_a_plan(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    "Belarus and Russia could reach a deal on Yak-130 trainers next year.",
    "Yak-130 trainers from Russia might reach Belarus next year if the money is found.",
])
def test_no_row(text):
    assert _rows(text) == set()
