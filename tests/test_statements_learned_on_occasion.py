"""'..., BelTA learned from X during a press conference on Tuesday': the occasion after the source is no part of it
(sentences written for this test)."""
import pytest

from conftest import speakers


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "Russia intends to send more jets to Belarus, BelTA learned from Ambassador Extraordinary and "
     "Plenipotentiary of Russia to Belarus Alexander Surikov during a press conference on Tuesday.",
     "Alexander Surikov", "Russia intends to send more jets to Belarus"),
    ("ru", "Россия намерена разместить в Беларуси больше самолетов, стало известно БелТА от посла России в Беларуси "
     "Александра Сурикова в ходе пресс-конференции во вторник.", "Alexander Surikov",
     "Россия намерена разместить в Беларуси больше самолетов"),
])
def test_learned_from_a_source_on_an_occasion(lang, text, who, said):
    assert (who, said) in speakers(text, lang, "2015-12-18")


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "BelTA learned from Khrenin during a press conference on Tuesday that Russia would deliver Su-30SM "
     "fighters.", "Viktor Khrenin", "Russia would deliver Su-30SM fighters"),
    ("en", "BelTA learned from Defence Minister Viktor Khrenin at a briefing on Tuesday that Russia would deliver "
     "Su-30SM fighters.", "Viktor Khrenin", "Russia would deliver Su-30SM fighters"),
])
def test_learned_from_a_source_on_an_occasion_that(lang, text, who, said):
    """review2 L3: in the fronted form the occasion sits between the source and its 'that' clause, which is the
    content and is kept."""
    assert (who, said) in speakers(text, lang, "2024-05-10")
