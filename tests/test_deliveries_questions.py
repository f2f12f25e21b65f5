"""A question asserts no stage of a transfer: 'Will Russia deliver Iskander missiles to Belarus?' was a planned
delivery, and 'Ждет ли Минск от Москвы комплексы «Искандер» к маю?' too (the review's F3). The same words as a
statement still are one. Sentences written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Will Russia deliver Iskander missiles to Belarus?",
    "Is Minsk waiting for Iskander missiles from Moscow by May?",
    "Ждет ли Минск от Москвы комплексы «Искандер» к маю?",
    "Получит ли Беларусь от России еще два дивизиона С-400 до конца года?",
    "“Will Moscow hand over the second pair of Su-30SM fighters this year?” a reporter asked.\n\n"
    "“When will we get the Su-30SM fighters from Russia?”",
])
def test_a_question_is_no_delivery(text):
    assert deliveries(text) == ()


@pytest.mark.parametrize("text,system", [
    ("Russia will deliver Iskander missiles to Belarus by May.", "Iskander"),
    ("Беларусь получит от России еще два дивизиона С-400 до конца года.", "S-400 Triumf"),
])
def test_the_same_words_as_a_statement_are_one(text, system):
    assert [e["system"] for e in deliveries(text)] == [system]
