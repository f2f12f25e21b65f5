"""'..., передаёт официальный сайт Минобороны Беларуси': a body's own platform carries its words; the body speaks and
no outlet is the channel (an outlet after the verb, 'передаёт БелТА', stays the channel). Sentences written for this
test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Армия и российский концерн заключили соглашение о поставках зенитных комплексов до 2025 года, передаёт "
     "официальный сайт Минобороны Беларуси.", "Ministry of Defence of Belarus"),
    ("ru", "Армия и российский концерн заключили соглашение о поставках зенитных комплексов до 2025 года, сообщает "
     "телеграм-канал Министерства обороны России.", "Ministry of Defence of Russia"),
])
def test_the_bodys_own_platform_gives_the_body(lang, text, speaker):
    got = statements(text, lang, "2020-08-25")
    assert got and got[0][0] == speaker, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Армия и российский концерн заключили соглашение о поставках зенитных комплексов до 2025 года, передаёт "
     "БелТА."),
])
def test_an_outlet_after_the_verb_is_no_speaker(lang, text):
    got = statements(text, lang, "2020-08-25")
    assert all(w is None for w, _, _ in got), got
