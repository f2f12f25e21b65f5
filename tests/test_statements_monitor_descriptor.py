"""A monitoring group named after its descriptor ('the monitoring group Hajun said', 'мониторинговая группа «Гаюн»
сообщила', 'проект «Гаюн» сообщил'), its quoted name after 'по данным', and the plural nouns and 'по наблюдениям /
по сведениям / по оценке' frames that take it up (constructions S-C11, S17). Sentences written for this test."""
import pytest

from conftest import statements

HAJUN = "Belarusian Hajun"
LEAD_EN = "The Hajun project said on Monday that three trains had left for Russia. "
LEAD_RU = "Проект «Гаюн» сообщил в понедельник, что в Россию ушли три эшелона. "


@pytest.mark.parametrize("text,said", [
    ("Dozens of tanks left a storage base near Slutsk for Russia in May, the monitoring group Hajun said on Friday.",
     "Dozens of tanks left a storage base near Slutsk for Russia in May"),
    ("The monitoring group Hajun said that 20 BMP-2 vehicles had been loaded at Baranovichi.",
     "20 BMP-2 vehicles had been loaded at Baranovichi"),
    ("About 40 trucks crossed into Russia last week, the independent monitoring project Hajun reported.",
     "About 40 trucks crossed into Russia last week"),
])
def test_descriptor_before_the_name_en(text, said):
    got = statements(text, "en", "2023-06-14")
    assert (HAJUN, said) in [(who, what) for who, _, what in got], got


@pytest.mark.parametrize("text,said", [
    ("Мониторинговая группа «Гаюн» сообщила, что из Слуцка в Россию ушли два эшелона с танками.",
     "из Слуцка в Россию ушли два эшелона с танками"),
    ("Из Слуцка в Россию ушли два эшелона с танками, сообщила мониторинговая группа «Гаюн».",
     "Из Слуцка в Россию ушли два эшелона с танками"),
    ("Гаюн сообщил, что из Слуцка в Россию ушли два эшелона с танками.",
     "из Слуцка в Россию ушли два эшелона с танками"),
    ("Проект «Гаюн» в пятницу сообщил, что из Слуцка в Россию ушли два эшелона.",
     "из Слуцка в Россию ушли два эшелона"),
    ("По данным «Гаюна», в мае в Россию ушли не менее 30 танков.", "в мае в Россию ушли не менее 30 танков"),
])
def test_descriptor_and_quoted_name_ru(text, said):
    got = statements(text, "ru", "2023-06-14")
    assert (HAJUN, said) in [(who, what) for who, _, what in got], got


@pytest.mark.parametrize("text,lang,said", [
    (LEAD_EN + "Belarus has sent about 50 T-72 tanks to Russia since April, the independent monitors reported.", "en",
     "Belarus has sent about 50 T-72 tanks to Russia since April"),
    (LEAD_RU + "По данным наблюдателей, технику грузили по ночам на станции Осиповичи.", "ru",
     "технику грузили по ночам на станции Осиповичи"),
    (LEAD_RU + "По наблюдениям мониторщиков, в марте в страну прибыли эшелоны с российской техникой.", "ru",
     "в марте в страну прибыли эшелоны с российской техникой"),
])
def test_plural_nouns_take_up_the_named_group(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert (HAJUN, said) in [(who, what) for who, _, what in got], got


@pytest.mark.parametrize("text", [
    # an outlet in quotes after 'по сведениям' is a channel, never the speaker
    "По сведениям «Известий», контракт на поставку шасси уже подписан.",
    # observers of another body: not the monitoring group
    "Наблюдатели ОБСЕ сообщили, что отвод техники от границы завершен.",
])
def test_not_the_monitoring_group(text):
    got = statements(text, "ru", "2023-06-14")
    assert all(who != HAJUN for who, _, _ in got), got
    assert all(who != "Izvestia" and who != "Izvestiya" for who, _, _ in got), got
