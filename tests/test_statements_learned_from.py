"""An outlet that learned something from a source ('BelTA learned from the State Authority for Military Industry that
...', 'Как стало известно БелТА в Госкомвоенпроме, ...', '..., стало известно БелТА в X', 'Об этом БелТА стало
известно в X'): the source is the speaker, the outlet the channel (learned.py). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text

MOD_BY = "Ministry of Defence of Belarus"
SAMI = "State Authority for Military Industry of Belarus"


@pytest.mark.parametrize("text,lang,who,said", [
    ("BelTA learned from the State Authority for Military Industry that the chassis would be shipped to Russia in "
     "May.", "en", SAMI, "the chassis would be shipped to Russia in May"),
    ("Belarus will receive a second Tor-M2K battery this year, BelTA learned from the Belarusian Defence Ministry.",
     "en", MOD_BY, "Belarus will receive a second Tor-M2K battery this year"),
    ("Как стало известно БелТА в Госкомвоенпроме, шасси будут отправлены в Россию в мае.", "ru", SAMI,
     "шасси будут отправлены в Россию в мае"),
    ("Шасси будут отправлены в Россию в мае, стало известно БелТА в Госкомвоенпроме.", "ru", SAMI,
     "Шасси будут отправлены в Россию в мае"),
    ("Белоруссия получит вторую батарею «Тор-М2К» в этом году. Об этом БелТА стало известно в Министерстве обороны "
     "Беларуси.", "ru", MOD_BY, "Белоруссия получит вторую батарею «Тор-М2К» в этом году"),
])
def test_the_source_speaks_and_the_outlet_carries(text, lang, who, said):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-14")
    got = [(a.entities[s.speaker].name if s.speaker else None, a.entities[s.channel].name if s.channel else None,
            s.text) for s in a.statements]
    assert got == [(who, "BelTA", said)]


@pytest.mark.parametrize("text,lang", [
    ("Шасси будут отправлены в Россию в мае, стало известно из открытых источников.", "ru"),
    ("Reporters learned from the briefing that the chassis would be shipped in May.", "en"),
])
def test_no_source_that_speaks(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-14")
    assert all(s.speaker is None for s in a.statements)
