"""The source of the previous sentence in its other word orders: 'Об этом Хренин сообщил в интервью ...' (the subject
before the verb), the English calque of translated agency copy ('This was stated by Defence Minister X on Monday'),
and a subject separated from its verb by an on-air adjunct with quoted names ('Хренин в эфире программы «...» на
телеканале «...» заявил'). Sentences written for this test."""
import pytest

from conftest import statements

KHRENIN = "Viktor Khrenin"
PREV_RU = "Армия получит новые батареи в июле."
PREV_EN = "The army will receive the new batteries in July."


@pytest.mark.parametrize("text,lang,who,said", [
    (PREV_RU + " Об этом Хренин сообщил в понедельник в интервью агентству «Интерфакс».", "ru", KHRENIN, PREV_RU[:-1]),
    (PREV_RU + " Об этом министр обороны Белоруссии Виктор Хренин рассказал журналистам.", "ru", KHRENIN,
     PREV_RU[:-1]),
    (PREV_EN + " This was stated by Defence Minister Viktor Khrenin on Monday.", "en", KHRENIN, PREV_EN[:-1]),
    (PREV_EN + " This was announced by the Belarusian Defence Ministry.", "en", "Ministry of Defence of Belarus",
     PREV_EN[:-1]),
    ("Хренин в эфире программы «Неделя» на телеканале «Беларусь 1» заявил, что армия получит батареи в июле.", "ru",
     KHRENIN, "армия получит батареи в июле"),
])
def test_source_of_the_previous_sentence(text, lang, who, said):
    got = statements(text, lang, "2023-06-14")
    assert (who, said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text,lang", [
    (PREV_EN + " It was approved by parliament in June.", "en"),  # no verb of speech
    (PREV_RU + " Об этом журналисты узнали в понедельник.", "ru"),
])
def test_no_source(text, lang):
    assert statements(text, lang, "2023-06-14") == []


@pytest.mark.parametrize("text,who,said", [
    ("Хренин в ходе совещания с руководством военно-промышленного комплекса в Минске заявил, что сроки будут "
     "соблюдены.", KHRENIN, "сроки будут соблюдены"),
])
def test_long_adjunct_between_subject_and_verb(text, who, said):
    got = statements(text, "ru", "2024-03-15")
    assert (who, said) in [(w, s) for w, _, s in got], got
