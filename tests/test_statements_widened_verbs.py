"""Reporting verbs of real coverage that no earlier set used (speech_verbs.tsv, session 12): each reports speech with
its that-/что-clause; the same words in another sense report nothing. Sentences written for this test."""
import pytest

from conftest import statements

LEAD_EN = "Belarus expects more Su-30SM2 fighters. "
LEAD_RU = "Белоруссия ждет новые истребители. "


@pytest.mark.parametrize("verb", [
    "signalled", "hinted", "boasted", "reaffirmed", "affirmed", "contended", "repeated", "underscored", "highlighted",
    "forecast", "guaranteed", "proclaimed", "speculated", "reckoned", "expressed hope", "voiced confidence",
])
def test_english_verbs_with_a_that_clause(verb):
    text = LEAD_EN + f"Viktor Khrenin {verb} that two more fighters would reach Baranovichi in the spring."
    got = statements(text, "en", "2024-03-15")
    assert ("Viktor Khrenin", "two more fighters would reach Baranovichi in the spring") in \
        [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("verb", ["спрогнозировал", "заметил", "повторил", "предположил", "упомянул", "гарантировал",
                                  "высказал мнение", "разъяснил"])
def test_russian_verbs_with_a_chto_clause(verb):
    text = LEAD_RU + f"Виктор Хренин {verb}, что еще два истребителя прибудут в Барановичи весной."
    got = statements(text, "ru", "2024-03-15")
    assert ("Viktor Khrenin", "еще два истребителя прибудут в Барановичи весной") in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text,lang,said", [
    (LEAD_EN + "Viktor Khrenin described the deliveries as \"a gift from our allies\".", "en",
     "described the deliveries as \"a gift from our allies\""),
    (LEAD_RU + "Виктор Хренин охарактеризовал поставки как «подарок союзника».", "ru",
     "охарактеризовал поставки как «подарок союзника»"),
    (LEAD_RU + "Виктор Хренин анонсировал прибытие еще двух истребителей весной.", "ru",
     "анонсировал прибытие еще двух истребителей весной"),
    (LEAD_RU + "Виктор Хренин высказался о прибытии еще двух истребителей.", "ru",
     "о прибытии еще двух истребителей"),
])
def test_naming_and_topic_verbs(text, lang, said):
    got = statements(text, lang, "2024-03-15")
    assert ("Viktor Khrenin", said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text,lang", [
    (LEAD_EN + "Viktor Khrenin repeated the exercise with the new crews in May.", "en"),
    (LEAD_EN + "The alleged transfer of tanks was never confirmed.", "en"),
    (LEAD_EN + "Viktor Khrenin highlighted the new fighters at the parade.", "en"),
    (LEAD_RU + "Виктор Хренин заметил ошибку в расчетах.", "ru"),
    (LEAD_RU + "Виктор Хренин повторил упражнение с новыми экипажами.", "ru"),
])
def test_other_senses_report_nothing(text, lang):
    assert statements(text, lang, "2024-03-15") == []


@pytest.mark.parametrize("text,lang,first,second", [
    ("Belarus got the S-300. Yury Zhadobin described the deal as \"a gift\" and said Minsk would buy four Yak-130 "
     "trainers.", "en", "described the deal as \"a gift\"", "Minsk would buy four Yak-130 trainers"),
    ("Белоруссия получила С-300. Юрий Жадобин назвал сделку «подарком» и сообщил, что Минск купит четыре Як-130.",
     "ru", "назвал сделку «подарком»", "Минск купит четыре Як-130"),
])
def test_a_verb_after_a_naming_verb_says_something_new(text, lang, first, second):
    got = [s for _, _, s in statements(text, lang, "2010-05-14")]
    assert got == [first, second], got
