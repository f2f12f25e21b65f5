"""A system's variant letter written apart from its number ("S-300 V", "Iskander K") is a capital in the text: the
Russian prepositions "в" and "к" after a system ("С-300 в Беларусь", "«Искандер» к границе") name no variant (before,
"С-300 в мае" was the S-300V, a system Belarus never received). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _systems(text, lang):
    a = analyze_text(text, lang=lang, published="2021-06-20")
    return {m.key for m in a.mentions if m.key and m.key.startswith("weapon_system:")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Россия передала Беларуси дивизион С-300 в мае.", "ru", "weapon_system:s300"),
    ("Дивизион С-300 в Беларусь доставили по железной дороге.", "ru", "weapon_system:s300"),
    ("Комплексы Искандер к границе не перебрасывали.", "ru", "weapon_system:iskander"),
    ("Russia moved S-300 v units, the paper wrote in lowercase.", "en", "weapon_system:s300"),
    # the variant letter in capitals still names the variant
    ("Россия передала Беларуси дивизион С-300 В в мае.", "ru", "weapon_system:s300v"),
    ("Россия передала Беларуси дивизион С-300В в мае.", "ru", "weapon_system:s300v"),
    ("Russia delivered S-300 V systems to Belarus in May.", "en", "weapon_system:s300v"),
    ("Russia delivered Iskander M systems to Belarus.", "en", "weapon_system:iskander_m"),
])
def test_a_variant_letter_is_a_capital(text, lang, expected):
    assert _systems(text, lang) == {expected}
