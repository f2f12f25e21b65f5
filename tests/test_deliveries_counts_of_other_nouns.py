"""A number counts the noun it agrees with, not the system after it: "another batch of fighters" is one batch of
untold size; "four fighters and a Tor-M2K battalion" gives the battalion one, not four; "the first serial chassis"
(a plural ordinal, whatever the indeclinable noun reads as) counts nothing. A number next to the system still counts
it ("a batch of eight helicopters", "four S-300PS divisions"). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _counts(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2016-02-10")
    return {(a.entities[e.roles["system"][0]].name, e.quantity) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Новости\n\nЛукашенко попросил Россию продать Беларуси еще одну партию истребителей Су-30СМ.", "ru",
     {("Su-30SM", None)}),
    ("News\n\nLukashenko asked Russia to sell Belarus another batch of Su-30SM fighters.", "en",
     {("Su-30SM", None)}),
    ("Новости\n\nБелоруссия получит партию из восьми вертолетов Ми-8МТВ-5 в мае.", "ru", {("Mi-8MTV-5", 8.0)}),
    ("News\n\nBelarus will receive a batch of eight Mi-8MTV-5 helicopters in May.", "en", {("Mi-8MTV-5", 8.0)}),
    ("Новости\n\nВ следующем году Белоруссия получит от России еще четыре истребителя и дивизион «Тор-М2К», "
     "сказал министр.", "ru", {("Tor-M2K", 1.0)}),
    ("Новости\n\nВ следующем году Россия поставит Белоруссии четыре дивизиона и командный пункт С-300ПС.", "ru",
     {("S-300PS", 4.0)}),
    ("Новости\n\nПервые серийные шасси МЗКТ-79221 завод передал российским военным в декабре 2005 года.", "ru",
     {("MZKT-79221", None)}),
    ("Новости\n\nПервое серийное шасси МЗКТ-79221 завод передал российским военным в декабре 2005 года.", "ru",
     {("MZKT-79221", 1.0)}),
])
def test_the_number_counts_its_own_noun(text, lang, expected):
    assert _counts(text, lang) == expected
