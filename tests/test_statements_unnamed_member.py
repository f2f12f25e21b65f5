"""One unnamed person of a group or body ('one of the project's administrators told Nasha Niva', 'an administrator
of the Hajun project told the Kyiv Independent', 'рассказал «Зеркалу» один из администраторов проекта'): a statement
with nobody named, the outlet its channel (members.py); these gave none. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text,lang,channel", [
    ("The plant shipped 20 chassis, one of the project's administrators told Nasha Niva.", "en", "Nasha Niva"),
    ("\"The storage bases are empty,\" an administrator of the Hajun project told the Kyiv Independent.", "en",
     "The Kyiv Independent"),
    ("«Склады пустеют», — рассказал «Зеркалу» один из администраторов проекта.", "ru", "Zerkalo.io"),
    ("Как рассказал «Нашей Ниве» один из администраторов проекта, завод отгрузил 20 шасси.", "ru", "Nasha Niva"),
])
def test_an_unnamed_member_speaks(text, lang, channel):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-14")
    got = [(s.speaker, a.entities[s.channel].name if s.channel else None) for s in a.statements]
    assert got == [(None, channel)]


def test_a_named_member_speaks_himself():
    a = analyze_text("One of its founders, Anton Motolko, said the trains had left.\n", lang="en",
                     published="2024-03-14")
    assert [a.entities[s.speaker].name if s.speaker else None for s in a.statements] in (["Anton Motolko"], [None])
