"""A name made with 'press' inside one word ('«Тулапресса»', 'Interpress') is an outlet's, and an outlet is never the
speaker; 'пресс-служба', 'Экспресс', 'Express' are not outlets by that word. Sentences and outlets written for this
test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,text", [
    ("ru", "Как сообщает «Брестпресса», на выставке было объявлено, что контракт на поставку патронов подписан."),
    ("ru", "Контракт на поставку патронов подписан на выставке, сообщает «Гроднопресс»."),
    ("en", "The cartridge contract was signed at the show, Minskpress reported."),
])
def test_an_outlet_named_with_press_is_no_speaker(lang, text):
    got = statements(text, lang, "2023-05-10")
    assert all(who is None for who, _, _ in got), got


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Контракт на поставку вертолетов Ми-35М подписан, сообщила пресс-служба Министерства обороны Беларуси.",
     "Ministry of Defence of Belarus"),
])
def test_a_press_service_still_speaks_for_its_body(lang, text, speaker):
    got = statements(text, lang, "2023-05-10")
    assert got and got[0][0] == speaker, got
