"""A transfer noun in the clause's subject whose predicate is negated asserts no stage, however long the noun phrase
between them (negation.negated_predicate): "The supply of S-400 to Belarus is not being discussed", "Вопрос о поставках
С-400 в Белоруссию сейчас не рассматривается", "Планов по продаже Су-35 Белоруссии нет". The negation window of four
words around the cue did not reach the predicate, and the talk or plan word gave a discussed or planned row. A negated
halt keeps the transfer, a target put later is no denial, and a stage asserted by a verb is read as before. Sentences
written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return [(e["supplier"], e["recipient"], e["system"], e["status"]) for e in deliveries(text, "2024-05-10")]


@pytest.mark.parametrize("text", [
    "The supply of S-400 to Belarus is not being discussed at the moment, the deputy minister said.",
    "The question of transferring Iskander to Belarus is not on the agenda, the ambassador said.",
    "The sale of Su-35 fighters to Belarus isn't being considered now, a Kremlin source said.",
    "Вопрос о поставках С-400 в Белоруссию сейчас не рассматривается, заявил замминистра.",
    "Поставки истребителей Су-35 в Белоруссию пока не планируются, сообщил источник.",
    "Планов по продаже Су-35 Белоруссии нет, заявили в Кремле.",
])
def test_a_negated_predicate_after_a_transfer_noun_asserts_no_stage(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The delivery of four Yak-130 to Belarus was completed in April, the ministry said.",
     [(["Russia"], ["Belarus"], "Yak-130", "delivered")]),
    ("Russia and Belarus discussed the supply of S-400 systems on Tuesday, the ministry said.",
     [(["Russia"], ["Belarus"], "S-400 Triumf", "discussed")]),
    ("Россия передала Белоруссии четыре Як-130 в апреле, сообщило Минобороны.",
     [(["Russia"], ["Belarus"], "Yak-130", "delivered")]),
    ("Поставка Белоруссии четырех Як-130 завершена в апреле, сообщило Минобороны.",
     [(["Russia"], ["Belarus"], "Yak-130", "delivered")]),
])
def test_an_asserted_stage_keeps_its_row(text, expected):
    assert rows(text) == expected
