"""A whole and its first part with a time of its own (deliveries/parts.py first_part): the whole keeps its stage and
count, dated outside the part, and the part is a plan of its own at its time. Before, one row of the whole took the
part's time ("a total of 12, the first four next year" -> planned 12, next year). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published="2015-02-10"):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia will hand Belarus a total of 16 Mi-8MTV-5 helicopters, the first six next year.", "en",
     {("planned", 16, "2015-02-10"), ("planned", 6, "2016")}),
    ("Minsk expects 16 Mi-8MTV-5 helicopters from Russia, the first six of them in 2017.", "en",
     {("planned", 16, "2015-02-10"), ("planned", 6, "2017")}),
    ("Россия передаст Беларуси в общей сложности 16 вертолетов Ми-8МТВ-5, первые шесть — в следующем году.", "ru",
     {("planned", 16, "2015-02-10"), ("planned", 6, "2016")}),
    ("Беларусь рассчитывает получить от России 16 вертолетов Ми-8МТВ-5, первые шесть из них – в 2017 году.", "ru",
     {("planned", 16, "2015-02-10"), ("planned", 6, "2017")}),
])
def test_the_whole_and_its_dated_first_part(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # parts that add up to the whole: the parts, not the whole (dated_parts, unchanged)
    ("Russia will hand Belarus 16 Mi-8MTV-5 helicopters, the first six in 2016 and the other ten in 2017.", "en",
     {("planned", 6, "2016"), ("planned", 10, "2017")}),
    # no first part: the whole at its time, as before
    ("Russia will hand Belarus 16 Mi-8MTV-5 helicopters next year.", "en", {("planned", 16, "2016")}),
    # a part with a verb of its own is its own clause (not this construction)
    ("Россия передаст Беларуси 16 вертолетов Ми-8МТВ-5 в 2016 году, в Мачулищах их разместят весной.", "ru",
     {("planned", 16, "2016")}),
])
def test_not_a_first_part(text, lang, expected):
    assert _rows(text, lang) == expected
