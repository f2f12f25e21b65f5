"""Counts the phrase itself gives (RULES point 17), read where they were missed: a subject count opening a quotation
("«Первые четыре машины придут до конца года»" = 4); an ordinal formation past a country's adjective ("its first
division of Russian Iskander-M systems" = 1); a collective governing the noun that points back ("Оставшаяся пара
дивизионов поступит осенью", "The remaining pair of battalions will arrive in the autumn" = 2); a singular ordinal on a
formation noun that reads as a plural ("первой батареи комплексов «Тор-М2Э»" = 1). Issue 12: quantities in reporters'
words. Sentences written for these tests."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path)


def counts(text, status, published="2006-05-10"):
    return [(r["system"], r["quantity"]) for r in deliveries(text, published) if r["status"] == status]


@pytest.mark.parametrize("text, status, expected", [
    ("Россия поставит Белоруссии истребители Су-30СМ. «Первые четыре машины придут до конца года», – сказал министр.",
     "planned", [("Su-30SM", 4.0)]),
    ("Russia will supply Su-30SM fighters to Belarus. \"The first four machines will arrive by the end of the year,\" "
     "the minister said.", "planned", [("Su-30SM", 4.0)]),
    ("The 465th Missile Brigade received its first division of Russian Iskander-M systems from Russia in December.",
     "delivered", [("Iskander-M", 1.0)]),
    ("465-я ракетная бригада получила от России первый дивизион российских комплексов «Искандер-М» в декабре.",
     "delivered", [("Iskander-M", 1.0)]),
    ("Россия передала Белоруссии два дивизиона С-300ПС весной. Оставшаяся пара дивизионов поступит осенью.",
     "planned", [("S-300PS", 2.0)]),
    ("Russia delivered two S-300PS battalions to Belarus in the spring. The remaining pair of battalions will arrive in "
     "the autumn.", "planned", [("S-300PS", 2.0)]),
    ("Контракт на поставку Белоруссии первой батареи комплексов «Тор-М2Э» может быть подписан до конца года.",
     "planned", [("Tor-M2E", 1.0)]),
    ("A contract for the first battery of Tor-M2E systems for Belarus may be signed with Russia by the end of the year.",
     "planned", [("Tor-M2E", 1.0)]),
])
def test_a_count_the_phrase_gives(text, status, expected):
    assert counts(text, status) == expected


@pytest.mark.parametrize("text, expected", [
    ("The plant builds MZKT-79221 chassis for Russia. The first chassis was handed over to Russia by Belarus in "
     "November 2005.", 1.0),
    ("Завод строит шасси МЗКТ-79221 для России. Первое шасси было передано Белоруссией России в ноябре 2005 года.", 1.0),
    # the same noun with a plural verb counts nothing
    ("Russia ordered Su-30SM fighters for Belarus. The first aircraft were delivered to Belarus in November 2019.", None),
])
def test_a_noun_of_both_numbers_with_a_singular_verb_is_one(text, expected):
    assert [r["quantity"] for r in deliveries(text, "2019-12-10") if r["status"] == "delivered"] == [expected]
