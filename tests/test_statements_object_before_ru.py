"""A Russian institution calling, denying or not confirming what it takes as object, with that object BEFORE the
verb ('Сообщения о том, что ..., в ведомстве назвали «домыслами»', 'Минобороны факт передачи техники отрицает',
'Информацию о ... в Минобороны не подтвердили'): the whole sentence is the statement. A naming verb's что-clause
belongs to its object ('назвали «инсинуациями» сообщения о том, что ...'), and 'не подтвердили, что' is a denial,
never the words it denies. Sentences written for this test."""
import pytest

from conftest import statements

MOD_BY = "Ministry of Defence of Belarus"
LEAD = "Министерство обороны Беларуси сообщило о поставке новой техники. "


@pytest.mark.parametrize("text,who,said", [
    (LEAD + "Сообщения о том, что часть истребителей МиГ-29 продадут России, в ведомстве назвали «досужими домыслами».",
     MOD_BY, "Сообщения о том, что часть истребителей МиГ-29 продадут России, в ведомстве назвали «досужими домыслами»"),
    (LEAD + "Сообщения телеграм-каналов о переброске российских военных к границе в министерстве назвали фейком.",
     MOD_BY, "Сообщения телеграм-каналов о переброске российских военных к границе в министерстве назвали фейком"),
    (LEAD + "Информацию о том, что Минск ведет переговоры о закупке Су-30СМ, в Минобороны не подтвердили.",
     MOD_BY, "Информацию о том, что Минск ведет переговоры о закупке Су-30СМ, в Минобороны не подтвердили"),
    ("Российские комплексы остались в Беларуси. В Минобороны Беларуси информацию о пусках с белорусской территории "
     "назвали «провокацией».", MOD_BY, "информацию о пусках с белорусской территории назвали «провокацией»"),
    ("Танки ушли по железной дороге в Россию. Минобороны Беларуси факт передачи вооружения России отрицает.", MOD_BY,
     "факт передачи вооружения России отрицает"),
])
def test_object_before_the_verb(text, who, said):
    got = statements(text, "ru", "2022-03-09")
    assert any(w == who and said in what for w, _, what in got), got


@pytest.mark.parametrize("text,who,said", [
    ("Российские комплексы остались в Беларуси. В МИД Белоруссии назвали «инсинуациями» сообщения о том, что Минск "
     "получит контроль над ядерным оружием.", "Ministry of Foreign Affairs of Belarus",
     "назвали «инсинуациями» сообщения о том, что Минск получит контроль"),
    ("Российские комплексы остались в Беларуси. В Минобороны Беларуси не подтвердили, что Минск ведет переговоры о "
     "закупке Су-30СМ.", MOD_BY, "не подтвердили, что Минск ведет переговоры"),
])
def test_the_naming_or_the_denial_is_said(text, who, said):
    got = statements(text, "ru", "2022-03-09")
    assert any(w == who and what.startswith(said) for w, _, what in got), got


@pytest.mark.parametrize("text", [
    # no object before the verb: nothing is called or denied there
    "Российские комплексы остались в Беларуси. Сроки поставки Хренин не назвал.",
    "Российские комплексы остались в Беларуси. Эти сведения в Минобороны Беларуси не комментируют.",
    # the verb has a long content of its own after it: not this construction
    "Российские комплексы остались в Беларуси. Вчера в Минобороны назвали сроки поставки новых истребителей Су-30СМ "
    "и вертолетов Ми-35М.",
])
def test_no_whole_sentence_statement(text):
    got = statements(text, "ru", "2022-03-09")
    assert not any(what.startswith("Российские") or what.startswith("Сроки") or what.startswith("Эти")
                   or what.startswith("Вчера") for _, _, what in got), got


@pytest.mark.parametrize("text,said", [
    # no organization named: the ministry is the one minister's the article names (his office at that date)
    ("Министр обороны Виктор Хренин в среду посетил авиабазу в Барановичах. Сообщения о переброске российских "
     "военных к границе в министерстве назвали фейком.", "в министерстве назвали фейком"),
    ("Министр обороны Виктор Хренин в среду посетил авиабазу в Барановичах. Об этом сообщила пресс-служба военного "
     "ведомства.", "Министр обороны Виктор Хренин в среду посетил авиабазу"),
    # 'Минобороны' named bare inside the minister's words is the same ministry, not another body
    ("Батарея прибыла в Барановичи, сообщили в пресс-службе Министерства обороны Беларуси. Министр обороны Юрий "
     "Жадобин сообщил, что до конца года Минобороны рассчитывает подписать контракт на поставку Як-130. Сообщения о "
     "продаже истребителей МиГ-29 России в ведомстве назвали «домыслами».", "в ведомстве назвали «домыслами»"),
])
def test_the_ministry_the_article_means(text, said):
    got = statements(text, "ru", "2020-08-13" if "Хренин" in text else "2011-10-31")
    assert any(w == MOD_BY and said in what for w, _, what in got), got


def test_two_ministers_leave_the_ministry_unknown():
    text = ("Министр обороны Виктор Хренин и министр иностранных дел Владимир Макей провели встречу. Сообщения о "
            "переброске российских военных к границе в министерстве назвали фейком.")
    got = statements(text, "ru", "2020-08-13")
    assert [w for w, _, what in got if "фейком" in what] == [None], got


def test_adverb_before_a_denial_belongs_to_it():
    got = statements("Госсекретарь Совета безопасности Александр Вольфович ранее отрицал поставки белорусского "
                     "вооружения России.", "ru", "2023-12-13")
    assert any(what == "ранее отрицал поставки белорусского вооружения России" for _, _, what in got), got
