"""A relative clause with no transfer of its own set between the subject and the main verb ("The Tor-M2 batteries,
which guard the capital, arrived from Russia in May"): the main verb's stage is said of the noun phrase before it
(deliveries/clauses.py subject_after_relative). Before, the clause after the aside had no system and no row was
written. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    ("The Tor-M2 batteries, which guard the capital, arrived in Belarus from Russia in May.", "en",
     {("delivered", None, "2014-05")}),
    ("The Su-30SM fighters, which can strike ground targets, were handed over to Belarus by Russia in May.", "en",
     {("delivered", None, "2014-05")}),
    ("Батареи «Тор-М2», которые прикрывают столицу, прибыли в Беларусь из России в мае.", "ru",
     {("delivered", None, "2014-05")}),
    ("Истребители Су-30СМ, которые способны поражать наземные цели, были переданы Беларуси Россией в мае.", "ru",
     {("delivered", None, "2014-05")}),
])
def test_the_main_verb_after_a_relative_aside(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the relative clause tells the transfer, the main verb another stage: both, as before
    ("The Tor-M2 batteries, which Russia delivered to Belarus in May, went on combat duty in June.", "en",
     {("delivered", None, "2014-05"), ("in_service", None, "2014-06")}),
    # the main verb has a subject of its own: the aside's noun phrase is not its subject
    ("The Tor-M2 batteries, which guard the capital, are old, and Belarus received Su-30SM fighters from Russia in "
     "May.", "en", {("delivered", None, "2014-05")}),
])
def test_other_relative_clauses(text, lang, expected):
    got = _rows(text, lang)
    assert {r[0] for r in got} == {r[0] for r in expected}
