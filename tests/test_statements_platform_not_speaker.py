"""A platform the words were posted on ('в своем Telegram-канале', 'на официальном сайте', 'on its Telegram channel')
is never the speaker: the subject before it is. Sentences written for this test."""
import pytest

from conftest import speakers


def _who(text, lang, published="2025-08-20"):
    return speakers(text, lang, published)


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "На днях Министерство обороны Белоруссии в своём официальном Telegram-канале сообщило о прибытии "
     "очередной партии вертолетов Ми-35М.", "Ministry of Defence of Belarus"),
    ("ru", "Министерство обороны Белоруссии в телеграм-канале «Вайар» сообщило, что в бригаду прибыла батарея "
     "«Тор-М2».", "Ministry of Defence of Belarus"),
    ("ru", "Министерство обороны России на своем сайте сообщило, что в Беларусь прибыли два дивизиона С-400.",
     "Ministry of Defence of Russia"),
    ("en", "The Belarusian Defence Ministry said on its Telegram channel that a new pair of Su-30SM2 fighters had "
     "arrived from Russia.", "Ministry of Defence of Belarus"),
])
def test_the_platform_is_not_the_speaker(lang, text, speaker):
    got = _who(text, lang)
    assert got and got[0][0] == speaker, got
