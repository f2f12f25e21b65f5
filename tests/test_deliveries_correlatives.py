"""Correlative pairs that join two systems of one transfer (sentences written for this test):

- "both ... and" joins two things and counts none ("supplied both Yak-130 trainers and Mi-8 helicopters": no count of
  two trainers); a bare "both" on one noun phrase still counts two ("both Yak-130 trainers arrived");
- "не только ..., но и ..." / "not only ..., but also ..." is one predicate with two objects: the comma before "но и"
  cuts no clause, so the second system is delivered too (before, only the first was read in Russian)."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published="2021-03-15"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.roles["system"][0].split(":")[1], e.status, e.quantity) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Last year Moscow sold Minsk both Yak-130 trainers and Mi-8MTV-5 helicopters.", "en",
     {("yak130", "ordered", None), ("mi8mtv5", "ordered", None)}),
    ("Russia handed over both Tor-M2K batteries and BTR-82A carriers to Belarus in 2020.", "en",
     {("tor_m2k", "delivered", None), ("btr82a", "delivered", None)}),
    ("В прошлом году Москва передала Минску не только учебные Як-130, но и вертолеты Ми-8МТВ-5.", "ru",
     {("yak130", "delivered", None), ("mi8mtv5", "delivered", None)}),
    ("Россия в 2020 году поставила Беларуси не только Тор-М2К, но и бронетранспортеры БТР-82А.", "ru",
     {("tor_m2k", "delivered", None), ("btr82a", "delivered", None)}),
    ("Last year Moscow handed Minsk not only Yak-130 trainers, but also Mi-8MTV-5 helicopters.", "en",
     {("yak130", "delivered", None), ("mi8mtv5", "delivered", None)}),
])
def test_both_systems_of_a_correlative_pair(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a bare "both" counts two; "both ... arrived and went on duty" joins two predicates, not two things
    ("Russia handed over both Tor-M2K batteries to Belarus in 2020.", "en", ("tor_m2k", "delivered", 2.0)),
    ("Both Tor-M2K batteries arrived in Belarus from Russia in May and went on combat duty in June.", "en",
     ("tor_m2k", "delivered", 2.0)),
])
def test_a_bare_both_still_counts_two(text, lang, expected):
    assert expected in _rows(text, lang)


def test_a_plain_but_still_cuts_the_clause():
    got = _rows("Россия поставила Беларуси Тор-М2К, но Су-30СМ обещала лишь в 2022 году.", "ru")
    assert ("tor_m2k", "delivered", None) in got
    assert ("su30sm", "delivered", None) not in got
