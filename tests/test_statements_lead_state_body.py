"""The lead names the article's country by one of that country's state bodies among its first words ('For the
Belarusian military, ...', 'Белорусские ВВС ...'): a later bare 'the Defence Ministry' / 'Минобороны' is that
country's. A state body after the lead's verb is a party ('МЗКТ отгрузил Минобороны России'), not the topic.
Sentences written for this test."""
import pytest

from conftest import speakers


HEADLINE = {"en": "The year in review\n\n", "ru": "Итоги года\n\n"}


def _who(text, lang, published="2019-12-30"):
    return speakers(text, lang, published)


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "For the Belarusian military, the year brought more talk than hardware. The spring exercises were short "
     "and the budget was flat.\n\nThe Defence Ministry confirmed that a second Tor-M2 battery had arrived from "
     "Russia in November.", "Ministry of Defence of Belarus"),
    ("en", "The Belarusian army spent the year waiting. Talks dragged on and prices rose.\n\nThree more Yak-130 "
     "trainers will join the air base next year, the Defence Ministry says.", "Ministry of Defence of Belarus"),
    ("ru", "Белорусские ВВС ждали новые самолеты весь год. Переговоры затянулись, цены выросли.\n\nПо информации "
     "Минобороны, в следующем году из России придут еще три Як-130.", "Ministry of Defence of Belarus"),
    ("ru", "Для белорусской армии год выдался небогатым. Учения были короткими, бюджет не вырос.\n\nКак сообщило "
     "Минобороны, в ноябре из России прибыла вторая батарея «Тор-М2».", "Ministry of Defence of Belarus"),
])
def test_a_state_body_opening_the_lead_gives_the_bare_ministry_its_country(lang, text, speaker):
    got = _who(HEADLINE[lang] + text, lang)
    assert got and got[-1][0] == speaker, got


@pytest.mark.parametrize("lang,text", [
    # the body stands after the lead's verb as the receiving party: it says nothing of the article's country
    ("ru", "В прошлом году Минский завод колесных тягачей отгрузил Министерству обороны России пятьдесят шасси. "
     "Завод расширяет производство.\n\nПо информации Минобороны, в войска поступит еще одна батарея «Тор-М2»."),
    ("en", "Last year the Minsk Wheeled Tractor Plant shipped fifty chassis to the Russian Defence Ministry. The "
     "plant is expanding.\n\nAnother Tor-M2 battery will join the troops this year, the Defence Ministry said."),
])
def test_a_state_body_after_the_verb_is_a_party_not_the_topic(lang, text):
    got = _who(HEADLINE[lang] + text, lang)
    assert got and got[-1][0] != "Ministry of Defence of Belarus", got
