"""A person or body named in what a source's words or document are about is not the source ('A post by a blogger about
Khrenin's visit said', 'В посте блогера о визите Хренина говорится', 'according to a blogger who wrote about Khrenin's
visit'): the owner stands before the topic (source_phrase.owner_end; review of f49bce3). Sentences written for this
test."""
import pytest

from conftest import statements

LEAD_EN = "Viktor Khrenin visited Moscow last week. "
LEAD_RU = "Виктор Хренин на прошлой неделе побывал в Москве. "


@pytest.mark.parametrize("text,lang", [
    (LEAD_EN + "A post by a blogger about Khrenin's visit said the talks had gone badly.", "en"),
    (LEAD_EN + "A report on Khrenin's visit said the talks had gone badly.", "en"),
    (LEAD_EN + "According to a blogger who wrote about Khrenin's visit, the talks had gone badly.", "en"),
    (LEAD_RU + "В посте блогера о визите Хренина говорится, что переговоры прошли плохо.", "ru"),
    (LEAD_RU + "Переговоры прошли плохо, говорится в посте блогера о визите Хренина.", "ru"),
])
def test_a_name_in_the_topic_is_not_the_speaker(text, lang):
    assert "Viktor Khrenin" not in [w for w, _, _ in statements(text, lang, "2024-03-15")]


@pytest.mark.parametrize("text,lang", [
    (LEAD_EN + "A statement by the Belarusian Defence Ministry on Khrenin's visit said the talks had gone well.", "en"),
    (LEAD_EN + "A statement on the Belarusian Defence Ministry's website said the talks had gone well.", "en"),
    (LEAD_RU + "В сообщении Министерства обороны Белоруссии о визите Хренина говорится, что переговоры прошли хорошо.",
     "ru"),
])
def test_the_owner_before_the_topic_speaks(text, lang):
    assert [w for w, _, _ in statements(text, lang, "2024-03-15")] == ["Ministry of Defence of Belarus"]
