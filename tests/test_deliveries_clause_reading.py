"""Clause-level readings of a delivery (issue 12): what each predicate of a sentence asserts about a system, with its
own stage and date. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia delivered four upgraded Su-30SM fighters to Belarus on Monday.", "en", ("delivered", 4.0, "2020-01-06")),
    ("Россия передала Белоруссии четыре модернизированных истребителя Су-30СМ в понедельник.", "ru",
     ("delivered", 4.0, "2020-01-06")),
])
def test_a_version_participle_in_the_system_phrase_does_not_part_it_from_the_verb(text, lang, expected):
    assert expected in _rows(text, lang, "2020-01-10")


@pytest.mark.parametrize("text, lang", [
    ("Russia delivered two Su-27 jets upgraded at the Baranovichi plant to Belarus.", "en"),
])
def test_an_upgrade_told_with_its_place_still_parts_them(text, lang):
    assert not _rows(text, lang, "2020-01-10")
