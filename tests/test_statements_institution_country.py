"""Institutions whose country the article gives without naming it in the phrase: "the country's Ministry of
Defence", 'Министерство обороны страны' (the country an office of 'the country' stands for: the lead's, unless the
sentence or the one before turns to another country first). Sentences written for this test."""
import pytest

from conftest import speakers


def _who(text, lang, published="2021-12-17"):
    return speakers(text, lang, published)


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Belarus put its first four Mi-35M helicopters, ordered from Russia in 2020, into service on Friday, the "
     "country's Ministry of Defence has announced. Russia will deliver the rest next year.",
     "Ministry of Defence of Belarus"),
    ("en", "Belarus put its first four Mi-35M helicopters into service on Friday, the country's defence ministry "
     "said.", "Ministry of Defence of Belarus"),
    ("ru", "Белоруссия приняла на вооружение первые четыре вертолета Ми-35М, заказанные у России, сообщило "
     "министерство обороны страны. Россия передаст остальные в следующем году.",
     "Ministry of Defence of Belarus"),
    ("en", "Russia handed two more Su-30SM2 fighters to Belarus on Friday, the country's defence ministry said.",
     "Ministry of Defence of Russia"),
])
def test_the_country_of_the_institution_is_the_one_the_lead_is_about(lang, text, speaker):
    got = _who(text, lang)
    assert got and got[-1][0] == speaker, got


@pytest.mark.parametrize("lang,text", [
    # the sentence before turns to a third country: 'the country' is that one, whose ministry the article lacks
    ("en", "Belarus put its first four Mi-35M helicopters into service on Friday. Lithuania protested on Monday. The "
     "drills are a threat, the country's defence ministry said."),
    ("ru", "Белоруссия приняла на вооружение первые четыре вертолета Ми-35М в пятницу. Литва выразила протест. Учения угрожают "
     "соседям, заявили в министерстве обороны страны."),
])
def test_the_institution_stays_unknown_when_the_country_is_not_plain(lang, text):
    got = _who(text, lang)
    assert got and got[-1][0] is None, got


@pytest.mark.parametrize("lang,published,text,speaker", [
    # the other country's ministry is named only with its country, and only as a party to a shipment: the bare name
    # 'Минобороны' is the ministry of the country the lead is about (an English 'the ministry' is an anaphor and
    # takes up the ministry named last, as before)
    ("ru", "2018-04-11", "Белорусская армия в прошлом году получила четыре самолета Як-130. В строю авиабазы сейчас "
     "двенадцать таких машин, сообщили в пресс-службе Минобороны.\n\nМинский завод колесных тягачей отгрузил "
     "Министерству обороны России 37 шасси. Завод расширяет производство. Новые цеха откроются весной.\n\n"
     "По информации Минобороны, в войска поступит еще одна батарея «Тор-М2».", "Ministry of Defence of Belarus"),
    ("ru", "2018-04-11", "Белорусская армия в прошлом году получила четыре самолета Як-130. Завод МЗКТ отгрузил "
     "Министерству обороны России 37 шасси. Завод расширяет производство. Новые цеха откроются весной.\n\n"
     "Еще одна батарея «Тор-М2» поступит в войска в этом году, сообщило Минобороны.", "Ministry of Defence of Belarus"),
])
def test_a_bare_ministry_is_not_the_other_country_named_with_its_country(lang, published, text, speaker):
    got = _who(text, lang, published)
    assert got and got[-1][0] == speaker, got


@pytest.mark.parametrize("lang,published,text,speaker", [
    # the lead country's ministry named with its country before: the bare one is still that one
    ("ru", "2024-10-09", "В сентябре белорусская армия получила второй дивизион С-400. В Минобороны Беларуси "
     "сообщения об этом не комментируют. Министр заявил, что передачи не будет. Армия получает технику.\n\n"
     "Как сообщило Минобороны, дивизион заступил на дежурство.", "Ministry of Defence of Belarus"),
    # the other country's ministry named just before: the bare 'ministry' takes it up
    ("en", "2018-04-11", "The Belarusian army received four more Yak-130 trainers last year. The Russian Defence "
     "Ministry published a video of the flight. The jets will be delivered in May, the ministry said.",
     "Ministry of Defence of Russia"),
])
def test_a_bare_ministry_still_takes_up_the_one_just_named(lang, published, text, speaker):
    got = _who(text, lang, published)
    assert got and got[-1][0] == speaker, got


@pytest.mark.parametrize("lang,text,speaker", [
    # a bare ministry where the article names Belarus and Russia alike: the country the lead is about
    ("en", "Belarus has put an S-400 battalion received from Russia on combat duty, the Defence Ministry said on "
     "Tuesday. The systems arrived from Russia in late November.", "Ministry of Defence of Belarus"),
    ("ru", "Беларусь поставила на боевое дежурство дивизион С-400, полученный от России, сообщило Минобороны. "
     "Комплексы прибыли из России в конце ноября.", "Ministry of Defence of Belarus"),
    ("en", "Russia will hand two more S-400 battalions to Belarus next year, the Defence Ministry said on Tuesday. "
     "Belarus received its first battalion in 2022.", "Ministry of Defence of Russia"),
])
def test_a_bare_ministry_between_two_countries_is_the_leads(lang, text, speaker):
    got = _who(text, lang)
    assert got and got[0][0] == speaker, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Belarus has put an S-400 battalion received from Russia on combat duty. Lithuania and Poland protested on "
     "Monday. The drills are a threat to the region, the Defence Ministry said."),
    ("ru", "Беларусь поставила на боевое дежурство дивизион С-400, полученный от России. Литва и Польша выразили "
     "протест. Учения угрожают региону, заявили в Минобороны."),
])
def test_a_bare_ministry_after_a_third_country_stays_unknown(lang, text):
    got = _who(text, lang)
    assert got and got[-1][0] is None, got
