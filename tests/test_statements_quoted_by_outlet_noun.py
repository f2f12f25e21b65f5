"""A quote an outlet carries, the speaker named by a role noun the quote follows ('«...», – цитирует министра
пресс-служба', '«...», – приводит слова министра агентство БелТА', '«...», – цитирует политика агентство';
'"...," the agency quoted the minister as saying'): the role noun stands for the speaker named before, the outlet
is the channel, never the speaker. A role noun with no speaker named before leaves the speaker unknown.
Sentences written for this test."""
import pytest

from conftest import statements

KHRENIN = "Viktor Khrenin"


@pytest.mark.parametrize("text,lang,said", [
    ("Министр обороны Виктор Хренин в среду посетил авиабазу в Барановичах. «Первые машины уже несут дежурство», – "
     "цитирует министра пресс-служба.", "ru", "Первые машины уже несут дежурство"),
    ("Об этом журналистам сообщил министр обороны Виктор Хренин. «Часть комплектующих попала под санкции», – "
     "приводит слова министра агентство БелТА.", "ru", "Часть комплектующих попала под санкции"),
    ("Виктор Хренин заявил, что батареи готовы. «Расчеты примут их в июле», – цитирует министра агентство.", "ru",
     "Расчеты примут их в июле"),
    ("Defence Minister Viktor Khrenin visited the air base on Wednesday. \"The first aircraft are already on duty,\" "
     "the agency quoted the minister as saying.", "en", "The first aircraft are already on duty"),
])
def test_role_noun_quoted_by_an_outlet(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert (KHRENIN, said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text,lang,said", [
    # nobody named before: the role noun stays unknown, the outlet is not the speaker
    ("Авиабаза в Барановичах получила новые самолеты. «Первые машины уже несут дежурство», – цитирует министра "
     "пресс-служба.", "ru", "Первые машины уже несут дежурство"),
])
def test_role_noun_with_nobody_before(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert [w for w, _, s in got if s == said] in ([], [None]), got


def test_a_person_noun_quoted_by_an_outlet_is_the_one_who_just_spoke():
    got = statements("Александр Лукашенко заявил, что попросил у России дивизион С-400. «Деньги найдем», – цитирует "
                     "политика агентство.", "ru", "2022-03-09")
    assert ("Alexander Lukashenko", "Деньги найдем") in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text", [
    "Белоруссия получила дивизион С-400. «Деньги найдем», – цитирует политика агентство.",  # nobody spoke before
    "Александр Лукашенко и Владимир Путин провели переговоры. «Деньги найдем», – цитирует политика агентство.",
])
def test_a_person_noun_with_no_one_clear_names_nobody(text):
    got = statements(text, "ru", "2022-03-09")
    assert not [w for w, _, s in got if s == "Деньги найдем" and w], got
