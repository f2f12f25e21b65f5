"""Review 19 W2: a plan, talk or doubt word in another conjunct ("It is unlikely that ..., and Russia delivered ...") or
in a comment on the act (", a move that makes talks unlikely", ", что делает переговоры маловероятными") is not the
stage of a transfer a past verb reports done (deliveries/stages.py ``other_conjuncts``). Before, the dated past
delivery became planned or discussed. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang", [
    ("It is unlikely that the border will reopen soon, and Russia handed over six Yak-130 trainers to Belarus last "
     "week.", "en"),
    ("It is likely that prices will rise, and Russia handed over six Yak-130 trainers to Belarus last week.", "en"),
    ("Minsk plans to buy more jets, and Russia handed over six Yak-130 trainers to Belarus last week.", "en"),
    ("Russia handed over six Yak-130 trainers to Belarus last week, a move that makes new talks unlikely.", "en"),
    ("Вряд ли граница скоро откроется, а Россия на прошлой неделе передала Беларуси шесть самолетов Як-130.", "ru"),
    ("Россия на прошлой неделе передала Беларуси шесть самолетов Як-130, что делает новые переговоры маловероятными.",
     "ru"),
])
def test_a_done_transfer_keeps_its_stage(text, lang):
    assert _rows(text, lang) == {("delivered", 6, "2015-02-02")}


@pytest.mark.parametrize("text, lang, expected", [
    # the plan is the transfer's own: its verb is a future or an infinitive, as before
    ("Russia will hand over six Yak-130 trainers to Belarus next year, and Minsk is pleased.", "en",
     {("planned", 6, "2016")}),
    ("Russia is unlikely to hand over six Yak-130 trainers to Belarus next year.", "en", set()),
    # talks in the transfer's own clause still make it discussed
    ("Belarus and Russia discussed the supply of six Yak-130 trainers last week.", "en", {("discussed", 6, "2015-02-02")}),
])
def test_the_transfers_own_words_still_count(text, lang, expected):
    assert _rows(text, lang) == expected
