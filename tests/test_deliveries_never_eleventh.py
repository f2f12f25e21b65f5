"""Rows that must never exist (eleventh session): a deal halted in a short sentence attributed at its tail ("Эти
планы заморожены, заявил министр": the attribution's frame used to swallow the content and its halt word), and talks
named back and stopped in the next sentence ("Позднее переговоры были прекращены"). Beside each, the same shape that
keeps its row. Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return [(e["system"], e["status"]) for e in deliveries(text, "2024-10-15")]


@pytest.mark.parametrize("text", [
    "Минск хотел купить у Москвы второй дивизион С-400. Эти планы заморожены, заявил во вторник министр.",
    "Белоруссия собиралась закупить у России Як-130. Сделка отменена, сообщил источник.",
    "Belarus wanted to buy a second S-400 battalion from Russia. The deal has been frozen, he said.",
    "Belarus planned to buy Yak-130 trainers from Russia. The plan was shelved, a source said.",
    "Белоруссия в 2017 году начала переговоры с Россией о покупке Су-35. Позднее переговоры были прекращены.",
    "Минск в прошлом году обсуждал с Москвой закупку Ми-28Н. Переговоры прекращены из-за нехватки средств.",
])
def test_halted_deal_gives_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Минск хотел купить у Москвы второй дивизион С-400. Эти планы в силе, заявил во вторник министр.",
     ("S-400 Triumf", "planned")),
    ("Belarus wanted to buy a second S-400 battalion from Russia. The talks go on, he said.",
     ("S-400 Triumf", "planned")),
    ("Белоруссия в 2017 году начала переговоры с Россией о покупке Су-35. Переговоры продолжаются.",
     ("Su-35", "discussed")),
])
def test_same_shape_not_halted_keeps_its_row(text, expected):
    assert expected in rows(text)
