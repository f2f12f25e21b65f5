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


# someone's words read by a source with no comma after it ('по данным группы «X» слова Y означают, что ...'): the
# source is the group, never the person whose words it reads (session 18). English sets the comma ('According to the
# group, Y's words mean that ...'), so the source ends before the words anyway.
@pytest.mark.parametrize("text,lang", [
    (LEAD_RU + "По информации мониторинговой группы «Гаюн» слова Хренина означают, что батареи останутся в Лиде.",
     "ru"),
    (LEAD_RU + "По данным проекта «Гаюн» слова Хренина значат, что батареи останутся в Лиде.", "ru"),
    (LEAD_EN + "According to the Hajun monitoring group, Khrenin's words mean that the batteries will stay in Lida.",
     "en"),
])
def test_whose_words_a_source_reads_is_not_the_source(text, lang):
    got = statements(text, lang, "2024-03-15")
    assert got and all(w != "Viktor Khrenin" for w, _, _ in got[-1:]), got
    assert got[-1][0] == "Belarusian Hajun", got
