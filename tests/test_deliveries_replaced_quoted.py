"""The system a replacing word names is the one retired, also when a quoted word of its noun phrase stands between them
("to replace its \"old\" L-39s", "на смену «старым» L-39") and when Russian says it with "на смену" ("придут на смену
устаревшим Су-27"). Sentences written for this test."""
import pytest

from conftest import deliveries


def systems(text):
    return sorted(e["system"] for e in deliveries(text, "2024-05-10"))


@pytest.mark.parametrize("text, expected", [
    ('Russia will deliver Yak-130 trainers to Belarus to replace its "old" L-39s.', ["Yak-130"]),
    ("Russia will hand over Su-30SM2 fighters to Belarus as a replacement for the “ageing” Su-27s.", ["Su-30SM2"]),
    ("Россия поставит Белоруссии Як-130 на смену «старым» L-39, сообщил министр.", ["Yak-130"]),
    ("Россия передаст Белоруссии Су-30СМ2 на смену устаревшим Су-27, сообщил министр.", ["Su-30SM2"]),
    ("Russia will deliver new Su-30SM2 fighters to Belarus next year, the minister said.", ["Su-30SM2"]),
])
def test_the_retired_system_is_not_delivered(text, expected):
    assert systems(text) == expected


@pytest.mark.parametrize("text", [
    'Новые истребители должны прийти на смену "стареющим" МиГ-29. Закупки новых истребителей планируются после 2020 года.',
    "The new jets are to replace the ageing MiG-29s. Purchases of new fighters are planned after 2020.",
])
def test_a_generic_noun_does_not_point_back_to_the_retired_system(text):
    assert "MiG-29" not in systems(text)
