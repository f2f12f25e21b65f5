"""Wrong speakers (issue 12, tenth session): a wrong speaker is worse than an unknown one. Passages written for this
test, in English and Russian where the construction exists in both."""
import pytest

from conftest import deliveries, statements

TALKS_RU = ("МИНСК, 27 июня – РИА Новости. Министр обороны России Андрей Белоусов провел в среду в Минске переговоры с "
            "белорусским коллегой Виктором Хрениным.\n\nХренин сообщил, что на прошлой неделе в Барановичи прибыла "
            "очередная пара истребителей Су-30СМ2.\n\n")
TALKS_EN = ("MINSK, June 27 (Reuters) - Russian Defence Minister Andrei Belousov held talks in Minsk on Wednesday with "
            "his Belarusian counterpart Viktor Khrenin.\n\nKhrenin said another pair of Su-30SM2 fighters had landed "
            "at Baranovichi last week.\n\n")


@pytest.mark.parametrize("lead, text, lang", [
    # a plural role noun: several holders speak at once, never the last one named
    # (English "according to the ministers" gives no statement at all today, which is no wrong speaker either)
    (TALKS_RU, "По словам министров, стороны подписали план военного сотрудничества на 2025 год.", "ru"),
    (TALKS_RU, "По словам глав военных ведомств, стороны подписали план военного сотрудничества на 2025 год.", "ru"),
    # unnamed people of a body the words before them name
    (TALKS_EN, "The Minsk Wheeled Tractor Plant handed the first serial chassis to the Russian army in December, "
               "according to plant officials.", "en"),
    (TALKS_EN, "Russia will hand over a Pantsir-SM battery this year, according to Belarusian Defence Ministry "
               "officials.", "en"),
])
def test_speaker_left_unknown(lead, text, lang):
    got = statements(lead + text, lang=lang, published="2024-06-27", after=len(lead))
    assert got and all(sp is None for sp, _, _ in got), got


@pytest.mark.parametrize("lead, text, lang, speaker", [
    (TALKS_RU, "По словам министра, стороны подписали план военного сотрудничества на 2025 год.", "ru", "Viktor Khrenin"),
    (TALKS_EN, "The sides signed a military cooperation plan for 2025, according to the minister.", "en",
     "Viktor Khrenin"),
    (TALKS_EN, "Russia will hand over a Pantsir-SM battery this year, according to the Belarusian Defence Ministry.",
     "en", "Ministry of Defence of Belarus"),
])
def test_one_holder_stays_named(lead, text, lang, speaker):
    got = statements(lead + text, lang=lang, published="2024-06-27", after=len(lead))
    assert [sp for sp, _, _ in got] == [speaker]


@pytest.mark.parametrize("text, lang, speaker", [
    # the country the institution phrase names with a noun, and the knowledge base's short forms
    ("По данным Главного управления разведки Минобороны Украины, Минский завод колесных тягачей в первом квартале "
     "отгрузил российской армии 18 шасси МЗКТ-7930.", "ru", "Defence Intelligence of Ukraine"),
    ("The Minsk Wheeled Tractor Plant delivered 25 MZKT-7930 chassis to the Russian Defence Ministry in the first "
     "nine months of the year, the State Authority for Military Industry said.", "en",
     "State Authority for Military Industry of Belarus"),
])
def test_speaker_named_by_the_phrase(text, lang, speaker):
    got = statements(text, lang=lang, published="2025-04-10")
    assert [sp for sp, _, _ in got] == [speaker]


@pytest.mark.parametrize("text", [
    # a reporting frame ends at its comma: the subject after it is not coordinated with the source
    "По данным Главного управления разведки Минобороны Украины, Минский завод колесных тягачей в первом квартале "
    "отгрузил российской армии 18 шасси МЗКТ-7930.",
    "По данным Минобороны Украины, Минский завод колесных тягачей в первом квартале отгрузил российской армии 18 шасси "
    "МЗКТ-7930.",
])
def test_the_source_of_a_report_is_no_party(text):
    got = [(e["supplier"], e["recipient"], e["quantity"]) for e in deliveries(text, "2025-04-10")]
    assert got == [(["Belarus"], ["Russia"], 18)]


@pytest.mark.parametrize("lead, text, lang", [
    # the one a deputy, aide or spokesman serves is not the speaker
    (TALKS_EN, "Khrenin's deputy said the sides had agreed on a new training plan.", "en"),
    (TALKS_EN, "A spokesman for Khrenin said the sides had agreed on a new training plan.", "en"),
    (TALKS_RU, "Заместитель Хренина сообщил, что стороны договорились о новом плане подготовки.", "ru"),
    (TALKS_RU, "Помощник Белоусова заявил, что стороны договорились о новом плане подготовки.", "ru"),
])
def test_a_subordinate_is_not_the_one_served(lead, text, lang):
    got = statements(lead + text, lang=lang, published="2024-06-27", after=len(lead))
    assert got and all(sp is None for sp, _, _ in got), got


@pytest.mark.parametrize("lead, text, lang, speaker", [
    (TALKS_EN, "Khrenin said the sides had agreed on a new training plan.", "en", "Viktor Khrenin"),
    (TALKS_RU, "Хренин сообщил, что стороны договорились о новом плане подготовки.", "ru", "Viktor Khrenin"),
    (TALKS_RU, "Министр обороны Белоруссии Виктор Хренин сообщил, что стороны договорились о новом плане.", "ru",
     "Viktor Khrenin"),
])
def test_the_one_named_speaks(lead, text, lang, speaker):
    got = statements(lead + text, lang=lang, published="2024-06-27", after=len(lead))
    assert [sp for sp, _, _ in got] == [speaker]
